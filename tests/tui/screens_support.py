"""Helpers for the secondary screens' tests: a small deck (one with markup in its text), a
service on a temporary database with the bundled decks kept out, history made by answering
through the service API on a moving clock, and a one-screen host app."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen

from quiz.deckfile import write_deck
from quiz.engine.service import Service, open_service
from quiz.model import Card, CardType, Category, Conflict, Deck, Source, SourceRef

UTC = dt.timezone.utc
#: Every test starts on this day (a Thursday), at noon UTC.
START = dt.datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
LEARNER = "ada"
#: Card text that would run an action (quit the app) if it were read as markup.
INJECTION = "[@click=app.quit]Click me[/] and [bold]this[/bold]"

NEWS = Deck(
    id="news",
    title="News of the week",
    sources=(Source(id="a", file="talks.txt", title="Talks in Baghdad"),),
    cards=(
        Card(id="n-date", type=CardType.TYPED, category=Category.DATE,
             question="In which year did combat forces leave Iraq?", answer="2011",
             explanation="The withdrawal ended in December.",
             source=SourceRef("talks.txt", "Combat forces left Iraq in 2011.")),
        Card(id="n-actor", type=CardType.CHOICE, category=Category.ACTOR,
             question="Who announced the dialogue?", answer="Mohammed Shia al-Sudani",
             choices=("Joe Biden", "Mohammed Shia al-Sudani", "Lloyd Austin")),
        Card(id="n-figure", type=CardType.TYPED, category=Category.FIGURE,
             question="How many strikes hit bases in Iraq?", answer="60", accept=("sixty",),
             source=SourceRef("talks.txt", "They struck bases in Iraq more than 60 times."),
             conflict=(Conflict("other.txt", "70", "Bases were struck 70 times."),)),
        Card(id="n-cause", type=CardType.TRUEFALSE, category=Category.CAUSE,
             question="The talks were caused by the attacks.", answer="false"),
        Card(id="n-order", type=CardType.ORDER, category=Category.DATE,
             question="Put the events in order.", items=("Invasion", "Withdrawal", "Return")),
    ),
)

MARKUP = Deck(
    id="markup",
    title="Markup [b]deck[/b]",
    cards=(
        Card(id="m-1", type=CardType.TYPED, category=Category.OTHER,
             question=INJECTION, answer="[red]red[/red]", explanation=INJECTION),
        Card(id="m-2", type=CardType.TYPED, category=Category.OTHER,
             question="Plain question?", answer="plain"),
    ),
)

#: The right response per card id of NEWS.
RIGHT: dict[str, Any] = {"n-date": "2011", "n-actor": "Mohammed Shia al-Sudani",
                         "n-figure": "sixty", "n-cause": False,
                         "n-order": ["Invasion", "Withdrawal", "Return"]}
WRONG: dict[str, Any] = {"n-date": "1999", "n-actor": "Joe Biden", "n-figure": "12",
                         "n-cause": True, "n-order": ["Return", "Withdrawal", "Invasion"]}


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime = START) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def make_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *decks: Deck,
                 clock: Clock | None = None) -> Service:
    """A service on ``tmp_path`` with only ``decks`` (default NEWS and MARKUP), fuzzing off."""
    empty = tmp_path / "no-bundled"
    empty.mkdir(exist_ok=True)
    monkeypatch.setattr("quiz.paths.bundled_decks_dir", lambda: empty)
    folder = tmp_path / "decks"
    folder.mkdir(exist_ok=True)
    for deck in decks or (NEWS, MARKUP):
        write_deck(deck, folder / f"{deck.id}.yaml")
    service = open_service(tmp_path / "quiz.sqlite3", [folder], clock=clock or Clock(), tz=UTC)
    service.add_learner(LEARNER)
    service.save_settings(LEARNER, replace(service.settings(LEARNER), enable_fuzzing=False))
    return service


def study(service: Service, clock: Clock, answers: dict[str, bool], deck: str = "news") -> None:
    """One session on ``deck``: answer each card shown once, right or wrong per ``answers``."""
    session = service.start(LEARNER, [deck])
    seen: set[str] = set()
    while (current := session.current()) is not None and current.card.id not in seen:
        card_id = current.card.id
        seen.add(card_id)
        clock.now += dt.timedelta(seconds=30)
        right = answers.get(card_id, True)
        session.answer((RIGHT if right else WRONG)[card_id], 4.0)
    session.finish()


def make_history(service: Service, clock: Clock) -> None:
    """Three study days (two in a row ending today) with right and wrong answers."""
    clock.now = START - dt.timedelta(days=3)
    study(service, clock, {"n-date": True, "n-actor": False, "n-figure": True})
    clock.now = START - dt.timedelta(days=1)
    study(service, clock, {"n-date": True, "n-actor": True, "n-cause": False})
    clock.now = START
    study(service, clock, {"n-date": False, "n-actor": True, "n-order": True})
    clock.now = START + dt.timedelta(hours=1)


class ScreenHost(App[None]):
    """A bare app that shows one screen, as the study app pushes it."""

    def __init__(self, make: Callable[[], Screen[Any]]) -> None:
        super().__init__()
        self.make = make
        self.results: list[object] = []

    def on_mount(self) -> None:
        self.push_screen(self.make(), self.results.append)


async def settle(pilot: Pilot[Any]) -> None:
    """Wait for the screen's workers and the refresh they trigger."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def screen_text(app: App[Any]) -> str:
    """What the terminal shows now, as plain text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())  # noqa: SLF001

