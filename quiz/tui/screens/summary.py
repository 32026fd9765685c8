"""The end-of-session report: score, accuracy per category, time, missed cards, next due date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, DataTable, Footer, Static

from quiz.engine.api import SessionSummary
from quiz.tui.text import literal_cell, literal_line
from quiz.tui.widgets.grades import format_interval


def format_duration(duration: dt.timedelta) -> str:
    """``4m 12s``, ``1h 03m`` or ``12s``."""
    seconds = max(int(duration.total_seconds()), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}h {minutes:02d}m"
    return f"{minutes}m {seconds:02d}s" if minutes else f"{seconds}s"


def next_due_text(next_due: dt.datetime | None, now: dt.datetime) -> str:
    """When the next card is due, as a local date and a distance from ``now``."""
    if next_due is None:
        return "No cards are scheduled yet."
    local = next_due.astimezone().strftime("%Y-%m-%d %H:%M")
    if next_due <= now:
        return f"Next card due: now ({local})."
    return f"Next card due: {local} (in {format_interval(next_due - now)})."


class SummaryScreen(Screen[None]):
    """What a session achieved; offers to review the missed cards at once."""

    BINDINGS = [
        Binding("r", "review", "Review missed"),
        Binding("enter,escape,h", "home", "Home"),
    ]

    def __init__(self, summary: SessionSummary, *, now: dt.datetime,
                 on_review: Callable[[Sequence[tuple[str, str]]], None]) -> None:
        super().__init__()
        self.summary = summary
        self.now = now
        self.on_review = on_review

    def compose(self) -> ComposeResult:
        summary = self.summary
        with VerticalScroll(id="summary-body"):
            yield Static(Content.assemble(("Session finished: ", "bold"),
                                          literal_line(summary.label, 60, "bold")),
                         id="summary-title")
            if not summary.answered:
                yield Static("Nothing answered: the session ended before the first answer.",
                             id="summary-score")
            else:
                yield Static(self._score_line(), id="summary-score")
            yield Static(next_due_text(summary.next_due, self.now), id="summary-due")
            if summary.answered:
                yield Static("Accuracy by category", classes="section")
                yield DataTable(id="summary-categories", cursor_type="none",
                                zebra_stripes=True)
            if summary.missed:
                yield Static(f"Missed cards ({len(summary.missed)}): r reviews them now",
                             classes="section")
                yield DataTable(id="summary-missed", cursor_type="row", zebra_stripes=True)
            elif summary.answered:
                yield Static("No card missed.", classes="section")
            with Horizontal(id="summary-buttons"):
                if summary.missed:
                    yield Button("Review missed (r)", id="review", variant="warning")
                yield Button("Home (enter)", id="home", variant="primary")
        yield Footer(compact=True)

    def _score_line(self) -> Content:
        summary = self.summary
        return Content.assemble(
            (f"{summary.correct} / {summary.answered} right", "bold"),
            f"  ({summary.accuracy:.0%})  ·  time {format_duration(summary.duration)}")

    def on_mount(self) -> None:
        self.query_one("#home", Button).focus()
        if not self.summary.answered:
            return
        categories = self.query_one("#summary-categories", DataTable)
        categories.add_columns("Category", "Right", "Answered", "Accuracy")
        for category, (correct, answered) in sorted(self.summary.by_category.items()):
            share = f"{correct / answered:.0%}" if answered else "–"
            categories.add_row(str(category), correct, answered, share)
        if not self.summary.missed:
            return
        missed = self.query_one("#summary-missed", DataTable)
        missed.add_columns("Question", "Answer")
        for card in self.summary.missed:
            missed.add_row(literal_cell(card.question, 60), literal_cell(card.answer, 30))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "review":
            return bool(self.summary.missed)
        return True

    def action_review(self) -> None:
        """Cram the cards missed in this session right now."""
        if self.summary.missed:
            self.on_review([(card.deck_id, card.card_id) for card in self.summary.missed])

    def action_home(self) -> None:
        self.dismiss()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "review":
            self.action_review()
        else:
            self.action_home()
