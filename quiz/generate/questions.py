"""From facts to cards: the forms that suit each fact, and distractors of the same kind.

Every choice is deterministic: forms and distractors are picked by hashing the fact, never by
a random generator, so the same articles always give the same decks. Distractors come from a
pool indexed by answer kind, so choosing them costs the same for ten articles or ten thousand.
"""

from __future__ import annotations

import bisect
import functools
import os
import datetime as dt
import heapq
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from quiz.generate.dates import (
    MONTH_NAMES, WEEK_OF, date_forms, format_date, opening_dateline_end, parse_date,
)
from quiz.generate.facts import AnswerKind, Fact
from quiz.generate.figures import number_value
from quiz.generate.ids import card_id, normalise, order_id, short_hash
from quiz.generate.lexicon import TITLE_WORDS
from quiz.model import CLOZE_GAP, Card, CardType, Category, SourceRef

DATE_KINDS = frozenset({AnswerKind.FULL_DATE, AnswerKind.MONTH_YEAR, AnswerKind.YEAR,
                        AnswerKind.YEAR_RANGE, AnswerKind.DAY_MONTH, AnswerKind.MONTH})
NUMBER_KINDS = frozenset({AnswerKind.COUNT, AnswerKind.AMOUNT, AnswerKind.DURATION,
                          AnswerKind.PERCENT})
ACTOR_KINDS = frozenset({AnswerKind.PERSON, AnswerKind.ORGANISATION, AnswerKind.GROUP,
                         AnswerKind.COUNTRY})
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth")
#: How many candidates of a kind are looked at when choosing distractors.
_WINDOW = 60
ORDER_QUESTION = "In what order did these events happen (earliest first)?"


class Names(Protocol):
    """What the question writer needs to know about names (the entity index provides it)."""

    def same(self, a: str, b: str) -> bool: ...

    def aliases(self, name: str) -> tuple[str, ...]: ...

    def family(self, name: str) -> str: ...


class PlainNames:
    """:class:`Names` without an entity index: names are equal when their text is."""

    def same(self, a: str, b: str) -> bool:
        return normalise(a) == normalise(b)

    def aliases(self, name: str) -> tuple[str, ...]:
        return (name,)

    def family(self, name: str) -> str:
        return ""


class RememberedNames:
    """:class:`Names` that asks ``names`` once per name: a corpus asks about the same few
    thousand names over and over (every actor fact, every distractor check)."""

    __slots__ = ("_names", "_aliases", "_same", "_families")

    def __init__(self, names: Names) -> None:
        self._names = names
        self._aliases: dict[str, tuple[str, ...]] = {}
        self._same: dict[tuple[str, str], bool] = {}
        self._families: dict[str, str] = {}

    def same(self, a: str, b: str) -> bool:
        key = (a, b) if a <= b else (b, a)
        found = self._same.get(key)
        if found is None:
            found = self._same[key] = self._names.same(a, b)
        return found

    def aliases(self, name: str) -> tuple[str, ...]:
        found = self._aliases.get(name)
        if found is None:
            found = self._aliases[name] = self._names.aliases(name)
        return found

    def family(self, name: str) -> str:
        found = self._families.get(name)
        if found is None:
            found = self._families[name] = self._names.family(name)
        return found


@dataclass(slots=True)
class DistractorPool:
    """Answers of the whole corpus, by kind, for drawing distractors."""

    by_kind: dict[AnswerKind, list[tuple[float, str, str]]] = field(
        default_factory=lambda: defaultdict(list))  # (sort key, answer, article)
    #: The unit of each number answer ("day", "%", "" for a plain count), and whether it is
    #: vague ("dozens"): worked out once here, not for every fact that looks at the answer.
    units: dict[str, str] = field(default_factory=dict)
    vague: set[str] = field(default_factory=set)
    values: dict[str, float] = field(default_factory=dict)  # a number answer's value
    #: Answers of each article by kind, in reading order (the most plausible distractors).
    by_article: dict[tuple[str, AnswerKind], list[str]] = field(
        default_factory=lambda: defaultdict(list))
    #: Topic words (names, long content words) of each article, and the articles of each word.
    #: (Tuples of interned strings: a set for each of 10,000 articles took 90 MB.)
    topic: dict[str, tuple[str, ...]] = field(default_factory=dict)
    articles_with: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    #: The actor kinds each name (normalised) is given anywhere in the corpus: a name typed
    #: as both a person and an organisation is offered as neither.
    kinds: dict[str, set[AnswerKind]] = field(default_factory=lambda: defaultdict(set))
    #: The role words written before each person ("militia leader"), to prefer distractors
    #: who share the answer's role.
    roles: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Facts whose question nearly repeats an earlier fact's question with the same answer
    #: ("In what year did U.S. combat forces withdraw?", "... did all U.S. combat forces
    #: leave?"): asked once, the others by their sentence only.
    echoes: set[tuple[str, int, str]] = field(default_factory=set)
    #: The sentences of each article, and (worked out when a question needs them) the names
    #: each writes bare after a preposition ("in Baghdad"): "the Baghdad" in a question copied
    #: from a slip of the article reads as one.
    sentences: dict[str, set[str]] = field(default_factory=dict)
    #: The latest year each article dates anything in: a past event of the article is not
    #: offered a later year ("In what year did revenue fall?" in a 2025 story: no 2027).
    latest: dict[str, int] = field(default_factory=dict)
    #: The latest day each article dates a past event on: no day after it is offered for
    #: another past event ("voted on Wednesday" in a story of 12 February: no 2 March).
    latest_past: dict[str, dt.date] = field(default_factory=dict)
    _bare: dict[str, frozenset[str]] = field(default_factory=dict)
    _formed: dict[tuple[str, int, str, str], bool] = field(default_factory=dict)
    #: The running-text sentences that state facts, by (article, index): the sentence
    #: before a cloze's names what its "they" or "it" points at.
    texts: dict[tuple[str, int], str] = field(default_factory=dict)
    _related: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _offered: dict[tuple[str, AnswerKind], list[str]] = field(default_factory=dict)
    _telling: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, facts: Sequence[Fact], extra: Mapping[AnswerKind, Sequence[str]] | None = None,
              exclude: frozenset[str] = frozenset()) -> DistractorPool:
        """The pool of ``facts``' answers plus ``extra`` names (entities named but never an
        answer), leaving out ``exclude`` (normalised; datelines such as "MANCHESTER")."""
        pool = cls()
        seen: set[tuple[AnswerKind, str]] = set()
        seen_in: set[tuple[str, AnswerKind, str]] = set()
        sentences: dict[str, set[str]] = defaultdict(set)
        for fact in facts:
            sentences[fact.article].add(fact.sentence.text)
            if fact.when is not None and fact.kind in DATE_KINDS and \
                    fact.when.year > pool.latest.get(fact.article, 0):
                pool.latest[fact.article] = fact.when.year
            last = _last_day(fact) if _PAST_DATE_QUESTION.match(fact.question) else None
            if last is not None and last > pool.latest_past.get(fact.article, dt.date.min):
                pool.latest_past[fact.article] = last
            if not fact.sentence.is_heading:
                pool.texts[(fact.article, fact.sentence.index)] = fact.sentence.text
            key = (fact.kind, normalise(fact.answer))
            if key[1] in exclude or not fact.answer:
                continue
            if (fact.article, *key) not in seen_in:
                seen_in.add((fact.article, *key))
                pool.by_article[(fact.article, fact.kind)].append(fact.answer)
                if fact.kind in NUMBER_KINDS and fact.answer not in pool.values:
                    pool.values[fact.answer] = _sort_key(fact)
                    pool.units[fact.answer] = unit_of(fact.answer)
                    if is_vague(fact.answer):
                        pool.vague.add(fact.answer)
            if fact.kind in ACTOR_KINDS:
                pool.kinds[key[1]].add(fact.kind)
                if fact.kind is AnswerKind.PERSON and fact.answer not in pool.roles:
                    pool.roles[fact.answer] = role_words(fact.sentence.text, fact.answer)
            if key in seen:
                continue
            seen.add(key)
            pool.by_kind[fact.kind].append((_sort_key(fact), fact.answer, fact.article))
        for kind, names in (extra or {}).items():
            for name in names:
                key = (kind, normalise(name))
                pool.kinds[key[1]].add(kind)
                if key not in seen and key[1] not in exclude:
                    seen.add(key)
                    pool.by_kind[kind].append((0.0, name, ""))
        pool.echoes = _echoes(facts, pool.well_formed)
        pool.sentences = sentences
        for article, texts in sentences.items():
            words = tuple(sys.intern(word) for word in topic_words(texts))
            pool.topic[article] = words
            for word in words:
                pool.articles_with[word].append(article)
        for kind, entries in pool.by_kind.items():
            entries.sort()
            if kind in NUMBER_KINDS:
                for _, answer, _ in entries:
                    pool.units[answer] = unit_of(answer)
                    if is_vague(answer):
                        pool.vague.add(answer)
        return pool


    def well_formed(self, fact: Fact) -> bool:
        """:func:`well_formed`, worked out once per fact (the pool asks it first, to find
        near repeats; the card writer asks it again)."""
        key = (fact.article, fact.sentence.index, fact.answer, fact.question)
        found = self._formed.get(key)
        if found is None:
            found = self._formed[key] = well_formed(fact)
        return found

    def bare(self, article: str) -> frozenset[str]:
        """The one-word names ``article`` writes after a preposition without "the"."""
        found = self._bare.get(article)
        if found is None:
            found = self._bare[article] = bare_names(self.sentences.get(article, ()))
        return found

    def offered(self, article: str, kind: AnswerKind) -> list[str]:
        """``article``'s answers of ``kind`` that can be a wrong answer at all: shaped like
        one (:func:`looks_like`) and, for an actor, never given another actor kind (worked
        out once per article and kind, not for every fact that looks at them)."""
        key = (article, kind)
        found = self._offered.get(key)
        if found is None:
            found = self._offered[key] = [
                answer for answer in self.by_article.get(key, ())
                if looks_like(kind, answer) and (
                    kind not in ACTOR_KINDS or len(self.kinds.get(normalise(answer), ())) <= 1)]
        return found

    def _telling_words(self, article: str) -> tuple[str, ...]:
        """The topic words of ``article`` that at most a tenth of the articles use (the ones
        :meth:`related` counts), worked out once per article."""
        found = self._telling.get(article)
        if found is None:
            common = max(5, len(self.topic) // 10)
            found = self._telling[article] = tuple(
                word for word in self.topic.get(article, ())
                if len(self.articles_with[word]) <= common)
        return found

    def related(self, article: str) -> tuple[str, ...]:
        """Other articles on the same topic as ``article`` (sharing at least four topic
        words, two of them names, ignoring words most articles use), most shared first."""
        found = self._related.get(article)
        if found is None:
            words = set(self._telling_words(article))
            # the articles sharing two names first (names are rare: few to count), then the
            # words each of those shares (not the articles of every shared word)
            names: dict[str, int] = defaultdict(int)
            for word in words:
                if word[0] == "^":
                    for other in self.articles_with[word]:
                        names[other] += 1
            shared = {other: len(words.intersection(self._telling_words(other)))
                      for other, count in names.items()
                      if count >= 2 and other != article}
            found = tuple(sorted((a for a, n in shared.items() if n >= _RELATED_WORDS),
                                 key=lambda a: (-shared[a], a)))
            self._related[article] = found
        return found


#: Words that say what role a person has ("militia leader", "foreign minister").
_ROLE_WORDS = TITLE_WORDS | frozenset({"militia", "military", "army", "party", "union",
                                       "opposition", "foreign", "defence", "defense",
                                       "health", "finance", "transport", "labour", "labor",
                                       "interior", "state", "club", "team", "company", "group"})
#: Role words that say nothing of what a person does.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})


def asked_role(question: str) -> frozenset[str]:
    """The role a "Which ...?" question names ("Which then-president ordered ...?" ->
    {"president"}): a person without it is no plausible choice."""
    if not question.startswith("Which "):
        return frozenset()
    found: set[str] = set()
    words = _WORD.findall(question[6:])
    for at, word in enumerate(words):
        parts = [p for p in word.lower().split("-") if p in _ROLE_WORDS]
        if not parts and word.islower() and not (
                at + 1 < len(words) and words[at + 1].lower() in _ROLE_WORDS):
            break  # the verb or "of": the role is over ("council" in "council leader" is not)
        found.update(parts)
    return frozenset(found - _HONORIFICS)


#: How many topic words two articles must share to lend each other distractors.
_RELATED_WORDS = 4
_TOPIC_WORD = re.compile(r"(?<![.!?] )(?<!^)\b[A-Z][a-z]{3,}\b|\b[a-z]{7,}\b")
_NOT_TOPIC = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december million billion percent "
    "according because between against however without thousands hundreds announced "
    "reported officials statement including expected another several further executive "
    "president reporters residents manager director spokesman spokeswoman minister "
    "government department company service increase contract statement".split())


_BARE_NAME = re.compile(r"\b(?:in|at|to|from|near|into|outside|across)\s+([A-Z][a-z]{2,})\b"
                        r"(?![\w'’-])(?!\s+[A-Z])")
#: "the Name" closing a question or a phrase: no noun follows that "the" could belong to.
_THE_NAME = re.compile(r"\bthe ([A-Z][a-z]{2,})\b(?![\w'’-])(?=\?|,|$|\s+(?:on|in|at|by|for|"
                       r"to|from|with|and|after|before)\b)")


def bare_names(texts: Iterable[str]) -> frozenset[str]:
    """The one-word names ``texts`` write after a preposition without "the" ("in Baghdad")."""
    return frozenset(name for text in texts for name in _bare_in(text))


@functools.lru_cache(maxsize=8192)  # asked for the pool's distractors and the order cards
def _bare_in(text: str) -> tuple[str, ...]:
    return tuple(_BARE_NAME.findall(text))


def without_stray_the(question: str, bare: frozenset[str] | Callable[[], frozenset[str]]
                      ) -> str:
    """``question`` without a "the" the article itself slipped before a name it elsewhere
    writes bare ("killed in a strike at the Baghdad?" -> "at Baghdad?"). ``bare`` may be
    given as a function, called only when the question has such a "the"."""
    if "the " not in question or not _THE_NAME.search(question):
        return question
    names = bare() if callable(bare) else bare
    return _THE_NAME.sub(lambda m: m.group(1) if m.group(1) in names else m.group(), question)


def fact_key(fact: Fact) -> tuple[str, int, str]:
    """What tells one fact from another in a corpus: its article, sentence and answer."""
    return (fact.article, fact.sentence.index, fact.answer)


def _echoes(facts: Sequence[Fact], formed: Callable[[Fact], bool] = lambda f: well_formed(f)
            ) -> set[tuple[str, int, str]]:
    """The facts whose question shares most of its content words with an earlier question
    of the same category and answer."""
    asked: dict[tuple[Category, str], list[frozenset[str]]] = defaultdict(list)
    echoes: set[tuple[str, int, str]] = set()
    for fact in facts:
        if not fact.question or fact.category is Category.CAUSE or not formed(fact) or \
                fact.category is Category.ACTOR and not fit_actor(fact.answer):
            continue  # (a question that will not be asked hides no other)
        words = _question_words(fact.question)
        earlier = asked[(fact.category, normalise(fact.answer))]
        if words and any(len(words & other) >= _ECHO * min(len(words), len(other))
                         for other in earlier):
            echoes.add(fact_key(fact))
        else:
            earlier.append(words)
    return echoes


@functools.lru_cache(maxsize=8192)  # a corpus asks many questions more than once
def _question_words(question: str) -> frozenset[str]:
    """The content words of ``question``, lower-cased."""
    return frozenset(w.lower() for w in _content(question))


#: The share of content words two questions with one answer share to be one question.
_ECHO = 0.7
_ROLE_BEFORE = re.compile(r"((?:[A-Za-z-]+\s+){1,3})$")


def role_words(sentence: str, name: str) -> frozenset[str]:
    """The role words written just before ``name`` in ``sentence`` ("Iraqi militia leader
    Abu Mahdi al-Muhandis" -> {"militia", "leader"}), lower-cased."""
    at = sentence.find(name)
    if at <= 0:
        return frozenset()
    before = _ROLE_BEFORE.search(sentence, max(0, at - 40), at)
    if before is None:
        return frozenset()
    return frozenset(w for w in before.group(1).lower().replace("-", " ").split()
                     if w in _ROLE_WORDS)


def topic_words(texts: Iterable[str]) -> set[str]:
    """The words that say what sentences are about: capitalised names (not the first word
    of a sentence; marked "^": "^eastbrook") and long lowercase words, minus dates and
    reporting words."""
    words: set[str] = set()
    for text in texts:
        words.update(_topic_words_of(text))
    return words


@functools.lru_cache(maxsize=8192)  # many articles of a corpus share sentences
def _topic_words_of(text: str) -> tuple[str, ...]:
    """:func:`topic_words` of one sentence."""
    words = []
    for word in _TOPIC_WORD.findall(text):
        low = word.lower()
        if low not in _NOT_TOPIC:
            words.append(f"^{low}" if word[0].isupper() else low)
    return tuple(words)


def _sort_key(fact: Fact) -> float:
    if fact.when is not None:
        return float(fact.when.toordinal())
    if fact.kind in NUMBER_KINDS:
        value = number_value_of(fact)
        return value if value is not None else 0.0
    return 0.0


def number_value_of(fact: Fact) -> float | None:
    """The numeric value of a figure fact ("~100" -> 100.0)."""
    try:
        return float(fact.value.lstrip("~").split("/")[0])
    except ValueError:
        return None


def distractors(fact: Fact, pool: DistractorPool, names: Names) -> tuple[str, ...]:
    """Three wrong answers of the fact's kind, or () when three good ones cannot be found."""
    wanted = 3
    chosen: list[str] = []
    taken = {normalise(a) for a in (fact.answer, *fact.accept)}
    written = [key for key in taken if len(key) >= 3 and not key[:1].isdigit()]
    question = f" {normalise(fact.question)} "
    question_words = _WORD.findall(fact.question)
    latest = pool.latest.get(fact.article, 0) if fact.kind in DATE_KINDS and \
        _PAST_DATE_QUESTION.match(fact.question) else 0
    latest_past = pool.latest_past.get(fact.article) if fact.kind is AnswerKind.FULL_DATE and \
        latest else None

    def fits(candidate: str) -> bool:
        key = normalise(candidate)
        if not key or key in taken or (len(key) > 3 and f" {key} " in question):
            return False
        if fact.kind in DATE_KINDS and any(f" {form} " in f" {key} " for form in written):
            return False  # "October 2022" for "October 2023" written "October": both fit
        if latest and any(int(year) > latest for year in _YEAR.findall(candidate)):
            return False  # a past event of the article happened before its latest date
        if latest_past is not None and \
                (parse_date(candidate) or latest_past) > latest_past + _STORY_LAG:
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
        if fact.kind in ACTOR_KINDS and any(occurrences(fact.question, alias)
                                            for alias in names.aliases(candidate)):
            return False  # "United States" for "Which country targeted US bases?"
        if fact.kind in ACTOR_KINDS and named_in(fact.sentence.text, candidate):
            return False  # "X and Y were killed": Y is no wrong answer to "Who was killed?"
        return True

    def options() -> Iterator[str]:
        """Answers of the corpus first, then shifted dates or numbers (made up last). A
        person of the answer's family of roles comes before one of unknown roles, and one
        of another known family (a TV host for a militia leader) is never offered."""
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

    for candidate in options():
        if fits(candidate):
            chosen.append(candidate)
            taken.add(normalise(candidate))
            if len(chosen) == wanted:
                return tuple(chosen)
    return ()


def _last_day(fact: Fact) -> dt.date | None:
    """The last day of the period a date fact names ("July 2021": 31 July 2021)."""
    if fact.when is None or fact.kind not in DATE_KINDS:
        return None
    if fact.kind is AnswerKind.FULL_DATE:
        return fact.when
    if fact.kind is AnswerKind.MONTH_YEAR:
        return fact.when.replace(day=28) + dt.timedelta(days=3)  # into the next month's
        # first days at most: near enough for a bound
    return dt.date(fact.when.year, 12, 31)


_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: How long after the latest past event it dates a story may still be written.
_STORY_LAG = dt.timedelta(days=3)
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
#: A date question about something that has happened ("In what year did revenue fall?").
_PAST_DATE_QUESTION = re.compile(r"^(?:In what (?:year|month)|When|On what date|During which "
                                 r"years|Before what \w+) (?:did|was|were|had)\b")


def named_in(text: str, name: str) -> bool:
    """Whether ``text`` names ``name``, in full or by its last word ("al-Muhandis" for "Abu
    Mahdi al-Muhandis"; a last word of three letters or fewer is too common to tell)."""
    if occurrences(text, name):
        return True
    words = _WORD.findall(name)
    return len(words) > 1 and len(words[-1]) > 3 and not words[-1].islower() and \
        bool(occurrences(text, words[-1]))


def _part_of_name(a: str, b: str) -> bool:
    """Whether the words of one name are all in the other ("Okafor", "Marta Okafor")."""
    first, second = {w.lower() for w in _WORD.findall(a)}, {w.lower() for w in _WORD.findall(b)}
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


def _a_name_apart(candidate: str, question_words: Sequence[str]) -> bool:
    """Whether ``candidate`` is a proper name the question does not already point at: a
    description ("a senior official") gives itself away among names, and a name the question
    uses, even in another form ("Iran" in "Iranian commander", "Norway" in "Norwegian",
    "Soleimani" in "the attack on Soleimani"), is an absurd wrong answer."""
    words = _WORD.findall(candidate)
    if not words or not candidate[:1].isupper():
        return False
    return not any(len(word) >= 4 and word[:1].isupper() and q[:1] == word[:1] and
                   _shared_prefix(word, q) >= max(4, len(word) - 2)
                   for word in words for q in question_words)


def _shared_prefix(a: str, b: str) -> int:
    """How many leading letters ``a`` and ``b`` share ("Norway", "Norwegian": 4)."""
    return len(os.path.commonprefix((a.lower(), b.lower())))


#: Actor kinds asked with choices: people and countries are clearly told apart; the names of
#: organisations and groups overlap too often ("Iran-backed militias" and "Iran-linked
#: factions") for three of them to be surely wrong, so they are typed.
_CHOICE_ACTOR_KINDS = frozenset({AnswerKind.PERSON, AnswerKind.COUNTRY})


#: "Which Fox News host does the article mention?": among names of other roles the answer is
#: the only one that fits, so such a fact is typed, never chosen.
_IDENTITY_QUESTION = "does the article mention?"


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
        near = []
        for article in articles:
            for answer in pool.by_article.get((article, fact.kind), ()):
                key = values.get(answer)
                if key is not None and key != value and value / 5 <= key <= value * 5 and \
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
        wanted = asked or pool.roles.get(fact.answer, frozenset()) - _HONORIFICS
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
        if fact.kind is AnswerKind.COUNTRY and entries:
            # any country is a plausible wrong country: a deterministic window of the
            # sorted pool, placed by hashing the fact (the cost does not grow with the corpus)
            offset = int(short_hash(fact.answer, fact.sentence.text, length=8), 16) % len(entries)
            for k in range(min(_WINDOW, len(entries))):
                yield entries[(offset + k) % len(entries)][1]


#: Words that end the name of a place or a body, never of a person ("City Hall").
_NOT_PERSON = re.compile(r"\b(?:Hall|Street|Square|Park|Centre|Center|Council|Department|"
                         r"Service|Agency|Office|Ministry|Court|Club|Stadium|Airport|Station|"
                         r"Bridge|Road|Avenue|Union|Commission|Board|Party|Bank|Fire|"
                         r"University|School|Hospital|Company|Group)s?\b")


def looks_like(kind: AnswerKind, name: str) -> bool:
    """Whether ``name`` can be offered as a wrong answer of ``kind``: a person is not a
    place or a body, and a name in capitals ("MANCHESTER", a dateline) is not a name."""
    if len(name) > 5 and name.isupper():
        return False
    if kind is AnswerKind.PERSON:
        return not _NOT_PERSON.search(name)
    return True


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


_VAGUE = re.compile(r"^(?:dozens|scores|hundreds|thousands|millions|several|numerous|a few|"
                    r"many|some)$", re.I)


def is_vague(answer: str) -> bool:
    """"dozens", "scores": true, but no choice between them is fair."""
    return bool(_VAGUE.match(answer.strip()))


def _nearest(entries: list[tuple[float, str, str]], centre: float, limit: float
             ) -> Iterator[tuple[float, str, str]]:
    """Entries whose key is within ``limit`` of ``centre`` (but not equal to it), nearest
    first: a bisect, then a walk outwards on both sides (at most ``_WINDOW`` each)."""
    position = bisect.bisect_left(entries, (centre,))
    left = reversed(entries[max(0, position - _WINDOW):position])
    right = entries[position:position + _WINDOW]
    for entry in heapq.merge(left, right, key=lambda e: abs(e[0] - centre)):
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
            fact.answer.startswith(WEEK_OF) != answer.startswith(WEEK_OF):
        return False  # no "New Year's Eve 2019" among plain dates, weeks only among weeks
    if fact.answer.startswith(WEEK_OF) and fact.when is not None:
        week = parse_date(answer[len(WEEK_OF):])
        return week is not None and abs((week - fact.when).days) <= 35  # weeks near it: a
        # week months after the story is no plausible "last week"
    if _abbreviated(fact.answer) != _abbreviated(answer):
        return False  # "Oct. 7" among "November 7", "October 21"
    if fact.kind is AnswerKind.FULL_DATE:
        return answer[:1].isdigit() == fact.answer[:1].isdigit()
    words = _LEAD_WORDS.match(fact.answer) if fact.kind is AnswerKind.YEAR else None
    if words is not None:  # "the end of 2024": only other ends of years
        return answer.startswith(words.group())
    return True


#: Words before the date in an answer ("the end of 2024", "autumn 2023").
_LEAD_WORDS = re.compile(r"^[A-Za-z][A-Za-z ]*?\s(?=\d)")


_UNIT = re.compile(r"(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|%|percent|"
                   r"[$€£¥]|\b(?:dollars?|euros?|pounds?|lei|crowns?|yen|yuan|francs?|rupees?|"
                   r"tonnes?|tons?|kilometres?|kilometers?|km|miles?|metres?|meters?|acres?|"
                   r"hectares?|litres?|liters?|barrels?)\b)", re.I)
#: Currency signs and their words, as one unit ("$30 million" and "30 million dollars").
_SIGNS = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "percent": "%"}


def _unit(fact: Fact) -> str:
    return unit_of(fact.answer)


def unit_of(answer: str) -> str:
    """The unit a figure counts in, singular ("day", "%"), or "" for a plain count."""
    match = _UNIT.search(answer)
    if match is None:
        return ""
    unit = match.group(1).lower()
    return _SIGNS.get(unit) or (unit if unit in ("lei", "km", "%") else unit.rstrip("s"))


def _synthesised(fact: Fact) -> list[str]:
    """Plausible wrong answers made by shifting a date or a number (dates and numbers only)."""
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


def _shifted_numbers(fact: Fact) -> list[str]:
    """"more than 100" -> "more than 50", "more than 200", ... (same qualifier and unit)."""
    answer = fact.answer
    match = _NUMBER_IN.search(answer)
    if match:
        value = float(match.group().replace(",", ""))
        if value <= 0:
            return []
        out = []
        for factor in (0.5, 2.0, 1.5, 3.0, 0.25):
            shifted = value * factor
            if value >= 10:
                shifted = round(shifted, -1 if value < 1000 else -2)
            if value == int(value):
                grouped = "," in match.group() or shifted >= 10000 or \
                    (shifted >= 1000 and value < 1000)  # "About 900" -> "About 1,800"
                text = f"{int(shifted):,}" if grouped else str(int(shifted))
            else:
                text = f"{shifted:.1f}"
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


# --- card forms -----------------------------------------------------------------------------



def cards_for(fact: Fact, pool: DistractorPool, names: Names) -> list[Card]:
    """The cards that suit ``fact``: a typed or choice card for its question, plus a cloze or a
    true/false card for some facts (chosen by hash, so decks stay small and stable)."""
    if fact.category is Category.ACTOR and not fit_actor(fact.answer):
        return []  # "Our members", "Cedar Creek Fire": no actor to learn
    cards: list[Card] = []
    source = SourceRef(file=fact.article, sentence=fact.sentence.text)
    accept = _accept(fact, names)
    tags = (fact.kind.value,)
    roll = int(short_hash(fact.article, fact.answer, fact.sentence.text, length=4), 16)
    stem = card_id(fact, "")  # "<category letter><hash>-": the fact's cards differ by form
    if fact.question and (not pool.well_formed(fact) or fact_key(fact) in pool.echoes):
        fact = replace(fact, question="")
    elif fact.question and fact.kind in ACTOR_KINDS and _names_answer(fact.question, fact,
                                                                      accept):
        fact = replace(fact, question="")  # "Which country is bracing for attacks on US
        # forces?" -> "United States": the question names its answer
    elif fact.question:
        question = without_stray_the(fact.question, lambda: pool.bare(fact.article))
        if question != fact.question:
            fact = replace(fact, question=question)
    # wrong answers serve the question's choice and true/false cards: none for a cloze alone,
    # and none looked for when the roll or the kind rules both cards out
    may_choose = roll % 3 != 0 and fact.category is not Category.CAUSE and _choice_kind(fact)
    wrong = distractors(fact, pool, names) if fact.question and (
        may_choose or roll % 4 == 3 and fact.kind in _SWAPPABLE) and \
        fact.kind is not AnswerKind.RANGE and not is_vague(fact.answer) else ()
    if fact.question and fact.category is Category.CAUSE:
        # A reason or an effect is a phrase, not a name: learners recall it and grade
        # themselves. Choices built from other phrases give the answer away by their form or
        # offer something that is also true (the judged failures of cause choice cards).
        cards.append(Card(id=card_id(fact, "recall"), type=CardType.RECALL,
                          category=fact.category, question=fact.question,
                          answer=fact.answer, accept=accept,
                          explanation=fact.explanation, source=source, tags=tags))
    elif fact.question:
        if len(wrong) == 3 and may_choose:
            shown = _without_demonym(fact) if fact.kind is AnswerKind.PERSON else fact.answer
            choices = tuple(sorted((shown, *wrong), key=lambda c: short_hash(fact.answer, c)))
            cards.append(Card(id=f"{stem}choice", type=CardType.CHOICE,
                              category=fact.category, question=fact.question, answer=shown,
                              accept=tuple(a for a in (fact.answer, *accept) if a != shown),
                              choices=choices,
                              explanation=fact.explanation, source=source, tags=tags))
        else:
            cards.append(Card(id=f"{stem}typed", type=CardType.TYPED,
                              category=fact.category, question=fact.question,
                              answer=fact.answer, accept=accept,
                              explanation=fact.explanation, source=source, tags=tags))
    span = _verbatim(fact)
    cloze = cloze_question(fact, span, pool.texts.get((fact.article, fact.sentence.index - 1))) \
        if not fact.question or roll % 4 == 1 else None
    if cloze is not None and fact.kind in ACTOR_KINDS and \
            _names_answer(cloze.replace(CLOZE_GAP, " "), fact, accept):
        cloze = None  # "The ___ is bracing for attacks on US forces"
    if cloze is not None:
        cards.append(Card(id=f"{stem}cloze", type=CardType.CLOZE,
                          category=fact.category, question=cloze, answer=span,
                          accept=tuple(a for a in (fact.answer, *accept) if a != span),
                          explanation=fact.explanation, source=source, tags=tags))
    # the false value must not be one the sentence states elsewhere ("founded in 1999 ...
    # and went public in 1999" reads as a slip, not a claim)
    swap = next((w for w in wrong if not occurrences(fact.sentence.text, w)), "")
    if fact.question and swap and roll % 4 == 3 and span == fact.answer and \
            fact.kind in _SWAPPABLE:
        statement = truefalse_statement(fact, swap, truth=bool(roll & 16), span=span)
        if statement is not None:
            text, truth = statement
            explanation = fact.explanation or (
                "" if truth else f"The article says {fact.answer}, not {swap}.")
            cards.append(Card(id=f"{stem}truefalse", type=CardType.TRUEFALSE,
                              category=fact.category, question=text,
                              answer="true" if truth else "false", explanation=explanation,
                              source=source, tags=tags))
    return cards


#: A nationality noun before a person's name ("Frenchman Julien Marchetti").
_DEMONYM = re.compile(r"^(?:[A-Z][a-z]+(?:man|woman)|Dane|Swede|Finn|Pole|Spaniard|Briton|Scot|"
                      r"Turk|Serb|Croat|Czech|Slovak|Uzbek|Kazakh)\s+(?=[A-Z][a-z]+\s+[A-Z])")


def _without_demonym(fact: Fact) -> str:
    """A person's name as offered among other names: "Julien Marchetti", not "Frenchman
    Julien Marchetti" (the one option with a nationality would give itself away)."""
    match = _DEMONYM.match(fact.answer)
    return fact.answer[match.end():] if match else fact.answer


def _names_answer(text: str, fact: Fact, accept: Sequence[str]) -> bool:
    """Whether ``text`` names the fact's answer in any of its forms ("US" for "United
    States"), which gives it away."""
    return any(occurrences(text, form) for form in (fact.answer, *accept) if len(form) > 1)


def _choice_kind(fact: Fact) -> bool:
    """Whether ``fact`` may be asked with choices: any fact but an actor's, and people and
    countries (see :data:`_CHOICE_ACTOR_KINDS`) written with a capital."""
    return fact.category is not Category.ACTOR or (
        fact.kind in _CHOICE_ACTOR_KINDS and fact.answer[:1].isupper()
        and not fact.question.endswith(_IDENTITY_QUESTION))


#: Kinds whose values can be swapped to make a statement that is plainly false: another
#: date, another number, another person. Swapping organisations, groups or countries made
#: statements that were garbled ("the Fox News has maintained ...") or still true ("Some
#: Iraqis have warned ..." for a group of Iraqi militias).
_SWAPPABLE = frozenset({AnswerKind.FULL_DATE, AnswerKind.MONTH_YEAR, AnswerKind.YEAR,
                        AnswerKind.DAY_MONTH, AnswerKind.COUNT, AnswerKind.AMOUNT,
                        AnswerKind.DURATION, AnswerKind.PERCENT, AnswerKind.PERSON})


#: Leftovers of a transform that went wrong: an auxiliary before a reporting verb ("Why was
#: said the tax rise necessary?"), a capital article inside the question ("Who was The
#: county manager?"), "because" inside a "Why" question (the answer half-asked).
_BROKEN = re.compile(r"\b(?:did|does|do|was|were|is|are|has|have|had)\s+(?:said|says|told|"
                     r"stated|added)\b|\s(?:The|A|An)\s+[a-z]")
#: Places and events: never the answer to "Who ...?" ("City Hall", "Cedar Creek Fire").
_PLACE_OR_EVENT = re.compile(r"\b(?:Hall|Street|Square|Park|Stadium|Airport|Station|Bridge|"
                             r"Road|Avenue|Fire|Creek|River|Lake|Mountain|Storm|Hurricane|"
                             r"Flood)s?$")


#: "Why are our members leaving?": whose members? (a quotation may say "we")
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|us|[Oo]urs?|I|[Mm]y|me|[Yy]ou|[Yy]our)\b")
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]?")


def _unquoted(text: str) -> str:
    """``text`` without its quotations (a quotation opens with one of two marks: a text
    without either has none to remove)."""
    return _QUOTED.sub("", text) if '"' in text or "“" in text else text


def well_formed(fact: Fact) -> bool:
    """Whether ``fact.question`` reads as a sound question for its answer (a cheap last
    check on what the transforms wrote; a fact that fails it is asked as a cloze, if at
    all)."""
    return _sound_question(fact.question) and (
        fact.category is not Category.CAUSE or _sound_cause(fact))


# keyed by the question alone: a corpus asks many questions more than once
@functools.lru_cache(maxsize=8192)
def _sound_question(question: str) -> bool:
    """The checks of :func:`well_formed` that read the question alone."""
    if _BROKEN.search(question) or _FIRST_PERSON.search(_unquoted(question)):
        return False
    if question.startswith("Why") and re.search(r"\bbecause\b", question):
        return False
    # (both end on "?": the search starts a few letters before the end, after their longest
    # word; what comes before it still counts for "\b")
    tail = max(0, len(question) - _DANGLING_LONGEST)
    if _UNANCHORED.match(question) or _DANGLING_END.search(question, tail) or (
            _DANGLING_PREPOSITION.search(question, tail)
            and not _stranding_asked(_SENTENCE_BREAK.split(question)[-1])):
        return False
    if vague_reference(question) and len(_content(question)) < _ANCHORING_WORDS:
        return False  # "How long did negotiations on the matter continue?": which matter?
    return True


#: A question cut after a word that needs more ("... said the port would reopen only?").
_DANGLING_END = re.compile(r"\b(?:only|that|than|the|a|an|and|or|but|because|if|whether|"
                           r"its|their|his|her)\?$", re.I)
#: A preposition at the end is stranded well only when the question asks for its object
#: ("What did the talks lead to?"), not in "How much did the city face a shortfall due?".
_DANGLING_PREPOSITION = re.compile(r"\b(?:of|to|with|by|from|into|for|on|in|at|about|due)\?$")
#: Longer than the longest word of either, with its "?" and a final line break.
_DANGLING_LONGEST = 12
_STRANDING = ("What", "Who", "Whom", "Which", "Whose")
#: "How would the scheme be paid for?": a passive's preposition has the subject as object.
_HOW_PASSIVE = re.compile(r"^How\b.*\b(?:be|been|being|is|are|was|were)\s+(?:[\w-]+\s+){0,3}"
                          r"(?:\w+ed|paid|made|bought|brought|sought|thought|dealt|set|put|cut|"
                          r"spent|built|sent|held|met|known|taken|given|seen|done|told|"
                          r"heard|cared)\s+(?:for|on|with|to|of|about|into)\?$")
#: A break between two sentences of a question ("... by 12%. What did this lead to?"), not
#: after an initial ("the U.S. Army").
_SENTENCE_BREAK = re.compile(r"(?<=[\w%)]{2}[.!?]) (?=[A-Z])")


def _stranding_asked(question: str) -> bool:
    """Whether ``question`` asks for the object of its last preposition ("What did the
    talks lead to?", "How would the scheme be paid for?")."""
    return question.startswith(_STRANDING) or bool(_HOW_PASSIVE.match(question))
#: A reference to something the card does not name ("the matter", "this decision").
_VAGUE_REFERENCE = re.compile(r"\b(?:the|this|that|these|those)\s+(?:matter|issue|decision|"
                              r"move|situation|step|topic|subject|development|incident|"
                              r"idea|measure|problem|question|case)s?\b(?!\s+(?:of|to|on|over|"
                              r"about|that|which|in)\b)", re.I)
#: Content words a question needs besides a vague reference to be clear without it.
_ANCHORING_WORDS = 6


def vague_reference(text: str) -> bool:
    """Whether ``text`` rests on something it does not name ("the matter", "the issue",
    "this decision"), outside quotations."""
    return bool(_VAGUE_REFERENCE.search(_unquoted(text)))


def _content(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if w.lower() not in _SMALL_WORD and len(w) > 2
            and w.lower() not in _WH_WORDS]


_WH_WORDS = frozenset("what when which who whom whose why how where many much long year "
                      "date month did does do was were has have had will would".split())


#: Questions that name nothing to tie them to: "What caused the rise?" (the rise of what?).
_UNANCHORED = re.compile(r"^What (?:caused|prompted|triggered|sparked) "
                         r"(?:the|this|that|these|those|it) ?\w*\?$")


def fit_actor(answer: str) -> bool:
    """Whether ``answer`` can be the answer of an actor card: a person, a body, a country
    or a group, not a place or an event, and not "our members" (whose?)."""
    return not (_PLACE_OR_EVENT.search(answer) or _FIRST_PERSON.search(answer)
                or _ANONYMOUS.match(answer))


#: "a senior administration official": someone the article does not name is nobody to learn.
_ANONYMOUS = re.compile(r"^(?:an?|one|some|several)\s", re.I)


#: "What are both sides due to?" -> "return to mediation": "due to" + a verb is a schedule.
_DUE_TO = re.compile(r"\bdue to\?$")
_THIN_CAUSE = re.compile(r"^(?:one|two|three)\s+\S+$", re.I)


def _sound_cause(fact: Fact) -> bool:
    """A cause card asks about one predicate and has something to learn as its answer."""
    if _DUE_TO.search(fact.question) or _THIN_CAUSE.match(fact.answer):
        return False
    if " and " in fact.question:
        from quiz.generate.clauses import is_simple_past

        # "Why did the fire start near a campground and spread quickly?" when the sentence
        # gives the reason for the second verb only
        text = fact.sentence.text
        at = text.find(fact.answer)
        # a short second predicate at the end of the question ("... and spread quickly?")
        asked = set(re.findall(r"\band\s+([a-z]+)(?:\s+\S+){0,2}\?$", fact.question))
        for match in re.finditer(r"\band\s+([a-z]+)", text[:at if at > 0 else len(text)]):
            if is_simple_past(match.group(1)) or match.group(1) in asked:
                return False
    return True


def _accept(fact: Fact, names: Names) -> tuple[str, ...]:
    forms = list(fact.accept)
    if fact.kind in ACTOR_KINDS:
        forms.extend(names.aliases(fact.answer))
    seen = {normalise(fact.answer)}
    out = []
    for form in forms:
        key = normalise(form)
        if key and key not in seen:
            seen.add(key)
            out.append(form)
    return tuple(out)


def _verbatim(fact: Fact) -> str:
    """The answer as the sentence writes it (a resolved date's words when it is relative)."""
    if _find(fact.sentence.text, fact.answer) is not None:
        return fact.answer
    for form in fact.accept:
        if _find(fact.sentence.text, form) is not None:
            return form
    return ""


def _find(text: str, span: str) -> int | None:
    """Where ``span`` first occurs in ``text`` as whole words, or ``None``."""
    found = occurrences(text, span)
    return found[0] if found else None


def occurrences(text: str, span: str) -> list[int]:
    """The starts of ``span`` in ``text`` where it is not part of a longer word."""
    found: list[int] = []
    if not span:
        return found
    start = text.find(span)
    while start >= 0:
        end = start + len(span)
        if (start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")) and \
                (end == len(text) or not (text[end].isalnum() or text[end] == "_")):
            found.append(start)
        start = text.find(span, start + 1)
    return found


#: A gap next to the other end of a range ("seven to ___ days", "___ to ten days").
_RANGE_AFTER = re.compile(r"\s*(?:-|–|to|and)\s+(?:\d|one|two|three|four|five|six|seven|eight|"
                          r"nine|ten|eleven|twelve|a\s)", re.I)
_RANGE_BEFORE = re.compile(r"(?:\d|\bone|\btwo|\bthree|\bfour|\bfive|\bsix|\bseven|\beight|"
                           r"\bnine|\bten|\beleven|\btwelve)\s*(?:-|–|to|and)\s*$", re.I)


_CHANGE_FROM = re.compile(r"\bfrom\b")
_MONTH_OR_SEASON = re.compile(r"\b(?:January|February|March|April|May|June|July|August|"
                              r"September|October|November|December|spring|summer|autumn|"
                              r"winter)\b", re.I)


def _ends_range(text: str, start: int) -> bool:
    """Whether ``text[:start]`` ends with the first end of a range ("5 to", "two -"). The
    search is anchored at the end, so it is tried at every position: it runs only when the
    text before ``start`` ends with a range word at all."""
    if not text[:start].rstrip()[-3:].lower().endswith(("-", "–", "to", "and")):
        return False
    return _RANGE_BEFORE.search(text, 0, start) is not None


def cloze_question(fact: Fact, span: str | None = None,
                   before: str | None = None) -> str | None:
    """The source sentence with the answer (``span``, as the sentence writes it) replaced by
    ``___``, when that is a fair question. A sentence that points back ("They have struck
    ...", "one in four of them") is preceded by the sentence ``before`` it, when that one
    names what it points at; without it, it is no question."""
    sentence = fact.sentence
    if sentence.is_heading or fact.category is Category.CAUSE:
        return None
    text = _statement_text(sentence.text)
    span = _verbatim(fact) if span is None else span
    if not span or not _whole_quotes(text):
        return None  # a fragment of a quotation ('"Since ___ we have had ...')
    matches = occurrences(text, span)
    if len(matches) != 1:
        return None  # the answer appears twice: the other mention gives it away
    words = len(text.split())
    if words < 6 or words > 60 or "\n" in text:
        return None
    context = ""
    if points_back(text):
        context = _statement_text(before) if before else ""
        if not context or points_back(context) or not _whole_quotes(context) or \
                context.rstrip(" ”\"'’")[-1:] not in ".!?" or \
                words + len(context.split()) > _CLOZE_WORDS or \
                any(occurrences(context, a) for a in (span, fact.answer, *fact.accept) if a):
            return None
    start = matches[0]
    if fact.category is Category.DATE and fact.answer != span and \
            not re.search(r"\d", span) and not _MONTH_OR_SEASON.search(span):
        return None  # "on ___" for "Thursday", "___" for "last year": the words are not
        # what is worth learning (a month or a season is)
    if text.rstrip(" ”\"'’")[-1:] not in ".!?":
        return None  # a cut-off quotation or fragment
    if (_RANGE_AFTER.match(text, start + len(span)) or _ends_range(text, start)) \
            and not _CHANGE_FROM.search(text, max(0, start - 40), start):
        return None  # "in ___ to ten days": one end of a range is half a fact ("from 5,300
        # to ___" is a change, whose two ends are two facts)
    if text[start + len(span):start + len(span) + 1] in ("'", "’") and \
            not text[start + len(span) + 1:start + len(span) + 2].isalpha():
        return None  # "___' warning": the gap would cut a possessive
    gapped = text[:start] + CLOZE_GAP + text[start + len(span):]
    rest = normalise(gapped.replace(CLOZE_GAP, " "))
    if any(len(normalise(a)) > 3 and f" {normalise(a)} " in f" {rest} "
           for a in (fact.answer, *fact.accept)):
        return None
    return f"{context} {gapped}" if context else gapped


#: The most words a cloze with the sentence before it may have.
_CLOZE_WORDS = 80


#: A sentence that opens on something named before it: "It was cancelled only once",
#: "Its shares rose", "They have struck ..." (what? whose? who?). A dummy "It is noted that
#: ..." or "It was not clear whether ..." names nothing.
_POINTING_OPENER = re.compile(
    r"^(?:(?:In|On|At|Since|After|Before|When|While|As|Although|Though|Despite|During|"
    r"Following|Because|If|Under|With|Without|For|By|From|Until|Once|Unlike|Like)\b"
    r"(?:[^,]{0,80},|(?:\s+[A-Za-z0-9]+){1,3})\s+)?"
    r"(?:[Ii]t(?!\s+(?:is|was|has been|had been|would be|will be|remains|remained|seems|"
    r"seemed|appears|appeared)\s+(?:not\s+)?(?:(?:(?:un)?clear|(?:un)?likely|(?:im)?possible|"
    r"expected|important|necessary|noted|known|believed|thought|said|understood|reported)"
    r"\s+)?(?:that|whether|if|how|why|when|time to|too early)\b)"
    r"|[Tt]hey|Its|Their|This|These|Those)\b")
#: "one in four of them": a share of something the sentence does not name (unless a plural
#: comes first: "47 people ..., and nine of them").
_SHARE_OF_PRONOUN = re.compile(r"\b(?:of|among)\s+them\b")
_PLURAL = re.compile(r"\b(?:[a-z]{2,}[^su\W]s|people|children|men|women|police|staff)\b")
_PERSON_OPENER = re.compile(r"^(?:He|She|His|Her)\b")


def points_back(text: str, person_ok: bool = True) -> bool:
    """Whether ``text`` rests on a pronoun for something another sentence names ("It was
    cancelled only once", "one in four of them"), so that alone it says less than it seems.
    With ``person_ok``, "She will need two partners" still states its fact (the person is
    the article's); a true/false statement needs to know who ("He said the army would send
    300 soldiers": true of him, maybe not of another)."""
    if _POINTING_OPENER.match(text):
        return True
    if "them" in text:
        unquoted = _unquoted(text)
        share = _SHARE_OF_PRONOUN.search(unquoted)
        if share is not None and not _PLURAL.search(unquoted, 0, share.start()):
            return True
    return not person_ok and bool(_PERSON_OPENER.match(text))


# a sentence is read for its cloze, its true/false card and as the context of the next one's
@functools.lru_cache(maxsize=8192)
def _statement_text(text: str) -> str:
    """The sentence without an opening dateline ("RIVERTON — ", "PRAGUE, Oct 2 (Reuters) -")
    and without a doubled small word the article slipped in ("in the the war")."""
    if text[1:2].isupper():
        text = text[opening_dateline_end(text):]
    return _DOUBLED.sub(r"\1", text)


_DOUBLED = re.compile(r"\b(the|a|an|of|to|in|on|and|for) \1\b")


def _whole_quotes(text: str) -> bool:
    """Whether every quotation in ``text`` opens and closes inside it."""
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”")


def truefalse_statement(fact: Fact, wrong: str, truth: bool,
                        span: str | None = None) -> tuple[str, bool] | None:
    """The source sentence as a statement to judge: as written (true) or with the answer
    replaced by a same-kind distractor (false)."""
    sentence = fact.sentence
    if sentence.is_heading or fact.category is Category.CAUSE:
        return None
    text = _statement_text(sentence.text.strip())
    span = _verbatim(fact) if span is None else span
    if not span or not text.endswith((".", ".”", ".\"")) or "\n" in text or \
            not _whole_quotes(text) or vague_reference(text) or \
            points_back(text, person_ok=False):
        return None  # "X discussed the matter with Y": true or false of what?
    if text.lstrip()[:1] in "\"“" or len(text.split()) > 45:
        return None
    matches = occurrences(text, span)
    if len(matches) != 1:
        return None
    if truth:
        return text, True
    replacement = wrong
    if span[:1].isupper() != replacement[:1].isupper() and not replacement[:1].isdigit():
        replacement = replacement[:1].upper() + replacement[1:] if span[:1].isupper() else \
            replacement
    start = matches[0]
    return text[:start] + replacement + text[start + len(span):], False


# --- order cards ----------------------------------------------------------------------------

def order_cards(facts: Sequence[Fact], limit: int = 5) -> list[Card]:
    """"Put these events in time order" cards: per article, 3-5 dated events with distinct
    dates, each event stated without its date."""
    by_article: dict[str, list[Fact]] = defaultdict(list)
    texts: dict[str, list[str]] = defaultdict(list)  # every fact's sentence, by article
    for fact in facts:
        texts[fact.article].append(fact.sentence.text)
        if fact.category is Category.DATE and fact.when is not None and fact.event and \
                fact.question and not fact.question.startswith(_STATE_QUESTIONS) and \
                len(fact.event.split()) <= _ITEM_WORDS and not _PLANNED.search(fact.event) \
                and well_formed(fact):
            by_article[fact.article].append(fact)
    cards: list[Card] = []
    for article in sorted(by_article):
        def bare(article: str = article) -> frozenset[str]:
            return bare_names(texts[article])  # (not a walk over the corpus's facts)

        dated: dict[dt.date, Fact] = {}
        for fact in sorted(by_article[article], key=lambda f: (f.when, f.sentence.index)):
            assert fact.when is not None
            if fact.when not in dated and \
                    not any(_overlap(fact.value, f.value) or _same_event(fact, f)
                            for f in dated.values()):
                dated[fact.when] = fact
        events = [dated[d] for d in sorted(dated)]
        if len(events) < 3:
            continue
        if len(events) > limit:
            step = (len(events) - 1) / (limit - 1)
            events = [events[round(i * step)] for i in range(limit)]
        items = tuple(without_stray_the(_item(f), bare) for f in events)
        explanation = "; ".join(f"{item} ({f.answer})" for item, f in zip(items, events))
        cards.append(Card(id=order_id(article, [f.value for f in events]), type=CardType.ORDER,
                          category=Category.DATE, question=ORDER_QUESTION, items=items,
                          explanation=explanation,
                          source=SourceRef(file=article, sentence=events[0].sentence.text),
                          tags=("order",)))
    return cards


#: Questions about a state ("Since when ...") rather than an event cannot be put in order.
_STATE_QUESTIONS = ("Since", "Before", "Until", "By")


_SMALL_WORD = frozenset("the a an of in on at to for and or by with from its their his her "
                        "was were is are has had have be been it this that".split())


def _content_words(text: str) -> set[str]:
    return {w for w in normalise(text).split() if w not in _SMALL_WORD and len(w) > 2}


def _same_event(a: Fact, b: Fact) -> bool:
    """Two statements of one event ("the council approved the budget" twice, in different
    words): they share most of their content words."""
    first, second = _content_words(a.event), _content_words(b.event)
    if not first or not second:
        return False
    shared = len(first & second)
    return shared >= 2 and shared / min(len(first), len(second)) >= 0.5


def _overlap(a: str, b: str) -> bool:
    """"2020-01" and "2020-01-03" may be the same event: they cannot be ordered."""
    return a.startswith(b) or b.startswith(a)


#: An event still to come ("the libraries will close"): it has not happened, so it is no
#: item of "In what order did these events happen?".
_PLANNED = re.compile(r"\b(?:will|would|shall|is due|are due|is expected|are expected|"
                      r"is scheduled|are scheduled)\b")
#: The longest event an order card lists (a longer one is left out, never cut short).
_ITEM_WORDS = 20


def _item(fact: Fact) -> str:
    event = fact.event.strip()
    return event[:1].upper() + event[1:]


