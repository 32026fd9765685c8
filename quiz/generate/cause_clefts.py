"""A reason put first by a cleft: "It was only after X that Y", "It was because of X that Y",
"It was not until X that Y" -> "Why did Y?" - X."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from quiz.generate.cause_after import caused_by_noun, event_clause
from quiz.generate.cause_spans import why_question
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_lower, word_count
from quiz.generate.syntax import find_clauses

#: "It was (only) after", "But it was because of", "It was not until", "It is thanks to".
_CLEFT = re.compile(r"(?:(?:But|And|Yet|So)\s+)?[Ii]t\s+(?:was|is|had\s+been|has\s+been)\s+"
                    r"(?:(?:only|partly|largely|mainly|precisely|largely|in\s+part)\s+)?"
                    r"(?P<conn>after|because\s+of|because|due\s+to|thanks\s+to|following|"
                    r"as\s+a\s+result\s+of|in\s+response\s+to|not\s+until)\s+")
#: Where the cause may end: the "that" that opens the clause it explains.
_THAT = re.compile(r"\s+that\s+(?=[A-Za-z])")
_MAX_CAUSE = 25
#: Connectives that may tell only when: the cause must be an event ("after the floods", "after
#: a child fell ill"), not an occasion or a time ("after the match", "after midnight").
_TIMELY = frozenset({"after", "following", "not until"})


def cleft_facts(text: str) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"It was only after his granddaughter watched a documentary that the family contacted
    the university" -> "Why did the family contact the university?" - "his granddaughter
    watched a documentary" (the first "that" after which a whole clause opens)."""
    cleft = _CLEFT.match(text)
    if cleft is None:
        return
    for that in _THAT.finditer(text, cleft.end()):
        cause = text[cleft.end():that.start()].strip()
        if not 2 <= word_count(cause) <= _MAX_CAUSE or any(ch in cause for ch in ";:\"“”"):
            continue
        rest = text[that.end():].rstrip(" .!?")
        clause = next((c for c in find_clauses(rest) if c.subject_start == 0), None)
        if clause is None or any(ch in rest for ch in ";:\"“”"):
            continue
        conn = cleft.group("conn")
        if clause.subject.lower() in {"it", "this", "that", "there"} or conn in _TIMELY and \
                not event_clause(cause) and not caused_by_noun(cause):
            return  # ("It was after the match that fans clashed": a time)
        clause = replace(clause, subject=first_lower(clause.subject))
        question = why_question(rest, clause, len(rest))
        if question is not None and _ONLY_THEN.search(text, 0, cleft.end()):
            question = _what_led(question, clause.subject)  # (a "Why" of "only after X" reads
            # as a time)
        if question is not None:
            yield AnswerKind.CAUSE, question, cause, (f"{conn} {cause}",)
        return


#: "only after", "not until": the cleft's emphasis says the act waited for the cause.
_ONLY_THEN = re.compile(r"(?:only\s+after|not\s+until)\s+$")


def _what_led(question: str, subject: str) -> str | None:
    """"Why did the family contact the university" -> "What led the family to contact the
    university"; "Why was the school closed" -> "What led to the school being closed"."""
    for why, led in ((f"Why did {subject} ", f"What led {subject} to "),
                     (f"Why was {subject} ", f"What led to {subject} being "),
                     (f"Why were {subject} ", f"What led to {subject} being ")):
        if question.startswith(why):
            return led + question[len(why):]
    return None
