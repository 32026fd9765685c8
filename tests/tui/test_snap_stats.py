"""Snapshots of the stats screen at 80x24 on frozen data: the overview and two charts.

Update deliberately with ``pytest tests/tui/test_snap_stats.py --snapshot-update`` and look
at the report before committing the new SVGs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from screens_support import LEARNER, Clock, ScreenHost, make_history, make_service, settle
from textual.pilot import Pilot

from quiz.tui.screens.stats import StatsScreen

SIZE = (80, 24)


@pytest.fixture
def stats_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ScreenHost:
    clock = Clock()
    service = make_service(tmp_path, monkeypatch, clock=clock)
    make_history(service, clock)
    return ScreenHost(lambda: StatsScreen(service, LEARNER))


@pytest.mark.parametrize("tab", [0, 1, 3], ids=["overview", "reviews", "categories"])
def test_stats_screen(snap_compare: Callable[..., bool], stats_app: ScreenHost,
                      tab: int) -> None:
    async def ready(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press(*["right"] * tab)
        await pilot.pause()

    assert snap_compare(stats_app, run_before=ready, terminal_size=SIZE)
