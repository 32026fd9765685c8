"""The command palette provider: the app's actions by name, searchable with ctrl+p.

Commands run actions by name (``app.run_action``) so the palette never duplicates what a key
does; a command is offered only when the app or the current screen defines its action.
Quitting, the theme picker and screenshots come from Textual's own system provider, which the
app keeps next to this one, so they are not repeated here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


@dataclass(frozen=True, slots=True)
class Command:
    """One palette entry: what the learner reads, and the action it runs."""

    title: str
    help: str
    action: str  # an action name, looked up on the app, then on the current screen


COMMANDS = (
    Command("Study the selected deck", "Due reviews first, then new cards", "study"),
    Command("Study all decks", "Every deck's due and new cards in one session", "study_all"),
    Command("Cram the selected deck", "Practise without changing the schedule", "cram"),
    Command("Statistics", "Reviews, streak, accuracy, retention and upcoming cards", "stats"),
    Command("Browse cards", "Search a deck's cards and see their history", "browse"),
    Command("Settings", "Daily limits, retention, day start, learning steps, theme",
            "settings"),
    Command("Switch learner", "Pick another learner or create one", "switch_learner"),
    Command("Help", "Keys of this screen and how to answer each card type", "help"),
    Command("Toggle dark/light theme", "Switch between a dark and a light theme",
            "toggle_theme"),
)


class QuizCommands(Provider):
    """Offers the commands whose actions exist where the palette was opened."""

    def _runner(self, command: Command) -> Callable[[], Awaitable[bool]] | None:
        """What runs ``command``: its action on the app, else on the screen the palette
        was opened over (bound now, as the palette itself is the top screen when it runs)."""
        for owner in (self.app, self.screen):
            if hasattr(owner, f"action_{command.action}"):
                return partial(self.app.run_action, command.action, owner)
        return None

    def _available(self) -> list[tuple[Command, Callable[[], Awaitable[bool]]]]:
        return [(command, runner) for command in COMMANDS
                if (runner := self._runner(command)) is not None]

    async def discover(self) -> Hits:
        for command, runner in self._available():
            yield DiscoveryHit(command.title, runner, help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command, runner in self._available():
            score = matcher.match(command.title)
            if score > 0:
                yield Hit(score, matcher.highlight(command.title), runner,
                          text=command.title, help=command.help)
