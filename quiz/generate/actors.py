"""Actor facts: who did what — people with their roles, organisations, groups and countries.

Each rule finds an actor in a position the sentence makes clear and asks about it with the
action restated and the actor left out:

- subject of an action verb: "Then-president Donald Trump ordered the attack on X" ->
  "Which then-president ordered the attack on X?";
- object of an action verb (do-support): "The US assassinated commander Y in Z" ->
  "Which commander did the US assassinate in Z?";
- agent of a passive ("led by X", "attacks on Y by X") and speaker of "..., X said" or
  "according to X";
- appositions and names: "Y, the deputy chairman of Z" -> "Who was the deputy chairman of
  Z?"; "a group known as X" -> "What is the group known as?";
- what someone asked for, ordered or found: "X's appeal urging restraint" -> "Which Fox News
  host made an appeal urging restraint?"; "a report by X found ..." -> "Which body's report
  found ...?";
- people of a body and bodies in a town: "researchers at X found ..." -> "Researchers at
  which organisation found ...?"; "The X Museum in Zurich will ..." -> "Which organisation
  in Zurich will ...?". Any person noun before a name is a role ("Danish rider X won the
  Tour of Y" -> "Which Danish rider won ...?"); a race, tour or prize is never an actor.

A card asks what an actor did or said, never only that the article names them. Pronouns,
unnamed people ("a senior official") and places (a city, a river: "in Galați", "the village
of Rast") are never answers; a question that contains its own answer (or an alias of it),
or points back to a sentence the card does not show ("these findings"), is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from quiz.generate.actor_bare import specified
from quiz.generate.actor_bodies import Bodies
from quiz.generate.actor_common_nouns import common_actor, heads_in, plural_title
from quiz.generate.actor_drafts import ANAPHORS, AUXILIARIES, Draft, points_elsewhere
from quiz.generate.actor_owners import owner_named
from quiz.generate.actor_phrases import LEGAL_FORMS, SIDES, Actor, with_bodies
from quiz.generate.actor_pronouns import (
    body_sentence, people, possessor_sentence, pronoun_sentence,
)
from quiz.generate.actor_rules import sentence_rules
from quiz.generate.actor_syllable_names import with_given_name
from quiz.generate.actor_speech import SAY_VERBS
from quiz.generate.entities import acronym, names_in_article, normalise, strip_title
from quiz.generate.facts import AnswerKind, Article, Fact, Sentence
from quiz.generate.grammar import PAST_TO_BASE, first_upper
from quiz.generate.lexicon import (
    GIVEN_NAMES, GROUP_WORDS, NOT_GIVEN_NAMES, ORG_ROLE_WORDS, ORG_WORDS, PLACE_WORDS, TEAM_WORDS,
    TITLE_WORDS, countries, country_names, demonyms,
)
from quiz.generate.mentions import (
    ROLE_MODIFIERS, Mention, dateline_place, find_mentions, kind_of, tokenize,
)
from quiz.generate.person_evidence import doubtful_people, person_pronoun_after
from quiz.model import Category

_WORD = re.compile(r"[\w'’-]+")
_BYLINE = re.compile(r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|"
                     r"\bcontributed reporting\b|^(?:Reporting|Writing|Editing) by\b")


def _is_byline(text: str) -> bool:
    return ("contributed" in text or text.startswith(("Reporting", "Writing", "Editing"))) \
        and _BYLINE.search(text) is not None


def extract_actors(article: Article) -> list[Fact]:
    """Every actor fact the article states clearly enough to ask about."""
    facts: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    names_in_article(article)  # cached for the entity index while the sentences are hot
    known = _known_names(article)
    for sentence in article.sentences:
        if sentence.is_heading or len(sentence.text) < 20 or _is_byline(sentence.text):
            continue
        found = list(_sentence_facts(article, sentence, known))
        if sentence.text[:1] in "HS" and sentence.text.startswith(("He ", "She ")):
            found.extend(_pronoun_facts(article, sentence, known))
        elif sentence.text[:3] == "It ":
            found.extend(_pronoun_facts(article, sentence, known, body=True))
        elif sentence.text[:1] == "H" and sentence.text.startswith(("His ", "Her ")):
            found.extend(_possessor_facts(article, sentence, known))
        if len(found) > 1:  # a post held is a better card than who said a quote, and any
            # question than a cloze (one card per name and sentence is kept)
            found.sort(key=lambda f: (", “" in f.question, not f.question))
            asked = {f.value for f in found if f.question}
            if asked and len(asked) < len(found):  # a cloze of a name a question asks for
                found = [f for f in found if f.question or f.value not in asked]
        for fact in found:
            key = (normalise(fact.answer), fact.question.lower())
            if key in seen:
                continue
            seen.add(key)
            facts.append(fact)
    return [fact for fact in _without_rivals(facts)
            if fact.question or fact.sentence.text.count(" ") >= _CLOZE_WORDS]


#: A one-word name opening a sentence, then an aside that calls it a body: "Rijkswaterstaat,
#: the government agency responsible for waterways, ...".
_NAME_DESCRIBED = re.compile(r"[A-Z][\w'’.&-]+, (?:the|an?) (?:[A-Za-z][\w'’-]* ){0,3}?(?:" +
                             "|".join(sorted(ORG_ROLE_WORDS | ORG_WORDS)) + r")\b")
#: Fewer words than this, and a sentence's cloze tells no more than the question it stands in
#: for: "The ___ criticised the plan."
_CLOZE_WORDS = 9


def _without_rivals(facts: list[Fact]) -> list[Fact]:
    """Facts less the short questions that another sentence of the article answers with
    another actor: "Which country conducted strikes?" when Iran strikes in one and the US in
    another."""
    short = {key for key in (_act_key(f.subject) for f in facts if f.question.count(" ") <= 7)
             if key is not None}
    if not short:
        return facts
    verbs = {key.partition(" ")[0] for key in short}
    doers: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.subject.partition(" ")[0] in verbs:
            key = _act_key(fact.subject)
            if key in short:
                doers.setdefault(key, []).append(fact)
    if all(len(group) < 2 for group in doers.values()):
        return facts
    return [fact for fact in facts if fact.question.count(" ") > 7 or not any(
        other.value != fact.value and other.sentence.index != fact.sentence.index
        for other in doers.get(_act_key(fact.subject) or "", ()))]


def _act_key(subject: str) -> str | None:
    """The verb and the object's head word of what an actor did ("conducted strikes")."""
    verb, _, rest = subject.partition(" ")
    if not rest or not (verb[-2:] == "ed" or verb in PAST_TO_BASE) or verb in SAY_VERBS:
        return None
    head, _, rest = rest.partition(" ")
    if head in _DETERMINERS:
        head = rest.partition(" ")[0]
    return f"{verb} {head}" if head else None


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "some", "two", "more"})


@dataclass(frozen=True, slots=True)
class _Known:
    """What the whole article tells about its names (lower-cased)."""

    people: frozenset[str]  # surnames of the people it names in full or with a title
    names: frozenset[str]  # names (and their first words) written inside sentences, not first
    places: frozenset[str]  # names written as places ("in Braga", "the village of Rast")
    doubtful: frozenset[str]  # two-word names nothing marks as a person ("Kataib Hezbollah")
    bodies: frozenset[str]  # first words of bodies' names ("nordlys" of "Nordlys Systems")
    named_bodies: Bodies  # bodies' names of two words or more
    full_people: dict[str, str]  # a surname to the one full name the article gives it
    text: str  # the article's running text, to look words up in ("measles" in lower case)
    topic: str  # its headline and opening sentence, lower case: what the story is about
    headline: str  # its headline, lower case (the topic of its opening sentence)
    opening: int  # the index of its opening sentence


def _known_names(article: Article) -> _Known:
    people: set[str] = set()
    names: set[str] = set()
    placed: set[str] = set()
    acting: set[str] = set()
    bodies: set[str] = set()
    full: set[str] = set()
    bracketed: list[tuple[str, str]] = []
    with_the: set[str] = set()
    full_people: dict[str, set[str]] = {}
    for sentence in article.sentences:
        if sentence.is_heading:
            continue  # title case makes every headline word look like a name
        told = _told_names(sentence.text)
        people.update(told.people)
        names.update(told.names)
        placed.update(told.placed)
        acting.update(told.acting)
        bodies.update(told.bodies)
        bracketed.extend(told.bracketed)
        with_the.update(told.with_the)
        full.update(told.full_bodies)
        for name in told.full_people:
            full_people.setdefault(name.rsplit(" ", 1)[1].lower(), set()).add(name)
    placed.update(filter(None, (dateline_place(s.text) for s in article.sentences[:3]
                                if s.text[:2].isupper())))
    # ("ALDERMOOR, March 12 -": where the story was filed, not who acts)
    opening = next((s for s in article.sentences if not s.is_heading), None)
    headline = article.title.lower()
    return _Known(frozenset(people), frozenset(names), frozenset(placed - acting),
                  doubtful_people(article), frozenset(bodies - NOT_GIVEN_NAMES),
                  Bodies(frozenset(full), frozenset(with_the), tuple(bracketed)),
                  {k: next(iter(v)) for k, v in full_people.items() if len(v) == 1},
                  " ".join(s.text for s in article.sentences if not s.is_heading),
                  f"{headline} {opening.text.lower() if opening else ''}", headline,
                  opening.index if opening else -1)


class _Told(NamedTuple):
    """What one sentence tells about its names, lower-cased (see :class:`_Known`)."""

    people: tuple[str, ...]  # surnames of people named in full or with a role
    names: tuple[str, ...]  # names (and their first words) written after the first word
    placed: tuple[str, ...]  # names written as places
    acting: tuple[str, ...]  # names written acting or with a role, never places
    bodies: tuple[str, ...]  # first words of bodies' names
    full_bodies: tuple[str, ...]  # bodies' names of two words or more, as written
    bracketed: tuple[tuple[str, str], ...]  # (acronym, name) of "Name (ACRONYM)"
    with_the: tuple[str, ...]  # bodies' names written after "the"
    full_people: tuple[str, ...]  # people's names of two words or more, as written


@lru_cache(maxsize=8192)
def _told_names(text: str) -> _Told:
    """What the sentence ``text`` tells about its names (cached: news repeats sentences, and
    the article-wide sets are only their unions)."""
    people: list[str] = []
    names: list[str] = []
    placed: list[str] = []
    acting: list[str] = []
    bodies: list[str] = []
    full: list[str] = []
    bracketed: list[tuple[str, str]] = []
    with_the: list[str] = []
    full_people: list[str] = []
    for m in find_mentions(text):
        low = m.name.lower()
        if m.kind is AnswerKind.PERSON and " " in m.name and not m.possessive and all(
                word[:1].isupper() or "-" in word for word in m.name.split()):
            full_people.append(m.name)
        if m.start > 1 and not (text[1:2].isupper() and _after_dateline(text, m.role_start)):
            names.append(low)
            names.extend(low.split()[:1])  # "Nordlys" of "Nordlys Systems"
        if m.kind is AnswerKind.ORGANISATION:
            bodies.append(low.split()[0])  # ("chemical manufacturer Kemora": "fined Kemora")
            if " " in low and m.name[-1:].isalpha():
                full.append(m.name)
                if m.has_the and not m.role:
                    with_the.append(m.name)
                short = _BRACKETED.match(text, m.end) if "(" in text else None
                if short is not None:
                    bracketed.append((short.group(1), m.name))
        if m.role or m.kind is AnswerKind.COUNTRY:
            if m.kind is AnswerKind.PERSON:
                people.append(low.split()[-1])
            else:
                acting.append(low)  # "Chipmaker Halvex": a body, even "in Halvex" later
            continue
        if _is_place(text, m):
            placed.append(low)
            continue
        if m.kind is AnswerKind.PERSON:
            people.append(low.split()[-1])
        if _ACTS_AFTER.match(text, m.end):  # (not "Lisbon's mayor": a place has posts too)
            acting.append(low)
    return _Told(tuple(people), tuple(names), tuple(placed), tuple(acting), tuple(bodies),
                 tuple(full), tuple(bracketed), tuple(with_the), tuple(full_people))


#: An acronym in brackets right after a body's name: "the Central Anti-Corruption Bureau (CBA)".
_BRACKETED = re.compile(r" \(([A-Z][A-Z&.]{1,9})\)")
#: Words before a name that make it a place: "in Braga", "near the village of Rast", "the
#: port of Galați on the Danube", "grain bound for Constanța" ("along with X" and "towards X"
#: are not places; "at" and "from" name companies and clubs as often as places).
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|near|across|outside|inside|throughout|around|along|off|via|(?:move[sd]?|moving|"
    r"travell?ed|travel|fl(?:y|ew)|return(?:ed)?|relocated?|go|went|head(?:ed)?|fled|flee|"
    r"sailed|drove|walked) to|(?:bound|headed|"
    r"heading|destined) for)(?:\s+the)?|\bon\s+the|\b(?:city|town|village|port|province|"
    r"region|district|county|municipality|island|capital|suburb|state|river|valley|"
    r"neighbourhood|neighborhood) of)\s+$")
#: A common noun of place after a name: "the Drava river", "Minho Park", ", a town".
_PLACE_AFTER = re.compile(r"\s+(?:river|valley|mountains|delta|basin|estuary|region|"
                          r"(?:city|town|county|municipal)\s+(?:council|hall|government)|"
                          r"province|district|lake|dam|bridge|airport|(?:power\s+)?station)\b|,\s+an?\s+(?:\w+\s+)?(?:city|town|village|"
                          r"port|region|province|river|district|suburb)\b")
#: A name followed by a verb of saying or of an agent's act is an actor wherever else it is.
_ACTS_AFTER = re.compile(r"\s+(?:has\s+|had\s+|have\s+|will\s+)?(?:said|says|told|announced|"
                         r"warned|agreed|decided|signed|sold|bought|hired|fired|employs|"
                         r"plans|expects|apologi[sz]ed|demanded|rejected|approved|refused|"
                         r"denied|accused|urged|voted|unveiled|launched|acquired|reported|"
                         r"posted|beat|won|defeated|critici[sz]ed|welcomed|confirmed|"
                         r"appealed|sued|invested|shares)\b")


def _is_place(text: str, m: Mention) -> bool:
    """Whether the sentence writes the name ``m`` as a place (a city, a river, a region)."""
    if m.possessive:
        return False
    before = text[max(0, m.role_start - 12):m.role_start].rsplit(None, 2)
    last = before[-1] if before else ""
    prev = before[-2] if len(before) > 1 else ""
    if last == "in" and prev.lower() in _HOLDINGS:
        return False  # "Shares in Carrow Resources fell": what is owned, not where
    if last in _PLACE_CUES or last == "of" or last == "for" or prev and (
            last == "the" and (prev in _PLACE_CUES or prev == "on")
            or last == "to" and prev in _MOVES):
        if _PLACE_BEFORE.search(text, max(0, m.role_start - 40), m.role_start) is not None:
            return True
    return (text[m.end:m.end + 1] == " " or text[m.end:m.end + 1] == ",") and \
        _PLACE_AFTER.match(text, m.end) is not None


#: Verbs after which "to X" is where someone goes ("move to Lyon").
_MOVES = frozenset({"move", "moved", "moves", "moving", "travel", "travelled", "traveled", "fly",
                    "flew", "return", "returned", "relocate", "relocated", "go", "went", "head",
                    "headed", "fled", "flee", "moved", "sailed", "drove", "walked"})
#: Nouns of what is owned of a company, before "in" and its name ("a stake in X").
_HOLDINGS = frozenset({"shares", "share", "stake", "stakes", "holding", "holdings",
                       "shareholding", "shareholder", "shareholders", "stock", "equity"})
_PLACE_CUES = frozenset({"in", "near", "across", "outside", "inside", "throughout", "around",
                         "along", "off", "via"})


def _resolve(text: str, mentions: list[Mention], known: _Known) -> list[Mention]:
    """Mentions that are not part of another's role or places, with surnames known as people.

    A single capitalised word opening a sentence ("Volunteers joined ...") is a name only if
    the article also writes it capitalised inside a sentence. A name the article writes as a
    place ("in Galați", "the village of Rast") is where things happen, not who does them.
    """
    out: list[Mention] = []
    # (only a mention with a role before its name can hold another in that role)
    roles = [(o.role_start, o.start) for o in mentions if o.role_start < o.start] \
        if len(mentions) > 1 else ()
    for m in mentions:
        if roles and any(start <= m.start and m.end <= end for start, end in roles):
            continue
        if m.name[-1:] == "s" and plural_title(m.name):
            continue  # "opposition MPs": people of a role, no name (see actor_common_nouns)
        if m.kind is AnswerKind.ORGANISATION and text[m.end:m.end + 2] == ", " and \
                _OFFICE.match(m.name) and any(o.start == m.end + 2 and o.kind is AnswerKind.PERSON
                                              for o in mentions):
            continue  # "Britain's Secretary of State for Transport, Mark Harper, said": a post
        if "-" in text:
            m = with_given_name(text, m)
        if m.start == 0 and not m.role and text[:1].isupper() and " " in m.name:
            m = _role_split(m)
        if text[m.end:m.end + 1] == " " and m.kind is not AnswerKind.PERSON:
            suffix = _LEGAL_FORM.match(text, m.end)
            if suffix is not None:  # "Kemora AS": a company, and its legal form goes with
                # the name (an answer is the name alone: "Kemora" of "fined Kemora AS 12m")
                m = m._replace(end=suffix.end(), last_token=m.last_token + 1,
                               kind=AnswerKind.ORGANISATION)
        low = m.name.lower()
        if known.places and not m.role and m.kind in {None, AnswerKind.PERSON} \
                and low in known.places:
            continue
        single = m.kind is None and " " not in low
        if single and (m.role_start <= 1 or text[:1].isupper() and text[1:2].isupper() and
                       _after_dateline(text, m.role_start)) and \
                low not in known.names and low not in known.people:
            continue  # ("TORONTO — Secondary school teachers": capitalised by position)
        if single and low in known.people:
            m = m._replace(kind=AnswerKind.PERSON)
        elif single and low in known.bodies:
            m = m._replace(kind=AnswerKind.ORGANISATION)  # "Nordlys" of "Nordlys Systems"
        elif m.kind is AnswerKind.PERSON and not m.role and low in known.doubtful:
            m = m._replace(kind=AnswerKind.ORGANISATION)
        elif m.kind is AnswerKind.ORGANISATION and m.role and _owned_by_person(text, m, known):
            role = m.role  # "Owner Jakob Hartmann said ... he": capital by position
            if m.role_start == 0 and role[1:] == role[1:].lower():
                role = role.lower()
            m = m._replace(kind=AnswerKind.PERSON, role=role)
        elif m.kind is None and " " in low and low.split()[-1] not in PLACE_WORDS and (
                low.split()[0] in demonyms() or _after_demonym(text, m)):
            m = m._replace(kind=AnswerKind.ORGANISATION)  # "the Turkish Red Crescent"
        if m.role_start == 0 and m.role:
            m = _role_lowered(m, known.names)
        out.append(m)
    return out


def _after_dateline(text: str, at: int) -> bool:
    """Whether ``text[at]`` opens the story's first sentence after its dateline ("TORONTO — ",
    "MANILA, Oct 30 (AFP) - ")."""
    return at > 3 and _DATELINE.fullmatch(text, 0, at) is not None


_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+(?:,[^—–-]{0,30})?\s+[—–-]+\s+")
#: An office in capitals, which the finder takes for a body: "Minister for Resources",
#: "Cabinet Secretary for Health", "Secretary of State for Transport".
_OFFICE = re.compile(r"(?:[A-Z][a-z]+ )?(?:" + "|".join(sorted(
    w.capitalize() for w in TITLE_WORDS if w.isalpha())) + r") (?:of|for) ")
#: A company's legal form after its name: " AS", " Ltd", " GmbH".
_LEGAL_FORM = re.compile(r" (" + "|".join(sorted(LEGAL_FORMS, key=len, reverse=True)) +
                         r")\b(?![\w-])")


def _role_split(m: Mention) -> Mention:
    """A name opening a sentence with a common noun of a body's role, capitalised by position
    ("Owner Vantor Group said", "Regulator Finanstilsynet fined"), with that noun as its role."""
    head, _, rest = m.name.partition(" ")
    if head.lower() not in _OPENING_ROLES or not rest[:1].isupper():
        return m
    start = m.start + len(head) + 1
    return m._replace(name=rest, start=start, role=head.lower(), first_token=m.first_token + 1,
                      kind=kind_of(rest) or m.kind)


#: Common nouns of a body's or owner's role that never open a body's name.
_OPENING_ROLES = frozenset({"owner", "owners", "co-owner", "operator", "insurer", "retailer",
                            "carmaker", "automaker", "chipmaker", "drugmaker", "lender",
                            "regulator", "watchdog", "manufacturer", "developer", "supplier",
                            "publisher", "broadcaster", "carrier"})


def _owned_by_person(text: str, m: Mention, known: _Known) -> bool:
    """Whether ``m``, named after a role either a person or a body holds ("Owner Jakob
    Hartmann", "owner Vantor Group"), is a person: a name of a person's shape that opens with
    a given name, whose surname the article gives a person, or that a "he" or "she" follows."""
    if m.role.rsplit(None, 1)[-1].lower() not in _EITHER_OWNER or kind_of(m.name) is not \
            AnswerKind.PERSON:
        return False
    first, _, surname = m.name.lower().rpartition(" ")
    return first.split(None, 1)[0] in GIVEN_NAMES or surname in known.people or \
        person_pronoun_after(text, m.end) or _surname_alone(m.name, known.text)


def _surname_alone(name: str, article_text: str) -> bool:
    """Whether the article writes the last word of ``name`` alone, as news writes a person
    after naming them ("Hotel owner Sigrun Dahl ... Dahl bought"); a company goes by its first
    word ("Halvard Lines ... Halvard said")."""
    first, _, surname = name.rpartition(" ")
    if not first or len(surname) < 3 or not surname.isalpha():
        return False
    rest = article_text.replace(name, "")
    for found in re.finditer(r"\b" + re.escape(surname) + r"(?![\w'’-])(?! [A-Z])", rest):
        before = rest[max(0, found.start() - 30):found.start()].rsplit(None, 1)
        if not before or before[-1][-1] in ".!?\"”" or before[-1][0].islower():
            return True  # (alone: after a stop, a quote or a lower-case word)
    return False


#: Roles of a person or of a body (the finder takes them for a body's).
_EITHER_OWNER = frozenset({"owner", "owners", "co-owner"})


def _after_demonym(text: str, m: Mention) -> bool:
    before = text[max(0, m.start - 20):m.start].split()
    return bool(before) and before[-1].lower() in demonyms()


def _role_lowered(m: Mention, names: frozenset[str]) -> Mention:
    """"County engineer Maria Lopez said ...": a role opening the sentence is capitalised by
    position unless its first word is part of a name the article writes inside a sentence
    ("Rovers manager", where the article also writes "Northgate Rovers")."""
    head, _, tail = m.role.partition(" ")
    if not tail or not head[:1].isupper() or not head[1:].islower() or not tail.islower():
        return m
    low = head.lower()
    if low in demonyms() or low in country_names() or low in TEAM_WORDS or (
            low not in ORG_WORDS and low not in _ROLE_OPENERS and any(
                low in n.split() for n in names)):
        return m  # ("Museum director" is lowered even if "Green Vault Museum" is a name)
    if not (low in ORG_WORDS or low in PLACE_WORDS or low in GROUP_WORDS or low in TITLE_WORDS
            or low in ORG_ROLE_WORDS or low in ROLE_MODIFIERS or low.endswith(_COMMON_ENDS)
            or low in _ROLE_OPENERS):
        return m  # "Amazon founder Jeff Bezos": a name, for all the sentence tells
    return m._replace(role=f"{low} {tail}")


#: Common words that open a role and end in none of :data:`_COMMON_ENDS` ("Civil protection
#: chief", "Consumer group").
_ROLE_OPENERS = frozenset("""
    civil consumer human rights pressure advocacy industry farm patient safety emergency
    disaster fire rescue coast border transport aviation space climate labour labor tax
    customs prison court union student youth women's womens children's workers' teachers'
    business science research tourism water food drug medicines data privacy competition
    election electoral anti-corruption anti-doping refugee aid relief weather urban rural town
""".split())
#: Endings of common nouns and adjectives that open a role ("Shipping company", "Finance
#: Director"); a name rarely ends so.
_COMMON_ENDS = ("ing", "ment", "tion", "ary", "al", "ic", "ive", "ance", "ence")


def _sentence_facts(article: Article, sentence: Sentence, known: _Known) -> Iterator[Fact]:
    text = sentence.text
    found = find_mentions(text)
    if not found and "-" not in text:
        toks = tokenize(text)
        if not any(t.capitalised for t in toks[1:]) and not (
                toks and toks[0].lower in demonyms()) and not any(t.lower in SIDES for t in toks) \
                and not (toks and toks[0].trail == "," and _NAME_DESCRIBED.match(text)) \
                and not heads_in(text.lower()):
            return  # no name, no named group ("Iran-backed militias", "opposition councillors"),
            # nor a name the aside after it describes ("Rijkswaterstaat, the agency for ...,")
    mentions = with_bodies(text, _resolve(text, found, known))
    for actor, draft in sentence_rules(text, mentions, known.names).found(known.text):
        fact = _make_fact(article, sentence, actor, draft, known)
        if fact is not None:
            yield fact


def _pronoun_facts(article: Article, sentence: Sentence, known: _Known,
                   body: bool = False) -> Iterator[Fact]:
    """What a sentence opened by "He" or "She" says the one person named just before did
    (:mod:`~quiz.generate.actor_pronouns`), or one opened by "It" the body that opens the
    sentence before (``body``), with both sentences as the card's source."""
    before = article.sentences[sentence.index - 1] if sentence.index else None
    if before is None:
        return
    here = _resolve(sentence.text, find_mentions(sentence.text), known)
    there = _resolve(before.text, find_mentions(before.text), known)
    resolved = body_sentence(article, sentence, there, here) if body else pronoun_sentence(
        article, sentence, people(there), people(here), known.full_people)
    if resolved is None:
        return
    read = replace(sentence, text=resolved.text)
    for fact in _sentence_facts(article, read, known):
        if fact.question and (resolved.name in fact.question) != (
                fact.answer == resolved.name):
            # what the person did, or what was done to or for them ("To which body did Tom
            # Aldridge say he would appeal?")
            yield replace(fact, sentence=resolved.shown)


def _possessor_facts(article: Article, sentence: Sentence, known: _Known) -> Iterator[Fact]:
    """What a sentence opened by "His team, X," says X did to the one person named just
    before (:func:`~quiz.generate.actor_pronouns.possessor_sentence`): "Which team dropped
    Tom Aldridge from its Tour squad?", with both sentences as the card's source."""
    before = article.sentences[sentence.index - 1] if sentence.index else None
    if before is None:
        return
    there = _resolve(before.text, find_mentions(before.text), known)
    resolved = possessor_sentence(article, sentence, people(there), known.full_people)
    if resolved is None:
        return
    for fact in _sentence_facts(article, replace(sentence, text=resolved.text), known):
        if fact.question and resolved.name in fact.question and \
                normalise(fact.answer) != normalise(resolved.name):
            yield replace(fact, sentence=resolved.shown)


#: A preposition of place or motion left at the end of a question about its object.
_PLACE_STRANDED = re.compile(r" (?:to|from|in|into|near|towards?|through|across|around|outside|"
                             r"inside|via|at|off|past|beyond)$")


def _make_fact(article: Article, sentence: Sentence, actor: Actor, draft: Draft,
               known: _Known) -> Fact | None:
    question, anaphoric, answer, accept, subject, value = draft
    if sentence.text[:1] in _QUOTES and question.startswith(f"{actor.asker} told ") and \
            "“" not in question and " that " not in question and " to " not in question:
        return None  # '"We're not here to flip it," X told reporters at the ground': the
        # message is the quote, and who told whom where asks nothing
    if value in _SEATS_FOR_COUNTRIES and question.startswith(f"{actor.asker} ") and \
            question[len(actor.asker) + 1:].partition(" ")[0] not in SAY_VERBS:
        return None  # "the White House has kept troops there": the US, not a body of that name
    if actor.kind is AnswerKind.ORGANISATION and " " not in answer and question.startswith(
            actor.asker) and _BEING_A_PLACE.match(question, len(actor.asker)) is not None:
        return None  # "Which organisation will become the first city in Scotland to ...?" of
        # "Edinburgh": a place that acts as a place, no body (nor the body named after it)
    if actor.asker == "Which government" and _PLACE_STRANDED.search(question):
        return None  # "Which government did farmers block the main road to?" of "the road to
        # Nairobi": a capital the act goes to, from or through is a place, not its government
    if "'s " in question or "’s " in question:
        question = owner_named(question, known.named_bodies.of_kind)
    full = known.named_bodies.full_name(answer) if known.named_bodies.names and (
        answer.isupper() or actor.kind is AnswerKind.ORGANISATION) else None
    if full is not None and full not in question:
        # "The ICU raised ...", "Seaways said ...": the card answers with the full name
        accept = (answer, *(form for form in accept if form != full and form != f"the {full}"))
        answer, value = full, normalise(full)
    if question.startswith(_ITS_POST):
        question = _its_owner(question, article, sentence, known)
        if question is None:
            return None
    if actor.kind is AnswerKind.PERSON and " " not in answer:
        named = known.full_people.get(answer.lower())
        if named is not None and named not in question:
            # '"...," Oduya said' after "Its chief executive, Graham Oduya": the full name
            accept = (answer, *(form for form in accept if form != named))
            answer, value = named, normalise(named)
    unresolved = False
    if anaphoric:
        resolved = _resolved(question, actor.asker, sentence.text, article)
        if resolved is None or points_elsewhere(resolved, actor):
            # "Who discussed the matter?": what matter, the question does not tell; the
            # sentence, whole in a cloze, does as much as the article
            unresolved = True
        else:
            question = resolved
    if actor.asker == "Who" and actor.kind is AnswerKind.ORGANISATION and question.startswith(
            "Who ") and (_SAID_ITSELF.search(question) if actor.guessed else _ITSELF.search(
                question.split(" that ", 1)[0].split(" which ", 1)[0])) is not None:
        # (not the "it" of a clause about another: "the council that said it would"; nor the
        # "its" of one unknown name, which may be a town's: "Toronto banned ... its streets")
        # "Who said it would cut 40 jobs?" of a body named like a person: "it" tells a body
        actor = actor._replace(asker="Which organisation")
        question = f"Which organisation{question[3:]}"
    elif actor.asker in _GENERIC_ASKERS and question.startswith(f"{actor.asker} ") and \
            actor.asker[6:] in answer.lower().split():
        # "Which organisation ...?" of the Ocean Monitoring Organisation: its kind is its name
        other = _GENERIC_ASKERS[actor.asker]
        question = f"{other}{question[len(actor.asker):]}"
        actor = actor._replace(asker=other)
    if question.endswith(_BARE_EVENTS) and " say" not in question and " said " not in question \
            and sum(question.rsplit(" ", 1)[1] in s.text for s in article.sentences) >= 3:
        return None  # "Who was behind the attacks?" where the article tells of several
    topic = known.topic if sentence.index != known.opening else known.headline
    common = actor.answer[-1:].islower() and actor.kind is not AnswerKind.PERSON and \
        actor.kind is not AnswerKind.COUNTRY and common_actor(actor.answer) is not None
    # (a common noun's head is in lower case: "Prosecutors", "opposition MPs")
    if topic and common and len(answer.removeprefix("the ").split()) == 1:
        topic = ""  # "Who would now patrol both ends of the bridge?" -> "officers": a kind
        # with no word of its own is worth asking only where the question names its act fully
    if common and (actor.kind is AnswerKind.GROUP and _FORECAST.match(
            question, len(actor.asker)) is not None or _ABLE.match(
            question, len(actor.asker)) is not None):
        return None  # ("cash that ___ can demand as bribes" of "police officers": what a
        # kind can do, its cloze guessed from the rest of the sentence; a body named by a
        # word of its own is expected to act as a name is: "Which body is expected to ...?")
    if common and " " not in answer.removeprefix("the ") and _kind_named(
            article, sentence, answer.removeprefix("the ").lower()):
        return None  # "Who found a flaw ...? -> researchers" where the article names them
    named = specified(question, actor.asker, answer, _context(article, sentence), topic)
    if named is not None and (" it" in named or " them" in named) and _dangling_object(
            named, actor.asker):
        named = None  # "Which retired engineer found it wrapped in newspaper?": found what?
    body = actor.kind is AnswerKind.ORGANISATION and answer.count(" ") > 1
    vague = named is None or unresolved or " that " in question and _FRONTED_PRONOUN.search(
        question) is not None or common and (_common_vague(question, body) or _ABLE.match(
            question, len(actor.asker)) is not None) or " described " in question and _cut_as(
            named or question, sentence.text)  # "Which organisation criticised the plan?":
    # a cloze says which; "Who said that she had slipped out of her enclosure?": who she is,
    # too; "Who found corrosion on two of its cables?" of "inspectors": whose, too; "Who
    # could not compete on costs?" of "smaller carriers": what they can do, no act; "Who
    # described the reliquary?" of "described the reliquary as ...": as what, it leaves out
    shown = answer if answer in sentence.text else next(
        (form for form in accept if form in sentence.text), answer)  # ("Whitlock said")
    if vague and common and actor.asker == "Which body" and " " not in answer:
        return None  # "a law passed by ___ in November" of "parliament": any reader fills it
    if vague and _cloze_gives_away(sentence.text, shown):
        return None  # "Analysts at ___ blamed ... its research pipeline" of "X Research"
    if _CUT_AFTER_AND.search(named or question) is not None:
        return None  # "Which organisation said it accepted the findings and had?": a
        # predicate cut short after its "and"
    question = first_upper(named or question) + "?"
    if actor.kind is AnswerKind.COUNTRY and " " in question and _CURRENCY_MODIFIER.search(
            question) and _demonym_of(question, answer):
        # "blocked X's planned 1.2 billion Australian dollar takeover": the sum says whose
        question = _CURRENCY_MODIFIER.sub("", question)
    if _leaks(question, answer, actor.accept):
        owner = None if vague else _tier_owner(question, actor.asker, answer)
        if owner is not None:  # "Which city's council voted ... to the whole city?" -> Kraków
            question, answer = owner
            accept = (*accept, actor.answer)
            value = normalise(answer)
        else:
            unleaked = _asker_unleaked(question, actor.asker, answer, actor.accept)
            if unleaked is None or vague and _sentence_leaks(sentence.text, answer):
                return None  # (the cloze of the sentence would give it away as well)
            question = unleaked
    if actor.kind is AnswerKind.COUNTRY and _demonym_of(question, answer):
        return None
    return Fact(category=Category.ACTOR, kind=actor.kind, article=article.file,
                sentence=sentence, question="" if vague else question, answer=answer,
                accept=accept, subject=subject, value=value)


#: What a kind of people can or cannot do, or is likely to: a state of theirs or a forecast,
#: no act ("Who could not compete with the region's giants?" of "smaller carriers": a cloze
#: at most; "Who is likely to block the harbour again?" of "local fishermen": nothing).
_ABLE = re.compile(r" (?:can|could|cannot|can't|couldn't|can’t|couldn’t)\b")
_FORECAST = re.compile(r" (?:is|are|was|were) (?:likely|unlikely|expected|set|due) to\b")


def _kind_named(article: Article, sentence: Sentence, kind: str) -> bool:
    """Whether a sentence of ``article`` other than ``sentence`` names the people of ``kind``
    ("two researchers at the University of Tartu, Kadri Saar and ...", "researchers Ana
    Ruiz and ..."): the bare kind is then no answer, those people are."""
    for other in article.sentences:
        if other.index == sentence.index or kind not in other.text:
            continue
        at = other.text.find(kind)
        while at >= 0:
            if _NAMED_AFTER_KIND.match(other.text, at + len(kind)) is not None:
                return True
            at = other.text.find(kind, at + len(kind))
    return False


#: What names the people of a kind right after it: a name, or a body's ("at the University
#: of X"), maybe after a comma.
_NAMED_AFTER_KIND = re.compile(r",? (?:(?:at|from|of|with) (?:the )?)?[A-Z][\w'’-]+")


def _cut_as(question: str, text: str) -> bool:
    """Whether ``question`` ends on what someone "described" where ``text`` goes on to say
    as what ("described the attack as 'cynical'"): the description is the fact, cut off."""
    at = question.rfind(" described ")
    return at >= 0 and f"{question[at + 11:]} as " in text


#: A question that ends on "and" or "and" and an auxiliary: its second act was cut off.
_CUT_AFTER_AND = re.compile(r"\b(?:and|or|but)(?: (?:had|has|have|was|were|is|are|would|will|"
                            r"could|should|can|may|might|must|been))?$")
#: A statement said before its speaker, opened by a pronoun ("She had slipped out ..., X
#: said" -> "Who said that she had slipped out ...?"): it stands for someone the card's
#: question does not name.
_FRONTED_PRONOUN = re.compile(r"\b(?:said|says|told \w+) that (?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|"
                              r"[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\b")
#: What a question of people named by a common noun leaves untold: whose "its" is ("Who found
#: corrosion on two of its cables?" of "inspectors") or an act they undergo ("Who will have
#: to travel 19 miles?" of "residents").
_COMMON_VAGUE = re.compile(r"\b(?:its|their|they|them|it|his|her|he|she)\b|"
                           r" (?:will|would|may|might|had|have|has) to ")


def _common_vague(question: str, body: bool = False) -> bool:
    """Whether ``question`` has a pronoun with no noun before it in the question to stand
    for ("its cables", but not "fined the bank ... its customers"), or an act undergone. A
    ``body``'s "its" is its own ("Which body sold its stake in X?" of "the regional health
    authority"); people's is another's. (A body named by two words is not one: "Which
    government cut its budget?" of "regional government" says which no more than "its".)"""
    if body and " its " in question:
        question = _ITS.sub("", question)
    if _SAID_ITSELF.search(question) is not None:  # "Which board said it would keep its
        # buildings open?": "it" and "its" are the board's own
        question = _ITSELF_WORDS.sub("", question)
    if " own " in question:  # "Who offered to record sightings from their own boats?"
        question = _OWN.sub("", question)
    match = _COMMON_VAGUE.search(question)
    if match is None:
        return False
    return match.group().startswith(" ") or _NOUN_BEFORE.search(question, 0,
                                                                match.start()) is None


_ITS = re.compile(r"\bits\b")
#: What the subject owns, named as its own: "their own boats".
_OWN = re.compile(r"\b(?:its|their|his|her) own\b")
#: A statement about the speaker itself: "said it would", "announced they had".
_SAID_ITSELF = re.compile(r"\b(?:said|says|announced|warned|added|stated) (?:it|they)\b")
_ITSELF_WORDS = re.compile(r"\b(?:it|its|they|their|them)\b")
#: A noun the question names before a pronoun: "the bank", "a club", "Coral Air".
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an) \w|(?<!^)(?<!\. )\b[A-Z]\w")


#: A predicate that makes its subject a place: " will become the first city", " is a town".
_BEING_A_PLACE = re.compile(
    r" (?:(?:will|would|could|may|might|has|have|had)\s+)?(?:be|been|become|becomes|became|is|"
    r"was|remains?|remained)\s+(?:the|a|an|one\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?(?:city|"
    r"cities|town|towns|village|capital|country|region|port|state|nation|province|island|"
    r"municipality|district|destination)\b")


def _asker_unleaked(question: str, asker: str, answer: str,
                    accept: tuple[str, ...]) -> str | None:
    """``question`` with the words of its asker's role that the answer's name repeats left out
    ("Which regional water agency said ...?" of the Catalan Water Board: "Which regional
    agency said ...?"), or ``None`` when the rest still gives the answer away."""
    words = asker.split()
    if len(words) < 3 or words[0] != "Which" or not question.startswith(f"{asker} "):
        return None
    keys = set(_key_words(answer))
    kept = [w for w in words[1:-1] if w.lower() not in keys]
    if len(kept) == len(words) - 2:
        return None
    shorter = " ".join(["Which", *kept, words[-1]]) + question[len(asker):]
    return None if _leaks(shorter, answer, accept) else shorter


def _tier_owner(question: str, asker: str, answer: str) -> tuple[str, str] | None:
    """``question`` asked for the place whose body of a tier ``answer`` is, with that place
    ("Kraków city council" asked "Which council voted ... to the whole city?" is asked "Which
    city's council ...?" of Kraków: the tier's word in what it did tells which tier, not which
    council), or ``None`` when the answer is no such body or the place leaks as well."""
    tiered = _TIERED_BODY.fullmatch(answer) if question.startswith(f"{asker} ") else None
    if tiered is None or tiered.group("place").lower() in question.lower():
        return None
    tier, head = tiered.group("tier").lower(), tiered.group("head").lower()
    return f"Which {tier}'s {head}{question[len(asker):]}", tiered.group("place")


#: A body named by its place, its tier and its kind: "Kraków city council".
_TIERED_BODY = re.compile(r"(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?) (?P<tier>city|town|"
                          r"county|district|province|region) (?P<head>council|government|"
                          r"assembly|authority)")


def _sentence_leaks(text: str, answer: str) -> bool:
    """Whether ``text`` without ``answer`` holds the name's last word or half its words ("the
    finance union ___" of "Unite Finance"), so that its cloze gives the answer away."""
    at = text.find(answer)
    rest = set(_QUESTION_WORD.findall(f"{text[:at]} {text[at + len(answer):]}".lower()))
    own = [w for w in _QUESTION_WORD.findall(answer.lower()) if w not in _STOP_IN_NAMES]
    return bool(own) and (own[-1] in rest or 2 * sum(w in rest for w in own) >= len(own) > 1)


def _dangling_object(question: str, asker: str) -> bool:
    """Whether the act of ``question`` has "it" or "them" for its object ("found it wrapped
    in newspaper", "sold them in 2019"), which points to a sentence the card does not show
    ("said it was", "hopes it will": "it" opens the statement, not the act's object)."""
    rest = question[len(asker):].split() if question.startswith(asker) else []
    if len(rest) < 2 or rest[1] not in {"it", "them"}:
        return False
    verb, after = rest[0], rest[2] if len(rest) > 2 else ""
    return verb not in SAY_VERBS and verb not in _THINKING and after not in _FINITE_AFTER


#: Verbs of thinking whose "it" opens a clause ("expects it will").
_THINKING = frozenset({"believes", "believed", "expects", "expected", "hopes", "hoped",
                       "thinks", "thought", "fears", "feared", "knew", "knows", "insisted",
                       "argued", "claimed", "warned", "added", "says", "told", "promised"})
#: Words after "it" that make it the subject of a clause ("said it was", "found it had").
_FINITE_AFTER = frozenset({"was", "were", "is", "are", "had", "has", "have", "would", "will",
                          "could", "can", "should", "must", "might", "may", "did", "does"})
_QUOTES = frozenset("\"“'‘")
#: Buildings that news names for a country's government: what they say or are sent is
#: theirs ("the White House said"), but what they do is the country's ("the White House has
#: kept troops in Iraq"), and a card asking which organisation did it misleads.
_SEATS_FOR_COUNTRIES = frozenset({"white house", "downing street", "number 10", "blue house",
                                  "zhongnanhai", "quai d'orsay", "elysee palace",
                                  "élysée palace"})
#: Askers of a body's kind, and what to ask with when the body's name holds that word.
_GENERIC_ASKERS = {"Which organisation": "Which body", "Which body": "Which organisation"}
#: "it" or "its" in a question: what the subject calls itself, a body and not a person.
_ITSELF = re.compile(r" it(?:s|self)? ")
#: "Who is its chief executive": a post of the body the sentence before is about.
_ITS_POST = ("Who is its ", "Who was its ")


def _its_owner(question: str, article: Article, sentence: Sentence, known: _Known) -> str | None:
    """``question`` with "its <post>" written "the <post> of <body>", the body the sentence
    before opens with ("The AIF said ... . Its chief executive, Y, ..."), or ``None`` when that
    sentence opens with no body of its own."""
    if sentence.index == 0:
        return None
    before = article.sentences[sentence.index - 1]
    if before.is_heading or before.paragraph != sentence.paragraph and before.text[:1] in "\"“":
        return None
    found = _resolve(before.text, find_mentions(before.text), known)
    body = found[0] if found and found[0].first_token <= 1 else _only_body(before.text, found)
    if body is None or body.kind is not AnswerKind.ORGANISATION or body.possessive:
        return None  # ("Its" after "Petra Lund said ..." or "On Monday the board ...")
    name = f"the {body.name}" if body.has_the else body.name
    be, _, post = question.removeprefix("Who ").partition(" its ")
    return f"Who {be} the {post} of {name}"


#: Before a body's name that a sentence is about: "by (the ...,) " or "The <role>, ".
_ITS_BODY_BEFORE = re.compile(r"(?:\bby\s+(?:the\s+)?(?:[a-z][\w'’-]*(?:\s+|,\s+$)){0,4}|"
                              r"^[Tt]he\s+[^,]{1,40},\s+)$")


def _only_body(text: str, found: list[Mention]) -> Mention | None:
    """The one body ``text`` names (its acronym aside: "the App Drivers Union, or ADU"), when
    it names no one and nothing else that "its" could be but places ("in the Netherlands"), and
    the sentence is about it: it is the agent ("was brought by X") or the opening subject's
    name ("The centre's operator, X, said"), not the object of an unnamed body ("The miners'
    union accused X": "its president" is the union's)."""
    bodies = [m for m in found if m.kind is AnswerKind.ORGANISATION]
    if not bodies or any(m.name != acronym(bodies[0].name) for m in bodies[1:]) or \
            _ITS_BODY_BEFORE.search(text, 0, bodies[0].role_start) is None:
        return None
    if any(m.kind is not AnswerKind.ORGANISATION and not (
            m.kind is AnswerKind.COUNTRY and text.endswith(("in ", "in the "), 0, m.role_start))
           for m in found):
        return None
    return bodies[0]


def _cloze_gives_away(text: str, answer: str) -> bool:
    """Whether ``text`` without the answer still holds a word of the answer's name."""
    at = text.find(answer)
    rest = f"{text[:at]} {text[at + len(answer):]}".lower() if at >= 0 else text.lower()
    words = set(_QUESTION_WORD.findall(rest))
    own = _QUESTION_WORD.findall(answer.lower())
    kinds = ORG_WORDS if len(own) >= 3 else frozenset()  # ("the union said" of "National
    # Union of Hospital Workers": its kind, not its name)
    return any(len(word) > 3 and word in words for word in own
               if word.isalpha() and word not in _STOP_IN_NAMES and word not in kinds)


def _context(article: Article, sentence: Sentence) -> list[str]:
    """The sentence and the two before it, nearest first: where a bare "the plan" is named."""
    at = sentence.index
    return [sentence.text, *(s.text for s in article.sentences[max(0, at - 2):at][::-1])]


def _leaks(question: str, answer: str, accept: tuple[str, ...]) -> bool:
    low = question.lower()
    words: set[str] | None = None  # the question's words, read once a key word is in it
    for form in (answer, *accept):
        keys = _key_words(form)
        present = [w for w in keys if w in low]
        if not present:
            continue
        if words is None:
            words = set(_QUESTION_WORD.findall(low))
        hits = [w for w in present if w in words or " " in w or not w.isalnum()]
        if not hits:
            continue
        kind = _kind_word(form)
        if kind and len(hits) == 1 and any(
                w not in hits and w not in demonyms() and w not in country_names() for w in keys):
            # "Which body said exports of black tea fell?" of the Kenya Tea Development Agency:
            # one word of a body's name before its kind word tells no more than the topic, as
            # long as another word is still to find (a nation's is not: "Whose board banned X
            # from football?" gives away the Turkish Football Federation)
            continue
        if keys[-1] in hits or 2 * len(hits) >= len(keys):
            return True
    return False


def _kind_word(form: str) -> str:
    """The body word that ends a name ("board" of "Kenya Tea Board"), or ""."""
    last = form.rsplit(None, 1)[-1].lower() if form.strip() else ""
    return last if last in ORG_WORDS else ""


_QUESTION_WORD = re.compile(r"[\w.-]+")
#: A question ending on one of these asks about which of them, when the article has several.
_BARE_EVENTS = tuple(f" the {noun}" for noun in (
    "attacks", "strikes", "airstrikes", "raids", "killings", "bombings", "protests", "clashes",
    "explosions", "shootings", "arrests"))
_INTO = ("in ", "to ", "into ", "in the ", "to the ")
_MOTION = frozenset({"sent", "send", "sends", "deployed", "deploy", "moved", "returned", "went",
                     "travelled", "traveled", "flew", "brought", "dispatched", "shipped"})


def _resolved(question: str, asker: str, text: str, article: Article) -> str | None:
    """``question`` with what it points back to named, or ``None`` when that cannot be told:
    "this bilateral dialogue" is "the bilateral dialogue" when an earlier sentence names one;
    "sent troops there" is "sent troops to Iraq" when the sentence names one country."""
    rest = question[len(asker):]
    verb = rest.split(None, 1)[0] if rest.strip() else ""
    said = verb in SAY_VERBS or " that " in rest or "“" in rest
    cut = len(asker) + (min((rest.find(w) for w in (" that ", "“") if w in rest),
                            default=len(rest)) if said else len(rest))
    out = question
    for match in reversed(list(ANAPHORS.finditer(question, len(asker), cut))):
        if match.group("vague"):
            return None
        if match.group("this"):
            noun = match.group("noun")
            earlier = " ".join(s.text for s in article.sentences if s.text != text)
            if noun not in earlier or noun.split()[0] in AUXILIARIES:
                return None
            out = f"{out[:match.start()]}the {noun}{out[match.end():]}"
            continue
        places = {m.name for m in find_mentions(text)
                  if m.kind is AnswerKind.COUNTRY and text.find(" there") > m.end
                  and text[max(0, m.role_start - 8):m.role_start].endswith(_INTO)}
        if len(places) != 1:
            return None
        place = places.pop()
        before = out[:match.start()].split()
        how = "to" if any(w in _MOTION for w in before[-4:]) else "in"
        out = f"{out[:match.start()]}{how} {place}{out[match.end():]}"
    return out




#: A sum in a country's currency written before a noun ("1.2 billion Australian dollar
#: takeover"), which names the country.
_CURRENCY_MODIFIER = re.compile(r" (?:\d[\d.,]*(?: (?:million|billion|trillion))? )?[A-Z][a-z]+ "
                                r"(?:dollar|crown|pound|franc|peso|rupee|rand|real|lira)"
                                r"(?= [a-z])")


def _demonym_of(question: str, country: str) -> bool:
    """Whether ``question`` calls something by the answer's people ("the Australian dollar"
    for Australia): it gives the country away."""
    table = countries()
    own = table.get(country.lower(), country)
    return any(table.get(word.lower()) == own for word in _CAPITALISED.findall(question, 1))


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


@lru_cache(maxsize=16384)
def _key_words(form: str) -> tuple[str, ...]:
    """The words of an answer form that would give it away in a question (cached: the same
    names are answers again and again)."""
    bare = strip_title(form)
    words = [w.lower() for w in _WORD.findall(bare)]
    names = [w for w in words if len(w) >= 3 and w not in _STOP_IN_NAMES
             and w not in ORG_WORDS and w not in GROUP_WORDS]
    own = [w for w in names if w not in countries()]
    if len(own) >= 2:
        names = own  # "Islamic Resistance in Iraq": "Iraq" in a question gives nothing away
    if not names and words:
        return (bare.lower(),)
    return tuple(names)


_STOP_IN_NAMES = frozenset({"the", "and", "of", "for", "some", "group", "forces", "force",
                            "which", "who", "what", "whose",  # every question has one
                            "state", "states", "united", "national", "new", "international",
                            "general", "army", "military", "government", "ministry",
                            "department", "party", "front", "council", "committee",
                            "officials", "militias", "militants", "people", "news", "family"})
