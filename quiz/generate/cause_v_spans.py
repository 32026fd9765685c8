"""The span of a cause or an effect a causal verb names, ended where its noun phrase ends."""

from __future__ import annotations

import re

from quiz.generate.cause_spans import cut_span

#: A second reported clause joined to the phrase ("a database error and that a fix was
#: applied", "weak controls and said it would review ...").
_SPAN_TAIL = re.compile(r"\s+and\s+(?:that|said|added|says|adds|warned|insisted)\b.*$")


def cause_span(text: str, start: int) -> str | None:
    """The noun phrase at ``start`` (see :func:`cause_spans.cut_span`), ended before a second
    reported clause joined by "and that" / "and said"."""
    span = cut_span(text, start)
    return None if span is None else _SPAN_TAIL.sub("", span)
