"""Evidence that points to a cause: "Early data pointed to a fault in a valve" -> "What did
early data point to?" (only evidence or those who weigh it, and only a cause-like thing)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_blamed import asked_who, blamable
from quiz.generate.cause_spans import DEMONSTRATIVE, VAGUE_SUBJECT, cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import is_pronoun, word_count
from quiz.generate.cause_v_trailing import strip_report
from quiz.generate.syntax import Clause, find_clauses

#: "pointed to X", with "as the (likely) cause of Y" after X when told.
_POINTED = re.compile(r"(?P<verb>pointed|points|point)\s+to\s+")
_AS_CAUSE = re.compile(r"\s+as\s+(?P<noun>(?:the|a|one)\s+(?:of\s+the\s+)?(?:(?:most\s+)?(?:likely|"
                       r"main|probable|possible|chief|key|major|big|biggest|contributing|"
                       r"underlying|root|primary|leading)\s+)?(?:cause|causes|reason|reasons|"
                       r"explanation|factor|factors|culprit|source|driver|drivers|trigger)\s+"
                       r"(?:of|for|in|behind))\s+")
#: Who or what weighs evidence: what they point to is what the evidence shows.
_EVIDENCE = frozenset("""
    data evidence findings results tests test analysis investigation inquiry report study
    studies research signs records investigators experts scientists analysts doctors
    researchers inspectors engineers economists readings samples footage images
""".split())
_SUPPORT = {"pointed": "did", "points": "does", "point": "do"}
#: A perfect: "Investigators have pointed to X" -> "What have investigators pointed to?".
_PERFECT = frozenset({"have", "has", "had"})
#: A relative clause after the thing pointed to: its head is read before it.
_RELATIVE = re.compile(r"\s+(?:that|which|who)\s+")


def pointed_facts(text: str, clauses: list[Clause]
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Early data pointed to a fault in a valve" -> "What did early data point to?";
    "Investigators pointed to pilot error as the most likely cause of the crash" -> "What did
    investigators point to as the most likely cause of the crash?"."""
    if not any(c.group.main.lower() in _SUPPORT for c in clauses):
        told = strip_report(text)  # ("The agency said early tests pointed to X": unread)
        if told != text:
            yield from pointed_facts(told, find_clauses(told))
        return
    for clause in clauses:
        main = clause.group.main.lower()
        words = tuple(w.lower() for w in clause.group.words)
        perfect = main == "pointed" and len(words) == 2 and words[0] in _PERFECT
        if main not in _SUPPORT or len(words) != 1 and not perfect:
            continue
        match = _POINTED.match(text, clause.verb_end - len(main))
        subject = clause.subject
        if match is None or is_pronoun(subject) or VAGUE_SUBJECT.match(subject) or \
                word_count(subject) > 6 or any(ch in subject for ch in ",;:\"“”()"):
            continue
        pointed = cut_span(text, match.end())
        if pointed is None or DEMONSTRATIVE.match(pointed):
            continue
        as_cause = _AS_CAUSE.search(pointed)
        if as_cause is None and subject.split()[-1].lower() not in _EVIDENCE:
            continue  # (anyone may name a cause "as the cause of Y"; bare, only evidence)
        tail = ""
        if as_cause is not None:
            effect = cut_span(pointed, as_cause.end())
            if effect is None or word_count(effect) < 2:
                continue
            tail = f" as {as_cause.group('noun')} {effect}"
            pointed = pointed[:as_cause.start()]
        if not blamable(_RELATIVE.split(pointed)[0]) or word_count(pointed) > 20:
            continue
        verb = f"{words[0]} {asked_who(subject)} pointed" if perfect else \
            f"{_SUPPORT[main]} {asked_who(subject)} point"
        yield AnswerKind.CAUSE, f"What {verb} to{tail}", pointed, ()
