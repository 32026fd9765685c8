"""Whether a cloze gap gives itself away or cuts a word: part of a compound or a slash form
("2025/___"), a country its sentence names by its adjective ("Norwegian waters ... so ___
deserved more"), an actor in the words of a quotation ("'___ has too many branches,' said
an analyst": the company the story is about)."""

from __future__ import annotations

import re

from quiz.generate.facts import Fact
from quiz.generate.figure_vague import inside_quote
from quiz.generate.lexicon import countries, country_names
from quiz.model import Category

#: A capitalised word: a demonym is one ("Norwegian").
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
#: Marks that join the gap to the word beside it into one form.
_JOINERS = "/-–"


def gap_gives_away(fact: Fact, text: str, start: int, end: int) -> bool:
    """Whether gapping ``text[start:end]`` (the answer) makes no fair cloze (see the
    module)."""
    return _cuts_a_form(text, start, end) or _country_told(fact, text, start, end) or \
        fact.category is Category.ACTOR and ('"' in text or "“" in text) and \
        inside_quote(text, start)


def _cuts_a_form(text: str, start: int, end: int) -> bool:
    """Whether the gap is one part of a slash form or a compound of two names or numbers
    ("2025/___", "Anglo-___", "___/26", "___-25"); a name or a number before a plain word
    ("___-backed militias", "___-year-old") stays a fair gap."""
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    if len(before) == 2 and before[1] in _JOINERS and before[0].isalnum():
        return True
    return len(after) == 2 and after[0] in _JOINERS and (
        after[1].isalnum() and after[0] == "/" or after[1].isdigit() or after[1].isupper())


def _country_told(fact: Fact, text: str, start: int, end: int) -> bool:
    """Whether the answer is a country and the rest of the sentence holds its adjective."""
    return told_by_adjective(fact.answer, f"{text[:start]} {text[end:]}")


def told_by_adjective(answer: str, text: str) -> bool:
    """Whether ``answer`` is a country and ``text`` names it by its adjective ("Which country
    deserved a larger share of the fish caught in Norwegian waters?" -> "Norway")."""
    country = answer.removeprefix("the ").lower()
    if country not in country_names():
        return False
    table = countries()
    name = table[country]
    return any(table.get(word.lower()) == name and word.lower() != country
               for word in _CAPITALISED.findall(text))
