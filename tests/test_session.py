"""Sessions: what is asked and in which order, daily limits, learning steps, cram, undo."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from engine_support import Clock, answer_all, learner, make_deck, service_with
from quiz.engine.api import Rating, Settings
from quiz.engine.scheduler import Scheduler, new_state, state_to_json
from quiz.engine.service import Service
from quiz.engine.store import StoredState, put_state, to_us
from quiz.model import Card, CardType, Category, Deck

QUIET = Settings(enable_fuzzing=False)


def _make_review(service: Service, deck_id: str, card_id: str, due: dt.datetime) -> None:
    """Give a card a Review-state schedule that falls due at ``due``."""
    scheduler = Scheduler(QUIET)
    first = due - dt.timedelta(days=30)
    state = scheduler.review(new_state(deck_id, card_id, first), Rating.EASY, first)
    state.due = due
    learner_id = service.store.learner_id(learner(service))
    assert learner_id is not None
    with service.store.transaction() as db:
        put_state(db, learner_id, deck_id, card_id,
                  StoredState(state_to_json(state), to_us(due), int(state.state),
                              to_us(first)))


def _state_rows(service: Service) -> list[tuple[object, ...]]:
    return service.store.query("SELECT * FROM card_state ORDER BY deck_id, card_id")


def _log_rows(service: Service) -> list[tuple[object, ...]]:
    return service.store.query("SELECT * FROM review_log ORDER BY id")


def test_due_reviews_come_first_most_overdue_first_then_new_cards(tmp_path: Path) -> None:
    clock = Clock()
    service = service_with(tmp_path, make_deck("d", 6), clock=clock)
    service.save_settings(learner(service), QUIET)
    _make_review(service, "d", "c4", clock.now - dt.timedelta(days=1))
    _make_review(service, "d", "c2", clock.now - dt.timedelta(days=5))
    _make_review(service, "d", "c5", clock.now + dt.timedelta(days=3))  # not due
    session = service.start(learner(service), ["d"])
    order = []
    while (card := session.current()) is not None:
        order.append((card.card.id, card.is_new))
        session.answer(card.card.answer, 2.0)
        if len(order) == 4:
            break
    assert order == [("c2", False), ("c4", False), ("c0", True), ("c1", True)]


def test_daily_limits_count_what_was_already_studied_today(tmp_path: Path) -> None:
    clock = Clock()
    service = service_with(tmp_path, make_deck("d", 30), make_deck("e", 5), clock=clock)
    name = learner(service)
    service.save_settings(name, Settings(new_per_day=4, reviews_per_day=2,
                                         enable_fuzzing=False))
    for card_id in ("c20", "c21", "c22"):
        _make_review(service, "d", card_id, clock.now - dt.timedelta(days=2))
    first = service.start(name, ["d", "e"])
    assert first.progress().remaining == 2 + 4 + 4  # limits are per deck
    session = service.start(name, ["d"])
    assert session.progress().remaining == 2 + 4
    card = session.current()
    assert card is not None and card.card.id == "c20"
    session.answer(card.card.answer, 1.0)  # one review done today
    card = session.current()
    assert card is not None
    session.answer(card.card.answer, 1.0)  # second review
    card = session.current()
    assert card is not None and card.is_new
    session.answer(card.card.answer, 1.0)  # one new card seen
    session.finish()
    again = service.start(name, ["d"])
    # no review left today, three new cards; the first new card is in its learning steps
    assert [item.key[1] for item in again._queue] == ["c1", "c2", "c3"]  # type: ignore[attr-defined]
    clock.advance(days=1)
    tomorrow = service.start(name, ["d"])
    assert sum(item.is_new for item in tomorrow._queue) == 4  # type: ignore[attr-defined]


def test_a_missed_card_comes_back_within_the_session(tmp_path: Path) -> None:
    clock = Clock()
    service = service_with(tmp_path, make_deck("d", 3), clock=clock)
    session = service.start(learner(service), ["d"])
    card = session.current()
    assert card is not None and card.card.id == "c0"
    outcome = session.answer("wrong", 2.0)
    assert not outcome.verdict.correct and outcome.rating == Rating.AGAIN
    assert outcome.due == clock.now + dt.timedelta(minutes=1)
    seen = []
    while (card := session.current()) is not None:
        seen.append(card.card.id)
        session.answer(card.card.answer, 2.0)
        clock.advance(seconds=20)
    # c0 is due again after one minute: asked once the queue is through, then learned ahead
    assert seen[:3] == ["c1", "c2", "c0"]
    assert session.progress().remaining == 0
    summary = session.finish()
    assert summary.answered == len(seen) + 1 and summary.correct == len(seen)
    assert [m.card_id for m in summary.missed] == ["c0"]
    assert summary.missed[0].answer == "Answer number 0"
    assert summary.by_category == {Category.ACTOR: (len(seen), len(seen) + 1)}
    assert summary.next_due is not None and summary.next_due > clock.now
    assert session.finish() == summary  # idempotent
    assert session.current() is None


def test_a_learning_card_waits_for_its_step_while_other_cards_remain(tmp_path: Path) -> None:
    clock = Clock()
    service = service_with(tmp_path, make_deck("d", 3), clock=clock)
    session = service.start(learner(service), ["d"])
    session.answer("wrong", 1.0)  # c0 back in one minute
    clock.advance(seconds=70)
    card = session.current()
    assert card is not None and card.card.id == "c0" and not card.is_new


def test_cram_never_touches_the_schedule_but_is_logged(tmp_path: Path) -> None:
    clock = Clock()
    service = service_with(tmp_path, make_deck("d", 4, categories=(Category.DATE,
                                                                  Category.ACTOR)), clock=clock)
    name = learner(service)
    answer_all(service.start(name, ["d"]))
    states = _state_rows(service)
    session = service.start(name, ["d"], categories=[Category.DATE], cram=True)
    assert session.cram and session.label.startswith("Cram")
    assert session.progress().remaining == 2
    card = session.current()
    assert card is not None and not card.is_new  # seen in the first session
    session.answer("wrong", 1.0)  # c0 wrong: asked again at the end
    assert answer_all(session) == 2
    assert _state_rows(service) == states
    rows = service.store.query("SELECT card_id, correct, cram, state_after FROM review_log "
                               "WHERE cram")
    assert rows == [("c0", 0, 1, None), ("c2", 1, 1, None), ("c0", 1, 1, None)]
    stats = service.stats(name)
    assert stats.retention == 1.0  # cram answers are not scheduled reviews


def test_pinned_cards_are_asked_in_the_given_order(tmp_path: Path) -> None:
    service = service_with(tmp_path, make_deck("d", 5))
    session = service.start(learner(service), card_ids=[("d", "c3"), ("d", "c1")])
    card = session.current()
    assert card is not None and card.card.id == "c3" and card.is_new
    assert session.progress().remaining == 2


def test_undo_restores_state_and_log_exactly_and_asks_the_card_again(tmp_path: Path) -> None:
    clock = Clock()
    service = service_with(tmp_path, make_deck("d", 3), clock=clock)
    name = learner(service)
    session = service.start(name, ["d"])
    session.answer("Answer number 0", 2.0)
    clock.advance(minutes=1)
    states, logs = _state_rows(service), _log_rows(service)
    progress = session.progress()
    card = session.current()
    assert card is not None and card.card.id == "c1"
    session.answer("wrong", 3.0)
    assert session.undo() is True
    assert _state_rows(service) == states
    assert _log_rows(service) == logs
    assert session.progress() == progress
    again = session.current()
    assert again is not None and again.card.id == "c1"
    assert session.undo() is True  # the first answer too: the new card has no state again
    assert _state_rows(service) == [] and _log_rows(service) == []
    assert session.undo() is False
    session.answer("Answer number 0", 1.0)
    session.finish()
    assert service.store.query("SELECT answered, correct FROM sessions") == [(1, 1)]


def test_regrade_replaces_the_last_answer_in_one_go(tmp_path: Path) -> None:
    clock = Clock()
    service = service_with(tmp_path, make_deck("d", 2), clock=clock)
    name = learner(service)
    service.save_settings(name, QUIET)
    session = service.start(name, ["d"])
    first = session.answer("wrong", 2.0)
    assert first.rating == Rating.AGAIN
    clock.advance(seconds=5)
    outcome = session.regrade(Rating.EASY)
    assert outcome.rating == Rating.EASY and outcome.verdict.correct
    assert "regraded" in outcome.verdict.reason
    answered_at = clock.now - dt.timedelta(seconds=5)  # regrading reschedules from then
    assert outcome.due - answered_at == first.intervals[Rating.EASY]
    rows = service.store.query("SELECT card_id, rating, correct, answer_given FROM review_log")
    assert rows == [("c0", 4, 1, "wrong")]
    assert session.progress().answered == 1 and session.progress().correct == 1
    card = session.current()
    assert card is not None and card.card.id == "c1"  # Easy graduated c0 out of the session


def test_recall_cards_are_self_graded(tmp_path: Path) -> None:
    deck = Deck(id="r", title="Recall", cards=(
        Card(id="r1", type=CardType.RECALL, category=Category.CAUSE, question="Why?",
             answer="Because."),))
    service = service_with(tmp_path, deck)
    session = service.start(learner(service), ["r"])
    outcome = session.grade(Rating.HARD, 4.0)
    assert outcome.verdict.correct and outcome.rating == Rating.HARD
    assert service.history(learner(service), "r", "r1")[0].rating == Rating.HARD


def test_other_answers_of_the_category_keep_typos_from_being_forgiven(tmp_path: Path) -> None:
    cards = tuple(Card(id=f"k{i}", type=CardType.TYPED, category=Category.ACTOR,
                       question=f"Which country {i}?", answer=answer)
                  for i, answer in enumerate(["Iran", "Iraq"]))
    service = service_with(tmp_path, Deck(id="k", title="Countries", cards=cards))
    session = service.start(learner(service), ["k"])
    outcome = session.answer("Iraq", 2.0)
    assert not outcome.verdict.correct


def test_intervals_preview_matches_the_answer(tmp_path: Path) -> None:
    clock = Clock()
    service = service_with(tmp_path, make_deck("d", 1), clock=clock)
    service.save_settings(learner(service), QUIET)
    session = service.start(learner(service), ["d"])
    preview = session.intervals()
    outcome = session.answer("Answer number 0", 1.0)
    assert outcome.intervals == preview
    assert outcome.due - clock.now == preview[Rating.GOOD]


def test_answering_a_finished_session_is_an_error(tmp_path: Path) -> None:
    service = service_with(tmp_path, make_deck("d", 1))
    session = service.start(learner(service), ["d"])
    session.finish()
    with pytest.raises(RuntimeError):
        session.answer("x", 1.0)
    assert json.loads(str(service.store.query("SELECT deck_ids FROM sessions")[0][0])) == ["d"]


def test_history_finds_every_answer_across_index_catch_ups_and_undo(tmp_path: Path) -> None:
    """The log by card is caught up lazily: answers before and after a catch-up are all
    found, an answer taken back after being indexed is gone, and its id is not reused."""
    clock = Clock()
    service = service_with(tmp_path, make_deck("d", 4), clock=clock)
    name = learner(service)
    session = service.start(name, ["d"])
    first = session.current()
    assert first is not None
    session.answer(first.card.answer, 2.0)
    clock.advance(seconds=5)
    assert [r.correct for r in service.history(name, "d", first.card.id)] == [True]  # indexes
    second = session.current()
    assert second is not None
    session.answer("not it", 2.0)
    taken_back = _log_rows(service)[-1][0]
    assert len(service.history(name, "d", second.card.id)) == 1  # indexed now
    assert session.undo()
    assert service.history(name, "d", second.card.id) == []
    clock.advance(seconds=5)
    session.answer(second.card.answer, 2.0)
    assert _log_rows(service)[-1][0] > taken_back
    assert [r.correct for r in service.history(name, "d", second.card.id)] == [True]
    assert [r.correct for r in service.history(name, "d", first.card.id)] == [True]
