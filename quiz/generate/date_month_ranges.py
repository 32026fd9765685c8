"""A stretch of months or days written "between October and January", "from 10 to 12 July":
one date of its two ends."""

from __future__ import annotations

import datetime as dt
import re

from quiz.generate.date_forms import FULL_MONTH, MONTH_NAMES, DateMention, month_number
from quiz.generate.date_tense import clause_tense
from quiz.generate.facts import AnswerKind

#: "between October and January", "from January to March", and two months "in January and
#: February" (not followed by a day or a year: "between January and March 2024" and "from 3
#: to 5 May" are read as dates already).
_MONTH_RANGE = re.compile(rf"\b(?:(?P<span>[Bb]etween|[Ff]rom)|[Ii]n|[Dd]uring)\s+"
                          rf"(?P<first>{FULL_MONTH})(?:\s+(?P<year1>(?:1[89]|20)\d\d))?\s+"
                          rf"(?(span)(?:and|to|until)|and)\s+(?P<second>{FULL_MONTH})"
                          rf"(?:\s+(?P<year>(?:1[89]|20)\d\d)|\s+of\s+(?P<rel>this|last|next)"
                          rf"\s+year)?\b(?![\w'’-]|,?\s+\d)")


def month_ranges(text: str, published: dt.date | None,
                 mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` with each stretch of months ("Between January and March, divers examined
    48 sites") as one mention of the two months, replacing any mention inside it (one end of
    a range is half a fact). Its months are dated from the publication day by the clause's
    tense: a stretch that has ended ends at the latest such month ("between October and
    January" read in February 2026: October 2025 to January 2026), one to come starts at the
    next; unsure, the months stand as written."""
    if "etween " not in text and "rom " not in text and not (mentions and " and " in text):
        return mentions  # ("in January and February": "in January" is a mention)
    ranges = [found for match in _MONTH_RANGE.finditer(text)
              if (found := _mention(text, match, published)) is not None]
    ranges.extend(found for match in _DAY_RANGE.finditer(text)
                  if (found := _days(text, match, mentions)) is not None)
    if not ranges:
        return mentions
    kept = [m for m in mentions if not any(r.start <= m.start and m.end <= r.end for r in ranges)]
    return sorted([*kept, *ranges], key=lambda m: m.start)


#: "from 10 to 12 July", "between 3 and 5 May": the first day, then the date of the second.
_DAY_RANGE = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+(?P<first>\d{1,2})\s*(?:and|to|-|–)\s*"
                        r"(?=\d{1,2}\s)")


def _days(text: str, match: re.Match[str], mentions: list[DateMention]) -> DateMention | None:
    """The stretch of days whose second end is the date mention right after ``match``
    ("10 to 12 July 2026", or "10 to 12 July" without its year); ``None`` when no date with
    a later day follows."""
    second = next((m for m in mentions if m.start == match.end()), None)
    if second is None or second.kind not in _DAY_KINDS:
        return None
    day = second.answer.split(" ", 1)[0]
    if not day.isdigit() or not 0 < int(match.group("first")) < int(day):
        return None
    words = text[match.start():second.end]
    written = text[second.start:second.end]
    answer = f"{match.group('first')} to {second.answer}"
    return DateMention(match.start(), second.end, second.kind, answer,
                       (words[:1].lower() + words[1:], f"{match.group('first')} to {written}",
                        f"{match.group('first')}-{written}", answer),
                       second.value, second.when)


_DAY_KINDS = frozenset({AnswerKind.FULL_DATE, AnswerKind.DAY_MONTH})


_OFFSETS = {"last": -1, "this": 0, "next": 1}


def _stated(match: re.Match[str], first: int, start_year: int, second: int, end_year: int,
            written: tuple[str, ...]) -> DateMention:
    """The mention of a stretch of months whose years the text gives."""
    lead = "between " if match.group("span") else ""
    if start_year == end_year:
        answer = f"{lead}{MONTH_NAMES[first]} and {MONTH_NAMES[second]} {end_year}"
    else:
        answer = f"{lead}{MONTH_NAMES[first]} {start_year} and {MONTH_NAMES[second]} {end_year}"
    return DateMention(match.start(), match.end(), AnswerKind.MONTH_YEAR, answer,
                       (answer, *written), f"{start_year}-{first:02d}",
                       dt.date(start_year, first, 15))


def _mention(text: str, match: re.Match[str], published: dt.date | None) -> DateMention | None:
    first, second = month_number(match.group("first")), month_number(match.group("second"))
    words = match.group(0)
    lowered = words[:1].lower() + words[1:]
    lead = "between " if match.group("span") else ""  # "in January and February": two months
    written = (lowered, f"{match.group('first')} and {match.group('second')}",
               *((f"{match.group('first')} to {match.group('second')}",) if lead else ()))
    end_year = int(match.group("year")) if match.group("year") else \
        published.year + _OFFSETS[match.group("rel")] \
        if match.group("rel") and published is not None else None
    if match.group("year1") and end_year is not None:  # "between October 2025 and April of
        # this year": both years stated
        return _stated(match, first, int(match.group("year1")), second, end_year, written)
    if match.group("year1") or match.group("rel") and end_year is None:
        return None
    if end_year is None and published is not None:
        tense = clause_tense(text, match.start())
        if tense == "past":
            end_year = published.year if second <= published.month else published.year - 1
        elif tense == "future":
            start_year = published.year if first >= published.month else published.year + 1
            end_year = start_year if second >= first else start_year + 1
    if end_year is None:  # unsure: the months as written
        return DateMention(match.start(), match.end(), AnswerKind.MONTH, lowered, written,
                           f"--{first:02d}", None)
    start_year = end_year if first <= second else end_year - 1  # "in March and April 2025"
    return _stated(match, first, start_year, second, end_year, written)
