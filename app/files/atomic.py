"""The one way the app writes a file: whole or not at all, never through a planted name.

The bytes go to a new temporary file in the target's folder, created exclusively: an
unnamed O_TMPFILE where the system has one (a process killed while writing leaves nothing
behind), else a short random name opened with O_EXCL (which no planted link can redirect).
Every write is checked and the file synced; only a complete file gets a name and is renamed
over the target, and the folder is synced. A target that is a character device (/dev/null,
a terminal) is written in place, never replaced; a folder, pipe or socket is refused. On
any failure the old file is left as it was and the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import secrets
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import cast

from app.domain import DataFileError

PREFIX = ".c6-"  # short, so that any target name the system allows still fits beside it


def _linkat() -> Callable[..., int] | None:
    """libc's linkat, to name an unnamed file through /proc/self/fd (os.link does not follow
    that link on Linux); None where there is no such thing (then files are named at once)."""
    if not hasattr(os, "O_TMPFILE") or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return cast(Callable[..., int], ctypes.CDLL(None, use_errno=True).linkat)
    except (OSError, AttributeError):
        return None


_LINKAT = _linkat()
AT_FDCWD, AT_SYMLINK_FOLLOW = -100, 0x400


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a failure at any point leaves the old file as it was.
    A failure is an OSError naming `path` (a full disk, a read-only folder) or a
    DataFileError (a target that is no file)."""
    path = Path(path)
    try:
        found = path.stat()  # through a link, to the file it names: that file is replaced
    except FileNotFoundError:
        found = None
    except OSError as exc:
        raise _named(exc, path) from None
    if found is not None and not stat.S_ISREG(found.st_mode):
        if stat.S_ISCHR(found.st_mode):
            _write_in_place(path, data)
            return
        raise DataFileError(f"{path}: not a regular file; nothing was written")
    target = path.resolve() if path.is_symlink() else path
    mode = stat.S_IMODE(found.st_mode) if found is not None else _default_mode()
    name: str | None = None
    try:
        fd, name = _open_temporary(target.parent)
        try:
            os.fchmod(fd, mode)  # a new file gets what a plain write would give it
            _write_all(fd, data)
            os.fsync(fd)
            if name is None:
                name = _give_name(fd, target.parent)
        finally:
            os.close(fd)
        os.replace(name, target)
        name = None  # it is the target now
        _sync_folder(target.parent)
    except OSError as exc:
        raise _named(exc, path) from None
    finally:
        if name is not None:
            with contextlib.suppress(OSError):
                os.unlink(name)


def _open_temporary(folder: Path) -> tuple[int, str | None]:
    """An exclusive new file in `folder`: (descriptor, its name; None while unnamed)."""
    if _LINKAT is not None:
        try:
            return os.open(folder, os.O_TMPFILE | os.O_WRONLY | os.O_CLOEXEC, 0o600), None
        except OSError as exc:  # a file system without O_TMPFILE: name it from the start
            if exc.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
                raise
    fd, name = tempfile.mkstemp(prefix=PREFIX, suffix=".tmp", dir=folder)
    return fd, name


def _give_name(fd: int, folder: Path) -> str:
    """Link a finished unnamed file into `folder` under a fresh random name."""
    assert _LINKAT is not None
    while True:
        name = os.path.join(folder, f"{PREFIX}{secrets.token_hex(8)}.tmp")
        source = f"/proc/self/fd/{fd}".encode()
        if _LINKAT(AT_FDCWD, source, AT_FDCWD, os.fsencode(name), AT_SYMLINK_FOLLOW) == 0:
            return name
        code = ctypes.get_errno()
        if code != errno.EEXIST:
            raise OSError(code, os.strerror(code), name)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:  # a short write is not an error, but it is not the whole file either
        view = view[os.write(fd, view) :]


def _write_in_place(path: Path, data: bytes) -> None:
    try:
        with open(path, "wb", buffering=0) as fh:
            _write_all(fh.fileno(), data)
    except OSError as exc:
        raise _named(exc, path) from None


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a power cut after it keeps the new file)."""
    with contextlib.suppress(OSError):  # some file systems cannot sync a folder: not fatal
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _default_mode() -> int:
    """What a plain new file would get: 0666 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _named(exc: OSError, path: Path) -> OSError:
    """The error as it should read: about the file asked for, not a temporary one."""
    return OSError(exc.errno, exc.strerror or str(exc), str(path))
