"""The bundled decks are valid, and the hand-written example shows every card type."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.deckfile import load_deck, validate_file
from quiz.model import CardType, Category

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = sorted((ROOT / "decks").glob("*.yaml"))


def test_there_are_bundled_decks() -> None:
    assert ROOT / "decks" / "example.yaml" in BUNDLED


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_bundled_deck_is_valid(path: Path) -> None:
    assert validate_file(path) == []
    assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")


def test_bundled_deck_ids_are_unique() -> None:
    ids = [load_deck(path).id for path in BUNDLED]
    assert len(ids) == len(set(ids))


def test_example_deck_shows_every_card_type_with_sources() -> None:
    deck = load_deck(ROOT / "decks" / "example.yaml")
    assert {card.type for card in deck.cards} == set(CardType)
    assert {card.category for card in deck.cards} >= {Category.DATE, Category.ACTOR,
                                                       Category.FIGURE, Category.CAUSE}
    assert any(card.conflict for card in deck.cards)
    seeds = {path.name for path in (ROOT / "seeds").glob("*.txt")}
    cited = {card.source.file for card in deck.cards if card.source}
    assert cited and cited <= seeds
    for card in deck.cards:  # the example quotes its articles verbatim
        if card.source:
            article = " ".join((ROOT / "seeds" / card.source.file).read_text().split())
            assert card.source.sentence in article, card.id


def test_example_deck_points_editors_at_the_schema_by_a_relative_path() -> None:
    first = (ROOT / "decks" / "example.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../quiz/deckfile/deck.schema.json"
    assert (ROOT / "decks" / "../quiz/deckfile/deck.schema.json").is_file()


def test_the_documented_example_is_a_valid_deck_with_every_type() -> None:
    import re

    from quiz.deckfile import loads_deck

    doc = (ROOT / "docs" / "deck-format.md").read_text(encoding="utf-8")
    match = re.search(r"## A complete example\n\n```yaml\n(.*?)```", doc, re.DOTALL)
    assert match is not None
    deck = loads_deck(match.group(1), "docs/deck-format.md")
    assert {card.type for card in deck.cards} == set(CardType)
