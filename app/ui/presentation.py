"""Workshop mode: full screen in the projector theme, scenarios stepped like slides.

Keys while presenting: PageDown / Right / Space next slide, PageUp / Left / Backspace
previous, Home / End first and last; 1-9 and 0 switch the slide's prepared links (the links
its scenario switches from the baseline) back and forth, ten at a time, and Tab / Shift+Tab
show the next or previous ten; Ctrl+K or / find a link by typing and switch it; Ctrl+Z /
Ctrl+Y undo and redo; Esc or F11 leave. With a second screen, presenter notes (the
scenario's notes, what changes, what comes next) open there.

The presentation knows the window only as a `Host` (the canvas, the current document, the
theme and the commands its keys reach) and a `Stage` (full screen and back); it never
touches the window's docks, toolbars or menus.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QScreen, QShortcut, QUndoGroup
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
from app.lang import actor_name
from app.look import number
from app.ui.i18n import tr
from app.ui.network_canvas import NetworkCanvas, _escape
from app.ui.stage import Stage
from app.ui.theme import PROJECTOR, Theme, ThemeName
from app.workspace import Document, Origin

TEXT_SCALE = 1.9  # canvas labels and legend, readable from the back of a room at 1080p


def text_scale(width: int) -> float:
    """Labels as large as the canvas allows: TEXT_SCALE at 1920 px wide and more, smaller
    on a 1366 px projector so neighbouring labels do not run into each other."""
    return max(1.3, min(TEXT_SCALE, TEXT_SCALE * width / 1800))


PALETTE_POINTS = 20.0  # the link palette and its list, as large as the banner's figures
SWITCH_KEYS = "1234567890"  # one page of a slide's prepared switches; Tab shows the next
HEADLINE_METRICS = ("state_groups", "gaps", "single_points", "own_cells", "global_efficiency")


class Host(Protocol):
    """What the presentation uses of the window it runs in, and nothing more."""

    canvas: NetworkCanvas
    undo_group: QUndoGroup
    doc: Document | None
    theme: Theme

    def apply_theme(self, theme: Theme) -> None: ...  # for the show, not remembered
    def set_theme(self, name: ThemeName) -> None: ...  # the user's choice, back
    def step_year(self, step: int) -> None: ...
    @property
    def documents(self) -> _Opens: ...
    @property
    def switches(self) -> _Toggles: ...


class _Opens(Protocol):
    def open_origin(self, origin: Origin) -> None: ...


class _Toggles(Protocol):
    def toggle_link(self, link_id: str) -> None: ...


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
        parts.append(f"{m.said} {before} → {after}" if before != after else f"{m.said} {after}")
    return "   ·   ".join(parts)


class Banner(QWidget):
    """Scenario name, slide number and headline figures above the canvas. It says when
    the language changed: the presentation then says the slide again."""

    language_changed = Signal()

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
        for label in (self.title, self.figures, self.keys):  # never wider than a 1366 screen
            label.setWordWrap(True)
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
        place = tr("({number} of {count})", number=number, count=count)
        self.title.setText(
            f"{_escape(name)}   <span style='font-weight:normal'>{_escape(place)}</span>"
        )
        self.figures.setText(_together(figures))
        self.keys.setText(_together(keys))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language_changed.emit()
        super().changeEvent(event)


def _together(line: str) -> str:
    """A line that wraps only between its items (three spaces apart): a key stays with its
    link and a figure with its name ("8 KGZ:CIS-ATC off", "Global efficiency 0.6 → 0.61")."""
    return re.sub(r"(?<! ) (?! )", "\u00a0", line)


class SlidesDialog(QDialog):
    """Choose and order the scenarios to step through."""

    def __init__(
        self, slides: Sequence[Slide], chosen: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Present scenarios"))
        self.list = QListWidget(self)
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.list.setToolTip(
            tr("Tick the scenarios to show; drag them into the order to show them")
        )
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
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            tr("Present", "button: start the presentation")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(max(420, self.list.sizeHintForColumn(0) + 60), 360)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Scenarios to present, in order:"), self))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[Slide]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out


@dataclass(frozen=True)
class PaletteEntry:
    """One line of the link palette and what it is ranked by."""

    text: str
    link_id: str
    ends: tuple[str, str]  # source and target ids
    names: tuple[str, str]  # source and target names


def rank(entries: Sequence[PaletteEntry], typed: str) -> list[PaletteEntry]:
    """The entries that contain `typed`, best first: the link's own id, then links whose
    source or target id is what was typed (TKM: Turkmenistan's links), then ids that begin
    with it, then actor names that begin with it, then the rest; by id within each."""
    t = typed.strip().lower()
    if not t:
        return sorted(entries, key=lambda e: e.link_id)

    def tier(e: PaletteEntry) -> int:
        ends = [x.lower() for x in e.ends]
        words = [w for name in e.names for w in name.lower().replace("-", " ").split()]
        if e.link_id.lower() == t:
            return 0
        if t in ends:
            return 1
        if e.link_id.lower().startswith(t) or any(x.startswith(t) for x in ends):
            return 2
        if any(n.lower().startswith(t) for n in e.names) or any(w.startswith(t) for w in words):
            return 3
        return 4

    found = [e for e in entries if t in e.text.lower()]
    return sorted(found, key=lambda e: (tier(e), e.link_id))


class LinkPalette(QLineEdit):
    """Type part of a link's id or its actors' names; Enter switches the link. The list
    under it is ranked (see `rank`) and as large as the line, for the back of the room."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("link-palette")
        self._shown_for: tuple[Network, set[str]] | None = None  # what the list was made of
        font = QFont()
        font.setPointSizeF(PALETTE_POINTS)
        self.setFont(font)
        self._entries: list[PaletteEntry] = []
        self.completer_model = QStringListModel(self)
        completer = QCompleter(self.completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(8)
        self.setCompleter(completer)
        popup = completer.popup()
        assert popup is not None  # a QCompleter always has its list view
        self.list = popup
        self.list.setObjectName("link-palette-list")
        self.list.setFont(font)  # as large as the line it completes
        completer.activated.connect(self._pick)
        self.textEdited.connect(self._ranked)
        self.returnPressed.connect(lambda: self._pick(self.text()))
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(tr("Switch a link: type its id or an actor's name, then Enter"))
        if self.isVisible() and self._shown_for is not None:  # the list in the new words
            self._list(*self._shown_for)
            self._ranked(self.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _list(self, network: Network, enabled: set[str]) -> None:
        """The entries, with the actors' names in the window's language."""
        self._shown_for = (network, enabled)
        on, off = tr("on", "a link in a scenario"), tr("off", "a link in a scenario")
        self._entries = []
        for link in network.links:
            state = on if link.id in enabled else off
            a = actor_name(network.actor(link.source))
            b = actor_name(network.actor(link.target))
            self._entries.append(
                PaletteEntry(
                    f"{link.id}  ({state}) — {a} – {b}", link.id, (link.source, link.target), (a, b)
                )
            )
        self.completer_model.setStringList([e.text for e in rank(self._entries, "")])

    def open_for(self, network: Network, enabled: set[str]) -> None:
        self._list(network, enabled)
        self.clear()
        parent = self.parentWidget()
        assert parent is not None
        height = self.fontMetrics().height() + 20
        self.setGeometry(parent.width() // 6, parent.height() // 4, parent.width() * 2 // 3, height)
        self.show()
        self.raise_()
        self.setFocus()

    def shown(self) -> list[str]:
        """The list's lines, in the order it shows them."""
        return self.completer_model.stringList()

    def _ranked(self, text: str) -> None:
        self.completer_model.setStringList([e.text for e in rank(self._entries, text)])
        completer = self.completer()
        if completer is not None and text.strip():
            self.list.setFont(self.font())  # the completer styles its popup on each show
            completer.complete()

    def _pick(self, text: str) -> None:
        text = text.strip()
        by_text = {e.text: e.link_id for e in self._entries}
        link_id = by_text.get(text) or next(
            (e.link_id for e in self._entries if e.link_id.lower() == text.lower()), None
        )
        if link_id is None:
            matches = rank(self._entries, text)
            link_id = matches[0].link_id if text and len(matches) == 1 else None
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
        font = QFont()
        font.setPointSizeF(16)
        self.setFont(font)
        self._slide: tuple[str, str, Sequence[str], str] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """The title, and the slide shown said again (its summary as it was given: the
        presentation gives it anew in the new language)."""
        self.setWindowTitle(tr("Presenter notes — C6 Scenario Explorer"))
        if self._slide is not None:
            self.show_slide(*self._slide)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_slide(self, name: str, notes: str, summary: Sequence[str], after: str) -> None:
        self._slide = (name, notes, summary, after)
        said = "".join(f"<li>{_escape(s)}</li>" for s in summary) or (
            f"<li>{_escape(tr('The baseline: no link switched.'))}</li>"
        )
        notes_html = _escape(notes).replace("\n", "<br>") or f"<i>{_escape(tr('No notes.'))}</i>"
        then = _escape(after) or _escape(tr("the end", "after the last slide"))
        self.setHtml(
            f"<h2>{_escape(name)}</h2><p>{notes_html}</p>"
            f"<h3>{_escape(tr('What changes'))}</h3><ul>{said}</ul>"
            f"<p><b>{_escape(tr('Next:', 'the next slide'))}</b> {then}</p>"
        )


def other_screen(window: QWidget) -> QScreen | None:
    """A screen other than the one the window is on (the presenter's), if there is one."""
    here = window.screen()
    return next((s for s in QGuiApplication.screens() if s is not here), None)


class Presentation(QObject):
    """Runs workshop mode: enter, step, leave, and put everything back (the window's panels
    and geometry through the `Stage`, its theme through the `Host`)."""

    def __init__(self, host: Host, stage: Stage) -> None:
        super().__init__(stage.window())
        self.host = host
        self.stage = stage
        self.slides: list[Slide] = []
        self._prepared: dict[int, list[str]] = {}
        self.index = 0
        self.page = 0  # which ten of the slide's prepared switches the digit keys reach
        self.active = False
        self.banner = Banner()
        self.banner.hide()
        self.banner.language_changed.connect(self.refresh)  # the slide in the new language
        self.palette = LinkPalette(host.canvas)
        self.palette.chosen.connect(lambda lid: host.switches.toggle_link(lid))
        self.notes: PresenterNotes | None = None
        self._shortcuts: list[QShortcut] = []
        self._theme: ThemeName | None = None
        self.screen_for_notes: Callable[[QWidget], QScreen | None] = other_screen

    # ---- entering and leaving

    def enter(self, slides: Sequence[Slide]) -> None:
        h = self.host
        if self.active or not slides:
            return
        self.slides, self.active = list(slides), True
        self._prepared = {}
        current = h.doc.origin if h.doc is not None else None
        self.index = next((i for i, s in enumerate(self.slides) if s.origin == current), 0)
        self._theme = h.theme.name
        h.apply_theme(PROJECTOR)
        h.canvas.set_text_scale(text_scale(self.stage.window().screen().geometry().width()))
        self.stage.enter(self.banner)
        self._bind()
        screen = self.screen_for_notes(self.stage.window())
        if screen is not None:
            self.notes = PresenterNotes()
            self.notes.setScreen(screen)
            self.notes.setGeometry(screen.availableGeometry())
            self.notes.show()
        self.show_slide(self.index)
        h.canvas.setFocus()

    def leave(self) -> None:
        h = self.host
        if not self.active:
            return
        self.active = False
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._shortcuts = []
        self.palette.hide()
        if self.notes is not None:
            self.notes.close()
            self.notes.deleteLater()
            self.notes = None
        h.canvas.set_text_scale(1.0)
        if self._theme is not None:
            h.set_theme(self._theme)
        self.stage.leave(self.banner)

    def _bind(self) -> None:
        h = self.host
        keys: list[tuple[Sequence[str], Callable[[], object]]] = [
            (("PgDown", "Right", "Space", "Down"), self.next),
            (("PgUp", "Left", "Backspace", "Up"), self.previous),
            (("Home",), lambda: self.show_slide(0)),
            (("End",), lambda: self.show_slide(len(self.slides) - 1)),
            (("Ctrl+K", "/"), self.find_link),
            (("[",), lambda: h.step_year(-1)),
            (("]",), lambda: h.step_year(+1)),
            (("Esc", "F11"), self.leave),
            (("Ctrl+Z",), h.undo_group.undo),
            (("Ctrl+Y", "Ctrl+Shift+Z"), h.undo_group.redo),
            (("Tab",), lambda: self.turn_page(+1)),
            (("Shift+Tab", "Shift+Backtab"), lambda: self.turn_page(-1)),
        ]
        keys += [((key,), partial(self.prepared, n)) for n, key in enumerate(SWITCH_KEYS, 1)]
        for sequences, slot in keys:
            for sequence in sequences:
                self._shortcuts.append(self.stage.bind(sequence, slot))

    # ---- slides

    def next(self) -> None:
        if self.index + 1 < len(self.slides):
            self.show_slide(self.index + 1)

    def previous(self) -> None:
        if self.index > 0:
            self.show_slide(self.index - 1)

    def show_slide(self, index: int) -> None:
        h = self.host
        self.index = max(0, min(index, len(self.slides) - 1))
        self.page = 0
        h.documents.open_origin(self.slides[self.index].origin)
        h.canvas.fit()
        self.refresh()

    def prepared_links(self) -> list[str]:
        """The slide's prepared toggles: the links its scenario had switched from the
        baseline when the slide was first shown (switching one back with its key does not
        renumber the others)."""
        doc = self.host.doc
        if doc is None:
            return []
        if self.index not in self._prepared:
            s = doc.session
            self._prepared[self.index] = sorted(s.scenario.switched(s.network))
        return self._prepared[self.index]

    def pages(self) -> int:
        return max(1, -(-len(self.prepared_links()) // len(SWITCH_KEYS)))

    def keyed(self) -> list[tuple[str, str]]:
        """(key, link id) for the switches the digit keys reach now."""
        first = self.page * len(SWITCH_KEYS)
        page = self.prepared_links()[first : first + len(SWITCH_KEYS)]
        return list(zip(SWITCH_KEYS, page, strict=False))

    def turn_page(self, step: int) -> None:
        """Tab: the next ten prepared switches (after the last, the first ten again)."""
        if self.palette.isVisible() or self.pages() == 1:
            return
        self.page = (self.page + step) % self.pages()
        self.refresh()

    def prepared(self, n: int) -> None:
        """The key for the n-th switch of the page shown (1-9, then 0 for the tenth)."""
        keyed = self.keyed()
        if 1 <= n <= len(keyed):
            self.host.switches.toggle_link(keyed[n - 1][1])

    def find_link(self) -> None:
        doc = self.host.doc
        if doc is not None:
            self.palette.open_for(doc.session.network, set(doc.session.enabled()))

    def key_line(self) -> str:
        """The banner's last line: the keys for the page of switches shown, then the rest."""
        doc = self.host.doc
        on = doc.session.enabled() if doc is not None else frozenset()
        said = {True: tr("on", "a link in a scenario"), False: tr("off", "a link in a scenario")}
        keys = [f"{key} {lid} {said[lid in on]}" for key, lid in self.keyed()]
        hint = "   ".join(keys) + ("   ·   " if keys else "")
        if self.pages() > 1:
            first = self.page * len(SWITCH_KEYS) + 1
            last = min(first + len(SWITCH_KEYS) - 1, len(self.prepared_links()))
            count = len(self.prepared_links())
            hint += tr(
                "switches {first}-{last} of {count}, Tab more", first=first, last=last, count=count
            )
            hint += "   ·   "
        rest = (tr("Ctrl+K find a link"), tr("[ ] year"), tr("Esc leave"))
        return hint + "   ·   ".join(rest)

    def refresh(self) -> None:
        """Banner (and presenter notes) for the slide as it now stands."""
        h = self.host
        if not self.active or h.doc is None:
            return
        s = h.doc.session
        if not s.evaluated:
            figures = tr("Evaluating…")
            summary: tuple[str, ...] = ()
        else:
            figures, summary = headline(s.diff), s.summary()
        name = s.scenario.name
        if s.year is not None:
            name = tr("{scenario} — as of {year}", scenario=name, year=s.year)
        self.banner.show_slide(name, self.index + 1, len(self.slides), figures, self.key_line())
        if self.notes is not None:
            after = self.slides[self.index + 1].name if self.index + 1 < len(self.slides) else ""
            self.notes.show_slide(s.scenario.name, s.scenario.notes, summary, after)
