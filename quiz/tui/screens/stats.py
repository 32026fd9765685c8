"""The stats screen: a learner's progress as charts, optionally for one deck.

Figures come from ``StudyService.stats`` in a thread worker (it scans the review log), then
the charts are drawn on the UI thread. Tabs keep every chart readable at 80x24.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Digits, Footer, Header, Select, Static, TabbedContent, TabPane

from quiz.tui.text import literal, literal_line
from quiz.tui.widgets.charts import Chart, StreakCalendar

if TYPE_CHECKING:
    from quiz.engine.api import DeckSummary, LearnerStats, StudyService

#: How many days the reviews-per-day chart shows (study days and the days between them).
HISTORY_DAYS = 30

EMPTY_MESSAGE = ("No reviews yet.\n\nStudy a deck from the home screen and your reviews, "
                 "streak, accuracy and upcoming cards will be charted here.")


def fill_days(per_day: Sequence[tuple[dt.date, int]], end: dt.date,
              days: int = HISTORY_DAYS) -> list[tuple[dt.date, int]]:
    """The ``days`` days ending with ``end``, with 0 for the days not in ``per_day``."""
    counts = dict(per_day)
    start = end - dt.timedelta(days=days - 1)
    return [(start + dt.timedelta(days=i), counts.get(start + dt.timedelta(days=i), 0))
            for i in range(days)]


def day_ticks(days: Sequence[dt.date], every: int = 7) -> list[tuple[int, str]]:
    """x-axis labels for a run of days: one every ``every`` days, always the last one."""
    if not days:
        return []
    positions = list(range(0, len(days), every))
    last = len(days) - 1
    if positions[-1] != last:
        if last - positions[-1] < every // 2:
            positions.pop()
        positions.append(last)
    return [(i, days[i].strftime("%b %d")) for i in positions]


def stats_today(stats: LearnerStats) -> dt.date | None:
    """The engine's "today" for the learner: the first day of the due forecast.

    The engine knows the learner's clock and day-start hour; the screen must not guess.
    Without a forecast the last study day stands in (the charts then end there).
    """
    if stats.due_per_day:
        return stats.due_per_day[0][0]
    if stats.reviews_per_day:
        return stats.reviews_per_day[-1][0]
    return None


def accuracy_series(stats: LearnerStats) -> tuple[dict[str, list[tuple[int, float]]],
                                                  list[dt.date]]:
    """Per-category accuracy (in %) on a shared day axis, and the days of that axis."""
    days = sorted({day for points in stats.accuracy_per_day.values() for day, _ in points})
    index = {day: i for i, day in enumerate(days)}
    series = {str(category): [(index[day], round(100 * share, 1)) for day, share in points]
              for category, points in sorted(stats.accuracy_per_day.items()) if points}
    return series, days


#: Below this many reviews of cards seen before, retention is shown as "-": two right answers
#: out of two would read as a proven 100%.
MIN_RETENTION_REVIEWS = 5


def retention_figure(stats: LearnerStats) -> tuple[str, str]:
    """The retention digits and the line under them saying how many reviews they rest on."""
    counted = stats.reviews_counted
    reviews = f"{counted} review{'s' if counted != 1 else ''}"
    if stats.retention is None or counted < MIN_RETENTION_REVIEWS:
        return "-", (f"of {reviews}: too few to tell yet "
                     f"({MIN_RETENTION_REVIEWS} needed)")
    return f"{100 * stats.retention:.0f}", f"of {reviews}"


def summary_line(stats: LearnerStats) -> Content:
    """Totals under the retention figure."""
    return Content.assemble(
        ("Reviews ", "dim"), (str(stats.total_reviews), "bold"),
        ("   Sessions ", "dim"), (str(stats.sessions), "bold"),
        ("   Study days ", "dim"), (str(len(stats.reviews_per_day)), "bold"),
    )


class StatsScreen(Screen[None]):
    """Charts of a learner's reviews, streak, accuracy, retention and upcoming load."""

    DEFAULT_CSS = """
    StatsScreen #stats-bar {
        height: auto;
        padding: 0 1;
    }
    StatsScreen #stats-title {
        width: 1fr;
        padding: 1 0 0 0;
        text-style: bold;
    }
    StatsScreen #stats-deck {
        width: 40;
    }
    StatsScreen #stats-empty {
        padding: 2 4;
        color: $text-muted;
    }
    StatsScreen #stats-loading {
        padding: 2 4;
    }
    StatsScreen #stats-tabs, StatsScreen #stats-tabs ContentSwitcher {
        height: 1fr;
    }
    StatsScreen #stats-tabs TabPane {
        height: 1fr;
        padding: 0;
    }
    StatsScreen #overview {
        height: auto;
    }
    StatsScreen #retention-box {
        width: 1fr;
        height: auto;
        padding: 0 2;
    }
    StatsScreen #retention {
        width: auto;
    }
    StatsScreen .figure-label {
        color: $text-muted;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back"),
        Binding("r", "reload", "Reload"),
        Binding("left,h", "previous_tab", "Prev tab", show=False),
        Binding("right,l", "next_tab", "Next tab", show=False),
    ]

    TABS = ("overview", "reviews", "accuracy", "categories", "due")

    def __init__(self, service: StudyService, learner: str) -> None:
        super().__init__()
        self.service = service
        self.learner = learner
        self.deck_id: str | None = None
        self.stats: LearnerStats | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="stats-bar"):
            yield Static(Content.assemble("Progress of ", literal_line(self.learner, 30, "bold")),
                         id="stats-title")
            yield Select[str]([], prompt="All decks", id="stats-deck")
        yield Static("Loading…", id="stats-loading")
        yield Static(EMPTY_MESSAGE, id="stats-empty")
        with TabbedContent(id="stats-tabs"):
            with TabPane("Overview", id="overview-tab"), VerticalScroll():
                with Horizontal(id="overview"):
                    yield StreakCalendar(id="calendar")
                    with Vertical(id="retention-box"):
                        yield Static("Retention: % right on cards seen before",
                                     classes="figure-label")
                        yield Digits("", id="retention")
                        yield Static("", id="retention-count", classes="figure-label")
                        yield Static("", id="totals")
            with TabPane("Reviews", id="reviews-tab"):
                yield Chart(id="reviews-chart")
            with TabPane("Accuracy", id="accuracy-tab"):
                yield Chart(id="accuracy-chart")
            with TabPane("Categories", id="categories-tab"):
                yield Chart(id="categories-chart")
            with TabPane("Due", id="due-tab"):
                yield Chart(id="due-chart")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = "Statistics"
        self.query_one("#stats-empty").display = False
        self.query_one("#stats-tabs").display = False
        self.load(None, with_decks=True)

    @work(thread=True, exclusive=True, group="stats")
    def load(self, deck_id: str | None, with_decks: bool = False) -> None:
        """Read the figures (and the deck list the first time) off the UI thread."""
        from quiz.errors import QuizError

        try:
            decks = self.service.decks(self.learner) if with_decks else None
            stats = self.service.stats(self.learner, deck_id)
        except QuizError as error:
            self.app.call_from_thread(self.show_error, str(error))
            return
        self.app.call_from_thread(self.show_stats, stats, decks)

    def show_error(self, message: str) -> None:
        """Say why there is nothing to chart (the database could not be read)."""
        loading = self.query_one("#stats-loading", Static)
        loading.update(Content.assemble(("Statistics are not available: ", "bold $error"),
                                        literal(message)))
        loading.display = True
        self.query_one("#stats-tabs").display = False

    def show_stats(self, stats: LearnerStats, decks: list[DeckSummary] | None = None) -> None:
        """Draw ``stats`` (and fill the deck filter when ``decks`` is given)."""
        if decks is not None:
            select: Select[str] = self.query_one("#stats-deck", Select)
            select.set_options([(literal_line(deck.title, 36), deck.deck_id) for deck in decks])
        self.stats = stats
        self.query_one("#stats-loading").display = False
        today = stats_today(stats)
        has_data = stats.total_reviews > 0 and today is not None
        self.query_one("#stats-empty").display = not has_data
        self.query_one("#stats-tabs").display = has_data
        if not has_data or today is None:
            return
        self.query_one(StreakCalendar).show(dict(stats.reviews_per_day), today, stats.streak_days)
        digits, counted = retention_figure(stats)
        self.query_one("#retention", Digits).update(digits)
        self.query_one("#retention-count", Static).update(counted)
        self.query_one("#totals", Static).update(summary_line(stats))

        history = fill_days(stats.reviews_per_day, today)
        self.query_one("#reviews-chart", Chart).bars(
            [day.isoformat() for day, _ in history], [n for _, n in history],
            title=f"Reviews per day, last {HISTORY_DAYS} days",
            ticks=day_ticks([day for day, _ in history]))

        series, days = accuracy_series(stats)
        self.query_one("#accuracy-chart", Chart).lines(
            series, title="Accuracy per category by study day (%)",
            ticks=day_ticks(days, every=max(1, len(days) // 4)), limit=(0, 100))

        by_category = sorted(stats.accuracy_by_category.items())
        self.query_one("#categories-chart", Chart).bars(
            [f"{category} {right}/{total}" for category, (right, total) in by_category],
            [round(100 * right / total, 1) if total else 0.0
             for _, (right, total) in by_category],
            title="Accuracy by category (%)", horizontal=True, limit=(0, 100), color="green")

        due = list(stats.due_per_day)
        self.query_one("#due-chart", Chart).bars(
            [day.isoformat() for day, _ in due], [n for _, n in due],
            title=f"Cards due in the next {len(due)} days",
            ticks=day_ticks([day for day, _ in due]), color="orange")

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id != "stats-deck":
            return
        deck_id = None if event.value is Select.NULL else str(event.value)
        if deck_id != self.deck_id:
            self.deck_id = deck_id
            self.load(deck_id)

    def action_reload(self) -> None:
        self.load(self.deck_id)

    def _switch_tab(self, step: int) -> None:
        tabs = self.query_one(TabbedContent)
        current = tabs.active.removesuffix("-tab")
        position = self.TABS.index(current) if current in self.TABS else 0
        tabs.active = f"{self.TABS[(position + step) % len(self.TABS)]}-tab"

    def action_next_tab(self) -> None:
        self._switch_tab(1)

    def action_previous_tab(self) -> None:
        self._switch_tab(-1)

    def action_close(self) -> None:
        self.dismiss()
