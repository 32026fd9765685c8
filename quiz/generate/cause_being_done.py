"""The purpose of a second act told as "before being done so that ...": "The score will go on
display in May before being digitised so that anyone can study it" -> "Why will the score be
digitised?" (the purpose is the second act's, not the first's)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_spans import DEMONSTRATIVE, VAGUE_SUBJECT, cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_lower, is_participle, is_pronoun, word_count
from quiz.generate.syntax import Clause

#: "before being digitised (in full) so that", "after being cleaned in order to".
_BEING_DONE = re.compile(
    r"\s(?:before|after|while|by)\s+being\s+(?P<done>[a-z]+)(?P<more>(?:\s+[\w’'-]+){0,6}?)\s+"
    r"(?P<conn>so\s+that|in\s+order\s+to|in\s+order\s+that|so\s+as\s+to)\s+")
_MODALS = frozenset({"will", "would", "could", "can", "should", "must", "may", "might"})


def being_done_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` tells a "before being done so that ..." (whose purpose is the second
    act's, not the clause's)."""
    return (match.span() for match in _BEING_DONE.finditer(text))


def being_done_facts(text: str, clauses: list[Clause]
                     ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"X would go on display before being digitised so that Y" -> "Why would X be
    digitised?" (so that Y); the subject is the clause's whose predicate the phrase ends."""
    for match in _BEING_DONE.finditer(text):
        done = match.group("done")
        if not is_participle(done) or any(ch in match.group("more") for ch in ",;:"):
            continue
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner or any(c.subject_start > owner[-1].verb_end for c in owner):
            continue
        clause = owner[-1]
        if any(ch in text[clause.verb_end:match.start()] for ch in ",;:\"“”"):
            continue  # the phrase must end the clause's own predicate
        subject = clause.subject
        if is_pronoun(subject) or VAGUE_SUBJECT.match(subject) or word_count(subject) > 8 or \
                any(ch in subject for ch in ",;:\"“”()"):
            continue
        be = _be(clause)
        purpose = cut_span(text, match.end())
        if be is None or purpose is None or DEMONSTRATIVE.match(purpose):
            continue
        conn = " ".join(match.group("conn").split())
        yield (AnswerKind.PURPOSE, f"Why {be} {first_lower(subject)} be {done}{match.group('more')}",
               f"{conn} {purpose}", (purpose if conn.endswith("that") else f"to {purpose}",))


def _be(clause: Clause) -> str | None:
    """The modal a question on the second act opens with ("would go ... before being sold" ->
    "Why would X be sold?"), or ``None``: a past "went on display before being sold" asks
    "was" or "were" by the subject's number, which a name does not always tell."""
    first = clause.group.words[0].lower()
    return first if first in _MODALS else None
