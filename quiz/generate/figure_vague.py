"""Vague quantities ("thousands of travellers", "Half the country") as figures: no figure to
ask when the article gives the same count precisely ("About 11,000 passengers hold tickets"),
and never a gap inside a quotation."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quiz.generate.facts import AnswerKind
from quiz.generate.figure_mentions import FigureMention
from quiz.generate.figure_numbers import VAGUE_NUMBERS, is_vague_figure, number_value

#: The counts a vague word stands for, lowest included, highest not.
_SPANS = {"dozens": (24, 200), "scores": (40, 400), "hundreds": (200, 2000),
          "thousands": (2000, 100_000), "millions": (2_000_000, 1_000_000_000),
          "billions": (2_000_000_000, 1_000_000_000_000)}

#: Nouns that count the same people under other names: a lead's "thousands of travellers"
#: are the body's "11,000 passengers".
_KINDRED = tuple(frozenset(group.split()) for group in (
    "passenger traveller traveler commuter tourist visitor holidaymaker",
    "student pupil child schoolchild",
    "worker employee staff job post",
    "soldier troop personnel serviceman servicemember",
    "fan spectator supporter",
    "customer user subscriber shopper client account",
    "resident household inhabitant civilian people person",
    "patient case",
    "protester demonstrator",
))

#: Words of a guess near a vague count ("could open the door to hundreds of similar claims",
#: "thousands of chicks were likely to have been killed"); "may" in lower case only (the
#: month is written "May").
_HEDGE = re.compile(r"\b(?:could|might|(?-i:may)|likely|possibly|probably|perhaps|expects?|"
                    r"expected|fears?|feared)\b", re.I)

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")

#: Words that say an answer is a rough quantity, not a number ("Half", "a handful").
_WORDY = ("half", "a half", "a third", "a quarter", "a handful", "a few", "several", "many",
          "most", "dozens", "scores", "hundreds", "thousands", "millions", "billions")


_WORDY_HEADS = frozenset(w.split()[0] for w in _WORDY)


def is_wordy(answer: str) -> bool:
    """Whether ``answer`` is a quantity word with no number in it ("Half", "dozens")."""
    low = answer.lower().strip()
    return low.split(" ", 1)[0] in _WORDY_HEADS and low.startswith(_WORDY) and \
        not any(ch.isdigit() for ch in low)


def _head(thing: str) -> str:
    """The counted noun of ``thing``, singular: "unvaccinated students" -> "student"."""
    words = thing.lower().split()
    if not words:
        return ""
    word = words[-1]
    if word == "children":
        return "child"
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _kindred(first: str, second: str) -> bool:
    return first == second or any(first in group and second in group for group in _KINDRED)


def superseded(mentions: Sequence[tuple[str, FigureMention]]) -> set[int]:
    """The indexes of the vague counts among ``mentions`` (sentence text and figure, in
    article order) that are no figures to learn: a guess ("could ... hundreds of claims"), or
    a count the article also gives precisely (one of the same noun or of its kin in the
    vague word's span, in a sentence that names the same years)."""
    vague = [i for i, (_, m) in enumerate(mentions) if m.kind is AnswerKind.COUNT and
             is_vague_figure(m.answer)]
    if not vague:
        return set()
    out = set()
    precise: list[tuple[float, str, str]] | None = None  # value, head, sentence of counts
    for i in vague:
        text, mention = mentions[i]
        if _HEDGE.search(text, max(0, mention.start - 60), mention.end + 60):
            out.add(i)  # "could open the door to hundreds of claims": a guess, no count
            continue
        word = mention.answer.lower().split()[0]
        span = _SPANS.get(word)
        head = _head(mention.thing)
        if span is None or not head or word not in VAGUE_NUMBERS:
            continue
        if precise is None:
            precise = [(value, _head(other.thing), other_text)
                       for other_text, other in mentions
                       if other.kind is AnswerKind.COUNT and not is_vague_figure(other.answer)
                       and (value := _count(other.value)) is not None]
        years = set(_YEAR.findall(text))
        if any(span[0] <= value < span[1] and _kindred(head, other_head) and
               set(_YEAR.findall(other_text)) == years
               for value, other_head, other_text in precise):
            out.add(i)
    return out


def _count(value: str) -> float | None:
    return number_value(value.lstrip("~")) if value else None


def inside_quote(text: str, start: int) -> bool:
    """Whether ``text[start]`` stands inside a quotation."""
    before = text[:start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")
