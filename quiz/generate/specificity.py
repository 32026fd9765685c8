"""Questions another sentence of the corpus could answer differently are too vague to ask.

A deck is studied as a whole, so "Which organisation criticised the plan?" is vague when a second
article also has "The unions criticised the plan", and "What caused the fire?" is vague when two
articles tell of two fires. The test is lexical and deliberately strict: a question is vague when
some other sentence holds every content word of the question (crudely stemmed) close together,
within a few words of each other, but not the fact's answer. (Words far apart, as in "Soleimani in a
drone strike in Baghdad" against "Why was Soleimani in Baghdad?", tell of something else.) Such a question keeps no typed or choice card; its sentence may still give a cloze,
which states its own context.
"""

from __future__ import annotations

import functools
import re
from array import array
from collections.abc import Collection, Sequence
from dataclasses import replace

from quiz.generate.facts import Article, Fact
from quiz.generate.grammar import PARTICIPLE_TO_BASE, PAST_TO_BASE
from quiz.model import Category

_WORD = re.compile(r"[a-z0-9]+")
#: Words that say nothing about which event is meant: function words, question words, the
#: words questions use to name a category ("Which organisation", "In what year"), and words of
#: time ("Which governor declared an emergency on Sunday?" is as vague as without "Sunday" when
#: another governor declared one on Saturday; "last year" is every article's last year).
_EMPTY = frozenset("""
a an the of to in on at by for from with and or but as is are was were be been being has have
had do does did what which who whom whose when where why how that this these those it its their
they them he she his her we our you into over after before about than then there here not no
would will could should can may might must also more most against during per via up down out
off only just very such some any each other another one s event country organisation
organization group person people year month date day time much many long lead led happen
happened according
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december last next earlier later ago week weeks today
yesterday tomorrow
""".split())
#: How many sentences holding a question's words are read before the question is kept: a
#: corpus of near-copies must not make the check grow with the square of its size.
_MAX_CANDIDATES = 64
#: How many other words may stand between a question's words in a sentence that repeats them.
_SLACK = 4


def unambiguous(facts: Sequence[Fact], articles: Sequence[Article],
                keep: Collection[int] = ()) -> list[Fact]:
    """``facts`` with the question cleared where another sentence could answer it otherwise;
    the facts at the positions in ``keep`` (conflicts between articles) are left as they are."""
    questions = {i: content_stems(fact.question) for i, fact in enumerate(facts)
                 if fact.question and i not in keep}
    wanted = set().union(*questions.values()) if questions else set()
    sentences, postings, sequence_of = _read_sentences(articles, wanted)
    facts = _named_referents(facts, articles, keep, sentences, postings)
    questions = {i: content_stems(facts[i].question) for i in questions if facts[i].question}
    out = list(facts)
    named = _labels_named(sentences)
    for i in questions:
        if facts[i].answer.lower() in named:
            questions[i] = frozenset()  # "Who carried out drone attacks?" -> "Iran-backed
            out[i] = replace(facts[i], question="")  # militias", which another sentence
            # names as a group "known as the Islamic Resistance": both answers fit
    # the words of candidate sentences, in order and as a set, read once for each text
    read: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}
    for i, words in questions.items():
        fact = facts[i]
        if words and _answered_otherwise(fact, words, sentences, postings, sequence_of, read):
            out[i] = replace(fact, question="")
    return out


def _named_referents(facts: Sequence[Fact], articles: Sequence[Article], keep: Collection[int],
                     sentences: list[tuple[str, int, str]], postings: dict[str, array[int]]
                     ) -> list[Fact]:
    """``facts`` whose questions of time, number or reason rest on a bare "the" noun ("In what
    year was the elevator built?") named from their article, or cleared when another story
    of the deck tells of the same noun (see :mod:`~quiz.generate.question_referents`)."""
    from quiz.generate.question_referents import bare_nouns, named_or_dropped

    out = list(facts)
    by_file: dict[str, Article] = {}
    for i, fact in enumerate(facts):
        if not fact.question or i in keep or fact.category is Category.ACTOR and \
                _named(fact.answer) or not bare_nouns(fact.question):
            continue  # (an actor's name says which story; "Opposition councillors" does not)
        if not by_file:
            by_file = {article.file: article for article in articles}
        article = by_file.get(fact.article)
        earlier = [s.text for s in article.sentences if s.index <= fact.sentence.index] \
            if article is not None else []

        def elsewhere(noun: str, file: str = fact.article) -> bool:
            """Whether another story of the deck tells of its own "the <noun>"."""
            stem = _STEMS[noun]
            if not stem:
                return True  # ("the group", "the country": a word no question tells by)
            definite = re.compile(rf"\b[Tt]he (?:[\w'’-]+ ){{0,2}}{re.escape(noun)}\b")
            return any(sentences[p][0] != file and definite.search(sentences[p][2])
                       for p in postings.get(stem, ()))

        question = named_or_dropped(fact.question, fact.sentence.text, earlier, elsewhere)
        if question != fact.question:
            out[i] = replace(fact, question=question)
    return out


#: A capital or a number after an answer's first word ("Nordwind Energie").
_NAME_AFTER_FIRST = re.compile(r"\s[A-Z\d]")
#: Kinds of people an actor's answer may be instead of a name.
_PEOPLE = frozenset("""
    councillors residents scientists researchers experts officials authorities police
    campaigners activists protesters farmers workers teachers parents students doctors nurses
    critics analysts economists investigators officers lawmakers legislators prosecutors
    regulators developers fishermen villagers locals voters growers beekeepers drivers unions
    council ministry government department agency authority commission committee board
""".split())


def _named(answer: str) -> bool:
    """Whether an actor's answer is a name ("Nordwind Energie", "Maersk"), not a kind of
    people or of body ("Opposition councillors", "regional council", "Scientists")."""
    words = answer.split()
    return bool(_NAME_AFTER_FIRST.search(answer)) or not (
        words and words[-1].lower() in _PEOPLE and (len(words) > 1 or answer[:1].isupper()))


def _read_sentences(articles: Sequence[Article], wanted: set[str]
                    ) -> tuple[list[tuple[str, int, str]], dict[str, array[int]],
                               dict[str, tuple[str, ...]]]:
    """The running-text sentences of ``articles`` as (file, index, text); for each of the
    ``wanted`` words the positions of the sentences holding it; and the words of each
    sentence text (:func:`_sequence`), read once: copies of a story share many sentences,
    and candidate sentences are read again (a large corpus has more texts than the cache of
    :func:`_sequence` holds)."""
    sentences: list[tuple[str, int, str]] = []
    postings: dict[str, array[int]] = {}  # compact: a large corpus has millions of entries
    sequence_of: dict[str, tuple[str, ...]] = {}
    wanted_in: dict[str, set[str]] = {}  # the wanted words of each text
    for article in articles:
        for sentence in article.sentences:
            if sentence.is_heading:
                continue
            position = len(sentences)
            text = sentence.text
            sentences.append((article.file, sentence.index, text))
            held = wanted_in.get(text)
            if held is None:
                sequence_of[text] = _sequence(text)
                held = wanted_in[text] = wanted.intersection(sequence_of[text])
            for word in held:
                found = postings.get(word)
                if found is None:
                    found = postings[word] = array("i")
                found.append(position)
    return sentences, postings, sequence_of


#: A description of people followed by the name they go by ("Iran-backed militias known as
#: the Islamic Resistance", "a group of protesters calling themselves Green Dawn"): group 1 is
#: the description, its last word a plural noun ("fishermen", "people", "children").
_LABEL_NAMED = re.compile(r"\b((?:[A-Za-z]+-)?[A-Za-z]+ [a-z]+(?:s|men|people|ren)),? "
                          r"(?:known as|called|calling themselves|who call themselves|"
                          r"naming themselves|dubbed|going by the name of) (?:the )?[A-Z]")


def _labels_named(sentences: Sequence[tuple[str, int, str]]) -> frozenset[str]:
    """The descriptions of people (lower-cased) some sentence gives a name to: a question
    whose answer is only the description could also be answered with the name."""
    return frozenset(match.group(1).lower() for _, _, text in sentences
                     if " known as " in text or " call" in text or " dubbed " in text or
                     " naming " in text or " going by " in text
                     for match in _LABEL_NAMED.finditer(text))


def _answered_otherwise(fact: Fact, words: frozenset[str],
                        sentences: list[tuple[str, int, str]],
                        postings: dict[str, array[int]],
                        sequence_of: dict[str, tuple[str, ...]],
                        read: dict[str, tuple[tuple[str, ...], frozenset[str]]]) -> bool:
    """Whether a sentence other than the fact's own holds every word of the question but not
    its answer (all of a short answer's words, at least half of a longer one's).
    ``sequence_of`` holds the words of every sentence text, ``read`` those of the sentences
    already looked at, in order and as a set (many questions look at the same few)."""
    rarest = min((postings.get(word, ()) for word in words), key=len)
    answer: frozenset[str] | None = None  # (read when a sentence holds every word)
    need = 0
    for position in rarest[:_MAX_CANDIDATES]:
        file, index, text = sentences[position]
        if file == fact.article and index == fact.sentence.index:
            continue
        found = read.get(text)
        if found is None:
            held = sequence_of[text]
            found = read[text] = (held, frozenset(held))
        held, distinct = found
        if not words <= distinct:
            continue
        if answer is None:
            answer = content_stems(fact.answer)
            # a short answer must be there whole ("Elena Marsh" is not "Elena Brooks"), a
            # long one at least half (a reason is often restated in other words)
            need = len(answer) if len(answer) <= 2 else (len(answer) + 1) // 2
        # (words far apart are not close together, and words not there are not either)
        if len(answer & distinct) < need and _close_together(words, held):
            return True
    return False


def _close_together(words: frozenset[str], held: Sequence[str]) -> bool:
    """Whether every one of ``words`` occurs in ``held`` within a window of at most
    ``len(words) + _SLACK`` words."""
    width = len(words) + _SLACK
    last: dict[str, int] = {}
    for position, word in enumerate(held):
        if word in words:
            last[word] = position
            if len(last) == len(words) and position - min(last.values()) < width:
                return True
    return False


# a question is read by the specificity check and by the distractor checks, an answer by
# every question that another sentence repeats
@functools.lru_cache(maxsize=16384)
def content_stems(text: str) -> frozenset[str]:
    """The content words of ``text``, stemmed ("attacks" -> "attack")."""
    return frozenset(_sequence(text)) - {""}


# many articles of a corpus share sentences, and a question is asked of many sentences
@functools.lru_cache(maxsize=16384)
def _sequence(text: str) -> tuple[str, ...]:
    """Every word of ``text`` in reading order, content words stemmed and the others as ""
    (they count towards the distance between two content words, and never match one)."""
    return tuple(map(_STEMS.__getitem__, _WORD.findall(text.lower())))


class _StemMemo(dict[str, str]):
    """Each word read so far -> its stem, or "" for a word of :data:`_EMPTY` (a dict whose
    misses work the stem out: the words of a corpus are read many times over)."""

    __slots__ = ()

    def __missing__(self, word: str) -> str:
        stemmed = self[word] = "" if word in _EMPTY else _stem(word)
        return stemmed


#: The stems of the words read so far (as many as the corpora's distinct words).
_STEMS = _StemMemo()


def _stem(word: str) -> str:
    """"attacks" -> "attack", "aimed" -> "aim", and irregular verbs to their base ("fell" ->
    "fall", so "state funding fell" repeats "Why did state funding fall?")."""
    word = PAST_TO_BASE.get(word) or PARTICIPLE_TO_BASE.get(word) or word
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word
