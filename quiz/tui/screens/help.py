"""The help dialog: the keys of the screen underneath, and how each kind of card is answered.

Textual's built-in key panel shows the focused widget's bindings in a side bar but not how
to study, and it stays open over the screen; a modal that lists the bindings of the screen it
covers (read from ``active_bindings``, so it is never out of date) plus a short how-to fits
the "press ? to learn the keys" habit better.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from quiz.engine.self_grading import PHRASE_WORDS
from quiz.tui.screens.dialog import Dialog

if TYPE_CHECKING:
    from textual.binding import ActiveBinding
    from textual.screen import Screen

#: How each card type is answered (the study screen's keys, in words).
HOW_TO = (
    ("Typed, cloze", "type the answer (small typos and known aliases are forgiven), Enter"),
    ("Choice", "1-9 picks a choice at once, or the arrows and Enter"),
    ("True/false", "t or f"),
    ("Order", "shift+arrows or k/j move the highlighted item (or space picks it up and "
              "the arrows carry it); Enter submits the order shown"),
    ("Recall", "think of the answer, space shows it, then grade yourself 1-4"),
    ("Long cloze", f"a gap hiding more than {PHRASE_WORDS} words: think of them, space "
                   "fills them in, then grade yourself 1-4"),
    ("After answering", "Enter keeps the suggested grade; 1 Again · 2 Hard · 3 Good · 4 Easy "
                        "overrides it (each button shows its next interval); u undoes"),
    ("Anywhere", "ctrl+p opens the command palette; the footer lists this screen's keys"),
)


def binding_rows(bindings: dict[str, ActiveBinding],
                 key_display: dict[str, str]) -> list[tuple[str, str]]:
    """(keys, description) per described action, keys of one action joined ("u / ctrl+z").

    The screen's own keys come first (those in its footer before the hidden ones), then
    the app's (its hidden plumbing left out), then those of the focused answer widget.
    Textual's generic keys (focus, copy, a list's scrolling) are left out: they are the same
    in every app and drown the study keys.
    """
    from textual.app import App
    from textual.screen import Screen

    generic = {binding.action for binding in Screen.BINDINGS if isinstance(binding, Binding)}
    keys_of: dict[tuple[int, bool, str, str], list[str]] = {}
    for key, active in bindings.items():
        binding = active.binding
        if not binding.description or binding.system or binding.action in generic:
            continue
        if isinstance(active.node, App) and not binding.show:
            continue
        level = 0 if isinstance(active.node, Screen) else 1 if isinstance(active.node, App) else 2
        if level == 2 and not type(active.node).__module__.startswith("quiz."):
            continue  # Textual's own widget keys (scrolling, cursor) are not ours to explain
        group = (level, not binding.show, binding.action, binding.description)
        keys_of.setdefault(group, []).append(key_display.get(key, key))
    ordered = sorted(keys_of.items(), key=lambda item: item[0][:2])
    return [(" / ".join(keys), group[3]) for group, keys in ordered]


def keys_content(rows: list[tuple[str, str]]) -> Content:
    """The key table as aligned lines."""
    if not rows:
        return Content.styled("This screen has no keys of its own.", "dim")
    width = min(max(len(keys) for keys, _ in rows), 24)
    return Content("\n").join(
        Content.assemble((keys.rjust(width), "bold $accent"), "  ", description)
        for keys, description in rows)


def how_to_content(width: int = 74) -> Content:
    """The how-to section as aligned lines, wrapped to ``width`` with a hanging indent."""
    import textwrap

    label_width = max(len(kind) for kind, _ in HOW_TO)
    lines = []
    for kind, text in HOW_TO:
        wrapped = textwrap.wrap(text, max(20, width - label_width - 2))
        lines.append(Content.assemble((kind.rjust(label_width), "bold"), "  ", wrapped[0]))
        lines += [Content(" " * (label_width + 2) + more) for more in wrapped[1:]]
    return Content("\n").join(lines)


class HelpScreen(Dialog[None]):
    """The keys of the screen underneath and how to answer each card type."""

    DEFAULT_CSS = """
    HelpScreen #help-dialog {
        width: 84;
    }
    HelpScreen .help-heading {
        text-style: bold;
        margin-top: 1;
    }
    HelpScreen #help-close {
        color: $text-muted;
        margin-top: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog", classes="dialog"), VerticalScroll():
            yield Static("Keys on this screen", classes="help-heading")
            yield Static(keys_content(self._rows()), id="help-keys")
            yield Static("Answering cards", classes="help-heading")
            yield Static(how_to_content(), id="help-how-to")
            yield Static("Esc or ? closes this help.", id="help-close")

    def _covered_screen(self) -> Screen[object] | None:
        stack = self.app.screen_stack
        below = [screen for screen in stack if screen is not self]
        return below[-1] if below else None

    def _rows(self) -> list[tuple[str, str]]:
        screen = self._covered_screen()
        if screen is None:
            return []
        bindings = screen.active_bindings
        display = {key: self.app.get_key_display(active.binding)
                   for key, active in bindings.items()}
        return binding_rows(bindings, display)

    def action_close(self) -> None:
        self.dismiss()
