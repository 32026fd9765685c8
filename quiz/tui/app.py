"""The Textual app: wiring between the engine's service, the screens and the learner.

Screens own behaviour; the app only knows who is studying, how to start a session, and how to
open the other screens (each imported when first opened, so start-up pays for the home screen
alone). :func:`build_app` is the one factory the CLI and the tests use.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.screen import Screen

from quiz.engine.api import SessionSummary, Settings, StudyService
from quiz.model import Category, Deck
from quiz.tui.screens.home import HomeScreen

Clock = Callable[[], dt.datetime]


def _quiz_commands() -> type[Provider]:
    """The command palette provider, imported when the palette first opens."""
    from quiz.tui.commands import QuizCommands

    return QuizCommands


class QuizApp(App[None]):
    """Study decks with spaced repetition."""

    CSS_PATH = "quiz.tcss"
    TITLE = "quiz"
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = (
        App.COMMANDS | {_quiz_commands})
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
    ]

    def __init__(self, service: StudyService, learner: str, *, clock: Clock | None = None,
                 exit_when_ready: bool = False) -> None:
        super().__init__()
        self.service = service
        self.learner = learner
        self.clock = clock
        self.exit_when_ready = exit_when_ready
        self._applied_theme = ""
        self._decks: dict[str, Deck] = {}  # decks read for their article titles

    # -- time ----------------------------------------------------------------------------

    def now(self) -> dt.datetime:
        """The current moment (the injected clock in tests)."""
        return self.clock() if self.clock is not None else dt.datetime.now(dt.timezone.utc)

    def timer(self) -> float:
        """Seconds on a clock fit for measuring how long an answer took."""
        return self.clock().timestamp() if self.clock is not None else time.monotonic()

    # -- start-up and themes -------------------------------------------------------------

    def get_default_screen(self) -> Screen[None]:
        return HomeScreen(self.service, self.learner)

    def on_mount(self) -> None:
        self.apply_settings(self.service.settings(self.learner))
        self.theme_changed_signal.subscribe(self, self._remember_theme)

    def apply_settings(self, settings: Settings) -> None:
        """Use the learner's theme (an unknown theme name keeps the current one)."""
        if settings.theme in self.available_themes and settings.theme != self.theme:
            self._applied_theme = settings.theme
            self.theme = settings.theme

    def _remember_theme(self, theme: object) -> None:
        """A theme picked from the command palette becomes the learner's setting."""
        name = self.theme
        if name == self._applied_theme:
            return
        settings = self.service.settings(self.learner)
        if settings.theme != name:
            self.service.save_settings(self.learner, replace(settings, theme=name))
        self._applied_theme = name

    def home_ready(self) -> None:
        """Called by the home screen once its deck list is filled."""
        if self.exit_when_ready:
            self.call_after_refresh(self.exit)

    @property
    def home(self) -> HomeScreen:
        """The home screen (always at the bottom of the stack)."""
        screen = self.screen_stack[0]
        assert isinstance(screen, HomeScreen)
        return screen

    # -- sessions ------------------------------------------------------------------------

    def start_session(self, deck_ids: Sequence[str] | None = None, *,
                      categories: Sequence[Category] | None = None, cram: bool = False,
                      card_ids: Sequence[tuple[str, str]] | None = None,
                      swap: bool = False) -> None:
        """Start a session and show its first card (``swap``: in place of the top screen)."""
        from quiz.tui.screens.study import StudyScreen

        session = self.service.start(self.learner, deck_ids, categories=categories,
                                     cram=cram, card_ids=card_ids)
        if session.current() is None:  # e.g. today's new-card limit is used up
            session.finish()
            self.notify("Nothing to study here now: today's limits are reached. "
                        "Press c to cram anyway.", title="All done", timeout=5)
            return
        screen = StudyScreen(session, timer=self.timer, on_summary=self._summary_screen,
                             source_title=self.source_title)
        if swap:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def source_title(self, deck_id: str, file: str) -> str:
        """The title deck ``deck_id`` gives the article ``file`` ("" when it gives none)."""
        from quiz.errors import QuizError

        deck = self._decks.get(deck_id)
        if deck is None:
            try:
                deck = self._decks[deck_id] = self.service.deck(deck_id)
            except QuizError:  # the deck file broke since the session started
                return ""
        source = deck.source(file)
        return source.title if source is not None else ""

    def _summary_screen(self, summary: SessionSummary) -> Screen[None]:
        from quiz.tui.screens.summary import SummaryScreen

        return SummaryScreen(summary, now=self.now(), on_review=self._review_missed)

    def _review_missed(self, card_ids: Sequence[tuple[str, str]]) -> None:
        self.start_session(None, cram=True, card_ids=card_ids, swap=True)

    # -- other screens (the command palette runs these actions by name) ------------------

    def action_stats(self) -> None:
        """Charts of the learner's progress."""
        from quiz.tui.screens.stats import StatsScreen

        self.push_screen(StatsScreen(self.service, self.learner))

    def action_browse(self) -> None:
        """Search the cards of the highlighted deck and see their history."""
        from quiz.tui.screens.browse import BrowseScreen

        deck_ids = self.home.selection().deck_ids if self.screen is self.home else None
        deck_id = deck_ids[0] if deck_ids else None
        self.push_screen(BrowseScreen(self.service, self.learner, deck_id))

    def action_settings(self) -> None:
        """Edit the learner's settings (saved by the settings screen)."""
        from quiz.tui.screens.settings import SettingsScreen

        def saved(settings: Settings | None) -> None:
            if settings is not None:
                self.apply_settings(settings)
                self.home.refresh_decks()

        self.push_screen(SettingsScreen(self.service, self.learner), saved)

    def action_switch_learner(self) -> None:
        """Pick another learner, or create one."""
        from quiz.tui.screens.learners import LearnerScreen

        def chosen(name: str | None) -> None:
            if name and name != self.learner:
                self.learner = self.service.add_learner(name)
                self.home.learner = self.learner
                self.apply_settings(self.service.settings(self.learner))
                self.home.refresh_decks()

        self.push_screen(LearnerScreen(self.service, self.learner), chosen)

    def action_help(self) -> None:
        """The keys of the current screen and how to answer each card type."""
        from quiz.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        """Switch between the dark and the light default theme."""
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"


def build_app(service: StudyService, *, learner: str | None = None,
              clock: Clock | None = None, exit_when_ready: bool = False) -> QuizApp:
    """The study app on ``service`` for ``learner`` (default: the first learner).

    ``exit_when_ready`` makes the app quit as soon as the home screen shows its decks (the
    start-up benchmark measures that moment).
    """
    name = service.add_learner(learner) if learner else service.learners()[0]
    return QuizApp(service, name, clock=clock, exit_when_ready=exit_when_ready)
