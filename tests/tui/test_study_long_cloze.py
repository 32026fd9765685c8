"""A cloze whose answer is a phrase: the gap is shown, space fills it in place, 1-4 grades.

Short clozes stay typed. The snapshot of the revealed state is updated deliberately with
`pytest tests/tui/test_study_long_cloze.py --snapshot-update` (look at the SVG first).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static
from tui_app_support import (
    TickingClock,
    current_card,
    fixture_app,
    fixture_service,
    review_rows,
    screen_text,
)

from quiz.engine.api import Rating
from quiz.tui.app import QuizApp
from quiz.tui.screens.study import StudyScreen
from quiz.tui.widgets.answers import RecallAnswer, TextAnswer

REASON = "delays in delivering new trains from a factory in Spain"
#: Markup in a deck's answer, which would quit the app if the reveal read it as markup.
INJECTED = "[@click=app.quit]quit now[/] and [bold]the whole app[/bold]"

LONG_CLOZE_DECK = f"""\
id: clozes
title: Train overhaul
cards:
  - id: long
    type: cloze
    category: cause
    question: >-
      The overhaul was postponed twice, first because of ___ and then owing to a
      shortage of trained drivers.
    answer: {REASON}
    explanation: The drivers' course had been cut.
  - id: short
    type: cloze
    category: actor
    question: The trains were built by a factory in ___.
    answer: Spain
  - id: markup
    type: cloze
    category: other
    question: The reveal must not ___ when it shows the answer.
    answer: "{INJECTED}"
"""


def question_text(app: QuizApp) -> str:
    """The plain text of the question panel (the sentence, not wrapped)."""
    return str(app.screen.query_one("#question", Static).content)


async def test_a_long_cloze_is_revealed_in_place_and_self_graded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch, LONG_CLOZE_DECK)
    db = tmp_path / "quiz.sqlite3"
    app = fixture_app(service, clock=TickingClock(step=3.0))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        assert current_card(app).id == "long"
        shown = screen_text(app)
        assert "Fill the gap in your head:" in shown
        assert "Think of the missing words, then press space to see them." in shown
        assert "first because of ___ and then" in question_text(app)
        assert app.screen.query(RecallAnswer) and not app.screen.query(TextAnswer)

        await pilot.press("space")
        assert isinstance(app.screen, StudyScreen) and app.screen.phase == "revealed"
        assert question_text(app) == (
            "The missing words, in place:\nThe overhaul was postponed twice, first because of "
            f"{REASON} and then owing to a shortage of trained drivers.")
        shown = screen_text(app)
        assert "The drivers' course had been cut." in shown
        assert "Your answer" not in shown  # nothing was typed
        assert review_rows(db) == []  # nothing is stored until the learner grades

        await pilot.press("2")
        await pilot.pause()
        assert review_rows(db) == [("long", "", 1, Rating.HARD, pytest.approx(3.0))]

        # A short cloze is still typed and graded by the engine.
        assert current_card(app).id == "short"
        assert "Fill the gap:" in screen_text(app)
        await pilot.press(*"spain", "enter")
        await pilot.pause()
        assert "✓ Right" in screen_text(app)
        assert review_rows(db)[-1][:4] == ("short", "spain", 1, Rating.GOOD)
    service.close()


async def test_undo_asks_the_long_cloze_again_with_its_gap(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch, LONG_CLOZE_DECK)
    db = tmp_path / "quiz.sqlite3"
    app = fixture_app(service)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "space", "enter")  # reveal, keep Good
        await pilot.pause()
        assert review_rows(db)[0][:4] == ("long", "", 1, Rating.GOOD)
        await pilot.press("ctrl+z")  # from the next card's answer box
        assert review_rows(db) == []
        assert current_card(app).id == "long"
        assert "___" in question_text(app) and REASON not in question_text(app)
    service.close()


async def test_a_revealed_answer_is_shown_literally(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch, LONG_CLOZE_DECK)
    app = fixture_app(service)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "space", "1")  # the long cloze: Again
        await pilot.press(*"spain", "enter")
        await pilot.press("enter")  # on to the markup cloze
        assert current_card(app).id == "markup"
        await pilot.press("space")
        await pilot.click("#question")
        await pilot.pause()
        assert app.is_running
        assert f"not {INJECTED} when" in question_text(app)
    service.close()


async def reveal_the_long_cloze(pilot: Pilot[None]) -> None:
    await pilot.pause()  # the home screen lists its decks first
    await pilot.press("enter")
    assert isinstance(pilot.app, QuizApp) and current_card(pilot.app).id == "long"
    await pilot.press("space")
    await pilot.pause()


def test_snapshot_of_a_revealed_long_cloze(snap_compare: Any, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    app = fixture_app(fixture_service(tmp_path, monkeypatch, LONG_CLOZE_DECK))
    assert snap_compare(app, terminal_size=(100, 30), run_before=reveal_the_long_cloze)
