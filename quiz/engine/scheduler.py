"""A thin wrapper on ``fsrs`` (FSRS-6): settings in, card states and interval previews out."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
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


def state_to_json(state: fsrs.Card) -> str:
    """The stored form of a card state (fsrs' own ``to_dict``)."""
    return json.dumps(state.to_dict(), separators=(",", ":"))


def state_from_json(text: str) -> fsrs.Card:
    """The inverse of :func:`state_to_json`."""
    import fsrs

    return fsrs.Card.from_dict(json.loads(text))


class Scheduler:
    """Schedules one learner's cards with FSRS-6 and the learner's :class:`Settings`."""

    def __init__(self, settings: Settings) -> None:
        import fsrs

        self._fsrs = fsrs
        options = {
            "desired_retention": settings.desired_retention,
            "learning_steps": tuple(dt.timedelta(minutes=m)
                                    for m in settings.learning_steps_minutes),
            "relearning_steps": tuple(dt.timedelta(minutes=m)
                                      for m in settings.relearning_steps_minutes),
            "maximum_interval": settings.maximum_interval_days,
        }
        self._scheduler = fsrs.Scheduler(enable_fuzzing=settings.enable_fuzzing, **options)
        # Previews for the grade buttons must not change between two looks at the same card,
        # so they come from an unfuzzed twin (fuzz only nudges long intervals by a few days).
        self._preview = (fsrs.Scheduler(enable_fuzzing=False, **options)
                         if settings.enable_fuzzing else self._scheduler)

    def review(self, state: fsrs.Card, rating: Rating, now: dt.datetime) -> fsrs.Card:
        """The state after answering ``state`` with ``rating`` at ``now``."""
        after, _log = self._scheduler.review_card(state, self._fsrs.Rating(int(rating)),
                                                  ensure_utc(now))
        return after

    def intervals(self, state: fsrs.Card, now: dt.datetime) -> dict[Rating, dt.timedelta]:
        """What each rating would give ``state`` at ``now`` (review_card works on a copy)."""
        return self._previews(self._preview, state, ensure_utc(now))[0]

    def _previews(self, scheduler: fsrs.Scheduler, state: fsrs.Card, moment: dt.datetime
                  ) -> tuple[dict[Rating, dt.timedelta], dict[Rating, fsrs.Card]]:
        previews: dict[Rating, dt.timedelta] = {}
        states: dict[Rating, fsrs.Card] = {}
        for rating in Rating:
            after, _log = scheduler.review_card(state, self._fsrs.Rating(int(rating)), moment)
            previews[rating] = after.due - moment
            states[rating] = after
        return previews, states

    def review_with_intervals(self, state: fsrs.Card, rating: Rating, now: dt.datetime
                              ) -> tuple[fsrs.Card, dict[Rating, dt.timedelta]]:
        """:meth:`review` and the interval of every rating, in one pass (the answer path).

        Each rating is reviewed once with the real (possibly fuzzed) scheduler: the chosen
        one is the review, the others say what they would have given, fuzz included."""
        previews, states = self._previews(self._scheduler, state, ensure_utc(now))
        return states[Rating(rating)], previews
