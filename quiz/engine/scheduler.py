"""A thin wrapper on ``fsrs`` (FSRS-6): settings in, card states and interval previews out."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quiz.engine.api import Rating, Settings
from quiz.engine.clock import ensure_utc

if TYPE_CHECKING:
    import fsrs


def fsrs_card_id(deck_id: str, card_id: str) -> int:
    """A stable positive 63-bit id for fsrs (``fsrs.Card()`` without an id sleeps 1 ms)."""
    digest = hashlib.blake2b(f"{deck_id}\0{card_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def new_state(deck_id: str, card_id: str, now: dt.datetime) -> fsrs.Card:
    """The fsrs state of a card never seen before, due ``now``."""
    import fsrs

    return fsrs.Card(card_id=fsrs_card_id(deck_id, card_id), due=ensure_utc(now))


#: One compact encoder for every answer (``json.dumps`` with options builds a new one per call).
_ENCODER = json.JSONEncoder(separators=(",", ":"))
#: Placeholders for the two times of a prepared state's stored form (no fsrs field holds them).
_DUE, _LAST = "@due@", "@last_review@"


def state_to_json(state: fsrs.Card) -> str:
    """The stored form of a card state (fsrs' own ``to_dict``)."""
    return _ENCODER.encode(state.to_dict())


def state_from_json(text: str) -> fsrs.Card:
    """The inverse of :func:`state_to_json`."""
    import fsrs

    return fsrs.Card.from_dict(json.loads(text))


@dataclass(frozen=True, slots=True)
class Prepared:
    """What every rating would do to one card state, worked out ahead of the answer (as
    Anki's queue hands out each card with its four next states), so answering only applies
    one of them."""

    moment: dt.datetime
    last_review: dt.datetime | None
    states: dict[Rating, fsrs.Card]
    #: Each state's stored form (:func:`state_to_json`) with its ``due`` and ``last_review``
    #: left as :data:`_DUE` and :data:`_LAST`, filled in when the answer comes.
    templates: dict[Rating, str]
    intervals: dict[Rating, dt.timedelta]  # what each rating gives (do not change it)

    def _shift(self, now: dt.datetime) -> dt.timedelta | None:
        """How far the prepared states move for a review at ``now``; None when they must be
        worked out afresh.

        fsrs reads the review time only as whole days since the last review, and then places
        ``due`` and ``last_review`` relative to it; so within the same count of elapsed days
        the prepared state, moved by ``now - moment``, is exactly what ``review_card`` gives.
        """
        if now < self.moment:
            return None
        if self.last_review is not None and (
                (now - self.last_review).days != (self.moment - self.last_review).days):
            return None
        return now - self.moment

    def at(self, rating: Rating, now: dt.datetime) -> fsrs.Card | None:
        """The state after ``rating`` at ``now``, or None when it must be worked out afresh."""
        now = ensure_utc(now)
        shift = self._shift(now)
        if shift is None:
            return None
        state = copy.copy(self.states[Rating(rating)])
        state.due = state.due + shift
        state.last_review = now
        return state

    def stored_at(self, rating: Rating, now: dt.datetime
                  ) -> tuple[str, dt.datetime, int] | None:
        """What :meth:`at` gives, in the stored form (:func:`state_to_json`, due, fsrs state
        number), without building a new fsrs card; None when it must be worked out afresh."""
        now = ensure_utc(now)
        shift = self._shift(now)
        if shift is None:
            return None
        state = self.states[Rating(rating)]
        due = state.due + shift
        text = self.templates[Rating(rating)].replace(_DUE, due.isoformat(), 1)
        return text.replace(_LAST, now.isoformat(), 1), due, int(state.state)


class Scheduler:
    """Schedules one learner's cards with FSRS-6 and the learner's :class:`Settings`."""

    def __init__(self, settings: Settings) -> None:
        import fsrs

        self._fsrs = fsrs
        self._scheduler = fsrs.Scheduler(
            desired_retention=settings.desired_retention,
            learning_steps=tuple(dt.timedelta(minutes=m)
                                 for m in settings.learning_steps_minutes),
            relearning_steps=tuple(dt.timedelta(minutes=m)
                                   for m in settings.relearning_steps_minutes),
            maximum_interval=settings.maximum_interval_days,
            enable_fuzzing=settings.enable_fuzzing)

    def review(self, state: fsrs.Card, rating: Rating, now: dt.datetime) -> fsrs.Card:
        """The state after answering ``state`` with ``rating`` at ``now``."""
        after, _log = self._scheduler.review_card(state, self._fsrs.Rating(int(rating)),
                                                  ensure_utc(now))
        return after

    def prepare(self, state: fsrs.Card, now: dt.datetime) -> Prepared:
        """Review ``state`` with every rating at ``now`` (fsrs works on copies). With fuzzing
        on, the fuzz is drawn here once: the intervals shown are the ones that will apply."""
        moment = ensure_utc(now)
        states = {rating: self.review(state, rating, moment) for rating in Rating}
        templates = {rating: _ENCODER.encode({**after.to_dict(), "due": _DUE,
                                              "last_review": _LAST})
                     for rating, after in states.items()}
        intervals = {rating: after.due - moment for rating, after in states.items()}
        return Prepared(moment, state.last_review, states, templates, intervals)

    def intervals(self, state: fsrs.Card, now: dt.datetime) -> dict[Rating, dt.timedelta]:
        """What each rating would give ``state`` at ``now``."""
        return self.prepare(state, now).intervals

    def review_with_intervals(self, state: fsrs.Card, rating: Rating, now: dt.datetime
                              ) -> tuple[fsrs.Card, dict[Rating, dt.timedelta]]:
        """:meth:`review` and the interval every rating would have given, in one pass."""
        prepared = self.prepare(state, now)
        return prepared.states[Rating(rating)], prepared.intervals
