"""The one way the app writes a file: whole or not at all, never through a planted name.

The target's path is resolved once (links followed, as `open` would) and only that real
path is used after. The bytes go to a new file in the real target's folder, created
exclusively: an unnamed O_TMPFILE where the system has one (a process killed while writing
leaves nothing behind), else a short random name opened with O_EXCL (which no planted link
can redirect). Every write is checked and the file synced; only a complete file gets a name
and is renamed over the target, and the folder is synced. A new file's permissions come
from the umask, as with a plain write; an old file's mode and owner are kept.

Refused: a folder, pipe or socket; a read-only file (one this user may not write, or one
with no write permission for anyone, even for root); an open store (`protect`). Written
in place, never replaced: a character device (/dev/null), and this process's streams
(/dev/stdout, /dev/fd/1), a regular file behind one being added to. On any failure the
old file is left as it was and the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import re
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import cast

from app.domain import DataFileError
from app.lang import tr

PREFIX = ".c6-"  # short, so that any target name the system allows still fits beside it
STREAM = re.compile(r"/dev/(stdin|stdout|stderr|fd/\d+)|/proc/self/fd/\d+")


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


# Files this process must never replace, whatever name it is asked to write: an open
# store and the journal files beside it (`--db s.sqlite export-scenario X --out s.sqlite`).
_PROTECTED: dict[str, str] = {}  # real path -> what it is, for the message
_PROTECTED_INODES: dict[tuple[int, int], str] = {}  # a hard link to it is the same file
JOURNALS = ("", "-wal", "-shm", "-journal")


def protect(path: Path, what: str) -> Callable[[], None]:
    """Refuse every later write to `path` (and its SQLite journal files, by any name or
    hard link) as being `what`, until the returned function is called."""
    real = os.path.realpath(path)
    names = [real + suffix for suffix in JOURNALS]
    inodes = []
    for name in names:
        _PROTECTED[name] = what
        with contextlib.suppress(OSError):
            found = os.stat(name)
            inodes.append((found.st_dev, found.st_ino))
            _PROTECTED_INODES[inodes[-1]] = what

    def release() -> None:
        for name in names:
            _PROTECTED.pop(name, None)
        for inode in inodes:
            _PROTECTED_INODES.pop(inode, None)

    return release


def _guarded(path: Path, target: Path, found: os.stat_result | None) -> None:
    what = _PROTECTED.get(str(target))
    if what is None and found is not None:
        what = _PROTECTED_INODES.get((found.st_dev, found.st_ino))
    if what is not None:
        raise DataFileError(tr("{path}: that is {what}; nothing was written", path=path, what=what))


class _Unnamed(Exception):
    """An unnamed file could not be given a name: write it again the plain way."""


def is_stream(path: Path) -> bool:
    """Whether `path` names one of this process's open streams (/dev/stdout, /dev/fd/1,
    /proc/self/fd/1 …), itself or through links (`out.csv -> /dev/stdout`): written where
    it is, whatever it leads to (a redirection to a log must be added to, not replaced)."""
    for _ in range(40):  # as many links as the system itself follows
        if STREAM.fullmatch(str(path)) is not None:
            return True
        try:
            target = os.readlink(path)
        except OSError:  # not a link (or not there): the chain ends
            return False
        path = Path(os.path.normpath(Path(path).parent / target))
    return False


def in_place(path: Path) -> bool:
    """Whether a write to `path` goes where it is rather than replacing a file: a stream,
    or a character device such as /dev/null (a name without a file's suffix is fine)."""
    if is_stream(path):
        return True
    try:
        return stat.S_ISCHR(os.stat(path).st_mode)
    except OSError:
        return False


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a failure at any point leaves the old file as it was.
    A failure is an OSError naming `path` (a full disk, a read-only folder) or a
    DataFileError (a target that is no file, or is read-only)."""
    path = Path(path)
    if is_stream(path):  # a pipe, a terminal, or a file the shell redirected to
        try:
            stream = os.stat(path)
        except OSError as exc:
            raise _named(exc, path) from None
        _guarded(path, Path(os.path.realpath(path)), stream)
        _write_in_place(path, data, append=stat.S_ISREG(stream.st_mode))
        return
    target = Path(os.path.realpath(path))  # resolved once; only this path is used from here
    try:
        found: os.stat_result | None = os.lstat(target)
    except FileNotFoundError:
        found = None
    except OSError as exc:
        raise _named(exc, path) from None
    _guarded(path, target, found)
    if found is not None and not stat.S_ISREG(found.st_mode):
        if stat.S_ISCHR(found.st_mode):  # /dev/null, a terminal: never replaced by a file
            _write_in_place(target, data, append=False)
            return
        raise DataFileError(tr("{path}: not a regular file; nothing was written", path=path))
    if found is not None and not (os.access(target, os.W_OK) and found.st_mode & 0o222):
        raise DataFileError(tr("{path}: the file is read-only; nothing was written", path=path))
    try:
        try:
            _replace(target, data, found, unnamed=_LINKAT is not None)
        except _Unnamed:
            _replace(target, data, found, unnamed=False)
    except OSError as exc:
        raise _named(exc, path) from None


def _replace(target: Path, data: bytes, old: os.stat_result | None, *, unnamed: bool) -> None:
    name: str | None = None
    try:
        fd, name = _open_temporary(target.parent, unnamed)
        try:
            if old is not None:  # keep the old file's mode and owner (best effort)
                with contextlib.suppress(OSError):
                    os.fchmod(fd, stat.S_IMODE(old.st_mode))
                with contextlib.suppress(OSError):
                    os.fchown(fd, old.st_uid, old.st_gid)
            _write_all(fd, data)
            os.fsync(fd)
            if name is None:
                name = _give_name(fd, target.parent)
        finally:
            os.close(fd)
        os.replace(name, target)
        name = None  # it is the target now
        _sync_folder(target.parent)
    finally:
        if name is not None:
            with contextlib.suppress(OSError):
                os.unlink(name)


def _open_temporary(folder: Path, unnamed: bool) -> tuple[int, str | None]:
    """An exclusive new file in `folder`, 0666 less the umask as a plain new file would be:
    (descriptor, its name; None while unnamed)."""
    flags = os.O_WRONLY | os.O_CLOEXEC
    if unnamed:
        try:
            return os.open(folder, os.O_TMPFILE | flags, 0o666), None
        except OSError as exc:  # a file system without O_TMPFILE: name it from the start
            if exc.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
                raise
    while True:
        name = os.path.join(folder, f"{PREFIX}{secrets.token_hex(8)}.tmp")
        try:
            return os.open(name, os.O_CREAT | os.O_EXCL | flags, 0o666), name
        except FileExistsError:
            continue


def _give_name(fd: int, folder: Path) -> str:
    """Link a finished unnamed file into `folder` under a fresh random name."""
    assert _LINKAT is not None
    source = f"/proc/self/fd/{fd}".encode()
    while True:
        name = os.path.join(folder, f"{PREFIX}{secrets.token_hex(8)}.tmp")
        if _LINKAT(AT_FDCWD, source, AT_FDCWD, os.fsencode(name), AT_SYMLINK_FOLLOW) == 0:
            return name
        code = ctypes.get_errno()
        if code == errno.EINTR or code == errno.EEXIST:
            continue
        raise _Unnamed(os.strerror(code))


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:  # a short write is not an error, but it is not the whole file either
        view = view[os.write(fd, view) :]


def _write_in_place(path: Path, data: bytes, *, append: bool) -> None:
    """A device or stream as it is: a regular file behind a stream (a redirection to a log)
    is added to, not cut."""
    try:
        with open(path, "ab" if append else "wb", buffering=0) as fh:
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


def _named(exc: OSError, path: Path) -> OSError:
    """The error as it should read: about the file asked for, not a temporary one (the
    real file in brackets when a link led there)."""
    real = os.path.realpath(path)
    shown = str(path) if real == os.path.abspath(path) else f"{path} (-> {real})"
    return OSError(exc.errno, exc.strerror or str(exc), shown)
