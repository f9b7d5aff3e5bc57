"""One text policy for every entry (files, CSV, editors, the store): what a text may hold.

No NUL or other control character (a line break and a tab only where a text may have
lines), no lone surrogate, and not U+FFFE or U+FFFF (the two non-characters XML refuses;
the others pass): such text breaks XML (GraphML, GEXF, SVG), UTF-8 files and the store,
and no one types it on purpose. Ids and names are single lines
of bounded length. A refused text is one ValidationError that names the field and the
character.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Container

from app.domain.errors import ValidationError
from app.words import tr

MAX_ID = 64  # actor, link and risk ids (the store's column width)
MAX_NAME = 200  # names, labels, seats
MAX_LINE = 2_000  # a source's address or citation, a grade's reason
MAX_TEXT = 100_000  # descriptions, notes

# C0 controls but tab, line feed and carriage return; DEL and the C1 controls; surrogates
# (only a lone one can reach a str); the two non-characters XML refuses.
_ANYWHERE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Not in a single line (an id, a name, an address): line breaks and tabs, and the
# bidirectional embeddings, overrides and isolates, which make a name show other text than
# it holds ('evil\u202etxt.c6s' shows as 'evilsc6.txt').
_LINE_BREAKS = re.compile("[\t\n\r\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def check_text(value: object, field: str, *, limit: int = MAX_TEXT, lines: bool = True) -> str:
    """`value` if it is text the app keeps, else a ValidationError naming `field`. A text
    without `lines` is a single line (ids, names, addresses)."""
    if not isinstance(value, str):
        raise ValidationError(
            tr("{field}: expected text, found {kind}", field=field, kind=type(value).__name__)
        )
    bad = _ANYWHERE.search(value) or (None if lines else _LINE_BREAKS.search(value))
    if bad is not None:
        raise ValidationError(
            tr(
                "{field}: character U+{code} at position {at} is not allowed (a control "
                "character, lone surrogate, line break or direction override)",
                field=field,
                code=f"{ord(bad.group()):04X}",
                at=bad.start() + 1,
            )
        )
    if len(value) > limit:
        raise ValidationError(
            tr(
                "{field}: {n} characters is more than {limit}",
                field=field,
                n=f"{len(value):,}",
                limit=f"{limit:,}",
            )
        )
    return value


def cleaned(value: str) -> str:
    """`value` with what the policy refuses taken out: for text typed or pasted into a box
    that may hold lines (a pasted form feed, say), where refusing would only puzzle."""
    return _ANYWHERE.sub("", value)


def check_id(value: object, field: str) -> str:
    """An id: one line of 1 to MAX_ID characters, without spaces around it, and without
    what would make two ids look alike or a table cell ambiguous: invisible formatting
    characters (zero-width spaces, bidirectional marks, a byte-order mark), spaces other
    than the plain one, and '|'."""
    text = check_text(value, field, limit=MAX_ID, lines=False)
    if not text.strip() or text != text.strip():
        raise ValidationError(
            tr("{field}: an id must not be empty or begin or end with a space", field=field)
        )
    if text.isascii() and "|" not in text:  # nearly every id: nothing more to look at
        return text
    for i, char in enumerate(text):
        kind = unicodedata.category(char)
        if kind == "Cf" or (kind == "Zs" and char != " ") or char == "|":
            raise ValidationError(
                tr(
                    "{field}: character U+{code} at position {at} is not allowed in an id "
                    "(invisible, an unusual space, or '|')",
                    field=field,
                    code=f"{ord(char):04X}",
                    at=i + 1,
                )
            )
    return text


# As Python writes a float back ('43.25', '1e-05', '-1.2345678901234567e+20') and as people
# type one; never 'nan', 'inf', thousands separators or another script's digits.
_NUMBER = re.compile(r"[+-]?(\d{1,20}(\.\d{0,20})?|\.\d{1,20})([eE][+-]?\d{1,3})?", re.ASCII)
_YEAR = re.compile(r"\d{4}", re.ASCII)


def is_plain_number(text: str) -> bool:
    """'43.25', '-73.9', '1e-05': a decimal number in ASCII digits, nothing else."""
    return _NUMBER.fullmatch(text) is not None


def parse_number(text: str, field: str) -> float | None:
    """A typed or imported number: a plain decimal in ASCII digits ('' is none)."""
    text = text.strip()
    if not text:
        return None
    if not is_plain_number(text):
        raise ValidationError(
            tr("{field} '{text}' is not a number such as 43.25", field=field, text=text[:20])
        )
    number = float(text)
    if not math.isfinite(number):
        raise ValidationError(tr("{field} '{text}' is too large", field=field, text=text[:20]))
    return number


def parse_year(text: str, field: str) -> int | None:
    """A typed or imported year: four ASCII digits ('' is none); the range is the link's."""
    text = text.strip()
    if not text:
        return None
    if not _YEAR.fullmatch(text):
        raise ValidationError(
            tr("{field} '{text}' is not a year such as 2018", field=field, text=text[:20])
        )
    return int(text)


def shown(value: object) -> str:
    """A value as a message quotes it: short, one line, and safe for any value (an integer
    of thousands of digits is not even turned into text)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**20:
        return tr("a number of more than 20 digits")
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


# What a terminal acts on rather than shows: C0 and C1 controls (escape sequences that move
# the cursor or clear the screen), line and paragraph separators, and the bidirectional
# overrides and isolates that reorder what follows them.
_TERMINAL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` for one terminal line: what a terminal would act on written as an escape
    ('\\x1b', '\\n'), so no name or path can move the cursor or split the line."""
    return _TERMINAL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def free_name(name: str, taken: Container[str]) -> str:
    """`name`, or 'name (2)', 'name (3)' … the first not `taken`; a long name is shortened
    so that the numbered one still fits in MAX_NAME."""
    if name not in taken:
        return name
    n = 2
    while True:
        suffix = f" ({n})"
        numbered = name[: MAX_NAME - len(suffix)].rstrip() + suffix
        if numbered not in taken:
            return numbered
        n += 1
