"""Causes told by a noun: "Traffic is a major cause of the smog", "The main cause of the fire
was X", and "X was the final blow" / "The final blow came when X" (as its speaker said)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_attributed import named_cause
from quiz.generate.cause_spans import DEMONSTRATIVE, cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_lower, is_pronoun, word_count
from quiz.generate.syntax import Clause

_RANK = r"(?:(?:main|major|leading|biggest|single\s+biggest|primary|principal|chief|key)\s+)"
#: "Traffic emissions are a major cause of the smog": the cause named first.
_NAMED_CAUSE = re.compile(r"(?P<cause>[A-Z][^,;:\"“”()]{2,60}?)\s+(?P<be>is|are|was|were|"
                          r"remains|remain)\s+(?:also\s+|still\s+)?(?P<noun>(?:the|an?|one\s+of"
                          r"\s+the)\s+" + _RANK + r"?causes?\s+of)\s+")
#: "The main cause of the fire was a faulty heater": the effect named first.
_CAUSE_OF = re.compile(r"The\s+(?P<rank>" + _RANK + r")?cause\s+of\s+(?P<what>[^,;:\"“”]{3,60}?)"
                       r"\s+(?P<be>was|is)\s+(?!not\b|unclear\b|unknown\b|still\b|yet\b|being\b|"
                       r"under\b|thought\b|believed\b|likely\b|expected\b|disputed\b|"
                       r"[a-z]+ed\b)")
_OWNER = re.compile(r"\b(?:their|its|his|her)\b", re.IGNORECASE)
_PRESENT = frozenset({"is", "are", "remains", "remain"})


def cause_noun_facts(text: str) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Traffic emissions are a major cause of the smog in winter" -> "What is a major cause
    of the smog in winter?"; "The main cause of the fire was a faulty heater" -> "What was the
    main cause of the fire?"."""
    named = _NAMED_CAUSE.match(text)
    if named is not None and named_cause(named.group("cause")):
        effect = cut_span(text, named.end())
        be = "is" if named.group("be") in _PRESENT else "was"
        noun = " ".join(named.group("noun").split())
        if effect is not None and word_count(effect) >= 2 and not DEMONSTRATIVE.match(effect) \
                and not _OWNER.search(effect):
            yield AnswerKind.CAUSE, f"What {be} {noun} {effect}", named.group("cause"), ()
        return
    cause_of = _CAUSE_OF.match(text)
    if cause_of is not None and not _OWNER.search(cause_of.group("what")):
        cause = cut_span(text, cause_of.end())
        if cause is not None and word_count(cause) >= 2 and not DEMONSTRATIVE.match(cause):
            rank = " ".join((cause_of.group("rank") or "").split())
            noun = f"the {rank} cause" if rank else "the cause"
            yield (AnswerKind.CAUSE, f"What {cause_of.group('be')} {noun} of "
                   f"{cause_of.group('what')}", cause, ())


#: The last of several blows: what the speaker says finished something off.
_BLOW = r"(?P<blow>final\s+blow|last\s+straw|final\s+straw|killer\s+blow|death\s+blow)"
#: "[a failed refinancing deal] had been "the final blow"", "was the last straw for the shop".
_WAS_BLOW = re.compile(r"\s+(?P<be>had\s+been|has\s+been|was|proved)\s+[\"“]?the\s+" + _BLOW +
                       r"[\"”]?(?P<whom>\s+for\s+(?:the|its|their)\s+[^,;:\"“”()]{2,40}?)?"
                       r"(?=[\s.,]|$)")
#: What the speaker says is the blow: after the last "that" of the report, else right after
#: its verb ("said [the loss of the contract] was ...").
_THAT = re.compile(r"(?:^|\s)that\s+")
#: "The final blow came earlier this month, Corrigan said, when X pulled out".
_BLOW_CAME = re.compile(r"The\s+" + _BLOW + r"\s+came\s+(?P<gap>[^;:\"“”()]{0,60}?)\s*,?\s+when\s+")
#: ", Corrigan said," in the gap: who said it.
_SPEAKER_IN_GAP = re.compile(r",\s+(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}|the\s+[a-z]+"
                             r"(?:\s+[a-z]+)?)\s+(?:said|says)\s*,?$")
_TELLING = frozenset({"said", "told", "says", "added", "explained"})


def final_blow_facts(text: str, clauses: list[Clause]
                     ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Karalis said a failed refinancing deal had been "the final blow"" -> "What did
    Karalis say had been the final blow?"; "The final blow came in May, Corrigan said, when a
    sponsor pulled out" -> "What did Corrigan say was the final blow?" (only with a speaker:
    the blow is the speaker's word for it)."""
    came = _BLOW_CAME.match(text)
    if came is not None:
        speaker = _SPEAKER_IN_GAP.search(came.group("gap"))
        event = cut_span(text, came.end())
        if speaker is not None and event is not None and word_count(event) >= 4 and \
                not DEMONSTRATIVE.match(event):
            blow = " ".join(came.group("blow").split())
            yield (AnswerKind.CAUSE, f"What did {speaker.group('who')} say was the {blow}",
                   event, ())
        return
    was = _WAS_BLOW.search(text)
    first = clauses[0] if clauses else None
    if was is None or first is None or first.first_token != 0 or \
            first.group.main.lower() not in _TELLING or is_pronoun(first.subject) or \
            word_count(first.subject) > 6 or any(ch in first.subject for ch in ",;:\"“”()") or \
            was.start() <= first.verb_end:
        return
    start = first.verb_end
    for that in _THAT.finditer(text, first.verb_end, was.start()):
        start = that.end()
    cause = text[start:was.start()].strip()
    if not cause or word_count(cause) > 16 or _OWNER.search(cause) or is_pronoun(
            cause.split()[0]) or any(ch in cause for ch in ",;:\"“”()") or \
            cause.split()[0].lower() not in _OPENING:
        return
    be = " ".join(was.group("be").split())
    said_be = "was" if be in {"was", "proved"} else be
    blow = " ".join(was.group("blow").split())
    whom = " ".join((was.group("whom") or "").split())
    whom = f" {whom}" if whom and not _OWNER.search(whom) else ""
    yield (AnswerKind.CAUSE, f"What did {speaker_name(first.subject)} say {said_be} the "
           f"{blow}{whom}", cause, ())


#: Words a noun phrase told as the blow opens with.
_OPENING = frozenset({"a", "an", "the"})


def speaker_name(subject: str) -> str:
    """A speaker as written inside a question: "The chairman" -> "the chairman", "Chief
    executive Nikos Karalis" -> "chief executive Nikos Karalis", a name as it is."""
    head, _, tail = subject.partition(" ")
    return first_lower(subject) if head in {"The", "A", "An"} or tail[:1].islower() else subject
