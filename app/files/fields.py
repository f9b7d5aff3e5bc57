"""Typed field access on decoded JSON, raising one-line errors that name where the problem is."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from app.domain.errors import C6Error, DataFileError, ValidationError
from app.domain.model import MAX_ITEMS, check_year
from app.domain.text import MAX_ID, MAX_TEXT, shown
from app.lang import tr

MAX_FILE_BYTES = 50 * 1024 * 1024

_E = TypeVar("_E", bound=StrEnum)
_R = TypeVar("_R")


def fail(where: str, problem: str) -> DataFileError:
    return DataFileError(f"{where}: {problem}" if where else problem)


def obj(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise fail(where, tr("expected an object, found {kind}", kind=_kind(value)))
    return value


def items(parent: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = parent.get(key)
    path = _join(where, key)
    if not isinstance(value, list):
        raise fail(path, tr("expected a list, found {kind}", kind=_kind(value)))
    if len(value) > MAX_ITEMS:
        raise fail(
            path,
            tr("{n} entries is more than the {limit} allowed", n=len(value), limit=MAX_ITEMS),
        )
    return value


def text(parent: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = parent.get(key)
    path = _join(where, key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise fail(path, tr("expected text, found {kind}", kind=_kind(value)))
    if required and not value.strip():
        raise fail(path, tr("must not be empty"))
    if len(value) > MAX_TEXT:
        raise fail(
            path,
            tr("text of {n} characters is longer than {limit}", n=len(value), limit=MAX_TEXT),
        )
    return value


def ident(parent: Mapping[str, Any], key: str, where: str) -> str:
    """An actor, link or risk id: non-empty text of at most MAX_ID characters."""
    value = text(parent, key, where)
    if len(value) > MAX_ID:
        raise fail(
            _join(where, key),
            tr("an id of {n} characters is longer than {limit}", n=len(value), limit=MAX_ID),
        )
    return value


def texts(parent: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    if parent.get(key) is None:
        return ()
    values = items(parent, key, where)
    path = _join(where, key)
    out = []
    for i, v in enumerate(values):
        if not isinstance(v, str):
            raise fail(f"{path}[{i}]", tr("expected text, found {kind}", kind=_kind(v)))
        out.append(v)
    return tuple(out)


def year(parent: Mapping[str, Any], key: str, where: str) -> int | None:
    value = parent.get(key)
    if value is None:
        return None
    try:
        return check_year(value, _join(where, key))
    except ValidationError as exc:
        raise DataFileError(str(exc)) from None


def number(parent: Mapping[str, Any], key: str, where: str, lo: float, hi: float) -> float | None:
    value = parent.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not lo <= value <= hi:
        raise fail(
            _join(where, key),
            tr(
                "expected a number from {lo} to {hi}, found {value}",
                lo=lo,
                hi=hi,
                value=shown(value),
            ),
        )
    return float(value)


def choice(parent: Mapping[str, Any], key: str, where: str, enum: type[_E]) -> _E:
    value = parent.get(key)
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return enum(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise fail(
            _join(where, key),
            tr("{value} is not one of: {allowed}", value=shown(value), allowed=allowed),
        ) from None


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _kind(value: Any) -> str:
    if value is None:
        return tr("nothing")
    kinds = {
        bool: tr("true/false"),
        int: tr("a number"),
        float: tr("a number"),
        str: tr("text"),
        list: tr("a list"),
        dict: tr("an object"),
    }
    return kinds.get(type(value), type(value).__name__)


def read_bounded(path: Path, limit: int) -> bytes:
    """A regular file's bytes, reading no more than `limit` + 1 of them whatever the file
    claims its size is. A pipe, device or folder is refused without a byte read (reading
    one could block, or never end): the file is opened without waiting (a FIFO with no
    writer would hang a plain open) and what was opened is the one checked, so nothing
    can be swapped in between."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise DataFileError(tr("not a regular file"))
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise DataFileError(tr("larger than the {limit} bytes allowed", limit=f"{limit:,}"))
    return data


def loads(raw: bytes) -> Any:
    """JSON as the app's files may hold it: UTF-8 (a byte-order mark is passed over), no key
    twice in one object (which one would count?), no number too long to be a number."""
    return json.loads(
        raw.decode("utf-8-sig"), object_pairs_hook=_unique_keys, parse_int=_bounded_int
    )


MAX_DIGITS = 100  # more than any count, year or coordinate needs; far below Python's 4,300


def _bounded_int(text: str) -> int:
    if len(text) > MAX_DIGITS:
        raise DataFileError(
            tr("a number of {n} digits is more than any value needs", n=f"{len(text):,}")
        )
    return int(text)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DataFileError(tr("the key {key} appears twice in one object", key=shown(key)))
        out[key] = value
    return out


def read_json_file(path: Path, decode: Callable[[bytes], _R]) -> _R:
    """Read a JSON data file and decode it; every problem is one DataFileError naming the file.

    `decode` gets the raw bytes (to recognise other formats by their magic) and returns the
    decoded value; errors it raises are prefixed with the path.
    """
    try:
        return decode(read_bounded(path, MAX_FILE_BYTES))
    except OSError as exc:
        raise DataFileError(
            tr("{path}: cannot read: {why}", path=path, why=exc.strerror or exc)
        ) from None
    except UnicodeDecodeError as exc:
        raise DataFileError(
            tr("{path}: not UTF-8 text (byte {at})", path=path, at=exc.start)
        ) from None
    except json.JSONDecodeError as exc:
        raise DataFileError(
            tr(
                "{path}: not valid JSON (line {line}, column {column})",
                path=path,
                line=exc.lineno,
                column=exc.colno,
            )
        ) from None
    except RecursionError:
        raise DataFileError(tr("{path}: JSON nested too deeply", path=path)) from None
    except C6Error as exc:
        raise DataFileError(f"{path}: {exc}") from None
