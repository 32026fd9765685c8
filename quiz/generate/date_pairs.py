"""Two weekdays joined by "and" ("closed on Friday and Saturday"): one date of two days."""

from __future__ import annotations

import datetime as dt
import re

from quiz.generate.date_eras import is_era
from quiz.generate.date_forms import MONTH_NAMES, WEEKDAY, WEEKDAYS, DateMention, format_date
from quiz.generate.facts import AnswerKind

#: The most days apart two joined weekdays may be to make one stretch ("on Friday and
#: Saturday", "on Monday and Wednesday"): the same week.
_MOST_DAYS_APART = 6


def joined_days(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` with each pair of weekdays written "<day> and <day>" (both resolved to
    dates, the later one within the week) made one mention of the two days: "on Friday and
    Saturday" answers "When was the park closed?" as "20 and 21 February 2026" (each day alone
    is half the answer, and asking for one would be wrong)."""
    if " and " not in text:
        return mentions
    out: list[DateMention] = []
    for mention in mentions:
        if out and _joinable(text, out[-1], mention):
            out[-1] = _joined(text, out[-1], mention)
        elif mention.kind is AnswerKind.WEEKDAY and (later := _UNDATED_AND_DAY.match(
                text, mention.end)) and _apart(mention.answer, later.group("day")) and \
                not _PART_OF_DAY_AFTER.match(text, later.end()):
            words = text[mention.start:later.end()]  # "Friday and Saturday" (no date known)
            out.append(DateMention(mention.start, later.end(), AnswerKind.WEEKDAY, words,
                                   (f"on {words}",), mention.value, None))
        else:
            out.append(mention)
    return out


#: A part of the day after the days ("on Saturday and Sunday mornings"): a habit, or part
#: of each day, not the two days.
_PART_OF_DAY_AFTER = re.compile(r"\s+(?:morning|afternoon|evening|night|lunchtime)s?\b")
#: The second weekday of an undated pair ("on Friday and Saturday" in a story with no date).
_UNDATED_AND_DAY = re.compile(rf" and (?P<day>{WEEKDAY})\b(?!['’])")


def _apart(first: str, second: str) -> bool:
    """Whether weekday ``second`` comes after ``first`` within its week."""
    return first in WEEKDAYS and 0 < (WEEKDAYS.index(second) - WEEKDAYS.index(first)) % 7 <= \
        _MOST_DAYS_APART


def _joinable(text: str, first: DateMention, second: DateMention) -> bool:
    return text[first.end:second.start] == " and " and _day(text, first) is not None and \
        not _PART_OF_DAY_AFTER.match(text, second.end) and \
        _day(text, second) is not None and first.when is not None and \
        second.when is not None and 0 < (second.when - first.when).days <= _MOST_DAYS_APART


def _day(text: str, mention: DateMention) -> str | None:
    """The weekday ``mention`` is written as ("Friday"), resolved to a full date; else
    ``None``."""
    span = text[mention.start:mention.end]
    return span if span in WEEKDAYS and mention.kind is AnswerKind.FULL_DATE else None


def _joined(text: str, first: DateMention, second: DateMention) -> DateMention:
    assert first.when is not None and second.when is not None
    words = text[first.start:second.end]
    answer = _two_days(first.when, second.when)
    return DateMention(first.start, second.end, AnswerKind.FULL_DATE, answer,
                       (answer, words, f"on {words}"), first.value, first.when)


def _two_days(first: dt.date, second: dt.date) -> str:
    """"20 and 21 February 2026"; "28 February and 1 March 2026" across a month."""
    if first.month == second.month:
        return f"{first.day} and {format_date(second)}"
    return f"{first.day} {MONTH_NAMES[first.month]} and {format_date(second)}"


def pair_question(question: str, mention: DateMention) -> str:
    """No question for a joined mention: among choices of single dates, the one of two days
    would give itself away; its cloze asks it ("closed on ___" -> "20 and 21 February 2026").
    Nor for a decade or a century (:func:`~quiz.generate.date_eras.is_era`)."""
    return "" if mention.kind in _DAY_KINDS and (" and " in mention.answer or
                                                 " to " in mention.answer) or \
        is_era(mention) else question


_DAY_KINDS = frozenset({AnswerKind.FULL_DATE, AnswerKind.WEEKDAY, AnswerKind.MONTH,
                        AnswerKind.MONTH_YEAR, AnswerKind.DAY_MONTH})  # (and the stretches
# of months or days: "between October and January", "from 10 to 12 July")
