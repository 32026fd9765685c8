"""A year counted from another in the same sentence ("was fined in 2024 after a worker was
injured two years earlier", "opened in 2010 and closed five years later"): that year, 2022 or
2015, as the date of the clause it ends."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from quiz.generate.date_forms import DateMention
from quiz.generate.facts import AnswerKind

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

#: "two years earlier", "a year later", "12 years before" (ending its clause).
_OFFSET = re.compile(r"\b(?P<count>[Aa]n?|one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"eleven|twelve|[1-9][0-9]?) years? (?P<way>earlier|later|before)"
                     r"(?=\s*(?:[.,;:]|$))")


def offset_year_mentions(text: str, found: list[DateMention]) -> Iterator[DateMention]:
    """The years "N years earlier/later" give, counted from the last year of ``found`` before
    each (only a year stated on its own: "in 2024", not a month or day of it)."""
    for match in _OFFSET.finditer(text):
        anchor = next((m for m in reversed(found) if m.end <= match.start()), None)
        if anchor is None or anchor.kind is not AnswerKind.YEAR or anchor.when is None or \
                anchor.modifier or any(m.start < match.end() and match.start() < m.end
                                       for m in found):
            continue
        count = match.group("count").lower()
        years = _NUMBERS[count] if count in _NUMBERS else int(count)
        year = anchor.when.year + (years if match.group("way") == "later" else -years)
        span = match.group()
        yield DateMention(match.start(), match.end(), AnswerKind.YEAR, str(year), (span,),
                          str(year), dt.date(year, 1, 1))
