"""Answer, undo and regrade in any order: the database always matches a simple model."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from engine_support import Clock, make_deck, write_decks
from quiz.engine.api import Progress, Rating, Settings
from quiz.engine.scheduler import Scheduler, new_state, state_from_json, state_to_json
from quiz.engine.service import open_service

QUIET = Settings(enable_fuzzing=False, new_per_day=6)
Rows = list[tuple[object, ...]]


class AnswerUndoRegrade(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="quiz-stateful-"))
        write_decks(self.folder, make_deck("d", 4))
        self.clock = Clock()
        self.service = open_service(self.folder / "quiz.sqlite3", [self.folder / "d.yaml"],
                                    clock=self.clock)
        self.learner = self.service.learners()[0]
        self.service.save_settings(self.learner, QUIET)
        self.session = self.service.start(self.learner, ["d"])
        # one entry per answer still in effect: the rows before it, and its card and time
        self.history: list[tuple[Rows, Rows, str, dt.datetime, Progress]] = []

    def teardown(self) -> None:
        progress = self.session.progress()
        self.session.finish()
        assert self.service.store.query("SELECT answered, correct FROM sessions") == [
            (progress.answered, progress.correct)]
        self.service.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def rows(self) -> tuple[Rows, Rows]:
        store = self.service.store
        return (store.query("SELECT * FROM card_state ORDER BY card_id"),
                store.query("SELECT * FROM review_log ORDER BY id"))

    @precondition(lambda self: self.session.current() is not None)
    @rule(right=st.booleans(), seconds=st.integers(min_value=1, max_value=40))
    def answer(self, right: bool, seconds: int) -> None:
        card = self.session.current()
        assert card is not None
        states, logs = self.rows()
        self.history.append((states, logs, card.card.id, self.clock.now,
                             self.session.progress()))
        self.session.answer(card.card.answer if right else "no idea", float(seconds))
        after_states, after_logs = self.rows()
        assert len(after_logs) == len(logs) + 1
        assert after_logs[-1][4] == card.card.id and after_logs[-1][8] == int(right)

    @rule()
    def undo(self) -> None:
        if not self.history:
            assert self.session.undo() is False
            return
        states, logs, card_id, _, progress = self.history.pop()
        assert self.session.undo() is True
        assert self.rows() == (states, logs)
        assert self.session.progress() == progress  # the queue is back as it was
        current = self.session.current()
        assert current is not None and current.card.id == card_id

    @precondition(lambda self: bool(self.history))
    @rule(rating=st.sampled_from(list(Rating)))
    def regrade(self, rating: Rating) -> None:
        states, logs, card_id, answered_at, _ = self.history[-1]
        self.session.regrade(rating)
        after_states, after_logs = self.rows()
        assert after_logs[:-1] == logs
        assert after_logs[-1][4] == card_id and after_logs[-1][10] == int(rating)
        before = {row[2]: row for row in states}
        expected_before = (state_from_json(str(before[card_id][3])) if card_id in before
                           else new_state("d", card_id, answered_at))
        expected = Scheduler(QUIET).review(expected_before, rating, answered_at)
        changed = {row[2]: row for row in after_states}
        assert changed[card_id][3] == state_to_json(expected)
        assert {k: v for k, v in changed.items() if k != card_id} == {
            k: v for k, v in before.items() if k != card_id}

    @rule(minutes=st.integers(min_value=0, max_value=30))
    def wait(self, minutes: int) -> None:
        self.clock.advance(minutes=minutes)

    @invariant()
    def counters_match_the_log(self) -> None:
        _, logs = self.rows()
        progress = self.session.progress()
        assert progress.answered == len(logs) == len(self.history)
        assert progress.correct == sum(int(row[8]) for row in logs)  # type: ignore[call-overload]


AnswerUndoRegrade.TestCase.settings = settings(max_examples=25, stateful_step_count=25,
                                               deadline=None)
TestAnswerUndoRegrade = AnswerUndoRegrade.TestCase
