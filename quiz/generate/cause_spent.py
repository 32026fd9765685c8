"""What money raised or saved is to be spent on: "the levy would raise $9 billion a year,
which would be spent on screening" -> "What would the $9 billion a year be spent on?"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import word_count

#: A thing that raises (saves, brings in) an amount, and what that amount is to be spent on.
_SPENT = re.compile(
    r"\b(?P<subject>(?:[Tt]he|[Ii]ts|[Tt]heir) [a-z][\w’'-]*(?: [a-z][\w’'-]*){0,3}?) "
    r"(?P<modal>would|will|could|is expected to|is set to) "
    r"(?P<verb>raise|generate|bring in|save|earn|collect|free up) "
    r"(?P<amount>(?:[^,;:\"“”]|(?<=\d),(?=\d)){3,60}), "
    r"(?:which|money that) (?P<aux>would|will|is to|was to|are to) be "
    r"(?P<use>spent|used|invested|put) (?P<prep>on|for|in|into) "
    r"(?P<purpose>[a-z][^,;:\"“”()]{2,90}?)(?=\s*(?:[,;.]|$| and would\b| he said| she said))")
#: An amount as the question names it: "(about) 9 billion baht a year", "$2 million".
_AMOUNT = re.compile(r"(?:(?:about|around|some|roughly|nearly|almost|an estimated|up to|"
                     r"more than|over)\s+)?"
                     r"(?P<amount>[$€£¥]?\d[\w.,’'$€£%-]*(?:\s+[\w.’'-]+){0,5})")
#: Words that make no thing raising money ("the tax would raise", not "the minister would").
_NO_THING = re.compile(r"\b(?:he|she|they|it|who|which|that|minister|government|council)\b")


def spent_on_facts(text: str) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The toll will raise 40 million euros a year, which will be spent on repairing bridges"
    -> "What will the 40 million euros a year be spent on?" (repairing bridges)."""
    for match in _SPENT.finditer(text):
        subject = match.group("subject")
        purpose = match.group("purpose")
        if _NO_THING.search(subject) or not 2 <= word_count(purpose) <= 14:
            continue
        modal = match.group("modal")
        modal = {"is expected to": "will", "is set to": "will"}.get(modal, modal)
        amount = _AMOUNT.fullmatch(match.group("amount"))
        if amount is None:
            continue  # ("would raise awareness, which ...": no sum of money)
        yield (AnswerKind.PURPOSE, f"What {modal} the {amount.group('amount')} be "
               f"{match.group('use')} {match.group('prep')}", purpose, ())
