"""Briefing reports and figures with matplotlib: Qt-free, no pyplot state; matplotlib is
imported only when a report is made."""

from app.reports.briefing import Briefing, briefing, write_report

__all__ = ["Briefing", "briefing", "write_report"]
