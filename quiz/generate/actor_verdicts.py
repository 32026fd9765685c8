"""Who judged what the sentence tells, in a relative clause after it: "..., a delay which
opposition health critic Mark Delaney called "unacceptable"" -> "Which opposition health critic
called the delay "unacceptable"?"; "..., a project that Mayor Anna Lind described as reckless"
-> "Which mayor described the project as reckless?"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from quiz.generate.actor_phrases import Actor, mention_actor
from quiz.generate.mentions import Mention
from quiz.generate.syntax import trim_predicate

#: Verbs of judging what was done, after their judge in such a clause.
VERDICT_VERBS = frozenset("""
    called described branded labelled labeled termed dubbed welcomed criticised criticized
    condemned praised denounced opposed rejected dismissed defended hailed questioned
    challenged
""".split())
#: ", a delay which " / ", a decision that ": the thing judged, then the relative word.
_JUDGED = re.compile(r",\s+(?:a|an|the)\s+(?P<thing>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
                     r"(?:which|that)\s+(?:the\s+)?")


def verdict_facts(text: str, mentions: Sequence[Mention]) -> Iterator[tuple[str, Actor, str]]:
    """"Which <role> <verb> the <thing> <rest>?" for each such clause that a name opens."""
    for judged in _JUDGED.finditer(text):
        m = next((m for m in mentions if m.role_start == judged.end()), None)
        if m is None or m.possessive:
            continue
        verb, _, rest = text[m.end:].strip().partition(" ")
        if verb not in VERDICT_VERBS:
            continue
        predicate = trim_predicate(rest, 12, quotes=True)
        if predicate is None or not rest.startswith(predicate):
            continue
        actor = mention_actor(m)
        if actor is None:
            continue
        thing = judged.group("thing")
        yield f"{actor.asker} {verb} the {thing} {predicate}", actor, f"{verb} the {thing}"
