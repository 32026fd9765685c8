"""A date in a clause joined to another ("Two officers were suspended, and the chairman resigned
last week"; "Few growers are insured because premiums have tripled since 2018"): the joined
clause is read on its own ("When did the chairman resign?", "Since when have premiums tripled?"),
which the clause reader does not do when it runs back over the joining word."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.generate.clauses import Asked

#: What joins a clause to the one before: a comma or semicolon and a coordinating or
#: contrasting word, a semicolon alone, or "because" (with or without a comma).
_JOIN = re.compile(r"(?:, (?:and|but|while|whereas|although|though|because)|;(?: and| but)?|"
                   r" because) (?=[A-Za-z])")

#: First words that leave the joined clause's subject unknown or make it no clause
#: ("and it closed", "and there were", "and then", "and last week").
_NO_SUBJECT = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
                         "those", "there", "then", "so", "also", "now", "later", "on", "in",
                         "at", "by", "since", "until", "last", "next", "earlier", "after",
                         "before", "when", "who", "which", "what", "his", "her", "its",
                         "their", "our", "my", "your", "one", "some", "many", "others",
                         "both", "all", "each", "not", "yet", "still", "only", "as", "if"})

#: A verb of saying asked about: the day something was said is nothing to learn ("and a
#: spokeswoman said on Thursday that the inquiry was continuing").
SAYING = re.compile(r"\b(?:say|said|tell|told|add|added|state|stated|confirm|confirmed|"
                     r"announce|announced|warn|warned|insist|insisted|claim|claimed|"
                     r"report|reported|write|wrote|explain|explained)\b")

#: A cheap gate: no joining word is in the text.
_GATE = (", and ", ", but ", ", while ", ", whereas ", ", although ", ", though ", "because ",
         "; ")


#: Words that end an indefinite subject: an auxiliary or a past form.
_SUBJECT_END = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|[a-z]+ed)\b")

#: Words of an indefinite subject that stand for something named before.
_STAND_INS = frozenset({"one", "ones", "other", "others", "another", "replacement", "successor"})


def _vague_indefinite(clause: str) -> bool:
    """Whether the indefinite subject opening ``clause`` ("a new one", "a replacement") says
    too little to be asked about on its own: two words, or a word standing for a noun before."""
    verb = _SUBJECT_END.search(clause)
    subject = (clause[:verb.start()] if verb else clause).split()
    return len(subject) <= 2 or any(word.lower() in _STAND_INS for word in subject)


def joined_clause_question(text: str, start: int, end: int, wh: str,
                           np_wh: str) -> Asked | None:
    """The question for the date at ``text[start:end]`` read in the clause that the last
    joining word before it opens; ``None`` when there is none, its subject is a pronoun or no
    noun, or the clause cannot be asked."""
    from quiz.generate.spans import span_question

    if not any(join in text for join in _GATE):
        return None
    joins = list(_JOIN.finditer(text, 0, start))
    if not joins:
        return None
    at = joins[-1].end()
    first = text[at:].split(" ", 1)[0].lower()
    if at >= start or first in _NO_SUBJECT or not re.match(r"[\w'’-]+$", first):
        return None
    if first in ("a", "an") and _vague_indefinite(text[at:start]):
        return None  # "and a new one was appointed", "and a replacement was named"
    asked = span_question(text[at:], start - at, end - at, wh, np_wh, allow_np=False)
    return None if asked is None or SAYING.search(asked.question) else asked
