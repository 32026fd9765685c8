"""A reason inside a relative clause with its speaker: "X, which critics say do Y because Z"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_spans import cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import base_form, word_count

#: ", which critics say entrench inequality because ": the speaker, a plural verb in the
#: present (so its antecedent is plural too) and what it does, up to the reason.
_WHICH_SAY = re.compile(
    r",\s+which\s+(?P<who>critics|experts|analysts|scientists|campaigners|opponents|supporters|"
    r"residents|parents|teachers|doctors|researchers|economists|officials|unions|activists)\s+"
    r"(?:say|argue|believe|claim)\s+(?P<verb>[a-z]{3,})\s+(?P<rest>[a-z][^,;:\"“”()]{2,60}?)\s+"
    r"(?:because|since)\s+(?!of\b)")
#: The antecedent: a plural noun phrase right before the comma, after a preposition or a
#: determiner ("a debate over autonomous private schools" -> "autonomous private schools").
_ANTECEDENT = re.compile(r"(?:^|\s(?:over|of|on|about|for|with|at|in|the|their|its|many|some|"
                         r"these|those)\s)(?P<np>(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*[a-rt-z]s)$")


_PREPOSITIONS = frozenset({"in", "on", "at", "to", "of", "for", "with", "by", "from", "up",
                          "out", "off", "into"})


def relative_says_facts(text: str
                        ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The case reignited a debate over private schools, which critics say entrench
    inequality because only the rich can afford them" -> "Why do private schools entrench
    inequality, according to critics?" - "only the rich can afford them"."""
    for match in _WHICH_SAY.finditer(text):
        verb = match.group("verb")
        if verb.endswith(("s", "ed")) or base_form(verb) not in (None, verb):
            continue  # (a plural verb in the present: "entrench", not "entrenches", "were")
        before = _ANTECEDENT.search(text, 0, match.start())
        reason = cut_span(text, match.end())
        if before is None or reason is None or word_count(reason) < 3 or \
                reason.split()[-1] in _PREPOSITIONS:
            continue  # (nor a reason ending "to get in", which reads as cut short)
        rest = match.group("rest").strip()
        yield (AnswerKind.CAUSE, f"Why do {before.group('np')} {verb} {rest}, according to "
               f"{match.group('who')}", reason, (f"because {reason}",))
