"""What a session asks: due reviews and new cards within each deck's daily limits, or the
cards chosen for cram. Built from the store's schedule and deck cache, never from deck files.

A view deck (``part_of`` a known deck) keeps the schedule of the cards it shares with its
parent under the parent's id: when both are studied the shared cards come from the parent
only, so no card is asked twice; studied alone, the view asks them with the parent's
schedule.
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

Key = tuple[str, str]  # (deck_id, card_id) under which the card's schedule is kept


@dataclass(frozen=True, slots=True)
class QueueItem:
    """A queued card: its schedule key, whether it has never been answered, and the deck it
    is shown from when that is not the key's deck (a view deck's card shared with its
    parent keeps its schedule under the parent's id)."""

    key: Key
    is_new: bool
    home: str = ""

    @property
    def deck_id(self) -> str:
        """The session deck the card is read from and shown as."""
        return self.home or self.key[0]


@dataclass(frozen=True, slots=True)
class Part:
    """Cards of one deck file whose schedule is kept under one deck id.

    A plain deck is one part. A view deck (``part_of`` a known deck) is two: its own cards
    (``exclude`` is the parent's file, whose cards are not its own) and, unless the parent is
    studied too, the shared ones (scheduled under the parent's id)."""

    state_deck: str
    path: str
    home: str
    exclude: str = ""  # a deck file whose card ids are left out
    shared: bool = False  # only the cards whose id is also in ``state_deck``'s own file


def parts(decks: Sequence[CachedDeck], parents: dict[str, CachedDeck]) -> list[Part]:
    """The parts of ``decks``; ``parents`` maps a view deck's id to its (known) parent."""
    studied = {deck.deck_id for deck in decks}
    result: list[Part] = []
    for deck in decks:
        parent = parents.get(deck.deck_id)
        if parent is None:
            result.append(Part(deck.deck_id, str(deck.path), deck.deck_id))
            continue
        result.append(Part(deck.deck_id, str(deck.path), deck.deck_id, exclude=str(parent.path)))
        if parent.deck_id not in studied:
            result.append(Part(parent.deck_id, str(deck.path), deck.deck_id,
                               exclude=str(parent.path), shared=True))
    return result


def part_filter(part: Part, alias: str = "c") -> tuple[str, tuple[str, ...]]:
    """SQL (starting with AND) keeping the part's cards among ``alias``'s rows of its file."""
    if not part.exclude:
        return "", ()
    keyword = "EXISTS" if part.shared else "NOT EXISTS"
    return (f" AND {keyword} (SELECT 1 FROM cards pc WHERE pc.path = ? "
            f"AND pc.card_id = {alias}.card_id)", (part.exclude,))


def answered_today(store: Store, learner_id: int, begin: int) -> dict[tuple[str, str], int]:
    """How many cards of each (deck id, kind: "new", "review"...) were answered since
    ``begin`` (the learner's day start, stored form), cram left out."""
    return {(str(deck_id), str(kind)): int(count) for deck_id, kind, count in store.query(
        "SELECT deck_id, kind, COUNT(*) FROM review_log WHERE learner = ? "
        "AND id >= ? AND reviewed_at >= ? AND NOT cram GROUP BY deck_id, kind",
        (learner_id, begin, begin))}


def build_queue(store: Store, learner_id: int, deck_parts: Sequence[Part],
                settings: Settings, now: dt.datetime, tz: dt.tzinfo | None, *,
                categories: Sequence[Category] | None = None
                ) -> tuple[list[QueueItem], dict[Key, dt.datetime], dict[Key, str]]:
    """The queue of a normal session: due reviews (most overdue first, within each deck's
    remaining review limit), then new cards (deck order, within the new-card limit); the
    learning cards due before the day ends; and the deck each key is shown from, when it is
    not the key's own deck."""
    end = to_us(next_day_start(now, settings.day_start_hour, tz))
    begin = to_us(day_start(now, settings.day_start_hour, tz))
    done = answered_today(store, learner_id, begin)
    category_filter = ""
    category_values: tuple[str, ...] = ()
    if categories:
        category_filter = f" AND c.category IN ({','.join('?' * len(categories))})"
        category_values = tuple(Category(c).value for c in categories)
    reviews: list[tuple[int, QueueItem]] = []
    new: list[QueueItem] = []
    learning: dict[Key, dt.datetime] = {}
    homes: dict[Key, str] = {}
    for part in deck_parts:
        deck_id, path = part.state_deck, part.path
        home = "" if part.home == deck_id else part.home
        shared, shared_values = part_filter(part)
        filters = category_filter + shared
        values = (*category_values, *shared_values)
        left = max(0, settings.reviews_per_day - done.get((deck_id, "review"), 0))
        # The ``left`` most overdue first, checked against the deck's cards; only when some
        # of those are not asked (a card left its deck, a category filter) is every due card
        # checked, which costs a lookup of each (2,000 due cards: 1 ms against 0.3).
        due_rows = store.query(
            "SELECT d.card_id, d.due FROM (SELECT card_id, due FROM card_state "
            "WHERE learner = ? AND deck_id = ? AND state = 2 AND due < ? ORDER BY due "
            "LIMIT ?) d JOIN cards c ON c.path = ? AND c.card_id = d.card_id"
            f"{filters} ORDER BY d.due",
            (learner_id, deck_id, end, left, path, *values))
        if len(due_rows) < left:
            due_rows = store.query(
                "SELECT cs.card_id, cs.due FROM card_state cs JOIN cards c "
                "ON c.path = ? AND c.card_id = cs.card_id WHERE cs.learner = ? "
                f"AND cs.deck_id = ? AND cs.state = 2 AND cs.due < ?{filters} "
                "ORDER BY cs.due LIMIT ?",
                (path, learner_id, deck_id, end, *values, left))
        reviews.extend((int(due), QueueItem((deck_id, str(card_id)), False, home))
                       for card_id, due in due_rows)
        for card_id, due in store.query(
                "SELECT cs.card_id, cs.due FROM card_state cs JOIN cards c "
                "ON c.path = ? AND c.card_id = cs.card_id WHERE cs.learner = ? "
                f"AND cs.deck_id = ? AND cs.state IN (1, 3) AND cs.due < ?{filters}",
                (path, learner_id, deck_id, end, *values)):
            learning[(deck_id, str(card_id))] = from_us(int(due))
            if home:
                homes[(deck_id, str(card_id))] = home
        left = max(0, settings.new_per_day - done.get((deck_id, "new"), 0))
        for (card_id,) in store.query(
                "SELECT c.card_id FROM cards c WHERE c.path = ?"
                f"{filters} AND NOT EXISTS (SELECT 1 FROM card_state cs "
                "WHERE cs.learner = ? AND cs.deck_id = ? AND cs.card_id = c.card_id) "
                "ORDER BY c.position LIMIT ?",
                (path, *values, learner_id, deck_id, left)):
            new.append(QueueItem((deck_id, str(card_id)), True, home))
    reviews.sort(key=lambda pair: pair[0])
    return [item for _, item in reviews] + new, learning, homes


def pinned_queue(store: Store, learner_id: int, deck_parts: Sequence[Part],
                 card_ids: Sequence[tuple[str, str]] | None,
                 categories: Sequence[Category] | None) -> list[QueueItem]:
    """The queue of chosen cards (cram, or pinned (deck id, card id) pairs, in their order),
    regardless of due dates; a card shared by two of the decks is asked once."""
    wanted = {Category(c).value for c in categories} if categories else None
    found: dict[tuple[str, str], tuple[Key, str]] = {}  # as shown or as keyed -> key, home
    for part in deck_parts:
        shared, shared_values = part_filter(part)
        for card_id, category in store.query(
                f"SELECT c.card_id, c.category FROM cards c WHERE c.path = ?{shared} "
                "ORDER BY c.position", (part.path, *shared_values)):
            if card_ids is None and wanted is not None and category not in wanted:
                continue
            key = (part.state_deck, str(card_id))
            found.setdefault((part.home, key[1]), (key, part.home))
            found.setdefault(key, (key, part.home))
    chosen: dict[Key, str] = {}
    for pair in (found if card_ids is None else card_ids):
        if pair in found:
            key, home = found[pair]
            chosen.setdefault(key, home)
    seen: set[Key] = set()
    for deck_id in dict.fromkeys(deck for deck, _ in chosen):
        seen.update((deck_id, str(card_id)) for (card_id,) in store.query(
            "SELECT card_id FROM card_state WHERE learner = ? AND deck_id = ?",
            (learner_id, deck_id)))
    return [QueueItem(key, key not in seen, "" if home == key[0] else home)
            for key, home in chosen.items()]
