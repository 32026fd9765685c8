"""`c` on the home screen: a chooser of what to cram, and the cards each choice finds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from tui_app_support import LEARNER, NOW, current_card, fixture_app, fixture_service

from quiz.engine.api import Rating, ReviewRecord
from quiz.engine.service import Service
from quiz.tui.screens.cram import CramScreen, hardest, missed_last_time
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.study import StudyScreen

RIGHT: dict[str, Any] = {"c-typed": "60", "c-choice": "Kataib Hezbollah", "c-cloze": "2011",
                         "c-truefalse": False, "c-order": ("Invasion", "Withdrawal", "Return")}
WRONG: dict[str, Any] = {"c-typed": "12", "c-choice": "Hamas", "c-cloze": "1999",
                         "c-truefalse": True, "c-order": ("Return", "Withdrawal", "Invasion")}


def record(correct: bool) -> ReviewRecord:
    return ReviewRecord(reviewed_at=NOW, answer_given="x", correct=correct,
                        rating=Rating.GOOD if correct else Rating.AGAIN, duration_seconds=1.0,
                        due_after=None)


def test_missed_means_wrong_the_last_time_and_hardest_ranks_by_wrong_answers() -> None:
    histories = {
        ("d", "never"): [],
        ("d", "fixed"): [record(False), record(True)],
        ("d", "twice"): [record(False), record(True), record(False)],
        ("d", "once"): [record(False)],
        ("d", "right"): [record(True)],
    }
    assert missed_last_time(histories) == [("d", "twice"), ("d", "once")]
    assert hardest(histories) == [("d", "twice"), ("d", "once"), ("d", "fixed")]
    assert hardest(histories, limit=1) == [("d", "twice")]


def study_once(service: Service, wrong: set[str]) -> None:
    """Answer every card of the fixture deck once through the engine."""
    session = service.start(LEARNER)
    while (study := session.current()) is not None:
        card_id = study.card.id
        if card_id == "c-recall":
            session.grade(Rating.AGAIN if card_id in wrong else Rating.GOOD, 2.0)
        else:
            session.answer((WRONG if card_id in wrong else RIGHT)[card_id], 2.0)
    session.finish()


async def open_chooser(pilot: Any, app: Any) -> CramScreen:
    await pilot.press("c")
    await pilot.pause()
    assert isinstance(app.screen, CramScreen)
    return app.screen


async def test_the_chooser_crams_the_cards_missed_last_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch)
    study_once(service, wrong={"c-choice", "c-recall"})
    app = fixture_app(service, clock=lambda: NOW + dt.timedelta(minutes=5))
    async with app.run_test(size=(80, 24)) as pilot:
        chooser = await open_chooser(pilot, app)
        kinds = [choice.kind for choice in chooser.choices]
        await pilot.press(*["down"] * kinds.index("missed"), "enter")
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
        session = app.screen.session
        assert session.cram and session.progress().total == 2
        assert current_card(app).id in {"c-choice", "c-recall"}
    service.close()


async def test_the_chooser_offers_everything_a_category_or_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch)
    app = fixture_app(service)
    async with app.run_test(size=(80, 24)) as pilot:
        chooser = await open_chooser(pilot, app)
        assert [choice.category for choice in chooser.choices if choice.category] == [
            "date", "actor", "figure", "cause"]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)

        chooser = await open_chooser(pilot, app)  # nothing was answered wrong yet
        await pilot.press(*["down"] * (len(chooser.choices) - 1), "enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)

        await open_chooser(pilot, app)
        await pilot.press("down", "enter")  # only the date cards
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
        assert app.screen.session.cram and app.screen.session.progress().total == 2
        assert current_card(app).category == "date"
    service.close()
