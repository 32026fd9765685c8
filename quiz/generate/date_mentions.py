"""Finding the dates of a sentence: full dates, months, years, ranges, holidays and relative
dates, each read as a :class:`~quiz.generate.date_forms.DateMention`."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import replace

from quiz.generate.date_forms import (
    DAY, DateMention, FULL_MONTH, MONTH, MONTH_NAMES, WEEKDAY, WEEKDAYS, YEAR, date_forms,
    format_date, full_mention, month_number, month_year_mention, parse_date, unique_forms,
    week_mention,
)
from quiz.generate.date_habits import is_habitual
from quiz.generate.date_offsets import offset_day_mentions, offset_year_mentions
from quiz.generate.date_parts import with_part_of_month
from quiz.generate.date_tense import (
    clause_tense, ends_ongoing_state, negated_until, overnight_mentions, relative_mention,
    season_mention, tenseless_sentence,
)
from quiz.generate.facts import AnswerKind, Article, Sentence
from quiz.generate.span_scan import anchored_matches, starters

_PART = r"(?:(?P<part>early|mid|late)[- ])?"

#: Holidays with a fixed date: name -> (month, day).
HOLIDAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
            "christmas day": (12, 25), "christmas": (12, 25), "halloween": (10, 31),
            "valentine's day": (2, 14), "boxing day": (12, 26)}

_HOLIDAY = r"(?:New Year['’]s Eve|New Year['’]s Day|Christmas Eve|Christmas Day|Christmas|" \
           r"Halloween|Valentine['’]s Day|Boxing Day)"

#: The count of "N years ago", "14 months ago", "three days ago" (a number word, digits, "a").
_AGO_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
              "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
              "eighteen": 18}
_AGO = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|"
                  r"[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Ee]ighteen|[1-9][0-9]?)\s+"
                  r"(?P<unit>year|month|week|day)s?\s+ago\b(?! today| yesterday)")

#: How far back each unit of "N <unit>s ago" is asked to its year, month, week or day:
#: further back, the count is rarely meant exactly ("30 months ago", "50 years ago").
_AGO_LIMITS = {"year": 25, "month": 24, "week": 8, "day": 14}

#: A year of the Middle Ages (1000-1599), read only after "in", "until", "since" or as a
#: span "between X and Y" after a participle ("built between"), and only before a break
#: ("was built in 1147, and", "between 1100 and 1140, when"): elsewhere such a number is more
#: likely a count.
_OLD_YEAR = r"1[0-5][0-9]{2}"
_OLD_END = r"\s*[.,;:]|\s+(?:and|but|when|AD|CE)\b|$"

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
    rf"|(?P<month>\b(?:(?:early|mid|late)[- ])?{FULL_MONTH}\b(?![- ]\d))"
    rf"|(?P<oldrange>(?:(?<=[a-z]ed )|(?<=\bbuilt )|(?<=\bmade )|(?<=\bwritten )|"
    rf"(?<=\bdating )|(?<=\bdates ))between\s+{_OLD_YEAR}\s+"
    rf"and\s+{_OLD_YEAR}(?={_OLD_END}))"
    rf"|(?P<oldyear>(?:(?<=\b[Ii]n )|(?<=\buntil )|(?<=\bsince )){_OLD_YEAR}(?={_OLD_END}))"
    rf"|(?P<bc>(?:(?<=\baround )|(?<=\b[Ii]n )|(?<=\babout )|(?<=\bcirca )|(?<=\bc\. ))"
    rf"(?:[1-9][0-9]?,[0-9]{{3}}|[1-9][0-9]{{0,3}})\s+(?:BC|BCE)\b)"
    rf"|(?P<year>\b{YEAR}\b)"
    rf"|(?P<season>(?:(?<=\b[Ii]n the )|(?<=\b[Bb]y the )|(?<=\buntil the )|"
    rf"(?<=\buntil at least the ))(?:spring|summer|autumn|fall|winter)\b"
    rf"(?:\s+of\s+{YEAR}\b)?|(?:(?<=\b[Ii]n )|(?<=\b[Bb]y )|(?<=\buntil )|(?<=\bsince )|(?<=\bfrom ))"
    rf"(?:spring|summer|autumn|winter)\s+{YEAR}\b)"
    rf"|(?P<rel>\b(?:(?:[Ll]ast|[Tt]his|[Pp]ast|[Nn]ext)\s+(?:week|month|year|summer|spring|"
    rf"autumn|fall|weekend)|(?:(?<=\bover )|(?<=\b[Aa]t )|(?<=\b[Dd]uring )|(?<=\bOver ))"
    rf"the\s+weekend|[Yy]esterday|"
    rf"(?<!\bof )(?<!\ba )(?<!\bthe )(?<!\bbetter )(?<!\bbrighter )[Tt]omorrow(?![’'-])|"
    rf"[Tt]onight(?![’'-])|"
    rf"(?:(?:[Ee]arly|[Ll]ate)\s+)?[Tt]his\s+(?:morning|afternoon|evening)|"
    rf"[Ee]arlier\s+today|the\s+end\s+of\s+(?:the|this|last)\s+(?:year|month)|"
    rf"(?:[Ll]ast|[Tt]his|[Nn]ext)\s+(?:{WEEKDAY}|{FULL_MONTH})|{WEEKDAY})\b)"
)

_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|In|since|Since|by|until|from|for|during|before|after|through|of|early|late|"
    r"mid|around|circa|the|its|their|his|her|a|In|into)\s+(?:the\s+)?|mid-|"
    r"\b(?:[Bb]y|[Ii]n|until|before|since|from)\s+(?:about|roughly)\s+)$")

#: "into" or "well into" before a year: how far something lasts ("will be felt well into 2027").
_INTO_BEFORE = re.compile(r"\b(?:(?:well|far|deep) )?into $")
#: What ends such a clause after the year (so the year is no modifier: "into 2025 territory").
_INTO_END = re.compile(r"\s*(?:[.,;:!?\"”]|$|(?:and|but|as|while|because|so)\b)")
#: What makes "into" no end of a lasting: a particle ("drag on into") or a span ("from X into").
_INTO_NOT_AFTER = re.compile(r"\b(?:on|up|from|From)\s+(?:\S+\s+)?(?:(?:well|far|deep) )?into $")

_MONTH_CONTEXT_BEFORE = re.compile(
    r"\b(?:in|In|since|Since|until|by|from|during|before|after|through|of|to|early|late|"
    r"mid|Until|By|During|Before|After|as early as|as late as|as soon as)\s+$")

_YEAR_BAD_AFTER = re.compile(r"^(?:\s*(?:%|percent|per|[-–]\w)|,\d|\.\d|"
                             r"\s+(?!(?:as|was|has|is|this|its|his|thus|whereas|plus|always|"
                             r"perhaps|across|unless|towards|afterwards|besides|less)\b)"
                             r"(?:[a-z]+s)\b)")

#: What must come around a year before 1800 (a count is more likely than a year):
#: a preposition of time before, and a break or a word that opens no noun after ("was made
#: around 1640 and", "built in 1625,").
_OLD_YEAR_BEFORE = re.compile(r"\b(?:[Ii]n|[Ss]ince|around|circa|c\.|[Ff]rom|until|before|"
                              r"after|by)\s+$")
_OLD_YEAR_AFTER = re.compile(r"(?:[.,;:!?)]|\s+(?:and|but|by|when|during|under|before|after|"
                             r"until|as|AD|BC|CE|BCE)\b|$)")

#: An event named by its year ("the earthquake of 1755", "the Revolution of 1688").
_EVENT_OF = re.compile(r"\b(?:[Ee]arthquake|[Ff]ire|[Ff]loods?|[Rr]evolution|[Ww]ar|[Ss]iege|"
                       r"[Bb]attle|[Pp]lague|[Ff]amine|[Uu]prising|[Rr]ebellion|[Ee]ruption|"
                       r"[Ss]torm|[Hh]urricane|[Tt]sunami|[Tt]reaty|[Cc]oup|[Ii]nvasion|[Rr]iots?|"
                       r"[Ee]xpedition|[Ee]pidemic|[Cc]onquest|[Cc]rash|[Pp]anic|[Cc]risis)"
                       r" of $")

_EVENT_MODIFIER_AFTER = re.compile(r"^\s+[a-z][a-z-]+")

_PERIOD_LABEL = re.compile(r"\s+(?:fiscal|financial|academic|school|tax|budget|model)\s+years?\b|"
                           r"\s+(?:season|term|budget|campaign|school year)s?\b", re.I)

#: Where a date mention can begin (besides digits).
_DATE_STARTS = starters(
    [name.lower() for name in MONTH_NAMES[1:]] + [name[:3].lower() for name in MONTH_NAMES[1:]]
    + ["sept", "early", "mid", "late", "from", "between", "new year's", "new year’s",
       "christmas", "halloween", "valentine's", "valentine’s", "boxing", "last", "this",
       "past", "next", "yesterday", "tomorrow", "tonight", "earlier today", "the end",
       "spring", "summer", "autumn", "fall", "winter", "the weekend"]
    + [day.lower() for day in WEEKDAYS])

#: "October last year": a month whose year is given relatively.
_WHICH_YEAR = re.compile(r"\s+(last|this|next)\s+year\b", re.I)

#: A wire dateline that opens a sentence ("PRAGUE, Oct 2 (Reuters) -"): its date is when
#: the story was filed, not the date of anything the sentence states.
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z.'’ ]+,\s+[^()\n]{1,24}?\s*\([A-Za-z .]+\)"
                            r"\s*[-–—]+\s*")


#: A second month with its year after a bare one ("March or April 2019").
_SHARED_YEAR = re.compile(rf"\s+(?:or|and|to)\s+(?:{FULL_MONTH})\s+((?:19|20)\d\d)\b")


def opening_dateline_end(text: str) -> int:
    """Where a dateline that opens ``text`` ends (0 when there is none): "RIVERTON — ",
    "KESTRAVIK, June 4 - ", "PRAGUE, Oct 2 (Reuters) - "."""
    from quiz.generate.article import dateline_end

    match = _WIRE_DATELINE.match(text)
    return max(match.end() if match else 0, dateline_end(text))


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Every date mention in ``text`` that can be stated as an answer."""
    if published is not None and not _reads_publication(text):
        published = None  # the same mentions whatever the publication date: one cache entry
    return list(_find_dates(text, published))


#: Kinds of date read from the text alone, without the publication date or an earlier year.
_FIXED_KINDS = frozenset({"dmy", "mdy", "iso", "slash", "my", "range", "year", "oldrange",
                          "oldyear", "bc"})

#: The kinds a medieval year is read as.
_OLD_KINDS = {"oldrange": "range", "oldyear": "year"}


@functools.lru_cache(maxsize=8192)
def _reads_publication(text: str) -> bool:
    """Whether the dates of ``text`` depend on the publication date: a relative date, a
    day or month without a year, a holiday, a day's event ("Sunday's vote")."""
    return " ago" in text or "vernight" in text or ("'s" in text or "’s" in text) and \
        _DAY_EVENT.search(text) is not None or \
        any(match.lastgroup not in _FIXED_KINDS for match in _date_matches(text))


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
        if text.startswith(" of ", match.start() - 4):
            mention = with_part_of_month(mention, text)  # "the last week of August"
        if mention.when is not None:
            context_year = mention.when.year
        if mentions and _WEEKDAY_BEFORE_DATE.fullmatch(text, mentions[-1].start, mention.start) \
                and mention.kind is AnswerKind.FULL_DATE and mention.when is not None:
            # "on Sunday 12 July": one date, the weekday names the day the date gives (read
            # alone, the weekday was resolved against the publication date, to another day)
            mention = replace(mention, start=mentions[-1].start,
                              accept=unique_forms((*mention.accept, text[
                                  mentions[-1].start:mention.end].rstrip(","))))
            mentions[-1] = mention
            continue
        if mentions and mention.kind is AnswerKind.DAY_MONTH and \
                mentions[-1].when is not None and \
                _WEEKDAY_BEFORE_DATE.fullmatch(text, mentions[-1].start, mention.start):
            day = _weekday_date(mentions[-1].when, mention.value)
            if day is not None:  # "On Tuesday, March 3, X": the date whose weekday is named,
                # in the year nearest the publication (not the Tuesday the weekday alone gave)
                full = full_mention(mentions[-1].start, mention.end, mention.answer, day)
                mentions[-1] = replace(full, answer=format_date(day), accept=unique_forms((
                    *full.accept, full.answer, text[mentions[-1].start:mention.end],
                    *mention.accept)), relative=True)
                continue
        mentions.append(mention)
    if published is not None and ("'s " in text or "’s " in text):
        mentions.extend(_day_events(text, published, mentions))
        mentions.sort(key=lambda m: m.start)
    if published is not None and " ago" in text:
        mentions.extend(_years_ago_mentions(text, published, mentions))
        mentions.sort(key=lambda m: m.start)
    if mentions and (" earlier" in text or " later" in text or " before" in text or
                     " following " in text or " next " in text or " previous " in text or
                     " preceding " in text):
        offsets = [*offset_year_mentions(text, mentions),  # "two years earlier"
                   *offset_day_mentions(text, mentions)]  # "the following day"
        if offsets:
            mentions = sorted([*mentions, *offsets], key=lambda m: m.start)
    if published is not None and "vernight" in text:
        mentions.extend(overnight_mentions(text, published))
        mentions.sort(key=lambda m: m.start)
    return tuple(mentions)


def _weekday_date(resolved: dt.date, value: str) -> dt.date | None:
    """The date of month and day ``value`` ("--03-03") on the weekday of ``resolved`` (a
    weekday resolved against the publication day) in the year nearest it, or ``None``."""
    month, day = int(value[2:4]), int(value[5:7])
    for year in (resolved.year, resolved.year - 1, resolved.year + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date.weekday() == resolved.weekday() and abs((date - resolved).days) < 200:
            return date
    return None


#: A weekday mention and the date right after it ("Sunday 12 July", "Sunday, July 12").
_WEEKDAY_BEFORE_DATE = re.compile(rf"{WEEKDAY},?\s+")


@functools.lru_cache(maxsize=8192)  # the publication date varies more than the sentences
def _date_matches(text: str) -> tuple[re.Match[str], ...]:
    """Where :data:`_MENTION` matches ``text``, before any reading of the matches."""
    return tuple(anchored_matches(_MENTION, text, _DATE_STARTS))


_DAY_EVENT = re.compile(rf"\b{WEEKDAY}(?=['’]s\s)")


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
        mention = relative_mention(match.start(), match.end(), match.group(), text, published,
                                   None)
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
                    clause_tense(text, mention.start) == "past" and \
                    (latest is None or mention.when > latest):
                latest = mention.when
    return latest


_YEAR_DIGITS = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def latest_named_year(texts: list[str]) -> int | None:
    """The latest year ``texts`` name as the story's own time ("It is the third eruption of
    2025", "Last month X reported a loss for the first quarter of 2025"), or ``None``: the
    year of a story filed without one. Only a year in a sentence that speaks of the present
    or of a recent day counts ("The town last flooded in 2019" may be years before the
    story); years of the future ("will open in 2027"), of a target ("by 2030"), of a noun's
    name ("the 2028 Olympics") and bounds ("since 2019") are left out."""
    latest: int | None = None
    for text in texts:
        if not _YEAR_DIGITS.search(text):
            continue
        for mention in find_dates(text, None):
            if mention.when is None or mention.relative or mention.modifier or \
                    mention.kind is AnswerKind.YEAR_RANGE or \
                    _TARGET_BEFORE.search(text, max(0, mention.start - 12), mention.start) or \
                    clause_tense(text, mention.start) == "future" or \
                    not _NOW.search(_sentence_around(text, mention.start)):
                continue
            if latest is None or mention.when.year > latest:
                latest = mention.when.year
    return latest


#: Words that tie a sentence to the story's own time: a present tense, a recent day.
_NOW = re.compile(rf"\b(?:is|are|has|have|so far|this year|this month|last month|last week|"
                  rf"yesterday|today|{WEEKDAY})\b", re.I)


def _sentence_around(text: str, at: int) -> str:
    """The sentence of ``text`` (a paragraph) that ``at`` is in."""
    start = text.rfind(". ", 0, at) + 1
    end = text.find(". ", at)
    return text[start:end if end >= 0 else len(text)]


#: A year that bounds or aims rather than dates: "by 2030", "until 2027", "target for 2026",
#: "the fastest pace since 2019".
_TARGET_BEFORE = re.compile(r"\b(?:by|until|before|through|for|to|since|after)\s+(?:the\s+end\s+of\s+)?"
                            r"(?:\S+\s+)?$", re.I)


def _mention(match: re.Match[str], text: str, published: dt.date | None,
             context_year: int | None) -> DateMention | None:
    kind_name = _OLD_KINDS.get(match.lastgroup or "", match.lastgroup)
    span = match.group()
    start, end = match.start(), match.end()
    if kind_name in _RECURRING_KINDS and _recurs(kind_name, span, text, start, end):
        return None  # "usually swim up rivers in the autumn": a time that recurs, no date
    if kind_name == "hyear" or kind_name == "that":
        kind_name = "holiday"
    if kind_name in ("dmy", "mdy", "iso"):
        date = parse_date(span.rstrip(",").strip() if kind_name != "iso" else span)
        if date is None:
            return None
        return _with_modifier(full_mention(start, end, span, date), text)
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
            return full_mention(start, end, span, dt.date(year, month, day))
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
        full = full_mention(start, end, span, date)
        name = match.group("holiday")
        return DateMention(start, end, AnswerKind.FULL_DATE, f"{name} {year_number}",
                           unique_forms((name, f"{name} {year_number}", span, full.answer,
                                         *full.accept)), full.value, date)
    if kind_name == "my":
        month_text, year_text = span.rsplit(None, 1)
        month = month_number(month_text.split("-")[-1].split()[-1].rstrip(","))
        if not month:
            return None
        return month_year_mention(start, end, span, int(year_text), month)
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
                           unique_forms((span, core, f"{first}–{last}", f"{first} to {last}",
                                         f"from {first} to {last}",
                                         f"between {first} and {last}")),
                           f"{first}/{last}", dt.date(first, 1, 1)), text)
    if kind_name == "dm":
        parts = span.replace(",", "").split()
        month = month_number(parts[0]) or month_number(parts[-1])
        day = int(re.sub(r"\D", "", parts[-1] if month_number(parts[0]) else parts[0]))
        if not month:
            return None
        tense = clause_tense(text, start) if published is not None else ""
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
            full = full_mention(start, end, span, date)
            return DateMention(start, end, AnswerKind.FULL_DATE, format_date(date),
                               unique_forms((span, *full.accept)), full.value, date, relative=True)
        name = MONTH_NAMES[month]
        return DateMention(start, end, AnswerKind.DAY_MONTH, span,
                           unique_forms((f"{name} {day}", f"{day} {name}",
                                         f"{name[:3]}. {day}", f"{name[:3]} {day}")),
                           f"--{month:02d}-{day:02d}", None)
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
                return DateMention(start, end, AnswerKind.MONTH, span, unique_forms((span, name)),
                                   f"--{month:02d}", None)
            year = published.year + {"last": -1, "this": 0, "next": 1}[which.group(1).lower()]
            mention = month_year_mention(start, end, span, year, month)
            return DateMention(start, end, AnswerKind.MONTH_YEAR, mention.accept[0],
                               unique_forms((span, *mention.accept)), mention.value, mention.when,
                               relative=True)
        shared = _SHARED_YEAR.match(text, end)
        if shared is not None:  # "in March or April 2019": the second month's year is the first's
            mention = month_year_mention(start, end, span, int(shared.group(1)), month)
            return DateMention(start, end, AnswerKind.MONTH_YEAR, mention.accept[0],
                               unique_forms((span, name, *mention.accept)), mention.value,
                               mention.when)
        tense = clause_tense(text, start) if published is not None else ""
        if tense == "past" and ends_ongoing_state(text, start):
            tense = "future"  # "has suspended the train until late October"
        if published is not None and (tense or month == published.month):
            year = published.year if month <= published.month else published.year - 1
            if tense == "future":
                year = published.year if month >= published.month else published.year + 1
            mention = month_year_mention(start, end, span, year, month)
            part = "mid-" if span.startswith("mid-") else ""  # "in mid-July": the middle
            return DateMention(start, end, AnswerKind.MONTH_YEAR, f"{part}{mention.accept[0]}",
                               unique_forms((span, name, *mention.accept)), mention.value,
                               mention.when, relative=True)
        return DateMention(start, end, AnswerKind.MONTH, span, unique_forms((span, name)),
                           f"--{month:02d}", None)
    if kind_name == "bc":  # "buried around 1,300 BC": a year before the era, no date to order
        number = span.split()[0]
        forms = (span, f"{number.replace(',', '')} BC", f"{number} BCE",
                 f"{number.replace(',', '')} BCE")
        return DateMention(start, end, AnswerKind.YEAR, span, unique_forms(forms),
                           f"-{number.replace(',', '')}", None)
    if kind_name == "year":
        before = text[max(0, start - 12):start]
        after = text[end:end + 16]
        context = _YEAR_CONTEXT_BEFORE.search(before)
        if context is None or _YEAR_BAD_AFTER.match(after):
            return None
        year = int(span)
        if year < 1800 and not ((_OLD_YEAR_BEFORE.search(before) or
                                 before.endswith(" of ") and
                                 _EVENT_OF.search(text, max(0, start - 30), start)) and
                                _OLD_YEAR_AFTER.match(after)):
            return None  # "around 1500 people": a count; "made around 1640 and": a year
        if year > 2100:
            return None
        modifier = context.group().strip().lower() in ("the", "its", "their", "his", "her", "a")
        if modifier and not _EVENT_MODIFIER_AFTER.match(after):
            return None
        into = _INTO_BEFORE.search(before) if before.endswith("into ") else None
        if into is not None and (not _INTO_END.match(text, end) or
                                 _INTO_NOT_AFTER.search(text, max(0, start - 40), start)):
            return None  # "fell into 2025 territory", "drag on into 2027", "ran from 1999
            # into 2003": no plain "lasts until"
        if into is not None:  # "well into 2027": asked as how far something lasts
            written = f"{before[into.start():]}{span}"
            return DateMention(start - len(before) + into.start(), end, AnswerKind.YEAR,
                               written, (span, f"into {span}"), span, dt.date(year, 1, 1))
        if before.endswith("mid-") and not modifier:  # "by mid-2026": the middle of the year
            return DateMention(start - 4, end, AnswerKind.YEAR, f"mid-{span}",
                               (span, f"mid {span}", f"the middle of {span}"), span,
                               dt.date(year, 7, 1))
        return DateMention(start, end, AnswerKind.YEAR, span, (), span, dt.date(year, 1, 1),
                           modifier=modifier)
    if kind_name == "season":
        return season_mention(start, end, span, text, published)
    if kind_name == "rel":
        if span[:4].lower() in ("last", "next", "this", "past") and (
                _NOT_RELATIVE_BEFORE.search(text, max(0, start - 6), start) or
                text.startswith(" of ", end)):
            return None  # "over the last year", "the last week of the campaign": a stretch of
            # time, not the week or year before the story
        relative = relative_mention(start, end, span, text, published, context_year)
        return _with_modifier(relative, text) if relative is not None else None
    return None


def _years_ago_mentions(text: str, published: dt.date,
                        found: list[DateMention]) -> Iterator[DateMention]:
    """"two years ago", "14 months ago", "three weeks ago", "five days ago": counted back
    from publication and answered as that year, month, week or day."""
    for match, number in _counted_agos(text):
        start, end = match.span()
        if not any(m.start < end and start < m.end for m in found):
            yield _ago_mention(start, end, match.group(), published, number,
                               match.group("unit"))


def _counted_agos(text: str) -> Iterator[tuple[re.Match[str], int]]:
    """Each "N <unit>s ago" of ``text`` that dates an event, with its count."""
    for match in _AGO.finditer(text):
        start = match.start()
        if _ROUGHLY_BEFORE.search(text, max(0, start - 12), start) or \
                _COMPARED_BEFORE.search(text, max(0, start - 30), start):
            continue  # "some 40 years ago": no year to answer with; "up from 5% a year
            # ago": the time of a figure compared with, not of an event
        count = match.group().split()[0].lower()
        number = int(count) if count.isdigit() else _AGO_WORDS[count]
        if number <= _AGO_LIMITS[match.group("unit")]:  # "50 years ago" is rarely meant to
            # the year
            yield match, number


def _ago_mention(start: int, end: int, span: str, published: dt.date, number: int,
                 unit: str) -> DateMention:
    """The date ``number`` ``unit``s before ``published``, as its year, month, week or day."""
    if unit == "year":
        year = published.year - number
        return DateMention(start, end, AnswerKind.YEAR, str(year),
                           unique_forms((span, f"in {year}")), str(year), dt.date(year, 1, 1),
                           relative=True)
    if unit == "month":
        months = published.year * 12 + published.month - 1 - number
        mention = month_year_mention(start, end, span, months // 12, months % 12 + 1)
        return DateMention(start, end, AnswerKind.MONTH_YEAR, mention.accept[0],
                           unique_forms((span, *mention.accept)), mention.value, mention.when,
                           relative=True)
    if unit == "week":
        return week_mention(start, end, span, published, -7 * number)
    date = published - dt.timedelta(days=number)
    return DateMention(start, end, AnswerKind.FULL_DATE, format_date(date),
                       unique_forms((span, *date_forms(date))), date.isoformat(), date,
                       relative=True)


#: A comparison before "N units ago": "than", "compared with", "from 3.4%".
_COMPARED_BEFORE = re.compile(r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|"
                              r"from\s+(?:about\s+|around\s+)?[$€£¥]?\d[\d.,]*\s*"
                              r"(?:%|per\s?cent|[a-z]+)?)\s+$", re.I)

_ROUGHLY_BEFORE = re.compile(r"\b(?:about|some|around|roughly|nearly|almost|over|more than|"
                             r"less than|at least|up to)\s+$", re.I)


_DETERMINER_END = re.compile(r"\b(?:the|its|their|a)\s+$")

#: "the last year", "its next week": a determiner makes "last year" a stretch of time.
_NOT_RELATIVE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|this|that)\s+$", re.I)


#: Kinds of mention that can name a time that recurs: a month, a season, a day of a month
#: or a weekday without a year.
_RECURRING_KINDS = frozenset({"month", "season", "dm", "rel"})


def _recurs(kind_name: str, span: str, text: str, start: int, end: int) -> bool:
    """Whether a month, season, day or weekday without a year is a habitual time."""
    if kind_name == "rel" and span.capitalize() not in WEEKDAYS and \
            not span.endswith("weekend") or \
            kind_name == "season" and span[-1].isdigit() or \
            kind_name == "month" and _WHICH_YEAR.match(text, end):
        return False  # "last week", "the spring of 2024", "October last year": one time
    if kind_name in ("month", "season") and text.endswith(("in ", "in the ", "during ", "by the ",
                                                           "until the "), 0, start) and \
            tenseless_sentence(text, start):
        return True  # "Tourists flock to the island in the summer": a season that recurs
    return is_habitual(text, start, end, clause_tense)


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


_ON_WEEKDAY = re.compile(rf"(?:\b[Oo]n |\bsince |\buntil |\b[Tt]he early hours of |"
                         rf"\b[Tt]he (?:night|morning|evening|afternoon) of |\b(?:early|late) |"
                         rf"\bfor )(?P<day>{WEEKDAY})\b(?!['’])")


#: A perfect tense before "since" ("had left the floor unmonitored since", "has been
#: closed since"): the state began on the day.
_PERFECT_BEFORE = re.compile(r"\b(?:had|has|have)\s+(?:been\s+)?(?:[a-z]+ly\s+)?[a-z]+"
                             r"[^.;:,]*?\bsince\s+$")


@functools.lru_cache(maxsize=4096)
def undated_weekdays(text: str) -> tuple[DateMention, ...]:
    """"on Sunday", "in the early hours of Sunday", "(had been closed) since Sunday", "(was
    not found) until Sunday" in a story with no publication date, for a past event (what the
    story reports) or one it says is to come ("plans to reopen on Tuesday"): the day as the
    story names it, answered as the weekday. The day has no date, so it is no
    :func:`find_dates` mention (nothing to order or compare by)."""
    found = []
    for match in _ON_WEEKDAY.finditer(text):
        at = match.start("day")
        if text.startswith("since ", at - 6) and \
                not _PERFECT_BEFORE.search(text, max(0, at - 90), at):
            continue  # "had been unmonitored since Thursday"; not "rose 5% since Monday"
        first_on = text.startswith("until ", at - 6)
        if first_on and negated_until(text, at) is None:
            continue  # "closed until Monday": an end, not a day something happened
        if first_on or clause_tense(text, at) in ("past", "future"):
            day = match.group("day")
            found.append(DateMention(at, match.end(), AnswerKind.WEEKDAY, day,
                                     (f"on {day}",), f"--{day}", None))
    return tuple(found)


#: "next week", "last month", "next spring", "(until) the end of next month" in a story
#: without a publication date.
#: (Not after a word of comparison: "down on last year", "more than last year".)
_UNDATED_RELATIVE = re.compile(r"(?<![\w-])(?<!\bon )(?<!\bthan )(?<!\bfrom )(?<!\bwith )"
                               r"(?<!\bsince )(?<!\bover )(?<!like )(?<!\bto )(?<!\bof )"
                               r"(?<!\bthe )(?<!\bits )(?<!\btheir )"
                               r"(?:(?:[Nn]ext|[Ll]ast|(?<![Tt]he )(?:[Ee]arlier|[Ll]ater) this) "
                               r"(?:week|month|year|spring|summer|autumn|winter)"
                               r"\b(?![-'’])(?! of\b)|(?:(?<=\bby )|(?<=\buntil ))the end of "
                               r"(?:the|this|next) (?:year|month|week)\b(?![-'’]))")

#: "next weekend", "this weekend", "over the weekend", "at the weekend" in such a story.
_UNDATED_WEEKEND = re.compile(r"(?:\b(?<!\bthe )(?<!\bof )(?:[Nn]ext|[Ll]ast|[Tt]his)|"
                              r"(?<=\b[Oo]ver )the|(?<=\b[Aa]t )the) weekend\b(?![-'’])")


@functools.lru_cache(maxsize=4096)
def undated_relatives(text: str) -> tuple[DateMention, ...]:
    """"next week", "last month", "earlier this month", "by the end of the year", "two years
    ago" in a story with no publication date: the time as the story names it (no date to
    order or compare by, like :func:`undated_weekdays`), for a future "next", "later this" or
    deadline, a past "last", "earlier this" and an "ago" only ("will meet next week", "signed
    him last month", "will decide by the end of the year", "was stolen two months ago")."""
    found = []
    matches = list(_UNDATED_RELATIVE.finditer(text))
    if "weekend" in text:
        matches.extend(_UNDATED_WEEKEND.finditer(text))
    for match in matches:
        span = match.group()
        if span[0] in "LNE":
            span = span[:1].lower() + span[1:]  # "Last year, the council ...": fronted
        tense = clause_tense(text, match.start())
        if tense == ("past" if span.startswith(("last", "earlier")) else
                     "future") or span.endswith(("this weekend", "the weekend")) and \
                (tense or span.endswith("this weekend")):  # "by the end of the year" is a
            # deadline to come; "this weekend", "at the weekend" are past or to come as the
            # clause says ("this weekend" is one weekend whatever the clause's tense)
            if span.endswith("weekend") and is_habitual(text, match.start(), match.end(),
                                                        clause_tense):
                continue  # "The market usually opens at the weekend": every weekend
            found.append(DateMention(match.start(), match.end(), AnswerKind.WEEKDAY, span,
                                     (), f"--{span}", None))
    if " ago" in text:
        for match, _ in _counted_agos(text):  # "became a grandmaster two years ago": the
            # time as the story names it
            span = match.group()
            span = span[:1].lower() + span[1:]
            found.append(DateMention(match.start(), match.end(), AnswerKind.WEEKDAY, span, (),
                                     f"--{span}", None))
    return tuple(sorted(found, key=lambda m: m.start))


def dates_by_sentence(article: Article) -> dict[int, list[DateMention]]:
    """The date mentions of every running-text sentence, by sentence index."""
    return {s.index: find_dates(s.text, article.published) for s in article.sentences
            if not s.is_heading}


def sentence_dates(article: Article, found: dict[int, list[DateMention]] | None = None
                   ) -> Iterator[tuple[Sentence, list[DateMention]]]:
    """Each running-text sentence with its date mentions (from ``found`` when given)."""
    for sentence in article.sentences:
        if not sentence.is_heading:
            yield sentence, (found[sentence.index] if found is not None
                             else find_dates(sentence.text, article.published))
