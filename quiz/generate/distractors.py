"""Three wrong answers of a fact's kind: names and numbers of its article and related ones,
dates nearest to it, and, when those run out, dates and numbers made up by shifting it.

Choosing them costs the same for ten articles or ten thousand: candidates come from the
pool's indexes, nearest or most related first, and the first three that fit are taken.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import os
import re
from collections.abc import Iterator, Mapping, Sequence

from quiz.generate.card_cloze import occurrences
from quiz.generate.date_forms import WEEKEND_OF, weekend_answer
from quiz.generate.dates import MONTH_NAMES, WEEK_OF, date_forms, format_date, parse_date
from quiz.generate.distractor_pool import (
    ACTOR_KINDS, DATE_KINDS, HONORIFICS, NUMBER_KINDS, PAST_DATE_QUESTION, DistractorPool,
    asked_role, number_value_of, unit_of,
)
from quiz.generate.facts import AnswerKind, Fact
from quiz.generate.ids import normalise
from quiz.generate.lexicon import ORG_WORDS
from quiz.generate.question_checks import WORD
from quiz.generate.question_names import Names
from quiz.generate.question_regions import is_bloc, same_kind_and_region, stated_region
from quiz.generate.span_phrases import EVENT_NOUNS
from quiz.generate.specificity import content_stems
from quiz.model import Category


ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth")
#: How many candidates of a kind are looked at when choosing distractors.
_WINDOW = 60


def distractors(fact: Fact, pool: DistractorPool, names: Names) -> tuple[str, ...]:
    """Three wrong answers of the fact's kind, or () when three good ones cannot be found."""
    wanted = 3
    chosen: list[str] = []
    taken = {normalise(a) for a in (fact.answer, *fact.accept)}
    written = [key for key in taken if len(key) >= 3 and not key[:1].isdigit()]
    question = f" {normalise(fact.question)} "
    question_words = _by_initial(WORD.findall(fact.question))
    latest = pool.latest.get(fact.article, 0) if fact.kind in DATE_KINDS and \
        PAST_DATE_QUESTION.match(fact.question) else 0
    latest_past = pool.latest_past.get(fact.article) if fact.kind is AnswerKind.FULL_DATE and \
        latest else None
    events = _asked_events(fact.question) if fact.kind in ACTOR_KINDS else frozenset()
    speech = fact.kind is AnswerKind.PERSON and _SAID.search(fact.question) is not None
    region = stated_region(fact.question) if fact.kind is AnswerKind.COUNTRY else None
    if region is not None and fact.answer.lower() not in region:
        region = None  # ("Which country sells most cars in Europe?" may be answered Japan)
    nations = fact.kind is AnswerKind.COUNTRY or is_bloc(fact.answer)

    def fits(candidate: str) -> bool:
        key = normalise(candidate)
        if not key or key in taken or (len(key) > 3 and f" {key} " in question):
            return False
        if fact.kind in DATE_KINDS and any(f" {form} " in f" {key} " for form in written):
            return False  # "October 2022" for "October 2023" written "October": both fit
        if latest and any(int(year) > latest for year in _YEAR.findall(candidate)):
            return False  # a past event of the article happened before its latest date
        if latest_past is not None and \
                (_day_of(candidate) or latest_past) > latest_past + _STORY_LAG:
            return False  # nor days after the latest day the story dates a past event on
        if fact.kind in NUMBER_KINDS:
            number = _NUMBER_IN.search(candidate)
            if number is not None and f" {number.group()} " in f" {fact.question} ":
                return False  # "in 42 matches": 42 is no wrong answer to "How many goals"
        if fact.kind in ACTOR_KINDS and (any(names.same(candidate, c)
                                             for c in (fact.answer, *chosen))
                                         or not _a_name_apart(candidate, question_words)):
            return False
        if fact.kind is AnswerKind.PERSON and any(
                _part_of_name(candidate, c) for c in (fact.answer, *chosen)):
            return False  # "Okafor" and "Marta Okafor": one may be the other
        if fact.kind is AnswerKind.PERSON and " " in candidate and \
                candidate.rsplit(None, 1)[1].lower() in ORG_WORDS:
            return False  # "Fjord Capital" (read as a person after "the investor"): a body
            # among people's names shows itself wrong
        if fact.kind is AnswerKind.PERSON and _not_a_person(candidate, pool.text(fact.article)):
            return False  # "Who joined Gimnasia ...?" among people and the club "Atlético
            # Ribera", which "said it would appeal": distractors are of the answer's kind
        if fact.kind in ACTOR_KINDS and any(occurrences(fact.question, alias)
                                            for alias in names.aliases(candidate)):
            return False  # "United States" for "Which country targeted US bases?"
        if fact.kind in ACTOR_KINDS and named_in(fact.sentence.text, candidate):
            return False  # "X and Y were killed": Y is no wrong answer to "Who was killed?"
        if nations and not same_kind_and_region(fact.answer, candidate, region):
            return False  # China and Kenya for "Which country holds the largest reserves
            # in the EU?"; a country beside the EU
        if speech and _of_history(candidate, fact, pool):
            return False  # "Afonso Henriques" (a king of 1147) offered as the speaker of a
            # quotation of today
        if events and _acts_alike(candidate, events, fact, pool):
            return False  # "Which country conducted strikes?": not one another story has
            # striking too
        return True

    def options() -> Iterator[str]:
        """Answers of the corpus first, then shifted dates or numbers (made up last). A
        person of the answer's family of roles comes before one of unknown roles, and one
        of another known family (a TV host for a militia leader) is never offered."""
        if fact.question.startswith(AGE_ASKED):
            yield from _nearby_ages(fact)
            return  # the story's other counts are no ages ("At what age did X die?" was
            # offered 140 / 46 / 31)
        family = names.family(fact.answer) if fact.kind is AnswerKind.PERSON else ""
        unknown: list[str] = []
        for candidate in _candidates(fact, pool):
            if fact.kind is AnswerKind.PERSON:
                theirs = names.family(candidate) if family else ""
                if theirs and theirs != family:
                    continue
                candidate = _as_written(candidate, fact.answer)
                if not candidate:
                    continue
                if family and not theirs:
                    unknown.append(candidate)
                    continue
            if fact.kind not in DATE_KINDS or _date_style_ok(fact, candidate):
                yield candidate
        yield from unknown
        yield from _synthesised(fact)

    if fact.kind is AnswerKind.PERSON and _not_a_person(fact.answer, pool.text(fact.article)):
        return ()  # "Atlético Ribera said it would appeal": a body read as a person; people
        # offered beside it show it wrong
    for candidate in options():
        if fits(candidate):
            candidate = _agreeing(candidate) if fact.kind in NUMBER_KINDS else candidate
            if normalise(candidate) in taken:
                continue
            chosen.append(candidate)
            taken.add(normalise(candidate))
            if len(chosen) == wanted:
                return tuple(chosen)
    return ()


#: A count and the unit of time after it ("one years", "three month").
_COUNT_UNIT = re.compile(r"\b(?P<count>[Oo]ne|1|a|an|\d[\d,.]*|two|three|four|five|six|seven|"
                         r"eight|nine|ten|eleven|twelve) (?P<unit>year|month|week|day|hour|minute|"
                         r"second|decade|centur)(?P<plural>s|ies|y)?\b")


def _agreeing(text: str) -> str:
    """``text`` with its unit of time agreeing with its count: a made-up "one years" is
    "one year", "three month" is "three months" (a wrong form singles a choice out)."""
    match = _COUNT_UNIT.search(text)
    if match is None:
        return text
    one = match.group("count").lower() in ("one", "1", "a", "an")
    unit = match.group("unit")
    word = (unit + "y" if unit == "centur" else unit) if one else \
        (unit + "ies" if unit == "centur" else unit + "s")
    return text[:match.start("unit")] + word + text[match.end():]


#: :func:`parse_date` of a candidate, remembered: the corpus's dates are offered to many
#: questions.
_day_of = functools.lru_cache(maxsize=8192)(parse_date)
#: How long after the latest past event it dates a story may still be written.
_STORY_LAG = dt.timedelta(days=3)
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


#: How many articles on the fact's topic are read for a distractor doing the asked act.
_ACT_ARTICLES = 6


#: What a text says only of a body, after its name: "X said its members ...", "X, founded in
#: 1912, ..." (not "X said it would take years": a person's "it" may be anything).
_BODY_AFTER = re.compile(r",\s+(?:founded|established|formed|set up|headquartered)\s+(?:in|by)\b|"
                         r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|announced|added|argued|"
                         r"insisted|confirmed|denied)\s+(?:that\s+)?its\b")


def _not_a_person(name: str, text: str) -> bool:
    """Whether ``text`` speaks of ``name`` as of a body ("said its", "founded in"), not a
    person: no person to offer among people."""
    at = text.find(name)
    while at >= 0:
        if _BODY_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def _asked_events(question: str) -> frozenset[str]:
    """The event nouns ``question`` asks about, stemmed ("strikes" -> "strik")."""
    return content_stems(question) & _EVENT_STEMS


#: The stems of the event nouns, singular and plural.
_EVENT_STEMS = frozenset(stem for noun in EVENT_NOUNS
                         for stem in content_stems(f"{noun} {noun}s"))


def _acts_alike(candidate: str, events: frozenset[str], fact: Fact,
                pool: DistractorPool) -> bool:
    """Whether a sentence of another article on the fact's topic names ``candidate`` with
    one of the ``events`` the question asks about ("U.S. support for Israel fuels the strikes
    by Iranian proxies" for "Which country conducted strikes on militant targets?"): in the
    deck, the candidate may have done the asked act too, so it is no sure wrong answer.
    (The fact's own article tells its actors' acts apart.)"""
    for article in pool.related(fact.article)[:_ACT_ARTICLES]:
        if candidate not in pool.text(article):
            continue
        for text in pool.sentences.get(article, ()):
            if text != fact.sentence.text and named_in(text, candidate) and \
                    not events.isdisjoint(content_stems(text)):
                return True
    return False


def named_in(text: str, name: str) -> bool:
    """Whether ``text`` names ``name``, in full or by its last word ("al-Muhandis" for "Abu
    Mahdi al-Muhandis"; a last word of three letters or fewer is too common to tell)."""
    if occurrences(text, name):
        return True
    words = WORD.findall(name)
    return len(words) > 1 and len(words[-1]) > 3 and not words[-1].islower() and \
        bool(occurrences(text, words[-1]))


def _part_of_name(a: str, b: str) -> bool:
    """Whether the words of one name are all in the other ("Okafor", "Marta Okafor")."""
    first, second = {w.lower() for w in WORD.findall(a)}, {w.lower() for w in WORD.findall(b)}
    return bool(first and second) and (first <= second or second <= first)


def _as_written(candidate: str, answer: str) -> str:
    """``candidate`` written like the answer: a surname for a surname ("Hussein" among
    "Blinken", "Rasool"; "Van Dijk" among "Bakker", "Jansen"), and no bare surname among
    full names ("" when it cannot be)."""
    surname = _is_surname(answer)
    if surname == _is_surname(candidate):
        return candidate
    if surname:
        words = candidate.split()
        last = " ".join(words[-2:]) if len(words) > 2 and words[-2].lower() in _PARTICLES \
            else words[-1] if words else ""
        return last if last[:1].isupper() and last[-1:].isalpha() else ""
    return ""


#: Words that open a surname ("Van Dijk", "de Souza", "al-Sudani" is one word already).
_PARTICLES = frozenset("van von de der den da di del du le la ter ten bin ibn abu el al".split())


def _is_surname(name: str) -> bool:
    """Whether ``name`` is a bare surname: one word, or a particle and a word ("Van Dijk")."""
    words = name.split()
    return len(words) == 1 or len(words) == 2 and words[0].lower() in _PARTICLES


def _a_name_apart(candidate: str, question_words: Mapping[str, Sequence[str]]) -> bool:
    """Whether ``candidate`` is a proper name the question does not already point at: a
    description ("a senior official") gives itself away among names, and a name the question
    uses, even in another form ("Iran" in "Iranian commander", "Norway" in "Norwegian",
    "Soleimani" in "the attack on Soleimani"), is an absurd wrong answer.
    ``question_words``: the question's words by their first letter (:func:`_by_initial`)."""
    words = WORD.findall(candidate)
    if not words or not candidate[:1].isupper():
        return False
    return not any(len(word) >= 4 and word[:1].isupper() and
                   _shared_prefix(word, q) >= max(4, len(word) - 2)
                   for word in words for q in question_words.get(word[:1], ()))


def _by_initial(words: Sequence[str]) -> dict[str, list[str]]:
    """``words`` by their first letter, in order."""
    found: dict[str, list[str]] = {}
    for word in words:
        found.setdefault(word[:1], []).append(word)
    return found


def _shared_prefix(a: str, b: str) -> int:
    """How many leading letters ``a`` and ``b`` share ("Norway", "Norwegian": 4)."""
    return len(os.path.commonprefix((a.lower(), b.lower())))


#: A question that asks who said something.
_SAID = re.compile(r"\b(?:said|says|told|warned|argued|added|insisted)\b")
#: A year before 1900: a person the article names only beside one is of history.
_OLD_YEAR = re.compile(r"\b(?:1[0-8]\d\d|[5-9]\d\d)\b")


def _of_history(candidate: str, fact: Fact, pool: DistractorPool) -> bool:
    """Whether every sentence of the fact's article and its topic that names ``candidate``
    dates itself before 1900 (a king of 1147 is no speaker of a quotation)."""
    named = False
    for article in (fact.article, *pool.related(fact.article)):
        for text in pool.sentences.get(article, ()):
            if candidate in text:
                if not _OLD_YEAR.search(text):
                    return False
                named = True
    return named


def _candidates(fact: Fact, pool: DistractorPool) -> Iterator[str]:
    """Answers of the fact's kind, best first; lazy, as three good ones are usually near.

    Names, numbers and causes come from the fact's own article first, then from articles on
    the same topic: a person from another story, or a reason for something else, is not a
    plausible wrong answer. Dates come from the whole corpus, nearest first."""
    entries = pool.by_kind.get(fact.kind, [])
    if fact.kind in DATE_KINDS:
        if entries and fact.when is not None:
            centre = float(fact.when.toordinal())
            limit = {AnswerKind.YEAR: 3653.0, AnswerKind.YEAR_RANGE: 7305.0,
                     AnswerKind.FULL_DATE: 120.0}.get(fact.kind, 1100.0)
            for _, answer, _ in _nearest(entries, centre, limit):
                yield answer
        return
    articles = (fact.article, *pool.related(fact.article))
    if fact.kind in NUMBER_KINDS:
        # the numbers of the article and its topic, nearest in value first: a handful, so
        # sorting them costs less than walking the corpus-wide pool
        value = number_value_of(fact)
        if value is None or value <= 0:
            return
        unit = _unit(fact)
        units, vague, values = pool.units, pool.vague, pool.values
        factor = _MEASURED_FACTOR if measured(fact) else _COUNT_FACTOR
        near = []
        for article in articles:
            for answer in pool.by_article.get((article, fact.kind), ()):
                key = values.get(answer)
                if key is not None and key != value and value / factor <= key <= value * factor \
                        and \
                        units.get(answer) == unit and answer not in vague:
                    near.append((abs(key - value), answer))
        near.sort()
        for _, answer in near:
            written = in_form_of(fact.answer, answer)
            if written is not None:
                yield written
        return
    if fact.kind in ACTOR_KINDS or fact.category is Category.CAUSE:
        asked = asked_role(fact.question) if fact.kind is AnswerKind.PERSON else frozenset()
        wanted = asked or pool.roles.get(fact.answer, frozenset()) - HONORIFICS
        later: list[str] = []
        for article in articles:
            for answer in pool.offered(article, fact.kind):
                if fact.category is not Category.CAUSE or answer not in fact.sentence.text:
                    if wanted and not wanted & pool.roles.get(answer, frozenset()):
                        if not asked:  # "Which Iraqi prime minister ...?": no US president
                            later.append(answer)  # a person of another role: if needed
                    else:
                        yield answer
        yield from later
        if fact.kind is AnswerKind.COUNTRY:
            # other countries its story or its topic names without asking about them; never
            # one of an unrelated story ("Which country's transport ministry examined the
            # night trains?" among Costa Rica and Norway is absurd): without three, it is typed
            for article in articles[:_ACT_ARTICLES]:  # its own story's first
                text = pool.text(article)
                for _, answer, _ in entries:
                    if answer in text and _named_apart_from_a_place(text, answer):
                        yield answer


def _named_apart_from_a_place(text: str, country: str) -> bool:
    """Whether ``text`` names ``country`` other than as where a named place is ("Davos,
    Switzerland" says where Davos is: no country that could have acted)."""
    at = text.find(country)
    while at >= 0:
        end = at + len(country)
        if (at == 0 or not text[at - 1].isalnum()) and not text[end:end + 1].isalnum() and \
                not _PLACE_BEFORE.search(text, max(0, at - 30), at):
            return True
        at = text.find(country, end)
    return False


#: A named place and a comma right before a country ("Davos, ").
_PLACE_BEFORE = re.compile(r"\b[A-Z][a-z]+, $")


def in_form_of(answer: str, other: str) -> str | None:
    """``other``'s number written the way ``answer`` writes its own ("only 29" and "27
    votes" -> "only 27"), so a qualifier or a unit never singles out the right choice."""
    mine = _NUMBER_IN.search(answer)
    theirs = _NUMBER_IN.search(other)
    if mine is None or theirs is None:
        return None
    number = theirs.group()
    if ("," in mine.group()) != ("," in number) and float(number.replace(",", "")) >= 1000:
        number = f"{float(number.replace(',', '')):,.0f}" if "," in mine.group() \
            else number.replace(",", "")
    return answer[:mine.start()] + number + answer[mine.end():]


def _nearest(entries: list[tuple[float, str, str]], centre: float, limit: float
             ) -> Iterator[tuple[float, str, str]]:
    """Entries whose key is within ``limit`` of ``centre`` (but not equal to it), nearest
    first: a bisect, then a walk outwards on both sides (at most ``_WINDOW`` each)."""
    position = bisect.bisect_left(entries, (centre,))
    left = entries[max(0, position - _WINDOW):position][::-1]
    right = entries[position:position + _WINDOW]
    i = j = 0  # the two sides merged by distance, the left one first on a tie
    while i < len(left) or j < len(right):
        if j == len(right) or i < len(left) and centre - left[i][0] <= right[j][0] - centre:
            entry = left[i]
            i += 1
        else:
            entry = right[j]
            j += 1
        distance = abs(entry[0] - centre)
        if distance > limit:
            return
        if distance:
            yield entry


_PLAIN_DATE = re.compile(r"^(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4}|"
                         r"[A-Z][a-z]+ \d{4}|\d{4}(?:[-–]\d{4})?|[A-Z][a-z]+\.? \d{1,2})$")


def _date_style_ok(fact: Fact, answer: str) -> bool:
    """A distractor written like the answer: no "New Year's Eve 2019" among plain dates."""
    if _PLAIN_DATE.match(fact.answer) and not _PLAIN_DATE.match(answer) or \
            fact.answer.startswith(WEEK_OF) != answer.startswith(WEEK_OF) or \
            fact.answer.startswith(WEEKEND_OF) != answer.startswith(WEEKEND_OF):
        return False  # no "New Year's Eve 2019" among plain dates, weeks only among weeks,
        # weekends only among weekends (the one range among single days gives itself away)
    if fact.answer.startswith(WEEKEND_OF):
        return answer in _synthesised(fact)  # the weekends around it
    if fact.answer.startswith(WEEK_OF) and fact.when is not None:
        week = parse_date(answer[len(WEEK_OF):])
        return week is not None and abs((week - fact.when).days) <= 35  # weeks near it: a
        # week months after the story is no plausible "last week"
    if _abbreviated(fact.answer) != _abbreviated(answer):
        return False  # "Oct. 7" among "November 7", "October 21"
    if bool(_SEASON_YEAR.match(fact.answer)) != bool(_SEASON_YEAR.match(answer)):
        return False  # "summer 2025" among months: seasons only among seasons
    if fact.kind is AnswerKind.FULL_DATE:
        return answer[:1].isdigit() == fact.answer[:1].isdigit()
    words = _LEAD_WORDS.match(fact.answer) if fact.kind is AnswerKind.YEAR else None
    if words is not None:  # "the end of 2024": only other ends of years
        return answer.startswith(words.group())
    return True


#: A season of a year ("summer 2025"), asked and offered only among seasons.
_SEASON_YEAR = re.compile(r"^(spring|summer|autumn|fall|winter) (\d{4})$", re.I)
_SEASON_SHIFTS = ((1, 0), (-1, 0), (2, 0), (0, -1), (1, -1))
_SEASONS = ("spring", "summer", "autumn", "winter")
#: Words before the date in an answer ("the end of 2024", "autumn 2023").
_LEAD_WORDS = re.compile(r"^[A-Za-z][A-Za-z ]*?\s(?=\d)")


def _unit(fact: Fact) -> str:
    return unit_of(fact.answer)


#: How far from the answer a wrong count or a wrong measure may be (a times b): a lift 1,420
#: metres high offered 6,000 and 300 shows the answer as the only height a lift has.
_COUNT_FACTOR = 5.0
_MEASURED_FACTOR = 2.5
#: Units of time, length, area, weight and volume (money, shares and counts vary more).
_MEASURES = frozenset("second minute hour day week month year decade tonne ton kilometre "
                      "kilometer km mile metre meter acre hectare litre liter barrel".split())
#: A question asking for a measure ("How many metres ...", "How high ...").
_MEASURE_ASKED = re.compile(r"^(?:How (?:long|high|far|deep|tall|heavy|wide)\b|How many (?:"
                            r"seconds|minutes|hours|days|weeks|months|years|decades|tonnes|tons|"
                            r"kilometres|kilometers|miles|metres|meters|feet|acres|hectares|"
                            r"litres|liters|barrels|square)\b)")


def measured(fact: Fact) -> bool:
    """Whether ``fact`` asks a measure of time, length, area, weight or volume."""
    return _unit(fact) in _MEASURES or _MEASURE_ASKED.match(fact.question) is not None


#: How an age is asked (:mod:`quiz.generate.figure_questions`).
AGE_ASKED = ("At what age ", "How old ")


def _nearby_ages(fact: Fact) -> list[str]:
    """Made-up ages near the answer's ("71": 64, 75, 68), as the answer writes its number."""
    number = re.search(r"\d+", fact.answer)
    if number is None:
        return []
    age = int(number.group())
    shifts = (-7, 4, -3, 9, 6) if age >= 20 else (-3, 2, -1, 4, 5)
    return [f"{fact.answer[:number.start()]}{age + shift}{fact.answer[number.end():]}"
            for shift in shifts if age + shift > 0]


def _synthesised(fact: Fact) -> list[str]:
    """Plausible wrong answers made by shifting a date or a number (dates and numbers only)."""
    if fact.kind is AnswerKind.FULL_DATE and fact.when is not None and \
            fact.answer.startswith(WEEKEND_OF):
        return [weekend_answer(fact.when + dt.timedelta(days=7 * weeks))
                for weeks in (-1, 1, 2, -2, 4)]
    if fact.kind is AnswerKind.FULL_DATE and fact.when is not None and \
            fact.answer.startswith(WEEK_OF):
        return [f"{WEEK_OF}{format_date(fact.when + dt.timedelta(days=7 * weeks))}"
                for weeks in (-1, 1, 2, -2, 4)]
    if fact.kind is AnswerKind.FULL_DATE and fact.when is not None:
        shifts = (dt.timedelta(days=-7), dt.timedelta(days=31), dt.timedelta(days=-365),
                  dt.timedelta(days=12), dt.timedelta(days=-40))
        dmy = not fact.answer[:1].isalpha() or fact.answer.startswith(("New", "Christmas"))
        out = []
        for shift in shifts:
            day = fact.when + shift
            out.append(format_date(day) if dmy else date_forms(day)[1])
        return out
    season = _SEASON_YEAR.match(fact.answer)
    if season:  # "summer 2025": the seasons around it
        name, year = season.group(1).lower(), int(season.group(2))
        at = _SEASONS.index("autumn" if name == "fall" else name)
        return [f"{_SEASONS[(at + step) % 4]} {year + (at + step) // 4 + back}"
                for step, back in _SEASON_SHIFTS]
    if fact.kind is AnswerKind.MONTH_YEAR and fact.when is not None:
        out = []
        for months in (-2, 3, -12, 1, -5):
            total = fact.when.year * 12 + fact.when.month - 1 + months
            out.append(f"{MONTH_NAMES[total % 12 + 1]} {total // 12}")
        return out
    if fact.kind is AnswerKind.YEAR and fact.value.isdigit() and fact.value in fact.answer:
        year = int(fact.value)
        return [fact.answer.replace(fact.value, str(year + d)) for d in (-2, 3, -5, 1, 4)]
    if fact.kind is AnswerKind.YEAR_RANGE and "/" in fact.value:
        first, last = (int(x) for x in fact.value.split("/"))
        return [f"{first + d}-{last + d}" for d in (-3, 2, -6, 4)]
    if fact.kind is AnswerKind.DAY_MONTH and fact.value.startswith("--"):
        month_number, day_number = int(fact.value[2:4]), int(fact.value[5:7])
        short = _SHORT_MONTH.match(fact.answer)  # "Oct. 7": "Nov. 7", not "November 7"
        if short and short.group(1) in MONTH_NAMES:
            short = None  # "May 7" is written in full
        out = []
        for days in (-7, 14, 31, -30):
            shifted = dt.date(2001, month_number, min(day_number, 28)) + dt.timedelta(days=days)
            name = MONTH_NAMES[shifted.month]
            if short and len(name) > 5:
                name = f"{name[:4 if name == 'September' else 3]}{short.group(2)}"
            out.append(f"{name} {shifted.day}" if not fact.answer[:1].isdigit()
                       else f"{shifted.day} {name}")
        return out
    share = _FRACTION_ANSWER.match(fact.answer) if fact.kind is AnswerKind.PERCENT else None
    if share is not None:  # "a third": other simple fractions, with the same qualifier
        index = _FRACTIONS.index(share.group("part").lower())
        lead = share.group("lead")
        return [f"{lead}{_FRACTIONS[i]}" for i in (index + 1, index - 1, index + 2, index - 2)
                if 0 <= i < len(_FRACTIONS)]
    if fact.kind is AnswerKind.ORDINAL:
        low = fact.answer.lower()
        if low in ORDINALS:
            index = ORDINALS.index(low)
            return [ORDINALS[i] for i in (index + 1, index - 1, index + 2, index + 3)
                    if 0 <= i < len(ORDINALS)]
        return []
    if fact.kind in NUMBER_KINDS:
        return _shifted_numbers(fact)
    return []


#: Simple fractions a share is written as, smallest first.
_FRACTIONS = ("a tenth", "a fifth", "a quarter", "a third", "half", "two-thirds",
              "three-quarters")
_FRACTION_ANSWER = re.compile(r"^(?P<lead>(?:[A-Za-z]+ )*?)(?P<part>a tenth|a fifth|a quarter|"
                              r"a third|half|two-thirds|three-quarters)$", re.I)


def _abbreviated(date: str) -> bool:
    """Whether ``date`` writes its month short ("Oct. 7", "Sept. 30, 2024")."""
    short = _SHORT_MONTH.match(date)
    return short is not None and short.group(1) not in MONTH_NAMES


_SHORT_MONTH = re.compile(r"^(?:\d{1,2}\s+)?([A-Z][a-z]{2,3})(\.?)\s")
_NUMBER_IN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_WORD_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                 "ten", "eleven", "twelve")


#: The factors a made-up count or measure is the answer times.
_SHIFTS = (0.5, 2.0, 1.5, 3.0, 0.25)
_SHIFTS_OF_A_MEASURE = (0.5, 2.0, 1.5, 0.75, 1.25)


def _shifted_numbers(fact: Fact) -> list[str]:
    """"more than 100" -> "more than 50", "more than 200", ... (same qualifier and unit)."""
    answer = fact.answer
    match = _NUMBER_IN.search(answer)
    if match:
        value = float(match.group().replace(",", ""))
        if value <= 0:
            return []
        out = []
        for factor in _SHIFTS_OF_A_MEASURE if measured(fact) else _SHIFTS:
            shifted = value * factor
            if value >= 10:
                shifted = round(shifted, -1 if value < 1000 else -2)
            if value == int(value):
                grouped = "," in match.group() or shifted >= 10000 or \
                    (shifted >= 1000 and value < 1000)  # "About 900" -> "About 1,800"
                whole = int(shifted + 0.5)  # "3 tonnes" halved: "2 tonnes", not "1"
                text = f"{whole:,}" if grouped else str(whole)
            else:
                # "2.5 million" doubled is "5 million", not "5.0 million" (which the one
                # answer with a needless decimal would stand out among)
                text = f"{shifted:.1f}".removesuffix(".0")
            if shifted > 0:
                out.append(answer[:match.start()] + text + answer[match.end():])
        return out
    words = answer.split()
    for position, word in enumerate(words):
        if word.lower() in _WORD_NUMBERS:
            value = _WORD_NUMBERS.index(word.lower()) + 1
            out = []
            for other in (value + 1, value - 1, value + 2, value * 2):
                if 1 <= other <= 12 and other != value:
                    replaced = list(words)
                    other_word = _WORD_NUMBERS[other - 1]
                    replaced[position] = other_word.capitalize() if word[:1].isupper() \
                        else other_word
                    out.append(" ".join(replaced))
            return out
    return []
