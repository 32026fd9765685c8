"""Actors named by a common noun of a body or of people who act for one: "Prosecutors opened a
case", "Police arrested two men", "the country's emergencies ministry said", "An independent
safety board concluded"."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from quiz.generate.facts import AnswerKind
from quiz.generate.lexicon import GROUP_WORDS, ORG_ROLE_WORDS, TITLE_WORDS, demonyms

#: People who act as a body or for one, asked "Who": "Prosecutors opened ...".
_PEOPLE = frozenset("""
    police prosecutors regulators firefighters paramedics rescuers investigators inspectors
    forecasters
    auditors detectives doctors surgeons nurses researchers scientists archaeologists
    astronomers engineers judges lawmakers legislators senators councillors councilors unions
    residents villagers protesters demonstrators troops soldiers coastguards lifeguards
    authorities officers midwives teachers miners dockers pilots
""".split())
#: Plural nouns of people or of bodies that are actors only as a kind someone names with a
#: word of their own: "Environmental groups blamed", "opposition parties accused", "retired
#: teachers led" (alone, "Groups said" or "Members agreed" tells no one). Any role's plural
#: is one ("trustees", "bidders": the lexicon's roles and bodies, not a list of stories).
_KINDS = (GROUP_WORDS | frozenset(f"{w[:-3]}men" if w.endswith("man") else f"{w}s"
                                  for w in TITLE_WORDS if w.isalpha() and len(w) > 3)
          | frozenset(f"{w}s" for w in ORG_ROLE_WORDS if w.isalpha()) | frozenset(
              "parties charities companies utilities trustees descendants heirs".split())) \
    - _PEOPLE - frozenset("others members people officials experts analysts leaders "
                          "countries states nations governments families fans parents "
                          "citizens voters".split())  # (who someone is, not a side that acts)
#: Plural nouns of people by what they do or use, who act as a group in news ("rice farmers",
#: "shipyard workers in Gdansk"): actors only with a word or a place that tells which.
_GROUPS = frozenset("""
    farmers workers growers fishermen fishers keepers hunters pickers traders drivers owners
    shopkeepers landlords tenants students pupils passengers commuters patients supporters
    campaigners activists volunteers parishioners worshippers pilgrims tourists visitors
    shoppers consumers customers employees builders bakers herders ranchers loggers hauliers
    truckers couriers cyclists athletes players lawyers jurors taxpayers homeowners renters
    retailers exporters importers producers manufacturers suppliers vendors merchants
    artisans craftsmen artists musicians writers journalists photographers climbers divers
    sailors beekeepers winemakers brewers breeders gardeners wardens rangers guards
""".split()) - _PEOPLE
#: Words before a kind that tell no kind of it ("local fishermen" are any fishermen there).
_WEAK_MODIFIERS = frozenset("angry frustrated worried concerned young younger old older "
                            "elderly ordinary individual".split())
#: What a body's members are called, accepted for it: a cloze that gaps "Police" where
#: "officers would now patrol" stays in the sentence gives it away (the card checks drop a
#: cloze whose text names an accepted form), and so does a question.
_KIN = {
    "police": ("officers", "police officers", "detectives", "constables"),
    "army": ("soldiers", "troops"), "military": ("soldiers", "troops"),
    "troops": ("soldiers", "the army"), "soldiers": ("troops", "the army"),
    "firefighters": ("fire crews", "crews"), "prosecutors": ("the prosecution",),
    "rescuers": ("rescue teams", "rescue workers"), "coastguard": ("coastguards",),
    "navy": ("sailors",),
}
#: Bodies, asked "Which <head>": "Which ministry said ...?" (only with a word that tells
#: which: "the board" alone would answer "Which board" with its own question).
_BODIES = frozenset("""
    ministry board council court commission committee agency regulator union panel jury
    tribunal watchdog inquiry department coastguard government
""".split())
#: Bodies of members, named by whom they gather ("the Polish hauliers' association").
_MEMBERS_BODIES = frozenset({"association", "federation", "confederation", "chamber",
                             "syndicate", "guild", "cooperative", "co-operative"})
#: Bodies a place owns, named by it: "Saskatchewan's agriculture ministry", "Gothenburg's
#: opera house" (a public body's head, or a venue's or a firm's after a word of its own).
_TOWN_BODIES = frozenset("""
    house orchestra theatre theater company airline utility operator museum hospital
    university college club charity firm railway carrier zoo library opera ballet
""".split())
#: Public bodies besides :data:`_BODIES` that a word of their own names ("the regional health
#: authority", "the national audit bureau").
_NAMED_PUBLIC = frozenset({"authority", "inspectorate", "directorate", "bureau"})
#: Public bodies, asked "Which body" when named with their place.
_PUBLIC = frozenset("""
    ministry board council court commission committee agency regulator tribunal watchdog
    department government authority service bureau office inspectorate directorate police
    prosecutor prosecutors parliament legislature assembly senate cabinet
""".split())


def _town_body(span: str, town: str, mods: list[str], head: str) -> Common | None:
    """The body a place owns ("Saskatchewan's agriculture ministry"), answered whole: the
    head alone ("Which ministry") would not tell which (a country's is asked "Which
    country's ...", :func:`~quiz.generate.actor_phrases.possessive_body`)."""
    if town.lower() in demonyms() or not mods and head not in _TOWN_BODIES or any(
            w.lower() in _NOT_MODIFIERS for w in mods):
        return None
    if head in _PUBLIC or head in _BODIES:
        asker = "Which body"
    elif head in _TOWN_BODIES or head in _MEMBERS_BODIES:
        asker = "Which organisation"
    else:
        return None
    bare = " ".join([*mods, head])
    return Common(span, AnswerKind.ORGANISATION, asker, (f"{town} {bare}",))


#: Bodies a nation has one of, named alone ("parliament voted"): which one is the story's.
_ONE_PER_NATION = frozenset({"parliament", "senate", "legislature", "cabinet"})
#: Roles a nation has many of, or that name no office ("the French player", "the Irish
#: modernist"): only an office it has one of is told by its nation.
_OFFICES = frozenset("""
    ombudsman president premier chancellor king queen emperor regulator auditor comptroller
    commissioner
""".split())
_NOT_OFFICES = TITLE_WORDS - _OFFICES
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
#: The noun phrase: an optional determiner or owner, up to three lower-case modifiers (the
#: first may be a place's name, in any alphabet: "Kraków city council"), the head.
_PHRASE = re.compile(
    r"(?P<det>(?:[Tt]he|[Aa]n?)\s+(?:(?:country|state|city|region|nation|province|club|"
    r"company|firm|government)['’]s\s+)?|[Tt]he\s+|"
    r"(?P<town>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)['’]s\s+)?"
    r"(?P<mods>(?:(?!in\s)[^\W\d_](?:[^\W\d_A-Z]|-)+(?:(?<=s)['’])?\s+){0,3})(?P<head>[A-Za-z]+)"
    r"(?P<place>\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?")


class Common(NamedTuple):
    """An actor named by a common noun: the answer, its kind, how a question asks for it and
    the other forms accepted ("prosecutors", "the prosecutors")."""

    answer: str
    kind: AnswerKind
    asker: str
    accept: tuple[str, ...]


@lru_cache(maxsize=16384)
def common_actor(span: str) -> Common | None:
    """The actor ``span`` names by a common noun, or ``None`` (cached: every subject and
    answer is tried)."""
    if " of " in span:
        return _collective(span)
    if " and " in span:
        return _coordinated(span)
    match = _PHRASE.fullmatch(span)
    if match is None:
        return None
    head = match.group("head")
    low = head.lower()
    mods = match.group("mods").split()
    acronym = plural_title(head)  # "opposition MPs"
    if not acronym and (match.start("head") and head[:1].isupper() or not head[1:].islower()):
        return None
    if any(w.lower() in _NOT_MODIFIERS for w in mods) or any(
            w[:1].isupper() for w in mods[1:]) or low in _GROUPS and any(
            w.endswith("ing") for w in mods):
        return None  # ("some doctors", "its board", "the Ontario Nurses board")
    if match.group("town"):
        return _town_body(span, match.group("town"), mods, low)
    if ("'" in span or "’" in span) and any(w[-1] in "'’" for w in mods) and not (
            low in _BODIES or low in _MEMBERS_BODIES or low in _NAMED_PUBLIC):
        return None  # (whom a body gathers: "the drivers' union", not "Teachers' groups")
    det = (match.group("det") or "").strip()
    owner = det.split(None, 1)[1] if " " in det else ""
    bare = " ".join([*mods, head])  # as written
    place = match.group("place") or ""
    if place:  # "Nurses in Scotland": the place tells which
        if low not in _PEOPLE and low not in _GROUPS:
            return None
        answer = f"{bare}{place}"
        forms = {answer.lower(), f"the {answer.lower()}", bare.lower(), low}
        return Common(answer, AnswerKind.GROUP, "Who", tuple(sorted(forms - {answer.lower()})))
    # the answer as the sentence writes it, less a bare article ("An independent safety
    # board" -> "independent safety board"); an owner stays ("the country's ... ministry")
    answer = span if owner else bare
    if low in _PEOPLE or (low in _KINDS or low in _GROUPS or acronym) and not det and any(
            w.lower() not in _WEAK_MODIFIERS for w in mods):
        if det.split(None, 1)[:1] in (["a"], ["A"], ["an"], ["An"]):
            return None
        forms = {bare.lower(), f"the {bare.lower()}", low, f"the {low}"}
        asker = "Who"
        kind = AnswerKind.GROUP
    elif low in TITLE_WORDS and det.lower() == "the" and mods and mods[0][:1].isupper() and \
            mods[0].lower() in demonyms() and low not in _NOT_OFFICES:
        # "The Philippine anti-graft ombudsman suspended the mayor": a nation's one office
        forms = {bare.lower(), f"the {bare.lower()}", f"the {' '.join(mods[1:] + [low])}"}
        asker = "Who"
        kind = AnswerKind.GROUP
        answer = span
    elif low in _ONE_PER_NATION and not mods and not owner and det.lower() in {"", "the"}:
        # "Last year, parliament voted to allow ...": the nation's one legislature
        forms = {low, f"the {low}"}
        asker = "Which body"
        kind = AnswerKind.ORGANISATION
        answer = bare
    elif (low in _BODIES or low in _NAMED_PUBLIC) and mods or low in _MEMBERS_BODIES and any(
            w[-1:] in "'’" or w.lower() in demonyms() for w in mods):
        # "the regional health authority", "the Polish hauliers' association" (not "the
        # national association": which, a word of its members or its nation tells)
        forms = {bare.lower(), f"the {bare.lower()}", f"{mods[-1]} {low}",
                 f"the {mods[-1]} {low}"}
        asker = f"Which {low}" if low in _ASKED_BY_HEAD else "Which body" if \
            low in _BODIES or low in _NAMED_PUBLIC else "Which organisation"
        kind = AnswerKind.ORGANISATION
    else:
        return None
    if owner:
        forms.add(f"the {owner} {bare}")
    forms.update(_KIN.get(low, ()))
    return Common(answer, kind, asker, tuple(sorted(forms - {answer, answer.lower()})))


#: A body of people named by whom it gathers: "a group of 50 opposition MPs", "a coalition of
#: environmental groups".
_COLLECTIVE = re.compile(r"(?P<det>(?:[Aa]n?|[Tt]he)\s+)?(?P<noun>group|coalition|team|panel|"
                         r"delegation|alliance|network|consortium)\s+of\s+"
                         r"(?P<count>(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|"
                         r"ten|twelve)\s+|dozens\s+of\s+|hundreds\s+of\s+)?(?P<kind>.+)")


def _collective(span: str) -> Common | None:
    """The actor of "a group of <a kind of people>", asked "Who", or ``None``."""
    match = _COLLECTIVE.fullmatch(span)
    if match is None:
        return None
    kind = match.group("kind")
    plain = " ".join(w for w in kind.split() if w not in _WHO_THEY_WERE)  # ("retired
    # teachers" act as a group of people, whatever they were)
    words = plain.split()
    if not words or len(words) > 4 or any(
            w.lower() in _NOT_MODIFIERS or not w.isalpha() or at and w[:1].isupper()
            for at, w in enumerate(words[:-1])):
        return None
    head = words[-1]
    if not (head in _PEOPLE or head in _KINDS or plural_title(head)):
        return None
    bare = span[match.start("noun"):]
    forms = {bare.lower(), f"the {bare.lower()}", f"a {bare.lower()}", kind.lower(),
             plain.lower()}
    answer = span
    if match.group("det") and match.group("det")[:1] in "Aa":  # (someone "a" names is no one
        # to learn: "50 opposition MPs" of "a group of 50 opposition MPs")
        answer = span[match.start("count"):] if match.group("count") and match.group(
            "count")[:1].isdigit() else bare
        forms.add(span.lower())
    return Common(answer, AnswerKind.GROUP, "Who", tuple(sorted(forms - {answer.lower()})))


_WHO_THEY_WERE = frozenset({"retired", "former"})

#: Two kinds of people joined, the second maybe counted vaguely: "farmers and some
#: politicians", "Local traders and hotel owners".
_PAIR = re.compile(r"(?P<first>(?:[A-Za-z][a-z-]+\s+){0,2}[A-Za-z][a-z]+)\s+and\s+"
                   r"(?P<some>(?:some|many|several|other)\s+)?"
                   r"(?P<second>(?:[a-z][a-z-]+\s+){0,2}[a-z]+)")


def _coordinated(span: str) -> Common | None:
    """The actor of two kinds of people joined by "and" ("farmers and some politicians"),
    asked "Who": together they tell who as a word of its own tells one kind ("Environmental
    groups"), so neither needs one; or ``None``."""
    match = _PAIR.fullmatch(span)
    if match is None:
        return None
    parts = (match.group("first").split(), match.group("second").split())
    if any(w.lower() in _NOT_MODIFIERS or w.lower() in _WEAK_MODIFIERS for part in parts
           for w in part[:-1]) or parts[0][0].lower() in _NOT_MODIFIERS:
        return None
    if not all(part[-1].lower() in _PEOPLE or part[-1].lower() in _KINDS for part in parts):
        return None
    forms = {span.lower(), f"the {span.lower()}"}
    return Common(span, AnswerKind.GROUP, "Who", tuple(sorted(forms - {span})))


#: "its trustees", "their lawyers": the people of the one the statement is about.
_OWNED_PEOPLE = re.compile(r"(?P<owner>[Ii]ts|[Tt]heir) (?P<mods>(?:[a-z][a-z-]+ ){0,2})"
                           r"(?P<head>[a-z]+)")


def owned_speaker(span: str) -> Common | None:
    """The speaker ``span`` names as the people of what the statement is about ("..., its
    trustees announced"), asked "Who", or ``None``."""
    match = _OWNED_PEOPLE.fullmatch(span)
    if match is None:
        return None
    head = match.group("head")
    if not (head in _PEOPLE or head in _KINDS) or head in GROUP_WORDS and head not in _PEOPLE \
            or any(w in _NOT_MODIFIERS for w in match.group("mods").split()):
        return None  # (a role's people, not "its members" or "their families")
    bare = span[match.end("owner") + 1:]
    forms = {bare.lower(), f"the {bare.lower()}", head, f"the {head}"}
    return Common(span, AnswerKind.GROUP, "Who", tuple(sorted(forms - {span.lower()})))


def plural_title(word: str) -> bool:
    """Whether ``word`` is the plural of a role written in capitals ("MPs", "MEPs", "CEOs")."""
    return 3 <= len(word) <= 5 and word[-1] == "s" and word[:-1].isupper() and \
        word[:-1].lower() in TITLE_WORDS


def heads_in(low_text: str) -> bool:
    """Whether a sentence (lower-cased) may name a common-noun actor (a cheap gate)."""
    return not _GATE_WORDS.isdisjoint(_LOWER_WORD.findall(low_text))


_LOWER_WORD = re.compile(r"[a-z]+")
_GATE_WORDS = _PEOPLE | _BODIES | _KINDS | _OFFICES | _ONE_PER_NATION | _MEMBERS_BODIES | \
    _TOWN_BODIES | _PUBLIC | _GROUPS


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
