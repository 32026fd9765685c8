"""How something is done or paid for: "paid for by cutting X", "fund the cap with a tax"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_after import EVENT_STOP
from quiz.generate.cause_spans import VAGUE_SUBJECT, cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import (
    first_lower, is_pronoun, question_predicate, read_verb_group, word_count,
)
from quiz.generate.syntax import Clause

_BY_DOING = re.compile(r"\s+by\s+(?P<ing>[a-z]{4,}ing)\b")
#: "-ing" words that are no verb ("by morning", "for funding").
NOT_DOING = frozenset({"morning", "evening", "nothing", "something", "anything",
                       "everything", "spring", "string", "ceiling", "building", "funding",
                       "ruling", "meeting", "landing", "hearing", "training", "opening",
                       "spending", "housing", "shipping", "shooting", "bombing", "setting"})
_AND_AUX = re.compile(r"\band\s+(?=(?:would|will|could|can|should|must|might|may|has|have|had|"
                      r"was|were|is|are)\b)")


def means_facts(text: str, clauses: list[Clause]
                ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The scheme would cost £8m and would be paid for by cutting X" -> "How would the
    scheme be paid for?" (by + a verb's "-ing" form says how the act is done)."""
    for match in _BY_DOING.finditer(text):
        if match.group("ing") in NOT_DOING:
            continue
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner:
            continue
        clause = owner[-1]
        if is_pronoun(clause.subject) or VAGUE_SUBJECT.match(clause.subject) or any(
                c.subject_start > clause.verb_end for c in owner):
            continue
        if len(owner) > 1 and _SUBORDINATE_BEFORE.search(text, 0, clause.subject_start):
            continue  # "responded when passengers complained by scrapping them": the main act's
        group, body = clause.group, text[clause.verb_end:match.start()]
        joined = list(_AND_AUX.finditer(body))
        if joined:  # a second verb group of the same subject
            after = body[joined[-1].end():]
            words = after.split()
            read = read_verb_group([w.lower() for w in words[:6]])
            if read is None:
                continue
            group, body = read, " ".join(words[len(read.words):])
        body = body.strip()
        if group.main.lower() in {"is", "are", "was", "were", "be", "been", "has", "have", "had"}:
            continue  # "X is a form of pneumonia caught by ...": no act of X's
        if group.main.lower() in _CAUSED and _PASSIVE.intersection(group.words):
            continue  # "was driven by falling demand": what drove it, not how
        if any(ch in body for ch in ",;:\"“”") or word_count(body) > 12 or any(
                w in EVENT_STOP - {"to"}
                for w in body.lower().split()):
            continue
        how = cut_span(text, match.start("ing"))
        inverted = question_predicate(first_lower(clause.subject), group, body)
        if how is None or inverted is None or word_count(how) < 2:
            continue
        yield AnswerKind.CAUSE, f"How {inverted}", f"by {how}", (how,)


#: A subordinator right before a clause's subject: the clause is not the sentence's act.
_SUBORDINATE_BEFORE = re.compile(r"\b(?:when|after|before|because|if|while|since|until|once|"
                                 r"although|though|as)\s+$")
_FUNDED = re.compile(r"\b(?:to\s+)?(?P<verb>fund|funds|funded|finance|finances|financed)\s+"
                     r"(?:(?P<thing>(?:the|its|their|his|her|this|a|an)\s+[a-z]+(?:\s+[a-z]+)?)"
                     r"\s+)?(?P<how>(?:with|through)\s+[a-z]+\b[^,;:.()\"“”]*)")


def funding_facts(text: str, clauses: list[Clause]
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"She promised ... to fund the cap with a windfall tax" -> "How did she promise to
    fund the cap?"; "The city funded the park through a bond" -> "How did the city fund the
    park?"; "the fund would be financed through taxes" -> "How would the fund be financed?"
    (what pays for a thing is how it is done)."""
    for match in _FUNDED.finditer(text):
        owner = [c for c in clauses if c.verb_end <= match.end("verb")]
        if not owner:
            continue
        clause = owner[-1]
        if is_pronoun(clause.subject) or VAGUE_SUBJECT.match(clause.subject):
            continue
        thing, how = match.group("thing"), match.group("how").strip()
        how = how[:end.start()] if (end := _HOW_END.search(how)) else how  # ("since 1990")
        own = clause.verb_start <= match.start("verb") < clause.verb_end
        if own and thing is None and _PASSIVE.intersection(clause.group.words):
            # "the fund would be financed through higher taxes"
            inverted = question_predicate(first_lower(clause.subject), clause.group, "")
        elif own and thing is not None:  # "The city funded the park through a bond"
            inverted = question_predicate(first_lower(clause.subject), clause.group, thing)
        elif thing is not None and match.group().startswith("to ") and \
                clause.group.main.lower() in _WILLING:
            inverted = question_predicate(first_lower(clause.subject), clause.group,
                                          f"to {match.group('verb')} {thing}")
        else:
            continue
        if inverted is not None and word_count(how) >= 3:
            yield AnswerKind.CAUSE, f"How {inverted}", how, (how.split(None, 1)[1],)


_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: Passives whose "by" names a cause ("driven by falling demand", "hit by rising costs").
_CAUSED = frozenset("""
    driven caused triggered sparked prompted fuelled fueled hit hampered hindered affected
    hurt damaged boosted delayed disrupted slowed dominated overshadowed pushed spurred
    squeezed stretched strained battered weakened eroded undermined dampened depressed buoyed
    bolstered exacerbated compounded crippled devastated ravaged overwhelmed swamped stoked
    fanned inflamed intensified heightened accelerated deepened curbed constrained dented
    threatened harmed hampered hindered forced
""".split())
#: Where a means ends: a time or a clause after it ("through a local tax | since 1990").
_HOW_END = re.compile(r"\s+(?:(?:since|until|from|in|by|before|after|for)\s+\d|(?:since|until|"
                      r"after|before|while|because|when|last|next|this|and|but)\b)")
#: Verbs whose "to fund X" is the subject's own act ("promised to fund the cap").
_WILLING = frozenset("""
    promised promises pledged pledges planned plans wants wanted intends intended proposed
    proposes agreed agrees decided decides vowed vows hopes hoped
""".split())


#: "got in through a supplier's account", "gained access via a phishing email": the way in.
_WAY_IN = re.compile(r"\s+(?P<how>(?:through|via)\s+\S)")
#: Verbs of getting into a place or a system, whose "through"/"via" says how.
_ENTRY_VERBS = frozenset("""
    get gets got broke break breaks gained gain gains entered enter enters accessed access
    infiltrated infiltrate hacked hack slipped slip sneaked sneak crept creep
""".split())


def entry_facts(text: str, clauses: list[Clause]
                ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The hackers got in through a supplier's account" -> "How did the hackers get in?"
    (the way in is how the act was done)."""
    for match in _WAY_IN.finditer(text):
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner:
            continue
        clause = owner[-1]
        main = clause.group.main.lower()
        if main not in _ENTRY_VERBS or is_pronoun(clause.subject) or VAGUE_SUBJECT.match(
                clause.subject) or _PASSIVE.intersection(clause.group.words):
            continue
        body = text[clause.verb_end:match.start()].strip()
        if not body or any(ch in body for ch in ",;:\"“”()") or word_count(body) > 6 or any(
                w in EVENT_STOP for w in body.lower().split()):
            continue  # ("got through to the final": no way in)
        how = cut_span(text, match.start("how"))
        inverted = question_predicate(first_lower(clause.subject), clause.group, body)
        if how is None or inverted is None or word_count(how) < 3:
            continue
        yield AnswerKind.CAUSE, f"How {inverted}", how, (how.split(None, 1)[1],)
