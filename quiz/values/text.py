"""Normalisation of short answer text, so that two spellings of one answer compare equal.

Two levels:

* :func:`fold` only evens out typography: unicode quotes, dashes, odd spaces and runs of
  whitespace. It keeps case, digits and punctuation, so the date and number parsers start
  from it.
* :func:`normalise` is what typed answers are compared on: :func:`fold`, then casefolded,
  accents stripped, punctuation dropped and a leading article ("the", "a", "an") removed.

Both are cached: grading compares the same card answers again and again.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Typographic characters and their plain equivalents. Letters that carry no combining mark
#: under NFKD (so accent stripping would keep them) are spelled out here too.
_FOLD_TABLE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u0060": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u3000": " ",
    "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None, "\u00ad": None,
    "\u2026": "...",
})

_LETTER_TABLE = str.maketrans({
    "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
    "þ": "th", "Þ": "th", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "ħ": "h",
})

_SPACES = re.compile(r"\s+")
# A full stop or apostrophe inside a word joins it ("U.S." = "US", "O'Brien" = "OBrien"); a
# decimal point between digits is kept so that "3.5" does not become "35".
_JOINERS = re.compile(r"(?<!\d)\.|\.(?!\d)|'")
_PUNCTUATION = re.compile(r"[^\w\s.]|_")
# Leading quotes and brackets go first so that "\"The Hague\"" loses its article too; the
# article must be followed by a space, so the initial in "A. Smith" stays.
_LEADING = re.compile(r"^[^\w]+")
_MINUS = re.compile(r"(?<!\w)-(?=\d)")  # "-5" is "minus 5", not "5"
_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=\S)")
# "last Thursday (9 December 2021)": either side of a trailing parenthesis is the answer.
_PARENTHESISED = re.compile(r"^(?P<outer>[^()]*?\S)\s*\((?P<inner>[^()]*\S[^()]*)\)\s*$")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """``text`` with unicode quotes, dashes and spaces made plain and whitespace collapsed."""
    return _SPACES.sub(" ", text.translate(_FOLD_TABLE)).strip()


def strip_accents(text: str) -> str:
    """``text`` without diacritics: "Zürich" -> "Zurich", "Łódź" -> "Lodz"."""
    if text.isascii():  # most answers: nothing to decompose
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTER_TABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """The comparison form of an answer: case, accents, punctuation, spacing and a leading
    article do not count. "The Hague" and "hague" both give "hague"; "U.S.-led" gives "us led".

    An answer that is nothing but an article ("A") keeps it, so it is never emptied.
    """
    folded = _MINUS.sub("minus ", strip_accents(fold(text)).casefold().replace("&", " and "))
    bare = _ARTICLE.sub("", _LEADING.sub("", folded))
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", _JOINERS.sub("", bare))).strip()


def alternatives(answer: str) -> tuple[str, ...]:
    """The answer itself, then the two sides of a trailing parenthesis if it has one:
    "last Thursday (9 December 2021)" may be answered with either side."""
    match = _PARENTHESISED.match(fold(answer))
    if match is None:
        return (answer,)
    return (answer, match["outer"], match["inner"])
