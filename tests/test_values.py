"""Parsing of short date and number expressions, and answer text normalisation."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.values.dates import DateMatch, DatePart, DateValue, Precision, parse_date
from quiz.values.numbers import NumberMatch, NumberValue, Qualifier, parse_number
from quiz.values.text import fold, normalise, strip_accents

# --- text ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("The Hague", "hague"),
    ("  the   HAGUE ", "hague"),
    ("An Phoblacht", "phoblacht"),
    ("A", "a"),  # an answer that is only an article keeps it
    ("A. Smith", "a smith"),  # an initial is not an article
    ("\u201cThe Hague\u201d", "hague"),
    ("(the) Hague", "the hague"),
    ("U.S.-led coalition", "us led coalition"),
    ("O\u2019Brien", "obrien"),
    ("O'Brien", "obrien"),
    ("Zürich", "zurich"),
    ("Łódź", "lodz"),
    ("Søren Kierkegaard", "soren kierkegaard"),
    ("Straße", "strasse"),
    ("\u201cquoted\u201d", "quoted"),
    ("AT&T", "at and t"),
    ("3.5 percent", "3.5 percent"),
    ("2,500", "2 500"),
    ("-5", "minus 5"),
    ("\u22125 degrees", "minus 5 degrees"),
    ("2014-2017", "2014 2017"),
    ("Jean\u2013Luc", "jean luc"),
    ("mid\u2011October", "mid october"),
    ("theatre", "theatre"),  # only a whole leading word is an article
    ("", ""),
])
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_fold_keeps_case_and_punctuation() -> None:
    assert fold("  2014\u20132017\u00a0 \u2018x\u2019 ") == "2014-2017 'x'"
    assert strip_accents("Erdoğan") == "Erdogan"


# --- dates ---------------------------------------------------------------------------------


def day(year: int | None, month: int, d: int) -> DateValue:
    return DateValue(Precision.DAY, year=year, month=month, day=d)


def month(year: int | None, m: int, part: DatePart | None = None) -> DateValue:
    return DateValue(Precision.MONTH, year=year, month=m, part=part)


def year(y: int, part: DatePart | None = None) -> DateValue:
    return DateValue(Precision.YEAR, year=y, part=part)


def years(start: int, end: int) -> DateValue:
    return DateValue(Precision.RANGE, start=start, end=end)


@pytest.mark.parametrize(("text", "expected"), [
    ("3 January 2020", day(2020, 1, 3)),
    ("January 3, 2020", day(2020, 1, 3)),
    ("Jan. 3, 2020", day(2020, 1, 3)),
    ("Sept 30 2021", day(2021, 9, 30)),
    ("3rd of January, 2020", day(2020, 1, 3)),
    ("the 3rd of January 2020", day(2020, 1, 3)),
    ("Friday, 3 January 2020", day(2020, 1, 3)),
    ("on 3 January 2020", day(2020, 1, 3)),
    ("2020-01-03", day(2020, 1, 3)),
    ("2020/1/3", day(2020, 1, 3)),
    ("13/1/2020", day(2020, 1, 13)),
    ("1/13/2020", day(2020, 1, 13)),
    ("13.01.2020", day(2020, 1, 13)),
    ("3/3/2020", day(2020, 3, 3)),
    ("29 February 2020", day(2020, 2, 29)),
    ("January 2020", month(2020, 1)),
    ("Jan 2020", month(2020, 1)),
    ("January of 2020", month(2020, 1)),
    ("2020-01", month(2020, 1)),
    ("01/2020", month(2020, 1)),
    ("1/2020", month(2020, 1)),
    ("2011-12", month(2011, 12)),
    ("mid-October 2020", month(2020, 10, DatePart.MID)),
    ("2020", year(2020)),
    ("in 2020", year(2020)),
    ("in the year 2020", year(2020)),
    ("early 2020", year(2020, DatePart.EARLY)),
    ("mid-2020", year(2020, DatePart.MID)),
    ("the end of 2019", year(2019, DatePart.LATE)),
    ("October 7", day(None, 10, 7)),
    ("7 October", day(None, 10, 7)),
    ("the 7th of October", day(None, 10, 7)),
    ("October", month(None, 10)),
    ("mid-October", month(None, 10, DatePart.MID)),
    ("mid\u2013October", month(None, 10, DatePart.MID)),
    ("early October", month(None, 10, DatePart.EARLY)),
    ("the beginning of October", month(None, 10, DatePart.EARLY)),
    ("the end of October", month(None, 10, DatePart.LATE)),
    ("2014-2017", years(2014, 2017)),
    ("2014\u20132017", years(2014, 2017)),
    ("2014 \u2013 2017", years(2014, 2017)),
    ("2014-17", years(2014, 2017)),
    ("2014 to 2017", years(2014, 2017)),
    ("from 2014 to 2017", years(2014, 2017)),
    ("between 2014 and 2017", years(2014, 2017)),
    ("the 1990s", years(1990, 1999)),
    ("1990's", years(1990, 1999)),
])
def test_parse_date(text: str, expected: DateValue) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "3/1/2020",  # ambiguous
    "31 February 2020", "29 February 2021", "32 January 2020", "13/13/2020", "2020-13",
    "2017-2014", "Iran", "", "  ", "3", "100", "11 September attacks", "last Thursday",
    "January 2020 and more", "123456",
])
def test_not_a_date(text: str) -> None:
    assert parse_date(text) is None


def test_dayfirst_decides_ambiguous_numeric_dates() -> None:
    assert parse_date("3/1/2020", dayfirst=True) == day(2020, 1, 3)
    assert parse_date("3/1/2020", dayfirst=False) == day(2020, 3, 1)
    assert parse_date("13/1/2020", dayfirst=False) == day(2020, 1, 13)


def test_isoformat() -> None:
    assert day(2020, 1, 3).isoformat() == "2020-01-03"
    assert month(2020, 1).isoformat() == "2020-01"
    assert year(2020).isoformat() == "2020"
    assert day(None, 10, 7).isoformat() == "--10-07"
    assert month(None, 10).isoformat() == "--10"
    assert years(2014, 2017).isoformat() == "2014/2017"


@pytest.mark.parametrize(("answer", "response", "expected"), [
    (day(2020, 1, 3), day(2020, 1, 3), DateMatch.SAME),
    (day(2020, 1, 3), day(2020, 1, 4), DateMatch.DIFFERENT),
    (day(2020, 1, 3), month(2020, 1), DateMatch.DIFFERENT),
    (day(2020, 1, 3), year(2020), DateMatch.DIFFERENT),
    (day(2020, 1, 3), day(None, 1, 3), DateMatch.DIFFERENT),
    (month(2020, 1), day(2020, 1, 3), DateMatch.MORE_PRECISE),
    (month(2020, 1), day(2021, 1, 3), DateMatch.DIFFERENT),
    (year(2020), month(2020, 5), DateMatch.MORE_PRECISE),
    (day(None, 10, 7), day(2023, 10, 7), DateMatch.MORE_PRECISE),
    (month(None, 10, DatePart.MID), month(None, 10), DateMatch.DIFFERENT),
    (month(None, 10, DatePart.MID), month(None, 10, DatePart.MID), DateMatch.SAME),
    (month(None, 10, DatePart.MID), day(None, 10, 15),
     DateMatch.MORE_PRECISE),
    (month(None, 10, DatePart.MID), day(None, 10, 25), DateMatch.DIFFERENT),
    (month(None, 10, DatePart.MID), month(None, 10, DatePart.LATE), DateMatch.DIFFERENT),
    (month(2020, 10), month(2020, 10, DatePart.MID), DateMatch.MORE_PRECISE),
    (year(2020, DatePart.EARLY), month(2020, 2), DateMatch.MORE_PRECISE),
    (year(2020, DatePart.EARLY), month(2020, 11), DateMatch.DIFFERENT),
    (year(2020, DatePart.EARLY), year(2020), DateMatch.DIFFERENT),
    (years(2014, 2017), years(2014, 2017), DateMatch.SAME),
    (years(2014, 2017), year(2014), DateMatch.DIFFERENT),
    (year(2014), years(2014, 2017), DateMatch.DIFFERENT),
])
def test_date_compare(answer: DateValue, response: DateValue, expected: DateMatch) -> None:
    assert answer.compare(response) is expected
    assert answer.matches(response) is (expected is not DateMatch.DIFFERENT)


# --- numbers -------------------------------------------------------------------------------


def num(value: float, qualifier: Qualifier = Qualifier.EXACT, unit: str = "",
        high: float | None = None, ordinal: bool = False) -> NumberValue:
    return NumberValue(value, qualifier, unit, high, ordinal)


@pytest.mark.parametrize(("text", "expected"), [
    ("2500", num(2500)),
    ("2,500", num(2500)),
    ("2 500", num(2500)),
    ("2\u00a0500", num(2500)),
    ("2,500,000", num(2_500_000)),
    ("2,500.75", num(2500.75)),
    ("0.5", num(0.5)),
    (".5", num(0.5)),
    ("-3", num(-3)),
    ("minus 3 degrees", num(-3, unit="degree")),
    ("two thousand five hundred", num(2500)),
    ("Two thousand, five hundred", num(2500)),
    ("two thousand and five", num(2005)),
    ("a hundred and one", num(101)),
    ("twenty-five", num(25)),
    ("nine hundred ninety-nine thousand nine hundred ninety-nine", num(999_999)),
    ("one million two hundred thousand", num(1_200_000)),
    ("2.5 thousand", num(2500)),
    ("2.5 million", num(2_500_000)),
    ("3k", num(3000)),
    ("a dozen", num(12)),
    ("half a dozen", num(6)),
    ("half a million", num(500_000)),
    ("two and a half years", num(2.5, unit="year")),
    ("zero", num(0)),
    ("second", num(2, ordinal=True)),
    ("the second", num(2, ordinal=True)),
    ("2nd", num(2, ordinal=True)),
    ("21st", num(21, ordinal=True)),
    ("twenty-first", num(21, ordinal=True)),
    ("two hundredth", num(200, ordinal=True)),
    ("more than 100", num(100, Qualifier.MORE_THAN)),
    ("over 100", num(100, Qualifier.MORE_THAN)),
    ("more than a hundred", num(100, Qualifier.MORE_THAN)),
    ("fewer than 10 people", num(10, Qualifier.LESS_THAN, "person")),
    ("at least 5", num(5, Qualifier.AT_LEAST)),
    ("100+", num(100, Qualifier.AT_LEAST)),
    ("100 or more", num(100, Qualifier.AT_LEAST)),
    ("up to 40", num(40, Qualifier.AT_MOST)),
    ("about five months", num(5, Qualifier.ABOUT, "month")),
    ("nearly 3,000 troops", num(3000, Qualifier.ABOUT, "troop")),
    ("some 20 or so", None),
    ("dozens", num(12, Qualifier.VAGUE)),
    ("dozens of people", num(12, Qualifier.VAGUE, "person")),
    ("hundreds", num(100, Qualifier.VAGUE)),
    ("tens of thousands", num(10_000, Qualifier.VAGUE)),
    ("several hundred", num(100, Qualifier.VAGUE)),
    ("5 months", num(5, unit="month")),
    ("5 yrs", num(5, unit="year")),
    ("5 months in prison", num(5, unit="month")),
    ("2,500 troops", num(2500, unit="troop")),
    ("$2.5bn", num(2.5e9, unit="dollar")),
    ("$2.5 billion", num(2.5e9, unit="dollar")),
    ("2.5 billion dollars", num(2.5e9, unit="dollar")),
    ("\u20ac40m", num(40e6, unit="euro")),
    ("12%", num(12, unit="percent")),
    ("12 per cent", num(12, unit="percent")),
    ("10-20", num(10, high=20)),
    ("between 10 and 20", num(10, high=20)),
    ("5 to 6 years", num(5, unit="year", high=6)),
])
def test_parse_number(text: str, expected: NumberValue | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", [
    "", "Iran", "five six", "twenty ten", "hundred", "11 September", "3 January",
    "one and two", "1,5", "12,34", "2,5000", "five and six", "$5 euros", "more than 100+",
    "20-10",
])
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(("answer", "response", "expected"), [
    ("100", "100", NumberMatch.SAME),
    ("100", "about 100", NumberMatch.SAME),
    ("100", "101", NumberMatch.DIFFERENT),
    ("100", "more than 100", NumberMatch.DIFFERENT),
    ("more than 100", "100", NumberMatch.AT_LEAST),
    ("more than 100", "at least 100", NumberMatch.SAME),
    ("more than 100", "101", NumberMatch.DIFFERENT),
    ("more than 100", "less than 100", NumberMatch.DIFFERENT),
    ("more than 100", "about 100", NumberMatch.DIFFERENT),
    ("less than 100", "100", NumberMatch.AT_MOST),
    ("about 5 months", "5", NumberMatch.SAME),
    ("about 5 months", "5 years", NumberMatch.DIFFERENT),
    ("5 months", "5 months in prison", NumberMatch.SAME),
    ("2,500 troops", "2500 soldiers", NumberMatch.SAME),  # nouns are not units of measure
    ("$5 million", "5 million euros", NumberMatch.DIFFERENT),
    ("dozens", "dozens", NumberMatch.SAME),
    ("dozens", "12", NumberMatch.DIFFERENT),
    ("dozens", "hundreds", NumberMatch.DIFFERENT),
    ("10-20", "between 10 and 20", NumberMatch.SAME),
    ("10-20", "10", NumberMatch.DIFFERENT),
    ("second", "2", NumberMatch.SAME),
])
def test_number_compare(answer: str, response: str, expected: NumberMatch) -> None:
    parsed_answer, parsed_response = parse_number(answer), parse_number(response)
    assert parsed_answer is not None and parsed_response is not None
    assert parsed_answer.compare(parsed_response) is expected
    assert parsed_answer.matches(parsed_response) is (expected is not NumberMatch.DIFFERENT)


def test_parsing_modules_stay_headless() -> None:
    code = ("import sys, quiz.values.dates, quiz.values.numbers, quiz.values.text, "
            "quiz.engine.grading; print('textual' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_known_units() -> None:
    assert parse_number("5 months") is not None and parse_number("5 months").unit_is_known
    assert not num(5, unit="troop").unit_is_known


_TOKENS = st.sampled_from([
    "3", "12", "2020", "1990s", "-", "/", ".", ",", " ", "of", "the", "mid", "January", "Jan.",
    "to", "and", "between", "more than", "about", "dozen", "hundred", "thousand", "half", "a",
    "k", "bn", "$", "%", "st", "th", "+", "or more", "months", "\u2013", "second", "twenty",
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), st.lists(_TOKENS, max_size=8).map("".join),
                 st.lists(_TOKENS, max_size=8).map(" ".join)))
def test_parsers_never_raise(text: str) -> None:
    date = parse_date(text)
    number = parse_number(text)
    assert date is None or date.matches(date)
    assert number is None or number.matches(number)
    assert normalise(text) == " ".join(normalise(text).split())
