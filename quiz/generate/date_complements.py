"""A date inside what a verb of saying reports after "that" ("the ministry said
that the bridge would reopen in May", "the club confirmed that the coach had resigned on
Friday"): asked about the reported clause, as it is when the "that" is left out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.generate.clauses import Asked

#: A word right before "that", the last "that" before the date.
_THAT_AFTER_WORD = re.compile(r"\b([A-Za-z]+)(?P<when> (?:early |late )?(?:on|in|last|this|at|"
                              r"during) [\w'’-]+(?: [\w'’-]+){0,2}?)? that (?!.*\bthat\b)")

#: Words before "that" that are no verbs of saying even when they end like one
#: ("so that", "now that", "given that").
_NOT_SAYING = frozenset({"so", "now", "given", "such", "except", "provided", "assuming",
                         "seeing", "considering"})


def complement_question(text: str, start: int, end: int, wh: str,
                        np_wh: str) -> Asked | None:
    """The question for the date at ``text[start:end]`` read without the "that" of a verb of
    saying before it; ``None`` when there is no such "that"."""
    from quiz.generate.clauses import is_reporting
    from quiz.generate.spans import span_question

    that = _THAT_AFTER_WORD.search(text, max(0, start - 160), start)
    if that is None:
        return None
    verb = that.group(1)
    if verb in _NOT_SAYING or not verb.islower() or not is_reporting(verb):
        return None  # "found that the pilot had switched off the engine in 2019": without
        # "that", the date would go to the finding
    at = that.end(1)  # " that" is cut: "said that the bridge" -> "said the bridge", with
    # the saying's own date ("said on Wednesday that")
    shift = that.end() - 1 - at
    cut = text[:at] + text[that.end() - 1:]
    asked = span_question(cut, start - shift, end - shift, wh, np_wh)
    if asked is None or f" {verb} " in f" {asked.event} ":
        return None  # the date given to the saying after all
    return asked
