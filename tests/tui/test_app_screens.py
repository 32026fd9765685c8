"""The app's wiring: keys and the command palette open the other screens, the learner and the
theme follow the choices made there, and the home counts follow the sessions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from tui_app_support import (
    FIXTURE_DECK,
    LEARNER,
    answer,
    fixture_app,
    fixture_service,
    screen_text,
)

from quiz.tui.screens.home import HomeScreen
from quiz.tui.screens.study import StudyScreen


async def test_keys_open_the_other_screens(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch)
    app = fixture_app(service)
    async with app.run_test(size=(100, 30)) as pilot:
        for key, screen_name in [("s", "StatsScreen"), ("b", "BrowseScreen"),
                                 ("o", "SettingsScreen"), ("comma", "SettingsScreen"),
                                 ("l", "LearnerScreen"), ("question_mark", "HelpScreen")]:
            await pilot.press(key)
            await pilot.pause()
            assert type(app.screen).__name__ == screen_name, key
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen), key
    service.close()


async def test_the_command_palette_runs_the_apps_actions(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch)
    app = fixture_app(service)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"study the selected", "enter")
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
    service.close()


async def test_a_new_learner_gets_their_own_counts_and_theme(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch)
    service.add_learner("bo")
    service.save_settings("bo", replace(service.settings("bo"), theme="nord"))
    app = fixture_app(service)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await answer(pilot, app, right=True)
        await pilot.press("escape", "escape")  # end the session, leave the summary
        assert isinstance(app.screen, HomeScreen)
        assert "5     0        1      6" in screen_text(app)  # new, due, learned, cards
        assert app.theme == "textual-dark"

        await pilot.press("l")
        await pilot.press("down", "enter")  # the learner after ada in the dialog: bo
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.learner == "bo" and app.theme == "nord"
        shown = screen_text(app)
        assert "Learner: bo" in shown and "6     0        0      6" in shown
    assert service.settings(LEARNER).theme == "textual-dark"
    service.close()


async def test_used_up_limits_keep_the_home_screen_and_cram_still_works(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch)
    service.save_settings(LEARNER, replace(service.settings(LEARNER), new_per_day=0))
    app = fixture_app(service)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        assert isinstance(app.screen, HomeScreen)  # no empty session screen
        await pilot.press("tab", "c", "enter")  # cram the first category of every deck
        assert isinstance(app.screen, StudyScreen)
        screen = app.screen
        assert screen.session.cram and screen.session.progress().total == 2  # date cards
    service.close()


async def test_a_category_across_decks_is_studied_from_the_category_list(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = FIXTURE_DECK.replace("id: fixture", "id: other").replace(
        "title: Fixture deck", "title: Other deck")
    service = fixture_service(tmp_path, monkeypatch, FIXTURE_DECK, other)
    app = fixture_app(service)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = screen_text(app)
        assert "By category: All decks" in shown
        actor_row = next(line for line in shown.splitlines() if " actor " in line)
        assert actor_row.split()[1:6] == ["actor", "4", "0", "0", "4"]
        await pilot.press("tab", "down", "enter")  # categories: date, actor -> actor
        screen = app.screen
        assert isinstance(screen, StudyScreen)
        assert screen.session.progress().total == 4  # two actor cards in each deck
        decks = set()
        while isinstance(app.screen, StudyScreen) and app.screen.study is not None:
            card = app.screen.study
            assert card.card.category == "actor"
            decks.add(card.deck_id)
            await answer(pilot, app, right=True)
            if card.card.type != "recall":
                await pilot.press("enter")
        assert decks == {"fixture", "other"}
    service.close()


async def test_the_learners_theme_applies_at_start_and_a_new_choice_is_saved(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = fixture_service(tmp_path, monkeypatch)
    service.save_settings(LEARNER, replace(service.settings(LEARNER), theme="nord"))
    app = fixture_app(service)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "nord"
        app.action_toggle_theme()  # what the palette's theme commands do
        await pilot.pause()
        assert app.theme == "textual-light"  # nord is dark
    assert service.settings(LEARNER).theme == "textual-light"
    service.close()
