"""Hostile input and faults through the command line, as a user or another program meets
them: full disks, file-size limits, planted links, devices and pipes as targets, damaged
and locked stores, hostile text and CSV. Each case ends in exit status 2 and one line on
stderr (or in correct output), with the store and every existing file byte for byte as
they were and no temporary file left behind."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.files.baseline import RESOURCES

pytestmark = pytest.mark.subprocess

EXAMPLE = RESOURCES / "scenarios" / "cis-track-collapses.c6s"
COMMAND = (sys.executable, "-m", "app")
WRITERS = ("out.png", "out.svg", "out.pdf", "out.graphml", "out.gexf", "out.csv")


def run(
    *args: str,
    db: Path | None = None,
    fsize: int | None = None,
    timeout: float = 120,
    env: dict[str, str | None] | None = None,
) -> subprocess.CompletedProcess[str]:
    """The command line in a child process; `env` adds variables (None removes one)."""
    changes: dict[str, str | None] = {"QT_QPA_PLATFORM": "offscreen", **(env or {})}
    if db is not None:
        changes["C6_DB"] = str(db)
    environ = {k: v for k, v in {**os.environ, **changes}.items() if v is not None}

    def limit() -> None:
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=timeout,
        preexec_fn=limit,
    )


def refused(proc: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 2 and exactly one line on stderr that says `words`."""
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-500:])
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("c6-explorer")
    assert ": error: " in proc.stderr.split("\n")[0]
    assert "Traceback" not in proc.stderr
    for word in words:
        assert word in proc.stderr, proc.stderr


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or ".part" in p.name)


# ---- writers: a full disk or a file-size limit never replaces a good file


@pytest.mark.parametrize("name", WRITERS)
def test_a_file_size_limit_leaves_the_old_file_and_no_temporary(tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    out.write_bytes(b"the good old file")
    proc = run("export", "--scenario", str(EXAMPLE), "--to", str(out), fsize=20_000)
    refused(proc, "File too large", str(out))
    assert out.read_bytes() == b"the good old file"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", [".pdf", ".html"])
def test_a_report_over_the_limit_leaves_the_old_one(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"brief{suffix}"
    out.write_bytes(b"old")
    proc = run("report", "--scenario", str(EXAMPLE), "--out", str(out), fsize=20_000)
    refused(proc, "File too large")
    assert out.read_bytes() == b"old" and leftovers(tmp_path) == []


@contextlib.contextmanager
def small_disk(tmp_path: Path, size: str = "300k") -> Iterator[Path]:
    """A tiny file system of its own (tmpfs), where the system lets us mount one."""
    folder = tmp_path / "small"
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small file system here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_a_full_disk_leaves_every_old_file_and_no_temporary(tmp_path: Path) -> None:
    with small_disk(tmp_path) as disk:
        for name in WRITERS:
            (disk / name).write_bytes(b"kept")
        filler = disk / "filler"
        with contextlib.suppress(OSError), filler.open("wb") as fh:
            fh.write(b"\0" * 400_000)  # fills it
        for name in WRITERS:
            out = disk / name
            proc = run("export", "--scenario", str(EXAMPLE), "--to", str(out))
            refused(proc, "No space left on device", str(out))
            assert out.read_bytes() == b"kept"
        assert leftovers(disk) == []


def test_a_device_is_written_in_place_never_replaced(store_path: Path) -> None:
    null = Path(os.devnull)
    before = null.stat()
    proc = run("export-scenario", "The CIS track collapses", "--out", str(null), db=store_path)
    assert proc.returncode == 0, proc.stderr
    after = null.stat()
    assert (after.st_mode, after.st_rdev, after.st_ino) == (
        before.st_mode,
        before.st_rdev,
        before.st_ino,
    )


def test_a_folder_or_a_pipe_as_the_target_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "x.svg"
    folder.mkdir()
    refused(run("export", "--scenario", str(EXAMPLE), "--to", str(folder)), "not a regular file")
    pipe = tmp_path / "p.graphml"
    os.mkfifo(pipe)
    refused(
        run("export", "--scenario", str(EXAMPLE), "--to", str(pipe), timeout=30),
        "not a regular file",
    )


def test_a_planted_link_cannot_redirect_the_write(tmp_path: Path) -> None:
    """Another user plants links where a writer might put its temporary file: the ones an
    older version used, and a crowd of guesses. Nothing is written through them."""
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"not yours")
    for name in (".out.svg.part", ".out.svg.tmp", ".c6-.tmp", ".out.pdf.part"):
        (tmp_path / name).symlink_to(victim)
    for name in ("out.svg", "out.pdf"):
        proc = run("export", "--scenario", str(EXAMPLE), "--to", str(tmp_path / name))
        assert proc.returncode == 0, proc.stderr
    assert victim.read_bytes() == b"not yours"
    assert (tmp_path / "out.svg").read_bytes().startswith(b"<?xml")


def test_a_link_the_user_made_is_kept_and_its_file_replaced(tmp_path: Path) -> None:
    """`--to latest.svg` where latest.svg is the user's own link to a file in another folder:
    the real file gets the picture, the link stays a link, and the real file keeps its mode."""
    real_dir = tmp_path / "archive"
    real_dir.mkdir()
    real = real_dir / "2026.svg"
    real.write_bytes(b"old")
    real.chmod(0o640)
    link = tmp_path / "latest.svg"
    link.symlink_to(real)
    proc = run("export", "--scenario", str(EXAMPLE), "--to", str(link))
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes().startswith(b"<?xml")
    assert real.stat().st_mode & 0o777 == 0o640
    assert leftovers(real_dir) == [] and leftovers(tmp_path) == []


def test_a_new_file_takes_its_mode_from_the_umask(tmp_path: Path) -> None:
    out = tmp_path / "new.graphml"
    old = os.umask(0o027)
    try:
        proc = run("export", "--scenario", str(EXAMPLE), "--to", str(out))
    finally:
        os.umask(old)
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_mode & 0o777 == 0o640


def test_a_read_only_target_is_refused_and_kept(tmp_path: Path) -> None:
    out = tmp_path / "kept.svg"
    out.write_bytes(b"kept")
    out.chmod(0o444)
    refused(run("export", "--scenario", str(EXAMPLE), "--to", str(out)), "read-only")
    assert out.read_bytes() == b"kept" and leftovers(tmp_path) == []


def test_a_link_to_stdout_is_a_stream_too(tmp_path: Path, store_path: Path) -> None:
    """`export` wants a suffix, so a link is how its output goes to stdout: a log behind it
    is added to, never replaced; the store behind it is refused."""
    link = tmp_path / "out.csv"
    link.symlink_to("/dev/stdout")
    log = tmp_path / "run.log"
    log.write_bytes(b"LOGLINE\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "C6_DB": str(store_path)}
    args = [*COMMAND, "export", "--table", "coverage", "--to", str(link)]
    with log.open("ab") as fh:
        proc = subprocess.run(args, stdout=fh, stderr=subprocess.PIPE, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert log.read_bytes().startswith(b"LOGLINE\nstate,terrorism,")
    before = digest(store_path)
    with store_path.open("ab") as fh:
        proc = subprocess.run(args, stdout=fh, stderr=subprocess.PIPE, env=env, timeout=120)
    assert proc.returncode == 2 and b"that is the open store" in proc.stderr
    assert digest(store_path) == before


def test_stdout_redirected_to_a_log_is_added_to(tmp_path: Path, store_path: Path) -> None:
    """`--to /dev/stdout >> log`: the log is a regular file behind a device name; the output
    is added to it, never put in its place."""
    log = tmp_path / "run.log"
    log.write_bytes(b"earlier lines\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with log.open("ab") as fh:
        proc = subprocess.run(
            [*COMMAND, "export-scenario", "The CIS track collapses", "--out", "/dev/stdout"],
            stdout=fh,
            stderr=subprocess.PIPE,
            env={**env, "C6_DB": str(store_path)},
            timeout=120,
        )
    assert proc.returncode == 0, proc.stderr
    data = log.read_bytes()
    assert data.startswith(b"earlier lines\n{") and json.loads(data[14:])["format"]
    assert proc.stderr.startswith(b"wrote /dev/stdout: ")


def test_only_streams_and_devices_are_written_in_place(tmp_path: Path) -> None:
    """/dev/shm is a folder of ordinary files: a file there is replaced whole like any
    other (never appended to), and a FIFO there is refused, not waited on."""
    shm = Path("/dev/shm")
    if not shm.is_dir():
        pytest.skip("no /dev/shm here")
    folder = Path(tempfile.mkdtemp(dir=shm))
    try:
        kept = folder / "out.graphml"
        kept.write_bytes(b"old")
        proc = run("export", "--scenario", str(EXAMPLE), "--to", str(kept))
        assert proc.returncode == 0, proc.stderr
        assert kept.read_bytes().startswith(b"<?xml")
        fifo = folder / "fifo.graphml"
        os.mkfifo(fifo)
        refused(
            run("export", "--scenario", str(EXAMPLE), "--to", str(fifo), timeout=30),
            "not a regular file",
        )
        assert sorted(p.name for p in folder.iterdir()) == ["fifo.graphml", "out.graphml"]
    finally:
        shutil.rmtree(folder)


def test_concurrent_exports_to_one_file_all_succeed_whole(tmp_path: Path) -> None:
    out = tmp_path / "same.svg"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "app", "export", "--scenario", str(EXAMPLE), "--to", str(out)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        for _ in range(4)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<?xml") and text.rstrip().endswith("</svg>")
    assert leftovers(tmp_path) == []


def test_a_name_of_255_bytes_is_written(tmp_path: Path) -> None:
    out = tmp_path / ("n" * 251 + ".svg")
    proc = run("export", "--scenario", str(EXAMPLE), "--to", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 0


# ---- reading: bounded, never blocked


def test_a_device_or_a_pipe_to_read_is_refused_at_once(tmp_path: Path) -> None:
    refused(run("validate", "/dev/zero", timeout=30), "not a regular file")
    pipe = tmp_path / "pipe.c6s"
    os.mkfifo(pipe)
    refused(run("validate", str(pipe), timeout=30), "not a regular file")
    refused(run("import-network", str(pipe), timeout=30), "not a regular file")


def test_a_closed_pipe_ends_quietly(store_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "C6_DB": str(store_path)}
    cmd = f"'{sys.executable}' -m app links --json | head -c 10 > /dev/null"
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0 and done.stderr == ""


def test_analyze_on_a_big_network_ends_and_says_what_it_left_out(tmp_path: Path) -> None:
    """8,000 actors: the cheap figures come, the path figures and the ranking are named as
    left out (each costs all-pairs shortest paths, per link for the ranking)."""
    from app.domain import Scenario
    from app.files.scenario_file import write_scenario_file
    from tests.bench.synthetic import synthetic_network

    big = tmp_path / "big.c6s"
    write_scenario_file(big, Scenario("Big"), synthetic_network(8000, seed=5))
    proc = run("analyze", "--scenario", str(big), timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "not computed above 2,000 actors: average shortest path" in proc.stdout
    assert "Most critical links: not ranked above 400 actors" in proc.stdout
    doc = json.loads(run("analyze", "--scenario", str(big), "--json", timeout=300).stdout)
    assert doc["critical_links"] is None
    assert doc["connectivity"]["skipped"] and doc["connectivity"]["components"] >= 1
    out = tmp_path / "big.svg"  # the force layout weighs every pair of actors at each step
    refused(
        run("export", "--scenario", str(big), "--layout", "force", "--to", str(out)),
        "force layout is drawn for networks of up to 1,500 actors (this one has 8,000)",
    )
    assert not out.exists()


# ---- hostile text


def _with(doc: dict[str, object], **changes: object) -> bytes:
    out = json.loads(json.dumps(doc))
    for path, value in changes.items():
        node = out
        *parents, last = path.split("__")
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        node[int(last) if last.isdigit() else last] = value
    return json.dumps(out).encode()


EXAMPLE_DOC = json.loads(EXAMPLE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"network__actors__7__name": "SCO\ud800"}, "network.actors[7].name: character U+D800"),
        ({"network__actors__7__name": "S\x00CO"}, "network.actors[7].name: character U+0000"),
        ({"network__links__3__note": "a\x1b[31m"}, "network.links[3].note: character U+001B"),
        ({"scenario__name": "a\nb"}, "scenario.name: character U+000A"),
        ({"scenario__name": "x\ufffe"}, "scenario.name: character U+FFFE"),
        ({"network__links__3__id": "L" * 65}, "an id of 65 characters is longer than 64"),
        ({"network__actors__7__sources": ["ok", "bad\x07"]}, "sources[1]: character U+0007"),
        ({"network__actors__7__id": "SCO\u200b"}, "character U+200B at position 4"),
        ({"network__links__3__since": 2250}, "expected a year from 1900 to 2200, found 2250"),
        ({"version": 3.0}, "version 3.0 is not supported (this app reads 1, 2, 3, 4)"),
        ({"version": True}, "version True is not supported (this app reads 1, 2, 3, 4)"),
        ({"scenario__created": "0001-01-01T00:00:00+01:00"}, "created: '0001-01-01T00:00:00"),
        ({"scenario__link_states": {"evil\x1b[2J": 1}}, "link_states['evil\\x1b[2J']"),
    ],
)
def test_hostile_text_in_a_file_is_one_line(
    tmp_path: Path, changes: dict[str, object], message: str
) -> None:
    path = tmp_path / "hostile.c6s"
    path.write_bytes(_with(EXAMPLE_DOC, **changes))
    refused(run("validate", str(path)), message)
    refused(run("report", "--scenario", str(path), "--out", str(tmp_path / "r.pdf")), message)
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('"since": 2001', '"since": 1' + "0" * 5000, "digits is more than any value needs"),
        ('"format": "c6-scenario"', '"format": "c6-scenario", "format": "x"', "appears twice"),
    ],
    ids=["5000-digit-number", "duplicate-key"],
)
def test_hostile_json_is_one_line(tmp_path: Path, old: str, new: str, message: str) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "hostile.c6s"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    refused(run("validate", str(path)), message)
    refused(run("analyze", "--scenario", str(path)), message)


def test_a_byte_order_mark_is_passed_over(tmp_path: Path) -> None:
    path = tmp_path / "bom.c6s"
    path.write_bytes(b"\xef\xbb\xbf" + EXAMPLE.read_bytes())
    assert run("validate", str(path)).returncode == 0


def test_a_time_out_of_range_is_refused_before_the_store(tmp_path: Path, store_path: Path) -> None:
    """A file time that is valid where it was written but not in UTC: refused when read,
    never as a database error quoting SQL."""
    path = tmp_path / "early.c6s"
    path.write_bytes(_with(EXAMPLE_DOC, scenario__created="0001-01-01T00:00:00+01:00"))
    before = digest(store_path)
    for proc in (run("validate", str(path)), run("import", str(path), db=store_path)):
        refused(proc, "is out of range")
        assert "SQL" not in proc.stderr
    assert digest(store_path) == before


def test_a_long_name_imported_twice_is_numbered_within_the_limit(
    tmp_path: Path, store_path: Path
) -> None:
    path = tmp_path / "long.c6s"
    path.write_bytes(_with(EXAMPLE_DOC, scenario__name="N" * 200))
    for _ in range(3):
        proc = run("import", str(path), db=store_path)
        assert proc.returncode == 0, proc.stderr
    names = [r["name"] for r in json.loads(run("scenarios", "--json", db=store_path).stdout)]
    long = sorted(n for n in names if n.startswith("NNNN"))
    assert long == ["N" * 196 + " (2)", "N" * 196 + " (3)", "N" * 200]


def test_an_empty_store_variable_is_refused() -> None:
    refused(run("scenarios", env={"C6_DB": ""}), "$C6_DB is set but empty")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("links", "--as-of", "-5"), "year '-5' is not a year such as 2018"),
        (("links", "--as-of", "2201"), "expected a year from 1900 to 2200, found 2201"),
        (("links", "--db", ""), "give a store's file path or database URL"),
        (("links", "--db", "sqlite:////tmp/c6-x.sqlite?timeout=abc"), "store /tmp/c6-x.sqlite"),
        (("analyze", "--scenario", os.fsdecode(b"x\xff\xfe")), "no scenario named 'x\\udcff"),
        (("validate", "/tmp/no-such\x1b[2J.c6s"), "no-such\\x1b[2J.c6s"),
    ],
    ids=["negative-year", "huge-year", "empty-db", "bad-url-option", "not-utf8", "escape"],
)
def test_hostile_arguments_are_one_line(
    store_path: Path, args: tuple[str, ...], message: str
) -> None:
    proc = run(*args, db=store_path)
    refused(proc, message)
    assert "\x1b" not in proc.stderr


def test_text_that_would_drive_the_terminal_never_reaches_it(
    tmp_path: Path, store_path: Path
) -> None:
    """A right-to-left override makes a terminal (and a window) show other text than there
    is: refused in names (a stored one is damage), and escaped in a path echoed back."""
    _damage(store_path, "UPDATE actors SET name = 'SCO' || char(8238) || 'evil' WHERE key = 'SCO'")
    proc = run("actors", db=store_path)
    refused(proc, "is damaged", "character U+202E at position 4")
    assert "\u202e" not in proc.stdout + proc.stderr
    path = tmp_path / "evil\u202etxt.c6s"
    proc = run("validate", str(path))
    refused(proc, "evil\\u202etxt.c6s")
    assert "\u202e" not in proc.stderr


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def test_ctrl_c_ends_in_one_line(tmp_path: Path) -> None:
    from app.domain import Scenario
    from app.files.scenario_file import write_scenario_file
    from tests.bench.synthetic import synthetic_network

    big = tmp_path / "big.c6s"
    write_scenario_file(big, Scenario("Big"), synthetic_network(1900, seed=5))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [*COMMAND, "analyze", "--scenario", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    deadline = time.monotonic() + 60
    while _cpu_seconds(proc.pid) < 3:  # well into the work (about 20 s of it), not the imports
        assert proc.poll() is None and time.monotonic() < deadline, "ended before Ctrl-C"
        time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and err == "c6-explorer: interrupted\n", err


def test_a_journal_store_another_program_writes_is_still_read(store_path: Path) -> None:
    """A store copied or restored without its WAL setting, while another program holds a
    write: reads wait only a moment for the switch to WAL, then read it as it is."""
    conn = sqlite3.connect(store_path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    holder = sqlite3.connect(store_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        proc = run("scenarios", "--json", db=store_path)
        assert proc.returncode == 0 and len(json.loads(proc.stdout)) >= 5, proc.stderr
        mode = holder.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "delete"  # read as it was, not switched under the writer
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert run("scenarios", db=store_path).returncode == 0  # free now: switched to WAL
    conn = sqlite3.connect(store_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_a_backup_that_cannot_be_made_leaves_nothing(tmp_path: Path) -> None:
    """An old store the upgrade must copy first, under a file-size limit the copy breaks:
    one line each time, the store as it was, and no cut copy that looks like a backup."""
    old = tmp_path / "old.sqlite"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "store-schema-0002.sqlite", old)
    before = digest(old)
    for _ in range(3):
        refused(run("scenarios", db=old, fsize=20_000), "needs an upgrade", "nothing was changed")
    assert digest(old) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.sqlite"]


def test_a_failing_upgrade_leaves_no_copies_behind(store_path: Path) -> None:
    """A store that claims an old schema but already has the new columns: each try fails
    in one line, and no backup piles up beside it."""
    _damage(store_path, "UPDATE alembic_version SET version_num = '0001'")
    before = digest(store_path)
    for _ in range(3):
        refused(run("scenarios", db=store_path), "duplicate column name")
    assert digest(store_path) == before
    assert sorted(p.name for p in store_path.parent.glob("*.bak")) == []


def test_dollars_in_names_are_text_not_mathematics(tmp_path: Path) -> None:
    path = tmp_path / "dollars.c6s"
    path.write_bytes(_with(EXAMPLE_DOC, scenario__name="Costs $5 and $10"))
    for out in (tmp_path / "r.pdf", tmp_path / "r.html"):
        proc = run("report", "--scenario", str(path), "--out", str(out))
        assert proc.returncode == 0, proc.stderr
    from pypdf import PdfReader

    first = PdfReader(tmp_path / "r.pdf").pages[0].extract_text()
    assert "Costs $5 and $10" in first


# ---- CSV


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id,name,kind,seat\nSCO,SCO,body\n", "row 2: fewer cells than columns"),
        ("id,name,kind,name\nX,A,body,B\n", "the header names name more than once"),
        ("id,source,target,status,since\nKAZ:X,KAZ,UN,member,²⁰¹⁸\n", "is not a year"),
        ("id,source,target,status,since\nKAZ:X,KAZ,UN,member," + "9" * 5000 + "\n", "not a year"),
        ("id,name,kind,lat,lon\nX,X,body,１２,3\n", "lat '１２' is not a number"),
        ("id,name,kind\n" + "L" * 65 + ",X,body\n", "id: 65 characters is more than 64"),
        ("id,name,kind,description\nX,X,body," + "d" * 140_000 + "\n", "field larger than"),
        ("id,name,kind\nX,A\x01B,body\n", "name: character U+0001"),
    ],
    ids=[
        "ragged",
        "doubled-header",
        "superscript-year",
        "5000-digit-year",
        "fullwidth-digits",
        "long-id",
        "huge-cell",
        "control-character",
    ],
)
def test_hostile_csv_is_refused_and_the_store_kept(
    tmp_path: Path, store_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "in.csv"
    path.write_text(text, encoding="utf-8")
    before = digest(store_path)
    refused(run("import-network", str(path), db=store_path), message)
    assert digest(store_path) == before


def test_formula_cells_are_defused_on_export_and_restored_on_import(
    tmp_path: Path, store_path: Path
) -> None:
    path = tmp_path / "in.csv"
    path.write_text(
        'id,name,kind,description\nEVIL,"=HYPERLINK(""http://x"")",body,"@SUM(A1)"\n',
        encoding="utf-8",
    )
    proc = run("import-network", str(path), db=store_path)
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "actors.csv"
    proc = run("export", "--table", "actors", "--to", str(out), db=store_path)
    assert proc.returncode == 0, proc.stderr
    with out.open(encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh) if r["id"] == "EVIL")
    assert row["name"] == '\'=HYPERLINK("http://x")' and row["description"] == "'@SUM(A1)"
    with out.open(encoding="utf-8", newline="") as fh:  # no cell of any row runs as a formula
        cells = [c for r in csv.reader(fh) for c in r]
    assert not [
        c for c in cells if c.startswith(("=", "+", "@")) or (c.startswith("-") and not _number(c))
    ]
    again = run("import-network", str(out), db=store_path)
    assert again.returncode == 0 and " 0 changed" in again.stdout  # the round trip is exact


# ---- the store


def _damage(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("UPDATE links SET status = 'bogus' WHERE key = 'KAZ:SCO'", "'bogus' is not a valid"),
        ("UPDATE actors SET sources = '[oops' WHERE key = 'SCO'", "is damaged: network 1"),
        ("UPDATE links SET grades = '[{\"risk\": \"drugs\"}]' WHERE key = 'KAZ:SCO'", "damaged"),
        ("UPDATE actors SET lat = 'abc' WHERE key = 'SCO'", "lat: expected a number"),
        ("UPDATE actors SET lat = 9e999 WHERE key = 'SCO'", "found inf"),
        ("UPDATE links SET since = 'abc' WHERE key = 'KAZ:SCO'", "since: expected a year"),
        ("UPDATE links SET since = 9223372036854775807 WHERE key = 'KAZ:SCO'", "expected a year"),
        ("UPDATE actors SET sources = '{\"a\": 1}' WHERE key = 'SCO'", "expected a list"),
        ("UPDATE actors SET sources = '" + "[" * 100_000 + "' WHERE key = 'SCO'", "too deeply"),
        ("UPDATE actors SET name = X'414243' WHERE key = 'SCO'", "expected text, found bytes"),
        ("UPDATE networks SET created = 'zz'", "Invalid isoformat string: 'zz'"),
        ("UPDATE actors SET lon = NULL WHERE key = 'SCO'", "give both latitude and longitude"),
        ("UPDATE actors SET sources = '[' || printf('%.5000c', '7') || ']'", "5,000 digits"),
    ],
    ids=[
        "bad-status",
        "bad-json",
        "grade-without-depth",
        "text-latitude",
        "infinite-latitude",
        "text-year",
        "huge-year",
        "object-for-list",
        "deep-nesting",
        "bytes-for-name",
        "network-time",
        "half-coordinates",
        "5000-digit-json",
    ],
)
def test_a_damaged_row_is_one_line(store_path: Path, sql: str, message: str) -> None:
    _damage(store_path, sql)
    before = digest(store_path)
    refused(run("links", db=store_path), "is damaged", message)
    refused(run("analyze", db=store_path), "is damaged")
    assert digest(store_path) == before


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("UPDATE scenarios SET created = 'garbage'", "Invalid isoformat string"),
        ("UPDATE scenarios SET modified = '2020-13-45 99:99:99'", "month must be in 1..12"),
        (
            "INSERT OR REPLACE INTO scenario_link_states SELECT id, 'KAZ:CIS', 'maybe' "
            "FROM scenarios",
            "expected on or off",
        ),
        (
            "INSERT INTO scenario_positions SELECT id, 'NOPE', 1.0, 2.0 FROM scenarios",
            "unknown actor 'NOPE'",
        ),
        (
            "INSERT INTO scenario_positions SELECT id, 'KAZ', 5e9, 0.0 FROM scenarios",
            "numbers from -1,000,000 to 1,000,000, found (5000000000.0, 0.0)",
        ),
    ],
    ids=["garbage-time", "impossible-time", "maybe-on", "unknown-actor", "far-position"],
)
def test_a_damaged_scenario_row_is_one_line(
    tmp_path: Path, store_path: Path, sql: str, message: str
) -> None:
    """Stored scenarios with a damaged row: listing them, analysing or exporting one and
    the window each say so in one line, and nothing is exported that would not read back."""
    _damage(store_path, sql)
    before = digest(store_path)
    name = "The CIS track collapses"
    out = tmp_path / "out.c6s"
    if "scenarios SET" in sql:  # every row is damaged: none listed, and said so
        proc = run("scenarios", "--json", db=store_path)
        assert proc.returncode == 0 and json.loads(proc.stdout) == []
        assert proc.stderr.count("\n") == 1 and "warning" in proc.stderr and message in proc.stderr
    refused(run("analyze", "--scenario", name, db=store_path), "is damaged", message)
    refused(run("export-scenario", name, "--out", str(out), db=store_path), "is damaged", message)
    shot = tmp_path / "shot.png"
    proc = run("gui", "--scenario", name, "--screenshot", str(shot), db=store_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr[-300:]
    assert not out.exists() and digest(store_path) == before


def test_one_damaged_scenario_leaves_the_others_listed(tmp_path: Path, store_path: Path) -> None:
    """A scenario whose stored name is bytes: the others are listed and open as usual, the
    damaged one is said in one line (a warning: what was asked for is shown)."""
    listed = json.loads(run("scenarios", "--json", db=store_path).stdout)
    _damage(
        store_path,
        "UPDATE scenarios SET name = X'414243' WHERE id = (SELECT max(id) FROM scenarios)",
    )
    proc = run("scenarios", "--json", db=store_path)
    assert proc.returncode == 0 and len(json.loads(proc.stdout)) == len(listed) - 1
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("c6-explorer: warning: ")
    assert "is damaged: scenario" in proc.stderr and "expected text, found bytes" in proc.stderr
    other = json.loads(proc.stdout)[0]["name"]
    assert run("analyze", "--scenario", other, db=store_path).returncode == 0
    proc = run("gui", "--screenshot", str(tmp_path / "shot.png"), db=store_path)
    refused(proc, "is damaged", "expected text, found bytes")  # no one to read a dialog


def damage_a_page(store_path: Path) -> None:
    """A store that fails its integrity check: one b-tree page claiming 65,535 cells."""
    conn = sqlite3.connect(store_path)
    conn.execute("PRAGMA journal_mode = DELETE")
    table = "scenario_link_states"
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(store_path.read_bytes())
    start = (root[0] - 1) * page
    data[start + 3 : start + 5] = b"\xff\xff"
    store_path.write_bytes(bytes(data))


def test_a_store_failing_its_integrity_check_opens_read_only(store_path: Path) -> None:
    damage_a_page(store_path)
    before = digest(store_path)
    proc = run("import", str(EXAMPLE), db=store_path)
    refused(proc, "is open read-only", "integrity check")
    assert digest(store_path) == before
    assert run("scenarios", db=store_path).returncode == 0  # what can be read still is


def test_reads_go_on_while_another_program_writes(store_path: Path) -> None:
    holder = sqlite3.connect(store_path, isolation_level=None, timeout=1)
    holder.execute("BEGIN IMMEDIATE")  # another program's write transaction, held
    holder.execute("UPDATE scenarios SET notes = notes || '' WHERE 0")
    try:
        for args in (("scenarios",), ("risks",), ("links",)):
            t0 = time.monotonic()
            proc = run(*args, db=store_path)
            assert proc.returncode == 0, proc.stderr
            assert time.monotonic() - t0 < 4.5  # not the 5 s busy timeout
        refused(run("import", str(EXAMPLE), db=store_path), "locked by another program")
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@contextlib.contextmanager
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder no one can write: a read-only mount as root, a mode of 0555 otherwise."""
    if os.geteuid() != 0:
        folder = tmp_path / "ro"
        folder.mkdir()
        yield folder
        folder.chmod(0o755)
        return
    with small_disk(tmp_path, "2m") as folder:
        yield folder


def _seal(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    else:
        folder.chmod(0o555)


def test_a_store_in_a_read_only_folder_is_read_and_refuses_writes(
    tmp_path: Path, store_path: Path
) -> None:
    with read_only_folder(tmp_path) as folder:
        inner = folder / "readonly ?#%20 store"  # a name a URI must escape, and a red herring
        inner.mkdir()
        store = inner / "store.sqlite"
        shutil.copyfile(store_path, store)
        old = folder / "old.sqlite"
        shutil.copyfile(Path(__file__).parents[1] / "data" / "store-schema-0002.sqlite", old)
        _seal(folder)
        before = digest(store)
        proc = run("scenarios", "--json", db=store)
        assert proc.returncode == 0 and len(json.loads(proc.stdout)) >= 5, proc.stderr
        refused(run("import", str(EXAMPLE), db=store), "is open read-only", "nothing was changed")
        refused(run("scenarios", db=old), "schema version 0002 and needs an upgrade")
        assert digest(store) == before


def test_a_path_that_reads_like_an_error_changes_nothing(tmp_path: Path) -> None:
    """What a store's failure is comes from SQLite's result code, not from words in the
    message, which quote the path: a file that is no database stays one."""
    folder = tmp_path / "readonly, disk full, unable to open"
    folder.mkdir()
    store = folder / "store.sqlite"
    store.write_bytes(b"no database, just text " * 100)
    refused(run("scenarios", db=store), "is damaged or not a database")
    assert store.read_bytes() == b"no database, just text " * 100


@pytest.mark.parametrize(
    "url",
    [
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite:///file::memory:?uri=true",
        "sqlite:///file:x?mode=memory&uri=true",
    ],
)
def test_an_in_memory_store_is_refused(url: str) -> None:
    refused(run("scenarios", "--db", url, timeout=60), "in-memory store")


# ---- the window's command line


def test_a_screenshot_of_a_bad_file_or_store_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.c6s"
    bad.write_text("{", encoding="utf-8")
    refused(run(str(bad), "--screenshot", str(tmp_path / "x.png"), timeout=60), "not valid JSON")
    store = tmp_path / "bad.sqlite"
    store.write_bytes(b"not a database at all" * 100)
    refused(
        run("gui", "--db", str(store), "--screenshot", str(tmp_path / "y.png"), timeout=60),
        "not a database",
    )
    assert not (tmp_path / "x.png").exists() and not (tmp_path / "y.png").exists()


def test_no_export_overwrites_the_open_store(tmp_path: Path, store_path: Path) -> None:
    """Pointing an export at the store it reads from, by its name, a hard link or a name
    of the right suffix, is refused: the store is never replaced by a file about it."""
    before = digest(store_path)
    refused(
        run("export-scenario", "The CIS track collapses", "--out", str(store_path), db=store_path),
        "name it NAME.c6s",
    )
    linked = tmp_path / "same.c6s"
    os.link(store_path, linked)
    refused(
        run("export-scenario", "The CIS track collapses", "--out", str(linked), db=store_path),
        "that is the open store",
    )
    assert digest(store_path) == before
    uri = f"sqlite:///file:{store_path}?uri=true"  # SQLite's URI filename names the file too
    refused(
        run("--db", uri, "export-scenario", "The CIS track collapses", "--out", str(linked)),
        "that is the open store",
    )
    assert digest(store_path) == before
    as_csv = tmp_path / "store.csv"
    shutil.copyfile(store_path, as_csv)
    before = digest(as_csv)
    refused(run("export", "--to", str(as_csv), db=as_csv), "that is the open store")
    as_pdf = tmp_path / "store.pdf"
    os.link(as_csv, as_pdf)
    refused(run("report", "--out", str(as_pdf), db=as_csv), "that is the open store")

    assert digest(as_csv) == before


def test_a_screenshot_is_written_whole_or_refused(tmp_path: Path, store_path: Path) -> None:
    old = tmp_path / "shot.png"
    old.write_bytes(b"OLD SHOT")
    refused(run("gui", "--screenshot", str(old), db=store_path, fsize=50_000), "File too large")
    assert old.read_bytes() == b"OLD SHOT" and leftovers(tmp_path) == []
    fifo = tmp_path / "fifo.png"
    os.mkfifo(fifo)
    refused(run("gui", "--screenshot", str(fifo), db=store_path, timeout=60), "not a regular")
    refused(run("gui", "--screenshot", str(tmp_path / "x.jpg"), db=store_path), "OUT.png")


def test_a_screenshot_is_quiet_and_leaves_the_settings_alone(
    tmp_path: Path, store_path: Path
) -> None:
    config = tmp_path / "config"
    shot = tmp_path / "ok.png"
    proc = run(
        *("gui", "--scenario", str(EXAMPLE), "--screenshot", str(shot)),
        db=store_path,
        env={"XDG_CONFIG_HOME": str(config)},
    )
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr  # no Qt noise either
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert not config.exists()  # the file opened is not added to the recent files
    ini = config / "c6-explorer" / "c6-explorer.ini"  # a user's dark theme: used, kept as is
    ini.parent.mkdir(parents=True)
    ini.write_text("[view]\ntheme=dark\n", encoding="utf-8")
    proc = run(
        *("gui", "--scenario", str(EXAMPLE), "--screenshot", str(shot)),
        db=store_path,
        env={"XDG_CONFIG_HOME": str(config)},
    )
    assert proc.returncode == 0, proc.stderr
    assert ini.read_text(encoding="utf-8") == "[view]\ntheme=dark\n"
    from PIL import Image  # matplotlib's own PNG reader

    with Image.open(shot) as image:
        corner = image.convert("L").getpixel((image.width // 2, image.height - 5))
    assert isinstance(corner, int) and corner < 100  # the status bar, dark


def test_the_window_without_a_display_is_one_line(store_path: Path) -> None:
    proc = run(
        "gui",
        db=store_path,
        env={"DISPLAY": None, "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": None},
    )
    refused(proc, "no display", "--screenshot OUT.png")


def test_a_scenario_file_over_the_limit_leaves_the_old_one(
    tmp_path: Path, store_path: Path
) -> None:
    out = tmp_path / "cis.c6s"
    out.write_bytes(b"old")
    proc = run(
        "export-scenario", "The CIS track collapses", "--out", str(out), db=store_path, fsize=60_000
    )
    refused(proc, "File too large")
    assert out.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_a_store_on_a_full_disk_is_read_and_refuses_writes_whole(
    tmp_path: Path, store_path: Path
) -> None:
    with small_disk(tmp_path, "2m") as disk:
        store = disk / "store.sqlite"
        shutil.copyfile(store_path, store)
        assert run("scenarios", db=store).returncode == 0  # in WAL mode, its files made
        filler = disk / "filler"
        with contextlib.suppress(OSError), filler.open("wb") as fh:
            fh.write(b"\0" * 4_000_000)
        before = digest(store)
        names = run("scenarios", "--json", db=store)
        assert names.returncode == 0, names.stderr
        proc = run("import", str(EXAMPLE), db=store)
        refused(proc)
        assert "full" in proc.stderr or "read-only" in proc.stderr, proc.stderr
        assert digest(store) == before
        filler.unlink()
        again = run("scenarios", "--json", db=store)
        assert again.returncode == 0 and json.loads(again.stdout) == json.loads(names.stdout)
