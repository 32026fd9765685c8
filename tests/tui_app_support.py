"""Helpers for the study app's tests: a fixture deck with one card of each type, a service on a
temporary database with the bundled decks kept out, fixed clocks, and key-press answering."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from quiz.engine.self_grading import self_graded
from quiz.engine.service import Service, open_service
from quiz.model import CardType
from quiz.tui.app import QuizApp, build_app

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
LEARNER = "ada"

FIXTURE_DECK = """\
id: fixture
title: Fixture deck
description: One card of every type.
sources:
  - id: a
    file: a.txt
    title: Article A on the talks
  - id: b
    file: b.txt
    title: Article B on the strikes
cards:
  - id: c-typed
    type: typed
    category: figure
    question: How many strikes on bases in Iraq?
    answer: "60"
    accept: [sixty]
    explanation: More than 90 in Syria.
    source:
      file: a.txt
      sentence: They struck bases in Iraq more than 60 times.
    conflict:
      - file: b.txt
        value: "70"
        sentence: Bases were struck 70 times.
  - id: c-choice
    type: choice
    category: actor
    question: Which militia fired the missiles?
    answer: Kataib Hezbollah
    choices: [Hamas, Kataib Hezbollah, Islamic State, Houthis]
  - id: c-cloze
    type: cloze
    category: date
    question: Combat forces left Iraq in ___.
    answer: "2011"
  - id: c-truefalse
    type: truefalse
    category: cause
    question: The talks were caused by the attacks.
    answer: false
  - id: c-order
    type: order
    category: date
    question: Put the events in order.
    items: [Invasion, Withdrawal, Return]
  - id: c-recall
    type: recall
    category: actor
    question: Who announced the dialogue?
    answer: Mohammed Shia al-Sudani
"""

#: The right response, as key presses, per card id (type ``text`` first for typed cards).
RIGHT_TEXT = {"c-typed": "sixty", "c-cloze": "2011"}
WRONG_TEXT = {"c-typed": "12", "c-cloze": "1999"}


class FixedClock:
    """Always the same moment (the engine's clock in tests)."""

    def __init__(self, now: dt.datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


class TickingClock:
    """Moves ``step`` seconds every time it is read (the app's timer: answers take time)."""

    def __init__(self, now: dt.datetime = NOW, step: float = 2.0) -> None:
        self.now = now
        self.step = dt.timedelta(seconds=step)

    def __call__(self) -> dt.datetime:
        self.now += self.step
        return self.now


def keep_bundled_out(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Make the bundled deck folder empty, so tests see only their own decks."""
    empty = tmp_path / "no-bundled"
    empty.mkdir(exist_ok=True)
    monkeypatch.setattr("quiz.paths.bundled_decks_dir", lambda: empty)


def write_fixture_deck(folder: Path, text: str = FIXTURE_DECK, name: str = "fixture") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def fixture_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *decks: str,
                    clock: Any = None) -> Service:
    """A service on ``tmp_path/quiz.sqlite3`` with ``decks`` (YAML texts), fuzzing off."""
    keep_bundled_out(monkeypatch, tmp_path)
    folder = tmp_path / "decks"
    for number, text in enumerate(decks or (FIXTURE_DECK,)):
        write_fixture_deck(folder, text, f"deck{number}")
    service = open_service(tmp_path / "quiz.sqlite3", [folder], clock=clock or FixedClock(),
                           tz=UTC)
    service.add_learner(LEARNER)
    settings = service.settings(LEARNER)
    # No learning steps: each card is asked once per session, whatever the answer.
    service.save_settings(LEARNER, replace(settings, enable_fuzzing=False,
                                           learning_steps_minutes=(),
                                           relearning_steps_minutes=()))
    return service


def fixture_app(service: Service, clock: Any = None) -> QuizApp:
    return build_app(service, learner=LEARNER, clock=clock or FixedClock())


def review_rows(db: Path) -> list[tuple[Any, ...]]:
    """(card_id, answer_given, correct, rating, duration) of every logged answer, in order."""
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT card_id, answer_given, correct, rating, duration FROM review_log "
            "ORDER BY id").fetchall()


def current_card(app: QuizApp) -> Any:
    from quiz.tui.screens.study import StudyScreen

    screen = app.screen
    assert isinstance(screen, StudyScreen), type(screen)
    assert screen.study is not None
    return screen.study.card


async def answer(pilot: Pilot[None], app: QuizApp, *, right: bool) -> str:
    """Answer the current card by key presses (right or wrong); returns its id."""
    card = current_card(app)
    if self_graded(card):  # recall cards, and clozes whose answer is a phrase
        await pilot.press("space")
        await pilot.press("3" if right else "1")
        await pilot.pause()
        return str(card.id)
    if card.type in (CardType.TYPED, CardType.CLOZE):
        await pilot.press(*(RIGHT_TEXT if right else WRONG_TEXT)[card.id], "enter")
    elif card.type is CardType.CHOICE:
        from quiz.tui.widgets.answers import ChoiceAnswer

        shown = app.screen.query_one(ChoiceAnswer).choices  # in the order on screen
        index = shown.index(card.answer)
        await pilot.press(str(index + 1 if right else (index + 1) % len(shown) + 1))
    elif card.type is CardType.TRUEFALSE:
        await pilot.press("f" if right == (card.answer == "false") else "t")
    elif card.type is CardType.ORDER:
        await order_items(pilot, app, list(card.items) if right else list(card.items)[::-1])
        await pilot.press("enter")
    await pilot.pause()
    return str(card.id)


async def order_items(pilot: Pilot[None], app: QuizApp, wanted: list[str]) -> None:
    """Move items with the keys (pick with space, carry with the arrows) into ``wanted``."""
    from quiz.tui.widgets.answers import OrderAnswer

    widget = app.screen.query_one(OrderAnswer)
    for target, item in enumerate(wanted):
        start = widget.items.index(item)
        here = widget.highlighted or 0
        steps = ["down"] * (start - here) if start >= here else ["up"] * (here - start)
        await pilot.press(*steps, "space", *(["up"] * (start - target)), "space")
    assert widget.items == wanted


def screen_text(app: QuizApp) -> str:
    """What the terminal shows now, as plain text lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
