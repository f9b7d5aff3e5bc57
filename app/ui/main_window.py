"""The main window: the canvas in the middle, scenarios on the left, coverage and metrics on
the right, links and details below; menus, one undo stack per open scenario, settings.

Every edit is an undo command that calls a session operation; `_changed` then refreshes each
view from the Change the operation reported. Errors a user can cause become dialogs.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, suppress
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)

from app import lang
from app.analysis import (
    DEFAULT_CRITERIA,
    Criteria,
    Lens,
    LinkImpact,
)
from app.analysis.layout import Layout, merged, placed
from app.domain import (
    C6Error,
    Depth,
    Network,
    Scenario,
)
from app.lang import NAMES, Lang, actor_name, risk_label
from app.session import Change
from app.ui import actions
from app.ui.commands import relabel
from app.ui.compare import CompareWindow
from app.ui.context import APP, Ui, guard
from app.ui.coverage_panel import CoveragePanel
from app.ui.details import DetailsPanel
from app.ui.dock_sizes import arrange_docks
from app.ui.documents import Documents
from app.ui.history import History
from app.ui.i18n import QT_TRANSLATE_NOOP, MissingCatalogue, install, tr
from app.ui.links_panel import LinksPanel
from app.ui.metrics_panel import MetricsPanel
from app.ui.network_canvas import NetworkCanvas, _escape
from app.ui.network_editor import NetworkEditor
from app.ui.presentation import Presentation, Slide, SlidesDialog
from app.ui.scenarios_panel import ScenariosPanel
from app.ui.stage import Stage
from app.ui.stores import Stores
from app.ui.switches import Switches
from app.ui.tasks import Tasks
from app.ui.team import Team, mark_of, row_name
from app.ui.theme import THEMES, Theme, ThemeName, apply_palette
from app.ui.transfers import Transfers
from app.ui.workers import Workers
from app.ui.year_bar import YearBar
from app.workspace import Document, InFile, InStore, Origin, Unsaved, Workspace


class MainWindow(QMainWindow):
    documents: Documents
    switches: Switches

    def __init__(self, workspace: Workspace, settings: QSettings) -> None:
        super().__init__()
        self._spoken = lang.current()  # the language the window's texts were last set in
        self.workspace = workspace
        self.settings = settings
        self.stacks: dict[Document, QUndoStack] = {}
        self.undo_group = QUndoGroup(self)
        self.workers = Workers()
        self.layout_kind = _setting(settings, "view/layout", Layout, Layout.RADIAL)
        self.criteria = Criteria(
            _threshold_setting(settings),
            _setting(settings, "view/lens", Lens, DEFAULT_CRITERIA.lens),
        )
        self.theme: Theme = THEMES[_setting(settings, "view/theme", ThemeName, ThemeName.LIGHT)]
        self.dialogs_raise = False  # errors raise C6Error instead of a dialog (screenshots)
        self._said: set[str] = set()  # store warnings already shown in a dialog
        workspace.subscribe(self._announced)
        self.setWindowTitle(APP)
        self.setObjectName("main-window")
        self.setDockNestingEnabled(True)

        self.canvas = NetworkCanvas(self)
        self.setCentralWidget(self.canvas)
        self.scenarios = ScenariosPanel(self)
        self.coverage = CoveragePanel(self)
        self.metrics = MetricsPanel(self)
        self.links = LinksPanel(self)
        self.details = DetailsPanel(self)
        self.docks = {
            key: self._dock(DOCK_TITLES[key], widget, area)
            for key, widget, area in (
                ("scenarios", self.scenarios, Qt.DockWidgetArea.LeftDockWidgetArea),
                ("coverage", self.coverage, Qt.DockWidgetArea.RightDockWidgetArea),
                ("metrics", self.metrics, Qt.DockWidgetArea.RightDockWidgetArea),
                ("links", self.links, Qt.DockWidgetArea.BottomDockWidgetArea),
                ("details", self.details, Qt.DockWidgetArea.BottomDockWidgetArea),
            )
        }
        self.splitDockWidget(self.docks["coverage"], self.docks["metrics"], Qt.Orientation.Vertical)
        self.splitDockWidget(self.docks["links"], self.docks["details"], Qt.Orientation.Horizontal)
        self.presentation = Presentation(self, Stage(self))
        ui = Ui(
            workspace,
            self,
            self.canvas,
            self.workers,
            settings,
            self.stacks,
            lambda message: self.error(message),  # looked up when said (dialogs_raise)
            lambda message, msecs: self.statusBar().showMessage(message, msecs),
            self.open_document,
            lambda path: self.documents.add_recent(path),
        )
        self.transfers = Transfers(ui)
        self.editor = NetworkEditor(ui)
        self.tasks = Tasks(ui, self.coverage, self.metrics)
        self.documents = Documents(ui, self.scenarios)
        self.switches = Switches(ui, self.links)
        self.stores = Stores(ui)
        self.history = History(ui, lambda: self.allowed)
        self.stores.chosen.connect(self.documents.switch_store)
        self.documents.store_switched.connect(self.stores.remember)
        self.documents.listed.connect(self._listed)
        self.documents.recent_changed.connect(self._fill_recent)
        self.tasks.shown.connect(self.presentation.refresh)
        self.coverage.set_criteria(self.criteria)
        self._build_menus()
        self._build_toolbar()
        self.team = Team(ui, self)  # another user's saves: listed, reloaded or marked (its bar
        self.team.listed.connect(self._listed)  # goes under the toolbar)
        self.documents.store_switched.connect(lambda _url: self.team.switched())
        self.documents.store_refused.connect(self.stores.refused)
        self.team.start()
        self._connect()
        self.apply_theme(self.theme)
        self._restore_geometry()
        self.statusBar().showMessage(
            workspace.open_store() if workspace.store_open else tr("Opening the store…")
        )

    @property
    def doc(self) -> Document | None:
        """The document on screen (the workspace's current one)."""
        return self.workspace.current

    @doc.setter
    def doc(self, doc: Document | None) -> None:
        self.workspace.current = doc
        self._update_actions()

    # ---- construction

    def _build_toolbar(self) -> None:
        bar = QToolBar(tr("Main toolbar"), self)
        bar.setObjectName("main-toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setMovable(False)
        for action in (self.undo_action, self.redo_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.actions_by_name["fit"])
        bar.addSeparator()
        bar.addAction(self.present_action)
        bar.addSeparator()
        self.year_bar = YearBar(bar)
        self.year_slider, self.year_label = self.year_bar.slider, self.year_bar.label
        bar.addWidget(self.year_bar)
        self.year_bar.year_chosen.connect(self.set_year)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _sync_year_slider(self) -> None:
        if self.doc is not None:
            self.year_bar.show_year(self.doc.session.network, self.doc.session.year)

    def step_year(self, step: int) -> None:
        """Move the As of slider by `step` years (its far right is today)."""
        self.year_bar.step(step)

    def set_year(self, year: int | None) -> None:
        """Show the current scenario on the network as it stood in `year` (None: today)."""
        doc = self.doc
        if doc is None:
            return
        self._changed(doc, doc.session.set_year(year))
        self._sync_year_slider()
        self.presentation.refresh()

    def set_criteria(self, criteria: Criteria) -> None:
        """Count coverage at another threshold depth or through another lens (a view
        setting: remembered, not an edit of the scenario)."""
        self.criteria = criteria
        self.settings.setValue("view/threshold", criteria.threshold.label)
        self.settings.setValue("view/lens", criteria.lens.value)
        self.coverage.set_criteria(criteria)
        doc = self.doc
        if doc is not None:  # re-evaluation shows it everywhere, the presentation included
            self._changed(doc, doc.session.set_criteria(criteria))

    def slide_candidates(self, present: bool = False) -> list[Slide]:
        """The scenarios to compare (or, `present`, to show as slides: not a new one still
        equal to the baseline): the store's, then the open files and new ones."""
        with self._guard(tr("Cannot read the store")):
            return [
                Slide(origin, name)
                for origin, name in self.workspace.listing()
                if not (present and self.workspace.untouched(origin))
            ]
        return [
            Slide(o, d.name)
            for o, d in self.workspace.documents.items()
            if not isinstance(o, InStore)
        ]

    def load_slide(self, slide: Slide) -> tuple[Scenario, Network]:
        return self.workspace.peek(slide.origin)

    def compare(self) -> CompareWindow | None:
        slides = self.slide_candidates()
        if len(slides) < 2:
            self.error(tr("Comparing needs two scenarios: create or open another one first."))
            return None
        here = self.doc.origin if self.doc is not None else None
        left = next((i for i, s in enumerate(slides) if s.origin == here), 0)
        with self._guard(tr("Cannot compare")):
            window = CompareWindow(
                slides,
                self.load_slide,
                self.layout_positions,
                self.theme,
                self,
                self.tasks.compare,
                self.criteria,
            )
            window.show_pair(left, (left + 1) % len(slides))
            window.show()
            return window
        return None

    def present(self, choose: bool = False) -> None:
        """Enter workshop mode (or leave it); `choose` asks which scenarios, in what order."""
        if self.presentation.active:
            self.presentation.leave()
            return
        slides = self.slide_candidates(present=True)
        saved = self.settings.value("present/slides", [])
        names = [saved] if isinstance(saved, str) else []  # INI: one name comes back bare
        if isinstance(saved, list):
            names = [str(n) for n in saved]
        if choose:
            dialog = SlidesDialog(slides, set(names), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            slides = dialog.chosen()
            self.settings.setValue("present/slides", [s.name for s in slides])
        elif names:
            order = {name: i for i, name in enumerate(names)}
            kept = sorted((s for s in slides if s.name in order), key=lambda s: order[s.name])
            slides = kept or slides
        if not slides:
            self.error(tr("There is no scenario to present."))
            return
        self.presentation.enter(slides)

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(tr(title), self)
        dock.setObjectName(f"dock-{title}")  # English in every language: saved layouts fit
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        """The menu bar from the actions registry (app/ui/actions.py), with the lists that
        change at run time filled in here."""
        self.actions_by_name = actions.build(
            self,
            {
                "recent": self._recent_section,
                "recent-stores": self.stores.add_menu,
                "undo": self._undo_section,
                "coverage": self._coverage_section,
                "layouts": self._layouts_section,
                "themes": self._themes_section,
                "languages": self._languages_section,
                "panels": self._panels_section,
            },
        )
        self.present_action = self.actions_by_name["present"]
        self.save_action = self.actions_by_name["save"]
        self.own_only_action = self.actions_by_name["own-only"]
        self._update_actions()

    def _recent_section(self, menu: QMenu) -> None:
        self.recent_menu = menu.addMenu(tr("Open &recent"))
        self.recent_menu.setObjectName("menu-open recent")

    def _undo_section(self, menu: QMenu) -> None:
        self.undo_action, self.redo_action = self._undo_actions()
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)

    def _undo_actions(self) -> tuple[QAction, QAction]:
        """Undo and Redo, their texts in the current language (Qt keeps the prefix given
        here: a language switch makes them anew, `_retranslate_undo`)."""
        Std = QKeySequence.StandardKey
        undo = self.undo_group.createUndoAction(self, tr("&Undo"))
        undo.setObjectName("action-undo")
        undo.setShortcut(QKeySequence(Std.Undo))
        redo = self.undo_group.createRedoAction(self, tr("&Redo"))
        redo.setObjectName("action-redo")
        redo.setShortcuts([QKeySequence(Std.Redo), QKeySequence("Ctrl+Y")])
        return undo, redo

    def _retranslate_undo(self) -> None:
        old = (self.undo_action, self.redo_action)
        new = self._undo_actions()
        for holder in (self.edit_menu(), self.toolbar):
            for before, after in zip(old, new, strict=True):
                holder.insertAction(before, after)
                holder.removeAction(before)
        for action in old:
            action.deleteLater()
        self.undo_action, self.redo_action = new

    def edit_menu(self) -> QMenu:
        menu = self.findChild(QMenu, actions.menu_name("&Edit"))
        assert menu is not None
        return menu

    def _coverage_section(self, menu: QMenu) -> None:
        coverage = menu.addMenu(tr("Co&verage"))
        coverage.setObjectName("menu-coverage")
        coverage.addActions(list(self.coverage.threshold_actions.values()))
        coverage.addSeparator()
        coverage.addActions(list(self.coverage.lens_actions.values()))

    def _layouts_section(self, menu: QMenu) -> None:
        group = QActionGroup(self)
        self.layout_actions: dict[Layout, QAction] = {}
        for i, kind in enumerate(Layout, start=1):
            action = menu.addAction(tr(LAYOUT_TEXT[kind]))
            action.setObjectName(f"action-layout-{kind.value}")
            action.setShortcut(QKeySequence(f"Ctrl+{i}"))
            action.setCheckable(True)
            action.setChecked(kind is self.layout_kind)
            action.triggered.connect(partial(lambda k, _=False: self.set_layout(k), kind))
            group.addAction(action)
            self.layout_actions[kind] = action

    def _themes_section(self, menu: QMenu) -> None:
        themes = QActionGroup(self)
        self.theme_actions: dict[ThemeName, QAction] = {}
        for name in ThemeName:
            action = menu.addAction(tr(THEME_TEXT[name]))
            action.setObjectName(f"action-theme-{name.value}")
            action.setCheckable(True)
            action.setChecked(name is self.theme.name)
            action.triggered.connect(partial(lambda n, _=False: self.set_theme(n), name))
            themes.addAction(action)
            self.theme_actions[name] = action

    def _languages_section(self, menu: QMenu) -> None:
        """English and Русский, each named in itself (found by whoever reads only it)."""
        sub = menu.addMenu(tr("&Language"))
        sub.setObjectName("menu-language")
        group = QActionGroup(self)
        self.language_actions: dict[Lang, QAction] = {}
        for language in Lang:
            action = sub.addAction(NAMES[language])
            action.setObjectName(f"action-language-{language.value}")
            action.setCheckable(True)
            action.setChecked(language is lang.current())
            action.triggered.connect(partial(lambda x, _=False: self.set_language(x), language))
            group.addAction(action)
            self.language_actions[language] = action
        self.language_menu = sub

    def set_language(self, language: Lang) -> None:
        """Speak `language` from now on, at once: every menu, panel and sentence; the open
        scenarios, their undo history and the window's layout stay as they are."""
        if language is not lang.current():
            layout, untitled = self.saveState(), self.workspace.untitled()
            try:
                install(language)  # Qt then tells every widget (LanguageChange)
            except MissingCatalogue as exc:
                self.error(str(exc))
            else:
                self.settings.setValue("view/language", language.value)
                self.workspace.rename_untitled(untitled, self.workspace.untitled())
                # every widget re-says its texts now, the window last (changeEvent)
                QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
                if self._spoken is not lang.current():
                    self.retranslate()
                self.restoreState(layout)  # the docks where they were, whatever the words,
                QTimer.singleShot(0, lambda: self.restoreState(layout))  # and once re-laid
        self.language_actions[lang.current()].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._spoken is not lang.current():
            self.retranslate()  # switched by another way than set_language
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The window's own texts in the current language, and what it shows re-said
        (the panels re-say theirs on Qt's LanguageChange)."""
        self._spoken = lang.current()
        actions.retranslate(self, self.actions_by_name)
        for key, dock in self.docks.items():
            dock.setWindowTitle(tr(DOCK_TITLES[key]))
        self.toolbar.setWindowTitle(tr("Main toolbar"))
        self.recent_menu.setTitle(tr("Open &recent"))
        self.language_menu.setTitle(tr("&Language"))
        coverage_menu = self.findChild(QMenu, "menu-coverage")
        if coverage_menu is not None:
            coverage_menu.setTitle(tr("Co&verage"))
        for kind, action in self.layout_actions.items():
            action.setText(tr(LAYOUT_TEXT[kind]))
        for name, action in self.theme_actions.items():
            action.setText(tr(THEME_TEXT[name]))
        self._retranslate_undo()
        for stack in self.stacks.values():
            relabel(stack)
        self._fill_recent()
        self.refresh_list()
        self._refresh_title()
        doc = self.doc
        if doc is not None and doc.session.evaluated:
            self.metrics.show_diff(doc.session.diff, doc.session.summary())
        if self.workspace.store_open:  # where, and who is signed in: said again, kept
            with suppress(C6Error):
                self.statusBar().showMessage(self.workspace.open_store())

    def _panels_section(self, menu: QMenu) -> None:
        for key, dock in self.docks.items():
            toggle = dock.toggleViewAction()
            toggle.setObjectName(f"action-panel-{key}")
            menu.addAction(toggle)

    def _update_actions(self) -> None:
        """Enable what can run now: most actions need an open scenario; editing the network
        needs one over a network the store holds; writes need the login's rights."""
        doc, ws = self.doc, self.workspace
        editable = doc is not None and ws.ready() and ws.editable(doc)
        where = {InFile: "file", InStore: "store"}.get(type(doc.origin), "new") if doc else ""
        now = actions.Now(doc is not None, editable, where)
        with suppress(C6Error):  # a store not open yet (or gone): a write will say why
            if ws.store_open:
                r = ws.rights()
                now = replace(now, scenarios=r.scenarios, network=r.network, role=r.role)
                now = replace(now, read_only=bool(ws.store.read_only))
        actions.update_enabled(self.actions_by_name, now)
        self.allowed = now
        self.scenarios.mirror(self.actions_by_name)
        self.scenarios.refuse_trash("" if now.scenarios else actions.refusal(now))

    def _connect(self) -> None:
        c = self.canvas
        c.link_clicked.connect(self.switches.toggle_link)
        c.actor_selected.connect(self.show_actor)
        c.nodes_moved.connect(self.switches.move_nodes)
        c.actor_menu_requested.connect(self.actor_menu)
        c.link_menu_requested.connect(self.link_menu)
        self.links.toggled.connect(lambda lid, on: self.switches.switch_links({lid: on}))
        self.links.link_activated.connect(self.show_link)
        self.links.table.clicked.connect(
            lambda index: self.show_link(index.siblingAtColumn(1).data())
        )
        self.coverage.cell_clicked.connect(self.highlight_cell)
        self.coverage.criteria_changed.connect(self.set_criteria)
        self.coverage.own_only_requested.connect(self.switches.keep_own_only)
        self.metrics.switch_off.connect(lambda lid: self.switches.switch_links({lid: False}))
        self.metrics.link_activated.connect(self.show_link)
        s = self.scenarios
        s.open_requested.connect(self.documents.open_origin)
        s.new_requested.connect(self.documents.new_scenario)
        s.duplicate_requested.connect(self.documents.duplicate)
        s.rename_requested.connect(self.documents.rename_dialog)
        s.delete_requested.connect(self.documents.delete_current)
        s.reset_requested.connect(self.switches.reset_to_baseline)
        s.restore_requested.connect(self.documents.restore)
        s.empty_trash_requested.connect(self.documents.empty_trash)
        s.notes_edited.connect(self.documents.edit_notes)
        self.undo_group.cleanChanged.connect(lambda _clean: self._clean_changed())

    # ---- errors

    def _guard(self, what: str) -> AbstractContextManager[None]:
        return guard(self.error, what)

    def error(self, message: str) -> None:
        if self.dialogs_raise:  # rendering a screenshot: no one can answer a dialog
            raise C6Error(message)
        self.statusBar().showMessage(message, 10_000)
        QMessageBox.critical(self, APP, message)

    # ---- documents

    def open_document(self, doc: Document) -> None:
        if doc is self.doc:
            return
        if doc not in self.stacks:
            stack = QUndoStack(self.undo_group)
            self.stacks[doc] = stack
        self.doc = doc
        self.undo_group.setActiveStack(self.stacks[doc])
        s = doc.session
        s.set_criteria(self.criteria)  # a view setting of the window, like the layout
        self.canvas.set_network(s.network, self.positions(doc), s.enabled())
        self.canvas.show_only(s.view)
        self._sync_year_slider()
        self.links.show_network(s.network, s.enabled())
        self.scenarios.set_notes(s.scenario.notes)
        self.details.hint()
        self.canvas.fit()
        self.tasks.evaluate()
        self.refresh_list()
        self._refresh_title()
        if isinstance(doc.origin, InStore):
            self.settings.setValue("session/last_scenario", doc.origin.scenario_id)

    def preview(self, network: Network) -> None:
        """Draw `network` on the canvas before the store is open (the first paint need not
        wait for SQLAlchemy); `open_start` then shows the start scenario in full."""
        self.canvas.set_network(network, self.layout_positions(network), network.baseline_enabled())
        self.canvas.fit()

    # ---- refreshing from what changed

    def _changed(self, doc: Document, change: Change) -> None:
        if doc is not self.doc:  # an undo stack of a document not shown: show it first
            self.open_document(doc)
            return
        if change.network_changed:  # redrawn whole, switches and positions included
            self._show_network(doc)
        elif change.links:
            self.canvas.set_enabled(change.links)
            self.links.set_enabled(change.links)
        if change.network_changed or change.links:  # "on in this scenario" and the like
            self.details.refresh(doc.session.network, doc.session.enabled())
        if change.moved and not change.network_changed:
            base = self.layout_positions(doc.session.network)
            self.canvas.set_positions(
                {a: xy if xy is not None else base[a] for a, xy in change.moved.items()}
            )
        if change.scenario_renamed:
            self.refresh_list()
            self._refresh_title()
        if change.notes_changed:
            self.scenarios.set_notes(doc.session.scenario.notes)
        if change.year_changed:
            self.canvas.show_only(doc.session.view)
            self._refresh_title()
        if change.evaluation_changed:
            self.tasks.evaluate()

    def _show_network(self, doc: Document) -> None:
        """After an edit of the network: redraw it where it was (new actors placed by the
        layout), refill the links table, and re-evaluate."""
        s = doc.session
        kept = {a: xy for a, xy in self.canvas.positions().items() if s.network.has_actor(a)}
        positions = merged(self.layout_positions(s.network), kept)
        positions.update(s.scenario.positions)
        self.canvas.set_network(s.network, positions, s.enabled())
        self.canvas.show_only(s.view)
        self.links.show_network(s.network, s.enabled())
        self.scenarios.set_notes(s.scenario.notes)
        self._sync_year_slider()
        self.refresh_list()

    def settle(self, msecs: int = 60_000) -> None:
        """Finish pending work now (ranking, evaluations) and show it: for screenshots."""
        self.tasks.settle(msecs)

    @property
    def impacts(self) -> tuple[LinkImpact, ...]:
        return self.tasks.impacts

    def refresh_list(self) -> None:
        """The Scenarios panel from the listing the team view read last (read here only
        after this window's own writes); a store that cannot be read keeps its rows."""
        rows: list[tuple[Origin, str, str]] = []
        seen = self.workspace.listed()
        for info in seen.live if seen is not None else ():
            stored = InStore(info.id)
            open_doc = self.workspace.documents.get(stored)
            name = row_name(open_doc, info.name)
            name += f"\n    {mark}" if (mark := mark_of(open_doc)) else ""
            tip = tr(
                "%n link(s) switched · modified {when} · {network}",
                None,
                info.switched,
                when=info.modified.astimezone().strftime("%Y-%m-%d %H:%M"),
                network=info.network_name,
            )
            rows.append((stored, name, tip))
        if seen is not None:
            self.scenarios.show_trash(seen.trash)
        unreadable = seen.unreadable if seen is not None else ()
        if unreadable and unreadable[0] not in self._said:  # once, not at every refresh
            self._said.add(unreadable[0])
            more = tr(" (and %n more)", None, len(unreadable) - 1) if len(unreadable) > 1 else ""
            self.error(
                tr(
                    "{what}{more}. It is left out of the list; the other scenarios open as usual.",
                    what=unreadable[0],
                    more=more,
                )
            )
        listed = {o for o, _, _ in rows}
        for origin, doc in self.workspace.documents.items():
            if isinstance(origin, InStore) and origin not in listed and doc.theirs is not None:
                deleted = tr("Deleted by another user")
                rows.append((origin, f"{doc.name}\n    {mark_of(doc)}", deleted))
            elif isinstance(origin, InFile):
                rows.append((origin, f"{doc.name} — {origin.path.name}", str(origin.path)))
            elif isinstance(origin, Unsaved):
                name = tr("{name} (not saved)", name=doc.name)
                rows.append((origin, name, tr("Save puts it in the store")))
        dirty = {d.origin for d in self.workspace.documents.values() if self.documents.is_dirty(d)}
        self.scenarios.show_list(rows, self.doc.origin if self.doc else None, dirty)

    def _listed(self) -> None:
        self.refresh_list()
        self._refresh_title()

    def _clean_changed(self) -> None:
        """The unsaved mark flipped: title and list show it (from the listing read last)."""
        self._refresh_title()
        QTimer.singleShot(0, self.refresh_list)

    def _refresh_title(self) -> None:
        self._update_actions()  # the document, or where it is saved, may have changed
        if self.doc is None:
            self.setWindowTitle(APP)
            return
        year = self.doc.session.year
        seen = tr(" as of {year}", year=year) if year is not None else ""
        mark = f" ({m})" if (m := mark_of(self.doc)) else ""
        self.setWindowTitle(f"{self.doc.name}[*]{mark}{seen} — {self.doc.where} — {APP}")
        self.team.show_bar()
        self.setWindowModified(self.documents.is_dirty(self.doc))

    # ---- layout and positions

    def layout_positions(self, network: Network) -> dict[str, tuple[float, float]]:
        """A network's places in the current layout, without pins: the open document's as
        its session keeps them, another network's (the compare window's) placed afresh."""
        doc = self.doc
        if doc is not None and doc.session.network is network:
            positions, note = doc.session.layout(self.layout_kind)
        else:
            positions, note = placed(network, self.layout_kind, {})
        if note:
            self.statusBar().showMessage(note, 15_000)
        return positions

    def positions(self, doc: Document) -> dict[str, tuple[float, float]]:
        """Where `doc`'s actors are drawn: the layout, with the user's pins."""
        self.layout_positions(doc.session.network)  # says when it fell back to radial
        return doc.session.positions(self.layout_kind)

    def set_layout(self, kind: Layout) -> None:
        self.layout_kind = kind
        self.layout_actions[kind].setChecked(True)
        self.settings.setValue("view/layout", kind.value)
        if self.doc is not None:
            self.canvas.set_positions(self.positions(self.doc))
            self.canvas.fit()

    # ---- selection, highlight and details

    def highlight_cell(self, state: str, risk: str) -> None:
        if self.doc is None:
            return
        s = self.doc.session
        covering = s.evaluation.coverage.covering[state][risk]
        lost = set(s.baseline.coverage.covering[state][risk]) - set(covering)
        self.canvas.highlight_links(set(covering) | lost)
        label = risk_label(s.network.risk(risk))
        said = tr(
            "{state} — {risk}: {links}",
            state=actor_name(s.network.actor(state)),
            risk=label,
            links=", ".join(covering) or tr("no covering link"),
        )
        if lost:
            said += tr("; lost: {links}", links=", ".join(sorted(lost)))
        self.statusBar().showMessage(said, 10_000)

    def show_actor(self, actor_id: str) -> None:
        if self.doc is None or not actor_id:
            return
        self.details.show_actor(self.doc.session.network, actor_id, self.doc.session.enabled())

    def show_link(self, link_id: str) -> None:
        if self.doc is None or not link_id:
            return
        s = self.doc.session
        self.details.show_link(s.network, link_id, s.enabled())
        self.docks["details"].raise_()
        self.canvas.highlight_links({link_id})

    def show_data_sources(self) -> None:
        """The network's whole bibliography in the Details panel, addresses clickable."""
        if self.doc is None:
            return
        self.details.show_sources(self.doc.session.network)
        self.docks["details"].show()
        self.docks["details"].raise_()

    def find_link(self) -> None:
        self.docks["links"].show()
        self.docks["links"].raise_()
        self.links.search.setFocus()
        self.links.search.selectAll()

    # ---- context menus

    def actor_menu(self, actor_id: str, where: QPoint) -> None:
        if self.doc is None:
            return
        s = self.doc.session
        on = s.enabled()
        its = [lk.id for lk in s.network.links_of(actor_id) if lk.id in on]
        menu = QMenu(self)
        name = actor_name(s.network.actor(actor_id))
        off = menu.addAction(
            tr("Switch off all its links (%n) — what if it withdraws", None, len(its))
        )
        off.setEnabled(bool(its))
        off.triggered.connect(
            lambda: self.switches.switch_links(
                {lid: False for lid in its}, lambda: tr("Withdraw {actor}", actor=actor_id)
            )
        )
        only = menu.addAction(tr("Show only this actor's links"))
        only.triggered.connect(lambda: self.focus_actor(actor_id))
        everyone = menu.addAction(tr("Show all links"))
        everyone.triggered.connect(lambda: self.focus_actor(None))
        if s.network.actor(actor_id).is_state:
            cov = menu.addAction(tr("Show the coverage of {name}", name=name))
            cov.triggered.connect(lambda: self.show_coverage_of(actor_id))
        menu.addSeparator()
        menu.addAction(tr("Edit actor…")).triggered.connect(
            lambda: self.editor.edit_actor_dialog(actor_id)
        )
        menu.addAction(tr("Add a link from {actor}…", actor=actor_id)).triggered.connect(
            lambda: self.editor.add_link_dialog(actor_id)
        )
        menu.addAction(tr("Delete actor…")).triggered.connect(
            lambda: self.editor.delete_actor(actor_id)
        )
        self._as_network_edits(menu, 3)
        menu.exec(where)

    def link_menu(self, link_id: str, where: QPoint) -> None:
        if self.doc is None:
            return
        on = link_id in self.doc.session.enabled()
        menu = QMenu(self)
        switch = (
            tr("Switch off {link}", link=link_id) if on else tr("Switch on {link}", link=link_id)
        )
        menu.addAction(switch).triggered.connect(lambda: self.switches.toggle_link(link_id))
        link = self.doc.session.network.link(link_id)
        source = menu.addAction(tr("Show source"))
        source.setEnabled(bool(link.sources))
        source.triggered.connect(lambda: self.show_source(link_id))
        menu.addAction(tr("Details")).triggered.connect(lambda: self.show_link(link_id))
        menu.addSeparator()
        menu.addAction(tr("Edit link…")).triggered.connect(
            lambda: self.editor.edit_link_dialog(link_id)
        )
        menu.addAction(tr("Delete link…")).triggered.connect(
            lambda: self.editor.delete_link(link_id)
        )
        self._as_network_edits(menu, 2)
        menu.exec(where)

    def _as_network_edits(self, menu: QMenu, last: int) -> None:
        """The `last` items of a right-click menu edit the network: disabled, saying why,
        when the login may not."""
        if self.allowed.network:  # a file's own network: the editor says what to do
            return
        for item in menu.actions()[-last:]:
            item.setEnabled(False)
            item.setToolTip(actions.refusal(self.allowed, actions.CURATOR))
        menu.setToolTipsVisible(True)

    def _announced(self, doc: Document, change: Change) -> None:
        """Told by the workspace what an operation changed: documents not on screen only had
        their sessions changed; the one shown is refreshed (opening another draws it)."""
        if doc is self.doc:
            self._changed(doc, change)

    def focus_actor(self, actor_id: str | None) -> None:
        self.canvas.focus_actor(actor_id)
        self.links.only_actor(actor_id or "")

    def show_coverage_of(self, state: str) -> None:
        self.docks["coverage"].raise_()
        row = self.coverage.model.states.index(state)
        self.coverage.table.selectRow(row)
        if self.doc is not None:
            cov = self.doc.session.evaluation.coverage
            self.canvas.highlight_links({lid for r in cov.risks for lid in cov.covering[state][r]})

    def show_source(self, link_id: str) -> None:
        if self.doc is None:
            return
        self.show_link(link_id)
        sources = self.doc.session.network.link(link_id).sources
        if sources and sources[0].startswith(("http://", "https://")):
            QDesktopServices.openUrl(QUrl(sources[0]))

    # ---- view settings

    def set_theme(self, name: ThemeName) -> None:
        self.apply_theme(THEMES[name])
        self.theme_actions[name].setChecked(True)
        self.settings.setValue("view/theme", name.value)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_palette(app, theme)
        self.canvas.set_theme(theme)
        self.coverage.set_theme(theme)
        self.metrics.set_theme(theme)
        if self.doc is not None and self.doc.session.evaluated:
            self.metrics.show_diff(self.doc.session.diff, self.doc.session.summary())

    def about(self) -> None:
        net = self.doc.session.network if self.doc else None
        text = f"<h3>{APP}</h3><p>" + tr(
            "What-if analysis of the security-cooperation network of Kazakhstan, "
            "Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan and Azerbaijan."
        )
        if net is not None:
            sources = [src for src, _ in net.sources()]
            text += "</p><p>" + tr(
                "Network “{name}”: {actors} actors, {links} links ({unverified} marked "
                "unverified), {risks} risk categories, from {sources} sources, among them:",
                name=_escape(net.name),
                actors=len(net.actors),
                links=len(net.links),
                unverified=len(net.unverified()),
                risks=len(net.risks),
                sources=len(sources),
            )
            text += (
                "</p><ul>"
                + "".join(f"<li>{_escape(s)}</li>" for s in sources[:12])
                + "</ul><p>"
                + tr(
                    "Every link's own sources are in its tooltip and the Details panel; "
                    "Network › Data sources lists them all."
                )
            )
        QMessageBox.about(self, tr("About {app}", app=APP), text + "</p>")

    # ---- settings and closing

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.documents.recent_files()
        for i, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{i} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.documents.open_file(Path(p)))
        self.recent_menu.setEnabled(bool(files))

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if not (isinstance(state, QByteArray) and self.restoreState(state)):
            arrange_docks(self, self.docks)  # sized for the window when it is first shown
        self._fill_recent()

    def closeEvent(self, event: QCloseEvent) -> None:
        docs = self.documents.unsaved()
        if docs:
            answer = self.documents.ask_unsaved(docs)
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and not all(
                self.documents.save_document(d) for d in docs
            ):
                event.ignore()
                return
        self.workers.cancel_all()
        self.team.stop()
        self.presentation.leave()  # the window's own panels and geometry are what is kept
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        event.accept()


DOCK_TITLES = {
    "scenarios": QT_TRANSLATE_NOOP("", "Scenarios"),
    "coverage": QT_TRANSLATE_NOOP("", "Risk coverage"),
    "metrics": QT_TRANSLATE_NOOP("", "Connectivity and cohesion"),
    "links": QT_TRANSLATE_NOOP("", "Links"),
    "details": QT_TRANSLATE_NOOP("", "Details"),
}
LAYOUT_TEXT = {
    Layout.GEOGRAPHIC: QT_TRANSLATE_NOOP("", "Geographic layout"),
    Layout.RADIAL: QT_TRANSLATE_NOOP("", "Radial layout"),
    Layout.FORCE: QT_TRANSLATE_NOOP("", "Force-directed layout"),
}
THEME_TEXT = {
    ThemeName.LIGHT: QT_TRANSLATE_NOOP("", "Light theme"),
    ThemeName.DARK: QT_TRANSLATE_NOOP("", "Dark theme"),
    ThemeName.PROJECTOR: QT_TRANSLATE_NOOP("", "Projector theme"),
}

_E = TypeVar("_E", Layout, ThemeName, Lens)


def _setting(settings: QSettings, key: str, kind: type[_E], default: _E) -> _E:
    """An enum from the settings; a missing or unreadable value gives the default."""
    try:
        return kind(str(settings.value(key, default.value)))
    except ValueError:
        return default


def _threshold_setting(settings: QSettings) -> Depth:
    """The coverage threshold from the settings; a missing or unreadable one: the default."""
    name = str(settings.value("view/threshold", "")).upper()
    return (
        Depth[name] if name in Depth.__members__ and name != "NONE" else DEFAULT_CRITERIA.threshold
    )
