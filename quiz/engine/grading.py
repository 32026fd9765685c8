"""Judging an answer: lenient about form, strict about substance, and always able to say why.

Typed and cloze answers are compared after :func:`quiz.values.text.normalise` (case, accents,
punctuation, spacing and a leading article do not count), against the card's answer, each of
its ``accept`` aliases, and each side of an answer written as ``"words (alternative)"``.
Recall cards, and cloze cards whose answer is a phrase, are graded by the learner instead
(:mod:`quiz.engine.self_grading` says which).
Dates and numbers are compared by value, never by spelling, and never forgiven a typo:
"2020" is not "2002". Small typos are forgiven in long text answers only (one edit from 6
normalised characters, two from 13), never in digits or a word's first letter ("Gambia" is not
"Zambia"), and never when the response is as close to another real answer (``others``, the
card's choices and items). "Iran" is not "Iraq": four letters get no typo at all.

Dates are matched at the precision of the answer. A response *more* precise than the answer
("3 January 2020" for "January 2020") is accepted as "more precise than needed": it states
everything the answer does and contradicts none of it. A *less* precise one ("2020" for
"3 January 2020") is wrong. Numbers: "more than 100" accepts "100" ("at least the number
stated") and the same qualifier in other words ("over 100"), but not another number ("101").

The verdict suggests an FSRS rating: wrong is AGAIN; right is GOOD, or HARD when the answer
took longer than ``slow_after_seconds`` or needed a typo forgiven; EASY is only ever chosen by
the learner. Order cards score the share of items in their place: AGAIN below one half, HARD
below all, GOOD when all are in place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA
from rapidfuzz.process import extractOne

from quiz.engine.api import Rating, Response, Verdict
from quiz.engine.self_grading import self_graded
from quiz.model import Card, CardType, Category
from quiz.values.dates import DateMatch, DateValue, parse_date
from quiz.values.numbers import NumberMatch, NumberValue, parse_number
from quiz.values.text import alternatives, normalise

__all__ = ["ORDER_ARROW", "AnswerPool", "PreparedCard", "Reason", "grade", "parse_truefalse",
           "prepare", "verdict_for_self_grade"]

#: How order cards show the expected sequence.
ORDER_ARROW = " → "


class Reason:
    """The wording of every verdict, in one place so front ends and tests can rely on it."""

    EXACT = "exact match"
    ALIAS = "accepted as an alias"
    TYPO = "typo forgiven"
    SAME_DATE = "same date, different form"
    MORE_PRECISE = "more precise than needed"
    SAME_NUMBER = "same number, different form"
    AT_LEAST = "at least the number stated"
    AT_MOST = "at most the number stated"
    EMPTY = "no answer given"
    WRONG = "not the answer"
    NOT_TRUEFALSE = "not true or false"

    @staticmethod
    def other(answer: str) -> str:
        """The response is another real answer, named so the learner sees the confusion."""
        return f"that is a different answer ({answer})"

    @staticmethod
    def in_place(in_place: int, total: int) -> str:
        """Partial credit of an order card."""
        return f"all {total} items in place" if in_place == total else (
            f"{in_place} of {total} items in place")

    @staticmethod
    def self_graded(rating: Rating) -> str:
        """A card the learner graded (recall, or a cloze whose answer is a phrase)."""
        return f"self-graded {rating.name.lower()}"


_TRUE_WORDS = frozenset({"true", "t", "yes", "y", "correct", "right", "1"})
_FALSE_WORDS = frozenset({"false", "f", "no", "n", "incorrect", "wrong", "0"})
_DIGITS = re.compile(r"\d+")


def _max_typos(normalised_answer: str) -> int:
    """How many edits a typo may cost: none below 6 characters, 1 up to 12, 2 beyond."""
    length = len(normalised_answer)
    if length < 6:
        return 0
    return 1 if length <= 12 else 2


@dataclass(frozen=True, slots=True)
class _Form:
    """One accepted way of writing an answer, prepared for comparison."""

    text: str  # normalised
    alias: bool  # from ``accept``, not the card's own answer
    date: DateValue | None
    number: NumberValue | None
    max_typos: int  # 0 for dates, numbers and short answers


def _values(written: str, category: Category) -> tuple[DateValue | None, NumberValue | None]:
    """The date and number an answer states, as far as they should be compared by value.

    Actors and causes are names and phrases, never values. Outside figures, a number counts
    only when written in digits: "Seven Sisters" and "Ten Downing Street" are names.
    """
    if category in (Category.ACTOR, Category.CAUSE):
        return None, None
    date = parse_date(written)
    if date is not None and category is Category.DATE:
        return date, None
    number = parse_number(written)
    if number is not None and category is not Category.FIGURE and not _DIGITS.search(written):
        number = None
    return date, number


@lru_cache(maxsize=4096)
def _prepare(answer: str, accept: tuple[str, ...], category: Category) -> tuple[_Form, ...]:
    """Every accepted form of a card's answer, canonical ones first (cached per card)."""
    forms: list[_Form] = []
    seen: set[str] = set()
    for alias, sources in ((False, (answer,)), (True, accept)):
        for source in sources:
            for written in alternatives(source):
                text = normalise(written)
                if not text or text in seen:
                    continue
                seen.add(text)
                date, number = _values(written, category)
                typos = 0 if date is not None or number is not None else _max_typos(text)
                forms.append(_Form(text, alias, date, number, typos))
    return tuple(forms)


@lru_cache(maxsize=256)
def _normalised_others(others: tuple[str, ...]) -> dict[str, str]:
    """Other real answers, normalised and mapped to how they are written (cached: a session
    passes the same tuple for every card of a deck and category)."""
    return _normalise_all(others)


class AnswerPool:
    """Other real answers (say, a deck's answers of one category), read and normalised once,
    when the first card that needs them is prepared. A session keeps one per deck and
    category, so no answer ever normalises the deck's answers again."""

    def __init__(self, load: Callable[[], Iterable[str]]) -> None:
        self._load: Callable[[], Iterable[str]] | None = load
        self._normalised: dict[str, str] = {}

    def normalised(self) -> dict[str, str]:
        """Normalised answer -> how it is written."""
        if self._load is not None:
            self._normalised = _normalise_all(self._load())
            self._load = None
        return self._normalised


def _normalise_all(answers: Iterable[str]) -> dict[str, str]:
    result: dict[str, str] = {}
    for other in answers:
        for written in alternatives(other):
            text = normalise(written)
            if text:
                result.setdefault(text, written)
    return result


@dataclass(frozen=True, slots=True)
class _Others:
    """The real answers a response could be confused with, minus the card's own forms."""

    shared: dict[str, str]  # from ``others``
    extra: dict[str, str]  # the card's own choices and items
    own: frozenset[str]
    candidates: tuple[str, ...]  # every normalised other answer, for typo distances

    @classmethod
    def of(cls, card: Card, others: Sequence[str] | AnswerPool,
           forms: tuple[_Form, ...]) -> _Others:
        own = frozenset(form.text for form in forms)
        if isinstance(others, AnswerPool):
            shared = others.normalised()
        else:
            shared = _normalised_others(tuple(others)) if others else {}
        extra = _normalised_others(card.choices + card.items) if (card.choices or card.items) \
            else {}
        candidates = tuple(t for source in (extra, shared) for t in source if t not in own)
        return cls(shared, extra, own, candidates)

    def get(self, text: str) -> str | None:
        """How the other answer ``text`` (normalised) is written, if it is one."""
        if text in self.own:
            return None
        return self.extra.get(text) or self.shared.get(text)

    def nearest(self, text: str, max_distance: int) -> str | None:
        """The normalised other answer closest to ``text`` within ``max_distance`` edits."""
        if not self.candidates:
            return None
        found = extractOne(text, self.candidates, scorer=OSA.distance,
                           score_cutoff=max_distance)
        return None if found is None else found[0]


def _verdict(card: Card, correct: bool, reason: str, *, score: float | None = None,
             hard: bool = False, slow: bool = False, expected: str | None = None) -> Verdict:
    if not correct:
        rating = Rating.AGAIN
    else:
        rating = Rating.HARD if hard or slow else Rating.GOOD
    return Verdict(correct=correct, score=(1.0 if correct else 0.0) if score is None else score,
                   rating=rating, reason=reason,
                   expected=card.answer if expected is None else expected)


_DATE_REASONS = {DateMatch.SAME: Reason.SAME_DATE, DateMatch.MORE_PRECISE: Reason.MORE_PRECISE}
_NUMBER_REASONS = {NumberMatch.SAME: Reason.SAME_NUMBER, NumberMatch.AT_LEAST: Reason.AT_LEAST,
                   NumberMatch.AT_MOST: Reason.AT_MOST}


def _value_reason(form: _Form, response: str) -> tuple[bool, str] | None:
    """Compare ``response`` with ``form`` by date or number value; None when neither applies
    (the form is no value, or the response does not parse as one)."""
    reason: str | None
    if form.date is not None and (date := parse_date(response)) is not None:
        reason = _DATE_REASONS.get(form.date.compare(date))
    elif form.number is not None and (number := parse_number(response)) is not None:
        reason = _NUMBER_REASONS.get(form.number.compare(number))
    else:
        return None
    return (False, Reason.WRONG) if reason is None else (True, reason)


def _grade_text(card: Card, response: Response, forms: tuple[_Form, ...],
                confusable_of: Callable[[], _Others], slow: bool) -> Verdict:
    """Typed and cloze answers."""
    if response is None or (isinstance(response, str) and not response.strip()):
        return _verdict(card, False, Reason.EMPTY)
    if not isinstance(response, str):
        raise TypeError(f"a {card.type} card is answered with text, not {type(response).__name__}")
    text = normalise(response)
    if not text:  # nothing but punctuation
        return _verdict(card, False, Reason.EMPTY)
    for form in forms:
        if form.text == text:
            return _verdict(card, True, Reason.ALIAS if form.alias else Reason.EXACT, slow=slow)
    value_wrong = False
    for form in forms:
        judged = _value_reason(form, response)
        if judged is None:
            continue
        if judged[0]:
            return _verdict(card, True, judged[1], slow=slow)
        value_wrong = True
    confusable = confusable_of()
    other = confusable.get(text)
    if other is not None:
        return _verdict(card, False, Reason.other(other))
    if not value_wrong and _typo_forgiven(text, forms, confusable):
        return _verdict(card, True, Reason.TYPO, hard=True)
    return _verdict(card, False, _closest_other(text, confusable))


def _same_skeleton(text: str, answer: str) -> bool:
    """Whether a typo leaves what names rest on alone: the digits, and the first letter of
    each word (when no words were split or merged). Typing slips rarely hit a first letter,
    while a different first letter often makes a different name: "Gambia" is not "Zambia"."""
    if _DIGITS.findall(text) != _DIGITS.findall(answer):
        return False
    words, answer_words = text.split(" "), answer.split(" ")
    return len(words) != len(answer_words) or all(
        a[:1] == b[:1] for a, b in zip(words, answer_words, strict=True))


def _typo_forgiven(text: str, forms: tuple[_Form, ...], confusable: _Others) -> bool:
    """Whether ``text`` is a small typo of a text form (see :func:`_max_typos` and
    :func:`_same_skeleton`) and not at least as close to another real answer. Distances are
    optimal string alignment: Levenshtein with a swap of neighbours counting as one edit."""
    best: int | None = None
    for form in forms:
        if form.max_typos == 0 or not _same_skeleton(text, form.text):
            continue
        distance = OSA.distance(text, form.text, score_cutoff=form.max_typos)
        if distance <= form.max_typos and (best is None or distance < best):
            best = distance
    return best is not None and confusable.nearest(text, best) is None


def _closest_other(text: str, confusable: _Others) -> str:
    """"not the answer", or naming another real answer the response is a small typo of."""
    nearest = confusable.nearest(text, _max_typos(text))
    if nearest is not None and _DIGITS.findall(nearest) == _DIGITS.findall(text):
        return Reason.other(confusable.get(nearest) or nearest)
    return Reason.WRONG


def _grade_choice(card: Card, response: Response, forms: tuple[_Form, ...],
                  slow: bool) -> Verdict:
    if response is None or (isinstance(response, str) and not response.strip()):
        return _verdict(card, False, Reason.EMPTY)
    if not isinstance(response, str):
        raise TypeError(f"a choice card is answered with the chosen text, not "
                        f"{type(response).__name__}")
    text = normalise(response)
    for form in forms:
        if form.text == text:
            return _verdict(card, True, Reason.ALIAS if form.alias else Reason.EXACT, slow=slow)
    return _verdict(card, False, Reason.WRONG)


def parse_truefalse(value: str | bool) -> bool | None:
    """``value`` as a truth value: True, "true", "t", "yes" ...; None when it is neither."""
    if isinstance(value, bool):
        return value
    word = normalise(value)
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    return None


def _grade_truefalse(card: Card, expected: bool | None, response: Response,
                     slow: bool) -> Verdict:
    if expected is None:
        raise ValueError(f"card {card.id!r}: a truefalse answer must be true or false, "
                         f"not {card.answer!r}")
    shown = "true" if expected else "false"
    if response is None or (isinstance(response, str) and not response.strip()):
        return _verdict(card, False, Reason.EMPTY, expected=shown)
    if not isinstance(response, (str, bool)):
        raise TypeError(f"a truefalse card is answered with a bool or text, not "
                        f"{type(response).__name__}")
    given = parse_truefalse(response)
    if given is None:
        return _verdict(card, False, Reason.NOT_TRUEFALSE, expected=shown)
    if given is expected:
        return _verdict(card, True, Reason.EXACT, slow=slow, expected=shown)
    return _verdict(card, False, Reason.WRONG, expected=shown)


def _grade_order(card: Card, items: tuple[str, ...], response: Response,
                 slow: bool) -> Verdict:
    shown = ORDER_ARROW.join(card.items)
    if not card.items:
        raise ValueError(f"card {card.id!r}: an order card needs items")
    if response is None or (isinstance(response, Sequence) and len(response) == 0):
        return _verdict(card, False, Reason.EMPTY, expected=shown)
    if isinstance(response, (str, bool)) or not isinstance(response, Sequence):
        raise TypeError(f"an order card is answered with the items in order, not "
                        f"{type(response).__name__}")
    total = len(card.items)
    in_place = sum(1 for want, got in zip(items, response, strict=False)
                   if want == normalise(got))
    score = in_place / total
    reason = Reason.in_place(in_place, total)
    if score == 1.0:
        return _verdict(card, True, reason, slow=slow, expected=shown)
    rating = Rating.AGAIN if score < 0.5 else Rating.HARD
    return Verdict(correct=False, score=score, rating=rating, reason=reason, expected=shown)


class PreparedCard:
    """A card's grading data, worked out when the card is shown, so that judging the answer
    only compares: the accepted forms (normalised, dates and numbers parsed), the true/false
    value, the normalised order items, and the other answers it could be confused with."""

    __slots__ = ("_confusable", "_expected", "_forms", "_items", "_others", "card")

    def __init__(self, card: Card, others: Sequence[str] | AnswerPool = ()) -> None:
        self.card = card
        self._others = others
        self._forms: tuple[_Form, ...] = ()
        self._expected: bool | None = None
        self._items: tuple[str, ...] = ()
        self._confusable: _Others | None = None
        if card.type in (CardType.TYPED, CardType.CLOZE, CardType.CHOICE):
            self._forms = _prepare(card.answer, card.accept, card.category)
            if card.type is not CardType.CHOICE:
                self._confusable = _Others.of(card, others, self._forms)
        elif card.type is CardType.TRUEFALSE:
            self._expected = parse_truefalse(card.answer)
        elif card.type is CardType.ORDER:
            self._items = tuple(normalise(item) for item in card.items)

    def _confusable_answers(self) -> _Others:
        if self._confusable is None:
            self._confusable = _Others.of(self.card, self._others, self._forms)
        return self._confusable

    def grade(self, response: Response, *, duration_seconds: float | None = None,
              slow_after_seconds: float = 20.0) -> Verdict:
        """Judge ``response`` (see :func:`grade`)."""
        card = self.card
        if self_graded(card):
            kind = ("a recall card" if card.type is CardType.RECALL
                    else "a cloze card whose answer is a phrase")
            raise ValueError(f"card {card.id!r} is {kind}: the learner grades it "
                             f"(use verdict_for_self_grade)")
        slow = duration_seconds is not None and duration_seconds > slow_after_seconds
        match card.type:
            case CardType.TYPED | CardType.CLOZE:
                return _grade_text(card, response, self._forms, self._confusable_answers, slow)
            case CardType.CHOICE:
                return _grade_choice(card, response, self._forms, slow)
            case CardType.TRUEFALSE:
                return _grade_truefalse(card, self._expected, response, slow)
            case CardType.ORDER:
                return _grade_order(card, self._items, response, slow)
        raise ValueError(f"card {card.id!r} has an unknown type {card.type!r}")


def prepare(card: Card, others: Sequence[str] | AnswerPool = ()) -> PreparedCard:
    """The grading data of ``card``, to work out when the card is shown: a session then
    judges the answer with :meth:`PreparedCard.grade`, which only compares."""
    return PreparedCard(card, others)


def grade(card: Card, response: Response, *, duration_seconds: float | None = None,
          slow_after_seconds: float = 20.0, others: Sequence[str] | AnswerPool = ()) -> Verdict:
    """Judge ``response`` to ``card`` and suggest a rating.

    ``response`` is the typed text (typed, cloze), the chosen choice text (choice), a bool or
    "true"/"false"/"yes"/"no" (truefalse), or the items in the order given (order).
    ``others`` are other real answers the learner may confuse with this one (say, the other
    answers of the same category in the deck): a response equal to one of them is wrong and a
    typo is never forgiven towards one. Recall cards, and cloze cards whose answer is a
    phrase, are self-graded (see :mod:`quiz.engine.self_grading`): use
    :func:`verdict_for_self_grade`. To grade a card shown now and answered later, prepare it
    with :func:`prepare` when it is shown.

    Raises:
        ValueError: for a self-graded card, or a card whose own answer cannot be graded.
        TypeError: when ``response`` has the wrong shape for the card type.
    """
    return PreparedCard(card, others).grade(response, duration_seconds=duration_seconds,
                                            slow_after_seconds=slow_after_seconds)


def verdict_for_self_grade(card: Card, rating: Rating | int) -> Verdict:
    """The verdict of a self-graded card (recall, or a cloze whose answer is a phrase):
    right when rated Hard or better."""
    chosen = Rating(rating)
    correct = chosen >= Rating.HARD
    return Verdict(correct=correct, score=1.0 if correct else 0.0, rating=chosen,
                   reason=Reason.self_graded(chosen), expected=card.answer)
