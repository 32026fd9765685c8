"""What a kind of people or bodies named before ", which" or ", who" does, where no name stands
for them: "criticism from opposition parties, which accused the government of cutting ..." ->
"Who accused the government of cutting ...?"; "rejected by environmental groups, who said ..."
-> "Who said ...?". A pronoun object ("accused it of") is the sentence's opening subject when
that is a plain noun phrase of the same number ("The regional government has faced ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.actor_common_nouns import common_actor
from quiz.generate.actor_phrases import Actor
from quiz.generate.grammar import is_participle, is_past_tense, third_person
from quiz.generate.syntax import trim_predicate

#: ", which accused ", ", who have blocked ": the relative pronoun, then the clause's verb.
_RELATIVE = re.compile(r", (?:which|who) (?P<verb>(?:has|have|had) [a-z]+|[a-z]+) ")
#: The kind right before the comma, after a preposition or the sentence's start ("from
#: opposition parties", "by environmental groups", "with striking dockers").
_KIND_BEFORE = re.compile(r"(?:^|(?<![\w-])(?:from|by|to|with|of|for|against|among|between|on|at|"
                          r"and|as)\s+)(?P<np>(?:[Tt]he\s+)?(?:[A-Za-z][a-z-]*\s+){0,3}"
                          r"(?:[a-z]+|[A-Z]{2,4}s))$")
#: A name, then "of" right before the kind: "Captain Lars Holm of ".
_NAME_OF = re.compile(r"[A-Z][\w'’.-]* of\s+$")
#: Verbs after the pronoun that tell no act ("which is", "who were injured").
_NOT_ACTS = frozenset({"is", "was", "are", "were", "means", "meant", "comes", "came",
                       "includes", "included", "lies", "stands", "remains", "remained",
                       "became", "becomes", "live", "lives", "lived", "work", "works",
                       "worked", "has", "have", "had"})
#: The sentence's opening subject: "The" and up to three lower-case words, then a verb group.
_OPENING_SUBJECT = re.compile(r"(?P<np>[Tt]he (?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*) (?:has|have|"
                              r"had|was|were|is|are|will|would)\b")
#: A pronoun object right after the clause's verb: "accused it of", "sued them over".
_PRONOUN_OBJECT = re.compile(r"^(?P<verb>[a-z]+(?: [a-z]+)?) (?P<pronoun>it|them) ")


def relative_kind_facts(text: str) -> Iterator[tuple[str, Actor, str]]:
    """"<kind>, which/who <verb> ..." -> "Who <verb> ...?" for a kind no name stands for."""
    for found in _RELATIVE.finditer(text):
        kind = _KIND_BEFORE.search(text, max(0, found.start() - 60), found.start())
        if kind is None:
            continue
        common = common_actor(kind.group("np"))
        if common is None or found.group().startswith(", who ") and _NAME_OF.search(
                text, 0, kind.start("np")) is not None:
            continue  # ("Captain X of the coastguard, who led the rescue": "who" is X)
        verb = found.group("verb")
        head = verb.split()[-1]
        if head in _NOT_ACTS or " " in verb and not is_participle(head) or " " not in verb and \
                not (is_past_tense(head) or head[-1:] == "s" and head[-2:] != "ss"
                     or found.group().startswith(", who ") and head.isalpha()):
            continue
        rest = text[found.start("verb"):]
        predicate = trim_predicate(rest, 20)
        if not predicate or len(predicate.split()) < 3 or not rest.startswith(predicate):
            continue
        predicate = _object_named(predicate, text, kind.start("np"))
        if predicate is None:
            continue
        actor = Actor(*common)
        yield f"{actor.asker} {_singular(predicate)}", actor, predicate


def _singular(predicate: str) -> str:
    """``predicate`` agreeing with "Who" ("have blocked" -> "has blocked", "accuse" ->
    "accuses")."""
    verb, _, rest = predicate.partition(" ")
    if verb in _AGREEMENT:
        verb = _AGREEMENT[verb]
    elif not is_past_tense(verb) and not verb.endswith("s"):
        verb = third_person(verb)
    return f"{verb} {rest}"


_AGREEMENT = {"have": "has", "are": "is", "were": "was"}


def _object_named(predicate: str, text: str, kind_at: int) -> str | None:
    """``predicate`` with a pronoun object ("accused it of") written as the sentence's
    opening subject of the same number, or ``None`` when it cannot be; as it is without one."""
    pronoun = _PRONOUN_OBJECT.match(predicate)
    if pronoun is None:
        return predicate
    opening = _OPENING_SUBJECT.match(text)
    if opening is None or opening.end() > kind_at:
        return None
    subject = opening.group("np")
    plural = subject.endswith("s") and not subject.endswith("ss")
    if plural != (pronoun.group("pronoun") == "them"):
        return None
    subject = f"t{subject[1:]}"
    return f"{pronoun.group('verb')} {subject}{predicate[pronoun.end() - 1:]}"
