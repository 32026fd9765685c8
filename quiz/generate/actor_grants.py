"""Who gave a sum the sentence names: "made possible by a $48 million grant from X, a
Geneva-based donor" -> "Which Geneva-based donor provided the $48 million grant?"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.actor_phrases import Actor, mention_actor
from quiz.generate.facts import AnswerKind
from quiz.generate.mentions import Mention

#: "with a £2 million grant from ", "by a $48m loan from ": a sum given, after a preposition
#: (after a verb, "received a loan from X", the object rules ask it), up to the giver.
_GIFT = re.compile(
    r"\b(?:with|by|through|via|after|thanks to|of) an? "
    r"((?:[$£€¥][\d.,]+|[\d][\d.,]*)(?: (?:million|billion|thousand)| ?(?:bn|m)\b)?"
    r"(?: (?:[A-Za-z]+ )?(?:euros?|dollars?|pounds?|crowns?|francs?|yen|rupees|shillings|rand))?"
    r"(?:-[a-z]+)? (?:[a-z]+ )?(?:grant|loan|donation|gift|subsidy|investment|bailout|"
    r"payment|award|contribution|pledge)) from (?:the )?(?:[a-z]+ ){0,2}$")
#: "was funded with 12 million reais from ": a sum given, with its currency in any word.
_FUNDED_WITH = re.compile(
    r"\b(?:funded|financed|paid for|built|bought|backed) with "
    r"((?:[$£€¥][\d.,]+|[\d][\d.,]*)(?: (?:million|billion|thousand)| ?(?:bn|m)\b)?"
    r"(?: [a-z]+)?) from (?:the )?$")
#: ", a Geneva-based donor," after the giver: what the sentence calls it.
_CALLED = re.compile(r", an? ((?:[\w-]+ ){0,2}(?:donor|charity|foundation|fund|bank|lender|"
                     r"investor|philanthropist|agency|government|company|group|trust))[,.]")


def gift_facts(text: str, mentions: list[Mention]) -> Iterator[tuple[str, Actor, str]]:
    """Who gave a named sum, for a sum given after a preposition."""
    for m in mentions:
        if m.possessive or m.kind not in {AnswerKind.ORGANISATION, AnswerKind.COUNTRY,
                                          AnswerKind.PERSON}:
            continue
        gift = _GIFT.search(text, max(0, m.role_start - 90), m.role_start)
        if gift is None and " with " in text:
            gift = _FUNDED_WITH.search(text, max(0, m.role_start - 60), m.role_start)
        if gift is None:
            continue
        actor = mention_actor(m)
        if actor is None:
            continue
        called = _CALLED.match(text, m.end)
        if called is not None and m.kind is not AnswerKind.PERSON:
            actor = actor._replace(asker=f"Which {called.group(1)}")
        sum_given = gift.group(1)
        yield f"{actor.asker} provided the {sum_given}", actor, f"provided the {sum_given}"
