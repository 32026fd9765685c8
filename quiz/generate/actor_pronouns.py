"""A sentence opened by "He" or "She" read with the one person the sentence before names:
"Anna Lind won the sprint. She told reporters she would retire." -> "Who told reporters she
would retire?" (the card shows both sentences, so the reader sees who "she" is)."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from quiz.generate.facts import AnswerKind, Article, Sentence
from quiz.generate.mentions import Mention

#: Pronouns that open a sentence and stand for one person.
_PRONOUNS = ("He ", "She ")


class Resolved(NamedTuple):
    """A sentence with its opening pronoun replaced by a name, and the card's source."""

    name: str  # the person's name as the sentence before writes it
    text: str  # the sentence with the name for the pronoun
    shown: Sentence  # the sentence before and this one, as the card's source


def pronoun_sentence(article: Article, sentence: Sentence,
                     people_before: list[Mention], people_here: list[Mention]) -> Resolved | None:
    """``sentence`` read with its opening "He" or "She" replaced by the one person named in
    the sentence before (``people_before``, its people as resolved), or ``None``: when that
    sentence names no one or several people, is in another paragraph, or this one names
    another person (``people_here``), whom "he" could be is not sure."""
    text = sentence.text
    if not text.startswith(_PRONOUNS) or sentence.index == 0 or people_here:
        return None
    before = article.sentences[sentence.index - 1]
    if before.is_heading or before.paragraph != sentence.paragraph or len(people_before) != 1:
        return None
    person = people_before[0]
    if person.possessive or " " not in person.name or person.name not in before.text:
        return None
    rest = text.split(" ", 1)[1]
    return Resolved(person.name, f"{person.name} {rest}",
                    replace(sentence, text=f"{before.text} {text}"))


def people(mentions: list[Mention]) -> list[Mention]:
    """The people among ``mentions``."""
    return [m for m in mentions if m.kind is AnswerKind.PERSON]
