"""Deck text is shown literally: markup and escape sequences in a deck trigger nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from tui_app_support import fixture_app, fixture_service, screen_text

from quiz.tui.app import QuizApp
from quiz.tui.screens.study import StudyScreen
from quiz.tui.text import literal, literal_cell, literal_line

INJECTION_DECK = r"""
id: inject
title: "[@click=app.quit]Quit deck[/] [bold]loud"
sources:
  - id: s
    file: s.txt
    title: "[@click=app.quit]Source title[/]"
cards:
  - id: m-choice
    type: choice
    category: other
    question: "Click [@click=app.quit]here please[/] or [bold]this[/bold] \e[31mred\e[0m"
    answer: "[bold]B"
    choices: ["[@click=app.quit]A", "[bold]B"]
    explanation: "[@click=app.quit]Explained[/] [link=https://example.com]x[/link]"
    source:
      file: s.txt
      sentence: "It said [@click=app.quit]this[/] \e]0;title\a and more."
"""


def position_of(app: QuizApp, needle: str) -> tuple[int, int]:
    """Screen (x, y) of the first character of ``needle``."""
    for y, line in enumerate(screen_text(app).splitlines()):
        x = line.find(needle)
        if x >= 0:
            return x, y
    raise AssertionError(f"{needle!r} is not on the screen:\n{screen_text(app)}")


async def click_text(pilot: Pilot[None], app: QuizApp, needle: str) -> None:
    x, y = position_of(app, needle)
    await pilot.click(offset=(x + 3, y))
    await pilot.pause()
    assert app.is_running, f"clicking {needle!r} ran an action"


async def test_markup_and_escapes_in_a_deck_are_shown_and_inert(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "decks" / "[@click=app.quit]broken.yaml"
    broken.parent.mkdir(parents=True)
    broken.write_text("id: [unclosed\n", encoding="utf-8")
    service = fixture_service(tmp_path, monkeypatch, INJECTION_DECK)
    app = fixture_app(service)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        shown = screen_text(app)
        assert "[@click=app.quit]Quit deck[/] [bold]loud" in shown
        assert "[@click=app.quit]broken.yaml" in shown  # the deck problem, literally
        await click_text(pilot, app, "[@click=app.quit]broken.yaml")
        await click_text(pilot, app, "[@click=app.quit]Quit deck")  # a click studies the deck
        assert isinstance(app.screen, StudyScreen)
        shown = screen_text(app)
        assert "Click [@click=app.quit]here please[/] or [bold]this[/bold]" in shown
        assert "␛[31mred␛[0m" in shown  # the escape is visible, not sent to the terminal
        assert "\x1b" not in shown
        assert "1. [@click=app.quit]A" in shown
        await click_text(pilot, app, "[@click=app.quit]here please")

        await pilot.click("#answer-choices", offset=(6, 1))  # the first choice, by mouse
        await pilot.pause()
        shown = screen_text(app)
        assert "✗ Wrong" in shown
        assert "[@click=app.quit]Explained[/] [link=https://example.com]x[/link]" in shown
        assert "[@click=app.quit]Source title[/]" in shown
        assert "␝0;title␇" not in shown and "␛]0;title␇" in shown
        await click_text(pilot, app, "[@click=app.quit]Explained")
        await click_text(pilot, app, "[@click=app.quit]Source title")
        assert app.is_running
    service.close()


def test_the_text_helpers_never_interpret_markup() -> None:
    text = "[b]x[/b] [@click=app.quit]y\x1b[0m\x07\tz\nw"
    assert literal(text).plain == "[b]x[/b] [@click=app.quit]y␛[0m␇    z\nw"
    assert literal(text).spans == []
    assert literal_line(text).plain == "[b]x[/b] [@click=app.quit]y␛[0m␇ z w"
    assert literal_line("abcdef", 4).plain == "abc…"
    cell = literal_cell(text, 12)
    assert cell.plain == "[b]x[/b] [@…" and cell.spans == []
