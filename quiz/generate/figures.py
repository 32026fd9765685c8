"""Figures in article sentences: counts, amounts, durations, ranges and percentages, as facts.

A figure keeps its qualifier ("more than 100", "about five months") because the qualifier is
part of what the article says. Numbers inside names ("F-35", "COVID-19"), dates and years are
not figures.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quiz.generate.facts import AnswerKind, Article, Fact, Sentence
from quiz.generate.span_scan import anchored_matches, starters
from quiz.model import Category

if TYPE_CHECKING:
    from quiz.generate.clauses import Clause
    from quiz.generate.date_forms import DateMention

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
                "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
                "a dozen": 12, "a pair of": 2, "a couple of": 2, "a hundred": 100,
                "a thousand": 1000}
_WORD_OF = {v: k for k, v in NUMBER_WORDS.items() if " " not in k and v < 100}
_VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2000000,
          "billions": 2000000000, "several": 3, "a few": 3}
_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "m": 1_000_000, "bn": 1_000_000_000, "k": 1000}

#: Nouns after which "about"/"over" says what something is about, not how many ("a drama
#: about two sisters", "a dispute over three contracts").
_TOPIC_NOUN = re.compile(r"\b(?:drama|film|movie|story|stories|book|novel|documentary|article|"
                         r"report|series|play|song|question|questions|talks|debate|dispute|"
                         r"argument|row|rumours|rumors|claims|doubts|concerns|worries|fears|"
                         r"lawsuit|case|fight|battle|feud|clash)\s+$")
_QUALIFIER = (r"(?:more than|over|nearly|almost|about|around|approximately|roughly|at least|"
              r"at most|up to|fewer than|less than|some|an estimated|just|only|"
              r"as many as|as few as|close to|upwards of|just over|just under|well over)")
_WORD_NUMBER = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                r"fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|"
                r"seven|eight|nine))?\b")
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE_WORDS = r"(?:\s+(?:hundred|thousand|million|billion|trillion)|(?:m|bn|k)\b)?"
_CURRENCY = r"(?:[$€£¥]|US\$|USD\s?|EUR\s?|GBP\s?)"
_UNIT_DURATION = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)"

_FRACTION = (r"(?:(?:a|one|two|three|four)[\s-]+(?:half|third|quarter|fifth|tenth)s?|half)")
#: Right after "by" and maybe a qualifier: "cut by a third", "raised by nearly a quarter".
_AFTER_BY = "(?:" + "|".join(f"(?<=\\bby {q})" for q in (
    "", "nearly ", "almost ", "about ", "around ", "roughly ", "more than ", "less than ",
    "over ", "just over ", "just under ")) + ")"
_FIGURE = re.compile(
    rf"(?P<share>(?:\b(?P<squal>{_QUALIFIER})\s+)?(?:\b{_FRACTION}(?=\s+(?:of|the)\b)|"
    rf"{_AFTER_BY}(?:a|one|two|three)[\s-]+(?:half|third|quarter|fifth|tenth)s?\b"
    rf"(?!\s+(?!(?:in|on|since|from|to|over|last|this|after|compared)\b)[a-z])|"
    rf"\b(?:{_DIGITS}|{_WORD_NUMBER})\s+(?:in|out\s+of)\s+(?:{_DIGITS}\b|{_WORD_NUMBER})|"
    rf"\b(?:{_DIGITS}|{_WORD_NUMBER})\s+of\s+(?:the\s+)?(?:{_DIGITS}\b|{_WORD_NUMBER})(?!\s*%)))"
    rf"|(?P<tally>\b(?:{_DIGITS}|{_WORD_NUMBER})\s+votes?\s+to\s+(?:{_DIGITS}\b|{_WORD_NUMBER}))"
    rf"|(?P<range>\b(?:(?P<from>from)\s+(?:a\s+high\s+of\s+|a\s+low\s+of\s+)?|between\s+)?"
    rf"(?P<r1>{_DIGITS}|{_WORD_NUMBER})(?P<r1pct>\s*%|\s+percent)?"
    rf"(?:-\s*|\s+)(?:to|and)\s+(?P<r2>{_DIGITS}|{_WORD_NUMBER})"
    rf"(?(r1pct)(?P<rpct>\s*%|\s+percent\b)|"
    rf"(?:(?P<runit>-(?:year|month|week|day|hour)s?(?:-old)?)\b|(?P<rpct2>\s*%|\s+percent\b)|\b)))"
    rf"|(?P<ordinal>\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    rf"\d+(?:st|nd|rd|th))(?=\s+(?:anniversary|consecutive|straight|term|place|title)\b))"
    rf"|(?P<temp>(?:\b(?:{_QUALIFIER})\s+)?(?:\bminus\s+)?\b\d{{1,3}}(?:\.\d)?"
    rf"(?:\s?°\s?[CF]\b|(?-i:[CF])\b|\s+degrees(?:\s+(?:Celsius|Fahrenheit|centigrade))?\b))"
    rf"|(?P<figure>(?:\b(?P<qual>{_QUALIFIER})\s+)?(?P<cur>{_CURRENCY})?"
    rf"(?P<num>\b{_DIGITS}{_SCALE_WORDS}|\b{_WORD_NUMBER}(?:\s+(?:hundred|thousand|million|billion))?"
    rf"|\ba\s+(?:dozen|pair\s+of|couple\s+of|hundred|thousand)|\b(?:dozens|scores|hundreds|"
    rf"thousands|millions|billions)\s+of|\ba\s+few|\ba\s+(?={_UNIT_DURATION}\b(?!['’]))|\b(?:several))"
    rf"(?P<pct>\s*%|\s+percent|\s+per\s+cent)?)",
    re.IGNORECASE,
)
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
_OF_END = re.compile(r"\s+of$")
_DURATION_WORD = re.compile(_UNIT_DURATION)
_ORDINAL_SUFFIX = re.compile(r"\s*(?:st|nd|rd|th)\b")
_FOUR_DIGITS = re.compile(r"\d{4}")
#: "a year after", "a decade earlier": a duration that dates something relatively.
_RELATIVE_TIME_AFTER = re.compile(r"\s*\w+\s+(?:after|before|later|ago|earlier)\b")
_CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.m\.|[ap]m\b|o['’]clock\b|GMT\b|UTC\b)", re.I)
_NAMED_BEFORE = re.compile(r"(?:^|\s)(?:the|The|a|A|an|An|its|their)\s+$")
_REFERS_BACK = re.compile(r"(?:^|\s)(?:the|The|these|those|its|their)\s+$")
#: A number that labels rather than counts ("the number nine shirt", "No. 4").
_LABEL_BEFORE = re.compile(r"(?:\b[Nn]umber|\bNo\.|#)\s*$")
#: A vague quantity inside a bigger one ("tens of thousands"): no figure of its own.
_PART_OF_VAGUE = re.compile(r"\b(?:tens|hundreds|dozens)\s+of\s+$", re.I)
#: A unit joined to its number by a hyphen ("a 15-kilometre stretch", "a five-year deal").
_HYPHEN_UNIT = re.compile(r"-(?P<unit>year|month|week|day|hour|minute|kilometre|kilometer|km|"
                          r"mile|metre|meter|foot|tonne|ton|acre|hectare|litre|liter|storey|"
                          r"seat|bed|member|point|page|lane|strong|man)s?\b(?!-)")
_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})
#: Words that say what a range counts in, kept in its answer ("seven to ten days").
_RANGE_UNITS = frozenset("""
    seconds minutes hours days weeks months years decades times euros dollars pounds yen yuan
    francs lei crowns percent metres meters kilometres kilometers miles tonnes tons acres
    hectares litres liters points seats degrees
""".split())
_SHARE = re.compile(rf"^(?:{_QUALIFIER}\s+)?(?:{_FRACTION}|\S+\s+(?:in|out\s+of|of)\s+\S+)$",
                    re.I)
_VAGUE_WORDS = ("dozens", "scores", "hundreds", "thousands", "millions", "billions",
                "several", "a few")


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
    if not text[match.start():match.start() + 1].isdigit():
        return False
    name = _NAME_BEFORE.search(text, max(0, match.start() - 24), match.start())
    if name is None or name.group().strip().lower() in _CALENDAR_WORDS:
        return False  # "on Monday 12 people died": a day, not a name
    if _NAME_AFTER.match(text, match.end()):
        return True  # "Route 66 Airways": a number inside a name
    noun = _SINGULAR_AFTER.match(text, match.end())
    return noun is not None and not noun.group(1).endswith("s") and \
        noun.group(1) not in _STOP_THING and noun.group(1) not in _PLURALS


_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_LARGE = re.compile(r"\d\s*(?:million|billion|trillion|m|bn)\b", re.I)
_PART_OF = re.compile(r"\s+of\s+(?:them|those|these|(?:its|their)\s+[\w-]+(?:\s+[a-z]+s\b)?)")


def is_share(answer: str) -> bool:
    """Whether ``answer`` is a share of a whole ("only a third", "one in four", "11 of 19")."""
    return bool(_SHARE.match(answer.strip()))


def is_vague_figure(answer: str) -> bool:
    """"thousands", "dozens of", "several": no number to learn."""
    low = answer.lower().strip()
    return low.startswith(_VAGUE_WORDS) and not any(ch.isdigit() for ch in low)
#: Where a figure can begin (besides digits and currency signs).
_FIGURE_STARTS = starters(
    list(NUMBER_WORDS) + [w.split()[0] for w in NUMBER_WORDS] + list(_VAGUE) + """
    more over nearly almost about around approximately roughly at up fewer less some an just
    only as close upwards well from between half a dozens scores
    hundreds thousands millions billions minus
    several first second third fourth fifth sixth seventh eighth ninth tenth us usd eur gbp
    """.split())


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
            hyphenated = _hyphenated(match, text)
            if hyphenated is not None:
                found.append(hyphenated)
            continue
        mention = _mention(match, text)
        if mention is not None:
            ends = _range_ends(match, mention) if mention.kind is AnswerKind.RANGE and \
                match.group("from") else []
            # "from 5,300 to 2,500" (a change) is asked end by end; "seven to ten days",
            # "between 30 and 50 times" and "a two- to five-year timeline" whole
            found.extend(ends or [mention])
    return tuple(_joined_durations(found, text))


def _joined_durations(found: list[FigureMention], text: str) -> list[FigureMention]:
    """"2 hours 19 minutes" is one duration, not two."""
    out: list[FigureMention] = []
    for mention in found:
        previous = out[-1] if out else None
        if previous is not None and previous.kind is mention.kind is AnswerKind.DURATION and \
                _DURATION_JOIN.fullmatch(text[previous.end:mention.start]):
            answer = text[previous.start:mention.end]
            out[-1] = FigureMention(previous.start, mention.end, answer, mention.thing,
                                    mention.thing_end, AnswerKind.DURATION,
                                    f"{previous.value}+{mention.value}", (answer,))
            continue
        out.append(mention)
    return out


def _range_ends(match: re.Match[str], mention: FigureMention) -> list[FigureMention]:
    """"from 5,300 to 2,500": each end is a figure of its own (asked as a cloze); none for a
    range with a unit ("two- to five-year")."""
    ends = []
    for group in ("r1", "r2"):
        number = match.group(group)
        value = number_value(number)
        if value is None or match.group("runit"):
            continue
        ends.append(FigureMention(match.start(group), match.end(group), number, mention.thing,
                                  mention.thing_end, AnswerKind.COUNT, f"{value:g}",
                                  _forms("", number, value, mention.thing, AnswerKind.COUNT)))
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
                         f"{value:g}", _unique((answer, f"{number_text} {plural}",
                                                f"{value:g} {plural}")))


def _mention(match: re.Match[str], text: str) -> FigureMention | None:
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
                             AnswerKind.AMOUNT, f"{number:g}C", _unique((span,)))
    if match.group("ordinal"):
        word = match.group("ordinal")
        thing, thing_end = _thing(text, match.end())
        return FigureMention(match.start(), match.end(), word, thing, thing_end,
                             AnswerKind.ORDINAL, word.lower(), _unique((word, f"the {word}",
                                                                        f"{word} {thing}")))
    if _REFERS_BACK.search(text, max(0, match.start() - 8), match.start()) and \
            not match.group("qual"):
        return None  # "the two countries": refers back, not a figure
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
    end = match.end()
    if _OF_END.search(text[start:end]):
        end = start + len(_OF_END.sub("", text[start:end]))  # "a pair of" -> "a pair"
    if low in ("a few", "several") and not qualifier:
        thing_word = _thing(text, match.end())[0].split()[:1]
        if not thing_word or not _DURATION_WORD.fullmatch(thing_word[0].lower()):
            return None  # "a few other milestones": too vague to ask
    percent = bool(match.group("pct"))
    currency = match.group("cur") or ""
    rest = text[end:]
    if _ORDINAL_SUFFIX.match(rest) or _CLOCK_AFTER.match(rest):
        return None  # "the 3rd", "from 11 p.m.": an order or a time of day, no figure
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
    elif currency or thing.split()[:1] and thing.split()[0].lower() in _CURRENCY_WORDS:
        kind = AnswerKind.AMOUNT
    elif thing.split()[:1] and _DURATION_WORD.fullmatch(thing.split()[0].lower()):
        kind = AnswerKind.DURATION
    else:
        kind = AnswerKind.COUNT
    if kind is AnswerKind.COUNT and not thing:
        part_of = _PART_OF.match(text, end)
        if part_of is not None:
            thing = part_of.group().strip()  # "nine of them remain in intensive care"
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
    accept = _forms(qualifier, number_text, value, thing, kind)
    return FigureMention(start, end, answer, thing, thing_end, kind,
                         f"{'~' if qualifier else ''}{value:g}", accept)


def _whole(match: re.Match[str], text: str) -> FigureMention | None:
    """A share ("only a third", "one in four", "five of the seven") or a vote tally ("52
    votes to 31"): two numbers that make one fact, asked whole."""
    span = match.group().strip()
    numbers = [number_value(n) for n in
               re.findall(rf"{_DIGITS}|{_WORD_NUMBER}", span, re.I)]
    if match.group("tally"):
        if len(numbers) != 2 or None in numbers:
            return None
        first, second = numbers
        assert first is not None and second is not None
        core = re.sub(r"\s+votes?\s+to\s+", " to ", span)
        return FigureMention(match.start(), match.end(), span, "votes", match.end(),
                             AnswerKind.COUNT, f"{first:g}/{second:g}",
                             _unique((span, core, f"{first:g} to {second:g}",
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
        name = next((p for p in _PARTS if p in low), "half")
        value = count / _PARTS[name]
    thing, thing_end = _thing(text, match.end())
    return FigureMention(match.start(), match.end(), span, thing, thing_end,
                         AnswerKind.PERCENT, f"{'~' if qualifier else ''}{value:.3g}",
                         _unique((span, bare)))


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
                         f"{first:g}/{second:g}", _unique((span, core,
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


def number_value(text: str) -> float | None:
    """The value of "2,500", "5.3 million", "twenty-five", "a dozen", "dozens of"."""
    low = " ".join(text.lower().replace("-", " ").split())
    if low.endswith(" of") and low[:-3] in _VAGUE:
        return float(_VAGUE[low[:-3]])
    if low in _VAGUE:
        return float(_VAGUE[low])
    if low in NUMBER_WORDS:
        return float(NUMBER_WORDS[low])
    if low.startswith("a ") and low[2:] in NUMBER_WORDS:
        return float(NUMBER_WORDS[low[2:]])
    if low == "a":
        return 1.0
    scale = 1
    parts = low.split()
    if len(parts) > 1 and parts[-1] in _SCALE:
        scale = _SCALE[parts[-1]]
        low = " ".join(parts[:-1])
    elif low[-2:] == "bn" or low[-1:] in ("m", "k"):
        suffix = "bn" if low.endswith("bn") else low[-1]
        scale = _SCALE[suffix]
        low = low[:-len(suffix)]
    low = low.replace(",", "")
    try:
        return float(low) * scale
    except ValueError:
        pass
    words = low.split()
    if len(words) == 2 and words[0] in NUMBER_WORDS and words[1] in NUMBER_WORDS:
        return float((NUMBER_WORDS[words[0]] + NUMBER_WORDS[words[1]]) * scale)
    return None


def _forms(qualifier: str, number_text: str, value: float, thing: str,
           kind: AnswerKind) -> tuple[str, ...]:
    numbers = [number_text]
    if value == int(value):
        whole = int(value)
        if not number_text.lower().startswith(("dozens", "scores", "hundreds", "thousands",
                                               "several", "a few", "millions")):
            numbers += [str(whole), f"{whole:,}"]
            if whole in _WORD_OF:
                numbers.append(_WORD_OF[whole])
    unit = thing if kind in (AnswerKind.DURATION, AnswerKind.PERCENT) else ""
    forms: list[str] = []
    for number in numbers:
        for qual in ((qualifier, "") if qualifier else ("",)):
            core = f"{qual} {number}".strip()
            forms.append(f"{core} {unit}".strip() if unit else core)
            if thing and kind is AnswerKind.COUNT:
                forms.append(f"{core} {thing}")
    if kind is AnswerKind.PERCENT:
        digits = [f for f in numbers if f[:1].isdigit()]
        forms = [f for f in forms if not f[:1].isalpha()]
        forms += [f"{f}%" for f in digits] + [f"{f} percent" for f in digits]
    return _unique(forms)


def _unique(items: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i.strip() for i in items
                               if i.strip() and not i.strip().endswith(" of")))


# --- facts ----------------------------------------------------------------------------------

def figure_facts(article: Article,
                 found: dict[int, list[DateMention]] | None = None) -> list[Fact]:
    """The figures an article states, each with a "How many / How long" question when the
    sentence allows one (otherwise the fact is asked as a cloze). ``found``: the date
    mentions of each sentence, when the caller has them (dates are not figures)."""
    from quiz.generate.date_mentions import sentence_dates

    facts: list[Fact] = []
    names = inner_names(article)
    for sentence, mentions in sentence_dates(article, found):
        dates = tuple((m.start, m.end) for m in mentions)
        for mention in _sentence_figures(sentence.text, dates):
            facts.append(_fact(article, sentence, mention, names))
    return facts


_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")


@functools.lru_cache(maxsize=8192)  # a sentence recurs across copies of a story
def _sentence_figures(text: str, dates: tuple[tuple[int, int], ...]
                      ) -> tuple[FigureMention, ...]:
    """The figures of a sentence outside its ``dates`` and its years."""
    return _find_figures(text, dates + tuple(m.span() for m in _YEAR.finditer(text)))
_INNER_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")


def inner_names(article: Article) -> frozenset[str]:
    """The words the article capitalises inside sentences (names: "Rovers", "Voltra"),
    lower-cased: a first word that is one of them keeps its capital in a question."""
    return _inner_names(tuple(s.text for s in article.sentences))


@functools.lru_cache(maxsize=4)  # the date and the figure extractors ask for each article
def _inner_names(texts: tuple[str, ...]) -> frozenset[str]:
    # one scan of the joined texts: a match needs a letter, comma or semicolon and a space
    # before it, so none spans the line break between two texts
    return frozenset(" ".join(_INNER_NAME.findall("\n".join(texts))).lower().split())


def lowered_question(question: str, article: Article, sentence: str) -> str:
    """``question`` with the sentence's first word lower-cased where the question moved it
    inside (:func:`~quiz.generate.clauses.lowered_opener`). The article's words are read
    only when that word is inside the question, the one case the opener can change."""
    head = sentence.split(" ", 1)[0].rstrip(",;:")
    if not head[:1].isupper() or head.isupper() or question.find(f" {head} ") <= 0:
        return question
    from quiz.generate.clauses import lower_case_words, lowered_opener

    return lowered_opener(question, sentence, inner_names(article),
                          lower_case_words([s.text for s in article.sentences]))


def _fact(article: Article, sentence: Sentence, mention: FigureMention,
          names: frozenset[str]) -> Fact:
    question = _asked(sentence.text, mention, names & _letter_words(sentence.text))
    if question and sentence.text[:1].isupper():
        question = lowered_question(question, article, sentence.text)
    if question and question.startswith(("How much", "By how much")):
        answer = how_much_answer(sentence.text, mention)
        if answer != mention.answer:
            mention = _with_answer(mention, answer)
    from quiz.generate.dates import normalise_subject

    event = question.split(" ", 2)[-1].rstrip("?") if question else ""
    subject = normalise_subject(event or f"{mention.thing}")
    return Fact(category=Category.FIGURE, kind=mention.kind, article=article.file,
                sentence=sentence, question=question or "", answer=mention.answer,
                accept=tuple(a for a in mention.accept if a != mention.answer),
                subject=subject if question else "", value=mention.value, event=event)


_BY_BEFORE = re.compile(r"\bby\s+$")


@functools.lru_cache(maxsize=8192)
def _asked(text: str, mention: FigureMention, names: frozenset[str]) -> str | None:
    """The question for a figure of ``text``, its opener not yet lowered. ``names`` holds
    the article's inner names among the words of ``text``: the question looks up no other
    word, so a sentence that recurs in an article with other names asks from the cache."""
    # a share, a tally or a vague quantity is asked as a cloze: "How many ...?" does not
    # ask for "one in four", "52 votes to 31" or "scores"
    whole = is_share(mention.answer) or "/" in mention.value or \
        is_vague_figure(mention.answer)
    question = None if whole else figure_question(text, mention, names)
    if whole and is_share(mention.answer) and _BY_BEFORE.search(
            text, max(0, mention.start - 6), mention.start):
        question = _how_much(text, mention, names)  # "cut by a third": the change
    return question


_LETTERS = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=8192)
def _letter_words(text: str) -> frozenset[str]:
    """The runs of letters in ``text``, lower-cased: every word a question may look up."""
    return frozenset(_LETTERS.findall(text.lower()))


def _with_answer(mention: FigureMention, answer: str) -> FigureMention:
    """``mention`` answered with its currency word; the bare forms stay accepted."""
    unit = answer[len(mention.answer):].strip() if answer.startswith(mention.answer) else ""
    forms = [answer, *mention.accept, *(f"{a} {unit}" for a in mention.accept if unit)]
    return replace(mention, answer=answer, accept=_unique(forms))


def figure_question(text: str, mention: FigureMention,
                    names: frozenset[str] = frozenset()) -> str | None:
    """"How many X did Y do?" / "How long did X last?" for a figure, or ``None``.
    ``names``: words the article capitalises inside sentences (see :func:`inner_names`)."""
    from quiz.generate.clauses import has_personal_pronoun

    asked = _figure_question(text, mention, names)
    if asked is not None and mention.kind in (AnswerKind.COUNT, AnswerKind.DURATION):
        asked = _with_setting(asked, text[:mention.start])
    if asked is None or has_personal_pronoun(asked) or len(asked.split()) > 32:
        return None
    return asked


#: Words that open an introductory phrase saying which event a figure belongs to.
_SETTING_OPENERS = frozenset({"as", "after", "following", "during", "in", "amid", "amidst",
                              "since", "because", "due", "despite", "on", "at", "throughout",
                              "before", "by", "over", "within", "under"})
_DEMONSTRATIVE = re.compile(r"\b(?:these|those|this|that)\b")


def _with_setting(asked: str, before: str) -> str:
    """``asked`` with the sentence's introductory phrase restated at its end: "As a result of
    these attacks on U.S. bases, dozens of soldiers suffered injuries" is asked "How many
    soldiers suffered injuries as a result of the attacks on U.S. bases?", not the vague "How
    many soldiers suffered injuries?"."""
    from quiz.generate.clauses import AUXILIARIES, is_simple_past

    cut = max(before.rfind(", "), before.rfind("; "))
    if cut < 0:
        return asked
    intro = before[:cut].strip()
    words = intro.split()
    if not words or words[0].lower() not in _SETTING_OPENERS or len(words) > 14 or \
            any(ch in intro for ch in ",;:()\"“”—–") or \
            not (len(words) >= 3 or any(ch.isdigit() or ch.isupper() for ch in intro[1:])):
        return asked  # not one short introductory phrase that says something ("In response,")
    if any(w.lower() in AUXILIARIES or w[:1].islower() and is_simple_past(w) for w in words[1:]):
        return asked  # a clause ("After the militia attacked the base, ..."), not a phrase
    phrase = _DEMONSTRATIVE.sub("the", intro[0].lower() + intro[1:])
    if phrase.lower() in asked.lower():
        return asked
    return f"{asked.rstrip('?')} {phrase}?"


def _figure_question(text: str, mention: FigureMention, names: frozenset[str]) -> str | None:
    from quiz.generate.clauses import (
        AUXILIARIES, DETERMINERS, PREPOSITIONS, find_clause, question, tidy, tokenize,
    )
    from quiz.generate.spans import span_question

    thing = mention.thing
    if mention.kind in (AnswerKind.PERCENT, AnswerKind.AMOUNT):
        return _how_much(text, mention, names)
    if mention.kind in (AnswerKind.RANGE, AnswerKind.ORDINAL) or not thing or \
            thing.startswith("of "):
        return None  # "nine of them", "500,000 of its processors": asked as a cloze
    before = text[:mention.start]
    after = text[mention.thing_end:] if mention.kind is not AnswerKind.DURATION \
        else text[mention.end:]
    clause_start = max(before.rfind(", ") + 2 if before.rfind(", ") >= 0 else 0,
                       before.rfind("; ") + 2 if before.rfind("; ") >= 0 else 0)
    head = before[clause_start:]
    said_it = _SAID_IT.match(head)
    if said_it is not None and said_it.group("who")[:1].isupper():
        # "The sheriff's office said it had closed two highways": "it" is the office
        who = said_it.group("who")
        head = f"{who} {head[said_it.end():]}"
    # "About 900 firefighters and 12 helicopters are fighting": the other figure of the
    # subject is left out ("How many firefighters are fighting ...?")
    after = _OTHER_FIGURE.sub("", after, count=1) if not head.strip() else after
    tail = re.split(r"[,;:—–(]|\s(?:and|but|while|whereas|because|which|who)\s", after,
                    maxsplit=1)[0]
    tail = tail.rstrip(" .!?\"”’")
    head_words = head.split()
    lead = head_words[-1].lower() if head_words else ""
    if mention.kind is AnswerKind.DURATION:
        if lead != "for":
            return None
        asked = span_question(text, before.rfind("for"), mention.end, "How long", "How long",
                              allow_np=False)
        if asked is not None and _GERUND_OBJECT.search(asked.question):
            return None  # "accused X of ignoring warnings for a decade": the ignoring lasted
        return asked.question if asked else None
    if mention.kind is not AnswerKind.COUNT:
        return None  # amounts and percentages are asked as clozes: their nouns vary too much
    what = "How many"
    if thing.lower() in _DISTANCES and _FROM_AFTER.match(text, mention.thing_end):
        return None  # "attacked eight kilometres from the finish": where, not how far
    if thing.lower() == "times":
        return None  # "How many times ..." questions need the whole clause; cloze instead
    # existential: "There are an estimated 2,500 troops deployed ..."
    exist = re.search(r"\b(?:[Tt]here)\s+(are|were|is|was)\s+(?:an?\s+estimated\s+|some\s+)?$",
                      head)
    if exist:
        verb = {"is": "are", "was": "were"}.get(exist.group(1), exist.group(1))
        body = tidy(f"{verb} {tail}")
        return f"{what} {thing} {body}?" if body.split() else f"{what} {thing} {verb} there?"
    stripped = re.sub(r"\b(?:the|an?)\s+(?:estimated\s+)?$", "", head, flags=re.I).strip()
    if not stripped or stripped.lower() in ("the", "an estimated"):
        # the figure opens the clause: it is the subject ("Dozens of soldiers suffered ...")
        tokens = tokenize(tail)
        if not tokens or tokens[0].low not in AUXILIARIES and not _is_past(tokens[0].text):
            return None
        if tokens[0].low not in AUXILIARIES and re.search(
                r"\b(?:is|are|was|were|has|have|had|will|would)\b", after[len(tail):]):
            return None  # "2,500 troops stationed in Iraq ... have been": a participle
        body = tidy(tail)
        if len(body.split()) < 2:
            return None
        return f"{what} {thing} {body}?"
    # the figure is the object right after the verb: "Iran targeted a pair of bases"
    if lead in PREPOSITIONS or lead in DETERMINERS - {"the", "a", "an"}:
        return None
    of_what = re.match(r"\s*of\s+(?:the\s+|an?\s+)?[a-z][\w'’-]*", tail)
    if of_what is not None:
        # "received 9 reports of fires in the US": "How many reports of fires did ... receive"
        thing = f"{thing} {of_what.group().strip()}"
        tail = tail[of_what.end():]
    relative = re.match(r"(?:which|who)\s+", stripped)
    if relative is not None:
        # "The union, which represents 2,400 teachers": the antecedent is the subject
        antecedent = _antecedent(before[:clause_start].rstrip(", "))
        if antecedent is None:
            return None
        stripped = f"{antecedent} {stripped[relative.end():]}"
    clause = _clause_of(stripped)
    if clause is None or clause.rest:
        return None  # something between the verb and the figure: too risky to move
    first = tail.split()[0] if tail.split() else ""
    if first[:1].islower() and (_is_past(first) or first.endswith("ing")):
        return None  # "recalling 120,000 scooters sold in Europe": the thing has a modifier
    subject = clause.subject
    head_word = subject.split(" ", 1)[0]
    if head_word.islower() and head_word in names:
        subject = head_word.capitalize() + subject[len(head_word):]  # "Rovers have scored"
    rewritten = question(f"{what} {thing}", clause.__class__(
        subject, clause.auxiliary, clause.verb, tail, clause.base))
    return rewritten


#: Verbs of change that take "by" + the change ("fell 11 percent", "raises taxes by 3.5%").
_CHANGE = re.compile(r"^(?:f[ae]ll|falls|falling|r[io]se|risen|rises|rising|grew|grown|grows|"
                     r"dropped|drops|declined|declines|climbed|climbs|jumped|jumps|slipped|"
                     r"increased|increases|decreased|decreases|raised|raises|cut|cuts|"
                     r"reduced|reduces|lowered|lowers|boosted|boosts|gained|gains|lost|loses|"
                     r"surged|surges|plunged|plunges|soared|soars|shrank|shrinks)$")
_CURRENCY_WORDS = frozenset({"dollars", "euros", "pounds", "yen", "francs", "rupees", "yuan",
                             "pesos", "kronor", "crowns", "dinars", "rand"})
_SAID_IT = re.compile(r"^(?P<who>(?:The\s+)?[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,5}?)\s+"
                      r"(?:said|says|announced|reported|added)\s+(?:that\s+)?it\s+")
_OTHER_FIGURE = re.compile(r"^\s+and\s+(?:about\s+|some\s+|nearly\s+)?\d[\d,.]*\s+[a-z]+(?=\s)")
_REPORTED = re.compile(r"^(?:said|says|added|announced|warned|argued|estimated|told\s+\w+)\s+"
                       r"(?:that\s+)?")
_CONJUNCTION = re.compile(r"^.*\b(?:while|whereas|because|although|though|as|when|that|and|"
                          r"but|after|before|since|if)\s+", re.I)


def how_much_answer(text: str, mention: FigureMention) -> str:
    """The answer to a "How much" question: the amount with its currency word ("96 million
    dollars"), as the sentence writes it."""
    if mention.thing.lower() in _CURRENCY_WORDS:
        return text[mention.start:mention.thing_end]
    return mention.answer


def _how_much(text: str, mention: FigureMention, names: frozenset[str]) -> str | None:
    """"By how much did X fall?" for a change, "How much will X receive?" for a sum of
    money that is the object of the clause's verb; ``None`` when not safe."""
    from quiz.generate.clauses import tidy

    money = mention.kind is AnswerKind.AMOUNT and (
        mention.thing.lower() in _CURRENCY_WORDS or text[mention.start:mention.start + 1] in
        "$€£¥")
    before = text[:mention.start]
    head = re.split(r"[,;:—–(]\s", before)[-1]
    head = _REPORTED.sub("", _CONJUNCTION.sub("", head))
    by = re.search(r"\s+by\s*$", head)
    core = (head[:by.start()] if by else head).strip()
    words = core.split()
    if not words:
        return None
    change = any(_CHANGE.match(w.lower()) for w in words[-6:])
    if change and (by or _CHANGE.match(words[-1].lower())):
        wh = "By how much"
    elif money and not by:
        wh = "How much"
    else:
        return None
    end = mention.thing_end if mention.thing.lower() in _CURRENCY_WORDS else mention.end
    tail = re.split(r"[,;:—–(]|\s(?:and|but|while|whereas|because|which|who|as|to|"
                    r"following|amid|due|in response|in reaction)\b",
                    text[end:], maxsplit=1)[0].rstrip(" .!?\"”’")
    when = _WHEN_AFTER_TO.match(text, end) if not tail else None
    if when is not None:  # "fell 9% to 4.2 billion crowns last year": the time stays
        tail = when.group("when")
    clause = _clause_of(core)
    if clause is not None and wh == "By how much":
        clause = _had_done(clause)  # "will have their allowances reduced by two-thirds"
    if clause is None or len(clause.rest.split()) > 4 or \
            re.search(r"\b(?:by|in|on|at|for|from|to|with)\b", clause.rest) or \
            wh == "How much" and " of " in f" {clause.rest} " or \
            wh == "How much" and any(w[:1].islower() for w in clause.rest.split()):
        return None  # only a name may stand between the verb and the sum ("fined Kemora
        # 850,000 euros"): "faced a $30 million shortfall" is no sum the subject faced
    if money and mention.thing[:1].islower() and \
            mention.thing.lower() not in _CURRENCY_WORDS:
        return None  # "a $412 million budget": the sum describes a noun
    verb = clause.verb.split()[-1] if clause.verb else ""
    if wh == "By how much" and clause.rest and not (_CHANGE.match(verb) or
                                                    _CHANGE.match(f"{verb}s")):
        return None
    from quiz.generate.clauses import question
    from quiz.generate.grammar import first_lower

    subject = first_lower(clause.subject, names) if text.startswith(core) else clause.subject
    asked = question(wh, clause.__class__(subject, clause.auxiliary, clause.verb,
                                          tidy(f"{clause.rest} {tail}"), clause.base))
    return asked


_HAD_DONE = re.compile(r"^(?:their|its|his|her)\s+(?P<thing>(?:[a-z-]+\s+){0,2}[a-z-]+)\s+"
                       r"(?P<done>[a-z]+ed|cut)$")


def _had_done(clause: Clause) -> Clause | None:
    """"Farmers will have their allowances reduced" as "farmers' allowances will be reduced"
    (a change done to the subject's thing); other clauses unchanged, ``None`` when a "have"
    with a participle cannot be turned so."""
    if not clause.verb and clause.auxiliary == "had":
        clause = clause.__class__(clause.subject, "", "had", clause.rest, "have")
    if clause.verb not in ("have", "has", "had") or not clause.auxiliary and \
            clause.verb != "had":
        return clause
    match = _HAD_DONE.match(clause.rest)
    if match is None or not _CHANGE.match(match.group("done")):
        return None if _HAD_DONE.match(clause.rest) else clause
    subject = clause.subject
    owner = f"{subject}'" if subject.endswith("s") else f"{subject}'s"
    thing = match.group("thing")
    plural = thing.endswith("s") and not thing.endswith("ss")
    if clause.auxiliary:
        return clause.__class__(f"{owner} {thing}", clause.auxiliary,
                                f"be {match.group('done')}", "", "")
    return clause.__class__(f"{owner} {thing}", "were" if plural else "was",
                            match.group("done"), "", "")


_GERUND_OBJECT = re.compile(r"\b(?:of|for|from|about|with|by|after|before)\s+[a-z]+ing\b")
_DISTANCES = frozenset({"kilometres", "kilometers", "km", "miles", "metres", "meters", "yards",
                        "feet"})
_FROM_AFTER = re.compile(r"\s+(?:from|away|short|off|outside|before|after|south|north|east|"
                         r"west)\b")
#: A time after the level a change reached: " to 4.2 billion crowns last year".
_WHEN_AFTER_TO = re.compile(r"\s+to\s+[^,;:]*?\s(?P<when>(?:last|this)\s+(?:year|month|week|"
                            r"quarter)|in\s+(?:(?:1[89]|20)\d\d|the\s+(?:first|second|third|"
                            r"fourth)\s+quarter))\b")
_DO_BASE = {"has": "have", "does": "do", "goes": "go"}
_NOT_PRESENT = frozenset({"its", "his", "this", "was", "is", "has", "us", "as", "news",
                          "series", "always", "perhaps", "sometimes", "thus", "plus"})


def _clause_of(text: str) -> Clause | None:
    """``text`` as subject + verb group + rest: a past or compound tense by the clause
    reader, a present tense ("The union represents") by its "-s" verb, asked with "does"."""
    from quiz.generate.clauses import DETERMINERS, Clause, find_clause, tokenize

    tokens = tokenize(text)
    clause = find_clause(tokens, text, 0, len(tokens))
    if clause is not None:
        return clause
    words = text.split()
    for i in range(1, min(len(words), 7)):
        word = words[i]
        low = word.lower()
        if not (low.isalpha() and low == word and low.endswith("s")) or low in _NOT_PRESENT \
                or low.endswith(("ss", "us", "is")):
            continue
        subject = words[:i]
        if subject[-1].lower() in DETERMINERS:
            continue  # "The parks department ...": "parks" is a noun
        if not (
                subject[0][:1].isupper() or subject[0].lower() in DETERMINERS):
            return None
        if any(w.lower() in ("who", "which", "that", "and", "or", "but") or
               w.lower().endswith("ed") for w in subject):
            return None
        if low in _DO_BASE:
            base = _DO_BASE[low]
        elif low.endswith("ies"):
            base = low[:-3] + "y"
        elif low.endswith(("shes", "ches", "xes", "zes", "sses")):
            base = low[:-2]
        else:
            base = low[:-1]
        first = subject[0].lower() if subject[0].lower() in DETERMINERS else subject[0]
        return Clause(" ".join([first, *subject[1:]]), "does", base, " ".join(words[i + 1:]))
    return None


def _antecedent(text: str) -> str | None:
    """The noun phrase a relative clause follows ("The Eastbrook Teachers Union" in "The
    Eastbrook Teachers Union, which ..."), when it opens the sentence or clause."""
    phrase = re.split(r"[,;:—–(]\s", text)[-1].strip()
    inner = _LAST_OBJECT.search(phrase)
    if inner is not None:
        phrase = inner.group(1)  # "talks with the Green Union, which won": the Union
    words = phrase.split()
    if not 1 <= len(words) <= 6 or not (words[0][:1].isupper()):
        return None
    if any(w[:1].islower() and w.lower() not in ("of", "the", "and") and
           not w.lower().endswith(("'s", "’s")) and len(words) > 1 and w == words[-1]
           for w in words):
        return None
    return phrase


_LAST_OBJECT = re.compile(r"\s(?:with|of|for|from|to|against|by|at|in|on)\s+"
                          r"((?:the\s+)?[A-Z][^,;]*)$")


def _is_past(word: str) -> bool:
    from quiz.generate.clauses import is_simple_past

    return word[0].islower() and is_simple_past(word)
