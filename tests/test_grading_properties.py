"""Properties of the grader: every accepted form of an answer is right, in any case and
spacing; a different answer of the same kind is wrong (issue 4, "Tests")."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from quiz.engine.api import Rating
from quiz.engine.grading import Reason, grade
from quiz.model import Card, CardType, Category
from quiz.values.dates import parse_date
from quiz.values.numbers import parse_number

SETTINGS = settings(max_examples=150, deadline=None)

# --- building answers ----------------------------------------------------------------------

_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=9).filter(
    lambda w: w not in ("the", "and"))
_ACCENTED = {"a": "áàâä", "e": "éèêë", "i": "íìîï", "o": "óòôöø", "u": "úùûü", "c": "ç",
             "n": "ñ", "s": "š", "z": "ž"}


def card(answer: str, *accept: str, category: Category = Category.OTHER) -> Card:
    return Card(id="p", type=CardType.TYPED, category=category, question="?", answer=answer,
                accept=accept)


@st.composite
def names(draw: st.DrawFn, min_words: int = 1, max_words: int = 4) -> str:
    words = draw(st.lists(_WORD, min_size=min_words, max_size=max_words))
    return " ".join(word.capitalize() for word in words)


@st.composite
def restyled(draw: st.DrawFn, text: str) -> str:
    """``text`` as a learner might type it: other case, accents, spacing, punctuation between
    words, typographic quotes around it, a leading article."""
    words = text.split(" ")
    out: list[str] = []
    for word in words:
        letters = []
        for char in word:
            lower = char.lower()
            if lower in _ACCENTED and draw(st.integers(0, 4)) == 0:
                char = draw(st.sampled_from(_ACCENTED[lower]))
            letters.append(char.upper() if draw(st.booleans()) else char.lower())
        out.append("".join(letters))
    separators = st.sampled_from([" ", "  ", " - ", "-", ", ", "\u2013", " / ", "\u00a0", "\t"])
    result = out[0]
    for word in out[1:]:
        result += draw(separators) + word
    result = draw(st.sampled_from(["", " ", "   "])) + result + draw(
        st.sampled_from(["", ".", "!", " ", "?  "]))
    quote = draw(st.sampled_from([("", ""), ('"', '"'), ("\u201c", "\u201d"), ("'", "'"),
                                  ("\u2018", "\u2019")]))
    result = quote[0] + result + quote[1]
    if not re.match(r"(?i)(the|an?) ", text):
        result = draw(st.sampled_from(["", "the ", "The ", "a ", "An "])) + result
    return result


# --- text answers and aliases --------------------------------------------------------------


@SETTINGS
@given(st.data(), names(), st.lists(names(), max_size=3))
def test_every_form_of_an_answer_or_alias_is_right(data: st.DataObject, answer: str,
                                                   aliases: list[str]) -> None:
    which = data.draw(st.integers(0, len(aliases)))
    target = answer if which == 0 else aliases[which - 1]
    response = data.draw(restyled(target))
    verdict = grade(card(answer, *aliases), response)
    assert verdict.correct, (response, verdict)
    assert verdict.reason in (Reason.EXACT, Reason.ALIAS)
    if target == answer:
        assert verdict.reason == Reason.EXACT
    assert verdict.rating is Rating.GOOD


@SETTINGS
@given(st.data(), names(), st.lists(names(), min_size=1, max_size=5))
def test_another_real_answer_is_wrong(data: st.DataObject, answer: str,
                                      others: list[str]) -> None:
    other = data.draw(st.sampled_from(others))
    assume(other.lower() != answer.lower())
    response = data.draw(restyled(other))
    verdict = grade(card(answer), response, others=others)
    assert not verdict.correct
    assert verdict.rating is Rating.AGAIN
    assert verdict.reason == Reason.other(other)


def _one_edit(draw: st.DrawFn, text: str) -> str:
    position = draw(st.integers(0, len(text) - 1))
    letter = draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz"))
    kind = draw(st.sampled_from(["substitute", "insert", "delete", "swap"]))
    if kind == "substitute":
        assume(text[position].lower() != letter)
        return text[:position] + letter + text[position + 1:]
    if kind == "insert":
        return text[:position] + letter + text[position:]
    if kind == "swap" and position + 1 < len(text):
        assume(text[position].lower() != text[position + 1].lower())
        return text[:position] + text[position + 1] + text[position] + text[position + 2:]
    assume(text[position] != " ")
    return text[:position] + text[position + 1:]


@SETTINGS
@given(st.data(), names(min_words=2))
def test_one_typo_in_a_long_answer_is_forgiven(data: st.DataObject, answer: str) -> None:
    assume(len(answer) >= 8)
    typo = _one_edit(data.draw, answer)
    assume(not re.match(r"(?i)(the|an?) ", typo) and "  " not in typo)
    verdict = grade(card(answer), typo)
    words, typo_words = answer.lower().split(), typo.lower().split()
    if len(words) == len(typo_words) and [w[0] for w in words] != [w[0] for w in typo_words]:
        assert not verdict.correct, (typo, verdict)  # a first letter changed: another name
        return
    assert verdict.correct, (typo, verdict)
    assert verdict.reason in (Reason.TYPO, Reason.EXACT)  # an inserted space can vanish
    if verdict.reason == Reason.TYPO:
        assert verdict.rating is Rating.HARD


@SETTINGS
@given(st.data(), st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=5))
def test_no_typo_is_forgiven_in_a_short_answer(data: st.DataObject, answer: str) -> None:
    assume(answer not in ("the", "an", "a"))
    assume(parse_date(answer) is None and parse_number(answer) is None)  # "june" = "jun"
    typo = _one_edit(data.draw, answer)
    assume(typo and not re.match(r"(the|an?) ", typo) and typo not in ("the", "an", "a"))
    verdict = grade(card(answer.capitalize()), typo)
    assert not verdict.correct
    assert verdict.rating is Rating.AGAIN


@SETTINGS
@given(st.data(), names(min_words=2), names(min_words=2))
def test_typo_towards_another_answer_is_not_forgiven(data: st.DataObject, answer: str,
                                                     other: str) -> None:
    assume(len(answer) >= 8 and other.lower() != answer.lower())
    typo = _one_edit(data.draw, answer)
    assume("  " not in typo and not re.match(r"(?i)(the|an?) ", typo))
    # The typo is itself another real answer: it must never be forgiven.
    verdict = grade(card(answer), typo, others=[typo, other])
    assert not verdict.correct


@SETTINGS
@given(names(min_words=2), st.integers(0, 200), st.sampled_from("abcdefghijklmnopqrstuvwxyz"),
       st.sampled_from("abcdefghijklmnopqrstuvwxyz"))
def test_typo_as_close_to_another_answer_is_not_forgiven(answer: str, at: int, mine: str,
                                                         theirs: str) -> None:
    position = at % len(answer)
    assume(len(answer) >= 8 and answer[position] != " ")
    assume(position > 0 and answer[position - 1] != " ")  # first letters are never forgiven
    assume(len({mine, theirs, answer[position].lower()}) == 3)
    typo = answer[:position] + mine + answer[position + 1:]
    other = answer[:position] + theirs + answer[position + 1:]
    # One edit from the answer and one from another real answer: not forgiven.
    assert not grade(card(answer), typo, others=[other]).correct
    assert grade(card(answer), typo).reason == Reason.TYPO


# --- dates ---------------------------------------------------------------------------------

_MONTHS = list(calendar.month_name)[1:]
_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _day_forms(day: dt.date) -> list[str]:
    month, short = _MONTHS[day.month - 1], _MONTHS[day.month - 1][:3]
    forms = [
        f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}",
        f"{short}. {day.day}, {day.year}", f"{short} {day.day} {day.year}",
        f"{day.year}-{day.month:02d}-{day.day:02d}", f"{day.year}/{day.month}/{day.day}",
        f"the {day.day}{_SUFFIX.get(day.day, 'th')} of {month} {day.year}",
        f"{day.strftime('%A')}, {day.day} {month} {day.year}",
        f"on {day.day} {month} {day.year}",
    ]
    if day.day > 12 or day.day == day.month:
        forms += [f"{day.day}/{day.month}/{day.year}", f"{day.month}/{day.day}/{day.year}",
                  f"{day.day}.{day.month}.{day.year}"]
    return forms


def _month_forms(year: int, month: int) -> list[str]:
    name = _MONTHS[month - 1]
    return [f"{name} {year}", f"{name[:3]} {year}", f"{name[:3]}. {year}", f"{name}, {year}",
            f"{year}-{month:02d}", f"{month:02d}/{year}", f"{month}/{year}", f"{name} of {year}",
            f"in {name} {year}"]


def _range_forms(start: int, end: int) -> list[str]:
    return [f"{start}-{end}", f"{start}\u2013{end}", f"{start} to {end}",
            f"from {start} to {end}", f"between {start} and {end}", f"{start} - {end}"]


_DATES = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2099, 12, 31))


@st.composite
def case_and_spacing(draw: st.DrawFn, text: str) -> str:
    chars = [c.upper() if draw(st.booleans()) else c.lower() for c in text]
    spaced = "".join(chars).replace(" ", draw(st.sampled_from([" ", "  ", "\u00a0"])))
    return draw(st.sampled_from(["", " "])) + spaced + draw(st.sampled_from(["", " ", "."]))


@SETTINGS
@given(st.data(), _DATES)
def test_a_date_in_any_supported_form_is_right(data: st.DataObject, day: dt.date) -> None:
    answer = data.draw(st.sampled_from(_day_forms(day)))
    response = data.draw(case_and_spacing(data.draw(st.sampled_from(_day_forms(day)))))
    verdict = grade(card(answer, category=Category.DATE), response)
    assert verdict.correct, (answer, response, verdict)
    assert verdict.reason in (Reason.EXACT, Reason.SAME_DATE)


@SETTINGS
@given(st.data(), _DATES, _DATES)
def test_a_different_date_is_wrong(data: st.DataObject, day: dt.date, other: dt.date) -> None:
    assume(day != other)
    answer = data.draw(st.sampled_from(_day_forms(day)))
    response = data.draw(st.sampled_from(_day_forms(other)))
    assert not grade(card(answer, category=Category.DATE), response).correct


@SETTINGS
@given(st.data(), _DATES)
def test_a_month_in_any_form_and_a_less_precise_year_wrong(data: st.DataObject,
                                                         day: dt.date) -> None:
    answer = data.draw(st.sampled_from(_month_forms(day.year, day.month)))
    response = data.draw(case_and_spacing(data.draw(st.sampled_from(
        _month_forms(day.year, day.month)))))
    month_card = card(answer, category=Category.DATE)
    assert grade(month_card, response).correct, (answer, response)
    assert grade(month_card, data.draw(st.sampled_from(_day_forms(day)))).reason == (
        Reason.MORE_PRECISE)
    assert not grade(month_card, str(day.year)).correct
    other_month = day.month % 12 + 1
    assert not grade(month_card, data.draw(st.sampled_from(
        _month_forms(day.year, other_month)))).correct
    day_card = card(data.draw(st.sampled_from(_day_forms(day))), category=Category.DATE)
    assert not grade(day_card, response).correct


@SETTINGS
@given(st.data(), st.integers(1000, 2999), st.integers(1000, 2999))
def test_years_are_compared_by_value(data: st.DataObject, year: int, other: int) -> None:
    answer = card(str(year), category=data.draw(st.sampled_from([Category.DATE,
                                                                Category.OTHER])))
    assert grade(answer, f"in {year}").correct
    assert grade(answer, str(other)).correct is (year == other)


@SETTINGS
@given(st.data(), st.integers(1800, 2090), st.integers(1, 9))
def test_year_ranges_in_any_form(data: st.DataObject, start: int, length: int) -> None:
    end = start + length
    answer = data.draw(st.sampled_from(_range_forms(start, end)))
    response = data.draw(case_and_spacing(data.draw(st.sampled_from(_range_forms(start, end)))))
    range_card = card(answer, category=Category.DATE)
    assert grade(range_card, response).correct, (answer, response)
    assert not grade(range_card, f"{start}-{end + 1}").correct
    assert not grade(range_card, str(start)).correct


# --- numbers -------------------------------------------------------------------------------

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int, british: bool) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if rest:
        tens, ones = divmod(rest, 10)
        spoken = _ONES[rest] if rest < 20 else _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
        parts.append(("and " if british and hundreds else "") + spoken)
    return " ".join(parts)


def spell(n: int, british: bool = False) -> str:
    """``n`` (0-999,999) in English words."""
    if n == 0:
        return "zero"
    thousands, rest = divmod(n, 1000)
    parts = [f"{_below_thousand(thousands, british)} thousand"] if thousands else []
    if rest:
        parts.append(_below_thousand(rest, british))
    return " ".join(parts)


def _number_forms(n: int) -> list[str]:
    forms = [str(n), f"{n:,}", f"{n:,}".replace(",", " "), spell(n), spell(n, british=True)]
    if n >= 1000 and n % 100 == 0:
        forms.append(f"{n / 1000:g} thousand")
    return forms


@SETTINGS
@given(st.data(), st.integers(0, 999_999))
def test_a_number_in_any_form_is_right(data: st.DataObject, n: int) -> None:
    answer = data.draw(st.sampled_from(_number_forms(n)))
    response = data.draw(case_and_spacing(data.draw(st.sampled_from(_number_forms(n)))))
    verdict = grade(card(answer, category=Category.FIGURE), response)
    assert verdict.correct, (answer, response, verdict)
    assert verdict.reason in (Reason.EXACT, Reason.SAME_NUMBER, Reason.SAME_DATE)


@SETTINGS
@given(st.data(), st.integers(0, 999_999), st.integers(0, 999_999))
def test_a_different_number_is_wrong(data: st.DataObject, n: int, other: int) -> None:
    assume(n != other)
    answer = data.draw(st.sampled_from(_number_forms(n)))
    response = data.draw(st.sampled_from(_number_forms(other)))
    verdict = grade(card(answer, category=Category.FIGURE), response)
    assert not verdict.correct, (answer, response, verdict)


@SETTINGS
@given(st.data(), st.integers(1, 999_999),
       st.sampled_from(["months", "years", "people", "troops", "dollars", "percent"]))
def test_a_number_with_a_unit(data: st.DataObject, n: int, unit: str) -> None:
    qualifier = data.draw(st.sampled_from(["", "about ", "more than ", "over ", "at least "]))
    answer = f"{qualifier}{data.draw(st.sampled_from(_number_forms(n)))} {unit}"
    figure = card(answer, category=Category.FIGURE)
    bare = data.draw(st.sampled_from(_number_forms(n)))
    assert grade(figure, bare).correct, (answer, bare)
    assert grade(figure, f"{bare} {unit}").correct, (answer, bare)
    assert not grade(figure, f"{n + 1} {unit}").correct
    if unit in ("months", "years"):
        other_unit = "years" if unit == "months" else "months"
        assert not grade(figure, f"{bare} {other_unit}").correct


# --- true/false and order --------------------------------------------------------------------


@SETTINGS
@given(st.data(), st.booleans(), st.booleans())
def test_truefalse_any_spelling(data: st.DataObject, answer: bool, given_: bool) -> None:
    words = ["true", "t", "yes", "y"] if given_ else ["false", "f", "no", "n"]
    response = data.draw(st.one_of(st.just(given_),
                                   case_and_spacing(data.draw(st.sampled_from(words)))))
    tf = Card(id="tf", type=CardType.TRUEFALSE, category=Category.OTHER, question="A claim.",
              answer="true" if answer else "false")
    verdict = grade(tf, response)
    assert verdict.correct is (answer == given_)
    assert verdict.expected == ("true" if answer else "false")


@SETTINGS
@given(st.lists(names(max_words=2), min_size=2, max_size=7, unique_by=str.lower), st.randoms())
def test_order_score_is_the_share_in_place(items: list[str], rng: object) -> None:
    shuffled = list(items)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    order = Card(id="o", type=CardType.ORDER, category=Category.DATE, question="Order",
                 items=tuple(items))
    verdict = grade(order, shuffled)
    in_place = sum(a == b for a, b in zip(items, shuffled, strict=True))
    assert verdict.score == in_place / len(items)
    assert verdict.correct is (in_place == len(items))
    assert verdict.reason.startswith("all" if in_place == len(items) else f"{in_place} of")
    expected = (Rating.GOOD if in_place == len(items) else
                Rating.HARD if verdict.score >= 0.5 else Rating.AGAIN)
    assert verdict.rating is expected
