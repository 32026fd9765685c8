"""A purpose told as an effort beside the act: "Authorities have sprayed pesticides over 60,000
hectares, trying to stop locust swarms" (to stop locust swarms) and "Thailand will double its
tax on soft drinks, as the government tries to curb a rise in obesity" -> "Why will Thailand
double its tax on soft drinks?" (the government tries to curb a rise in obesity).

"As X tries to Y" is a purpose of the act only when X is the actor told again: the act's own
subject, or its government or authorities after a named place or body ("Thailand ... as the
government tries to"); otherwise it tells what else goes on ("Inflation rose to 5%, as the
bank tries to cool prices": no purpose of the rise).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_spans import cut_span, why_question
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import is_pronoun, word_count
from quiz.generate.lexicon import ORG_WORDS
from quiz.generate.syntax import Clause

#: Substrings one of which a sentence holds when :func:`trying_facts` may find something.
TRYING_CUES = (", trying to ", ", attempting to ", ", striving to ", ", as ", " as part of ")
_EFFORT = (r"(?:tries|try|tried|seeks|seek|sought|aims|aim|aimed|works|work|worked|struggles|"
           r"struggle|struggled|strives|strive|strove|attempts|attempt|attempted|races|race|"
           r"raced|scrambles|scramble|scrambled|is\s+trying|are\s+trying|was\s+trying|"
           r"were\s+trying|is\s+seeking|are\s+seeking|is\s+working|are\s+working)")
_TRYING = re.compile(r",\s+(?:trying|attempting|striving)\s+(?P<to>to)\s+(?=[a-z])")
#: "as part of a drive to cut spending": an effort the act belongs to, and its aim.
_PART_OF = re.compile(r"\s+as\s+part\s+of\s+(?:an?|the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}"
                      r"(?:drive|campaign|effort|push|bid|plan|programme|program|strategy|"
                      r"scheme|attempt|initiative|crackdown)\s+(?P<to>to)\s+(?=[a-z])")
_AS_TRIES = re.compile(r",\s+as\s+(?P<who>(?:the|its|their)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?"
                       r"|it|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+" + _EFFORT +
                       r"\s+(?P<to>to)\s+(?=[a-z])")
#: The actor told again after a named place or body ("Thailand ... as the government").
_AGAIN = frozenset({"the government", "the authorities", "the country", "the city",
                    "the state", "its government", "the region", "the province"})
#: ", the Finance Ministry said Wednesday" between the act and "as": a report of it.
_SAID_BETWEEN = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,5}(?:said|says|announced|"
                           r"confirmed)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?$")
#: What an act needs after its verb: not a change told by a preposition or a figure ("rose to
#: 5%", "fell by half"), which "as X tries to" accompanies rather than serves.
_NO_ACT = re.compile(r"\s*(?:to|by|from|in|on|at|for|about|around|sharply|slightly|\d)\b")
_VERBS_NOT_ACTS = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had",
                             "said", "says", "told", "added", "rose", "fell", "grew", "remained",
                             "came", "comes", "continued", "continues"})


def trying_facts(text: str, clauses: list[Clause]
                 ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """", trying to Y" and ", as X tries to Y" after an act -> "Why did ... ?" (to Y)."""
    for match in _TRYING.finditer(text):
        yield from _purpose(text, clauses, match, match.start(), None)
    if ", as " in text:
        for match in _AS_TRIES.finditer(text):
            yield from _purpose(text, clauses, match, match.start(), match.group("who"))
    if " as part of " in text:
        for match in _PART_OF.finditer(text):
            yield from _purpose(text, clauses, match, match.start(), None, part=True)


def _purpose(text: str, clauses: list[Clause], match: re.Match[str], end: int,
             who: str | None, part: bool = False
             ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    owner = [c for c in clauses if c.verb_end <= end]
    if not owner or owner[0].first_token != 0:
        return
    clause = owner[0]
    said = _SAID_BETWEEN.search(text, clause.verb_end, end) if who is not None else None
    if said is not None:
        end = said.start()
    if any(c.subject_start > clause.verb_end and c.verb_end <= end for c in owner[1:]):
        return  # another clause between: whose act is served is not clear
    subject = clause.subject
    if is_pronoun(subject) or word_count(subject) > 8 or \
            clause.group.main.lower() in _VERBS_NOT_ACTS or who is not None and _NO_ACT.match(
                text, clause.verb_end):
        return
    if who is not None and not _same_actor(subject, who, text[clause.verb_end:end]):
        return
    purpose = cut_span(text, match.start("to"))
    if purpose is None or word_count(purpose) < 3:
        return
    question = why_question(text, clause, end)
    if question is None:
        return
    if part:  # ("as part of a drive to cut spending": the drive is the answer's head)
        yield AnswerKind.PURPOSE, question, f"{text[match.start():match.start('to')].strip()} " \
            f"{purpose}", (purpose, purpose[3:])
    elif who is not None:  # ("the government tries to curb X": "tries to X" read alone would
        # be the complement of "tries", which the card checks refuse as a reason)
        yield AnswerKind.PURPOSE, question, f"{text[match.start('who'):match.start('to')]}" \
            f"{purpose}", (purpose, purpose[3:])
    else:
        yield AnswerKind.PURPOSE, question, purpose, (purpose[3:],)


def _same_actor(subject: str, who: str, predicate: str) -> bool:
    """Whether "as ``who`` tries to" tells of the act's own actor, ``subject`` (a single
    capitalised word may be a common noun opening the sentence, "Inflation": it must act on
    its own things, "double its tax")."""
    if who.lower() == subject.lower() or who.lower() in {"it", "they"}:
        return True
    if who.lower() not in _AGAIN:
        return False
    words = subject.split()
    if words[-1].lower() in ORG_WORDS:
        return True
    return words[-1][:1].isupper() and (len(words) > 1 or _OWN.search(predicate) is not None)


_OWN = re.compile(r"\b(?:its|their)\b")
