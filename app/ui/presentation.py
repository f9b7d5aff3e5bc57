"""Workshop mode: full screen in the projector theme, scenarios stepped like slides.

Keys while presenting: PageDown / Right / Space next slide, PageUp / Left / Backspace
previous, Home / End first and last; 1-9 switch the slide's prepared links (the links its
scenario switches from the baseline) back and forth; Ctrl+K or / find a link by typing and
switch it; Ctrl+Z / Ctrl+Y undo and redo; Esc or F11 leave. With a second screen, presenter
notes (the scenario's notes, what changes, what comes next) open there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.analysis import Diff
from app.domain import Network
from app.look import number
from app.ui.network_canvas import _escape
from app.ui.theme import PROJECTOR, ThemeName
from app.workspace import Origin

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

TEXT_SCALE = 1.9  # canvas labels and legend, readable from the back of a room at 1080p
HEADLINE_METRICS = ("state_groups", "gaps", "single_points", "own_cells", "global_efficiency")


@dataclass(frozen=True)
class Slide:
    origin: Origin
    name: str


def headline(d: Diff) -> str:
    """The few figures a room looks at: baseline -> scenario."""
    parts = []
    for key in HEADLINE_METRICS:
        try:
            m = d.metric(key)
        except StopIteration:
            continue
        before, after = number(m.before), number(m.after)
        parts.append(f"{m.label} {before} → {after}" if before != after else f"{m.label} {after}")
    return "   ·   ".join(parts)


class Banner(QWidget):
    """Scenario name, slide number and headline figures above the canvas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentation-banner")
        self.setAutoFillBackground(True)
        self.title = QLabel(self)
        self.title.setObjectName("banner-title")
        self.figures = QLabel(self)
        self.figures.setObjectName("banner-figures")
        self.keys = QLabel(self)
        self.keys.setObjectName("banner-keys")
        self.keys.setWordWrap(True)
        for label, points, bold in (
            (self.title, 30, True),
            (self.figures, 19, False),
            (self.keys, 15, False),
        ):
            font = QFont()
            font.setPointSizeF(points)
            font.setBold(bold)
            label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 10)
        layout.setSpacing(4)
        for label in (self.title, self.figures, self.keys):
            layout.addWidget(label)

    def show_slide(self, name: str, number: int, count: int, figures: str, keys: str) -> None:
        self.title.setText(
            f"{name}   <span style='font-weight:normal'>({number} of {count})</span>"
        )
        self.figures.setText(figures)
        self.keys.setText(keys)


class SlidesDialog(QDialog):
    """Choose and order the scenarios to step through."""

    def __init__(
        self, slides: Sequence[Slide], chosen: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Present scenarios")
        self.list = QListWidget(self)
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.list.setToolTip("Tick the scenarios to show; drag them into the order to show them")
        for slide in slides:
            item = QListWidgetItem(slide.name)
            item.setData(Qt.ItemDataRole.UserRole, slide)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = not chosen or slide.name in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Present")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Scenarios to present, in order:", self))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[Slide]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out


class LinkPalette(QLineEdit):
    """Type part of a link's id or its actors' names; Enter switches the link."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("link-palette")
        self.setPlaceholderText("Switch a link: type its id or an actor's name, then Enter")
        font = QFont()
        font.setPointSizeF(20)
        self.setFont(font)
        self._ids: dict[str, str] = {}
        self.completer_model = QStringListModel(self)
        completer = QCompleter(self.completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        popup = completer.popup()
        if popup is not None:
            popup.setFont(font)  # as large as the line it completes
        completer.activated.connect(self._pick)
        self.returnPressed.connect(lambda: self._pick(self.text()))
        self.hide()

    def open_for(self, network: Network, enabled: set[str]) -> None:
        entries = {}
        for link in network.links:
            state = "on" if link.id in enabled else "off"
            a, b = network.actor(link.source).name, network.actor(link.target).name
            entries[f"{link.id}  ({state}) — {a} – {b}"] = link.id
        self._ids = entries
        self.completer_model.setStringList(sorted(entries))
        self.clear()
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.width() // 6, parent.height() // 3, parent.width() * 2 // 3, 56)
        self.show()
        self.raise_()
        self.setFocus()

    def _pick(self, text: str) -> None:
        text = text.strip()
        link_id = self._ids.get(text) or next(
            (lid for lid in self._ids.values() if lid.lower() == text.lower()), None
        )
        if link_id is None:
            matches = [lid for entry, lid in self._ids.items() if text.lower() in entry.lower()]
            link_id = matches[0] if text and len(matches) == 1 else None
        if link_id is not None:
            self.hide()
            self.chosen.emit(link_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            parent = self.parentWidget()
            if parent is not None:
                parent.setFocus()
            return
        super().keyPressEvent(event)


class PresenterNotes(QTextBrowser):
    """A window for the presenter's screen: notes, what changes, what is next."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("presenter-notes")
        self.setWindowTitle("Presenter notes — C6 Scenario Explorer")
        font = QFont()
        font.setPointSizeF(16)
        self.setFont(font)

    def show_slide(self, name: str, notes: str, summary: Sequence[str], after: str) -> None:
        said = (
            "".join(f"<li>{_escape(s)}</li>" for s in summary)
            or "<li>The baseline: no link switched.</li>"
        )
        notes_html = _escape(notes).replace("\n", "<br>") or "<i>No notes.</i>"
        self.setHtml(
            f"<h2>{_escape(name)}</h2><p>{notes_html}</p>"
            f"<h3>What changes</h3><ul>{said}</ul><p><b>Next:</b> {_escape(after) or 'the end'}</p>"
        )


def other_screen(window: QWidget) -> QScreen | None:
    """A screen other than the one the window is on (the presenter's), if there is one."""
    here = window.screen()
    return next((s for s in QGuiApplication.screens() if s is not here), None)


class Presentation(QObject):
    """Runs workshop mode on a MainWindow: enter, step, leave, and put everything back."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.slides: list[Slide] = []
        self._prepared: dict[int, list[str]] = {}
        self.index = 0
        self.active = False
        self.banner = Banner()
        self.banner.hide()
        self.palette = LinkPalette(window.canvas)
        self.palette.chosen.connect(lambda lid: window.switches.toggle_link(lid))
        self.notes: PresenterNotes | None = None
        self._shortcuts: list[QShortcut] = []
        self._restore: tuple[ThemeName, bytes, bool] | None = None
        self.screen_for_notes: Callable[[QWidget], QScreen | None] = other_screen

    # ---- entering and leaving

    def enter(self, slides: Sequence[Slide]) -> None:
        w = self.window
        if self.active or not slides:
            return
        self.slides, self.active = list(slides), True
        self._prepared = {}
        current = w.doc.origin if w.doc is not None else None
        self.index = next((i for i, s in enumerate(self.slides) if s.origin == current), 0)
        self._restore = (w.theme.name, bytes(w.saveState().data()), w.isFullScreen())
        for dock in w.docks.values():
            dock.hide()
        w.menuBar().hide()
        w.toolbar.hide()
        w.statusBar().hide()
        w.apply_theme(PROJECTOR)
        w.canvas.set_text_scale(TEXT_SCALE)
        self._place_banner(True)
        self._bind()
        w.showFullScreen()
        if w.screen() is not None:  # without a window manager full screen is only a wish
            w.setGeometry(w.screen().geometry())
        screen = self.screen_for_notes(w)
        if screen is not None:
            self.notes = PresenterNotes()
            self.notes.setScreen(screen)
            self.notes.setGeometry(screen.availableGeometry())
            self.notes.show()
        self.show_slide(self.index)
        w.canvas.setFocus()

    def leave(self) -> None:
        w = self.window
        if not self.active or self._restore is None:
            return
        self.active = False
        theme, state, was_full = self._restore
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._shortcuts = []
        self.palette.hide()
        self._place_banner(False)
        if self.notes is not None:
            self.notes.close()
            self.notes.deleteLater()
            self.notes = None
        w.canvas.set_text_scale(1.0)
        w.set_theme(theme)
        w.menuBar().show()
        w.toolbar.show()
        w.statusBar().show()
        w.restoreState(QByteArray(state))
        if not was_full:
            w.showNormal()

    def _place_banner(self, on: bool) -> None:
        """The banner goes above the canvas in a holder that replaces the central widget."""
        w = self.window
        if on:
            holder = QWidget()
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(0)
            w.takeCentralWidget()
            layout.addWidget(self.banner)
            layout.addWidget(w.canvas, 1)
            w.setCentralWidget(holder)
            self.banner.show()
        else:
            old = w.takeCentralWidget()
            self.banner.setParent(None)
            self.banner.hide()
            w.setCentralWidget(w.canvas)
            if old is not None:
                old.deleteLater()

    def _bind(self) -> None:
        w = self.window
        keys: list[tuple[Sequence[str], Callable[[], object]]] = [
            (("PgDown", "Right", "Space", "Down"), self.next),
            (("PgUp", "Left", "Backspace", "Up"), self.previous),
            (("Home",), lambda: self.show_slide(0)),
            (("End",), lambda: self.show_slide(len(self.slides) - 1)),
            (("Ctrl+K", "/"), self.find_link),
            (("[",), lambda: w.step_year(-1)),
            (("]",), lambda: w.step_year(+1)),
            (("Esc", "F11"), self.leave),
            (("Ctrl+Z",), w.undo_group.undo),
            (("Ctrl+Y", "Ctrl+Shift+Z"), w.undo_group.redo),
        ]
        keys += [((str(n),), partial(self.prepared, n)) for n in range(1, 10)]
        for sequences, slot in keys:
            for sequence in sequences:
                shortcut = QShortcut(QKeySequence(sequence), w)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)
                self._shortcuts.append(shortcut)

    # ---- slides

    def next(self) -> None:
        if self.index + 1 < len(self.slides):
            self.show_slide(self.index + 1)

    def previous(self) -> None:
        if self.index > 0:
            self.show_slide(self.index - 1)

    def show_slide(self, index: int) -> None:
        w = self.window
        self.index = max(0, min(index, len(self.slides) - 1))
        w.documents.open_origin(self.slides[self.index].origin)
        w.canvas.fit()
        self.refresh()

    def prepared_links(self) -> list[str]:
        """The slide's prepared toggles: the links its scenario had switched from the
        baseline when the slide was first shown (switching one back with its number key
        does not renumber the others)."""
        doc = self.window.doc
        if doc is None:
            return []
        if self.index not in self._prepared:
            s = doc.session
            self._prepared[self.index] = sorted(s.scenario.switched(s.network))
        return self._prepared[self.index]

    def prepared(self, n: int) -> None:
        links = self.prepared_links()
        if 1 <= n <= len(links):
            self.window.switches.toggle_link(links[n - 1])

    def find_link(self) -> None:
        doc = self.window.doc
        if doc is not None:
            self.palette.open_for(doc.session.network, set(doc.session.enabled()))

    def refresh(self) -> None:
        """Banner (and presenter notes) for the slide as it now stands."""
        w = self.window
        if not self.active or w.doc is None:
            return
        s = w.doc.session
        if not s.evaluated:
            figures = "Evaluating…"
            summary: tuple[str, ...] = ()
        else:
            figures, summary = headline(s.diff), s.summary()
        on = s.enabled()
        keys = [
            f"{n} {lid} {'on' if lid in on else 'off'}"
            for n, lid in enumerate(self.prepared_links()[:9], start=1)
        ]
        hint = "   ".join(keys) + ("   ·   " if keys else "")
        hint += "Ctrl+K find a link   ·   [ ] year   ·   Esc leave"
        name = s.scenario.name + (f" — as of {s.year}" if s.year is not None else "")
        self.banner.show_slide(name, self.index + 1, len(self.slides), figures, hint)
        if self.notes is not None:
            after = self.slides[self.index + 1].name if self.index + 1 < len(self.slides) else ""
            self.notes.show_slide(s.scenario.name, s.scenario.notes, summary, after)
