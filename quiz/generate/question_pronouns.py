"""A question that points at a person with "he", "she" or "him" gets the person's name.

"A hamstring injury forced him to withdraw from the London Marathon" asks "What did a hamstring
injury force him to do?", which does not say who; when the sentence before names one person
of the article ("Tsegaye's path to the record was far from smooth"), the question names
them: "What did a hamstring injury force Abebe Tsegaye to do?". When no one person is named,
the question is left as it is (and the last gate drops it: :func:`question_checks.well_formed`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from quiz.generate.card_cloze import occurrences
from quiz.generate.facts import AnswerKind, Article, Fact, Sentence
from quiz.generate.question_checks import unnamed_person
from quiz.model import Category

#: The pronouns a name can stand for, as a subject or an object ("her" may be a possessive).
_PRONOUN = re.compile(r" (?:he|she|him)\b")
#: How many sentences before the fact's are read for the person.
_LOOK_BACK = 2


#: A cause answered with a person's possessive and a noun ("His exclusion"): whose?
_POSSESSIVE_ANSWER = re.compile(r"^(?:[Hh]is|[Hh]er) (?P<rest>[a-z][\w-]*(?: [a-z][\w-]*){0,3})$")
_POSSESSIVE = re.compile(r"\b(?:[Hh]is|[Hh]er)\b")


def named_pronouns(facts: Sequence[Fact], articles: Sequence[Article]) -> list[Fact]:
    """``facts`` with the pronouns of their questions named where one person is meant, and a
    cause answered "His exclusion" told whose ("Aldridge's exclusion", accepted and
    explained)."""
    asking = [i for i, fact in enumerate(facts) if _may_point(fact.question) and
              _PRONOUN.search(fact.question) and unnamed_person(fact.question)]
    owning = [i for i, fact in enumerate(facts) if fact.answer[:1] in "Hh" and
              fact.category is Category.CAUSE and _POSSESSIVE_ANSWER.match(fact.answer)]
    if not asking and not owning:
        return list(facts)
    people: dict[str, list[str]] = defaultdict(list)
    for fact in facts:
        if fact.kind is AnswerKind.PERSON and fact.answer not in people[fact.article]:
            people[fact.article].append(fact.answer)
    texts = {article.file: article.sentences for article in articles}
    out = list(facts)
    for i in asking:
        fact = facts[i]
        person = _person_meant(fact, texts.get(fact.article, ()), people[fact.article])
        if person:
            out[i] = replace(fact, question=_PRONOUN.sub(f" {person}", fact.question, count=1))
    for i in owning:
        fact = facts[i]
        person = _person_meant(fact, texts.get(fact.article, ()), people[fact.article],
                               _POSSESSIVE)
        if person:
            rest = _POSSESSIVE_ANSWER.match(fact.answer).group("rest")  # type: ignore[union-attr]
            named = f"{person.split()[-1]}'s {rest}"  # the answer keeps the sentence's words
            out[i] = replace(fact, accept=(*fact.accept, named),
                             explanation=fact.explanation or f"{fact.answer}: {named}.")
    return out


def _may_point(question: str) -> bool:
    """Whether ``question`` holds " he", " she" or " him" at all (most do not: the pattern is
    not tried)."""
    return " he" in question or " she" in question or " him" in question


def _person_meant(fact: Fact, sentences: Sequence[Sentence], people: list[str],
                  pronouns: re.Pattern[str] = _PRONOUN) -> str:
    """The one person of ``people`` named in the fact's sentence before its pronoun (one of
    ``pronouns``), or else in the nearest of the sentences before it that names any; ""
    when none or several."""
    own = fact.sentence.text
    pronoun = pronouns.search(own)
    texts = [own[:pronoun.start()]] if pronoun else []
    index = fact.sentence.index
    texts += [s.text for s in sentences if index - _LOOK_BACK <= s.index < index][::-1]
    for text in texts:
        named = [person for person in people if _names(text, person)]
        if named:
            return named[0] if len(named) == 1 else ""
    return ""


def _names(text: str, person: str) -> bool:
    """Whether ``text`` names ``person`` in full or by the last word of the name."""
    last = person.split()[-1]
    return bool(occurrences(text, person) or len(last) > 3 and occurrences(text, last))
