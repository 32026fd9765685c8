"""The shipped JSON Schema accepts every valid deck and agrees with the validator on bad ones."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from quiz.deckfile import dump_deck, loads_deck
from quiz.deckfile.loader import check_bytes
from quiz.model import Deck
from quiz.paths import schema_path
from tests.strategies import decks

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = sorted((ROOT / "decks").glob("*.yaml"))


@pytest.fixture(scope="module")
def validator() -> Any:
    import jsonschema

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _data(text: str) -> Any:
    """What an editor's schema check sees: the YAML data, dates as the text written."""
    def plain(value: Any) -> Any:
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items()}
        if isinstance(value, list):
            return [plain(item) for item in value]
        return value

    return plain(yaml.safe_load(text))


def _schema_errors(validator: Any, text: str) -> list[str]:
    return [error.message for error in validator.iter_errors(_data(text))]


def test_schema_file_is_where_paths_says() -> None:
    assert schema_path() == ROOT / "quiz" / "deckfile" / "deck.schema.json"


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_bundled_decks_satisfy_the_schema(validator: Any, path: Path) -> None:
    assert _schema_errors(validator, path.read_text(encoding="utf-8")) == []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(decks(max_cards=4))
def test_every_valid_deck_satisfies_the_schema(validator: Any, deck: Deck) -> None:
    assert _schema_errors(validator, dump_deck(deck)) == []


CARD = "{id: c, type: recall, category: other, question: Q, answer: A}"


@pytest.mark.parametrize("text", [
    f"id: d\ntitle: T\ncards: [{CARD}]\nanwser: x\n",
    f"id: d\ncards: [{CARD}]\n",
    "id: d\ntitle: T\ncards: []\n",
    "id: my deck\ntitle: T\ncards: [" + CARD + "]\n",
    "id: d\ntitle: T\ncards: [{id: c, type: multiple, category: other, question: Q, answer: A}]\n",
    "id: d\ntitle: T\ncards: [{id: c, type: recall, category: person, question: Q, answer: A}]\n",
    "id: d\ntitle: T\ncards: [{id: c, type: choice, category: actor, question: Q, answer: A}]\n",
    "id: d\ntitle: T\ncards: [{id: c, type: choice, category: actor, question: Q, answer: A,"
    " choices: [A]}]\n",
    "id: d\ntitle: T\ncards: [{id: c, type: order, category: date, question: Q}]\n",
    "id: d\ntitle: T\ncards: [{id: c, type: order, category: date, question: Q, items: [a, a]}]\n",
    "id: d\ntitle: T\ncards: [{id: c, type: cloze, category: date, question: Q, answer: A}]\n",
    "id: d\ntitle: T\ncards: [{id: c, type: truefalse, category: cause, question: Q,"
    " answer: maybe}]\n",
    "id: d\ntitle: T\ncards: [{id: c, type: typed, category: date, question: Q}]\n",
    "id: d\ntitle: T\nsources: [{id: s, file: ../x.txt}]\ncards: [" + CARD + "]\n",
    "id: d\ntitle: T\nsources: [{id: s, file: /etc/x.txt}]\ncards: [" + CARD + "]\n",
    "id: d\ntitle: T\nsources: [{id: s, file: a.txt, published: 25 Jan 2024}]\ncards: ["
    + CARD + "]\n",
    "id: d\ntitle: T\ncards: [{id: c, type: typed, category: date, question: Q, answer: A,"
    " choices: [A, B]}]\n",
])
def test_schema_and_validator_both_refuse(validator: Any, text: str) -> None:
    assert check_bytes(text, "d.yaml")[1], "the validator accepted it"
    assert _schema_errors(validator, text), "the schema accepted it"


@pytest.mark.parametrize("text", [
    f"id: d\ntitle: T\ncards: [{CARD}]\n",
    "id: d\ntitle: T\ncards: [{id: 7, type: truefalse, category: cause, question: Q,"
    " answer: yes}]\n",
    "id: d\ntitle: T\ncards: [{id: c, type: order, category: date, question: Q, items: [a, b]}]\n",
    "id: d\ntitle: T\ncards: [{id: c, type: cloze, category: date, question: a ____ b,"
    " answer: 1969, accept: nineteen sixty-nine}]\n",
])
def test_schema_and_validator_both_accept(validator: Any, text: str) -> None:
    assert loads_deck(text).cards
    assert _schema_errors(validator, text) == []
