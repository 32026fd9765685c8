"""Blame given with no "on" or "for": "The airline cancelled 40 flights, blaming a shortage of
staff" and "X fell, according to the body Y, which blamed Z" tell the reason for the clause's
event, as its blamer gives it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_spans import DEMONSTRATIVE, VAGUE_SUBJECT, cut_span, why_question
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import is_pronoun, word_count
from quiz.generate.syntax import Clause

#: ", blaming X" / ", according to Y, which blamed X" with what is blamed right after.
_BARE_BLAME = re.compile(
    r"(?:,\s+according\s+to\s+(?P<body>[^,;:\"“”()]{3,60}),\s+which\s+(?:also\s+)?blamed|"
    r",\s+(?:also\s+)?blaming)\s+(?P<cause>[\"“]?(?:an?|the|its|their|[a-z]+)\b)")
#: A blamed thing that goes on to say what it is blamed for or on: other rules' shapes.
_ON_OR_FOR = re.compile(r"\s(?:on|for)\s")
#: Verbs that only tell a decision ("announced the decision"): the blame is for what was
#: decided, which an earlier sentence names.
_TELLING = frozenset({"announced", "confirmed", "revealed", "defended", "explained",
                      "justified"})
_BLAMER_HEAD = re.compile(r"^(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?=[A-Z])")


def bare_blame_facts(text: str, clauses: list[Clause]
                     ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The club sacked its manager on Sunday, blaming poor results" -> "Why did the club sack
    its manager on Sunday?"; "Flights were cut, according to the union Unite, which blamed a
    staff shortage" -> "Why were flights cut, according to Unite?"."""
    for match in _BARE_BLAME.finditer(text):
        cause = cut_span(text, match.start("cause"))
        if cause is None or DEMONSTRATIVE.match(cause) or is_pronoun(cause) or \
                _ON_OR_FOR.search(cause) or word_count(cause) > 24:
            continue
        cause = cause.replace("\"", "").replace("“", "").replace("”", "")
        end = match.start()
        body = match.group("body")
        owner = [c for c in clauses if c.verb_end <= end]
        if len(owner) != 1 or owner[0].first_token != 0:
            continue  # (the event must be the sentence's one opening clause)
        clause = owner[0]
        subject = clause.subject
        if is_pronoun(subject) or VAGUE_SUBJECT.match(subject):
            continue
        if body is None and clause.group.main.lower() in _TELLING:
            continue  # ("announced the decision, blaming X": for what was decided, told before)
        question = why_question(text, clause, end)
        if question is None:
            continue
        if body is not None:
            question = f"{question}, according to {_BLAMER_HEAD.sub('', body)}"
        yield AnswerKind.CAUSE, question, cause, ()
