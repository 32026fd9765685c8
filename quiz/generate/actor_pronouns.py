"""A sentence opened by "He" or "She" read with the one person the sentence before names:
"Anna Lind won the sprint. She told reporters she would retire." -> "Who told reporters she
would retire?" (the card shows both sentences, so the reader sees who "she" is)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from quiz.generate.facts import AnswerKind, Article, Sentence
from quiz.generate.mentions import Mention

#: Pronouns that open a sentence and stand for one person.
_PRONOUNS = ("He ", "She ")


#: Verbs after "He" or "She" that the person named just before does: speaking and stating.
_SPEAKING = frozenset("""
    said says told added explained noted stated wrote warned insisted argued claimed
    confirmed acknowledged revealed announced blamed urged promised vowed denied admitted
    apologised apologized described defended called criticised criticized welcomed rejected
""".split())
#: A quotation and its verb before the speaker's name: the sentence before is about her too
#: ('"We held firm," said Daniel Moreau, ...').
_QUOTE_SAID = re.compile(r"[\"“][^\"“”]+[\"”],?\s+(?:said|says|added|told)\s+[^\"“”]*$")
#: A post opening the sentence before, the person's name after it: "The trust's medical
#: director, Dr Helen Marsh, said ...".
_OPENING_POST = re.compile(r"(?:The|Its|Their|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}['’]s)"
                           r" [^,\"“”]{2,60}, $")
#: An unnamed person in the sentence before, whom "he" or "she" may stand for as well.
_SOMEONE = re.compile(r"\b(?:a|an|the|another|one)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|"
                      r"girl|suspect|driver|teenager|passenger|worker|pilot|officer|soldier|"
                      r"child|person|patient|player|student|resident|victim|father|mother|"
                      r"son|daughter|husband|wife|friend|spokesman|spokeswoman)\b")


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
    if not text.startswith(_PRONOUNS) or sentence.index == 0 or people_here or \
            text.split(" ", 2)[1] not in _SPEAKING:
        return None
    before = article.sentences[sentence.index - 1]
    if before.is_heading or before.paragraph != sentence.paragraph or len(people_before) != 1:
        return None
    person = people_before[0]
    if person.possessive or " " not in person.name or person.role_start > 0 and \
            _QUOTE_SAID.match(before.text, 0, person.role_start) is None and \
            _OPENING_POST.match(before.text, 0, person.role_start) is None or \
            _SOMEONE.search(before.text) is not None:
        return None  # ("Police arrested a man after X reported ... . He was charged")
    rest = text.split(" ", 1)[1]
    return Resolved(person.name, f"{person.name} {rest}",
                    replace(sentence, text=f"{before.text} {text}"))


def people(mentions: list[Mention]) -> list[Mention]:
    """The people among ``mentions``."""
    return [m for m in mentions if m.kind is AnswerKind.PERSON]
