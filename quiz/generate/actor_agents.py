"""Names of unknown kind acting: "Oxfam launched an appeal", "The Red Cross has asked ...".

A name no lexicon word tells the kind of ("Oxfam", "The Red Cross", "Hydro-Quebec") is an
actor when it is the subject of a verb only people and bodies do (announce, fine, suspend,
demand ...): storms, diseases, products and events raise, cut and close things too, but do
not fine or demand them. It is asked "Who ...?", which fits a body or a person alike.
"""

from __future__ import annotations

import re

from quiz.generate.actor_phrases import NEVER_ACTORS, Actor
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import base_form, is_pronoun
from quiz.generate.lexicon import (
    DISASTER_WORDS, EVENT_WORDS, GENERIC_AGENTS, GROUP_WORDS, NOT_NAME_WORDS, ORG_ROLE_WORDS,
    ORG_WORDS, PLACE_WORDS, TITLE_WORDS, demonyms,
)

#: Verbs (base forms) of acts done only by people and bodies: what they decide, say, ask
#: for, allow or forbid, give or punish. Verbs a storm, a disease or an event also does
#: ("cut", "closed", "raised", "halted", "forced", "hit", "ended") are left out.
AGENT_ACTS = frozenset("""
    say tell announce launch agree ask demand freeze suspend cancel approve reject fine warn
    call criticise criticize order ban postpone sign urge appoint accuse sue hire withdraw
    impose unveil propose publish issue file award grant donate fund invest buy sell acquire
    decide vote adopt ratify veto refuse deny confirm threaten promise pledge vow offer deploy
    dispatch evacuate arrest charge detain summon expel condemn welcome praise endorse oppose
    challenge appeal investigate probe revoke scrap abandon renew reopen establish elect
    nominate recommend advise authorise authorize license sanction compensate subsidise
    subsidize cap restrict convene invite instruct commission recruit dismiss sack negotiate
    plan pay hand recall petition lobby boycott open build
""".split())
#: How a verb group may hold the act after a verb of being expected ("is expected to ban").
_EXPECTED_TO = re.compile(r"to ([a-z]+)\b")
_EXPECTING = frozenset({"expected", "set", "due", "poised", "scheduled", "likely", "planning",
                        "preparing", "going"})
#: A word of a name: capitalised, or a hyphenated name ("Hydro-Quebec"), maybe with "&".
_NAME_WORD = re.compile(r"(?:[A-ZÀ-Þ][\w'’.&-]*|&)")
#: Lower-case words that may join a name's words ("Agency for Coastal Safety").
_JOINERS = frozenset({"of", "for", "de", "du", "des", "la", "le", "del", "della", "von",
                      "van", "der", "y", "sans", "on", "&", "the"})
#: Words of weather and nature, which are no actors ("Rain suspended play").
_WEATHER = frozenset("""
    rain snow fog wind winds ice heat hail frost drought lightning smoke ash flooding floods
    hurricane typhoon cyclone storm storms tornado tsunami covid coronavirus virus omicron
    inflation demand weather
""".split())
#: Singular words that open sentences and name no one ("Everyone agreed").
_NO_ONE = frozenset("""
    everyone everybody nobody someone somebody anyone anybody staff management leadership
    security administration government parliament congress none neither either each both
    all many most several few others police
""".split())
_MAX_WORDS = 6
#: Lower-case heads of bodies written after their name: "the Cerro Alto observatory".
_KIND_HEADS = frozenset("""
    observatory museum company hospital university college council committee commission agency
    ministry department authority board union federation association party foundation institute
    charity club orchestra theatre airline bank school zoo library laboratory
""".split())
#: A place or an owner before a name: "Norway's Equinor".
_OWNER = re.compile(r"[A-Z][\w-]+(?: [A-Z][\w-]+)?['’]s (?=[A-Z])")
#: A town after a name: "The Red Cross | in Geneva".
_IN_PLACE = re.compile(r" in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?$")


def agent_act(main: str, rest: str) -> bool:
    """Whether the verb ``main`` of a clause (with ``rest`` after it) is an agent's act:
    "suspended", "will ban", "is expected to | ban"."""
    low = main.lower()
    if low in _EXPECTING:
        after = _EXPECTED_TO.match(rest)
        if after is None:
            return False
        low = after.group(1)
    return agent_verb(low)


def agent_verb(word: str) -> bool:
    """Whether ``word`` (lower case) is a form of a verb of :data:`AGENT_ACTS`."""
    return word in AGENT_ACTS or base_form(word) in AGENT_ACTS


def named_agent(span: str, at_start: bool) -> Actor | None:
    """The actor that ``span``, a subject of an agent's act, names when it is a name of
    unknown kind ("The Red Cross", "Canadian Pacific Kansas City"), or ``None`` (a common
    word capitalised by position at the sentence's start, ``at_start``, is none: "Volunteers
    launched an appeal")."""
    accept: list[str] = []
    owned = _OWNER.match(span)
    if owned is not None:  # "Norway's Equinor": the owner is no part of the name
        accept.append(span)
        span = span[owned.end():]
    placed = _IN_PLACE.search(span) if " in " in span else None
    if placed is not None:  # "The Red Cross in Geneva"
        accept.append(span)
        span = span[:placed.start()]
    bare = span[4:] if span[:4] in {"The ", "the "} else span
    if bare is not span:
        accept.append(f"the {bare}")
    words = bare.split()
    if not 1 <= len(words) <= _MAX_WORDS or is_pronoun(bare):
        return None
    head = words[-1]
    if len(words) > 1 and head in _KIND_HEADS:  # "The Cerro Alto observatory": a name and
        # the kind of body it names
        named = named_agent(" ".join(words[:-1]), False)
        return None if named is None or named.answer != " ".join(words[:-1]) else Actor(
            bare, AnswerKind.ORGANISATION, f"Which {head}", tuple(accept))
    if any(not (_NAME_WORD.fullmatch(w) or 0 < at < len(words) - 1 and w in _JOINERS)
           for at, w in enumerate(words)):
        return None
    if any(w.endswith(("'s", "’s", "'", "’")) for w in words) or not words[-1][-1:].isalnum():
        return None  # ("Queensland's Minister for Resources": an owner and its post)
    low = [w.lower() for w in words]
    if low[0] in NOT_NAME_WORDS or low[0] in NEVER_ACTORS or bare.lower() in NEVER_ACTORS:
        return None
    if any(w in _WEATHER or w in DISASTER_WORDS or w in EVENT_WORDS for w in low):
        return None  # "Hurricane Milton", "Storm Babet", "the Paris Marathon"
    if any(w in TITLE_WORDS for w in low) or low[-1] in GROUP_WORDS or \
            low[-1] in GENERIC_AGENTS or len(words) == 1 and low[0] in PLACE_WORDS:
        return None  # "The Transport Minister", "Scientists" (a city acts: "Mexico City")
    if len(words) == 1 and (low[0] in _NO_ONE or low[0] in demonyms() or low[0] in ORG_WORDS
                            or low[0] in ORG_ROLE_WORDS or at_start and _plural(low[0])):
        return None
    return Actor(bare, AnswerKind.ORGANISATION, "Who", tuple(accept), guessed=True)


def _plural(word: str) -> bool:
    """Whether ``word`` looks like a common noun's plural ("volunteers", "growers")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))
