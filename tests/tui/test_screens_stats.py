"""The stats screen and its chart widgets, on a real service with answers on three days."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from screens_support import LEARNER, START, Clock, ScreenHost, make_history, make_service, \
    screen_text, settle
from textual.app import App
from textual.widgets import Digits, Select, TabbedContent

from quiz.engine.api import LearnerStats
from quiz.tui.screens.stats import MIN_RETENTION_REVIEWS, StatsScreen, accuracy_series, \
    day_ticks, fill_days, retention_figure
from quiz.tui.widgets.charts import EMPTY_DAY, SHADES, Chart, StreakCalendar, \
    calendar_content, calendar_start, count_ticks, shade

TODAY = START.date()  # a Thursday


def test_fill_days_puts_zero_on_days_without_study() -> None:
    days = fill_days([(TODAY - dt.timedelta(days=2), 4), (TODAY, 3)], TODAY, days=4)
    assert days == [(TODAY - dt.timedelta(days=3), 0), (TODAY - dt.timedelta(days=2), 4),
                    (TODAY - dt.timedelta(days=1), 0), (TODAY, 3)]


def test_day_ticks_label_every_week_and_the_last_day() -> None:
    days = [TODAY - dt.timedelta(days=29 - i) for i in range(30)]
    ticks = day_ticks(days)
    assert [i for i, _ in ticks] == [0, 7, 14, 21, 29]
    assert ticks[-1][1] == TODAY.strftime("%b %d")
    assert day_ticks([]) == []


@settings(max_examples=60, deadline=None)
@given(st.floats(min_value=0, max_value=1e7, allow_nan=False))
def test_count_ticks_are_few_whole_numbers_covering_the_highest(highest: float) -> None:
    ticks = count_ticks(highest)
    assert ticks[0] == 0 and ticks[-1] >= highest
    assert 2 <= len(ticks) <= 6
    steps = {b - a for a, b in zip(ticks, ticks[1:], strict=False)}
    assert len(steps) == 1


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 500), st.integers(1, 500))
def test_shade_grows_with_the_count(count: int, busiest: int) -> None:
    char = shade(count, busiest)
    if count == 0:
        assert char == EMPTY_DAY
    else:
        assert char in SHADES
        assert SHADES.index(char) <= SHADES.index(shade(count + 1, busiest))
    assert shade(busiest, busiest) == SHADES[-1]


def test_calendar_has_a_row_per_weekday_and_shades_the_study_days() -> None:
    counts = {TODAY: 8, TODAY - dt.timedelta(days=1): 2, TODAY - dt.timedelta(days=100): 50}
    lines = calendar_content(counts, TODAY, weeks=4).plain.splitlines()
    rows = lines[1:8]
    assert [row[:3] for row in rows] == ["Mon", "   ", "Wed", "   ", "Fri", "   ", "Sun"]
    # Thursday (today) is the busiest day in view: the darkest shade, in the last column.
    thursday, wednesday, friday = rows[3], rows[2], rows[4]
    assert thursday.rstrip().endswith(SHADES[-1])
    assert wednesday.rstrip().endswith(SHADES[0])  # 2 of 8
    assert friday.split() == ["Fri", EMPTY_DAY, EMPTY_DAY, EMPTY_DAY]  # tomorrow stays blank
    assert len(thursday.split()) == 4 and len(rows[6].split()) == 4  # 4 weeks
    assert calendar_start(TODAY, 4).weekday() == 0
    assert "less" in lines[-1] and "more" in lines[-1]


def test_accuracy_series_share_one_day_axis() -> None:
    from quiz.engine.api import LearnerStats
    from quiz.model import Category

    day1, day2 = TODAY - dt.timedelta(days=1), TODAY
    stats = LearnerStats(LEARNER, ((day1, 2), (day2, 2)),
                         {Category.DATE: ((day1, 0.5), (day2, 1.0)),
                          Category.ACTOR: ((day2, 0.0),)},
                         {}, (), None, 2, 4, 2)
    series, days = accuracy_series(stats)
    assert days == [day1, day2]
    assert series == {"actor": [(1, 0.0)], "date": [(0, 50.0), (1, 100.0)]}


def test_retention_needs_enough_reviews_and_says_how_many() -> None:
    stats = LearnerStats(learner=LEARNER, reviews_per_day=(), accuracy_per_day={},
                         accuracy_by_category={}, due_per_day=(), retention=1.0, streak_days=1,
                         total_reviews=9, sessions=1, reviews_counted=2)
    assert retention_figure(stats) == ("-", "of 2 reviews: too few to tell yet (5 needed)")
    assert retention_figure(replace(stats, retention=None, reviews_counted=0))[0] == "-"
    enough = replace(stats, retention=0.8, reviews_counted=MIN_RETENTION_REVIEWS)
    assert retention_figure(enough) == ("80", f"of {MIN_RETENTION_REVIEWS} reviews")


async def test_stats_screen_charts_the_answers(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    service = make_service(tmp_path, monkeypatch, clock=clock)
    make_history(service, clock)
    expected = service.stats(LEARNER)
    app = ScreenHost(lambda: StatsScreen(service, LEARNER))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        assert screen.stats == expected
        assert not screen.query_one("#stats-empty").display
        calendar = screen.query_one(StreakCalendar).render().plain
        assert f"Current streak: {expected.streak_days} days" in calendar
        digits, counted = retention_figure(expected)
        assert screen.query_one("#retention", Digits).value == digits
        assert f"of {expected.reviews_counted} review" in counted
        assert counted in screen_text(app)
        assert f"Reviews {expected.total_reviews}" in screen_text(app)

        await pilot.press("right")
        await pilot.pause()
        text = screen_text(app)
        assert "Reviews per day, last 30 days" in text
        assert TODAY.strftime("%b %d") in text  # the last day is labelled

        await pilot.press("right")
        await pilot.pause()
        text = screen_text(app)
        assert "Accuracy per category by study day (%)" in text
        for category in expected.accuracy_per_day:
            assert f"●● {category}" in text  # one series (and legend entry) per category;
            # three study days are drawn as markers, not as a few braille dots

        await pilot.press("right")
        await pilot.pause()
        assert screen.query_one(TabbedContent).active == "categories-tab"
        text = screen_text(app)
        for category, (right, total) in expected.accuracy_by_category.items():
            assert f"{category} {right}/{total}" in text

        await pilot.press("right")
        await pilot.pause()
        assert "Cards due in the next 30 days" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, StatsScreen)
    service.close()


async def test_deck_filter_reloads_and_shows_the_empty_state(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    service = make_service(tmp_path, monkeypatch, clock=clock)
    make_history(service, clock)
    app = ScreenHost(lambda: StatsScreen(service, LEARNER))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        select = screen.query_one("#stats-deck", Select)
        select.value = "markup"  # never studied
        await settle(pilot)
        assert screen.deck_id == "markup"
        assert screen.stats is not None and screen.stats.total_reviews == 0
        assert screen.query_one("#stats-empty").display
        assert not screen.query_one("#stats-tabs").display
        assert "No reviews yet" in screen_text(app)

        select.clear()  # back to every deck
        await settle(pilot)
        assert screen.deck_id is None
        assert screen.stats is not None and screen.stats.total_reviews > 0
        assert screen.query_one("#stats-tabs").display
    service.close()


async def test_a_new_learner_sees_a_message_not_empty_axes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = make_service(tmp_path, monkeypatch)
    app = ScreenHost(lambda: StatsScreen(service, LEARNER))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "No reviews yet" in text
        assert "Reviews per day" not in text
        assert not app.screen.query_one("#stats-tabs").display
    service.close()


async def test_an_unreadable_store_is_explained(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from quiz.errors import StoreError

    service = make_service(tmp_path, monkeypatch)

    def broken(learner: str, deck_id: str | None = None) -> None:
        raise StoreError(tmp_path / "quiz.sqlite3", "database is locked")

    monkeypatch.setattr(service, "stats", broken)
    app = ScreenHost(lambda: StatsScreen(service, LEARNER))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.is_running
        assert "Statistics are not available:" in screen_text(app)
        assert "database is locked" in screen_text(app)
    service.close()


class ChartHost(App[None]):
    def compose(self):  # type: ignore[no-untyped-def]
        yield Chart()


async def test_accuracy_on_one_study_day_shows_a_marker_per_category() -> None:
    app = ChartHost()
    async with app.run_test(size=(80, 20)) as pilot:
        app.query_one(Chart).lines({"date": [(0, 50.0)], "actor": [(0, 100.0)]},
                                   title="Accuracy", ticks=[(0, "Mar 05")], limit=(0, 100))
        await pilot.pause()
        rows = screen_text(app).splitlines()
        plotted = [row for row in rows if "●" in row.replace("●● date", "").replace(
            "●● actor", "")]
        assert len(plotted) == 2  # 100% and 50%, each away from the legend
