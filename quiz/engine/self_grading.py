"""Which cards the learner grades: recall cards, and cloze cards whose gap hides a phrase.

A gap that hides a phrase ("The overhaul was postponed, first because of ___" -> "delays in
delivering new trains from a factory in Spain") is no fair test of typing: nobody writes
those words back exactly, and no typo allowance fixes that. So, as Anki does with its cloze
cards, such a card is studied like a recall card: the learner thinks of the missing words,
reveals them in place and grades themself from 1 (again) to 4 (easy).

The rule, in one place for the engine and every front end:

* a recall card is always self-graded;
* a cloze card is self-graded when its ``answer`` is more than :data:`PHRASE_WORDS` words
  long (a word is a run of characters between spaces holding a letter or a digit, so a lone
  dash does not count), unless the answer, or either side of a trailing parenthesis, is a
  date or a number: grading compares those by value, so any spelling of the value is right
  and typing stays fair ("more than one hundred and fifty thousand");
* only the canonical ``answer`` counts, not the ``accept`` aliases: the learner does not
  know which short form a deck accepts;
* every other card type is graded by the engine.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quiz.model import CLOZE_GAP, Card, CardType
from quiz.values.text import alternatives

__all__ = ["PHRASE_WORDS", "filled_in", "is_phrase", "self_graded", "word_count"]

#: A cloze answer longer than this many words is a phrase, and the cloze is self-graded.
PHRASE_WORDS = 4

_WORD = re.compile(r"\S*[^\W_]\S*")
#: The gap of a cloze question, as the deck validator finds it (three or more underscores).
_GAP = re.compile("_{%d,}" % len(CLOZE_GAP))


def word_count(text: str) -> int:
    """How many words ``text`` has: runs of characters between spaces holding a letter or a
    digit ("U.S.-led" is one, "—" none)."""
    return len(_WORD.findall(text))


@lru_cache(maxsize=4096)
def is_phrase(answer: str) -> bool:
    """Whether ``answer`` is too long to type back exactly: more than :data:`PHRASE_WORDS`
    words, and neither a date nor a number (on either side of a trailing parenthesis)."""
    if word_count(answer) <= PHRASE_WORDS:
        return False
    # The parsers load slowly; only a long answer needs them.
    from quiz.values.dates import parse_date
    from quiz.values.numbers import parse_number

    return not any(parse_date(form) is not None or parse_number(form) is not None
                   for form in alternatives(answer))


def self_graded(card: Card) -> bool:
    """Whether the learner grades ``card`` (reveal, then 1-4) instead of the engine judging a
    response: recall cards, and cloze cards whose answer :func:`is_phrase`."""
    if card.type is CardType.RECALL:
        return True
    return card.type is CardType.CLOZE and is_phrase(card.answer)


def filled_in(question: str, answer: str) -> tuple[str, str, str]:
    """A cloze question with its gap filled, as (text before the gap, ``answer``, text after)
    so a front end can mark the answer where it belongs. A question without a gap (which a
    valid deck never has) gets the answer after it."""
    gap = _GAP.search(question)
    if gap is None:
        return (f"{question} " if question else "", answer, "")
    return question[:gap.start()], answer, question[gap.end():]
