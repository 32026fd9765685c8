"""What drove a rise or a fall: "Costs had risen from X to Y, driven largely by Z"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_spans import cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import (
    COMMON_ALONE, COMMON_SUFFIXES, first_lower, is_pronoun, word_count,
)
from quiz.generate.syntax import Clause

#: Past forms of the verbs of a change, and the noun "the ... in X" names it with.
_CHANGE_NOUNS = {
    **dict.fromkeys(("rose", "risen", "climbed", "soared", "surged", "jumped"), "rise"),
    **dict.fromkeys(("increased",), "increase"),
    **dict.fromkeys(("grew", "grown"), "growth"),
    **dict.fromkeys(("fell", "fallen", "dropped", "declined", "slumped", "plunged", "tumbled"),
                    "fall"),
    **dict.fromkeys(("decreased",), "decrease"),
}
_DRIVER_VERBS = {"driven": "drove", "fuelled": "fuelled", "fueled": "fueled"}
#: A subject opening the sentence (or a reported clause), a change verb, the change's own
#: words (no second verb's conjunction among them), then ", driven by": the driver.
_DRIVEN = re.compile(
    r"(?:^|\bthat\s+)(?P<subject>(?:[Tt]he\s+)?[\w’'-]+(?:\s+(?:of\s+)?[\w’'-]+){0,4}?)"
    r"(?:,\s+(?:meanwhile|however|though|too|also),)?\s+(?:(?:had|has|have)\s+)?"
    r"(?:also\s+)?(?P<verb>" + "|".join(_CHANGE_NOUNS) + r")\b"
    r"(?:(?!\s(?:and|but|while|as|because|after|when|which|who)\s)[^;:\"“”])*?"
    r",\s+(?P<driver>driven|fuelled|fueled)\s+(?:(?:largely|mainly|mostly|partly|primarily|"
    r"in\s+part)\s+)?by\s+")
#: Words a subject of a change does not contain (a verb read as part of it).
_NOT_SUBJECT = frozenset({"said", "says", "reported", "showed", "shows", "added", "expects",
                          "is", "are", "was", "were", "has", "have", "had"})
#: The sentence ends on a short list after "by": "staging, security and insurance" (not
#: ", and prices are expected to rise": a second clause).
_ITEM = r"(?:[^\s,;:]+\s+){0,4}[^\s,;:]+"
_LIST_END = re.compile(rf"{_ITEM}(?:,\s+{_ITEM})*\s+and\s+{_ITEM}\.?")


def driver_facts(text: str, clauses: list[Clause]
                 ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Production costs had risen from £3.4m to £4.8m, driven largely by the price of
    staging" -> ("What drove the rise in production costs?", "the price of staging")."""
    match = _DRIVEN.search(text)
    if match is None:
        return
    subject = match.group("subject")
    words = subject.lower().split()
    if is_pronoun(subject) or _NOT_SUBJECT.intersection(words) or words[0] in {
            "its", "their", "this", "these", "that", "those", "it", "they"}:
        return
    rest = text[match.end():]
    if _LIST_END.fullmatch(rest.strip()):
        driver: str | None = rest.strip().rstrip(".").strip()
    else:
        driver = cut_span(text, match.end())
    if driver is None or word_count(driver) < 2:
        return
    if any(c.subject_start == match.start("subject") for c in clauses):
        return  # the clause reader read it: "Why did X rise?" is asked of it already
    noun = _CHANGE_NOUNS[match.group("verb")]
    verb = _DRIVER_VERBS[match.group("driver")]
    yield AnswerKind.CAUSE, f"What {verb} the {noun} in {_lowered(subject)}?", driver, ()


def _lowered(subject: str) -> str:
    """``subject`` with its first word lower-cased when it is a common noun by its ending or
    one opening sentences alone ("Production costs", "Inflation"), not a name ("Tesla")."""
    head, _, tail = subject.partition(" ")
    low = head.lower()
    if head[1:].islower() and (not tail or tail[:1].islower()) and (
            low.endswith(COMMON_SUFFIXES) or low in COMMON_ALONE or low in _CHANGING):
        return f"{low} {tail}".strip()
    return first_lower(subject)


#: What rises and falls in news of money, opening a sentence with a capital.
_CHANGING = frozenset("inflation unemployment spending production turnover".split())
