"""Dates stated relative to the publication day ("last Tuesday", "next spring") and the tense
of the clause that decides which way an unstated year points."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

from quiz.generate.date_forms import (
    DateMention, WEEKDAYS, date_forms, format_date, month_number, month_year_mention,
    unique_forms, week_mention, weekend_mention,
)
from quiz.generate.date_presents import present_fixture
from quiz.generate.facts import AnswerKind

_FUTURE = re.compile(r"\b(?:will|'ll|shall|would|look(?:s|ing)? forward|next|upcoming|"
                     r"(?:is|are|was|were|been)\s+(?:\w+\s+)?(?:scheduled|set|due|expected|"
                     r"planned|slated|forecast|predicted)|plans? to|planned to|(?<!had )expect(?:s|ed)?\s+(?:\w+\s+){0,3}?to|"
                     r"is to|are to|due to|going to|"
                     r"(?:begins|starts|opens|closes|ends|expires|resumes|runs|takes effect|"
                     r"comes into force|goes on sale|launches|kicks off))\b", re.I)

#: Rarer markers of the future, looked for only when one of their words is in the clause
#: (:data:`_FUTURE_GATE`): a wish or an obligation ("hope to", "must", "has until"), a
#: schedule without "is" ("results expected on Monday"), a start in the present ("tickets
#: go on sale on Friday").
_MORE_FUTURE = re.compile(r"\b(?:(?:expected|due|scheduled|slated)\s+(?:on|in|for|by|next|"
                          r"later)|(?:hopes?|aims?|intends?|wants?|seeks?|is seeking|"
                          r"are seeking) to|(?:has|have) until|must|(?:has|have|needs?) to|"
                          r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?:take effect|come into force|"
                          r"go on sale)(?= on | in ))\b", re.I)
_FUTURE_GATE = re.compile(r"xpected |due |cheduled |lated |hope|aim|intend|want|seek| until|"
                          r"must|has to|have to|need|effect|force|on sale")

#: "earlier this week", "Later this week": the half of the week it means.
_EARLIER_OR_LATER = re.compile(r"(?:^|(?<=\s))(?:[Ee]arlier|[Ll]ater)\s+$")

#: A bound before a day ("until Friday", "by Sunday").
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|by)\s+(?:at\s+least\s+)?$", re.I)

#: An infinitive or a modal earlier in the clause of "until <day>" ("told to stay in port
#: until Thursday", "would stay closed until Monday"): the end of a state to come.
_TO_HOLD_UNTIL = re.compile(r"(?:\bto\s+[a-z]{2,}|\b(?:will|would|must|should|could|'ll))"
                            r"\b[^,;:.]{0,60}?\b(?:until|till)\s+(?:at\s+least\s+)?$", re.I)

#: A present perfect or present state before "until" ("has suspended the train until late
#: October", "have been closed until", "is shut until", "has banned exports until the end
#: of March"): the state still holds, so its end is to come.
_ONGOING_UNTIL = re.compile(r"\b(?:(?:has|have)\s+(?:also\s+|already\s+|now\s+)?(?:been\s+)?"
                            r"(?:\w+ly\s+)?[a-z]+(?:ed|en|t|wn)|"
                            r"(?:is|are)\s+(?:also\s+|now\s+|still\s+)?(?:\w+ly\s+)?(?:closed|shut|"
                            r"suspended|banned|"
                            r"halted|paused|postponed|delayed|extended))\b"
                            r"[^.;:,]*?\b(?:until|till)\s+(?:early\s+|mid-|late\s+|the\s+(?:(?:first|"
                            r"second|third|fourth|last|final)\s+(?:week|fortnight|half)|start|"
                            r"beginning|middle|end)\s+of\s+)?$", re.I)


def ends_ongoing_state(text: str, start: int) -> bool:
    """Whether the time at ``start`` ends a state that still holds ("has suspended its
    night train until late October"): a time to come, whatever past forms the clause has."""
    if "until " not in text and "till " not in text:
        return False
    return _ONGOING_UNTIL.search(text, max(0, start - 120), start) is not None


#: A negated verb group before "until" ("was not scheduled until", "did not pay the fee
#: until", "won't reopen until"): what first happened then; "neg" is the negation, "plan" a
#: verb of scheduling (whose date is the one planned for).
_NEGATED_UNTIL = re.compile(r"\b(?:was|were|is|are|did|does|do|had|has|have|could|will|would|"
                            r"should)(?P<neg> not|n't)\s+(?:been\s+|be\s+)?(?:(?P<plan>scheduled|"
                            r"planned|due|expected|set|slated|booked)|[a-z]+)"
                            r"(?:\s+(?!until\b)[\w'’\"“”-]+){0,6}?\s+until\s+$")


def negated_until(text: str, start: int) -> re.Match[str] | None:
    """The negated verb group of "not ... until" before the time at ``start`` ("was not
    found until 2019": found in 2019), or ``None``."""
    if "not " not in text and "n't " not in text:
        return None
    return _NEGATED_UNTIL.search(text, max(0, start - 90), start)


#: Verbs that put something off to a later day ("adjourned the case until Friday").
_PUT_OFF = re.compile(r"\b(?:adjourned|postponed|delayed|deferred|extended|suspended|"
                      r"pushed back|put off|moved)\b", re.I)

#: A plan of the past ("had been due to sail", "had planned to"): the day it names is past.
_PAST_PLAN = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+\s+)?(?:due|scheduled|set|expected|planned|"
                        r"slated|hoped|intended|wanted)\b", re.I)

#: Words that put a clause in the past besides a simple-past verb.
_PAST_WORDS = frozenset({"had", "has", "have", "was", "were", "since", "ago", "last", "earlier",
                         "previously"})

_SEASON_MONTHS = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}


#: A bound before a season ("by the summer", "until at least the spring").
_SEASON_BOUND = re.compile(r"\b(?:by|until(?: at least)?) the $", re.I)


def season_mention(start: int, end: int, span: str, text: str,
                   published: dt.date | None) -> DateMention:
    """"in the spring": the latest such season before publication (the next one when the
    clause speaks of the future), or the season alone when there is no publication date;
    "in the spring of 2026", "in spring 2026": that season of that year."""
    season, _, stated = span.partition(" of ")
    if not stated and span[-1].isdigit():
        season, _, stated = span.partition(" ")  # "spring 2028"
    name = "autumn" if season == "fall" else season
    if stated:
        year = int(stated)
        return DateMention(start, end, AnswerKind.MONTH_YEAR, f"{name} {year}",
                           unique_forms((span, f"the {span}", f"{season} {year}",
                                         f"{name} {year}")),
                           f"{year}-{name}", dt.date(year, _SEASON_MONTHS[season], 15))
    span = season
    forms = (span, f"the {span}", f"in the {span}")
    tense = clause_tense(text, start) if published is not None else ""
    if tense != "future" and _SEASON_BOUND.search(text, max(0, start - 20), start):
        tense = ""  # "delayed the launch until the summer": a bound set in the past may be
        # past or to come
    if published is None or not tense:  # no publication date, or a clause that does not
        # say whether the season is past or to come ("voted to plant trees in the spring")
        return DateMention(start, end, AnswerKind.MONTH, f"the {span}", unique_forms(forms),
                           f"--{name}", None)
    month = _SEASON_MONTHS[span]
    year = published.year if month <= published.month else published.year - 1
    if tense == "future":
        year = published.year if month >= published.month else published.year + 1
    return DateMention(start, end, AnswerKind.MONTH_YEAR, f"{name} {year}",
                       unique_forms((*forms, f"{span} {year}", f"the {span} of {year}")),
                       f"{year}-{name}", dt.date(year, month, 15), relative=True)


#: Words of a day near the publication day, by their distance from it in days.
_DAY_WORDS = {"yesterday": -1, "tomorrow": 1, "tonight": 0, "today": 0, "morning": 0,
              "afternoon": 0, "evening": 0}


def relative_mention(start: int, end: int, span: str, text: str,
                     published: dt.date | None, context_year: int | None
                     ) -> DateMention | None:
    """A date given relative to the publication day ("last week", "next August", "on
    Tuesday", "the end of the year"), resolved; ``None`` when too loose to ask about."""
    words = span.lower().split()
    if words[:3] == ["the", "end", "of"]:
        unit = words[-1]
        if words[3] == "the" and unit == "year" and context_year is not None:
            return DateMention(start, end, AnswerKind.YEAR, f"the end of {context_year}",
                               unique_forms((span, f"end of {context_year}",
                                             f"December {context_year}",
                                             f"31 December {context_year}")),
                               str(context_year),
                               dt.date(context_year, 12, 31), relative=True)
        if published is None:
            return None
        if unit == "month":
            month_start = published.replace(day=1)
            if words[3] == "last":
                month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
            mention = month_year_mention(start, end, span, month_start.year, month_start.month)
            answer = f"the end of {mention.accept[0]}"
            return DateMention(start, end, AnswerKind.MONTH_YEAR, answer,
                               unique_forms((span, mention.accept[0], *mention.accept)),
                               mention.value, mention.when, relative=True)
        year = published.year - (1 if words[3] == "last" else 0)
        return DateMention(start, end, AnswerKind.YEAR, f"the end of {year}",
                           unique_forms((span, str(year))), str(year), dt.date(year, 12, 31),
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
        mention = month_year_mention(start, end, span, year, month)
        return DateMention(start, end, AnswerKind.MONTH_YEAR, mention.accept[0],
                           unique_forms((span, *mention.accept)), mention.value, mention.when,
                           relative=True)
    if words[-1].capitalize() in WEEKDAYS:
        weekday = WEEKDAYS.index(words[-1].capitalize())
        offset = (published.weekday() - weekday) % 7
        if words[0] == "last" and offset == 0:
            offset = 7
        future = words[0] == "next" or (words[0] != "last" and is_future(text, start))
        if not future and len(words) == 1 and \
                _DEADLINE_BEFORE.search(text, max(0, start - 17), start) and \
                negated_until(text, start) is None:  # ("did not launch X until Tuesday": the
            # day it happened at last)
            if not _PUT_OFF.search(text, max(0, start - 60), start) and \
                    not _TO_HOLD_UNTIL.search(text, max(0, start - 90), start):
                return None  # "was closed until Friday": the last Friday or the next one?
            future = True  # "adjourned the case until Friday", "told to stay in port until
            # Thursday": a later day
        if future:
            offset = -((weekday - published.weekday()) % 7 or 7)
        date = published - dt.timedelta(days=offset)
        day_name = WEEKDAYS[weekday]
        answer = format_date(date)
        return DateMention(start, end, AnswerKind.FULL_DATE, answer,
                           unique_forms((span, day_name, f"on {day_name}", *date_forms(date))),
                           date.isoformat(), date, relative=True)
    if words[-1] in _DAY_WORDS:  # "yesterday", "tomorrow", "early this morning", "tonight"
        date = published + dt.timedelta(days=_DAY_WORDS[words[-1]])
        return DateMention(start, end, AnswerKind.FULL_DATE, format_date(date),
                           unique_forms((span, *date_forms(date))), date.isoformat(), date,
                           relative=True)
    which, unit = words
    if unit == "week" and which in ("last", "next"):
        return week_mention(start, end, span, published, 7 if which == "next" else -7)
    if unit == "week" and which == "this" and \
            _EARLIER_OR_LATER.search(text, max(0, start - 9), start):
        return week_mention(start, end, span, published, 0)  # "earlier this week": its own
        # half of the week says whether it is before or after the day
    if unit == "weekend":
        return _weekend(start, end, span, which, text, published)
    if unit == "week" or unit == "weekend" or which == "past":
        return None  # too loose to ask about ("this week": before or after the day?)
    if unit == "month":
        month_start = published.replace(day=1)
        if which == "last":
            month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
        elif which == "next":
            month_start = (month_start + dt.timedelta(days=32)).replace(day=1)
        mention = month_year_mention(start, end, span, month_start.year, month_start.month)
        return DateMention(start, end, AnswerKind.MONTH_YEAR, mention.accept[0],
                           unique_forms((span, *mention.accept)), mention.value, mention.when,
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
    elif which == "next":  # the next such season to begin: "next spring" written in March
        # (spring's first month) is the spring of the year after
        year = published.year if published.month < month - 1 else published.year + 1
    name = "autumn" if unit == "fall" else unit
    return DateMention(start, end, AnswerKind.MONTH_YEAR, f"{name} {year}",
                       unique_forms((span, f"{unit} {year}", f"the {unit} of {year}")),
                       f"{year}-{unit}", dt.date(year, month, 15), relative=True)


def _weekend(start: int, end: int, span: str, which: str, text: str,
             published: dt.date) -> DateMention | None:
    """"last weekend", "over the weekend", "at the weekend", "this weekend" in a story of a
    weekday: the weekend before it for a past clause, the one after it for a future one
    ("will reopen at the weekend"); ``None`` when that is unsure ("next weekend": the coming
    one or the one after? "this weekend" late in the week, or in a story of a weekend)."""
    if published.weekday() >= 5 or which == "next" or which == "past":
        return None
    if which == "last":
        return weekend_mention(start, end, span, published)
    tense = clause_tense(text, start)
    if tense == "past" and (which == "the" or published.weekday() <= 1):
        return weekend_mention(start, end, span, published)
    if tense == "future" and which in ("the", "this"):
        return weekend_mention(start, end, span, published + dt.timedelta(days=7))
    return None


#: Where a clause ends: punctuation (not the comma inside "1,200") or a conjunction that
#: opens another clause ("... on Tuesday night because forecasters expected ...").


_CLAUSE_EDGE = re.compile(r"(?<!\d),|,(?!\d)|[;:—–]|"
                          r"\s(?:and|but|as|while|after|before|when|because|"
                          r"although|though|whereas|if)\s")


#: Where a clause ends by punctuation alone.
_PUNCTUATION_EDGE = re.compile(r"(?<!\d),|,(?!\d)|[;:—–]")


def set_for(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the day an event is set for ("called a strike for
    Thursday")."""
    return text.endswith("for ", 0, start) and \
        _SET_FOR.search(text, max(0, start - 40), start) is not None


def is_future(text: str, start: int) -> bool:
    """Whether the clause around ``start`` speaks of the future ("will meet on Sunday")."""
    return clause_tense(text, start) == "future"


#: A modal of what may come before the date in its clause ("could take place as early as
#: September", "should be visible in mid-July"): the future, when nothing else marks a tense.
_MODAL = re.compile(r"\b(?:could|may|might|should)\s+(?:also\s+|still\s+|soon\s+|now\s+)?"
                    r"(?!have\b|not\b|never\b|n't\b)[a-z]+\b(?![^,;:]*\b(?:had|was|were)\b)")


@functools.lru_cache(maxsize=8192)
def clause_tense(text: str, start: int) -> str:
    """:func:`_clause_tense`, or "future" for a clause it is unsure of whose verb group before
    the date is a modal ("Oxfam could launch an appeal on Tuesday")."""
    tense = _clause_tense(text, start)
    if tense or not ("could " in text or "may " in text or "might " in text or
                     "should " in text):
        return tense
    lo = max(text.rfind(",", 0, start), text.rfind(";", 0, start), text.rfind(":", 0, start))
    return "future" if _MODAL.search(text, lo + 1, start) else ""  # (to its clause's start:
    # not after the "as" of "could take place as early as September")


def _clause_tense(text: str, start: int) -> str:
    """"future", "past" or "" (unsure) for the clause around ``start``, judged by the nearest
    tense marker before the date (or after it, when there is none before): "will", "is due
    to", "is scheduled for", a present tense of scheduling ("begins on July 1") are future;
    a simple past verb, "had", "since", "last" are past."""
    from quiz.generate.clauses import is_simple_past

    if _SINCE_BEFORE.search(text, max(0, start - 6), start) or text.startswith("since ", start):
        return "past"  # "will be stripped of all results since 9 March": a time "since" names
        # has begun, whatever the tense of the verb
    if present_fixture(text, start):
        return "future"  # "The Tour begins on Saturday", "Leeds are at home to Hull on
        # Sunday": a fixture in the present tense is to come
    if set_for(text, start) and not _PAST_PLAN.search(text, max(0, start - 80), start):
        return "future"  # "called a 24-hour strike for Thursday": the day an event is set for
        # is to come (unless the plan is of the past: "had been set for Monday")
    edges = [m.end() for m in _CLAUSE_EDGE.finditer(text, 0, start)]
    lo = edges[-1] if edges else 0
    following = _CLAUSE_EDGE.search(text, start)
    hi = following.start() if following else len(text)
    complement = _THAT.search(text, start, hi)
    if complement is not None:
        hi = complement.start()  # "to announce on Monday that ferries would face": the
        # that-clause has its own tense
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
    if lo == 0 and following is not None and text.startswith(",", following.start()) and \
            len(text[:start].split()) <= 2:
        # "In January, the government announced plans": an opening adverbial takes the
        # tense of the clause after its comma
        beyond = _PUNCTUATION_EDGE.search(text, following.end())  # (the whole clause:
        # "In January, Oxfam and the Red Cross launched", not up to its "and")
        main = _markers(text, following.end(), beyond.start() if beyond else len(text),
                        is_simple_past)
        if main:
            return main[0][1]
    if lo and _LISTED.match(text, lo):
        return ""  # "will be stripped of all results, including his second place in April":
        # a noun phrase listed, whose time the clause's tense does not give
    # "said X would help workers and set up a programme in March": the verb of a second
    # predicate has no tense of its own; the clause before it gives it
    earlier = _markers(text, 0, lo, is_simple_past) if lo else []
    if earlier and (", which " in text or ", who " in text):
        asides = [aside.span() for aside in _ASIDE.finditer(text, 0, lo)]
        earlier = [mark for mark in earlier
                   if not any(a < mark[0] <= b for a, b in asides)]
        # "approved the plan, which will cost £2 million, in March": the aside's tense is not
        # the clause's
    if earlier and earlier[-1][1] == "future" and _NOUN_PLAN.search(text, 0, earlier[-1][0]):
        # "approved a plan to let hunters cull herds, in a referendum on Sunday": the plan's
        # infinitive is to come, not what the clause after its comma tells
        earlier = [mark for mark in earlier if mark[1] == "past"]
    if earlier and earlier[-1][1] == "past" and _INFINITIVE.search(text, earlier[-1][0], start):
        return ""
    return earlier[-1][1] if earlier else ""


#: A plan named by a noun ("a plan to", "its plans to"), ending where a future marker ends.
_NOUN_PLAN = re.compile(r"\b(?:a|the|its|their|his|her|our)\s+plans?\s+to$", re.I)


def _markers(text: str, lo: int, hi: int, is_simple_past: Callable[[str], bool]
             ) -> list[tuple[int, str]]:
    """Tense markers in ``text[lo:hi]`` as (end, "future" | "past"), in reading order; a
    future marker that contains a past form ("is scheduled") wins over it."""
    futures = [(m.start(), m.end()) for m in _FUTURE.finditer(text, lo, hi)
               if not _RELATIVE_PRESENT.match(text, max(0, m.start() - 6), m.end())]
    # ("the agency that runs the port suspended": a relative clause's present, no schedule)
    clause = text[lo:hi]
    if _FUTURE_GATE.search(clause):
        futures.extend((m.start(), m.end()) for m in _MORE_FUTURE.finditer(text, lo, hi))
        futures.sort()
    if futures and "had " in clause:
        plans = [m.span() for m in _PAST_PLAN.finditer(text, lo, hi)]
        futures = [f for f in futures
                   if not any(a <= f[0] <= b + 4 for a, b in plans)]  # "had been due to"
    found = [(end, "future") for _, end in futures]
    # "will stay closed", "would help affected workers": a past form after a future marker
    # of its clause is a participle, not a past event, so no word from there on is read
    stop = next((a for a, b in futures if not _PRESENT_SCHEDULE.fullmatch(text, a, b)), hi)
    # (a schedule's present, "begins", stops nothing)
    previous = ""
    for m in _LETTERS.finditer(text[lo:hi]):
        at, end = lo + m.start(), lo + m.end()
        if at >= stop:
            break
        word = m.group()
        linked = previous in _LINKING
        previous = word.lower()
        if not linked and (previous in _PAST_WORDS or is_simple_past(word)):
            found.append((end, "past"))
    found.sort()
    return found


_LETTERS = re.compile(r"[A-Za-z]+")

#: The present tenses of a schedule among the future markers ("begins", "takes effect").
_PRESENT_SCHEDULE = re.compile(r"(?:begins|starts|opens|closes|ends|expires|resumes|runs|"
                               r"takes effect|comes into force|goes on sale|launches|kicks off)",
                               re.I)

#: Such a present right after "that", "which" or "who": a relative clause's verb.
_RELATIVE_PRESENT = re.compile(r".*\b(?:that|which|who) (?:begins|starts|opens|closes|ends|"
                               r"expires|resumes|runs|launches)\b")

#: An event that is set for a day ("a strike for Thursday", "the hearing for 12 May").
SCHEDULED_EVENTS = ("strike|walkout|protest|rally|march|demonstration|vote|ballot|election|"
                    "referendum|hearing|trial|meeting|summit|talks|session|debate|match|game|"
                    "final|race|concert|festival|ceremony|launch|opening|premiere|visit|"
                    "funeral|inauguration|conference|flight|kickoff|parade|auction|signing|"
                    "deadline|sentencing|showdown|fixture|clash|tie|meet")
_SET_FOR = re.compile(rf"\b(?:(?:{SCHEDULED_EVENTS})s?|(?:re)?scheduled|set|planned|slated|fixed|"
                      rf"timed|booked|arranged|pencil?led\s+in|postponed|delayed|moved|"
                      rf"(?:brought|put|pushed)\s+(?:forward|back))\s+for\s+$", re.I)

#: A relative clause set off by commas (", which will cost £2 million,").
_ASIDE = re.compile(r", (?:which|who) [^,;:]{3,80}?,")

#: A phrase that lists nouns after a comma ("including his second place").
_LISTED = re.compile(r"\s*(?:including|such as|among them|notably|especially|excluding)\b")

#: "since" right before a date.
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+$")

_THAT = re.compile(r"\sthat\s")

#: An infinitive after a past verb ("voted to provide"), not "to" before a noun phrase (a
#: determiner, or a plural: "closed to visitors", "sold to collectors").
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|"
                         r"some|all|power|date|court|school|office|market|work)\b)"
                         r"(?![a-z]*[^su\W]s\b)[a-z]{3,}\b|"
                         r"\bso that\b|\b(?:chance|risk|hopes?|prospects?)\s+of\b")

#: Verbs after which a past participle is a state or a present passive ("stay closed",
#: "remain shut", "are held in May").
_LINKING = frozenset({"be", "stay", "stays", "remain", "remains", "become", "becomes", "get",
                      "gets", "keep", "keeps", "is", "are", "am"})


#: "overnight" as the adverb of a clause ("were ordered to leave their homes overnight as a
#: wildfire spread"), not a noun's modifier ("an overnight train") nor before its own day
#: ("overnight on Sunday", "overnight into Monday").
_OVERNIGHT = re.compile(r"(?<![Aa]n )(?<![Tt]he )(?<!\bits )(?<!\btheir )\b[Oo]vernight\b"
                        r"(?=\s*(?:[,.;:—–]|$|\s+(?:as|after|when|while|and|but|in|at|from|"
                        r"with|amid|following|because|before|near|across)\b))")


#: A past verb group before "overnight" in its clause ("were ordered to leave their homes",
#: "were killed in air strikes").
_PAST_BEFORE = re.compile(r"\b(?:was|were|had)\s|\b[a-z]{3,}ed\s[^,;:.]*$")


def overnight_mentions(text: str, published: dt.date) -> list[DateMention]:
    """"overnight" in a past clause: the night before the publication day ("More than 600
    residents were ordered to leave their homes overnight", published on 2 July: the night
    of 1 July)."""
    found = []
    for match in _OVERNIGHT.finditer(text):
        if clause_tense(text, match.start()) == "future" or \
                not _PAST_BEFORE.search(text, max(0, match.start() - 80), match.start()):
            continue  # "will be closed overnight", "runs overnight": no night that was
        night = published - dt.timedelta(days=1)
        first = str(night.day) if night.month == published.month else \
            format_date(night).rsplit(" ", 1)[0]
        answer = f"the night of {format_date(night)}"
        forms = (match.group().lower(), answer,
                 f"the night of {first} to {format_date(published)}",
                 f"{WEEKDAYS[night.weekday()]} night", format_date(night), *date_forms(night))
        found.append(DateMention(match.start(), match.end(), AnswerKind.FULL_DATE, answer,
                                 unique_forms(forms), night.isoformat(), night, relative=True))
    return found


def tenseless_sentence(text: str, start: int) -> bool:
    """Whether no word of ``text`` marks a past or a future (a present tense throughout:
    "Tourists flock to the island in the summer", "Pollen counts peak in June"), so a
    month or season without a year in it is one that recurs."""
    from quiz.generate.clauses import is_simple_past

    return clause_tense(text, start) == "" and not _SCHEDULED.search(text) and \
        not _markers(text, 0, len(text), is_simple_past)


#: Present tenses that state a schedule, not a habit ("The bridge reopens in May", "Talks
#: resume in March").
_SCHEDULED = re.compile(r"\b(?:re)?(?:opens?|starts?|begins?|resumes?|ends?|closes?|"
                        r"launch(?:es)?|returns?|arrives?|expires?|finishes|kicks off|"
                        r"takes? effect|comes? into force|goes on sale|runs?|leaves?|"
                        r"departs?|debuts?|premieres?|meets?|votes?|decides?)\b")
