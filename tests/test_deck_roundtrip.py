"""load -> dump -> load gives an equal deck, for hand-written and generated decks."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.deckfile import dump_deck, load_deck, loads_deck, write_deck
from quiz.model import Card, CardType, Deck
from tests.strategies import decks

EXAMPLE = Path(__file__).resolve().parents[1] / "decks" / "example.yaml"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(decks())
def test_dump_then_load_gives_an_equal_deck(deck: Deck) -> None:
    text = dump_deck(deck)
    assert loads_deck(text) == deck


@settings(max_examples=15, deadline=None)
@given(decks(max_cards=3))
def test_dump_is_stable(deck: Deck) -> None:
    text = dump_deck(deck)
    assert dump_deck(loads_deck(text)) == text


@given(decks(), decks())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_cards_rendered_for_one_deck_are_reused_only_where_equal(first: Deck,
                                                                 second: Deck) -> None:
    # `quiz generate` shares card renders between the decks it writes: the text of each deck
    # must be what it would be alone, whatever the other deck held
    rendered: dict[Card, str] = {}
    shared = [dump_deck(first, rendered=rendered), dump_deck(second, rendered=rendered)]
    assert shared == [dump_deck(first), dump_deck(second)]
    assert len(rendered) == len(set(first.cards) | set(second.cards))


def test_example_deck_round_trips_through_a_file(tmp_path: Path) -> None:
    deck = load_deck(EXAMPLE)
    target = tmp_path / "copy.yaml"
    write_deck(deck, target)
    again = load_deck(target)
    assert again == deck
    assert again.path == target


def test_dump_starts_with_the_schema_line_and_orders_fields() -> None:
    text = dump_deck(load_deck(EXAMPLE))
    first, _, body = text.partition("\n")
    assert first.startswith("# yaml-language-server: $schema=")
    assert first.endswith("deck.schema.json")
    assert body.startswith("id: example\ntitle: ")
    card = body[body.index("- id: strikes-in-iraq"):body.index("- id: asad-attack")]
    keys = re.findall(r"^    ([a-z]+):", card, re.MULTILINE)
    assert keys == ["type", "category", "question", "answer", "accept", "explanation",
                    "source", "tags"]


def test_truefalse_answers_are_normalised_and_written_as_booleans() -> None:
    text = """id: tf
title: True or false
cards:
  - {id: a, type: truefalse, category: cause, question: Talks began., answer: yes}
  - {id: b, type: truefalse, category: cause, question: Talks ended., answer: "False"}
  - {id: c, type: truefalse, category: cause, question: Talks resumed., answer: TRUE}
"""
    deck = loads_deck(text)
    assert [card.answer for card in deck.cards] == ["true", "false", "true"]
    assert all(card.type is CardType.TRUEFALSE for card in deck.cards)
    dumped = dump_deck(deck)
    assert "answer: true" in dumped and "answer: false" in dumped


def test_numbers_and_yaml_words_are_read_as_the_text_written() -> None:
    text = """id: words
title: Values that YAML would turn into other things
cards:
  - {id: 1969, type: typed, category: figure, question: How many?, answer: 3.50, accept: [no]}
"""
    card = loads_deck(text).cards[0]
    assert (card.id, card.answer, card.accept) == ("1969", "3.50", ("no",))
    assert loads_deck(dump_deck(loads_deck(text))).cards[0] == card


def test_write_deck_replaces_atomically_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    deck = load_deck(EXAMPLE)
    target = tmp_path / "sub" / "deck.yaml"
    write_deck(deck, target)
    target.chmod(0o600)
    write_deck(deck, target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["deck.yaml"]
    assert target.stat().st_mode & 0o777 == 0o600
    assert load_deck(target) == deck


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.sampled_from(["", "~", "null", "Null", "NULL", "nULL", "yes", "Yes", "YES",
                                  "yEs", "y", "n", "on", "Off", "OFF", "true", "False", "1",
                                  "2024-01-01", "0x1f", ".inf", "<<", "="]),
                 st.text(max_size=6)))
def test_fast_resolver_agrees_with_pyyaml_on_null_and_bool(word: str) -> None:
    import yaml

    from quiz.deckfile.reader import _loader

    loader = _loader()
    reference = yaml.SafeLoader("").resolve(yaml.ScalarNode, word, (True, False))
    ours = loader("").resolve(yaml.ScalarNode, word, (True, False))
    if reference in ("tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"):
        assert ours == reference
    else:
        assert ours == "tag:yaml.org,2002:str"
