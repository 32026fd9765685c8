"""Plain data written as block YAML directly, character for character as libyaml writes it.

A generated deck holds tens of thousands of cards, and libyaml's emitter, driven through
PyYAML, spends most of its time in per-node Python callbacks (building nodes, resolving the
tag of every text twice), not in writing. Almost every text of a card is written by libyaml
plain or in single quotes, folded at a space once a line passes the width, and those rules are
few: :func:`block_yaml` follows them and gives up (``None``) on anything else (a line break or
an unprintable character in a text, an indicator such as ``": "`` or ``" #"``, leading or
trailing spaces, a quote inside a quoted text, empty or nested collections), which the caller
then writes through libyaml. The rules are those of libyaml's ``yaml_emitter_analyze_scalar``,
``yaml_emitter_select_scalar_style`` and ``yaml_emitter_write_plain_scalar`` /
``..._single_quoted_scalar``, for block style, ``indent=2``, ``allow_unicode=True``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any

#: libyaml's preferred line width (``width=`` of the dump): a text is folded at the first
#: single space written once a line is longer than this.
WIDTH = 100

#: Texts made only of characters libyaml writes as they are (printable with
#: ``allow_unicode``, no line break: U+2028 and U+2029 are breaks to it, U+FEFF is not
#: printable, nor is anything beyond the Basic Multilingual Plane).
_WRITTEN_AS_IS = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")
#: The first characters that make a text no plain one in block style (indicators), and what
#: inside it does (a ": " or a " #"; a ":" or a space last).
_INDICATORS_FIRST = frozenset("-?:,[]{}#&*!|>'\"%@` ")
_INDICATORS_INSIDE = (": ", " #")


@functools.cache
def _implicit_tags() -> tuple[dict[str, tuple[tuple[str, re.Pattern[str]], ...]],
                              tuple[tuple[str, re.Pattern[str]], ...]]:
    """The dumper's implicit resolvers (what decides whether a plain text would read back as
    a number, a date, a boolean, null) by first character, and those for any other."""
    from quiz.deckfile.writer import _dumper

    table = _dumper().yaml_implicit_resolvers
    wildcard = tuple(table.get(None, ()))
    return {first: (*resolvers, *wildcard) for first, resolvers in table.items()
            if first is not None}, wildcard


_STR_TAG = "tag:yaml.org,2002:str"


# most texts of a deck recur (kinds, tags, files, choices, a fact's sentence on each of its
# cards): each is worked out once (sized for the decks of 1,000 articles: about 70,000
# distinct texts and places, of which 16,384 kept only a third of the repeats)
@functools.lru_cache(maxsize=131072)
def _scalar(text: str, column: int, indent: int, margin: int = 0) -> str | None:
    """``text`` as libyaml writes a block scalar starting at ``column`` (its continuation
    lines at ``indent``, then moved right by ``margin``), or ``None`` when it is not a plain
    or simply quoted one."""
    if not text or _WRITTEN_AS_IS.fullmatch(text) is None or text[-1] == " ":
        return None
    first = text[0]
    if first not in _INDICATORS_FIRST and not text.startswith(("---", "...")) and \
            text[-1] != ":" and _INDICATORS_INSIDE[0] not in text and \
            _INDICATORS_INSIDE[1] not in text:
        # plain, unless it would read back as a number, a date, a boolean or null
        by_first, wildcard = _implicit_tags()
        for tag, pattern in by_first.get(first, wildcard):
            if pattern.match(text):
                if tag != _STR_TAG:
                    break
                return _folded(text, column, indent, margin)
        else:
            return _folded(text, column, indent, margin)
    if "'" in text or first in "-?: ":
        return None  # (left to libyaml: quotes doubled, or indicators it may still allow)
    return _folded(f"'{text}'", column, indent, margin)


@functools.lru_cache(maxsize=256)
def _plain_key(key: str) -> bool:
    """Whether libyaml writes ``key`` as a simple key, plain and as it is."""
    return len(key) <= 128 and _scalar(key, 0, 0) == key


def _folded(text: str, column: int, indent: int, margin: int) -> str:
    """``text`` (no space at either end) broken as libyaml breaks it: at a single space (none
    before or after it) written once the line is past :data:`WIDTH` characters, the space
    replaced by a line break and ``indent`` spaces (and ``margin`` more)."""
    last = len(text) - 1
    if column + last - 1 <= WIDTH:
        return text  # (no space past the width with a character after it)
    lines = []
    start = 0
    at = text.find(" ", start + max(0, WIDTH + 1 - column))
    while at != -1:
        if text[at - 1] != " " and at < last and text[at + 1] != " ":
            lines.append(text[start:at])
            start, column = at + 1, indent
            at = text.find(" ", start + max(0, WIDTH + 1 - column))
        else:
            at = text.find(" ", at + 1)
    lines.append(text[start:])
    return ("\n" + " " * (margin + indent)).join(lines)


def block_yaml(data: dict[str, Any] | list[dict[str, Any]], margin: int = 0) -> str | None:
    """``data`` (a mapping, or a list of mappings, of texts, booleans, dates, mappings and
    lists of texts or of mappings) as ``yaml.dump`` writes it in block style, every line then
    indented by ``margin`` spaces; ``None`` when some part of it is beyond these rules."""
    out: list[str] = []
    pad = " " * margin
    if type(data) is dict:
        return "".join(out) if _mapping(data, 0, pad, out.append, margin) else None
    for item in data:
        if type(item) is not dict or not _mapping(item, 2, f"{pad}- ", out.append, margin):
            return None
    return "".join(out)


def _mapping(data: dict[str, Any], indent: int, first: str, write: Callable[[str], Any],
             margin: int) -> bool:
    """Write the mapping ``data`` with its keys at column ``indent`` (and ``margin`` more);
    ``first`` is what goes before the first key (a sequence's "- " or the indent)."""
    if not data:
        return False
    lead = first
    pad = " " * margin
    for key, value in data.items():
        if type(key) is not str or not _plain_key(key):
            return False
        kind = type(value)
        if kind is str:
            text = _scalar(value, indent + len(key) + 2, indent + 2, margin)
            if text is None:
                return False
            write(f"{lead}{key}: {text}\n")
        elif kind is bool:
            write(f"{lead}{key}: {'true' if value else 'false'}\n")
        elif kind is dt.date:  # (plain: it reads back as the date it is)
            write(f"{lead}{key}: {value.isoformat()}\n")
        elif kind is dict:
            write(f"{lead}{key}:\n")
            if not _mapping(value, indent + 2, f"{pad}{' ' * (indent + 2)}", write, margin):
                return False
        elif kind is list and value:
            write(f"{lead}{key}:\n")
            dash = f"{pad}{' ' * indent}- "
            for item in value:  # (a sequence in a mapping is not indented: "- " at the key)
                if type(item) is str:
                    text = _scalar(item, indent + 2, indent + 2, margin)
                    if text is None:
                        return False
                    write(f"{dash}{text}\n")
                elif type(item) is not dict or not _mapping(item, indent + 2, dash, write,
                                                            margin):
                    return False
        else:
            return False
        lead = f"{pad}{' ' * indent}"
    return True
