"""Whom a speaker says it asked to act: "The ministry said it had asked the national safety
authority to examine X" -> "Which body did the ministry say it had asked to examine X?"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from quiz.generate.actor_phrases import Actor, mention_actor
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_lower, is_pronoun
from quiz.generate.mentions import Mention
from quiz.generate.syntax import Clause, trim_predicate

#: "said it had asked ": a speaker's report of its own request or order.
_REPORTED_ORDER = re.compile(r"\b(?:said|says|added|announced) (?:that )?(?P<pro>it|he|she|they) "
                             r"(?P<aux>(?:had|has|have|would|will) )?(?P<verb>asked|urged|"
                             r"ordered|told|invited|instructed|pressed|called on) ")
#: A body named by what it does, in lower case: "the national railway safety authority".
_DESCRIBED_BODY = re.compile(r"the (?:[a-z][\w-]* ){1,4}(?:authority|agency|regulator|"
                             r"commission|inspectorate|ombudsman|watchdog|board|council|"
                             r"ministry|department|police|prosecutor|prosecutors|federation|"
                             r"association|union|committee|court|tribunal)(?= to [a-z])")


def reported_order_facts(text: str, mentions: Sequence[Mention], clauses: list[Clause]
                         ) -> Iterator[tuple[str, Actor, str]]:
    """"X said it had asked Y to act" -> "Whom did X say it had asked to act?" (Y named, or
    a body described in lower case)."""
    for match in _REPORTED_ORDER.finditer(text):
        outer = next((c for c in clauses if c.verb_start == match.start()), None)
        if outer is None or is_pronoun(outer.subject) or outer.subject[:1].islower():
            continue
        start = match.end()
        named = next((m for m in mentions if m.role_start in {start, start + 4}
                      and text.startswith(" to ", m.end)), None)
        if named is not None and not named.possessive and named.kind in _ASKED:
            actor = mention_actor(named)
            end = named.end
        else:
            body = _DESCRIBED_BODY.match(text, start)
            if body is None:
                continue
            actor = Actor(body.group(), AnswerKind.ORGANISATION, "Which body")
            end = body.end()
        act = trim_predicate(text[end:], 18)
        if actor is None or not act or not act.startswith("to "):
            continue
        verb = f"{match.group('aux') or ''}{match.group('verb')}"
        asker = "Whom" if actor.asker == "Who" else actor.asker
        subject = first_lower(outer.subject)
        done = f"{verb} {act}"
        yield (f"{asker} did {subject} say {match.group('pro')} {done}", actor._replace(
            asker=asker), done)


#: Kinds of name a speaker asks or orders to act.
_ASKED = frozenset({AnswerKind.PERSON, AnswerKind.ORGANISATION, AnswerKind.COUNTRY})
