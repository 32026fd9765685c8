"""Asking for an adverbial span: which clause or event noun a date or duration belongs to.

"In 2011 the U.S. military withdrew from the country" asks "In what year did the U.S.
military withdraw from the country?"; "the 2003 invasion of Iraq" asks "When was the invasion
of Iraq?"; "X will do Y, the ministry announced on Thursday" asks about the announcement.
The clause analysis itself (subjects, verb groups, inversion) is :mod:`quiz.generate.clauses`;
questions about an event noun or a participle phrase are :mod:`quiz.generate.span_phrases`,
about a statement and what it says :mod:`quiz.generate.span_reports`.
"""

from __future__ import annotations

import bisect
import functools
import re

from quiz.generate.clauses import (
    AUXILIARIES, BE, DETERMINERS, MODALS, PREPOSITIONS, SUBORDINATORS, Asked, Token, dangling,
    find_clause, has_personal_pronoun, is_past_participle, is_reporting, is_simple_past, question,
    statement, takes_that_clause, tidy, tokenize,
)
from quiz.generate.span_phrases import (
    CLAUSE_WORDS, EVENT_NOUNS, NOT_NOUNS, agent_after, held_event_before, infinitive_between,
    is_verb, np_question, participle_before, participle_question,
)
from quiz.generate.span_reports import (
    attribution_start, closing_quote, described_subject, reported_question, statement_ends,
    with_that_clause,
)

# the names the date and figure modules import from here (kept since the split)
__all__ = ["EVENT_NOUNS", "np_question", "span_question"]

#: Words that end the clause a span belongs to, looking left from the span.
_LEFT_STOPS = frozenset({"that", "which", "who", "whom", "whose", "because", "although", "though",
                         "whereas", "while", "when", "if", "unless", "where", "after", "before",
                         "since", "until", "once", "but", ";", ":", "—", "–", "(", ")"})
#: Words that end it looking right.
_RIGHT_STOPS = frozenset({",", ";", ":", "—", "–", "(", "but", "while", "whereas", "because",
                          "although", "though", "which", "who", "after", "before", "as",
                          "when", "since", "until", "that", "so"})
# word sets the span tests use, built once (not on every call)
_RIGHT_STOPS_BUT_COMMA = _RIGHT_STOPS - {","}
_LEFT_STOPS_BUT_BUT = _LEFT_STOPS - {"but"}
_SUBORDINATORS_BUT_THAT = SUBORDINATORS - {"that"}
_DETERMINERS_OR_PREPOSITIONS = DETERMINERS | PREPOSITIONS


#: Words that open a subject whose referent the clause before names ("those calls", "a
#: spokeswoman" for the body just named).
_POINTING_BACK = frozenset({"a", "an", "this", "that", "these", "those", "such"})


#: Words that open a rough quantity ("About 500 volunteers"), not an introductory phrase.
_ROUGHLY = frozenset({"about", "around", "over", "under", "nearly", "almost", "roughly",
                      "approximately", "some"})


def _lead_in_end(tokens: list[Token], lo: int, hi: int) -> int:
    """Skip an introductory phrase ("In response, ", "According to X, ", "Speaking at Y, ")."""
    if lo >= hi:
        return lo
    first = tokens[lo].low
    if first in ("and", "but", "yet") and lo + 1 < hi and tokens[lo + 1].text[:1].isalpha() \
            and tokens[lo + 1].low not in _POINTING_BACK:
        return lo + 1  # ", and prosecutors opened a criminal case on Sunday": the clause
        # (not "and those calls grew louder", "and a spokeswoman said": whose?)
    if first == "it" and lo + 3 < hi and tokens[lo + 1].low in BE and \
            tokens[lo + 3].low == "that":  # "It is noted that ..."
        return lo + 4
    starts_intro = (first in PREPOSITIONS or first.endswith("ing") or first.endswith("ly")
                    or first in {"however", "meanwhile", "still", "instead", "then", "now",
                                 "also", "later", "earlier", "finally", "eventually", "thus",
                                 "according", "separately", "nevertheless"})
    if not starts_intro or first in _ROUGHLY and lo + 1 < hi and tokens[lo + 1].text[:1].isdigit():
        return lo  # ("About 500 volunteers, many of them islanders, turned out": a subject)
    for k in range(lo, hi):
        if tokens[k].text == ",":
            return k + 1
        if tokens[k].low in AUXILIARIES or (k > lo and is_simple_past(tokens[k].text)
                                            and tokens[k - 1].low not in DETERMINERS):
            return lo
    return lo


@functools.lru_cache(maxsize=8192)  # a pure function of its arguments; sentences recur
def span_question(text: str, start: int, end: int, wh: str, np_wh: str,
                  allow_np: bool = True) -> Asked | None:
    """:func:`_span_question` with the internal "copula" marker turned into ``None``."""
    asked = _span_question(text, start, end, wh, np_wh, allow_np)
    return asked if isinstance(asked, Asked) else None


def _span_question(text: str, start: int, end: int, wh: str, np_wh: str,
                   allow_np: bool = True) -> Asked | str | None:
    """A question asking for the span ``text[start:end]`` (an adverbial such as "in 2011").

    ``wh`` opens a clause question ("In what year" -> "In what year did X withdraw?");
    ``np_wh`` opens a question about an event noun phrase ("When" -> "When was the attack
    on X?"), used when the span qualifies a noun rather than the clause's verb.
    """
    tokens = tokenize(text)
    starts = [t.start for t in tokens]
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end)
    if first >= last:
        return None
    if statement_ends(tokens, last):
        attribution = attribution_start(tokens, first)
        if attribution:  # "X has concluded that Y, investigators said on Tuesday."
            reported = reported_question(text, tokens, attribution, first, last, wh)
            if reported is not None:
                return reported
    lo = first
    seen_verb = False
    while lo > 0 and not _left_stop(tokens, lo - 1) and \
            tokens[lo - 1].text not in "“”\"" and not _is_and_clause(tokens, lo - 1):
        if is_verb(tokens, lo - 1):
            if seen_verb and is_reporting(tokens[lo - 1].text) and not (
                    lo >= 2 and tokens[lo - 2].low in AUXILIARIES):
                break  # "X said Y had sent Z in November": the date is Y's (not "were
                # confirmed dead and ...": a passive reports nothing)
            if not seen_verb and takes_that_clause(tokens[lo - 1].text) and \
                    last < len(tokens) and is_verb(tokens, last):
                return None  # "X said the spill in 2022 was caused by ...": the spill's date
            seen_verb = True
        lo -= 1
    stop = tokens[lo - 1].low if lo > 0 else ""
    object_relative = lo < first and _object_relative(tokens, lo)
    antecedent = _antecedent(text, tokens, lo) if lo < first else None
    opener = _antecedent(text, tokens, lo, nearest=False) if lo < first else None
    relative = lo  # where a relative clause would start
    hi = last
    while hi < len(tokens) and tokens[hi].low not in _RIGHT_STOPS and \
            tokens[hi].text not in ".!?”" and not _is_and_clause(tokens, hi) and \
            not _and_after_span(tokens, hi):
        hi += 1
    if stop == "whose" and lo < first:
        # "Valverde, whose party has governed since 2018": the owner's party
        owner = _whose_owner(text, tokens, lo - 1)
        if owner is None:
            return None
        return _clause_question(text, tokens, lo, hi, wh, owner, skip=(first, last))
    if object_relative:  # "a budget, which parliament must approve by December": approve
        # what? The noun before the comma, put back as the object
        return _object_put_back(text, tokens, lo, first, last, hi, wh)
    that_hi = with_that_clause(tokens, first, last, hi)
    if that_hi > hi and tokens[hi + 1].low == "they":
        named = _plural_before(text, tokens[lo].start if lo else 0)
        if named is None:
            return None  # "ruled that they had been looted": who they are is not asked here
        at = tokens[hi + 1]  # "they" becomes the one plural object before the clause
        return _span_question(text[:at.start] + named + text[at.end:], start, end, wh,
                              np_wh, allow_np)
    hi = that_hi
    if lo == 0 < first and last < hi:
        applies, described = described_subject(text, tokens, first, last, hi, wh)
        if applies:  # "A study published last week found that X"
            return described
    if first == lo and last < len(tokens) and (
            tokens[last].text == "," or lo == 0 and tokens[last].text[:1].isupper()):
        # "On May 30, 2021, X did Y", "Last month João Pires, the minister, called ...": the
        # span opens the clause; the clause follows it
        opening = last + 1 if tokens[last].text == "," else last
        inner_hi = opening
        while inner_hi < len(tokens) and tokens[inner_hi].text not in ".!?\"“”":
            if tokens[inner_hi].low in _RIGHT_STOPS_BUT_COMMA or \
                    (inner_hi > opening + 1 and _is_and_clause(tokens, inner_hi)):
                break  # "Last month, police searched X and seized Y": one predicate
            if tokens[inner_hi].text == ",":
                following = tokens[inner_hi + 1] if inner_hi + 1 < len(tokens) else None
                if following is None or not (following.low in ("the", "a", "an", "who", "which")
                                             or following.low.endswith("ing")
                                             or _place_aside(tokens, inner_hi + 1)):
                    break
                closing = inner_hi + 1
                while closing < len(tokens) and tokens[closing].text not in ",.!?":
                    closing += 1
                if following.low in ("the", "a", "an") and any(
                        is_verb(tokens, k) or is_reporting(tokens[k].text) and
                        tokens[k - 1].low not in _DETERMINERS_OR_PREPOSITIONS  # "of state"
                        for k in range(inner_hi + 2, closing)):
                    break  # ", the indictment says": an attribution, not an appositive
                inner_hi = closing  # an appositive: run on to its closing comma
                if inner_hi < len(tokens) and tokens[inner_hi].text == ",":
                    inner_hi += 1
                continue
            inner_hi += 1
        if inner_hi < len(tokens) and tokens[inner_hi].text in "\"“" and \
                tokens[inner_hi - 1].text[:1].isalpha():
            closing = closing_quote(tokens, inner_hi)
            if closing is None or tokens[closing + 1].low != "to":
                return None  # 'called the dam "essential"' cut at the quotation: the verb
                # would mean something else ("When did X call the dam?")
            inner_hi = closing + 1  # 'called the dam "essential" to back up ...': the
            # clause with its quoted word, without the purpose that follows
        inner_hi = with_that_clause(tokens, first, last, inner_hi)  # "On Friday, the club
        # confirmed that its manager had resigned": the statement with what it says
        return _clause_question(text, tokens, opening, inner_hi, wh, None)
    left = tokens[lo:first]
    commas = _clause_commas(tokens, lo, first)
    aside = _participial_aside(tokens, lo, first, commas) if len(commas) > 1 else None
    if aside is not None:  # "The vote, originally scheduled for Tuesday, was postponed
        # until next week": the vote's postponement, read without the aside
        cut, resume = tokens[aside[0]].start, tokens[aside[1]].end
        shift = resume - cut
        return _span_question(text[:cut] + text[resume:], start - shift, end - shift, wh,
                              np_wh, allow_np)
    after_comma = lo + commas[-1] + 1 if commas else lo
    verb_after_comma = any(is_verb(tokens, k) for k in range(after_comma, first))
    if commas and verb_after_comma and lo == 0:
        reported = reported_question(text, tokens, after_comma, first, last, wh)
        if reported is not None:
            return reported
    if commas and after_comma < first and tokens[after_comma].text[0].islower() and \
            is_past_participle(tokens[after_comma].text) and after_comma >= 2 and \
            tokens[after_comma - 2].text[:1].isalpha() and \
            hi < len(tokens) and tokens[hi].text == "," and not (
                len(commas) >= 2 and not any(is_verb(tokens, k) for k in
                                             range(lo + commas[-2] + 1, lo + commas[-1]))):
        # (a participle after an appositive's closing comma is the clause's own verb: "The
        # group, Milbrook Health, offered a pay rise last week")
        # only an appositive closed by a comma: in "Okafor, the top scorer, joined X in 2022"
        # the verb after the comma is the clause's own
        # "The team, formed by miners in 1897, won": the forming's date, or nothing (the
        # participle is no finite verb: "did Nordlys found")
        return participle_question(text, tokens, lo, first, last, hi, np_wh)
    if commas and verb_after_comma and (stop in _SUBORDINATORS_BUT_THAT or
                                        not is_verb(tokens, after_comma)):
        lo = after_comma  # "Although X did A, Y did B in 2014": the clause with the date
        closes = hi + 1 < len(tokens) and tokens[hi].text == "," and is_verb(tokens, hi + 1)
        if closes and tokens[lo].low in DETERMINERS and not any(
                tokens[k].low in AUXILIARIES for k in range(lo, first)):
            # ", the chain founded in Bremen in 1951, has agreed": a participle, not a verb
            # (and when it cannot be asked, nothing is: "did a Democrat elect")
            return participle_question(text, tokens, lo, first, last, hi, np_wh)
    elif commas and not verb_after_comma:
        if allow_np:
            return np_question(text, tokens, after_comma, first, last, hi, np_wh)
        return None
    if lo < first and is_verb(tokens, lo) and lo > 0 and (
            stop in ("but", "and") or _is_and_clause(tokens, lo - 1)):
        subject = _previous_subject(text, tokens, lo - 1)
        if subject is None:
            return None
        return _clause_question(text, tokens, lo, hi, wh, subject, skip=(first, last))
    if stop in ("who", "which", "that") and lo < first:
        if infinitive_between(tokens, lo, first):
            return None  # "which had backed the dam as part of its plan to produce 85% of
            # its power by 2030": the date is the plan's aim, not the backing's
        if lo != relative and opener is not None and tokens[lo - 1].text == "," and \
                is_verb(tokens, lo):
            # "Talks with the Union, which won 12 seats, began on Monday": the sentence's
            # subject is the verb's
            return _clause_question(text, tokens, lo, hi, wh, opener, skip=(first, last))
        if lo == relative and not any(t.text == "," for t in tokens[lo:first]):
            if antecedent is None:
                return None  # a relative clause whose subject is not named here
            return _clause_question(text, tokens, lo, hi, wh, antecedent, skip=(first, last))
    if allow_np and _event_in_pp(tokens, lo, first):
        asked = np_question(text, tokens, _event_in_pp(tokens, lo, first), first, last, hi,
                             np_wh)
        if asked is not None:
            return asked  # "blamed the rebels for the bombing of X in 2018": the bombing's date
    if infinitive_between(tokens, lo, first):
        # "agreed to end the mission by 2021": the date is the infinitive's, unless the verb
        # is a participle after a noun ("militias formed to fight X in 2014")
        return participle_question(text, tokens, lo, first, last, hi, np_wh)
    if held_event_before(tokens, lo, first):
        # "rejected the proposal in a referendum held in May 2022": the referendum's date is
        # the rejection's ("did voters reject the proposal in a referendum?")
        return _clause_question(text, tokens, lo, hi, wh, None, skip=(first - 1, last))
    if agent_after(tokens, lo, first, last):
        # "the increase recommended last month by the commission": the recommending's date
        return participle_question(text, tokens, lo, first, last, hi, np_wh, agent=True)
    if participle_before(tokens, lo, first):
        # "blamed X on new rules adopted by regulators last year", "a breach of the rules
        # introduced in 2023", "in a tax imposed in 2021": the rules' date, not the
        # blaming's (nor "did a breach introduce")
        return participle_question(text, tokens, lo, first, last, hi, np_wh)
    result = _clause_question(text, tokens, lo, hi, wh, None, skip=(first, last),
                              future=_future_of(tokens, lo) if stop in _TEMPORAL else "")
    if result == "copula" or result is None:
        if allow_np and result == "copula" or (allow_np and not any(
                is_verb(tokens, k) for k in range(lo, first))):
            return np_question(text, tokens, lo, first, last, hi, np_wh)
        return None
    return result


def _place_aside(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` opens a place given between commas ("a discovery in Silves, in
    the Algarve, forced ..."): "in", "near" or "on" and a name, perhaps after "the"."""
    if tokens[k].low not in ("in", "near", "on", "outside") or k + 2 >= len(tokens):
        return False
    name = tokens[k + 2] if tokens[k + 1].low == "the" else tokens[k + 1]
    return name.text[:1].isupper() and not name.text.isupper()


def _participial_aside(tokens: list[Token], lo: int, first: int,
                       commas: list[int]) -> tuple[int, int] | None:
    """The commas (positions) around a participle phrase between the subject and its verb,
    before the span: ", originally scheduled for Tuesday," in "The vote, originally
    scheduled for Tuesday, was postponed until next week"; ``None`` when there is none."""
    if len(commas) < 2:
        return None
    opening, closing = lo + commas[-2], lo + commas[-1]
    k = opening + 1
    if k < closing and (tokens[k].low.endswith("ly") or tokens[k].low in _CLAUSE_ADVERBS):
        k += 1
    if k >= closing or not tokens[k].text.islower() or \
            not is_past_participle(tokens[k].text) or \
            not tokens[opening - 1].text[:1].isalpha() or tokens[opening - 1].low in NOT_NOUNS \
            or closing + 1 >= first or not is_verb(tokens, closing + 1) or \
            any(is_verb(tokens, j) for j in range(k + 1, closing)) or \
            any(is_verb(tokens, j) for j in range(lo, opening)):
        return None
    return opening, closing


def _clause_commas(tokens: list[Token], lo: int, first: int) -> list[int]:
    """The commas of ``tokens[lo:first]`` (positions relative to ``lo``) that may end a
    clause: the commas of a list that runs up to the span ("closed the airspace over
    Iceland, the Faroe Islands and northern Scotland on Tuesday") separate nouns, not
    clauses, so they are left out."""
    commas = [k for k in range(lo, first) if tokens[k].text == ","]
    if not commas:
        return []
    end = first
    listed = 0
    for at in reversed(commas):
        items = tokens[at + 1:end]
        if not items or len(items) > (8 if end == first else 5) or any(
                is_verb(tokens, k) or tokens[k].text in _LIST_BREAKS
                for k in range(at + 1, end)) or \
                end == first and not any(t.low in ("and", "or") for t in items[1:]):
            break
        listed += 1
        end = at
    if listed and not any(is_verb(tokens, k) for k in range(lo, end)):
        listed = 0  # "Paris, Lyon and Nice on Monday": no verb before the list to ask with
    return [k - lo for k in commas[:len(commas) - listed]]


#: Tokens that show a comma's segment is no list item.
_LIST_BREAKS = frozenset({"\"", "“", "”", "(", ")", ";", ":", "—", "–", "who", "which", "that",
                          "said", "says"})


#: A plural noun phrase a "they" can name: "14 sandstone statues", "the old paintings".
_PLURAL_NP = re.compile(r"\b(?:the|these|those|\d[\d,]*|two|three|four|five|six|seven|"
                        r"eight|nine|ten|dozens of|hundreds of)\s+((?:[a-z-]+\s+){0,2}?"
                        r"[a-z]+[^s\W]s)\b(?!\s+(?:of|who|which|that)\b)")


def _plural_before(text: str, end: int) -> str | None:
    """"the sandstone statues" when ``text[:end]`` names exactly one plural thing in lower
    case (what a later "they" points at), else ``None``."""
    found = {m.group(1) for m in _PLURAL_NP.finditer(text, 0, end)}
    return f"the {found.pop()}" if len(found) == 1 else None


def _left_stop(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` ends the clause looking left: "after", "before", "since" and
    "until" open a clause, except as a preposition inside the subject ("A test after the
    race was negative", with no verb before them)."""
    if tokens[k].low not in _LEFT_STOPS:
        # ", as temperatures rose ... last week": "as" after a comma opens a clause
        return tokens[k].low == "as" and k > 0 and tokens[k - 1].text == ","
    if tokens[k].low not in _PREPOSITIONAL_STOPS or k == 0:
        return True
    return any(is_verb(tokens, j) for j in range(k))


_PREPOSITIONAL_STOPS = frozenset({"after", "before", "since", "until"})


def _opens_with_verb(tokens: list[Token], lo: int) -> bool:
    """Whether a verb (after at most one adverb) opens the clause at ``lo``: "who first
    challenged", "which opened"."""
    if lo < len(tokens) and (is_verb(tokens, lo) or _present_verb(tokens, lo)):
        return True
    return lo + 1 < len(tokens) and is_verb(tokens, lo + 1) and (
        tokens[lo].low.endswith("ly") or tokens[lo].low in _CLAUSE_ADVERBS)


def _present_verb(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` after a relative pronoun reads as a present-tense verb ("which
    employs 4,000 people"), not a plural subject ("which members must approve", "which
    voters rejected")."""
    word = tokens[k].text
    if not (word.isalpha() and word.islower() and word.endswith("s")) or \
            word.endswith(("ss", "us", "is")) or word in NOT_NOUNS:
        return False
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return following is not None and following.low not in AUXILIARIES and \
        not is_verb(tokens, k + 1) and following.text not in ",.;:"


_CLAUSE_ADVERBS = frozenset({"first", "later", "also", "then", "once", "never", "still",
                             "already", "recently", "previously"})


def _whose_owner(text: str, tokens: list[Token], whose: int) -> str | None:
    """Who or what "whose" at ``whose`` belongs to, as a possessive: a name before the
    comma ("Rodrigo Valverde, whose party" -> "Rodrigo Valverde's"; an age between commas
    is skipped: "Marta Silva, 29, whose") or a definite noun phrase ("the club, whose
    stadium" -> "the club's"). ``None`` for anything else ("a company whose systems":
    which company?)."""
    k = whose - 1
    if k < 1 or tokens[k].text != ",":
        return None
    k -= 1
    if tokens[k].text.isdigit() and len(tokens[k].text) <= 3 and k >= 2 and \
            tokens[k - 1].text == ",":
        k -= 2  # "Marta Silva, 29, whose"
    end = k
    while k >= 0 and tokens[k].text[:1].isupper() and tokens[k].text.replace("-", "").isalpha() \
            and end - k < 4:
        k -= 1
    if k < end and end - k >= 2 and tokens[k + 1].low not in DETERMINERS:
        return text[tokens[k + 1].start:tokens[end].end] + "'s"  # a name of two words or more
    if k < end:
        return None
    while k >= 0 and tokens[k].text.isalpha() and tokens[k].text[1:].islower() and \
            tokens[k].low not in _NAMING_DETERMINERS and end - k < 3 and not is_verb(tokens, k):
        k -= 1
    if k == end or k < 0 or tokens[k].low != "the" or (
            k > 0 and tokens[k - 1].text[:1].isalpha() and tokens[k - 1].low not in PREPOSITIONS):
        return None
    return "the " + text[tokens[k + 1].start:tokens[end].end] + "'s"


def _antecedent(text: str, tokens: list[Token], lo: int, nearest: bool = True) -> str | None:
    """The noun phrase a subject relative clause at ``lo`` is about, when it opens the
    sentence: "Campaigners, who first challenged the plan in 2018, ..." -> "Campaigners";
    the nearest noun ("Orbis Lunar" in "Shares of Orbis Lunar, which listed ..."), or with
    ``nearest`` false the whole phrase (the subject of the sentence's own verb)."""
    if lo < 3 or tokens[lo - 1].low not in ("who", "which") or tokens[lo - 2].text != "," or \
            not _opens_with_verb(tokens, lo):
        return None
    phrase = tokens[:lo - 2]
    if nearest:  # "Shares of Orbis Lunar, which listed ...", "Runners took part in the
        # race, which was first held ...": the nearest noun phrase
        cut = [k for k, t in enumerate(phrase) if t.low in PREPOSITIONS or is_verb(tokens, k)]
        if len(cut) > 1 and tokens[cut[-1]].low == "of" and \
                _disagrees(tokens[lo].low, tokens[lo - 3].low):
            cut.pop()  # "guided tours of the site, which are due to begin": the tours are
        phrase = phrase[cut[-1] + 1:] if cut else phrase
        if len(phrase) > 1 and phrase[0].low == "that" and cut and \
                takes_that_clause(tokens[cut[-1]].text):
            phrase = phrase[1:]  # "Police said that the bridge, which was built ...": the
            # "that" of the report, not a relative pronoun
        if not phrase or phrase[-1].low in DETERMINERS:
            return None
    elif any(is_verb(tokens, k) for k in range(lo - 2)):
        return None  # the subject of the sentence is a noun phrase, not a clause
    if not phrase or len(phrase) > 6 or any(t.text in ",;:()\"“”" or t.low in CLAUSE_WORDS
                                            for t in phrase):
        return None
    first = phrase[0].text
    words = text[phrase[0].start:phrase[-1].end]
    if first.lower() in DETERMINERS:
        words = first.lower() + words[len(first):]  # "The airport" -> "the airport"
    return words


def _disagrees(verb: str, noun: str) -> bool:
    """Whether a relative clause's verb cannot agree with the noun before its comma ("the
    site, which are"; "the tours, which is"), so the pronoun is about a noun further back."""
    plural = noun.endswith("s") and not noun.endswith(("ss", "us", "is"))
    return verb in _PLURAL_VERBS and not plural or verb in _SINGULAR_VERBS and plural


_PLURAL_VERBS = frozenset({"are", "were", "have"})
_SINGULAR_VERBS = frozenset({"is", "was", "has"})


def _object_put_back(text: str, tokens: list[Token], lo: int, first: int, last: int, hi: int,
                     wh: str) -> Asked | None:
    """"the directive, which member states must write into national law by the end of this
    year" -> "By when must member states write the directive into national law?": the noun
    phrase before ", which" as the object of the relative clause's verb. ``None`` when there
    is no such noun phrase or the clause does not take it so."""
    if lo < 3 or tokens[lo - 1].low != "which" or tokens[lo - 2].text != ",":
        return None
    start = lo - 2
    while start > 0 and tokens[start - 1].text[:1].isalnum() and \
            tokens[start - 1].low not in CLAUSE_WORDS and \
            tokens[start - 1].low not in PREPOSITIONS and not is_verb(tokens, start - 1):
        start -= 1
    if not 1 < lo - 2 - start <= 8 or tokens[start].low not in _NAMING_DETERMINERS:
        return None
    thing = text[tokens[start].start:tokens[lo - 3].end]
    thing = tokens[start].low + thing[len(tokens[start].text):]
    piece = tidy(text[tokens[lo].start:tokens[first].start] + " " +
                 (text[tokens[last].start:tokens[hi - 1].end] if last < hi else ""))
    inner = tokenize(piece)
    clause = find_clause(inner, piece, 0, len(inner))
    if clause is None or " " in clause.verb or not clause.verb and not clause.base:
        return None
    rest = tidy(clause.rest)
    if clause.auxiliary and clause.verb:
        body = f"{clause.auxiliary} {clause.subject} {clause.verb} {thing} {rest}"
    elif clause.base and not clause.auxiliary:
        body = f"did {clause.subject} {clause.base} {thing} {rest}"
    else:
        return None
    body = tidy(body)
    if dangling(body) or has_personal_pronoun(body) or len(body.split()) > 30:
        return None
    return Asked(f"{wh} {body}?", tidy(f"{clause.subject} {clause.auxiliary} {clause.verb} "
                                        f"{thing} {rest}"))


#: Determiners a put-back noun phrase may open on (one that names its thing).
_NAMING_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})


def _object_relative(tokens: list[Token], lo: int) -> bool:
    """Whether the clause at ``lo`` is a relative clause whose object is the relative
    pronoun before it ("which parliament must approve", "the plan that the council
    approved"): asked on its own, its verb would have no object."""
    stop = tokens[lo - 1].low if lo > 0 else ""
    if stop in ("which", "whom", "whose"):
        return stop != "which" or not _opens_with_verb(tokens, lo)
    if stop != "that" or lo < 2:
        return False
    for k in range(lo - 2, max(-1, lo - 8), -1):
        if tokens[k].text in ",;:":
            break
        if takes_that_clause(tokens[k].text):
            return False  # "said on Monday that X ...": a statement, complete
    return tokens[lo - 2].text[:1].isalpha() and tokens[lo - 2].low not in AUXILIARIES


#: Prepositions after which an event noun is what a following date belongs to.
_EVENT_PREPOSITIONS = frozenset({"for", "over", "about", "after", "behind", "against", "of"})


_RESPONSE_NOUNS = frozenset({"response", "reaction", "retaliation", "reply", "answer"})


def _event_in_pp(tokens: list[Token], lo: int, first: int) -> int:
    """The position after "for/over/..." when an event noun phrase it opens (with no verb in
    between) runs up to the date; 0 when there is none."""
    verb = next((k for k in range(first - 1, lo - 1, -1) if is_verb(tokens, k)), None)
    if verb is None:
        return 0
    for k in range(verb + 1, first):
        if tokens[k].low in _EVENT_PREPOSITIONS or tokens[k].low == "to" and \
                tokens[k - 1].low in _RESPONSE_NOUNS:  # "in response to an attack on X"
            following = tokens[k + 1:first]
            words = [t.low for t in following]
            if any(w in EVENT_NOUNS or (w.endswith("s") and w[:-1] in EVENT_NOUNS)
                   for w in words[:4]):
                return k + 1
            return 0
    return 0


def _is_and_clause(tokens: list[Token], k: int) -> bool:
    """An "and" that joins two clauses ("X withdrew and returned") rather than two nouns."""
    return tokens[k].low == "and" and k + 1 < len(tokens) and (is_verb(tokens, k + 1) or (
        k + 2 < len(tokens) and tokens[k + 2].low in AUXILIARIES and tokens[k + 2].text.islower()
        and tokens[k + 1].text[:1].isalnum()))  # ("were confirmed dead and three were ...")


def _and_after_span(tokens: list[Token], k: int) -> bool:
    """An "and" after the span that goes on with a lower-case word ("opened in 1995 and
    carries 60,000 passengers", "in 2019 and the council"): a second predicate or clause, which
    the question would join to the first one ungrammatically; names ("and Paris") and numbers
    ("and 1996") are not cut."""
    return tokens[k].low == "and" and k + 1 < len(tokens) and tokens[k + 1].text[:1].islower()


def _previous_subject(text: str, tokens: list[Token], conj: int) -> str | None:
    """The subject of the clause before a coordinating conjunction at ``conj``."""
    lo = conj
    while lo > 0 and tokens[lo - 1].low not in _LEFT_STOPS_BUT_BUT:
        if tokens[lo - 1].text in "\"”" and lo != conj or tokens[lo - 1].text in ".“":
            break  # a quotation the conjunction is in, or the sentence before
        if tokens[lo - 1].text in "\"”":  # 'was "deeply disappointed" and would': a quoted
            # complement is part of the clause before the "and"
            opening = next((k for k in range(lo - 2, -1, -1) if tokens[k].text in "\"“"), None)
            if opening is None:
                break
            lo = opening
            continue
        lo -= 1
    lo = _lead_in_end(tokens, lo, conj)
    clause = find_clause(tokens, text, lo, conj)
    if clause is not None and clause.verb and takes_that_clause(clause.verb.split()[-1]) and \
            conj + 1 < len(tokens) and tokens[conj + 1].low in AUXILIARIES:
        # "X said the statues would arrive in May and would go on display": the reported
        # clause goes on, so its subject is the second verb's ("X said Y and voted": X's)
        verb = clause.verb.split()[-1]
        at = next((k for k in range(lo, conj) if tokens[k].text == verb), None)
        if at is None:
            return None
        inner = at + 1 + (at + 1 < conj and tokens[at + 1].low == "that")
        reported = find_clause(tokens, text, inner, conj) if inner < conj else None
        return reported.subject if reported is not None else None
    return clause.subject if clause else None


#: Verbs whose object is who is told, not what ("told reporters on Wednesday").
_TELL = frozenset({"tell", "inform", "brief"})
#: Conjunctions whose clause takes a present tense for a future event ("until a new
#: parliament is elected in November").
_TEMPORAL = frozenset({"until", "once", "when", "before", "after"})


def _future_of(tokens: list[Token], lo: int) -> str:
    """"will" or "would" when the clause before ``lo`` speaks of the future with it."""
    for k in range(lo - 2, -1, -1):
        if tokens[k].low in ("will", "would"):
            return tokens[k].low
    return ""


#: Words that make the clause after them a condition, not a fact.
_CONDITIONS = frozenset({"if", "unless", "whether", "once", "until"})


#: The end of a subject cut inside an infinitive's verb group.
_CUT_INFINITIVE = (" to", " to be", " to have", " to have been", " to being")


def _clause_question(text: str, tokens: list[Token], lo: int, hi: int, wh: str,
                     subject: str | None, skip: tuple[int, int] | None = None,
                     future: str = "") -> Asked | str | None:
    """The question of the clause ``tokens[lo:hi]``; "X and her Y" (one coordinated subject
    whose "her" is X's, as "his" is read) is read as "his" and given back as written."""
    if " and her " not in text or " and his " in text or not _OWN_HER.search(text):
        return _clause_question_as_read(text, tokens, lo, hi, wh, subject, skip, future)
    asked = _clause_question_as_read(_OWN_HER.sub(" and his ", text), tokens, lo, hi, wh,
                                     subject, skip, future)
    if not isinstance(asked, Asked):
        return asked
    return Asked(asked.question.replace(" and his ", " and her "),
                 asked.event.replace(" and his ", " and her "))


#: "and her" before the noun she owns ("a bear and her two cubs"), not before a preposition
#: ("gave it to him and her in May").
_OWN_HER = re.compile(r" and her (?=(?!(?:to|for|in|on|at|with|by|from|that|and|or|but)\b)"
                      r"[a-z])")


def _clause_question_as_read(text: str, tokens: list[Token], lo: int, hi: int, wh: str,
                             subject: str | None, skip: tuple[int, int] | None = None,
                             future: str = "") -> Asked | str | None:
    if lo >= hi:
        return None
    if skip is not None:
        first, last = skip
        piece = text[tokens[lo].start:tokens[first].start] + " " + \
            (text[tokens[last].start:tokens[hi - 1].end] if last < hi else "")
    else:
        piece = text[tokens[lo].start:tokens[hi - 1].end]
    piece = tidy(piece)
    inner = tokenize(piece)
    start = _lead_in_end(inner, 0, len(inner))
    if subject is not None:
        piece = f"{subject} {piece[inner[start].start:] if start < len(inner) else ''}"
        inner = tokenize(piece)
        start = 0
    clause = find_clause(inner, piece, start, len(inner))
    if clause is None or clause.subject.endswith(_CUT_INFINITIVE):
        return None  # "an order requiring all poultry to be | kept indoors has been in
        # force": an infinitive's participle read as the clause's verb
    if clause.auxiliary in BE and not clause.verb and not wh.startswith(
            ("Since", "Before", "Until", "By")):
        return "copula"
    if clause.auxiliary in MODALS and not clause.verb or \
            clause.auxiliary in ("has", "have", "had") and not clause.verb:
        return None  # "Ministers have until 2 April to decide": "have" is the main verb
    verb = clause.base or (clause.verb.split()[-1] if clause.verb else "")
    rest = tidy(clause.rest).split()
    if verb in _TELL and "that" not in rest and len(rest) <= 3:
        return None  # "did X tell reporters?", "did X tell local radio?": tell them what?
    # a passive is no report ("When was the leak discovered?"), unless its clause is a
    # condition ("if the cuts are confirmed by ...") or its subject is an aside's ("..., a
    # suburb north of X, were told")
    passive = (clause.auxiliary in BE or clause.verb.startswith(("been ", "be "))) and \
        not (lo and tokens[lo - 1].text.lower() in _CONDITIONS) and not (
            clause.subject.startswith(("a ", "an ")) and clause.auxiliary in ("were", "are"))
    if verb and takes_that_clause(verb) and not passive and (
            not rest or rest[-1].lower() in ("only", "that")
            or (is_reporting(verb) and rest[0].lower() in PREPOSITIONS
                and "that" not in rest)):
        return None  # "did X say?", "did a report find?": the finding is what was dated
        # (a passive is no report: "When was the leak discovered?")
    if future and clause.auxiliary in ("is", "are") and clause.verb and \
            is_past_participle(clause.verb):
        # "until a new parliament is elected in November": "will a new parliament be elected"
        body = tidy(f"{future} {clause.subject} be {clause.verb} {tidy(clause.rest)}")
        if dangling(body) or has_personal_pronoun(body):
            return None
        return Asked(f"{wh} {body}?", statement(clause))
    asked = question(wh, clause)
    return Asked(asked, statement(clause)) if asked else None
