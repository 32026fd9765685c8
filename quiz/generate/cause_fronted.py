"""Purposes told before the clause they explain: "To win back riders, the city cut fares"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_spans import NOT_BASE, why_question
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import is_past_tense, tidy_span, word_count
from quiz.generate.syntax import Clause, trim_predicate

#: "To win back riders, " / "In order to win back riders, " opening a sentence (no other
#: comma, colon or dash inside the purpose).
_FRONTED = re.compile(r"(?:In order )?[Tt]o (?P<act>[a-z]+)(?![’'-])\b[^,;:—–()\"“”]{3,120}?"
                      r"(?=,\s)")
#: "To be fair", "To put it mildly", "To many observers": sentence adverbs, not purposes
#: ("To date", "To everyone's surprise" are refused as no verb).
_IDIOMS = frozenset({"be", "put", "sum", "say", "recap", "conclude", "begin", "start",
                     "illustrate", "explain", "quote", "paraphrase", "borrow", "use", "cap",
                     "top", "add", "compound", "make",
                     # "To many observers, ...": whose view, not what for
                     "many", "most", "few", "several", "everyone", "everybody", "anyone",
                     "me", "us", "him", "them", "you", "one", "outsiders"})
_MAX_PURPOSE = 20
#: A second act joined to the first: " and to donate", " and opened".
_SECOND_ACT = re.compile(r",?\s+and\s+(?P<to>to\s+)?(?P<verb>[a-z]+)\b")


def fronted_purpose_facts(text: str, clauses: list[Clause]
                          ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"To win back riders, the city cut bus fares by a fifth" -> "Why did the city cut bus
    fares by a fifth?" - "win back riders" (what the act was for, told first)."""
    match = _FRONTED.match(text)
    if match is None:
        return
    act = match.group("act")
    if act in NOT_BASE or act in _IDIOMS or act.endswith(("ing", "ed")) or \
            act.endswith("s") and not act.endswith("ss"):
        return
    purpose = tidy_span(text[match.start("act"):match.end()])
    if not 2 <= word_count(purpose) <= _MAX_PURPOSE:
        return
    comma = match.end()
    main = next((c for c in clauses if c.subject_start > comma), None)
    if main is None or text[comma:main.subject_start].strip(", ") or not main.rest:
        return  # (the clause the purpose is for opens right after its comma)
    rest = main.rest
    joined = _SECOND_ACT.search(rest)
    if joined is not None and (joined.group("to") or is_past_tense(joined.group("verb"))):
        # ("agreed to pay X and to donate Y", "hired six nurses and opened on Saturdays": the
        # purpose told first is the reason of both; the first is asked)
        rest = rest[:joined.start()]
    tail = trim_predicate(rest, 16)
    if not tail:
        return
    end = main.verb_end + len(text[main.verb_end:]) - len(text[main.verb_end:].lstrip())
    question = why_question(text, main, end + len(tail))
    if question is not None:
        yield AnswerKind.PURPOSE, question, purpose, (f"to {purpose}",)
