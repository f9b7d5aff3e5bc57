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

from app.ui.i18n import QT_TRANSLATE_NOOP, tr

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
        QT_TRANSLATE_NOOP("", "&File"),
        (
            Act(
                "new",
                QT_TRANSLATE_NOOP("", "&New scenario"),
                "documents.new_scenario",
                Std.New,
                QT_TRANSLATE_NOOP("", "A new scenario from the baseline"),
                Needs.NOTHING,
            ),
            Act(
                "open",
                QT_TRANSLATE_NOOP("", "&Open scenario file…"),
                "documents.open_file_dialog",
                Std.Open,
                QT_TRANSLATE_NOOP("", "Open a .c6s file"),
                Needs.NOTHING,
            ),
            Section("recent"),
            SEP,
            Act(
                "connect",
                QT_TRANSLATE_NOOP("", "&Connect to a team store…"),
                "stores.connect_dialog",
                None,
                QT_TRANSLATE_NOOP(
                    "",
                    "Work on a store that a team shares on a PostgreSQL server (or on another "
                    "store file); the scenarios of this store close, files stay open",
                ),
                Needs.NOTHING,
            ),
            Act(
                "open-store",
                QT_TRANSLATE_NOOP("", "Open &local store…"),
                "stores.open_local_dialog",
                None,
                QT_TRANSLATE_NOOP(
                    "", "Work on a store file on this computer: your own, or another"
                ),
                Needs.NOTHING,
            ),
            Section("recent-stores"),
            SEP,
            Act(
                "save",
                QT_TRANSLATE_NOOP("", "&Save"),
                "documents.save",
                Std.Save,
                QT_TRANSLATE_NOOP("", "Save the scenario where it came from"),
                Needs.SAVE,
            ),
            Act(
                "save-as",
                QT_TRANSLATE_NOOP("", "Save &as file…"),
                "documents.save_as_dialog",
                Std.SaveAs,
                QT_TRANSLATE_NOOP("", "Save the scenario to a .c6s file"),
            ),
            Act(
                "history",
                QT_TRANSLATE_NOOP("", "&History of this scenario…"),
                "history.show_dialog",
                "Ctrl+H",
                QT_TRANSLATE_NOOP(
                    "", "Every saved version: who saved it, when, what it switched; restore one"
                ),
                Needs.STORED,
            ),
            Act(
                "duplicate",
                QT_TRANSLATE_NOOP("", "&Duplicate scenario"),
                "documents.duplicate",
                None,
                QT_TRANSLATE_NOOP(
                    "", "A stored copy of this scenario as it is now, unsaved edits included"
                ),
                Needs.COPY,
            ),
            Act(
                "delete",
                QT_TRANSLATE_NOOP("", "&Delete scenario…"),
                "documents.delete_current",
                None,
                QT_TRANSLATE_NOOP(
                    "",
                    "A stored scenario goes to the trash (the Scenarios panel restores it); "
                    "a file is closed",
                ),
                Needs.TRASH,
            ),
            SEP,
            Act(
                "import-scenario",
                QT_TRANSLATE_NOOP("", "&Import file into the store…"),
                "transfers.import_dialog",
                "Ctrl+I",
                QT_TRANSLATE_NOOP("", "Add a .c6s file's scenario to the store"),
                Needs.STORE,
            ),
            Act(
                "export-scenario",
                QT_TRANSLATE_NOOP("", "&Export to file…"),
                "transfers.export_dialog",
                "Ctrl+E",
                QT_TRANSLATE_NOOP("", "Write the scenario, with its network, to a .c6s file"),
            ),
            Sub(
                QT_TRANSLATE_NOOP("", "E&xport for others"),
                (
                    Act(
                        "export-picture",
                        QT_TRANSLATE_NOOP("", "Network &picture (PNG, SVG, PDF)…"),
                        "transfers.export_picture_dialog",
                        "Ctrl+Shift+E",
                        QT_TRANSLATE_NOOP("", "The canvas with a title and the legend"),
                    ),
                    Act(
                        "export-graph",
                        QT_TRANSLATE_NOOP("", "Network for &Gephi, Cytoscape (GraphML, GEXF)…"),
                        "transfers.export_network_dialog",
                        None,
                        QT_TRANSLATE_NOOP(
                            "",
                            "Every actor and link with its attributes and this scenario's states",
                        ),
                    ),
                    Act(
                        "export-links",
                        QT_TRANSLATE_NOOP("", "&Links table (CSV)…"),
                        "transfers.export_table_dialog",
                        None,
                        QT_TRANSLATE_NOOP(
                            "",
                            "Every link with its status, years, sources and state here; "
                            "Network › Import reads it back",
                        ),
                        args=("links",),
                    ),
                    Act(
                        "export-actors",
                        QT_TRANSLATE_NOOP("", "&Actors table (CSV)…"),
                        "transfers.export_table_dialog",
                        None,
                        QT_TRANSLATE_NOOP(
                            "",
                            "Every actor with its kind, seat, membership class and sources; "
                            "Network › Import reads it back",
                        ),
                        args=("actors",),
                    ),
                    Act(
                        "export-coverage",
                        QT_TRANSLATE_NOOP("", "&Coverage matrix (CSV)…"),
                        "transfers.export_table_dialog",
                        None,
                        QT_TRANSLATE_NOOP("", "States by risks: how many enabled links cover each"),
                        args=("coverage",),
                    ),
                ),
            ),
            Act(
                "briefing",
                QT_TRANSLATE_NOOP("", "&Briefing report (PDF, HTML)…"),
                "transfers.briefing_dialog",
                "Ctrl+Shift+B",
                QT_TRANSLATE_NOOP(
                    "", "Notes, picture, coverage, figures, switched and critical links, sources"
                ),
            ),
            SEP,
            Act("quit", QT_TRANSLATE_NOOP("", "&Quit"), "close", Std.Quit, needs=Needs.NOTHING),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("", "&Edit"),
        (
            Section("undo"),
            SEP,
            Act(
                "find-link",
                QT_TRANSLATE_NOOP("", "&Find link…"),
                "find_link",
                Std.Find,
                QT_TRANSLATE_NOOP("", "Search the links table"),
            ),
            Act(
                "rename",
                QT_TRANSLATE_NOOP("", "&Rename scenario…"),
                "documents.rename_dialog",
                "F2",
            ),
            Act(
                "reset",
                QT_TRANSLATE_NOOP("", "Reset to &baseline"),
                "switches.reset_to_baseline",
                "Ctrl+Shift+R",
                QT_TRANSLATE_NOOP("", "Every link back to its baseline state"),
            ),
            Act(
                "own-only",
                QT_TRANSLATE_NOOP("", "Only the region's &own mechanisms"),
                "switches.keep_own_only",
                "Ctrl+Shift+O",
                QT_TRANSLATE_NOOP(
                    "",
                    "What if only the region's own mechanisms were left: switch off every link "
                    "to a body with outside powers (one undoable step)",
                ),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("", "&Network"),
        (
            Act(
                "add-actor",
                QT_TRANSLATE_NOOP("", "Add &actor…"),
                "editor.add_actor_dialog",
                "Ctrl+Alt+A",
                QT_TRANSLATE_NOOP("", "A new state, body or mechanism, with its sources"),
                Needs.STORED_NETWORK,
            ),
            Act(
                "add-link",
                QT_TRANSLATE_NOOP("", "Add &link…"),
                "editor.add_link_dialog",
                "Ctrl+Alt+L",
                QT_TRANSLATE_NOOP(
                    "", "A new link between two actors: status, years, risks, sources"
                ),
                Needs.STORED_NETWORK,
            ),
            Act(
                "edit-actor",
                QT_TRANSLATE_NOOP("", "Edit ac&tor…"),
                "editor.edit_actor_dialog",
                None,
                QT_TRANSLATE_NOOP(
                    "", "Choose an actor, then edit it (also on a node's right-click menu)"
                ),
                Needs.STORED_NETWORK,
            ),
            Act(
                "edit-link",
                QT_TRANSLATE_NOOP("", "Edit lin&k…"),
                "editor.edit_link_dialog",
                None,
                QT_TRANSLATE_NOOP(
                    "", "Choose a link, then edit it (also on a link's right-click menu)"
                ),
                Needs.STORED_NETWORK,
            ),
            Act(
                "delete-actor",
                QT_TRANSLATE_NOOP("", "Delete a&n actor…"),
                "editor.delete_actor",
                None,
                QT_TRANSLATE_NOOP("", "Choose an actor; asks first, naming its links"),
                Needs.STORED_NETWORK,
            ),
            Act(
                "delete-link",
                QT_TRANSLATE_NOOP("", "Delete a li&nk…"),
                "editor.delete_link",
                None,
                QT_TRANSLATE_NOOP("", "Choose a link; asks first"),
                Needs.STORED_NETWORK,
            ),
            SEP,
            Act(
                "add-risk",
                QT_TRANSLATE_NOOP("", "Add &risk…"),
                "editor.add_risk_dialog",
                None,
                QT_TRANSLATE_NOOP("", "A new risk in the taxonomy"),
                Needs.STORED_NETWORK,
            ),
            Act(
                "edit-risk",
                QT_TRANSLATE_NOOP("", "&Edit a risk…"),
                "editor.edit_risk_dialog",
                None,
                QT_TRANSLATE_NOOP("", "Its label and description"),
                Needs.STORED_NETWORK,
            ),
            Act(
                "delete-risk",
                QT_TRANSLATE_NOOP("", "&Delete a risk…"),
                "editor.delete_risk_dialog",
                None,
                QT_TRANSLATE_NOOP("", "Asks first, naming the links that cover it"),
                Needs.STORED_NETWORK,
            ),
            SEP,
            Act(
                "import-csv",
                QT_TRANSLATE_NOOP("", "&Import actors or links (CSV)…"),
                "transfers.import_csv_dialog",
                None,
                QT_TRANSLATE_NOOP(
                    "",
                    "Add or update actors or links from a CSV file: each row previewed, "
                    "all or none written",
                ),
                Needs.STORED_NETWORK,
            ),
            Act(
                "export-actors-csv",
                QT_TRANSLATE_NOOP("", "Export a&ctors (CSV)…"),
                "transfers.export_table_dialog",
                None,
                QT_TRANSLATE_NOOP("", "Every actor, as Import reads it"),
                args=("actors",),
            ),
            Act(
                "export-links-csv",
                QT_TRANSLATE_NOOP("", "Export lin&ks (CSV)…"),
                "transfers.export_table_dialog",
                None,
                QT_TRANSLATE_NOOP("", "Every link, as Import reads it"),
                args=("links",),
            ),
            SEP,
            Act(
                "data-sources",
                QT_TRANSLATE_NOOP("", "Data &sources…"),
                "show_data_sources",
                None,
                QT_TRANSLATE_NOOP("", "Every source the network cites, in the Details panel"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("", "&View"),
        (
            Act(
                "present",
                QT_TRANSLATE_NOOP("", "&Present"),
                "present",
                "F11",
                QT_TRANSLATE_NOOP(
                    "",
                    "Full screen for a room: projector colours, scenarios as slides (Esc leaves)",
                ),
                Needs.NOTHING,
            ),
            Act(
                "present-choose",
                QT_TRANSLATE_NOOP("", "Present &scenarios…"),
                "present",
                "Shift+F11",
                QT_TRANSLATE_NOOP("", "Choose and order the scenarios to present"),
                Needs.NOTHING,
                args=(True,),
            ),
            Act(
                "earlier",
                QT_TRANSLATE_NOOP("", "&Earlier year"),
                "step_year",
                "Ctrl+[",
                QT_TRANSLATE_NOOP("", "See the network one year earlier (the As of slider)"),
                args=(-1,),
            ),
            Act(
                "later",
                QT_TRANSLATE_NOOP("", "&Later year"),
                "step_year",
                "Ctrl+]",
                QT_TRANSLATE_NOOP("", "One year later; past the last: today"),
                args=(1,),
            ),
            Act(
                "compare",
                QT_TRANSLATE_NOOP("", "&Compare scenarios…"),
                "compare",
                "Ctrl+Shift+C",
                QT_TRANSLATE_NOOP(
                    "", "Two scenarios side by side, zoom and pan linked, with what differs"
                ),
                Needs.NOTHING,
            ),
            Section("coverage"),
            SEP,
            Section("layouts"),
            SEP,
            Act(
                "fit",
                QT_TRANSLATE_NOOP("", "&Fit to window"),
                "canvas.fit",
                "Ctrl+0",
                QT_TRANSLATE_NOOP("", "The whole network in view"),
            ),
            Act(
                "zoom-in",
                QT_TRANSLATE_NOOP("", "Zoom &in"),
                "canvas.zoom",
                Std.ZoomIn,
                args=(1.25,),
            ),
            Act(
                "zoom-out",
                QT_TRANSLATE_NOOP("", "Zoom &out"),
                "canvas.zoom",
                Std.ZoomOut,
                args=(0.8,),
            ),
            SEP,
            Section("themes"),
            Section("languages"),
            SEP,
            Section("panels"),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("", "&Help"),
        (
            Act(
                "about",
                QT_TRANSLATE_NOOP("", "&About and data sources"),
                "about",
                None,
                QT_TRANSLATE_NOOP("", "Version, store, data and licences"),
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
                sub = menu.addMenu(tr(item.text))
                sub.setObjectName(menu_name(item.text))
                sub.setToolTipsVisible(True)
                fill(sub, item.items)
            elif item is SEP:
                menu.addSeparator()
            else:
                sections[item.name](menu)

    for title, items in MENUS:
        menu = window.menuBar().addMenu(tr(title))
        menu.setObjectName(menu_name(title))
        menu.setToolTipsVisible(True)  # a disabled action says why (the role it needs)
        fill(menu, items)
    return made


def menu_name(title: str) -> str:
    """A menu's objectName, from its English title: the same in every language."""
    return f"menu-{title.replace('&', '').lower()}"


def retranslate(window: QMainWindow, actions: Mapping[str, QAction]) -> None:
    """Every menu title and action text of MENUS in the current language (tooltips follow
    from `update_enabled`)."""

    def walk(items: tuple[Item, ...]) -> None:
        for item in items:
            if isinstance(item, Act):
                actions[item.name].setText(tr(item.text))
            elif isinstance(item, Sub):
                _title(window, item.text)
                walk(item.items)

    for title, items in MENUS:
        _title(window, title)
        walk(items)


def _title(window: QMainWindow, title: str) -> None:
    menu = window.findChild(QMenu, menu_name(title))
    if menu is not None:
        menu.setTitle(tr(title))


def _action(window: QMainWindow, act: Act) -> QAction:
    action = QAction(tr(act.text), window)
    action.setObjectName(f"action-{act.name}")
    keys = act.shortcut if isinstance(act.shortcut, tuple) else (act.shortcut,)
    action.setShortcuts([QKeySequence(k) for k in keys if k is not None])
    if act.tip:
        action.setStatusTip(tr(act.tip))
        action.setToolTip(tr(act.tip))
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
        tip = why if refused.get(act.needs, False) else tr(act.tip) if act.tip else ""
        if act.needs is Needs.STORED and doc and now.where != "store":
            tip = tr(NOT_STORED[now.where])
        if action.toolTip() != (tip or tr(act.text).replace("&", "")):
            action.setToolTip(tip or tr(act.text).replace("&", ""))
            action.setStatusTip(tip)


NOT_STORED = {  # why a document has no history
    "file": QT_TRANSLATE_NOOP(
        "",
        "A scenario file has no history: only the store keeps every version (File › "
        "Import file into the store)",
    ),
    "new": QT_TRANSLATE_NOOP("", "A new scenario has no history until it is saved into the store"),
}


def refusal(now: Now, role: str = ANALYST) -> str:
    """Why the login may not write what `role` may."""
    if now.read_only:
        return tr("The store is open read-only: nothing can be written to it")
    if not now.role:
        return tr("Needs the {role} role (you are signed in without one)", role=role)
    return tr("Needs the {role} role (you are {now})", role=role, now=now.role)
