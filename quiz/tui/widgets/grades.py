"""The grade bar: one button per FSRS rating with the interval it would give, as Anki shows."""

from __future__ import annotations

import datetime as dt

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button

from quiz.engine.api import Rating

_NAMES = {Rating.AGAIN: "Again", Rating.HARD: "Hard", Rating.GOOD: "Good", Rating.EASY: "Easy"}


def format_interval(interval: dt.timedelta) -> str:
    """A short interval as Anki writes it: ``<1m``, ``6m``, ``3h``, ``4d``, ``1.5mo``, ``2.1y``."""
    seconds = interval.total_seconds()
    if seconds < 60:
        return "<1m"
    minutes = seconds / 60
    if minutes < 60:
        return f"{round(minutes)}m"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)}h"
    days = hours / 24
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo".replace(".0mo", "mo")
    return f"{days / 365:.1f}y".replace(".0y", "y")


class GradeBar(Horizontal):
    """Four buttons "1 Again 1m" ... "4 Easy 4d"; the suggested rating is highlighted."""

    class Chosen(Message):
        """A grade button was clicked."""

        def __init__(self, rating: Rating) -> None:
            super().__init__()
            self.rating = rating

    def compose(self) -> ComposeResult:
        for rating in Rating:
            button = Button(_NAMES[rating], id=f"grade-{rating.value}",
                            classes=f"grade grade-{_NAMES[rating].lower()}")
            button.can_focus = False
            yield button

    def show(self, intervals: dict[Rating, dt.timedelta], suggested: Rating | None, *,
             cram: bool = False) -> None:
        """Label every button with its interval and mark the ``suggested`` rating.

        A cram session never changes the schedule, so it shows no intervals and says so."""
        if cram:
            intervals = {}
        self.set_class(cram, "-cram")
        self.border_title = "Cram: the schedule does not change" if cram else None
        for rating in Rating:
            button = self.query_one(f"#grade-{rating.value}", Button)
            interval = intervals.get(rating)
            after = f"  {format_interval(interval)}" if interval is not None else ""
            button.label = f"{rating.value} {_NAMES[rating]}{after}"
            button.set_class(rating == suggested, "-suggested")
            button.variant = "primary" if rating == suggested else "default"
        self.display = True

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        assert event.button.id is not None
        self.post_message(self.Chosen(Rating(int(event.button.id.removeprefix("grade-")))))
