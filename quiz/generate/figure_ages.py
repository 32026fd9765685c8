"""Asking a person's age written in commas after the name ("Aldridge, 27, was tested"):
"How old is Tom Aldridge?", when the name is a person's and the age still holds."""

from __future__ import annotations

import re
from collections.abc import Iterable

from quiz.generate.facts import Article
from quiz.generate.figure_mentions import FigureMention
from quiz.generate.lexicon import NAME_PARTICLES, ORG_WORDS, PLACE_WORDS, TITLE_WORDS

#: The name right before ", 27,": up to three capitalised words, maybe after a title.
_NAME_BEFORE = re.compile(r"(?:\b(?P<title>Mr|Mrs|Ms|Dr)\.? )?(?P<name>(?:[A-Z][a-z][\w'’-]*"
                          r" ){0,2}[A-Z][a-z][\w'’-]*), $")
#: The name after "-year-old" and the words that may come between ("-year-old Indian
#: grandmaster Kavya Raman").
_NAME_AFTER = re.compile(r"-years?-old (?:(?:[A-Z][a-z]+|[a-z]+) ){0,3}?"
                         r"(?P<name>[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){1,2})\b")
#: An age that no longer holds, or a story of a death: "How old is X?" would be wrong.
_NO_LONGER = re.compile(r"\b(?:died|dies|dead|death|killed|murdered|funeral|late|was born|"
                        r"would have|obituary|body)\b", re.I)
_NAME_WORD = r"[A-Z][a-z][\w'’-]*"
#: In how many sentences a person is named for the story to be about them (their age then
#: tells who they are: "Seventeen-year-old Kavya Raman won the title").
_ABOUT = 2


def age_question(article: Article, text: str, mention: FigureMention) -> str | None:
    """"How old is <full name>?" for an age in commas after a person's name in ``text``, or
    ``None`` (no such name, a name the article does not show to be a person's, a death)."""
    if _NO_LONGER.search(text):
        return None
    after = _NAME_AFTER.search(text, mention.start, mention.end + 80) \
        if mention.answer.endswith("-old") else None
    found = after or _NAME_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    if found is None:
        return None
    words = found.group("name").split()
    while len(words) > 1 and words[0].endswith(("'s", "’s")):
        words = words[1:]  # "Britain's Tom Aldridge": the name after the owner
    words = _without_titles(words, keep=1)  # "Striker Tom Aldridge", "Nurse Maria Lopez"
    if len(words) == 3 and words[1].lower() not in NAME_PARTICLES:
        words = words[1:]  # "the mayor of Riga Inga Kalniņa": a place before the name
    if any(w.lower() in TITLE_WORDS or w.lower() in ORG_WORDS or w.lower() in PLACE_WORDS
           for w in words):
        return None
    full = " ".join(words) if len(words) > 1 else _full_name(article, words[0])
    if full is None or len(full.split()) > 3:
        return None
    surname = full.split()[-1]
    if sum(1 for sentence in article.sentences if surname in sentence.text) < _ABOUT:
        return None  # "One of the claimants, 44-year-old Darren Pickles, said ...": a
        # passer-by's age, given as a description, is trivia
    from quiz.generate.person_evidence import doubtful_people

    if full.lower() in doubtful_people(article):
        return None
    return f"How old is {full}?"


#: Words that may open a sentence before a name without being part of it.
_OPENERS = frozenset("striker defender goalkeeper midfielder rider driver singer actor "
                     "author player coach captain".split())


def _without_titles(words: list[str], keep: int = 0) -> list[str]:
    """``words`` without the titles and roles that open them ("Striker", "Nurse"), keeping
    ``keep`` words at least."""
    while len(words) > keep and (words[0].lower() in _OPENERS or
                                 words[0].lower() in TITLE_WORDS):
        words = words[1:]
    return words


def _full_name(article: Article, surname: str) -> str | None:
    """The "Given Surname" the article writes for a surname used alone ("Inga Kalniņa" in
    "former mayor of Riga Inga Kalniņa"), or ``None`` when it writes none or two."""
    pattern = re.compile(rf"\b({_NAME_WORD} )?({_NAME_WORD}) {re.escape(surname)}\b")
    found = set()
    for sentence in article.sentences:
        for match in pattern.finditer(sentence.text):
            given = match.group(2)
            if given.lower() in NAME_PARTICLES and match.group(1):
                given = f"{match.group(1)}{given}"  # "Mohamed El Amrani"
            words = _without_titles(given.split())
            if not words or words[0] in _NOT_GIVEN or any(
                    w.lower() in TITLE_WORDS or w.lower() in ORG_WORDS or
                    w.endswith(("'s", "’s")) for w in words):
                continue
            found.add(" ".join((*words, surname)))
    return found.pop() if len(found) == 1 else None


#: Capitalised words before a surname that are no given name.
_NOT_GIVEN = frozenset("The A An In On At By Of For From To With And Or But Mr Mrs Ms Dr "
                       "Sir Lord Lady".split())


#: An age written in commas right after a name (", 24,"), or as "24-year-old" before one.
_AGE_IN_COMMAS = re.compile(r"[A-Z][\w'’-]*, $")
#: No one is older.
_OLDEST = 120
#: A capitalised word of three letters or more: a name an age may belong to.
_NAME_WORDS = re.compile(r"\b[A-Z][a-z][\w'’-]+")
#: A run of up to three capitalised words: a person's name after an age.
_NAME_RUN = re.compile(r"\b[A-Z][a-z][\w'’-]+(?: [A-Z][a-z][\w'’-]+){0,2}")
#: An age that makes news ("the youngest champion", "the oldest person to ...").
_RECORD_AGE = re.compile(r"\b(?:youngest|oldest)\b")
#: A name right before ", a" and an age ("Kennelly, a 38-year-old teacher").
_NAME_THEN_A = re.compile(r"\b([A-Z][a-z][\w'’-]+), an? $")


def passing_age(text: str, span: str, sentences: Iterable[str] = ()) -> bool:
    """Whether ``span`` of ``text`` is the age of someone named in passing ("Tom Breckin, 24,
    from Swindon", "44-year-old Darren Pickles"): an age right after a name in commas, or
    written "-year-old", whose person no other of the article's ``sentences`` names again.
    Gapped, it asks a description, not a fact of the story (the age of the story's own
    subject, "Kennelly, a 38-year-old teacher, was elected", stays)."""
    if _RECORD_AGE.search(text):
        return False  # "the youngest champion in history": the age is the news
    if span.endswith(("-year-old", "-years-old")):
        at = text.find(span)
        before = _NAME_THEN_A.search(text, max(0, at - 40), at)
        after = _NAME_RUN.search(text, at + len(span), at + len(span) + 40)
        names = ([before.group(1)] if before else []) + (after.group().split() if after else [])
    else:
        at = text.find(f", {span},")
        if at < 0 or not span.isdigit() or int(span) >= _OLDEST or \
                _AGE_IN_COMMAS.search(text, max(0, at - 40), at + 2) is None:
            return False
        names = _NAME_WORDS.findall(text, max(0, at - 40), at)
    return not any(sum(1 for other in sentences if name in other) >= _ABOUT for name in names
                   if name not in _NOT_GIVEN)
