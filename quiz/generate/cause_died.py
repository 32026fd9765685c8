"""What killed someone or something: "The animals died from heat stress" -> "Why did the
animals die?" - "from heat stress"; and the dispute a strike or a walkout is part of: "Workers
will strike next month in a dispute over pay" -> "Why will workers strike next month?"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_spans import cut_span, why_question
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import word_count
from quiz.generate.syntax import Clause

#: "died of X", "have died from X" (the main verb of a clause).
_DIED = re.compile(r"\s+(?:(?:mainly|mostly|largely|probably|likely|apparently)\s+)?"
                   r"(?P<prep>of|from)\s+(?=[a-z])")
_DIE_FORMS = frozenset({"died", "die", "dies", "dying"})
#: Where the cause of death ends: a place, a time, an age or another clause.
_DEATH_END = re.compile(r"\s(?:in|at|on|after|last|this|during|while|aged|within|shortly|days|"
                        r"weeks|months|years|earlier|later|before|following|when|and)\b")
#: "of old age", "from natural causes" are causes; "of them", "of the 40 patients" are not.
_NOT_CAUSE = re.compile(r"(?:them|those|these|whom|which|its|their\s+own)\b|(?:the\s+)?\d")
#: "in a dispute over pay", "in a row about staffing": the dispute the act is part of.
_DISPUTE = re.compile(r"\s+in\s+(?P<dispute>an?\s+(?:[\w-]+\s+){0,2}?(?:dispute|row|"
                      r"disagreement|stand-off|standoff)\s+(?:over|about|with\s+[^,;:]{2,40}?"
                      r"\s+over)\s+[a-z])")
#: Acts a dispute explains: strikes, walkouts, protests, boycotts and stoppages.
_DISPUTE_ACTS = frozenset("""
    strike strikes striking struck walk walked walking walks protest protested protesting
    protests boycott boycotted boycotting stop stopped refuse refused refusing
""".split())


def died_facts(text: str, clauses: list[Clause]
               ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"More than 200 people died from cholera last year" -> "Why did more than 200 people
    die last year?" is not asked (the time stays with the death): "Why did more than 200
    people die?" - "from cholera"."""
    for clause in clauses:
        if clause.group.main.lower() not in _DIE_FORMS:
            continue
        match = _DIED.match(text, clause.verb_end)
        if match is None or _NOT_CAUSE.match(text, match.end()):
            continue
        cause = cut_span(text, match.end())
        if cause is None:
            continue
        end = _DEATH_END.search(cause)
        cause = cause[:end.start()] if end else cause
        if not cause or word_count(cause) > 8:
            continue
        question = why_question(text, clause, match.start())
        if question is not None:
            answer = f"{match.group('prep')} {cause}"
            yield AnswerKind.CAUSE, question, answer, (cause,)


def dispute_facts(text: str, clauses: list[Clause]
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Workers at the plant will strike next month in a dispute over pay" -> "Why will
    workers at the plant strike next month?" - "a dispute over pay"."""
    for match in _DISPUTE.finditer(text):
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner or any(c.subject_start > owner[-1].verb_end for c in owner):
            continue
        clause = owner[-1]
        words = text[clause.verb_start:match.start()].lower().split()
        if _DISPUTE_ACTS.isdisjoint(words):
            continue  # ("The two firms are in a dispute over X": no act)
        dispute = cut_span(text, match.start("dispute"))
        question = why_question(text, clause, match.start())
        if dispute is not None and question is not None and word_count(dispute) >= 4:
            yield AnswerKind.CAUSE, question, dispute, (f"in {dispute}",)
