"""Learner statistics computed from real sessions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from engine_support import Clock, answer_all, learner, make_deck, service_with
from quiz.engine.api import Settings
from quiz.engine.stats import streak
from quiz.model import Category

D = dt.date(2026, 3, 10)


def test_streak_counts_consecutive_days_ending_today_or_yesterday() -> None:
    days = {D, D - dt.timedelta(days=1), D - dt.timedelta(days=2), D - dt.timedelta(days=4)}
    assert streak(days, D) == 3
    assert streak(days, D + dt.timedelta(days=1)) == 3  # today not studied yet
    assert streak(days, D + dt.timedelta(days=2)) == 0
    assert streak(set(), D) == 0


def test_figures_after_two_days_of_study(tmp_path: Path) -> None:
    clock = Clock()
    service = service_with(tmp_path, make_deck("a", 4, categories=(Category.DATE,
                                                                  Category.FIGURE)),
                           make_deck("b", 2), clock=clock)
    name = learner(service)
    service.save_settings(name, Settings(enable_fuzzing=False, learning_steps_minutes=()))
    first = service.start(name, ["a", "b"])
    first.answer("wrong", 1.0)  # a/c0 (date) wrong: relearn... it is new, so it stays learning
    answer_all(first)
    first.finish()
    day1 = clock.now.date()
    clock.advance(days=3)
    second = service.start(name, ["a"])
    due = second.progress().remaining
    reviewed = answer_all(second, right=False, limit=due)  # every due review forgotten
    second.finish()
    stats = service.stats(name)
    assert stats.learner == name
    assert stats.sessions == 2
    assert [day for day, _ in stats.reviews_per_day] == [day1, clock.now.date()]
    assert stats.total_reviews == sum(count for _, count in stats.reviews_per_day)
    assert stats.reviews_per_day[-1][1] == reviewed > 0
    assert stats.retention is not None and stats.retention < 0.5
    assert stats.streak_days == 1  # a gap of two days broke it
    right, answered = stats.accuracy_by_category[Category.DATE]
    assert 0 < right < answered
    assert [day for day, _ in stats.accuracy_per_day[Category.FIGURE]][0] == day1
    assert stats.due_per_day[0][0] == clock.now.date() and len(stats.due_per_day) == 30
    only_b = service.stats(name, "b")
    assert only_b.accuracy_by_category == {Category.ACTOR: (2, 2)}
    assert only_b.sessions == 1
    assert sum(count for _, count in only_b.due_per_day) == 2
