"""Finding the figures of a sentence: counts, amounts, durations, ranges, shares and
percentages, each with its qualifier and what it counts, as a :class:`FigureMention`.

Numbers inside names ("F-35", "COVID-19"), dates and years are not figures.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from quiz.generate.facts import AnswerKind
from quiz.generate.figure_numbers import (
    CURRENCY, CURRENCY_WORDS, DIGITS, DOLLAR_PREFIXES, FRACTION, FRACTION_PARTS, NUMBER_WORDS,
    QUALIFIER, SCALE_WORDS, UNIT_DURATION, VAGUE_NUMBERS, WORD_NUMBER, distinct_forms, number_forms,
    number_value,
)
from quiz.generate.span_scan import anchored_matches, starters


#: Nouns after which "about"/"over" says what something is about, not how many ("a drama
#: about two sisters", "a dispute over three contracts").
_TOPIC_NOUN = re.compile(r"\b(?:drama|film|movie|story|stories|book|novel|documentary|article|"
                         r"report|series|play|song|question|questions|talks|debate|dispute|"
                         r"argument|row|rumours|rumors|claims|doubts|concerns|worries|fears|"
                         r"lawsuit|case|fight|battle|feud|clash)\s+$")

#: Right after "by" and maybe a qualifier: "cut by a third", "raised by nearly a quarter".
_AFTER_BY = "(?:" + "|".join(f"(?<=\\bby {q})" for q in (
    "", "nearly ", "almost ", "about ", "around ", "roughly ", "more than ", "less than ",
    "over ", "just over ", "just under ", "as much as ", "up to ")) + ")"

#: Right after "by": "rejected it by almost three to one" (a margin written as a ratio).
_AFTER_BY_ONLY = r"(?<=\bby )"
#: An ordinal word or number ("fifth", "5th").
_ORDINAL_WORD = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                 r"\d{1,4}(?:st|nd|rd|th))")
#: A verb of a finishing place right before its ordinal ("finished fifth", "came second"):
#: fixed-width look-behinds, one per verb.
_AFTER_RANK_VERB = "(?:" + "|".join(f"(?<=\\b{verb} )" for verb in (
    "finished", "finishes", "finish", "finishing", "placed", "ranked", "ranks", "ranking",
    "ended")) + "|(?<=\\bcame )(?!first\\b))"
#: ("comes first", "came first" are mostly a saying: "the safety of patients comes first")
#: A verb of standing before a place in a table ("who are 14th in the Championship").
_AFTER_STANDING = "(?:" + "|".join(f"(?<=\\b{verb} )" for verb in (
    "is", "are", "was", "were", "lie", "lies", "lying", "sit", "sits", "sitting", "stand",
    "stands", "remain", "remains", "currently", "now")) + ")"
#: A copula and "the" before an ordinal that ranks what the sentence is about among things
#: of its kind in a scope ("It is the fourth outbreak in the county since November", "The
#: Kestrel is the third regional theatre in England to announce closure").
_AFTER_COPULA_THE = "(?:" + "|".join(f"(?<=\\b{verb} the )" for verb in (
    "is", "was", "are", "were", "becomes", "became", "marks", "marked")) + ")"
#: The scope of such a rank: one to three words of its kind, then "to", "in" or "since"; not
#: a part of a time ("the second day of", "the third time in").
_RANKED_IN_SCOPE = (r"(?=\s+(?!(?:time|times|day|week|month|year|round|stage|half|quarter|part|"
                    r"phase|leg|set|session|night|weekend)\b)(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
                    r"\s+(?:to|in|since)\s)")
#: A superlative that makes an ordinal a rank ("the third-largest chain").
_SUPERLATIVE = (r"(?:largest|biggest|highest|lowest|busiest|richest|poorest|oldest|"
                r"longest|most|least|best|worst|smallest|fastest|greatest|deadliest|"
                r"tallest|strongest|wealthiest|youngest|heaviest|hottest|wettest|driest)")

#: A letter: with the digits a branch needs after a number, the look-ahead each branch of
#: :data:`_FIGURE` opens with. Each look-ahead only states what its branch needs anyway, so
#: at a number most branches are given up at once instead of after their qualifiers and
#: look-behinds (the matches are the same).
_LETTER = r"[^\W\d_]"

_FIGURE = re.compile(
    rf"(?P<points>(?={_LETTER}|{DIGITS}\s+(?:percentage|basis))(?:\b(?:half|a\s+quarter|three\s+quarters|a\s+third)\s+(?:of\s+)?an?"
    rf"|\b(?P<pnum>{DIGITS}|{WORD_NUMBER}))\s+(?P<pkind>percentage|basis)\s+points?\b)"
    rf"|(?P<share>(?={_LETTER}|{DIGITS}\s+(?:in|out|of)\s)(?:\b(?P<squal>{QUALIFIER})\s+)?(?:\b{FRACTION}(?=\s+(?:of|the)\b)|"
    rf"(?=(?:a|one|two|three)[\s-]){_AFTER_BY}(?:a|one|two|three)[\s-]+(?:half|third|quarter|fifth|tenth)s?\b"
    rf"(?!\s+(?!(?:in|on|since|from|to|over|last|this|after|compared|and|or|but)\b)[a-z])|"
    rf"\b(?:{DIGITS}|{WORD_NUMBER})\s+(?:in|out\s+of)\s+(?:{DIGITS}\b|{WORD_NUMBER})|"
    rf"\b(?:{DIGITS}|{WORD_NUMBER})\s+of\s+(?:the\s+)?(?:{DIGITS}\b|{WORD_NUMBER})(?!\s*%)))"
    rf"|(?P<tally>(?={_LETTER}|{DIGITS}\s+vote)\b(?:{DIGITS}|{WORD_NUMBER})\s+votes?\s+to\s+(?:{DIGITS}\b|{WORD_NUMBER}))"
    rf"|(?P<range>(?:\b(?P<from>from)\s+(?:a\s+high\s+of\s+|a\s+low\s+of\s+)?|\bbetween\s+)?"
    rf"(?:(?P<r1cur>{CURRENCY})|\b)(?P<r1>{DIGITS}|{WORD_NUMBER})(?P<r1scale>{SCALE_WORDS})"
    rf"(?P<r1pct>\s*%|\s+percent|\s+per\s+cent)?"
    rf"(?:-\s*|\s+)(?:to|and)\s+(?(r1cur)(?:{CURRENCY})?)(?P<r2>{DIGITS}|{WORD_NUMBER})"
    rf"(?P<r2scale>{SCALE_WORDS})"
    rf"(?(r1pct)(?P<rpct>\s*%|\s+percent\b|\s+per\s+cent\b)|"
    rf"(?:(?P<runit>-(?:year|month|week|day|hour)s?(?:-old)?)\b|(?P<rpct2>\s*%|\s+percent\b)|\b)))"
    rf"|(?P<ratio>{_AFTER_BY_ONLY}(?:(?P<rqual>{QUALIFIER})\s+)?\b(?:{DIGITS}|{WORD_NUMBER})"
    rf"(?:\s+to\s+|-to-)(?:one|1)\b(?![\w-]))"
    rf"|(?P<ordinal>(?={_ORDINAL_WORD})(?:{_AFTER_RANK_VERB}\b{_ORDINAL_WORD}(?![\w-])"
    rf"|{_AFTER_STANDING}\b(?!first\b){_ORDINAL_WORD}(?=\s+(?:in|on|overall|place)\b|,)"
    rf"|\b{_ORDINAL_WORD}-{_SUPERLATIVE}\b(?!-)"
    # (not the idiom "in the first place": "Why teach in the first place?")
    rf"|\b(?<!\bin the ){_ORDINAL_WORD}(?=\s+(?:anniversary|consecutive|straight|term|place|"
    r"title)\b)"
    rf"|{_AFTER_COPULA_THE}(?!first\b){_ORDINAL_WORD}{_RANKED_IN_SCOPE}))"
    rf"|(?P<temp>(?={_LETTER}|\d{{1,3}}(?:\.\d)?(?:\s?°|[CF]\b|\s+degrees))(?:\b(?:{QUALIFIER})\s+)?(?:\bminus\s+)?\b\d{{1,3}}(?:\.\d)?"
    rf"(?:\s?°\s?[CF]\b|(?-i:[CF])\b|\s+degrees(?:\s+(?:Celsius|Fahrenheit|centigrade))?\b))"
    rf"|(?P<figure>(?:\b(?P<qual>{QUALIFIER})\s+)?(?P<cur>{CURRENCY})?"
    rf"(?P<num>\b{DIGITS}{SCALE_WORDS}"
    rf"|\b{WORD_NUMBER}(?:\s+(?:hundred|thousand|million|billion))?"
    rf"|\ba\s+(?:dozen|pair\s+of|couple\s+of|hundred|thousand)|\b(?:dozens|scores|hundreds|"
    rf"thousands|millions|billions)\s+of|\ba\s+few|\ba\s+(?={UNIT_DURATION}\b(?!['’]))"
    rf"|\b(?:several))"
    rf"(?P<pct>\s*%|\s+percent\b|\s+per\s+cent)?)",
    re.IGNORECASE,
)

#: The thing an age counts (:func:`~quiz.generate.figure_questions.figure_question` leaves
#: ages to clozes).
AGE = "years of age"

_THING_WORD = re.compile(r"[A-Za-z][\w.'’-]*")

_STOP_THING = frozenset("""
    of in on at by for from to with into over under and or but than that which who as per
    were was are is be been have has had will would could can may might did do does the a an
    its their his her this these those said says after before since during while when
""".split())

_NAME_NUMBER = re.compile(r"(?:[A-Za-z]-\d|\d-[A-Za-z]|[A-Z]{2,}\s?\d|\d[A-Za-z])")

_HYPHEN_END = re.compile(r"[A-Za-z0-9]-$")

_CLOCK_AFTER_DIGIT = re.compile(r":\d")

_CLOCK_BEFORE_DIGIT = re.compile(r"\d:$")

_DURATION_JOIN = re.compile(r"\s*(?:and\s+)?")
#: "2 hours, 0 minutes and 12 seconds": a comma joins a duration's parts when the units
#: grow smaller.
_DURATION_COMMA = re.compile(r",\s*")
_UNIT_RANK = {"century": 7, "decade": 6, "year": 5, "month": 4, "week": 3, "day": 2,
              "hour": 1, "minute": 0, "second": -1}

_OF_END = re.compile(r"\s+of$")

_DURATION_WORD = re.compile(UNIT_DURATION)

_ORDINAL_SUFFIX = re.compile(r"\s*(?:st|nd|rd|th)\b")

_FOUR_DIGITS = re.compile(r"\d{4}")

#: "a year after", "a decade earlier": a duration that dates something relatively.
_RELATIVE_TIME_AFTER = re.compile(r"\s*\w+\s+(?:after|before|later|ago|earlier)\b")

_CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.m\.|[ap]m\b|o['’]clock\b|GMT\b|UTC\b)", re.I)

_NAMED_BEFORE = re.compile(r"(?:^|\s)(?:the|The|a|A|an|An|its|their)\s+$")

_REFERS_BACK = re.compile(r"(?:^|\s)(?:the|The|these|those|its|their)\s+$")

#: A number that labels rather than counts ("the number nine shirt", "No. 4").
#: A number in digits of a hundred or more, which after "the" or "its" still states a count
#: ("its 870 stores", "the 19,400 respondents"): smaller ones there point back ("the two
#: sides", "finished the 13 rounds").
_STATED_AFTER_DETERMINER = re.compile(r"\d[\d,]*\d\d(?:\.\d+)?(?:\s+(?:million|billion))?$")

_LABEL_BEFORE = re.compile(r"(?:\b[Nn]umber|\bNo\.|#)\s*$")

#: A vague quantity inside a bigger one ("tens of thousands"): no figure of its own.
_PART_OF_VAGUE = re.compile(r"\b(?:tens|hundreds|dozens)\s+of\s+$", re.I)

#: "-year-old" after an age, and a person's name after it (a nationality or a role may come
#: between): "seventeen-year-old Indian grandmaster Kavya Raman".
_YEAR_OLD = re.compile(r"-years?-old\b")
#: A name and "a" right before an age: "Ember, a four-year-old female".
_NAMED_BEFORE_AGE = re.compile(r"\b[A-Z][a-z][\w'’-]*, an? $")
_NAMED_AFTER_AGE = re.compile(r"-years?-old (?:(?:[A-Z][a-z]+|[a-z]+) ){0,3}?[A-Z][a-z][\w'’-]*"
                              r"(?: [A-Z][a-z][\w'’-]*){1,2}\b")
#: A unit joined to its number by a hyphen ("a 15-kilometre stretch", "a five-year deal").
_HYPHEN_UNIT = re.compile(r"-(?P<unit>year|month|week|day|hour|minute|kilometre|kilometer|km|"
                          r"mile|metre|meter|foot|tonne|ton|acre|hectare|litre|liter|storey|"
                          r"seat|bed|member|point|page|lane|strong|man|space|room|berth|team|"
                          r"home|apartment|flat|cell|judge|nation|carriage|screen|vehicle)s?\b"
                          r"(?!-)")

_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})

#: Words that say what a range counts in, kept in its answer ("seven to ten days").
_RANGE_UNITS = frozenset("""
    seconds minutes hours days weeks months years decades times euros dollars pounds yen yuan
    francs lei crowns percent metres meters kilometres kilometers miles tonnes tons acres
    hectares litres liters points seats degrees
""".split())

_NOT_A_SHARE_BEFORE = re.compile(r"\b(?:the|first|second|other|final|opening|latter|"
                                 r"former)\s+$", re.I)

_NAME_BEFORE = re.compile(r"(?<=[a-z,] )[A-Z][A-Za-z]+\s+$")

_SINGULAR_AFTER = re.compile(r"\s+([a-z]+)\b")

_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+\b")

#: Plural nouns without an "s" ("12 people"), and words of the calendar, which stand
#: before numbers without naming a model.
_PLURALS = frozenset("people men women children police staff crew cattle sheep fish "
                     "personnel livestock deer aircraft".split())

_CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january "
                            "february march april may june july august september october "
                            "november december".split())


def _model_number(text: str, match: re.Match[str]) -> bool:
    """"a Falcon 9 rocket", "the Boeing 737 jet": a number after a name and before a
    singular noun names a model; it counts nothing."""
    if not text[match.start():match.start() + 1].isdigit() or "," in match.group() or \
            _LARGE.search(match.group()):
        return False  # "fined Holmgaard Bank 410 million Danish crowns": a sum
    name = _NAME_BEFORE.search(text, max(0, match.start() - 24), match.start())
    if name is None or name.group().strip().lower() in _CALENDAR_WORDS:
        return False  # "on Monday 12 people died": a day, not a name
    if _NAME_AFTER.match(text, match.end()):
        return True  # "Route 66 Airways": a number inside a name
    noun = _SINGULAR_AFTER.match(text, match.end())
    return noun is not None and not noun.group(1).endswith("s") and \
        noun.group(1) not in _STOP_THING and noun.group(1) not in _PLURALS


_LARGE = re.compile(r"\d\s*(?:million|billion|trillion|m|bn)\b", re.I)

_PART_OF = re.compile(r"\s+of\s+(?:them|those|these|(?:its|their)\s+[\w-]+(?:\s+[a-z]+s\b)?|"
                      r"the\s+(?:[a-z]+\s+){0,2}?[a-z]+[^s\W]s\b)")

#: Where a figure can begin (besides digits and currency signs).
_FIGURE_STARTS = starters(
    list(NUMBER_WORDS) + [w.split()[0] for w in NUMBER_WORDS] + list(VAGUE_NUMBERS) + """
    more over nearly almost about around approximately roughly at up fewer less some an just
    only as close upwards well from between half a dozens scores
    hundreds thousands millions billions minus
    several first second third fourth fifth sixth seventh eighth ninth tenth usd eur gbp
    """.split() + list(DOLLAR_PREFIXES))


@dataclass(frozen=True, slots=True)


class FigureMention:
    """A number in a sentence with its qualifier and what it counts."""

    start: int  # of the answer span (qualifier included)
    end: int
    answer: str
    thing: str  # "U.S. troops", "times", "months"
    thing_end: int
    kind: AnswerKind
    value: str
    accept: tuple[str, ...]


def find_figures(text: str, skip: list[tuple[int, int]]) -> list[FigureMention]:
    """The figures of ``text`` outside the ``skip`` spans (dates)."""
    return list(_find_figures(text, tuple(skip)))


@functools.lru_cache(maxsize=8192)  # a sentence recurs across copies of a story


def _find_figures(text: str, skip: tuple[tuple[int, int], ...]) -> tuple[FigureMention, ...]:
    found: list[FigureMention] = []
    for match in anchored_matches(_FIGURE, text, _FIGURE_STARTS):
        if any(a < match.end() and match.start() < b for a, b in skip):
            continue
        before = text[max(0, match.start() - 2):match.start()]
        after = text[match.end():match.end() + 2]
        if _HYPHEN_END.search(before) or _NAME_NUMBER.match(text[match.start() - 1:
                                                                         match.end() + 1]):
            continue
        head = text[max(0, match.start() - 12):match.start()]
        if _LABEL_BEFORE.search(head) or _PART_OF_VAGUE.search(head) or \
                _CLOCK_AFTER_DIGIT.match(after) or _CLOCK_BEFORE_DIGIT.search(before) or \
                (match.group("share") and _NOT_A_SHARE_BEFORE.search(head)) or \
                _model_number(text, match):
            continue  # "No. 9", "tens of thousands", "6:14 p.m.", "the second half",
            # "a Falcon 9 rocket"
        if after[:1] == "-" and not match.group("runit"):
            if _YEAR_OLD.match(text, match.end()) and (
                    _NAMED_AFTER_AGE.match(text, match.end()) or
                    _NAMED_BEFORE_AGE.search(text, max(0, match.start() - 40), match.start())) \
                    and match.group("figure") and not match.group("qual") and \
                    (value := number_value(match.group("num"))) is not None and 0 < value < 115:
                found.append(_hyphenated_age(match, text, value))
                continue  # "seventeen-year-old grandmaster Kavya Raman": her age
            hyphenated = _hyphenated(match, text)
            if hyphenated is not None:
                found.append(hyphenated)
            continue
        mention = _mention(match, text)
        if mention is not None:
            ends = _range_ends(match, mention) if mention.kind is AnswerKind.RANGE and \
                match.group("from") and not _span_range(text, match, mention) else []
            # "from 5,300 to 2,500" (a change) is asked end by end; "seven to ten days",
            # "between 30 and 50 times" and "a two- to five-year timeline" whole
            found.extend(ends or [mention])
    return tuple(_joined_durations(_without_asides(found, text), text))


#: "his wife and two children", "whose three sons": a family's size is no figure to learn.
_FAMILY = frozenset("children sons daughters grandchildren kids siblings brothers sisters "
                    "stepchildren".split())
_FAMILY_OWNER = re.compile(r"\b(?:his|her|their|whose|my|our)\s+(?:(?:wife|husband|partner)"
                           r"\s+and\s+)?$", re.I)


def _without_asides(found: list[FigureMention], text: str) -> list[FigureMention]:
    """``found`` without conversions of the amount before them and without family sizes."""
    out: list[FigureMention] = []
    brackets = "(" in text
    for mention in found:
        if brackets and out and text[mention.start - 1:mention.start] == "(" and \
                not text[max(out[-1].end, out[-1].thing_end):mention.start].strip(" ("):
            continue
        if not _FAMILY.isdisjoint(mention.thing.lower().split()[:2]) and \
                _FAMILY_OWNER.search(text, max(0, mention.start - 24), mention.start):
            continue
        out.append(mention)
    return out


#: Verbs and words of a change: "fell from 5,300 to 2,500", "up from", "cut from 20% to 5%".
_CHANGE_BEFORE = re.compile(r"\b(?:r[io]se|rises|rising|risen|f[ae]ll|falls|falling|fallen|cut|"
                            r"cuts|raised?|increased?|decreased?|reduced?|lowered?|dropped|"
                            r"drops?|climbed|jumped|grew|grown|moved?|shifted|changed|went|up|"
                            r"down|extended|shortened|doubled|halved|slashed|boosted|trimmed)"
                            r"\b[^,;]*$", re.I)


def _span_range(text: str, match: re.Match[str], mention: FigureMention) -> bool:
    """Whether "from X to Y" spans a range ("could last anywhere from four to nine months")
    rather than a change of a value ("fell from 5,300 to 2,500"): its unit follows it and no
    word of a change stands before it in its clause."""
    if mention.answer.rstrip()[-1:].isdigit():
        return False
    return _CHANGE_BEFORE.search(text, max(0, match.start() - 60), match.start()) is None


def _joined_durations(found: list[FigureMention], text: str) -> list[FigureMention]:
    """"2 hours 19 minutes" is one duration, not two."""
    out: list[FigureMention] = []
    for mention in found:
        previous = out[-1] if out else None
        if previous is not None and previous.kind is mention.kind is AnswerKind.DURATION and \
                (_DURATION_JOIN.fullmatch(text[previous.end:mention.start]) or
                 _DURATION_COMMA.fullmatch(text[previous.end:mention.start]) and
                 _rank(previous.thing) > _rank(mention.thing) > -2):
            answer = text[previous.start:mention.end]
            out[-1] = FigureMention(previous.start, mention.end, answer, mention.thing,
                                    mention.thing_end, AnswerKind.DURATION,
                                    f"{previous.value}+{mention.value}", (answer,))
            continue
        out.append(mention)
    return out


def _rank(unit: str) -> int:
    """How long a duration's unit is (-2 when it is none)."""
    word = unit.lower().rstrip("s")
    return _UNIT_RANK.get("century" if word == "centurie" else word, -2)


def _range_ends(match: re.Match[str], mention: FigureMention) -> list[FigureMention]:
    """"from 5,300 to 2,500": each end is a figure of its own (asked as a cloze); none for a
    range with a unit ("two- to five-year")."""
    ends = []
    for group, percent in (("r1", "r1pct"), ("r2", "rpct")):
        number = match.group(group)
        value = number_value(number)
        if value is None or match.group("runit"):
            continue
        if match.group("r1cur") or match.group(f"{group}scale"):
            # "from $5m to $7.5m", "from 2 million to 3.1 million": each end with its sign
            # and its scale
            start = match.start(group)
            while start > 0 and not match.string[start - 1].isspace():
                start -= 1
            end = match.end(f"{group}scale")
            span = match.string[start:end]
            amount = number_value(f"{number}{match.group(f'{group}scale')}") or value
            ends.append(FigureMention(start, end, span, mention.thing, mention.thing_end,
                                      AnswerKind.AMOUNT if match.group("r1cur") else
                                      AnswerKind.COUNT, f"{amount:g}", distinct_forms((span,))))
            continue
        if match.group(percent):  # "from 5% to 7%": each end with its sign
            end = match.end(percent)
            ends.append(FigureMention(match.start(group), end, match.string[
                match.start(group):end], "percent", end, AnswerKind.PERCENT, f"{value:g}",
                number_forms("", number, value, "percent", AnswerKind.PERCENT)))
            continue
        ends.append(FigureMention(match.start(group), match.end(group), number, mention.thing,
                                  mention.thing_end, AnswerKind.COUNT, f"{value:g}",
                                  number_forms("", number, value, mention.thing,
                                               AnswerKind.COUNT)))
    return ends


def _hyphenated(match: re.Match[str], text: str) -> FigureMention | None:
    """"a 15-kilometre stretch": the number with its unit, as written ("15-kilometre"),
    accepting "15 kilometres"."""
    unit = _HYPHEN_UNIT.match(text, match.end())
    if unit is None or match.group("figure") is None or match.group("qual") or \
            match.group("cur") or match.group("pct"):
        return None
    number_text = match.group("num").strip()
    value = number_value(number_text)
    if value is None or number_text.lower().startswith(("a ", "several", "dozens")):
        return None
    name = unit.group("unit")
    thing, thing_end = _thing(text, unit.end())
    kind = AnswerKind.DURATION if name in _TIME_UNITS else AnswerKind.AMOUNT
    answer = text[match.start():unit.end()]
    plural = f"{name}s" if not name.endswith(("s", "ft")) and value != 1 else name
    return FigureMention(match.start(), unit.end(), answer, thing, thing_end, kind,
                         f"{value:g}", distinct_forms((answer, f"{number_text} {plural}",
                                                       f"{value:g} {plural}")))


def _mention(match: re.Match[str], text: str) -> FigureMention | None:
    if match.group("points"):
        return _points(match)
    if match.group("share") or match.group("tally"):
        return _whole(match, text)
    if match.group("range"):
        return _range(match, text)
    if match.group("temp"):  # "46.2C", "minus 200 degrees Celsius": a temperature
        if _NAMED_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            return None  # "the 4C model", "a 12C chip": a name
        span = match.group()
        degrees = re.search(r"\d+(?:\.\d)?", span)
        assert degrees is not None
        number = float(degrees.group()) * (-1 if "minus" in span.lower() else 1)
        return FigureMention(match.start(), match.end(), span, "degrees", match.end(),
                             AnswerKind.AMOUNT, f"{number:g}C", distinct_forms((span,)))
    if match.group("ordinal"):
        word = match.group("ordinal")
        thing, thing_end = _thing(text, match.end())
        return FigureMention(match.start(), match.end(), word, thing, thing_end,
                             AnswerKind.ORDINAL, word.lower(),
                             distinct_forms((word, f"the {word}", f"{word} {thing}",
                                             *_ordinal_forms(word, thing))))
    if match.group("ratio"):
        return _ratio(match)
    if _REFERS_BACK.search(text, max(0, match.start() - 8), match.start()) and \
            not match.group("qual") and not match.group("cur") and not match.group("pct") and \
            not _STATED_AFTER_DETERMINER.match(match.group()):
        return None  # "the two countries": refers back, not a figure ("the £6 charge", "the
        # 5.2% increase", "its 870 stores" state their sums; a figure the article stated
        # before is left out by :func:`~quiz.generate.figures.figure_facts`)
    qualifier = (match.group("qual") or "").strip()
    start = match.start()
    if qualifier.lower() in ("about", "over", "around") and \
            _TOPIC_NOUN.search(text, max(0, start - 24), start):
        qualifier = ""  # "a drama about two sisters": what it is about, not roughly how many
        start = match.start("cur") if match.group("cur") else match.start("num")
    number_text = match.group("num").strip()
    low = number_text.lower()
    if low in ("one",) and not qualifier:
        return None  # "one of those", "one official": not a figure worth asking
    value = number_value(number_text)
    if value is None:
        return None
    if not qualifier and not match.group("cur") and not match.group("pct") and (
            _AGE_LEAD.search(text, max(0, start - 20), start) or
            text[match.end("num"):match.end("num") + 2] == ", " and number_text.isdigit() and
            0 < value < 115 and _appositive_age(text, start, match.end("num"))):
        return _age(start, match.end("num"), number_text, value)
    end = match.end()
    if _OF_END.search(text[start:end]):
        end = start + len(_OF_END.sub("", text[start:end]))  # "a pair of" -> "a pair"
    if low in ("a few", "several"):
        thing_word = _thing(text, match.end())[0].split()[:1]
        if not thing_word or not _DURATION_WORD.fullmatch(thing_word[0].lower()):
            return None  # "a few other milestones": too vague to ask
    percent = bool(match.group("pct"))
    currency = match.group("cur") or ""
    rest = text[end:]
    if _ORDINAL_SUFFIX.match(rest) or _CLOCK_AFTER.match(rest):
        return None  # "the 3rd", "from 11 p.m.": an order or a time of day, no figure
    if not percent and not currency:
        unit = _UNIT_SIGN.match(text, end)
        if unit is not None:
            return _measure(start, end, unit, qualifier, number_text, value, text)
    thing, thing_end = _thing(text, match.end())
    if low == "a" and not qualifier and not _RELATIVE_TIME_AFTER.match(text, match.end()) or \
            low == "a" and not qualifier and thing.split()[:1] in (["day"], ["week"], ["month"],
                                                                   ["year"]):
        return None  # "a second factory", "a year", "58% a year earlier": not figures
    if low.startswith("a ") and low[2:].strip() in ("year", "month", "week", "day", "decade",
                                                      "hour", "minute") or \
            (low == "a" and thing.split()[:1] and thing.split()[0].lower().rstrip("s") in
             ("year", "month", "week", "day", "decade", "hour", "minute", "century")):
        if not qualifier and not _RELATIVE_TIME_AFTER.match(text, match.end()):
            return None  # "a year" alone is rarely a figure; "a decade after X" is one
    if percent:
        kind = AnswerKind.PERCENT
    elif currency or thing.split()[:1] and thing.split()[0].lower() in CURRENCY_WORDS or \
            thing.split()[1:2] and thing[:1].isupper() and \
            thing.split()[1].lower() in CURRENCY_WORDS:  # "Danish crowns"
        kind = AnswerKind.AMOUNT
    elif thing.split()[:1] and _DURATION_WORD.fullmatch(thing.split()[0].lower()):
        kind = AnswerKind.DURATION
    else:
        kind = AnswerKind.COUNT
    if kind is AnswerKind.COUNT and not thing:
        part_of = _PART_OF.match(text, end)
        if part_of is not None:
            thing = part_of.group().strip()  # "nine of them remain in intensive care"
        elif (counted := _number_of(text, start, end)) is not None:
            thing = counted  # "the number of positive cases had fallen to fewer than 20"
        elif (counted := _counted_before(text, start, end)) is not None:
            thing = counted  # "Two people were confirmed dead and three were missing"
        elif not _LARGE.search(number_text):
            return None  # a bare number: we do not know what it counts ("rose to 7.6
            # million in May" says enough: the sentence names what grew)
    if kind is AnswerKind.COUNT and _FOUR_DIGITS.fullmatch(number_text) and \
            1800 <= value <= 2100 and not qualifier:
        return None  # a year
    span = text[start:end].strip()
    answer = span
    if kind is AnswerKind.DURATION:
        unit = thing.split()[0]
        answer = f"{span} {unit}"
        end = start + len(text[start:end].rstrip()) + 1 + len(unit)
        thing = unit
    accept = number_forms(qualifier, number_text, value, thing, kind)
    return FigureMention(start, end, answer, thing, thing_end, kind,
                         f"{'~' if qualifier else ''}{value:g}", accept)


#: A unit written as a sign after a number, glued or spaced ("3km", "80 km/h", "50mm"), and
#: the rate that may follow it ("an hour"): both belong to the answer.
_UNIT_SIGN = re.compile(r"\s?(?P<unit>km/h|kph|kmh|mph|km|cm|mm|kg|mg|ml|ha|sq\s?km|km2|kW|MW|"
                        r"GW|kWh|MWh|GWh|TWh)(?![\w/])(?P<rate>\s+(?:an|a|per)\s+(?:hour|day|"
                        r"week|month|year|minute|second)\b)?")


def _measure(start: int, end: int, unit: re.Match[str], qualifier: str, number_text: str,
             value: float, text: str) -> FigureMention:
    """"up to 3km an hour", "80 km/h", "12kg": a measure, answered with its unit."""
    sign, rate = unit.group("unit"), unit.group("rate") or ""
    forms = [text[start:unit.end()]]
    for core in (f"{qualifier} {number_text}".strip(), number_text):
        forms += [f"{core}{sign}{rate}", f"{core} {sign}{rate}", f"{core} {sign}"]
    return FigureMention(start, unit.end(), text[start:unit.end()], sign, unit.end(),
                         AnswerKind.AMOUNT, f"{'~' if qualifier else ''}{value:g}",
                         distinct_forms(forms))


_POINT_FRACTIONS = {"half": 0.5, "a quarter": 0.25, "three quarters": 0.75, "a third": 1 / 3}


def _points(match: re.Match[str]) -> FigureMention | None:
    """"half a percentage point", "25 basis points": a change of a rate, answered whole."""
    span = match.group()
    number = match.group("pnum")
    if number is not None:
        value = number_value(number)
    else:
        value = _POINT_FRACTIONS.get(" ".join(span.lower().split()[:2]),
                                     _POINT_FRACTIONS.get(span.lower().split()[0]))
    if value is None:
        return None
    basis = match.group("pkind").lower() == "basis"
    points = value / 100 if basis else value
    forms = [span, f"{points:g} percentage points", f"{points:g} percentage point",
             f"{points * 100:g} basis points"]
    return FigureMention(match.start(), match.end(), span, "percentage points", match.end(),
                         AnswerKind.PERCENT, f"{points:g}pp", distinct_forms(forms))


#: What stands before an age: "died in 1891 at the age of 46", "retired aged 35", "at age 12".
_AGE_LEAD = re.compile(r"(?:\bat\s+the\s+age\s+of|\bat\s+age|\b(?:died|dies|retired|retires)"
                       r"\s+aged)\s+$", re.I)


#: A name and its comma right before an age in commas ("Aldridge, 27, was tested").
_NAME_COMMA = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z][\w'’-]*), $")
#: What an age in commas is followed by: not a number or another name of a list.
_AFTER_AGE = re.compile(r", (?!\d|[A-Z][\w'’-]*,)")


def _appositive_age(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start`` is an age written in commas after a name
    ("Aldridge, 27, was tested"), not a day ("Tuesday, 12, ...") nor part of a list."""
    name = _NAME_COMMA.search(text, max(0, start - 30), start)
    return name is not None and name.group("name").lower() not in _CALENDAR_WORDS and \
        _AFTER_AGE.match(text, end) is not None


#: "the number of positive cases ... to fewer than 20", "bring to five the number of people
#: killed": what a bare number counts, named in its clause.
_NUMBER_OF = re.compile(r"\bthe (?:total )?number of ((?:[a-z][\w'’-]*\s+){0,2}?"
                        r"(?:[a-z][\w'’-]*s|people|children|staff)\b)")
_NUMBER_OF_AFTER = re.compile(r"\s+the (?:total )?number of ")


#: "... and three were still missing": a count whose noun is left out after "and".
_AND_BEFORE = re.compile(r"\band\s+$")
_VERB_AFTER = re.compile(r"\s+(?:were|are|was|is|have|had|remain|remained|died|survived|"
                         r"escaped|suffered)\b")
_COUNTED = re.compile(rf"\b(?:{DIGITS}|{WORD_NUMBER})\s+(?:[a-z]+\s+)?([a-z]+[^s\W]s|people|"
                      rf"children|men|women)\b", re.IGNORECASE)


def _counted_before(text: str, start: int, end: int) -> str | None:
    """The plural noun a count earlier in the sentence names, for a count after "and" that
    leaves its noun out ("Two people were confirmed dead and three were still missing")."""
    if not _AND_BEFORE.search(text, max(0, start - 5), start) or not _VERB_AFTER.match(text, end):
        return None
    found = None
    for found in _COUNTED.finditer(text, max(0, start - 120), start):
        pass
    return found.group(1) if found is not None else None


def _number_of(text: str, start: int, end: int) -> str | None:
    """The plural noun "the number of ..." names in the clause of a bare number, before it
    (no clause break between) or right after it; ``None`` when there is none."""
    if "number of" not in text:
        return None
    if _NUMBER_OF_AFTER.match(text, end):
        found = _NUMBER_OF.match(text, end + 1)
        return found.group(1) if found is not None else None
    before = text[max(0, start - 90):start]
    found = None
    for found in _NUMBER_OF.finditer(before):
        pass
    if found is None or re.search(r"[;:,.]", before[found.end():]):
        return None
    return found.group(1)


def _hyphenated_age(match: re.Match[str], text: str, value: float) -> FigureMention:
    """"seventeen-year-old": an age answered as written, accepting the number alone."""
    end = _YEAR_OLD.match(text, match.end()).end()  # type: ignore[union-attr]
    age = _age(match.start(), end, match.group("num").strip(), value)
    written = text[match.start():end]
    return FigureMention(age.start, end, written, AGE, end, AnswerKind.COUNT, age.value,
                         distinct_forms((written, *age.accept)))


def _age(start: int, end: int, number_text: str, value: float) -> FigureMention:
    """An age ("at the age of 46"): a count of years, answered with the number."""
    forms = number_forms("", number_text, value, "", AnswerKind.COUNT)
    return FigureMention(start, end, number_text, AGE, end, AnswerKind.COUNT, f"{value:g}",
                         distinct_forms((*forms, f"{value:g} years old", f"{value:g} years",
                                         f"aged {value:g}")))


_ORDINAL_NAMES = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth")
_ORDINAL_DIGITS = ("1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th")


def _ordinal_forms(word: str, thing: str) -> tuple[str, ...]:
    """The other spelling of an ordinal and of a rank ("fifth": "5th", and "fifth place"
    when no noun follows it; "third-largest": "3rd-largest")."""
    head, dash, rest = word.lower().partition("-")
    for names, other in ((_ORDINAL_NAMES, _ORDINAL_DIGITS), (_ORDINAL_DIGITS, _ORDINAL_NAMES)):
        if head in names:
            twin = other[names.index(head)]
            if dash:
                return (f"{twin}{dash}{rest}",)
            return (twin,) if thing else (twin, f"{word} place", f"{twin} place")
    return ()


def _ratio(match: re.Match[str]) -> FigureMention | None:
    """"by almost three to one": a margin written as a ratio, asked whole (as a cloze)."""
    span = match.group("ratio")
    qualifier = match.group("rqual") or ""
    bare = span[len(qualifier):].strip()
    value = number_value(re.split(r"[\s-]", bare)[0])
    if value is None or value <= 1:
        return None
    core = f"{value:g} to 1"
    return FigureMention(match.start(), match.end(), span, "", match.end(), AnswerKind.COUNT,
                         f"{value:g}/1", distinct_forms((span, bare, core, f"{value:g}-1",
                                                         f"{value:g}:1")))


def _whole(match: re.Match[str], text: str) -> FigureMention | None:
    """A share ("only a third", "one in four", "five of the seven") or a vote tally ("52
    votes to 31"): two numbers that make one fact, asked whole."""
    span = match.group().strip()
    numbers = [number_value(n) for n in
               re.findall(rf"{DIGITS}|{WORD_NUMBER}", span, re.I)]
    if match.group("tally"):
        if len(numbers) != 2 or None in numbers:
            return None
        first, second = numbers
        assert first is not None and second is not None
        core = re.sub(r"\s+votes?\s+to\s+", " to ", span)
        return FigureMention(match.start(), match.end(), span, "votes", match.end(),
                             AnswerKind.COUNT, f"{first:g}/{second:g}",
                             distinct_forms((span, core, f"{first:g} to {second:g}",
                                             f"{first:g}-{second:g}")))
    qualifier = (match.group("squal") or "").strip()
    bare = span[len(qualifier):].strip() if qualifier else span
    if len(numbers) == 2 and None not in numbers:
        part, whole = numbers
        assert part is not None and whole is not None
        if not 0 < part < whole:
            return None  # "two of the three" and "one in four" are shares; "four of two" is not
        value = part / whole
    else:
        low = bare.lower()
        count = NUMBER_WORDS.get(re.split(r"[\s-]", low)[0], 1)
        name = next((p for p in FRACTION_PARTS if p in low), "half")
        value = count / FRACTION_PARTS[name]
    thing, thing_end = _thing(text, match.end())
    return FigureMention(match.start(), match.end(), span, thing, thing_end,
                         AnswerKind.PERCENT, f"{'~' if qualifier else ''}{value:.3g}",
                         distinct_forms((span, bare)))


def _range(match: re.Match[str], text: str) -> FigureMention | None:
    first, second = number_value(match.group("r1")), number_value(match.group("r2"))
    if first is None or second is None or first == second:
        return None
    if (1800 <= first <= 2100 and 1800 <= second <= 2100) and "," not in match.group():
        return None  # a year range: dates.py asks about those
    unit = match.group("runit") or ""
    span = match.group().strip()
    core = f"{match.group('r1')} to {match.group('r2')}{unit}"
    thing, thing_end = _thing(text, match.end())
    end = match.end()
    counted = thing.split()[:1]
    if not unit and not (match.group("rpct") or match.group("rpct2")) and counted and \
            counted[0].lower().rstrip("'’") in _RANGE_UNITS:
        # "seven to ten days", "between 30 and 50 times": the unit belongs to the answer
        end = match.end() + text[match.end():].find(counted[0]) + len(counted[0])
        possessive = re.match(r"['’]\s+[a-z]+\b", text[end:])
        if possessive is not None:
            end += possessive.end()  # "three and six months' pay": the pay is the answer
        span = text[match.start():end].strip()
        core = f"{core} {counted[0]}"
    return FigureMention(match.start(), end, span, thing, thing_end, AnswerKind.RANGE,
                         f"{first:g}/{second:g}", distinct_forms((span, core,
                                                                  f"{first:g}-{second:g}",
                                                                  f"{first:g} to {second:g}")))


def _thing(text: str, position: int) -> tuple[str, int]:
    """The noun phrase a number counts: "U.S. troops" in "2,500 U.S. troops stationed ..."."""
    words: list[str] = []
    end = position
    for match in _THING_WORD.finditer(text, position):
        gap = text[end:match.start()]
        if gap.strip(" ") or len(words) >= 4:
            break
        word = match.group().rstrip("'’")
        low = word.lower().rstrip(".")
        if low == "and" and words and re.match(r"\s+[a-z]+\s+[a-z]+s\b", text[match.end():]):
            words.append(word)  # "missile and drone attacks"
            end = match.end()
            continue
        if low in _STOP_THING or (words and low.endswith("ing")) or \
                (words and low.endswith("ed") and not word[0].isupper()):
            break
        if words and low.endswith("ly"):
            break
        words.append(word)
        end = match.end()
        end = match.start() + len(word)
        if word.endswith("s") and not word[0].isupper() and len(word) > 3 and \
                not word.endswith("ss"):
            break  # a plural noun ends the phrase: "troops", "missiles"
    if words and words[-1].endswith(".") and not re.fullmatch(r"(?:[A-Za-z]\.){2,}", words[-1]):
        words[-1] = words[-1][:-1]
        end -= 1
    return " ".join(words), end


#: A year: "\b(?:1[89]|20)\d{2}\b" written to begin with its first digits (then no word
#: character before them), so the scan jumps from "1" or "2" to the next.
_YEAR = re.compile(r"(?:1[89]|20)(?<!\w..)\d{2}\b")


@functools.lru_cache(maxsize=8192)  # a sentence recurs across copies of a story


def sentence_figures(text: str, dates: tuple[tuple[int, int], ...]
                     ) -> tuple[FigureMention, ...]:
    """The figures of a sentence outside its ``dates`` and its years."""
    return _find_figures(text, dates + tuple(m.span() for m in _YEAR.finditer(text)))
