"""Why a verdict or a penalty was given, in the passive shapes the "for doing" rule leaves:
"X was acquitted for lack of evidence", "X was ordered to take a pay cut for a year for failing
to report the assault", "X have been docked 20 points and fined $400,000 for breaching the cap".

The gates are of shape: a passive verb of judgement, what it gave (at most two penalties joined
by "and", no clause boundary), then "for" and an act ("failing to ...") or a want of something
("lack of evidence"); never "for a year" or "for six months", which say how long.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_spans import cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_lower, is_pronoun, word_count
from quiz.generate.syntax import Clause

#: Passive verbs of a verdict or a penalty (the caller's cheap gate: no rule fires without one).
VERDICT_WORDS = frozenset("""
    acquitted cleared ordered docked fined banned suspended jailed sentenced penalised
    penalized punished sacked dismissed expelled disqualified stripped
""".split())
#: Of those, the ones the "for doing" rule reads alone; here only when a second penalty
#: is joined to them by "and".
_PENALTIES = VERDICT_WORDS - {"acquitted", "cleared", "ordered"}
_BE = frozenset({"was", "were", "is", "are", "been"})
#: "for" + why: an act in -ing, or the want of something.
_FOR_WHY = re.compile(r"\s+for\s+(?P<why>(?:[a-z]{3,}ing\b(?<!thing)(?<!morning)(?<!evening)|"
                      r"(?:a\s+)?(?:lack|want|absence)\s+of\s|insufficient\s))")
#: What a penalty's own words may not hold: a clause boundary or a quotation.
_BOUNDARY = re.compile(r"[;:\"“”()]|,(?!\d)|\s(?:who|which|that|after|because|while|when|but)\s")
_SECOND = re.compile(r"\sand\s+(?:also\s+)?(?P<verb>[a-z]+ed)\b")
_INDEFINITE = re.compile(r"^(?:[Aa]n?)\s+")


def verdict_facts(text: str, clauses: list[Clause]
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"A former official was acquitted for lack of evidence" -> "Why was the former official
    acquitted?" (for lack of evidence)."""
    for clause in clauses:
        main = clause.group.main.lower()
        words = clause.group.words
        if main not in VERDICT_WORDS or not _BE.intersection(words) or words[0] not in {
                "was", "were", "is", "are", "has", "have", "had"}:
            continue
        why = _last_for(text, clause.verb_end)
        if why is None:
            continue
        given = text[clause.verb_end:why.start()].strip()
        second = _SECOND.search(f" {given}")
        if second is not None and second.group("verb") not in _PENALTIES or \
                second is None and main in _PENALTIES or \
                main == "ordered" and not given.startswith("to ") or \
                given.startswith("to pay ") or _BOUNDARY.search(given) or word_count(given) > 16:
            continue  # (one penalty alone, and "ordered to pay", are the "for doing" rule's)
        subject = clause.subject
        if is_pronoun(subject) or word_count(subject) > 6 or any(
                ch in subject for ch in ",;:\"“”()") or subject.split()[0].lower() in {
                "this", "that", "these", "those", "its", "their", "his", "her"}:
            continue
        answer = cut_span(text, why.start("why"))
        if answer is None or word_count(answer) < 2:
            continue
        subject = _INDEFINITE.sub("the ", first_lower(subject))
        middle = " ".join(w for w in words[1:] if w.lower() != "also")
        asked = " ".join(part for part in (words[0], subject, middle, given) if part)
        yield AnswerKind.CAUSE, f"Why {asked}", f"for {answer}", (answer,)


def _last_for(text: str, start: int) -> re.Match[str] | None:
    """The "for" + why after ``start`` with no other "for" + why after it in the same stretch
    ("for a year for failing": the second)."""
    found = None
    for match in _FOR_WHY.finditer(text, start):
        if _BOUNDARY.search(text, start, match.start()):
            break
        found = match
    return found
