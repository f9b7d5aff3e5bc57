"""Two scenarios side by side: the same layout, zoom and pan linked, and what differs.

The right-hand scenario is read against the left-hand one: links switched between them,
coverage cells gained and lost, and every figure's change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial

from PySide6.QtCore import QEvent, QLocale, Qt
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
from app.domain import Depth, Network, Scenario
from app.lang import risk_label
from app.look import number, signed
from app.ui.i18n import tr
from app.ui.network_canvas import NetworkCanvas, _escape
from app.ui.presentation import Slide
from app.ui.theme import Theme

Loader = Callable[[Slide], tuple[Scenario, Network]]
Positions = Callable[[Network], Mapping[str, tuple[float, float]]]
Compared = tuple[tuple[Evaluation, Evaluation], Diff]
Run = Callable[
    [Network, Scenario, Scenario, Criteria, Callable[[Compared], None], Callable[[str], None]],
    bool,
]


def _coverage_titles(threshold: Depth) -> tuple[str, str]:
    """The titles of the groups of cells gained and lost, at the threshold counted (whole
    sentences: Russian declines the depth)."""
    if threshold is Depth.OPERATIONAL:
        return tr("Coverage gained at operational depth"), tr("Coverage lost at operational depth")
    if threshold is Depth.DECLARATORY:
        return (
            tr("Coverage gained at declaratory depth or deeper"),
            tr("Coverage lost at declaratory depth or deeper"),
        )
    return (
        tr("Coverage gained at coordination depth or deeper"),
        tr("Coverage lost at coordination depth or deeper"),
    )


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
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.slides, self.load, self.layout_of = list(slides), load, positions
        self.canvases = (NetworkCanvas(self), NetworkCanvas(self))
        self.pickers = (QComboBox(self), QComboBox(self))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("compare-diff")
        self.tree.setAlternatingRowColors(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.diff: Diff | None = None
        self.side_labels: list[QLabel] = []
        self._say: Callable[[], None] = lambda: None  # the note and the list, said again
        self.run = run or _at_once  # the window's task runner: big networks off the UI thread
        self._syncing = False

        sides = QSplitter(Qt.Orientation.Horizontal, self)
        for canvas, picker in zip(self.canvases, self.pickers, strict=True):
            canvas.set_theme(theme)
            for slide in self.slides:
                picker.addItem(slide.name)
            picker.currentIndexChanged.connect(self.refresh)
            canvas.view_moved.connect(lambda c=canvas: self._follow(c))
            box = QWidget(sides)
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            row = QHBoxLayout()
            self.side_labels.append(QLabel(box))
            row.addWidget(self.side_labels[-1])
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
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the window's language, and the note and the list said again."""
        self.setWindowTitle(tr("Compare scenarios — C6 Scenario Explorer"))
        self.tree.setHeaderLabels(
            [tr("What differs (right against left)"), tr("Left", "side"), tr("Right", "side")]
        )
        sides = (tr("Left:", "side"), tr("Right:", "side"))
        names = (tr("Left scenario"), tr("Right scenario"))
        for label, picker, side, name in zip(
            self.side_labels, self.pickers, sides, names, strict=True
        ):
            label.setText(side)
            picker.setAccessibleName(name)
        self._say()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
            self._say = partial(self._apart, a_net.name, b_net.name)
            self._say()
            return
        for canvas, scn in zip(self.canvases, (a_scn, b_scn), strict=True):
            canvas.set_network(a_net, positions, a_net.enabled_links(scn))
        self.canvases[0].fit()
        self._follow(self.canvases[0])
        self.diff = None
        shown = partial(self._show_diff, a_net, a_scn.name, b_scn.name)
        self._say = lambda: None
        if self.run(a_net, a_scn, b_scn, self.criteria, shown, self._failed):
            self._say = partial(self._evaluating, len(a_net.actors))
            self._say()

    def _apart(self, left: str, right: str) -> None:
        self.note.setText(
            tr(
                "These two scenarios are over different networks (“{left}” and “{right}”): "
                "pick two over the same network to compare them.",
                left=left,
                right=right,
            )
        )

    def _evaluating(self, actors: int) -> None:
        self.note.setText(
            tr("Evaluating {actors} actors in the background…", actors=QLocale().toString(actors))
        )

    def _failed(self, message: str) -> None:
        """An error from the worker: said as it came (translated where it was made)."""
        self._say = lambda: None
        self.note.setText(message)

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
        self._say = partial(self._say_diff, network, left, right, d)
        self._say()

    def _say_diff(self, network: Network, left: str, right: str, d: Diff) -> None:
        """The note and the list for diff `d`, in the window's language."""
        self.note.setText(
            tr(
                "<b>{left}</b> against <b>{right}</b>: %n link(s) differ.",
                None,
                len(d.switched_on) + len(d.switched_off),
                left=_escape(left),
                right=_escape(right),
            )
        )
        self.tree.clear()
        self._fill(network, d)

    def _fill(self, network: Network, d: Diff) -> None:
        def group(title: str, rows: Sequence[tuple[str, str, str, str | None]]) -> None:
            top = QTreeWidgetItem(self.tree, [f"{title} ({len(rows)})", "", ""])
            for text, left, right, link in rows:
                item = QTreeWidgetItem(top, [text, left, right])
                if link is not None:
                    item.setData(0, Qt.ItemDataRole.UserRole, link)
                    item.setToolTip(0, tr("Click to highlight it in both pictures"))
            top.setExpanded(len(rows) <= 15)  # long groups start folded: all titles in view

        on, off = tr("on", "a link in a scenario"), tr("off", "a link in a scenario")
        switched = [(lid, off, on, lid) for lid in d.switched_on]
        switched += [(lid, on, off, lid) for lid in d.switched_off]
        group(tr("Links switched"), sorted(switched))
        label = {r.key: risk_label(r) for r in network.risks}
        gained = [c for c in d.cells if c.after > c.before]
        lost = [c for c in d.cells if c.after < c.before]
        titles = _coverage_titles(self.criteria.threshold)
        for title, cells in zip(titles, (gained, lost), strict=True):
            group(
                title,
                [
                    (f"{c.state} · {label[c.risk]}", str(c.before), str(c.after), None)
                    for c in cells
                ],
            )
        figures = [
            (f"{m.said}  {signed(m.delta)}", number(m.before), number(m.after), None)
            for m in d.metrics
            if m.improved is not None
        ]
        group(tr("Figures that change"), figures)
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
