"""The cause rules that read only a sentence and its clauses, run once per distinct pair.

Which rules may fire is told by cheap cues (words of the sentence, substrings of its lower-cased
text); what they find depends on nothing else, so a sentence repeated across the articles of a
corpus (with the same clauses read from it) is read once (the caller caches its reading). The
two rules that also read the sentences before (responses, the effects of an event named
earlier) run in :func:`causes.extract_causes`, between the runs returned here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass

from quiz.generate.cause_after import when_facts
from quiz.generate.cause_attributed import attributed_facts
from quiz.generate.cause_c_absolute import absolute_facts
from quiz.generate.cause_c_makes import makes_facts
from quiz.generate.cause_c_links import (
    forcing_facts, since_facts, since_when_facts, summary_facts, which_facts,
)
from quiz.generate.cause_c_quoted import quoted_facts
from quiz.generate.cause_clefts import cleft_facts
from quiz.generate.cause_c_twice import twice_facts
from quiz.generate.cause_c_whose import whose_facts
from quiz.generate.cause_demands import restated_aim_facts
from quiz.generate.cause_died import died_facts, dispute_facts
from quiz.generate.cause_drivers import driver_facts
from quiz.generate.cause_fronted import fronted_purpose_facts
from quiz.generate.cause_injuries import ailment_facts
from quiz.generate.cause_connectives import (
    HARM, OVER_FORMS, as_facts, connective_facts, for_doing_facts, harm_facts, over_facts,
    reason_phrase_facts,
)
from quiz.generate.cause_means import entry_facts, funding_facts, means_facts
from quiz.generate.cause_reports import JUDGING_VERBS, judged_reason_facts, when_restated
from quiz.generate.cause_relative_says import relative_says_facts
from quiz.generate.cause_results import meant_facts, so_facts
from quiz.generate.cause_spent import spent_on_facts
from quiz.generate.cause_verbs import (
    AFFECT_VERBS, CAUSAL_TO_WORDS, HALT_VERBS, affect_facts, blame_facts, causal_verb_facts,
    caused_by_facts, effect_verb_facts, help_facts, participle_effect_facts,
)
from quiz.generate.cause_verbs import MORE_EFFECT_KEYS, more_effect_verb_facts
from quiz.generate.cause_v_frames import FRAME_KEYS, frame_facts
from quiz.generate.cause_v_fronted_by import FRONTED_OPENERS, fronted_by_facts
from quiz.generate.facts import AnswerKind
from quiz.generate.mentions import tokenize
from quiz.generate.purposes import (
    AIM_NOUNS, aim_facts, aim_noun_facts, object_relative_facts, purpose_facts, used_for_facts,
)
from quiz.generate.syntax import Clause, find_clauses

#: What a rule yields: the kind of answer, the question, the answer, other accepted answers.
Item = tuple[AnswerKind, str, str, tuple[str, ...]]


def text_rules(text: str, clauses: tuple[Clause, ...], words: frozenset[str]
               ) -> tuple[tuple[Item, ...], tuple[Item, ...], tuple[Item, ...]]:
    """What the sentence-only rules find in ``text`` read as ``clauses``, in rule order: the
    run before the response rule, the run between it and the event-effect rule, the run
    after (``words``, the sentence's lower-cased words, is the caller's, so it is not built
    again). Not cached here: the caller's reading of a sentence is, and a cache keyed by the
    clauses would hash every clause of every new sentence for the few that recur with other
    context."""
    toks = tokenize(text)
    low = text.lower()
    read = list(clauses)
    before_responses = (
        connective_facts(text, read) if _CONNECTIVE_CUES.found(words, low) else (),
        causal_verb_facts(text, toks, read) if words & CAUSAL_TO_WORDS else (),
        effect_verb_facts(text, read) if has_any(low, _EFFECT_KEYS) else (),
        more_effect_verb_facts(text, read) if has_any(low, MORE_EFFECT_KEYS) else (),
        frame_facts(text, read) if has_any(low, FRAME_KEYS) else (),
        fronted_by_facts(text, read) if text.startswith(FRONTED_OPENERS) else (),
        aim_facts(text, toks, read, _past(read)) if _AIM_CUES.found(words, low) else (),
        restated_aim_facts(text) if "aimed" in words and ", a" in text else (),
        purpose_facts(text, toks, read, _past(read)) if "to" in words else (),
        fronted_purpose_facts(text, read) if text.startswith(("To ", "In order to ")) else (),
        twice_facts(text) if " first " in text and " then " in text else (),
        cleft_facts(text) if "t was " in text[:12] or "t is " in text[:12] or
        "t had been " in text[:14] or "t has been " in text[:14] else (),
    )
    before_events = (
        affect_facts(text, read) if words & AFFECT_VERBS or words & HALT_VERBS else (),
        participle_effect_facts(text, read) if _PARTICIPLE_CUES.found(words, low) else (),
        blame_facts(text, read) if "blam" in low or ", which " in text and "attribut" in low
        else (),
        caused_by_facts(text, read) if " by " in low else (),
        driver_facts(text, read) if ", driven " in text or ", fuel" in text else (),
        ailment_facts(text, read) if " with " in low and has_any(low, _AILMENT_KEYS) else (),
        died_facts(text, read) if "died " in low or " die" in low else (),
        dispute_facts(text, read) if " in a " in low and (" dispute " in low or " row " in low)
        else (),
        when_facts(text, read) if " when " in low else (),
        since_when_facts(text, read) if ", when " in text and " since " in text else (),
        since_facts(text, read) if " since " in text or text.startswith("Since ") else (),
        forcing_facts(text, read) if ", forcing " in text or ", compelling " in text or
        ", obliging " in text else (),
        summary_facts(text, read) if (", a " in text or ", an " in text) and (
            " that " in text or " which " in text) else (),
        which_facts(text, read) if ", which " in text else (),
        makes_facts(text, read) if ", which " in text and (" it " in text or " them " in text)
        else (),
        whose_facts(text) if ", whose " in text else (),
        absolute_facts(text) if " having " in text or "able to " in text or " out of " in text
        or ", with " in text or text.startswith("With ") or " under water" in text or " in ruins" in text else (),
        means_facts(text, read) if "ing" in low and " by " in low else (),
        entry_facts(text, read) if " through " in low or " via " in low else (),
    )
    after_events = (
        used_for_facts(text, read) if " used to " in low else (),
        as_facts(text, read) if " as " in low or text.startswith("As ") else (),
        for_doing_facts(text, read) if " for " in low else (),
        help_facts(text, read) if "help" in low else (),
        harm_facts(text, read) if " from " in low and HARM.search(low) else (),
        judged_reason_facts(text, toks, read) if (", saying" in text or " and " in text or
                                                  ", who " in text) and
        any(c.group.main.lower() in JUDGING_VERBS for c in read) else (),
        object_relative_facts(text, toks) if ", which " in text and "to" in words else (),
        _restated_facts(text, read) if ", when " in text else (),
        funding_facts(text, read) if "fund" in low or "financ" in low else (),
        reason_phrase_facts(text, read) if " reasons" in low or "precaution" in low or
        " measure" in low else (),
        meant_facts(text, read) if ", which " in text and " mean" in low or ", meaning " in text
        or ", leaving " in text else (),
        so_facts(text, read) if ", so " in text or ", and so " in text or " why " in text or
        "; " in text or "as a result" in text or "consequen" in text else (),
        over_facts(text, read) if "over" in words and not OVER_FORMS.isdisjoint(words) else (),
        quoted_facts(text) if text[:1] in "\"“" and text.endswith(".") else (),
        relative_says_facts(text) if ", which " in text and "say" in words else (),
        attributed_facts(text, read) if not _ATTRIBUTED_WORDS.isdisjoint(words) else (),
        aim_noun_facts(text) if text.startswith("The ") and not AIM_NOUNS.isdisjoint(words)
        else (),
        spent_on_facts(text) if " be spent " in text or " be used " in text or
        " be invested " in text else (),
    )
    return _items(before_responses), _items(before_events), _items(after_events)


def _past(clauses: list[Clause]) -> bool:
    """Whether a clause of the sentence tells of the past (what a purpose rule reads)."""
    return any(c.group.tense == "past" or c.group.words[0] in {"was", "were", "had"}
               for c in clauses)


def _items(rules: tuple[Iterable[Item], ...]) -> tuple[Item, ...]:
    return tuple(item for rule in rules for item in rule)


@dataclass(frozen=True, slots=True)
class _Cues:
    """Words and phrases without which a rule has nothing to find in a sentence: a cheap
    test before the rule's regexes run. Whole words are looked up in the sentence's word set;
    a phrase is searched for only when its first word is there."""

    words: frozenset[str]
    phrases: dict[str, tuple[str, ...]]  # first word -> the phrases it opens
    heads: frozenset[str]

    @classmethod
    def of(cls, words: str, phrases: tuple[str, ...] = ()) -> _Cues:
        by_head: dict[str, tuple[str, ...]] = {}
        for phrase in phrases:
            head = phrase.split()[0]
            by_head[head] = (*by_head.get(head, ()), phrase)
        return cls(frozenset(words.split()), by_head, frozenset(by_head))

    def found(self, words: Set[str], low: str) -> bool:
        if not self.words.isdisjoint(words):
            return True
        for head in self.heads.intersection(words):
            for phrase in self.phrases[head]:
                if phrase in low:
                    return True
        return False


_CONNECTIVE_CUES = _Cues.of(
    "because following after citing fearing retaliation protest mission visit trip tour thanks "
    "assignment pilgrimage errand concerns fears worries hopes expectations speculation "
    "accusing demanding urging seeking requesting",
    ("ruling that", "arguing that", "bid to", "effort to", "attempt to", "with the aim",
     "with the goal", "with the intention", "due to", "due partly", "due largely", "due mainly",
     "due mostly", "due in part", "owing to", "grounds that", "grounds of", "light of",
     "direct result", "consequence of", "as a result", "owing largely", "owing partly",
     "punishment for", "penalty for", "sanction for", "reprisal for",
     "owing mainly", "owing mostly", "owing in part",
     "response to", "wake of", "aftermath of", "thanks to", "so that", "in order that",
     "for fear", "out of", "on suspicion", "over concern", "over fear", "over worries", "in case",
     "over allegations", "over claims", "amid", "asking for", "appealing for", "calling for",
     "pressing for"))
_AIM_CUES = _Cues.of("aim aims aimed aiming",
                     ("designed to", "intended to", "meant to", "seeking to", "hoping to"))
_PARTICIPLE_CUES = _Cues.of("prompting sparking causing triggering ending forcing flooding "
                            "stranding destroying damaging killing injuring wounding wiping "
                            "sending",
                            ("leading to", "resulting in", "and forced", "and ended"))
# Substring checks (stems: "caus" for caused, causes, causing ...).
_EFFECT_KEYS = ("led to", "leads to", "lead to", "result", "caus", "spark", "trigger", "fuel",
                "prompt", "provoked", "contributed to", "paved", "necessitat", "spur",
                "gave rise")
_AILMENT_KEYS = ("injur", "illness", "infection", "strain", "fracture", "concussion", "virus",
                 "problem", "complaint", "knock")
_ATTRIBUTED_WORDS = frozenset({"attributed", "down", "stem", "stems", "stemmed", "result",
                               "reason", "linked", "traced", "tied"})
RESPONSE_KEYS = ("respon", "in return", "retaliation")


def _restated_facts(text: str, clauses: list[Clause]
                    ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """The "Why" facts of a ", when it ..." clause restated with its pronouns named (see
    :func:`cause_reports.when_restated`); answers stay spans of the sentence."""
    restated = when_restated(text, clauses)
    if restated is not None:
        yield from (item for item in connective_facts(restated, find_clauses(restated))
                    if item[0] is AnswerKind.CAUSE)


def has_any(low: str, keys: tuple[str, ...]) -> bool:
    # substring tests: about three times faster than one regex alternation of the keys
    # (mapped in C: a generator expression costs more than the tests themselves)
    return any(map(low.__contains__, keys))


