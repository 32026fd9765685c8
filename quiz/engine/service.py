"""The study service: the one object front ends talk to (see :mod:`quiz.engine.api`).

``open_service`` opens the score database, makes sure there is a learner, and brings the deck
catalog cache up to date (a ``stat`` per deck file; only changed files are parsed).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from quiz.engine.api import (
    Counts,
    DeckSummary,
    LearnerStats,
    Rating,
    ReviewRecord,
    Settings,
    StudySession,
)
from quiz.engine.catalog import CachedDeck, Catalog
from quiz.engine.clock import day_start, ensure_utc, next_day_start, utc_now
from quiz.engine.queue import answered_today, build_queue, parts, pinned_queue
from quiz.engine.scheduler import Scheduler
from quiz.engine.session import Session
from quiz.engine.store import Store, card_log, from_us, session_owner, to_us
from quiz.errors import Problem, QuizError
from quiz.model import Category, Deck

_DEFAULT_LEARNER = "me"
#: Unicode categories a learner name may not contain: controls (escape sequences), format
#: characters (bidi overrides, zero-width) and separators other than the plain space.
_UNPRINTABLE = frozenset({"Cc", "Cf", "Zl", "Zp"})


def default_learner_name() -> str:
    """The OS user's name, or "me" when the system cannot say."""
    import getpass

    try:
        name = getpass.getuser().strip()
    except (OSError, KeyError, ImportError):
        return _DEFAULT_LEARNER
    return name or _DEFAULT_LEARNER


def settings_to_json(settings: Settings) -> str:
    return json.dumps(dataclasses.asdict(settings), separators=(",", ":"))


def settings_from_json(text: str) -> Settings:
    """Settings from stored JSON; unknown keys (from a newer quiz) are ignored."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    names = {f.name for f in dataclasses.fields(Settings)}
    values: dict[str, Any] = {k: v for k, v in data.items() if k in names}
    for name in ("learning_steps_minutes", "relearning_steps_minutes"):
        if name in values:
            values[name] = tuple(float(m) for m in values[name])
    return Settings(**values)


class Service:
    """Implements :class:`quiz.engine.api.StudyService` on a :class:`Store`."""

    def __init__(self, store: Store, *, clock: Callable[[], dt.datetime],
                 tz: dt.tzinfo | None, extra_decks: Sequence[Path] = ()) -> None:
        self.store = store
        self.catalog = Catalog(store)
        self._clock = clock
        self._tz = tz
        self._extra = tuple(Path(p) for p in extra_decks)

    def now(self) -> dt.datetime:
        """The service's clock, in UTC."""
        return ensure_utc(self._clock())

    def close(self) -> None:
        self.store.close()

    # decks ------------------------------------------------------------------------------

    def refresh_decks(self) -> None:
        """Re-scan the deck folders and re-parse the deck files that changed."""
        from quiz.deckfile import discover_decks, load_deck

        self.catalog.sync(discover_decks(self._extra), load_deck)

    def problems(self) -> list[Problem]:
        """Deck files that could not be used (broken, or a duplicate deck id), with why."""
        return self.catalog.problems()

    def _parents(self, decks: Sequence[CachedDeck] | None = None) -> dict[str, CachedDeck]:
        """View deck id -> its parent deck, for the views whose parent is known."""
        known = {deck.deck_id: deck for deck in self.catalog.decks()}
        return {deck.deck_id: known[deck.part_of]
                for deck in (known.values() if decks is None else decks)
                if deck.part_of and deck.part_of != deck.deck_id and deck.part_of in known}

    def decks(self, learner: str) -> list[DeckSummary]:
        learner_id = self._learner_id(learner)
        settings = self.settings(learner)
        now = self.now()
        end = to_us(next_day_start(now, settings.day_start_hour, self._tz))
        done = answered_today(self.store, learner_id,
                              to_us(day_start(now, settings.day_start_hour, self._tz)))
        known = self.catalog.decks()
        parents = self._parents(known)
        per_category: dict[str, dict[Category, Counts]] = {}
        shared: dict[str, Counts] = {}
        for deck in known:
            parent = parents.get(deck.deck_id)
            for category, new, due, learned, shared_new, shared_due, shared_learned in (
                    self.store.query(
                        "SELECT c.category, SUM(cs.card_id IS NULL), SUM(cs.due < ?), "
                        "SUM(cs.due >= ?), SUM(cs.card_id IS NULL AND pc.card_id IS NOT NULL), "
                        "SUM(cs.due < ? AND pc.card_id IS NOT NULL), "
                        "SUM(cs.due >= ? AND pc.card_id IS NOT NULL) FROM cards c "
                        "LEFT JOIN cards pc ON pc.path = ? AND pc.card_id = c.card_id "
                        "LEFT JOIN card_state cs ON cs.learner = ? AND cs.card_id = c.card_id "
                        "AND cs.deck_id = CASE WHEN pc.card_id IS NULL THEN ? ELSE ? END "
                        "WHERE c.path = ? GROUP BY c.category",
                        (end, end, end, end, str(parent.path) if parent else "", learner_id,
                         deck.deck_id, parent.deck_id if parent else "", str(deck.path)))):
                per_category.setdefault(deck.deck_id, {})[Category(str(category))] = Counts(
                    int(new or 0), int(due or 0), int(learned or 0))
                part = shared.get(deck.deck_id, Counts())
                shared[deck.deck_id] = Counts(part.new + int(shared_new or 0),
                                              part.due + int(shared_due or 0),
                                              part.learned + int(shared_learned or 0))
        summaries = []
        for deck in known:
            by_category = per_category.get(deck.deck_id, {})
            counts = Counts(sum(c.new for c in by_category.values()),
                            sum(c.due for c in by_category.values()),
                            sum(c.learned for c in by_category.values()))
            # A session gives at most what today's new-card limit still allows: the deck's
            # own, and for a view's shared cards the parent's (their schedule's deck).
            shared_new = shared.get(deck.deck_id, Counts()).new
            new_today = min(counts.new - shared_new, _new_left(settings, done, deck.deck_id))
            parent = parents.get(deck.deck_id)
            if parent is not None:
                new_today += min(shared_new, _new_left(settings, done, parent.deck_id))
            summaries.append(DeckSummary(deck_id=deck.deck_id, title=deck.title,
                                         origin=deck.origin, path=deck.path, counts=counts,
                                         by_category=by_category,
                                         description=deck.description,
                                         new_today=new_today,
                                         part_of=deck.part_of,
                                         shared=shared.get(deck.deck_id, Counts())))
        return summaries

    def deck(self, deck_id: str) -> Deck:
        deck = self.catalog.deck(deck_id)
        if deck is None:
            raise KeyError(f"no deck with id {deck_id!r}")
        return deck

    # learners ---------------------------------------------------------------------------

    def learners(self) -> list[str]:
        return [name for _, name in self.store.learners()]

    def add_learner(self, name: str) -> str:
        name = name.strip()
        if not name:
            raise QuizError("a learner needs a name")
        bad = next((c for c in name if unicodedata.category(c) in _UNPRINTABLE), None)
        if bad is not None:
            raise QuizError(f"a learner name cannot contain control characters "
                            f"(found U+{ord(bad):04X} in {name!r}); use letters, digits, "
                            "spaces and punctuation")
        self.store.add_learner(name, self.now())
        return name

    def _learner_id(self, learner: str) -> int:
        learner_id = self.store.learner_id(learner)
        if learner_id is None:
            known = ", ".join(self.learners())
            raise QuizError(f"no learner named {learner!r} (known: {known})")
        return learner_id

    def settings(self, learner: str) -> Settings:
        return settings_from_json(self.store.settings_json(self._learner_id(learner)))

    def save_settings(self, learner: str, settings: Settings) -> None:
        self.store.save_settings_json(self._learner_id(learner), settings_to_json(settings))

    # sessions ---------------------------------------------------------------------------

    def start(self, learner: str, deck_ids: Sequence[str] | None = None, *,
              categories: Sequence[Category] | None = None, cram: bool = False,
              card_ids: Sequence[tuple[str, str]] | None = None) -> StudySession:
        learner_id = self._learner_id(learner)
        settings = self.settings(learner)
        now = self.now()
        wanted = list(deck_ids) if deck_ids is not None else None
        if card_ids is not None and wanted is None:
            wanted = list(dict.fromkeys(deck for deck, _ in card_ids))
        decks = self.catalog.decks(wanted)
        if wanted is not None:
            missing = sorted(set(wanted) - {deck.deck_id for deck in decks})
            if missing:
                raise QuizError(f"unknown deck id(s): {', '.join(missing)}")
        parents = self._parents(decks)
        deck_parts = parts(decks, parents)
        learning: dict[tuple[str, str], dt.datetime] = {}
        homes: dict[tuple[str, str], str] = {}
        if cram or card_ids is not None:
            queue = pinned_queue(self.store, learner_id, deck_parts, card_ids, categories)
        else:
            queue, learning, homes = build_queue(self.store, learner_id, deck_parts, settings,
                                                 now, self._tz, categories=categories)
        label = _label(decks, wanted is None, categories, cram)
        with self.store.transaction() as db:
            cursor = db.execute("INSERT INTO sessions (learner, label, deck_ids, started, cram, "
                                "owner) VALUES (?, ?, ?, ?, ?, ?)",
                                (learner_id, label, json.dumps([d.deck_id for d in decks]),
                                 to_us(now), int(cram), session_owner()))
        return Session(store=self.store, learner_id=learner_id,
                       session_id=int(cursor.lastrowid or 0), label=label, cram=cram,
                       settings=settings, scheduler=Scheduler(settings), clock=self.now,
                       tz=self._tz, decks={d.deck_id: d for d in decks}, queue=queue,
                       learning=learning, started=now, homes=homes,
                       state_decks=[p.deck_id for p in parents.values()])

    def _state_key(self, deck_id: str, card_id: str) -> tuple[str, str]:
        """Where the schedule and log of the card ``card_id`` shown in ``deck_id`` are kept:
        under the parent deck's id when the deck is a view sharing that card."""
        parent = self._parents(self.catalog.decks([deck_id])).get(deck_id)
        if parent is not None and self.store.query(
                "SELECT 1 FROM cards WHERE path = ? AND card_id = ?",
                (str(parent.path), card_id)):
            return parent.deck_id, card_id
        return deck_id, card_id

    def history(self, learner: str, deck_id: str, card_id: str) -> list[ReviewRecord]:
        records = []
        for at, given, correct, rating, duration, after in card_log(
                self.store, self._learner_id(learner), *self._state_key(deck_id, card_id),
                "reviewed_at, answer_given, correct, rating, duration, state_after"):
            due_after = (dt.datetime.fromisoformat(json.loads(str(after))["due"])
                         if after else None)
            records.append(ReviewRecord(reviewed_at=from_us(int(at)),
                                        answer_given=str(given), correct=bool(correct),
                                        rating=Rating(int(rating)),
                                        duration_seconds=float(duration),
                                        due_after=due_after))
        return records

    def stats(self, learner: str, deck_id: str | None = None) -> LearnerStats:
        from quiz.engine.stats import DeckScope, learner_stats

        learner_id = self._learner_id(learner)
        settings = self.settings(learner)
        scope = DeckScope(deck_id, self.catalog.active_paths())
        if deck_id is not None:
            decks = self.catalog.decks([deck_id])
            parent = self._parents(decks).get(deck_id)
            if decks and parent is not None:
                scope = DeckScope(deck_id, scope.paths, parent.deck_id, str(decks[0].path))
        return learner_stats(self.store, learner_id, learner, scope=scope, now=self.now(),
                             day_start_hour=settings.day_start_hour, tz=self._tz)


def _new_left(settings: Settings, done: dict[tuple[str, str], int], deck_id: str) -> int:
    """New cards the deck may still give today."""
    return max(0, settings.new_per_day - done.get((deck_id, "new"), 0))


def _label(decks: Sequence[Any], every_deck: bool, categories: Sequence[Category] | None,
           cram: bool) -> str:
    if every_deck:
        label = "All decks"
    elif len(decks) == 1:
        label = decks[0].title or decks[0].deck_id
    else:
        label = f"{len(decks)} decks"
    if categories:
        label += " · " + ", ".join(Category(c).value for c in categories)
    return f"Cram: {label}" if cram else label


def open_service(db_path: Path | None = None, extra_decks: Sequence[Path] = (), *,
                 clock: Callable[[], dt.datetime] | None = None,
                 tz: dt.tzinfo | None = None) -> Service:
    """Open the study service on ``db_path`` (default: :func:`quiz.paths.default_db_path`).

    ``clock`` returns the current aware datetime (tests pass a fixed one); ``tz`` is the
    learner's time zone for day boundaries (default: the system's local zone).
    """
    if db_path is None:
        from quiz.paths import default_db_path

        db_path = default_db_path()
    store = Store.open(Path(db_path))
    try:
        service = Service(store, clock=clock or utc_now, tz=tz, extra_decks=extra_decks)
        if not store.learners():
            store.add_learner(default_learner_name(), service.now())
        store.close_stale_sessions(service.now())
        service.refresh_decks()
    except BaseException:
        store.close()
        raise
    return service
