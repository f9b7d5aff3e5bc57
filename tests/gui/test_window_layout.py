"""The window's first layout on a laptop and a desktop screen: the whole coverage matrix
with readable risk names, six rows of links, figures to read and legible canvas labels."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from app import lang
from app.domain import ActorKind
from app.lang import Lang, risk_label
from app.ui.main_window import MainWindow
from app.workspace import Workspace
from db import Store

LAPTOPS = [(1366, 768), (1280, 800)]
SIZES = [*LAPTOPS, (1920, 1080)]


def open_window(
    qtbot: QtBot, store: Store, settings: QSettings, size: tuple[int, int]
) -> MainWindow:
    """As the app opens it with no saved layout: sized, then the start scenario, then shown."""
    w = MainWindow(Workspace(store), settings)
    qtbot.addWidget(w)
    w.resize(*size)
    w.documents.open_start()
    w.show()
    qtbot.waitExposed(w)
    w.settle()
    return w


@pytest.fixture(params=SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def sized(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    store_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    store = Store.open(str(store_path))
    w = open_window(qtbot, store, settings, request.param)
    assert (w.width(), w.height()) == request.param
    yield w
    w.workers.cancel_all()
    monkeypatch.setattr(w.documents, "ask_unsaved", lambda docs: QMessageBox.StandardButton.Discard)
    w.close()
    store.close()


def full_rows(table: QTableView) -> int:
    """Rows drawn whole in the table's viewport."""
    view = table.viewport().rect()
    model = table.model()
    return sum(
        view.contains(table.visualRect(model.index(row, 1))) for row in range(model.rowCount())
    )


def check_matrix(w: MainWindow) -> None:
    table = w.coverage.table
    model = w.coverage.model
    assert len(model.states) == 6 and len(model.risks) == 10
    assert table.horizontalScrollBar().maximum() == 0
    assert table.verticalScrollBar().maximum() == 0
    view = table.viewport().rect()
    hidden = [
        f"{model.states[r]}/{model.risks[c]}"
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if not view.contains(table.visualRect(model.index(r, c)))
    ]
    assert hidden == []


def check_risk_headers(w: MainWindow) -> None:
    """Each risk's header shows its name whole, within its section: written upwards, the
    name runs along the header's height and its line across the column."""
    header = w.coverage.table.horizontalHeader()
    model = w.coverage.model
    fm = QFontMetrics(header.font())
    net = w.doc.session.network  # type: ignore[union-attr]
    for section, key in enumerate(model.risks):
        name = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        lines = header.shown_lines(section)  # type: ignore[attr-defined]
        assert " ".join(lines) == name, key  # whole
        assert lang.current() is not Lang.EN or len(name) >= len(key.split("_")[0]), key
        assert all(fm.horizontalAdvance(x) <= header.height() - 6 for x in lines), key
        assert len(lines) * fm.height() <= header.sectionSize(section), key
        tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert risk_label(net.risk(key)) in tip


def test_the_whole_matrix_six_link_rows_and_figures_show(sized: MainWindow) -> None:
    w = sized
    assert full_rows(w.links.table) >= 6  # two, at 1366x768
    assert full_rows(w.metrics.table) >= 4  # three
    check_matrix(w)
    check_risk_headers(w)


def test_risk_headers_read_whole_in_russian_at_1366x768(qtbot: QtBot, window: MainWindow) -> None:
    """Russian risk labels run to 46 letters: the Catalogue's ten head their columns by
    short Russian words, whole, as the English ones do, in a laptop's window."""
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    window.set_language(Lang.RU)  # re-says every widget before it returns
    window.settle()
    names = [window.coverage.model.headerData(s, Qt.Orientation.Horizontal) for s in range(10)]
    assert names[:3] == ["Терроризм", "Экстремизм", "Наркотики"]
    check_risk_headers(window)


def test_risk_headers_read_whole() -> None:
    """The names are the keys in words: "emerg." and "econo" were all a reader got."""
    from app.ui.coverage_panel import short_label

    assert short_label("emergencies") == "Emergencies"
    assert short_label("water_energy") == "Water energy"


@pytest.mark.parametrize("size", LAPTOPS, ids=[f"{w}x{h}" for w, h in LAPTOPS])
def test_a_window_made_smaller_keeps_the_matrix_and_links(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    """The usual window (first shown at 1400x900) made laptop-sized by its user."""
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    window.settle()
    assert full_rows(window.links.table) >= 6
    check_matrix(window)
    check_risk_headers(window)


def test_canvas_labels_are_legible_at_the_default_zoom(sized: MainWindow) -> None:
    """Fitted into a laptop's canvas the baseline is drawn at about half size: its labels
    came out 6 pixels tall. Bodies' labels are drawn at 10 pixels or more."""
    canvas = sized.canvas
    scale = canvas.transform().m11()
    assert scale < 1.2  # the whole network fitted in, not zoomed in
    dpi = canvas.logicalDpiY()
    bodies = [n for n in canvas.nodes.values() if n.actor.kind is ActorKind.BODY]
    assert bodies
    smallest = min(n.font.pointSizeF() * dpi / 72 * scale for n in bodies)
    assert smallest >= 10.0
    rect = canvas.mapFromScene(canvas.scene().itemsBoundingRect()).boundingRect()
    assert canvas.viewport().rect().adjusted(-2, -2, 2, 2).contains(rect)  # still all in view


def test_pictures_keep_labels_at_their_own_size(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The window's label floor is for its zoom: a picture draws labels at their own size,
    and the window's come back as they were."""
    from app.ui.network_canvas import LABEL_POINTS
    from app.ui.picture import write_picture

    window.resize(1366, 768)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1366, 768))
    window.settle()
    canvas = window.canvas
    node = canvas.nodes["SCO"]
    assert node.font.pointSizeF() == canvas.label_floor > LABEL_POINTS  # zoomed out
    sizes: list[float] = []
    render = canvas.scene().render

    def spy(*args: object) -> None:
        sizes.append(node.font.pointSizeF())
        render(*args)  # type: ignore[arg-type]

    canvas.scene().render = spy  # type: ignore[method-assign]
    write_picture(tmp_path / "network.png", canvas, "Baseline", width=600)
    assert sizes == [LABEL_POINTS]
    assert node.font.pointSizeF() == canvas.label_floor
