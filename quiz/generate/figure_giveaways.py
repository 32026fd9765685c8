"""Figure gaps the rest of the sentence answers: a share whose other side is given ("had ___
of the vote against 46.2%"), a total beside its parts, a change beside its two ends ("from 5
to ___, an increase of 3"), an ordinal its context word forces ("a consecutive ___ term")."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from quiz.generate.facts import AnswerKind, Fact
from quiz.model import CLOZE_GAP

#: A number of the sentence: digits (with a scale word) or a number word, and whether it is
#: a percentage. A number glued to letters or a hyphen on its left ("F-35", "No.9") is a name.
_NUMBER = re.compile(
    r"(?<![\w.\-/])(?:(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>\s*(?:million|billion|thousand|m\b|bn\b))?"
    r"|(?P<word>(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b))"
    r"(?P<pct>\s*(?:%|per\s?cent\b|percent\b|percentage\s+points?\b))?",
    re.I)

#: ("one" is left out: "one of them", "one person" are no quantities to add up)
_WORD_VALUES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}

#: The ending of an ordinal written in digits ("11th", "2nd"): a rank, no quantity.
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.I)

_SCALES = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3}

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
#: A day of a date ("May 8", "8 January"): no quantity.
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s+$")
_MONTH_AFTER = re.compile(rf"\s+{_MONTH}\b")

#: What joins the other side of a split to the gapped share: "___ of the vote against 46.2%
#: for X", "___, compared with 41% for Y", "___ and Y 40%", "___ while Y took 40%".
_OTHER_SIDE = re.compile(r",?\s+(?:against|versus|vs\.?|compared\s+(?:with|to)|to|and|"
                         r"while|whereas)\s+(?:[^\s,;:]+\s+){0,4}?$")
_CLAUSE_END = re.compile(r"[,;:]|\.\s*$|\.[\"”’']?\s*$")

#: What may follow a cut: the end of the sentence, or its attribution ("..., the board said").
_ENDING = re.compile(r"(?:,\s+(?:according\s+to\s+[^,;]+|[^,;]*\b(?:said|says|reported|"
                     r"announced|added|confirmed)\b[^,;]*))?[.!?][\"”’']?\s*$")
#: A change stated at the end of a sentence: ", an increase of 160 million crowns.", ", up 3".
_CHANGE_PHRASE = re.compile(r",\s+(?:an?\s+(?:increase|rise|jump|gain|drop|fall|decline|"
                            r"decrease|cut|reduction)\s+of|up|down)\s+(?:[^,;]|,(?=\d))+?(?P<tail>)"
                            r"(?=[.!?][\"”’']?\s*$)")

#: A context word that leaves one ordinal: "a consecutive ___ term", "a straight ___ title".
_ORDINAL_FORCED_BEFORE = re.compile(r"\b(?:consecutive|successive|straight|running|"
                                    r"back-to-back)\s+$", re.I)
#: "seeking a ___ term": the second term is the one there is to seek (re-election).
_TERM_AFTER = re.compile(r"\s+(?:(?:consecutive|successive|straight|full)\s+)?term\b", re.I)


def _value(fact_value: str) -> float | None:
    try:
        return float(fact_value.lstrip("~"))
    except ValueError:
        return None  # a range ("5/9"), a tally, a temperature, joined durations


@functools.lru_cache(maxsize=4096)  # a sentence is read for each of its figures
def _numbers(text: str) -> tuple[tuple[float, bool, int, int], ...]:
    """The quantities of ``text``: value, whether a percentage, start, end. Years and the
    days of dates are left out."""
    found = []
    for match in _NUMBER.finditer(text):
        if text[match.end():match.end() + 1] in ("-", ":") or \
                text[match.start() - 1:match.start()] == ":":
            continue  # "an eight-month-old", "2:16:40": an attribute, a clock
        if _ORDINAL_SUFFIX.match(text, match.end()):
            continue  # "sit 11th, six points outside ..., with 17 games left": a rank
        digits, word = match.group("digits"), match.group("word")
        if digits is not None:
            if len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100 and \
                    not match.group("pct") and not match.group("scale"):
                continue  # a year
            if _MONTH_BEFORE.search(text, max(0, match.start() - 12), match.start()) or \
                    _MONTH_AFTER.match(text, match.end()):
                continue  # a day of a month
            value = float(digits.replace(",", ""))
            scale = (match.group("scale") or "").strip().lower()
            value *= _SCALES.get(scale, 1.0)
        else:
            value = float(_WORD_VALUES[word.lower()])
        found.append((value, bool(match.group("pct")), match.start(), match.end()))
    return tuple(found)


def _same(first: float, second: float) -> bool:
    return abs(first - second) <= 1e-6 * max(1.0, abs(first))


def _giving_away(answer: float, percent: bool,
                 others: Sequence[tuple[float, bool, int, int]]) -> list[int] | None:
    """The indexes (in ``others``) of the numbers that give ``answer`` away, or ``None``."""
    alike = [i for i, other in enumerate(others) if other[1] == percent]
    values = [others[i][0] for i in alike]
    if percent:
        for i, value in zip(alike, values):
            if _same(100.0 - value, answer):
                return [i]  # a two-way split: "___ against 46.2%"
        if len(values) >= 2 and _same(100.0 - sum(values), answer):
            return alike
    for a in range(len(values)):
        for b in range(a + 1, len(values)):
            first, second = values[a], values[b]
            if _same(first + second, answer) or _same(abs(first - second), answer):
                return [alike[a], alike[b]]  # a total and its parts, a change and its ends
    if len(values) >= 3 and _same(sum(values), answer):
        return alike
    return None


def unforced_gap(fact: Fact, gapped: str, text: str, start: int, end: int) -> str | None:
    """``gapped`` (``text`` with its answer ``text[start:end]`` gapped) when the rest of the
    sentence does not give the answer away; the sentence without the other side of a
    two-way split when that side follows the gap in a phrase of its own ("had ___ of the
    vote against 46.2% for X, the tribunal said" -> "had ___ of the vote, the tribunal
    said"); else ``None``."""
    gap = gapped.find(CLOZE_GAP)
    if gap < 0:
        return gapped
    if fact.kind is AnswerKind.DURATION and _whole_period(fact.answer, gapped, gap):
        return None  # "open ___ a week" -> "seven days": a set phrase, no figure to learn
    if fact.kind is AnswerKind.ORDINAL:
        return None if _forced_ordinal(gapped, gap, fact.answer) else gapped
    answer = _value(fact.value)
    if answer is None or answer == 0:
        return gapped
    percent = fact.kind is AnswerKind.PERCENT
    # the sentence's numbers are read once for all its gaps; the gapped text is read again
    # only when they give the answer away
    numbers = _numbers(text)
    if len(numbers) < 2 or _giving_away(answer, percent, [
            n for n in numbers if n[3] <= start or n[2] >= end]) is None:
        return gapped
    others = _numbers(gapped)
    giving = _giving_away(answer, percent, others)
    if giving is None:
        return gapped
    after = gap + len(CLOZE_GAP)
    cut = _without_change_phrase(gapped, after, [others[i] for i in giving])
    if cut is None:
        if not percent or len(giving) != 1 or others[giving[0]][2] < after:
            return None
        cut = _without_other_side(gapped, after, others[giving[0]])
    return cut if cut is not None and _giving_away(answer, percent, _numbers(cut)) is None \
        else None


def _without_other_side(gapped: str, after: int,
                        other: tuple[float, bool, int, int]) -> str | None:
    """``gapped`` without the other side of a split that follows the gap ("___ of the vote
    against 46.2% for X, the board said" -> "___ of the vote, the board said"), when what
    is left after it is the end of the sentence or its attribution."""
    _, _, start, end = other
    side = _OTHER_SIDE.search(gapped, after, start)
    if side is None or _CLAUSE_END.search(gapped, after, side.start()):
        return None
    close = _CLAUSE_END.search(gapped, end)
    if close is None or not _ENDING.match(gapped, close.start()):
        return None  # "..., Rein Kask, the commission said": a name would be left dangling
    return gapped[:side.start()] + gapped[close.start():]


def _without_change_phrase(gapped: str, after: int,
                           giving: list[tuple[float, bool, int, int]]) -> str | None:
    """``gapped`` without the phrase that ends it and states the change between two values
    ("loss widened to ___ from 250 million, an increase of 160 million." -> "loss widened
    to ___ from 250 million."), when one of the ``giving`` numbers stands in it."""
    change = _CHANGE_PHRASE.search(gapped, after)
    if change is None or not any(n[2] >= change.start() for n in giving):
        return None
    return gapped[:change.start()] + gapped[change.end("tail"):]


#: A rate's period after a gap ("___ a week", "___ per day").
_PER_PERIOD = re.compile(r"\s+(?:a|an|per|each|every)\s+(?P<period>year|month|week|day|hour|"
                         r"minute)\b")
#: How many of a smaller unit make a period: a duration that fills it is a set phrase
#: ("seven days a week", "24 hours a day", "365 days a year").
_WHOLE = {("day", "week"): (7,), ("hour", "day"): (24,), ("day", "year"): (365, 366),
          ("month", "year"): (12,), ("week", "year"): (52,), ("minute", "hour"): (60,),
          ("second", "minute"): (60,)}
_UNIT_COUNT = re.compile(r"^(?:(?P<digits>\d+)|(?P<word>[a-z]+(?:-[a-z]+)?))\s+"
                         r"(?P<unit>[a-z]+?)s?$")


def _whole_period(answer: str, gapped: str, gap: int) -> bool:
    """Whether the gapped duration fills the period named after the gap ("___ a week" for
    "seven days"), which the phrase gives away."""
    period = _PER_PERIOD.match(gapped, gap + len(CLOZE_GAP))
    count = _UNIT_COUNT.match(answer.lower())
    if period is None or count is None:
        return False
    number = int(count.group("digits")) if count.group("digits") else \
        _WORD_VALUES.get(count.group("word"), 0) + (24 if count.group("word") ==
                                                    "twenty-four" else 0)
    return number in _WHOLE.get((count.group("unit"), period.group("period")), ())


def _forced_ordinal(gapped: str, gap: int, answer: str) -> bool:
    """Whether the words around an ordinal's gap leave no other answer: "a consecutive ___
    term", "seeking a ___ term" (a second one); "first" is what anyone guesses for an ordinal's
    gap ("won his ___ title in 2021")."""
    if answer.lower() in ("first", "1st") or \
            _ORDINAL_FORCED_BEFORE.search(gapped, max(0, gap - 16), gap):
        return True
    return answer.lower() in ("first", "second", "1st", "2nd") and \
        _TERM_AFTER.match(gapped, gap + len(CLOZE_GAP)) is not None
