"""Dates in article sentences: full dates, months, years, ranges and relative dates, as facts."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quiz.generate.facts import AnswerKind, Article, Fact, Sentence
from quiz.model import Category

if TYPE_CHECKING:
    from quiz.generate.clauses import Asked

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


# --- finding date mentions ------------------------------------------------------------------

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_FULL_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December)")
_PART = r"(?:(?P<part>early|mid|late)[- ])?"
#: Holidays with a fixed date: name -> (month, day).
HOLIDAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
            "christmas day": (12, 25), "christmas": (12, 25), "halloween": (10, 31),
            "valentine's day": (2, 14), "boxing day": (12, 26)}
_HOLIDAY = r"(?:New Year['’]s Eve|New Year['’]s Day|Christmas Eve|Christmas Day|Christmas|" \
           r"Halloween|Valentine['’]s Day|Boxing Day)"

_MENTION = re.compile(
    rf"(?P<dmy>\b{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}\b)"
    rf"|(?P<mdy>\b{MONTH}\s+{DAY},?\s+{YEAR}\b)"
    rf"|(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)"
    rf"|(?P<slash>\b\d{{1,2}}/\d{{1,2}}/\d{{4}}\b)"
    rf"|(?P<holiday>\b{_HOLIDAY})(?:\s+(?P<hyear>{YEAR})\b|\s+(?P<that>that year|the same year|"
    rf"of that year)\b)?"
    rf"|(?P<my>\b{_PART}{MONTH},?\s+{YEAR}\b)"
    rf"|(?P<range>\b(?:[Ff]rom\s+|[Bb]etween\s+)?{YEAR}\s*(?:[-–—]|\s+to\s+|\s+and\s+)"
    rf"(?:{YEAR}|\d{{2}})\b(?![-–]))"
    rf"|(?P<dm>\b{DAY}\s+(?:of\s+)?{MONTH}(?![\w-])|\b{MONTH}\s+{DAY}\b(?!\d|,?\s*\d{{4}}))"
    rf"|(?P<month>\b(?:(?:early|mid|late)[- ])?{_FULL_MONTH}\b(?![- ]\d))"
    rf"|(?P<year>\b{YEAR}\b)"
    rf"|(?P<season>(?<=\b[Ii]n the )(?:spring|summer|autumn|fall|winter)\b)"
    rf"|(?P<rel>\b(?:(?:[Ll]ast|[Tt]his|[Pp]ast|[Nn]ext)\s+(?:week|month|year|summer|spring|"
    rf"autumn|fall|weekend)|[Yy]esterday|the\s+end\s+of\s+(?:the|this|last)\s+(?:year|month)|"
    rf"(?:[Ll]ast|[Tt]his|[Nn]ext)\s+(?:{_WEEKDAY}|{_FULL_MONTH})|{_WEEKDAY})\b)"
)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|In|since|Since|by|until|from|for|during|before|after|through|of|early|late|"
    r"mid|around|circa|the|its|their|his|her|a|In)\s+(?:the\s+)?|mid-)$")
_MONTH_CONTEXT_BEFORE = re.compile(
    r"\b(?:in|In|since|Since|until|by|from|during|before|after|through|of|to|early|late|"
    r"mid|Until|By|During|Before|After)\s+$")
_YEAR_BAD_AFTER = re.compile(r"^(?:\s*(?:%|percent|per|[-–]\w)|,\d|\.\d|\s+(?:[a-z]+s)\b)")
_EVENT_MODIFIER_AFTER = re.compile(r"^\s+[a-z][a-z-]+")
_PERIOD_LABEL = re.compile(r"\s+(?:fiscal|financial|academic|school|tax|budget|model)\s+years?\b|"
                           r"\s+(?:season|term|budget|campaign|school year)s?\b", re.I)
#: A part of the day that goes with a weekday or date ("on Tuesday night").
_PART_OF_DAY = re.compile(r"\s+(?:night|morning|afternoon|evening)\b")
#: The date is one end of a span ("between March 2023 and January 2025").
_SPAN_END_BEFORE = re.compile(r"\b(?:between|from)\s+(?:\S+\s+){0,3}?(?:and|to)\s+$|"
                              r"\bbetween\s+$", re.I)
_SPAN_END_AFTER = re.compile(r"\s+(?:and|to)\s+(?:early\s+|mid-|late\s+)?[A-Z0-9]")
#: A question that ends on a word that needs what was cut ("remain in place until at least?").
_DANGLING = re.compile(r"\b(?:at least|at most|until|since|by|on|in|of|for|from|to|the|a|an|"
                       r"and|between|than)\?$", re.I)
#: A verb inside the clause whose own event the date may be ("criticised the club for
#: raising prices last month", "expected him to make his debut on March 22").
_NESTED_EVENT = re.compile(r"\b(?:for|of|by|about|over)\s+[a-z]+ing\b|"
                           r"\b(?:expect|want|ask|urge|order|allow|force|persuade|tell|told|"
                           r"invite|encourage|call)[a-z]*\s+(?:[\w'’]+\s+){1,3}to\s+[a-z]+\b")
_FUTURE = re.compile(r"\b(?:will|'ll|shall|would|look(?:s|ing)? forward|next|upcoming|"
                     r"(?:is|are|was|were|been)\s+(?:\w+\s+)?(?:scheduled|set|due|expected|"
                     r"planned|slated)|plans? to|planned to|expect(?:s|ed)?\s+(?:\w+\s+){0,3}?to|"
                     r"is to|are to|due to|going to|"
                     r"(?:begins|starts|opens|closes|ends|expires|resumes|runs|takes effect|"
                     r"comes into force|goes on sale|launches|kicks off))\b", re.I)
#: Words that put a clause in the past besides a simple-past verb.
_PAST = re.compile(r"\b(?:had|has|have|was|were|since|ago|last|earlier|previously)\b", re.I)
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


def anchored_matches(pattern: re.Pattern[str], text: str,
                     starts: re.Pattern[str]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, trying only where ``starts`` says a match can
    begin (digits, currency signs, a few words). Much faster than letting a large
    alternation try every position."""
    found: list[re.Match[str]] = []
    end = 0
    for anchor in starts.finditer(text):
        start = anchor.start()
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None and match.end() > start:
            found.append(match)
            end = match.end()
    return found


def starters(words: list[str]) -> re.Pattern[str]:
    """A pattern for the places a match can begin: a digit, a currency sign or one of
    ``words`` (any case) at the start of a word. The words are arranged as a trie so the
    regular expression engine tries few branches at each place."""
    return re.compile(rf"(?<![\w.,])(?:\d|[$€£¥]|(?i:{_trie({w.lower() for w in words})})"
                      rf"(?![\w'’]))")


def _trie(words: set[str]) -> str:
    """A regular expression matching exactly ``words``, shared prefixes factored out."""
    branches: dict[str, set[str]] = {}
    ends = "" in words
    for word in words:
        if word:
            branches.setdefault(word[0], set()).add(word[1:])
    parts = [re.escape(first) + _trie(rests) if rests != {""} else re.escape(first)
             for first, rests in sorted(branches.items())]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"
    return f"(?:{body})?" if ends else body


#: Where a date mention can begin (besides digits).
_DATE_STARTS = starters(
    [name.lower() for name in MONTH_NAMES[1:]] + [name[:3].lower() for name in MONTH_NAMES[1:]]
    + ["sept", "early", "mid", "late", "from", "between", "new year's", "new year’s",
       "christmas", "halloween", "valentine's", "valentine’s", "boxing", "last", "this",
       "past", "next", "yesterday", "the end", "spring", "summer", "autumn", "fall", "winter"]
    + [day.lower() for day in WEEKDAYS])


#: "October last year": a month whose year is given relatively.
_WHICH_YEAR = re.compile(r"\s+(last|this|next)\s+year\b", re.I)
#: A wire dateline that opens a sentence ("PRAGUE, Oct 2 (Reuters) -"): its date is when
#: the story was filed, not the date of anything the sentence states.
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z.'’ ]+,\s+[^()\n]{1,24}?\s*\([A-Za-z .]+\)"
                            r"\s*[-–—]+\s*")


def opening_dateline_end(text: str) -> int:
    """Where a dateline that opens ``text`` ends (0 when there is none): "RIVERTON — ",
    "KESTRAVIK, June 4 - ", "PRAGUE, Oct 2 (Reuters) - "."""
    from quiz.generate.article import dateline_end

    match = _WIRE_DATELINE.match(text)
    return max(match.end() if match else 0, dateline_end(text))


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Every date mention in ``text`` that can be stated as an answer."""
    return list(_find_dates(text, published))


@functools.lru_cache(maxsize=8192)  # a sentence recurs across copies of a story
def _find_dates(text: str, published: dt.date | None) -> tuple[DateMention, ...]:
    mentions: list[DateMention] = []
    context_year: int | None = None
    dateline = opening_dateline_end(text) if text[:1].isupper() and text[1:2].isupper() else 0
    for match in _date_matches(text):
        if match.start() < dateline or mentions and match.start() < mentions[-1].end:
            continue
        mention = _mention(match, text, published, context_year)
        if mention is None:
            continue
        if mention.when is not None:
            context_year = mention.when.year
        mentions.append(mention)
    if published is not None and ("'s " in text or "’s " in text):
        mentions.extend(_day_events(text, published, mentions))
        mentions.sort(key=lambda m: m.start)
    return tuple(mentions)


@functools.lru_cache(maxsize=8192)  # the publication date varies more than the sentences
def _date_matches(text: str) -> tuple[re.Match[str], ...]:
    """Where :data:`_MENTION` matches ``text``, before any reading of the matches."""
    return tuple(anchored_matches(_MENTION, text, _DATE_STARTS))


_DAY_EVENT = re.compile(rf"\b{_WEEKDAY}(?=['’]s\s)")


def _day_events(text: str, published: dt.date,
                found: list[DateMention]) -> Iterator[DateMention]:
    """"Sunday's election", "Tuesday's vote": a day whose event the clause names, resolved
    like "on Sunday" (a year's or a month's noun is no event: "this year's programme")."""
    from quiz.generate.spans import EVENT_NOUNS

    for match in _DAY_EVENT.finditer(text):
        after = text[match.end() + 3:].split(maxsplit=3)[:3]
        if any(m.start <= match.start() < m.end for m in found) or \
                not any(w.strip(",.;:").lower() in EVENT_NOUNS for w in after):
            continue
        mention = _relative(match.start(), match.end(), match.group(), text, published, None)
        if mention is not None:
            yield mention


def latest_past_date(texts: list[str]) -> dt.date | None:
    """The latest day (within its stated month) that ``texts`` date a past event on, from
    dates with their own month and year ("announced the deal in June 2025"), or ``None``.
    A bare year or a "since" says too little of how recent the story is ("the fastest pace
    since 2019" in a story of 2024)."""
    latest: dt.date | None = None
    for text in texts:
        if not _YEAR_DIGITS.search(text):
            continue
        for mention in find_dates(text, None):
            if mention.when is not None and not mention.relative and \
                    mention.kind in (AnswerKind.FULL_DATE, AnswerKind.MONTH_YEAR) and \
                    not text[max(0, mention.start - 6):mention.start].lower().endswith(
                        ("since ", "after ")) and \
                    _tense(text, mention.start) == "past" and \
                    (latest is None or mention.when > latest):
                latest = mention.when
    return latest


_YEAR_DIGITS = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def _mention(match: re.Match[str], text: str, published: dt.date | None,
             context_year: int | None) -> DateMention | None:
    kind_name = match.lastgroup
    span = match.group()
    start, end = match.start(), match.end()
    if kind_name == "hyear" or kind_name == "that":
        kind_name = "holiday"
    if kind_name in ("dmy", "mdy", "iso"):
        date = parse_date(span.rstrip(",").strip() if kind_name != "iso" else span)
        if date is None:
            return None
        return _with_modifier(_full(start, end, span, date), text)
    if kind_name == "slash":
        day_or_month, month_or_day, year = (int(x) for x in span.split("/"))
        if day_or_month > 12 >= month_or_day:
            day, month = day_or_month, month_or_day
        elif month_or_day > 12 >= day_or_month:
            day, month = month_or_day, day_or_month
        elif day_or_month == month_or_day:
            day = month = day_or_month
        else:
            return None  # 3/1/2020 could be 3 January or 1 March
        try:
            return _full(start, end, span, dt.date(year, month, day))
        except ValueError:
            return None
    if kind_name == "holiday":
        month, day = HOLIDAYS[match.group("holiday").replace("’", "'").lower()]
        stated_year = match.group("hyear")
        if stated_year is not None:
            year_number = int(stated_year)
        elif match.group("that") and context_year is not None:
            year_number = context_year
        else:
            return None
        date = dt.date(year_number, month, day)
        full = _full(start, end, span, date)
        name = match.group("holiday")
        return DateMention(start, end, AnswerKind.FULL_DATE, f"{name} {year_number}",
                           _unique((name, f"{name} {year_number}", span, full.answer,
                                    *full.accept)), full.value, date)
    if kind_name == "my":
        month_text, year_text = span.rsplit(None, 1)
        month = month_number(month_text.split("-")[-1].split()[-1].rstrip(","))
        if not month:
            return None
        return _month_year(start, end, span, int(year_text), month)
    if kind_name == "range":
        years = re.findall(r"\d{4}|\d{2}\b", span)
        first = int(years[0])
        last = int(years[1]) if len(years[1]) == 4 else first // 100 * 100 + int(years[1])
        if not first < last <= first + 100:
            return None
        if " and " in span and not span.lower().startswith("between"):
            return None  # "in 2011 and 2014" names two years, not a period
        if _PERIOD_LABEL.match(text, end):
            return None  # "the 2024-25 fiscal year": the name of a period, not an event's span
        core = f"{first}-{last}"
        return _with_modifier(DateMention(start, end, AnswerKind.YEAR_RANGE, core,
                           _unique((span, core, f"{first}–{last}", f"{first} to {last}",
                                    f"from {first} to {last}", f"between {first} and {last}")),
                           f"{first}/{last}", dt.date(first, 1, 1)), text)
    if kind_name == "dm":
        parts = span.replace(",", "").split()
        month = month_number(parts[0]) or month_number(parts[-1])
        day = int(re.sub(r"\D", "", parts[-1] if month_number(parts[0]) else parts[0]))
        if not month:
            return None
        tense = _tense(text, start) if published is not None else ""
        if published is not None and tense:
            # the next occurrence for the future, the last one on or before the publication
            # date for the past; without a tense the year is not guessed
            if tense == "future":
                year = published.year if (month, day) >= (published.month, published.day) \
                    else published.year + 1
            else:
                year = published.year if (month, day) <= (published.month, published.day) \
                    else published.year - 1
            try:
                date = dt.date(year, month, day)
            except ValueError:
                return None
            full = _full(start, end, span, date)
            return DateMention(start, end, AnswerKind.FULL_DATE, format_date(date),
                               _unique((span, *full.accept)), full.value, date, relative=True)
        name = MONTH_NAMES[month]
        return DateMention(start, end, AnswerKind.DAY_MONTH, span,
                           _unique((f"{name} {day}", f"{day} {name}", f"{name[:3]}. {day}",
                                    f"{name[:3]} {day}")), f"--{month:02d}-{day:02d}", None)
    if kind_name == "month":
        if not span.startswith("mid-") and \
                not _MONTH_CONTEXT_BEFORE.search(text[max(0, start - 12):start]):
            return None
        month = month_number(span.split("-")[-1].split()[-1])
        name = MONTH_NAMES[month]
        which = _WHICH_YEAR.match(text, end)
        if which is not None:  # "in October last year": the year is stated, relatively
            end = which.end()
            span = text[start:end]
            if published is None:
                return DateMention(start, end, AnswerKind.MONTH, span, _unique((span, name)),
                                   f"--{month:02d}", None)
            year = published.year + {"last": -1, "this": 0, "next": 1}[which.group(1).lower()]
            mention = _month_year(start, end, span, year, month)
            return DateMention(start, end, AnswerKind.MONTH_YEAR, mention.accept[0],
                               _unique((span, *mention.accept)), mention.value, mention.when,
                               relative=True)
        tense = _tense(text, start) if published is not None else ""
        if tense or published is not None and month == published.month:
            year = published.year if month <= published.month else published.year - 1
            if tense == "future":
                year = published.year if month >= published.month else published.year + 1
            mention = _month_year(start, end, span, year, month)
            return DateMention(start, end, AnswerKind.MONTH_YEAR, mention.accept[0],
                               _unique((span, name, *mention.accept)), mention.value,
                               mention.when, relative=True)
        return DateMention(start, end, AnswerKind.MONTH, span, _unique((span, name)),
                           f"--{month:02d}", None)
    if kind_name == "year":
        before = text[max(0, start - 12):start]
        after = text[end:end + 16]
        context = _YEAR_CONTEXT_BEFORE.search(before)
        if context is None or _YEAR_BAD_AFTER.match(after):
            return None
        year = int(span)
        if not 1800 <= year <= 2100:
            return None
        modifier = context.group().strip().lower() in ("the", "its", "their", "his", "her", "a")
        if modifier and not _EVENT_MODIFIER_AFTER.match(after):
            return None
        return DateMention(start, end, AnswerKind.YEAR, span, (), span, dt.date(year, 1, 1),
                           modifier=modifier)
    if kind_name == "season":
        return _season(start, end, span, text, published)
    if kind_name == "rel":
        relative = _relative(start, end, span, text, published, context_year)
        return _with_modifier(relative, text) if relative is not None else None
    return None


_SEASON_MONTHS = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}


def _season(start: int, end: int, span: str, text: str,
            published: dt.date | None) -> DateMention:
    """"in the spring": the latest such season before publication (the next one when the
    clause speaks of the future), or the season alone when there is no publication date."""
    name = "autumn" if span == "fall" else span
    forms = (span, f"the {span}", f"in the {span}")
    if published is None:
        return DateMention(start, end, AnswerKind.MONTH, f"the {span}", _unique(forms),
                           f"--{name}", None)
    month = _SEASON_MONTHS[span]
    year = published.year if month <= published.month else published.year - 1
    if _is_future(text, start):
        year = published.year if month >= published.month else published.year + 1
    return DateMention(start, end, AnswerKind.MONTH_YEAR, f"{name} {year}",
                       _unique((*forms, f"{span} {year}", f"the {span} of {year}")),
                       f"{year}-{name}", dt.date(year, month, 15), relative=True)


_DETERMINER_END = re.compile(r"\b(?:the|its|their|a)\s+$")


def _with_modifier(mention: DateMention, text: str) -> DateMention:
    """Mark a date that qualifies a noun: "the 8 January 2020 assault", "the Wednesday
    strike"."""
    before = text[max(0, mention.start - 6):mention.start].lower()
    if _DETERMINER_END.search(before) and \
            _EVENT_MODIFIER_AFTER.match(text[mention.end:]):
        return DateMention(mention.start, mention.end, mention.kind, mention.answer,
                           mention.accept, mention.value, mention.when, modifier=True,
                           relative=mention.relative)
    return mention


def _full(start: int, end: int, span: str, date: dt.date) -> DateMention:
    return DateMention(start, end, AnswerKind.FULL_DATE, span.rstrip(","),
                       _unique((*date_forms(date), span.rstrip(","))), date.isoformat(), date)


def _month_year(start: int, end: int, span: str, year: int, month: int) -> DateMention:
    name = MONTH_NAMES[month]
    forms = (f"{name} {year}", f"{name[:3]} {year}", f"{name[:3]}. {year}",
             f"{year}-{month:02d}")
    return DateMention(start, end, AnswerKind.MONTH_YEAR, span.rstrip(","),
                       _unique((*forms, span)), f"{year}-{month:02d}",
                       dt.date(year, month, 15))


def date_forms(date: dt.date) -> tuple[str, ...]:
    """The ways a full date is commonly written, for accepted answers."""
    name = MONTH_NAMES[date.month]
    short = name[:3]
    return (f"{date.day} {name} {date.year}", f"{name} {date.day}, {date.year}",
            f"{short}. {date.day}, {date.year}", f"{date.day} {short} {date.year}",
            f"{short} {date.day}, {date.year}", f"{name} {date.day} {date.year}",
            date.isoformat())


def _week(start: int, end: int, span: str, published: dt.date, days: int) -> DateMention:
    """"next week" as "the week of 26 January 2026" (its Monday), counted from the
    publication day."""
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=days)
    answer = f"{WEEK_OF}{format_date(monday)}"
    return DateMention(start, end, AnswerKind.FULL_DATE, answer,
                       _unique((span, answer, answer[len("the "):],
                                *(f"{WEEK_OF}{form}" for form in date_forms(monday)))),
                       monday.isoformat(), monday, relative=True)


#: How a week is answered: "the week of 26 January 2026".
WEEK_OF = "the week of "


def format_date(date: dt.date) -> str:
    """The form answers use for resolved dates: "8 February 2024"."""
    return f"{date.day} {MONTH_NAMES[date.month]} {date.year}"


def _relative(start: int, end: int, span: str, text: str, published: dt.date | None,
              context_year: int | None) -> DateMention | None:
    words = span.lower().split()
    if words[:3] == ["the", "end", "of"]:
        unit = words[-1]
        if words[3] == "the" and unit == "year" and context_year is not None:
            return DateMention(start, end, AnswerKind.YEAR, f"the end of {context_year}",
                               _unique((span, f"end of {context_year}", f"December {context_year}",
                                        f"31 December {context_year}")), str(context_year),
                               dt.date(context_year, 12, 31), relative=True)
        if published is None:
            return None
        if unit == "month":
            month_start = published.replace(day=1)
            if words[3] == "last":
                month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
            mention = _month_year(start, end, span, month_start.year, month_start.month)
            answer = f"the end of {mention.accept[0]}"
            return DateMention(start, end, AnswerKind.MONTH_YEAR, answer,
                               _unique((span, mention.accept[0], *mention.accept)),
                               mention.value, mention.when, relative=True)
        year = published.year - (1 if words[3] == "last" else 0)
        return DateMention(start, end, AnswerKind.YEAR, f"the end of {year}",
                           _unique((span, str(year))), str(year), dt.date(year, 12, 31),
                           relative=True)
    if published is None:
        return None
    month = month_number(words[-1]) if len(words) == 2 else 0
    if month:  # "last August": the latest August before the publication month
        year = published.year
        if words[0] == "last" and month >= published.month:
            year -= 1
        elif words[0] == "next" and month <= published.month:
            year += 1
        mention = _month_year(start, end, span, year, month)
        return DateMention(start, end, AnswerKind.MONTH_YEAR, mention.accept[0],
                           _unique((span, *mention.accept)), mention.value, mention.when,
                           relative=True)
    if words[-1].capitalize() in WEEKDAYS:
        weekday = WEEKDAYS.index(words[-1].capitalize())
        offset = (published.weekday() - weekday) % 7
        if words[0] == "last" and offset == 0:
            offset = 7
        if words[0] == "next" or (words[0] != "last" and _is_future(text, start)):
            offset = -((weekday - published.weekday()) % 7 or 7)
        date = published - dt.timedelta(days=offset)
        day_name = WEEKDAYS[weekday]
        answer = format_date(date)
        return DateMention(start, end, AnswerKind.FULL_DATE, answer,
                           _unique((span, day_name, f"on {day_name}", *date_forms(date))),
                           date.isoformat(), date, relative=True)
    if words == ["yesterday"]:
        date = published - dt.timedelta(days=1)
        return DateMention(start, end, AnswerKind.FULL_DATE, format_date(date),
                           _unique((span, *date_forms(date))), date.isoformat(), date,
                           relative=True)
    which, unit = words
    if unit == "week" and which in ("last", "next"):
        return _week(start, end, span, published, 7 if which == "next" else -7)
    if unit == "week" or unit == "weekend" or which == "past":
        return None  # too loose to ask about ("this week": before or after the day?)
    if unit == "month":
        month_start = published.replace(day=1)
        if which == "last":
            month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
        elif which == "next":
            month_start = (month_start + dt.timedelta(days=32)).replace(day=1)
        mention = _month_year(start, end, span, month_start.year, month_start.month)
        return DateMention(start, end, AnswerKind.MONTH_YEAR, mention.accept[0],
                           _unique((span, *mention.accept)), mention.value, mention.when,
                           relative=True)
    if unit == "year":
        year = published.year + {"last": -1, "this": 0, "next": 1}[which]
        return DateMention(start, end, AnswerKind.YEAR, str(year), (span,), str(year),
                           dt.date(year, 1, 1), relative=True)
    seasons = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10}
    month = seasons[unit]
    year = published.year
    if which == "last":
        year = published.year if published.month > month + 2 else published.year - 1
    elif which == "next":
        year = published.year if published.month < month else published.year + 1
    name = "autumn" if unit == "fall" else unit
    return DateMention(start, end, AnswerKind.MONTH_YEAR, f"{name} {year}",
                       _unique((span, f"{unit} {year}", f"the {unit} of {year}")),
                       f"{year}-{unit}", dt.date(year, month, 15), relative=True)


#: Where a clause ends: punctuation (not the comma inside "1,200") or a conjunction that
#: opens another clause ("... on Tuesday night because forecasters expected ...").
_CLAUSE_EDGE = re.compile(r"(?<!\d),|,(?!\d)|[;:—–]|"
                          r"\s(?:and|but|as|while|after|before|when|because|"
                          r"although|though|whereas|if)\s")


def _is_future(text: str, start: int) -> bool:
    """Whether the clause around ``start`` speaks of the future ("will meet on Sunday")."""
    return _tense(text, start) == "future"


@functools.lru_cache(maxsize=8192)
def _tense(text: str, start: int) -> str:
    """"future", "past" or "" (unsure) for the clause around ``start``, judged by the nearest
    tense marker before the date (or after it, when there is none before): "will", "is due
    to", "is scheduled for", a present tense of scheduling ("begins on July 1") are future;
    a simple past verb, "had", "since", "last" are past."""
    from quiz.generate.clauses import is_simple_past

    edges = [m.end() for m in _CLAUSE_EDGE.finditer(text, 0, start)]
    lo = edges[-1] if edges else 0
    following = _CLAUSE_EDGE.search(text, start)
    hi = following.start() if following else len(text)
    before = _markers(text, lo, start, is_simple_past)
    if before:
        if before[-1][1] == "past" and _INFINITIVE.search(text, before[-1][0], start):
            return ""  # "voted to provide free meals from September", "so that there is
            # water in October", "little chance of rain before the end of September": a time
            # after the past verb, whether past or future the clause does not say
        return before[-1][1]
    after = _markers(text, start, hi, is_simple_past)
    if after:
        return after[0][1]
    # "said X would help workers and set up a programme in March": the verb of a second
    # predicate has no tense of its own; the clause before it gives it
    earlier = _markers(text, 0, lo, is_simple_past) if lo else []
    if earlier and earlier[-1][1] == "past" and _INFINITIVE.search(text, earlier[-1][0], start):
        return ""
    return earlier[-1][1] if earlier else ""


def _markers(text: str, lo: int, hi: int, is_simple_past: Callable[[str], bool]
             ) -> list[tuple[int, str]]:
    """Tense markers in ``text[lo:hi]`` as (end, "future" | "past"), in reading order; a
    future marker that contains a past form ("is scheduled") wins over it."""
    futures = [(m.start(), m.end()) for m in _FUTURE.finditer(text, lo, hi)]
    found = [(end, "future") for _, end in futures]
    previous = ""
    for m in _LETTERS.finditer(text[lo:hi]):
        at, end = lo + m.start(), lo + m.end()
        word = m.group()
        linked = previous in _LINKING
        previous = word.lower()
        if linked or any(a <= at for a, _ in futures):
            continue  # "will stay closed", "would help affected workers": a past form after
            # a future marker of its clause is a participle, not a past event
        if is_simple_past(word) or _PAST.fullmatch(word):
            found.append((end, "past"))
    found.sort()
    return found


_LETTERS = re.compile(r"[A-Za-z]+")
#: An infinitive after a past verb ("voted to provide"), not "to" before a noun phrase.
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|"
                         r"some|all|power|date|court|school|office|market|work)\b)[a-z]{3,}\b|"
                         r"\bso that\b|\b(?:chance|risk|hopes?|prospects?)\s+of\b")
#: Verbs after which a past participle is a state ("stay closed", "remain shut").
_LINKING = frozenset({"be", "stay", "stays", "remain", "remains", "become", "becomes", "get",
                      "gets", "keep", "keeps"})


def _unique(items: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        item = item.strip().rstrip(",")
        if item and item not in seen:
            seen[item] = None
    return tuple(seen)


# --- facts ----------------------------------------------------------------------------------

_ADVERBIAL_BEFORE = re.compile(
    r"(?:\b(?:(?:late|early|later|earlier)\s+)?(?:on|in|In|On|at|At|since|Since|by|By|until|"
    r"Until|from|From|during|During|before|Before|after|After|through|as of|prior to|"
    r"by the end of|at the end of|at the start of|in early|in late|in mid-|late on|early on)"
    r"\s+(?:the\s+)?|(?:late|early|Late|Early|earlier|later|Earlier|Later)\s+)$")
_ADJUNCT_DATE = re.compile(rf"\b(?:in|on|by|since|until)\s+(?:{MONTH}\s+)?(?:\d{{1,2}}\s+)?"
                           rf"{YEAR}\b|\b(?:in|on|by|since|until|from)\s+(?:early\s+|mid-|late\s+)?"
                           rf"{_FULL_MONTH}\b")
_WH = {AnswerKind.FULL_DATE: ("On what date", "On what date"),
       AnswerKind.DAY_MONTH: ("On what date", "On what date"),
       AnswerKind.MONTH_YEAR: ("When", "When"),
       AnswerKind.MONTH: ("In what month", "In what month"),
       AnswerKind.YEAR: ("In what year", "In what year"),
       AnswerKind.YEAR_RANGE: ("During which years", "During which years")}


def sentence_dates(article: Article, found: dict[int, list[DateMention]] | None = None
                   ) -> Iterator[tuple[Sentence, list[DateMention]]]:
    """Each running-text sentence with its date mentions (from ``found`` when given)."""
    for sentence in article.sentences:
        if not sentence.is_heading:
            yield sentence, (found[sentence.index] if found is not None
                             else find_dates(sentence.text, article.published))


def date_facts(article: Article,
               found: dict[int, list[DateMention]] | None = None) -> list[Fact]:
    """The dated events an article states, each with a question that restates the event.

    ``found`` holds the mentions of each sentence when the caller has them already.
    """
    from quiz.generate.figures import lowered_question

    facts: list[Fact] = []
    for sentence, mentions in sentence_dates(article, found):
        for mention in mentions:
            fact = _fact(article, sentence, mention)
            if fact is not None:
                if fact.question and sentence.text[:1].isupper():
                    question = lowered_question(fact.question, article, sentence.text)
                    if question != fact.question:
                        fact = replace(fact, question=question)
                facts.append(fact)
    return facts


def _fact(article: Article, sentence: Sentence, mention: DateMention) -> Fact | None:
    asked = _date_question(sentence.text, mention)
    if asked is None:
        return None
    question, event, span = asked
    return Fact(category=Category.DATE, kind=mention.kind, article=article.file,
                sentence=sentence, question=question, answer=mention.answer,
                accept=tuple(a for a in mention.accept if a != mention.answer),
                subject=normalise_subject(event), value=mention.value,
                explanation=_explanation(mention, span, article), when=mention.when,
                event=event)


#: What :func:`_date_question` gives: the question ("" for a cloze), the event it asks
#: about and the span the explanation quotes; ``None`` when the date makes no fact.
DateQuestion = tuple[str, str, str] | None


def _date_question(sentence_text: str, mention: DateMention) -> DateQuestion:
    """The question for ``mention`` in a sentence."""
    found = _question_for(sentence_text, _question_key(mention))
    if found is None:
        return None
    question, event, span, open_question = found
    if not open_question:
        return question, event, span
    if question and _gives_away(question, mention):
        question = event = ""  # "did X buy A and B in 2022?": the other date makes it ambiguous
    if _NEGATIVE_SUBJECT.search(question) or question.count(" ") < 6 and \
            not _NAMED.search(question, 1) and (_INDEFINITE_SUBJECT.match(question) or
                                                not _DEFINITE.search(question)):
        question = ""  # "Before what year would no hospital close?": asks for what did not
        # happen; "When did a contractor go bankrupt?", "In what year did records begin?":
        # any contractor or records of a deck's articles
    if question.startswith(("Since when is ", "Since when are ")):
        question = ""  # "Since when is the outbreak the worst?": a superlative, not an event
    if question.startswith("Since when did "):
        question = "W" + question[len("Since w"):]  # a start: "When did X begin ...?"
        # ("Since when did militants initiate attacks?" asks for a state, in a past tense)
    return question, event, span


def _question_key(mention: DateMention) -> DateMention:
    """``mention`` with only what :func:`_question_for` reads of it: where it is, its kind,
    whether it qualifies a noun and the shape of its answer. The resolved date is left out,
    so a sentence that recurs with another publication date is asked from the cache."""
    answer = WEEK_OF if mention.answer.startswith(WEEK_OF) else \
        "the end of" if mention.answer.startswith("the end of") else ""
    value = mention.value if mention.kind is AnswerKind.MONTH else ""
    return DateMention(mention.start, mention.end, mention.kind, answer, (), value, None,
                       modifier=mention.modifier)


@functools.lru_cache(maxsize=8192)
def _question_for(sentence_text: str, mention: DateMention
                  ) -> tuple[str, str, str, bool] | None:
    """:func:`_date_question` up to the checks that need the whole answer: the question, its
    event, the explanation's span, and whether the question still has to be checked (a
    question from the clause) or is final (a cloze, a possessive day, a described event)."""
    from quiz.generate.spans import span_question

    text = sentence_text
    cut = opening_dateline_end(text) if text[1:2].isupper() else 0
    if cut:  # "KESTRAVIK, June 4 - Thousands walked out on Wednesday": the story starts after
        text = text[cut:]
        mention = replace(mention, start=mention.start - cut, end=mention.end - cut)
    before = text[:mention.start]
    offset = max(0, len(before) - 40)
    if offset:
        offset = before.find(" ", offset) + 1 or offset  # whole words only
    preposition = _ADVERBIAL_BEFORE.search(before, offset)
    start = preposition.start() if preposition else mention.start
    word = preposition.group().split()[0].lower() if preposition else ""
    wh, np_wh = _WH[mention.kind]
    if mention.answer.startswith(WEEK_OF):
        wh = np_wh = "When"  # "When will X decide?": a week, not a date
    if mention.kind is AnswerKind.MONTH and not mention.value[2:].isdigit():
        wh = np_wh = "When"  # "the spring": a season, not a month
    if word == "since":
        wh = np_wh = "Since when"
    elif word == "until":
        wh = np_wh = "Until when"
    elif word == "by":
        wh = np_wh = "By when"
    elif word in ("before", "prior"):
        wh = np_wh = "Before what year" if mention.kind is AnswerKind.YEAR else \
            "Before what date"
    elif word == "from" and not mention.modifier and \
            not _SPAN_END_AFTER.match(text, mention.end) and \
            not text.startswith(("'s ", "’s "), mention.end) and _is_future(text, mention.start):
        wh = np_wh = "From what date" if wh == "On what date" else "From when"  # "will cut
        # supplies every night from Monday": a start the future tense can ask about
    elif word == "from" and not mention.modifier and \
            not _SPAN_END_AFTER.match(text, mention.end):
        return (*_bare(sentence_text, mention), False)  # "free lunches from September": a
        # start, asked as a cloze (a question would need the tense of what starts)
    elif word in ("after", "from") and not mention.modifier:
        return None  # "after 2014": a bound, not the date of an event
    if text.startswith(("'s ", "’s "), mention.end):
        asked = _possessive_day(text, mention, wh)
        if asked is None:
            return (*_bare(sentence_text, mention), False)  # "said this year's programme
            # had": the date qualifies a noun that cannot be asked without it
        return asked.question, asked.event, _bare(sentence_text, mention)[2], False
    asked = None
    if mention.modifier:
        if word == "since" or before.rstrip().lower().endswith(("since its", "since their",
                                                                "since the")):
            end = _noun_phrase_end(text, mention.end)
            asked = span_question(text, _since_start(before), end, "Since when", "Since when",
                                  allow_np=False)
        else:
            asked = _np_from_modifier(text, mention, np_wh)
    else:
        if mention.answer.startswith("the end of") and word != "by":
            wh = np_wh = "When"
        if _SPAN_END_BEFORE.search(before) or (
                before.rstrip().lower().endswith("between") or
                re.search(r"\b(?:between|from)\s+$", before, re.I)) and \
                _SPAN_END_AFTER.match(text, mention.end):
            return (*_bare(sentence_text, mention), False)  # one end of a span: cloze only
        described = _PP_NOUN_BEFORE.search(before) if not preposition else None
        relative = _RELATIVE_AFTER.match(text, mention.end) if described else None
        if described is not None:  # "blamed on a heatwave last month that pushed X": the
            # heatwave's date, not the blaming's
            if relative is None or not _simple_past(relative.group("verb")):
                return (*_bare(sentence_text, mention), False)
            question = (f"When was the {described.group('noun')} that "
                        f"{relative.group('verb')}{relative.group('rest').rstrip()}?")
            return (question, question[len("When was "):-1], _bare(sentence_text, mention)[2],
                    False)
        end = mention.end
        part = _PART_OF_DAY.match(text, end)
        if part is not None:
            end = part.end()  # "on Tuesday night" goes as a whole, not leaving "night"
        asked = span_question(text, start, end, wh, np_wh)
    if asked is not None and (_ADJUNCT_DATE.search(asked.question) or
                              _DANGLING.search(asked.question) or
                              (_NESTED_EVENT.search(asked.question)
                               and _NESTED_EVENT.search(text, 0, mention.start))):
        asked = None  # "did X buy A and B in 2022?": the other date makes it ambiguous
    if asked is None:
        return "", "", text[mention.start:mention.end], True
    return asked.question, asked.event, text[mention.start:mention.end], True


_NEGATIVE_SUBJECT = re.compile(r"\b(?:did|do|does|will|would|was|were|has|have|had|"
                               r"is|are|can|could|should) (?:no|none|nobody|nothing|neither)\b")
_INDEFINITE_SUBJECT = re.compile(r"^\w+(?: what \w+)? (?:did|was|were|had|has|have|will|"
                                 r"would) (?:a|an|one) ")
_NAMED = re.compile(r"[A-Z0-9]")
_DEFINITE = re.compile(r"\b(?:the|its|their|his|her|this|that|these|those)\b")
#: A date right after a preposition's noun ("on a heatwave last month that ...").
_PP_NOUN_BEFORE = re.compile(r"\b(?:on|in|of|by|from|after|during)\s+(?:a|an|the)\s+"
                             r"(?P<noun>(?:[a-z-]+\s+){0,2}[a-z-]+)\s+$")
_RELATIVE_AFTER = re.compile(r"\s+(?:that|which)\s+(?P<verb>[a-z]+)"
                             r"(?P<rest>(?:[^,;:.!?—–]|\.(?=\d))*)")


def _simple_past(word: str) -> bool:
    from quiz.generate.clauses import is_simple_past

    return is_simple_past(word)


def _possessive_day(text: str, mention: DateMention, wh: str) -> Asked | None:
    """"X won Sunday's election" asked as "On what date did X win the election?": a day's
    event that is the clause's object (a year's or a month's is no event: "this year's
    programme")."""
    from quiz.generate.spans import EVENT_NOUNS, span_question

    if mention.kind is not AnswerKind.FULL_DATE or \
            text[mention.start:mention.end].split()[-1] not in WEEKDAYS:
        return None
    after = text[mention.end + 3:].split(maxsplit=3)[:3]
    if not any(word.strip(",.;:").lower() in EVENT_NOUNS for word in after):
        return None
    doubled = f"{text[:mention.start]}the the {text[mention.end + 3:]}"
    asked = span_question(doubled, mention.start, mention.start + 3, wh, wh, allow_np=False)
    if asked is None or _DANGLING.search(asked.question) or "the the" in asked.question or \
            asked.event.lower().startswith(f"the {after[0].lower()}"):
        return None  # "Tuesday's vote was delayed": the vote's day, not the delay's
    return asked


def _bare(sentence_text: str, mention: DateMention) -> tuple[str, str, str]:
    """A date fact without a question (asked as a cloze, when at all)."""
    return "", "", sentence_text[mention.start:mention.end]


def _since_start(before: str) -> int:
    return before.lower().rfind("since")


def _noun_phrase_end(text: str, position: int) -> int:
    match = re.match(r"\s+[\w-]+", text[position:])
    return position + match.end() if match else position


def _np_from_modifier(text: str, mention: DateMention, np_wh: str) -> Asked | None:
    """"The 2003 invasion of X" / "the Wednesday drone strike in Y that killed Z"."""
    from quiz.generate.clauses import DETERMINERS, tokenize
    from quiz.generate.spans import np_question

    tokens = tokenize(text)
    first = next((i for i, t in enumerate(tokens) if t.start >= mention.start), len(tokens))
    last = next((i for i, t in enumerate(tokens) if t.start >= mention.end), len(tokens))
    if first == 0 or tokens[first - 1].low not in DETERMINERS or last >= len(tokens):
        return None
    # re-read "the 2003 invasion of X" as "the invasion of X" with the date cut out
    cut = text[:tokens[first].start] + text[tokens[last].start:]
    cut_tokens = tokenize(cut)
    head = first
    end = head
    while end < len(cut_tokens) and cut_tokens[end].text not in ",;.!?—–(" and \
            cut_tokens[end].low not in ("and", "but", "which", "who", "while", "as"):
        end += 1
    asked = np_question(cut, cut_tokens, head, end, end, end, np_wh) if end > head else None
    return _participle_as_clause(asked)


#: "the assault leaving 100 troops injured" in a question about a past event: an absolute
#: participle that reads well as "the assault that left ...".
_ABSOLUTE_PARTICIPLE = re.compile(r"^((?:On what date|When|In what \w+) (?:was|were) the "
                                  r"[a-z-]+(?: [a-z-]+)?) ([a-z]+ing)\b")


def _participle_as_clause(asked: Asked | None) -> Asked | None:
    """``asked`` with "the assault leaving X" read as "the assault that left X"."""
    from quiz.generate.grammar import base_from_ing, past_of

    match = _ABSOLUTE_PARTICIPLE.match(asked.question) if asked is not None else None
    if asked is None or match is None:
        return asked
    base = base_from_ing(match.group(2))
    if base is None:
        return asked
    past = past_of(base)
    event = asked.event.replace(f" {match.group(2)} ", f" that {past} ", 1)
    return replace(asked, question=f"{match.group(1)} that {past}{asked.question[match.end():]}",
                   event=event)


def _gives_away(question: str, mention: DateMention) -> bool:
    low = question.lower()
    return any(form.lower() in low for form in (mention.answer, *mention.accept)
               if len(form) > 2) or (mention.value[:4].isdigit() and mention.value[:4] in low
                                     and mention.kind != AnswerKind.FULL_DATE)


def dates_by_sentence(article: Article) -> dict[int, list[DateMention]]:
    """The date mentions of every running-text sentence, by sentence index."""
    return {s.index: find_dates(s.text, article.published) for s in article.sentences
            if not s.is_heading}


def _explanation(mention: DateMention, span: str, article: Article) -> str:
    if mention.relative and article.published is not None:
        return (f"The article says \"{span}\"; it was published on "
                f"{format_date(article.published)}, so that is {mention.answer}.")
    return ""


_NON_WORD = re.compile(r"[^\w\s-]")


def normalise_subject(event: str) -> str:
    """The event text reduced for comparison: lower case, no punctuation, single spaces."""
    return " ".join(_NON_WORD.sub(" ", event.lower().replace("’", "'")).split())
