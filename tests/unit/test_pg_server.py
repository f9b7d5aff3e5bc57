"""The throwaway server `make test` runs the tests inside: the command's status passed on,
and the server stopped and its folder gone however the command ends (its own exit, SIGTERM,
SIGHUP, Ctrl-C)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import psycopg
import pytest

from tests import pg

pytestmark = pytest.mark.subprocess


def wrapped(script: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.pg_server", "--", "sh", "-c", script],
        stdout=subprocess.PIPE,
        text=True,
    )


def gone(url: str) -> bool:
    try:
        psycopg.connect(pg.libpq_url(url), connect_timeout=3).close()
    except psycopg.OperationalError:
        return True
    return False


def test_the_commands_status_is_passed_on_and_the_server_stopped() -> None:
    ask = (
        "import os, psycopg; from tests import pg; url = os.environ['C6_TEST_PG']; "
        "print(url, psycopg.connect(pg.libpq_url(url)).execute('SELECT 6').fetchone()[0])"
    )
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.pg_server",
            "--",
            "sh",
            "-c",
            f'"$0" -c "{ask}"; exit 3',
            sys.executable,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    url, answer = proc.stdout.split()
    assert proc.returncode == 3 and answer == "6", proc.stderr
    assert gone(url)


def alive(pid: int) -> bool:
    """Whether a process runs (a zombie waiting for its parent does not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_ends_the_command_and_stops_the_server(sig: signal.Signals) -> None:
    # the command runs a program in turn (as `make test` runs pytest under sh -c): both end
    below = "import os, time; print(os.getpid(), flush=True); time.sleep(120)"
    proc = wrapped(f'echo "$C6_TEST_PG"; {sys.executable} -c "{below}"; echo after')
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    pid = int(proc.stdout.readline())
    assert url.startswith("postgresql+psycopg://") and not gone(url) and alive(pid)
    proc.send_signal(sig)
    proc.wait(timeout=60)
    assert proc.returncode == 128 + sig
    assert gone(url)
    deadline = time.monotonic() + 30
    while alive(pid):
        assert time.monotonic() < deadline, f"process {pid} outlived the run"
        time.sleep(0.05)
