"""Command line: `c6-explorer [--db URL] [gui|links|actors|risks|analyze|scenarios|...] ...`.

Writes to a stored scenario name the version they started from, so a save over someone
else's newer version is refused (exit 2, naming who saved it and when), never made.

Errors a user can cause print one line on stderr and exit with status 2; no traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

from app import lang, look
from app.analysis import (
    PATH_METRICS_MAX_ACTORS,
    Criteria,
    Lens,
    LinkImpact,
    evaluate,
)
from app.analysis.layout import Layout, layout, merged
from app.analysis.serialize import diff_to_dict, evaluation_to_dict, impacts_to_list
from app.analysis.summary import (
    at_words,
    counted,
    lens_words,
    rank_labels,
    self_reliance_line,
    tied_beyond,
)
from app.domain import C6Error, ConflictError, Depth, Network, Scenario, ValidationError
from app.domain.model import check_year
from app.domain.text import parse_year, printable
from app.files.atomic import in_place
from app.files.export import NETWORK_FORMATS, PICTURE_FORMATS, Table, export_network
from app.files.network_csv import plan_import
from app.files.network_json import network_to_dict
from app.files.scenario_file import read_scenario_file
from app.lang import actor_name, risk_label, tr
from app.look import number, signed
from app.reports import briefing, write_report
from app.session import Session
from app.storage import (
    ENV_DB,
    NetworkChoice,
    describe_file,
    export_scenario,
    import_scenario,
    open_store,
)
from app.workspace import action_words

EXIT_USAGE = 2
AS_OF_HELP = "the network as it stood in YEAR (links by their since/until years)"
TOP_CRITICAL = 10
COMMAND_LINE = "Command line"  # the name of the scenario --disable/--enable make
UNKNOWN_YEAR = "unknown"  # the text table's `since` of a link whose start year is not known


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: error: {printable(message)} (see --help)", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _year(text: str) -> int:
    """--as-of: a year the network's links can name."""
    try:
        return check_year(parse_year(text, "year"), "year")
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _store_url(text: str) -> str:
    """--db: never empty (an empty one would quietly mean the default store)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("give a store's file path or database URL")
    return text


IF_VERSION_HELP = (
    "the version you started from: if someone has saved another since, nothing is changed "
    "and the command fails (exit 2) naming who"
)


def _version(text: str) -> int:
    """--version, --if-version: a scenario's version number."""
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= 2**31 - 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a version number (1, 2, 3...)")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="c6-explorer", description="What-if analysis of the C6 security-cooperation network."
    )
    db_help = (
        f"the store: a SQLAlchemy URL or a SQLite file (default: ${ENV_DB}, "
        "else store.sqlite in the user's data folder)"
    )
    lang_help = (
        f"the language of what is said: en or ru (default: ${lang.ENV_LANG}, else the "
        "system's); JSON is the same in both"
    )
    p.add_argument("--db", type=_store_url, metavar="URL", help=db_help)
    p.add_argument("--lang", metavar="en|ru", help=lang_help)
    common = _Parser(add_help=False)  # so --db and --lang also work after the command
    common.add_argument(
        "--db", type=_store_url, metavar="URL", default=argparse.SUPPRESS, help=db_help
    )
    common.add_argument("--lang", metavar="en|ru", default=argparse.SUPPRESS, help=lang_help)
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, description=help, parents=[common])

    gui = command("gui", "open the window (the default; `c6-explorer F.c6s` opens that file)")
    gui.add_argument("--scenario", type=Path, metavar="F.c6s", help="open this scenario file")
    gui.add_argument(
        "--screenshot", type=Path, metavar="OUT.png", help="render the window to a PNG and exit"
    )
    gui.add_argument(
        "--size", default="1400x900", metavar="WxH", help="window size (default 1400x900)"
    )
    for name, what in (
        ("links", "every link"),
        ("actors", "every actor"),
        ("risks", "the risk taxonomy"),
    ):
        cmd = command(name, f"list {what} of the store's baseline network")
        cmd.add_argument("--json", action="store_true", help="print JSON instead of a table")
        if name == "links":
            cmd.add_argument("--as-of", type=_year, metavar="YEAR", help=AS_OF_HELP)
    an = command("analyze", "evaluate a scenario against the baseline")
    an.add_argument(
        "--scenario", metavar="FILE|NAME", help="a .c6s scenario file, or a stored scenario's name"
    )
    an.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="ID",
        help="switch a link off (repeatable)",
    )
    an.add_argument(
        "--enable", action="append", default=[], metavar="ID", help="switch a link on (repeatable)"
    )
    an.add_argument("--as-of", type=_year, metavar="YEAR", help=AS_OF_HELP)
    an.add_argument(
        "--threshold",
        choices=[d.label for d in Depth if d],
        default=Depth.COORDINATION.label,
        help="count the links that cover a risk at this depth or deeper (default coordination)",
    )
    an.add_argument(
        "--lens",
        choices=[lens.value for lens in Lens],
        default=Lens.ALL.value,
        help="count all mechanisms, only the region's own, or only those with outside powers",
    )
    an.add_argument(
        "--only-own",
        action="store_true",
        help="what if only the region's own mechanisms were left: switch off every link to a "
        "body with outside powers",
    )
    an.add_argument("--json", action="store_true", help="print JSON instead of tables")
    sc = command("scenarios", "list the stored scenarios")
    sc.add_argument("--trash", action="store_true", help="list the scenarios in the trash")
    sc.add_argument("--json", action="store_true", help="print JSON instead of a table")
    hi = command("history", "list every kept version of a stored scenario: who, when, what")
    hi.add_argument("name", metavar="NAME", help="the stored scenario's name")
    hi.add_argument("--json", action="store_true", help="print JSON instead of a table")
    rs = command("restore", "make a kept version of a stored scenario its content again")
    rs.add_argument("name", metavar="NAME", help="the stored scenario's name")
    rs.add_argument(
        "--version", type=_version, required=True, metavar="N", help="the version to restore"
    )
    rs.add_argument("--if-version", type=_version, metavar="N", help=IF_VERSION_HELP)
    ed = command(
        "edit", "switch links of a stored scenario or set its notes, saved as a new version"
    )
    ed.add_argument("name", metavar="NAME", help="the stored scenario's name")
    ed.add_argument(
        "--disable", action="append", default=[], metavar="ID", help="switch a link off"
    )
    ed.add_argument("--enable", action="append", default=[], metavar="ID", help="switch a link on")
    ed.add_argument("--notes", metavar="TEXT", help="replace the scenario's notes")
    ed.add_argument("--if-version", type=_version, metavar="N", help=IF_VERSION_HELP)
    ad = command("admin", "set up a team store on PostgreSQL")
    ad_sub = ad.add_subparsers(dest="admin_command", parser_class=_Parser, required=True)
    ad_sub.add_parser(
        "init-roles",
        parents=[common],
        help="create the roles c6_reader, c6_analyst and c6_curator and their grants "
        "(again: changes nothing)",
    )
    ex = command("export-scenario", "write a stored scenario, with its network, to a .c6s file")
    ex.add_argument("name", metavar="NAME", help="the stored scenario's name")
    ex.add_argument("--out", type=Path, required=True, metavar="F.c6s", help="the file to write")
    im = command("import", "add a .c6s file's scenario to the store as a new scenario")
    im.add_argument("file", type=Path, metavar="F.c6s")
    how = im.add_mutually_exclusive_group()
    how.add_argument(
        "--own-network",
        action="store_true",
        help="keep the file's network as a network of its own instead of merging it",
    )
    how.add_argument(
        "--into",
        metavar="NETWORK",
        help="merge into this stored network (default: the first one, the baseline)",
    )
    inet = command(
        "import-network",
        "add or update actors or links from a CSV file (all rows or none) in a stored network",
    )
    inet.add_argument("file", type=Path, metavar="F.csv")
    inet.add_argument(
        "--into", metavar="NETWORK", help="the stored network (default: the first, the baseline)"
    )
    va = command("validate", "check a .c6s file and print what it holds")
    va.add_argument("file", type=Path, metavar="F.c6s")
    scenario_help = "a .c6s scenario file, or a stored scenario's name (default: the baseline)"
    layout_help = "node placement: radial (default), geographic or force"
    xp = command(
        "export",
        "draw the network (png, svg, pdf) or write it for other tools (graphml, gexf, csv)",
    )
    xp.add_argument("--scenario", metavar="FILE|NAME", help=scenario_help)
    xp.add_argument("--to", type=Path, required=True, metavar="OUT", help="the file to write")
    xp.add_argument(
        "--layout", choices=[k.value for k in Layout], default="radial", help=layout_help
    )
    xp.add_argument("--width", type=int, default=2800, help="PNG width in pixels (default 2800)")
    xp.add_argument(
        "--table",
        choices=[t.value for t in Table],
        default="links",
        help="for .csv: the links table (default), the actors, or the state x risk coverage",
    )
    rp = command("report", "write a briefing report on a scenario (PDF or HTML)")
    rp.add_argument("--scenario", metavar="FILE|NAME", help=scenario_help)
    rp.add_argument("--out", type=Path, required=True, metavar="OUT", help="OUT.pdf or OUT.html")
    rp.add_argument(
        "--layout", choices=[k.value for k in Layout], default="radial", help=layout_help
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    if hasattr(signal, "SIGXFSZ"):  # over a file-size limit: an error to report, not a kill
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    for stream in (sys.stdout, sys.stderr):  # a name in bytes that are not UTF-8 (from argv)
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl-C: what was written is whole (every write is atomic)
        print("c6-explorer: interrupted", file=sys.stderr)
        return 130


def _lang_asked(argv: Sequence[str]) -> str | None:
    """--lang's value, wherever it stands (argparse reads it after checking the rest)."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.removeprefix("--lang=")
    return None


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0].endswith(".c6s"):  # `c6-explorer F.c6s` opens the file
        argv = ["gui", "--scenario", *argv]
    with suppress(ValueError):  # the values argparse checks (--as-of 1850) say it too
        lang.use(lang.choose(_lang_asked(argv)))
    args = build_parser().parse_args(argv)
    try:
        lang.use(lang.choose(args.lang))
    except ValueError as exc:  # --lang fr, or C6_LANG=fr
        print(f"c6-explorer: error: {printable(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.command in (None, "gui"):
            from app.ui.main import run_gui  # Qt only for the window

            return run_gui(
                getattr(args, "screenshot", None),
                getattr(args, "size", "1400x900"),
                args.db,
                getattr(args, "scenario", None),
                args.lang,  # else $C6_LANG, else View › Language as last chosen
            )
        handler = {
            "links": _links,
            "actors": _actors,
            "risks": _risks,
            "analyze": _analyze,
            "scenarios": _scenarios,
            "history": _history,
            "restore": _restore,
            "edit": _edit,
            "admin": _admin,
            "export-scenario": _export,
            "import": _import,
            "validate": _validate,
            "export": _export_network,
            "import-network": _import_network,
            "report": _report,
        }[args.command]
        handler(args)
        return 0
    except BrokenPipeError:  # `c6-explorer links | head`: the reader has all it wants
        _quiet_stdout()
        return 0
    except C6Error as exc:
        print(f"c6-explorer: error: {printable(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:  # an output file that cannot be written, say
        where = f": {exc.filename}" if exc.filename else ""
        print(f"c6-explorer: error: {printable(f'{exc.strerror or exc}{where}')}", file=sys.stderr)
        return EXIT_USAGE


def _quiet_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null, so that flushing it at exit does not
    raise (and print) the same error again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _network(args: argparse.Namespace) -> Network:
    """The store's first network (the baseline it was seeded with)."""
    with open_store(args.db) as store:
        return store.network(store.default_network_id())


def _links(args: argparse.Namespace) -> None:
    net = _network(args)
    if args.as_of is not None:
        net = net.as_of(args.as_of)
    rows = [
        d
        | {
            "enabled": lk.enabled_in_baseline,
            "membership": net.membership_of(lk.id).value,
            "depths": {r: int(v) for r, v in sorted(net.depths(lk.id).items())},
        }
        for lk, d in zip(net.links, network_to_dict(net)["links"], strict=True)
    ]
    if args.as_of is not None:  # a link with no known start year is kept, and said so
        rows = [r | {"year_known": r["since"] is not None} for r in rows]
    columns = ["id", "source", "target", "status", "enabled", "since", "until", "confidence"]
    shown = rows
    if not args.json:  # the table: statuses and confidence in words of the language
        shown = [
            r
            | {
                "status": lang.status_label(lk.status),
                "confidence": lang.confidence_label(lk.confidence),
            }
            for r, lk in zip(rows, net.links, strict=True)
        ]
    _emit(args.json, shown, [*columns, "depths"], {"since": UNKNOWN_YEAR})
    undated = sum(1 for r in rows if r["since"] is None)
    if args.as_of is not None and undated and not args.json:
        print(
            tr(
                "  {n} of these links have no known start year (since {unknown}): "
                "kept as if in force in {year}",
                n=undated,
                unknown=_cell(None, UNKNOWN_YEAR),
                year=args.as_of,
            )
        )


def _actors(args: argparse.Namespace) -> None:
    net = _network(args)
    rows = network_to_dict(net)["actors"]  # JSON: both names, whatever the language
    if not args.json:  # the table: the name in the current language
        rows = [r | {"name": actor_name(a)} for r, a in zip(rows, net.actors, strict=True)]
        if lang.current() is not lang.Lang.EN:  # English keeps the values scripts read
            rows = [
                r
                | {
                    "kind": look.kind_label(a.kind),
                    "membership": lang.membership_label(a.membership) if a.membership else None,
                }
                for r, a in zip(rows, net.actors, strict=True)
            ]
    _emit(args.json, rows, ["id", "kind", "membership", "seat", "name"])


def _risks(args: argparse.Namespace) -> None:
    net = _network(args)
    rows = [
        {"key": r.key, "label": r.label, "label_ru": r.label_ru, "group": r.group.value}
        for r in net.risks
    ]
    if not args.json:
        rows = [
            row | {"label": risk_label(r), "group": lang.group_label(r.group)}
            for row, r in zip(rows, net.risks, strict=True)
        ]
    _emit(args.json, rows, ["key", "group", "label"])


def _scenario(args: argparse.Namespace) -> tuple[Network, Scenario]:
    """--scenario as a .c6s file or a stored scenario's name; the baseline without it."""
    if args.scenario is None:
        return _network(args), Scenario.baseline(lang.baseline_name())
    if args.scenario.endswith(".c6s") or Path(args.scenario).is_file():
        sf = read_scenario_file(Path(args.scenario))
        return sf.network, sf.scenario
    with open_store(args.db) as store:
        scenario, network = store.load(store.scenario_id(args.scenario))
    return network, scenario


def _analyze(args: argparse.Namespace) -> None:
    network, scenario = _scenario(args)
    if args.scenario is None:
        scenario = Scenario.baseline(COMMAND_LINE)
    session = Session(network, scenario)
    if args.as_of is not None:
        session.set_year(args.as_of)
    session.set_criteria(Criteria(Depth[args.threshold.upper()], Lens(args.lens)))
    changes = {lid: False for lid in args.disable} | {lid: True for lid in args.enable}
    both = set(args.disable) & set(args.enable)
    if both:
        raise C6Error(f"link '{sorted(both)[0]}' is both enabled and disabled")
    if args.only_own:
        changes = dict.fromkeys(session.outside_links(), False) | changes
    session.set_links(changes)
    big = bool(session.ranking_refused())
    impacts = () if big else session.critical_links()
    if args.json:
        out = evaluation_to_dict(session.evaluation)
        with lang.speaking(lang.Lang.EN):  # one JSON, whatever the language
            left_out = session.left_out()
        out["scenario"] = {
            "name": session.scenario.name,
            "link_states": dict(sorted(session.scenario.link_states.items())),
            "as_of": session.year,
            "only_own": args.only_own,
            "left_out": left_out,
            "year_unknown": list(session.year_unknown()),
        }
        out["diff"] = diff_to_dict(session.diff, session.summary(lang.Lang.EN))  # one JSON
        out["critical_links"] = None if big else impacts_to_list(impacts)
        print(json.dumps(out, indent=2))
    else:
        print("\n".join(map(printable, _analysis_text(session, impacts).split("\n"))))


def _scenarios(args: argparse.Namespace) -> None:
    with open_store(args.db) as store:
        infos = store.scenarios(trash=args.trash)
        unreadable = store.unreadable
    if unreadable:  # the rest is listed; the damaged rows are said, not hidden
        more = f" (and {len(unreadable) - 1} more)" if len(unreadable) > 1 else ""
        print(
            printable(f"c6-explorer: warning: {unreadable[0]}{more}; left out of the list"),
            file=sys.stderr,
        )
    rows = [
        {
            "name": i.name,
            "network": i.network_name,
            "switched": i.switched,
            "created": i.created.isoformat(),
            "modified": i.modified.isoformat(),
            "version": i.version,
            "saved_by": i.saved_by,
        }
        | ({"deleted": i.deleted_at.isoformat()} if i.deleted_at else {})
        for i in infos
    ]
    columns = ["name", "switched", "version", "saved_by", "modified", "network"]
    columns += ["deleted"] if args.trash else []
    if not rows and not args.json:
        print(tr("The trash is empty.") if args.trash else tr("No scenarios in the store."))
        return
    _emit(args.json, rows, columns)


def _history(args: argparse.Namespace) -> None:
    with open_store(args.db) as store:
        versions = store.history(store.scenario_id(args.name))
    rows = [
        {
            "version": v.version,
            "saved_by": v.saved_by,
            "saved_at": v.saved_at.isoformat(),
            "action": v.action,
            "name": v.name,
            "switched": len(v.states),
            "link_states": dict(v.states),
            "changes": dict(v.changes),
            "notes": v.notes,
            "notes_changed": v.notes_changed,
        }
        for v in versions
    ]
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    for row, v in zip(rows, versions, strict=True):
        row["saved_at"] = f"{v.saved_at:%Y-%m-%d %H:%M:%S}"
        said = [f"{k} {_text_of(on)}" for k, on in v.changes.items()]
        row["changes"] = _few(said + ([tr("notes edited")] if v.notes_changed else []))
        row["action"] = action_words(v.action)
    _emit(False, rows, ["version", "saved_at", "saved_by", "switched", "action", "changes"])


def _restore(args: argparse.Namespace) -> None:
    with open_store(args.db) as store:
        scenario_id = store.scenario_id(args.name)
        new = store.restore_version(scenario_id, args.version, if_version=args.if_version)
        name = store.load(scenario_id)[0].name
    print(
        printable(
            tr(
                "restored version {version} of '{name}' as version {new}",
                version=args.version,
                name=name,
                new=new,
            )
        )
    )


def _edit(args: argparse.Namespace) -> None:
    """Read, change and save one stored scenario; prints the new version (for scripts)."""
    if not (args.disable or args.enable or args.notes is not None):
        raise C6Error("nothing to change: give --disable ID, --enable ID or --notes TEXT")
    both = set(args.disable) & set(args.enable)
    if both:
        raise C6Error(f"link '{sorted(both)[0]}' is both enabled and disabled")
    with open_store(args.db) as store:
        scenario_id = store.scenario_id(args.name)
        scenario, network, version = store.load_versioned(scenario_id)
        session = Session(network, scenario)
        session.set_links({lid: False for lid in args.disable} | dict.fromkeys(args.enable, True))
        if args.notes is not None:
            session.set_notes(args.notes)
        edited = replace(session.scenario, modified=datetime.now(UTC).replace(microsecond=0))
        # Without --if-version, the version just read: a save between the read and the
        # write is still someone else's, and still refused.
        since = version if args.if_version is None else args.if_version
        if session.scenario == scenario and since == version:  # nothing to save
            print(version)
            return
        try:
            switched = edited.link_states != scenario.link_states
            noted = edited.notes != scenario.notes
            # what the history (and a teammate's window) says it did
            did = {(True, False): "links switched", (False, True): "notes edited"}
            action = did.get((switched, noted), "saved")
            new = store.save_scenario(scenario_id, edited, if_version=since, action=action)
        except ConflictError as exc:
            if args.if_version is not None:
                raise
            said = str(exc).replace(  # the version is the one this command read
                f"since you opened version {since}", f"since this command read version {since}"
            )
            raise ConflictError(
                f"{said}; run it again to edit version {exc.version}",
                version=exc.version,
                saved_by=exc.saved_by,
                saved_at=exc.saved_at,
                deleted=exc.deleted,
            ) from None
    print(new)


def _admin(args: argparse.Namespace) -> None:
    with open_store(args.db) as store:
        store.init_roles()
        where = store.where
    print(
        printable(
            f"{where}: roles c6_reader, c6_analyst and c6_curator are set up; grant one to "
            "each login, e.g. GRANT c6_analyst TO alice;"
        )
    )


def _export(args: argparse.Namespace) -> None:
    out: Path = args.out
    if out.suffix.lower() != ".c6s" and not in_place(out):
        raise C6Error(f"cannot export a scenario to '{out.name}': name it NAME.c6s")
    with open_store(args.db) as store:
        sf = export_scenario(store, args.name, args.out)
    _wrote(args.out, tr("wrote {path}: {what}", path=args.out, what=describe_file(sf)))


def _import(args: argparse.Namespace) -> None:
    choice = NetworkChoice.OWN if args.own_network else NetworkChoice.MERGE
    with open_store(args.db) as store:
        done = import_scenario(store, args.file, choice, args.into)
    line = tr(
        "imported '{name}' over network '{network}'", name=done.name, network=done.network_name
    )
    if done.network_added:
        line += tr(" (stored as a new network)")
    elif done.merged.added:
        m = done.merged
        line += tr(
            " (merged in {actors} actors, {links} links, {risks} risks)",
            actors=len(m.actors),
            links=len(m.links),
            risks=len(m.risks),
        )
    print(printable(line))


def _placed(args: argparse.Namespace) -> tuple[Network, Scenario, dict[str, tuple[float, float]]]:
    network, scenario = _scenario(args)
    positions = merged(layout(network, Layout(args.layout)), scenario.positions)
    return network, scenario, positions


def _export_network(args: argparse.Namespace) -> None:
    """The same files as the window's File > Export menu."""
    out: Path = args.to
    suffix = out.suffix.lower()
    if suffix not in PICTURE_FORMATS + NETWORK_FORMATS:
        formats = ", ".join(PICTURE_FORMATS + NETWORK_FORMATS)
        raise C6Error(f"cannot export to '{out.name}': use {formats}")
    network, scenario, positions = _placed(args)
    if suffix in PICTURE_FORMATS:
        from app.ui.picture import write_network_picture  # Qt only for pictures

        write_network_picture(out, network, scenario, positions, args.width)
    else:
        table = Table(args.table)
        ev = evaluate(network, scenario) if table is Table.COVERAGE else None
        export_network(out, network, scenario, positions, ev, table)
    _wrote(out, str(out))


def _import_network(args: argparse.Namespace) -> None:
    """The same checks and the same all-or-nothing write as the window's import."""
    path: Path = args.file
    with open_store(args.db) as store:
        network_id = store.network_id(args.into) if args.into else store.default_network_id()
        network, version = store.network_versioned(network_id)
        plan = plan_import(network, path)
        if plan.result is None:
            raise C6Error(
                tr(
                    "{path}: {problem}; nothing was written",
                    path=path,
                    problem=plan.first_problem(),
                )
            )
        # Planned on this version: an edit someone saved since is refused, not undone.
        store.replace_network(network_id, plan.result, if_version=version)
        n = plan.counts()
        print(
            printable(
                tr(
                    "{file}: {what}: {add} added, {change} changed, {same} unchanged, "
                    "into '{network}'",
                    file=path.name,
                    what=plan.what,
                    add=n["add"],
                    change=n["change"],
                    same=n["same"],
                    network=plan.result.name,
                )
            )
        )


def _report(args: argparse.Namespace) -> None:
    network, scenario, positions = _placed(args)
    write_report(args.out, briefing(network, scenario, positions))
    _wrote(args.out, str(args.out))


def _wrote(out: Path, line: str) -> None:
    """Say what was written: on stderr when the file was the standard output itself
    (`--out /dev/stdout > file`), so that the line does not become part of the file."""
    try:
        to_stdout = os.path.samestat(os.stat(out), os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError):
        to_stdout = False
    print(printable(line), file=sys.stderr if to_stdout else sys.stdout)


def _validate(args: argparse.Namespace) -> None:
    print(printable(tr("ok: {what}", what=describe_file(read_scenario_file(args.file)))))


def _analysis_text(session: Session, impacts: tuple[LinkImpact, ...]) -> str:
    ev, d = session.evaluation, session.diff
    cov = ev.coverage
    at = at_words(cov.criteria)
    none = tr("none")
    seen = tr(" (the network as of {year})", year=session.year) if session.year is not None else ""
    name = session.scenario.name
    name = tr("Command line") if name == COMMAND_LINE else name  # the name this command gave
    lines = [tr("Scenario: {name}{seen}", name=name, seen=seen)]
    lines.append(tr("  counted: links {at}, {lens}", at=at, lens=lens_words(cov.criteria.lens)))
    lines.append(tr("  switched on:  ") + (", ".join(d.switched_on) or none))
    lines.append(tr("  switched off: ") + (", ".join(d.switched_off) or none))
    if left_out := session.left_out():
        said = "; ".join(f"{lid}: {why}" for lid, why in left_out.items())
        lines.append(tr("  switches left out: {said}", said=said))
    if undated := session.year_unknown():
        lines.append(
            tr(
                "  year unknown, counted as in force in {year}: {links}",
                year=session.year,
                links=_few(list(undated)),
            )
        )
    groups = ev.cohesion.groups
    lines += ["", tr("How the states hang together ({at})", at=at)]
    if len(groups) == 1:
        lines.append(tr("  one group: {states}", states=_few(groups[0])))
    else:
        lines.append(
            "  "
            + counted(len(groups), ("group", "groups"), ("группа", "группы", "групп"))
            + ": "
            + " | ".join(_few(g) for g in groups[:LIST])
        )
    weakest = ev.cohesion.weakest
    if weakest is not None:
        pairs = [f"{p.a}-{p.b}" for p in ev.cohesion.pairs if p.count == weakest.count]
        lines.append(
            tr("  weakest pairs ({n} shared): {pairs}", n=weakest.count, pairs=_few(pairs))
        )
    own, covered = cov.self_reliance
    lines.append(tr("  self-reliance: {line}", line=self_reliance_line(own, covered, at)))
    if unclassed := session.view.unclassed():
        lines.append(
            tr(
                "  ({n} bodies have no membership class and count as mechanisms "
                "with outside powers)",
                n=len(unclassed),
            )
        )
    skipped = ev.connectivity.skipped
    if skipped:
        lines.append(
            tr("  not computed above {n} actors: ", n=f"{PATH_METRICS_MAX_ACTORS:,}")
            + ", ".join(k.replace("_", " ") for k in skipped)
        )
    lines += ["", tr("Figures")]
    lines += _table(
        [tr("figure"), tr("baseline"), tr("scenario"), tr("change")],
        [[m.said, number(m.before), number(m.after), signed(m.delta)] for m in d.metrics],
    )
    c = ev.connectivity
    lines.append(tr("  cut actors: ") + (_few(c.articulation_points) or none))
    lines.append(tr("  bridge links: ") + (_few(["-".join(b) for b in c.bridges]) or none))
    lines += [
        "",
        tr(
            "Risk coverage: links {at} per state and risk, then the deepest cover "
            "(o operational, c coordination, d declaratory, - none)",
            at=at,
        ),
    ]
    changed = {(x.state, x.risk): x.before for x in d.cells}
    rows = []
    for s in cov.states:
        cells = []
        for r in cov.risks:
            cell = f"{cov.matrix[s][r]}{lang.depth_mark(cov.depth[s][r])}"
            cells.append(f"{cell}({changed[(s, r)]})" if (s, r) in changed else cell)
        rows.append([s, *cells])
    lines += _table([tr("state"), *cov.risks], rows)
    lines.append(tr("  (n) = baseline count where the scenario differs; 0 = gap, 1 = single point"))
    lines.append(tr("  gaps: ") + (_few([f"{s}/{r}" for s, r in cov.gaps]) or none))
    via = tr("via")
    lines.append(
        tr("  single points of failure: ")
        + (_few([f"{s}/{r} {via} {lk}" for s, r, lk in cov.single_points]) or none)
    )
    summary = session.summary()
    lines += (
        ["", tr("What changes")] + [f"  - {s}" for s in summary]
        if summary
        else ["", tr("What changes: nothing")]
    )
    if refused := session.ranking_refused():
        lines += ["", tr("Most critical links: {why}", why=refused)]
        return "\n".join(lines)
    top = list(impacts[:TOP_CRITICAL])
    lines += [
        "",
        tr("Most critical links (switched off alone; equal costs share a rank, = a tie)"),
    ]
    ranks = rank_labels(impacts)
    lines += _table(
        [
            tr("rank"),
            tr("link"),
            tr("new gaps"),
            tr("new single points"),
            tr("cover lost"),
            tr("efficiency loss"),
        ],
        [
            [
                ranks[imp.link_id],
                imp.link_id,
                str(len(imp.new_gaps)),
                str(len(imp.new_single_points)),
                str(imp.cover_lost),
                lang.decimal(f"{imp.efficiency_loss:.4f}"),
            ]
            for imp in top
        ],
    )
    if more := tied_beyond(impacts, len(top)):
        lines.append(f"  {more}")
    return "\n".join(lines)


LIST = 40  # items a text line names before it says how many more (--json has them all)


def _few(items: Sequence[str]) -> str:
    """Items joined with commas, at most LIST of them, then 'and 1,234 more'."""
    shown = ", ".join(items[:LIST])
    return shown + (f" and {len(items) - LIST:,} more" if len(items) > LIST else "")


def _emit(
    as_json: bool,
    rows: list[dict[str, Any]],
    columns: list[str],
    empty: dict[str, str] | None = None,
) -> None:
    """Rows as JSON, or as a table of `columns` (`empty` names what a column's None means)."""
    if as_json:
        print(json.dumps(rows, indent=2))
        return
    said = empty or {}
    cells = [[_cell(r[c], said.get(c)) for c in columns] for r in rows]
    print("\n".join(_table([_header(c) for c in columns], cells)))


def _header(column: str) -> str:
    """A text table's column heading in the current language (JSON keeps the key)."""
    return {
        "id": tr("id"),
        "source": tr("source"),
        "target": tr("target"),
        "status": tr("status"),
        "enabled": tr("enabled"),
        "since": tr("since"),
        "until": tr("until"),
        "confidence": tr("confidence"),
        "depths": tr("depths"),
        "kind": tr("kind"),
        "membership": tr("membership"),
        "seat": tr("seat"),
        "name": tr("name"),
        "key": tr("key"),
        "group": tr("group"),
        "label": tr("label"),
        "switched": tr("switched"),
        "version": tr("version"),
        "saved_by": tr("saved_by"),
        "saved_at": tr("saved_at"),
        "modified": tr("modified"),
        "network": tr("network"),
        "deleted": tr("deleted"),
        "action": tr("action"),
        "changes": tr("changes"),
    }.get(column, column)


def _cell(value: Any, empty: str | None = None) -> str:
    """A table cell; `empty` is what None means in this column."""
    if value is None and empty is not None:
        return tr("unknown") if empty == UNKNOWN_YEAR else empty
    return printable(_text_of(value))


def _text_of(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return tr("on") if value else tr("off")
    if isinstance(value, list):
        return ",".join(map(str, value)) or "-"
    if isinstance(value, dict):
        return " ".join(f"{k}:{v}" for k, v in value.items()) or "-"
    return str(value)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
    fmt = "  " + "  ".join(f"{{:<{w}}}" for w in widths)
    lines = [header, ["-" * w for w in widths], *rows]
    return [fmt.format(*r).rstrip() for r in lines]
