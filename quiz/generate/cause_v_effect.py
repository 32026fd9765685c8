"""What had an effect on something: "The drought has had a devastating effect on wheat yields" ->
"What has had a devastating effect on wheat yields?" (the drought).

Any thing may have the effect and any noun phrase may feel it: the gates are of shape. The
subject is a thing, a rule or an event of more than one word or of a listed cause head (no one
acting, no pronoun, no bare "the move"); the verb is "have" ("take" for a toll) in a past or
perfect tense; what it had is "a/an (adjective) effect|impact|toll on"; a hedge, a modal or a
negation gives no card.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_blamed import blamable
from quiz.generate.cause_spans import DEMONSTRATIVE, VAGUE_SUBJECT, cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import is_pronoun, word_count
from quiz.generate.syntax import Clause

#: The nouns of an effect (the caller's cheap gate: no rule here fires without one).
EFFECT_NOUNS = frozenset({"effect", "impact", "toll"})
#: "a devastating effect on", "a huge impact on", "a heavy toll on": what was had, up to "on".
_HAD_EFFECT = re.compile(r"\s+(?P<what>an?\s+(?:[a-z-]+\s+){0,2}(?P<noun>effect|impact|toll)\s+"
                         r"on)\s+")
_HAD = {("had",): "had", ("has", "had"): "has had", ("have", "had"): "has had",
        ("had", "had"): "had had", ("took",): "took", ("has", "taken"): "has taken",
        ("have", "taken"): "has taken"}


def had_effect_facts(text: str, clauses: list[Clause]
                     ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Years of drought have had a severe impact on the region's farmers" -> "What has had
    a severe impact on the region's farmers?" (years of drought)."""
    for clause in clauses:
        verb = _HAD.get(tuple(w.lower() for w in clause.group.words))
        match = _HAD_EFFECT.match(text, clause.verb_end) if verb else None
        if verb is None or match is None or verb.endswith(("took", "taken")) != (
                match.group("noun") == "toll"):
            continue  # ("took a toll on", "had an effect on"; not "took an effect")
        subject = text[clause.subject_start:clause.subject_end]
        if is_pronoun(subject) or VAGUE_SUBJECT.match(subject) or DEMONSTRATIVE.match(
                subject) or not blamable(subject) or word_count(subject) > 10 or any(
                ch in subject for ch in ",;:\"“”()"):
            continue
        felt = cut_span(text, match.end())
        if felt is None or DEMONSTRATIVE.match(felt) or is_pronoun(felt) or \
                word_count(felt) > 12:
            continue
        yield AnswerKind.CAUSE, f"What {verb} {match.group('what')} {felt}", subject, ()
