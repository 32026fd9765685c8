"""A thing that "is why" or "was the main reason" something happened: "Rising construction costs
are why the repair bill has doubled" -> "Why has the repair bill doubled?"; "Low pay was the main
reason young teachers left for the cities" -> "What was the main reason young teachers left for
the cities?" (low pay).

The gates are of shape: the subject a thing of :func:`cause_blamed.blamable` (no one acting,
no pronoun, not "the move" alone), the verb a plain "be", what follows "why" or "the reason" a
finite clause with a subject of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_blamed import blamable
from quiz.generate.cause_spans import DEMONSTRATIVE, VAGUE_SUBJECT, cut_span, why_question
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import is_pronoun, word_count
from quiz.generate.syntax import Clause, find_clauses

#: The words without which no rule here fires (the caller's cheap gate).
REASON_WORDS = frozenset({"why", "reason"})
_BE = frozenset({("is",), ("are",), ("was",), ("were",)})
#: "why Y", "the main reason (why|that) Y": what the subject is the reason for.
_WHY = re.compile(r"\s+(?:(?P<why>why)|(?P<reason>(?:the|a)\s+(?:(?:main|biggest|key|chief|"
                  r"major|primary|real|single|most\s+important)\s+)?reason)(?:\s+why|\s+that)?)"
                  r"\s+(?=[a-z])")
_ASKED_BE = {"is": "is", "are": "is", "was": "was", "were": "was"}


def reason_is_facts(text: str, clauses: list[Clause]
                    ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Rising costs are why the bill has doubled" -> "Why has the bill doubled?" (rising
    costs)."""
    for clause in clauses:
        if tuple(w.lower() for w in clause.group.words) not in _BE:
            continue
        match = _WHY.match(text, clause.verb_end)
        subject = text[clause.subject_start:clause.subject_end]
        if match is None or is_pronoun(subject) or VAGUE_SUBJECT.match(subject) or \
                DEMONSTRATIVE.match(subject) or not blamable(subject) or \
                word_count(subject) > 10 or any(ch in subject for ch in ",;:\"“”()"):
            continue
        effect = cut_span(text, match.end())
        if effect is None:
            continue
        # (read as a sentence of its own: "Nurses leave the city" is a clause, "nurses leave
        # the city" may not be)
        told = find_clauses(effect[:1].upper() + effect[1:])
        if not told or told[0].first_token != 0 or is_pronoun(told[0].subject) or \
                VAGUE_SUBJECT.match(told[0].subject) or word_count(effect) > 16:
            continue
        if match.group("why"):
            question = why_question(effect[:1].upper() + effect[1:], told[0], len(effect))
            if question is not None:
                yield AnswerKind.CAUSE, question, subject, ()
            continue
        be = _ASKED_BE[clause.group.words[0].lower()]
        reason = " ".join(match.group("reason").split())
        reason = "the " + reason.split(" ", 1)[1] if reason.startswith("a ") else reason
        yield AnswerKind.CAUSE, f"What {be} {reason} {effect}", subject, ()
