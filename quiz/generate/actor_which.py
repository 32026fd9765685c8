"""What a body named before ", which" does: "said Stefano Rinaldi, managing director of Colara
Impianti, which runs the resort's seven lifts" -> "Which organisation runs the resort's seven
lifts?" ("which", not "who": the clause is the body's, never a person's)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.actor_phrases import Actor, mention_actor
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import is_participle, is_past_tense
from quiz.generate.lexicon import TITLE_WORDS
from quiz.generate.mentions import Mention, kind_of
from quiz.generate.syntax import trim_predicate

#: ", which runs ", ", which has offered ": the relative pronoun, then the clause's verb.
_WHICH = re.compile(r", which (?P<verb>(?:has|have|had) [a-z]+|[a-z]+) ")
#: Words before a name that make it a place or a part of something else ("the farm near X",
#: "the price of X"), which the clause may describe instead.
_PLACE_BEFORE = re.compile(r"\b(?:in|near|at|outside|off|on|from|to|into|across|around)"
                           r"(?: the)? $")
#: Verbs after "which" that tell no act of the body ("which is", "which was built").
_NOT_ACTS = frozenset({"is", "was", "are", "were", "means", "meant", "makes", "made", "comes",
                       "came", "began", "begins", "includes", "included", "lies", "stands",
                       "remains", "remained", "took", "takes", "became", "becomes", "opened",
                       "closed", "followed", "follows"})
#: An owner's post before "of" that a person holds ("managing director of X, which").
_OF_BEFORE = re.compile(r"(?P<post>[a-z][\w-]*) of (?:the )?$")


def which_facts(text: str, mentions: list[Mention]) -> Iterator[tuple[str, Actor, str]]:
    """"<Name>, which <verb> ..." -> "<Which kind> <verb> ...?" for a body's name."""
    for found in _WHICH.finditer(text):
        named = next((m for m in mentions if m.end == found.start()), None)
        if named is None or named.possessive or named.kind is AnswerKind.COUNTRY:
            continue
        before = text[max(0, named.role_start - 40):named.role_start]
        if _PLACE_BEFORE.search(before) is not None:
            continue  # ("the farm near Swaffham, which": the farm's)
        of = _OF_BEFORE.search(before) if before.endswith(("of ", "of the ")) else None
        if of is not None and of.group("post") not in TITLE_WORDS:
            continue  # ("the price of Brent, which rose": the price's)
        verb = found.group("verb")
        head = verb.split()[-1]
        if head in _NOT_ACTS or " " in verb and not is_participle(head) or " " not in verb and not (
                is_past_tense(head) or head[-1:] == "s" and head[-2:] != "ss"):
            continue
        rest = text[found.start("verb"):]
        predicate = trim_predicate(rest, 20)
        if not predicate or len(predicate.split()) < 3 or not rest.startswith(predicate):
            continue
        actor = _body(named)
        if actor is None:
            continue
        yield f"{actor.asker} {predicate}", actor, predicate


def _body(named: Mention) -> Actor | None:
    """The body ``named`` names, if its own words or a role before it say it is one."""
    if named.kind is not AnswerKind.ORGANISATION or not named.role and kind_of(
            named.name) is not AnswerKind.ORGANISATION:
        return None  # (a name that only the article's lack of people calls a body may be a
        # mountain's or a weather system's: "Mount Lawuri, which rises", "El Niño, which")
    actor = mention_actor(named)
    if actor is None or actor.kind is not AnswerKind.ORGANISATION or actor.guessed:
        return None
    if actor.asker == "Who":
        actor = actor._replace(asker="Which organisation")
    return actor
