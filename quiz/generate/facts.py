"""The values that flow through the generator: articles, sentences and extracted facts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from quiz.model import Category


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article, verbatim, with its position (0-based, in reading order)."""

    index: int
    text: str
    paragraph: int = 0
    is_heading: bool = False  # a title or headline line, not running text


@dataclass(frozen=True, slots=True)
class Article:
    """A plain-text article, read and split."""

    file: str  # the file name, as cards cite it in ``source.file``
    title: str
    sentences: tuple[Sentence, ...]
    published: dt.date | None = None
    published_note: str = ""  # how the date was found ("stated: Updated: ...", "--published")


class AnswerKind(StrEnum):
    """What an answer is, finely enough to pick distractors of the same kind."""

    # dates
    FULL_DATE = "full_date"  # day, month and year
    MONTH_YEAR = "month_year"
    YEAR = "year"
    YEAR_RANGE = "year_range"
    DAY_MONTH = "day_month"  # day and month, year unknown
    MONTH = "month"  # month (or part of one, e.g. "mid-October"), year unknown
    WEEKDAY = "weekday"  # relative date that could not be resolved (no publication date)
    # actors
    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"  # militias, factions, unnamed groups of people ("Iraqi officials")
    COUNTRY = "country"
    # figures
    COUNT = "count"
    AMOUNT = "amount"  # money, weights, other quantities with units
    DURATION = "duration"
    RANGE = "range"
    ORDINAL = "ordinal"
    PERCENT = "percent"
    # causes
    CAUSE = "cause"  # why something happened
    EFFECT = "effect"  # what something led to
    PURPOSE = "purpose"  # what something was aimed at


@dataclass(frozen=True, slots=True)
class Fact:
    """One thing an article states that a card can ask about.

    ``answer`` is the span as the article writes it (or, for a relative date, the resolved
    date, with the words as written in ``accept``). ``subject`` names what the fact is about,
    normalised, so that two articles stating different ``value``s for the same ``subject`` can
    be reported as a conflict. ``when`` is set for facts that date an event, so order cards can
    put events in time order; ``event`` is a short statement of that event.
    """

    category: Category
    kind: AnswerKind
    article: str  # Article.file
    sentence: Sentence
    question: str
    answer: str
    accept: tuple[str, ...] = ()
    subject: str = ""
    value: str = ""  # normalised value: ISO date, plain number, canonical entity name
    explanation: str = ""
    when: dt.date | None = None
    event: str = ""
