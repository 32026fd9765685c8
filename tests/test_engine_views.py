"""Decks that are views of another deck (``part_of``): shared cards share one schedule."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from engine_support import Clock, answer_all, learner, make_deck, service_with, typed_cards
from quiz.engine.api import Counts
from quiz.model import Category, Deck

ALL = make_deck("all", 6, categories=(Category.DATE, Category.ACTOR))
DATES = Deck(id="dates", title="Dates only", part_of="all",
             cards=(*[c for c in ALL.cards if c.category is Category.DATE],
                    *typed_cards(1, prefix="own", categories=(Category.DATE,))))


def _summary(service: object, deck_id: str) -> object:
    return next(d for d in service.decks(learner(service)) if d.deck_id == deck_id)  # type: ignore[attr-defined]


def test_studying_both_decks_asks_each_shared_card_once(tmp_path: Path) -> None:
    service = service_with(tmp_path, ALL, DATES)
    session = service.start(learner(service), ["all", "dates"])
    assert session.progress().remaining == 7  # 6 cards of "all" + the view's own card
    new_sightings = []
    while (card := session.current()) is not None:
        if card.is_new:
            new_sightings.append(card.card.id)
        session.answer(card.card.answer, 1.0)
    assert sorted(new_sightings) == ["c0", "c1", "c2", "c3", "c4", "c5", "own0"]
    summary = _summary(service, "all")
    assert summary.counts.learned == 6
    assert service.problems() == []
    service.close()


def test_a_shared_card_answered_in_the_view_is_due_in_the_parent(tmp_path: Path) -> None:
    clock = Clock()
    service = service_with(tmp_path, ALL, DATES, clock=clock)
    name = learner(service)
    session = service.start(name, ["dates"])
    answered = answer_all(session)
    assert answered >= 4  # c0, c2, c4 and own0, with their learning steps
    session.finish()
    rows = service.store.query("SELECT DISTINCT deck_id, card_id FROM card_state ORDER BY 1, 2")
    assert rows == [("all", "c0"), ("all", "c2"), ("all", "c4"), ("dates", "own0")]
    # the parent's counts see them as learned, and so does the view
    assert _summary(service, "all").counts == Counts(new=3, due=0, learned=3)
    view = _summary(service, "dates")
    assert view.counts == Counts(new=0, due=0, learned=4)
    assert view.shared == Counts(new=0, due=0, learned=3) and view.part_of == "all"
    # history and stats agree whichever deck the card is looked up in
    assert service.history(name, "dates", "c0") == service.history(name, "all", "c0")
    assert len(service.history(name, "dates", "c0")) >= 1
    assert service.stats(name, "dates").total_reviews == answered
    assert service.stats(name, "all").total_reviews == answered - len(
        service.history(name, "dates", "own0"))
    # a new session on the parent does not ask them as new again
    again = service.start(name, ["all"])
    assert all(item.key[1] not in {"c0", "c2", "c4"} for item in again._queue)  # type: ignore[attr-defined]
    service.close()


def test_cram_and_review_of_missed_cards_map_shared_cards(tmp_path: Path) -> None:
    service = service_with(tmp_path, ALL, DATES)
    name = learner(service)
    session = service.start(name, ["dates"])
    card = session.current()
    assert card is not None and card.deck_id == "dates"
    session.answer("wrong", 1.0)
    summary = session.finish()
    assert [(m.deck_id, m.card_id) for m in summary.missed] == [("dates", card.card.id)]
    again = service.start(name, card_ids=[(m.deck_id, m.card_id) for m in summary.missed])
    shown = again.current()
    assert shown is not None and shown.card.id == card.card.id and not shown.is_new
    cram = service.start(name, ["all", "dates"], cram=True)
    assert cram.progress().remaining == 7
    service.close()


def test_a_view_of_an_unknown_deck_keeps_its_own_history(tmp_path: Path) -> None:
    orphan = replace(DATES, part_of="missing")
    service = service_with(tmp_path, ALL, orphan)
    (problem,) = service.problems()
    assert "missing" in problem.message and Path(problem.path).name == "dates.yaml"
    session = service.start(learner(service), ["dates"])
    answer_all(session, limit=1)
    assert {row[0] for row in service.store.query("SELECT deck_id FROM card_state")} == {
        "dates"}
    assert _summary(service, "dates").shared == Counts()
    service.close()


def test_a_views_new_today_follows_its_parents_limit_for_shared_cards(tmp_path: Path) -> None:
    service = service_with(tmp_path, ALL, DATES)
    name = learner(service)
    service.save_settings(name, replace(service.settings(name), new_per_day=2))
    assert _summary(service, "dates").new_today == 3  # 2 shared (limit of "all") + own0
    session = service.start(name, ["all"])
    for _ in range(2):
        card = session.current()
        assert card is not None
        session.answer(card.card.answer, 1.0)
    session.finish()
    assert _summary(service, "all").new_today == 0
    view = _summary(service, "dates")
    assert view.new_today == 1  # "all" used its new cards: only the view's own card is left
    alone = service.start(name, ["dates"])
    assert [item.key for item in alone._queue if item.is_new] == [("dates", "own0")]  # type: ignore[attr-defined]
    service.close()
