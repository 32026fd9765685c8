"""Chart widgets for the stats screen: a GitHub-style streak calendar and plotext wrappers.

The calendar is drawn with block characters whose shade says how busy a day was, so it
reads in a monochrome terminal too; the plotext charts add a title and tick labels that
stay legible at 80 columns. Only figures we compute (counts, dates, category names) are
drawn here, never deck text.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence

from textual.content import Content
from textual.widget import Widget
from textual_plotext import PlotextPlot

#: Shades from "a little" to "a lot"; a day without reviews is a dim dot.
SHADES = ("░", "▒", "▓", "█")
EMPTY_DAY = "·"
#: Row labels of the calendar, Monday first (every other day, as GitHub does).
WEEKDAY_LABELS = ("Mon", "", "Wed", "", "Fri", "", "Sun")
#: Plotext colour per series name; unknown names cycle through FALLBACK_COLORS.
SERIES_COLORS = {
    "date": "blue",
    "actor": "orange",
    "figure": "green",
    "cause": "red",
    "other": "magenta",
}
FALLBACK_COLORS = ("cyan", "yellow", "white")
#: Below this many x values a line chart draws its points with FEW_MARKER instead of braille.
FEW_POINTS = 4
FEW_MARKER = "●"


def shade(count: int, busiest: int) -> str:
    """The block character for a day with ``count`` reviews when the busiest day had ``busiest``."""
    if count <= 0 or busiest <= 0:
        return EMPTY_DAY
    level = math.ceil(len(SHADES) * min(count, busiest) / busiest)
    return SHADES[max(1, level) - 1]


def calendar_start(today: dt.date, weeks: int) -> dt.date:
    """The Monday that opens a calendar of ``weeks`` columns ending with ``today``'s week."""
    this_monday = today - dt.timedelta(days=today.weekday())
    return this_monday - dt.timedelta(weeks=weeks - 1)


def calendar_content(counts: Mapping[dt.date, int], today: dt.date, weeks: int = 12) -> Content:
    """The calendar as text: a month header, then one row per weekday, one column per week.

    Days after ``today`` are left blank so the last column shows where the week stands.
    """
    start = calendar_start(today, weeks)
    busiest = max((n for day, n in counts.items() if start <= day <= today), default=0)
    label_width = max(len(label) for label in WEEKDAY_LABELS) + 1

    header = [" "] * (label_width + 2 * weeks)
    last_month = 0
    for week in range(weeks):
        monday = start + dt.timedelta(weeks=week)
        next_monday = monday + dt.timedelta(weeks=1)
        starts_late = week == 0 and next_monday.month != monday.month
        if monday.month != last_month and not starts_late:
            name = monday.strftime("%b")
            column = label_width + 2 * week
            if week == 0 or header[column - 1] == " ":
                header[column:column + len(name)] = name  # the last may stick out
            last_month = monday.month
    parts: list[str | tuple[str, str]] = ["".join(header).rstrip(), "\n"]

    for weekday, label in enumerate(WEEKDAY_LABELS):
        parts.append((label.ljust(label_width), "dim"))
        for week in range(weeks):
            day = start + dt.timedelta(weeks=week, days=weekday)
            if day > today:
                parts.append("  ")
                continue
            count = counts.get(day, 0)
            style = "$text-muted" if count <= 0 else "$success"
            if day == today:
                style += " underline"
            parts.append((shade(count, busiest), style))
            parts.append(" ")
        parts.append("\n")
    parts.append((" " * label_width + "less ", "dim"))
    parts.append((EMPTY_DAY + " ", "$text-muted"))
    parts.append((" ".join(SHADES), "$success"))
    parts.append((" more", "dim"))
    return Content.assemble(*parts)


class StreakCalendar(Widget):
    """The last few weeks of study, one shaded cell per day, with the current streak."""

    DEFAULT_CSS = """
    StreakCalendar {
        width: auto;
        height: auto;
        padding: 0 1;
    }
    """

    def __init__(self, *, weeks: int = 12, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.weeks = weeks
        self._counts: dict[dt.date, int] = {}
        self._today: dt.date | None = None
        self._streak = 0

    def show(self, counts: Mapping[dt.date, int], today: dt.date, streak: int) -> None:
        """Draw ``counts`` (reviews per day) for the weeks ending with ``today``."""
        self._counts = dict(counts)
        self._today = today
        self._streak = streak
        self.refresh(layout=True)

    def render(self) -> Content:
        if self._today is None:
            return Content("")
        days = "day" if self._streak == 1 else "days"
        streak = Content.assemble(("Current streak: ", "bold"),
                                  (f"{self._streak} {days}", "bold $success"), "\n\n")
        return streak + calendar_content(self._counts, self._today, self.weeks)


def count_ticks(highest: float, rows: int = 5) -> list[int]:
    """Whole-number axis ticks from 0 to at least ``highest``, at most ``rows + 1`` of them."""
    top = max(1, math.ceil(highest))
    nice = (base * 10**power for power in range(12) for base in (1, 2, 5))
    step = next(size for size in nice if top / size <= rows)
    return list(range(0, top + step, step))


def _color(name: str, index: int) -> str:
    return SERIES_COLORS.get(name, FALLBACK_COLORS[index % len(FALLBACK_COLORS)])


class Chart(PlotextPlot):
    """A plotext plot redrawn from plain series; every draw starts from a clean figure."""

    DEFAULT_CSS = """
    Chart {
        height: 1fr;
        min-height: 10;
    }
    """

    def bars(self, labels: Sequence[str], values: Sequence[float], *, title: str,
             ticks: Sequence[tuple[int, str]] = (), horizontal: bool = False,
             limit: tuple[float, float] | None = None, color: str = "blue") -> None:
        """Draw one bar per label; ``ticks`` (index, text) thins out crowded x labels."""
        plt = self.plt
        plt.clear_figure()
        plt.title(title)
        plt.bar(list(labels), list(values), orientation="horizontal" if horizontal else "vertical",
                color=color, width=0.4 if len(values) > 20 else 0.6)
        if ticks:
            positions, texts = zip(*ticks, strict=True)
            plt.xticks([p + 1 for p in positions], list(texts))
        if limit is not None:
            if horizontal:
                plt.xlim(*limit)
            else:
                plt.ylim(*limit)
        elif not horizontal:
            ticks_y = count_ticks(max(values, default=0))
            plt.yticks([float(t) for t in ticks_y], [str(t) for t in ticks_y])
            plt.ylim(0, ticks_y[-1])
        self.refresh()

    def lines(self, series: Mapping[str, Sequence[tuple[int, float]]], *, title: str,
              ticks: Sequence[tuple[int, str]] = (),
              limit: tuple[float, float] | None = None) -> None:
        """Draw one labelled line per series of (x, y) points.

        With few x values a braille line is a couple of dots lost under the legend: the points
        are then drawn as big markers, away from the edges."""
        plt = self.plt
        plt.clear_figure()
        plt.title(title)
        xs_seen = {x for points in series.values() for x, _ in points}
        few = len(xs_seen) < FEW_POINTS
        for index, (name, points) in enumerate(series.items()):
            if not points:
                continue
            xs, ys = zip(*points, strict=True)
            plt.plot(list(xs), list(ys), label=name, marker=FEW_MARKER if few else "braille",
                     color=_color(name, index))
        if ticks:
            positions, texts = zip(*ticks, strict=True)
            plt.xticks(list(positions), list(texts))
        if few and xs_seen:
            plt.xlim(min(xs_seen) - 1, max(xs_seen) + 1)
        if limit is not None:
            plt.ylim(*limit)
        self.refresh()
