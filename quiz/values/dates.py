"""Parsing one short date expression ("3 January 2020", "2020-01", "mid-October", "2014-2017").

:func:`parse_date` reads a whole expression, not dates inside running text: anything it does
not understand gives ``None``. What it reads:

* full dates: "3 January 2020", "3rd of Jan. 2020", "January 3, 2020", "Friday 3 January 2020",
  "2020-01-03", "2020/01/03", and numeric "13/1/2020" or "1/13/2020" when the reading is
  unambiguous (one part above 12, or both equal); "3/1/2020" is refused unless ``dayfirst``
  says how to read it;
* month and year: "January 2020", "Jan 2020", "January of 2020", "2020-01", "01/2020";
* years: "2020", "in 2020", "around 2020"; parts of years "early 2020", "mid-2020",
  "late 2019";
* without a year: "October 7", "7 October", "the 7th of October", "October", "mid-October",
  "early October", "the end of October";
* year ranges: "2014-2017", "2014–2017", "2014-17", "2014 to 2017", "from 2014 to 2017",
  "between 2014 and 2017"; decades: "the 1990s" (= 1990-1999).

Years have four digits (1000-2999). "2011-12" is read as December 2011, not a range.
Not read: two-digit years ("3/1/20"), day ranges ("3-5 January"), seasons ("summer 2020"),
weekdays and relative dates ("last Thursday"), era markers ("AD", "BC").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from quiz.values.text import fold

__all__ = ["MAX_LENGTH", "DateMatch", "DatePart", "DateValue", "Precision", "parse_date"]

#: Longer text is not one short expression; refusing it keeps every parse fast.
MAX_LENGTH = 100


class Precision(StrEnum):
    """The finest unit a date expression states."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


class DatePart(StrEnum):
    """A rough part of a month ("mid-October") or of a year ("early 2020")."""

    EARLY = "early"
    MID = "mid"
    LATE = "late"


class DateMatch(StrEnum):
    """How a response date compares with an answer date (see :meth:`DateValue.compare`)."""

    SAME = "same"  # the same date at the same precision
    MORE_PRECISE = "more_precise"  # the response adds detail within the answer
    DIFFERENT = "different"  # another date, or less precise than the answer


# Days of a month and months of a year that each part covers.
_PART_DAYS = {DatePart.EARLY: range(1, 11), DatePart.MID: range(11, 21),
              DatePart.LATE: range(21, 32)}
_PART_MONTHS = {DatePart.EARLY: range(1, 5), DatePart.MID: range(5, 9),
                DatePart.LATE: range(9, 13)}


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date at some precision. Any of ``year``, ``month``, ``day`` may be unknown; a range
    has only ``start`` and ``end`` (years, inclusive)."""

    precision: Precision
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: DatePart | None = None
    start: int | None = None
    end: int | None = None

    def isoformat(self) -> str:
        """ISO 8601 where possible: "2020-01-03", "2020-01", "2020", "--10-07", "--10",
        "2014/2017" for a range. A part is not shown."""
        if self.precision is Precision.RANGE:
            return f"{self.start}/{self.end}"
        head = f"{self.year:04d}" if self.year is not None else "-"
        if self.month is None:
            return head
        tail = f"-{self.day:02d}" if self.day is not None else ""
        return f"{head}-{self.month:02d}{tail}"

    def compare(self, response: DateValue) -> DateMatch:
        """Judge ``response`` against this date as the answer.

        Every field the answer states must be stated alike by the response; a field the
        answer leaves open may be filled in (MORE_PRECISE); a part ("mid-October") must be
        given too, or a day inside it ("15 October"). Ranges only match equal ranges.
        """
        if self.precision is Precision.RANGE or response.precision is Precision.RANGE:
            same = (self.precision is response.precision and self.start == response.start
                    and self.end == response.end)
            return DateMatch.SAME if same else DateMatch.DIFFERENT
        more = False
        for mine, theirs in ((self.year, response.year), (self.month, response.month),
                             (self.day, response.day)):
            if mine is not None and mine != theirs:
                return DateMatch.DIFFERENT
            more = more or (mine is None and theirs is not None)
        if self.part is not None and not self._part_agrees(response):
            return DateMatch.DIFFERENT
        if response.part is not None and self.part is None:
            # "mid-October 2020" for "October 2020" adds detail; for "7 October" it is vaguer.
            more = more or self.day is None
            if self.day is not None:
                return DateMatch.DIFFERENT
        return DateMatch.MORE_PRECISE if more else DateMatch.SAME

    def _part_agrees(self, response: DateValue) -> bool:
        assert self.part is not None
        if response.part is not None:
            return response.part is self.part
        # Without a part of its own, the response must name a day (or month) inside the part:
        # "October" for "mid-October" is less precise, so wrong.
        if self.month is not None:
            return response.day is not None and response.day in _PART_DAYS[self.part]
        return response.month is not None and response.month in _PART_MONTHS[self.part]

    def matches(self, response: DateValue) -> bool:
        """Whether ``response`` is right for this answer (same, or more precise within it)."""
        return self.compare(response) is not DateMatch.DIFFERENT


_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>[12]\d{3})"
_PART = r"(?:(?P<part>early|mid|late) ?)"
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? ")
# Words before a date that do not change it; "around 2015" is read as 2015 (an answer rarely
# knows better than the year it names).
_PREFIX = re.compile(r"^(?:(?:in )?the year|on|in|during|by|of|around|about|circa|c\.|approx\.?"
                     r"|approximately|sometime in) ")
# "the middle of October", "the end of 2019": spelled-out parts become early/mid/late.
_PART_PHRASES = (
    (re.compile(r"^(?:the )?(?:beginning|start) of "), "early "),
    (re.compile(r"^(?:the )?(?:middle|mid) of "), "mid "),
    (re.compile(r"^(?:the )?end of "), "late "),
)

_PATTERNS: tuple[re.Pattern[str], ...] = tuple(re.compile(f"^{p}$") for p in (
    rf"(?:the )?{_DAY} (?:of )?{_MONTH} {_YEAR}",  # 3 January 2020, the 3rd of Jan 2020
    rf"{_MONTH} (?:the )?{_DAY} {_YEAR}",  # January 3 2020 (comma already dropped)
    rf"{_YEAR}[-/](?P<mm>\d{{1,2}})[-/](?P<dd>\d{{1,2}})",  # 2020-01-03
    rf"{_YEAR}-(?P<mm>\d{{2}})",  # 2020-01
    r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>[12]\d{3})",  # 13/1/2020
    r"(?P<mm>\d{1,2})[/.-](?P<year>[12]\d{3})",  # 01/2020
    rf"{_PART}?{_MONTH} (?:of )?{_YEAR}",  # January 2020, mid-October 2020
    rf"{_PART}?{_YEAR}",  # 2020, early 2020
    rf"(?:the )?{_DAY} (?:of )?{_MONTH}",  # 7 October, the 7th of October
    rf"{_MONTH} (?:the )?{_DAY}",  # October 7
    rf"{_PART}?{_MONTH}",  # October, mid-October
))
_RANGE = re.compile(r"^(?:from |between )?(?P<start>[12]\d{3}) ?(?:-|to|and|until|till|through)"
                    r" ?(?P<end>\d{2}|[12]\d{3})$")
_DECADE = re.compile(r"^(?:the )?(?P<decade>[12]\d{2}0)'?s$")


def _clean(text: str) -> str:
    """Lower case, commas dropped, "mid-October" spaced as "mid October", prefixes removed."""
    cleaned = fold(text).lower().replace(",", " ").strip(" .")
    cleaned = re.sub(r"\b(early|mid|late)-", r"\1 ", cleaned)
    cleaned = " ".join(cleaned.split())
    cleaned = _WEEKDAY.sub("", _PREFIX.sub("", cleaned))
    for pattern, replacement in _PART_PHRASES:
        cleaned = pattern.sub(replacement, cleaned)
    return cleaned


def _valid_day(year: int | None, month: int, day: int) -> bool:
    if year is None:
        return 1 <= day <= (29 if month == 2 else calendar.monthrange(2001, month)[1])
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _numeric_day_month(a: int, b: int, dayfirst: bool | None) -> tuple[int, int] | None:
    """(day, month) from "a/b/yyyy", or None when the reading is ambiguous and not decided."""
    if a == b or (a > 12 >= b):
        return a, b
    if b > 12 >= a:
        return b, a
    if dayfirst is None or a > 12:
        return None
    return (a, b) if dayfirst else (b, a)


def _from_match(match: re.Match[str], dayfirst: bool | None) -> DateValue | None:
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    year = int(groups["year"]) if "year" in groups else None
    month: int | None = None
    day: int | None = None
    if "month" in groups:
        month = _MONTHS[groups["month"]]
    elif "mm" in groups:
        month = int(groups["mm"])
    if "day" in groups:
        day = int(groups["day"])
    elif "dd" in groups:
        day = int(groups["dd"])
    elif "a" in groups:
        decided = _numeric_day_month(int(groups["a"]), int(groups["b"]), dayfirst)
        if decided is None:
            return None
        day, month = decided
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and (month is None or not _valid_day(year, month, day)):
        return None
    part = DatePart(groups["part"]) if "part" in groups else None
    if day is not None:
        precision = Precision.DAY
    elif month is not None:
        precision = Precision.MONTH
    else:
        precision = Precision.YEAR
    return DateValue(precision, year=year, month=month, day=day, part=part)


def _range(text: str) -> DateValue | None:
    match = _RANGE.match(text)
    if match is not None:
        start = int(match["start"])
        end_text = match["end"]
        end = int(end_text) if len(end_text) == 4 else start // 100 * 100 + int(end_text)
        return DateValue(Precision.RANGE, start=start, end=end) if end > start else None
    match = _DECADE.match(text)
    if match is not None:
        start = int(match["decade"])
        return DateValue(Precision.RANGE, start=start, end=start + 9)
    return None


@lru_cache(maxsize=8192)
def _parse(text: str, dayfirst: bool | None) -> DateValue | None:
    cleaned = _clean(text)
    if not cleaned or not any(c.isdigit() or c.isalpha() for c in cleaned):
        return None
    for pattern in _PATTERNS:
        match = pattern.match(cleaned)
        value = _from_match(match, dayfirst) if match is not None else None
        if value is not None:
            return value
    return _range(cleaned)


def parse_date(text: str, *, dayfirst: bool | None = None) -> DateValue | None:
    """The date ``text`` states, or None when it is not (only) a date.

    ``dayfirst`` reads an all-numeric date like "3/1/2020": True as 3 January, False as
    March 1, None (the default) refuses it as ambiguous. Unambiguous forms ("13/1/2020",
    "3/3/2020") are read either way.
    """
    return _parse(text, dayfirst) if len(text) <= MAX_LENGTH else None
