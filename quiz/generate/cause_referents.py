"""Causes told across two sentences: "it", "That" and "As a result" standing for what the
sentence before said.

"Regulators defended the rule. The board said it had been tightened following X": "it" is the
rule, so "Why had the rule been tightened, according to the board?". "The final day ended with
both players level. That forced a tiebreak": "That" is the sentence before's fact, so "What
forced a tiebreak?" is answered from the sentence before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from quiz.generate.cause_connectives import connective_facts
from quiz.generate.cause_reports import embedded_clauses
from quiz.generate.cause_spans import cut_span, why_question
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import word_count
from quiz.generate.mentions import tokenize
from quiz.generate.syntax import find_clauses, with_opening_subjects

#: A short sentence whose last words are the one thing it acts on: "Regulators defended the
#: rule." (a subject, one past verb, "the" and at most two words).
_SHORT_OBJECT = re.compile(r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}?\s+[a-z]+ed\s+"
                           r"(?P<thing>the\s+[a-z-]+(?:\s+[a-z-]+)?)\.")
#: "X said it had been tightened": a reported passive whose "it" is no speaker.
_SAID_IT_PASSIVE = re.compile(r"\b(?:said|says|added|argued)\s+(?:that\s+)?(?P<it>it)\s+"
                              r"(?:had|has|was|is|would|will)\s+(?:been\s+|be\s+)?"
                              r"(?P<done>[a-z]+ed)\b")
#: What is done to a rule, a plan or a project (not to a person: "Police questioned the
#: driver. The force said it had been called after a crash": "it" is the force).
_DONE_TO_THINGS = frozenset("""
    tightened loosened relaxed eased introduced changed revised amended approved adopted
    passed designed delayed postponed scrapped dropped extended lifted imposed suspended
    halted cancelled canceled closed reopened launched expanded raised lowered reviewed
    updated withdrawn blocked rejected abandoned shelved paused
""".split())


def thing_named_before(text: str, before: str) -> str | None:
    """``text`` with a reported passive's "it" written as the thing the short sentence
    ``before`` acted on, or ``None`` when it has no such "it" or ``before`` names no one thing."""
    said = _SAID_IT_PASSIVE.search(text)
    if said is not None and said.group("done") not in _DONE_TO_THINGS:
        return None
    thing = _SHORT_OBJECT.fullmatch(before.strip()) if said is not None else None
    if said is None or thing is None:
        return None
    return f"{text[:said.start('it')]}{thing.group('thing')}{text[said.end('it'):]}"


@lru_cache(maxsize=4096)
def restated_causes(text: str, restated: str, opening: tuple[str, ...]
                    ) -> tuple[tuple[AnswerKind, str, str, tuple[str, ...]], ...]:
    """The "Why" facts of ``restated`` (``text`` with its "it" named; the subjects opening
    it written as ``opening``) whose answers are spans of ``text`` itself (cached: the key
    holds all they depend on)."""
    found = [c for c in find_clauses(restated)
             if c.first_token != 0 or c.subject.lower() not in {"the", "a", "an"}]
    found = with_opening_subjects(found, opening[:sum(c.first_token == 0 for c in found)])
    clauses = embedded_clauses(restated, tokenize(restated), found)
    return tuple(item for item in connective_facts(restated, clauses)
                 if item[0] is AnswerKind.CAUSE and item[2] in text)


#: "That forced a tiebreak", "This prompted a review", "That exodus has left X short of
#: staff", "The move drew criticism": the sentence before is the cause (a noun after "That"
#: or "This" names it; an auxiliary is kept in the question).
_THAT_CAUSED = re.compile(r"(?:That|This)\s+(?:(?P<noun>[a-z]{3,})\s+)?"
                          r"(?P<verb>(?:(?:has|have|had)\s+)?(?:forced|prompted|caused|triggered|"
                          r"sparked|led to|left|drawn|drew|fuelled|fueled|raised|angered|"
                          r"alarmed|pushed|driven|drove))\s+(?=\S)")
#: Nouns after "That"/"This" that are no event of the sentence before ("This year", "That
#: day": a time; "This week's ...").
_NOT_EVENT_NOUNS = frozenset({"year", "week", "month", "day", "time", "morning", "evening",
                              "season", "summer", "winter", "spring", "autumn", "one", "is",
                              "was", "has", "had", "will", "would", "could"})
#: Where the fact a sentence states ends: a reason or a time after it, or a closing speaker.
_FACT_END = re.compile(r"\s+(?:after|because|when|as|since|following|while|but|amid)\s|"
                       r",\s+(?:[\w’'-]+\s+){1,4}(?:said|says)\b")


def that_caused(text: str, before: str) -> Iterator[tuple[AnswerKind, str, str]]:
    """"That forced a two-game tiebreak" after "The final day ended with both players on 9.5
    points after X" -> ("What forced a two-game tiebreak?", "The final day ended with both
    players on 9.5 points"): the answer is a span of ``before``, the one clause it opens with."""
    match = _THAT_CAUSED.match(text)
    if match is None or not before or match.group("noun") in _NOT_EVENT_NOUNS:
        return
    verb = match.group("verb")
    if not verb.startswith(("has ", "have ", "had ")) and verb.endswith(("drawn", "driven")):
        return
    effect = cut_span(text, match.end())
    fact = _opening_fact(before)
    if effect is None or fact is None or word_count(effect) < 2:
        return
    verb = " ".join(verb.split()).replace("have ", "has ", 1)
    yield AnswerKind.CAUSE, f"What {verb} {effect}", fact



def _opening_fact(before: str) -> str | None:
    """The fact the sentence ``before`` states, up to a reason, a time or a closing speaker
    after it ("The final day ended with both players on 9.5 points | after X"), when the
    sentence opens with its clause and that fact is one phrase of 4 to 20 words."""
    clauses = find_clauses(before) if before else []
    if not clauses or clauses[0].first_token != 0 or any(ch in before for ch in ";:\"“”"):
        return None
    end = _FACT_END.search(before)
    fact = before[:end.start()] if end is not None else before.rstrip(".!")
    aside = fact.find(", ")
    if aside > 0 and _ASIDE_AFTER.match(fact, aside) and 6 <= word_count(fact[:aside]):
        fact = fact[:aside]  # "... since 2020, most of them to Britain": the fact, no aside
    return None if _COMMA.search(fact) or not 4 <= word_count(fact) <= 20 else fact


_COMMA = re.compile(r",(?!\d)")
#: What may follow the fact a sentence states after a comma and be left out: an aside on
#: a part of it ("most of them ...", "many of whom ...", "up from ...").
_ASIDE_AFTER = re.compile(r",\s+(?:most|many|some|all|half|none|several|few)\s+of\s+"
                          r"(?:them|whom|which)\b|,\s+(?:up|down)\s+from\s")


#: "As a result, more than 300 flights were cancelled": the sentence before says why.
_AS_A_RESULT = re.compile(r"(?:As a (?:result|consequence)|Consequently|Because of this|"
                          r"As a result of this),\s+|(?:This|That)\s+(?:meant|means)\s+"
                          r"(?:that\s+)?(?=[a-z]+\s|[A-Z])")


#: "Officials said the river had burst its banks": the speaker before the fact.
_REPORTED = re.compile(r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}?\s+(?:said|say|says|confirmed|"
                       r"reported|announced)\s+(?:that\s+)?(?=[a-z]+\s|[A-Z])")


def _unreported(before: str) -> str:
    """``before`` without a speaker opening it ("Officials said the river had burst its banks"
    -> "the river had burst its banks"), a fact the next sentence's result follows."""
    said = _REPORTED.match(before) if " s" in before or " confirmed" in before or \
        " reported" in before or " announced" in before else None
    return before[said.end():] if said is not None else before


def result_of_before(text: str, before: str) -> Iterator[tuple[AnswerKind, str, str]]:
    """"A computer fault lasted six hours. As a result, 300 flights were cancelled." ->
    ("Why were 300 flights cancelled?", "A computer fault lasted six hours"): the answer
    is the one clause the sentence before opens with, a span of ``before``."""
    match = _AS_A_RESULT.match(text)
    fact = _opening_fact(_unreported(before)) if match is not None else None
    if match is None or fact is None:
        return
    body = text[match.end():]  # (read alone: after "This meant" no clause is looked for)
    clauses = [c for c in find_clauses(body) if c.subject_start == 0]
    if not clauses:
        return
    clause = clauses[0]
    if clause.group.words[-1].lower() in {"has", "have", "had"} and \
            not clause.rest.startswith("to "):
        return  # ("the town has no library": "Why has the town no library?" is no English)
    tail = body[clause.verb_end:]
    start = clause.verb_end + len(tail) - len(tail.lstrip())
    rest = cut_span(body, start) if tail.strip(" .!?") else ""
    question = why_question(body, clause, start + len(rest)) if rest is not None else None
    if question is not None:
        yield AnswerKind.CAUSE, question, fact
