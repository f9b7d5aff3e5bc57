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
    """When an action can run: what must be open, and what the signed-in login must be
    allowed to write (scenarios: the analyst's right; the network: the curator's)."""

    NOTHING = "nothing"
    DOCUMENT = "document"  # a scenario is open
    STORED = "stored"  # a stored scenario is open (a file or a new one has no history)
    SAVE = "save"  # ... and may be written where it is saved (a file: always; the store: analyst)
    TRASH = "trash"  # ... and, when it is stored, the analyst's right (a file is only closed)
    COPY = "copy"  # ... and the analyst's right (the copy goes into the store)
    STORE = "store"  # the analyst's right (a scenario goes into the store)
    STORED_NETWORK = "stored network"  # a scenario over a network the store holds, and the
    # curator's right


ANALYST, CURATOR = "c6_analyst", "c6_curator"  # the server roles (db.roles) writes need


@dataclass(frozen=True)
class Now:
    """What is open and what the login may write, for `update_enabled`."""

    document: bool = False
    editable: bool = False  # the document's network is one the store holds
    where: str = ""  # where the document is saved: "file", "store", "new"
    scenarios: bool = True  # the login may create and save scenarios
    network: bool = True  # ... and edit the network
    role: str = ""  # the login's role, named in a disabled action's tooltip
    read_only: bool = False  # the store is open read-only (a SQLite file)


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
                "connect",
                "&Connect to a team store…",
                "stores.connect_dialog",
                None,
                "Work on a store that a team shares on a PostgreSQL server (or on another "
                "store file); the scenarios of this store close, files stay open",
                Needs.NOTHING,
            ),
            Act(
                "open-store",
                "Open &local store…",
                "stores.open_local_dialog",
                None,
                "Work on a store file on this computer: your own, or another",
                Needs.NOTHING,
            ),
            Section("recent-stores"),
            SEP,
            Act(
                "save",
                "&Save",
                "documents.save",
                Std.Save,
                "Save the scenario where it came from",
                Needs.SAVE,
            ),
            Act(
                "save-as",
                "Save &as file…",
                "documents.save_as_dialog",
                Std.SaveAs,
                "Save the scenario to a .c6s file",
            ),
            Act(
                "history",
                "&History of this scenario…",
                "history.show_dialog",
                "Ctrl+H",
                "Every saved version: who saved it, when, what it switched; restore one",
                Needs.STORED,
            ),
            Act(
                "duplicate",
                "&Duplicate scenario",
                "documents.duplicate",
                None,
                "A stored copy of this scenario as it is now, unsaved edits included",
                Needs.COPY,
            ),
            Act(
                "delete",
                "&Delete scenario…",
                "documents.delete_current",
                None,
                "A stored scenario goes to the trash (the Scenarios panel restores it); "
                "a file is closed",
                Needs.TRASH,
            ),
            SEP,
            Act(
                "import-scenario",
                "&Import file into the store…",
                "transfers.import_dialog",
                "Ctrl+I",
                "Add a .c6s file's scenario to the store",
                Needs.STORE,
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
                sub.setToolTipsVisible(True)
                fill(sub, item.items)
            elif item is SEP:
                menu.addSeparator()
            else:
                sections[item.name](menu)

    for title, items in MENUS:
        menu = window.menuBar().addMenu(title)
        menu.setObjectName(f"menu-{title.replace('&', '').lower()}")
        menu.setToolTipsVisible(True)  # a disabled action says why (the role it needs)
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


def update_enabled(actions: Mapping[str, QAction], now: Now) -> None:
    """Enable each action whose `needs` holds now; one the login may not run says in its
    tooltip which role it needs."""
    doc = now.document
    to_store = now.where != "file"  # a new scenario is saved into the store
    state = {
        Needs.NOTHING: True,
        Needs.DOCUMENT: doc,
        Needs.STORED: doc and now.where == "store",
        Needs.SAVE: doc and (not to_store or now.scenarios),
        Needs.TRASH: doc and (now.where != "store" or now.scenarios),
        Needs.COPY: doc and now.scenarios,
        Needs.STORE: now.scenarios,
        Needs.STORED_NETWORK: doc and now.editable and now.network,
    }
    refused = {  # why, when the login's rights are what stands in the way
        Needs.SAVE: doc and to_store and not now.scenarios,
        Needs.TRASH: doc and now.where == "store" and not now.scenarios,
        Needs.COPY: doc and not now.scenarios,
        Needs.STORE: not now.scenarios,
        Needs.STORED_NETWORK: doc and now.editable and not now.network,
    }
    by_name = {a.name: a for a in every_act()}
    for name, action in actions.items():
        act = by_name[name]
        action.setEnabled(state[act.needs])
        why = refusal(now, CURATOR if act.needs is Needs.STORED_NETWORK else ANALYST)
        tip = why if refused.get(act.needs, False) else act.tip
        if act.needs is Needs.STORED and doc and now.where != "store":
            tip = NOT_STORED[now.where]
        if action.toolTip() != tip:
            action.setToolTip(tip or act.text.replace("&", ""))
            action.setStatusTip(tip)


NOT_STORED = {  # why a document has no history
    "file": "A scenario file has no history: only the store keeps every version (File › "
    "Import file into the store)",
    "new": "A new scenario has no history until it is saved into the store",
}


def refusal(now: Now, role: str = ANALYST) -> str:
    """Why the login may not write what `role` may."""
    if now.read_only:
        return "The store is open read-only: nothing can be written to it"
    return f"Needs the {role} role (you are {now.role or 'signed in without one'})"
