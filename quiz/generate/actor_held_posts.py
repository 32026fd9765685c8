"""A post given by a verb: "Petra Lund chairs the Harbour Board" and "Petra Lund, who heads
the Harbour Board, said ..." -> "Who chairs the Harbour Board?" and "Which board does Petra
Lund chair?"."""

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
#: What may follow the body's name: the clause or the sentence ends there, or its acronym.
_BODY_END = re.compile(r"(?: \([A-Z][\w&.-]{1,9}\))?(?:[,.;]|$)")
#: Lower-case words the body's kind may be described with before its name: "the centre-right
#: Civic Party", "the conservation group Moor Trust".
_DESCRIBED = re.compile(r"(?:[a-z][\w-]* ){0,2}[a-z][\w-]*")
#: Words between the verb and the body that make the body no object of the verb.
_PREPOSITIONS = frozenset({"at", "of", "in", "for", "from", "on", "with", "within", "inside"})
#: Head nouns of a body's name that a question may ask by ("Which party does X lead?"): kinds
#: so common that the word gives nothing of the name away; other bodies are asked as
#: organisations ("Which organisation does X chair?" of "the X Travel Association").
_HEADS = frozenset({"party", "committee", "council", "agency", "alliance", "coalition"})


def held_post_facts(text: str, mentions: list[Mention]) -> Iterator[tuple[str, Actor, str]]:
    """"X chairs the Y" -> "Who chairs the Y?" when X is a person and Y a body, both named;
    and "Which <kind> does X chair?" when Y's name ends in its kind ("the Civic Party")."""
    for at, m in enumerate(mentions[:-1]):
        if m.kind is not AnswerKind.PERSON or m.possessive:
            continue
        held = _HELD.match(text, m.end)
        body = mentions[at + 1]
        if held is None or body.kind is not AnswerKind.ORGANISATION or body.possessive or \
                body.role and not _DESCRIBED.fullmatch(body.role) or \
                _BODY_END.match(text, body.end) is None:
            continue
        gap = text[held.end():body.role_start]
        if gap and not (gap[-1] == " " and _DESCRIBED.fullmatch(gap[:-1]) and
                        _PREPOSITIONS.isdisjoint(gap.split())):
            continue  # ("leads the centre-right Civic Party": described, then named; "heads
            # the employment team at Clarke Wilmot" heads a team, not the body)
        actor = mention_actor(m)
        if actor is None:
            continue
        verb = " ".join(held.group("verb").split())
        the = "the " if body.has_the or body.role or gap else ""
        if not body.role:
            post = f"{verb} {the}{body.name}"
            yield f"Who {post}", actor._replace(asker="Who"), post
        head = body.name.rsplit(None, 1)[-1].lower()
        owned = mention_actor(body)
        if " " in body.name and owned is not None:
            asker = f"Which {head}" if head in _HEADS else "Which organisation"
            base = verb.removesuffix("s") if verb.endswith("s") else verb.replace("s ", " ", 1)
            yield (f"{asker} does {m.name} {base}", owned._replace(asker=asker),
                   f"{verb} by {m.name}")
