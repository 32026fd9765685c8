"""A study session: the queue, answering (one committed transaction each), undo and regrade.

The queue holds due reviews (most overdue first) and then new cards, both within the daily
limits of each deck. A card in a learning step comes back within the session when its step is
due; when nothing else is left, the next learning card is shown early ("learn ahead", as Anki
does) as long as it falls due before the learner's day ends, so a session never stops just to
wait a few minutes. Cram sessions ask the chosen cards without changing their schedule; a card
answered wrong in cram is asked again at the end.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quiz.engine.api import (
    AnswerOutcome,
    MissedCard,
    Progress,
    Rating,
    Response,
    SessionSummary,
    Settings,
    StudyCard,
    Verdict,
    response_text,
)
from quiz.engine.catalog import CachedDeck, card_from_data
from quiz.engine.clock import day_start, next_day_start
from quiz.engine.queue import Key, QueueItem
from quiz.engine.scheduler import (
    Prepared,
    Scheduler,
    new_state,
    state_from_json,
    state_to_json,
)
from quiz.engine.self_grading import self_graded
from quiz.engine.store import Store, StoredState, from_us, put_state, to_us
from quiz.model import Card, Category

if TYPE_CHECKING:
    import fsrs

    from quiz.engine.grading import AnswerPool, PreparedCard

#: fsrs.State values, named for the review log's ``kind`` column ("new" when never seen).
STATE_KINDS = {1: "learning", 2: "review", 3: "relearning"}
_LEARNING_STATES = (1, 3)


@dataclass(frozen=True, slots=True)
class _Current:
    """The card being asked, with its stored schedule and every rating's outcome."""

    item: QueueItem
    from_learning: bool
    study: StudyCard
    stored: StoredState | None
    prepared: Prepared
    grading: PreparedCard | None  # None for a self-graded card (the learner grades it)


@dataclass(frozen=True, slots=True)
class _Undo:
    """What an answer changed, so it can be taken back exactly."""

    current: _Current
    log_id: int
    before: StoredState | None
    after: StoredState | None
    correct: bool
    reviewed_at: dt.datetime
    response_text: str
    duration: float
    verdict: Verdict
    position: int
    queue_length: int
    learning_was: dt.datetime | None  # the card's place among learning cards before




class Session:
    """One study session of one learner (implements :class:`quiz.engine.api.StudySession`)."""

    def __init__(self, *, store: Store, learner_id: int, session_id: int, label: str,
                 cram: bool, settings: Settings, scheduler: Scheduler,
                 clock: Callable[[], dt.datetime], tz: dt.tzinfo | None,
                 decks: dict[str, CachedDeck], queue: list[QueueItem],
                 learning: dict[Key, dt.datetime], started: dt.datetime,
                 homes: dict[Key, str] | None = None,
                 state_decks: Sequence[str] = ()) -> None:
        self.label = label
        self.cram = cram
        self.session_id = session_id
        self._store = store
        self._learner = learner_id
        self._settings = settings
        self._scheduler = scheduler
        self._clock = clock
        self._tz = tz
        self._decks = decks
        self._queue = queue
        self._position = 0
        self._learning = learning
        self._started = started
        self._current: _Current | None = None
        self._undo: list[_Undo] = []
        self._answered = 0
        self._correct = 0
        self._others: dict[tuple[str, Category], AnswerPool] = {}
        # The deck a learning card is shown from, when not its key's deck (shared cards).
        self._homes = dict(homes or {})
        self._homes.update((item.key, item.home) for item in queue if item.home)
        # Every deck id the session's schedules are kept under (views' parents included).
        self._state_decks = tuple(dict.fromkeys((*decks, *state_decks)))
        # The cards asked so far, as they were asked: the summary names them even if their
        # deck file changes or leaves the cache meanwhile.
        self._cards: dict[Key, Card] = {}
        self._ended: dt.datetime | None = None
        self._day_bounds = (started, started)  # [start, end) of the learner's current day

    # what to ask ------------------------------------------------------------------------

    def current(self) -> StudyCard | None:
        if self._ended is not None:
            return None
        if self._current is None:
            self._current = self._pick(self._clock())
        return self._current.study if self._current else None

    def _pick(self, now: dt.datetime) -> _Current | None:
        due_learning = min(self._learning.items(), key=lambda kv: kv[1], default=None)
        if due_learning is not None and due_learning[1] <= now:
            return self._load(self._learning_item(due_learning[0]), True)
        while self._position < len(self._queue):
            loaded = self._load(self._queue[self._position], False)
            if loaded is not None:
                return loaded
            self._position += 1  # the card vanished from its deck since the queue was built
        if due_learning is not None:
            if due_learning[1] < self._day_end(now):
                return self._load(self._learning_item(due_learning[0]), True)
        return None

    def _learning_item(self, key: Key) -> QueueItem:
        return QueueItem(key, False, self._homes.get(key, ""))

    def _day_end(self, now: dt.datetime) -> dt.datetime:
        """When the learner's day containing ``now`` ends (cached until it does)."""
        if not (self._day_bounds[0] <= now < self._day_bounds[1]):
            end = next_day_start(now, self._settings.day_start_hour, self._tz)
            self._day_bounds = (day_start(now, self._settings.day_start_hour, self._tz), end)
        return self._day_bounds[1]

    def _load(self, item: QueueItem, from_learning: bool) -> _Current | None:
        deck = self._decks[item.deck_id]
        rows = self._store.query("SELECT data FROM cards WHERE path = ? AND card_id = ?",
                                 (str(deck.path), item.key[1]))
        if not rows:
            return None
        card = card_from_data(json.loads(str(rows[0][0])))
        self._cards[item.key] = card
        source_title = deck.sources.get(card.source.file, "") if card.source else ""
        study = StudyCard(deck_id=deck.deck_id, deck_title=deck.title, card=card,
                          is_new=item.is_new, source_title=source_title)
        now = self._clock()
        stored = self._store.state(self._learner, *item.key)
        prepared = self._scheduler.prepare(self._fsrs_state(stored, item.key, now), now)
        grading = None
        if not self_graded(card):
            from quiz.engine.grading import prepare

            grading = prepare(card, self._other_answers(study))
        return _Current(item, from_learning, study, stored, prepared, grading)

    def _require_current(self) -> _Current:
        self.current()
        if self._current is None:
            raise RuntimeError("the session has no card to answer (it is over)")
        return self._current

    def _fsrs_state(self, stored: StoredState | None, key: Key, now: dt.datetime) -> fsrs.Card:
        return state_from_json(stored.fsrs) if stored else new_state(key[0], key[1], now)

    def intervals(self) -> dict[Rating, dt.timedelta]:
        return dict(self._require_current().prepared.intervals)

    # answering --------------------------------------------------------------------------

    def answer(self, response: Response, duration_seconds: float) -> AnswerOutcome:
        current = self._current or self._require_current()
        if current.grading is None:
            from quiz.engine.grading import grade

            verdict = grade(current.study.card, response, duration_seconds=duration_seconds)
        else:
            verdict = current.grading.grade(response, duration_seconds=duration_seconds)
        return self._answer(current, verdict, response_text(response), duration_seconds)

    def grade(self, rating: Rating, duration_seconds: float) -> AnswerOutcome:
        from quiz.engine.grading import verdict_for_self_grade

        current = self._require_current()
        verdict = verdict_for_self_grade(current.study.card, rating)
        return self._answer(current, verdict, "", duration_seconds)

    def _other_answers(self, study: StudyCard) -> AnswerPool:
        """The answers of the deck's cards of the same category, the card's own included (the
        grader sets those aside). One object per deck and category, read from the cache only
        when the grader looks (it does not for a right answer)."""
        group = (study.deck_id, study.card.category)
        others = self._others.get(group)
        if others is None:
            from quiz.engine.grading import AnswerPool

            others = self._others[group] = AnswerPool(functools.partial(
                _group_answers, self._store, str(self._decks[study.deck_id].path), group[1]))
        return others

    def _answer(self, current: _Current, verdict: Verdict, given: str,
                duration: float) -> AnswerOutcome:
        now = self._clock()
        with self._store.transaction() as db:
            outcome, record = self._write_answer(db, current, verdict, verdict.rating, given,
                                                 duration, now)
        self._after_answer(record, outcome)
        return outcome

    def _write_answer(self, db: sqlite3.Connection, current: _Current, verdict: Verdict,
                      rating: Rating, given: str, duration: float,
                      now: dt.datetime) -> tuple[AnswerOutcome, _Undo]:
        """Log an answer and reschedule its card inside the caller's transaction."""
        deck_id, card_id = current.item.key
        after: StoredState | None = None
        intervals = dict(current.prepared.intervals)
        if self.cram:
            before = self._read_state(db, deck_id, card_id)
            due = from_us(before.due) if before else now
        else:
            before = current.stored
            # The outcome worked out when the card was shown, written only if the card's
            # state is still the one it was worked out from (another window may have answered
            # the card since; then it is read and worked out again).
            shown = current.prepared.stored_at(rating, now)
            if shown is not None:
                after = StoredState(shown[0], to_us(shown[1]), shown[2], to_us(now))
                due = shown[1]
            if after is None or not self._put_if_unchanged(db, current, after):
                before = self._read_state(db, deck_id, card_id)
                state = self._fsrs_state(before, current.item.key, now)
                reviewed, intervals = self._scheduler.review_with_intervals(state, rating, now)
                after = _stored(reviewed, now)
                due = reviewed.due
                put_state(db, self._learner, deck_id, card_id, after)
        correct = verdict.correct
        at = to_us(now)
        # The id follows time (at least ``reviewed_at``, above every id so far and above
        # the card index's mark): the log's own order serves queries by time, with no time
        # or card index to update (migration 4).
        cursor = db.execute(
            "INSERT INTO review_log (id, learner, session_id, deck_id, card_id, category, "
            "reviewed_at, answer_given, correct, score, rating, duration, kind, state_before, "
            "state_after, cram) VALUES (MAX(?1, COALESCE((SELECT MAX(id) FROM review_log), 0)"
            " + 1, (SELECT upto FROM log_indexed) + 1), ?2, ?3, ?4, ?5, ?6, ?1, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            (at, self._learner, self.session_id, deck_id, card_id,
             current.study.card.category.value, given, int(correct),
             verdict.score, int(rating), float(duration),
             "new" if before is None else STATE_KINDS.get(before.state, "review"),
             before.fsrs if before else None, after.fsrs if after else None, int(self.cram)))
        record = _Undo(current=current, log_id=int(cursor.lastrowid or 0), before=before,
                       after=after, correct=correct, reviewed_at=now, response_text=given,
                       duration=duration, verdict=verdict, position=self._position,
                       queue_length=len(self._queue),
                       learning_was=self._learning.get(current.item.key))
        outcome = AnswerOutcome(verdict=verdict, rating=rating, due=due, intervals=intervals)
        return outcome, record

    def _read_state(self, db: sqlite3.Connection, deck_id: str, card_id: str
                    ) -> StoredState | None:
        row = db.execute("SELECT fsrs, due, state, last_review FROM card_state "
                         "WHERE learner = ? AND deck_id = ? AND card_id = ?",
                         (self._learner, deck_id, card_id)).fetchone()
        return StoredState(*row) if row else None

    def _put_if_unchanged(self, db: sqlite3.Connection, current: _Current,
                          after: StoredState) -> bool:
        """Write ``after`` in one statement if the stored state is still the one the card
        was shown with; False (nothing written) when it changed meanwhile."""
        deck_id, card_id = current.item.key
        old = current.stored
        if old is None:
            cursor = db.execute(
                "INSERT OR IGNORE INTO card_state (learner, deck_id, card_id, fsrs, due, "
                "state, last_review) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (self._learner, deck_id, card_id, after.fsrs, after.due, after.state,
                 after.last_review))
        else:
            cursor = db.execute(
                "UPDATE card_state SET fsrs = ?, due = ?, state = ?, last_review = ? "
                "WHERE learner = ? AND deck_id = ? AND card_id = ? AND fsrs = ?",
                (after.fsrs, after.due, after.state, after.last_review, self._learner,
                 deck_id, card_id, old.fsrs))
        return cursor.rowcount == 1

    def _after_answer(self, record: _Undo, outcome: AnswerOutcome) -> None:
        """Move the queue on once the answer is safely committed."""
        item = record.current.item
        if record.current.from_learning:
            self._learning.pop(item.key, None)
        else:
            self._position += 1
        if self.cram:
            if not record.correct:
                self._queue.append(QueueItem(item.key, item.is_new, item.home))
        else:
            if (record.after is not None and record.after.state in _LEARNING_STATES
                    and outcome.due < self._day_end(record.reviewed_at)):
                self._learning[item.key] = outcome.due
        self._answered += 1
        self._correct += int(record.correct)
        self._undo.append(record)
        self._current = None

    # taking answers back ----------------------------------------------------------------

    def _revert(self, db: sqlite3.Connection, record: _Undo) -> None:
        deck_id, card_id = record.current.item.key
        db.execute("DELETE FROM review_log WHERE id = ?", (record.log_id,))
        if not self.cram:
            put_state(db, self._learner, deck_id, card_id, record.before)

    def _restore_queue(self, record: _Undo) -> None:
        self._position = record.position
        del self._queue[record.queue_length:]
        key = record.current.item.key
        if record.learning_was is None:
            self._learning.pop(key, None)
        else:
            self._learning[key] = record.learning_was
        self._answered -= 1
        self._correct -= int(record.correct)
        self._current = record.current

    def undo(self) -> bool:
        if not self._undo or self._ended is not None:
            return False
        record = self._undo[-1]
        with self._store.transaction() as db:
            self._revert(db, record)
        self._undo.pop()
        self._restore_queue(record)
        return True

    def regrade(self, rating: Rating) -> AnswerOutcome:
        if not self._undo:
            raise RuntimeError("there is no answer to regrade")
        record = self._undo[-1]
        rating = Rating(rating)
        correct = rating != Rating.AGAIN
        verdict = record.verdict
        if correct != verdict.correct or rating != verdict.rating:
            verdict = dataclasses.replace(
                verdict, correct=correct, rating=rating,
                score=verdict.score if correct == verdict.correct else float(correct),
                reason=f"{verdict.reason}; regraded by you")
        with self._store.transaction() as db:
            self._revert(db, record)
            outcome, new_record = self._write_answer(db, record.current, verdict, rating,
                                                     record.response_text, record.duration,
                                                     record.reviewed_at)
        self._undo.pop()
        self._restore_queue(record)
        new_record = dataclasses.replace(new_record, position=record.position,
                                         queue_length=record.queue_length,
                                         learning_was=record.learning_was)
        self._after_answer(new_record, outcome)
        return outcome

    # reporting --------------------------------------------------------------------------

    def progress(self) -> Progress:
        remaining = len(self._queue) - self._position + len(self._learning)
        return Progress(answered=self._answered, correct=self._correct, remaining=remaining)

    def finish(self) -> SessionSummary:
        if self._ended is None:
            self._ended = self._clock()
            # The review log holds every answer as it is given; the session's row gets its
            # totals once, here (one page less to write per answer).
            with self._store.transaction() as db:
                answered, correct = db.execute(
                    "SELECT COUNT(*), COALESCE(SUM(correct), 0) FROM review_log "
                    "WHERE learner = ?1 AND id >= ?2 AND reviewed_at >= ?2 AND session_id = ?3",
                    (self._learner, to_us(self._started), self.session_id)).fetchone()
                db.execute("UPDATE sessions SET ended = ?, answered = ?, correct = ? "
                           "WHERE id = ?",
                           (to_us(self._ended), answered, correct, self.session_id))
            self._current = None
        return self._summary(self._ended)

    def _summary(self, ended: dt.datetime) -> SessionSummary:
        by_category: dict[Category, tuple[int, int]] = {}
        for category, right, total in self._store.query(
                "SELECT category, SUM(correct), COUNT(*) FROM review_log WHERE learner = ?1 "
                "AND id >= ?2 AND reviewed_at >= ?2 AND session_id = ?3 GROUP BY category",
                (self._learner, to_us(self._started), self.session_id)):
            by_category[Category(str(category))] = (int(right), int(total))
        missed: list[MissedCard] = []
        for deck_id, card_id in self._store.query(
                "SELECT deck_id, card_id FROM review_log WHERE learner = ?1 AND id >= ?2 "
                "AND reviewed_at >= ?2 AND session_id = ?3 AND NOT correct GROUP BY deck_id, card_id ORDER BY MIN(id)",
                (self._learner, to_us(self._started), self.session_id)):
            key = (str(deck_id), str(card_id))
            card = self._card(*key)
            if card is not None:
                missed.append(MissedCard(self._homes.get(key, key[0]), key[1], card.question,
                                         card.answer or "; ".join(card.items)))
        next_due = None
        if self._state_decks:
            marks = ",".join("?" * len(self._state_decks))
            rows = self._store.query(
                f"SELECT MIN(due) FROM card_state WHERE learner = ? AND due > ? "
                f"AND deck_id IN ({marks})", (self._learner, to_us(ended), *self._state_decks))
            if rows and rows[0][0] is not None:
                next_due = from_us(int(rows[0][0]))
        answered = sum(total for _, total in by_category.values())
        correct = sum(right for right, _ in by_category.values())
        return SessionSummary(session_id=self.session_id, label=self.label,
                              started=self._started, ended=ended, answered=answered,
                              correct=correct, by_category=by_category, missed=tuple(missed),
                              next_due=next_due, cram=self.cram)

    def _card(self, deck_id: str, card_id: str) -> Card | None:
        return self._cards.get((deck_id, card_id))


def _stored(reviewed: fsrs.Card, now: dt.datetime) -> StoredState:
    return StoredState(state_to_json(reviewed), to_us(reviewed.due), int(reviewed.state),
                       to_us(now))


def _group_answers(store: Store, path: str, category: Category) -> list[str]:
    """The answers of one deck file's cards of one category."""
    rows = store.query("SELECT answers FROM cards WHERE path = ? AND category = ?",
                       (path, category.value))
    return [answer for (answers,) in rows for answer in json.loads(str(answers))]
