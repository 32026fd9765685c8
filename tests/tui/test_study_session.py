"""Whole study sessions driven by key presses against a real service on a temporary database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from tui_app_support import (
    LEARNER,
    TickingClock,
    answer,
    current_card,
    fixture_app,
    fixture_service,
    review_rows,
    screen_text,
)

from quiz.engine.api import Rating
from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.study import StudyScreen
from quiz.tui.screens.summary import SummaryScreen


async def test_every_card_type_is_answered_logged_and_summarised(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch)
    app = fixture_app(service, clock=TickingClock(step=3.0))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        assert isinstance(app.screen, StudyScreen)
        seen: list[str] = []
        while isinstance(app.screen, StudyScreen) and len(seen) < 6:
            card = current_card(app)
            seen.append(await answer(pilot, app, right=card.id != "c-choice"))
            if card.id == "c-typed":
                shown = screen_text(app)
                assert "accepted as an alias" in shown
                assert "Answer: 60" in shown
                assert "Article A on the talks" in shown
                assert "They struck bases in Iraq more than 60 times." in shown
                assert "Sources disagree: Article B on the strikes says 70" in shown
                assert "3 Good  2d" in shown
            if card.id == "c-choice":
                assert "✗ Wrong" in screen_text(app)
            if card.type != "recall":
                await pilot.press("enter")
        assert sorted(seen) == sorted(["c-typed", "c-choice", "c-cloze", "c-truefalse",
                                       "c-order", "c-recall"])
        assert isinstance(app.screen, SummaryScreen)
        shown = screen_text(app)
        assert "5 / 6 right" in shown and "(83%)" in shown
        assert "Which militia fired the missiles?" in shown  # the missed card
        assert "Kataib Hezbollah" in shown

        rows = review_rows(tmp_path / "quiz.sqlite3")
        assert [row[0] for row in rows] == seen
        by_card = {row[0]: row for row in rows}
        assert by_card["c-typed"][1:4] == ("sixty", 1, Rating.GOOD)
        assert by_card["c-choice"][2:4] == (0, Rating.AGAIN)
        assert by_card["c-order"][2] == 1
        assert by_card["c-recall"][3] == Rating.GOOD  # self-graded with 3
        assert all(row[4] == pytest.approx(3.0) for row in rows)  # timed by the app's clock

        # Review the missed card now: a cram session on exactly that card.
        await pilot.press("r")
        assert isinstance(app.screen, StudyScreen) and app.screen.session.cram
        assert current_card(app).id == "c-choice"
        await answer(pilot, app, right=True)
        await pilot.press("enter")
        assert isinstance(app.screen, SummaryScreen)
        assert "1 / 1 right" in screen_text(app)
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        assert "Fixture deck" in screen_text(app)
    assert len(review_rows(tmp_path / "quiz.sqlite3")) == 7
    service.close()

    # The next start shows what was learned: nothing new, nothing due today, six learned.
    service = fixture_service(tmp_path, monkeypatch)
    app = fixture_app(service)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        deck_row = next(line for line in screen_text(app).splitlines() if "Fixture deck" in line)
        assert deck_row.split()[-6:-1] == ["path", "0", "0", "6", "6"]
    service.close()


async def test_undo_and_regrade_rewrite_the_log(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch)
    db = tmp_path / "quiz.sqlite3"
    app = fixture_app(service)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        first = await answer(pilot, app, right=True)
        assert len(review_rows(db)) == 1
        await pilot.press("u")  # undo while the verdict is shown
        assert review_rows(db) == []
        assert current_card(app).id == first
        assert app.screen.query_one("#feedback").display is False

        await answer(pilot, app, right=True)
        await pilot.press("4")  # override Good with Easy, then go on
        assert [row[3] for row in review_rows(db)] == [Rating.EASY]
        second = current_card(app).id
        assert second != first
        await pilot.press("ctrl+z")  # undo from the next card's question
        assert review_rows(db) == []
        assert current_card(app).id == first
        await pilot.press("ctrl+z")  # nothing left to undo: nothing changes
        assert review_rows(db) == []
        assert current_card(app).id == first
    service.close()


async def test_quitting_mid_session_keeps_every_answer(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch)
    db = tmp_path / "quiz.sqlite3"
    app = fixture_app(service)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        answered = [await answer(pilot, app, right=True)]
        if current_card(app).type != "recall":
            await pilot.click("#grade-2")  # the mouse overrides the rating: Hard
            await pilot.pause()
            assert review_rows(db)[0][3] == Rating.HARD
        answered.append(await answer(pilot, app, right=False))
        await pilot.press("escape")  # end early, with the verdict still on screen
        assert isinstance(app.screen, SummaryScreen)
        assert "1 / 2 right" in screen_text(app)
        await pilot.press("escape")
        await pilot.press("enter")  # a new session; quit the whole app on its first card
        assert isinstance(app.screen, StudyScreen)
        answered.append(await answer(pilot, app, right=True))
        app.exit()
    assert [row[0] for row in review_rows(db)] == answered
    with sqlite3.connect(db) as connection:  # both sessions were closed with their score
        sessions = connection.execute(
            "SELECT answered, correct FROM sessions WHERE ended IS NOT NULL ORDER BY id")
        assert sessions.fetchall() == [(2, 1), (1, 1)]
    service.close()


async def test_escape_while_typing_ends_the_session_without_an_answer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch)
    app = fixture_app(service)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        assert current_card(app).type == "typed"
        await pilot.press(*"six", "escape")
        assert isinstance(app.screen, SummaryScreen)
        shown = screen_text(app)
        assert "Nothing answered" in shown
        assert "0 / 0" not in shown and "Review missed" not in shown
        assert not app.screen.query("#review")
    assert review_rows(tmp_path / "quiz.sqlite3") == []
    service.close()
