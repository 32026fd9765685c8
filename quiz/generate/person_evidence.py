"""Person evidence: whether an article marks a person-shaped name as a person."""

from __future__ import annotations

import re
from functools import lru_cache

from quiz.generate.facts import AnswerKind, Article
from quiz.generate.lexicon import TITLE_WORDS
from quiz.generate.mentions import find_mentions


def doubtful_people(article: Article) -> frozenset[str]:
    """Lower-cased names that look like a person's only by their shape ("Kataib Hezbollah",
    "Orbis Lunar": two capitalised words) and that nothing in the article marks as a person:
    no title or role, no "who" or "he"/"she" after them, no surname used alone. They are
    taken for organisations, so a militia is not offered among people as a distractor."""
    return doubtful_texts(tuple(s.text for s in article.sentences if not s.is_heading))


@lru_cache(maxsize=4096)
def doubtful_texts(texts: tuple[str, ...]) -> frozenset[str]:
    untitled: set[str] = set()
    people: set[str] = set()
    singles: set[str] = set()
    for n, text in enumerate(texts):
        for m in find_mentions(text):
            low = m.name.lower()
            if " " not in low:
                singles.add(low)
            if m.kind is not AnswerKind.PERSON:
                continue
            if m.role or _PERSON_AFTER.match(text, m.end) or _PERSON_BEFORE.search(
                    text, max(0, m.role_start - 80), m.role_start) or _PRONOUN_AFTER.search(
                    text, m.end, m.end + 120) or n + 1 < len(texts) and _PRONOUN_OPENS.match(
                    texts[n + 1]):
                people.add(low)
            else:
                untitled.add(low)
    return frozenset(name for name in untitled - people
                     if name.split()[-1] not in singles)


#: After a person's name: ", who", ", 46,", ", chief economist at ...", " (46)".
_PERSON_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:(?:of|for|and)\s+)?"
                           r"[A-Z][\w.'’-]*){0,5})?"  # "Sarah Moran of the University of X, who"
                           r"\s*(?:,\s+(?:who\b|aged\b|\d{1,3}\b|(?:the\s+|a\s+|an\s+)?"
                           r"(?:[\w'’.-]+\s+){0,3}(?:" + "|".join(sorted(TITLE_WORDS)) +
                           r")\b)|\s*\(\d{1,3}\))")
#: Before one: a role and a comma ("The company's chief executive, Andrej Kos").
_PERSON_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(TITLE_WORDS)) + r")\b[^,.;:]{0,40},\s*$",
                            re.IGNORECASE)
_PRONOUN_AFTER = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b")
_PRONOUN_OPENS = re.compile(r"(?:He|She|His|Her)\b")
