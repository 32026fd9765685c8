"""What a thing granted was aimed at, when a noun after a comma restates it as a demand.

"The deal guarantees 12 hours of rest between shifts, a demand the union said was aimed at
reducing fatigue" -> "What was the demand for 12 hours of rest between shifts aimed at,
according to the union?" (the demand is the object just named).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_spans import cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_lower, is_pronoun, word_count

#: What grants a thing (the verb before it): "guarantees 12 hours of rest" (not "bans X" or
#: "limits shifts to 10 hours": the demand was for the ban, not for X).
_GRANTS = (r"\b(?:guarantee[sd]?|include[sd]?|offer(?:s|ed)?|provide[sd]?|introduce[sd]?|"
           r"grant(?:s|ed)?|create[sd]|restore[sd]|secure[sd]|won|wins)\s+"
           r"(?P<thing>[^,;:\"“”]{3,80}?)")
_RESTATED_AIM = re.compile(
    _GRANTS + r",\s+(?:a|an|the)\s+(?:(?:key|long-standing|longstanding|central|main|core)\s+)?"
    r"(?P<noun>demand|request|call|proposal)\s+(?:(?:that|which)\s+)?"
    r"(?:(?P<who>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:said|says|say|had\s+said)\s+)?"
    r"(?P<be>was\s+|is\s+|had\s+been\s+|has\s+been\s+)?aimed\s+at\s+")
#: An object that is no thing granted ("said that ...", "to ...").
_NOT_OBJECT = re.compile(r"(?:to|that|it|them|this|those|these)\b", re.IGNORECASE)


def restated_aim_facts(text: str) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """See the module docstring: the object of the verb before the comma is what the
    demand asked for; what follows "aimed at" is its aim."""
    match = _RESTATED_AIM.search(text)
    if match is None:
        return
    thing = match.group("thing").strip()
    if word_count(thing) > 10 or _NOT_OBJECT.match(thing):
        return
    aim = cut_span(text, match.end())
    if aim is None or word_count(aim) < 2:
        return
    who = match.group("who")
    if who is not None and (is_pronoun(who) or who.lower() in {"which", "that"}):
        return
    be = "is" if (match.group("be") or "").strip() in {"is", "has been"} else "was"
    said = f", according to {first_lower(who)}" if who else ""
    question = f"What {be} the {match.group('noun')} for {thing} aimed at{said}?"
    yield AnswerKind.PURPOSE, question, aim, ()
