"""Data files: the network JSON format, the bundled baseline, scenario files."""

from __future__ import annotations
