"""The app fits 80x24, uses a larger terminal, and survives resizes in the middle of a card."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_app_support import answer, fixture_app, fixture_service, screen_text

from quiz.tui.screens.study import StudyScreen

LONG_DECK = """\
id: long
title: A deck with a very long card
cards:
  - id: long-typed
    type: typed
    category: other
    question: "{question}"
    answer: "end"
    explanation: "{question}"
"""


def grade_labels_visible(text: str) -> bool:
    return all(label in text for label in ("1 Again", "2 Hard", "3 Good", "4 Easy"))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_home_and_study_fit(size: tuple[int, int], tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch)
    app = fixture_app(service)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        shown = screen_text(app)
        assert "Fixture deck" in shown and "Learner: ada" in shown
        await pilot.press("enter")
        await answer(pilot, app, right=True)
        shown = screen_text(app)
        assert len(shown.splitlines()) == size[1]
        assert grade_labels_visible(shown)
        assert "Next" in shown.splitlines()[-1]  # the footer
    service.close()


async def test_long_cards_scroll_and_resizes_keep_the_answer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    words = " ".join(f"word{n}" for n in range(400))
    service = fixture_service(tmp_path, monkeypatch, LONG_DECK.format(question=words))
    app = fixture_app(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.press(*"en")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.press("d", "enter")  # the half-typed answer survived the resize
        screen = app.screen
        assert isinstance(screen, StudyScreen) and screen.outcome is not None
        assert screen.outcome.verdict.correct
        assert grade_labels_visible(screen_text(app))  # the grade bar stays on screen
        scroll = screen.query_one("#card-scroll")
        assert scroll.max_scroll_y > 0  # the long card scrolls ...
        await pilot.press("pagedown", "end")
        assert scroll.scroll_y > 0  # ... from the keyboard
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert grade_labels_visible(screen_text(app))
        await pilot.press("enter")
        assert "1 / 1 right" in screen_text(app)
    service.close()
