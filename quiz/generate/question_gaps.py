"""Whether a cloze gap gives itself away or cuts a word: part of a compound or a slash form
("2025/___"), a country its sentence names by its adjective ("Norwegian waters ... so ___
deserved more"), an actor in the words of a quotation ("'___ has too many branches,' said
an analyst": the company the story is about), months the sentence's other months enclose
("end in late March ... begin in June ... on holiday ___" -> "during April and May")."""

from __future__ import annotations

import functools
import re

from quiz.generate.date_forms import MONTH, MONTHS
from quiz.generate.facts import AnswerKind, Fact
from quiz.generate.figure_vague import inside_quote
from quiz.generate.lexicon import countries, country_names, well_known_aliases
from quiz.model import Category

#: Marks that join the gap to the word beside it into one form.
_JOINERS = "/-–"


def gap_gives_away(fact: Fact, text: str, start: int, end: int) -> bool:
    """Whether gapping ``text[start:end]`` (the answer) makes no fair cloze (see the
    module)."""
    return _cuts_a_form(text, start, end) or _country_told(fact, text, start, end) or \
        fact.category is Category.ACTOR and _part_of_place_or_name(fact, text, start, end) or \
        fact.category is Category.ACTOR and ('"' in text or "“" in text) and \
        inside_quote(text, start) or fact.category is Category.DATE and \
        _enclosed_months(text, start, end)


_MONTH_WORD = re.compile(rf"\b{MONTH}(?!\w)")
_YEAR_DIGITS = re.compile(r"\b\d{4}\b")


def _enclosed_months(text: str, start: int, end: int) -> bool:
    """Whether the gapped months are the hole between two other months of the sentence
    ("will begin in June and end in late March, so pupils are on holiday ___" for "during
    April and May"; "close in December and reopen in February, so staff are on leave in
    ___" for "January"): the month before and the month after are given, so the gap is
    told."""
    if _YEAR_DIGITS.search(text, start, end):
        return False  # "in March 2025" is a date to learn, not a place in a yearly cycle
    gapped = [MONTHS[m.group().rstrip(".").lower()]
              for m in _MONTH_WORD.finditer(text, start, end)]
    if not gapped:
        return False
    others = {MONTHS[m.group().rstrip(".").lower()] for m in _MONTH_WORD.finditer(text)
              if m.end() <= start or m.start() >= end}
    return (gapped[0] - 2) % 12 + 1 in others and gapped[-1] % 12 + 1 in others  # (in order:
    # "from October to March" runs over the turn of the year)


def _cuts_a_form(text: str, start: int, end: int) -> bool:
    """Whether the gap is one part of a slash form or a compound of two names or numbers
    ("2025/___", "Anglo-___", "___/26", "___-25"); a name or a number before a plain word
    ("___-backed militias", "___-year-old") stays a fair gap."""
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    if len(before) == 2 and before[1] in _JOINERS and before[0].isalnum():
        return True
    return len(after) == 2 and after[0] in _JOINERS and (
        after[1].isalnum() and after[0] == "/" or after[1].isdigit() or after[1].isupper())


#: A place in apposition right before the gap: "in Austin, Texas, ___", "a farm near Jaén, ___".
_PLACE_BEFORE = re.compile(r"(?<=[a-z] )(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           rf"Sunday)\b|{MONTH}\b)(?:[A-Z][\w'’.-]*,?\s+){{0,3}}[A-Z][\w'’.-]*(?:\s+(?:province|"
                           r"state|region|county|district|city|island))?,\s+$")
#: A name that goes on after the gap with a small word of a name and a capital ("___ em
#: Defesa de Covas", "___ of Oxford"): the answer is its first word, not a whole name.
_NAME_GOES_ON = re.compile(r" (?:of|for|de|do|da|dos|das|del|della|di|du|des|em|van|von) [A-Z]")
#: What may follow the country of a place: the apposition closes ("", the end of the text).
_CLOSING = frozenset({",", ".", ";", ":", ")", ""})
#: What follows a country in a list rather than after its own place ("Spain, ___ and Italy").
_LIST_AFTER = re.compile(r"\s*(?:,\s+[A-Z]|(?:and|or)\b)")
#: A name that goes on with "of" into the gap: "the Agricultural Producers Association of ___".
_NAME_OF_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+(?:of|for|de|del|du)\s+(?:the\s+)?$")


def _part_of_place_or_name(fact: Fact, text: str, start: int, end: int) -> bool:
    """Whether an actor's gap is the country of a place the sentence names right before it
    ("Houston, Texas, ___" -> "United States": its own state tells it), or the end of a
    longer name ("the Producers Association of ___" -> "Saskatchewan": a place inside a
    name, not an actor)."""
    if fact.kind is not AnswerKind.PERSON and _NAME_GOES_ON.match(text, end):
        return True  # "the residents' group ___ em Defesa de Covas do Barroso" -> "Unidos"
    before = text[max(0, start - 60):start]
    if not before.endswith((", ", " of ", " for ", " de ", " del ", " du ", " the ")):
        return False  # (most gaps: neither shape)
    if fact.kind is AnswerKind.COUNTRY and text[end:end + 1] in _CLOSING and \
            _PLACE_BEFORE.search(before) and not _LIST_AFTER.match(text, end):
        return True  # (a country after its place closes the apposition: "Texas, ___,";
        # "a Shiite, ___-backed coalition" goes on)
    return _NAME_OF_BEFORE.search(before) is not None


def _country_told(fact: Fact, text: str, start: int, end: int) -> bool:
    """Whether the answer is a country and the rest of the sentence holds its adjective."""
    return told_by_adjective(fact.answer, f"{text[:start]} {text[end:]}")


def told_by_adjective(answer: str, text: str) -> bool:
    """Whether ``answer`` is a country and ``text`` names it by its adjective ("Which country
    deserved a larger share of the fish caught in Norwegian waters?" -> "Norway")."""
    adjective = _adjectives().get(_canonical().get(answer.lower(), answer.lower()))
    return adjective is not None and adjective.search(text) is not None


@functools.cache
def _canonical() -> dict[str, str]:
    """Lower-cased other names of countries ("uk", "the us") -> their lower-cased name."""
    names = country_names()
    table = {name: name for name in names}
    table.update({f"the {name}": name for name in names})
    for group in well_known_aliases():
        if group[0].lower() in names:
            table.update({alias.lower(): group[0].lower() for alias in group})
    return table


@functools.cache
def _adjectives() -> dict[str, re.Pattern[str]]:
    """Lower-cased country name -> a search for its adjectives ("South Korean")."""
    names = country_names()
    found: dict[str, list[str]] = {}
    for written, name in countries().items():
        if written not in names:
            found.setdefault(name.lower(), []).append(written)
    return {name: re.compile(r"\b(?:" + "|".join(re.escape(adjective.title())
                                                 for adjective in adjectives) + r")\b")
            for name, adjectives in found.items()}
