"""An event named with its year and described by a relative clause ("rubble from the
earthquake of 1755, which destroyed much of the Baixa"): asked "In what year was the earthquake
that destroyed much of the Baixa?" (the date belongs to the noun, not to the sentence's verb)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.generate.clauses import Asked

#: "the <noun> of " right before the date ("the earthquake of", "the great fire of").
_NOUN_OF = re.compile(r"\b[Tt]he\s+(?P<noun>(?:[a-z-]+\s+)?[a-z-]+)\s+of\s+$")

#: ", which <verb> <rest>" or " that <verb> <rest>" right after the date, up to the clause's end.
_DESCRIBED = re.compile(r",?\s+(?:which|that)\s+(?P<verb>[a-z]+)(?P<rest>(?:\s+[\w'’-]+){1,10})"
                        r"\s*(?=[,;:.!?—–]|$)")


def named_event_question(text: str, start: int, end: int, wh: str) -> Asked | None:
    """The question for the date ``text[start:end]`` that names an event "the <noun> of
    <date>" described by a relative clause in the simple past, or ``None``."""
    named = _NOUN_OF.search(text, max(0, start - 40), start)
    described = _DESCRIBED.match(text, end) if named is not None else None
    if described is None:
        return None
    from quiz.generate.clauses import Asked, is_simple_past

    verb, rest = described.group("verb"), described.group("rest")
    if not is_simple_past(verb):
        return None
    noun = named.group("noun")
    be = "were" if noun.endswith("s") and not noun.endswith(("ss", "is", "us")) else "was"
    event = f"the {noun} that {verb}{rest}"
    return Asked(f"{wh} {be} {event}?", event)


#: "'s <event noun> <past verb> <rest>" after a date opening the sentence ("Last week's storm
#: damaged 300 homes").
_POSSESSED_EVENT = re.compile(r"['’]s (?P<noun>(?:[a-z-]+ ){0,2}(?:storm|flood|floods|fire|"
                              r"earthquake|attack|election|vote|referendum|strike|crash|"
                              r"explosion|blast|protest|march|rally|match|final|race|game|"
                              r"meeting|summit|debate|hearing|ruling|decision|announcement|"
                              r"raid|riot|riots|collapse|eruption|heatwave|outage|derailment|"
                              r"shooting|fall|rise|drop|surge|sale|auction|launch)) "
                              r"(?P<verb>[a-z]{3,})(?P<rest>(?: (?:[\w'’%£$€-]|[.,](?=\d))+)"
                              r"{1,10}?)(?=[,;:.!?]|$)")


def possessed_event_question(text: str, end: int, wh: str) -> Asked | None:
    """The question for a date that opens the sentence as the possessor of an event that
    is the subject ("Last week's storm damaged 300 homes": "When was the storm that damaged
    300 homes?"), or ``None``."""
    event = _POSSESSED_EVENT.match(text, end)
    if event is None:
        return None
    from quiz.generate.clauses import Asked, is_simple_past

    verb = event.group("verb")
    if not is_simple_past(verb) or verb in ("was", "were", "had"):
        return None  # "Tuesday's vote was delayed": the day it was due, not a day it had
    noun = event.group("noun")
    be = "were" if noun.endswith("s") and not noun.endswith(("ss", "us")) else "was"
    what = f"the {noun} that {verb}{event.group('rest')}"
    return Asked(f"{wh} {be} {what}?", what)
