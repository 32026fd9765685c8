"""The deck field ``part_of``: read, checked, written back and described by the schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quiz.deckfile import load_deck, write_deck
from quiz.errors import DeckError
from quiz.model import Card, CardType, Category, Deck

DECK = Deck(id="news-dates", title="Dates", part_of="news-all",
            cards=(Card(id="a", type=CardType.TYPED, category=Category.DATE,
                        question="When?", answer="2020"),))


def test_part_of_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    write_deck(DECK, path)
    assert "part_of: news-all" in path.read_text(encoding="utf-8")
    assert load_deck(path) == DECK
    plain = Deck(id="x", title="X", cards=DECK.cards)
    write_deck(plain, path)
    assert "part_of" not in path.read_text(encoding="utf-8")
    assert load_deck(path).part_of == ""


@pytest.mark.parametrize(("value", "message"), [
    ("news all", "is not a deck id"), ("news-dates", "cannot be part_of itself")])
def test_a_bad_part_of_is_reported_with_its_line(tmp_path: Path, value: str,
                                                 message: str) -> None:
    path = tmp_path / "d.yaml"
    path.write_text(f"id: news-dates\ntitle: Dates\npart_of: {value}\ncards:\n"
                    "  - {id: a, type: typed, category: date, question: When?, answer: '2020'}\n",
                    encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    (problem,) = caught.value.problems
    assert problem.line == 3 and message in problem.message


def test_the_schema_knows_part_of() -> None:
    import quiz.deckfile

    schema = json.loads((Path(quiz.deckfile.__file__).parent / "deck.schema.json").read_text(
        encoding="utf-8"))
    assert schema["properties"]["part_of"]["pattern"].startswith("^[A-Za-z0-9]")
