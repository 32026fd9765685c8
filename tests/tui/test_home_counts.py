"""The home screen's counts: new cards within today's limits, each card counted once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from tui_app_support import LEARNER, fixture_app, fixture_service, screen_text

from quiz.engine.api import Counts, DeckSummary
from quiz.model import Category
from quiz.tui.screens.home import HomeScreen, category_counts, deck_counts


def summary(deck_id: str, counts: Counts, new_today: int, *, part_of: str = "",
            shared: Counts = Counts(), by_category: dict[Category, Counts] | None = None
            ) -> DeckSummary:
    return DeckSummary(deck_id=deck_id, title=deck_id, origin="bundled", path=Path(deck_id),
                       counts=counts, by_category=by_category or {}, new_today=new_today,
                       part_of=part_of, shared=shared)


def test_a_view_of_another_listed_deck_adds_only_its_own_cards() -> None:
    whole = summary("all", Counts(new=30, due=4, learned=6), 20,
                    by_category={Category.DATE: Counts(new=30, due=4, learned=6)})
    dates = summary("dates", Counts(new=12, due=2), 12, part_of="all",
                    shared=Counts(new=12, due=2),
                    by_category={Category.DATE: Counts(new=12, due=2)})
    other = summary("other", Counts(new=5, learned=1), 5)
    counts, cards = deck_counts([whole, dates, other])
    assert cards == 40 + 6  # the view's 14 cards are the parent's
    assert counts == Counts(new=25, due=4, learned=7)  # 20 + 0 + 5 new today
    assert deck_counts([dates]) == (Counts(new=12, due=2), 14)  # on its own it counts
    assert category_counts([whole, dates]) == {
        Category.DATE: (Counts(new=20, due=4, learned=6), 40)}


def numbers(line: str) -> list[int]:
    return [int(word) for word in line.split() if word.isdigit()]


async def test_home_shows_the_new_cards_a_session_gives_today(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch)
    service.save_settings(LEARNER, replace(service.settings(LEARNER), new_per_day=2))
    app = fixture_app(service)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        lines = screen_text(app).splitlines()
        fixture = next(line for line in lines if "Fixture deck" in line)
        assert numbers(fixture) == [2, 0, 0, 6]  # new today, due, learned, cards
        dates = next(line for line in lines if "▊ date" in line)
        assert numbers(dates) == [2, 0, 0, 2]
    service.close()
