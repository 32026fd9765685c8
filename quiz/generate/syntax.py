"""Splitting a sentence into clauses: subject, finite verb group and the rest.

Heuristic and conservative: a clause starts at the sentence start or after a comma,
semicolon or conjunction, its subject is a short noun phrase without punctuation, and its
verb group is recognised by :func:`grammar.read_verb_group`. Anything unclear is left out,
so the extractors only ask about clauses they understood.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import attrgetter, or_

from quiz.generate.clauses import NOUN_MODIFIERS, PREPOSITIONS, is_reporting, takes_that_clause
from quiz.generate.grammar import (
    AUXILIARIES, KNOWN_PRESENT, VerbGroup, first_lower, is_participle, is_past_tense,
    may_start_verb_group, read_verb_group, word_count,
)
from quiz.generate.lexicon import TITLE_WORDS
from quiz.generate.mentions import NICKNAME, Token, tokenize

#: Words that cannot start a subject (a clause opening with them is an adverbial).
_NOT_SUBJECT_START = frozenset("""
    in on at after before since until during while when if because as although though
    following despite amid among under over about to from with without by for of into
    according speaking according-to than then so but and or yet however which who whom
    whose where why how what that once not also there here meanwhile still now only
    last next earlier later this-week today yesterday including excluding notably especially
    particularly mostly mainly such like said says told added saying
""".split())
#: Participles that open a clause of their own after a comma, without "that" (", meaning the
#: virus was no longer spreading"): the clause's subject follows them.
_CLAUSE_PARTICIPLES = frozenset("""
    meaning saying adding arguing noting warning claiming insisting suggesting signalling
    signaling showing indicating confirming stressing explaining
""".split())

#: Words that end a subject noun phrase search (they would belong to another clause).
_SUBJECT_STOP = frozenset("""
    that which who whom whose because although though while when if after before since
    but so than what how why where whether
""".split())

_COMPARED = frozenset({"more", "fewer", "less"})
_LOCATIVE = frozenset("""
    in at on near by across along inside outside under around throughout into from with
""".split())

#: Words after which a new clause may begin.
_CLAUSE_OPENERS = frozenset("""
    and but that while whereas although though because as when after before since so
    whether until once unless
""".split())

_COORDINATORS = frozenset({"and", "but", "so"})

#: Words that open a subordinate clause: an auxiliary after them is that clause's own.
_SUBORDINATORS = frozenset("""
    because when while although though if unless whereas
""".split())
#: Words that open a subordinate clause when a subject follows ("after the roof was
#: repaired"), but a phrase otherwise ("stationed in Iraq since 2014 have", "as part of").
_SUBORDINATING_PREPOSITIONS = frozenset({"after", "before", "since", "until", "as", "once"})
_CLAUSE_SUBJECT_START = frozenset({"the", "a", "an", "its", "their", "his", "her", "this",
                                   "these", "those", "he", "she", "it", "they", "we"})

_REPORTING = frozenset({"said", "told", "added", "stated", "wrote", "announced", "claimed"})
#: Reporting verbs whose statement follows them without "that" ("said waiting lists, which").
_SAID = frozenset({"said", "says", "added", "stated", "announced", "claimed", "warned"})
_SPEAKER_PRONOUNS = frozenset({"they", "he", "she", "officials", "experts", "critics"})

#: What :data:`mentions.NICKNAME` opens with (a cheap test first).
_NICKNAME_OPENERS = frozenset("\"“‘'")
_DASHES = frozenset({"—", "–", "-"})
_MAX_SUBJECT = 14
_CONTRACTION = re.compile(r"['’](?:ve|re|ll|d|m)$|n['’]t$")
_LOWER = attrgetter("lower")  # (``map`` with it is cheaper than a comprehension)
_TRAIL = attrgetter("trail")


@dataclass(frozen=True, slots=True)
class Clause:
    """A subject, its verb group, and what follows the verb group up to the sentence end."""

    subject: str  # as written
    subject_start: int  # character offsets
    subject_end: int
    group: VerbGroup
    verb_start: int
    verb_end: int
    rest: str  # text after the verb group, to the sentence end, as written
    first_token: int  # token index of the subject's first word
    verb_token: int  # token index of the verb group's first word


def _breaks(tok: Token) -> bool:
    """Whether punctuation after ``tok`` ends a phrase (comma, colon, dash, closing quote)."""
    raw = tok.raw
    if not tok.trail and raw[-1] not in "”\"":
        return raw in _DASHES  # (a dash has no trail)
    if raw[0] in _NICKNAME_OPENERS and NICKNAME.match(raw):
        return False
    return any(ch in ",;:”\"" for ch in tok.trail) or tok.raw.endswith(("”", "\""))


def _is_subject_token(tok: Token) -> bool:
    core = tok.lower
    if tok.core.isupper() and len(tok.core) > 1:
        return True  # an acronym ("WHO", "IS") is a name, not the word it spells
    if not core or core in _SUBJECT_STOP or core in AUXILIARIES and not tok.capitalised:
        return False
    return not (("'" in core or "’" in core) and _CONTRACTION.search(core))


def find_clauses(text: str, tokens: Sequence[Token] | None = None) -> list[Clause]:
    """The clauses of ``text`` whose subject and verb group could be recognised (cached)."""
    return list(_find_clauses(text))


@lru_cache(maxsize=8192)
def _find_clauses(text: str) -> tuple[Clause, ...]:
    toks = tokenize(text)
    lowers = list(map(_LOWER, toks))
    starts: list[tuple[int, bool]] = [(0, False)]
    after = _after_opening_time(toks, lowers) if lowers and lowers[0] in _TIME_OPENERS else 0
    if after:
        starts.append((after, False))  # "On Saturday the ICU disqualified ...", "Since 2019
        # the council has spent ...": the time is no part of the subject
    elif lowers and lowers[0] in _CLAUSE_OPENERS:
        starts.append((1, False))  # "Although X left, ...": X left is a clause too
    # most words neither break nor open a clause: only those with a stop after them or
    # those :data:`_MARKED` holds can (a dash or a lone quote is a word with no stop and its
    # own lower-cased form), found without a loop over the words in Python
    for i in compress(range(len(toks) - 1), map(or_, map(bool, map(_TRAIL, toks)),
                                                    map(_MARKED.__contains__, lowers))):
        tok = toks[i]
        if (tok.trail or tok.raw[-1] in "”\"" or tok.raw in _DASHES) and _breaks(tok):
            starts.append((i + 1, False))
            if i + 2 < len(toks) and lowers[i + 1] in _CLAUSE_PARTICIPLES and \
                    lowers[i + 2] in _NP_DETERMINERS:
                starts.append((i + 2, False))  # ", meaning the virus was no longer ..."
        elif tok.lower in _CLAUSE_OPENERS and i > 0:
            if tok.lower == "and" and toks[i - 1].capitalised and not toks[i - 1].trail:
                continue  # "the U.S. and Iraq have ...": one coordinated subject
            starts.append((i + 1, tok.lower in _COORDINATORS))
        elif tok.lower in _RELATIVES and i > 0 and lowers[i - 1] in PREPOSITIONS:
            starts.append((i + 1, False))  # "in which payments were phased in": a clause
    clauses: list[Clause] = []
    used_verbs: set[int] = set()
    if not _RELATIVES.isdisjoint(lowers):
        for r, low in enumerate(lowers):
            if low in _RELATIVES and 0 < r < len(toks) - 1:
                clause = _relative_clause(text, toks, lowers, r)
                if clause is None:
                    continue
                main = _after_restrictive(toks, lowers, r, clause)
                if main is not None:  # "The town which was built in 1962 | has lost ..."
                    clause, main_clause = _split_restrictive(text, toks, lowers, starts, r,
                                                             clause, *main)
                    if lowers[main_clause.first_token] in _INDEFINITE:
                        # "an outbreak that has infected 40 children | was caused by X":
                        # without its relative clause "an outbreak" names nothing, so the
                        # subject keeps it
                        main_clause = _make_clause(text, toks, main_clause.first_token,
                                                   main[0] - 1, main[1], main[0])
                    used_verbs.add(main_clause.verb_token)
                    clauses.append(main_clause)
                used_verbs.add(clause.verb_token)
                clauses.append(clause)
    for start, coordinated in starts:
        if coordinated and not any(c.verb_token < start for c in clauses):
            continue  # "the U.S. and Iraq have ...": a coordinated subject, not a clause
        clause = _clause_at(text, toks, lowers, start)
        if clause is not None and clause.verb_token not in used_verbs:
            used_verbs.add(clause.verb_token)
            clauses.append(clause)
    for clause in list(clauses):
        inner = clause.verb_token + len(clause.group.words)
        if clause.group.main in _SAYING and inner + 1 < len(toks) and not toks[
                inner - 1].trail and (lowers[inner] in _REPORTED_PRONOUNS or
                                      clause.group.main == "say" and
                                      lowers[inner] in _REPORTED_OPENERS):
            # "said it would cut 1,800 jobs", "Researchers at the institute say the reef is
            # recovering": the reported clause has its own subject and verb (after "said the",
            # the rules read the reported clause themselves: "said the firm had lied, forcing
            # ..." asks nothing)
            reported = _clause_at(text, toks, lowers, inner)
            if reported is not None and reported.verb_token not in used_verbs:
                used_verbs.add(reported.verb_token)
                clauses.append(reported)
    clauses.sort(key=lambda c: c.verb_token)
    return tuple(clauses)


#: Words that open a reported clause right after its verb of saying ("said it would",
#: "says the reef is"): a subject pronoun or a determiner.
_SAYING = _SAID | {"say"}
_REPORTED_PRONOUNS = frozenset({"it", "he", "she", "they", "we"})
_REPORTED_OPENERS = _REPORTED_PRONOUNS | {"the", "its", "their", "his", "her", "this", "these",
                                         "those", "there"}


def _after_opening_time(toks: Sequence[Token], lowers: list[str]) -> int:
    """The token after a time the sentence opens with and no comma ends ("On Saturday",
    "Last week", "In March 2024", "Earlier this month"), else 0."""
    k = 1
    while k < min(len(toks) - 2, 5) and (lowers[k] in _TIME_WORDS or toks[k].core.isdigit()):
        if toks[k].trail or toks[k - 1].trail:
            return 0  # (a comma ends it: already a clause start)
        k += 1
    if k == 1 and lowers[0] not in {"earlier", "later"} or toks[k - 1].trail:
        return 0
    return k  # (:func:`_clause_at` checks that a subject and its verb follow)


_TIME_OPENERS = frozenset({"on", "in", "last", "this", "earlier", "later", "by", "since"})
_TIME_WORDS = frozenset("""
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december week month year weekend morning
    afternoon evening night spring summer autumn winter this last early late
    today yesterday then
""".split())


_RELATIVES = frozenset({"who", "which", "that"})
#: The lower-cased words that may break or open a clause with no stop after them: openers,
#: relatives, dashes and what a word of quotes alone lowers to.
_MARKED = _CLAUSE_OPENERS | _RELATIVES | _DASHES | {""}
#: Words after which a past-tense word is a verb taking its complement ("campaigned on").
_COMPLEMENT_START = frozenset("""
    on for about against with in at to into from over by the a an
""".split())
#: Adverbs between an auxiliary and its verb ("will never know who ...").
_ADVERBS_AFTER_AUXILIARY = frozenset({"not", "never", "also", "still", "always", "just",
                                      "already", "then", "now", "even", "only"})
_NP_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this",
                             "these", "those"})


def _relative_clause(text: str, toks: Sequence[Token], lowers: list[str], r: int) -> Clause | None:
    """"the official who spoke on condition ...": the antecedent is the clause's subject
    ("the rules, which they said had allowed ...": a speaker between is skipped)."""
    said = 2 if r + 3 < len(toks) and lowers[r + 1] in _SPEAKER_PRONOUNS and lowers[
        r + 2] in _REPORTING and not toks[r + 2].trail else 0
    group = read_verb_group(lowers[r + 1 + said:r + 7 + said])
    if said and (group is None or group.tense != "aux"):
        return None
    nxt = lowers[r + 1]
    if lowers[r] == "which" and nxt in {"means", "meant"}:
        return None  # "..., which means the vaccine may need ...": about the whole act
    if lowers[r - 1] in PREPOSITIONS:
        return None  # "a compromise in which payments were ...": the relative's subject follows
    if (lowers[r] == "that" and takes_that_clause(lowers[r - 1]) or r + 2 < len(toks) and (
            lowers[r + 2] in AUXILIARIES or toks[r + 2].core.islower() and is_past_tense(
                lowers[r + 2]))) and group is None:
        return None  # "warned that retailers were ...", "a deal that employers refused":
        # the word after the pronoun is a noun, the subject of a clause of its own
    if group is None and nxt.endswith("s") and not nxt.endswith(("ss", "us")) and nxt.isalpha() \
            and nxt not in _NP_DETERMINERS:  # ("who this person was": no verb)
        group = VerbGroup((nxt,), nxt, "present3")  # "which funds half of the project"
    elif group is None and (nxt in _PLURAL_VERBS or nxt in _RELATIVE_PLURAL_VERBS) and \
            toks[r - 1].core.endswith("s") and toks[r - 1].trail == ",":
        group = VerbGroup((nxt,), nxt, "present")  # "Dairy prices, which account for ..."
    if group is None or toks[r].trail or toks[r + 1].lead or toks[r + 1].core[:1].isupper():
        return None
    end = r - 1
    if toks[end].trail and toks[end].trail != ",":
        return None
    first = None
    for k in range(end, max(-1, end - 9), -1):
        if k != end and (toks[k].trail or toks[k].raw in {"—", "–"}):
            break
        if lowers[k] in _NP_DETERMINERS:
            first = k
            break
        if toks[k].core[:1].isupper() and lowers[k] in AUXILIARIES:
            continue  # ("in May": a month, not a modal)
        if (lowers[k] in AUXILIARIES or lowers[k] == "to") and k + 2 <= end and \
                toks[k + 1].core.islower() and lowers[k + 1] not in _ADVERBS_AFTER_AUXILIARY:
            first = k + 2  # "would resume attacks which began": the noun after the verb
            break
        if lowers[k] in AUXILIARIES or lowers[k] in _SUBJECT_STOP or k != end and \
                lowers[k] in _POSITION_VERBS and lowers[k + 1] in _PLACE_PREPOSITIONS:
            break  # ("The villages lie below sea level, which": a verb, no noun phrase)
        if k != end and lowers[k] in _SAID and lowers[r] != "that" and toks[k].core.islower() \
                and (k == 0 or lowers[k - 1] not in _NP_DETERMINERS):
            first = k + 1  # "a spokesperson said waiting lists, which ...": the lists
            break
        if k != end and toks[k].core.islower() and is_past_tense(lowers[k]) and (
                lowers[k + 1] in _COMPLEMENT_START or k > 0 and not toks[k - 1].trail and
                lowers[k - 1] not in _NP_DETERMINERS and not (
                    lowers[k - 1] in AUXILIARIES and toks[k - 1].core.islower())):
            break  # "The party campaigned on cutting prices, which", "The bank raised rates
            # in March, which triggered": the relative is about the act, not a noun
    if (first is None or lowers[first] not in _NP_DETERMINERS) and not (
            lowers[r] == "who" and group.tense == "present3"):  # ("X, who heads Y": a post)
        first = _named_antecedent(toks, lowers, r, first)
    if first is None and _opening_noun_phrase(toks, lowers, r):
        first = 0  # "Cruise operators and care homes, which are hit hard by outbreaks, ..."
    if first is None or toks[first].core.islower() and (
            is_participle(lowers[first]) or is_past_tense(lowers[first])
            or lowers[first] in PREPOSITIONS):  # ("told to stay in port until Thursday, which")
        return None  # "could be sold separately, which would ...": the whole act, no noun
    return _make_clause(text, toks, first, end, group, r + 1 + said)


def _opening_noun_phrase(toks: Sequence[Token], lowers: list[str], r: int) -> bool:
    """Whether the words before ", which" or ", who" at ``r`` are a short noun phrase opening
    the sentence, without a determiner ("Cruise operators and care homes, which ...",
    "Dairy prices, which ..."): lower-case words after the first, none a verb or a
    preposition."""
    end = r - 1
    if lowers[r] == "that" or toks[end].trail != "," or not 0 < end < 8 or \
            lowers[0] in _NOT_SUBJECT_START:
        return False
    return all(_is_subject_token(toks[k]) and (k == end or not toks[k].trail) and
               not toks[k].lead and (k == 0 or toks[k].core.islower() and
                                     lowers[k] not in PREPOSITIONS and
                                     lowers[k] not in _POSITION_VERBS and
                                     not may_start_verb_group(lowers[k]))
               for k in range(end + 1))


def _named_antecedent(toks: Sequence[Token], lowers: list[str], r: int,
                      first: int | None) -> int | None:
    """The first word of a name set off before ", who" or ", which" ("Raman, who finished
    ...", "won by Norway's Lars Berg, who has ...", "Kemora, which has operated ..."), else
    ``first``: up to four capitalised words that open the sentence or follow a lower-case
    word that ties them to no noun before ("the wife of X, who": whose wife?)."""
    end = r - 1
    if lowers[r] == "that" or toks[end].trail != "," or not toks[end].capitalised:
        return first
    j = end
    while j > 0 and end - j < 3 and toks[j - 1].capitalised and not toks[j - 1].trail and \
            not toks[j - 1].lead:
        j -= 1
    run = j
    if j == end and (lowers[j] in _NOT_ITEMS or lowers[j].endswith("ly")):
        return first  # ("Overall, which is rare": no name)
    while j < end and (lowers[j] in _NOT_SUBJECT_START or toks[j].possessive):
        j += 1  # ("In March, which": the sentence's capital on a preposition; "Norway's
        # Lars Berg, who": the person is Lars Berg)
    if j == run and j > 0 and (lowers[j - 1] in _NAME_TIES or toks[j - 1].capitalised or
                  lowers[j - 1] in _NP_DETERMINERS or not toks[j - 1].core.isalpha() or
                  lowers[j - 1] in PREPOSITIONS and lowers[j - 1] != "by"):
        return first  # ("the Catalan Water Board, which": the determiner's phrase; "Moran
        # from Limerick, who": the place is not who)
    if lowers[j] in _PLACE_HEADS or any(toks[k].lead or lowers[k] in AUXILIARIES
                                        for k in range(j, end + 1)):
        return first
    return j


#: Plural present verbs a relative pronoun may open with besides :data:`_PLURAL_VERBS`.
_RELATIVE_PLURAL_VERBS = frozenset({"rely", "depend", "serve", "include", "provide", "cover",
                                    "carry", "contain", "represent", "make", "earn"})
#: Words that tie a name to a noun before it ("the wife of X", "X and Y").
_NAME_TIES = frozenset({"of", "and", "or", "&", "de", "for", "between"})
#: Words that open the name of a place ("Mount Lawuri, which rises ...").
_PLACE_HEADS = frozenset({"mount", "mt", "lake", "river", "cape", "gulf", "bay", "lake",
                          "island", "isle", "valley", "port", "fort"})


def _after_restrictive(toks: Sequence[Token], lowers: list[str], r: int,
                       clause: Clause) -> tuple[int, VerbGroup] | None:
    """The verb group of the main clause after a relative clause written without commas
    ("The town which was built in 1962 | has lost ...", "The official who spoke to us | said
    ..."): the first auxiliary or reporting verb after the relative's own verb group, before
    any punctuation, conjunction or subordinate word, and with no subject of its own before
    it. ``None`` when the relative clause runs on to the sentence's end, or when its verb
    reports a statement, whose clause may hold the auxiliary ("who said the plan was ...")."""
    if toks[r - 1].trail or toks[r - 1].raw in _DASHES or clause.group.main in _REPORTING \
            or takes_that_clause(clause.group.main):
        return None
    after = clause.verb_token + len(clause.group.words)
    past = None
    for k in range(after, min(len(toks) - 1, after + 12)):
        prev = toks[k - 1]
        if prev.trail or prev.raw in _DASHES or prev.raw[-1] in "”\"" or toks[k].lead:
            break
        low = lowers[k]
        if low in _RESTRICTIVE_ENDS or low in _SUBJECT_STOP and not (
                low == "than" and lowers[k - 1] in _COMPARED):  # ("more than two weeks")
            break
        if k > after and takes_that_clause(low):
            if low not in _REPORTING or lowers[k - 1] in _SUBJECT_PRONOUNS:
                return None  # "who found the bridge was unsafe": the finding's own clause
            group = read_verb_group(lowers[k:k + 6])  # "The official who spoke to us said"
            return None if group is None else (k, group)
        if low in AUXILIARIES and toks[k].core.islower() and k > after:
            if lowers[k - 1] in _SUBJECT_PRONOUNS or lowers[k - 1] in AUXILIARIES:
                return None
            group = read_verb_group(lowers[k:k + 6])
            return None if group is None else (k, group)
        if past is None and k > after and _main_past(toks, lowers, k):
            past = k
            if not is_participle(low):
                break  # ("drove", "began": no participle that could describe a noun)
    if past is None:
        return None
    # "a drought that had lasted three years | led to restrictions": a past verb after the
    # relative clause's object, with no auxiliary after it
    return past, VerbGroup((lowers[past],), lowers[past], "past")


def _main_past(toks: Sequence[Token], lowers: list[str], k: int) -> bool:
    """Whether the lower-case simple past at ``k`` reads as a main verb after a noun ("three
    years | led to", "on Monday | caused floods"), not as a participle describing the noun
    before it ("parts | used in", "the fire | started by"), nor a noun or adjective after a
    determiner."""
    low = lowers[k]
    if not toks[k].core.islower() or k + 1 >= len(toks) or not is_past_tense(low) or \
            lowers[k - 1] in _NP_DETERMINERS or lowers[k - 1] in PREPOSITIONS or \
            lowers[k - 1] in AUXILIARIES and toks[k - 1].core.islower() or \
            lowers[k - 1] in _RELATIVES or low in _SAID:
        return False
    nxt = lowers[k + 1]
    if not is_participle(low):
        return True
    return nxt not in PREPOSITIONS or nxt == "to" and low in _LEADS_TO


#: Words that end the search for a main verb after a relative clause: another clause or
#: a coordination starts there.
_RESTRICTIVE_ENDS = frozenset({"and", "or", "nor", "whom", "whose", "where", "unless",
                               "whereas", "until", "once", "as"})
_INDEFINITE = frozenset({"a", "an", "one", "some", "another"})
#: Past verbs that take "to" as a main verb's complement ("led to", "contributed to").
_LEADS_TO = frozenset({"led", "contributed", "amounted", "pointed", "refused", "agreed",
                       "failed", "decided", "wanted", "tried", "planned", "voted", "promised",
                       "threatened", "managed", "helped", "chose", "continued", "vowed",
                       "pledged", "declined", "offered", "hoped", "attempted", "needed"})
_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they", "there", "this",
                               "these", "those"})


def _split_restrictive(text: str, toks: Sequence[Token], lowers: list[str],
                       starts: list[tuple[int, bool]], r: int, relative: Clause, verb: int,
                       group: VerbGroup) -> tuple[Clause, Clause]:
    """The relative clause cut where the main verb group at ``verb`` starts, and the main
    clause, whose subject is the noun phrase the relative clause is about: from where the
    clause starts ("Residents of the town | which was built in 1962 | have left") or, after a
    verb ("He said the man | who ... | had been released"), the antecedent. As with an
    apposition, the relative clause between subject and verb is not the subject's."""
    start = max(s for s, _ in starts if s <= relative.first_token)
    first = relative.first_token
    if start < first and all(
            _is_subject_token(toks[k]) and not toks[k].trail and not (
                toks[k].core.islower() and may_start_verb_group(lowers[k])
                and read_verb_group(lowers[k:k + 6]) is not None)
            for k in range(start, first)):
        first = start
    cut = text[relative.verb_end:toks[verb].start].strip()
    relative = Clause(relative.subject, relative.subject_start, relative.subject_end,
                      relative.group, relative.verb_start, relative.verb_end, cut,
                      relative.first_token, relative.verb_token)
    return relative, _make_clause(text, toks, first, r - 1, group, verb)


#: "on Thursday", "last week": a time between a subject and its verb ("The regulator on
#: Thursday blocked ..."), not part of the subject.
_TIME_BEFORE_VERB = frozenset(
    [("on", day) for day in ("monday", "tuesday", "wednesday", "thursday", "friday",
                             "saturday", "sunday")]
    + [(first, span) for first in ("last", "this") for span in ("week", "month", "year")])
_TIME_ENDS = frozenset(second for _, second in _TIME_BEFORE_VERB)
#: "the end of last month", "since last year": the time is then part of the subject.
_TIME_OF = frozenset({"of", "since", "until", "by", "from", "to", "in", "at", "for", "during",
                      "before", "after", "than", "and", "or"})


def _make_clause(text: str, toks: Sequence[Token], first: int, head: int, group: VerbGroup,
                 verb: int) -> Clause:
    """A clause whose subject runs from token ``first`` to ``head`` and whose verb group
    starts at token ``verb``."""
    if toks[head].lower in _TIME_ENDS and head - first >= 2 and (
            toks[head - 1].lower, toks[head].lower) in _TIME_BEFORE_VERB \
            and toks[head - 2].lower not in _TIME_OF:
        head -= 2
        if head - first >= 3 and toks[head].lower == "statement" and toks[head - 2].lower == "in":
            head -= 3  # "The ministry in a statement on Friday said"  # "The regulator on Thursday blocked ...": the day is not the subject's
    prev = toks[head]
    last = toks[verb + len(group.words) - 1]
    subject_start = toks[first].start + len(toks[first].lead)
    subject_end = prev.start + len(prev.lead) + len(prev.core)
    if prev.possessive:
        subject_end = prev.start + len(prev.raw) - len(prev.trail)
    if prev.lead == "(" and ")" in prev.trail:
        subject_end = prev.start + prev.raw.index(")") + 1
    verb_end = last.start + len(last.lead) + len(last.core)
    rest = text[verb_end:].strip() if not last.trail else ""
    return Clause(subject=text[subject_start:subject_end], subject_start=subject_start,
                  subject_end=subject_end, group=group, verb_start=toks[verb].start,
                  verb_end=verb_end, rest=rest, first_token=first, verb_token=verb)


def clause_at(text: str, toks: Sequence[Token], start: int,
              lowers: list[str] | None = None) -> Clause | None:
    """The clause whose subject opens at token ``start`` of ``text`` (tokens ``toks``, their
    lower-cased words ``lowers`` when the caller has them), or ``None``: for callers that know
    where a clause begins that :func:`find_clauses` does not look at ("said the army would")."""
    return _clause_at(text, toks, lowers if lowers is not None else [t.lower for t in toks],
                      start)


def _clause_at(text: str, toks: Sequence[Token], lowers: list[str], start: int) -> Clause | None:
    # a sentence's opening "That" is a demonstrative ("That request was turned down")
    demonstrative = start == 0 < len(toks) and lowers[0] == "that" and toks[0].capitalised
    if start >= len(toks) or lowers[start] in _NOT_SUBJECT_START and not demonstrative and not (
            toks[start].core.isupper() and len(toks[start].core) > 1) and not (
            lowers[start] in _ROUGHLY and start + 1 < len(toks)
            and toks[start + 1].core[:1].isdigit()):
        return None  # ("WHO" the organisation may start a subject)
    if toks[start].lead and toks[start].lead not in {"“", "\""}:
        return None
    if toks[start].core.islower() and lowers[start] in _ADVERB_OPENERS:
        return None  # "that already owns stakes": an adverb, not a subject
    if start and lowers[start - 1] in _RELATIVES and toks[start].core.islower() and \
            is_past_tense(lowers[start]):
        return None  # "the firm that supplied parts used in ...": the relative's own verb
    if start and lowers[start] in _CLAUSE_PARTICIPLES and start + 1 < len(toks) and \
            lowers[start + 1] in _NP_DETERMINERS:
        return None  # ", meaning the virus was ...": the subject is "the virus"
    if start and toks[start].core.islower() and start + 1 < len(toks) and (
            _verb_with_complement(toks, lowers, start)
            or lowers[start] in _UP_OUT and lowers[start + 1] in {"from", "to"}
            or lowers[start] == "well" and lowers[start - 1] == "as"):
        return None  # ", forcing the cancellation of ...", ", up from 6%", "as well as"
    for v in range(start + 1, min(len(toks), start + _MAX_SUBJECT + 2)):
        prev = toks[v - 1]
        # (the test :func:`_breaks` opens with, made here: most words have no punctuation)
        if (prev.trail or prev.raw[-1] in "”\"" or prev.raw in _DASHES) and _breaks(prev) and \
                not (prev.lead == "(" and ")" in prev.trail
                     and not any(ch in ",;:" for ch in prev.trail)):
            if prev.trail.endswith(",") and v - 1 >= start:
                return _after_apposition(text, toks, lowers, start, v) or \
                    _listed_subject(text, toks, lowers, start, v)
            return None
        if not _is_subject_token(prev) and not prev.lead == "(" and not (
                demonstrative and v == 1) and not (
                lowers[v - 1] == "than" and v - 2 >= start and lowers[v - 2] in _COMPARED
                and toks[v].core[:1].isdigit()):  # ("more than 300 flights were ...")
            return None
        if toks[v].lead == "(" and ")" in toks[v].trail:
            continue  # "Daesh (ISIS) was": a bracketed alias inside the subject
        if toks[v].lead:
            return None
        if toks[v].core[:1].isupper() and v > 0:
            continue
        group = read_verb_group(lowers[v:v + 6]) if may_start_verb_group(lowers[v]) else None
        if group is None and lowers[v] in _PRESENT_STARTERS:  # (a set test spares the call)
            group = _plural_present(toks, lowers, start, v)
        if group is None and lowers[v] in _POSITION_VERBS and v + 1 < len(toks):
            group = _position_verb(toks, lowers, start, v)
        if group is None and v + 2 < len(toks) and v - start <= _MAX_PRESENT_SUBJECT and (
                lowers[v + 1] in _AFTER_A_PRESENT or toks[v + 1].core[:1].isdigit()
                or lowers[v] in _FREQUENCY or v - start == 2 and (
                    lowers[v + 1][-1:] == "s" or lowers[v + 1] in _PLURAL_HEADS)
                ) and toks[v].core.islower():
            group = _open_present(toks, lowers, start, v)
        if group is None:
            continue
        if group.main in _DO_FORMS:
            return None  # "as residents do per person": a verb left out, nothing to ask
        if group.tense == "past" and len(group.words) == 1 and v + 1 < len(toks) and \
                not toks[v].trail and _heads_a_subject(lowers, v):
            continue  # "A stronger won could make ...", "The grant cut was ordered",
            # "The soaring cost of diesel has pushed up ...": a noun, its verb to come
        if group.tense == "past" and (_looks_adjectival(toks, lowers, v) or
                                      _reduced_relative(toks, lowers, v) or
                                      _after_number(toks, lowers, start, v)):
            continue
        if lowers[v - 1] in {"the", "a", "an", "its", "their", "his", "her", "our", "to"} or (
                lowers[v - 1] == "those" and group.tense == "past") or (
                group.tense == "past" and lowers[v - 1] in _BEFORE_AN_ADJECTIVE) or (
                lowers[v] in _SAME_FORM_NOUNS and lowers[v - 1] in _BEFORE_A_NOUN):
            # ("an earlier bid from X collapsed": a noun after its adjective)
            continue  # ("those used on other routes": the ones used, no clause)
        if lowers[v - 1] in _COORDINATORS or lowers[v - 1] == "or" or v - 1 == start and \
                lowers[start].endswith("ly") and toks[start].core.islower():
            return None  # "conceded defeat and said": two predicates, no subject before them
            # ("a process that usually takes": an adverb is no subject)
        return _make_clause(text, toks, start, v - 1, group, v)
    return None


#: Finite auxiliaries and modals: a simple past right before one is a noun ending the
#: subject ("A stronger won could ...", "The grant cut was ordered"), never a verb.
_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would",
                     "can", "could", "may", "might", "must", "should", "shall"})


def _heads_a_subject(lowers: list[str], v: int) -> bool:
    """Whether the simple past read at ``v`` is the subject's head noun: a finite auxiliary
    follows it and it has no "-ed" ("rain expected could turn" is a participle's), or it is a past as often a noun with "of" after it ("the cost of diesel")."""
    nxt, word = lowers[v + 1], lowers[v]
    return nxt in _FINITE and not word.endswith("ed") or nxt == "of" and word in _SAME_FORM_NOUNS


#: Prepositions after which a past participle describes the noun it opens ("exemptions for
#: disabled drivers", "a shortage of trained staff", "in lost fares"): no verb follows them.
_BEFORE_AN_ADJECTIVE = frozenset({"of", "for", "in", "with", "from", "on", "at", "into",
                                  "about", "among", "between", "against", "without"})
#: Simple pasts that are as often nouns ("an earlier bid", "a further cut").
_SAME_FORM_NOUNS = frozenset({"bid", "cut", "hit", "set", "cost", "spread", "put", "bet",
                              "cast", "split"})
#: Adjectives that put a noun after them ("an earlier bid", "a further cut", "a rival bid").
_BEFORE_A_NOUN = frozenset("""
    earlier previous first second third further failed new rival latest initial final fresh
    separate similar recent original deep sharp steep big major higher lower record hostile
    takeover
""".split()) | NOUN_MODIFIERS
_DO_FORMS = frozenset({"do", "does", "did", "don't", "doesn't", "didn't", "don’t", "doesn’t",
                       "didn’t"})
#: Adverbs that may open what follows a clause opener but are no subject ("that already
#: owns", "once again").
_ADVERB_OPENERS = frozenset({"already", "often", "never", "ever", "soon", "again", "always",
                             "usually", "rarely"})
#: Words that open a rough quantity as a subject ("About 11,000 passengers hold ...").
_ROUGHLY = frozenset({"about", "around", "over", "nearly", "almost", "roughly",
                      "approximately", "some", "under"})
#: Plural nouns without an "-s" that head a subject ("Farmed fish usually try ...").
_PLURAL_HEADS = frozenset({"people", "police", "children", "men", "women", "fish", "cattle",
                           "sheep", "staff"})
#: Adverbs between a plural subject and its present verb ("usually try").
_FREQUENCY = frozenset({"usually", "often", "still", "also", "now", "already", "generally",
                        "typically", "rarely", "never", "regularly", "increasingly",
                        "sometimes", "normally", "mostly", "largely", "jointly"})
#: Verbs common in news in their plural present ("Tourists visit ...", "About 11,000
#: passengers hold ..."). Not the verbs of opinion and blame, whose subjects the cause rules
#: read apart ("Scientists believe the glacier | is melting", "Police blame X on Y": see
#: cause_reports.OPINION_VERBS and cause_blamed).
_PLURAL_VERBS = frozenset("""
    visit try work live use pay spend travel know feel see buy sell receive earn attend
    return stay continue account represent employ produce cost hold oppose support own run
    urge call want need face remain show find plan hope agree intend vow threaten refuse
    seek decide promise pledge prepare wish describe reject back control operate require
    allow make take give keep come go lead mean cause drive
""".split())


#: Quantities that open a subject with "of" before its plural head ("Many of her customers").
_PARTITIVES = frozenset({"many", "most", "some", "all", "several", "few", "both", "none",
                         "half"})
#: Verbs of position, read before a preposition of place ("The villages lie below sea level").
_POSITION_VERBS = frozenset({"lie", "lies", "sit", "sits", "stand", "stands"})
_PLACE_PREPOSITIONS = frozenset({"in", "on", "at", "below", "above", "beneath", "under",
                                 "near", "along", "behind", "between", "among", "inside",
                                 "outside", "beside", "off", "across", "within", "just",
                                 "about", "some", "roughly", "around", "empty", "idle"})


def _position_verb(toks: Sequence[Token], lowers: list[str], start: int,
                   v: int) -> VerbGroup | None:
    """A verb of position after a short noun subject it agrees with, before where ("The
    coastal villages lie below sea level", "The plant sits on a fault line"); not where a
    finite verb follows ("Small lies in politics are common": "lies" a noun)."""
    word = lowers[v]
    if v - start > 5 or not toks[v].core.islower() or toks[v - 1].trail or toks[v].trail or \
            lowers[v + 1] not in _PLACE_PREPOSITIONS or not toks[v - 1].core.isalpha():
        return None
    head = v - 1
    for i in range(start, v):
        if lowers[i] in PREPOSITIONS or lowers[i] in _NOT_IN_SUBJECT or toks[i].possessive:
            if i == start or lowers[i] not in PREPOSITIONS:
                return None
            head = i - 1
            break
    low_head = lowers[head]
    if low_head in _NP_DETERMINERS or low_head in AUXILIARIES:
        return None
    plural = low_head in _PLURAL_HEADS or len(low_head) > 3 and low_head.endswith("s") and \
        not low_head.endswith(("ss", "us", "is"))
    if plural == word.endswith("s"):
        return None
    for i in range(v + 1, min(len(toks), v + 10)):
        if lowers[i] in _STRETCH_ENDS or toks[i - 1].trail:
            break
        if lowers[i] in AUXILIARIES or toks[i].core.islower() and is_past_tense(
                lowers[i]) and lowers[i + 1: i + 2] != ["by"]:
            return None  # ("a basin ringed by mountains": a participle, no verb)
    return VerbGroup((word,), word, "present3" if plural is False else "present")


#: The words :func:`_plural_present` can read a verb group from (an adverb or the verb).
_PRESENT_STARTERS = _FREQUENCY | _PLURAL_VERBS


def _plural_present(toks: Sequence[Token], lowers: list[str], start: int,
                    v: int) -> VerbGroup | None:
    """A plural subject's present verb, read only where nothing else can be: the word
    before is a plural noun, or an adverb stands before the verb's base form ("Farmed fish
    usually try"), the verb is a common one, and no verb follows it ("The bus drivers strike ended"
    has its noun "strike")."""
    adverb = lowers[v] in _FREQUENCY
    k = v + 1 if adverb else v
    if k + 1 >= len(toks) or lowers[k] not in _PLURAL_VERBS or not toks[k].core.islower() or \
            toks[v - 1].trail or toks[k].trail and k + 1 < len(toks) and not adverb:
        return None
    first = start + 1 if lowers[start] in _ROUGHLY else start  # ("About 11,000 passengers")
    if lowers[start] in _PARTITIVES and start + 2 < v and lowers[start + 1] == "of" and \
            lowers[k + 1] in _AFTER_A_PRESENT:
        first = start + 2  # ("Many of her customers now buy their": the head follows "of";
        # not before an adverb: "Most of its films go straight to ..." is asked "Why ... go
        # straight?")
    if v - start > 5 or start and lowers[start - 1] in {"and", "or"} or any(
            lowers[i] in PREPOSITIONS or toks[i].possessive for i in range(first, v)):
        return None  # "luggage and parcels in case the thieves try", "Burgundy's top wines
        # sell" (asked "Whose top wines ...?" with a singular verb)
    head = lowers[v - 1]
    if not adverb and head not in _PLURAL_HEADS and not (len(head) > 3 and head.isalpha() and
                                          head.endswith("s") and
                                          not head.endswith(("ss", "us", "is"))):
        return None
    nxt = lowers[k + 1]
    if nxt in AUXILIARIES or is_past_tense(nxt) or nxt in _PLURAL_VERBS:
        return None
    return VerbGroup(tuple(lowers[v:k + 1]), lowers[k], "present")


#: Words after which a present verb's object or complement may open ("reduces the majority",
#: "carry 20 million", "accounts for 1%", "say the reef"): not "of" and "to", which follow
#: nouns far more often than verbs ("the state pensions of", "cuts to services").
_AFTER_A_PRESENT = (_NP_DETERMINERS | {"it", "them", "him", "us", "me", "more", "fewer",
                                       "less", "some", "several", "dozens", "hundreds",
                                       "thousands", "millions", "almost", "nearly", "about",
                                       "around", "up", "out", "for", "in", "on", "with", "from",
                                       "into", "at", "against", "across", "over", "most",
                                       "many", "much", "all", "half", "every", "each", "no",
                                       "both"})
_MAX_PRESENT_SUBJECT = 7
#: Lower-case words after a plural noun that are no verb ("years ago the", "tickets worth
#: $5", "players available for"): function words, adverbs, adjectives of place and number.
_NOT_A_PRESENT = frozenset("""
    ago each apiece alone together overall abroad worldwide nationwide per plus minus like
    than such only too then here there last next worth both all half twice once even just
    instead including excluding via versus alike aged due nearby across around inside outside
    within without among between toward towards near off up down out over away back home
    available able likely unable ready free open close old new long high low full empty
""".split())
#: Endings of adjectives and nouns, never of a bare verb ("responsible", "dangerous").
_NOT_VERB_ENDINGS = ("able", "ible", "ful", "ous", "less", "ical", "ary", "ness", "ment",
                     "tion", "sion", "ity", "ism", "ist", "ese", "ian", "ish", "ed", "ing",
                     "ly", "'s", "’s")
#: Words that end the stretch a present verb's object may run in (a new clause after them).
_STRETCH_ENDS = frozenset({"that", "which", "who", "whom", "whose", "and", "but", "or",
                           "because", "while", "when", "as", "after", "before", "since",
                           "until", "if", "unless", "although", "though", "where"})
#: Words no subject before a present verb holds: a new clause, a verb's adverb ("Hospital
#: staff now treat patients": "patients" is no verb).
#: Plural presents that show a later verb in the stretch ("The government figures for March
#: show a rise": "figures" is no verb).
_LATER_PRESENT = _PLURAL_VERBS | {"rise", "fall", "grow", "drop", "increase", "say", "suggest",
                                  "indicate", "reveal", "put"}
#: Words that open a plural noun phrase ("two recent strikes", "many local shops").
_PLURAL_OPENERS = frozenset("""
    two three four five six seven eight nine ten dozens hundreds thousands millions many
    several some few both all most these those other various numerous
""".split())
_NOT_IN_SUBJECT = _FREQUENCY | {"and", "or", "nor", "but", "than", "that", "which", "who",
                                "not", "never", "just", "even"}


def _open_present(toks: Sequence[Token], lowers: list[str], start: int,
                  v: int) -> VerbGroup | None:
    """A present verb of any verb, not only the common ones, after a noun subject: "The
    defeat reduces the majority", "Greek ferries carry 20 million passengers", "The farm
    accounts for 1%", "Researchers at the institute say ...", "The council now charges
    residents". Read where the structure leaves no other reading: the subject's head (the
    word before its first preposition) agrees with the verb's form (singular head and "-s",
    plural head and bare form), an object or complement opens after the verb, and no other
    finite verb stands in the same stretch ("The state pensions in Spain rose": "pensions"
    is no verb) unless the verb reports ("say the reef is recovering")."""
    if toks[v - 1].core[:1].isdigit() or lowers[v - 1] in _PLURAL_OPENERS:
        return None  # ("a payment of 1,500 pounds for staff": a unit, no verb)
    if start and lowers[start - 1] == "since" or not start and toks[0].core.islower() or \
            start > 1 and lowers[start - 1] in {"and", "or"} and not toks[start - 2].trail and \
            toks[start - 2].core.islower() and lowers[start] in _PLURAL_OPENERS:
        return None  # ("farmers and some politicians blame": the subject is both; the
        # actor rules read the coordinated subject themselves)  # (", since sunken boxes pose a danger": cause_c_links reads that state
        # itself and asks why, on the sentence and on the piece after "since"; its "since"
        # clause with a verb of its own must hold now, which it tests on "-s" and "is" forms
        # only. A piece opening in lower case was cut from a sentence: its start unknown.)
    adverb = lowers[v] in _FREQUENCY
    k = v + 1 if adverb else v
    if k + 1 >= len(toks) or toks[v - 1].trail or toks[k].trail or toks[k].lead or \
            not toks[k].core.islower() or not toks[k].core.isalpha():
        return None
    word = lowers[k]
    nxt = lowers[k + 1]
    if nxt in AUXILIARIES or nxt in _STRETCH_ENDS or not adverb and not (
            nxt in _AFTER_A_PRESENT or toks[k + 1].core[:1].isdigit() or
            _bare_plural_object(toks, lowers, start, v)):
        return None  # (after an adverb, a bare noun may open the object: "now charges
        # residents")
    prev = lowers[v - 1]
    if prev in _NP_DETERMINERS or prev in PREPOSITIONS or prev in AUXILIARIES or \
            word in _NOT_A_PRESENT or word in AUXILIARIES or word in PREPOSITIONS or \
            word in _STRETCH_ENDS or word in _NOT_IN_SUBJECT or word in _OPENS_OBJECT or \
            len(word) < 3 or word.endswith(_NOT_VERB_ENDINGS) or \
            toks[start].core.islower() and lowers[start].endswith(("ing", "ed")):
        return None  # ("citing budget constraints and ...": no subject, no verb)
    if takes_that_clause(word) and not is_reporting(word) or word in _EXPECTING:
        return None  # "Scientists believe the glacier | is melting": the cause rules read
        # an opinion's holder apart (cause_reports), and "Forecasters expect" names no one
    head = start
    for i in range(start, v):
        low = lowers[i]
        if low in _NOT_IN_SUBJECT or toks[i].possessive or toks[i].trail:
            return None  # "luggage and parcels in case ...", "Burgundy's top wines sell"
        if i > start and low.endswith("s") and toks[i].core.islower() and \
                not low.endswith(("ss", "us", "is")) and i < v - 1 or i == start + 2 and \
                lowers[start] in _NP_DETERMINERS and toks[i - 1].core.islower() and \
                low.endswith("s") and not lowers[i - 1].endswith("s"):
            return None  # "The union leaders meet ministers", "The farm produces milk": an
            # "-s" word before the verb read may be the verb itself or a plural noun
        if low in PREPOSITIONS:
            if i == start:
                return None
            break
        head = i
    low_head = lowers[head]
    if toks[head].possessive or low_head in _NP_DETERMINERS:
        return None
    plural_head = low_head in _PLURAL_HEADS or low_head in {"they", "we", "you"} or (
        len(low_head) > 3 and low_head.endswith("s") and not low_head.endswith(
            ("ss", "us", "is")) and low_head.isalpha())
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        if plural_head and not toks[head].capitalised or lowers[start] in _PLURAL_OPENERS or \
                toks[start].core[:1].isdigit():
            return None  # "the state pensions", "two recent strikes": a plural noun
        tense = "present3"
    elif plural_head and not (head + 1 < v and any(t.capitalised for t in toks[head + 2:v])):
        tense = "present"  # (not yet "Researchers at the Apennine Observatory say": the
        # actor rules ask "Researchers at which organisation says" with a singular verb)
    else:
        return None
    if low_head in _OBJECT_PRONOUNS:
        return None
    if not takes_that_clause(word):
        end = min(len(toks), k + 12)
        aside = False  # (after a comma only an auxiliary tells: "..., officials said")
        for i in range(k + 1, end):
            low = lowers[i]
            aside = aside or bool(toks[i - 1].trail)
            if low in _STRETCH_ENDS or ";" in toks[i - 1].trail or ":" in toks[i - 1].trail:
                break
            if low in AUXILIARIES or not aside and toks[i].core.islower() and (
                    is_past_tense(low) or low in KNOWN_PRESENT or low in _LATER_PRESENT):
                return None  # another verb: this one was a noun ("two recent strikes on
                # militias, including one on Wednesday, have angered ...")
    return VerbGroup(tuple(lowers[v:k + 1]), lowers[k], tense)


def _bare_plural_object(toks: Sequence[Token], lowers: list[str], start: int, v: int) -> bool:
    """Whether an "-s" word at ``v``, after "the"/"a" and one lower-case singular noun, is a
    verb before a bare plural object ("The vaccine protects children", "The court hears
    appeals"), not a noun of a compound ("The tax rises hit")."""
    word, nxt = lowers[v], lowers[v + 1]
    return v - start == 2 and lowers[start] in _SINGULAR_DETERMINERS and \
        toks[v - 1].core.islower() and not lowers[v - 1].endswith("s") and \
        word.endswith("s") and not word.endswith(("ss", "us", "is")) and \
        toks[v + 1].core.islower() and toks[v + 1].core.isalpha() and len(nxt) > 3 and \
        (nxt.endswith("s") and not nxt.endswith(("ss", "us", "is")) or nxt in _PLURAL_HEADS) \
        and nxt not in _NOT_A_PRESENT and nxt not in _LATER_PRESENT


_SINGULAR_DETERMINERS = frozenset({"the", "a", "an", "this", "its", "each", "every"})


def _after_number(toks: Sequence[Token], lowers: list[str], start: int, v: int) -> bool:
    """A past participle between a number and its noun ("48,000 farmed salmon escaped"):
    an adjective, not the clause's verb."""
    number = toks[v - 1].core
    if v - 1 != start and not (v - 2 >= start and lowers[v - 2] in _ROUGHLY | _COMPARED | {
            "than"}) or len(number) == 4 and number[:2] in {"19", "20"}:
        return False  # "the Court of Accounts in 2019 found that ...": a year, a verb
    return toks[v - 1].core[:1].isdigit() and not toks[v - 1].trail and \
        v + 1 < len(toks) and toks[v + 1].core.islower() and lowers[v + 1] not in _OPENS_OBJECT \
        and lowers[v + 1] not in PREPOSITIONS and is_participle(lowers[v])


def _verb_with_complement(toks: Sequence[Token], lowers: list[str], k: int) -> bool:
    """Whether the lower-case word at ``k`` is a verb followed by its complement: a
    participle or a past tense before a preposition, a determiner or a number ("announced
    at", "led by", "invested €45 million", "began at 8 a.m.", "found it"), or an "-ing" form
    before a determiner, a number or a pronoun ("forcing the cancellation"). Such a phrase
    has no subject: it is a participial phrase or a second predicate, not a clause's opening
    ("armed men", "spending on health" still are)."""
    nxt = lowers[k + 1]
    word = lowers[k]
    # (what follows is tested first: most clauses open with a noun before a noun or a verb)
    number = nxt in _OPENS_OBJECT or nxt[:1].isdigit() or nxt[:1] in "$€£¥"
    if word.endswith("ing"):
        return len(word) > 5 and (number or nxt in _UP_OUT) or word in _LEADING_PARTICIPLES
    return (number or nxt in PREPOSITIONS) and (is_past_tense(word) or is_participle(word))


_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "us", "me"})
#: Words that open a quantity ("recovered more than 2,000", "left some 10 million").
_QUANTITY_WORDS = frozenset({"more", "fewer", "less", "nearly", "almost", "about", "around",
                             "some", "several", "dozens", "hundreds", "thousands"})
#: Words that open a verb's object: a determiner, an object pronoun, a quantity.
_OPENS_OBJECT = _NP_DETERMINERS | _OBJECT_PRONOUNS | _QUANTITY_WORDS
#: Particles after an "-ing" verb ("freeing up funds").
_UP_OUT = frozenset({"up", "out", "off", "down"})
#: "-ing" forms that open a participial phrase whatever follows, never a subject.
_LEADING_PARTICIPLES = frozenset({"depending", "according", "including", "following",
                                  "prompting", "leaving", "keeping", "forcing", "sending"})


_APPOSITION_START = frozenset({"the", "a", "an", "who", "which", "whose", "one", "both",
                               "including", "like", "such", "its", "their", "his", "her",
                               "not", "rather", "worth"})


#: Words that open a bare role in apposition besides titles ("Ruth Allanby, former head of
#: ...", "Omar Haddad, owner of the bakery,").
_ROLE_OPENERS = frozenset({"former", "owner", "member", "co-founder", "then-president"})

#: Prepositions that open a place given in apposition ("the tower, at the Minho Park centre,").
_PLACE_APPOSITION = frozenset({"at", "in", "near", "on", "outside", "inside"})


def _after_apposition(text: str, toks: Sequence[Token], lowers: list[str], start: int,
                      v: int) -> Clause | None:
    """"Diallo, a former banker, became ...": the subject is "Diallo", the verb "became"."""
    head_end = v - 1
    if v >= len(toks) or toks[v].lead:
        return None
    if _age(toks, v) and toks[head_end].capitalised:
        # "Kevin Doucette, 45, said", "Fernanda Lopes, 71, whose hip ..., said"
        v += 1
        if toks[v].lead:
            return None
        if toks[v].core.islower() and may_start_verb_group(lowers[v]):
            group = read_verb_group(lowers[v:v + 6])
            if group is not None:
                return _make_clause(text, toks, start, head_end, group, v)
    opens = lowers[v] in _APPOSITION_START or toks[v].capitalised or (
        is_participle(lowers[v]) and toks[v].core.islower()) or (
        # "Judge X, sitting in the High Court, ruled", "X, speaking on condition ..., said"
        lowers[v].endswith("ing") and len(lowers[v]) > 5 and toks[v].core.isalpha()
        and toks[v].core.islower()) or (
        (lowers[v] in TITLE_WORDS or lowers[v] in _ROLE_OPENERS) and toks[v].core.islower()
        and v + 1 < len(toks) and not toks[v].trail) or (  # "Lena Berg, chair of the board,"
        lowers[v] in _PLACE_APPOSITION and v + 1 < len(toks) and (
            lowers[v + 1] in _NP_DETERMINERS or toks[v + 1].capitalised))  # "the tower, at the"
    if not opens:
        return None
    close = next((k for k in range(v, min(len(toks), v + 26)) if toks[k].trail.endswith(",")
                  or toks[k].raw in {"—", "–"}), None)
    while close is not None and close + 2 < len(toks) and _second_part(toks, close + 1):
        # "which runs between Cincinnati and Covington, Kentucky, was closed": a place's
        # state or a date's year closes the apposition after its own comma
        close = close + 1
    if close is None or close + 1 >= len(toks) or any(
            ch in ";:" for k in range(v, close) for ch in toks[k].trail):
        return None
    after = close + 1
    group = read_verb_group(lowers[after:after + 6])
    if group is None or toks[after].lead or toks[after].core[:1].isupper():
        return None
    return _make_clause(text, toks, start, head_end, group, after)


def _listed_subject(text: str, toks: Sequence[Token], lowers: list[str], start: int,
                    v: int) -> Clause | None:
    """"Emergency wards, intensive care units and dialysis services were kept running": the
    first item of a listed subject, its comma, and the clause the rest of the list opens,
    whose subject joins its items with "and" or "or"; the first item is a short noun phrase
    (no verb, no number, no adverb such as "Overnight," or "Separately,")."""
    if v - start > 4 or v - start == 1 and (lowers[start] in _NOT_ITEMS or lowers[
            start].endswith("ly")) or any(
                not _is_subject_token(toks[k]) or k < v - 1 and toks[k].trail or
                toks[k].core[:1].isdigit() or
                toks[k].core.islower() and may_start_verb_group(lowers[k]) and read_verb_group(
                    lowers[k:k + 6]) is not None for k in range(start, v)):
        return None
    rest = _clause_at(text, toks, lowers, v)
    if rest is None or rest.first_token != v or not any(
            lowers[k] in {"and", "or"} for k in range(v, rest.verb_token)):
        return None
    head = max(k for k in range(v, rest.verb_token) if toks[k].start < rest.subject_end)
    return _make_clause(text, toks, start, head, rest.group, rest.verb_token)


#: One-word openings before a comma that are no list's first item ("Overnight, police and
#: soldiers ...").
_NOT_ITEMS = frozenset("""
    overnight overall elsewhere afterwards today tonight again yet so thus hence here there first
    second third finally earlier later recently meanwhile however instead moreover
    nevertheless nonetheless therefore furthermore indeed then now still separately
""".split())


def _age(toks: Sequence[Token], k: int) -> bool:
    """Whether ``toks[k]`` is an age given between commas after a name ("Lopes, 71,")."""
    core = toks[k].core
    return toks[k].trail == "," and core.isdigit() and len(core) <= 3 and k + 2 < len(toks)


def _second_part(toks: Sequence[Token], k: int) -> bool:
    """Whether ``toks[k]`` is the second part of a place or a date written with a comma
    before it and after it ("Covington, | Kentucky,", "March 3, | 2026,")."""
    tok = toks[k]
    if tok.trail != "," or tok.lead:
        return False
    core = tok.core
    if core.isdigit():
        return len(core) == 4 and toks[k - 1].core.isdigit()
    return core[:1].isupper() and core[1:].islower() and toks[k - 1].capitalised and \
        not toks[k - 1].possessive


def lowered_subjects(clauses: list[Clause], names: frozenset[str]) -> list[Clause]:
    """Clauses whose sentence-initial subject is lower-cased unless it starts with a name."""
    return with_opening_subjects(clauses, opening_subjects(clauses, names))


def opening_subjects(clauses: list[Clause], names: frozenset[str]) -> tuple[str, ...]:
    """The subjects of the clauses that open the sentence, lower-cased unless they start with
    a name (``names``: see :func:`grammar.first_lower`): all that :func:`lowered_subjects`
    takes from ``names``, so a key for what is read from its clauses."""
    return tuple(first_lower(c.subject, names) for c in clauses if c.first_token == 0)


def with_opening_subjects(clauses: list[Clause], subjects: tuple[str, ...]) -> list[Clause]:
    """``clauses`` with the subjects of those that open the sentence written as ``subjects``
    (in order; see :func:`opening_subjects`)."""
    if not subjects:
        return list(clauses)
    out = []
    given = iter(subjects)
    for clause in clauses:
        if clause.first_token == 0:
            subject = next(given)
            if subject != clause.subject:
                clause = Clause(subject, clause.subject_start, clause.subject_end, clause.group,
                                clause.verb_start, clause.verb_end, clause.rest,
                                clause.first_token, clause.verb_token)  # (faster than replace)
        out.append(clause)
    return out


def _looks_adjectival(toks: Sequence[Token], lowers: list[str], v: int) -> bool:
    """An "-ed" word that modifies the noun before it ("troops stationed in Iraq ... have")."""
    if v + 1 >= len(toks) or lowers[v + 1] not in _LOCATIVE:
        return False
    if toks[v - 1].capitalised or lowers[v] in _REPORTING or lowers[v] in _SAID:
        return False  # "Lloyd Austin said in ...": names do not take reduced relatives
    for k in range(v + 1, min(len(toks), v + 14)):
        if toks[k].trail and toks[k].trail[-1] in ",;:" or lowers[k] in _SUBORDINATORS or (
                lowers[k] in _SUBORDINATING_PREPOSITIONS and k + 1 < len(toks)
                and lowers[k + 1] in _CLAUSE_SUBJECT_START):
            return False  # "reopened in May after the roof was repaired": another clause's
        if lowers[k] in _RELATIVES:
            return False  # "got in through an account that had ...": the relative's auxiliary
        if lowers[k] in AUXILIARIES and k > v + 1 and toks[k].core.islower():
            return True
    return False


def _reduced_relative(toks: Sequence[Token], lowers: list[str], v: int) -> bool:
    """A participle that describes the noun before it when a past verb follows its phrase
    ("Patients interviewed in Lisbon | expressed ...", "Minutes released alongside the
    statement | showed ...", "an inspection carried out on May 4 | revealed ..."): the
    later verb is the clause's. Not a verb that reports or finds ("warned in May prices
    would ..."), and not past a comma, a conjunction or a subordinate word."""
    if v + 2 >= len(toks) or not is_participle(lowers[v]) or lowers[v + 1] not in _LOCATIVE \
            and lowers[v + 1] not in _PARTICLES or takes_that_clause(lowers[v]):
        return False
    for k in range(v + 2, min(len(toks) - 1, v + 12)):
        prev = toks[k - 1]
        if prev.trail or toks[k].lead or lowers[k] in _SUBJECT_STOP or \
                lowers[k] in _RESTRICTIVE_ENDS or lowers[k] == "to" or (
                    lowers[k] in AUXILIARIES and toks[k].core.islower()):  # ("on May 4")
            return False
        if toks[k].core.islower() and is_past_tense(lowers[k]) and \
                lowers[k - 1] not in _NP_DETERMINERS and lowers[k + 1] not in PREPOSITIONS:
            return True
    return False


#: Particles and prepositions that may follow a participle describing a noun.
_PARTICLES = frozenset({"out", "up", "off", "down", "alongside", "during", "over", "last"})


@lru_cache(maxsize=8192)
def trim_predicate(rest: str, max_words: int = 18, quotes: bool = False) -> str | None:
    """The part of ``rest`` that belongs to the clause's own predicate, or ``None``.

    Cut at punctuation, at subordinating words and at a following clause; give up when the
    result is too long to ask about or ends on a function word. Cached: actor and cause rules
    trim the same clause rests.
    """
    cut = _PREDICATE_END.search(_mask_quotes(rest) if quotes else rest)
    body = rest[: cut.start()] if cut else rest
    body = body.strip().rstrip(".!?…").strip()
    words = body.split()
    if len(words) > max_words:
        participle = _PARTICIPIAL.search(body)
        if participle and word_count(body[: participle.start()]) >= 3:
            body = body[: participle.start()].strip()
            words = body.split()
    if cut and cut.group().strip() in {"after", "before", "since", "until"}:
        # "left two years before the vote": the duration measures the time word cut off;
        # "older than 25 years before the season": it completes a comparison, and stays
        shorter = _TRAILING_DURATION.sub("", body).strip()
        last_two = shorter.lower().rsplit(None, 2)[-2:]
        if last_two[-1:] != ["than"] or last_two[0] in _LESS_MORE:
            body = shorter  # ("stopped work less than a month after the find": no question)
    words = body.split()
    if not words or len(words) > max_words:
        return None
    if words[-1].lower() in _DANGLING or "that" in body and _BARE_THAT.search(body):
        return None
    if quotes:
        if body.count("\"") % 2 or body.count("“") != body.count("”"):
            return None
    elif body[-1] in "\"”’" or any(q in body for q in "“”\"") and body[-1] in "\"”":
        return None
    if body.count("\"") % 2 or body.count("“") != body.count("”"):
        return None
    return body


#: Roles "as" gives bare, as a complement ("to stay on as coach", "took over as chairman").
_AS_ROLES = ("coach|manager|captain|chair|chairman|chairwoman|president|director|head|leader|"
             "chief|minister|secretary|mayor|governor|editor|interim|acting|caretaker|"
             "spokesman|spokeswoman|spokesperson|treasurer|adviser|advisor|ambassador")


# "as" subordinates ("as talks continued") unless it opens a complement ("claim as a victory",
# "served as an adviser"). Every way opens with a character of the first look-ahead, tried
# first: a cheap test at every position ("[,;:]|\s+[,;:]" is "\s*[,;:]" without a repeat).
_PREDICATE_END = re.compile(
    r"(?=[\s,;:()\[\]—])(?:[,;:](?=\s|$|[\"”’])|\s+[,;:](?=\s|$|[\"”’])|[()\[\]]|\s+[()\[\]]|"
    rf"\s[—–-]\s|—|\s(?:after|because|as(?!\s+(?:a|an|part|well|such|{_AS_ROLES})\b)|while|when|although|though|but|"
    r"which|whereas|before|since|until|unless|so\s+that|prompting|leading|sparking|saying|"
    r"and\s+that|according|despite|amid|in\s+retaliation|in\s+response|as\s+a\s+result|due\s+to|"
    r"following|in\s+the\s+wake|and\s+(?:said|says|added|called|urged|warned|vowed|is|was|"
    r"are|were|has|have|will|would)|\.\.\.)\b)")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _mask_quotes(text: str) -> str:
    """``text`` with quoted passages blanked out (same length), so cuts skip them."""
    return _QUOTED.sub(lambda m: "“" + "x" * (len(m.group()) - 2) + "”", text)


_TRAILING_DURATION = re.compile(
    r"\s+(?:(?:a|an|one|two|three|four|five|several|few|many|\d+)\s+)?"
    r"(?:decade|year|month|week|day|hour|minute)s?$|\s+(?:shortly|soon|long|just|only|days|weeks|"
    r"months|years|hours|minutes)$")
#: Verbs of expectation, read apart like opinions ("Forecasters expect no rain").
_EXPECTING = frozenset("""
    expect expects anticipate anticipates suspect suspects doubt doubts assume assumes reckon
    reckons feel feels consider considers fear fears
""".split())
_LESS_MORE = frozenset({"less", "more", "fewer", "than"})
_BARE_THAT = re.compile(r"\bthat(?:\s+\S+){0,2}$")
_PARTICIPIAL = re.compile(r"\s(?:aimed|led|formed|designed|intended|meant|launched|"
                          r"backed|based|including|housing|seeking|aiming|committing)\b")
_DANGLING = frozenset("""
    the a an of to in on at by for with from and or but that which who this these those its
    their his her our as than into onto over under about some any no
""".split())
