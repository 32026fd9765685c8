"""Objects of a participle clause after the main one: "X won the final, beating defending
champion Y in Z" -> "Which defending champion did X beat in Z?"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from quiz.generate.actor_phrases import Actor, actor_for, mention_actor
from quiz.generate.facts import AnswerKind
from quiz.generate.mentions import Mention, Token
from quiz.generate.syntax import Clause, trim_predicate

#: Participles whose object is a person or a body the subject acted on, with their base form.
PARTICIPLES = {
    "beating": "beat", "defeating": "defeat", "replacing": "replace", "succeeding": "succeed",
    "ousting": "oust", "overtaking": "overtake", "eliminating": "eliminate",
    "unseating": "unseat", "dethroning": "dethrone", "hiring": "hire", "appointing": "appoint",
    "sacking": "sack", "acquiring": "acquire", "suing": "sue", "thrashing": "thrash",
    "edging": "edge", "outscoring": "outscore",
}
_PARTICIPLE = re.compile(r", (?P<verb>" + "|".join(sorted(PARTICIPLES)) + r") ")
#: A lower-case description between the participle and the name ("defending champion").
_DESCRIPTION = re.compile(r"(?:(?:the|an?) )?(?P<role>(?:[a-z][\w-]* ){0,3}[a-z][\w-]*) $")
_OF_PLACE = re.compile(r" of (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}")


def participle_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                     clauses: list[Clause]) -> Iterator[tuple[str, Actor, str]]:
    """Who the sentence's subject acted on in a participle clause (``clauses``: the
    sentence's, in order)."""
    main = next((c for c in clauses if c.first_token == 0), None)
    if main is None:
        return
    doer = actor_for(text, toks, mentions, main.subject_start, main.subject_end)
    if doer is None or doer.guessed:
        return
    if doer.kind is AnswerKind.PERSON:
        subject = doer.answer.split()[-1]
    elif main.subject.lower() == f"the {doer.answer.lower()}":
        subject = f"the {doer.answer}"
    else:
        subject = doer.answer
    for match in _PARTICIPLE.finditer(text, main.verb_end):
        after = match.end()
        target = next((m for m in mentions if m.role_start >= after), None)
        if target is not None and target.possessive and target.kind is AnswerKind.COUNTRY:
            owned = next((m for m in mentions if m.role_start > target.end), None)
            if owned is not None and owned.kind is AnswerKind.PERSON and text[
                    target.end:owned.role_start].strip() in {"'s", "’s"}:
                target = owned  # "replacing Sweden's Anna Berg": the person, from her country
                after = owned.role_start
        if target is None or target.possessive or target.kind is None:
            continue
        between = text[after:target.start]
        if between and _DESCRIPTION.fullmatch(between) is None:
            continue
        actor = mention_actor(target)
        if actor is None or actor.answer == doer.answer:
            continue
        if between:
            role = _DESCRIPTION.fullmatch(between).group("role")  # type: ignore[union-attr]
            actor = actor._replace(asker=f"Which {role}")
        end = target.end
        place = _OF_PLACE.match(text, end)
        if place is not None and target.kind is AnswerKind.PERSON:
            end = place.end()  # "Lukas Brandt of Germany": where he is from, not what happened
        rest = text[end:].strip()
        if rest.startswith(("and ", "or ", "as well as ")):
            continue  # "beating X and Y": one of two, the question cannot tell which
        predicate = trim_predicate(rest, 14) if rest[:1].isalpha() else ""
        if predicate is None:
            predicate = ""
        verb = PARTICIPLES[match.group("verb")]
        body = f"{verb} {predicate}".strip()
        yield f"{actor.asker} did {subject} {body}", actor, f"{verb} {predicate}".strip()
