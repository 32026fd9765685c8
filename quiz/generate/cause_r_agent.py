"""The reason an act's agent gives, told after the passive that names it: "The strike was
called by the rail unions, who say drivers are being asked to work more nights" -> "Why did
the rail unions call the strike?" (drivers are being asked to work more nights).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_spans import DEMONSTRATIVE, VAGUE_SUBJECT, cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import base_form, first_lower, is_pronoun, word_count
from quiz.generate.syntax import Clause

#: Substrings one of which a sentence holds when :func:`agent_reason_facts` may find one.
AGENT_CUES = (", who say ", ", who said ", ", who argue ", ", who argued ", ", who complain ",
              ", who complained ")
#: "by the rail unions, who say (that)": the agent, then its saying.
_BY_WHO = re.compile(r"(?P<pre>[a-z][^,;:()\"“”]{0,40}?\s)?by\s+(?P<agent>[^,;:()\"“”]{2,60}?),\s+who\s+"
                     r"(?:say|said|argue|argued|complain|complained)\s+(?:that\s+)?")
#: The passive's auxiliaries, and what the active question asks with.
_SUPPORT = {("was",): "did", ("were",): "did", ("has", "been"): "has", ("have", "been"): "have",
            ("had", "been"): "had"}
#: Acts that take a side or press a claim, whose doers' words are their reasons ("the strike
#: was called by", "the petition was signed by", "the ban was criticised by").
#: A plural agent ("local farmers", "fishermen"): "has been backed by" asks "have ... backed".
_PLURAL_HEAD = re.compile(r"(?:[a-z]{2,}(?<!ss)(?<!us)s|men|people|police)$")
_STANCE_ACTS = frozenset("""
    called organised organized staged led launched started signed filed lodged brought backed
    supported endorsed criticised criticized condemned opposed rejected challenged contested
    demanded requested proposed tabled blocked boycotted joined appealed
""".split())


def agent_reason_facts(text: str, clauses: list[Clause]
                       ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"X was VERBed by AGENT, who say Y" -> "Why did AGENT VERB X?" (Y)."""
    for clause in clauses:
        support = _SUPPORT.get(clause.group.words[:-1])
        match = _BY_WHO.match(clause.rest) if support is not None else None
        if match is None or clause.first_token != 0:
            continue
        subject = clause.subject
        if is_pronoun(subject) or DEMONSTRATIVE.match(subject) or VAGUE_SUBJECT.match(subject) \
                or word_count(subject) > 8 or any(ch in subject for ch in ",;:\"“”()"):
            continue
        agent = match.group("agent")
        verb = clause.group.main.lower()
        if word_count(agent) > 8 or is_pronoun(agent) or verb not in _STANCE_ACTS:
            continue  # ("The film was made by students, who say it took two years": what
            # they say is no reason for making it)
        if support in {"has", "have"}:
            support = "have" if " and " in agent or _PLURAL_HEAD.search(agent) else "has"
        act = verb if support != "did" else base_form(verb)
        if act is None:
            continue
        at = text.find(clause.rest, clause.verb_end) + match.end()
        reason = cut_span(text, at)
        if reason is None or word_count(reason) < 4 or DEMONSTRATIVE.match(reason) and \
                reason.split()[0].lower() not in {"they", "it"}:
            continue
        pre = f" {match.group('pre').strip()}" if match.group("pre") else ""
        yield (AnswerKind.CAUSE, f"Why {support} {first_lower(agent)} {act} "
               f"{first_lower(subject)}{pre}", reason, ())
