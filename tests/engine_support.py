"""Helpers shared by the engine's tests: deck builders, a settable clock, a service factory."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from quiz.deckfile import write_deck
from quiz.engine.service import Service, open_service
from quiz.model import Card, CardType, Category, Deck

UTC = dt.timezone.utc
START = dt.datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime = START) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


def typed_cards(count: int, *, prefix: str = "c",
                categories: Sequence[Category] = (Category.ACTOR,)) -> tuple[Card, ...]:
    """Typed cards whose answers are "Answer <n>" (distinct, easy to answer right or wrong)."""
    return tuple(Card(id=f"{prefix}{i}", type=CardType.TYPED,
                      category=categories[i % len(categories)],
                      question=f"Question {prefix}{i}?", answer=f"Answer number {i}")
                 for i in range(count))


def make_deck(deck_id: str, count: int, **options: object) -> Deck:
    return Deck(id=deck_id, title=f"Deck {deck_id}", cards=typed_cards(count, **options))  # type: ignore[arg-type]


def write_decks(folder: Path, *decks: Deck) -> list[Path]:
    paths = []
    for deck in decks:
        path = folder / f"{deck.id}.yaml"
        write_deck(deck, path)
        paths.append(path)
    return paths


def service_with(tmp_path: Path, *decks: Deck, clock: Clock | None = None,
                 tz: dt.tzinfo | None = UTC) -> Service:
    """A service on a fresh database with ``decks`` written to ``tmp_path/decks``."""
    folder = tmp_path / "decks"
    folder.mkdir(exist_ok=True)
    write_decks(folder, *decks)
    return open_service(tmp_path / "quiz.sqlite3", [folder], clock=clock or Clock(), tz=tz)


def learner(service: Service) -> str:
    return service.learners()[0]


def answer_all(session: object, *, right: bool = True, duration: float = 2.0,
               limit: int | None = None) -> int:
    """Answer the cards of ``session`` (right or wrong), at most ``limit`` answers (cards
    answered wrong keep coming back); return how many answers were given."""
    count = 0
    while (limit is None or count < limit) and (card := session.current()) is not None:  # type: ignore[attr-defined]
        session.answer(card.card.answer if right else "nothing like it", duration)  # type: ignore[attr-defined]
        count += 1
    return count
