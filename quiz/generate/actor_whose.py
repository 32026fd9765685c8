"""Actors a "whose" clause describes: "X, a Norwegian company whose satellites were due to fly
on Y" -> "Which Norwegian company's satellites were due to fly on Y?"; "president X, whose
party has governed since 2018 but who was barred from ..." -> "Which president was barred
from ...?"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.actor_phrases import Actor, mention_actor
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import is_past_tense
from quiz.generate.lexicon import TITLE_WORDS
from quiz.generate.mentions import Mention

#: ", a Norwegian company whose first two satellites were due to ..." after a name: the
#: description (up to three words before its noun) and the clause, to the next stop.
_DESCRIBED = re.compile(r", (?:an?|the) ((?:[A-Za-z][\w-]* ){0,3})([a-z]+) whose "
                        r"([^,;:()\"“”]+?)(?=[,;] |\.?$)")
#: ", whose party has governed since 2018 but who was barred ...": the second clause.
_BUT_WHO = re.compile(r", whose [^,;:()\"“”]+? (?:but|and|yet) who ([^,;:()\"“”]+?)(?=[,;] |\.?$)")
#: Nouns of a body a description may end with.
_BODY_NOUNS = frozenset({"company", "firm", "group", "charity", "startup", "start-up", "bank",
                         "airline", "carrier", "operator", "manufacturer", "maker", "retailer",
                         "insurer", "lender", "club", "team", "developer", "supplier", "agency",
                         "organisation", "organization", "association", "union", "broadcaster",
                         "publisher", "producer", "chain", "consortium", "foundation", "fund",
                         "party", "council", "university", "hospital", "school", "utility"})
#: Words of a finite verb group (a clause without one is a noun phrase: "whose 40 staff").
_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
                     "could", "may", "might", "must", "should", "does", "do", "did"})


def whose_facts(text: str, mentions: list[Mention]) -> Iterator[tuple[str, Actor, str]]:
    """Cards on the actors of ``text`` that a "whose" clause describes."""
    for m in mentions:
        if m.possessive or text[m.end:m.end + 2] != ", ":
            continue
        described = _DESCRIBED.match(text, m.end)
        if described is not None and m.kind is not AnswerKind.PERSON and (
                m.kind is not AnswerKind.COUNTRY):
            modifiers, noun, clause = described.groups()
            if noun in _BODY_NOUNS and _finite(clause):
                asker = f"Which {modifiers}{noun}"
                actor = Actor(m.name, AnswerKind.ORGANISATION, asker)
                yield f"{asker}'s {clause}", actor, f"{noun} whose {clause}"
            continue
        but_who = _BUT_WHO.match(text, m.end)
        if but_who is not None and m.kind is AnswerKind.PERSON and _finite(but_who.group(1)):
            actor = mention_actor(m)
            if actor is not None and (not m.role or m.role.split()[-1].lower() in TITLE_WORDS):
                clause = but_who.group(1)
                yield f"{actor.asker} {clause}", actor, clause


def _finite(clause: str) -> bool:
    """Whether ``clause`` has a finite verb among its first words."""
    words = clause.split()[:8]
    return len(words) >= 3 and any(w in _FINITE or is_past_tense(w) and w.islower()
                                   for w in words)
