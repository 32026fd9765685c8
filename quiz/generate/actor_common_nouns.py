"""Actors named by a common noun of a body or of people who act for one: "Prosecutors opened a
case", "Police arrested two men", "the country's emergencies ministry said", "An independent
safety board concluded"."""

from __future__ import annotations

import re
from typing import NamedTuple

from quiz.generate.facts import AnswerKind

#: People who act as a body or for one, asked "Who": "Prosecutors opened ...".
_PEOPLE = frozenset("""
    police prosecutors regulators firefighters paramedics rescuers investigators inspectors
    forecasters
    auditors detectives doctors surgeons nurses researchers scientists archaeologists
    astronomers engineers judges lawmakers legislators senators councillors councilors unions
    residents villagers protesters demonstrators troops soldiers coastguards lifeguards
    authorities officers midwives teachers miners dockers pilots
""".split())
#: Bodies, asked "Which <head>": "Which ministry said ...?" (only with a word that tells
#: which: "the board" alone would answer "Which board" with its own question).
_BODIES = frozenset("""
    ministry board council court commission committee agency regulator union panel jury
    tribunal watchdog inquiry department coastguard government
""".split())
#: Heads a question may name without giving the answer away ("Which ministry ...?" of "the
#: health ministry"); of the rest ("electoral tribunal") the head is most of the answer.
_ASKED_BY_HEAD = frozenset({"ministry", "council", "committee", "agency", "department",
                            "government"})
#: Words before the head that make the phrase vague or no actor ("some doctors", "other
#: unions", "two judges", "its board").
_NOT_MODIFIERS = frozenset("""
    some many several most few other others all both each every any no more fewer two three
    four five six seven eight nine ten dozens hundreds thousands its their his her our my your
    this that these those such same former retired off-duty the a an and or own full
    whole new of in for at by to with from
""".split())
#: The noun phrase: an optional determiner or owner, up to three lower-case modifiers, the head.
_PHRASE = re.compile(
    r"(?P<det>(?:[Tt]he|[Aa]n?)\s+(?:(?:country|state|city|region|nation|province|club|"
    r"company|firm|government)['’]s\s+)?|[Tt]he\s+)?"
    r"(?P<mods>(?:(?!in\s)[A-Za-z][a-z-]+\s+){0,3})(?P<head>[A-Za-z]+)"
    r"(?P<place>\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?")


class Common(NamedTuple):
    """An actor named by a common noun: the answer, its kind, how a question asks for it and
    the other forms accepted ("prosecutors", "the prosecutors")."""

    answer: str
    kind: AnswerKind
    asker: str
    accept: tuple[str, ...]


def common_actor(span: str) -> Common | None:
    """The actor ``span`` names by a common noun, or ``None``."""
    match = _PHRASE.fullmatch(span)
    if match is None:
        return None
    head = match.group("head")
    low = head.lower()
    mods = match.group("mods").split()
    if match.start("head") and head[:1].isupper() or not head[1:].islower():
        return None
    if any(w.lower() in _NOT_MODIFIERS for w in mods) or any(
            w[:1].isupper() for w in mods[1:]):
        return None  # ("some doctors", "its board", "the Ontario Nurses board")
    det = (match.group("det") or "").strip()
    owner = det.split(None, 1)[1] if " " in det else ""
    bare = " ".join([*mods, head])  # as written
    place = match.group("place") or ""
    if place:  # "Nurses in Scotland": the place tells which
        if low not in _PEOPLE:
            return None
        answer = f"{bare}{place}"
        forms = {answer.lower(), f"the {answer.lower()}", bare.lower(), low}
        return Common(answer, AnswerKind.GROUP, "Who", tuple(sorted(forms - {answer.lower()})))
    # the answer as the sentence writes it, less a bare article ("An independent safety
    # board" -> "independent safety board"); an owner stays ("the country's ... ministry")
    answer = span if owner else bare
    if low in _PEOPLE:
        if det.split(None, 1)[:1] in (["a"], ["A"], ["an"], ["An"]):
            return None
        forms = {bare.lower(), f"the {bare.lower()}", low, f"the {low}"}
        asker = "Who"
        kind = AnswerKind.GROUP
    elif low in _BODIES and mods:
        forms = {bare.lower(), f"the {bare.lower()}", f"{mods[-1]} {low}",
                 f"the {mods[-1]} {low}"}
        asker = f"Which {low}" if low in _ASKED_BY_HEAD else "Which body"
        kind = AnswerKind.ORGANISATION
    else:
        return None
    if owner:
        forms.add(f"the {owner} {bare}")
    return Common(answer, kind, asker, tuple(sorted(forms - {answer, answer.lower()})))


def heads_in(low_text: str) -> bool:
    """Whether a sentence (lower-cased) may name a common-noun actor (a cheap gate)."""
    return any(f"{head} " in low_text or f"{head}," in low_text for head in _GATE)


_GATE = tuple(sorted(_PEOPLE | _BODIES))


#: A counted kind named by its members right after it: "Two regional airlines, | Celebes Air
#: and Wings Nusantara, | cancelled ...".
_COUNTED = re.compile(r"(?:[Tt]wo|[Tt]hree|[Bb]oth)\s+(?:[a-z][a-z-]+\s+){0,2}[a-z]+s")
_MEMBERS = re.compile(r",\s+(?P<names>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}"
                      r"(?:,\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})?"
                      r",?\s+and\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}),\s+")


def named_members(text: str, span: str, end: int) -> Common | None:
    """The names a counted kind lists right after it ("Two regional airlines, Celebes Air and
    Wings Nusantara,"), asked for all at once ("Which two regional airlines ...?"), or
    ``None``."""
    if _COUNTED.fullmatch(span) is None:
        return None
    members = _MEMBERS.match(text, end)
    if members is None:
        return None
    names = members.group("names")
    parts = [p for p in re.split(r",\s+|,?\s+and\s+", names) if p]
    count = {"two": 2, "three": 3, "both": 2}[span.split(None, 1)[0].lower()]
    if len(parts) != count or any(p.split()[0].lower() in _NOT_MODIFIERS for p in parts):
        return None
    kind = span.split(None, 1)[1] if span[:4].lower() == "both" else span
    asker = f"Which {kind[:1].lower()}{kind[1:]}"
    flipped = " and ".join(reversed(parts)) if count == 2 else names
    return Common(names, AnswerKind.GROUP, asker, (flipped,) if flipped != names else ())
