"""C6 Scenario Explorer: what-if analysis of the C6 security-cooperation network."""

from __future__ import annotations

__version__ = "0.1.0"
