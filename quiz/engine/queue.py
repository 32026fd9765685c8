"""What a session asks: due reviews and new cards within each deck's daily limits, or the
cards chosen for cram. Built from the store's schedule and deck cache, never from deck files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from quiz.engine.api import Settings
from quiz.engine.catalog import CachedDeck
from quiz.engine.clock import day_start, next_day_start
from quiz.engine.store import Store, from_us, to_us
from quiz.model import Category

Key = tuple[str, str]  # (deck_id, card_id)


@dataclass(frozen=True, slots=True)
class QueueItem:
    """A queued card: its key and whether it has never been answered."""

    key: Key
    is_new: bool


def build_queue(store: Store, learner_id: int, decks: Sequence[CachedDeck],
                settings: Settings, now: dt.datetime, tz: dt.tzinfo | None, *,
                categories: Sequence[Category] | None = None
                ) -> tuple[list[QueueItem], dict[Key, dt.datetime]]:
    """The queue of a normal session: due reviews (most overdue first, within each deck's
    remaining review limit), then new cards (deck order, within the new-card limit); and the
    learning cards due before the day ends."""
    end = to_us(next_day_start(now, settings.day_start_hour, tz))
    begin = to_us(day_start(now, settings.day_start_hour, tz))
    done: dict[tuple[str, str], int] = {}
    for deck_id, kind, count in store.query(
            "SELECT deck_id, kind, COUNT(*) FROM review_log WHERE learner = ? "
            "AND reviewed_at >= ? AND NOT cram GROUP BY deck_id, kind", (learner_id, begin)):
        done[(str(deck_id), str(kind))] = int(count)
    category_filter = ""
    category_values: tuple[str, ...] = ()
    if categories:
        category_filter = f" AND c.category IN ({','.join('?' * len(categories))})"
        category_values = tuple(Category(c).value for c in categories)
    reviews: list[tuple[int, QueueItem]] = []
    new: list[QueueItem] = []
    learning: dict[Key, dt.datetime] = {}
    for deck in decks:
        path = str(deck.path)
        left = max(0, settings.reviews_per_day - done.get((deck.deck_id, "review"), 0))
        for card_id, due in store.query(
                "SELECT cs.card_id, cs.due FROM card_state cs JOIN cards c "
                "ON c.path = ? AND c.card_id = cs.card_id WHERE cs.learner = ? "
                f"AND cs.deck_id = ? AND cs.state = 2 AND cs.due < ?{category_filter} "
                "ORDER BY cs.due LIMIT ?",
                (path, learner_id, deck.deck_id, end, *category_values, left)):
            reviews.append((int(due), QueueItem((deck.deck_id, str(card_id)), False)))
        for card_id, due in store.query(
                "SELECT cs.card_id, cs.due FROM card_state cs JOIN cards c "
                "ON c.path = ? AND c.card_id = cs.card_id WHERE cs.learner = ? "
                f"AND cs.deck_id = ? AND cs.state IN (1, 3) AND cs.due < ?{category_filter}",
                (path, learner_id, deck.deck_id, end, *category_values)):
            learning[(deck.deck_id, str(card_id))] = from_us(int(due))
        left = max(0, settings.new_per_day - done.get((deck.deck_id, "new"), 0))
        for (card_id,) in store.query(
                "SELECT c.card_id FROM cards c WHERE c.path = ?"
                f"{category_filter} AND NOT EXISTS (SELECT 1 FROM card_state cs "
                "WHERE cs.learner = ? AND cs.deck_id = ? AND cs.card_id = c.card_id) "
                "ORDER BY c.position LIMIT ?",
                (path, *category_values, learner_id, deck.deck_id, left)):
            new.append(QueueItem((deck.deck_id, str(card_id)), True))
    reviews.sort(key=lambda pair: pair[0])
    return [item for _, item in reviews] + new, learning


def pinned_queue(store: Store, learner_id: int, decks: Sequence[CachedDeck],
                 card_ids: Sequence[Key] | None,
                 categories: Sequence[Category] | None) -> list[QueueItem]:
    """The queue of chosen cards (cram, or pinned ``card_ids``), regardless of due dates."""
    by_id = {deck.deck_id: deck for deck in decks}
    wanted = {Category(c).value for c in categories} if categories else None
    chosen: list[Key] = []
    if card_ids is not None:
        chosen = [(d, c) for d, c in card_ids if d in by_id]
    else:
        for deck in decks:
            chosen.extend((deck.deck_id, str(card_id)) for card_id, category in store.query(
                "SELECT card_id, category FROM cards WHERE path = ? ORDER BY position",
                (str(deck.path),)) if wanted is None or category in wanted)
    seen: set[Key] = set()
    for deck_id in dict.fromkeys(deck for deck, _ in chosen):
        seen.update((deck_id, str(card_id)) for (card_id,) in store.query(
            "SELECT card_id FROM card_state WHERE learner = ? AND deck_id = ?",
            (learner_id, deck_id)))
    return [QueueItem(key, key not in seen) for key in dict.fromkeys(chosen)]
