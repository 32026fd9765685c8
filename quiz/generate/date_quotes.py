"""A short quotation inside the clause of a date ('workers had reported hearing the roof
"cracking and working" during shifts last month'): the clause reader stops at its quotation
marks, so the sentence is read with the quoted words as plain words and the question gets its
quotation marks back."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.generate.clauses import Asked

#: A quotation of one to six words ("cracking and working", “unacceptable”).
_SHORT_QUOTE = re.compile(r"[\"“](?P<words>[\w'’-]+(?: [\w'’-]+){0,5})[\"”]")


#: Verbs that name or describe in words: the quotation is what was said, and its day is no
#: fact to learn ("called the decision \"a disgrace\" on Sunday").
_NAMING = re.compile(r"\b(?:call|called|describe|described|label|labelled|labeled|brand|"
                     r"branded|dub|dubbed|term|termed|say|said|tell|told)\b")


def quoted_words_question(text: str, start: int, end: int, wh: str,
                          np_wh: str) -> Asked | None:
    """The question for the date at ``text[start:end]`` read with the last short quotation
    before it unquoted; ``None`` when there is none or the clause still cannot be asked."""
    quotes = list(_SHORT_QUOTE.finditer(text, max(0, start - 120), start))
    if not quotes:
        return None
    quote = quotes[-1]
    words = quote.group("words")
    if re.search(r"[,;:.]", text[quote.end():start]):
        return None  # the quotation is in another clause
    from quiz.generate.clauses import Asked
    from quiz.generate.spans import span_question

    plain = f"{text[:quote.start()]}{words}{text[quote.end():]}"
    asked = span_question(plain, start - 2, end - 2, wh, np_wh)
    if asked is None or asked.question.count(words) != 1 or " same " in asked.question or \
            _NAMING.search(asked.question):
        return None  # "on the same cables": the same as what the sentence before names;
        # "did lawyers describe the ruling as 'a landmark'?": the day words were said
    mark = text[quote.start()]
    close = text[quote.end() - 1]
    return Asked(asked.question.replace(words, f"{mark}{words}{close}"),
                 asked.event.replace(words, f"{mark}{words}{close}", 1))
