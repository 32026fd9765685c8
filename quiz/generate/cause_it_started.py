"""What started or caused an "it" that names the one event told earlier in its sentence."""

from __future__ import annotations

import re

from quiz.generate.grammar import base_form, first_lower, is_pronoun, past_of
from quiz.generate.syntax import Clause

#: Events an "it" may stand for ("The cause of the fire is not known, but ... it was started
#: by X").
_EVENT_NAMED = re.compile(r"\bthe\s+(?:fire|blaze|wildfire|crash|collapse|explosion|blast|"
                          r"outbreak|outage|leak|flood|flooding|spill|derailment|accident|"
                          r"failure|landslide|fault|power cut|shutdown)\b", re.IGNORECASE)
#: "reports that it was started by X": a claim told by a noun, asked "according to reports".
_CLAIM_NOUN = re.compile(r"\b(?P<noun>reports|claims|suggestions)\s+that\s+$")
#: "police believe it was caused by X": the believer and the verb before "it".
_BELIEVER_IT = re.compile(r"^(?P<who>[A-Za-z][a-z]+s|[Pp]olice)\s+(?P<verb>believe|believed|think|"
                          r"thought|say|said|suspect|suspected)\s+(?:that\s+)?it$")
_SUPPORT = {"believe": "do", "think": "do", "say": "do", "suspect": "do"}


def it_caused_question(text: str, clause: Clause, main: str) -> str | None:
    """The question of "... it was started by X" with "it" named ("What started the fire,
    according to reports?", "What do police believe caused the explosion?"), or ``None``
    when the sentence does not name one event before the "it" (or no frame reads cleanly)."""
    named = {m.group().lower() for m in _EVENT_NAMED.finditer(text, 0, clause.subject_start)}
    if len(named) != 1:
        return None
    event = named.pop()
    caused = past_of(base_form(main) or main)
    if clause.subject.lower() == "it":
        claim = _CLAIM_NOUN.search(text, 0, clause.subject_start)
        if claim is not None:
            return f"What {caused} {event}, according to {claim.group('noun')}"
        if text[:clause.subject_start].rstrip().endswith((", but", ", and", ";")):
            return f"What {caused} {event}"
        return None
    believer = _BELIEVER_IT.match(clause.subject)
    if believer is None or is_pronoun(believer.group("who")):
        return None
    verb = believer.group("verb")
    base = base_form(verb) or verb
    support = _SUPPORT.get(verb, "did")
    return f"What {support} {first_lower(believer.group('who'))} {base} {caused} {event}"
