"""The atomic writer's own rules, where the command line cannot reach them alone: the
protected store by its journal names and hard links, and the fall-backs of the system."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.domain import DataFileError
from app.files import atomic
from app.files.atomic import protect, write_atomic


def _left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_protected_store_is_refused_by_any_name_until_released(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    store.write_bytes(b"SQLite format 3\x00")
    twin = tmp_path / "twin.c6s"
    os.link(store, twin)
    release = protect(store, "the open store s.sqlite")
    for name in ("s.sqlite", "s.sqlite-wal", "s.sqlite-shm", "s.sqlite-journal", "twin.c6s"):
        with pytest.raises(DataFileError, match=r"that is the open store s\.sqlite"):
            write_atomic(tmp_path / name, b"x")
    assert store.read_bytes() == b"SQLite format 3\x00"
    assert _left(tmp_path) == ["s.sqlite", "twin.c6s"]
    release()  # the store is closed: the names are files like any other again
    write_atomic(tmp_path / "s.sqlite-wal", b"x")
    assert (tmp_path / "s.sqlite-wal").read_bytes() == b"x"


def test_a_system_that_cannot_name_an_unnamed_file_gets_a_named_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """linkat refused (some file systems, some sandboxes): written again the plain way."""
    if atomic._LINKAT is None:
        pytest.skip("no O_TMPFILE here: the plain way is the only one")

    def refuse(*_args: object) -> int:
        import ctypes

        ctypes.set_errno(errno.EPERM)
        return -1

    monkeypatch.setattr(atomic, "_LINKAT", refuse)
    out = tmp_path / "out.txt"
    out.write_bytes(b"old")
    write_atomic(out, b"new")
    assert out.read_bytes() == b"new" and _left(tmp_path) == ["out.txt"]


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_a_replaced_file_keeps_its_owner_and_mode(tmp_path: Path) -> None:
    out = tmp_path / "shared.csv"
    out.write_bytes(b"old")
    os.chown(out, 1234, 5678)
    out.chmod(0o640)
    write_atomic(out, b"new")
    found = out.stat()
    assert (found.st_uid, found.st_gid, found.st_mode & 0o777) == (1234, 5678, 0o640)
