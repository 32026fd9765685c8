"""A cause told in the progressive: "Cheap loans have been fuelling a boom in house prices".

"What has been fuelling a boom in house prices?" (cheap loans): the verb one of pushing or
causing in its "-ing" form after a form of "be"; the subject a thing of
:func:`cause_blamed.blamable` (no one acting, no pronoun); what it does a phrase of two to
twelve words that opens with no pronoun or pointer.
"""

from __future__ import annotations

from collections.abc import Iterator

from quiz.generate.cause_blamed import blamable
from quiz.generate.cause_v_asked import what_group
from quiz.generate.cause_spans import DEMONSTRATIVE, VAGUE_SUBJECT, cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import MODAL_VERBS, is_pronoun, word_count
from quiz.generate.syntax import Clause

#: The "-ing" forms of verbs of causing or pressing (the caller's cheap gate).
PROGRESSIVE_WORDS = frozenset("""
    fuelling fueling driving pushing causing triggering sparking squeezing hurting undermining
    eroding worsening dragging weighing boosting forcing stoking
""".split())
#: Those whose "X to do Y" is what is pressed for, not an effect.
_PERSUADING = frozenset({"pushing", "forcing", "driving"})
_BE = frozenset({"is", "are", "was", "were", "been"})


def progressive_cause_facts(text: str, clauses: list[Clause]
                            ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Rent rises are driving families out of the city" -> "What is driving families out of
    the city?" (rent rises)."""
    for clause in clauses:
        words = clause.group.words
        main = clause.group.main.lower()
        if main not in PROGRESSIVE_WORDS or _BE.isdisjoint(words) or words[-1] != main or \
                MODAL_VERBS.intersection(words):
            continue
        subject = text[clause.subject_start:clause.subject_end]
        if is_pronoun(subject) or VAGUE_SUBJECT.match(subject) or DEMONSTRATIVE.match(
                subject) or not blamable(subject) or word_count(subject) > 10 or any(
                    ch in subject for ch in ",;:\"“”()"):
            continue
        rest = text[clause.verb_end:]
        effect = cut_span(text, clause.verb_end + len(rest) - len(rest.lstrip()))
        if effect is None or not 2 <= word_count(effect) <= 12 or is_pronoun(
                effect.split()[0]) or DEMONSTRATIVE.match(effect) or effect.split()[0] in {
                    "to", "for", "by", "in", "on", "at"}:
            continue  # ("are pushing for talks": what they want, not an effect)
        if " to " in f" {effect} " and main in _PERSUADING:
            continue  # ("are pushing the council to act": what they press for)
        yield AnswerKind.CAUSE, f"What {what_group(words)} {effect}", subject, ()
