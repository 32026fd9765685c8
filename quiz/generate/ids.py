"""Stable card ids: derived from what a fact says and where, never from its position.

Regenerating after an unrelated edit of an article keeps every unchanged fact's id, and so
the learner's review history, which is keyed on card ids.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from quiz.generate.facts import Fact

_WORD = re.compile(r"[^\W_]+")


# sized for a corpus's answers, questions and sentences: each is normalised several times
# (deduplication, card ids, distractor checks) far apart in the run
@functools.lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Lower case, accents and punctuation folded away, single spaces: for hashing."""
    if not text.isascii():
        folded = unicodedata.normalize("NFKD", text)
        if max(folded) <= "\uffff":  # typographic quotes make most sentences non-ASCII
            text = _combining_marks().sub("", folded)
        else:
            text = "".join(ch for ch in folded if not unicodedata.combining(ch))
        for mark in _TYPOGRAPHIC:  # (no word character: they separate words, as spaces do)
            if mark in text:
                text = text.replace(mark, " ")
        if not text.isascii():
            return " ".join(_WORD.findall(text.lower()))  # the runs between non-word marks
    # the same runs, found several times faster in ASCII text: what is not a letter or a
    # digit becomes a space, a capital its lower case (as bytes: a byte table is read in C
    # without a lookup per character)
    return b" ".join(text.encode("ascii").translate(_ASCII_FOLD).split()).decode("ascii")


#: The characters that make most sentences non-ASCII: quotes, dashes, an ellipsis.
_TYPOGRAPHIC = "‘’“”–—…"
#: ASCII bytes: a letter or a digit to its lower case, anything else to a space.
_ASCII_FOLD = bytes(ord(chr(code).lower()) if chr(code).isalnum() else 32
                    for code in range(128)) + bytes(range(128, 256))


@functools.cache
def _combining_marks() -> re.Pattern[str]:
    """The combining marks of the Basic Multilingual Plane, as one character class (a
    regular expression removes them several times faster than a loop over characters)."""
    ranges: list[list[int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.combining(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                                    for a, b in ranges) + "]")


def short_hash(*parts: str, length: int = 10) -> str:
    """A short hex digest of ``parts`` (joined unambiguously)."""
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16).hexdigest()
    return digest[:length]


def fact_key(fact: Fact) -> str:
    """The identity of a fact: category, article, answer and sentence, normalised
    (remembered for the last fact asked: its cards ask for it once per card form)."""
    if _last_key and _last_key[0][0] is fact:
        return _last_key[0][1]
    key = short_hash(fact.category.value, fact.article, normalise(fact.answer),
                     normalise(fact.sentence.text))
    _last_key[:] = [(fact, key)]
    return key


#: The last fact asked for and its key (the fact is held, so ``is`` cannot mistake another
#: fact for it).
_last_key: list[tuple[Fact, str]] = []


def card_id(fact: Fact, form: str) -> str:
    """``<category letter><hash>-<form>``: e.g. ``d3f9a0c1b2e-typed``."""
    return f"{fact.category.value[0]}{fact_key(fact)}-{form}"


def order_id(article: str, answers: list[str]) -> str:
    """The id of an order card over ``answers`` (the events' dates) of ``article``."""
    return f"o{short_hash(article, *sorted(normalise(a) for a in answers))}-order"
