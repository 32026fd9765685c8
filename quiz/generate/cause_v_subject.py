"""The whole noun phrase of a subject the clause reader cut short, for the cause-verb rules:
'A "catastrophic" update caused X' (not "update"), "The collapse of the currency, which caused
X" (not "the currency")."""

from __future__ import annotations

import re
from dataclasses import replace

from quiz.generate.grammar import COMMON_ALONE, COMMON_SUFFIXES
from quiz.generate.syntax import Clause

#: A quoted modifier and the determiner before it, just before a subject: 'a "catastrophic" '.
_QUOTED_MODIFIER = re.compile(r"(?:(?:\b[Aa]n?|\b[Tt]he|\b[A-Z][\w-]*[’']s)\s+)?(?:[a-z-]+\s+)?"
                              r"(?:\"[a-z][^\"]{0,30}\"|“[a-z][^”]{0,30}”)\s+$")
#: A noun phrase opening the sentence whose last noun the clause reader took for the subject of
#: a ", which" clause: "The collapse of " / "Storms in " / "Oxfam's decision to cut funding for ".
_HEAD_BEFORE = re.compile(r"(?P<np>(?:[A-Z][\w-]*(?:[’']s)?|[Aa]n?|[Tt]he)(?:\s+[a-z][\w-]*){0,3}?"
                          r"\s+(?:of|in|from|over|on|at|across|among|for|by)\s+)$")
#: Words that make the phrase before the subject a clause, not a noun phrase.
_CLAUSE_WORD = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|will|would|could|can|"
                          r"did|does|do|after|when|which|who|that|as|because|while|since)\b",
                          re.IGNORECASE)
_WHICH_GAP = re.compile(r",\s+which\s+")


def whole_subjects(text: str, clauses: list[Clause]) -> list[Clause]:
    """``clauses`` with each subject the reader cut short made whole (the others as read)."""
    if '"' not in text and "“" not in text and ", which " not in text:
        return clauses
    return [_whole(text, clause) for clause in clauses]


def _whole(text: str, clause: Clause) -> Clause:
    start = clause.subject_start
    quoted = _QUOTED_MODIFIER.search(text, max(0, start - 50), start)
    if quoted is not None and quoted.end() == start and text.count('"', 0, quoted.start()) % 2 == 0:
        start = quoted.start()
    elif _WHICH_GAP.fullmatch(text, clause.subject_end, clause.verb_start):
        head = _HEAD_BEFORE.fullmatch(text, 0, start)
        if head is None or _CLAUSE_WORD.search(head.group("np")):
            return clause
        start = 0
    else:
        return clause
    subject = text[start:clause.subject_end]
    if start == 0:
        subject = opening_lowered(subject)
    return replace(clause, subject=subject, subject_start=start)


def opening_lowered(subject: str) -> str:
    """A subject opening a sentence with its first word lower-cased when that is a function
    word or a common noun by its ending ("Storms in the North Sea"), not a name ("Oxfam")."""
    first, _, rest = subject.partition(" ")
    if first[1:].islower() and rest[:1].islower() and (
            first in {"The", "A", "An"} or first.lower().endswith(COMMON_SUFFIXES) or
            first.lower() in COMMON_ALONE):
        return subject[0].lower() + subject[1:]
    return subject
