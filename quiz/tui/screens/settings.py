"""The settings dialog: daily limits, desired retention, day start, learning steps and theme.

Each field is checked as it is typed and explains what it accepts; Save stays refused while
any field is wrong. The theme is previewed live and put back when the dialog is cancelled.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, Select, Static

from quiz.engine.api import Settings
from quiz.tui.screens.dialog import Dialog

if TYPE_CHECKING:
    from quiz.engine.api import StudyService

#: The most learning steps a learner may list (Anki's own defaults use two or three).
MAX_STEPS = 10


def parse_int(text: str, low: int, high: int) -> int:
    """A whole number between ``low`` and ``high``; ValueError says what is expected."""
    try:
        value = int(text.strip())
    except ValueError:
        raise ValueError(f"enter a whole number from {low} to {high}") from None
    if not low <= value <= high:
        raise ValueError(f"must be from {low} to {high}")
    return value


def parse_retention(text: str) -> float:
    """A share between 0.70 and 0.99; "90" or "90%" are read as 0.90."""
    cleaned = text.strip().removesuffix("%").strip()
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError("enter a number from 0.70 to 0.99, e.g. 0.9") from None
    if value > 1 and (text.strip().endswith("%") or value >= 70):
        value /= 100
    if not 0.70 <= value <= 0.99:
        raise ValueError("must be from 0.70 to 0.99 (higher means more reviews)")
    return round(value, 4)


def parse_steps(text: str) -> tuple[float, ...]:
    """Minutes separated by spaces or commas ("1 10"); "m" after a number is allowed."""
    steps = []
    for token in text.replace(",", " ").split():
        try:
            minutes = float(token.removesuffix("m"))
        except ValueError:
            raise ValueError(f"'{token}' is not a number of minutes (e.g. 1 10)") from None
        if not 0 < minutes <= 24 * 60:
            raise ValueError("each step must be more than 0 and at most 1440 minutes")
        steps.append(minutes)
    if len(steps) > MAX_STEPS:
        raise ValueError(f"at most {MAX_STEPS} steps")
    return tuple(steps)


def format_steps(steps: tuple[float, ...]) -> str:
    """Steps as the learner types them: "1 10"."""
    return " ".join(f"{step:g}" for step in steps)


@dataclass(frozen=True, slots=True)
class Field:
    """One editable setting: where it lives in Settings, how to show and read it."""

    name: str
    label: str
    hint: str
    show: Callable[[Any], str]
    parse: Callable[[str], Any]


FIELDS = (
    Field("new_per_day", "New cards per day", "0-9999",
          str, lambda text: parse_int(text, 0, 9999)),
    Field("reviews_per_day", "Reviews per day", "0-99999",
          str, lambda text: parse_int(text, 0, 99999)),
    Field("desired_retention", "Desired retention", "0.70-0.99",
          lambda value: f"{value:g}", parse_retention),
    Field("day_start_hour", "Day starts at hour", "0-23, local time",
          str, lambda text: parse_int(text, 0, 23)),
    Field("learning_steps_minutes", "Learning steps", "minutes, e.g. 1 10",
          format_steps, parse_steps),
    Field("relearning_steps_minutes", "Relearning steps", "minutes, e.g. 10",
          format_steps, parse_steps),
)


def read_settings(base: Settings, texts: dict[str, str],
                  theme: str) -> tuple[Settings | None, dict[str, str]]:
    """``base`` with every field of ``texts`` applied, or None and the problem of each field."""
    values: dict[str, Any] = {"theme": theme}
    problems: dict[str, str] = {}
    for field in FIELDS:
        try:
            values[field.name] = field.parse(texts.get(field.name, ""))
        except ValueError as error:
            problems[field.name] = str(error)
    if problems:
        return None, problems
    return dataclasses.replace(base, **values), {}


class SettingsScreen(Dialog[Settings | None]):
    """Edit and save the learner's settings; dismisses with the saved Settings or None."""

    DEFAULT_CSS = """
    SettingsScreen #settings-title {
        text-style: bold;
        width: 1fr;
        content-align: center middle;
    }
    SettingsScreen #settings-fields {
        height: auto;
        max-height: 18;
    }
    SettingsScreen .settings-grid {
        grid-size: 2;
        grid-columns: 22 1fr;
        height: auto;
        margin-top: 1;
    }
    SettingsScreen .settings-label {
        width: 1fr;
    }
    SettingsScreen Input, SettingsScreen Select {
        width: 1fr;
    }
    SettingsScreen Input {
        background: $boost;
    }
    SettingsScreen .settings-problem {
        color: $error;
        height: auto;
        padding: 0 0 0 22;
    }
    SettingsScreen .settings-problem.-ok {
        display: none;
    }
    SettingsScreen #settings-buttons {
        height: auto;
        margin-top: 1;
        align-horizontal: right;
    }
    SettingsScreen #settings-buttons Button {
        margin-left: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "save", "Save", priority=True),
    ]

    def __init__(self, service: StudyService, learner: str) -> None:
        super().__init__()
        self.service = service
        self.learner = learner
        self.original = service.settings(learner)
        self.original_theme = ""

    def compose(self) -> ComposeResult:
        with Vertical(id="settings-dialog", classes="dialog"):
            yield Static(f"Settings · {self.learner}", id="settings-title", markup=False)
            with VerticalScroll(id="settings-fields"):
                for field in FIELDS:
                    with Grid(classes="settings-grid"):
                        yield Label(field.label, classes="settings-label")
                        yield Input(field.show(getattr(self.original, field.name)),
                                    placeholder=field.hint, id=f"field-{field.name}",
                                    tooltip=field.hint, compact=True)
                    yield Static("", id=f"problem-{field.name}",
                                 classes="settings-problem -ok", markup=False)
                with Grid(classes="settings-grid"):
                    yield Label("Theme", classes="settings-label")
                    themes = sorted(self.app.available_themes)
                    chosen = self.original.theme
                    yield Select[str]([(name, name) for name in themes], allow_blank=False,
                                      value=chosen if chosen in themes else self.app.theme,
                                      id="field-theme", compact=True)
            with Horizontal(id="settings-buttons"):
                yield Button("Save", variant="primary", id="settings-save")
                yield Button("Cancel", id="settings-cancel")

    def on_mount(self) -> None:
        self.original_theme = self.app.theme
        self.query_one(f"#field-{FIELDS[0].name}", Input).focus()  # type at once

    def texts(self) -> dict[str, str]:
        """What is typed in each field now."""
        return {field.name: self.query_one(f"#field-{field.name}", Input).value
                for field in FIELDS}

    def chosen_theme(self) -> str:
        value = self.query_one("#field-theme", Select).value
        return self.app.theme if value is Select.NULL else str(value)

    def show_problems(self, problems: dict[str, str]) -> None:
        """Put each field's problem under it (and clear fixed ones)."""
        for field in FIELDS:
            problem = self.query_one(f"#problem-{field.name}", Static)
            message = problems.get(field.name, "")
            problem.update(f"{field.label}: {message}" if message else "")
            problem.set_class(not message, "-ok")
            self.query_one(f"#field-{field.name}", Input).set_class(bool(message), "-invalid")

    @on(Input.Changed)
    def _field_changed(self) -> None:
        """Re-check as the learner types, so a message appears (and goes) at once."""
        _, problems = read_settings(self.original, self.texts(), self.chosen_theme())
        self.show_problems(problems)

    @on(Select.Changed, "#field-theme")
    def _theme_changed(self, event: Select.Changed) -> None:
        if event.value is not Select.NULL:
            self.app.theme = str(event.value)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#settings-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#settings-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def action_save(self) -> None:
        settings, problems = read_settings(self.original, self.texts(), self.chosen_theme())
        self.show_problems(problems)
        if settings is None:
            first = next(field for field in FIELDS if field.name in problems)
            self.query_one(f"#field-{first.name}", Input).focus()
            self.notify("Fix the highlighted fields before saving.", severity="error")
            return
        self.service.save_settings(self.learner, settings)
        self.dismiss(settings)

    def action_cancel(self) -> None:
        self.app.theme = self.original_theme
        self.dismiss(None)
