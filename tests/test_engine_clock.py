"""The learner's day starts at a local hour: what counts as due today, and which day it is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from engine_support import Clock, learner, make_deck, service_with
from quiz.engine.api import Settings
from quiz.engine.clock import day_start, next_day_start, study_day

UTC = dt.timezone.utc
NEW_YORK_WINTER = dt.timezone(dt.timedelta(hours=-5))


def test_before_the_start_hour_it_is_still_yesterday() -> None:
    late = dt.datetime(2026, 3, 3, 8, 30, tzinfo=UTC)  # 03:30 in New York
    assert study_day(late, 4, NEW_YORK_WINTER) == dt.date(2026, 3, 2)
    assert study_day(late, 0, NEW_YORK_WINTER) == dt.date(2026, 3, 3)
    assert day_start(late, 4, NEW_YORK_WINTER) == dt.datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert next_day_start(late, 4, NEW_YORK_WINTER) == dt.datetime(2026, 3, 3, 9, tzinfo=UTC)


def test_system_zone_is_the_default() -> None:
    moment = dt.datetime(2026, 7, 1, 12, tzinfo=UTC)
    local = moment.astimezone()
    assert study_day(moment, 0) == local.date()


def test_cards_due_before_the_next_day_start_count_as_due_today(tmp_path: Path) -> None:
    clock = Clock(dt.datetime(2026, 3, 2, 20, 0, tzinfo=UTC))  # 15:00 in New York
    service = service_with(tmp_path, make_deck("d", 1), clock=clock, tz=NEW_YORK_WINTER)
    name = learner(service)
    service.save_settings(name, Settings(day_start_hour=4, enable_fuzzing=False,
                                         learning_steps_minutes=(),  # graduate at once
                                         ))
    session = service.start(name, ["d"])
    outcome = session.answer("Answer number 0", 1.0)
    assert outcome.due.date() == dt.date(2026, 3, 4)  # Good on a new card: about two days
    counts = lambda: [d for d in service.decks(name) if d.deck_id == "d"][0].counts  # noqa: E731
    assert counts().due == 0
    # the learner's day that contains the due date starts at 04:00 New York time
    due_day = day_start(outcome.due, 4, NEW_YORK_WINTER)
    assert due_day.astimezone(NEW_YORK_WINTER).hour == 4
    clock.now = due_day - dt.timedelta(minutes=1)
    assert counts().due == 0
    clock.now = due_day + dt.timedelta(minutes=1)
    assert clock.now < outcome.due  # not due by the clock, but due today for the learner
    assert counts().due == 1
    card = service.start(name, ["d"]).current()
    assert card is not None and not card.is_new


def test_streak_and_days_follow_the_day_start_hour(tmp_path: Path) -> None:
    clock = Clock(dt.datetime(2026, 3, 2, 23, 0, tzinfo=UTC))  # 18:00 New York, day 2 March
    service = service_with(tmp_path, make_deck("d", 3), clock=clock, tz=NEW_YORK_WINTER)
    name = learner(service)
    service.save_settings(name, Settings(day_start_hour=4))
    service.start(name, ["d"]).answer("x", 1.0)
    clock.now = dt.datetime(2026, 3, 3, 8, 0, tzinfo=UTC)  # 03:00 next night: still 2 March
    service.start(name, ["d"]).answer("x", 1.0)
    stats = service.stats(name)
    assert stats.reviews_per_day == ((dt.date(2026, 3, 2), 2),)
    assert stats.streak_days == 1
    clock.now = dt.datetime(2026, 3, 3, 10, 0, tzinfo=UTC)  # 05:00: 3 March has begun
    service.start(name, ["d"]).answer("x", 1.0)
    stats = service.stats(name)
    assert stats.reviews_per_day == ((dt.date(2026, 3, 2), 2), (dt.date(2026, 3, 3), 1))
    assert stats.streak_days == 2
