"""Reasons told inside a "whose" clause: "..., the family-owned brewer, whose sales fell 7% last
year as a result of higher energy costs." -> "Why did the family-owned brewer's sales fall 7%
last year?".

The clause reader sees no subject in "whose sales fell", so the clause is told again as its own
sentence, its owner named ("The family-owned brewer's sales fell 7% last year as a result of
X."), and read by the connective rules; the answers are kept only where they are spans of the
sentence as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_connectives import as_facts, connective_facts
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_upper, is_past_tense
from quiz.generate.syntax import find_clauses

#: The clause after ", whose", up to the next comma (what follows is the sentence's again:
#: "the bridge, whose walkway is used by 1,500 people, because X": X is not why it is used).
_WHOSE = re.compile(r",\s+whose\s+(?P<rest>[a-z][^,;:\"“”()]+?)(?=,\s|[.!?]?$)")
#: The owner closing the words before the comma: a name, or "the" and up to five more words.
_THE_OWNER = re.compile(r"\b[Tt]he(?:\s+[\w’'-]+){1,5}$")
_NAME_OWNER = re.compile(r"(?<=\s)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}$")


def whose_facts(text: str) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    for found in _WHOSE.finditer(text):
        owner = _owner(text[:found.start()])
        if owner is None:
            continue
        mark = "'" if owner.endswith("s") and owner[-2:] != "ss" else "'s"
        told = f"{first_upper(owner)}{mark} {found['rest']}."
        clauses = find_clauses(told)
        if not clauses or clauses[0].first_token != 0:
            continue
        for kind, question, answer, accept in (*connective_facts(told, clauses),
                                               *as_facts(told, clauses)):
            if answer in text and kind is not AnswerKind.EFFECT:
                yield kind, question, answer, accept


def _owner(before: str) -> str | None:
    """The noun phrase that closes ``before``: the shortest "the ..." one, or a name."""
    found = _NAME_OWNER.search(before[-60:]) or _THE_OWNER.search(before[-60:])
    if found is None:
        return None
    owner = found.group()
    at = owner.lower().rfind("the ")
    if at > 0:
        owner = owner[at:]  # ("the head of the agency": the nearest "the")
    words = owner.split()[1:]
    if owner[0] in "Tt" and owner[:4].lower() == "the " and any(
            is_past_tense(w) or w in _NOT_IN_A_NAME for w in words):
        return None  # ("The league fined Harbour City": a clause, not a noun phrase)
    return owner


_NOT_IN_A_NAME = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would",
                            "and", "or", "but", "to", "in", "on", "at", "by", "for", "with"})
