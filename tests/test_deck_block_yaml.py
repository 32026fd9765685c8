"""The direct block-YAML writer gives libyaml's own text for any data it takes on, or gives up
(a property test against ``yaml.dump``, and a round trip through ``yaml.safe_load``)."""

from __future__ import annotations

import textwrap
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.deckfile.block_yaml import block_yaml
from quiz.deckfile.writer import _dump

#: Texts built from the characters and words that decide libyaml's style: indicators, quotes,
#: spaces, unicode, and words YAML would read as another type.
_PIECES = st.sampled_from([
    "a", "word", "Iraq", " ", "  ", "é", "’", "“", "—", "…", ":", ": ", " #", "#", "-", "- ",
    "'", '"', "?", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "%", "@", "`", "~", "\t",
    "yes", "No", "null", "true", "2014", "1.5", "1e3", "0x1F", "2020-01-03", "12:30", ".inf",
    "x" * 45, "long words to make a line pass the width of one hundred characters",
])
_WORDS = st.sampled_from(["a", "word", "Iraq", " ", "é", "’", "2014", "x" * 45,
                          "long words to make a line pass the width of one hundred characters"])
_PLAIN = st.lists(_WORDS, min_size=1, max_size=12).map("".join)
_TEXT = st.one_of(_PLAIN, _PLAIN, _PLAIN, _PLAIN, st.lists(_PIECES, max_size=12).map("".join))
_VALUE = st.one_of(_TEXT, st.booleans(), st.lists(_TEXT, min_size=1, max_size=3),
                   st.dictionaries(st.sampled_from(["file", "sentence", "value"]), _TEXT,
                                   min_size=1, max_size=3))
_CARD = st.dictionaries(st.sampled_from(["id", "type", "question", "answer", "accept",
                                         "source", "conflict", "x y"]), _VALUE,
                        min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(cards=st.lists(_CARD, min_size=1, max_size=2), margin=st.sampled_from([0, 2]))
def test_block_yaml_writes_what_libyaml_writes_or_gives_up(cards: list[dict[str, Any]],
                                                           margin: int) -> None:
    written = block_yaml(cards, margin=margin)
    if written is None:
        return  # beyond its rules: the writer falls back to libyaml
    assert written == textwrap.indent(_dump(cards), " " * margin)
    assert yaml.safe_load(textwrap.dedent(written)) == cards


@settings(max_examples=200, deadline=None)
@given(header=_CARD)
def test_a_mapping_is_written_as_libyaml_writes_it(header: dict[str, Any]) -> None:
    written = block_yaml(header)
    if written is not None:
        assert written == _dump(header)
        assert yaml.safe_load(written) == header


def test_plain_card_is_written_directly() -> None:
    card = {"id": "d1-typed", "question": "When did the talks begin?", "answer": "3 March 2026",
            "accept": ["3 March", "on 3 March"], "source": {"file": "a.txt", "sentence": "x"}}
    assert block_yaml([card], margin=2) == textwrap.indent(_dump([card]), "  ")
