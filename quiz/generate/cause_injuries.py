"""Why someone dropped out: "withdrew from the tournament with a knee injury"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_spans import why_question
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import base_form
from quiz.generate.syntax import Clause

#: "with a knee injury", "with an ankle problem", "with illness": an ailment after "with".
_WITH_AILMENT = re.compile(
    r"\s+with\s+(?P<ailment>(?:an?\s+)?(?:(?:[\w-]+\s+){0,2})(?:injury|illness|infection|"
    r"strain|fracture|concussion|virus|problem|complaint|knock))\b(?!\s+(?:to|of|from|in|with)\b)")
#: Heads that need a word naming the ailment ("an ankle problem", not "a problem").
_VAGUE_HEADS = frozenset({"problem", "complaint", "knock", "strain", "virus", "infection"})
#: Verbs of dropping out or missing something, after which "with an injury" is the reason
#: (not "played on with a knee injury": despite, not why).
_OUT_VERBS = frozenset("""
    withdraw retire miss quit leave pull limp exit
""".split())
#: Participles of a passive that keeps someone out ("was ruled out with", "was forced off").
_OUT_PASSIVES = frozenset({"ruled", "forced", "sidelined", "replaced", "substituted",
                           "taken", "stretchered", "withdrawn"})


def ailment_facts(text: str, clauses: list[Clause]
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The champion withdrew from the final with a knee injury" -> ("Why did the champion
    withdraw from the final?", "a knee injury")."""
    for match in _WITH_AILMENT.finditer(text):
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner or any(c.subject_start > owner[-1].verb_end for c in owner):
            continue
        clause = owner[-1]
        main = clause.group.main.lower()
        if (base_form(main) or main) not in _OUT_VERBS and main not in _OUT_PASSIVES:
            continue
        ailment = match.group("ailment")
        named = [w for w in ailment.split() if w not in {"a", "an"}]
        if len(named) == 1 and named[0] in _VAGUE_HEADS:
            continue  # "with a problem": what problem?
        question = why_question(text, clause, match.start())
        if question is not None:
            yield AnswerKind.CAUSE, question, ailment, (f"with {ailment}",)
