"""A learner's progress figures, computed from the review log and the schedule.

Days are the learner's study days (they start at ``day_start_hour`` local time). Cram answers
count as study (reviews per day, accuracy, streak) but not towards retention, which is the
share of scheduled reviews (not first sightings) answered right.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from quiz.engine.api import LearnerStats
from quiz.engine.clock import study_day
from quiz.engine.store import Store, from_us, to_us
from quiz.model import Category

#: How many days ahead ``due_per_day`` looks, today included.
DUE_DAYS = 30


@dataclass(frozen=True, slots=True)
class DeckScope:
    """Which cards the figures cover: one deck (``deck_id``; for a view deck also the cards
    of ``view_path`` whose schedule is kept under ``parent``) or, with no deck id, every
    deck; ``paths`` are the files of the decks present (for the cards due ahead)."""

    deck_id: str | None
    paths: Sequence[str]
    parent: str = ""
    view_path: str = ""

    def log_filter(self, alias: str = "") -> tuple[str, tuple[str, ...]]:
        """SQL (starting with AND) keeping a table's rows of the deck."""
        if self.deck_id is None:
            return "", ()
        if not self.parent:
            return f"AND {alias}deck_id = ?", (self.deck_id,)
        return (f"AND ({alias}deck_id = ? OR ({alias}deck_id = ? AND {alias}card_id IN "
                "(SELECT card_id FROM cards WHERE path = ?)))",
                (self.deck_id, self.parent, self.view_path))


def streak(days: set[dt.date], today: dt.date) -> int:
    """Consecutive study days ending today, or yesterday when today has no study yet."""
    day = today if today in days else today - dt.timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= dt.timedelta(days=1)
    return count


def learner_stats(store: Store, learner_id: int, learner: str, *, scope: DeckScope,
                  now: dt.datetime, day_start_hour: int, tz: dt.tzinfo | None) -> LearnerStats:
    """The figures of :class:`LearnerStats` for one learner (and optionally one deck)."""
    deck_filter, deck_values = scope.log_filter()
    per_day: dict[dt.date, int] = defaultdict(int)
    per_day_category: dict[Category, dict[dt.date, list[int]]] = defaultdict(
        lambda: defaultdict(lambda: [0, 0]))
    by_category: dict[Category, list[int]] = defaultdict(lambda: [0, 0])
    retained = reviewed = total = 0
    day_of: dict[int, dt.date] = {}
    for at, category_value, correct, kind, cram in store.query(
            "SELECT reviewed_at, category, correct, kind, cram FROM review_log "
            f"WHERE learner = ? {deck_filter} ORDER BY reviewed_at",
            (learner_id, *deck_values)):
        # Answers cluster in sessions: look the day up per hour, not per answer.
        hour = int(at) // 3_600_000_000
        day = day_of.get(hour)
        if day is None:
            day = day_of[hour] = study_day(from_us(hour * 3_600_000_000), day_start_hour, tz)
        category = Category(str(category_value))
        right = int(bool(correct))
        total += 1
        per_day[day] += 1
        per_day_category[category][day][0] += right
        per_day_category[category][day][1] += 1
        by_category[category][0] += right
        by_category[category][1] += 1
        if kind != "new" and not cram:
            reviewed += 1
            retained += right
    today = study_day(now, day_start_hour, tz)
    return LearnerStats(
        learner=learner,
        reviews_per_day=tuple(sorted(per_day.items())),
        accuracy_per_day={category: tuple((day, right / answered)
                                          for day, (right, answered) in sorted(days.items()))
                          for category, days in sorted(per_day_category.items())},
        accuracy_by_category={category: (right, answered)
                              for category, (right, answered) in sorted(by_category.items())},
        due_per_day=_due_per_day(store, learner_id, scope, today, day_start_hour, tz),
        retention=retained / reviewed if reviewed else None,
        streak_days=streak(set(per_day), today),
        total_reviews=total,
        sessions=_session_count(store, learner_id, scope),
        reviews_counted=reviewed,
    )


def _due_per_day(store: Store, learner_id: int, scope: DeckScope, today: dt.date,
                 day_start_hour: int, tz: dt.tzinfo | None) -> tuple[tuple[dt.date, int], ...]:
    """Cards (of decks still present) falling due on each of the next days; overdue ones
    count for today."""
    from quiz.engine.clock import day_start_of

    days = [today + dt.timedelta(days=offset) for offset in range(DUE_DAYS)]
    ends = [to_us(day_start_of(day + dt.timedelta(days=1), day_start_hour, tz)) for day in days]
    counts = [0] * DUE_DAYS
    if not scope.paths:
        return tuple(zip(days, counts, strict=True))
    deck_filter, deck_values = scope.log_filter("cs.")
    marks = ",".join("?" * len(scope.paths))
    # "+c.path" keeps the planner on the (deck_id, card_id) index, which holds the path:
    # probing the primary key once per listed path instead made this 8x slower.
    for (due,) in store.query(
            "SELECT cs.due FROM card_state cs WHERE cs.learner = ? AND cs.due < ? "
            "AND EXISTS (SELECT 1 FROM cards c WHERE c.deck_id = cs.deck_id "
            f"AND c.card_id = cs.card_id AND +c.path IN ({marks})) {deck_filter}",
            (learner_id, ends[-1], *scope.paths, *deck_values)):
        counts[bisect.bisect_right(ends, int(due))] += 1
    return tuple(zip(days, counts, strict=True))


def _session_count(store: Store, learner_id: int, scope: DeckScope) -> int:
    """Sessions in which the learner answered at least one card (of the deck)."""
    deck_filter, deck_values = scope.log_filter()
    rows = store.query("SELECT COUNT(DISTINCT session_id) FROM review_log "
                       f"WHERE learner = ? {deck_filter}", (learner_id, *deck_values))
    return int(rows[0][0])
