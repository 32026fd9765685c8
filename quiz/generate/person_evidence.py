"""Person evidence: whether an article marks a person-shaped name as a person."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from quiz.generate.facts import AnswerKind, Article
from quiz.generate.lexicon import GIVEN_NAMES, TITLE_WORDS
from quiz.generate.mentions import find_mentions


def doubtful_people(article: Article) -> frozenset[str]:
    """Lower-cased names that look like a person's only by their shape ("Kataib Hezbollah",
    "Orbis Lunar": two capitalised words) and that nothing in the article marks as a person:
    no title or role, no "who" or "he"/"she" after them, no surname used alone (or after
    "Mr"/"Ms"/"Dr"), no common given name first, not named right after "said". They are taken
    for organisations, so a militia is not offered among people as a distractor. A name that
    opens a body's longer name ("Andes Copper" of "Andes Copper Corporation") or follows a
    body's role and a comma ("the employers' association, Nordic Port Operators") is doubtful
    whatever else the article writes."""
    return doubtful_texts(tuple(s.text for s in article.sentences if not s.is_heading))


@lru_cache(maxsize=4096)
def doubtful_texts(texts: tuple[str, ...]) -> frozenset[str]:
    untitled: set[str] = set()
    people: set[str] = set()
    singles: set[str] = set()
    bodies: set[str] = set()
    placed_as_body: set[str] = set()
    for n, text in enumerate(texts):
        marks = _marks(text, n + 1 < len(texts) and _PRONOUN_OPENS.match(texts[n + 1]) is not None)
        singles.update(marks.singles)
        bodies.update(marks.bodies)
        placed_as_body.update(marks.placed_as_body)
        people.update(marks.people)
        untitled.update(marks.untitled)
    named = untitled | people
    # names a body's longer name starts with: its first words ("andes copper" of "andes
    # copper corporation"), looked up rather than tried against every body
    heads: set[str] = set()
    for body in bodies:
        at = body.find(" ")
        while at >= 0:
            heads.add(body[:at])
            at = body.find(" ", at + 1)
    opening = named & heads
    untitled -= people
    if not untitled:
        return frozenset(placed_as_body | opening)
    honoured = _honoured_surnames(texts)
    doubtful = {name for name in untitled
                if name.split()[-1] not in singles and name.split()[-1] not in honoured}
    return frozenset(doubtful | placed_as_body | opening)


class _Marks(NamedTuple):
    """How one sentence writes its names (lower-cased), for :func:`doubtful_texts`."""

    singles: tuple[str, ...]  # one-word names
    bodies: tuple[str, ...]  # organisations
    placed_as_body: tuple[str, ...]  # person-shaped names after a body's role and a comma
    people: tuple[str, ...]  # person-shaped names the sentence marks as people
    untitled: tuple[str, ...]  # person-shaped names nothing in the sentence marks


@lru_cache(maxsize=8192)
def _marks(text: str, pronoun_next: bool) -> _Marks:
    """How ``text`` writes its names; ``pronoun_next``: the next sentence opens with "He",
    "She", "His" or "Her" (cached: news repeats sentences)."""
    singles: list[str] = []
    bodies: list[str] = []
    placed_as_body: list[str] = []
    people: list[str] = []
    untitled: list[str] = []
    for m in find_mentions(text):
        low = m.name.lower()
        if " " not in low:
            singles.append(low)
        if m.kind is AnswerKind.ORGANISATION:
            bodies.append(low)
        if m.kind is not AnswerKind.PERSON:
            continue
        if m.role and m.role[:1].isupper():
            owner = _ROLE_OWNER.match(m.role)  # "Carrow Resources chief executive Andrew Lister"
            if owner is not None and owner.group(1).split(None, 1)[0].lower() not in GIVEN_NAMES:
                placed_as_body.append(owner.group(1).lower())
        if not m.role and (text[m.role_start - 2:m.role_start] == ", " and _BODY_BEFORE.search(
                text, max(0, m.role_start - 40), m.role_start) or _HELD_IN.search(
                text, max(0, m.role_start - 16), m.role_start)):
            placed_as_body.append(low)
        elif m.role or low.split(None, 1)[0] in GIVEN_NAMES or text.endswith(
                _PERSON_VERBS, 0, m.role_start) or _PERSON_AFTER.match(
                text, m.end) or _PERSON_BEFORE.search(
                text, max(0, m.role_start - 80), m.role_start) or person_pronoun_after(
                text, m.end) or pronoun_next:
            people.append(low)
        else:
            untitled.append(low)
    return _Marks(tuple(singles), tuple(bodies), tuple(placed_as_body), tuple(people),
                  tuple(untitled))


def person_pronoun_after(text: str, end: int) -> bool:
    """Whether a person's pronoun ("he", "her") follows a name ending at ``end`` closely."""
    return _PRONOUN_AFTER.search(text, end, end + 120) is not None


def _honoured_surnames(texts: tuple[str, ...]) -> frozenset[str]:
    """Lower-cased words written after "Mr", "Ms", "Mrs" or "Dr" ("Ms Bakker")."""
    return frozenset(match.group(1).lower() for text in texts if "M" in text or "Dr" in text
                     for match in _HONORIFIC.finditer(text))


#: Verbs right before a name that only a person is the object of: "said X", "stars X as".
_PERSON_VERBS = ("said ", "stars ", "starring ", "starred ", "co-stars ")
#: "Mr Musk", "Ms. Bakker", "Dr Okafor": the word after is a person's surname.
_HONORIFIC = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+([A-Z][\w'’-]+)")
_BODY_NOUNS = frozenset({"association", "federation", "organisation", "organization", "agency",
                         "authority", "regulator", "body", "union", "company", "firm", "group",
                         "newspaper", "broadcaster", "charity", "operator", "lender", "insurer",
                         "airline", "retailer", "manufacturer", "maker", "startup", "bank"})
#: A body's role and a comma before a name: "The employers' association, Nordic Port Operators".
_BODY_BEFORE = re.compile(r"(?<!\bof )(?<!\bfor )\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+"
                          r"(?:[\w'’-]+\s+){0,3}(?:" +
                          "|".join(sorted(_BODY_NOUNS)) + r"),\s*$")


#: After a person's name: ", who", ", 46,", ", chief economist at ...", " (46)", " chairs".
_PERSON_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:(?:of|for|and)\s+)?"
                           r"[A-Z][\w.'’-]*){0,5})?"  # "Sarah Moran of the University of X, who"
                           r"\s*(?:,\s+(?:who\b|aged\b|\d{1,3}\b|(?:the\s+|a\s+|an\s+)?"
                           r"(?:[\w'’.-]+\s+){0,3}(?:" + "|".join(sorted(TITLE_WORDS)) +
                           r")\b)|\s*\(\d{1,3}\)|\s+(?:co-)?chair(?:s|ed)\s)")
#: Before one: a role and a comma ("The company's chief executive, Andrej Kos").
_PERSON_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(TITLE_WORDS)) + r")\b[^,.;:]{0,40},\s*$",
                            re.IGNORECASE)
#: What only a company has before its name: "Shares in Carrow Resources", "a stake in X".
_HELD_IN = re.compile(r"\b(?:[Ss]hares?|[Ss]takes?|[Ss]hareholding|[Hh]oldings?) in $")
#: Two capitalised words or more owning a person's role: "Carrow Resources chief executive".
_ROLE_OWNER = re.compile(r"([A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)+) (?:" +
                         "|".join(sorted(TITLE_WORDS)) + r")\b")
_PRONOUN_AFTER = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b")
_PRONOUN_OPENS = re.compile(r"(?:He|She|His|Her)\b")
