"""The domain values shared by every layer: decks, cards, sources and their closed sets.

Values are frozen dataclasses so a loaded deck can be shared between threads and cached
without defensive copies. Conversion to and from plain YAML/JSON data lives in
``quiz.deckfile`` (the file format is a boundary concern, not a property of the values).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class CardType(StrEnum):
    """How a card is answered."""

    RECALL = "recall"  # flip and self-grade 1-4
    TYPED = "typed"  # type the answer
    CHOICE = "choice"  # pick one of ``choices``
    CLOZE = "cloze"  # fill the gap (``___``) in ``question``; a phrase is self-graded
    TRUEFALSE = "truefalse"  # ``question`` is a statement, ``answer`` is "true" or "false"
    ORDER = "order"  # put ``items`` (listed in the correct order) back in order


class Category(StrEnum):
    """What kind of fact a card asks about."""

    DATE = "date"
    ACTOR = "actor"
    FIGURE = "figure"
    CAUSE = "cause"
    OTHER = "other"


#: The marker of the gap in a cloze card's question: three or more underscores.
CLOZE_GAP = "___"


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a card's fact comes from: an article file and the verbatim sentence."""

    file: str
    sentence: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """Another source that states a different value for the same fact."""

    file: str
    value: str
    sentence: str = ""


@dataclass(frozen=True, slots=True)
class Card:
    """One question. ``id`` is stable across regenerations: review history is keyed on it."""

    id: str
    type: CardType
    category: Category
    question: str
    answer: str = ""
    accept: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    explanation: str = ""
    source: SourceRef | None = None
    tags: tuple[str, ...] = ()
    conflict: tuple[Conflict, ...] = ()

    @property
    def answers(self) -> tuple[str, ...]:
        """The canonical answer followed by every accepted alias."""
        return (self.answer, *self.accept) if self.answer else self.accept


@dataclass(frozen=True, slots=True)
class Source:
    """An article a deck was built from."""

    id: str
    file: str
    title: str = ""
    published: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Deck:
    """A named list of cards. ``path`` records where it was loaded from (not part of equality).

    ``part_of`` names the deck this one is a view of: a card whose id is also in that deck is
    the same card, and shares its review history with it (a per-category deck cut from a
    deck with every card, say).
    """

    id: str
    title: str
    cards: tuple[Card, ...]
    description: str = ""
    tags: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    path: Path | None = field(default=None, compare=False)
    part_of: str = ""

    def card(self, card_id: str) -> Card | None:
        """The card with ``card_id``, or ``None``."""
        for card in self.cards:
            if card.id == card_id:
                return card
        return None

    def source(self, file: str) -> Source | None:
        """The source whose ``file`` is ``file``, or ``None``."""
        for source in self.sources:
            if source.file == file:
                return source
        return None
