"""Snapshots of the home, study (question and answer side) and summary screens.

Deterministic by construction: a fixed clock for the engine and the app, fuzzing off, the
bundled decks kept out, time zone UTC, the input cursor not blinking. Update deliberately with
`pytest tests/tui/test_snap_core.py --snapshot-update` and look at the new SVGs before committing.
"""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input
from tui_app_support import answer, current_card, fixture_app, fixture_service

from quiz.tui.app import QuizApp

SIZE = (100, 30)
Steps = Callable[[Pilot[None], QuizApp], Awaitable[None]]


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Dates on screen are local times: make local time UTC while a snapshot is taken."""
    before = os.environ.get("TZ")
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def snapshot_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> QuizApp:
    return fixture_app(fixture_service(tmp_path, monkeypatch))


def steps(app: QuizApp, then: Steps) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def run(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await then(pilot, app)
        for field in app.screen.query(Input):
            field.cursor_blink = False
        await pilot.pause()

    return run


async def question_side(pilot: Pilot[None], app: QuizApp) -> None:
    await pilot.press("enter")
    assert current_card(app).id == "c-typed"


async def answer_side(pilot: Pilot[None], app: QuizApp) -> None:
    await question_side(pilot, app)
    await answer(pilot, app, right=True)


async def whole_session(pilot: Pilot[None], app: QuizApp) -> None:
    await pilot.press("enter")
    for _ in range(6):
        card = current_card(app)
        await answer(pilot, app, right=card.id not in ("c-choice", "c-cloze"))
        if card.type != "recall":
            await pilot.press("enter")


@pytest.mark.parametrize("then", [None, question_side, answer_side, whole_session],
                         ids=["home", "study-question", "study-answer", "summary"])
def test_screens(then: Steps | None, snap_compare: Any, tmp_path: Path,
                 monkeypatch: pytest.MonkeyPatch) -> None:
    app = snapshot_app(tmp_path, monkeypatch)
    run_before = steps(app, then) if then is not None else None
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
