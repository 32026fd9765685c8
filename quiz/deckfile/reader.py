"""Turn untrusted deck bytes into a YAML node tree, refusing what could hurt us on the way.

The checks run cheapest first, so a hostile file costs almost nothing: the byte size before
anything is read, UTF-8 before any YAML, then one streaming pass over the parser's events that
stops at the first alias (a billion-laughs bomb is nothing but aliases) or at absurd nesting
(libyaml's composer is recursive C and crashes the interpreter on deep nesting; its parser is
slow on it too). Only a file that passes all of this is composed into nodes, which keep the
line and column of every value for the validator's messages.
"""

from __future__ import annotations

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


@dataclass(frozen=True, slots=True)
class Parsed:
    """The outcome of reading one deck: its root node (None when unusable) and what went wrong."""

    node: yaml.Node | None
    problems: tuple[Problem, ...]


def _loader() -> Any:
    """The fastest safe loader available (libyaml's is about ten times faster)."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
                       "save the file as UTF-8 (most editors offer it under 'encoding')")


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
        return Parsed(None, (_yaml_problem(error, path),))
    if node is None:
        return Parsed(None, (Problem(path, 0, 0, "the file is empty",
                                     "start from `quiz new PATH` or docs/deck-format.md"),))
    return Parsed(node, ())


def _scan_events(text: str, path: Path | str) -> Problem | None:
    """Stream the parser's events; stop at the first alias or at nesting deeper than allowed."""
    import yaml
    from yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent

    depth = 0
    for event in yaml.parse(text, Loader=_loader()):
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


def _at(path: Path | str, mark: Any, message: str, hint: str = "") -> Problem:
    return Problem(path, mark.line + 1, mark.column + 1, message, hint)


def _yaml_problem(error: yaml.YAMLError, path: Path | str) -> Problem:
    """A syntax error from PyYAML or libyaml, reworded as a located problem."""
    hint = "check the indentation and the quoting around this place"
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None)
    if mark is not None:
        context = getattr(error, "context", None)
        detail = f"{context}, {problem}" if context and problem else (problem or str(error))
        return _at(path, mark, f"not valid YAML: {detail}", hint)
    if hasattr(error, "position") and hasattr(error, "character"):  # a ReaderError
        return Problem(path, 0, 0,
                       f"not valid YAML: character {error.character!r} at offset "
                       f"{error.position} is not allowed",
                       "remove control characters from the file")
    return Problem(path, 0, 0, f"not valid YAML: {error}", hint)
