"""What a thing made likely or certain: "The penalty ... makes relegation at the end of the season
almost certain" -> "What does the penalty make almost certain?" (relegation at the end of the
season).

The verb is "make" in any tense, the state one of likelihood (certain, inevitable, likely ...);
what was made so is any noun phrase of at most ten words with no clause in it; the subject is the
sentence's opening subject when it is a thing (no one acting, no pronoun), the "make" its own
verb or a second verb joined to its first by "and".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_hindrances import common_head, names_someone
from quiz.generate.cause_spans import DEMONSTRATIVE, VAGUE_SUBJECT
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_lower, is_pronoun, word_count
from quiz.generate.syntax import Clause

#: The states of likelihood (the caller's cheap gate: no rule here fires without one).
LIKELY_WORDS = frozenset({"certain", "inevitable", "likely", "unlikely", "impossible",
                          "unavoidable"})
#: "makes relegation at the end of the season almost certain": the verb, what, the state.
_MADE_LIKELY = re.compile(
    r"\b(?P<verb>makes|made|make|has\s+made|have\s+made|had\s+made|will\s+make|would\s+make)\s+"
    r"(?P<what>(?!it\b|them\b|this\b|that\b)[a-z][\w’'-]*(?:\s+[\w’'£$€%.-]+){0,9}?)\s+"
    r"(?P<state>(?:(?:almost|all\s+but|virtually|nearly|now|more|less|increasingly|highly|"
    r"far\s+more|much\s+more)\s+)?(?:certain|inevitable|likely|unlikely|impossible|"
    r"unavoidable))\b(?!\s+to\b|\s+that\b)")
#: Words that end a noun phrase: what follows is a clause.
_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|and|or|but|is|are|was|were|has|have|had|will|"
                          r"would|could)\b")
_SUPPORT = {"makes": "does {} make", "made": "did {} make", "make": "do {} make"}
#: Between the opening clause's predicate and a second "and makes": no other clause.
_JOINED = re.compile(r"(?:,\s+|\s+)and\s+(?:also\s+)?$")


def made_likely_facts(text: str, clauses: list[Clause]
                      ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The ruling has made an appeal all but inevitable" -> "What has the ruling made all but
    inevitable?" (an appeal)."""
    if not clauses or clauses[0].first_token != 0:
        return
    first = clauses[0]
    subject = first.subject
    if is_pronoun(subject) or VAGUE_SUBJECT.match(subject) or names_someone(subject) or \
            word_count(subject) > 6 or any(ch in subject for ch in ",;:\"“”()") or \
            DEMONSTRATIVE.match(subject) or not common_head(subject):
        return
    for match in _MADE_LIKELY.finditer(text, first.verb_start):
        own = first.verb_start <= match.start() < first.verb_end
        if not own and (not _JOINED.search(text, 0, match.start()) or any(
                first.verb_end <= c.verb_start < match.start() for c in clauses[1:])):
            continue  # (a "make" of another subject's clause)
        what = match.group("what")
        if _CLAUSE_WORD.search(what) or is_pronoun(what) or word_count(what) > 10:
            continue
        verb = " ".join(match.group("verb").split())
        thing = first_lower(subject)
        asked = _SUPPORT[verb].format(thing) if verb in _SUPPORT else \
            f"{verb.split()[0]} {thing} {verb.split()[1]}"
        yield (AnswerKind.EFFECT, f"What {asked} {' '.join(match.group('state').split())}", what,
               ())
