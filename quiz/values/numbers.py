"""Parsing one short number expression ("2,500", "two thousand five hundred", "more than 100").

:func:`parse_number` reads a whole expression, not numbers inside running text: anything it
does not understand gives ``None``. What it reads:

* digits with separators: "2500", "2,500", "2 500", "2,500.75", "-3", "0.5";
* scales and money: "2.5 thousand", "2.5 million", "$2.5bn", "3k", "€40m", "12%";
* words up to the trillions: "two thousand five hundred", "twenty-five", "a hundred and one",
  "a dozen" (12), "half a dozen" (6), "half a million"; ordinals "second", "2nd", "21st",
  "twenty-first" (valued as their number, with ``ordinal`` set);
* qualifiers before or after: "more than"/"over"/"above" (MORE_THAN), "less than"/"under"
  (LESS_THAN), "about"/"around"/"some"/"nearly"/"almost" (ABOUT), "at least"/"or more"/"100+"
  (AT_LEAST), "at most"/"up to"/"no more than" (AT_MOST);
* vague amounts: "dozens", "hundreds", "tens of thousands", "several hundred" (VAGUE, with the
  scale as ``value``);
* ranges: "10-20", "10 to 20", "between 10 and 20" (``value`` and ``high``), and changes
  "from 5,300 to 2,500" (``value`` the first end, ``high`` the second, in the order stated);
* a unit of up to three words after the number: "5 months", "2,500 troops", "$3 billion" (unit
  "dollar"). Units are lower case and singular; known units are canonical ("yrs" -> "year").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from quiz.values.text import fold, strip_accents

__all__ = ["KNOWN_UNITS", "MAX_LENGTH", "NumberMatch", "NumberValue", "Qualifier",
           "parse_number"]

#: Longer text is not one short expression; refusing it keeps every parse fast.
MAX_LENGTH = 100


class Qualifier(StrEnum):
    """How the stated number relates to the true one."""

    EXACT = "exact"
    MORE_THAN = "more_than"
    LESS_THAN = "less_than"
    ABOUT = "about"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    VAGUE = "vague"  # "dozens", "thousands": value is the scale


class NumberMatch(StrEnum):
    """How a response number compares with an answer number (see :meth:`NumberValue.compare`)."""

    SAME = "same"
    AT_LEAST = "at_least"  # the bare number for "more than N" / "at least N"
    AT_MOST = "at_most"  # the bare number for "less than N" / "at most N"
    DIFFERENT = "different"


#: Units of measure, by every spelling parse_number reads, mapped to one canonical name. Two
#: numbers whose units are both in here must have the same unit to match ("5 months" is not
#: "5 years"); other nouns ("troops", "people") describe what is counted and are not compared.
KNOWN_UNITS: dict[str, str] = {
    **dict.fromkeys(("second", "sec", "s"), "second"),
    **dict.fromkeys(("minute", "min"), "minute"),
    **dict.fromkeys(("hour", "hr", "h"), "hour"),
    "day": "day", "week": "week", "wk": "week", "month": "month", "mo": "month",
    **dict.fromkeys(("year", "yr", "y"), "year"),
    "decade": "decade", "century": "century",
    **dict.fromkeys(("$", "us$", "usd", "dollar", "buck"), "dollar"),
    **dict.fromkeys(("€", "eur", "euro"), "euro"),
    **dict.fromkeys(("£", "gbp", "pound", "pound sterling"), "pound"),
    **dict.fromkeys(("¥", "yen", "yuan", "renminbi"), "yen"),
    "rupee": "rupee", "rouble": "rouble", "ruble": "rouble",
    **dict.fromkeys(("%", "percent", "per cent", "pct"), "percent"),
    "percentage point": "percentage point",
    **dict.fromkeys(("metre", "meter", "m"), "metre"),
    **dict.fromkeys(("kilometre", "kilometer", "km"), "kilometre"),
    "mile": "mile", "mi": "mile", "foot": "foot", "feet": "foot", "ft": "foot",
    **dict.fromkeys(("kilogram", "kilo", "kg"), "kilogram"),
    **dict.fromkeys(("gram", "g"), "gram"),
    **dict.fromkeys(("tonne", "ton", "t"), "tonne"),
    **dict.fromkeys(("litre", "liter", "l"), "litre"),
    "barrel": "barrel", "acre": "acre", "hectare": "hectare", "ha": "hectare",
    **dict.fromkeys(("square kilometre", "square kilometer", "sq km", "km2"), "square kilometre"),
    **dict.fromkeys(("square mile", "sq mi"), "square mile"),
    "degree": "degree",
}

_CURRENCY_PREFIX = re.compile(r"^(?P<cur>us\$|\$|€|£|¥)\s?")
_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_ORDINALS = {"hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9}
_SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}

_PREFIX_QUALIFIERS = tuple((re.compile(rf"^(?:{words}) "), qualifier) for words, qualifier in (
    (r"more than|over|above|upwards of|in excess of|greater than|exceeding", Qualifier.MORE_THAN),
    (r"less than|fewer than|under|below|short of", Qualifier.LESS_THAN),
    (r"at least|no fewer than|no less than|a minimum of|not less than", Qualifier.AT_LEAST),
    (r"at most|up to|no more than|a maximum of|not more than|as many as", Qualifier.AT_MOST),
    (r"about|around|approximately|roughly|some|nearly|almost|close to|circa|c\.|approx\.?"
     r"|an estimated|estimated|~", Qualifier.ABOUT),
))
_SUFFIX_QUALIFIERS = (
    (re.compile(r" or (?:more|over|above)$"), Qualifier.AT_LEAST),
    (re.compile(r" or (?:less|fewer|under|below)$"), Qualifier.AT_MOST),
    (re.compile(r" or so$"), Qualifier.ABOUT),
)
# "2,500.5", "2 500", "2500", ".5"; groups of exactly three digits after a separator.
_DIGITS = re.compile(r"^(?P<num>-?(?:\d{1,3}(?:(?:,\d{3})+|(?: \d{3})+)|\d+)?(?:\.\d+)?)"
                     r"(?P<ord>st|nd|rd|th)?(?P<plus>\+)?(?=$| |[a-z%])")
_VAGUE = re.compile(
    r"^(?:(?:several|a few|many|some) )?(?P<small>dozens|hundreds|thousands|millions|billions"
    r"|tens|scores)(?: of (?P<big>thousands|millions|billions))?(?: of)?(?= |$)"
    r"|^(?:several|a few|many) (?P<scale>dozen|hundred|thousand|million|billion)(?= |$)")
_VAGUE_VALUES = {"dozen": 12, "dozens": 12, "score": 20, "scores": 20, "ten": 10, "tens": 10,
                 "hundred": 100, "hundreds": 100, "thousand": 1e3, "thousands": 1e3,
                 "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9}
_RANGE = re.compile(r"^(?:between (?P<low>.+?) and (?P<high>.+)"
                    r"|(?:from )?(?P<low2>.+?) ?(?P<sep>-| to ) ?(?P<high2>[^ -].*))$")
_UNIT_WORD = re.compile(r"^[a-z%$€£¥][a-z'.%-]*$")
_NOT_UNITS = frozenset({"and", "or", "to", "a", "an", "the", "in", "on", "at", "by", "from"})
# A month or weekday after a number makes a date ("11 September"), never a unit.
_MONTH_OR_DAY = re.compile(
    r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?"
    r"|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\.?$")


@dataclass(frozen=True, slots=True)
class NumberValue:
    """A stated number. ``high`` is set for a range ("10-20": value 10, high 20) or a change
    ("from 5,300 to 2,500": value 5300, high 2500)."""

    value: float
    qualifier: Qualifier = Qualifier.EXACT
    unit: str = ""
    high: float | None = None
    ordinal: bool = False

    @property
    def unit_is_known(self) -> bool:
        """Whether ``unit`` is a unit of measure (see :data:`KNOWN_UNITS`)."""
        return self.unit in _CANONICAL_UNITS

    def compare(self, response: NumberValue) -> NumberMatch:
        """Judge ``response`` against this number as the answer.

        The values must be equal (and the ranges' ends). The response may drop the answer's
        qualifier ("100" for "more than 100": AT_LEAST) or restate it in other words; it may
        not use a contradicting one. Units are compared only when both are units of measure.
        A vague answer ("dozens") needs the same vague response.
        """
        if not (_same(self.value, response.value) and _same_high(self.high, response.high)):
            return NumberMatch.DIFFERENT
        if self.unit_is_known and response.unit_is_known and self.unit != response.unit:
            return NumberMatch.DIFFERENT
        mine, theirs = _GROUP[self.qualifier], _GROUP[response.qualifier]
        if mine == theirs:
            return NumberMatch.SAME
        if self.qualifier is Qualifier.VAGUE or response.qualifier is Qualifier.VAGUE:
            return NumberMatch.DIFFERENT
        if response.qualifier is Qualifier.EXACT:
            if mine == "above":
                return NumberMatch.AT_LEAST
            if mine == "below":
                return NumberMatch.AT_MOST
            return NumberMatch.SAME  # "5" for "about 5"
        if response.qualifier is Qualifier.ABOUT and mine == "exact":
            return NumberMatch.SAME  # "about 5" for "5"
        return NumberMatch.DIFFERENT

    def matches(self, response: NumberValue) -> bool:
        """Whether ``response`` is right for this answer."""
        return self.compare(response) is not NumberMatch.DIFFERENT


# Qualifiers that say the same thing: "more than 100" and "at least 100" are both accepted
# for each other; "about 5" and "5" are told apart only against "more/less than".
_GROUP = {Qualifier.EXACT: "exact", Qualifier.ABOUT: "exact", Qualifier.MORE_THAN: "above",
          Qualifier.AT_LEAST: "above", Qualifier.LESS_THAN: "below", Qualifier.AT_MOST: "below",
          Qualifier.VAGUE: "vague"}
_CANONICAL_UNITS = frozenset(KNOWN_UNITS.values())


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _same_high(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and _same(a, b))


def _singular(word: str) -> str:
    if word in ("people", "persons"):
        return "person"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2:
        return word[:-1]
    return word


def _unit(words: list[str]) -> str | None:
    """The canonical unit for the words after a number; None if they are not a unit."""
    if words and words[0] == "of":
        words = words[1:]
    if not words:
        return ""
    if words[0] in _NOT_UNITS:
        return None
    if len(words) > 3 or any(not _UNIT_WORD.match(w) or _MONTH_OR_DAY.match(w) for w in words):
        return None
    singular = [_singular(w.strip(".")) for w in words]
    for size in (2, 1):  # "per cent", "square kilometres", then "months in prison" -> month
        head = " ".join(singular[:size])
        if len(singular) >= size and head in KNOWN_UNITS:
            return KNOWN_UNITS[head]
    return " ".join(singular)


def _fits(current: float, value: int) -> bool:
    """Whether a word worth ``value`` (0-90) may follow ``current`` within a group of
    hundreds: "twenty" + "five" yes, "five" + "six" and "twenty" + "ten" no."""
    below_hundred = current % 100
    if value >= 10:
        return below_hundred == 0
    return below_hundred == 0 or (below_hundred >= 20 and below_hundred % 10 == 0)


def _words_number(words: list[str]) -> tuple[float, bool, int] | None:
    """(value, ordinal, words used) for a number written in words at the start of ``words``."""
    total = 0.0
    current = 0.0
    seen = False
    last_scale = math.inf
    used = 0
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if word == "and" and seen and following:
            continue
        if word in ("a", "an") and not seen and (
                following in ("hundred", "dozen") or following in _SCALES
                or following in _SCALE_ORDINALS):
            current, seen, used = 1, True, index + 1
            continue
        if word == "half" and not seen and following in ("a", "an"):
            return _half(words, index)
        value = _UNITS_WORDS.get(word, _ORDINAL_WORDS.get(word))
        if value is not None:
            if (seen and not _fits(current, value)) or (value == 0 and seen):
                return None
            current += value
            seen, used = True, index + 1
            if word in _ORDINAL_WORDS:
                return total + current, True, used
            continue
        if word in ("hundred", "hundredth") and seen and 0 < current % 100 < 100 and current < 100:
            current *= 100
            used = index + 1
            if word == "hundredth":
                return total + current, True, used
            continue
        if word == "dozen" and seen and current < 100:
            current, used = current * 12, index + 1
            continue
        scale = _SCALES.get(word) or _SCALE_ORDINALS.get(word)
        if scale is not None and seen and current and scale < last_scale:
            total += current * scale
            current, last_scale, used = 0, scale, index + 1
            if word in _SCALE_ORDINALS:
                return total, True, used
            continue
        break
    if not seen:
        return None
    return total + current, False, used


def _half(words: list[str], index: int) -> tuple[float, bool, int] | None:
    """"half a dozen", "half a million"."""
    following = words[index + 2:index + 3]
    factor = {"dozen": 12.0, "hundred": 100.0, **_SCALES}.get(following[0]) if following else None
    return (factor / 2, False, index + 3) if factor is not None else None


def _digits_number(text: str) -> tuple[float, bool, bool, str] | None:
    """(value, ordinal, trailing plus, rest of text) for a number in digits."""
    match = _DIGITS.match(text)
    if match is None or not any(c.isdigit() for c in match["num"]):
        return None
    value = float(match["num"].replace(",", "").replace(" ", ""))
    rest = text[match.end():].strip()
    head, _, tail = rest.partition(" ")
    if head in _SHORT_SCALES:
        value *= _SHORT_SCALES[head]
        rest = tail
    elif head in _SCALES or head == "hundred":
        value *= _SCALES.get(head, 100.0)
        rest = tail
    return value, bool(match["ord"]), bool(match["plus"]), rest


def _split_short_scale(text: str) -> str:
    """"2.5bn dollars" -> "2.5 bn dollars", "3k" -> "3 k", "12%" -> "12 %"."""
    return re.sub(r"(?<=\d)(k|mn|m|bn|b|tn|%)(?=$| )", r" \1", text)


def _core(text: str) -> NumberValue | None:
    """A number without qualifiers: digits or words, a scale, a unit."""
    currency = ""
    match = _CURRENCY_PREFIX.match(text)
    if match is not None:
        currency = KNOWN_UNITS[match["cur"]]
        text = text[match.end():]
    text = _split_short_scale(text)
    qualifier = Qualifier.EXACT
    digits = _digits_number(text)
    if digits is not None:
        value, ordinal, plus, rest = digits
        if plus:
            qualifier = Qualifier.AT_LEAST
        words = rest.split()
    else:
        words = text.replace(",", " ").split()  # "two thousand, five hundred"
        spelled = _words_number(words)
        if spelled is None:
            return None
        value, ordinal, used = spelled
        words = words[used:]
        if words[:3] == ["and", "a", "half"] and not ordinal:
            value, words = value + 0.5, words[3:]
    unit = _unit(words)
    if unit is None:
        return None
    if currency and unit and unit != currency:
        return None  # "$5 euros"
    return NumberValue(value, qualifier, currency or unit, ordinal=ordinal)


def _vague(text: str) -> NumberValue | None:
    match = _VAGUE.match(text)
    if match is None:
        return None
    small = match["small"] or match["scale"]
    value = _VAGUE_VALUES[small]
    if match["big"]:
        value *= _VAGUE_VALUES[match["big"]]
    unit = _unit(text[match.end():].split())
    if unit is None:
        return None
    return NumberValue(float(value), Qualifier.VAGUE, unit)


def _clean(text: str) -> str:
    cleaned = strip_accents(fold(text)).lower().rstrip(" .;:!?").removeprefix("the ")
    if cleaned.startswith("minus "):
        cleaned = "-" + cleaned.removeprefix("minus ")
    return re.sub(r"(?<=[a-z])-(?=[a-z])", " ", cleaned)  # "twenty-five", "per-cent"


@lru_cache(maxsize=8192)
def _parse(text: str) -> NumberValue | None:
    cleaned = _clean(text)
    if not cleaned:
        return None
    qualifier = Qualifier.EXACT
    for pattern, found in _PREFIX_QUALIFIERS:
        match = pattern.match(cleaned)
        if match is not None:
            qualifier, cleaned = found, cleaned[match.end():]
            break
    else:
        for pattern, found in _SUFFIX_QUALIFIERS:
            match = pattern.search(cleaned)
            if match is not None:
                qualifier, cleaned = found, cleaned[:match.start()]
                break
    if qualifier is Qualifier.EXACT:
        vague = _vague(cleaned)
        if vague is not None:
            return vague
    value = _core(cleaned) or _range(cleaned)
    if value is None:
        return None
    if qualifier is Qualifier.EXACT:
        return value
    if value.qualifier is not Qualifier.EXACT:
        return None  # "more than 100+"
    return NumberValue(value.value, qualifier, value.unit, value.high, value.ordinal)


def _range(text: str) -> NumberValue | None:
    match = _RANGE.match(text)
    if match is None:
        return None
    low = _core(match["low"] or match["low2"])
    high = _core(match["high"] or match["high2"])
    if low is None or high is None or low.qualifier is not Qualifier.EXACT:
        return None
    # "from 5,300 to 2,500" states a change, not a span: it keeps its direction.
    if high.value == low.value or (high.value < low.value and match["sep"] != " to "):
        return None
    if low.unit and high.unit and low.unit != high.unit:
        return None
    return NumberValue(low.value, Qualifier.EXACT, high.unit or low.unit, high=high.value)


def parse_number(text: str) -> NumberValue | None:
    """The number ``text`` states, with its qualifier and unit; None when it is not (only) a
    number. "2,500 troops" -> 2500.0 "troop"; "more than 100" -> 100.0 MORE_THAN."""
    return _parse(text) if len(text) <= MAX_LENGTH else None
