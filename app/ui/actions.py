"""Every command of the window as one row: its name (the QAction's objectName), menu, text,
shortcut, tip, the handler it runs and when it is enabled. Menus are built from these rows,
so a feature is reachable the moment it has a row, and a test can walk them all.

Handlers are dotted paths resolved on the window ("transfers.import_csv_dialog" is the
transfers controller's method), so this table depends on no class. A few menus hold lists
that change at run time (recent files, layouts, themes, panels); they are Sections the
window fills, each action in them named too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import reduce

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

Std = QKeySequence.StandardKey


class Needs(Enum):
    """When an action can run."""

    NOTHING = "nothing"
    DOCUMENT = "document"  # a scenario is open
    STORED_NETWORK = "stored network"  # ... over a network the store holds (editable)


@dataclass(frozen=True)
class Act:
    name: str
    text: str
    handler: str  # dotted path on the window; called with `args`
    shortcut: Std | str | tuple[Std | str, ...] | None = None
    tip: str = ""
    needs: Needs = Needs.DOCUMENT
    args: tuple[object, ...] = ()


@dataclass(frozen=True)
class Sub:
    """A submenu."""

    text: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Section:
    """Actions the window adds at run time (recent files, layouts, themes, panels)."""

    name: str


SEP = Section("-")
Item = Act | Sub | Section

MENUS: tuple[tuple[str, tuple[Item, ...]], ...] = (
    (
        "&File",
        (
            Act(
                "new",
                "&New scenario",
                "documents.new_scenario",
                Std.New,
                "A new scenario from the baseline",
                Needs.NOTHING,
            ),
            Act(
                "open",
                "&Open scenario file…",
                "documents.open_file_dialog",
                Std.Open,
                "Open a .c6s file",
                Needs.NOTHING,
            ),
            Section("recent"),
            SEP,
            Act(
                "save", "&Save", "documents.save", Std.Save, "Save the scenario where it came from"
            ),
            Act(
                "save-as",
                "Save &as file…",
                "documents.save_as_dialog",
                Std.SaveAs,
                "Save the scenario to a .c6s file",
            ),
            Act(
                "duplicate",
                "&Duplicate scenario",
                "documents.duplicate",
                None,
                "A stored copy of this scenario as it is now, unsaved edits included",
            ),
            Act(
                "delete",
                "&Delete scenario…",
                "documents.delete_current",
                None,
                "A stored scenario goes to the trash (the Scenarios panel restores it); "
                "a file is closed",
            ),
            SEP,
            Act(
                "import-scenario",
                "&Import file into the store…",
                "transfers.import_dialog",
                "Ctrl+I",
                "Add a .c6s file's scenario to the store",
                Needs.NOTHING,
            ),
            Act(
                "export-scenario",
                "&Export to file…",
                "transfers.export_dialog",
                "Ctrl+E",
                "Write the scenario, with its network, to a .c6s file",
            ),
            Sub(
                "E&xport for others",
                (
                    Act(
                        "export-picture",
                        "Network &picture (PNG, SVG, PDF)…",
                        "transfers.export_picture_dialog",
                        "Ctrl+Shift+E",
                        "The canvas with a title and the legend",
                    ),
                    Act(
                        "export-graph",
                        "Network for &Gephi, Cytoscape (GraphML, GEXF)…",
                        "transfers.export_network_dialog",
                        None,
                        "Every actor and link with its attributes and this scenario's states",
                    ),
                    Act(
                        "export-links",
                        "&Links table (CSV)…",
                        "transfers.export_table_dialog",
                        None,
                        "Every link with its status, years, sources and state here; "
                        "Network › Import reads it back",
                        args=("links",),
                    ),
                    Act(
                        "export-actors",
                        "&Actors table (CSV)…",
                        "transfers.export_table_dialog",
                        None,
                        "Every actor with its kind, seat, membership class and sources; "
                        "Network › Import reads it back",
                        args=("actors",),
                    ),
                    Act(
                        "export-coverage",
                        "&Coverage matrix (CSV)…",
                        "transfers.export_table_dialog",
                        None,
                        "States by risks: how many enabled links cover each",
                        args=("coverage",),
                    ),
                ),
            ),
            Act(
                "briefing",
                "&Briefing report (PDF, HTML)…",
                "transfers.briefing_dialog",
                "Ctrl+Shift+B",
                "Notes, picture, coverage, figures, switched and critical links, sources",
            ),
            SEP,
            Act("quit", "&Quit", "close", Std.Quit, needs=Needs.NOTHING),
        ),
    ),
    (
        "&Edit",
        (
            Section("undo"),
            SEP,
            Act("find-link", "&Find link…", "find_link", Std.Find, "Search the links table"),
            Act("rename", "&Rename scenario…", "documents.rename_dialog", "F2"),
            Act(
                "reset",
                "Reset to &baseline",
                "switches.reset_to_baseline",
                "Ctrl+Shift+R",
                "Every link back to its baseline state",
            ),
            Act(
                "own-only",
                "Only the region's &own mechanisms",
                "switches.keep_own_only",
                "Ctrl+Shift+O",
                "What if only the region's own mechanisms were left: switch off every link "
                "to a body with outside powers (one undoable step)",
            ),
        ),
    ),
    (
        "&Network",
        (
            Act(
                "add-actor",
                "Add &actor…",
                "editor.add_actor_dialog",
                "Ctrl+Alt+A",
                "A new state, body or mechanism, with its sources",
                Needs.STORED_NETWORK,
            ),
            Act(
                "add-link",
                "Add &link…",
                "editor.add_link_dialog",
                "Ctrl+Alt+L",
                "A new link between two actors: status, years, risks, sources",
                Needs.STORED_NETWORK,
            ),
            Act(
                "edit-actor",
                "Edit ac&tor…",
                "editor.edit_actor_dialog",
                None,
                "Choose an actor, then edit it (also on a node's right-click menu)",
                Needs.STORED_NETWORK,
            ),
            Act(
                "edit-link",
                "Edit lin&k…",
                "editor.edit_link_dialog",
                None,
                "Choose a link, then edit it (also on a link's right-click menu)",
                Needs.STORED_NETWORK,
            ),
            Act(
                "delete-actor",
                "Delete a&n actor…",
                "editor.delete_actor",
                None,
                "Choose an actor; asks first, naming its links",
                Needs.STORED_NETWORK,
            ),
            Act(
                "delete-link",
                "Delete a li&nk…",
                "editor.delete_link",
                None,
                "Choose a link; asks first",
                Needs.STORED_NETWORK,
            ),
            SEP,
            Act(
                "add-risk",
                "Add &risk…",
                "editor.add_risk_dialog",
                None,
                "A new risk in the taxonomy",
                Needs.STORED_NETWORK,
            ),
            Act(
                "edit-risk",
                "&Edit a risk…",
                "editor.edit_risk_dialog",
                None,
                "Its label and description",
                Needs.STORED_NETWORK,
            ),
            Act(
                "delete-risk",
                "&Delete a risk…",
                "editor.delete_risk_dialog",
                None,
                "Asks first, naming the links that cover it",
                Needs.STORED_NETWORK,
            ),
            SEP,
            Act(
                "import-csv",
                "&Import actors or links (CSV)…",
                "transfers.import_csv_dialog",
                None,
                "Add or update actors or links from a CSV file: each row previewed, "
                "all or none written",
                Needs.STORED_NETWORK,
            ),
            Act(
                "export-actors-csv",
                "Export a&ctors (CSV)…",
                "transfers.export_table_dialog",
                None,
                "Every actor, as Import reads it",
                args=("actors",),
            ),
            Act(
                "export-links-csv",
                "Export lin&ks (CSV)…",
                "transfers.export_table_dialog",
                None,
                "Every link, as Import reads it",
                args=("links",),
            ),
            SEP,
            Act(
                "data-sources",
                "Data &sources…",
                "show_data_sources",
                None,
                "Every source the network cites, in the Details panel",
            ),
        ),
    ),
    (
        "&View",
        (
            Act(
                "present",
                "&Present",
                "present",
                "F11",
                "Full screen for a room: projector colours, scenarios as slides (Esc leaves)",
                Needs.NOTHING,
            ),
            Act(
                "present-choose",
                "Present &scenarios…",
                "present",
                "Shift+F11",
                "Choose and order the scenarios to present",
                Needs.NOTHING,
                args=(True,),
            ),
            Act(
                "earlier",
                "&Earlier year",
                "step_year",
                "Ctrl+[",
                "See the network one year earlier (the As of slider)",
                args=(-1,),
            ),
            Act(
                "later",
                "&Later year",
                "step_year",
                "Ctrl+]",
                "One year later; past the last: today",
                args=(1,),
            ),
            Act(
                "compare",
                "&Compare scenarios…",
                "compare",
                "Ctrl+Shift+C",
                "Two scenarios side by side, zoom and pan linked, with what differs",
                Needs.NOTHING,
            ),
            Section("coverage"),
            SEP,
            Section("layouts"),
            SEP,
            Act("fit", "&Fit to window", "canvas.fit", "Ctrl+0", "The whole network in view"),
            Act("zoom-in", "Zoom &in", "canvas.zoom", Std.ZoomIn, args=(1.25,)),
            Act("zoom-out", "Zoom &out", "canvas.zoom", Std.ZoomOut, args=(0.8,)),
            SEP,
            Section("themes"),
            SEP,
            Section("panels"),
        ),
    ),
    (
        "&Help",
        (
            Act(
                "about",
                "&About and data sources",
                "about",
                None,
                "Version, store, data and licences",
                Needs.NOTHING,
            ),
        ),
    ),
)


def every_act(items: tuple[Item, ...] | None = None) -> list[Act]:
    """Every row of the table, submenus included, in menu order."""
    found: list[Act] = []
    for item in items if items is not None else tuple(i for _, it in MENUS for i in it):
        if isinstance(item, Act):
            found.append(item)
        elif isinstance(item, Sub):
            found.extend(every_act(item.items))
    return found


def resolve(target: object, path: str) -> Callable[..., object]:
    """`path` ("transfers.export_dialog") on `target`."""
    found = reduce(getattr, path.split("."), target)
    assert callable(found), path
    return found


def build(
    window: QMainWindow, sections: Mapping[str, Callable[[QMenu], None]]
) -> dict[str, QAction]:
    """The window's menu bar from MENUS; the QActions by name. Handlers are looked up when
    triggered, so controllers can be made after the menus."""
    made: dict[str, QAction] = {}

    def fill(menu: QMenu, items: tuple[Item, ...]) -> None:
        for item in items:
            if isinstance(item, Act):
                made[item.name] = _action(window, item)
                menu.addAction(made[item.name])
            elif isinstance(item, Sub):
                sub = menu.addMenu(item.text)
                sub.setObjectName(f"menu-{item.text.replace('&', '').lower()}")
                fill(sub, item.items)
            elif item is SEP:
                menu.addSeparator()
            else:
                sections[item.name](menu)

    for title, items in MENUS:
        menu = window.menuBar().addMenu(title)
        menu.setObjectName(f"menu-{title.replace('&', '').lower()}")
        fill(menu, items)
    return made


def _action(window: QMainWindow, act: Act) -> QAction:
    action = QAction(act.text, window)
    action.setObjectName(f"action-{act.name}")
    keys = act.shortcut if isinstance(act.shortcut, tuple) else (act.shortcut,)
    action.setShortcuts([QKeySequence(k) for k in keys if k is not None])
    if act.tip:
        action.setStatusTip(act.tip)
        action.setToolTip(act.tip)
    action.setProperty("needs", act.needs.value)
    action.triggered.connect(lambda _=False: resolve(window, act.handler)(*act.args))
    return action


def update_enabled(actions: Mapping[str, QAction], has_document: bool, editable: bool) -> None:
    """Enable each action whose `needs` holds now."""
    state = {Needs.NOTHING: True, Needs.DOCUMENT: has_document, Needs.STORED_NETWORK: editable}
    by_name = {a.name: a for a in every_act()}
    for name, action in actions.items():
        action.setEnabled(state[by_name[name].needs])
