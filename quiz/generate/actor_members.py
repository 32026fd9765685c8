"""People of a named body as the doers of an act, active or passive: "Volunteers from the Red
Cross gave drivers water" -> "Volunteers from which organisation gave drivers water?";
"Drivers were given water by volunteers from the Red Cross" -> "Drivers were given water by
volunteers from which organisation?" (the answer is the body: the people are not named)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.actor_phrases import Actor
from quiz.generate.actor_named_kinds import predicate, subject_first
from quiz.generate.actor_post_holders import BODY
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import PAST_TO_BASE, first_lower, is_past_tense, participle_to_past
from quiz.generate.lexicon import GROUP_WORDS, PLACE_WORDS, TITLE_WORDS
from quiz.generate.mentions import Mention, kind_of

#: Plural people of a body besides :data:`GROUP_WORDS` and the plurals of a title word.
_MORE_MEMBERS = frozenset("""
    volunteers rescuers medics paramedics lawyers divers guards crews staff staffers
    specialists technicians surveyors monitors observers physicians vets veterinarians
    archaeologists palaeontologists paleontologists geologists biologists ecologists chemists
    physicists epidemiologists virologists astronomers meteorologists engineers inspectors
    auditors analysts economists scientists researchers teachers pupils students managers
    executives employees workers firefighters pilots negotiators delegates envoys
""".split())
#: People of a place, not of a body ("residents from Braga").
_OF_PLACES = frozenset({"residents", "villagers", "citizens", "voters", "locals", "families",
                        "parents", "nations", "countries", "states", "governments", "people"})
#: A body's name after the people ("the Red Cross").
_BODY = r"(?P<bthe>the )?(?P<body>" + BODY + r")"
#: "Volunteers from the Red Cross <verb> ...": people of a body opening the sentence.
_ACTIVE = re.compile(r"(?P<group>(?:[A-Z][a-z]+ )?[A-Za-z][a-z]+) (?P<prep>from|at|with) " + _BODY
                     + r" (?P<rest>(?P<verb>[a-z]+)\b[^;:]*?)[.!]?$")
#: "<Object> were given water by volunteers from the Red Cross ...": the same people as the
#: agent of a passive in the past, its object opening the sentence.
_PASSIVE = re.compile(r"^(?P<object>[A-Z][^,;:“”\"]*?) "
                      r"(?:was|were|had been|has been|have been) "
                      r"(?P<part>[a-z]+)(?P<middle>(?: [^,;:“”\"]*?)?) by "
                      r"(?:(?P<group>(?:[a-z]+ )?[a-z]+) (?P<prep>from|at|with) )?" + _BODY +
                      r"(?P<tail>(?: (?:on|in|last|this|during|after|before|at|near|outside|across|"
                      r"along|off|over|inside) [^,;:“”\"]*?)?)"
                      r"[.!]?$")
#: Verbs a group's act may open with besides one in the past: auxiliaries and modals.
_AUXILIARIES = frozenset({"have", "had", "are", "were", "will", "would", "could", "can", "may",
                          "might", "must", "should", "say", "also", "now", "still", "later"})
#: Words that open a group and make it no people of the body ("Flights from", "Imports from").
_MODIFIER_NOT = frozenset({"the", "a", "an", "some", "many", "most", "two", "three", "all"})


def member_facts(text: str, mentions: list[Mention],
                 names: frozenset[str]) -> Iterator[tuple[str, Actor, str]]:
    """The body whose people did what ``text`` tells, as "<People> from which organisation
    <did it>?", where the body is named as one (``mentions``: the sentence's names as the
    article resolved them; ``names``: the words the article capitalises inside sentences, which
    keep their capital when a passive's object moves after the verb)."""
    text = subject_first(text)
    found = _ACTIVE.match(text) if text[:1].isupper() else None
    if found is not None and _members(found.group("group")) and _verb(found.group(
            "verb")) and _a_body(found, mentions):
        group = found.group("group")
        who = f"{group[:1].upper()}{group[1:].lower()} {found.group('prep')} which organisation"
        rest = predicate(found.group("rest"))
        yield f"{who} {rest}", _body(found.group("body")), rest
    if " by " not in text:
        return
    found = _PASSIVE.match(text)
    group = found.group("group") if found is not None else None
    past = participle_to_past(found.group("part")) if found is not None and (
        _members(group) if group else _unknown_body(found, mentions)) and _a_body(
        found, mentions) else None
    if found is not None and past is not None:
        # (asked in the active: "Volunteers from which organisation gave drivers water?")
        did = f"{past} {first_lower(found.group('object'), names)}{found.group('middle')}" \
              f"{found.group('tail')}"
        who = f"{group[:1].upper()}{group[1:]} {found.group('prep')} which organisation" if \
            group else "Which organisation"
        yield f"{who} {did}", _body(found.group("body")), did


def _unknown_body(found: re.Match[str], mentions: list[Mention]) -> bool:
    """Whether the agent ``found`` names directly is a body of a kind nothing tells, written
    after "the" ("by the Red Cross"), of an act only a person or a body does (the agent rule
    asks a body of a known kind: "by the Gates Foundation"; "by the Thames" is no actor's)."""
    name = found.group("body")
    return found.group("bthe") is not None and found.group("part") in _AGENTIVE and \
        " " in name and next((m.kind for m in mentions if m.name == name), None) is None and \
        kind_of(name) is None


#: Participles of acts only a person or a body does.
_AGENTIVE = frozenset("""
    given launched organised organized funded financed founded built run operated managed
    sponsored distributed donated delivered provided offered sent rescued evacuated treated
    hired appointed sued fined criticised criticized accused awarded granted paid bought sold
    published commissioned designed developed signed rejected approved blocked condemned
    welcomed announced issued filed brought set found discovered repaired collected installed
    cleaned inspected tested studied analysed analyzed investigated arrested detained charged
    prosecuted recorded released negotiated brokered produced written acquired taken bought
    ordered requested demanded proposed organized supplied shipped trained employed
""".split())


def _a_body(found: re.Match[str], mentions: list[Mention]) -> bool:
    """Whether the name ``found`` gives after the people is a body's, not a place's ("Residents
    from Braga", "Scientists from South Korea"): the article reads it as a body, or its words
    do (a name of several words that is no place, or one written after "the")."""
    name = found.group("body")
    kind = next((m.kind for m in mentions if m.name == name), None) or kind_of(name)
    if kind is not None:
        return kind is AnswerKind.ORGANISATION
    words = name.split()
    return (len(words) > 1 or found.group("bthe") is not None) and \
        words[-1].lower() not in PLACE_WORDS


def _members(group: str) -> bool:
    """Whether ``group`` (maybe after one modifier: "local volunteers") names people."""
    words = group.lower().split()
    if len(words) == 2 and words[0] in _MODIFIER_NOT:
        return False
    head = words[-1]
    if head in _OF_PLACES:
        return False
    return head in _MORE_MEMBERS or head in GROUP_WORDS or head[-1:] == "s" and \
        head[:-1] in TITLE_WORDS


def _verb(word: str) -> bool:
    """Whether ``word`` opens what a group did or says."""
    return word in _AUXILIARIES or word in PAST_TO_BASE or word[-2:] == "ed" and \
        is_past_tense(word)


def _body(name: str) -> Actor:
    return Actor(name, AnswerKind.ORGANISATION, "Which organisation")
