"""A part of a month named before it ("the last week of August", "the first half of May", "the
end of March"): the part belongs to the answer, so the question does not keep "the last week
of" and the answer is not the whole month."""

from __future__ import annotations

import re

from quiz.generate.date_forms import DateMention, unique_forms
from quiz.generate.facts import AnswerKind

#: The part of the month written right before it.
_PART_BEFORE = re.compile(r"\b[Tt]he (?:(?:first|second|third|fourth|last|final) "
                          r"(?:week|fortnight|half)|start|beginning|middle|end) of $")

#: What a mention of a month may be.
_MONTH_KINDS = (AnswerKind.MONTH, AnswerKind.MONTH_YEAR)


def with_part_of_month(mention: DateMention, text: str) -> DateMention:
    """``mention`` grown to the part of the month written before it; ``mention`` itself when
    none is (or it is no month)."""
    if mention.kind not in _MONTH_KINDS or not text.endswith(" of ", 0, mention.start):
        return mention
    part = _PART_BEFORE.search(text, max(0, mention.start - 32), mention.start)
    if part is None:
        return mention
    phrase = "t" + part.group()[1:-1]  # "the last week of"
    written = text[mention.start:mention.end]
    return DateMention(part.start(), mention.end, mention.kind, f"{phrase} {mention.answer}",
                       unique_forms((f"{phrase} {written}", f"{phrase} {mention.answer}",
                                     *mention.accept)),
                       mention.value, mention.when, relative=mention.relative,
                       modifier=mention.modifier)
