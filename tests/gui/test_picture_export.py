"""The network picture as `c6-explorer export` writes it: a margin of background on every
side at any width, nothing cut, and the same picture at every width (only finer)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from app import look

pytestmark = pytest.mark.subprocess
WIDTHS = (1200, 2800, 4000)


@pytest.fixture(scope="module")
def pictures(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    """The baseline exported by the command line at each width, as a user would."""
    folder = tmp_path_factory.mktemp("pictures")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    scenario = "resources/scenarios/cis-track-collapses.c6s"
    out = {}
    for width in WIDTHS:
        path = folder / f"net-{width}.png"
        args = ("export", "--scenario", scenario, "--to", str(path), "--width", str(width))
        proc = subprocess.run(
            [sys.executable, "-m", "app", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        out[width] = path
    return out


def _pixels(image: QImage) -> np.ndarray:
    """Height x width x 3 array of the image's RGB."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    raw = np.frombuffer(bytes(rgb.constBits()), np.uint8, stride * h)  # a copy: rgb goes
    return raw.reshape(h, stride)[:, : w * 3].reshape(h, w, 3)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_picture_keeps_a_margin_on_every_side(pictures: dict[int, Path], width: int) -> None:
    image = QImage(str(pictures[width]))
    assert image.width() == width
    rgb = _pixels(image)
    bg = QColor(look.PRINT.canvas)
    ink = np.any(np.abs(rgb.astype(int) - (bg.red(), bg.green(), bg.blue())) > 8, axis=2)
    h, w = ink.shape
    edge_rows, edge_cols = max(2, h // 100), max(2, w // 100)
    assert not ink[:edge_rows].any(), "ink in the top margin (title cut?)"
    assert not ink[-edge_rows:].any(), "ink in the bottom margin (legend cut?)"
    assert not ink[:, :edge_cols].any(), "ink in the left margin"
    assert not ink[:, -edge_cols:].any(), "ink in the right margin"
    rows, cols = np.nonzero(ink.any(axis=1))[0], np.nonzero(ink.any(axis=0))[0]
    assert rows[0] > 0 and rows[-1] < h - 1 and cols[0] > 0 and cols[-1] < w - 1


def test_the_picture_is_the_same_at_every_width(pictures: dict[int, Path]) -> None:
    """Labels, title and legend keep their size against the picture: at 4000 px the text
    was drawn ~3x too large for its boxes and cut ("CSTO" as "STO")."""
    small = [
        _pixels(
            QImage(str(pictures[w])).scaled(
                600,
                600 * QImage(str(pictures[WIDTHS[0]])).height() // WIDTHS[0],
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        ).astype(float)
        for w in WIDTHS
    ]
    for other in small[1:]:
        assert np.abs(other - small[0]).mean() < 3.0


def test_the_command_line_picture_fades_bodies_left_without_a_link(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """As the window and the reports draw them: the CIS bodies are inactive when the CIS
    track collapses."""
    from app.files.baseline import RESOURCES
    from app.files.scenario_file import read_scenario_file
    from app.ui import picture

    seen: dict[str, bool] = {}

    def look(path: Path, canvas: picture.NetworkCanvas, *args: object) -> None:
        seen.update({a: node.active for a, node in canvas.nodes.items()})

    monkeypatch.setattr(picture, "write_picture", look)
    sf = read_scenario_file(RESOURCES / "scenarios" / "cis-track-collapses.c6s")
    positions = {a.id: (float(i), 0.0) for i, a in enumerate(sf.network.actors)}
    picture.write_network_picture(tmp_path / "x.png", sf.network, sf.scenario, positions)
    assert seen["CIS"] is False and seen["CIS-ATC"] is False and seen["SCO"] is True
    assert seen["KAZ"] is True  # a state is always a node
