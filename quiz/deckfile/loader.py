"""Load and validate deck files: the reader's safety checks, then the validator's rules."""

from __future__ import annotations

from pathlib import Path

from quiz.errors import DeckError, Problem
from quiz.model import Deck


def check_bytes(data: bytes | str, path: Path | str) -> tuple[Deck | None, list[Problem]]:
    """The deck in ``data`` (None when it has problems) and every problem, located in ``path``."""
    from quiz.deckfile.reader import parse
    from quiz.deckfile.validate import check_deck

    parsed = parse(data, path)
    if parsed.node is None:
        return None, list(parsed.problems)
    return check_deck(parsed.node, path)


def check_file(path: Path) -> tuple[Deck | None, list[Problem]]:
    """Read ``path`` (refusing oversized files unread) and check it."""
    from quiz.deckfile.reader import read_bytes

    data = read_bytes(path)
    if isinstance(data, Problem):
        return None, [data]
    return check_bytes(data, path)


def load_deck(path: Path) -> Deck:
    """The deck in ``path``; raises :class:`DeckError` listing every problem if it is not valid."""
    deck, problems = check_file(Path(path))
    if deck is None:
        raise DeckError(problems)
    return deck


def loads_deck(text: str, path: Path | str = "<string>") -> Deck:
    """The deck in ``text``; ``path`` only names it in problems (and is kept on the deck)."""
    deck, problems = check_bytes(text, path)
    if deck is None:
        raise DeckError(problems)
    return deck


def validate_file(path: Path) -> list[Problem]:
    """Every problem of the deck file ``path`` (empty when valid); never raises for bad input."""
    return check_file(Path(path))[1]
