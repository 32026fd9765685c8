"""The browse screen: search and category filters, the card detail with its history, and
card text shown literally."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from screens_support import INJECTION, LEARNER, NEWS, Clock, ScreenHost, make_history, \
    make_service, screen_text, settle
from textual.widgets import DataTable, Input, Select, Static

from quiz.model import Category, Source
from quiz.tui.screens.browse import BrowseScreen, card_content, matching_cards


@pytest.fixture(autouse=True)
def utc_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """History times are shown in local time: make local time UTC for the assertions."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()


def test_matching_cards_needs_every_word_and_the_category() -> None:
    assert [c.id for c in matching_cards(NEWS.cards, "iraq")] == ["n-date", "n-figure"]
    assert [c.id for c in matching_cards(NEWS.cards, "IRAQ strikes")] == ["n-figure"]
    assert [c.id for c in matching_cards(NEWS.cards, "sixty")] == ["n-figure"]  # an alias
    assert [c.id for c in matching_cards(NEWS.cards, "more than 60")] == ["n-figure"]  # source
    assert [c.id for c in matching_cards(NEWS.cards, "", Category.DATE)] == ["n-date", "n-order"]
    assert matching_cards(NEWS.cards, "iraq", Category.ACTOR) == []


def detail(app: ScreenHost) -> str:
    return str(app.screen.query_one("#browse-detail", Static).content) + "\n" + str(
        app.screen.query_one("#browse-history", Static).content)


def row_ids(app: ScreenHost) -> list[str]:
    table = app.screen.query_one(DataTable)
    return [str(row.key.value) for row in table.ordered_rows]


async def test_search_and_category_filter_the_rows(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    service = make_service(tmp_path, monkeypatch)
    app = ScreenHost(lambda: BrowseScreen(service, LEARNER, "news"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert row_ids(app) == [card.id for card in NEWS.cards]
        assert "5 of 5 cards" in screen_text(app)

        await pilot.press("slash", *"iraq")
        await pilot.pause()
        assert app.screen.query_one(Input).value == "iraq"
        assert row_ids(app) == ["n-date", "n-figure"]
        assert "2 of 5 cards" in screen_text(app)

        await pilot.press("enter", "c", "c", "c")  # to the table, then date -> actor -> figure
        await pilot.pause()
        assert app.screen.query_one("#browse-category", Select).value == Category.FIGURE
        assert row_ids(app) == ["n-figure"]

        await pilot.press("slash", *["backspace"] * 4, "x", "y", "z")
        await pilot.pause()
        assert row_ids(app) == []
        assert "No card matches." in detail(app)
    service.close()


async def test_detail_shows_the_card_and_its_history(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    service = make_service(tmp_path, monkeypatch, clock=clock)
    make_history(service, clock)
    history = service.history(LEARNER, "news", "n-actor")
    assert [record.correct for record in history] == [False, True, True]
    app = ScreenHost(lambda: BrowseScreen(service, LEARNER, "news"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("down")  # n-actor
        await pilot.pause()
        text = detail(app)
        assert "Who announced the dialogue?" in text
        assert "1. Joe Biden" in text and "2. Mohammed Shia al-Sudani" in text
        assert text.count("✘ wrong") == 1 and text.count("✔ right") == 2
        first, last = history[0], history[-1]
        assert first.due_after is not None and last.due_after is not None
        assert (f"{first.reviewed_at:%Y-%m-%d %H:%M}  ✘ wrong, again\n"
                f"  answered: Joe Biden\n"
                f"  next due: {first.due_after:%Y-%m-%d %H:%M}") in text
        newest = text.index(f"{last.reviewed_at:%Y-%m-%d %H:%M}  ✔ right, good")
        assert newest < text.index(f"{first.reviewed_at:%Y-%m-%d %H:%M}")  # newest first

        await pilot.press("down")  # n-figure: aliases, source and conflict
        await pilot.pause()
        text = detail(app)
        assert "Also accepted\n• sixty" in text
        assert "talks.txt — Talks in Baghdad" in text
        assert "“They struck bases in Iraq more than 60 times.”" in text
        assert "⚠ Sources disagree\nother.txt says 70: “Bases were struck 70 times.”" in text

        await pilot.press("down", "down")  # n-order, never answered: its items in order
        await pilot.pause()
        text = detail(app)
        assert "Items, in order\n1. Invasion\n2. Withdrawal\n3. Return" in text
    service.close()


async def test_card_text_with_markup_is_shown_literally(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = make_service(tmp_path, monkeypatch)
    app = ScreenHost(lambda: BrowseScreen(service, LEARNER, "markup"))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert "Markup [b]deck[/b]" in screen_text(app)  # the title in the select and count
        assert INJECTION in detail(app)
        assert "[red]red[/red]" in detail(app)
        table = app.screen.query_one(DataTable)
        assert INJECTION[:30] in str(table.get_row_at(0)[2])
        # Clicking the question cell and the detail pane must not run the embedded action.
        await pilot.click(DataTable, offset=(25, 1))
        await pilot.click("#browse-detail", offset=(5, 3))
        await pilot.pause()
        assert app.is_running
        assert app.return_code is None
    service.close()


async def test_the_question_column_widens_with_the_terminal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = make_service(tmp_path, monkeypatch)
    app = ScreenHost(lambda: BrowseScreen(service, LEARNER, "news"))
    question = NEWS.cards[0].question
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        cell = str(app.screen.query_one(DataTable).get_row_at(0)[2])
        assert cell.endswith("…") and question.startswith(cell[:-1])  # cut to fit 80 columns
        await pilot.resize_terminal(140, 30)
        await pilot.pause()
        await pilot.pause()
        assert str(app.screen.query_one(DataTable).get_row_at(0)[2]) == question
        assert question in screen_text(app)
    service.close()


async def test_switching_deck_lists_its_cards(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    service = make_service(tmp_path, monkeypatch)
    app = ScreenHost(lambda: BrowseScreen(service, LEARNER))  # no deck given: the first one
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert row_ids(app) == ["m-1", "m-2"]
        app.screen.query_one("#browse-deck", Select).value = "news"
        await settle(pilot)
        assert row_ids(app) == [card.id for card in NEWS.cards]
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, BrowseScreen)
    service.close()


async def test_a_deck_that_cannot_be_read_is_explained(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from quiz.errors import StoreError

    service = make_service(tmp_path, monkeypatch)

    def broken(deck_id: str) -> None:
        # a short path: the message must fit one line of the 100-column screen whatever the
        # length of pytest's temporary folder, or the words looked for wrap apart
        raise StoreError(Path("quiz.sqlite3"), "database disk image is malformed")

    monkeypatch.setattr(service, "deck", broken)
    app = ScreenHost(lambda: BrowseScreen(service, LEARNER, "news"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.is_running
        assert "Cannot open the deck:" in screen_text(app)
        assert "database disk image is malformed" in screen_text(app)
        assert row_ids(app) == []
    service.close()


async def test_a_long_deck_title_keeps_the_deck_picker_on_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    long_title = replace(NEWS, title="Example: U.S.-Iraq talks on the end of the coalition "
                                     "mission, and what came before")
    service = make_service(tmp_path, monkeypatch, long_title)
    app = ScreenHost(lambda: BrowseScreen(service, LEARNER, "news"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        picker = app.screen.query_one("#browse-deck", Select)
        assert picker.value == "news"
        assert picker.region.height == 3
        assert "Example: U.S.-Iraq" in screen_text(app)
    service.close()


def test_a_conflict_names_its_article_when_the_deck_knows_it() -> None:
    card = NEWS.card("n-figure")
    assert card is not None
    known = replace(NEWS, sources=(*NEWS.sources, Source(id="o", file="other.txt",
                                                         title="Other paper")))
    assert "Other paper says 70" in str(card_content(card, known))
    assert "other.txt says 70" in str(card_content(card, NEWS))  # no title: the file name
