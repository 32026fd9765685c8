"""Measure generated decks against the gold facts: recall per category and malformed cards.

This is the project's independent judge of ``quiz generate``: it knows nothing of the
generator's insides, only the deck files it writes (read with :func:`quiz.deckfile.load_deck`)
and the hand-checked facts in ``tests/eval/gold.yaml``. The rules are documented in
``docs/quality.md``; the short version:

- A gold fact is *covered* by a card of the same category whose source sentence is the fact's
  sentence (or one of its ``alt_sentences``) and whose answer matches one of the fact's forms
  (:func:`answer_matches`), or, for causes only, whose question and answer together state the
  fact's answer (:func:`cause_link_covers`).
- Every card is checked for malformations (:func:`check_card`).

Run it on deck files or folders: ``python tests/eval/scorer.py decks/``. The report ends with
``recall.<category>: R (covered/total)`` lines (facts not marked optional) and ``malformed: N``.
"""

from __future__ import annotations

import argparse
import functools
import math
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quiz.model import CLOZE_GAP, Card, CardType, Category

GOLD_PATH = Path(__file__).resolve().parent / "gold.yaml"

#: The four categories a gold list covers, in report order.
CATEGORIES = (Category.DATE, Category.ACTOR, Category.FIGURE, Category.CAUSE)

# --------------------------------------------------------------------------- normalising text

_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": " - ", "\u2015": " - ",
    "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})

_NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
    "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
}

_ARTICLES = frozenset({"a", "an", "the"})

#: Function words: never enough on their own to say two answers agree.
STOPWORDS = frozenset("""
a an the and or but nor of to in on at by for from with without into onto over under about
above below between among through during before after since until as than then that this these
those there here it its it's is are was were be been being am do does did doing have has had
having will would shall should can could may might must not no yes so such too very also just
only own same other others another any all both each few more most less least some many much
he him his she her hers they them their theirs we us our ours you your yours i me my mine who
whom whose which what when where why how whether if while because though although however
up down out off again further once per via amid amidst toward towards against upon within
""".split())

#: Words that name a role, a kind of body, a place or a unit rather than a particular answer:
#: a shorter answer made only of these never "contains" a longer one, and they are not
#: distinctive enough to count as a give-away on their own.
GENERIC = frozenset("""
us usa united states america american americans washington uk britain british russia russian
china chinese iraq iraqi iraqis iran iranian iranians israel israeli israelis syria syrian
jordan jordanian gaza lebanon lebanese turkey turkish kurdish baghdad tehran afghanistan
country countries nation nations government governments official officials administration
force forces troop troops military militaries militia militias army armies group groups
fighters soldiers personnel people person ministry minister ministers prime president
secretary spokesman spokeswoman spokesperson commander commanders chief leader leaders
general gen maj major mr mrs ms dr deputy senior top former then-president then current
state department defense defence foreign body agency party side sides coalition alliance
parliament council committee house white office officer officers staff operation
year years month months week weeks day days time times number numbers new high
""".split())

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
_RELATIVE_HEADS = frozenset({"last", "next", "this", "earlier", "later", "late", "early", "past",
                             "coming", "previous"})
_RELATIVE_UNITS = frozenset({"week", "month", "year", "summer", "winter", "spring", "autumn",
                             "fall", "weekend", *_WEEKDAYS})
_RELATIVE_WORDS = frozenset({"yesterday", "today", "tonight", "tomorrow", "ago", *_WEEKDAYS})


def fold(text: str) -> str:
    """Unicode compatibility form with typographic quotes, dashes and spaces made plain."""
    return unicodedata.normalize("NFKC", text).translate(_FOLD)


@functools.lru_cache(maxsize=65536)
def _words(text: str) -> tuple[tuple[str, bool], ...]:
    """Word tokens, lower-cased, each with whether it was written capitalised (a name part)."""
    text = "".join(ch for ch in unicodedata.normalize("NFKD", fold(text))
                   if not unicodedata.combining(ch))  # Galați -> Galati
    text = re.sub(r"(\w)'[sS]\b", r"\1", text)
    text = text.replace("'", "")
    text = re.sub(r"(?<=\d)[,\s](?=\d{3}\b)", "", text)  # 2,500 -> 2500
    text = re.sub(r"\.{2,}", " ", text)  # an ellipsis separates words
    text = re.sub(r"\b([A-Za-z])\.", r"\1", text)  # U.S. -> US, J.B. -> JB
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", text)  # other dots end words; 2.5 stays
    out = []
    for raw in re.split(r"[^\w.\-]+", text):
        word = raw.strip("-._")
        lower = word.lower()
        if not word or lower in _ARTICLES:
            continue
        capitalised = any(part[:1].isupper() for part in word.split("-"))
        out.append((_NUMBER_WORDS.get(lower, lower), capitalised))
    return tuple(out)


def tokens(text: str) -> list[str]:
    """Lower-case word tokens: possessives, apostrophes and abbreviation dots dropped, thousands
    separators removed, number words as digits, hyphenated words kept whole, articles removed."""
    return [word for word, _ in _words(text)]


def norm(text: str) -> str:
    """The comparable form of a short text: its tokens joined by single spaces."""
    return " ".join(tokens(text))


def stem(word: str) -> str:
    """A deliberately simple stemmer: strip -ies/-s/-ed/-ing so inflections meet."""
    for suffix, replacement in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: len(word) - len(suffix)] + replacement
    return word


def content_words(text: str) -> set[str]:
    """Stemmed tokens that are not function words."""
    return {stem(t) for t in tokens(text) if t not in STOPWORDS}


@functools.lru_cache(maxsize=65536)
def units(text: str) -> tuple[frozenset[str], ...]:
    """Content words as units of meaning: a run of capitalised words is one unit (a name), so
    "the Islamic State" counts once, and a unit matches another when they share a stem
    ("Qasem Soleimani" ~ "Soleimani")."""
    out: list[frozenset[str]] = []
    run: list[str] = []
    for word, capitalised in _words(text):
        if word in STOPWORDS:
            if run:
                out.append(frozenset(run))
                run = []
            continue
        if capitalised:
            run.append(stem(word))
            continue
        if run:
            out.append(frozenset(run))
            run = []
        out.append(frozenset({stem(word)}))
    if run:
        out.append(frozenset(run))
    return tuple(out)


def _shared_units(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> int:
    """How many units of each side meet a unit of the other (the smaller of the two counts)."""
    a_hit = sum(any(u & v for v in b) for u in a)
    b_hit = sum(any(u & v for v in a) for u in b)
    return min(a_hit, b_hit)


def _contains(long: Sequence[str], short: Sequence[str]) -> bool:
    """True when ``short`` occurs in ``long`` as a run of whole tokens."""
    n = len(short)
    return n > 0 and any(list(long[i:i + n]) == list(short) for i in range(len(long) - n + 1))


def _distinctive(toks: Iterable[str]) -> list[str]:
    return [t for t in toks if t not in STOPWORDS and t not in GENERIC]


# --------------------------------------------------------------------------- dates

@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar date at the precision stated: year, month and day may each be missing."""

    year: int | None
    month: int | None
    day: int | None


_DATE_FILLERS = frozenset({"on", "in", "of", "at", "during", *_WEEKDAYS})


def _day(tok: str) -> int | None:
    m = re.fullmatch(r"(\d{1,2})(st|nd|rd|th)?", tok)
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 31 else None


def _year(tok: str) -> int | None:
    return int(tok) if re.fullmatch(r"[12]\d{3}", tok) else None


def _parse_tokens(toks: Sequence[str]) -> DateValue | None:
    toks = [t for t in toks if t not in _DATE_FILLERS]
    if len(toks) == 1:
        iso = re.fullmatch(r"([12]\d{3})-(\d{2})(?:-(\d{2}))?", toks[0])
        if iso:
            day = int(iso.group(3)) if iso.group(3) else None
            return DateValue(int(iso.group(1)), int(iso.group(2)), day)
        if (year := _year(toks[0])) is not None:
            return DateValue(year, None, None)
        return None
    months = [_MONTHS.get(t) for t in toks]
    if len(toks) == 2:
        a, b = toks
        if months[0] and (year := _year(b)) is not None:
            return DateValue(year, months[0], None)
        if months[0] and (day := _day(b)) is not None:
            return DateValue(None, months[0], day)
        if months[1] and (day := _day(a)) is not None:
            return DateValue(None, months[1], day)
        return None
    if len(toks) == 3:
        a, b, c = toks
        year = _year(c)
        if year is None:
            return None
        if months[0] and (day := _day(b)) is not None:
            return DateValue(year, months[0], day)
        if months[1] and (day := _day(a)) is not None:
            return DateValue(year, months[1], day)
    return None


@functools.lru_cache(maxsize=65536)
def parse_date(text: str) -> DateValue | None:
    """The date ``text`` states when it is exactly one date ("3 January 2020", "Jan. 3, 2020",
    "2020-01-03", "January 2020", "2020", "on Thursday, February 8, 2024"); otherwise None."""
    return _parse_tokens(tokens(text))


@functools.lru_cache(maxsize=65536)
def dates_in(text: str) -> tuple[DateValue, ...]:
    """Every date expression found anywhere in ``text`` (longest reading at each place)."""
    toks = [t for t in tokens(text) if t not in _DATE_FILLERS]
    found, i = [], 0
    while i < len(toks):
        for width in (3, 2, 1):
            value = _parse_tokens(toks[i:i + width]) if i + width <= len(toks) else None
            if value is not None and (width > 1 or _year(toks[i]) or "-" in toks[i]):
                found.append(value)
                i += width
                break
        else:
            i += 1
    return tuple(found)


def dates_agree(card: DateValue, gold: DateValue) -> bool:
    """Same month and day (both may be absent); years equal unless one side leaves it out."""
    if (card.month, card.day) != (gold.month, gold.day):
        return False
    if card.month is None and card.day is None:
        return card.year == gold.year
    return card.year is None or gold.year is None or card.year == gold.year


# --------------------------------------------------------------------------- answer matching

def _same_or_part(first: str, second: str, part_counts: Callable[[list[str], list[str]], bool]) -> bool:
    """Equal token runs, or the shorter a whole-word part of the longer when ``part_counts``
    (shorter, longer) says such a part is enough."""
    a, b = tokens(first), tokens(second)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return part_counts(short, long) and _contains(long, short)


def _value_match(card_form: str, gold_form: str) -> bool:
    """Equal after normalising, or one contains the other as whole words where the shorter has
    a content word that is not generic ("2,500" ~ "2,500 U.S. troops")."""
    return _same_or_part(card_form, gold_form, lambda short, long: bool(_distinctive(short)))


def _cause_match(card_form: str, gold_form: str) -> bool:
    """Overlap of content units (:func:`units`) >= 0.6 of the shorter side, >= 2 shared units,
    and >= 0.5 of the longer side (so an answer that runs on into a neighbouring fact of the
    sentence, or the whole sentence, does not match every cause in it)."""
    if tokens(card_form) == tokens(gold_form) and tokens(card_form):
        return True
    a, b = units(card_form), units(gold_form)
    if not a or not b:
        return False
    shared = _shared_units(a, b)
    return shared >= 2 and shared >= 0.6 * min(len(a), len(b)) and shared >= 0.5 * max(len(a), len(b))


def _expand(form: str) -> list[str]:
    """A gold form and its variants without a parenthetical: "July (2021)" -> "July 2021", "July"."""
    variants = [form]
    if "(" in form:
        variants.append(re.sub(r"[()]", " ", form))
        variants.append(re.sub(r"\([^)]*\)", " ", form))
    return [v for v in variants if v.strip()]


def answer_matches(card_answers: Sequence[str], gold_forms: Sequence[str], category: Category) -> bool:
    """Whether a card's answer (canonical first, then its accepted forms) is one of the gold forms.

    The card's canonical answer may match by the rules below; its accepted forms only by being
    equal to a gold form (an accepted form like "Operation Inherent Resolve's commander Maj Gen
    Joel Vowell" must not earn the fact "Operation Inherent Resolve" by containment).
    Dates: when the card's canonical answer contains a date and the fact has forms that read as
    dates, the values decide (one must agree), so a wrongly resolved "last Thursday (2 December
    2021)" does not score through the words "last Thursday". Otherwise text rules apply: causes by content-word overlap, the rest by
    equality or whole-word containment (:func:`_value_match`).
    """
    gold = [v for form in gold_forms for v in _expand(form)]
    card_answers = [a for a in card_answers if a and a.strip()]
    if not card_answers:
        return False
    if category is Category.DATE:
        values = dates_in(card_answers[0])
        gold_values = [d for d in (parse_date(g) for g in gold) if d is not None]
        if values and gold_values:
            return any(dates_agree(v, g) for v in values for g in gold_values) or \
                any(tokens(card_answers[0]) == tokens(g) for g in gold)
        return any(_value_match(card_answers[0], g) for g in gold if parse_date(g) is None) or \
            any(tokens(c) == tokens(g) for c in card_answers[1:] for g in gold)
    if category is Category.CAUSE:
        return any(_cause_match(card_answers[0], g) for g in gold) or \
            any(tokens(c) == tokens(g) for c in card_answers[1:] for g in gold)
    return any(_value_match(card_answers[0], g) for g in gold) or \
        any(tokens(c) == tokens(g) for c in card_answers[1:] for g in gold)


def sentences_match(card_sentence: str, gold_sentence: str) -> bool:
    """The same sentence, normalised; or one is part of the other (a sentence split at a colon
    or list, or two sentences run together) when the part has >= 5 words and >= 30% of the whole."""
    return _same_or_part(card_sentence, gold_sentence,
                         lambda short, long: len(short) >= 5 and len(short) >= 0.3 * len(long))


# --------------------------------------------------------------------------- gold facts

@dataclass(frozen=True, slots=True)
class GoldFact:
    """One hand-checked fact a teacher would ask about."""

    id: str
    source: str
    category: Category
    sentence: str
    question: str
    answer: str
    accept: tuple[str, ...] = ()
    alt_sentences: tuple[str, ...] = ()
    optional: bool = False
    note: str = ""

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.answer, *self.accept)

    @property
    def sentences(self) -> tuple[str, ...]:
        return (self.sentence, *self.alt_sentences)


def load_gold(path: Path = GOLD_PATH) -> list[GoldFact]:
    """The facts of a gold list in the form of ``gold-sample.yaml``."""
    import yaml

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    facts = []
    for item in data["facts"]:
        facts.append(GoldFact(
            id=str(item["id"]), source=str(item["source"]), category=Category(item["category"]),
            sentence=str(item["sentence"]), question=str(item.get("question", "")),
            answer=str(item["answer"]), accept=tuple(str(a) for a in item.get("accept") or ()),
            alt_sentences=tuple(str(s) for s in item.get("alt_sentences") or ()),
            optional=bool(item.get("optional", False)), note=str(item.get("note", ""))))
    return facts


# --------------------------------------------------------------------------- coverage

def _card_file(card: Card) -> str:
    return Path(card.source.file).name if card.source else ""


def cause_link_covers(card: Card, fact: GoldFact) -> bool:
    """A cause card asked from the other end of the link ("What prompted Iran to target US
    bases?" -> "Soleimani's assassination", for the gold "What did Soleimani's assassination
    prompt Iran to do?" -> "target US bases"): the card's *question* states >= 60% of the units of
    one of the fact's forms (at least 2), and the card's answer shares at least two distinctive
    units (or all it has, if fewer) with the gold question, i.e. it answers with the other end of
    the same link. A card that merely carries the fact inside a long answer, or answers a
    different link of the sentence, gets nothing here. A true/false card counts only when its
    statement is true; the statement then plays the part of both question and answer."""
    if card.type is CardType.TRUEFALSE:
        if norm(card.answer) != "true":
            return False
        asked_in_card, answered = units(card.question), units(card.question)
    else:
        asked_in_card, answered = units(card.question), units(card.answer)
    gold_question = [u for u in units(fact.question) if u - GENERIC]
    answer_units = [u for u in answered if u - GENERIC]
    shared = sum(any(u & v for v in gold_question) for u in answer_units)
    if not answer_units or shared < min(2, len(answer_units)):
        return False
    for form in fact.forms:
        gold = units(form)
        if len(gold) < 2:
            continue
        met = sum(any(u & v for v in asked_in_card) for u in gold)
        if met >= 2 and met >= 0.6 * len(gold):
            return True
    return False


def covers(card: Card, fact: GoldFact) -> bool:
    """Whether ``card`` asks about ``fact`` and expects its answer (see the module docstring)."""
    if card.category != fact.category or card.source is None:
        return False
    if _card_file(card) != Path(fact.source).name:
        return False
    if not any(sentences_match(card.source.sentence, s) for s in fact.sentences):
        return False
    if card.type is CardType.ORDER:
        return False
    if card.type is not CardType.TRUEFALSE and answer_matches(card.answers, fact.forms, fact.category):
        return True
    return fact.category is Category.CAUSE and cause_link_covers(card, fact)


# --------------------------------------------------------------------------- malformed cards

CHECKS = ("no_source", "answer_fragment", "answer_not_in_source", "answer_leaked", "question_form",
          "choices", "order_items")

#: Words an answer cannot end with: it was cut off mid-phrase ("the elimination of").
_DANGLING = frozenset("""
of to the a an and or but nor in on at by for from with into onto about than as that which who
whom whose its their his her our your my this these those
""".split())


def _split_hyphens(toks: Sequence[str]) -> list[str]:
    return [part for tok in toks for part in tok.split("-") if part]


def _in_sentence(answer: str, sentence_tokens: Sequence[str]) -> bool:
    """Whole words of the sentence, hyphenated words also taken apart ("Iran" in "Iran-backed")."""
    answer_tokens = tokens(answer)
    return _contains(sentence_tokens, answer_tokens) or \
        _contains(_split_hyphens(sentence_tokens), _split_hyphens(answer_tokens))


def _relative_phrases(toks: Sequence[str]) -> list[list[str]]:
    """Relative-date words as written: "thursday", "last month", "end of last month"."""
    phrases = []
    for i, tok in enumerate(toks):
        if tok in _RELATIVE_HEADS and i + 1 < len(toks) and toks[i + 1] in _RELATIVE_UNITS:
            phrases.append([tok, toks[i + 1]])
        elif tok in _RELATIVE_WORDS:
            phrases.append([tok])
    return phrases


def _answer_in_source(card: Card) -> str:
    """'' when the answer is stated by the source sentence, else why not."""
    assert card.source is not None
    sentence = card.source.sentence
    stoks = tokens(sentence)
    if card.type is CardType.TRUEFALSE:
        return "" if norm(card.answer) in ("true", "false") else f"true/false answer is {card.answer!r}"
    if card.category is Category.CAUSE:
        words = content_words(card.answer)
        if words:
            share = len(words & content_words(sentence)) / len(words)
            return "" if share >= 0.8 else f"only {share:.0%} of the cause's words are in the sentence"
    if any(_in_sentence(a, stoks) for a in card.answers):
        return ""
    if card.category is Category.DATE and (value := parse_date(card.answer)) is not None:
        if any(dates_agree(value, d) and dates_agree(d, value) for d in dates_in(sentence)):
            return ""
        said = tokens(card.explanation) + [t for a in card.accept for t in tokens(a) + ["|"]]
        if any(_contains(said, p) for p in _relative_phrases(stoks)):
            return ""
        return "resolved date, but neither explanation nor accept gives the words of the sentence"
    return "answer not found in the source sentence"


def _fragment(card: Card) -> str:
    """'' unless the answer is empty or stops on a word that needs a continuation."""
    if card.type is CardType.ORDER:
        return ""
    words = re.findall(r"[\w']+", fold(card.answer))
    if not words:
        return "empty answer"
    if words[-1].lower() in _DANGLING:
        return f"the answer stops at {words[-1]!r}"
    return ""


def _leak(card: Card) -> str:
    """'' unless the question gives the answer away."""
    question, answer = card.question, card.answer
    q = tokens(question)
    a = tokens(answer)
    if not any(t not in STOPWORDS for t in a):
        return ""  # "no", "yes": nothing to give away
    if card.category is Category.CAUSE:
        words = content_words(answer)
        shared = words & content_words(question)
        if len(shared) >= 2 and len(shared) >= 0.8 * len(words):
            return "the question states the cause it asks for"
        return ""
    if _contains(q, a):
        return "the answer is in the question"
    if card.category is Category.DATE:
        value = parse_date(answer)
        if value is not None and any(dates_agree(value, d) and dates_agree(d, value)
                                     for d in dates_in(question)):
            return "the question names the answer's date"
        return ""
    if card.category is Category.FIGURE:
        numbers = [t for t in a if re.fullmatch(r"[\d.\-]+", t)]
        hit = [n for n in numbers if n in q]
        return f"the question contains the answer's number {hit[0]!r}" if hit else ""
    distinctive = _distinctive(a)
    hit = [t for t in distinctive if t in q]
    if distinctive and (distinctive[-1] in q or len(hit) * 2 >= len(distinctive) > 1):
        return f"the question contains {', '.join(repr(h) for h in hit)} from the answer"
    return ""


def _question_form(card: Card) -> str:
    question = card.question.strip()
    if not question:
        return "empty question"
    if card.type is CardType.CLOZE:
        return "" if CLOZE_GAP in question else "cloze question has no ___ gap"
    if card.type is CardType.TRUEFALSE:
        return "a true/false card states something; it must not end with '?'" \
            if question.endswith("?") else ""
    return "" if question.endswith("?") else "question does not end with '?'"


def _numbers(text: str) -> tuple[str, ...]:
    return tuple(t for t in tokens(text) if re.fullmatch(r"\d[\d.]*", t))


def _choices(card: Card) -> str:
    """'' unless the choices are too few, repeat one another (as text, as a date or as a number),
    or do not have exactly one correct choice. A distractor that contains the answer or one of its
    accepted forms ("Washington and Baghdad" against "the United States", accept "Washington"),
    or is a distinctive part of it ("Soleimani" against "Soleimani and Abu Mahdi al-Muhandis"),
    counts as a second correct choice."""
    if card.type is not CardType.CHOICE:
        return ""
    choices = list(card.choices)
    if len(choices) < 2:
        return f"{len(choices)} choice(s)"
    normed = [norm(c) for c in choices]
    if len(set(normed)) != len(normed):
        return "two choices are the same once normalised"
    dates = [d for d in (parse_date(c) for c in choices) if d is not None]
    if len(set(dates)) != len(dates):
        return "two choices are the same date"
    if card.category is Category.FIGURE:
        numbers = [n for n in (_numbers(c) for c in choices) if n]
        if len(set(numbers)) != len(numbers):
            return "two choices state the same number"
    answers = [a for a in card.answers if a.strip()]
    value = parse_date(card.answer) if card.category is Category.DATE else None

    def correct(choice: str) -> bool:
        if norm(choice) in {norm(a) for a in answers}:
            return True
        other = parse_date(choice) if value is not None else None
        return other is not None and value is not None and dates_agree(value, other) \
            and dates_agree(other, value)

    right = [c for c in choices if correct(c)]
    if len(right) != 1:
        return f"{len(right)} choices are correct"
    for choice in choices:
        if choice in right:
            continue
        inside = [a for a in answers if any(t not in STOPWORDS for t in tokens(a))
                  and _contains(tokens(choice), tokens(a))]
        if inside:
            return f"distractor {choice!r} contains the answer {inside[0]!r}"
        part_of = [a for a in answers if _distinctive(tokens(choice))
                   and _contains(tokens(a), tokens(choice))]
        if part_of:
            return f"distractor {choice!r} is part of the answer {part_of[0]!r}"
    return ""


def _order_items(card: Card) -> str:
    if card.type is not CardType.ORDER:
        return ""
    distinct = {norm(i) for i in card.items if norm(i)}
    return "" if len(distinct) >= 3 else f"only {len(distinct)} distinct item(s)"


def check_card(card: Card) -> dict[str, str]:
    """The malformations of one generated card: check name -> reason (empty when sound)."""
    problems: dict[str, str] = {}
    if reason := _fragment(card):
        problems["answer_fragment"] = reason
    if card.type is CardType.ORDER:
        pass  # its items come from several sentences; they are checked by _order_items
    elif card.source is None or not card.source.sentence.strip():
        problems["no_source"] = "no source sentence"
    elif reason := _answer_in_source(card):
        problems["answer_not_in_source"] = reason
    if card.type not in (CardType.TRUEFALSE, CardType.ORDER) and (reason := _leak(card)):
        problems["answer_leaked"] = reason
    if reason := _question_form(card):
        problems["question_form"] = reason
    if reason := _choices(card):
        problems["choices"] = reason
    if reason := _order_items(card):
        problems["order_items"] = reason
    return problems


# --------------------------------------------------------------------------- decks and report

@dataclass(slots=True)
class Report:
    """What the scorer found: coverage per fact and problems per card."""

    facts: list[GoldFact]
    covered_by: dict[str, list[str]]  # fact id -> ids of the cards covering it
    malformed: dict[str, dict[str, str]]  # card id -> check -> reason
    cards: int
    decks: list[str]
    unloadable: list[str] = field(default_factory=list)
    missing_sources: list[str] = field(default_factory=list)

    def recall(self, category: Category, *, with_optional: bool = False) -> tuple[int, int]:
        """(covered, total) for ``category``."""
        facts = [f for f in self.facts if f.category is category and (with_optional or not f.optional)]
        return sum(bool(self.covered_by[f.id]) for f in facts), len(facts)

    def ratio(self, category: Category, *, with_optional: bool = False) -> float:
        covered, total = self.recall(category, with_optional=with_optional)
        return covered / total if total else math.nan

    def failing(self, check: str) -> list[str]:
        return sorted(cid for cid, problems in self.malformed.items() if check in problems)


def deck_files(paths: Iterable[Path]) -> list[Path]:
    """The deck files named, folders expanded to their ``*.yaml``/``*.yml`` files."""
    out: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")))
        else:
            out.append(path)
    return out


def load_cards(paths: Iterable[Path]) -> tuple[list[Card], list[str], list[str]]:
    """The distinct cards of every deck given, the sources they name, and unloadable decks."""
    from quiz.deckfile import load_deck
    from quiz.errors import QuizError

    cards: dict[tuple[str, str, str], Card] = {}
    sources: set[str] = set()
    unloadable = []
    for path in deck_files(paths):
        try:
            deck = load_deck(path)
        except QuizError as error:
            unloadable.append(f"{path}: {error}")
            continue
        sources.update(Path(s.file).name for s in deck.sources)
        for card in deck.cards:
            cards.setdefault((card.id, card.question, card.answer), card)
            if card.source:
                sources.add(_card_file(card))
    return list(cards.values()), sorted(sources), unloadable


def score(cards: Sequence[Card], facts: Sequence[GoldFact], *, decks: Sequence[str] = (),
          sources: Sequence[str] | None = None, unloadable: Sequence[str] = ()) -> Report:
    """Coverage of ``facts`` by ``cards`` and the malformations of every card.

    Facts of articles the decks do not mention at all are left out (and listed), so one
    article's deck can be scored on its own; the test suite asserts that none are missing.
    """
    named = set(sources) if sources is not None else {_card_file(c) for c in cards}
    kept = [f for f in facts if Path(f.source).name in named]
    missing = sorted({f.source for f in facts if Path(f.source).name not in named})
    by_place: dict[tuple[str, Category], list[Card]] = {}
    for card in cards:
        by_place.setdefault((_card_file(card), card.category), []).append(card)
    covered_by = {f.id: [c.id for c in by_place.get((Path(f.source).name, f.category), ())
                         if covers(c, f)] for f in kept}
    malformed = {}
    for card in cards:
        if problems := check_card(card):
            malformed[card.id] = problems
    return Report(list(kept), covered_by, malformed, len(cards), list(decks), list(unloadable),
                  missing)


def near_misses(report: Report, cards: Sequence[Card]) -> dict[str, list[Card]]:
    """For each uncovered fact, the cards of its category asked from its sentence (whose answers
    did not match): what to read when deciding whether the generator or the gold is wrong."""
    out: dict[str, list[Card]] = {}
    for fact in report.facts:
        if report.covered_by[fact.id]:
            continue
        out[fact.id] = [c for c in cards if c.category == fact.category and c.source is not None
                        and _card_file(c) == Path(fact.source).name
                        and any(sentences_match(c.source.sentence, s) for s in fact.sentences)]
    return out


def format_report(report: Report, near: dict[str, list[Card]] | None = None) -> str:
    """The human report; the last lines are the figures CI and docs quote. With ``near``
    (:func:`near_misses`), each uncovered fact is followed by the cards that came closest."""
    lines = [f"decks: {len(report.decks)}, distinct cards: {report.cards}",
             f"gold facts: {len(report.facts)} "
             f"({sum(not f.optional for f in report.facts)} not optional)"]
    if report.missing_sources:
        lines.append("gold articles with no card at all (left out): " + ", ".join(report.missing_sources))
    for problem in report.unloadable:
        lines.append(f"unloadable deck: {problem}")
    lines.append("")
    lines.append("facts not covered (optional ones marked *):")
    for fact in report.facts:
        if not report.covered_by[fact.id]:
            mark = "*" if fact.optional else " "
            lines.append(f" {mark}{fact.id:9} {fact.category:6} {fact.answer}  <- {fact.question}")
            for card in (near or {}).get(fact.id, ()):
                lines.append(f"      near: {card.id} [{card.type}] {card.question} -> {card.answer}")
    lines.append("")
    lines.append("malformed cards by check:")
    for check in CHECKS:
        ids = report.failing(check)
        lines.append(f"  {check}: {len(ids)}")
        for cid in ids:
            lines.append(f"    {cid}: {report.malformed[cid][check]}")
    lines.append("")
    for category in CATEGORIES:
        covered, total = report.recall(category, with_optional=True)
        lines.append(f"recall_with_optional.{category}: {_ratio(covered, total)} ({covered}/{total})")
    for category in CATEGORIES:
        covered, total = report.recall(category)
        lines.append(f"recall.{category}: {_ratio(covered, total)} ({covered}/{total})")
    lines.append(f"unloadable_decks: {len(report.unloadable)}")
    lines.append(f"malformed: {len(report.malformed)}")
    return "\n".join(lines)


def _ratio(covered: int, total: int) -> str:
    return f"{covered / total:.2f}" if total else "n/a"


def sample_cards(cards: Sequence[Card], size: int, seed: int) -> list[Card]:
    """A reproducible random sample for human judgement: ``size`` cards drawn with ``seed``
    from the cards sorted by id (so the draw does not depend on file order)."""
    import random

    ordered = sorted(cards, key=lambda c: c.id)
    return random.Random(seed).sample(ordered, min(size, len(ordered)))


def format_sample(cards: Sequence[Card]) -> str:
    """Each sampled card with what a judge needs: question, answers, choices, source sentence."""
    blocks = []
    for number, card in enumerate(cards, 1):
        lines = [f"{number}. {card.id} [{card.type} / {card.category}]", f"   Q: {card.question}",
                 f"   A: {card.answer}"]
        if card.accept:
            lines.append(f"   accept: {' | '.join(card.accept)}")
        if card.choices:
            lines.append(f"   choices: {' | '.join(card.choices)}")
        if card.items:
            lines.append(f"   items: {' | '.join(card.items)}")
        if card.explanation:
            lines.append(f"   explanation: {card.explanation}")
        if card.source:
            lines.append(f"   source: {Path(card.source.file).name}: {card.source.sentence}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def main(argv: Sequence[str] | None = None) -> int:
    """Score the decks named on the command line; exit 1 if a deck cannot be loaded."""
    parser = argparse.ArgumentParser(prog="scorer", description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="deck files or folders of decks")
    parser.add_argument("--gold", type=Path, default=GOLD_PATH, help="the gold list (YAML)")
    parser.add_argument("--sample", type=int, default=0, metavar="N",
                        help="instead of scoring, print N random cards for a human judge")
    parser.add_argument("--seed", type=int, default=2024, help="the seed of --sample")
    parser.add_argument("--explain", action="store_true",
                        help="under each uncovered fact, list the cards asked from its sentence")
    args = parser.parse_args(argv)
    for path in args.paths:
        if not path.exists():
            parser.error(f"{path}: no such file or folder")
    files = deck_files(args.paths)
    cards, sources, unloadable = load_cards(files)
    if args.sample:
        print(format_sample(sample_cards(cards, args.sample, args.seed)))
        return 1 if unloadable else 0
    report = score(cards, load_gold(args.gold), decks=[str(p) for p in files], sources=sources,
                   unloadable=unloadable)
    print(format_report(report, near_misses(report, cards) if args.explain else None))
    return 1 if unloadable else 0


if __name__ == "__main__":
    sys.exit(main())
