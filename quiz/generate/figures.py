"""Figures in article sentences as facts: each figure with a "How many / How long" question
when the sentence allows one, otherwise asked as a cloze.

A figure keeps its qualifier ("more than 100", "about five months") because the qualifier is
part of what the article says. Finding figures is :mod:`quiz.generate.figure_mentions`, their
numbers :mod:`quiz.generate.figure_numbers`, their questions
:mod:`quiz.generate.figure_questions`; the names other modules import stay importable here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from quiz.generate.date_mentions import sentence_dates
from quiz.generate.facts import AnswerKind, Article, Fact, Sentence
from quiz.generate.figure_ages import age_question
from quiz.generate.figure_magnitudes import is_magnitude
from quiz.generate.figure_mentions import (
    _FIGURE, _FIGURE_STARTS, _REFERS_BACK, AGE, FigureMention, find_figures, sentence_figures,
)
from quiz.generate.figure_numbers import (
    VAGUE_NUMBERS, distinct_forms, is_share, is_vague_figure, number_value,
)
from quiz.generate.figure_questions import figure_question, how_much_answer, how_much_question
from quiz.generate.figure_vague import is_wordy, superseded
from quiz.model import Category

if TYPE_CHECKING:
    from quiz.generate.date_forms import DateMention


#: What other modules import from here (the tests also read ``_FIGURE`` and
#: ``_FIGURE_STARTS``).
__all__ = ["FigureMention", "figure_facts", "figure_question", "find_figures", "inner_names",
           "lowered_question", "number_value", "_FIGURE", "_FIGURE_STARTS"]


def figure_facts(article: Article,
                 found: dict[int, list[DateMention]] | None = None) -> list[Fact]:
    """The figures an article states, each with a "How many / How long" question when the
    sentence allows one (otherwise the fact is asked as a cloze). ``found``: the date
    mentions of each sentence, when the caller has them (dates are not figures)."""
    found_figures: list[tuple[Sentence, FigureMention]] = []
    for sentence, mentions in sentence_dates(article, found):
        dates = tuple((m.start, m.end) for m in mentions)
        found_figures.extend((sentence, mention)
                             for mention in sentence_figures(sentence.text, dates))
    # "stranding thousands of travellers" in the lead, "About 11,000 passengers" below: the
    # vague count is no figure to learn
    dropped = superseded([(s.text, m) for s, m in found_figures]) if any(
        m.value in _VAGUE_VALUES and is_vague_figure(m.answer) for _, m in found_figures) \
        else set()
    dropped |= _stated_before(found_figures)
    dropped |= {i for i, (sentence, mention) in enumerate(found_figures)
                if _loose(sentence.text, mention) or _speaker_aside(sentence.text, mention)}
    names = inner_names(article)
    return [_fact(article, sentence, mention, names & _letter_words(sentence.text))
            for i, (sentence, mention) in enumerate(found_figures) if i not in dropped]


#: A number word or numeral, then "or", before a figure ("two or three weeks"), or "or" and
#: a number after it ("five or six days"): one side of a rough guess.
_OR_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                        r"twelve|twenty|thirty|forty|fifty|hundred))\s+or\s+$", re.I)
_OR_AFTER = re.compile(r"\s+or\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"eleven|twelve|twenty|thirty|forty|fifty)\b)", re.I)


def _loose(text: str, mention: FigureMention) -> bool:
    """Whether a figure is no number to learn: one side of a rough "two or three weeks", or a
    time with no number in it ("several months", "a few weeks")."""
    if " or " in text and (_OR_BEFORE.search(text, max(0, mention.start - 12), mention.start)
                           or _OR_AFTER.match(text, mention.end)):
        return True
    return mention.kind is AnswerKind.DURATION and is_wordy(mention.answer)


#: A quoted speaker described in a relative clause: '..., said Rosa Diaz, who farms 12
#: hectares near X.' or 'Rosa Diaz, who farms 12 hectares, said ...'.
_SPEAKER_WHO = re.compile(r"(?:\b(?:said|says|added|explained|told [\w ]{2,30}?)\s+(?:[a-z]+\s+)?"
                          r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+|^(?:[A-Z][\w'’.-]*\s+){1,3}"
                          r"[A-Z][\w'’-]+),\s+who\s+[^,;\"“”]*")
_SPEECH_AFTER = re.compile(r"[,;]\s+(?:said|says|added|told)\b")


def _speaker_aside(text: str, mention: FigureMention) -> bool:
    """Whether a figure stands in what a relative clause says of a quoted person ("said Rosa
    Diaz, who farms 12 hectares near X"): an incidental detail of an interviewee (who the
    speaker is), not a fact of the story."""
    if ", who " not in text:
        return False
    for match in _SPEAKER_WHO.finditer(text):
        if match.start() <= mention.start and mention.end <= match.end():
            return match.group().startswith(("said", "says", "added", "explained", "told")) \
                or _SPEECH_AFTER.match(text, match.end()) is not None
    return False


def _stated_before(found: list[tuple[Sentence, FigureMention]]) -> set[int]:
    """The figures written after "the", "its" or "their" ("the 12 batches") whose value an
    earlier sentence already states: they point back to it, no new figure."""
    dropped: set[int] = set()
    values: dict[str, int] = {}  # value -> the first sentence stating it
    for i, (sentence, mention) in enumerate(found):
        first = values.setdefault(mention.value, sentence.index)
        if first < sentence.index and _REFERS_BACK.search(
                sentence.text, max(0, mention.start - 8), mention.start):
            dropped.add(i)
    return dropped


#: The capital comes first so the scan jumps from capital to capital; the look-behind then
#: asks for a letter, comma or semicolon and a space before it.
_INNER_NAME = re.compile(r"[A-Z](?<=[a-z,;] [A-Z])[a-z]+")


def inner_names(article: Article) -> frozenset[str]:
    """The words the article capitalises inside sentences (names: "Rovers", "Voltra"),
    lower-cased: a first word that is one of them keeps its capital in a question."""
    return _inner_names(tuple(s.text for s in article.sentences))


@functools.lru_cache(maxsize=4)  # the date and the figure extractors ask for each article


def _inner_names(texts: tuple[str, ...]) -> frozenset[str]:
    # one scan of the joined texts: a match needs a letter, comma or semicolon and a space
    # before it, so none spans the line break between two texts
    return frozenset(" ".join(_INNER_NAME.findall("\n".join(texts))).lower().split())


#: Plural common nouns that open news sentences, with no ending that shows them common.
_PLAIN_PLURALS = frozenset("""
    talks negotiations officials prices sales shares rents fares wages costs profits exports
    imports rates stocks markets protests tensions clashes strikes floods fires storms
    schools hospitals firms companies banks troops forces rebels militants critics experts
    locals families children people women men police authorities residents visitors
    nurses doctors judges courts councils farmers pupils patients passengers drivers
""".split())
#: Endings of plural common nouns ("officials", "universities").
_PLURAL_ENDINGS = ("ials", "ities")


def lowered_question(question: str, article: Article, sentence: str) -> str:
    """``question`` with the sentence's first word lower-cased where the question moved it
    inside (:func:`~quiz.generate.clauses.lowered_opener`). The article's words are read
    only when that word is inside the question, the one case the opener can change."""
    head = sentence.split(" ", 1)[0].rstrip(",;:")
    if not head[:1].isupper() or head.isupper() or question.find(f" {head} ") <= 0:
        return question
    from quiz.generate.clauses import lower_case_words, lowered_opener

    low = head.lower()
    following = sentence[len(head) + 1:len(head) + 2]
    if (low in _PLAIN_PLURALS or low.endswith(_PLURAL_ENDINGS)) and following.islower() and \
            low not in inner_names(article):
        at = question.find(f" {head} ")  # "did Talks collapse", "did Officials expect": a
        # common plural noun, whatever else the article writes
        return f"{question[:at + 1]}{low}{question[at + 1 + len(head):]}"
    return lowered_opener(question, sentence, inner_names(article),
                          lower_case_words([s.text for s in article.sentences]))


def _fact(article: Article, sentence: Sentence, mention: FigureMention,
          names: frozenset[str]) -> Fact:
    """The fact of ``mention``; ``names``: the article's inner names among the sentence's
    words (what :func:`_asked` looks up)."""
    question = _asked(sentence.text, mention, names)
    if mention.thing == AGE and not question:
        question = age_question(article, sentence.text, mention)
    if question and sentence.text[:1].isupper():
        question = lowered_question(question, article, sentence.text)
    if question and question.startswith(("How much", "By how much")):
        answer = how_much_answer(sentence.text, mention)
        if answer != mention.answer:
            mention = _with_answer(mention, answer)
    from quiz.generate.dates import normalise_subject

    event = question.split(" ", 2)[-1].rstrip("?") if question else ""
    subject = normalise_subject(event or f"{mention.thing}")
    return Fact(category=Category.FIGURE, kind=mention.kind, article=article.file,
                sentence=sentence, question=question or "", answer=mention.answer,
                accept=tuple(a for a in mention.accept if a != mention.answer),
                subject=subject if question else "", value=mention.value, event=event)


#: The values vague counts are given (a cheap test before the words are read).
_VAGUE_VALUES = frozenset(f"{v:g}" for v in VAGUE_NUMBERS.values())

_BY_BEFORE = re.compile(r"\bby\s+$")


@functools.lru_cache(maxsize=8192)


def _asked(text: str, mention: FigureMention, names: frozenset[str]) -> str | None:
    """The question for a figure of ``text``, its opener not yet lowered. ``names`` holds
    the article's inner names among the words of ``text``: the question looks up no other
    word, so a sentence that recurs in an article with other names asks from the cache."""
    # a share, a tally or a vague quantity is asked as a cloze: "How many ...?" does not
    # ask for "one in four", "52 votes to 31" or "scores"
    whole = is_share(mention.answer) or "/" in mention.value or \
        is_vague_figure(mention.answer) and not is_magnitude(mention.answer)
    # a bare magnitude ("thousands") is asked "How many ...?" and offered among other
    # magnitudes (:func:`~quiz.generate.questions.cards_for`): typed or gapped, no one
    # could guess which vague word the article chose
    question = None if whole else figure_question(text, mention, names)
    if whole and is_share(mention.answer) and _BY_BEFORE.search(
            text, max(0, mention.start - 6), mention.start):
        question = how_much_question(text, mention, names)  # "cut by a third": the change
    return question


_LETTERS = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=8192)


def _letter_words(text: str) -> frozenset[str]:
    """The runs of letters in ``text``, lower-cased: every word a question may look up."""
    return frozenset(_LETTERS.findall(text.lower()))


def _with_answer(mention: FigureMention, answer: str) -> FigureMention:
    """``mention`` answered with its currency word; the bare forms stay accepted."""
    unit = answer[len(mention.answer):].strip() if answer.startswith(mention.answer) else ""
    forms = [answer, *mention.accept, *(f"{a} {unit}" for a in mention.accept if unit)]
    return replace(mention, answer=answer, accept=distinct_forms(forms))
