"""Causes inside a quotation that is the whole sentence: '"X, and that is why Y," said Z.'.

A quoted statement closed by its speaker is read as the statement it quotes, and each
question found in it says whose account it is: '"Harbridge has carried too many branches for
a decade, and that is why its cost ratio lags its rivals," said analyst Tom Whitlock.' ->
"Why does Harbridge's cost ratio lag its rivals, according to analyst Tom Whitlock?". The
answers stay spans of the sentence; a question that speaks in the first person is dropped
later, as any other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_asides import attributed
from quiz.generate.cause_c_links import since_facts
from quiz.generate.cause_connectives import as_facts, connective_facts
from quiz.generate.cause_results import so_facts
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_lower, is_pronoun, word_count
from quiz.generate.syntax import find_clauses

#: The quotation, and who said it: '"X," said Y.', '"X," Y said.', '"X," said Y, a Z.'.
_QUOTED = re.compile(r"[\"“](?P<inner>[^\"“”]{20,400}?),[\"”]\s+(?:(?:said|says|added)\s+"
                     r"(?P<who>[^,.;:\"“”]{2,60}?)|"
                     r"(?P<named>[^,.;:\"“”]{2,60}?)\s+(?:said|says|added))"
                     r"(?:,[^\"“”]*)?\.$")


def quoted_facts(text: str) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """The cause facts of the statement a whole-sentence quotation makes, attributed to its
    speaker (see the module's docstring)."""
    quoted = _QUOTED.fullmatch(text)
    if quoted is None:
        return
    who = (quoted.group("who") or quoted.group("named")).strip()
    if is_pronoun(who) or word_count(who) > 6:
        return
    inner = f"{quoted.group('inner')}."
    head = inner.partition(" ")[0]
    if head.endswith("s") and not head.endswith(("ss", "'s", "’s")) and head[1:].islower() and \
            first_lower(inner, frozenset()) != inner:
        inner = inner[0].lower() + inner[1:]  # ('"Queues have lengthened as X," the union
        # said': a plural common noun opening the quotation, not a name)
    clauses = find_clauses(inner)
    for rule in (connective_facts, so_facts, as_facts, since_facts):
        for kind, question, answer, accept in rule(inner, clauses):
            if answer in text:
                yield kind, attributed(question, first_lower(who)), answer, accept
