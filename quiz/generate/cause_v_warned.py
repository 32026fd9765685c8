"""The harm a warning foresees: "Business groups warned that the refusal could damage Ireland's
reputation" -> "What did business groups warn the refusal could do?" (damage Ireland's reputation).

Any verb may be the harm: the gates are of shape. The warner is named (no pronoun, a short
subject); what may do harm is a thing, a rule or an event (a common noun naming no one); its
verb is a modal and a plain verb with an object (no "be", "have", no negation); the answer is
that verb and its object, of two to fourteen words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_blamed import asked_who
from quiz.generate.cause_hindrances import common_head
from quiz.generate.cause_spans import DEMONSTRATIVE, NOT_BASE, VAGUE_SUBJECT, cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import (
    base_form, first_lower, is_pronoun, question_predicate, word_count,
)
from quiz.generate.syntax import Clause

#: The forms of "warn" (the caller's cheap gate: no rule here fires without one).
WARN_WORDS = frozenset({"warned", "warns", "warn"})
#: Between the warning verb and what it foresees: "that", at most.
_THAT = re.compile(r"\s+(?:that\s+)?")
_MODALS = frozenset({"could", "would", "might", "may", "will", "can"})
#: Plain verbs that are no harm done ("could be", "would have", "might do").
_NO_ACT = frozenset({"be", "have", "do", "get", "go", "come", "say", "take", "make"})
#: Words after which the "object" is a time, a place or a comparison, not what is harmed.
_NOT_OBJECT = re.compile(r"(?:by|in|on|at|for|to|from|until|within|as|than|over|into|above|"
                         r"below|beyond|past|around|through|across|with|without|after|before|"
                         r"during|under|towards?|back|away|soon|again|further|sharply|\d)\b")
#: A clause after the harm: why, or when, it would come.
_CLAUSE_AFTER = re.compile(r"\s+(?:because|as|since|after|when|while|unless|if|until|before|"
                           r"so)\s")
#: Verbs of a change of level: "temperatures would climb" foresees no harm done to anything.
_CHANGES = frozenset("""
    rise fall climb drop increase decrease grow soar plunge slump surge jump reach hit top
    exceed double triple halve peak ease recover remain stay
""".split())


def warned_facts(text: str, clauses: list[Clause]
                 ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Doctors have warned that the cuts could harm patients in rural areas" -> "What have
    doctors warned the cuts could do?" (harm patients in rural areas)."""
    for warn, told in zip(clauses, clauses[1:]):
        if warn.group.main.lower() not in WARN_WORDS:
            continue
        if not _THAT.fullmatch(text, warn.verb_end, told.subject_start):
            continue
        if told.group.main.endswith("ed") and len(told.group.words) == 1:
            yield from _misread(text, warn)  # ("heavy rain [expected] later this week could")
            continue
        words = told.group.words
        if len(words) != 2 or words[0] not in _MODALS or words[1] in _NO_ACT or \
                words[1] in _CHANGES or \
                words[1] in NOT_BASE or base_form(words[1]) is not None and \
                base_form(words[1]) != words[1]:
            continue  # (a negation, a perfect, a passive; a past read as the verb)
        rest = text[told.verb_end:].lstrip()
        if not rest or _NOT_OBJECT.match(rest):
            continue
        yield from _asked(text, warn, told.subject, words[0], told.verb_end - len(words[1]))


def _asked(text: str, warn: Clause, thing: str, modal: str, at: int
           ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """The question of what ``thing`` ``modal`` do, as ``warn``'s subject warned, answered by
    the verb phrase at ``at`` (a named warner and a thing that names no one only)."""
    who = warn.subject
    if is_pronoun(who) or VAGUE_SUBJECT.match(who) or word_count(who) > 6 or any(
            ch in who for ch in ",;:\"“”()") or is_pronoun(thing) or DEMONSTRATIVE.match(
            thing) or not common_head(thing) or word_count(thing) > 8 or any(
            ch in thing for ch in ",;:\"“”()"):
        return
    harm = cut_span(text, at)
    if harm is None:
        return
    tail = _CLAUSE_AFTER.search(harm)
    if tail is not None:
        harm = harm[:tail.start()]  # ("delay the rollout because ...": the harm alone)
    if not 2 <= word_count(harm) <= 14:
        return
    asked = question_predicate(asked_who(who), warn.group, f"{first_lower(thing)} {modal} do")
    if asked is not None:
        yield AnswerKind.EFFECT, f"What {asked}", harm, ()


#: "warned that [heavy rain expected later this week] could [turn] ...": a thing with a
#: participle phrase after it, which the clause reader takes for the clause's verb.
_THING_MODAL = re.compile(r"\s+(?:that\s+)?(?P<thing>[a-z][\w’'-]*(?:\s+[\w’'-]+){1,7}?)\s+"
                          r"(?P<modal>could|would|might|may|will)\s+(?P<verb>[a-z]+)\s")


def _misread(text: str, warn: Clause) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """The harm foreseen when what does it carries a participle phrase: "Scientists warned
    that heavy rain expected later this week could turn loose ash into lahars"."""
    match = _THING_MODAL.match(text, warn.verb_end)
    if match is None:
        return
    thing, verb = match.group("thing"), match.group("verb")
    if verb in _NO_ACT or verb in _CHANGES or verb in NOT_BASE or base_form(verb) not in {
            None, verb} or not common_head(thing) or is_pronoun(thing) or _NOT_OBJECT.match(
                text, match.end()):
        return
    yield from _asked(text, warn, thing, match.group("modal"), match.start("verb"))