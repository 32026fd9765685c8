"""A body's relation to a named other, written before its name: "Pacífico's largest shareholder,
the Lima-based investment firm Grupo Inca Capital," -> "Which investment firm is Pacífico's
largest shareholder?"; "Halden's chief executive, Anna Berg," -> "Who is Halden's chief
executive?"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from quiz.generate.actor_phrases import Actor, mention_actor
from quiz.generate.actor_tense import post_verb
from quiz.generate.facts import AnswerKind
from quiz.generate.lexicon import ORG_ROLE_WORDS, ORG_WORDS, TITLE_WORDS
from quiz.generate.mentions import Mention

#: "X's largest shareholder, the investment firm ": an owner's name, a relation to it, then an
#: aside that may say the kind of what is related ("the defence group", "Oslo-based").
_RELATION = re.compile(
    r"['’]s (?P<relation>(?:[a-z][\w-]* ){0,2}(?P<head>[a-z][\w-]*)), "
    r"(?:(?:the|an?) )?(?P<desc>(?:[A-Z][\w'’]*-(?:based|headquartered) )?"
    r"(?:[a-z][\w-]* ){0,2})")
#: Relations of one body to another (any post of a person is one too: :data:`TITLE_WORDS`).
RELATIONS = frozenset("""
    shareholder shareholders investor investors owner owners sponsor sponsors creditor
    creditors lender lenders partner partners rival rivals supplier suppliers customer
    customers client clients backer backers buyer subsidiary parent insurer auditor regulator
    operator contractor employer distributor publisher broadcaster
""".split())
#: Kinds of a name an aside may call a body ("the pension fund Norsk Pensjon": unknown).
_BODY_KINDS = frozenset({AnswerKind.ORGANISATION, None})
#: Words of a relation that, in a sentence of the past, place it then ("Portugal's first king").
_BEFORE_NOW = frozenset({"first", "last", "late", "then", "founding"})
#: Words before a relation that make it no one in particular ("one of X's shareholders").
_NOT_RELATION_WORDS = frozenset({"other", "another", "some", "many", "several", "own",
                                 "two", "three", "four", "five", "new"})


def relation_facts(text: str, mentions: list[Mention],
                   past: Callable[[], bool]) -> Iterator[tuple[str, Actor, str]]:
    """"<Owner>'s <relation>, [the <kind>] <Name>," -> "Which <kind> is <Owner>'s
    <relation>?" (or "Who is ..." of a person), with the owner and the name found as names
    (``past``: whether the sentence tells of the past)."""
    for owner in mentions:
        if not owner.possessive or owner.kind is AnswerKind.PERSON and owner.role:
            continue
        found = _RELATION.match(text, owner.end)
        if found is None:
            continue
        words = found.group("relation").split()
        head = found.group("head")
        if any(w in _NOT_RELATION_WORDS for w in words) or text[
                max(0, owner.role_start - 7):owner.role_start].lower().endswith(("one of ",
                                                                                 "of ")):
            continue  # ("one of Halden's owners", "the head of X's ...")
        named = next((m for m in mentions if m.start == found.end()), None)
        if named is None or named.possessive or text[named.end:named.end + 1] not in {",", "("}:
            continue  # (the name must end the aside: "X's owner, Y, said")
        desc = found.group("desc").split()
        kind = [w for w in desc if w.islower()]
        if named.kind is AnswerKind.PERSON and head in TITLE_WORDS and not desc:
            actor = mention_actor(named)
            asker = "Who"
        elif head in RELATIONS and (named.kind is AnswerKind.ORGANISATION and not kind or kind and (
                kind[-1] in ORG_ROLE_WORDS or kind[-1] in ORG_WORDS) and named.kind in _BODY_KINDS):
            actor = mention_actor(named._replace(role="", kind=AnswerKind.ORGANISATION))
            asker = f"Which {' '.join(kind)}" if kind else "Which organisation"
        else:
            continue
        if actor is None:
            continue
        relation = f"{'the ' if owner.has_the else ''}{text[owner.start:found.end('relation')]}"
        verb = "was" if set(words) & _BEFORE_NOW and past() else post_verb(text, relation, past)
        yield f"{asker} {verb} {relation}", actor._replace(asker=asker), f"{verb} {relation}"
