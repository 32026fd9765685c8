"""The actor rules of one sentence, run once per distinct analysis of it (cached).

Every rule reads only the sentence, its names (as the article resolved them) and its clauses
(with the opening subject lowered as the article writes it), so what they find is cached on
exactly those: news repeats sentences across copies and updates of a story. What they find
is kept drafted (``actor_drafts``: what the sentence alone decides of each fact). The one
thing a rule reads from the rest of the article (whether it writes a statement's first word
in lower case) is applied after the cache, by :meth:`SentenceRules.found`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from quiz.generate.actor_acts import ACT_NOUNS, act_noun_facts
from quiz.generate.actor_approval import CONSENT_NOUNS, consent_facts
from quiz.generate.actor_beaten import BEATEN_CUES, beaten_facts
from quiz.generate.actor_casts import CAST_CUES, cast_facts
from quiz.generate.actor_causatives import causative_facts
from quiz.generate.actor_clauses import (
    according_facts, embedded_facts, object_facts, subject_facts, where_clauses,
)
from quiz.generate.actor_drafts import Draft, draft
from quiz.generate.actor_grants import gift_facts
from quiz.generate.actor_held_posts import HELD_VERBS, held_post_facts
from quiz.generate.actor_modifiers import (
    BACKED, MADE_TO, agent_facts, apposition_facts, backed_facts, control_facts, known_as_facts,
    made_to_facts, talks_with_facts, with_ing_facts,
)
from quiz.generate.actor_openings import opening_name_clause, opening_time_clause
from quiz.generate.actor_members import member_facts
from quiz.generate.actor_named_kinds import named_kind_facts
from quiz.generate.actor_participles import participle_facts
from quiz.generate.actor_post_holders import post_holder_facts
from quiz.generate.actor_present import CUE as PRESENT_CUE, present_clauses
from quiz.generate.actor_recipients import RECIPIENT_CUES, recipient_facts
from quiz.generate.actor_relations import relation_facts
from quiz.generate.actor_phrases import Actor
from quiz.generate.actor_speech import Said, attribution, said_fact
from quiz.generate.actor_subordinate import SUBORDINATE_CUES, subordinate_clauses
from quiz.generate.actor_titles import post_facts
from quiz.generate.actor_reported import reported_order_facts
from quiz.generate.actor_verdicts import VERDICT_VERBS, verdict_facts
from quiz.generate.actor_which import which_facts
from quiz.generate.actor_relative_kinds import relative_kind_facts
from quiz.generate.actor_votes import vote_share_facts
from quiz.generate.actor_whose import whose_facts
from quiz.generate.grammar import PAST_TO_BASE, first_lower, is_past_tense
from quiz.generate.mentions import Mention, tokenize
from quiz.generate.syntax import Clause, find_clauses, lowered_subjects

#: What a rule yields: the question, the actor it asks for, and what the actor did.
Found = tuple[str, Actor, str]

_REPORT_CUE = re.compile(r" that |\b(?:said|says|told|added|stated|claimed|warned)\b")
_MADE_TO_CUE = re.compile(r"(?:formed|created|set up|established|founded|deployed|sent) to ")
_ACT_WORDS = re.compile(r"\b(?:" + "|".join(sorted(ACT_NOUNS)) + r")\b")
_BACKED_CUES = ("-backed", "-led", "-funded", "-sponsored", "-supported", "-run", "-owned",
                "-controlled")
_TALK_NOUNS = ("talks with", "negotiations with", "discussions with", "consultations with")
_NAMING_KEYS = ("known as", "called", "dubbed", "calling", "call themselves", "calls itself")
# Substring tests before the regular expressions: most sentences have none of these words,
# and "in" is several times cheaper than a search.
_PARTICIPLE_CUE = re.compile(r", [a-z]+ing ")
_CAUSATIVE_CUE = re.compile(r"\b(?:prompted|forced|led|spurred|pushed|compelled) ")
_GIFT_CUE = re.compile(r"(?:grant|loan|donation|gift|subsidy|investment|bailout|payment|award|"
                       r"contribution|pledge) from ")
_FUNDED_CUE = re.compile(r"(?:funded|financed|paid for|built|bought|backed) with ")
_OPENING_TIME = frozenset("OILEBoileb")  # first letters of what opens a time ("On", "In")
_REPORTED_CUES = (" it had ", " it has ", " he had ", " she had ", " they had ", " it would ",
                  " it asked ", " it urged ", " it ordered ")
_REPORTED_ORDER_CUE = re.compile(r" (?:it|he|she|they) (?:\w+ )?(?:asked|urged|ordered|told|"
                                 r"invited|instructed|pressed|called on) ")
_JUDGED_CUE = re.compile(r"\b(?:" + "|".join(sorted(VERDICT_VERBS)) + r")\b")
_REPORT_WORDS = (" that ", "said", "says", "told", "added", "stated", "claimed", "warned")


@dataclass(frozen=True, slots=True)
class SentenceRules:
    """What the rules find in a sentence, in rule order, as far as the sentence tells it; the
    speaker is held apart."""

    before: tuple[tuple[Actor, Draft], ...]  # subjects, objects and embedded clauses
    said: Said | None  # "..., X said."
    after: tuple[tuple[Actor, Draft], ...]  # everything else
    text: str

    def found(self, article_text: str) -> Iterator[tuple[Actor, Draft]]:
        """Every finding, with a reported statement worded as ``article_text`` writes it."""
        yield from self.before
        if self.said is not None:
            question, actor, subject = said_fact(self.said, article_text)
            told = draft(question, actor, subject, self.text)
            if told is not None:
                yield actor, told
        yield from self.after


class _Clauses:
    """A sentence's clauses as part of a cache key with the sentence's text: the text fixes
    every clause but the subjects that open it, which the article may lower ("Prices rose"),
    so those are all that is hashed and compared; the clauses are lowered only when the
    rules run (clauses hash and compare field by field, and copying them costs)."""

    __slots__ = ("found", "names", "_key")

    def __init__(self, found: list[Clause], names: frozenset[str]) -> None:
        self.found = found
        self.names = names
        self._key = tuple(first_lower(c.subject, names) for c in found if c.first_token == 0)

    def __hash__(self) -> int:
        return hash(self._key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Clauses) and self._key == other._key


def sentence_rules(text: str, mentions: list[Mention], names: frozenset[str]) -> SentenceRules:
    """What every actor rule finds in ``text``, with its names ``mentions`` and its clauses
    (:func:`~quiz.generate.syntax.find_clauses`, opening subjects lowered by
    :func:`~quiz.generate.syntax.lowered_subjects` with ``names``, the words the article
    capitalises inside sentences)."""
    return _rules(text, tuple(mentions), _Clauses(find_clauses(text), names))


@lru_cache(maxsize=8192)
def _rules(text: str, mentions: tuple[Mention, ...], clauses: _Clauses) -> SentenceRules:
    """Run every actor rule that can fire on ``text`` (cheap word tests gate the rest)."""
    toks = tokenize(text)
    names = list(mentions)
    found = lowered_subjects(clauses.found, clauses.names)
    if " where " in text:
        found = [*found, *where_clauses(text, toks, found)]
    # (read for their subjects only: what they report is no clause the other rules trust)
    present = present_clauses(text, toks, found) if PRESENT_CUE.search(text) is not None else ()
    if mentions and any(cue in text for cue in SUBORDINATE_CUES):
        found = [*found, *subordinate_clauses(text, toks, mentions, found)]
    opening = opening_time_clause(text, toks, found) if text[:1] in _OPENING_TIME else \
        opening_name_clause(text, toks, mentions, found) if mentions and mentions[
            0].role_start <= 4 else None
    if opening is not None:
        found = sorted([*found, opening], key=lambda c: c.verb_token)

    def past() -> bool:
        """Whether the sentence tells of the past (read only when a rule asks "Who was")."""
        return any(c.group.tense == "past" or c.group.words[0] in {"was", "were", "had", "did"}
                   for c in found) or any((t.lower[-2:] == "ed" or t.lower in PAST_TO_BASE)
                                          and t.core.islower() and is_past_tense(t.lower)
                                          or t.lower == "were" for t in toks)
    low = text.lower()
    before = (
        subject_facts(text, toks, names, [*found, *present] if present else found),
        object_facts(text, toks, names, found),
        embedded_facts(text, toks, names, found) if any(
            cue in low for cue in _REPORT_WORDS) and _REPORT_CUE.search(low) else (),
    )
    said = attribution(text, toks, names)
    after = (
        according_facts(text, toks, names, found) if "according to" in low else (),
        agent_facts(text, toks, names, found) if " by " in low else (),
        apposition_facts(text, toks, names, past) if names else (),
        known_as_facts(text, toks, names, past) if any(
            key in low for key in _NAMING_KEYS) else (),
        with_ing_facts(text, toks, names) if "with " in low else (),
        talks_with_facts(text, toks, names) if names and "s with " in text and any(
            noun in low for noun in _TALK_NOUNS) else (),
        act_noun_facts(text, toks, names) if names and (
            "s " in text and ("’s " in text or "'s " in text) or " from " in text
            or " by " in text) and _ACT_WORDS.search(low) else (),
        made_to_facts(text, toks, names, past) if " to " in text and _MADE_TO_CUE.search(
            text) and MADE_TO.search(text) else (),
        backed_facts(text) if "-" in text and any(
            cue in text for cue in _BACKED_CUES) and BACKED.search(text) else (),
        control_facts(text, toks, names, past) if " under the " in text else (),
        causative_facts(text, toks, names) if names and " to " in text and _CAUSATIVE_CUE.search(
            text) else (),
        post_facts(text, toks, names, past) if len(names) > 1 and ", " in text and (
            " of " in text or " at " in text or "s " in text and (
                "'s " in text or "’s " in text)) else (),
        post_holder_facts(text, names, past) if ", " in text or "s " in text and (
            "'s " in text or "’s " in text) else (),
        named_kind_facts(text) if text[:4] == "The " or " such as " in text or (
            " of " in text or " at " in text or " from " in text) and text[:1].isupper() else (),
        member_facts(text, names, clauses.names) if " from " in text or " at " in text or
        " with " in text or " by the " in text else (),
        participle_facts(text, toks, names, found) if names and "ing " in text and
        _PARTICIPLE_CUE.search(text) else (),
        relation_facts(text, names, past) if len(names) > 1 and ("'s " in text or "’s " in text)
        and ", " in text else (),
        held_post_facts(text, names) if len(names) > 1 and any(
            verb in text for verb in HELD_VERBS) else (),
        beaten_facts(text, names, found) if len(names) > 1 and any(
            cue in text for cue in BEATEN_CUES) else (),
        cast_facts(text, names) if names and " as " in text and any(
            cue in text for cue in CAST_CUES) else (),
        vote_share_facts(text, names) if len(names) > 1 and " of the vote" in text and
        " for " in text else (),
        whose_facts(text, names) if names and " whose " in text else (),
        which_facts(text, names) if names and ", which " in text else (),
        relative_kind_facts(text) if ", which " in text or ", who " in text else (),
        gift_facts(text, names) if names and " from " in text and (
            _GIFT_CUE.search(text) or " with " in text and _FUNDED_CUE.search(text)) else (),
        verdict_facts(text, names) if names and (" which " in text or " that " in text) and
        _JUDGED_CUE.search(text) else (),
        recipient_facts(text, toks, names, found) if names and " to " in text and any(
            cue in text for cue in RECIPIENT_CUES) else (),
        consent_facts(text, names, found) if names and any(
            noun in text for noun in CONSENT_NOUNS) else (),
        reported_order_facts(text, names, found) if " to " in text and any(
            cue in text for cue in _REPORTED_CUES) and _REPORTED_ORDER_CUE.search(text) else (),
    )
    return SentenceRules(_drafts(before, text), said, _drafts(after, text), text)


def _drafts(rules: tuple[Iterable[Found], ...], text: str) -> tuple[tuple[Actor, Draft], ...]:
    """The findings of ``rules`` that the sentence ``text`` lets be asked, drafted."""
    out: list[tuple[Actor, Draft]] = []
    for rule in rules:
        for question, actor, subject in rule:
            told = draft(question, actor, subject, text)
            if told is not None:
                out.append((actor, told))
    return tuple(out)
