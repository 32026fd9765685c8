"""Whom a winner beat on the way: "X won the title on Sunday by beating top seed Y" -> "Which
top seed did X beat to win the title on Sunday?"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from quiz.generate.actor_phrases import Actor, mention_actor
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import base_form
from quiz.generate.mentions import Mention
from quiz.generate.syntax import Clause

#: The cheap test: a sentence with none of these tells no one beaten.
BEATEN_CUES = (" by beating ", " by defeating ", " after beating ", " after defeating ")
#: "<verb> <object and time> by beating ": the winner's act, then the gerund.
_ACT = re.compile(r"(?P<verb>[a-z]+) (?P<rest>[^,;:()\"“”]{3,60}?) (?:by|after) (?:beating|"
                  r"defeating) (?P<role>(?:[a-z][\w-]* ){0,3})$")


def beaten_facts(text: str, mentions: Sequence[Mention],
                 clauses: Sequence[Clause]) -> Iterator[tuple[str, Actor, str]]:
    """"<Asker> did <winner> beat to <act>?" for a name right after "by beating", where the
    clause's subject names the winner."""
    for m in mentions:
        if m.possessive or m.kind not in {AnswerKind.PERSON, AnswerKind.ORGANISATION,
                                          AnswerKind.COUNTRY}:
            continue
        clause = next((c for c in clauses if c.verb_start < m.role_start and _ACT.fullmatch(
            text, c.verb_start, m.role_start) is not None), None)
        if clause is None:
            continue
        winner = next((w for w in mentions if w.kind is AnswerKind.PERSON and not w.possessive
                       and clause.subject_start <= w.start and w.end == clause.subject_end), None)
        act = _ACT.fullmatch(text, clause.verb_start, m.role_start)
        verb = base_form(act.group("verb")) if winner is not None and act is not None else None
        actor = mention_actor(m) if verb is not None else None
        if actor is None or winner is None:
            continue
        role = act.group("role").strip()
        if role and actor.kind is AnswerKind.PERSON and actor.asker == "Who":
            actor = actor._replace(asker=f"Which {role}")  # "by beating top seed Y"
        elif actor.asker == "Who":
            actor = actor._replace(asker="Whom")
        yield (f"{actor.asker} did {winner.name} beat to {verb} {act.group('rest')}", actor,
               f"beat to {verb} {act.group('rest')}")
