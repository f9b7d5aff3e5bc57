"""Two scenarios side by side: the same layout, zoom and pan linked, and what differs.

The right-hand scenario is read against the left-hand one: links switched between them,
coverage cells gained and lost, and every figure's change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis import DEFAULT_CRITERIA, Criteria, Diff, Evaluation, compare_two
from app.domain import Network, Scenario
from app.look import number, signed
from app.ui.network_canvas import NetworkCanvas
from app.ui.presentation import Slide
from app.ui.theme import Theme

Loader = Callable[[Slide], tuple[Scenario, Network]]
Positions = Callable[[Network], Mapping[str, tuple[float, float]]]
Compared = tuple[tuple[Evaluation, Evaluation], Diff]
Run = Callable[
    [Network, Scenario, Scenario, Criteria, Callable[[Compared], None], Callable[[str], None]],
    bool,
]


def _at_once(
    network: Network,
    left: Scenario,
    right: Scenario,
    criteria: Criteria,
    done: Callable[[Compared], None],
    failed: Callable[[str], None],
) -> bool:
    done(compare_two(network, left, right, criteria))
    return False


class CompareWindow(QDialog):
    def __init__(
        self,
        slides: Sequence[Slide],
        load: Loader,
        positions: Positions,
        theme: Theme,
        parent: QWidget | None = None,
        run: Run | None = None,
        criteria: Criteria = DEFAULT_CRITERIA,
    ) -> None:
        super().__init__(parent)
        self.criteria = criteria  # coverage counted as in the window that opened it
        self.setObjectName("compare-window")
        self.setWindowTitle("Compare scenarios — C6 Scenario Explorer")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.slides, self.load, self.layout_of = list(slides), load, positions
        self.canvases = (NetworkCanvas(self), NetworkCanvas(self))
        self.pickers = (QComboBox(self), QComboBox(self))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("compare-diff")
        self.tree.setHeaderLabels(["What differs (right against left)", "Left", "Right"])
        self.tree.setAlternatingRowColors(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.diff: Diff | None = None
        self.run = run or _at_once  # the window's task runner: big networks off the UI thread
        self._syncing = False

        sides = QSplitter(Qt.Orientation.Horizontal, self)
        for canvas, picker, label in zip(
            self.canvases, self.pickers, ("Left", "Right"), strict=True
        ):
            canvas.set_theme(theme)
            picker.setAccessibleName(f"{label} scenario")
            for slide in self.slides:
                picker.addItem(slide.name)
            picker.currentIndexChanged.connect(self.refresh)
            canvas.view_moved.connect(lambda c=canvas: self._follow(c))
            box = QWidget(sides)
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            row = QHBoxLayout()
            row.addWidget(QLabel(f"{label}:", box))
            row.addWidget(picker, 1)
            col.addLayout(row)
            col.addWidget(canvas, 1)
        whole = QSplitter(Qt.Orientation.Vertical, self)
        whole.addWidget(sides)
        bottom = QWidget(whole)
        col = QVBoxLayout(bottom)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.note)
        col.addWidget(self.tree, 1)
        whole.setStretchFactor(0, 3)
        whole.setStretchFactor(1, 2)
        whole.setSizes([600, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(whole)
        self.tree.itemClicked.connect(self._clicked)
        room = parent.screen().availableGeometry() if parent is not None else None
        self.resize(
            min(1400, room.width()) if room else 1400, min(900, room.height()) if room else 900
        )  # never larger than the screen it opens on
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # each View › Compare is new

    def show_pair(self, left: int, right: int) -> None:
        for picker, index in zip(self.pickers, (left, right), strict=True):
            picker.blockSignals(True)
            picker.setCurrentIndex(index)
            picker.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        (a_scn, a_net), (b_scn, b_net) = (
            self.load(self.slides[p.currentIndex()]) for p in self.pickers
        )
        positions = dict(self.layout_of(a_net))
        positions.update(a_scn.positions)  # one layout for both: the left one's
        self.tree.clear()
        if a_net != b_net:
            self.diff = None
            self.note.setText(
                f"These two scenarios are over different networks (“{a_net.name}” and "
                f"“{b_net.name}”): pick two over the same network to compare them."
            )
            return
        for canvas, scn in zip(self.canvases, (a_scn, b_scn), strict=True):
            canvas.set_network(a_net, positions, a_net.enabled_links(scn))
        self.canvases[0].fit()
        self._follow(self.canvases[0])
        self.diff = None
        shown = partial(self._show_diff, a_net, a_scn.name, b_scn.name)
        if self.run(a_net, a_scn, b_scn, self.criteria, shown, self.note.setText):
            self.note.setText(f"Evaluating {len(a_net.actors):,} actors in the background…")

    def _show_diff(
        self,
        network: Network,
        left: str,
        right: str,
        result: tuple[tuple[Evaluation, Evaluation], Diff],
    ) -> None:
        evaluations, d = result
        self.diff = d
        for canvas, ev in zip(self.canvases, evaluations, strict=True):
            canvas.set_active(ev.connectivity.degree.keys())
        self.note.setText(
            f"<b>{left}</b> against <b>{right}</b>: "
            f"{len(d.switched_on) + len(d.switched_off)} links differ."
        )
        self._fill(network, d)

    def _fill(self, network: Network, d: Diff) -> None:
        def group(title: str, rows: Sequence[tuple[str, str, str, str | None]]) -> None:
            top = QTreeWidgetItem(self.tree, [f"{title} ({len(rows)})", "", ""])
            for text, left, right, link in rows:
                item = QTreeWidgetItem(top, [text, left, right])
                if link is not None:
                    item.setData(0, Qt.ItemDataRole.UserRole, link)
                    item.setToolTip(0, "Click to highlight it in both pictures")
            top.setExpanded(len(rows) <= 15)  # long groups start folded: all titles in view

        switched = [(lid, "off", "on", lid) for lid in d.switched_on]
        switched += [(lid, "on", "off", lid) for lid in d.switched_off]
        group("Links switched", sorted(switched))
        label = {r.key: r.label for r in network.risks}
        gained = [c for c in d.cells if c.after > c.before]
        lost = [c for c in d.cells if c.after < c.before]
        at = self.criteria.phrase
        for title, cells in ((f"Coverage gained {at}", gained), (f"Coverage lost {at}", lost)):
            group(
                title,
                [
                    (f"{c.state} · {label[c.risk]}", str(c.before), str(c.after), None)
                    for c in cells
                ],
            )
        figures = [
            (f"{m.label}  {signed(m.delta)}", number(m.before), number(m.after), None)
            for m in d.metrics
            if m.improved is not None
        ]
        group("Figures that change", figures)
        for col in range(3):
            self.tree.resizeColumnToContents(col)

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        link = item.data(0, Qt.ItemDataRole.UserRole)
        for canvas in self.canvases:
            canvas.highlight_links([link] if link else [])

    def _follow(self, source: NetworkCanvas) -> None:
        """The other canvas takes this one's zoom and centre."""
        if self._syncing:
            return
        self._syncing = True
        try:
            center = source.mapToScene(source.viewport().rect().center())
            for canvas in self.canvases:
                if canvas is not source:
                    canvas.setTransform(source.transform())
                    canvas.centerOn(center)
        finally:
            self._syncing = False
