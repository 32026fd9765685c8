"""Finding names in a sentence: people with their titles, organisations, groups, countries.

A name is a run of capitalised words (with particles such as "al-", "bin", "of the" inside,
initials such as "U.S." and quoted nicknames such as “JB”). A title or role written just
before it ("Defense Secretary", "Fox News host", "Iraqi military spokesman Maj Gen") is kept
apart, so the answer is the name and the question can use the role. The kind (person,
organisation, group, country) is guessed from the words; ``entities`` refines it across a
corpus.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from quiz.generate.facts import AnswerKind
from quiz.generate.lexicon import (
    ADJECTIVES, COMPANY_HEADS, COMPANY_TAILS, DISASTER_WORDS, EVENT_WORDS, GIVEN_NAMES,
    GROUP_WORDS, NAME_PARTICLES, NOT_GIVEN_NAMES, NOT_NAME_WORDS, ORG_ROLE_WORDS, ORG_WORDS,
    PLACE_WORDS, TEAM_WORDS, TITLE_WORDS, capitals, countries, country_names, demonyms,
    well_known_aliases,
)

_TOKEN = re.compile(r"[^\s—–]+|[—–]")
_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")
_ABBREV_TITLE = re.compile(r"^(?:Gen|Maj|Lt|Col|Capt|Cmdr|Adm|Sgt|Brig|Mr|Mrs|Ms|Dr|Prof|Sen|"
                           r"Rep|Gov|St|Jr|Sr|Rev|Hon|Pres)\.$")
NICKNAME = re.compile(r"^[\"“‘'][A-Z][\w.-]*[\"”’']$")

#: Lower-case words that may sit between a role noun and a name's modifiers ("deputy").
#: Roles a person or a body may hold ("Organiser Harbourline Events", "organiser Jane Ruiz"):
#: a body's when the name opens with no given name.
_EITHER_ROLES = frozenset({"organiser", "organizer", "promoter", "organisers", "organizers"})
ROLE_MODIFIERS = ROLE_MODIFIERS_WORDS = frozenset("""
    deputy senior former then-president acting assistant vice top chief military foreign
    defence defense security intelligence national regional local state federal interim
    longtime veteran opposition government party news media army navy police associate
    managing executive general principal special political economic justice health
    finance trade interior energy press campaign press-office white house retired outgoing
    incoming
""".split())

#: Words that continue a title after "of" ("Secretary of State", "Minister of Foreign Affairs").
_PORTFOLIO = frozenset("""
    state defense defence foreign affairs finance interior health education justice energy
    commerce trade labor labour agriculture transport transportation treasury homeland
    security culture environment economy home war veterans housing the staff public
    prosecutions policy human rights development industry science technology work pensions
    communities digital media sport business climate and
""".split())

_NOT_NAME_SUFFIXES = ("ing", "ly", "ous", "ed", "tion", "tions", "ment", "ments", "ness", "ity",
                      "ities", "ance", "ence", "ful", "less")

_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "du", "des", "&"})
#: Prepositions and conjunctions of other languages inside a body's name ("Agua para Todos",
#: "Ärzte für Frieden", "Santé pour Tous"): never inside a person's name, and no English word.
_FOREIGN_CONNECTORS = frozenset({"para", "por", "sin", "pour", "sans", "con", "sem", "com",
                                 "contra", "für", "und", "och", "og", "voor", "tegen"})
_JOINERS = NAME_PARTICLES | _CONNECTORS | _FOREIGN_CONNECTORS
#: Words a name neither opens nor closes with (one set test per word, not two or three).
_NOT_OPENING = NOT_NAME_WORDS | _CONNECTORS
#: Function words that end a body's name when capitalised inside it ("Peace Now", "Patients
#: First", "USA Today", "Human Rights Watch").
_NAME_ENDINGS = frozenset({"now", "first", "today", "forward", "together", "watch"})
_NOT_CLOSING = (_NOT_OPENING | NAME_PARTICLES) - _NAME_ENDINGS


class Token(NamedTuple):
    """A whitespace-separated word with its offsets and its bare core.

    A named tuple, not a dataclass: sentences are tokenised once per run, but a corpus has
    hundreds of thousands of words, and tuples are several times cheaper to build.
    """

    start: int
    end: int
    raw: str
    core: str  # without surrounding quotes/brackets/punctuation and without a possessive
    lead: str
    trail: str
    possessive: bool
    lower: str  # ``core`` lower-cased
    capitalised: bool  # starts with a capital ("al-Sudani" counts: a particle before one)


_new_token = tuple.__new__  # several times cheaper than Token(...) for 400,000 words

_LEAD_CHARS = "\"'“‘«([„"
#: A stop that may follow a plain word, and the titles a full stop belongs to (as
#: :data:`_ABBREV_TITLE` reads them).
_STOPS = frozenset(",.;:")
_ABBREVIATIONS = frozenset("Gen Maj Lt Col Capt Cmdr Adm Sgt Brig Mr Mrs Ms Dr Prof Sen Rep Gov "
                           "St Jr Sr Rev Hon Pres".split())
_TRAIL_CHARS = "\"'”’»)],.;:!?…*"


def _capitalised(core: str) -> bool:
    if not core:
        return False
    if core[0].isupper():
        return True
    head, dash, rest = core.partition("-")
    return bool(dash) and head.lower() in NAME_PARTICLES and rest[:1].isupper()


def tokenize(text: str) -> Sequence[Token]:
    """The words of ``text`` with their offsets (cached: every extractor reads them)."""
    return list(_tokenize(text))


# sized for the sentences of an article or two: tokens are the bulkiest analysis (hundreds
# of bytes a word), and :func:`_find_mentions` keeps what later articles reuse
@lru_cache(maxsize=512)
def _tokenize(text: str) -> tuple[Token, ...]:
    out: list[Token] = []
    # the runs between spaces, dashes apart (what ``_TOKEN.findall`` reads, split many times
    # faster); only spaces lie between two of them, so each is found where it starts
    # (``split`` and ``find`` are much cheaper than match objects)
    raws = text.replace("—", " — ").replace("–", " – ").split() \
        if "—" in text or "–" in text else text.split()
    end = 0
    for raw in raws:
        start = text.find(raw, end)
        end = start + len(raw)
        if raw.isalnum():  # most words: no quotes, stops, possessive or hyphen to look at
            out.append(_new_token(Token, (start, end, raw, raw, "", "", False, raw.lower(),
                                          raw[0].isupper())))
            continue
        last = raw[-1]
        if last in _STOPS and len(raw) > 1 and raw[:-1].isalnum() and (
                last != "." or raw[:-1] not in _ABBREVIATIONS):
            # the next commonest: a word and a comma or a full stop ("said,", "Ruiz."): what
            # the general reading below makes of them, read directly
            body = raw[:-1]
            out.append(_new_token(Token, (start, end, raw, body, "", last, False, body.lower(),
                                          body[0].isupper())))
            continue
        body = raw.lstrip(_LEAD_CHARS) if raw[0] in _LEAD_CHARS else raw
        lead = raw[: len(raw) - len(body)]
        if raw[-1].isalnum():
            trail = ""
        elif "." in body and (_INITIALS.match(body) or _ABBREV_TITLE.match(body)):
            trail = ""
        else:
            stripped = body.rstrip(_TRAIL_CHARS)
            trail = body[len(stripped):]
            body = stripped
            if trail.startswith(".") and "." in body and _INITIALS.match(body + "."):
                body, trail = body + ".", trail[1:]
        possessive = False
        if len(body) > 2 and body[-1] == "s" and body[-2] in "'’":
            possessive, body = True, body[:-2]
        first = body[:1]
        capitalised = first.isupper() or first.islower() and "-" in body and _capitalised(body)
        out.append(_new_token(Token, (start, end, raw, body, lead, trail,
                                      possessive, body.lower(), capitalised)))
    return tuple(out)


class Mention(NamedTuple):
    """A name in a sentence, with the role written before it.

    A named tuple, as :class:`Token`: a corpus has hundreds of thousands of names, and the
    actor rules are cached on a sentence's names, which tuples hash and compare in C.
    """

    name: str  # as written, without title, possessive or leading "the"
    start: int  # character offsets of ``name`` in the sentence
    end: int
    role: str  # title/role as written before the name ("Defense Secretary"), or ""
    role_start: int  # offset where the role (or the name, without one) starts
    first_token: int  # token indexes: [first_token, last_token] cover the name
    last_token: int
    possessive: bool  # written "Name's"
    kind: AnswerKind | None
    has_the: bool  # "the" written right before the name (or role)


def _has_org_word(toks: Sequence[Token], first: int, stop: int) -> bool:
    """Whether a word of ``toks[first:stop]`` names a kind of body ("Ministry", "Bank")."""
    return not ORG_WORDS.isdisjoint(map(_LOWER, toks[first:stop]))


_LOWER = attrgetter("lower")
_CAPITALISED = attrgetter("capitalised")


@lru_cache(maxsize=16384)
def _is_title(word: str) -> bool:
    low = word.lower().rstrip(".")
    if low in TITLE_WORDS:
        return True
    head, dash, tail = low.rpartition("-")
    if dash and tail in TITLE_WORDS and head in TITLE_WORDS:
        return True  # "Director-General", "Attorney-General"
    return bool(dash) and tail in TITLE_WORDS and head in {"then", "ex", "vice", "co", "former"}


def _breaks_after(token: Token) -> bool:
    """Whether punctuation after ``token`` ends a name."""
    if token.lead and NICKNAME.match(token.raw):  # (a nickname opens with a quote: a lead)
        return False
    return bool(token.trail) or token.possessive or token.raw.endswith(("”", "\"", "’"))


def _name_token(token: Token) -> bool:
    core = token.core
    if not token.capitalised or not core[:1].isalpha() and not any(ch.isalpha() for ch in core):
        return False
    if "-" in core and not _INITIALS.match(core):
        head, _, tail = core.rpartition("-")
        if tail[:1].islower() and not _is_title(core) and head.lower() != "co":
            return False  # "Iran-backed", "U.S.-led": adjectives ("Co-operation" is a noun)
    return True


def find_mentions(text: str, tokens: Sequence[Token] | None = None) -> list[Mention]:
    """Every name in ``text``, left to right (cached per sentence text)."""
    return list(_find_mentions(text))


@lru_cache(maxsize=8192)
def _find_mentions(text: str) -> tuple[Mention, ...]:
    toks = _tokenize(text)
    mentions: list[Mention] = []
    after = _dateline_end(toks)  # where the next name may start
    for i in compress(range(len(toks)), map(_CAPITALISED, toks)):  # (only these open one)
        tok = toks[i]
        if i < after or not _name_token(tok) or tok.lead and tok.lead not in {"(", "“", "\""}:
            continue
        if tok.core.lower() in _MONTH_ABBREVIATIONS and i + 1 < len(toks) and (
                toks[i + 1].core[:1].isdigit()):
            continue  # "Oct. 29", "Sept 3": a date, not a name
        j = i
        while True:
            j = _name_end(toks, i, j)
            if not _possessed_place(toks, i, j):
                break
            j += 1  # "St. Catherine's Hospital": the possessive is inside the name
        if j > i and j + 1 < len(toks) and toks[j].lower in _BRANCH_WORDS and \
                _branch_number(toks[j], toks[j + 1]):
            j += 1  # "CUPE Local 500", "Teamsters Lodge 12": a union's branch, one name
        if _numbered(toks, i, j):
            j += 1  # "Route 35": one name of no kind of actor
            mention = Mention(text[toks[i].start:toks[j].end], toks[i].start, toks[j].end, "",
                              toks[i].start, i, j, False, None, i > 0 and
                              toks[i - 1].lower == "the")
        else:
            mention = _make_mention(text, toks, i, j)
        if mention is not None:
            mentions.append(mention)
        after = j + 1
    return tuple(mentions)


#: Words a union or society writes before the number of one of its branches ("Local 500").
_BRANCH_WORDS = frozenset({"local", "lodge", "chapter", "branch", "post"})


def _branch_number(word: Token, number: Token) -> bool:
    """Whether ``number`` numbers the branch that ``word`` names ("Local | 500")."""
    return not word.trail and not word.possessive and word.core[:1].isupper() and \
        number.core.isdigit() and len(number.core) <= 4 and not number.lead


def _person_speaks(toks: Sequence[Token], j: int) -> bool:
    """Whether the two words opening the sentence are a person's name that speaks or is
    described ("Kelly LeBlanc said", "Holly Marsh, who ..."), though the first word has the
    ending of an adverb or adjective ("Early Monday, police said" is no name)."""
    if j != 1 or len(toks) < 3 or toks[0].trail or toks[1].possessive or not \
            toks[1].core.isalpha() or not _given_shaped(toks[0].lower):
        return False
    nxt = toks[2].lower
    if toks[1].trail == ",":
        return nxt == "who"
    return not toks[1].trail and nxt in _SPEAKING


def _given_shaped(low: str) -> bool:
    """Whether a word with an adverb's or a participle's ending has a given name's shape:
    "-lly" after a short stem ("Kelly", "Holly", "Sally"; not "Finally", "Fully", "Really")
    or a one-syllable "-ing" ("Ming", "Jing"; not "Following", "Speaking")."""
    if low.endswith("ing"):
        return len(low) == 4
    return low.endswith("lly") and not low.endswith(("ully", "eally")) and not (
        low.endswith("ally") and len(low) > 5)


#: Verbs of saying right after a name ("Kelly LeBlanc said").
_SPEAKING = frozenset({"said", "says", "told", "added", "wrote", "explained", "warned"})


def _numbered(toks: Sequence[Token], i: int, j: int) -> bool:
    """A single word that names a thing with the number after it ("closed Route 35", "Terminal
    2", "Flight 370"): the word alone names nothing (a score, "Leeds 2 Hull 1", still names
    its teams)."""
    if i != j or j + 1 >= len(toks) or toks[j].trail:
        return False
    number = toks[j + 1]
    if i and toks[i - 1].core.isdigit():
        return False  # "Chelsea 2 Arsenal 1": a score
    return number.core.isdigit() and len(number.core) <= 4 and not number.lead and not (
        j + 2 < len(toks) and toks[j + 2].capitalised) and not (
        len(number.core) == 4 and number.core[:2] in {"19", "20"})  # ("Ryanair 2025 results")


#: Short month names, which are a date's (not a name's) before a number ("Jan. 5", "Dec 2019");
#: before anything else "Jan" may be a given name.
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())

#: Nouns after a possessive that make it part of a place's or body's name.
_POSSESSED = frozenset({"hospital", "college", "school", "university", "cathedral", "church",
                        "hall", "park", "stadium", "academy", "infirmary", "clinic"})


def _possessed_place(toks: Sequence[Token], i: int, j: int) -> bool:
    if j + 1 >= len(toks):
        return False
    tok, nxt = toks[j], toks[j + 1]
    if not nxt.capitalised or nxt.lead:
        return False
    if tok.trail in _APOSTROPHES and tok.lower.endswith("s") or tok.possessive and (
            tok.lower in _PLURAL_OWNERS or tok.lower.endswith("men")):  # ("Fishermen's")
        # "Port Workers' Federation", "Conservative People's Party": one body's name
        return nxt.lower in ORG_WORDS or nxt.lower in _POSSESSED
    if not tok.possessive or tok.lower in country_names():
        return False
    return nxt.lower in _POSSESSED or nxt.lower in _TITLE_BODIES and _is_title(tok.core) and (
        j > i and toks[i].capitalised)  # "the Information Commissioner's Office"


_APOSTROPHES = frozenset({"'", "’"})
#: Continents a body's name may end with ("... Co-operation in Europe").
_CONTINENTS = frozenset({"europe", "asia", "africa", "america", "americas", "oceania"})
#: Bodies named after the office-holder who leads them ("the Auditor General's Department").
_TITLE_BODIES = frozenset({"office", "department", "service", "bureau", "unit", "team"})
#: Plurals without an "s" that own a body's name ("People's Party", "Women's Institute").
_PLURAL_OWNERS = frozenset({"people", "women", "men", "children"})


def _name_end(toks: Sequence[Token], i: int, j: int) -> int:
    """The last token of the name that starts at ``i`` (``j`` is where to look on from)."""
    n = len(toks)
    while j + 1 < n and not _breaks_after(toks[j]):
        nxt = toks[j + 1]
        if nxt.lead and not NICKNAME.match(nxt.raw.rstrip(",.;:")):
            break
        if _name_token(nxt) or nxt.lead and NICKNAME.match(nxt.raw.rstrip(",.;:'’s")) or \
                _GIVEN_HYPHENATED.match(nxt.core) and not nxt.lead and \
                not nxt.core.endswith(_ADJECTIVE_TAILS):
            j += 1
            continue
        if (nxt.lower == "in" and j + 2 < n and not nxt.trail
                and _has_org_word(toks, i, j + 1)
                and (toks[j + 2].lower in country_names() or toks[j + 2].lower in _CONTINENTS)):
            j += 2
            continue
        if (nxt.lower in _JOINERS or nxt.lower == "do" and toks[j].lower not in NOT_NAME_WORDS
                and toks[j].core[1:].islower()) and j + 2 < n and not nxt.trail:
            # ("Águas do Sul", a Portuguese particle; "Why do Americans" is no name)
            after = toks[j + 2]
            if after.lower == "the" and j + 3 < n and not after.trail:
                after = toks[j + 3]
                skip = 3
            else:
                skip = 2
            if (_name_token(after) and not after.lead and (nxt.lower != "the" or _titled_body(
                    toks, i, j))
                    and after.lower not in NOT_NAME_WORDS
                    and not (skip == 3 and _has_org_word(toks, i, j) and (
                        after.lower in ORG_WORDS or _body_name_after(toks, j + skip)))
                    # ("the Federation of X and the Union of Y": two bodies)
                    and (nxt.lower != "and" or _has_of(toks, i, j) or _spelled_after(toks, i)
                         or _field_after(toks, i, j, j + skip)
                         or skip == 2 and j - i - (toks[i].lower == "the") <= 1
                         and toks[j].lower not in country_names()
                         and toks[i].lower not in country_names()
                         and _body_name_after(toks, j + skip))):
                j += skip
                continue
        break
    return j


def _titled_body(toks: Sequence[Token], i: int, j: int) -> bool:
    """Whether a body's name that a role opens goes on over "the" ("the group Save | the
    Stour", "campaign group Stop | the Cuts"): the body's role, lower-case, stands right
    before it, and at most two words come before "the"."""
    if i == 0 or j - i > 1 or toks[j].possessive or j + 2 < len(toks) and (
            toks[j + 2].lower in country_names()):
        return False  # ("the charity Oxfam | the Netherlands": two names)
    role = toks[i - 1]
    return role.lower in ORG_ROLE_WORDS and role.core.islower() and not role.trail and \
        toks[i].lower not in GIVEN_NAMES


#: A hyphenated given name after a family name ("Kim Dong-hyun", "Park Seo-yeon", "Kim
#: Jong-un"); not an adjective ("Iran-backed", "Paris-based": see :data:`_ADJECTIVE_TAILS`).
_GIVEN_HYPHENATED = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")
_ADJECTIVE_TAILS = ("ed", "ing", "ly", "-born", "-run", "-made", "-wide", "-style", "-like",
                    "-era", "-type", "-led", "-free", "-long", "-old", "-year", "-day", "-area")


def _spelled_after(toks: Sequence[Token], i: int) -> bool:
    """Whether the capitalised words from ``i`` run on to an acronym in brackets that spells
    them with an "and" between ("Organisation for Security and Co-operation in Europe
    (OSCE)"): the "and" is then inside the name."""
    letters: list[str] = []
    for k in range(i, min(len(toks), i + 12)):
        tok = toks[k]
        if tok.lead == "(":
            short = tok.core
            return len(short) >= 3 and short.isupper() and "".join(letters) == short
        if tok.capitalised and not (k == i and tok.lower == "the"):
            letters.append(tok.core[0])
        elif tok.lower not in _JOINERS and tok.lower != "in":
            return False
        if tok.trail and not (k + 1 < len(toks) and toks[k + 1].lead == "("):
            return False
    return False


def _field_after(toks: Sequence[Token], i: int, j: int, k: int) -> bool:
    """Whether a body's name "<Body> for X" (tokens ``i`` to ``j``) goes on with a second
    field after "and" (from token ``k``): capitalised words ending in a common noun of a
    field ("Centre for Volcanology and | Geological Hazard Mitigation", "Centre for Disease
    Control and | Prevention"), not a name of its own ("Institute for Fiscal Studies and |
    Oxford Economics")."""
    if not any(toks[f].lower == "for" and f > i and toks[f - 1].lower in ORG_WORDS
               for f in range(i + 1, j + 1)):
        return False
    for m in range(k, min(k + 4, len(toks))):
        tok = toks[m]
        if not tok.capitalised or m > k and tok.lead or tok.lower in ORG_WORDS:
            return False
        if tok.trail or m + 1 >= len(toks) or not toks[m + 1].capitalised:
            return (tok.lower.endswith(_FIELD_ENDINGS) or tok.lower in _FIELD_WORDS) and \
                not tok.trail.strip(".,;:")
    return False


#: Endings of the common nouns that name a field of work ("Mitigation", "Prevention",
#: "Hydrology", "Excellence", "Development").
_FIELD_ENDINGS = ("tion", "sion", "ment", "logy", "ence", "ance", "ity", "ing", "ure")
#: Common nouns of a field of work with none of those endings ("Disease Prevention and |
#: Control", "Peace and | Justice").
_FIELD_WORDS = frozenset({"control", "research", "health", "welfare", "affairs", "energy",
                          "trade", "industry", "science", "sciences", "finance", "transport",
                          "sport", "sports", "justice", "defence", "defense", "rescue", "relief",
                          "recovery", "heritage", "tourism", "fisheries", "forestry", "markets",
                          "statistics", "standards", "safety", "law", "peace", "arts"})


def _body_name_after(toks: Sequence[Token], k: int) -> bool:
    """Whether the capitalised words from ``k`` end a body's name ("Maritime and | Port
    Workers' Federation", "Greene and | Whitcombe" is not one)."""
    for m in range(k, min(k + 4, len(toks))):
        tok = toks[m]
        if not tok.capitalised or m > k and tok.lead or m == k and tok.possessive:
            return False  # ("AeroAndina and | Peru's Pacífico Airlines": its owner, first)
        if tok.lower in ORG_WORDS:
            return True
        if tok.trail and not (tok.trail in _APOSTROPHES and m + 1 < len(toks)):
            return False
    return False


def _dateline_end(toks: Sequence[Token]) -> int:
    """Tokens of a dateline ("ASHFORD —", "NEW YORK, May 2 —") opening the sentence: a place
    in capitals before a dash, which is not a name that acts."""
    if not toks or not toks[0].core.isupper() or len(toks[0].core) <= 2:
        return 0  # (most sentences: no place in capitals opens them)
    for k, tok in enumerate(toks[:7]):
        if tok.raw in {"—", "–", "-"}:
            return k + 1 if k else 0
    return 0


def dateline_place(text: str) -> str:
    """The lower-cased place of a dateline opening ``text`` ("ALDERMOOR, March 12 -"), or ""."""
    toks = _tokenize(text)
    words: list[str] = []
    for tok in toks[:_dateline_end(toks)]:
        if tok.raw in {"—", "–", "-"}:
            break
        words.append(tok.core)
        if tok.trail:
            break
    return " ".join(words).lower()


def _has_of(toks: Sequence[Token], i: int, j: int) -> bool:
    return any(toks[k].lower == "of" for k in range(i, j + 1))


def _make_mention(text: str, toks: Sequence[Token], i: int, j: int) -> Mention | None:
    # Drop function words capitalised by position ("The", "Last", "Since").
    while i <= j and toks[i].lower in _NOT_OPENING and not (
            toks[i].core.isupper() and len(toks[i].core) > 1) and not _named_by_role(toks, i, j):
        i += 1  # ("WHO", "IT" written in capitals are names)
    while j >= i and (toks[j].lower in _NOT_CLOSING or toks[j].lower in _NAME_ENDINGS and (
            j == i or not toks[j].core[:1].isupper())):
        j -= 1
    if (i == 0 and i + 2 <= j and toks[1].lower == "of"
            and (toks[0].lower in GROUP_WORDS or toks[0].lower.endswith("s"))):
        i = 3 if toks[2].lower == "the" else 2  # "Delegates of the WTO": not one name
    if i > j or (i == j and (toks[i].lower in demonyms() or toks[i].lower in ADJECTIVES
                             or toks[i].lower in GROUP_WORDS or toks[i].lower in TITLE_WORDS
                             or toks[i].lower in ORG_WORDS)):
        return None
    if i == 0 and toks[0].lower.endswith(_NOT_NAME_SUFFIXES):
        if i == j:
            return None
        if toks[0].lower.endswith(("ous", "ly", "ing", "ful", "less")) and not \
                _person_speaks(toks, j):
            i += 1  # "Numerous U.S. personnel": the adjective opens the sentence
    # Split a leading title off ("Iraqi Prime Minister | Mohammed Shia al-Sudani").
    split = -1
    k = i
    if i < j and (i == 0 or toks[i - 1].raw in {"—", "–", "-"}) and (
            toks[i].lower in ORG_ROLE_WORDS or toks[i].lower.endswith("maker") or
            toks[i].lower in _EITHER_ROLES):
        split, k = i, j  # "Chipmaker Halvex unveiled": a trade capitalised by position
    while k < j:
        if _is_title(toks[k].core) or (split >= 0 and toks[k].lower in demonyms()):
            split = k
            if k + 1 < j and (toks[k + 1].lower == "of" or toks[k + 1].lower == "for"):
                m = k + 2
                while m < j and toks[m].lower in _PORTFOLIO:
                    m += 1
                if m > k + 2 and m <= j and not (m == j and toks[j].lower in _PORTFOLIO):
                    split = m - 1
                    k = m
                    continue
        elif split >= 0 and not _is_title(toks[k].core):
            if not (k + 1 < j and _is_title(toks[k + 1].core) and toks[k].core[1:].islower()):
                break  # ("Chief Technical Officer": a word between two title words is one)
        k += 1
    if split < 0 and i < j and toks[i].lower in demonyms() and _is_title(toks[i + 1].core):
        split = i + 1
    whole = False  # the portfolio runs to the end: an office, no one named after it
    while 0 <= split < j - 1 and toks[split + 1].lower in {"for", "of"}:
        m = split + 2  # "Secretary of State | for Health | Wes Streeting": portfolio after portfolio
        while m < j and toks[m].lower in _PORTFOLIO:
            m += 1
        whole = m == j and toks[j].lower in _PORTFOLIO
        if m == split + 2 or whole:
            break
        split = m - 1
    office = whole or 0 <= split < j and toks[split + 1].lower in {"for", "of"}
    if office:  # "the State Prosecutor for Serious Economic Crime": an office, one name
        split = -1
    name_first = split + 1 if split >= 0 else i
    of_at = next((k for k in range(name_first + 1, j) if toks[k].lower == "of"), None) \
        if j - name_first >= 3 else None  # (an "of" right after the first word splits nothing)
    if (of_at is not None and of_at - name_first >= 2
            and not _has_org_word(toks, name_first, of_at)
            and (split >= 0 or of_at - name_first <= 3 and toks[name_first].lower not in
                 NOT_GIVEN_NAMES and toks[name_first].lower not in ADJECTIVES and (_has_org_word(
                     toks, of_at + 1, j + 1) or toks[j].lower in _BODY_ENDINGS))):
        j = of_at - 1  # "(Professor) Kenji Watanabe of Kyoto University": the person
    elif of_at is not None and _person_of_country(text, toks, name_first, of_at, j):
        j = of_at - 1  # "Rustam Aliyev of Uzbekistan": a person and where they are from
    if _has_org_word(toks, name_first, j + 1):
        # "State Department", "Defense Ministry": the title words belong to the body's name
        name_first = i
        split = -1
    described = False  # "Irish Water, the national utility": a body that its apposition names
    if toks[name_first].lower in demonyms() and name_first < j:
        # "Iranian General Qasem Soleimani" without a title split: demonym is a modifier
        described = name_first + 1 == j and _body_in_apposition(toks, j)
        if not described and not _has_org_word(toks, name_first, j + 1):
            name_first += 1
    if name_first > j or (name_first == j and (toks[j].lower in demonyms()
                                                or toks[j].lower in ADJECTIVES)):
        return None
    title_text = text[toks[i].start + len(toks[i].lead): toks[split].end - len(toks[split].trail)
                      ] if split >= 0 else ""
    role_first, role = _role_before(text, toks, i, split >= 0)
    if title_text:
        role = f"{role} {title_text}".strip() if role else title_text
    elif (j - name_first >= 2 and name_first == i and i >= 2 and toks[i - 1].lower == "of"
          and _is_title(toks[i - 2].core) and not toks[i - 1].trail and not toks[i].trail
          and toks[i].lower not in NOT_GIVEN_NAMES):
        # "former mayor of Riga Inga Kalniņa": the place is part of the role
        role_first = _extend_role(text, toks, i - 2, i - 2)[0]
        role = text[toks[role_first].start + len(toks[role_first].lead):
                    toks[i].start + len(toks[i].lead) + len(toks[i].core)]
        name_first = i + 1
    role = role.replace("*", "")
    start = toks[name_first].start + len(toks[name_first].lead)
    last = toks[j]
    end = last.start + len(last.lead) + len(last.core)
    name = text[start:end]
    if name.startswith(("\"", "“")):
        name, start = name[1:], start + 1
    before = toks[role_first - 1] if role_first > 0 else None
    has_the = before is not None and before.lower == "the" and not before.trail
    role_head = role.split()[-1].lower() if role else ""
    if role_head in ORG_ROLE_WORDS or role_head.endswith("maker") or (
            role_head in ORG_WORDS and role_head not in TEAM_WORDS) or role_head in \
            _EITHER_ROLES and " " in name and name.split(None, 1)[0].lower() not in GIVEN_NAMES:
        # "the Houston company Orbital Frontier": the role says what a two-word name is
        guess = kind_of(name)
        kind: AnswerKind | None = AnswerKind.ORGANISATION if guess in {
            None, AnswerKind.PERSON} else guess
    elif office and not role:
        # "the State Prosecutor for Serious Economic Crime": an office, one body; but "Norway's
        # Minister for Fisheries, Ola Dahl, said": the office is the named person's title
        kind = None if _NAME_IN_COMMAS.match(text, end) else AnswerKind.ORGANISATION
    elif described:
        kind = AnswerKind.ORGANISATION
    else:
        kind = kind_of(name, bool(role))  # (positional: cheaper to look up)
    return _new_token(Mention, (name, start, end, role,
                                toks[role_first].start + len(toks[role_first].lead),
                                name_first, j, last.possessive, kind, has_the))


def _body_in_apposition(toks: Sequence[Token], j: int) -> bool:
    """Whether the name ending at ``j`` is set off by a comma and an apposition whose head is
    a body's role within three words ("Irish Water, the national utility", "Danish Crown, a
    cooperative group"), not a person's or a place's description."""
    if toks[j].trail != "," or j + 2 >= len(toks) or toks[j + 1].lower not in {"the", "a", "an"}:
        return False
    for tok in toks[j + 2:j + 5]:
        if tok.lower in ORG_ROLE_WORDS and tok.core.islower():
            return True
        if tok.trail and tok.trail not in _APOSTROPHES or not tok.core.islower():
            return False  # ("the growers' union": a plural owner is part of the role)
    return False


#: Words that end a body's name besides :data:`lexicon.ORG_WORDS` ("Ewan MacLeod of the
#: Highland Moorland Trust": a person of a body).
_BODY_ENDINGS = frozenset({"trust", "charity", "partnership", "campaign"})


#: A name set off in commas right after an office ("..., Ola Dahl, said").
_NAME_IN_COMMAS = re.compile(r", (?:[A-Z][\w’'.-]+ ){1,3}?[A-Z][\w’'-]+,")


def _named_by_role(toks: Sequence[Token], i: int, j: int) -> bool:
    """Whether the capitalised function word at ``i`` opens a body's name because a body's
    role stands right before it ("consumer group Which Way")."""
    return 0 < i < j and toks[i].capitalised and not toks[i - 1].trail and \
        toks[i - 1].core.islower() and toks[i - 1].lower in ORG_ROLE_WORDS and \
        toks[i].lower not in _CONNECTORS


def _person_of_country(text: str, toks: Sequence[Token], first: int, of_at: int,
                       last: int) -> bool:
    """Whether ``toks[first:last + 1]`` is a person-shaped name, "of" and a country ("Lena
    Berg of Sweden"), not a country's or a body's own name ("Democratic Republic of Congo",
    "Bank of England")."""
    if not 2 <= of_at - first <= 3 or toks[first].lower in NOT_GIVEN_NAMES or \
            toks[first].lower in ADJECTIVES or _has_org_word(toks, first, last + 1):
        return False
    country = " ".join(t.lower for t in toks[of_at + 1:last + 1])
    if country.startswith("the "):
        country = country[4:]
    whole = text[toks[first].start + len(toks[first].lead):
                 toks[last].start + len(toks[last].lead) + len(toks[last].core)]
    return country in country_names() and whole.lower() not in country_names() and \
        kind_of(" ".join(t.core for t in toks[first:of_at])) is AnswerKind.PERSON


def _role_before(text: str, toks: Sequence[Token], i: int, titled: bool) -> tuple[int, str]:
    """The lower-case role written just before a name ("Fox News host", "military spokesman")."""
    k = i - 1
    if toks[i].lead == "(":
        return i, ""  # "the X Group (XG)": an acronym in brackets has no role before it
    if (k >= 2 and toks[k].core.islower() and toks[k - 1].lower == "of"
            and toks[k].lower not in NOT_NAME_WORDS
            and _is_title(toks[k - 2].core) and not toks[k - 1].trail and not toks[k].trail):
        first = k - 2  # "director of science Ingrid Halvorsen"
        return _extend_role(text, toks, first, k)
    if k < 0 or toks[k].trail or toks[k].capitalised and titled:
        return i, ""
    if not _is_title(toks[k].core) and toks[k].lower not in ORG_ROLE_WORDS and not (
            toks[k].lower.endswith("maker") and toks[k].core.islower()):
        return i, ""
    return _extend_role(text, toks, k, k)


def _extend_role(text: str, toks: Sequence[Token], first: int, k: int) -> tuple[int, str]:
    """Grow a role leftwards over its modifiers ("State Department deputy spokesman")."""
    m = k - 1
    while m >= 0 and (toks[m].trail in {"", "*"} or toks[m].trail in _APOSTROPHES
                      and toks[m].core.islower() and toks[m].lower[-1:] == "s") and first - m < 6:
        # ("the farmers' federation Agrisul": a plural owner is part of the role)
        word = toks[m]
        if (word.lower in ROLE_MODIFIERS or word.lower in ORG_WORDS or _is_title(word.core)
                or word.lower in GROUP_WORDS and word.core.islower()) or (
                word.capitalised and word.lower not in NOT_NAME_WORDS and not word.lead):
            first = m
            m -= 1
            continue
        if word.possessive and word.capitalised:
            first = m
            m -= 1
            continue
        if (toks[k].lower in ORG_ROLE_WORDS and k - m <= 2 or (first == k or first - m == 1
                                                                and word.lower.endswith(
                                                                    _ADJECTIVE_ENDS))
                and k - m <= 3 and _is_title(toks[k].core)) and (_plain_modifier(word) or toks[
                    k].lower in ORG_ROLE_WORDS and _trade(word)):
            first = m  # "software group Nordlys", "chemical manufacturer Kemora", "plant manager"
            m -= 1
            continue
        break
    # A possessive that opens the role belongs with the name before it ("Resolve's commander").
    while first > 0 and toks[first - 1].capitalised and toks[first - 1].trail in {"", "*"} and (
            toks[first - 1].lower not in NOT_NAME_WORDS) and not toks[first - 1].lead:
        first -= 1
    start = toks[first].start + len(toks[first].lead)
    end = toks[k].start + len(toks[k].lead) + len(toks[k].core)
    return first, text[start:end]


def _plain_modifier(word: Token) -> bool:
    """A lower-case word that can describe a body's trade ("software", "chemical"), not a
    verb or a function word ("ordered", "by", "the")."""
    low = word.lower
    return (word.core.isalpha() or word.core.replace("-", "").isalpha() and "-" in word.core[
        1:-1]) and word.core.islower() and low not in NOT_NAME_WORDS and \
        not low.endswith(("ed", "ing", "ly")) and low not in _VERBISH


#: Endings of adjectives that may open a title's modifiers ("central bank governor"); a verb
#: before a title ("to replace health minister X") has none of them.
_ADJECTIVE_ENDS = ("al", "ic", "ian", "ish", "ese", "ary", "ive", "ous", "ern", "ior")


def _trade(word: Token) -> bool:
    """A lower-case "-ing" noun naming a body's trade ("accounting firm", "mining group")."""
    low = word.lower
    return low.endswith("ing") and word.core.isalpha() and word.core.islower() and \
        low not in NOT_NAME_WORDS and low not in _NOT_TRADES


#: "-ing" words before a body's role that are no trade ("including firm X").
_NOT_TRADES = frozenset({"including", "excluding", "during", "regarding", "concerning",
                         "involving", "targeting", "owning", "leading", "rising", "struggling",
                         "failing", "ailing", "remaining", "existing", "during", "being",
                         "having", "beating", "defeating", "suing", "buying", "selling",
                         "joining", "replacing", "hiring", "acquiring", "accusing", "saying"})


#: Irregular past tenses and verbs that stand before a body's description ("sold rival X").
_VERBISH = frozenset("""
    sold bought won lost made took gave left led met beat hit told said sent put set paid
    is are was were be been has have had will would can could may might must should
    joins join joined says buy sell sue sues
""".split())


def _alias_kinds() -> dict[str, AnswerKind]:
    table: dict[str, AnswerKind] = {}
    for group in well_known_aliases():
        head = group[0].lower()
        kind = (AnswerKind.COUNTRY if head in country_names() else
                AnswerKind.GROUP if head in {"islamic state", "al-qaeda"} else
                AnswerKind.ORGANISATION)
        for name in group:
            table[_bare(name)] = kind
    return table


_ALIAS_KINDS: dict[str, AnswerKind] = {}


def _bare(name: str) -> str:
    low = name.lower().strip()
    return low[4:] if low.startswith("the ") else low


@lru_cache(maxsize=65536)
def kind_of(name: str, has_title: bool = False) -> AnswerKind | None:
    """The kind of a name from its words alone (``None`` when it cannot be told)."""
    if not _ALIAS_KINDS:
        _ALIAS_KINDS.update(_alias_kinds())
    bare = _bare(name)
    if bare in _ALIAS_KINDS:
        return _ALIAS_KINDS[bare]
    if bare in country_names() or bare in capitals():
        return AnswerKind.COUNTRY
    words = bare.replace("’", "'").split()
    if not words:
        return None
    if has_title:
        return AnswerKind.PERSON
    if len(words) >= 3 and words[0] in ORG_WORDS and words[1] in {"of", "for"} and \
            words[0] not in EVENT_WORDS and words[0] not in PLACE_WORDS:
        return AnswerKind.ORGANISATION  # "Office of Rail and Road": a body, whatever it is for
    if (words[-1] in PLACE_WORDS and not _is_money_bank(words)) or words[-1] in EVENT_WORDS \
            or words[0] in EVENT_WORDS or (len(words) > 1 and words[-1] in DISASTER_WORDS):
        return None
    if any(word.strip(".,") in ORG_WORDS for word in words) or "&" in words or (
            len(words) > 1 and words[-1] == "watch"):  # ("Human Rights Watch")
        return AnswerKind.ORGANISATION  # ("Brenner & Cole": a firm, not a person)
    if len(words) > 1 and (words[-1] in COMPANY_TAILS and words[0] not in TITLE_WORDS and
                           words[0] not in GIVEN_NAMES and "of" not in words and
                           "for" not in words or words[0] in COMPANY_HEADS):
        return AnswerKind.ORGANISATION  # "Haven Finance", "Bluegum Events", "Banco do Brasil":
        # not people
    if words[-1] in GROUP_WORDS or len(words) == 1 and bare.endswith("s") and (
            bare[:-1] in demonyms()):
        return AnswerKind.GROUP  # "militias", "the Iraqis"
    if len(words) >= 3 and words[-2] in _BRANCH_WORDS and words[-1].isdigit() or not \
            _FOREIGN_CONNECTORS.isdisjoint(words):
        return AnswerKind.ORGANISATION  # "CUPE Local 500", "Agua para Todos"
    if any(ch.isdigit() for ch in bare) and bare.replace("-", "").isalnum():
        return None  # "COVID-19", "H5N1", "MH17", "A320": a disease, a flight, a model
    if len(words) == 1 and (bare.isupper() or name.isupper()):
        return AnswerKind.ORGANISATION
    if name.replace(".", "").isupper() and len(name) <= 6:
        return AnswerKind.ORGANISATION
    if 2 <= len(words) <= 5 and words[0] not in NOT_GIVEN_NAMES and not any(
            w in countries() or w in {"of", "for", "and"} for w in words) and not any(
            ch.isdigit() or ch == "/" for ch in bare):
        return AnswerKind.PERSON  # ("C/2025 K1", "Boeing 737" are not people)
    if len(words) >= 3 and words[1] in {"of", "for"} and words[0] not in TITLE_WORDS:
        return AnswerKind.ORGANISATION  # "Voice of America", "Bank of England"
    return None


def _is_money_bank(words: list[str]) -> bool:
    """"Czech National Bank" is a bank, "West Bank" a place; "European-Mediterranean
    Seismological Centre" is a body, "Kennedy Center" a place."""
    if words[-1] in {"centre", "center"}:
        return len(words) >= 3
    return words[-1] == "bank" and len(words) > 1 and words[0] not in _COMPASS


_COMPASS = frozenset({"west", "east", "north", "south", "left", "right"})


def article_names(sentences: Iterable[str]) -> frozenset[str]:
    """Lower-cased words of the names an article writes inside sentences (not first).

    A capitalised word that opens a sentence is a name only if the article also capitalises
    it elsewhere; this set is how extractors tell "Prices rose" from "Brightwave said".
    """
    return _article_names(tuple(sentences))


@lru_cache(maxsize=256)
def _article_names(sentences: tuple[str, ...]) -> frozenset[str]:
    names: set[str] = set()
    for text in sentences:
        for m in find_mentions(text):
            if m.role_start > 1:
                names.update(word.lower() for word in m.name.split())
                names.add(m.name.lower())
    return frozenset(names)
