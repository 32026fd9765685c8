"""A person's post given after the name without an article: "Petra Lund, chief executive of
Nordvik Air, said ..." -> "Who is the chief executive of Nordvik Air?"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from quiz.generate.actor_phrases import Actor, mention_actor
from quiz.generate.actor_tense import post_verb
from quiz.generate.facts import AnswerKind
from quiz.generate.lexicon import TITLE_WORDS
from quiz.generate.mentions import Mention, Token

#: ", chief executive of ", ", operations director at the ": a post and its body after a name.
_POST = re.compile(r", (?P<post>(?:[a-z][\w-]* ){0,3}(?P<head>[a-z][\w-]*)) (?P<prep>of|at) "
                   r"(?P<the>the )?")

#: A party's group or a faction named by its capitalised name and a common noun ("the Labour
#: group", "the Green caucus"), ending the apposition.
_NAMED_GROUP = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} (?:group|caucus|faction|bloc)"
                          r"(?=[,.]|$)")


def post_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
               past: Callable[[], bool]) -> Iterator[tuple[str, Actor, str]]:
    """"X, chief executive of Y," -> "Who is the chief executive of Y?" (``past``: whether the
    sentence tells of the past, for "was")."""
    for m in mentions:
        if m.kind is not AnswerKind.PERSON or m.possessive:
            continue
        post = _POST.match(text, m.end)
        if post is None or post.group("head") not in TITLE_WORDS:
            continue
        body = next((o for o in mentions if o.role_start == post.end()), None)
        if body is not None and body.kind is AnswerKind.ORGANISATION and not body.possessive \
                and text[body.end:body.end + 1] in {",", ".", ""}:
            name = body.name
            the = "the " if post.group("the") or body.has_the else ""
        else:
            grouped = _NAMED_GROUP.match(text, post.end()) if post.group("the") else None
            if grouped is None:
                continue
            name, the = grouped.group(), "the "  # "leader of the Labour group"
        actor = mention_actor(m)
        if actor is None:
            continue
        role = f"the {post.group('post')} {post.group('prep')} {the}{name}"
        yield f"Who {post_verb(text, role, past)} {role}", actor._replace(asker="Who"), role
