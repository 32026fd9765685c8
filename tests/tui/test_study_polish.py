"""What the study screens say around a card: choice order, verdict wording, conflict sources,
one instruction per card, the status line, cram's grade bar, empty summaries, the settings
focus and footers that fit at 80 columns."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, ProgressBar
from tui_app_support import (
    LEARNER,
    answer,
    current_card,
    fixture_app,
    fixture_service,
    screen_text,
)

from quiz.model import Card, CardType, Category
from quiz.tui.app import QuizApp
from quiz.tui.screens.settings import FIELDS, SettingsScreen
from quiz.tui.screens.study import StudyScreen
from quiz.tui.screens.summary import SummaryScreen
from quiz.tui.widgets.answers import ChoiceAnswer
from quiz.tui.widgets.grades import GradeBar


def answer_first(number: int) -> Card:
    """A hand-written choice card whose author put the answer first."""
    return Card(id=f"q-{number}", type=CardType.CHOICE, category=Category.ACTOR,
                question=f"Question {number}?", answer=f"right {number}",
                choices=(f"right {number}", "wrong a", "wrong b", "wrong c"))


def test_choices_are_shuffled_the_same_way_every_time_a_card_is_shown() -> None:
    cards = [answer_first(number) for number in range(12)]
    shown = [ChoiceAnswer(card).choices for card in cards]
    assert all(sorted(order) == sorted(card.choices) for order, card in zip(shown, cards))
    positions = {order.index(card.answer) for order, card in zip(shown, cards)}
    assert len(positions) > 1 and positions != {0}  # the answer is not always option 1
    assert [ChoiceAnswer(card).choices for card in cards] == shown


async def until(pilot, app: QuizApp, card_type: str) -> None:  # type: ignore[no-untyped-def]
    """Answer (right) the cards before the first one of ``card_type``."""
    while current_card(app).type != card_type:
        was = current_card(app).type
        await answer(pilot, app, right=True)
        if was != "recall":
            await pilot.press("enter")


async def pinned(pilot, app: QuizApp, *card_ids: str) -> None:  # type: ignore[no-untyped-def]
    """Start a (cram) session on just these fixture cards."""
    app.start_session(None, cram=True, card_ids=[("fixture", card_id) for card_id in card_ids])
    await pilot.pause()


async def test_choice_and_truefalse_verdicts_speak_of_choices(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = fixture_app(fixture_service(tmp_path, monkeypatch))
    async with app.run_test(size=(100, 30)) as pilot:
        await pinned(pilot, app, "c-choice", "c-truefalse")
        await until(pilot, app, "choice")
        await answer(pilot, app, right=True)
        shown = screen_text(app)
        assert "✓ Right choice" in shown and "exact match" not in shown
        await pilot.press("enter")
        await until(pilot, app, "truefalse")
        await answer(pilot, app, right=False)
        shown = screen_text(app)
        assert "✗ Wrong choice" in shown and "exact match" not in shown
        assert "Answer: false" in shown


async def test_the_conflict_names_the_article_and_an_order_card_one_instruction(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = fixture_app(fixture_service(tmp_path, monkeypatch))
    async with app.run_test(size=(100, 30)) as pilot:
        await pinned(pilot, app, "c-typed", "c-order")
        assert current_card(app).id == "c-typed"
        await answer(pilot, app, right=True)
        shown = screen_text(app)
        assert "Sources disagree: Article B on the strikes says 70" in shown
        assert "b.txt" not in shown
        await pilot.press("enter")
        await until(pilot, app, "order")
        shown = screen_text(app)
        assert "Put the events in order." in shown
        assert "Put these in order" not in shown
        assert "first at the top" in shown


async def test_the_status_says_how_many_are_left_as_missed_cards_come_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch)
    settings = service.settings(LEARNER)
    service.save_settings(LEARNER, replace(settings, learning_steps_minutes=(1.0,),
                                           relearning_steps_minutes=(1.0,)))
    app = fixture_app(service)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        bar = app.screen.query_one("#progress", ProgressBar)
        filled = [bar.percentage or 0.0]
        for answered in range(1, 4):
            await answer(pilot, app, right=False)
            assert isinstance(app.screen, StudyScreen)
            status = str(app.screen.query_one("#score").render())
            assert status.startswith(f"{answered} answered · ") and " left · 0 right" in status
            assert "/" not in status
            filled.append(bar.percentage or 0.0)
            if current_card(app).type != "recall":
                await pilot.press("enter")
        assert filled == sorted(filled) and filled[-1] > filled[0]


async def test_cram_grade_bar_shows_no_intervals_and_says_why(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = fixture_app(fixture_service(tmp_path, monkeypatch))
    async with app.run_test(size=(100, 30)) as pilot:
        app.start_session(None, cram=True, card_ids=[("fixture", "c-typed")])
        await pilot.pause()
        await answer(pilot, app, right=True)
        bar = app.screen.query_one(GradeBar)
        assert bar.has_class("-cram")
        shown = screen_text(app)
        assert "schedule does not change" in shown
        assert "3 Good" in shown and "3 Good  2d" not in shown


async def test_recall_answer_hides_the_reveal_button(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = fixture_app(fixture_service(tmp_path, monkeypatch))
    async with app.run_test(size=(100, 30)) as pilot:
        await pinned(pilot, app, "c-recall")
        assert "Show answer (space)" in screen_text(app)
        await pilot.press("space")
        await pilot.pause()
        shown = screen_text(app)
        assert "Answer: Mohammed Shia al-Sudani" in shown
        assert "Show answer" not in shown


async def test_settings_open_with_the_first_field_focused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = fixture_app(fixture_service(tmp_path, monkeypatch))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        focused = app.focused
        assert isinstance(focused, Input) and focused.id == f"field-{FIELDS[0].name}"
        await pilot.press("end", "backspace", "backspace", "7", "ctrl+s")
        await pilot.pause()
    assert app.service.settings(LEARNER).new_per_day == 7


async def footer_fits(pilot: Pilot[None], app: QuizApp) -> None:
    """Every key the screen's footer shows is on the bottom line, as is the palette key (once
    the footer has been drawn: on a loaded machine a new screen's first frame may come before
    its footer's, so it is given up to two seconds)."""
    for _ in range(40):
        if "^p palette" in screen_text(app).splitlines()[-1]:
            break
        await pilot.pause(0.05)
    bottom = screen_text(app).splitlines()[-1]
    assert "^p palette" in bottom, bottom
    for active in app.screen.active_bindings.values():
        binding = active.binding
        if binding.show and active.enabled and binding.description:
            assert binding.description in bottom, (binding.description, bottom)


async def test_every_footer_fits_at_80_columns(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    app = fixture_app(fixture_service(tmp_path, monkeypatch))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await footer_fits(pilot, app)
        for key in ("s", "b"):
            await pilot.press(key)
            await pilot.pause(0.2)
            await footer_fits(pilot, app)
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("enter")
        while isinstance(app.screen, StudyScreen):
            card = current_card(app)
            await footer_fits(pilot, app)
            await answer(pilot, app, right=False)
            if card.type != "recall":
                await footer_fits(pilot, app)
                await pilot.press("enter")
        assert isinstance(app.screen, SummaryScreen)
        await pilot.pause()
        await footer_fits(pilot, app)
