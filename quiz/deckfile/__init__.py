"""The YAML deck format: safe reading, validation with located problems, writing, discovery.

The public names are imported lazily so that ``import quiz.deckfile`` costs nothing until a
function is used (PyYAML is imported only when a deck is read or written).

- :func:`load_deck`, :func:`loads_deck`: a :class:`~quiz.model.Deck`, or
  :class:`~quiz.errors.DeckError` listing every problem.
- :func:`validate_file`: the problems of one file, never raising for bad input.
- :func:`dump_deck`, :func:`write_deck`: YAML text (with the schema comment), atomic writes.
- :func:`discover_decks`: the bundled, user and given deck files, as :class:`DeckLocation`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quiz.deckfile.discovery import DeckLocation, discover_decks
    from quiz.deckfile.loader import load_deck, loads_deck, validate_file
    from quiz.deckfile.writer import dump_deck, write_deck

__all__ = ["DeckLocation", "discover_decks", "dump_deck", "load_deck", "loads_deck",
           "validate_file", "write_deck"]

_HOMES = {
    "DeckLocation": "quiz.deckfile.discovery",
    "discover_decks": "quiz.deckfile.discovery",
    "load_deck": "quiz.deckfile.loader",
    "loads_deck": "quiz.deckfile.loader",
    "validate_file": "quiz.deckfile.loader",
    "dump_deck": "quiz.deckfile.writer",
    "write_deck": "quiz.deckfile.writer",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'quiz.deckfile' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
