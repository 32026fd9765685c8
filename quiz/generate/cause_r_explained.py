"""A cause named as the likely explanation: "Investigators said the most likely cause of the
fire was a faulty heater" -> "What was the most likely cause of the fire?" (a faulty heater;
the caller adds whose claim it is).

What it explains must be named ("of the fire", "for the outage"): "the most likely
explanation was X" alone leaves the question asking for the explanation of nothing said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_spans import DEMONSTRATIVE, cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import is_pronoun, word_count

#: The words one of which a sentence holds when :func:`explained_facts` may find something.
EXPLAINED_WORDS = frozenset({"explanation", "cause", "culprit"})
#: Substrings one of which a sentence holds when :func:`explained_facts` may find something.
EXPLAINED_CUES = ("likely explanation", "likely cause", "probable cause", "likely culprit",
                  "probable explanation")
_EXPLAINED = re.compile(
    r"\b(?P<np>the\s+(?:(?:most|more)\s+)?(?:likely|probable)\s+(?:explanation|cause|culprit)"
    r"\s+(?:for|of|behind)\s+(?P<what>(?:the|a|an|this|that|last|its|their)\s+[^,;:\"“”()]{2,60}?))"
    r"\s+(?P<be>was|is|had\s+been|has\s+been|remains|remained)\s+(?!not\b|unclear\b|unknown\b|"
    r"still\b|being\b|under\b)", re.IGNORECASE)
_BE = {"was": "was", "is": "is", "had been": "had been", "has been": "has been",
       "remains": "is", "remained": "was"}


def explained_facts(text: str) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"the most likely cause of the fire was X" -> "What was the most likely cause of the
    fire?" (X)."""
    for match in _EXPLAINED.finditer(text):
        what = match.group("what")
        if DEMONSTRATIVE.match(what) and word_count(what) < 3:
            continue  # ("of this": of what, the sentence before says)
        answer = cut_span(text, match.end())
        if answer is None or is_pronoun(answer) or DEMONSTRATIVE.match(answer) or \
                word_count(answer) > 16:
            continue
        be = _BE[" ".join(match.group("be").lower().split())]
        np = match.group("np")
        yield AnswerKind.CAUSE, f"What {be} {np[0].lower()}{np[1:]}", answer, ()
