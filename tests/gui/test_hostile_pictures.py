"""Pictures (SVG, PDF, PNG) of networks and scenarios with any text the policy lets in:
well-formed, readable, written whole (property test)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from pypdf import PdfReader
from PySide6.QtGui import QImage

from app.analysis.layout import Layout, layout
from app.ui.picture import write_network_picture
from tests.unit.test_hostile_text import NAME, _hostile


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NAME)
def test_pictures_of_any_text_are_whole(
    qapp: object, tmp_path_factory: pytest.TempPathFactory, name: str
) -> None:
    net, scenario = _hostile(name, "note")
    folder: Path = tmp_path_factory.mktemp("p")
    positions = layout(net, Layout.RADIAL)
    for suffix in (".svg", ".pdf", ".png"):
        out = folder / f"x{suffix}"
        write_network_picture(out, net, scenario, positions, 600)
        if suffix == ".svg":
            root = ET.parse(out).getroot()
            assert root.tag.endswith("svg")
            assert name.strip() in "".join(root.itertext())  # as text, not as markup
        elif suffix == ".pdf":
            assert len(PdfReader(out).pages) == 1
        else:
            assert QImage(str(out)).width() == 600
    assert sorted(p.name for p in folder.iterdir()) == ["x.pdf", "x.png", "x.svg"]
