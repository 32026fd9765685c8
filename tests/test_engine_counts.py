"""Home counts: new cards as a session gives them today (within the new-card limit)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from engine_support import Clock, learner, make_deck, service_with


def test_new_today_is_capped_by_what_the_limit_still_allows(tmp_path: Path) -> None:
    clock = Clock()
    service = service_with(tmp_path, make_deck("a", 30), make_deck("b", 3), clock=clock)
    name = learner(service)
    service.save_settings(name, replace(service.settings(name), new_per_day=10))
    by_id = {d.deck_id: d for d in service.decks(name)}
    assert (by_id["a"].new_today, by_id["a"].counts.new) == (10, 30)
    assert (by_id["b"].new_today, by_id["b"].counts.new) == (3, 3)
    session = service.start(name, ["a"])
    assert sum(item.is_new for item in session._queue) == 10  # type: ignore[attr-defined]
    for _ in range(4):
        card = session.current()
        assert card is not None and card.is_new
        session.answer(card.card.answer, 1.0)
    session.finish()
    (deck,) = [d for d in service.decks(name) if d.deck_id == "a"]
    assert deck.new_today == 6 and deck.counts.new == 26 and deck.counts.total == 30
    clock.advance(days=1)  # a new day: the limit is whole again
    (deck,) = [d for d in service.decks(name) if d.deck_id == "a"]
    assert deck.new_today == 10
    service.close()
