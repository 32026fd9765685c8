"""Given names written as two hyphenated syllables after a surname ("Park Seo-yeon")."""

from __future__ import annotations

import re

from quiz.generate.facts import AnswerKind
from quiz.generate.mentions import Mention

#: " Seo-yeon", " Dong-hyun", " Ing-wen" right after a name: a capitalised syllable, a hyphen
#: and a lower-case one (romanised Korean and Chinese given names). The name finder stops
#: before it, taking it for an adjective like "Iran-backed"; English adjectives of that shape
#: end in a participle or a common word, which the tail may not be.
_SYLLABLES = re.compile(r" ([A-Z][a-z]{1,4}-([a-z]{2,5}))(?![\w'’-])")
_ENGLISH_TAILS = frozenset({
    "led", "run", "born", "made", "like", "wide", "free", "style", "era", "bound", "based",
    "owned", "held", "built", "grown", "sized", "scale", "level", "wise", "proof", "ready",
    "type", "class", "rich", "poor", "heavy", "light", "only", "long", "old", "year", "day",
    "week", "month", "time", "side", "line", "out", "off", "over", "down", "back", "away",
    "known", "kept", "paid", "set", "cut", "hit", "lost", "fed", "bred", "mile", "hand",
})


def with_given_name(text: str, m: Mention) -> Mention:
    """``m`` with a hyphenated given name written right after it ("Park" of "Superintendent
    Park Seo-yeon said") taken into the name, as a person's; any other mention as it is."""
    if m.kind not in {None, AnswerKind.PERSON} or " " in m.name or m.possessive or \
            text[m.end:m.end + 1] != " " or "-" not in text[m.end:m.end + 12]:
        return m
    match = _SYLLABLES.match(text, m.end)
    if match is None or match.group(2) in _ENGLISH_TAILS or match.group(2).endswith(
            ("ed", "ing", "er", "ly")):
        return m
    return m._replace(name=f"{m.name} {match.group(1)}", end=match.end(1),
                      last_token=m.last_token + 1, kind=AnswerKind.PERSON)
