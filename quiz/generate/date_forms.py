"""Date values: month and weekday names, parsing a written date, the forms a date is written
in, and :class:`DateMention`, what a date found in a sentence becomes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from quiz.generate.facts import AnswerKind

MONTHS: dict[str, int] = {}
for _number, _name in enumerate(("january february march april may june july august "
                                 "september october november december").split(), start=1):
    MONTHS[_name] = _number
    MONTHS[_name[:3]] = _number
MONTHS["sept"] = 9
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
         r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|"
         r"Dec\.?)")
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9][0-9]{2}|20[0-9]{2})"

_DMY = re.compile(rf"^(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?P<y>{YEAR})$", re.I)
_MDY = re.compile(rf"^(?P<m>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})$", re.I)
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$")


def month_number(text: str) -> int:
    """The month number of a month name or abbreviation ("Sept." -> 9); 0 when not a month."""
    return MONTHS.get(text.rstrip(".").lower(), 0)


def parse_date(text: str) -> dt.date | None:
    """A full date written in one of the common forms, or ``None``."""
    text = " ".join(text.split())
    for pattern in (_DMY, _MDY, _ISO):
        match = pattern.match(text)
        if match:
            groups = match.groupdict()
            month = (int(groups["m"]) if groups["m"].isdigit() else month_number(groups["m"]))
            day = int(re.sub(r"\D", "", groups["d"]))
            try:
                return dt.date(int(groups["y"]), month, day)
            except ValueError:
                return None
    return None


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

FULL_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December)")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a sentence, resolved as far as the text and publication date allow."""

    start: int
    end: int
    kind: AnswerKind
    answer: str  # what a card shows as the answer
    accept: tuple[str, ...]
    value: str  # ISO-like: 2020-01-03, 2020-01, 2020, 2014/2017, --10-07, --10
    when: dt.date | None  # a day inside the period, for ordering events
    modifier: bool = False  # "the 2003 invasion": the date qualifies a noun
    relative: bool = False


def full_mention(start: int, end: int, span: str, date: dt.date) -> DateMention:
    """A full date as written (``span``), accepting its other common forms."""
    return DateMention(start, end, AnswerKind.FULL_DATE, span.rstrip(","),
                       unique_forms((*date_forms(date), span.rstrip(","))), date.isoformat(), date)


def month_year_mention(start: int, end: int, span: str, year: int, month: int) -> DateMention:
    """A month of a year as written (``span``), accepting "June 2025", "Jun. 2025", "2025-06"."""
    name = MONTH_NAMES[month]
    forms = (f"{name} {year}", f"{name[:3]} {year}", f"{name[:3]}. {year}",
             f"{year}-{month:02d}")
    return DateMention(start, end, AnswerKind.MONTH_YEAR, span.rstrip(","),
                       unique_forms((*forms, span)), f"{year}-{month:02d}",
                       dt.date(year, month, 15))


def date_forms(date: dt.date) -> tuple[str, ...]:
    """The ways a full date is commonly written, for accepted answers."""
    name = MONTH_NAMES[date.month]
    short = name[:3]
    return (f"{date.day} {name} {date.year}", f"{name} {date.day}, {date.year}",
            f"{short}. {date.day}, {date.year}", f"{date.day} {short} {date.year}",
            f"{short} {date.day}, {date.year}", f"{name} {date.day} {date.year}",
            date.isoformat())


def week_mention(start: int, end: int, span: str, published: dt.date, days: int) -> DateMention:
    """"next week" as "the week of 26 January 2026" (its Monday), counted from the
    publication day."""
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=days)
    answer = f"{WEEK_OF}{format_date(monday)}"
    return DateMention(start, end, AnswerKind.FULL_DATE, answer,
                       unique_forms((span, answer, answer[len("the "):],
                                     *(f"{WEEK_OF}{form}" for form in date_forms(monday)))),
                       monday.isoformat(), monday, relative=True)


def weekend_mention(start: int, end: int, span: str, published: dt.date) -> DateMention:
    """"last weekend" in a story of a weekday: the Saturday and Sunday before it, as "the
    weekend of 7-8 November 2026"."""
    saturday = published - dt.timedelta(days=published.weekday() + 2)
    sunday = saturday + dt.timedelta(days=1)
    month, year = MONTH_NAMES[sunday.month], sunday.year
    answer = weekend_answer(saturday)
    days = answer[len(WEEKEND_OF):-len(f" {year}")]
    return DateMention(start, end, AnswerKind.FULL_DATE, answer,
                       unique_forms((span, answer, f"{days} {year}",
                                     f"{month} {saturday.day}-{sunday.day}, {year}",
                                     *date_forms(saturday), *date_forms(sunday))),
                       saturday.isoformat(), saturday, relative=True)


#: How a week is answered: "the week of 26 January 2026".
WEEK_OF = "the week of "

#: How a weekend is answered: "the weekend of 7-8 November 2026".
WEEKEND_OF = "the weekend of "


def weekend_answer(saturday: dt.date) -> str:
    """The weekend starting on ``saturday`` as answered: "the weekend of 7-8 November 2026",
    "the weekend of 31 October-1 November 2026"."""
    sunday = saturday + dt.timedelta(days=1)
    month = MONTH_NAMES[sunday.month]
    days = f"{saturday.day}-{sunday.day} {month}" if saturday.month == sunday.month else \
        f"{saturday.day} {MONTH_NAMES[saturday.month]}-{sunday.day} {month}"
    return f"{WEEKEND_OF}{days} {sunday.year}"


def format_date(date: dt.date) -> str:
    """The form answers use for resolved dates: "8 February 2024"."""
    return f"{date.day} {MONTH_NAMES[date.month]} {date.year}"


def unique_forms(items: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """``items`` stripped (of a trailing comma too), without blanks and repeats, in order."""
    seen: dict[str, None] = {}
    for item in items:
        item = item.strip().rstrip(",")
        if item and item not in seen:
            seen[item] = None
    return tuple(seen)
