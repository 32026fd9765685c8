"""A reason argued for an act, told after it: "In May, the ministry asked a court to block the
sale, arguing that the score was part of the national heritage" -> "Why did the ministry ask
a court to block the sale?"; and a reason cited: "The board cited falling sales as the main
reason for the closure" -> "What did the board cite as the main reason for the closure?".

The act is the sentence's own clause (a time or place may come first, set off by a comma);
two acts joined by "and" share the reason ("challenged the rise in court and asked for an
injunction, insisting that ..."). A report ("said X, arguing ...") is left to the report
rules: whose reason it is is not clear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_r_agent import AGENT_CUES, agent_reason_facts
from quiz.generate.cause_r_explained import EXPLAINED_CUES, EXPLAINED_WORDS, explained_facts
from quiz.generate.cause_r_stated import STATED_CUES, STATED_WORDS, stated_reason_facts
from quiz.generate.cause_spans import DEMONSTRATIVE, cut_span, why_question
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import (
    base_form, first_lower, is_past_tense, is_pronoun, question_predicate, word_count,
)
from quiz.generate.syntax import Clause

#: The words without which :func:`arguing_facts` finds nothing.
ARGUING_WORDS = frozenset({"arguing", "insisting", "contending", "claiming", "grounds",
                           "argued", "argue", "argues", "cited", "cites"}) | STATED_WORDS | \
    EXPLAINED_WORDS | {"who"}
#: Substrings one of which a sentence holds when :func:`arguing_facts` may find something.
ARGUING_CUES = (", arguing", ", insisting", ", contending", ", claiming", "grounds that",
                ", citing", " cited ", " cites ", *STATED_CUES,
                *EXPLAINED_CUES, *AGENT_CUES)
#: "The board cited falling sales as the main reason for the closure"; "Falling sales were
#: cited as the reason for the closure".
_REASON_NOUN = (r"(?P<reason>(?:the|a|one)\s+(?:of\s+the\s+)?(?:(?:main|key|chief|biggest|"
                r"major|primary|official)\s+)?(?:reasons?|factors?|causes?)\s+"
                r"(?:for|behind|in|of)\s+)")
_CITED_AS = re.compile(r"\b(?P<verb>cited|cites)\s+(?P<what>[^,;:\"“”()]{3,60}?)\s+as\s+"
                       + _REASON_NOUN)
_PASSIVE_CITED = re.compile(r"\b(?P<be>was|were|is|are|has\s+been|have\s+been)\s+cited\s+as\s+"
                            + _REASON_NOUN)
_CITED_SUPPORT = {"cited": "did", "cites": "does"}
_BE_ONE = {"was": "was", "were": "was", "is": "is", "are": "is", "has been": "has been",
           "have been": "has been"}


def cited_facts(text: str, clauses: list[Clause]
                ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The board cited falling sales as the main reason for the closure" -> "What did the
    board cite as the main reason for the closure?" (falling sales); "Falling sales were
    cited as the reason for the closure" -> "What was cited as the reason for the closure?"."""
    for match in _CITED_AS.finditer(text):
        clause = next((c for c in clauses if c.verb_start <= match.start() < c.verb_end), None)
        if clause is None or clause.group.words != (match.group("verb"),) or \
                is_pronoun(clause.subject) or word_count(clause.subject) > 6 or any(
                ch in clause.subject for ch in ",;:\"“”()"):
            continue
        effect = cut_span(text, match.end())
        what = match.group("what")
        if effect is None or DEMONSTRATIVE.match(effect) or DEMONSTRATIVE.match(what):
            continue
        reason = " ".join(match.group("reason").split())
        yield (AnswerKind.CAUSE, f"What {_CITED_SUPPORT[match.group('verb')]} "
               f"{first_lower(clause.subject)} cite as {reason} {effect}", what, ())
    for match in _PASSIVE_CITED.finditer(text):
        clause = next((c for c in clauses if c.verb_start <= match.start() < c.verb_end), None)
        if clause is None or is_pronoun(clause.subject) or DEMONSTRATIVE.match(clause.subject):
            continue
        effect = cut_span(text, match.end())
        if effect is None or DEMONSTRATIVE.match(effect):
            continue
        reason = " ".join(match.group("reason").split())
        be = _BE_ONE[" ".join(match.group("be").split())]
        yield (AnswerKind.CAUSE, f"What {be} cited as {reason} {effect}",
               text[clause.subject_start:clause.subject_end], ())
_ARGUING = re.compile(r"(?:,\s+(?P<verb>arguing|insisting|contending|claiming)(?:\s+that)?|"
                      r",?\s+on\s+the\s+grounds\s+that)\s+")
#: A time or a place set off before the sentence's subject ("In May, ", "Last year, ").
_FRONTED = re.compile(r"(?:In|On|At|Last|This|Earlier|Later|By|During|After|Before)\s+"
                      r"[^,;:\"“”]{1,40},\s+")
_SAY = frozenset({"said", "says", "say", "told", "tells", "added", "announced", "stated",
                  "argued", "argues", "insisted", "claimed", "wrote"})
#: A second act joined by "and" ("and asked for an injunction").
_AND_ACT = re.compile(r"\s+and\s+(?P<verb>[a-z]+ed|[a-z]+)\s+(?=\S)")


def arguing_facts(text: str, clauses: list[Clause]
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"X did Y, arguing that Z" -> "Why did X do Y?" (Z), when the connective reader leaves
    it (a fronted time or place, two joined acts, "insisting", "on the grounds that"); and
    "argued for X, citing Y" (:func:`argued_for_facts`)."""
    if ", citing " in text:
        yield from argued_for_facts(text, clauses)
    if " cited " in text or " cites " in text:
        yield from cited_facts(text, clauses)
    if any(map(text.__contains__, STATED_CUES)):
        yield from stated_reason_facts(text, clauses)
    if any(map(text.__contains__, EXPLAINED_CUES)):
        yield from explained_facts(text)
    if any(map(text.__contains__, AGENT_CUES)):
        yield from agent_reason_facts(text, clauses)
    for match in _ARGUING.finditer(text):
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner:
            continue
        clause = owner[0]
        if clause.first_token != 0 and not _FRONTED.fullmatch(text, 0, clause.subject_start):
            continue
        if is_pronoun(clause.subject) or word_count(clause.subject) > 8 or any(
                ch in clause.subject for ch in ",;:\"“”()"):
            continue
        if clause.group.main.lower() in _SAY:
            said = _said_intent(text, clause, match, clauses)
            if said is not None:
                yield said
            continue
        if any(c.subject_start > clause.verb_end for c in owner[1:]):
            continue  # another clause between: whose act the reason is, is not clear
        reason = cut_span(text, match.end())
        if reason is None or DEMONSTRATIVE.match(reason) and word_count(reason) < 4:
            continue
        question = why_question(text, clause, match.start()) or _joined_why(
            text, clause, match.start())
        if question is None:
            continue
        link = text[match.start():match.end()].strip(" ,")
        yield AnswerKind.CAUSE, question, reason, (f"{link} {reason}",)


#: "argued for a smaller cut, citing X": a stance taken for a thing, and what it cites.
_ARGUED_FOR = re.compile(r"\s*(?P<stance>(?:for|against)\s+[^,;:\"“”()]{3,80}?),\s+citing\s+")
_ARGUED = frozenset({"argued", "argue", "argues"})


def argued_for_facts(text: str, clauses: list[Clause]
                     ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Two members had argued for a smaller cut, citing the risk of X" -> "Why had two
    members argued for a smaller cut?" (citing the risk of X): a stance, not a report."""
    for clause in clauses:
        if clause.group.main.lower() not in _ARGUED or is_pronoun(clause.subject) or \
                word_count(clause.subject) > 10 or any(ch in clause.subject for ch in ",;:\"“”()"):
            continue
        match = _ARGUED_FOR.match(clause.rest)
        if match is None:
            continue
        at = text.find(clause.rest, clause.verb_end) + match.end()
        cited = cut_span(text, at)
        if cited is None or DEMONSTRATIVE.match(cited) or is_pronoun(cited):
            continue  # ("citing it": what it cites is told elsewhere)
        if " amid " in cited:
            cited = cited[:cited.index(" amid ")]  # "citing X amid Y": X is what is cited
        inverted = question_predicate(first_lower(clause.subject), clause.group,
                                      match.group("stance"))
        if inverted is not None:
            yield AnswerKind.CAUSE, f"Why {inverted}", f"citing {cited}", (cited,)


#: "said they would seek a judicial review": the speaker's own intent, told as said.
_INTENT = re.compile(r"\s+(?:that\s+)?(?P<who>they|it)\s+(?:would|will)\s+"
                     r"(?P<act>[a-z]+(?:\s[^,;:\"“”()]{1,80})?)$")


#: A subject's words before a phrase after its head ("Campaigners [from the group X]").
_HEAD = re.compile(r"(.+?)(?:\s+(?:from|of|at|in|on|for|with|who|behind)\s.*)?$")
_PLURAL = re.compile(r"[a-z]{2,}(?<!ss)(?<!us)(?<!is)s$")


def _said_intent(text: str, clause: Clause, match: re.Match[str], clauses: list[Clause]
                 ) -> tuple[AnswerKind, str, str, tuple[str, ...]] | None:
    """"Campaigners said they would seek a judicial review, arguing that X" -> "Why do
    campaigners want to seek a judicial review?" (X): the speaker's own intent (a pronoun of
    the speaker's, which a question cannot use) and the reason argued for it; "Consumer group
    Adiconsum said it would X" -> "Why does consumer group Adiconsum want to X?" when the
    report reader took "it" for the speaker (a body, not a person)."""
    intent = _INTENT.fullmatch(text, clause.verb_end, match.start())
    if intent is None or word_count(intent.group("act")) > 12:
        return None
    if intent.group("who") == "it":
        if not any(c.subject == clause.subject and c.verb_start == intent.end("who") + 1
                   for c in clauses):
            return None  # ("Liu said it would take years": "it" is not Liu)
        support = "does"
    else:
        head = _HEAD.match(clause.subject)
        if head is None or not _PLURAL.search(head.group(1)):
            return None  # ("Mr Ruiz said they would ...": someone else's intent)
        support = "do"
    reason = cut_span(text, match.end())
    if reason is None or DEMONSTRATIVE.match(reason) or word_count(reason) < 4:
        return None
    link = text[match.start():match.end()].strip(" ,")
    return (AnswerKind.CAUSE, f"Why {support} {first_lower(clause.subject)} want to "
            f"{intent.group('act')}", reason, (f"{link} {reason}",))


def _joined_why(text: str, clause: Clause, end: int) -> str | None:
    """"The union challenged the rise in court and asked for an injunction" -> "Why did the
    union challenge the rise in court and ask for an injunction?" (both acts argued for)."""
    predicate = text[clause.verb_end:end].strip()
    joined = _AND_ACT.search(predicate)
    if joined is None or any(ch in predicate for ch in ",;:\"“”()") or \
            word_count(predicate) > 20 or _AND_ACT.search(predicate, joined.end()):
        return None
    second = joined.group("verb")
    if clause.group.tense == "past" and len(clause.group.words) == 1:
        if not is_past_tense(second) or base_form(second) is None:
            return None
        predicate = f"{predicate[:joined.start('verb')]}{base_form(second)}" \
                    f"{predicate[joined.end('verb'):]}"
    elif clause.group.tense != "aux" or not second.endswith("ed"):
        return None
    inverted = question_predicate(first_lower(clause.subject), clause.group, predicate)
    return f"Why {inverted}" if inverted else None
