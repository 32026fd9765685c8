"""Turn untrusted deck bytes into a YAML node tree, refusing what could hurt us on the way.

The checks run cheapest first, so a hostile file costs almost nothing: the byte size before
anything is read, UTF-8 before any YAML, then one streaming pass over the parser's events that
stops at the first alias (a billion-laughs bomb is nothing but aliases), at a tag that is not
plain data (``!!python/object``), or at absurd nesting (libyaml's composer is recursive C and
crashes the interpreter on deep nesting; its parser is slow on it too). Only a file that passes all of this is composed into nodes, which keep the
line and column of every value for the validator's messages.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quiz.errors import Problem

if TYPE_CHECKING:
    import yaml

#: Decks larger than this are refused before parsing. The biggest generated deck is ~100 kB.
MAX_BYTES = 5 * 1024 * 1024
#: Deepest nesting of lists and mappings a deck may have (a deck needs 4).
MAX_DEPTH = 16
#: Tags of plain YAML data (``!!str 1969``); any other tag (``!!python/object``) is refused.
_PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in
                        ("str", "int", "float", "bool", "null", "timestamp", "seq", "map"))


@dataclass(frozen=True, slots=True)
class Parsed:
    """The outcome of reading one deck: its root node (None when unusable) and what went wrong."""

    node: yaml.Node | None
    problems: tuple[Problem, ...]


#: The plain scalars YAML 1.1 reads as null or as a boolean; every other plain scalar is text
#: to us (the validator reads values from the text written, so ints and dates need no tags).
_NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOL_WORDS = frozenset(variant for word in ("yes", "no", "true", "false", "on", "off")
                        for variant in (word, word.capitalize(), word.upper()))


@functools.cache
def _loader() -> Any:
    """The fastest safe loader available (libyaml's is about ten times faster), resolving only
    the null and boolean tags the validator looks at: PyYAML's regex resolver is a third of
    the time of composing a big deck otherwise."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[valid-type, misc]
        def resolve(self, kind: Any, value: str, implicit: tuple[bool, bool]) -> str:
            if kind is yaml.ScalarNode and implicit[0]:
                if value in _NULL_WORDS:
                    return "tag:yaml.org,2002:null"
                if value in _BOOL_WORDS:
                    return "tag:yaml.org,2002:bool"
                return "tag:yaml.org,2002:str"
            resolved: str = super().resolve(kind, value, implicit)
            return resolved

    return Loader


def read_bytes(path: Path) -> bytes | Problem:
    """The file's bytes, or the problem that stops us reading them (too big, missing...)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return _too_big(path, size)
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)  # the file may grow between stat and read
    except FileNotFoundError:
        return Problem(path, 0, 0, "no such file", "check the path")
    except IsADirectoryError:
        return Problem(path, 0, 0, "this is a folder, not a deck file",
                       "give the .yaml files in it, or the folder to `quiz validate`")
    except PermissionError:
        return Problem(path, 0, 0, "permission denied", "check the file's permissions")
    except OSError as error:
        return Problem(path, 0, 0, f"cannot read the file: {error.strerror or error}")
    if len(data) > MAX_BYTES:
        return _too_big(path, len(data))
    return data


def _too_big(path: Path | str, size: int) -> Problem:
    return Problem(path, 0, 0,
                   f"the file is {size / 1024 / 1024:.1f} MB; decks may be at most "
                   f"{MAX_BYTES // 1024 // 1024} MB",
                   "split it into several decks")


def decode(data: bytes, path: Path | str) -> str | Problem:
    """UTF-8 text (a byte-order mark is dropped), or where the first undecodable byte is."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        start = error.start
        line = data.count(b"\n", 0, start) + 1
        column = start - (data.rfind(b"\n", 0, start) + 1) + 1
        return Problem(path, line, column,
                       f"not UTF-8 text: byte 0x{data[start]:02x} at offset {start} "
                       "cannot be decoded",
                       "save the file as UTF-8; most editors offer it under 'encoding'")


def parse(data: bytes | str, path: Path | str) -> Parsed:
    """Check ``data`` (size, encoding, aliases, depth) and compose it into YAML nodes."""
    import yaml

    if len(data) > MAX_BYTES:
        return Parsed(None, (_too_big(path, len(data)),))
    if isinstance(data, bytes):
        text = decode(data, path)
        if isinstance(text, Problem):
            return Parsed(None, (text,))
    else:
        text = data
    try:
        refusal = _scan_events(text, path)
        if refusal is not None:
            return Parsed(None, (refusal,))
        node = yaml.compose(text, Loader=_loader())
    except yaml.YAMLError as error:
        return Parsed(None, (_yaml_problem(error, path, text),))
    if node is None:
        return Parsed(None, (Problem(path, 0, 0, "the file is empty",
                                     "start from `quiz new PATH` or docs/deck-format.md"),))
    return Parsed(node, ())


def _scan_events(text: str, path: Path | str) -> Problem | None:
    """Stream the parser's events; stop at the first alias or at nesting deeper than allowed."""
    import yaml
    from yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent, NodeEvent

    depth = 0
    for event in yaml.parse(text, Loader=_loader()):
        tag = getattr(event, "tag", None) if isinstance(event, NodeEvent) else None
        if tag and tag != "!" and tag not in _PLAIN_TAGS:
            return _at(path, event.start_mark, f"the YAML tag {_short_tag(tag)} is not allowed in decks",
                       "decks hold plain texts and lists; remove the tag")
        if isinstance(event, CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return _at(path, event.start_mark,
                           f"the data is nested more than {MAX_DEPTH} levels deep",
                           "a deck needs only a few levels: deck, cards, card, source")
        elif isinstance(event, CollectionEndEvent):
            depth -= 1
        elif isinstance(event, AliasEvent):
            return _at(path, event.start_mark,
                       f"YAML aliases (*{event.anchor}) are not allowed in decks",
                       "write the value out in full instead of referring to an anchor")
    return None


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:") else tag


def _at(path: Path | str, mark: Any, message: str, hint: str = "") -> Problem:
    return Problem(path, mark.line + 1, mark.column + 1, message, hint)


def _yaml_problem(error: yaml.YAMLError, path: Path | str, text: str) -> Problem:
    """A syntax error from libyaml or PyYAML, reworded as a located problem."""
    hint = "check the indentation and the quoting around this place"
    mark = getattr(error, "problem_mark", None)
    if mark is not None:
        message = f"not valid YAML: {getattr(error, 'problem', None) or 'syntax error'}"
        context, start = getattr(error, "context", None), getattr(error, "context_mark", None)
        if context and start is not None and (start.line, start.column) != (mark.line,
                                                                           mark.column):
            message += f" {context} that starts at line {start.line + 1}, column {start.column + 1}"
        if "mapping values are not allowed" in message:
            hint = "put a text that contains ': ' in quotes, like question: \"Why: ...?\""
        lines = text.splitlines()
        if mark.line < len(lines) and lines[mark.line][mark.column:mark.column + 1] == "\t":
            hint = "YAML does not allow tabs for indentation; use spaces"
        return _at(path, mark, message, hint)
    position = getattr(error, "position", None)
    if isinstance(position, int) and 0 <= position <= len(text):  # a ReaderError
        line = text.count("\n", 0, position)
        column = position - (text.rfind("\n", 0, position) + 1)
        character = getattr(error, "character", "?")
        code = f"U+{character:04X}" if isinstance(character, int) else repr(character)
        return Problem(path, line + 1, column + 1,
                       f"not valid YAML: the control character {code} is not allowed",
                       "remove it (it is often a paste from a word processor)")
    return Problem(path, 0, 0, f"not valid YAML: {error}", hint)
