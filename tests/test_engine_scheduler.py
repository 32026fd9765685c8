"""The FSRS wrapper: due dates never go back in time, Good keeps intervals growing, ids stable."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from engine_support import START
from quiz.engine.api import Rating, Settings
from quiz.engine.scheduler import (
    Scheduler,
    fsrs_card_id,
    new_state,
    state_from_json,
    state_to_json,
)

ratings = st.sampled_from(list(Rating))
gaps = st.integers(min_value=0, max_value=400 * 24 * 60)  # minutes between reviews
UNFUZZED = Scheduler(Settings(enable_fuzzing=False))
FUZZED = Scheduler(Settings())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(ratings, gaps), min_size=1, max_size=25), st.booleans())
def test_a_review_never_moves_the_due_date_into_the_past(
        steps: list[tuple[Rating, int]], fuzz: bool) -> None:
    scheduler = FUZZED if fuzz else UNFUZZED
    now = START
    state = new_state("deck", "card", now)
    for rating, gap in steps:
        state = scheduler.review(state, rating, now)
        assert state.due >= now
        now = now + dt.timedelta(minutes=gap)


@settings(max_examples=40, deadline=None)
@given(st.lists(ratings, max_size=6), st.integers(min_value=3, max_value=15))
def test_intervals_after_good_never_shrink(prefix: list[Rating], goods: int) -> None:
    now = START
    state = new_state("deck", "card", now)
    for rating in prefix:
        state = UNFUZZED.review(state, rating, now)
        now = state.due
    previous = dt.timedelta(0)
    for _ in range(goods):
        state = UNFUZZED.review(state, Rating.GOOD, now)
        interval = state.due - now
        assert interval >= previous
        previous = interval
        now = state.due  # answered exactly when due


def test_intervals_preview_every_rating_without_changing_the_card() -> None:
    state = new_state("deck", "card", START)
    before = state_to_json(state)
    previews = UNFUZZED.intervals(state, START)
    assert state_to_json(state) == before
    assert list(previews) == list(Rating)
    assert previews[Rating.AGAIN] < previews[Rating.GOOD] < previews[Rating.EASY]
    assert previews[Rating.AGAIN] == dt.timedelta(minutes=1)
    assert UNFUZZED.review(state, Rating.GOOD, START).due - START == previews[Rating.GOOD]


def test_settings_reach_fsrs() -> None:
    scheduler = Scheduler(Settings(learning_steps_minutes=(2.0, 30.0), enable_fuzzing=False))
    previews = scheduler.intervals(new_state("d", "c", START), START)
    assert previews[Rating.AGAIN] == dt.timedelta(minutes=2)
    assert previews[Rating.GOOD] == dt.timedelta(minutes=30)
    capped = Scheduler(Settings(maximum_interval_days=3, enable_fuzzing=False))
    assert capped.intervals(new_state("d", "c", START), START)[Rating.EASY] <= dt.timedelta(3)


def test_card_ids_are_stable_distinct_and_positive() -> None:
    assert fsrs_card_id("deck", "card") == fsrs_card_id("deck", "card")
    assert fsrs_card_id("deck", "card") != fsrs_card_id("deckc", "ard")
    assert 0 < fsrs_card_id("a", "b") < 2**63


def test_state_json_round_trip() -> None:
    state = UNFUZZED.review(new_state("d", "c", START), Rating.GOOD, START)
    assert state_to_json(state_from_json(state_to_json(state))) == state_to_json(state)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(ratings, gaps), max_size=8), ratings,
       st.integers(min_value=0, max_value=3 * 24 * 3600))
def test_a_prepared_outcome_is_what_review_would_give_later(
        steps: list[tuple[Rating, int]], rating: Rating, wait_seconds: int) -> None:
    now = START
    state = new_state("deck", "card", now)
    for step, gap in steps:
        state = UNFUZZED.review(state, step, now)
        now += dt.timedelta(minutes=gap)
    prepared = UNFUZZED.prepare(state, now)
    later = now + dt.timedelta(seconds=wait_seconds)
    applied = prepared.at(rating, later)
    same_days = state.last_review is None or (
        (later - state.last_review).days == (now - state.last_review).days)
    assert (applied is not None) == same_days
    if applied is not None:
        assert state_to_json(applied) == state_to_json(UNFUZZED.review(state, rating, later))
        # the stored form, built without a new fsrs card, is the same text
        assert prepared.stored_at(rating, later) == (state_to_json(applied), applied.due,
                                                     int(applied.state))
    else:
        assert prepared.stored_at(rating, later) is None
    assert prepared.at(rating, now - dt.timedelta(seconds=1)) is None
    assert prepared.intervals == UNFUZZED.intervals(state, now)


def test_fuzzed_previews_are_the_intervals_that_apply() -> None:
    state = new_state("deck", "card", START)
    for _ in range(4):
        state = FUZZED.review(state, Rating.GOOD, state.due)
    prepared = FUZZED.prepare(state, state.due)
    for rating in Rating:
        applied = prepared.at(rating, state.due)
        assert applied is not None
        assert applied.due - state.due == prepared.intervals[rating]
