"""A decade or a century as a date ("since the 1980s", "in the first century BC")."""

from __future__ import annotations

import re

from quiz.generate.date_forms import DateMention
from quiz.generate.facts import AnswerKind

#: A decade or a century after a preposition of time and "the" ("since the 1980s", "in the
#: early 1990s", "during the 12th century", "in the first century BC"; not "by the
#: 19th-century composer", a noun's modifier).
_ERA = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Dd]uring|[Bb]efore|[Aa]fter|[Bb]y|[Tt]o)\s+"
    r"(?P<era>the\s+(?:(?:early|late|mid-)\s*)?(?:1[0-9]|20)\d0s"
    r"|the\s+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth)\s+century(?:\s+(?:BC|AD|BCE|CE))?)\b(?!['’-])")

#: The value an era's mention carries (no question asks it: see :func:`is_era`).
_ERA_VALUE = "era:"


def era_mentions(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` with the decades and centuries of ``text`` that no mention covers."""
    if "0s" not in text and "entury" not in text:
        return mentions
    found = [DateMention(match.start("era"), match.end("era"), AnswerKind.YEAR_RANGE,
                         match.group("era"), (match.group("era")[len("the "):],),
                         f"{_ERA_VALUE}{match.group('era')}", None)
             for match in _ERA.finditer(text)
             if not any(m.start < match.end() and match.start("era") < m.end for m in mentions)]
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


def is_era(mention: DateMention) -> bool:
    """Whether ``mention`` is a decade or a century: asked by its cloze only ("since ___" ->
    "the 1980s"), as a choice among years would give it away and a question would have to
    say it wants a decade."""
    return mention.value.startswith(_ERA_VALUE)
