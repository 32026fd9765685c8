"""The pool distractors are drawn from: the corpus's answers by kind and by article, and what
is worked out once per answer, article or question (units, roles, topics, near repeats)."""

from __future__ import annotations

import datetime as dt
import functools
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from quiz.generate.facts import AnswerKind, Fact
from quiz.generate.ids import normalise
from quiz.generate.lexicon import TITLE_WORDS
from quiz.generate.question_checks import (
    WORD, bare_names, content_words, fit_actor, well_formed,
)
from quiz.model import Category


DATE_KINDS = frozenset({AnswerKind.FULL_DATE, AnswerKind.MONTH_YEAR, AnswerKind.YEAR,
                        AnswerKind.YEAR_RANGE, AnswerKind.DAY_MONTH, AnswerKind.MONTH})
NUMBER_KINDS = frozenset({AnswerKind.COUNT, AnswerKind.AMOUNT, AnswerKind.DURATION,
                          AnswerKind.PERCENT})
ACTOR_KINDS = frozenset({AnswerKind.PERSON, AnswerKind.ORGANISATION, AnswerKind.GROUP,
                         AnswerKind.COUNTRY})


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
    _text: dict[str, str] = field(default_factory=dict)
    _formed: dict[tuple[str, int, str, str], bool] = field(default_factory=dict)
    #: The running-text sentences that state facts, by (article, index): the sentence
    #: before a cloze's names what its "they" or "it" points at.
    texts: dict[tuple[str, int], str] = field(default_factory=dict)
    _related: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _offered: dict[tuple[str, AnswerKind], list[str]] = field(default_factory=dict)
    _telling: dict[str, frozenset[str]] = field(default_factory=dict)
    #: The articles' titles, normalised and padded with spaces, and which names are named in
    #: most of them (:meth:`deck_topic`).
    titles: tuple[str, ...] = ()
    _topics: dict[str, bool] = field(default_factory=dict)
    #: The forms a card accepts for each answer, by the names asked, the answer's kind, the
    #: answer and its fact's own forms (see :func:`~quiz.generate.questions.cards_for`).
    accepted: dict[tuple[object, ...], tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, facts: Sequence[Fact], extra: Mapping[AnswerKind, Sequence[str]] | None = None,
              exclude: frozenset[str] = frozenset(), titles: Sequence[str] = ()
              ) -> DistractorPool:
        """The pool of ``facts``' answers plus ``extra`` names (entities named but never an
        answer), leaving out ``exclude`` (normalised; datelines such as "MANCHESTER");
        ``titles`` are the articles' titles."""
        pool = cls(titles=tuple(f" {normalise(title)} " for title in titles))
        seen: set[tuple[AnswerKind, str]] = set()
        seen_in: set[tuple[str, AnswerKind, str]] = set()
        sentences: dict[str, set[str]] = defaultdict(set)
        for fact in facts:
            sentences[fact.article].add(fact.sentence.text)
            if fact.when is not None and fact.kind in DATE_KINDS and \
                    fact.when.year > pool.latest.get(fact.article, 0):
                pool.latest[fact.article] = fact.when.year
            last = _last_day(fact) if PAST_DATE_QUESTION.match(fact.question) else None
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
                    if answer not in pool.units:  # (a fact's answer has its unit already)
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
            found = self._formed[key] = well_formed(fact, lambda: "\n".join(
                self.texts.get((fact.article, k), "") for k in range(fact.sentence.index)))
        return found

    def deck_topic(self, names: Sequence[str]) -> bool:
        """Whether one of ``names`` (one entity's) is named in the titles of more than half
        of the articles, and of two at least: what the deck is about ("Which country did US
        combat forces leave in 2011?" in a deck of stories on Iraq) is too obvious to ask."""
        key = names[0]
        found = self._topics.get(key)
        if found is None:
            forms = [f" {form} " for form in map(normalise, names) if form]
            named, missed, half = 0, 0, len(self.titles) / 2
            for title in self.titles:
                if any(form in title for form in forms):
                    named += 1
                else:
                    missed += 1
                    if missed >= half:
                        break  # (most names: the count stops early)
            found = self._topics[key] = named >= 2 and named > half
        return found

    def bare(self, article: str) -> frozenset[str]:
        """The one-word names ``article`` writes after a preposition without "the"."""
        found = self._bare.get(article)
        if found is None:
            found = self._bare[article] = bare_names(self.sentences.get(article, ()))
        return found

    def text(self, article: str) -> str:
        """The sentences of ``article`` that state facts, as one text (joined once)."""
        found = self._text.get(article)
        if found is None:
            found = self._text[article] = "\n".join(sorted(self.sentences.get(article, ())))
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

    def _telling_words(self, article: str) -> frozenset[str]:
        """The topic words of ``article`` that at most a tenth of the articles use (the ones
        :meth:`related` counts), worked out once per article."""
        found = self._telling.get(article)
        if found is None:
            common = max(5, len(self.topic) // 10)
            found = self._telling[article] = frozenset(
                word for word in self.topic.get(article, ())
                if len(self.articles_with[word]) <= common)
        return found

    def related(self, article: str) -> tuple[str, ...]:
        """Other articles on the same topic as ``article`` (sharing at least four topic
        words, two of them names, ignoring words most articles use), most shared first."""
        found = self._related.get(article)
        if found is None:
            words = self._telling_words(article)
            # the articles sharing two names first (names are rare: few to count), then the
            # words each of those shares (not the articles of every shared word)
            names: dict[str, int] = defaultdict(int)
            for word in words:
                if word[0] == "^":
                    for other in self.articles_with[word]:
                        names[other] += 1
            shared = {other: len(words & self._telling_words(other))
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
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})


@functools.lru_cache(maxsize=8192)  # asked again for each distractor search of a question
def asked_role(question: str) -> frozenset[str]:
    """The role a "Which ...?" question names ("Which then-president ordered ...?" ->
    {"president"}): a person without it is no plausible choice."""
    if not question.startswith("Which "):
        return frozenset()
    found: set[str] = set()
    words = WORD.findall(question[6:])
    for at, word in enumerate(words):
        parts = [p for p in word.lower().split("-") if p in _ROLE_WORDS]
        if not parts and word.islower() and not (
                at + 1 < len(words) and words[at + 1].lower() in _ROLE_WORDS):
            break  # the verb or "of": the role is over ("council" in "council leader" is not)
        found.update(parts)
    return frozenset(found - HONORIFICS)


#: How many topic words two articles must share to lend each other distractors.
_RELATED_WORDS = 4
#: (written so that a position where no letter starts a word fails at once)
_TOPIC_WORD = re.compile(r"\b(?=[A-Za-z])(?:(?<![.!?] )(?<!^)[A-Z][a-z]{3,}\b|[a-z]{7,}\b)")
_NOT_TOPIC = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december million billion percent "
    "according because between against however without thousands hundreds announced "
    "reported officials statement including expected another several further executive "
    "president reporters residents manager director spokesman spokeswoman minister "
    "government department company service increase contract statement".split())


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
    return frozenset(w.lower() for w in content_words(question))


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


#: A date question about something that has happened ("In what year did revenue fall?").
PAST_DATE_QUESTION = re.compile(r"^(?:In what (?:year|month)|When|On what date|During which "
                                 r"years|Before what \w+) (?:did|was|were|had)\b")


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
        return not _NOT_PERSON.search(name) and not _people_of_a_country(name)
    return True


def _people_of_a_country(name: str) -> bool:
    """Whether ``name`` is a nation's people ("Costa Ricans", "Iraqis"), no person's name."""
    from quiz.generate.lexicon import demonyms

    low = name.lower()
    return low.endswith("s") and (low[:-1] in demonyms() or low in demonyms())


_VAGUE = re.compile(r"^(?:dozens|scores|hundreds|thousands|millions|several|numerous|a few|"
                    r"many|some)$", re.I)


def is_vague(answer: str) -> bool:
    """"dozens", "scores": true, but no choice between them is fair."""
    return bool(_VAGUE.match(answer.strip()))


_UNIT = re.compile(r"(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|%|percent|"
                   r"[$€£¥]|\b(?:dollars?|euros?|pounds?|lei|crowns?|yen|yuan|francs?|rupees?|"
                   r"tonnes?|tons?|kilometres?|kilometers?|km|miles?|metres?|meters?|acres?|"
                   r"hectares?|litres?|liters?|barrels?)\b)", re.I)
#: Currency signs and their words, as one unit ("$30 million" and "30 million dollars").
_SIGNS = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "percent": "%"}


def unit_of(answer: str) -> str:
    """The unit a figure counts in, singular ("day", "%"), or "" for a plain count."""
    match = _UNIT.search(answer)
    if match is None:
        return ""
    unit = match.group(1).lower()
    return _SIGNS.get(unit) or (unit if unit in ("lei", "km", "%") else unit.rstrip("s"))
