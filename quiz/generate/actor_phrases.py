"""Which noun phrases name an actor, and how a question asks for each ("Which country")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from quiz.generate.actor_common_nouns import common_actor, named_members, plural_title
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import is_pronoun
from quiz.generate.lexicon import (
    COMPANY_TAILS, GROUP_WORDS, MEDIA_WORDS, NATIONAL_NOUNS, NOT_NAME_WORDS, ORG_ROLE_WORDS,
    ORG_WORDS, TEAM_WORDS, TITLE_WORDS, capitals, demonyms,
)
from quiz.generate.mentions import ROLE_MODIFIERS, Mention, Token, kind_of, tokenize

_LEGISLATURE = frozenset({"parliament", "congress", "senate", "assembly", "council", "court",
                          "cabinet", "committee", "commission", "tribunal", "board"})
#: Heads of a body's name that are only a category ("Which ministry ...?" gives nothing away
#: about "the Ministry of Health"); a head like "bank" or "union" is part of the name itself
#: ("Czech National Bank"), so those bodies are asked as "Which organisation".
_NAMED_HEADS = frozenset({"ministry", "department", "agency", "army", "military", "government",
                          "administration", "party", "coalition", "alliance", "militia",
                          "council", "committee", "parliament"})
_QUANTIFIERS = frozenset({"some", "many", "several", "most", "few", "numerous", "other"})
DETERMINERS = frozenset({"the", "a", "an"})
PREPOSITIONS = frozenset({"with", "to", "from", "against", "for", "by", "about", "on"})
_GROUPISH = GROUP_WORDS | frozenset({"group", "faction", "militia", "gang", "movement",
                                     "network", "cell", "band", "coalition", "alliance"})
_NAMED_AS = re.compile(r"\b(?:known as|calling (?:themselves|itself)|called|dubbed)\s+(?:the\s+)?")
_NATIONAL_BODY = re.compile(r"^(?:the\s+)?(?:(?:Western|Eastern|Northern|Southern|Central)\s+"
                            r"(?=[A-Z][a-z]+\s+government\b))?"
                            r"(?P<demonym>[A-Z][a-z]+)\s+(?P<head>government|"
                            r"parliament|army|military|navy|police|cabinet|presidency|"
                            r"ministry|senate|congress|judiciary|court|embassy)$", re.IGNORECASE)


class Actor(NamedTuple):
    """An actor noun phrase: the answer and how a question asks for it (a named tuple: the
    rules build one for every subject and object they try)."""

    answer: str
    kind: AnswerKind
    asker: str  # "Who", "Which country", "Which Iraqi Prime Minister", ...
    accept: tuple[str, ...] = ()
    role: str = ""  # the role as written, accepted with the name but not a leak
    quiet: tuple[str, ...] = ()  # accepted forms that repeat the question's words by design
    guessed: bool = False  # the kind is a guess: one unknown name ("Voltra", "Hale-Bopp")


_BODY = re.compile(r"\b(?P<name>(?P<demonym>[A-Z][a-z]+)\s+(?:government|parliament|army|"
                   r"military|navy|police|cabinet|presidency|senate|congress|judiciary|"
                   r"embassy))\b(?![’'-])")
#: The nouns ``_BODY`` ends on: a sentence with none of them names no national body.
_BODY_NOUNS = ("government", "parliament", "army", "military", "navy", "police", "cabinet",
               "presidency", "senate", "congress", "judiciary", "embassy")


def with_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions plus national bodies named by a demonym ("the Iraqi government", "the
    French navy"): organisations that act and are acted on like names."""
    if not any(head in text for head in _BODY_NOUNS):
        return mentions
    extra: list[Mention] = []
    toks: Sequence[Token] = ()
    for match in _BODY.finditer(text):
        start, end = match.span("name")
        if match.group("demonym").lower() not in demonyms() or any(
                m.role_start < end and start < m.end for m in mentions):
            continue
        toks = toks or tokenize(text)
        first = next((i for i, t in enumerate(toks) if t.start <= start < t.end), None)
        if first is None or first + 1 >= len(toks):
            continue
        has_the = first > 0 and toks[first - 1].lower == "the" and not toks[first - 1].trail
        extra.append(Mention(name=match.group("name"), start=start, end=end, role="",
                             role_start=start, first_token=first, last_token=first + 1,
                             possessive=toks[first + 1].possessive,
                             kind=AnswerKind.ORGANISATION, has_the=has_the))
    if not extra:
        return mentions
    return sorted([*mentions, *extra], key=lambda m: m.role_start)


#: "Kenji Watanabe of Kyoto University", "Sarah Moran of the University of Arizona".
_AFFILIATION = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*"
                          r"(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w.'’-]*){0,5}$")
_FIRST_PERSON = frozenset({"our", "my", "your", "we", "us", "i"})

#: Legal forms written after a company's name ("Vestlaks AS", "Halvex Ltd").
LEGAL_FORMS = frozenset({"AS", "ASA", "AB", "AG", "SA", "SE", "NV", "BV", "Ltd", "plc", "PLC",
                         "Inc", "GmbH", "Oy", "Oyj", "SpA", "LLC", "Corp"})
#: Names that never answer "who": gods, diseases, continents and bodies of the sky.
NEVER_ACTORS = frozenset({"god", "allah", "covid", "internet", "europe", "asia", "africa",
                          "antarctica", "oceania", "arctic", "earth", "moon", "sun", "mars",
                          "balkans", "caribbean", "scandinavia"})
#: Buildings that news uses for a government ("the Kremlin said").
#: A town after a body's name in a subject: "(The Halden Museum) in Oslo".
_AGED = ("-year-old", "-year-olds")
_IN_PLACE = re.compile(r"\s+in\s+(?P<place>[A-Z][\w'’-]+)\s*")
_SEATS_OF_POWER = frozenset({"kremlin", "elysee", "élysée", "downing street"})


def actor_for(text: str, toks: Sequence[Token], mentions: list[Mention], start: int,
              end: int) -> Actor | None:
    """The actor that the span ``text[start:end]`` names exactly, or ``None``.

    Someone the article does not name ("a senior administration official") is no answer:
    nothing tells them apart from anyone else.
    """
    span = text[start:end].strip()
    if not span or is_pronoun(span) or span.split(None, 1)[0].lower() in _FIRST_PERSON:
        return None  # ("Our members are leaving": the speaker's own, named by no one)
    if (" on " in span or " in " in span or " last " in span or " earlier " in span) and \
            span[-1:].isalnum():
        when = _TIME_AFTER.search(span)
        if when is not None:  # "The Supreme Court of Kenya on Tuesday blocked ..."
            end -= len(span) - when.start()
            span = span[:when.start()]
    if span.endswith(_ADVERB_ENDS):
        # "The Uganda Coffee Exporters Association now | expects": the adverb is the verb's
        end = start + len(text[start:text.rfind(span.rsplit(None, 1)[-1], start, end)].rstrip())
        span = text[start:end].strip()
    common = common_actor(span) if (span[-1:].islower() or " in " in span) and not any(
        m.role_start >= start and m.end <= end and " in " not in text[start:m.role_start]
        and not plural_title(m.name) for m in mentions) and not quoted(
        text, start) and _NAMED_NEXT.match(text, end) is None else None
    if common is None and span[:1] in "TtBb" and text[end:end + 1] == ",":
        common = named_members(text, span, end)
    if common is not None:  # "Prosecutors", "the country's emergencies ministry"
        return Actor(*common)
    bare_start = start + (4 if span.lower().startswith("the ") else 0)
    opening = text[bare_start:end].split(None, 1)
    if len(opening) == 2 and (opening[0].lower() in demonyms() or opening[0].endswith(
            _AGED)) and opening[1][:1].isupper():
        bare_start = end - len(opening[1])  # "the Turkish Red Crescent": the name after it;
        # "Seventeen-year-old Lena Berg": her age is no part of her name
    inside = [m for m in mentions if m.role_start >= start and m.end <= end]
    if len(inside) == 2 and inside[0].kind is AnswerKind.PERSON and text[
            inside[0].end:inside[1].role_start].strip() == "of" and inside[1].end >= end - 1:
        actor = mention_actor(inside[0]) if inside[0].role_start <= bare_start + 1 else None
        if actor is not None:
            return actor  # "Professor Kenji Watanabe of Kyoto University"
    if len(inside) == 1 and inside[0].role and inside[0].kind is AnswerKind.PERSON and \
            inside[0].role_start > bare_start + 1 and inside[0].end >= end - 1 and \
            not inside[0].possessive:
        modifiers = text[bare_start:inside[0].role_start].split()
        if 0 < len(modifiers) <= 2 and all((w.islower() or not at and bare_start == 0 and w[
                1:].islower() and w.lower() not in demonyms()) and w.isalpha() and w.lower()
                                           not in _NOT_MODIFIERS for at, w in enumerate(modifiers)):
            # ("Shipping Minister X said": capitalised by its place)
            # "presiding judge Karin Olsen said": a word of the role the finder left out
            inside = [inside[0]._replace(role=f"{' '.join(modifiers)} {inside[0].role}",
                                         role_start=bare_start)]
    if len(inside) == 1 and inside[0].kind is AnswerKind.ORGANISATION and not inside[0].role \
            and inside[0].role_start > bare_start + 1 and inside[0].end >= end - 1 and \
            not inside[0].possessive:
        kind = _body_described(text[bare_start:inside[0].role_start])
        if kind is not None:  # "The Kampala-based think tank Agrarian Futures Institute"
            return Actor(inside[0].name, AnswerKind.ORGANISATION, f"Which {kind}")
    if len(inside) == 1 and not inside[0].role and " " in inside[0].name and \
            inside[0].end >= end - 1 and not inside[0].possessive and _PLACE_BASED.fullmatch(
                text, bare_start, inside[0].role_start - 1) is not None:
        # "proposed by Boise-based Summit Trail Homes": where a body is based, no kind given
        return Actor(inside[0].name, AnswerKind.ORGANISATION, "Which organisation")
    if len(inside) == 1 and inside[0].kind is None and not inside[0].role and \
            " " not in inside[0].name and start <= inside[0].role_start < inside[0].start and \
            inside[0].end >= end - 1 and text[inside[0].role_start:inside[0].start].strip(
            ).lower() in demonyms():
        # "Scottish Care", "British Gas": a nation's word before one unknown word is part of
        # the name (the finder reads it as "Iranian | Qasem Soleimani"; "Care" is no answer)
        whole = text[inside[0].role_start:inside[0].end]
        return Actor(whole, AnswerKind.ORGANISATION, "Which organisation", guessed=True)
    if len(inside) == 1:
        m = inside[0]
        affiliation = _AFFILIATION.match(text[m.end:end])
        if m.role_start <= bare_start + 1 and (m.end >= end - 1 or affiliation and m.kind is
                                               AnswerKind.PERSON) and not m.possessive:
            return mention_actor(m) or _speaker(text, span, start, end)
        if text[m.role_start - 3:m.role_start] in {"'s ", "’s "}:
            owned = _owned_body(text, m, start, end)
            if owned is not None:
                return owned
    if inside and inside[0].kind is AnswerKind.ORGANISATION and inside[
            0].role_start <= bare_start + 1 and " in " in span:
        placed = _IN_PLACE.fullmatch(text, inside[0].end, end)
        first = mention_actor(inside[0]) if placed is not None else None
        if placed is not None and first is not None and first.asker.startswith("Which "):
            # "The Halden Museum in Oslo will ...": the place tells which museum it is
            return first._replace(asker=f"{first.asker} in {placed.group('place')}")
    if len(inside) == 2 and inside[0].possessive and inside[0].kind is AnswerKind.COUNTRY and \
            inside[1].kind in _OWNED_BY_COUNTRY and not inside[1].role and \
            not inside[1].possessive and inside[0].role_start <= bare_start + 1 and \
            inside[1].end >= end - 1 and text[inside[0].end:inside[1].start] in _OWN_MARKS:
        holder = mention_actor(inside[1])
        if holder is not None:  # "Kenya's Mercy Wanjiru won": her country is no part of her
            # name ("Portugal's High Court of Appeals" is that court too)
            with_country = f"{inside[1].name} of {inside[0].name}" if holder.kind is \
                AnswerKind.PERSON else text[inside[0].start:inside[1].end]
            return holder._replace(accept=(*holder.accept, with_country))
    if len(inside) == 2 and not any(m.possessive for m in inside):
        a, b = inside
        between = text[a.end:b.role_start].strip().lower()
        if between == "(" and a.role_start <= bare_start + 1:
            first = mention_actor(a)
            if first is not None:
                return first._replace(accept=(*first.accept, b.name))
        # "The United States and Iraq held talks": two answers in one would be offered as
        # a distractor for either of them, so coordinated subjects are not asked about.
    family = _FAMILY.fullmatch(span) if span.endswith(" family") else None
    if family is not None and not is_pronoun(family.group("name")) and family.group(
            "name").lower() not in _NOT_MODIFIERS:  # "the Hollins family" (not "His family")
        return Actor(f"{family.group('name')} family", AnswerKind.GROUP, "Which family",
                     accept=(f"the {family.group('name')} family", family.group("name"),
                             f"the {family.group('name')}s"))
    possessive = possessive_body(text, mentions, start, end)
    if possessive is not None:
        return possessive
    whose = _whose(text, mentions, start, end)
    if whose is not None:
        return whose
    named = _NAMED_AS.search(span)
    if named is not None:
        inner = [m for m in mentions if m.role_start >= start + named.end() - 1
                 and end - 1 <= m.end <= end]
        if len(inner) == 1 and not inner[0].possessive:
            actor = mention_actor(inner[0])
            described = {w.lower() for w in span[: named.start()].split()}
            if described & _GROUPISH and (actor is not None or inner[0].kind is None):
                # "a faction of rebels known as the Red Dawn": the description tells the kind
                actor = Actor(inner[0].name, AnswerKind.GROUP, "Which group")
            if actor is not None:
                return actor  # "a group of militias known as the Islamic Resistance"
    national = _NATIONAL_BODY.match(span)
    if national and national.group("demonym").lower() in demonyms():
        head = national.group("head").lower()
        asker = f"Which {head}" if head in _NAMED_HEADS else "Which body" if \
            head in _LEGISLATURE else "Which organisation"
        return Actor(span[4:] if span.lower().startswith("the ") else span,
                     AnswerKind.ORGANISATION, asker)
    members = _MEMBERS_OF.match(span) if " " in span[3:15] and (
        " at " in span or " from " in span or " of " in span or " for " in span) else None
    if members is not None and _of_a_body(members.group("group"), members.group("one")):
        body = actor_for(text, toks, mentions, text.find(span, start) + members.end(), end)
        if body is not None and body.kind is AnswerKind.ORGANISATION and body.asker == "Who":
            body = body._replace(asker="Which organisation")  # ("Halvorsen Research")
        if body is not None and body.kind is not AnswerKind.PERSON and not body.guessed \
                and body.asker.startswith("Which "):
            # "researchers at the Kessler Institute found ...", "a spokesperson for Ryanair
            # said ...": asked for whose they are
            who = f"{members.group('one') or ''}{members.group('group')}"
            return body._replace(asker=f"{who[:1].upper()}{who[1:]} "
                                       f"{members.group('prep')} {first_lower_asker(body.asker)}")
    return _described_body(span) or _named_body(span) or _group_actor(
        span, at_start=start == 0 or text[:start].rstrip().endswith(_DASHES)) or _speaker(
        text, span, start, end)
    # (a dateline's dash opens the sentence: "REYKJAVIK (Reuters) - Aviation authorities")


def _speaker(text: str, span: str, start: int, end: int) -> Actor | None:
    """The name of unknown kind ``span`` (``text[start:end]``) as a speaker or a source, who
    acts as only people and bodies do ("..., the Red Cross said", "according to Oxfam"), or
    ``None``."""
    if not span.removeprefix("the ")[:1].isupper() or _SPEAKS.match(text, end) is None and \
            text[max(0, start - 13):start].lower() != "according to " and not (
            text[max(0, start - 6):start] in _SAID_BEFORE and text[end:end + 1] in _ENDS):
        return None  # (not "said Saxony would ...": a statement's subject)
    from quiz.generate.actor_agents import named_agent  # (it reads this module's names)
    return named_agent(span, opens_sentence(text, start))


def opens_sentence(text: str, at: int) -> bool:
    """Whether ``text[at]`` opens the sentence (maybe after a dateline's dash or a quote),
    where any word is capitalised ("Exporters said ...")."""
    before = text[:at].rstrip()
    return not before or before[-1] in _OPENERS


_OPENERS = frozenset("-—–\"“‘'(")
#: What ends a speaker named after "said": the sentence or an aside.
_ENDS = frozenset({"", ".", ","})


_DASHES = ("-", "—", "–")
#: A verb of saying right before its subject: "said (the Red Cross)".
_SAID_BEFORE = frozenset({" said ", " says ", "\" said ", "” said ", "\" says ", "” says "})
#: A verb of saying right after a subject: "(the Red Cross) said".
_SPEAKS = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|told|added|announced|stated|warned)\b")
#: Adverbs the clause finder may leave at the end of a subject, before its verb ("X now
#: expects", "X also said").
SUBJECT_ADVERBS = frozenset({"now", "also", "still", "later", "already", "since", "previously",
                             "reportedly", "then", "meanwhile", "subsequently", "initially",
                             "originally", "recently", "currently", "again", "finally",
                             "eventually", "separately", "too", "first", "last"})
def _body_described(words: str) -> str | None:
    """Words before a body's name that say what kind of body it is ("Kampala-based think
    tank", "state-owned oil company"), or ``None``."""
    parts = words.split()
    if not 1 <= len(parts) <= 4 or not all(
            w.islower() and w.replace("-", "").isalpha() or _PLACE_BASED.fullmatch(w)
            for w in parts):
        return None
    last = parts[-1].lower()
    if last not in ORG_ROLE_WORDS and last not in ORG_WORDS and last != "tank":
        return None
    return " ".join(parts)


#: "Kampala-based", "Paris-headquartered": where a body is, before its kind.
_PLACE_BASED = re.compile(r"[A-Z][\w'’]+-(?:based|headquartered)")
_ADVERB_ENDS = tuple(f" {word}" for word in sorted(SUBJECT_ADVERBS))
#: A family named by its surname: "the Hollins family", "the Agnelli family".
_FAMILY = re.compile(r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’-]+)\s+family")
#: Lower-case words before a role that are no part of it.
_NOT_MODIFIERS = frozenset({"the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at",
                            "by", "for", "with", "from", "as", "that", "this", "who", "which",
                            "said", "says", "told", "when", "while", "after", "before", "than",
                            "then", "also", "its", "their", "his", "her", "our", "some", "one"})
#: Kinds of a name a country's possessive may stand before ("Kenya's Mercy Wanjiru").
_OWNED_BY_COUNTRY = frozenset({AnswerKind.PERSON, AnswerKind.ORGANISATION})
#: What lies between a possessive name and the next: "Kenya's Mercy Wanjiru".
_OWN_MARKS = ("'s ", "’s ")


#: People of a body: "researchers at", "scientists from", "members of", "a spokesperson for".
_MEMBERS_OF = re.compile(r"^(?:[Tt]he\s+|(?P<one>[Aa]n?\s+))?(?P<group>[A-Za-z]+)\s+"
                         r"(?P<prep>at|from|of|for)\s+")


#: A name right after a common noun, which names it better: "The regional water agency, the
#: Catalan Water Board, said".
_NAMED_NEXT = re.compile(r",\s+(?:the\s+)?[A-Z]")


def quoted(text: str, at: int) -> bool:
    """Whether ``text[at]`` is inside a quote (a speaker's words are no fact of the story)."""
    before = text[:at]
    return "“" in before and before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _of_a_body(group: str, one: str | None) -> bool:
    """Whether ``group`` names people of a body: a plural of people ("engineers", "members")
    or, after "a", one person of it ("a spokesperson for")."""
    low = group.lower()
    if one:
        return low in TITLE_WORDS
    return low in GROUP_WORDS or low[-1:] == "s" and low[:-1] in TITLE_WORDS


#: A time written after a subject, before its verb: "on Tuesday", "in 2019", "last week".
_TIME_AFTER = re.compile(r"\s+(?:on\s+(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})|"
                         r"in\s+(?:\d{4}|[A-Z][a-z]+\s+\d{4})|last\s+(?:week|month|year|"
                         r"[A-Z][a-z]+day)|earlier\s+this\s+(?:week|month|year))$")


def _whose(text: str, mentions: list[Mention], start: int, end: int) -> Actor | None:
    """"Trump's aides", "Soleimani's assassination": asked as "Whose aides ..."."""
    for m in mentions:
        if not m.possessive or m.role_start > start + 4:
            continue
        after = text[m.end:end]
        parts = after.split(None, 1)
        body = parts[1] if len(parts) == 2 else ""
        words = body.split()
        if not 1 <= len(words) <= 3 or not all(w.isalpha() and w.islower() for w in words):
            continue
        if words[-1][-2:] == "ly" and words[-1] not in _LY_NOUNS:
            return None  # "Hartwell's originally said": an adverb, no noun (the shop's name)
        actor = mention_actor(m)
        if actor is None:
            return None
        if actor.kind is AnswerKind.COUNTRY:  # "Ireland's enterprise minister": whose
            # reads as a person's
            return actor._replace(asker=f"Which country's {body}")
        return actor._replace(asker=f"Whose {body}")
    return None


#: Nouns ending in "ly", which are no adverbs: "the party's ally", "Oslo's assembly".
_LY_NOUNS = frozenset({"family", "ally", "assembly", "rally", "supply", "monopoly", "anomaly",
                       "bully", "fly", "belly", "folly", "jelly", "lily", "homily"})


def mention_actor(m: Mention) -> Actor | None:
    kind = m.kind
    if len(m.name) < 2:
        return None  # "E" of "E. coli": an initial, not a name
    if kind is None:
        if " " in m.name or m.name.lower() in NEVER_ACTORS:
            return None
        # a single unknown name the article never gives as a person: an organisation
        return Actor(m.name, AnswerKind.ORGANISATION, org_asker(m.name), guessed=True)
    name = m.name
    answer = name
    role = clean_role(m.role, m.role_start == 0)
    accept: list[str] = []
    if kind is AnswerKind.PERSON:
        asker = f"Which {role}" if role else "Who"
    elif kind is AnswerKind.COUNTRY and (name.lower() in capitals()
                                         or name.lower() in _SEATS_OF_POWER):
        # "Baghdad said ...": a government named by its city; as a "country" it would be
        # offered among country names, where a city is an absurd choice
        asker, kind = "Which government", AnswerKind.ORGANISATION
    elif kind is AnswerKind.COUNTRY:
        asker = "Which country"
    elif kind is AnswerKind.GROUP:
        asker = "Who" if name.lower().endswith("s") else "Which group"
    elif role and (" " in role or role.lower() not in _VAGUE_ROLES) and (
            role.split()[-1].lower() in ORG_ROLE_WORDS or role.lower().endswith("maker")):
        # "Which British drugmaker developed the vaccine?", "Which chipmaker unveiled ...?"
        asker = f"Which {role if ' ' in role else role.lower()}"
    elif not role and name.rsplit(None, 1)[-1] in LEGAL_FORMS:
        asker = "Which company"  # "Vestlaks AS": its legal form says what it is
    elif not role and kind_of(name) is AnswerKind.PERSON:
        asker = "Who"  # a body named like a person ("Kataib Hezbollah"): which kind, unsure
    else:
        asker = org_asker(name)
    return Actor(answer, kind, asker, tuple(accept),
                 m.role if kind is AnswerKind.PERSON else "")


#: One-word roles of a body too vague to ask with ("Which group", "Which network").
_VAGUE_ROLES = frozenset({"group", "network", "organisation", "organization", "giant", "brand",
                          "label", "chain"})


@lru_cache(maxsize=4096)
def clean_role(role: str, sentence_start: bool = False) -> str:
    """A role fit for "Which <role> ...": ranks spelled out, honorifics and trailing ranks after
    a job title dropped, "X's commander" turned into "commander of X"."""
    words = role.replace("*", "").split()
    if len(words) > 1 and words[0].lower().endswith(_AGED[0]):
        words = words[1:]  # "Seventeen-year-old Indian sprinter": her age tells no one apart
        sentence_start = False
    if sentence_start and words and (words[0].lower() in TITLE_WORDS and len(words) == 1
                                     and words[0].lower() not in NATIONAL_NOUNS
                                     or (words[0].lower() in ROLE_MODIFIERS
                                         or words[0].lower() in _ROLE_BODIES)
                                     and all(w.islower() for w in words[1:])):
        words[0] = words[0].lower()  # "Coach Daniel Brenner said": capital by position
    if len(words) == 1 and words[0].lower() in TITLE_WORDS and words[0].lower() not in \
            NATIONAL_NOUNS:
        words[0] = words[0].lower()  # "Mayor Sadiq Khan" -> "Which mayor"
    if sentence_start and words and words[0].lower() in _TIME_MODIFIERS:
        words[0] = words[0].lower()  # "Former US President Donald Trump was ..."
    words = [w for w in words if w.lower().rstrip(".") not in _HONORIFICS]
    while len(words) > 1 and words[-1].lower().rstrip(".") in _RANKS and any(
            w.lower() in TITLE_WORDS and w.lower().rstrip(".") not in _RANKS for w in words[:-1]
    ) and not (words[-1].lower() == "general" and words[-2].lower() in _GENERAL_TITLES):
        words.pop()  # "Iraqi military spokesman Maj Gen" -> "Iraqi military spokesman"
    words = [_RANKS.get(w.lower().rstrip("."), w) if w[:1].isupper() else
             _RANKS[w.rstrip(".")].lower() if w.rstrip(".") in _RANKS else w
             for w in words]  # ("Col" lowered by position: "colonel")
    if not words:
        return ""
    if len(words) == 1 and words[0] == "Justice":
        return "judge"  # "Ms Justice Orla Brennan": a judge's title, asked "Which judge"
    if words[0][:1].isupper() and "-" in words[0] and words[0].split("-")[0].lower() in {
            "then", "ex", "former"}:
        words[0] = words[0].lower()
    text = " ".join(words)
    owner = re.match(r"^(?P<owner>.+?)['’]s\s+(?P<role>[a-z][\w -]*)$", text)
    if owner:
        text = f"{owner.group('role')} of {owner.group('owner')}"
    return text


#: Common nouns for bodies that open a role ("Union leader", "Police chief"): capitalised
#: only by position at the start of a sentence (team names such as "Rovers" are not here).
_ROLE_BODIES = frozenset("""
    union police party council club team army navy government company ministry department
    hospital school university board committee agency church court
""".split())

#: Titles that "general" completes rather than follows as a rank ("director general").
_GENERAL_TITLES = frozenset({"director", "secretary", "attorney", "governor", "inspector",
                             "surgeon", "solicitor", "auditor", "consul", "postmaster"})
_TIME_MODIFIERS = frozenset({"former", "then", "ex", "acting", "outgoing", "incoming", "late",
                             "interim"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "sir", "dame", "hon"})
_RANKS = {"gen": "General", "maj": "Major", "lt": "Lieutenant", "col": "Colonel",
          "capt": "Captain", "cmdr": "Commander", "adm": "Admiral", "sgt": "Sergeant",
          "brig": "Brigadier", "gov": "Governor", "sen": "Senator", "rep": "Representative",
          "prof": "Professor", "general": "General", "major": "Major"}


#: Media words that name other bodies as often ("Ontario Parent Network", "Climate Action
#: Network"): an outlet only with another media word ("Fox News Channel").
_WEAK_MEDIA_WORDS = frozenset({"network", "channel", "review", "wire", "daily",
                               "weekly", "associated"})


def org_asker(name: str) -> str:
    if " and " in name:
        pair = _pair_asker(name)
        if pair is not None:
            return pair
    words = [w.lower().strip(".,") for w in name.split()]
    media = [w for w in words if w in MEDIA_WORDS]
    if media and not any(w in {"ministry", "department"} for w in words) and (
            len(media) > 1 or media[0] not in _WEAK_MEDIA_WORDS):
        return "Which news outlet"
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1] if words else ""
    if head in _NAMED_HEADS:
        return f"Which {head}"
    if head in _LEGISLATURE or head == "office":
        return "Which body"  # ("Which office said ...?" reads oddly of "X's Office")
    if head in TEAM_WORDS or head in {"fc", "afc"}:
        return "Which club"  # "Northgate Rovers", "Riverside United"
    return "Which organisation"


def _pair_asker(name: str) -> str | None:
    """"Which two councils" of "Barton Council and Lowfield Council" (two bodies, each named
    with its kind; not one body with "and" in its name, "Avon and Somerset Police",
    "Transport and General Drivers' Union")."""
    first, _, second = name.partition(" and ")
    words = first.lower().split()
    if len(words) < 2 or "of" in words or "for" in words or (
            words[-1] not in ORG_WORDS and words[-1] not in COMPANY_TAILS) or \
            kind_of(second) is not AnswerKind.ORGANISATION:
        return None
    one, other = org_asker(first), org_asker(second)
    if one != other or one == "Which body":
        return "Which two organisations"
    noun = one[len("Which "):]
    return f"Which two {noun[:-1]}ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" \
        else f"Which two {noun}s"


def possessive_body(text: str, mentions: list[Mention], start: int,
                    end: int) -> Actor | None:
    """"Iraq's parliament", "Iraq’s foreign ministry": the country is the answer."""
    for m in mentions:
        if not m.possessive or m.role_start > start + 4 or m.kind is not AnswerKind.COUNTRY:
            continue
        if m.name.lower() in capitals():
            continue
        after = text[m.end:end]
        body = after.split(None, 1)[1] if len(after.split(None, 1)) == 2 else ""
        words = body.lower().split()
        if 1 <= len(words) <= 3 and words[-1] in ORG_WORDS and all(w.isalpha() for w in words):
            if body[:1].isupper():  # "Denmark's Financial Supervisory Authority": the body
                named = next((o for o in mentions if o.start == m.end + len(after) - len(
                    body) and o.end == end and o.kind is AnswerKind.ORGANISATION), None)
                actor = mention_actor(named) if named is not None else None
                return actor._replace(accept=(*actor.accept, text[m.start:end].strip())) \
                    if actor is not None else None
            return Actor(m.name, AnswerKind.COUNTRY, f"Which country's {body}",
                         quiet=(text[m.start:end].strip(),))
    return None


def _owned_body(text: str, body: Mention, start: int, end: int) -> Actor | None:
    """The body a place owns ("Ohio's Environmental Protection Agency", the place no country
    and so no mention of its own), answered with its owner (the body's name alone may be
    another place's), or ``None``."""
    if body.kind is not AnswerKind.ORGANISATION or body.possessive or body.end < end - 1 or \
            " " not in body.name or not any(w in ORG_WORDS for w in body.name.lower().split()) or \
            _PLACE_OWNER.fullmatch(text, start, body.role_start) is None:
        return None
    actor = mention_actor(body)
    if actor is None:
        return None
    return actor._replace(answer=text[start:body.end], accept=(*actor.accept, body.name))


_PLACE_OWNER = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s ")


#: Heads of a body described rather than named ("the US-led anti-ISIS coalition").
_ALLIANCES = frozenset({"coalition", "alliance", "consortium", "bloc", "league"})
_PLACE_TAIL = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?$")


def _group_actor(span: str, at_start: bool = False) -> Actor | None:
    """"Some Iraqi Shia militias", "Iran-backed militias", "opposition councillors"."""
    words = span.split()
    place = _PLACE_TAIL.search(span)
    if place is not None and len(words) > 3:
        inner = _group_actor(span[:place.start()], at_start)
        if inner is None or inner.kind is not AnswerKind.GROUP:
            return None
        return Actor(span, AnswerKind.GROUP, inner.asker, (inner.answer, *inner.accept))
    if not 2 <= len(words) <= 6:
        return None
    head = words[-1].lower().strip(".,")
    lead = words[0].lower()
    body = words[1:] if lead in _QUANTIFIERS or lead in DETERMINERS else words
    modifiers = body[:-1]
    if not modifiers or any(w in PREPOSITIONS or w == "of" for w in modifiers):
        return None  # "attacks against US forces": the head is "attacks", not a group
    named = any(w[:1].isupper() or "-" in w for w in modifiers[1:]) or bool(modifiers) and (
        "-" in modifiers[0] or modifiers[0].lower() in demonyms()
        or modifiers[0][:1].isupper() and not at_start
        or modifiers[0].lower() in SIDES)
    if head in GROUP_WORDS and named and all(
            w.replace("-", "").replace("’", "").replace(".", "").isalpha() for w in body):
        answer = " ".join(body) if lead in _QUANTIFIERS else span
        return Actor(answer, AnswerKind.GROUP, "Who", (span,) if answer != span else ())
    if head in _ALLIANCES and lead == "the" and named and all(
            w.replace("-", "").replace(".", "").isalpha() for w in body):
        return Actor(span, AnswerKind.ORGANISATION, "Who", (" ".join(body),))
    return None


#: Words that tell one side's people from the rest ("opposition councillors").
SIDES = frozenset({"opposition", "striking", "rebel", "ruling", "dissident", "protesting"})

#: A body named by what it is and where: "the city council of Leeds", "a district court in
#: Maribor", "prosecutors in Braga" (with a time after it: "... in Maribor on Friday").
_DESCRIBED_BODY = re.compile(
    r"^(?:(?P<det>[Tt]he|[Aa]n?)\s+)?(?P<mods>(?:[a-z][\w-]*\s+){0,2})"
    r"(?P<head>(?i:court|council|tribunal|parliament|assembly|government|committee|commission|"
    r"board|authority|regulator|prosecutors|police|authorities|officials|investigators|"
    r"residents|judges|lawmakers))"
    r"\s+(?:of|in|for)\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    r"(?P<when>\s+(?:on|in|last|this)\s+[\w ]{3,20})?$")


#: A body whose name is written before a common noun: "the Progressive party", "Latvia's
#: opposition National Renewal party".
_NAMED_BODY = re.compile(
    r"^(?:[Tt]he\s+|[A-Z][\w’'-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+"
    r"(?P<head>party|union|movement|alliance|coalition|bloc|front|league)$")


_BODY_HEADS = frozenset({"party", "union", "movement", "alliance", "coalition", "bloc",
                         "front", "league"})


def _named_body(span: str) -> Actor | None:
    if span.rpartition(" ")[2] not in _BODY_HEADS:
        return None
    match = _NAMED_BODY.match(span)
    if match is None or match.group("name").lower() in demonyms() or any(
            w.rpartition("-")[2].islower() for w in match.group("name").split()) or \
            match.group("name").split()[0].lower() in NOT_NAME_WORDS:
        return None  # ("the Iraqi army": a national body; "the Saudi-led coalition"; "Their
        # union": a pronoun capitalised by position)
    name, head = match.group("name"), match.group("head")
    answer = span[match.start("name"):]
    asker = f"Which {head}" if head in _NAMED_HEADS else "Which organisation"
    return Actor(answer, AnswerKind.ORGANISATION, asker, (name,))


def _described_body(span: str) -> Actor | None:
    if " of " not in span and " in " not in span and " for " not in span:
        return None
    match = _DESCRIBED_BODY.match(span)
    if match is None or not match.group("head").islower() and match.group("det"):
        return None
    if match.group("when") and not match.group("when").split()[-1][:1].isupper() and not \
            match.group("when").split()[-1].isdigit() and match.group("when").split()[-1] not in {
            "week", "month", "year", "night", "morning"}:
        return None
    answer = span[: match.start("when")] if match.group("when") else span
    if match.group("det"):
        answer = answer[len(match.group("det")) + 1:]  # "district court in Maribor"
    head = match.group("head").lower()
    place = match.group("place")
    if head in GROUP_WORDS:
        return Actor(answer, AnswerKind.GROUP, "Who")
    mods = match.group("mods").strip()
    accept = (f"{place} {mods} {head}".replace("  ", " "), f"{place} {head}")
    # "Which court" for "district court in Maribor", but "Which body" for "court in Maribor":
    # there the head would be half of what the answer says
    asker = f"Which {head}" if head in _NAMED_HEADS or mods else "Which body"
    return Actor(answer, AnswerKind.ORGANISATION, asker, accept)


def first_lower_asker(asker: str) -> str:
    """"Which news outlet" -> "which news outlet" (inside a question)."""
    return asker[:1].lower() + asker[1:]
