"""Facts that two articles state differently: the same event or subject, a different value.

Two facts of different articles, of the same category and kind, are about the same thing when
all of these hold (precision first: a false warning teaches the learner that two sources
disagree when they do not, which is worse than a missed one):

- they ask the same way ("Since when ..." is a bound, not the date of an event);
- they name the same key arguments: the entities each question names, in one spelling
  (the entity index merges "Washington" and "the United States"; a capital or a demonym
  stands for its country), names inside modifiers ("anti-ISIS", "Iran-backed") left out,
  and the numbers it states ("the airstrike in January 2020");
- their content words overlap enough after lemmatising (irregular verbs, suffix stripping)
  and putting general synonyms in one form (:data:`SYNONYMS`: talks / discussions /
  negotiations, begin / start / launch / initial ...).

Their values then differ when they cannot both be true: dates at the coarser precision both
state ("May 2021" and "30 May 2021" agree), numbers beyond what their qualifiers allow
("about 2,500" and "2,500" agree; "more than 60" and "more than 90" too), names when the
entity index holds them for different entities.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from quiz.generate.clauses import (
    AUXILIARIES, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, PRONOUNS, SUBORDINATORS,
)
from quiz.generate.distractor_pool import is_vague, unit_of
from quiz.generate.facts import AnswerKind, Fact
from quiz.generate.grammar import base_form, base_from_ing
from quiz.generate.lexicon import NAME_PARTICLES, TITLE_WORDS, capitals, countries
from quiz.model import Category, Conflict

#: Categories whose values can be compared (a cause is free text: paraphrases differ).
COMPARED = frozenset({Category.DATE, Category.FIGURE, Category.ACTOR})
#: Candidate facts compared per fact at most (keeps big corpora linear).
MAX_CANDIDATES = 40
#: Other sources named per card at most (the first ones in corpus order).
MAX_CONFLICTS = 3
#: Content words two subjects must share, and the share of the shorter and of the longer
#: one's words they must be.
MIN_SHARED = 3
MIN_SHARE = 0.6
MIN_SHARE_OF_LONGER = 0.4

_STOP = AUXILIARIES | DETERMINERS | PREPOSITIONS | PRONOUNS | SUBORDINATORS | CONJUNCTIONS | \
    frozenset("""
    done be been being what how many much long year years date month day its their his her
    our your my themselves itself himself herself ourselves than then there here also later
    earlier now still already just only more most less least very not s t according article
    mention mentions mentioned name named together
""".split())

#: General English words that say the same thing in news text, one group per line: the
#: first word names the group. Not tuned to any article: verbs of beginning, ending, saying,
#: dying; nouns for talks, troops, agreements.
SYNONYMS = """
    talk discussion negotiation dialogue dialog conversation
    begin start launch initial first commence commencement initiation initiate embark onset
    end conclude conclusion finish terminate termination halt
    kill die dead death slay slain
    troop soldier force personnel servicemember
    say announce announcement state statement declare declaration report tell claim
    injure injury wound hurt
    attack assault
    withdraw withdrawal leave exit depart departure pullout
    found establish establishment create creation form formation
    agree agreement deal accord pact treaty
    meet meeting summit
    arrest detain detention
    buy purchase acquire acquisition
    rise increase grow growth climb
    fall drop decline decrease
    leader head chief
    aim seek intend goal purpose
    help assist assistance aid support
"""

_WORD = re.compile(r"[a-z0-9]+")
_VOWELS = re.compile(r"[aeiouy]")
_NUMBER_IN = re.compile(r"\d[\d,.]*\d|\d")
#: Quotes, brackets and punctuation around a word of a name, deleted by ``str.translate``.
_NAME_TOKEN_MARKS = str.maketrans("", "", "\"'“”‘’()[],;:?!")


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The base form of a lower-case word: verbs ("announced", "began" -> "announce",
    "begin"), plurals ("talks" -> "talk"), "-ing" forms ("starting" -> "start")."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    found = base_form(word)
    if found is None and word.endswith("ing") and len(word) >= 6 and _VOWELS.search(word[:-3]):
        found = base_from_ing(word)  # "starting" -> "start"; not "bring", "thing", "spring"
    return found or word


@cache
def _synonym_of() -> dict[str, str]:
    """Each lemma of :data:`SYNONYMS` -> the first word of its group (built on first use)."""
    table: dict[str, str] = {}
    for line in SYNONYMS.strip().splitlines():
        words = line.split()
        for word in words:
            table.setdefault(lemma(word), words[0])
    return table


def content_words(text: str, skip: frozenset[str] = frozenset()) -> frozenset[str]:
    """The content words of ``text`` (names in ``skip`` left out), lemmatised, synonyms in
    one form."""
    synonym_of = _synonym_of()
    words = set()
    for word in _WORD.findall(text.lower()):
        if word in _STOP or word in skip or len(word) < 2:
            continue
        stem = lemma(word)
        words.add(synonym_of.get(stem, stem))
    return frozenset(words)


def named_entities(question: str, canonical: Callable[[str], str] | None = None
                   ) -> tuple[frozenset[str], frozenset[str]]:
    """The entities a question names, in one spelling, and the (lower-case) words of those
    names. A name is a run of capitalised words after the first word; a title ("President")
    ends it; a name inside a modifier ("anti-ISIS", "U.S.-led", "Iran-backed") is not one."""
    names: list[str] = []
    words: set[str] = set()
    run: list[str] = []

    def close() -> None:
        if run:
            names.append(" ".join(run))
            run.clear()

    for position, raw in enumerate(question.split()):
        if raw[0].islower() and "-" not in raw:
            close()  # a lower-case word (most of a question) is no name and no modifier
            continue
        # (the apostrophe goes with the marks, so "Iran’s" reads "Irans", as it always has)
        token = raw.translate(_NAME_TOKEN_MARKS)
        if position == 0 or not token:
            close()
            continue
        parts = token.split("-")
        if "-" in token and not all(p[:1].isupper() or p.lower() in NAME_PARTICLES
                                    for p in parts if p):
            close()
            words.update(w.lower() for w in parts if w[:1].isupper())
            continue  # a modifier: "Iran-backed", "anti-ISIS", "U.S.-led"
        if token[:1].isupper() and token.lower().rstrip(".") not in TITLE_WORDS:
            if len(parts) > 1 and all(p[:1].isupper() for p in parts):
                close()
                names.extend(parts)  # "Iraqi-US talks": two names
            else:
                run.append(token)
        else:
            close()
        if raw[-1:] in ",;:?!)" or raw.endswith(("'s", "’s")):
            close()
    close()
    found = set()
    country_of, capital_of = countries(), capitals()
    for name in names:
        key = name.lower().rstrip(".")
        words.update(_WORD.findall(name.lower()))
        if len(key.replace(".", "")) < 2:
            continue  # "U." cut off by a sentence break
        if key.startswith("the "):
            key = key[4:]
        country = country_of.get(key) or capital_of.get(key)
        spelled = country or (canonical(name) if canonical is not None else name)
        found.add(" ".join(_WORD.findall(spelled.lower())))
    return frozenset(found), frozenset(words)


# --- values -------------------------------------------------------------------------------

_DATE_VALUE = re.compile(r"^(?:(\d{4})|-)-?(?:(\d{2})(?:-(\d{2}))?)?$")
_APPROX = re.compile(r"\b(?:about|around|approximately|roughly|some|an estimated|estimated|"
                     r"close to)\b", re.I)
_LOWER = re.compile(r"\b(?:more than|over|at least|upwards of|in excess of|above)\b", re.I)
_UPPER = re.compile(r"\b(?:less than|fewer than|under|below|at most|no more than|up to)\b",
                    re.I)
_JUST_UNDER = re.compile(r"\b(?:nearly|almost)\b", re.I)


def date_parts(value: str) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) of a date value ("2021-05-30", "2024-01", "2014", "--10-07",
    "--11"), ``None`` for what is not one date (a range, a season)."""
    match = _DATE_VALUE.match(value)
    if match is None or value == "-":
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    return year, month, day


def dates_differ(a: str, b: str) -> bool:
    """Whether two date values cannot be the same date, compared at the coarser precision
    both state; a range or a season is never said to differ."""
    return _parts_differ(date_parts(a), date_parts(b))


def _parts_differ(first: tuple[int | None, int | None, int | None] | None,
                  second: tuple[int | None, int | None, int | None] | None) -> bool:
    if first is None or second is None:
        return False
    for position, (x, y) in enumerate(zip(first, second)):
        if x is None or y is None:
            if position == 0:
                continue  # "October 7" against "7 October 2023": compare month and day
            break  # the coarser precision both state is reached
        if x != y:
            return True
    return False


def number_interval(fact: Fact) -> tuple[float, float] | None:
    """The values a figure's answer allows: exact, at least ("more than 60"), at most
    ("fewer than 10"), just under ("nearly 40": within a fifth below) or about (within a
    fifth either way); ``None`` when it is not one number."""
    value = fact.value.lstrip("~")
    if "/" in value:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    answer = fact.answer
    if _LOWER.search(answer):
        return number, math.inf
    if _UPPER.search(answer):
        return 0.0, number
    if _JUST_UNDER.search(answer):
        return number * 0.8, number
    if _APPROX.search(answer) or fact.value.startswith("~"):
        return number * 0.8, number * 1.2
    return number, number


def _number_key(fact: Fact) -> tuple[str, tuple[float, float] | None] | None:
    """What a figure's value is compared by: its unit and interval (``None`` when it is
    vague, "dozens", and so never contradicts anything)."""
    if is_vague(fact.answer):
        return None
    return unit_of(fact.answer), number_interval(fact)


def numbers_differ(a: Fact, b: Fact) -> bool:
    """Whether two figures cannot both be true (their intervals do not meet)."""
    return _differ(a, _number_key(a), b, _number_key(b))


def _differ(a: Fact, first: tuple[str, tuple[float, float] | None] | None,
            b: Fact, second: tuple[str, tuple[float, float] | None] | None) -> bool:
    if first is None or second is None or first[0] != second[0]:
        return False
    if a.kind in (AnswerKind.RANGE, AnswerKind.ORDINAL):
        return a.value != b.value  # "2/5" against "3/5"; "second" against "third"
    x, y = first[1], second[1]
    if x is None or y is None:
        return False
    return x[1] < y[0] or y[1] < x[0]


# --- matching -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Subject:
    """What a fact is about, reduced for comparison, and its value, ready to compare."""

    how: str  # the way it is asked: a date's bound ("since", "by") or a question word
    family: str  # category and kind that must match
    entities: frozenset[str]
    words: frozenset[str]
    value: object  # date parts, a figure's unit and interval, an entity's one spelling


_BOUNDS = ("since", "until", "by", "before")


def _subject(fact: Fact, canonical: Callable[[str], str] | None,
             read: dict[str, tuple[frozenset[str], frozenset[str]]] | None = None
             ) -> _Subject | None:
    """``fact`` reduced for comparison (``None`` when it has nothing to contradict);
    ``read`` keeps the entities and words of each question already read with ``canonical``
    (a corpus asks many questions several times)."""
    question = fact.question
    if not question or not fact.value or fact.category not in COMPARED:
        return None
    low = question.lower()
    if "the article mention" in low or "along with" in low:
        return None  # not a fact about the world / one of several actors
    value: object
    if fact.category is Category.DATE:
        value = date_parts(fact.value)
    elif fact.category is Category.FIGURE:
        value = _number_key(fact)
    else:
        value = canonical(fact.answer) if canonical is not None else fact.value
    if value is None:
        return None  # a range of years, a season, "dozens": nothing to contradict
    found = read.get(question) if read is not None else None
    if found is None:
        entities, name_words = named_entities(question, canonical)
        # numbers in a question pin the event down as names do: "the airstrike in January
        # 2020" is not "the airstrike in January 2021"
        entities |= frozenset(_NUMBER_IN.findall(question))
        found = (entities, content_words(question, name_words))
        if read is not None:
            read[question] = found
    entities, words = found
    first = low.split(" ", 1)[0]
    family = fact.category.value
    if fact.category is Category.DATE:
        how = first if first in _BOUNDS else ""  # "When" and "On what date" ask alike
    else:
        family += "/" + fact.kind.value
        how = first  # "Who warned ...?" and "What do they call themselves?" do not
    return _Subject(how, family, entities, words, value)


def same_subject(a: _Subject, b: _Subject) -> bool:
    """Whether two reduced subjects are about the same thing (see the module docstring)."""
    if a.how != b.how or a.family != b.family:
        return False
    small, large = (a.entities, b.entities) if len(a.entities) <= len(b.entities) else \
        (b.entities, a.entities)
    if small != large and not (len(small) >= 2 and small <= large):
        return False
    if not small:  # nothing named: the subjects must say the same
        return a.words == b.words and len(a.words) >= MIN_SHARED
    shared = len(a.words & b.words)
    return shared >= MIN_SHARED and shared >= MIN_SHARE * min(len(a.words), len(b.words)) and \
        shared >= MIN_SHARE_OF_LONGER * max(len(a.words), len(b.words))


def _values_differ(a: Fact, first: _Subject, b: Fact, second: _Subject,
                   same: Callable[[str, str], bool] | None) -> bool:
    """Whether the values of two facts about the same thing cannot both be true."""
    if a.value == b.value or first.value == second.value:
        return False
    if a.category is Category.DATE:
        return _parts_differ(first.value, second.value)  # type: ignore[arg-type]
    if a.category is Category.FIGURE:
        return _differ(a, first.value, b, second.value)  # type: ignore[arg-type]
    if same is not None and same(a.answer, b.answer):
        return False
    # both can be true when each sentence also names the other's answer ("X and Y did")
    return b.answer.lower() not in a.sentence.text.lower() and \
        a.answer.lower() not in b.sentence.text.lower()


def find_conflicts(facts: Sequence[Fact], same: Callable[[str, str], bool] | None = None,
                   canonical: Callable[[str], str] | None = None
                   ) -> dict[int, tuple[Conflict, ...]]:
    """For each fact (by position in ``facts``), the facts of other articles that state a
    different value for the same thing. ``same`` tells whether two names are one entity;
    ``canonical`` gives an entity's one spelling."""
    read: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    subjects = [_subject(fact, canonical, read) for fact in facts]
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for position, subject in enumerate(subjects):
        if subject is not None:
            for word in subject.words:
                index[(subject.family, word)].append(position)
    found: dict[int, tuple[Conflict, ...]] = {}
    # the candidates about the same thing depend on the subject alone, not on its fact: a
    # question asked by several facts finds them once
    about: dict[tuple[str, str, frozenset[str], frozenset[str]], list[int]] = {}
    for position, subject in enumerate(subjects):
        if subject is None or len(subject.words) < MIN_SHARED:
            continue
        fact = facts[position]
        key = (subject.how, subject.family, subject.entities, subject.words)
        candidates = about.get(key)
        if candidates is None:
            candidates = about[key] = [
                other for other in _candidates(subject, index)
                if same_subject(subject, subjects[other])]  # type: ignore[arg-type]
        conflicts: dict[tuple[str, str], Conflict] = {}
        for other_position in candidates:
            other = facts[other_position]
            other_subject = subjects[other_position]
            if other.article == fact.article or other_subject is None or \
                    (other.article, other.answer) in conflicts or \
                    not _values_differ(fact, subject, other, other_subject, same):
                continue
            conflicts[(other.article, other.answer)] = Conflict(
                file=other.article, value=other.answer, sentence=other.sentence.text)
            if len(conflicts) == MAX_CONFLICTS:
                break
        if conflicts:
            found[position] = tuple(conflicts[k] for k in sorted(conflicts))
    return found


def _candidates(subject: _Subject, index: dict[tuple[str, str], list[int]]) -> list[int]:
    """The positions of the first facts sharing one of the rarest words of ``subject`` (a
    subject sharing enough words with it shares one of them)."""
    rarest = sorted(subject.words, key=lambda w: (len(index[(subject.family, w)]), w))
    rarest = rarest[:max(1, len(rarest) - MIN_SHARED + 1)][:3]
    return _first_positions([index[(subject.family, w)] for w in rarest])


def _first_positions(lists: list[list[int]]) -> list[int]:
    """The first :data:`MAX_CANDIDATES` positions of the union of ``lists`` (each in
    ascending order): only the head of each list can be among them, so the cost does not
    grow with the corpus when a word is common."""
    return sorted({p for positions in lists for p in positions[:MAX_CANDIDATES]}
                  )[:MAX_CANDIDATES]
