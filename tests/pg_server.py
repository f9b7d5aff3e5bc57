"""A throwaway PostgreSQL server for the tests, in a folder of its own on a free local port.

    python -m tests.pg_server -- CMD ARGS...

starts one in a fresh temporary folder, runs CMD with `C6_TEST_PG` set to its admin URL,
then stops it and removes the folder whatever CMD did (failed, Ctrl-C, SIGTERM), and exits
with CMD's status. tests/conftest.py uses `start()` when no `C6_TEST_PG` is given.

The server refuses to run as root, so as root initdb and pg_ctl run as `nobody` (or as a
system user made for it when there is no `nobody`), owning the folder. The binaries come
from `pg_config --bindir`, else the newest /usr/lib/postgresql/*/bin (Debian's `postgresql`
package). fsync and synchronous_commit stay on: the crash tests need a commit to last.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

ADMIN = "c6admin"
ENV = "C6_TEST_PG"
FALLBACK_USER = "c6-pg-test"
INSTALL_HINT = "install Debian's postgresql package (apt-get install postgresql)"


class NoPostgres(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


def bindir() -> Path:
    """The folder of initdb, pg_ctl and postgres."""
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        out = subprocess.run(
            ["pg_config", "--bindir"], capture_output=True, text=True, check=True
        ).stdout.strip()
        if out and (Path(out) / "initdb").is_file():
            return Path(out)
    found = [p for p in Path("/usr/lib/postgresql").glob("*/bin") if (p / "initdb").is_file()]
    if not found:
        raise NoPostgres(f"no PostgreSQL server binaries (initdb) found: {INSTALL_HINT}")
    return max(found, key=lambda p: _version_key(p.parent.name))


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else -1 for part in name.split("."))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_user() -> str | None:
    """Whom the server runs as: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("nobody")
        return "nobody"
    except KeyError:
        pass
    try:
        pwd.getpwnam(FALLBACK_USER)
    except KeyError:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                FALLBACK_USER,
            ],
            check=True,
        )
    return FALLBACK_USER


class Server:
    """A running server: `url(dbname)` for the app, `stop()`, `kill()` and `restart()`."""

    def __init__(self, base: Path, bin_dir: Path, user: str | None, port: int) -> None:
        self.base = base
        self.bin = bin_dir
        self.user = user
        self.port = port
        self.data = base / "data"
        self.sockets = base / "sockets"
        self.log = base / "server.log"
        self.running = False

    def url(self, dbname: str) -> str:
        """A SQLAlchemy URL of a database on this server, as the admin login."""
        return f"postgresql+psycopg://{ADMIN}@127.0.0.1:{self.port}/{dbname}"

    def dsn(self, dbname: str) -> str:
        """The same as a libpq URI (for psycopg.connect)."""
        return f"postgresql://{ADMIN}@127.0.0.1:{self.port}/{dbname}"

    @property
    def admin_url(self) -> str:
        return self.url("postgres")

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        return subprocess.run(
            [*prefix, *args],
            cwd=self.base,  # the server user may not enter our own folder
            capture_output=True,
            text=True,
            check=check,
            stdin=subprocess.DEVNULL,
        )

    def _pg_ctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), *args, check=False)

    def _start(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.sockets} "
            "-c fsync=on -c synchronous_commit=on -c max_connections=200"
        )
        done = self._pg_ctl("start", "-w", "-t", "60", "-l", str(self.log), "-o", options)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {done.stdout}{done.stderr}\n{log}")
        self.running = True

    def stop(self) -> None:
        """Stop as an administrator does (open sessions are ended, nothing is lost)."""
        if self.running:
            self._pg_ctl("stop", "-w", "-m", "fast")
            self.running = False

    def kill(self) -> None:
        """Stop at once, as a crash does: no checkpoint; the next start recovers from WAL."""
        if self.running:
            self._pg_ctl("stop", "-w", "-m", "immediate")
            self.running = False

    def restart(self) -> None:
        """Start again on the same data folder and port."""
        self.stop()
        self._start()


def start(base: Path) -> Server:
    """A new server whose data, sockets and log live in `base` (made if missing). As root,
    `base` is handed to the server's user, so it must sit where that user can reach it."""
    bin_dir = bindir()
    user = _server_user()
    base.mkdir(parents=True, exist_ok=True)
    (base / "sockets").mkdir(exist_ok=True)
    if user is not None:
        info = pwd.getpwnam(user)
        for path in (base, base / "sockets"):
            os.chown(path, info.pw_uid, info.pw_gid)
        probe = subprocess.run(["runuser", "-u", user, "--", "test", "-w", str(base)], check=False)
        if probe.returncode != 0:
            raise RuntimeError(
                f"{base} is not reachable by the user '{user}' the server runs as; "
                "put it under a folder every user can enter (e.g. /tmp)"
            )
    server = Server(base, bin_dir, user, _free_port())
    init = server._run(
        str(bin_dir / "initdb"),
        *("-D", str(server.data), "-A", "trust", "-U", ADMIN),
        *("--no-sync", "-E", "UTF8", "--locale=C.UTF-8"),
        check=False,
    )
    if init.returncode != 0:
        raise RuntimeError(f"initdb failed: {init.stdout}{init.stderr}")
    for attempt in range(3):  # another program may take the free port meanwhile
        try:
            server._start()
            return server
        except RuntimeError:
            if attempt == 2:
                raise
            server.port = _free_port()
    raise AssertionError("unreachable")


def temporary_base() -> Path:
    """A fresh folder under the system's temp folder, which every user can enter."""
    return Path(tempfile.mkdtemp(prefix="c6-pg-"))


def main(argv: list[str]) -> int:
    if argv[:1] == ["--"]:
        argv = argv[1:]
    if not argv:
        print("usage: python -m tests.pg_server -- CMD ARGS...", file=sys.stderr)
        return 2
    base = temporary_base()
    child: subprocess.Popen[bytes] | None = None
    stopping: list[int] = []  # signals that came before the command ran

    def forward(signum: int, _frame: object) -> None:
        if child is not None and child.poll() is None:
            # to the command's whole group (sh -c and the pytest under it); it decides, and
            # the server is stopped once it has ended
            os.killpg(child.pid, signum)
        else:
            stopping.append(signum)

    signals = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
    old = {sig: signal.signal(sig, forward) for sig in signals}
    server: Server | None = None
    try:
        try:
            server = start(base)
        except (NoPostgres, RuntimeError, subprocess.CalledProcessError) as exc:
            print(f"tests.pg_server: {exc}", file=sys.stderr)
            return 2
        if stopping:
            return 128 + stopping[0]
        child = subprocess.Popen(
            argv, env={**os.environ, ENV: server.admin_url}, start_new_session=True
        )
        status = child.wait()
        return status if status >= 0 else 128 - status
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(base, ignore_errors=True)
        for sig, handler in old.items():
            signal.signal(sig, handler)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
