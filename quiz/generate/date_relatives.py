"""A date inside a relative clause dates that clause's own event: on a noun after a
preposition ("recovering from energy bills that doubled two years ago": "In what year did
energy bills double?") or with the noun as its object ("the directive, which member states
must write into national law by the end of this year": "By when must member states write
the directive into national law?")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.generate.clauses import Asked

#: "from <noun phrase> that|which <past verb> <a few words>" right before the date.
_RELATIVE_BEFORE = re.compile(
    r"\b(?:from|of|by|after|over|to|into|with|on|about|for|against|behind|despite|amid|"
    r"following|under|in|at)\s+"
    r"(?P<np>(?:the\s+|an?\s+)?(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+"
    r"(?:that|which)\s+(?P<verb>[a-z]+)(?P<rest>(?:\s+[a-z][\w’'-]*){0,5}?)\s+$")

#: Words that make the noun phrase or what follows the verb no clean part of a question (an
#: indefinite noun phrase is vague: "a law" of which laws?).
_UNCLEAN = frozenset({"a", "an", "one", "it", "its", "them", "they", "he", "him", "she", "her", "his", "their",
                      "we", "us", "you", "this", "these", "those", "some", "many", "most",
                      "all", "other", "others", "and", "or", "but", "not", "also", "then",
                      "had", "have", "has", "would", "will", "could", "may", "might"})


def relative_question(text: str, start: int, wh: str) -> Asked | None:
    """The question for a date at ``start`` that ends a relative clause on a prepositional
    noun, or ``None``: "did <noun phrase> <verb> <rest>?" ("was <noun phrase> <participle>"
    for a passive)."""
    from quiz.generate.clauses import Asked, is_past_participle, is_simple_past, past_to_base

    match = _RELATIVE_BEFORE.search(text, max(0, start - 90), start)
    if match is None:
        return None
    np, verb, rest = match.group("np"), match.group("verb"), match.group("rest")
    words = [*np.split(), *rest.split()]
    indefinite = np.split()[0] in ("a", "an") and len(np.split()) > 1 and \
        rest.split()[:1] == ["the"]  # "a landslide that blocked the main road": the road
    # makes the event one
    if any(word in _UNCLEAN for word in words[1:]) or np.split()[0] in _UNCLEAN and \
            not indefinite:
        return None
    if verb in ("was", "were"):
        if not rest or not is_past_participle(rest.split()[0]):
            return None
        event = f"{np} {verb}{rest}"
        return Asked(f"{wh} {verb} {np}{rest}?", event)
    base = past_to_base(verb) if is_simple_past(verb) else None
    if base is None:
        return None
    return Asked(f"{wh} did {np} {base}{rest}?", f"{np} {verb}{rest}")


#: "<the noun phrase>, which <subject> <modal verb | past verb> <a few words>" right
#: before the date.
_OBJECT_RELATIVE_BEFORE = re.compile(
    r"(?P<np>\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,4}?[\w-]+),\s+which\s+"
    r"(?P<subject>(?:the\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?|(?:the\s+)?[A-Z][\w’'.-]*"
    r"(?:\s+[A-Z][\w’'.-]*){0,3})\s+"
    r"(?:(?P<modal>must|will|should|can|could|would)\s+(?P<base>[a-z]+)|(?P<past>[a-z]+))"
    r"(?P<rest>(?:\s+[a-z][\w’'-]*){0,5}?)\s+$")

#: Words no noun phrase of a question contains here (a verb, a preposition, a clause).
_NOT_IN_NP = frozenset({"of", "on", "in", "for", "to", "at", "by", "with", "and", "or", "but",
                        "that", "which", "who", "was", "were", "is", "are", "has", "had",
                        "have", "said", "says"})


def object_relative_question(text: str, start: int, wh: str) -> Asked | None:
    """The question for a date at ``start`` that ends a relative clause whose object is the
    noun phrase before ", which", or ``None``: "did <subject> <verb> <noun phrase> <rest>?"
    ("must <subject> <verb> ..." for a modal)."""
    from quiz.generate.clauses import Asked, is_simple_past, past_to_base

    match = _OBJECT_RELATIVE_BEFORE.search(text, max(0, start - 140), start)
    if match is None:
        return None
    np = match.group("np")
    np = np[np.rfind(" the ") + 1:] if " the " in np else np[:1].lower() + np[1:]  # the
    # nearest "the ..."
    subject, rest = match.group("subject"), match.group("rest")
    words = [*subject.lower().split(), *rest.split()]
    if any(word.lower() in _NOT_IN_NP for word in np.split()) or \
            any(word in _UNCLEAN for word in words):
        return None
    if match.group("modal"):
        modal, base = match.group("modal"), match.group("base")
        return Asked(f"{wh} {modal} {subject} {base} {np}{rest}?",
                     f"{subject} {modal} {base} {np}{rest}")
    past = match.group("past")
    base = past_to_base(past) if is_simple_past(past) else None
    if base is None:
        return None
    return Asked(f"{wh} did {subject} {base} {np}{rest}?", f"{subject} {past} {np}{rest}")
