"""Someone made to act: "The findings prompted the shipping minister, X, to announce ..." ->
"Which shipping minister announced ...?" (prompted, forced, led: the act happened; asked or
urged to act is not asked, it may not have)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from quiz.generate.actor_phrases import Actor, mention_actor
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import is_past_tense, past_of
from quiz.generate.mentions import Mention, Token
from quiz.generate.syntax import trim_predicate

#: Verbs after which the person made to act did act.
_CAUSATIVE = re.compile(r"\b(?:prompted|forced|led|spurred|pushed|compelled) "
                        r"(?:the (?P<role>(?:[a-z][\w-]* ){0,3}[a-z][\w-]*), )?")
#: ", to announce ": the act, in its base form.
_TO_ACT = re.compile(r",? to (?P<verb>[a-z]+) ")


def causative_facts(text: str, toks: Sequence[Token], mentions: list[Mention]
                    ) -> Iterator[tuple[str, Actor, str]]:
    """What someone a sentence says was prompted or forced to do, asked of them."""
    for match in _CAUSATIVE.finditer(text):
        at = match.end() + (4 if match.group("role") is None and text.startswith(
            "the ", match.end()) else 0)  # ("prompted the National Assembly to pass ...")
        m = next((o for o in mentions if o.role_start == at and (
            at == match.end() or o.has_the)), None)
        if m is None or m.possessive or m.kind is None:
            continue
        act = _TO_ACT.match(text, m.end)
        if act is not None and act.group("verb") in _NOT_VERBS:
            continue  # "led Halden Rovers to the title": a goal reached, no act
        if act is None or (match.group("role") is not None) != (text[m.end:m.end + 1] == ","):
            continue  # ("the minister, X, to ...": the name in commas after the role)
        predicate = _own_act(trim_predicate(text[act.end():], 18))
        if not predicate or len(predicate.split()) < 3:
            continue
        actor = mention_actor(m)
        if actor is None:
            continue
        if match.group("role"):
            if m.kind is not AnswerKind.PERSON:
                continue
            actor = actor._replace(asker=f"Which {match.group('role')}")
        done = f"{past_of(act.group('verb'))} {predicate}"
        yield f"{actor.asker} {done}", actor, done


#: A causative verb right before a name ("forced the ", "led "), for the cloze fallback.
_MADE_BEFORE = re.compile(r"\b(?:prompted|forced|led|spurred|pushed|compelled|persuaded|"
                          r"convinced) (?:the )?$")


def made_to_act(text: str, before: str, end: int) -> bool:
    """Whether the name that ends at ``end`` of ``text``, after ``before``, was made to act
    ("The floods forced the Environment Agency to close three roads")."""
    if _MADE_BEFORE.search(before) is None:
        return False
    act = _TO_ACT.match(text, end)
    return act is not None and act.group("verb") not in _NOT_VERBS and \
        not act.group("verb").endswith("ing")


#: Words after "to" that open a noun phrase, not an act ("led the club to the title").
_NOT_VERBS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                        "these", "those", "victory", "power", "safety", "court", "hospital",
                        "war", "office", "school", "work", "prison", "jail", "bed", "market",
                        "church", "sea", "town"})
#: " and led ", " and cost ": a finite verb after "and", whose subject is the sentence's.
_AND_VERB = re.compile(r" and (?P<verb>[a-z]+)\b(?P<object> (?:the|a|an|its|their|his|her|all|"
                       r"some|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\b)?")


def _own_act(predicate: str) -> str:
    """``predicate`` up to a second verb after "and": one in the past ("to divert 23 routes and
    led to delays") is what the cause did, not the actor; one in the base form before its object
    ("and close two terminals") is a second act the question would leave unconjugated."""
    for match in _AND_VERB.finditer(predicate):
        if match.group("object") or is_past_tense(match.group("verb")):
            return predicate[:match.start()]
    return predicate
