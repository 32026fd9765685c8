"""The contract between the study engine and its front ends (the TUI, the CLI, benchmarks).

The value types here are what a front end receives; the two protocols say what it may call.
``quiz.engine.service.open_service`` returns an object implementing :class:`StudyService`.
Front ends depend on this module only, so the engine's insides can change freely.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Protocol

from quiz.errors import Problem
from quiz.model import Card, Category, Deck

#: A learner's answer: typed/cloze text, the chosen choice text, True/False, the items in the
#: order given, or None for a self-graded card (a recall card, or a cloze whose answer is a
#: phrase: see ``quiz.engine.self_grading``), which the learner grades instead.
Response = str | bool | Sequence[str] | None


def response_text(response: Response, *, join: str | None = None) -> str:
    """A learner's response as one line of text. An order's items are joined by ``join``
    for reading ("a → b → c"), or, by default, kept as a JSON list (the review log's form)."""
    if response is None:
        return ""
    if isinstance(response, bool):
        return "true" if response else "false"
    if isinstance(response, str):
        return response
    if join is not None:
        return join.join(response)
    return json.dumps(list(response), ensure_ascii=False)


class Rating(IntEnum):
    """FSRS ratings, numbered as the grade keys 1-4."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


@dataclass(frozen=True, slots=True)
class Verdict:
    """The judgement of one answer, and why."""

    correct: bool
    score: float  # 0.0-1.0; partial credit for order cards
    rating: Rating  # the rating this verdict suggests (wrong -> AGAIN)
    reason: str  # human wording: "exact match", "accepted as an alias", "typo forgiven", ...
    expected: str  # the canonical answer, as it should be shown


@dataclass(frozen=True, slots=True)
class Settings:
    """Per-learner study settings."""

    new_per_day: int = 20
    reviews_per_day: int = 200
    desired_retention: float = 0.9
    learning_steps_minutes: tuple[float, ...] = (1.0, 10.0)
    relearning_steps_minutes: tuple[float, ...] = (10.0,)
    maximum_interval_days: int = 36500
    enable_fuzzing: bool = True
    day_start_hour: int = 4  # the learner's day starts at this local hour, as in Anki
    theme: str = "textual-dark"


@dataclass(frozen=True, slots=True)
class Counts:
    """How many cards are new, due now, and learned (seen, not due)."""

    new: int = 0
    due: int = 0
    learned: int = 0

    @property
    def total(self) -> int:
        return self.new + self.due + self.learned


@dataclass(frozen=True, slots=True)
class DeckSummary:
    """A deck as the home screen lists it, with counts for one learner.

    ``counts.new`` is every card never answered (so ``counts.total`` is every card, and cram
    can study them whatever the limits); ``new_today`` is how many of them a session gives
    today: capped at what the learner's ``new_per_day`` still allows for the deck today (a
    home screen shows this one, as Anki does). A deck that is ``part_of`` another (a view)
    shares the cards whose ids are also in that deck, and their schedules: ``shared`` counts
    those cards (they are in the parent's counts too), so a total over several decks adds
    ``counts - shared`` for a view whose parent is among them.
    """

    deck_id: str
    title: str
    origin: str  # "bundled", "user" or "path"
    path: Path
    counts: Counts
    by_category: dict[Category, Counts] = field(default_factory=dict)
    description: str = ""
    new_today: int = 0  # new cards a session gives today (counts.new within today's limit)
    part_of: str = ""  # the deck this one is a view of, when it is one and that deck is known
    shared: Counts = field(default_factory=Counts)  # cards shared with ``part_of``


@dataclass(frozen=True, slots=True)
class StudyCard:
    """The card a session asks next, with what the study screen shows around it."""

    deck_id: str  # the deck it is asked from (for a view's shared card: the view, not its parent)
    deck_title: str
    card: Card
    is_new: bool
    source_title: str = ""  # the title of card.source.file's article, when the deck knows it


@dataclass(frozen=True, slots=True)
class AnswerOutcome:
    """What happened when an answer was committed."""

    verdict: Verdict
    rating: Rating  # the rating committed (the verdict's, or the learner's override)
    due: dt.datetime  # when the card is due next (UTC)
    intervals: dict[Rating, dt.timedelta]  # what each rating would have given, for grade buttons


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a session stands."""

    answered: int
    correct: int
    remaining: int  # cards still queued, learning steps included

    @property
    def total(self) -> int:
        return self.answered + self.remaining


@dataclass(frozen=True, slots=True)
class MissedCard:
    """A card answered wrong in a session."""

    deck_id: str
    card_id: str
    question: str
    answer: str


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """The end-of-session report."""

    session_id: int
    label: str
    started: dt.datetime
    ended: dt.datetime
    answered: int
    correct: int
    by_category: dict[Category, tuple[int, int]]  # category -> (correct, answered)
    missed: tuple[MissedCard, ...]
    next_due: dt.datetime | None
    cram: bool = False

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0

    @property
    def duration(self) -> dt.timedelta:
        return self.ended - self.started


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    """One line of the review log, as the browse screen shows a card's history."""

    reviewed_at: dt.datetime
    answer_given: str
    correct: bool
    rating: Rating
    duration_seconds: float
    due_after: dt.datetime | None


@dataclass(frozen=True, slots=True)
class LearnerStats:
    """A learner's progress over time (optionally for one deck)."""

    learner: str
    reviews_per_day: tuple[tuple[dt.date, int], ...]  # study days only, oldest first
    accuracy_per_day: dict[Category, tuple[tuple[dt.date, float], ...]]
    accuracy_by_category: dict[Category, tuple[int, int]]  # category -> (correct, answered)
    due_per_day: tuple[tuple[dt.date, int], ...]  # the next 30 days, today first
    retention: float | None  # share of reviews (not first sightings) answered right
    streak_days: int  # consecutive study days ending today (or yesterday)
    total_reviews: int
    sessions: int
    reviews_counted: int = 0  # how many reviews ``retention`` is based on


class StudySession(Protocol):
    """One study session. Every answer is committed before the call returns."""

    label: str
    cram: bool  # cram sessions never change the schedule (they are still logged)

    def current(self) -> StudyCard | None:
        """The card to ask now, or None when the session is over."""

    def intervals(self) -> dict[Rating, dt.timedelta]:
        """The next interval each rating would give the current card (for grade buttons)."""

    def answer(self, response: Response, duration_seconds: float) -> AnswerOutcome:
        """Grade ``response`` for the current card, schedule it with the suggested rating and
        commit. For self-graded cards (``quiz.engine.self_grading``) use :meth:`grade`."""

    def grade(self, rating: Rating, duration_seconds: float) -> AnswerOutcome:
        """Self-grade the current card (recall, or a cloze whose answer is a phrase) with
        ``rating`` and commit."""

    def regrade(self, rating: Rating) -> AnswerOutcome:
        """Replace the rating of the last answer (the learner overrides the suggestion)."""

    def undo(self) -> bool:
        """Take back the last answer: card state and log restored exactly. False if none."""

    def progress(self) -> Progress:
        """Counts for the progress bar and the running score."""

    def finish(self) -> SessionSummary:
        """Close the session (idempotent) and report it."""


class StudyService(Protocol):
    """Everything a front end needs from the engine."""

    def close(self) -> None:
        """Close the database."""

    def learners(self) -> list[str]:
        """Known learner names, oldest first (there is always at least one)."""

    def add_learner(self, name: str) -> str:
        """Create a learner (or return the existing one of that name)."""

    def settings(self, learner: str) -> Settings:
        """The learner's settings (defaults when never saved)."""

    def save_settings(self, learner: str, settings: Settings) -> None:
        """Persist the learner's settings."""

    def decks(self, learner: str) -> list[DeckSummary]:
        """Every known deck with counts for ``learner``; served from the store's cache."""

    def deck(self, deck_id: str) -> Deck:
        """The whole deck (parsed from its file, or from the cache)."""

    def start(self, learner: str, deck_ids: Sequence[str] | None = None, *,
              categories: Sequence[Category] | None = None, cram: bool = False,
              card_ids: Sequence[tuple[str, str]] | None = None) -> StudySession:
        """Start a session: due reviews first, then new cards within the daily limits.
        ``deck_ids`` None means every deck; ``card_ids`` pins (deck_id, card_id) pairs."""

    def history(self, learner: str, deck_id: str, card_id: str) -> list[ReviewRecord]:
        """The review log of one card, oldest first. ``deck_id`` is the deck the card is
        shown in: a card a view deck shares with its parent has the parent's history."""

    def stats(self, learner: str, deck_id: str | None = None) -> LearnerStats:
        """Progress figures for ``learner``."""

    def problems(self) -> list[Problem]:
        """Deck files that could not be used (broken, or a second deck with a known id) and
        views of an unknown deck, each with where and why; the home screen shows them.
        Never fatal."""

    def refresh_decks(self) -> None:
        """Re-scan the deck folders, re-parsing only deck files that changed (by stat)."""
