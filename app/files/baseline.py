"""The bundled C6 baseline network (resources/baseline)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from app.domain import Network
from app.files.network_json import read_network

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
BASELINE_FILE = RESOURCES / "baseline" / "c6-baseline.json"


@cache
def load_baseline() -> Network:
    """The baseline network, read and validated once per process."""
    return read_network(BASELINE_FILE)
