"""A post given by a verb: "Petra Lund chairs the Harbour Board" and "Petra Lund, who heads
the Harbour Board, said ..." -> "Who chairs the Harbour Board?"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.actor_phrases import Actor, mention_actor
from quiz.generate.facts import AnswerKind
from quiz.generate.mentions import Mention

#: Verbs of holding a post whose present tense reads as a plural noun ("chairs", "heads"), so
#: the clause finder does not take them for verbs; what follows is the body.
HELD_VERBS = ("chairs", "co-chairs", "heads", "leads", "runs", "presides over")
_HELD = re.compile(r"(?:,\s+who)?\s+(?P<verb>co-chairs|chairs|heads|leads|runs|presides\s+over)"
                   r"\s+(?:the\s+)?")
#: What may follow the body's name: the clause or the sentence ends there.
_BODY_END = (",", ".", ";", "")


def held_post_facts(text: str, mentions: list[Mention]) -> Iterator[tuple[str, Actor, str]]:
    """"X chairs the Y" -> "Who chairs the Y?" when X is a person and Y a body, both named."""
    for at, m in enumerate(mentions[:-1]):
        if m.kind is not AnswerKind.PERSON or m.possessive:
            continue
        held = _HELD.match(text, m.end)
        body = mentions[at + 1]
        if held is None or body.role_start != held.end() or body.role or \
                body.kind is not AnswerKind.ORGANISATION or body.possessive or \
                text[body.end:body.end + 1] not in _BODY_END:
            continue
        actor = mention_actor(m)
        if actor is None:
            continue
        verb = " ".join(held.group("verb").split())
        post = f"{verb} {'the ' if body.has_the else ''}{body.name}"
        yield f"Who {post}", actor._replace(asker="Who"), post
