"""Whole study sessions driven by key presses against a real service on a temporary database."""

from __future__ import annotations

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
)

from quiz.tui.screens.study import StudyScreen
from quiz.tui.screens.summary import SummaryScreen


async def test_a_session_of_every_card_type_is_logged_and_summarised(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch)
    app = fixture_app(service, clock=TickingClock(step=3.0))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
        seen = []
        for _ in range(12):
            if not isinstance(app.screen, StudyScreen):
                break
            card = current_card(app)
            print("card", card.id, app.screen.phase)
            right = card.id != "c-choice" or card.id in seen
            seen.append(await answer(pilot, app, right=right))
            if card.type.value != "recall":
                await pilot.press("enter")
                await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        text = app.screen.query_one("#summary-score").content
        print(seen, text)
    rows = review_rows(tmp_path / "quiz.sqlite3")
    print(rows)
    service.close()
