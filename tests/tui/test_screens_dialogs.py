"""The settings, learner and help dialogs, and the command palette provider."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from screens_support import LEARNER, ScreenHost, make_service, screen_text, settle
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input, OptionList, Select, Static

from quiz.engine.api import Settings
from quiz.engine.service import Service, open_service
from quiz.tui.commands import COMMANDS, QuizCommands
from quiz.tui.screens.help import HelpScreen
from quiz.tui.screens.learners import LearnerScreen, check_new_name
from quiz.tui.screens.settings import SettingsScreen, format_steps, parse_retention, \
    parse_steps, read_settings


# -- settings -----------------------------------------------------------------------------

def test_retention_accepts_shares_and_percentages() -> None:
    assert parse_retention("0.85") == 0.85
    assert parse_retention(" 92% ") == 0.92
    assert parse_retention("90") == 0.9
    for bad in ("0.5", "1", "99.5%", "abc", ""):
        with pytest.raises(ValueError, match="0.70"):
            parse_retention(bad)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(1, 1440).map(float), max_size=10))
def test_steps_round_trip_through_their_text(steps: list[float]) -> None:
    assert parse_steps(format_steps(tuple(steps))) == tuple(steps)


def test_steps_say_what_is_wrong() -> None:
    assert parse_steps("1m, 10m") == (1.0, 10.0)
    with pytest.raises(ValueError, match="'soon' is not a number of minutes"):
        parse_steps("1 soon")
    with pytest.raises(ValueError, match="more than 0"):
        parse_steps("0")
    with pytest.raises(ValueError, match="at most 10 steps"):
        parse_steps(" ".join(["1"] * 11))


def test_read_settings_collects_every_problem() -> None:
    texts = {"new_per_day": "-1", "reviews_per_day": "100", "desired_retention": "0.9",
             "day_start_hour": "24", "learning_steps_minutes": "1 10",
             "relearning_steps_minutes": "10"}
    result, problems = read_settings(Settings(), texts, "textual-light")
    assert result is None
    assert problems == {"new_per_day": "must be from 0 to 9999",
                        "day_start_hour": "must be from 0 to 23"}
    texts.update(new_per_day="5", day_start_hour="6")
    result, problems = read_settings(Settings(), texts, "textual-light")
    assert problems == {}
    assert result == Settings(new_per_day=5, reviews_per_day=100, day_start_hour=6,
                              theme="textual-light")


async def type_into(pilot: object, app: App[None], field: str, text: str) -> None:
    widget = app.screen.query_one(f"#field-{field}", Input)
    widget.value = text
    await pilot.pause()  # type: ignore[attr-defined]


@pytest.fixture
def service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Service]:
    service = make_service(tmp_path, monkeypatch)
    yield service
    service.close()


async def test_settings_validate_then_save_and_persist(tmp_path: Path,
                                                       service: Service) -> None:
    before = service.settings(LEARNER)
    app = ScreenHost(lambda: SettingsScreen(service, LEARNER))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await type_into(pilot, app, "desired_retention", "0.5")
        problem = app.screen.query_one("#problem-desired_retention", Static)
        assert "must be from 0.70 to 0.99" in str(problem.content)
        assert problem.display

        await pilot.press("ctrl+s")  # refused: the dialog stays, nothing is saved
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        assert service.settings(LEARNER) == before

        await type_into(pilot, app, "desired_retention", "0.85")
        assert not app.screen.query_one("#problem-desired_retention").display
        await type_into(pilot, app, "new_per_day", "7")
        await type_into(pilot, app, "day_start_hour", "6")
        await type_into(pilot, app, "learning_steps_minutes", "2, 15")
        app.screen.query_one("#field-theme", Select).value = "nord"
        await pilot.pause()
        assert app.theme == "nord"  # previewed at once
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, SettingsScreen)
    expected = Settings(new_per_day=7, reviews_per_day=before.reviews_per_day,
                        desired_retention=0.85, learning_steps_minutes=(2.0, 15.0),
                        enable_fuzzing=False, day_start_hour=6, theme="nord")
    assert app.results == [expected]
    reopened = open_service(tmp_path / "quiz.sqlite3", [tmp_path / "decks"])
    assert reopened.settings(LEARNER) == expected
    reopened.close()


async def test_settings_cancel_restores_the_theme(service: Service) -> None:
    before = service.settings(LEARNER)
    app = ScreenHost(lambda: SettingsScreen(service, LEARNER))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        original = app.theme
        app.screen.query_one("#field-theme", Select).value = "gruvbox"
        await type_into(pilot, app, "new_per_day", "3")
        assert app.theme == "gruvbox"
        await pilot.press("escape")
        await pilot.pause()
        assert app.theme == original
    assert app.results == [None]
    assert service.settings(LEARNER) == before


# -- learners -----------------------------------------------------------------------------

def test_new_names_are_checked() -> None:
    names = ["default", "Ada"]
    assert check_new_name("  ", names) == "Type a name for the new learner."
    assert "exists already" in check_new_name("ada", names)
    assert "at most 40" in check_new_name("x" * 41, names)
    assert "control" in check_new_name("bad\x1bname", names)
    assert check_new_name("Grace", names) == ""


async def test_learner_dialog_creates_and_picks(service: Service) -> None:
    service.add_learner("[b]Bob[/b]")
    names = service.learners()
    app = ScreenHost(lambda: LearnerScreen(service, LEARNER))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "[b]Bob[/b]" in screen_text(app)  # a name is shown as typed
        assert f"{LEARNER} (current)" in screen_text(app)
        option_list = app.screen.query_one(OptionList)
        assert option_list.highlighted == names.index(LEARNER)

        await pilot.press("n", "enter")  # an empty name
        await pilot.pause()
        assert "Type a name" in str(app.screen.query_one("#learner-problem", Static).content)
        await pilot.press(*"ADA", "enter")  # a duplicate, whatever the case
        await pilot.pause()
        assert "exists already" in str(app.screen.query_one("#learner-problem",
                                                            Static).content)
        assert service.learners() == names
        await pilot.press(*["backspace"] * 3, *"Grace", "enter")
        await pilot.pause()
    assert app.results == ["Grace"]
    assert service.learners() == [*names, "Grace"]

    app = ScreenHost(lambda: LearnerScreen(service, "Grace"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("up", "enter")  # the learner above Grace
        await pilot.pause()
    assert app.results == [names[-1]]

    app = ScreenHost(lambda: LearnerScreen(service, "Grace"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("escape")
        await pilot.pause()
    assert app.results == [None]


# -- help ---------------------------------------------------------------------------------

class KeysScreen(Screen[None]):
    """A screen with keys of its own, to be covered by the help."""

    BINDINGS = [Binding("s", "study", "Study"), Binding("u,ctrl+z", "undo", "Undo"),
                Binding("x", "hidden", "Hidden thing", show=False)]

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static("keys")
        yield OptionList("a Textual widget with keys of its own")


class HelpHost(App[None]):
    BINDINGS = [Binding("question_mark", "help", "Help")]

    def on_mount(self) -> None:
        self.push_screen(KeysScreen())

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


async def test_help_lists_the_keys_of_the_screen_below() -> None:
    app = HelpHost()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = str(app.screen.query_one("#help-keys", Static).content).splitlines()
        stripped = [line.strip() for line in keys]
        # The screen's footer keys first, then its hidden ones, then the app's.
        assert stripped[:2] == ["s  Study", "u / ^z  Undo"]
        assert stripped.index("x  Hidden thing") < stripped.index("?  Help")
        # Textual's generic keys (copy, a focused list's cursor) are not listed
        assert not any(line.endswith(("Copy selected text", "Page Down", "Last"))
                       for line in stripped), stripped
        assert "t or f" in str(app.screen.query_one("#help-how-to", Static).content)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, KeysScreen)
        await pilot.press("question_mark", "escape")
        await pilot.pause()
        assert isinstance(app.screen, KeysScreen)


# -- command palette ----------------------------------------------------------------------

class PaletteHost(App[None]):
    COMMANDS = {QuizCommands}

    def __init__(self) -> None:
        super().__init__()
        self.ran: list[str] = []

    def on_mount(self) -> None:
        self.push_screen(PaletteScreen())

    def action_stats(self) -> None:
        self.ran.append("stats")

    def action_settings(self) -> None:
        self.ran.append("settings")


class PaletteScreen(Screen[None]):
    def compose(self):  # type: ignore[no-untyped-def]
        yield Static("home")

    def action_study(self) -> None:
        assert isinstance(self.app, PaletteHost)
        self.app.ran.append("screen study")


async def test_palette_offers_only_defined_actions_and_runs_them() -> None:
    app = PaletteHost()
    async with app.run_test(size=(80, 24)) as pilot:
        provider = QuizCommands(app.screen)
        titles = [hit.text async for hit in provider.discover()]
        assert titles == ["Study the selected deck", "Statistics", "Settings"]
        hits = [hit async for hit in provider.search("stat")]
        assert [hit.text for hit in hits] == ["Statistics"]
        await hits[0].command()
        study = [hit async for hit in provider.search("study sel")]
        await study[0].command()
        await pilot.pause()
        assert app.ran == ["stats", "screen study"]

        await pilot.press("ctrl+p", *"settings")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.ran[-1] == "settings"
    assert {command.action for command in COMMANDS} >= {
        "study", "cram", "stats", "browse", "settings", "switch_learner", "help",
        "toggle_theme"}
