"""The main window: the canvas in the middle, scenarios on the left, coverage and metrics on
the right, links and details below; menus, one undo stack per open scenario, settings.

Every edit is an undo command that calls a session operation; `_changed` then refreshes each
view from the Change the operation reported. Errors a user can cause become dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import CancelledError
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt, QTimer, QUrl
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
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSlider,
    QTextBrowser,
    QToolBar,
    QWidget,
)

from app.analysis import (
    DEFAULT_CRITERIA,
    RANK_MAX_ACTORS,
    Cancelled,
    Criteria,
    Evaluation,
    Lens,
    LinkImpact,
    criticality,
    evaluate_pair,
)
from app.analysis.layout import Layout, layout, merged
from app.domain import (
    Actor,
    C6Error,
    Depth,
    Link,
    Network,
    RiskCategory,
    Scenario,
    ValidationError,
)
from app.domain.edit import (
    put_actor,
    put_link,
    put_risk,
    remove_actor,
    remove_link,
    remove_risk,
    risk_uses,
)
from app.domain.text import MAX_NAME, MAX_TEXT, check_text, cleaned
from app.files.export import PICTURE_FORMATS, Table, export_network
from app.files.network_csv import plan_import
from app.files.scenario_file import write_scenario_file
from app.reports import briefing, write_report
from app.session import Change
from app.storage import NetworkChoice, import_scenario
from app.ui.commands import EditNetwork, MoveNodes, Rename, SetNotes, SwitchLinks
from app.ui.compare import CompareWindow
from app.ui.coverage_panel import CoveragePanel
from app.ui.details import actor_html, data_sources_html, link_html
from app.ui.editors import ActorDialog, LinkDialog, RiskDialog, _Editor
from app.ui.import_preview import ImportPreview
from app.ui.links_panel import LinksPanel
from app.ui.metrics_panel import MetricsPanel
from app.ui.network_canvas import NetworkCanvas, _escape
from app.ui.picture import picture_subtitle, write_picture
from app.ui.presentation import Presentation, Slide, SlidesDialog
from app.ui.scenarios_panel import ScenariosPanel
from app.ui.stage import Stage
from app.ui.theme import THEMES, Theme, ThemeName, apply_palette
from app.ui.workers import ASYNC_ACTORS, Job, Workers
from app.workspace import Document, InFile, InStore, Origin, Unsaved, Workspace

APP = "C6 Scenario Explorer"
_V = TypeVar("_V")


def _as(value: object, kind: type[_V]) -> _V:
    """An editor's value, of the type it builds."""
    assert isinstance(value, kind)
    return value


FILE_FILTER = "C6 scenarios (*.c6s);;All files (*)"
MAX_RECENT = 8
RANK_DELAY_MS = 150  # criticality is recomputed once switching pauses this long


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, settings: QSettings) -> None:
        super().__init__()
        self.workspace = workspace
        self.settings = settings
        self.doc: Document | None = None
        self.stacks: dict[Document, QUndoStack] = {}
        self.undo_group = QUndoGroup(self)
        self.workers = Workers()
        self.layout_kind = _setting(settings, "view/layout", Layout, Layout.RADIAL)
        self.criteria = Criteria(
            _threshold_setting(settings),
            _setting(settings, "view/lens", Lens, DEFAULT_CRITERIA.lens),
        )
        self.theme: Theme = THEMES[_setting(settings, "view/theme", ThemeName, ThemeName.LIGHT)]
        self._layouts: dict[tuple[int, Layout], dict[str, tuple[float, float]]] = {}
        self.impacts: tuple[LinkImpact, ...] = ()
        self.dialogs_raise = False  # errors raise C6Error instead of a dialog (screenshots)
        self._said: set[str] = set()  # store warnings already shown in a dialog
        self.rank_timer = QTimer(self)
        self.rank_timer.setSingleShot(True)
        self.rank_timer.setInterval(RANK_DELAY_MS)
        self.rank_timer.timeout.connect(self._rank_links)
        self.setWindowTitle(APP)
        self.setObjectName("main-window")
        self.setDockNestingEnabled(True)

        self.canvas = NetworkCanvas(self)
        self.setCentralWidget(self.canvas)
        self.scenarios = ScenariosPanel(self)
        self.coverage = CoveragePanel(self)
        self.metrics = MetricsPanel(self)
        self.links = LinksPanel(self)
        self.details = QTextBrowser(self)
        self.details.setObjectName("details")
        self.details.setOpenExternalLinks(True)
        self.docks = {
            "scenarios": self._dock(
                "Scenarios", self.scenarios, Qt.DockWidgetArea.LeftDockWidgetArea
            ),
            "coverage": self._dock(
                "Risk coverage", self.coverage, Qt.DockWidgetArea.RightDockWidgetArea
            ),
            "metrics": self._dock(
                "Connectivity and cohesion", self.metrics, Qt.DockWidgetArea.RightDockWidgetArea
            ),
            "links": self._dock("Links", self.links, Qt.DockWidgetArea.BottomDockWidgetArea),
            "details": self._dock("Details", self.details, Qt.DockWidgetArea.BottomDockWidgetArea),
        }
        self.splitDockWidget(self.docks["coverage"], self.docks["metrics"], Qt.Orientation.Vertical)
        self.splitDockWidget(self.docks["links"], self.docks["details"], Qt.Orientation.Horizontal)
        self.presentation = Presentation(self, Stage(self))
        self.coverage.set_criteria(self.criteria)
        self._build_menus()
        self._build_toolbar()
        self._connect()
        self.apply_theme(self.theme)
        self._restore_geometry()
        self.statusBar().showMessage(
            f"Store: {workspace.store.where}" if workspace.store_open else "Opening the store…"
        )

    # ---- construction

    def _build_toolbar(self) -> None:
        bar = QToolBar("Main toolbar", self)
        bar.setObjectName("main-toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setMovable(False)
        for action in (self.undo_action, self.redo_action):
            bar.addAction(action)
        bar.addSeparator()
        fit = bar.addAction("Fit", self.canvas.fit)
        fit.setToolTip("Fit the network to the window (Ctrl+0)")
        bar.addSeparator()
        bar.addAction(self.present_action)
        self.present_action.setToolTip("Present to a room (F11)")
        bar.addSeparator()
        bar.addWidget(QLabel(" As of ", bar))
        self.year_slider = QSlider(Qt.Orientation.Horizontal, bar)
        self.year_slider.setObjectName("year-slider")
        self.year_slider.setFixedWidth(260)
        self.year_slider.setPageStep(5)
        self.year_slider.setAccessibleName("As of year")
        self.year_slider.setToolTip(
            "See the network as it stood in a year: links by their start and end years, "
            "bodies from their first dated link. Far right: today."
        )
        self.year_label = QLabel("today", bar)
        self.year_label.setObjectName("year-label")
        self.year_label.setMinimumWidth(
            self.year_label.fontMetrics().horizontalAdvance("today 0000")
        )
        bar.addWidget(self.year_slider)
        bar.addWidget(self.year_label)
        self.year_slider.valueChanged.connect(self._year_moved)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _year_range(self, network: Network) -> tuple[int, int]:
        """Slider positions: the first dated year to the last; one more step is today."""
        years = network.years()
        first, last = years if years is not None else (2026, 2026)
        return first, max(last, first)

    def _sync_year_slider(self) -> None:
        doc = self.doc
        if doc is None:
            return
        first, last = self._year_range(doc.session.network)
        self.year_slider.blockSignals(True)
        self.year_slider.setRange(first, last + 1)
        year = doc.session.year
        self.year_slider.setValue(last + 1 if year is None else year)
        self.year_slider.blockSignals(False)
        self.year_label.setText("today" if year is None else str(year))

    def _year_moved(self, value: int) -> None:
        self.set_year(None if value >= self.year_slider.maximum() else value)

    def step_year(self, step: int) -> None:
        """Move the As of slider by `step` years (its far right is today)."""
        slider = self.year_slider
        slider.setValue(max(slider.minimum(), min(slider.maximum(), slider.value() + step)))

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

    def keep_own_only(self) -> None:
        """What if only the region's own mechanisms were left: one undoable step."""
        if self.doc is None:
            return
        outside = self.doc.session.outside_links()
        if not outside:
            self.statusBar().showMessage("Only the region's own mechanisms are on already.", 5000)
            return
        self.switch_links(dict.fromkeys(outside, False), "Only the region's own mechanisms")
        if unclassed := self.doc.session.network.unclassed():
            self.statusBar().showMessage(
                f"{len(unclassed)} bodies have no membership class and were switched off with "
                "those with outside powers: give them one with Network › Edit actor.",
                10_000,
            )

    def slide_candidates(self) -> list[Slide]:
        """The scenarios a presentation can show: the store's, then the open files."""
        slides = []
        with self._guard("Cannot read the store"):
            slides = [Slide(InStore(i.id), i.name) for i in self.workspace.store.scenarios()]
        for origin, doc in self.workspace.documents.items():
            if not isinstance(origin, InStore):
                slides.append(Slide(origin, doc.name))
        return slides

    def load_slide(self, slide: Slide) -> tuple[Scenario, Network]:
        """A scenario as it stands: an open document's with its unsaved edits, else the
        store's, without opening it as a document."""
        doc = self.workspace.documents.get(slide.origin)
        if doc is not None:
            return doc.session.scenario, doc.session.network
        assert isinstance(slide.origin, InStore)
        return self.workspace.store.load(slide.origin.scenario_id)

    def compare(self) -> CompareWindow | None:
        slides = self.slide_candidates()
        if len(slides) < 2:
            self.error("Comparing needs two scenarios: create or open another one first.")
            return None
        here = self.doc.origin if self.doc is not None else None
        left = next((i for i, s in enumerate(slides) if s.origin == here), 0)
        with self._guard("Cannot compare"):
            window = CompareWindow(
                slides,
                self.load_slide,
                self.layout_positions,
                self.theme,
                self,
                self.workers,
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
        slides = self.slide_candidates()
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
            self.error("There is no scenario to present.")
            return
        self.presentation.enter(slides)

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{title}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        Std = QKeySequence.StandardKey
        self._action(
            file, "&New scenario", self.new_scenario, Std.New, "A new scenario from the baseline"
        )
        self._action(
            file, "&Open scenario file…", self.open_file_dialog, Std.Open, "Open a .c6s file"
        )
        self.recent_menu = file.addMenu("Open &recent")
        file.addSeparator()
        self.save_action = self._action(
            file, "&Save", self.save, Std.Save, "Save the scenario where it came from"
        )
        self._action(
            file,
            "Save &as file…",
            self.save_as_dialog,
            Std.SaveAs,
            "Save the scenario to a .c6s file",
        )
        file.addSeparator()
        self._action(
            file,
            "&Import file into the store…",
            self.import_dialog,
            "Ctrl+I",
            "Add a .c6s file's scenario to the store",
        )
        self._action(
            file,
            "&Export to file…",
            self.export_dialog,
            "Ctrl+E",
            "Write the scenario, with its network, to a .c6s file",
        )
        out = file.addMenu("E&xport for others")
        self._action(
            out,
            "Network &picture (PNG, SVG, PDF)…",
            self.export_picture_dialog,
            "Ctrl+Shift+E",
            "The canvas with a title and the legend",
        )
        self._action(
            out,
            "Network for &Gephi, Cytoscape (GraphML, GEXF)…",
            self.export_network_dialog,
            None,
            "Every actor and link with its attributes and this scenario's states",
        )
        self._action(
            out, "&Links table (CSV)…", lambda: self.export_table_dialog(Table.LINKS), None
        )
        self._action(
            out,
            "&Coverage matrix (CSV)…",
            lambda: self.export_table_dialog(Table.COVERAGE),
            None,
            "States by risks: how many enabled links cover each",
        )
        self._action(
            file,
            "&Briefing report (PDF, HTML)…",
            self.briefing_dialog,
            "Ctrl+Shift+B",
            "Notes, picture, coverage, figures, switched and critical links, sources",
        )
        file.addSeparator()
        self._action(file, "&Quit", self.close, Std.Quit)

        edit = bar.addMenu("&Edit")
        undo = self.undo_group.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence(Std.Undo))
        redo = self.undo_group.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence(Std.Redo), QKeySequence("Ctrl+Y")])
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        edit.addSeparator()
        self._action(edit, "&Find link…", self.find_link, Std.Find, "Search the links table")
        self._action(edit, "&Rename scenario…", self.rename_dialog, "F2")
        self._action(
            edit,
            "Reset to &baseline",
            self.reset_to_baseline,
            "Ctrl+Shift+R",
            "Every link back to its baseline state",
        )
        self.own_only_action = self._action(
            edit,
            "Only the region's &own mechanisms",
            self.keep_own_only,
            "Ctrl+Shift+O",
            "What if only the region's own mechanisms were left: switch off every link to a "
            "body with outside powers (one undoable step)",
        )

        network = bar.addMenu("&Network")
        self._action(
            network,
            "Add &actor…",
            self.add_actor_dialog,
            "Ctrl+Alt+A",
            "A new state, body or mechanism, with its sources",
        )
        self._action(
            network,
            "Add &link…",
            lambda: self.add_link_dialog(),
            "Ctrl+Alt+L",
            "A new link between two actors: status, years, risks, sources",
        )
        network.addSeparator()
        self._action(network, "Add &risk…", self.add_risk_dialog, None)
        self._action(network, "&Edit a risk…", self.edit_risk_dialog, None)
        self._action(
            network,
            "&Delete a risk…",
            self.delete_risk_dialog,
            None,
            "Asks first, naming the links that cover it",
        )
        network.addSeparator()
        self._action(
            network,
            "Data &sources…",
            self.show_data_sources,
            None,
            "Every source the network cites, in the Details panel",
        )

        view = bar.addMenu("&View")
        self.present_action = self._action(
            view,
            "&Present",
            lambda: self.present(),
            "F11",
            "Full screen for a room: projector colours, scenarios as slides (Esc leaves)",
        )
        self._action(
            view,
            "Present &scenarios…",
            lambda: self.present(choose=True),
            "Shift+F11",
            "Choose and order the scenarios to present",
        )
        self._action(
            view,
            "&Earlier year",
            lambda: self.step_year(-1),
            "Ctrl+[",
            "See the network one year earlier (the As of slider)",
        )
        self._action(
            view,
            "&Later year",
            lambda: self.step_year(+1),
            "Ctrl+]",
            "One year later; past the last: today",
        )
        self._action(
            view,
            "&Compare scenarios…",
            self.compare,
            "Ctrl+Shift+C",
            "Two scenarios side by side, zoom and pan linked, with what differs",
        )
        coverage = view.addMenu("Co&verage")
        coverage.addActions(list(self.coverage.threshold_actions.values()))
        coverage.addSeparator()
        coverage.addActions(list(self.coverage.lens_actions.values()))
        view.addSeparator()
        group = QActionGroup(self)
        self.layout_actions: dict[Layout, QAction] = {}
        for i, kind in enumerate(Layout, start=1):
            action = self._action(
                view, f"{kind.label} layout", partial(self.set_layout, kind), f"Ctrl+{i}"
            )
            action.setCheckable(True)
            action.setChecked(kind is self.layout_kind)
            group.addAction(action)
            self.layout_actions[kind] = action
        view.addSeparator()
        self._action(view, "&Fit to window", self.canvas.fit, "Ctrl+0")
        self._action(view, "Zoom &in", lambda: self.canvas.zoom(1.25), Std.ZoomIn)
        self._action(view, "Zoom &out", lambda: self.canvas.zoom(0.8), Std.ZoomOut)
        view.addSeparator()
        themes = QActionGroup(self)
        self.theme_actions: dict[ThemeName, QAction] = {}
        for name in ThemeName:
            action = self._action(
                view, f"{name.value.title()} theme", partial(self.set_theme, name)
            )
            action.setCheckable(True)
            action.setChecked(name is self.theme.name)
            themes.addAction(action)
            self.theme_actions[name] = action
        view.addSeparator()
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&About and data sources", self.about)

    def _connect(self) -> None:
        c = self.canvas
        c.link_clicked.connect(self.toggle_link)
        c.actor_selected.connect(self.show_actor)
        c.nodes_moved.connect(self.move_nodes)
        c.actor_menu_requested.connect(self.actor_menu)
        c.link_menu_requested.connect(self.link_menu)
        self.links.toggled.connect(lambda lid, on: self.switch_links({lid: on}))
        self.links.link_activated.connect(self.show_link)
        self.links.table.clicked.connect(
            lambda index: self.show_link(index.siblingAtColumn(1).data())
        )
        self.coverage.cell_clicked.connect(self.highlight_cell)
        self.coverage.criteria_changed.connect(self.set_criteria)
        self.coverage.own_only_requested.connect(self.keep_own_only)
        self.metrics.switch_off.connect(lambda lid: self.switch_links({lid: False}))
        self.metrics.link_activated.connect(self.show_link)
        s = self.scenarios
        s.open_requested.connect(self.open_origin)
        s.new_requested.connect(self.new_scenario)
        s.duplicate_requested.connect(self.duplicate)
        s.rename_requested.connect(self.rename_dialog)
        s.delete_requested.connect(self.delete_current)
        s.reset_requested.connect(self.reset_to_baseline)
        s.restore_requested.connect(self.restore)
        s.empty_trash_requested.connect(self.empty_trash)
        s.notes_edited.connect(self.edit_notes)
        self.undo_group.cleanChanged.connect(lambda _clean: self._clean_changed())

    # ---- errors

    @contextmanager
    def _guard(self, what: str) -> Iterator[None]:
        """Errors a user can cause become one dialog; nothing half-done is shown as done."""
        try:
            yield
        except C6Error as exc:
            self.error(str(exc))
        except OSError as exc:
            self.error(f"{what}: {exc.strerror or exc}")

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
        self.details.setHtml("<i>Click a node or a link for its details.</i>")
        self.canvas.fit()
        self._evaluate()
        self.refresh_list()
        self._refresh_title()
        if isinstance(doc.origin, InStore):
            self.settings.setValue("session/last_scenario", doc.origin.scenario_id)

    def open_origin(self, origin: Origin) -> None:
        with self._guard("Cannot open"):
            if origin in self.workspace.documents:
                self.open_document(self.workspace.documents[origin])
            elif isinstance(origin, InStore):
                self.open_document(self.workspace.open_stored(origin.scenario_id))
            elif isinstance(origin, InFile):
                self.open_file(origin.path)

    def open_file(self, path: Path) -> None:
        with self._guard(f"Cannot open {path}"):
            self.open_document(self.workspace.open_file(path))
            self._add_recent(path)

    def preview(self, network: Network) -> None:
        """Draw `network` on the canvas before the store is open (the first paint need not
        wait for SQLAlchemy); `open_start` then shows the start scenario in full."""
        self.canvas.set_network(network, self.layout_positions(network), network.baseline_enabled())
        self.canvas.fit()

    def open_start(self) -> None:
        """On start: the last scenario used, else a new one from the baseline."""
        last = self.settings.value("session/last_scenario")
        try:
            if last is not None and int(str(last)) in {
                i.id for i in self.workspace.store.scenarios()
            }:
                self.open_document(self.workspace.open_stored(int(str(last))))
                return
        except (ValueError, C6Error):
            pass
        self.new_scenario()

    def new_scenario(self) -> None:
        with self._guard("Cannot create a scenario"):
            self.open_document(self.workspace.new_scenario())

    def duplicate(self) -> None:
        if self.doc is None:
            return
        with self._guard("Cannot duplicate"):
            self.open_document(self.workspace.duplicate(self.doc))

    def is_dirty(self, doc: Document) -> bool:
        stack = self.stacks.get(doc)
        return stack is not None and not stack.isClean()

    def save(self) -> bool:
        if self.doc is None:
            return False
        return self.save_document(self.doc)

    def save_document(self, doc: Document) -> bool:
        with self._guard("Cannot save"):
            self.workspace.save(doc)
            self.stacks[doc].setClean()
            self.statusBar().showMessage(f"Saved “{doc.name}” to {doc.where}", 5_000)
            self.refresh_list()
            self._refresh_title()
            return True
        return False

    def save_as(self, path: Path) -> bool:
        if self.doc is None:
            return False
        with self._guard(f"Cannot save {path}"):
            self.workspace.save_as(self.doc, path)
            self.stacks[self.doc].setClean()
            self._add_recent(path)
            self.statusBar().showMessage(f"Saved “{self.doc.name}” to {path}", 5_000)
            self.refresh_list()
            self._refresh_title()
            return True
        return False

    def _ask_save_path(
        self, title: str, name_filter: str = FILE_FILTER, suffixes: tuple[str, ...] = (".c6s",)
    ) -> Path | None:
        """A path chosen in a save dialog (the first suffix added unless it has one of
        `suffixes`), or None."""
        if self.doc is None:
            return None
        start = f"{self.doc.name}{suffixes[0]}"
        path, _ = QFileDialog.getSaveFileName(self, title, start, name_filter)
        if not path:
            return None
        return Path(path if path.lower().endswith(suffixes) else f"{path}{suffixes[0]}")

    # ---- exports: the same files as `c6-explorer export` and `c6-explorer report`

    def export_picture(self, path: Path, width: int = 2800) -> None:
        if self.doc is None:
            return
        s = self.doc.session
        with self._guard(f"Cannot write {path.name}"):
            subtitle = picture_subtitle(s.network, s.scenario)
            write_picture(path, self.canvas, s.scenario.name, subtitle, width)
            self.statusBar().showMessage(f"Wrote {path}", 5_000)

    def export_picture_dialog(self) -> None:
        filters = "PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"
        path = self._ask_save_path("Export the network picture", filters, PICTURE_FORMATS)
        if path is None:
            return
        width = 2800
        if path.suffix.lower() == ".png":
            width, ok = QInputDialog.getInt(
                self, APP, "Width of the picture in pixels:", 2800, 200, 20_000, 100
            )
            if not ok:
                return
        self.export_picture(path, width)

    def export_network_file(self, path: Path, table: Table = Table.LINKS) -> None:
        if self.doc is None:
            return
        s = self.doc.session
        if not s.evaluated and table is Table.COVERAGE:
            self.error("The evaluation is still running: export the coverage when it is done.")
            return
        with self._guard(f"Cannot write {path.name}"):
            ev = s.evaluation if table is Table.COVERAGE else None
            export_network(path, s.network, s.scenario, self.canvas.positions(), ev, table)
            self.statusBar().showMessage(f"Wrote {path}", 5_000)

    def export_network_dialog(self) -> None:
        filters = "GraphML (*.graphml);;GEXF for Gephi (*.gexf)"
        path = self._ask_save_path("Export the network", filters, (".graphml", ".gexf"))
        if path is not None:
            self.export_network_file(path)

    def import_csv(self, path: Path) -> bool:
        """Show what importing a CSV of actors or links would do; apply it on OK."""
        if self.doc is None:
            return False
        try:
            plan = plan_import(self.doc.session.network, path)
        except C6Error as exc:
            self.error(str(exc))
            return False
        preview = ImportPreview(plan, path.name, self)
        if preview.exec() != QDialog.DialogCode.Accepted or plan.result is None:
            return False
        result = plan.result
        problem = self.edit_network(f"Import {path.name}", lambda _: result)
        if problem:
            self.error(problem)
            return False
        return True

    def import_csv_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import actors or links", "", "CSV (*.csv);;All files (*)"
        )
        if path:
            self.import_csv(Path(path))

    def export_table_dialog(self, table: Table) -> None:
        title = {
            Table.LINKS: "Export the links table",
            Table.COVERAGE: "Export the coverage matrix",
            Table.ACTORS: "Export the actors",
        }[table]
        path = self._ask_save_path(title, "CSV (*.csv)", (".csv",))
        if path is not None:
            self.export_network_file(path, table)

    def write_briefing(self, path: Path) -> Job | None:
        """Write the briefing report on a worker (matplotlib takes a second or so)."""
        if self.doc is None:
            return None
        s = self.doc.session
        network, scenario, positions = s.network, s.scenario, self.canvas.positions()
        criteria = s.criteria

        def work(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Path:
            write_report(path, briefing(network, scenario, positions, criteria=criteria))
            return path

        job = Job(work, self)
        job.done.connect(lambda p: self.statusBar().showMessage(f"Wrote {p}", 5_000))
        job.failed.connect(lambda message: self.error(f"Cannot write {path.name}: {message}"))
        self.statusBar().showMessage(f"Writing {path.name}…")
        return self.workers.start("report", job)

    def briefing_dialog(self) -> None:
        filters = "PDF (*.pdf);;Web page (*.html)"
        path = self._ask_save_path("Write a briefing report", filters, (".pdf", ".html"))
        if path is not None:
            self.write_briefing(path)

    def save_as_dialog(self) -> None:
        if (path := self._ask_save_path("Save scenario as")) is not None:
            self.save_as(path)

    def open_file_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open scenario file", "", FILE_FILTER)
        if path:
            self.open_file(Path(path))

    def import_file(self, path: Path, choice: NetworkChoice = NetworkChoice.MERGE) -> None:
        with self._guard(f"Cannot import {path}"):
            done = import_scenario(self.workspace.store, path, choice)
            self.statusBar().showMessage(f"Imported “{done.name}” into the store", 5_000)
            self.open_document(self.workspace.open_stored(done.scenario_id))

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import scenario file", "", FILE_FILTER)
        if path:
            self.import_file(Path(path))

    def export(self, path: Path) -> None:
        if self.doc is None:
            return
        with self._guard(f"Cannot export to {path}"):
            write_scenario_file(path, self.doc.session.scenario, self.doc.session.network)
            self._add_recent(path)
            self.statusBar().showMessage(f"Exported “{self.doc.name}” to {path}", 5_000)

    def export_dialog(self) -> None:
        if (path := self._ask_save_path("Export scenario")) is not None:
            self.export(path)

    def delete_current(self) -> None:
        """A stored scenario goes to the trash; a file or unsaved one is closed. Either way
        unsaved changes are named before they are lost."""
        doc = self.doc
        if doc is None:
            return
        stored = isinstance(doc.origin, InStore)
        lost = " Its unsaved changes will be lost." if self.is_dirty(doc) else ""
        if stored:
            question = (
                f"Move “{doc.name}” to the trash? It can be restored from Trash until the "
                f"trash is emptied.{lost}"
            )
        else:
            question = f"Close “{doc.name}”?{lost}" if lost else ""
        if question and QMessageBox.question(self, APP, question) != QMessageBox.StandardButton.Yes:
            return
        with self._guard("Cannot delete"):
            if isinstance(doc.origin, InStore):
                self.workspace.delete(doc.origin.scenario_id)
            else:
                self.workspace.close(doc)
            self.undo_group.removeStack(self.stacks.pop(doc))
            self.doc = None
            self.open_start()

    def restore(self, scenario_id: int) -> None:
        with self._guard("Cannot restore"):
            name = self.workspace.store.restore_scenario(scenario_id)
            self.statusBar().showMessage(f"Restored “{name}”", 5_000)
            self.open_document(self.workspace.open_stored(scenario_id))

    def empty_trash(self) -> None:
        answer = QMessageBox.question(
            self, APP, "Delete the scenarios in the trash for good? This cannot be undone."
        )
        if answer == QMessageBox.StandardButton.Yes:
            with self._guard("Cannot empty the trash"):
                n = self.workspace.store.empty_trash()
                self.statusBar().showMessage(f"Deleted {n} scenarios for good", 5_000)
                self.refresh_list()

    # ---- edits: each one an undo command

    def _push(self, command: object) -> None:
        if self.doc is not None:
            self.stacks[self.doc].push(command)  # type: ignore[arg-type]

    def switch_links(self, changes: Mapping[str, bool], label: str = "") -> None:
        if self.doc is None:
            return
        with self._guard("Cannot switch"):
            for link_id in changes:
                self.doc.session.network.link(link_id)
            command = SwitchLinks(self.doc, changes, self._changed, label)
            if command.changes:
                self._push(command)
            else:  # nothing to change: keep the views as they are (a checkbox may lag)
                self.links.set_enabled({lid: lid in self.doc.session.enabled() for lid in changes})

    def toggle_link(self, link_id: str) -> None:
        if self.doc is not None:
            self.switch_links({link_id: link_id not in self.doc.session.enabled()})

    def move_nodes(
        self, before: dict[str, tuple[float, float]], after: dict[str, tuple[float, float]]
    ) -> None:
        if self.doc is None:
            return
        pinned = self.doc.session.scenario.positions
        old = {a: pinned.get(a) for a in after}  # None: back to the layout's place on undo
        self._push(MoveNodes(self.doc, old, after, self._changed))

    def rename(self, name: str) -> None:
        if self.doc is None:
            return
        name = " ".join(name.split())
        if not name:
            self.error("A scenario needs a name.")
        elif name != self.doc.name:
            with self._guard("Cannot rename"):  # refused before it reaches the undo stack
                check_text(name, "the scenario's name", limit=MAX_NAME, lines=False)
                self._push(Rename(self.doc, name, self._changed))

    def rename_dialog(self) -> None:
        if self.doc is None:
            return
        name, ok = QInputDialog.getText(self, "Rename scenario", "Name:", text=self.doc.name)
        if ok:
            self.rename(name)

    def edit_notes(self, notes: str) -> None:
        if self.doc is None:
            return
        kept = self.doc.session.scenario.notes
        notes = cleaned(notes)  # a pasted control character is dropped, not refused
        if len(notes) > MAX_TEXT:  # refused whole: a cut would lose the end unseen
            self.scenarios.set_notes(kept)
            self.error(
                f"Notes hold up to {MAX_TEXT:,} characters; this text has {len(notes):,}. "
                "The notes are as they were."
            )
        elif notes != kept:
            self._push(SetNotes(self.doc, notes, self._changed))

    def reset_to_baseline(self) -> None:
        if self.doc is None:
            return
        s = self.doc.session
        base = s.network.baseline_enabled()
        changes = {lid: lid in base for lid in s.scenario.link_states}
        if changes:
            self.switch_links(changes, "Reset to baseline")

    # ---- refreshing from what changed

    def _changed(self, doc: Document, change: Change) -> None:
        if doc is not self.doc:  # an undo stack of a document not shown: show it first
            self.open_document(doc)
            return
        if change.links:
            self.canvas.set_enabled(change.links)
            self.links.set_enabled(change.links)
        if change.moved:
            base = self.layout_positions(doc.session.network)
            self.canvas.set_positions(
                {a: xy if xy is not None else base[a] for a, xy in change.moved.items()}
            )
        if change.scenario_renamed:
            self.refresh_list()
            self._refresh_title()
        if change.notes_changed:
            self.scenarios.set_notes(doc.session.scenario.notes)
        if change.network_changed:
            self._show_network(doc)
        if change.year_changed:
            self.canvas.show_only(doc.session.view)
            self._refresh_title()
        if change.evaluation_changed:
            self._evaluate()

    def _show_network(self, doc: Document) -> None:
        """After an edit of the network: redraw it where it was (new actors placed by the
        layout), refill the links table, and re-evaluate."""
        s = doc.session
        kept = {a: xy for a, xy in self.canvas.positions().items() if s.network.has_actor(a)}
        positions = merged(layout(s.network, self.layout_kind), kept)
        positions.update(s.scenario.positions)
        self.canvas.set_network(s.network, positions, s.enabled())
        self.canvas.show_only(s.view)
        self.links.show_network(s.network, s.enabled())
        self.scenarios.set_notes(s.scenario.notes)
        self._sync_year_slider()
        self.refresh_list()

    def _evaluate(self) -> None:
        doc = self.doc
        if doc is None:
            return
        s = doc.session
        if s.evaluated or len(s.network.actors) <= ASYNC_ACTORS:
            self._show_evaluation()
            return
        scenario, network, year = s.scenario, s.view, s.year
        view_scenario = s.view_scenario
        baseline, criteria = s.kept_baseline, s.criteria
        processes = self.workers.process()

        def work(
            progress: Callable[[float], None], cancelled: Callable[[], bool]
        ) -> tuple[Evaluation, Evaluation]:
            future = processes.submit(evaluate_pair, network, view_scenario, baseline, criteria)
            try:
                result: tuple[Evaluation, Evaluation] = future.result()  # waits, lock released
            except (BrokenProcessPool, CancelledError):
                if cancelled():  # the window stopped its workers (closing, or a newer click)
                    raise Cancelled from None
                raise
            return result

        job = Job(work, self)
        job.progressed.connect(
            lambda f: self.statusBar().showMessage(f"Evaluating… {round(100 * f)}%")
        )
        job.done.connect(partial(self._adopt, doc, scenario, year))
        job.failed.connect(self.error)
        self.statusBar().showMessage("Evaluating…")
        self.workers.start("evaluate", job)

    def _adopt(
        self,
        doc: Document,
        scenario: Scenario,
        year: int | None,
        result: tuple[Evaluation, Evaluation],
    ) -> None:
        base, current = result
        if doc.session.adopt_evaluation(scenario, current, base, year) and doc is self.doc:
            self.statusBar().clearMessage()
            self._show_evaluation()

    def _show_evaluation(self) -> None:
        doc = self.doc
        if doc is None:
            return
        s = doc.session
        self.canvas.set_active(s.evaluation.connectivity.degree.keys())
        self.coverage.show_evaluation(s.view, s.baseline, s.evaluation)
        self.metrics.show_diff(s.diff, s.summary())
        self.presentation.refresh()
        self.rank_timer.start()  # ranking waits for a pause in the clicking

    def _rank_links(self) -> None:
        doc = self.doc
        if doc is None or not doc.session.evaluated:
            return
        network, ev = doc.session.view, doc.session.evaluation
        if len(network.actors) > RANK_MAX_ACTORS:
            self.metrics.ranking_off(
                f"Ranking is off above {RANK_MAX_ACTORS} actors: it re-runs every path for "
                f"each of the {len(ev.enabled):,} links."
            )
            return

        def work(
            progress: Callable[[float], None], cancelled: Callable[[], bool]
        ) -> tuple[LinkImpact, ...]:
            return criticality(network, ev, progress=progress, cancelled=cancelled)

        job = Job(work, self)
        job.progressed.connect(self.metrics.ranking)
        job.done.connect(lambda impacts: self._show_ranking(doc, ev, impacts))
        job.failed.connect(self.error)
        self.workers.start("criticality", job)

    def _show_ranking(self, doc: Document, ev: Evaluation, impacts: tuple[LinkImpact, ...]) -> None:
        if doc is self.doc and doc.session.evaluated and doc.session.evaluation is ev:
            self.impacts = impacts
            self.metrics.show_critical(impacts, ev.connectivity.component_count)

    def settle(self, msecs: int = 60_000) -> None:
        """Finish pending work now (ranking, evaluations) and show it: for screenshots."""
        app = QApplication.instance()
        for _ in range(3):
            if self.rank_timer.isActive():
                self.rank_timer.stop()
                self._rank_links()
            self.workers.wait(msecs)
            if app is not None:
                app.processEvents()

    def refresh_list(self) -> None:
        rows: list[tuple[Origin, str, str]] = []
        unreadable: tuple[str, ...] = ()
        with self._guard("Cannot read the store"):
            for info in self.workspace.store.scenarios():
                stored = InStore(info.id)
                open_doc = self.workspace.documents.get(stored)
                name = open_doc.name if open_doc is not None else info.name
                tip = (
                    f"{info.switched} links switched · modified "
                    f"{info.modified.astimezone().strftime('%Y-%m-%d %H:%M')} · {info.network_name}"
                )
                rows.append((stored, name, tip))
            unreadable = self.workspace.store.unreadable
            self.scenarios.show_trash(self.workspace.store.scenarios(trash=True))
        if unreadable and unreadable[0] not in self._said:  # once, not at every refresh
            self._said.add(unreadable[0])
            more = f" (and {len(unreadable) - 1} more)" if len(unreadable) > 1 else ""
            self.error(
                f"{unreadable[0]}{more}. It is left out of the list; the other scenarios "
                "open as usual."
            )
        for origin, doc in self.workspace.documents.items():
            if isinstance(origin, InFile):
                rows.append((origin, f"{doc.name} — {origin.path.name}", str(origin.path)))
            elif isinstance(origin, Unsaved):
                rows.append((origin, f"{doc.name} (not saved)", "Save puts it in the store"))
        dirty = {d.origin for d in self.workspace.documents.values() if self.is_dirty(d)}
        self.scenarios.show_list(rows, self.doc.origin if self.doc else None, dirty)

    def _clean_changed(self) -> None:
        """The unsaved mark flipped: title and list show it (not on every edit: the list
        reads the store)."""
        self._refresh_title()
        QTimer.singleShot(0, self.refresh_list)

    def _refresh_title(self) -> None:
        if self.doc is None:
            self.setWindowTitle(APP)
            return
        year = self.doc.session.year
        seen = f" as of {year}" if year is not None else ""
        self.setWindowTitle(f"{self.doc.name}[*]{seen} — {self.doc.where} — {APP}")
        self.setWindowModified(self.is_dirty(self.doc))

    # ---- layout and positions

    def layout_positions(self, network: Network) -> dict[str, tuple[float, float]]:
        key = (id(network), self.layout_kind)
        if key not in self._layouts:
            try:
                self._layouts[key] = layout(network, self.layout_kind)
            except ValidationError as exc:  # too big for it: said, and drawn radially
                self.statusBar().showMessage(f"{exc}. Drawn radially.", 15_000)
                self._layouts[key] = layout(network, Layout.RADIAL)
        return self._layouts[key]

    def positions(self, doc: Document) -> dict[str, tuple[float, float]]:
        return merged(self.layout_positions(doc.session.network), doc.session.scenario.positions)

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
        label = s.network.risk(risk).label
        self.statusBar().showMessage(
            f"{s.network.actor(state).name} — {label}: "
            + (", ".join(covering) or "no covering link")
            + (f"; lost: {', '.join(sorted(lost))}" if lost else ""),
            10_000,
        )

    def show_actor(self, actor_id: str) -> None:
        if self.doc is None or not actor_id:
            return
        self.details.setHtml(
            actor_html(self.doc.session.network, actor_id, self.doc.session.enabled())
        )

    def show_link(self, link_id: str) -> None:
        if self.doc is None or not link_id:
            return
        s = self.doc.session
        self.details.setHtml(link_html(s.network, link_id, s.enabled()))
        self.docks["details"].raise_()
        self.canvas.highlight_links({link_id})

    def show_data_sources(self) -> None:
        """The network's whole bibliography in the Details panel, addresses clickable."""
        if self.doc is None:
            return
        self.details.setHtml(data_sources_html(self.doc.session.network))
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
        name = s.network.actor(actor_id).name
        off = menu.addAction(f"Switch off all its links ({len(its)}) — what if it withdraws")
        off.setEnabled(bool(its))
        off.triggered.connect(
            lambda: self.switch_links({lid: False for lid in its}, f"Withdraw {actor_id}")
        )
        only = menu.addAction("Show only this actor's links")
        only.triggered.connect(lambda: self.focus_actor(actor_id))
        everyone = menu.addAction("Show all links")
        everyone.triggered.connect(lambda: self.focus_actor(None))
        if s.network.actor(actor_id).is_state:
            cov = menu.addAction(f"Show {name}'s coverage")
            cov.triggered.connect(lambda: self.show_coverage_of(actor_id))
        menu.addSeparator()
        menu.addAction("Edit actor…").triggered.connect(lambda: self.edit_actor_dialog(actor_id))
        menu.addAction(f"Add a link from {actor_id}…").triggered.connect(
            lambda: self.add_link_dialog(actor_id)
        )
        menu.addAction("Delete actor…").triggered.connect(lambda: self.delete_actor(actor_id))
        menu.exec(where)

    def link_menu(self, link_id: str, where: QPoint) -> None:
        if self.doc is None:
            return
        on = link_id in self.doc.session.enabled()
        menu = QMenu(self)
        menu.addAction(f"Switch {'off' if on else 'on'} {link_id}").triggered.connect(
            lambda: self.toggle_link(link_id)
        )
        link = self.doc.session.network.link(link_id)
        source = menu.addAction("Show source")
        source.setEnabled(bool(link.sources))
        source.triggered.connect(lambda: self.show_source(link_id))
        menu.addAction("Details").triggered.connect(lambda: self.show_link(link_id))
        menu.addSeparator()
        menu.addAction("Edit link…").triggered.connect(lambda: self.edit_link_dialog(link_id))
        menu.addAction("Delete link…").triggered.connect(lambda: self.delete_link(link_id))
        menu.exec(where)

    # ---- editing the network (the store's; undoable; every scenario on it kept consistent)

    def edit_network(self, label: str, make: Callable[[Network], Network]) -> str | None:
        """Apply an edit to the current document's stored network: None when done, else
        the one-line reason it was refused (nothing is changed then)."""
        doc = self.doc
        if doc is None:
            return "Open a scenario first."
        try:
            network_id = self.workspace.network_id_of(doc)
        except C6Error:
            return (
                f"“{doc.name}” is over its file's own network: import the file into the store "
                "(File › Import) to edit that network."
            )
        before = doc.session.network
        try:
            after = make(before)
            scenarios = self.workspace.store.scenarios_on(network_id)
            changed = self.workspace.replace_network(network_id, after)
        except C6Error as exc:
            return str(exc)
        command = EditNetwork(
            self.workspace,
            network_id,
            before,
            after,
            scenarios,
            self._network_edited,
            self.error,
            label,
        )
        for other, change in changed:
            self._network_edited(other, change)
        self.stacks[doc].push(command)
        self.statusBar().showMessage(f"{label}: saved to the store", 5_000)
        return None

    def _network_edited(self, doc: Document, change: Change) -> None:
        """Documents not on screen only had their sessions moved to the new network; the
        one shown is redrawn (opening another document draws it from its session)."""
        if doc is self.doc:
            self._changed(doc, change)

    def _editor(self, dialog: _Editor, label: str, make: Callable[[object], Network]) -> bool:
        """Run an editor dialog whose OK applies `make` to its value; True when applied."""

        def submit(value: object) -> str | None:
            return self.edit_network(label, lambda net: make(value))

        dialog.submit = submit
        return dialog.exec() == QDialog.DialogCode.Accepted

    def add_actor_dialog(self) -> None:
        if self.doc is None:
            return
        network = self.doc.session.network
        self._editor(
            ActorDialog(network, None, self),
            "Add actor",
            lambda a: put_actor(network, _as(a, Actor), new=True),
        )

    def edit_actor_dialog(self, actor_id: str) -> None:
        if self.doc is None:
            return
        network = self.doc.session.network
        self._editor(
            ActorDialog(network, network.actor(actor_id), self),
            f"Edit {actor_id}",
            lambda a: put_actor(network, _as(a, Actor), new=False),
        )

    def delete_actor(self, actor_id: str) -> None:
        if self.doc is None:
            return
        network = self.doc.session.network
        links = [lk.id for lk in network.links_of(actor_id)]
        question = f"Delete {actor_id} ({network.actor(actor_id).name}) from the network"
        question += f" with its {len(links)} links?" if links else "?"
        question += " Scenarios that switch them lose those switches (their notes say so)."
        if QMessageBox.question(self, APP, question) != QMessageBox.StandardButton.Yes:
            return
        problem = self.edit_network(f"Delete {actor_id}", lambda n: remove_actor(n, actor_id))
        if problem:
            self.error(problem)

    def add_link_dialog(self, source: str | None = None) -> None:
        if self.doc is None:
            return
        network = self.doc.session.network
        dialog = LinkDialog(network, None, self)
        if source is not None:
            dialog.source.setCurrentIndex(dialog.source.findData(source))
        self._editor(dialog, "Add link", lambda lk: put_link(network, _as(lk, Link), new=True))

    def edit_link_dialog(self, link_id: str) -> None:
        if self.doc is None:
            return
        network = self.doc.session.network
        self._editor(
            LinkDialog(network, network.link(link_id), self),
            f"Edit {link_id}",
            lambda lk: put_link(network, _as(lk, Link), new=False),
        )

    def delete_link(self, link_id: str) -> None:
        if self.doc is None:
            return
        question = (
            f"Delete the link {link_id} from the network? Scenarios that switch it lose that "
            "switch (their notes say so)."
        )
        if QMessageBox.question(self, APP, question) != QMessageBox.StandardButton.Yes:
            return
        problem = self.edit_network(f"Delete {link_id}", lambda n: remove_link(n, link_id))
        if problem:
            self.error(problem)

    def add_risk_dialog(self) -> None:
        if self.doc is None:
            return
        network = self.doc.session.network
        self._editor(
            RiskDialog(None, self),
            "Add risk",
            lambda r: put_risk(network, _as(r, RiskCategory), new=True),
        )

    def _pick_risk(self, title: str) -> str | None:
        if self.doc is None:
            return None
        risks = self.doc.session.network.risks
        labels = [f"{r.label} ({r.key})" for r in risks]
        chosen, ok = QInputDialog.getItem(self, title, "Risk:", labels, 0, False)
        return risks[labels.index(chosen)].key if ok and chosen in labels else None

    def edit_risk_dialog(self) -> None:
        key = self._pick_risk("Edit a risk")
        if key is None or self.doc is None:
            return
        network = self.doc.session.network
        self._editor(
            RiskDialog(network.risk(key), self),
            f"Edit risk {key}",
            lambda r: put_risk(network, _as(r, RiskCategory), new=False),
        )

    def delete_risk_dialog(self) -> None:
        key = self._pick_risk("Delete a risk")
        if key is None or self.doc is None:
            return
        uses = risk_uses(self.doc.session.network, key)
        question = f"Delete the risk “{key}” from the taxonomy?"
        if uses:
            shown = ", ".join(uses[:12]) + (f" and {len(uses) - 12} more" if len(uses) > 12 else "")
            question += f" {len(uses)} mandates and links grade it and will no longer: {shown}."
        if QMessageBox.question(self, APP, question) != QMessageBox.StandardButton.Yes:
            return
        problem = self.edit_network(f"Delete risk {key}", lambda n: remove_risk(n, key))
        if problem:
            self.error(problem)

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
        text = (
            f"<h3>{APP}</h3><p>What-if analysis of the security-cooperation network of "
            "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan and Azerbaijan.</p>"
        )
        if net is not None:
            sources = [src for src, _ in net.sources()]
            text += (
                f"<p>Network “{_escape(net.name)}”: {len(net.actors)} actors, {len(net.links)} "
                f"links ({len(net.unverified())} marked unverified), {len(net.risks)} risk "
                f"categories, from {len(sources)} sources, among them:</p><ul>"
                + "".join(f"<li>{_escape(s)}</li>" for s in sources[:12])
                + "</ul><p>Every link's own sources are in its tooltip and the Details panel; "
                "Network › Data sources lists them all.</p>"
            )
        QMessageBox.about(self, f"About {APP}", text)

    # ---- settings and closing

    def _add_recent(self, path: Path) -> None:
        recent = [str(path.resolve())] + [
            p for p in self.recent_files() if p != str(path.resolve())
        ]
        self.settings.setValue("files/recent", recent[:MAX_RECENT])
        self._fill_recent()

    def recent_files(self) -> list[str]:
        value = self.settings.value("files/recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for i, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{i} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_file(Path(p)))
        self.recent_menu.setEnabled(bool(files))

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if not (isinstance(state, QByteArray) and self.restoreState(state)):
            d = self.docks
            self.resizeDocks([d["scenarios"], d["coverage"]], [270, 430], Qt.Orientation.Horizontal)
            self.resizeDocks([d["links"]], [210], Qt.Orientation.Vertical)
            self.resizeDocks([d["links"], d["details"]], [900, 380], Qt.Orientation.Horizontal)
            self.resizeDocks([d["coverage"], d["metrics"]], [360, 360], Qt.Orientation.Vertical)
        self._fill_recent()

    def unsaved(self) -> list[Document]:
        return [d for d in self.workspace.documents.values() if self.is_dirty(d)]

    def ask_unsaved(self, docs: list[Document]) -> QMessageBox.StandardButton:
        names = ", ".join(f"“{d.name}”" for d in docs)
        return QMessageBox.question(
            self,
            APP,
            f"Save the changes to {names} before closing?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        docs = self.unsaved()
        if docs:
            answer = self.ask_unsaved(docs)
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and not all(
                self.save_document(d) for d in docs
            ):
                event.ignore()
                return
        self.workers.cancel_all()
        self.presentation.leave()  # the window's own panels and geometry are what is kept
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        event.accept()


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
