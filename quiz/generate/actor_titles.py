"""A person's post given after the name without an article: "Petra Lund, chief executive of
Nordvik Air, said ..." -> "Who is the chief executive of Nordvik Air?"; "Ola Berg, Vantor
Group's chief executive, said" -> "Who is Vantor Group's chief executive?"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from quiz.generate.actor_phrases import Actor, mention_actor
from quiz.generate.actor_tense import post_verb
from quiz.generate.facts import AnswerKind
from quiz.generate.lexicon import TITLE_WORDS
from quiz.generate.mentions import Mention, Token

#: ", chief executive of ", ", operations director at the ": a post and its body after a name.
_POST = re.compile(r", (?!(?:the|a|an) )(?P<post>(?:[a-z][\w-]* ){0,3}(?P<head>[a-z][\w-]*)) "
                   r"(?P<prep>of|at) "
                   r"(?P<the>the )?")

#: Words that make the words before " of " no post: a clause (", who is chief of").
_NOT_POST = frozenset({"who", "which", "that", "is", "was", "has", "had", "also", "and", "now",
                       "then", "will", "would"})
#: Person nouns a body has many of: "the executive at X" is no one in particular ("chief
#: executive" is).
_MANY_HOLD = frozenset("""
    executive member researcher resident student player worker volunteer scientist engineer
    analyst economist lawyer official officer partner patient victim witness employee farmer
    miner nurse doctor teacher soldier pilot driver activist campaigner supporter investor
""".split())
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
        if post is None:
            owned = _owned_post(text, m, mentions)
            actor = mention_actor(m) if owned is not None else None
            if owned is not None and actor is not None:
                yield f"Who {post_verb(text, owned, past)} {owned}", actor._replace(
                    asker="Who"), owned
            continue
        words = post.group("post").split()
        if post.group("head") not in TITLE_WORDS or any(word in _NOT_POST for word in words) or \
                post.group("head") in _MANY_HOLD and words[-2:-1] != ["chief"]:
            continue  # (", who is chairman of": a clause, read by the post holders' rule;
            # "executive at Nordvik Air": one of many)
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


def _owned_post(text: str, m: Mention, mentions: list[Mention]) -> str | None:
    """"Ola Berg, Vantor Group's chief executive, said": the post after the name, of a body or
    a country the sentence names, or ``None``."""
    owner = next((o for o in mentions if o.role_start == m.end + 2 and o.possessive and
                  o.kind in _OWNERS), None)
    if owner is None or text[m.end:m.end + 2] != ", ":
        return None
    post = _OWNED_POST.match(text, owner.end)
    if post is None or post.group("head") not in TITLE_WORDS:
        return None
    the = "the " if owner.has_the else ""
    return f"{the}{text[owner.start:post.end('post')]}"


#: Kinds of a name whose post a person holds.
_OWNERS = frozenset({AnswerKind.ORGANISATION, AnswerKind.COUNTRY})
#: "'s chief executive," after a body's name: the post, ending the apposition.
_OWNED_POST = re.compile(r"['’]s (?P<post>(?:[a-z][\w-]* ){0,3}(?P<head>[a-z][\w-]*))(?=[,.]|$)")
