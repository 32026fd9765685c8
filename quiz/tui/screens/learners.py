"""The learner dialog: pick who is studying, or create a new learner by name."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from quiz.tui.text import literal_line
from quiz.tui.screens.dialog import Dialog

if TYPE_CHECKING:
    from quiz.engine.api import StudyService

#: Longest learner name accepted (it is shown in headers and dialogs).
MAX_NAME = 40


def check_new_name(name: str, existing: list[str]) -> str:
    """The problem with ``name`` as a new learner's name, or "" when it is fine."""
    cleaned = name.strip()
    if not cleaned:
        return "Type a name for the new learner."
    if len(cleaned) > MAX_NAME:
        return f"Names are at most {MAX_NAME} characters."
    if any(not char.isprintable() for char in cleaned):
        return "Names cannot contain control characters."
    if cleaned.casefold() in {other.casefold() for other in existing}:
        return f"A learner called {cleaned!r} exists already: pick it from the list."
    return ""


class LearnerScreen(Dialog[str | None]):
    """Switch learner or create one; dismisses with the chosen name, or None."""

    DEFAULT_CSS = """
    LearnerScreen #learner-dialog {
        width: 60;
    }
    LearnerScreen #learner-title {
        text-style: bold;
    }
    LearnerScreen #learner-list {
        height: auto;
        max-height: 12;
        margin: 1 0;
    }
    LearnerScreen #learner-problem {
        color: $error;
        height: auto;
    }
    LearnerScreen .hint {
        color: $text-muted;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("n", "new", "New learner"),
    ]

    def __init__(self, service: StudyService, current: str) -> None:
        super().__init__()
        self.service = service
        self.current = current
        self.names = service.learners()

    def compose(self) -> ComposeResult:
        with Vertical(id="learner-dialog", classes="dialog"):
            yield Static("Who is studying?", id="learner-title")
            yield OptionList(*self._options(), id="learner-list")
            yield Static("Or create a new learner:", classes="hint")
            yield Input(placeholder="New learner's name, then Enter", id="learner-name",
                        max_length=MAX_NAME + 20)
            yield Static("", id="learner-problem", markup=False)
            yield Static("Enter picks · n new learner · Esc cancels", classes="hint")

    def _options(self) -> list[Option]:
        options = []
        for index, name in enumerate(self.names):
            label = literal_line(name, MAX_NAME)
            if name == self.current:
                label = Content.assemble(label, (" (current)", "dim"))
            options.append(Option(label, id=f"learner-{index}"))
        return options

    def on_mount(self) -> None:
        option_list = self.query_one(OptionList)
        if self.current in self.names:
            option_list.highlighted = self.names.index(self.current)
        option_list.focus()

    @on(OptionList.OptionSelected, "#learner-list")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.names[event.option_index])

    @on(Input.Changed, "#learner-name")
    def _typing(self) -> None:
        self.query_one("#learner-problem", Static).update("")

    @on(Input.Submitted, "#learner-name")
    def _create(self, event: Input.Submitted) -> None:
        problem = check_new_name(event.value, self.names)
        self.query_one("#learner-problem", Static).update(problem)
        if problem:
            return
        self.dismiss(self.service.add_learner(event.value.strip()))

    def action_new(self) -> None:
        self.query_one("#learner-name", Input).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)
