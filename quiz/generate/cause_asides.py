"""A reporting aside between a statement and its reason: "X will last six weeks, Y said, because Z".

Journalists set the speaker off inside the sentence, between the statement and the reason
("The bridge will stay shut, engineers say, because its cables are corroded", "..., the club
said on Monday, due to ...", "..., according to the club, as a result of ...", "..., said
Gruber, because ...") or after a "so" clause ("Snow closed the road, so the race was
cancelled, organisers said"). The aside names whose claim the reason is; the reason belongs to
the statement before the aside, never to the saying verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from quiz.generate.cause_spans import VAGUE_SUBJECT
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_lower, is_pronoun, word_count
from quiz.generate.syntax import Clause, find_clauses

Item = tuple[AnswerKind, str, str, tuple[str, ...]]

_SAYING = (r"(?:(?:has|have|had)\s+)?(?:said|says|say|added|adds|explained|explains|insisted|insists|argued|argues|"
           r"warned|warns|wrote|noted|notes|stated|announced|announces|confirmed|confirms|"
           r"believe|believes|claimed|claims|told\s+(?:reporters|journalists|[A-Z][\w’'.-]*"
           r"(?:\s+[A-Z][\w’'.-]*){0,3}|the\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}))")
#: When or where the speaker spoke: "on Monday", "in a statement", "at a news conference".
_SPOKEN = (r"(?:\s+(?:on|in|at|last|this|earlier|later|late|early|during|yesterday|today)"
           r"\b[^,;:\"“”]{0,40})?")
_WHO = r"(?P<who>(?!(?:which|who|that|as|and|but|it|this)\b)[^,;:\"“”()]{2,50}?)"
#: The aside, as the whole of the last comma-set segment before the reason: ", Gruber said,".
_ASIDE = re.compile(
    r",\s+(?:" + _WHO + r"\s+" + _SAYING + _SPOKEN
    + r"|(?:said|says|added)\s+(?P<named>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    + r"|according\s+to\s+(?P<source>[^,;:\"“”()]{2,50}?))\s*,\s*$")
#: The same aside closing the sentence: ", organisers said." / ", said Tor Ellingsen, a ...".
_CLOSING = re.compile(
    r",\s+(?:" + _WHO + r"\s+" + _SAYING + _SPOKEN
    + r"|(?:said|says|added)\s+(?P<named>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    + r"(?:,\s+[^;:\"“”]{2,90}?)?"
    + r"|according\s+to\s+(?P<source>[^,;:\"“”()]{2,50}?))\s*[.!]?\s*$")
#: A subject the reader cannot name a speaker by ("its owner": whose?).
_UNNAMED = re.compile(r"(?:he|she|they|we|i|you|it|its|their|his|her|our|my)\b", re.IGNORECASE)


def aside_before(text: str, start: int) -> re.Match[str] | None:
    """The reporting aside that ends right before ``start`` (", Gruber said, because"), if
    any: a cheap test on the last comma-set segment before it."""
    head = text[:start].rstrip()
    if not head.endswith(","):
        return None
    comma = text.rfind(", ", 0, len(head) - 1)  # (not "20,000")
    if comma < 0 or len(head) - comma > 110:
        return None
    return _ASIDE.match(text, comma, len(head))


#: A non-restrictive relative clause ending right before the reason: ", which it had bought
#: in 1990, because X" (the reason is the main clause's, not the relative clause's).
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\s+(?:[^,;:\"“”()]|(?<=\d),(?=\d)){3,100}?"
                       r",\s*$")


def relative_before(text: str, start: int) -> re.Match[str] | None:
    """The relative clause set off by commas that ends right before ``start``, if any."""
    head = text[:start].rstrip()
    if not head.endswith(","):
        return None
    comma = text.rfind(", ", 0, len(head) - 1)  # (not "20,000")
    return None if comma < 0 else _RELATIVE.match(text, comma, len(head))


def closing_aside(text: str) -> re.Match[str] | None:
    """The reporting aside that closes ``text`` (", organisers said."), if any (the last
    three commas are tried: ", said Tor Ellingsen, a biologist at ...")."""
    comma = len(text)
    for _ in range(3):
        comma = text.rfind(", ", max(0, len(text) - 160), comma)
        if comma < 0:
            return None
        found = _CLOSING.match(text, comma)
        if found is not None:
            return found
    return None


def speaker(aside: re.Match[str]) -> str:
    """Who speaks in ``aside``, as a question's "according to" can name them, else ""."""
    if "who" not in aside.re.groupindex:
        return ""  # (a relative clause names no speaker)
    who = aside.group("who") or aside.group("named") or aside.group("source") or ""
    who = who.strip()
    if not who or is_pronoun(who) or _UNNAMED.match(who) or VAGUE_SUBJECT.match(who) or \
            word_count(who) > 6:
        return ""
    return first_lower(who)


def attributed(question: str, who: str) -> str:
    """``question`` with whose claim its answer is: "Why will X close, according to Y"."""
    if not who or "according to" in question or who.lower() in question.lower():
        return question
    return f"{question.rstrip(' ?')}, according to {who}"


def across(rule: Callable[[str, list[Clause]], Iterator[Item]], text: str,
           clauses: list[Clause], start: int, aside: re.Match[str]) -> Iterator[Item]:
    """What ``rule`` finds in ``text`` (read as ``clauses``) told without the ``aside`` that
    ends at ``start`` ("The airport closed its runway, the operator said, as snow fell" -> "The
    airport closed its runway as snow fell"; a relative clause: "had to sell its stadium,
    which it bought in 1990, because X"), its questions saying whose reason it is."""
    restated = f"{text[:aside.start()]} {text[start:].lstrip()}"
    who = speaker(aside)
    # the subjects before the aside as the caller read them ("flights", "the museum's owner")
    subjects = {c.subject_start: c.subject for c in clauses if c.verb_end <= aside.start()}
    read = [replace(c, subject=subjects.get(c.subject_start, c.subject))
            for c in find_clauses(restated)]
    for kind, question, answer, accept in rule(restated, read):
        if kind is not AnswerKind.EFFECT and restated.find(answer) > aside.start() and \
                answer in text:
            yield kind, attributed(question, who), answer, accept
