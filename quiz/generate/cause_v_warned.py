"""The harm a warning foresees: "Business groups warned that the refusal could damage Ireland's
reputation" -> "What did business groups warn the refusal could do?" (damage Ireland's reputation).

Any verb may be the harm: the gates are of shape. The warner is named (no pronoun, a short
subject); what may do harm is a thing, a rule or an event (a common noun naming no one); its
verb is a modal and a plain verb with an object (no "be", "have", no negation); the answer is
that verb and its object, of two to fourteen words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_blamed import asked_who
from quiz.generate.cause_hindrances import common_head
from quiz.generate.cause_spans import DEMONSTRATIVE, NOT_BASE, VAGUE_SUBJECT, cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import (
    VerbGroup, base_form, first_lower, is_pronoun, question_predicate, word_count,
)
from quiz.generate.lexicon import GROUP_WORDS
from quiz.generate.syntax import Clause

#: The forms of "warn" (the caller's cheap gate: no rule here fires without one).
WARN_WORDS = frozenset({"warned", "warns", "warn", "fear", "fears", "feared", "worry", "worries",
                        "worried", "cautioned", "cautions"})
#: Between the warning verb and what it foresees: "that", at most.
_THAT = re.compile(r"\s+(?:that\s+)?")
_MODALS = frozenset({"could", "would", "might", "may", "will", "can"})
#: Plain verbs that are no harm done ("could be", "would have", "might do").
_NO_ACT = frozenset({"be", "have", "do", "get", "go", "come", "say", "take", "make"})
#: Words after which the "object" is a time, a place or a comparison, not what is harmed.
_NOT_OBJECT = re.compile(r"(?:by|in|on|at|for|to|from|until|within|as|than|over|into|above|"
                         r"below|beyond|past|around|through|across|with|without|after|before|"
                         r"during|under|towards?|back|soon|again|further|sharply|\d)\b")
#: A clause after the harm: why, or when, it would come.
_CLAUSE_AFTER = re.compile(r"\s+(?:because|as|since|after|when|while|unless|if|until|before|"
                           r"so)\s")
#: Warners that name no one ("What did others warn ...?": who?).
_NO_ONE_NAMED = frozenset({"others", "some", "many", "most", "few", "several", "all", "both",
                           "one", "another", "each", "none", "either", "neither", "any"})
#: Verbs of a change of level: "temperatures would climb" foresees no harm done to anything.
_CHANGES = frozenset("""
    rise fall climb drop grow soar plunge slump surge jump reach hit top exceed peak ease
    recover remain stay
""".split())


def warned_facts(text: str, clauses: list[Clause]
                 ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Doctors have warned that the cuts could harm patients in rural areas" -> "What have
    doctors warned the cuts could do?" (harm patients in rural areas)."""
    if clauses and not any(c.group.main.lower() in WARN_WORDS for c in clauses):
        yield from _plural_present(text, clauses)
    for k, warn in enumerate(clauses):
        if warn.group.main.lower() not in WARN_WORDS:
            continue
        told = clauses[k + 1] if k + 1 < len(clauses) else None
        if told is None or not _THAT.fullmatch(text, warn.verb_end, told.subject_start) or \
                told.group.main.endswith("ed") and len(told.group.words) == 1:
            # ("heavy rain [expected] later this week could", "warn the tariffs could": a
            # clause the reader took a participle for the verb of, or did not read)
            yield from _misread(text, warn, warn.verb_end)
            continue
        words = told.group.words
        if len(words) == 2 and _harms(text, words[0], words[1], told.verb_end):
            yield from _asked(text, warn, told.subject, words[0], told.verb_end - len(words[1]))


def _harms(text: str, modal: str, verb: str, end: int) -> bool:
    """Whether ``modal`` + ``verb`` (ending at ``end``) foresee a harm done to something: a
    plain verb with an object (no negation, perfect or passive; no change of level)."""
    return modal in _MODALS and verb not in _NO_ACT and verb not in _CHANGES and \
        verb not in NOT_BASE and base_form(verb) in {None, verb} and \
        bool(text[end:].strip()) and not _NOT_OBJECT.match(text[end:].lstrip())


#: "Farmers fear (that)", "Small traders, who sell drinks on the beach, fear": a plural of
#: people opening the sentence, a present the clause reader does not take for a verb.
_PLURAL_FEAR = re.compile(r"(?P<who>[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}?)"
                          r"(?:,\s+who\s+[^,;:\"“”()]{3,100},)?\s+(?:also\s+|now\s+)?"
                          r"(?P<verb>fear|worry|warn)(?=\s)")


def _plural_present(text: str, clauses: list[Clause]
                    ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Small traders, who sell cold drinks from carts, fear the rule will drive away
    customers" -> "What do small traders fear the rule will do?" (drive away customers)."""
    match = _PLURAL_FEAR.match(text)
    if match is None:
        return
    who = match.group("who")
    last = who.split()[-1].lower()
    if last not in GROUP_WORDS and not last.endswith(("ers", "ists", "ians", "ents", "ants")):
        return
    verb = match.group("verb")
    warn = Clause(subject=who, subject_start=0, subject_end=len(who),
                  group=VerbGroup((verb,), verb, "present"), verb_start=match.start("verb"),
                  verb_end=match.end(), rest=text[match.end():], first_token=0, verb_token=0)
    yield from _misread(text, warn, match.end())


#: "warned that [heavy rain expected later this week] could [turn] ...": what may do harm (a
#: participle phrase after it, which the clause reader may take for the clause's verb), its
#: modal and its verb.
_THING_MODAL = re.compile(r"\s+(?:that\s+)?(?P<thing>[a-z][\w’'-]*(?:\s+[\w’'-]+){1,7}?)\s+"
                          r"(?P<modal>could|would|might|may|will)\s+(?P<verb>[a-z]+)\b")


def _misread(text: str, warn: Clause, start: int
             ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """The harm foreseen after ``start`` read from the words alone ("Scientists warned that
    heavy rain expected later this week could turn loose ash into lahars")."""
    match = _THING_MODAL.match(text, start)
    if match is None or not _harms(text, match.group("modal"), match.group("verb"),
                                   match.end()):
        return
    thing = match.group("thing")
    if not common_head(thing) or is_pronoun(thing) or any(
            w in {"and", "or", "but", "who", "which", "that", "is", "are", "was", "were", "has",
                  "have", "had", "said"} for w in thing.split()[1:]):
        return
    yield from _asked(text, warn, thing, match.group("modal"), match.start("verb"))


def _asked(text: str, warn: Clause, thing: str, modal: str, at: int
           ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """The question of what ``thing`` ``modal`` do, as ``warn``'s subject warned, answered by
    the verb phrase at ``at`` (a named warner and a thing that names no one only)."""
    who = warn.subject
    if is_pronoun(who) or who.lower() in _NO_ONE_NAMED or VAGUE_SUBJECT.match(who) or \
            word_count(who) > 6 or any(
            ch in who for ch in ",;:\"“”()") or is_pronoun(thing) or DEMONSTRATIVE.match(
            thing) or not common_head(thing) or word_count(thing) > 8 or any(
            ch in thing for ch in ",;:\"“”()"):
        return
    harm = cut_span(text, at)
    if harm is None:
        return
    tail = _CLAUSE_AFTER.search(harm)
    if tail is not None:
        harm = harm[:tail.start()]  # ("delay the rollout because ...": the harm alone)
    if not 2 <= word_count(harm) <= 14:
        return
    asked = question_predicate(asked_who(who), warn.group, f"{first_lower(thing)} {modal} do")
    if asked is not None:
        yield AnswerKind.EFFECT, f"What {asked}", harm, ()

