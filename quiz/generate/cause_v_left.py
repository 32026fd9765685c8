"""What a thing left someone doing: "Months without rain have left many neighbourhoods relying on
tanker lorries" -> "What have months without rain left many neighbourhoods doing?" (relying on
tanker lorries) and "What has left many neighbourhoods relying on tanker lorries?" (months
without rain).

The gates are of shape: "leave" in any tense but the passive, its subject a thing, a rule or an
event (no one acting: "The minister left the room carrying a bag" is a departure), its object
a noun phrase of at most eight words with no clause in it, then a verb in -ing; "them" is the
speaker of the reported clause when that is a plural of common nouns ("Residents said the
collapse had left them parking on the street").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_blamed import blamable
from quiz.generate.cause_reports import reporting_parent
from quiz.generate.cause_spans import DEMONSTRATIVE, VAGUE_SUBJECT, cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_lower, is_pronoun, question_predicate, word_count
from quiz.generate.lexicon import GROUP_WORDS
from quiz.generate.syntax import Clause

_LEFT = frozenset({"left", "leaves", "leave"})
#: "left [many neighbourhoods] [relying] on": the object, then what it is left doing.
_LEFT_DOING = re.compile(r"\s*(?P<obj>(?:the|many|most|some|thousands|hundreds|dozens|"
                         r"[a-z][\w’'-]*)(?:\s+[\w’'-]+){0,7}?)\s+(?P<ing>(?!(?:remaining|leading|growing|"
                         r"existing|ageing|aging|outstanding|surrounding|following|ruling|"
                         r"working|missing|rising|falling|soaring|increasing|declining|"
                         r"neighbouring|neighboring|ongoing|upcoming|incoming|outgoing|booming|"
                         r"struggling|living|visiting|competing|participating|"
                         r"remaining)\b)[a-z]{3,}ing)\b")
#: -ing words that are no verb after an object ("left the town's building", "the morning").
_NOT_DOING = frozenset({"building", "morning", "evening", "ceiling", "housing", "clothing",
                        "funding", "spending", "training", "meeting", "wedding", "during",
                        "nothing", "something", "anything", "everything", "king", "thing",
                        "spring", "string", "wing", "ring", "bring", "sibling", "darling"})
#: Objects that open with a preposition or a clause word: no one left doing anything.
_NOT_OBJECT = re.compile(r"(?:in|on|at|for|to|from|with|by|after|before|early|late|behind|"
                         r"home|office|school|town|the\s+(?:room|building|country|city|club|"
                         r"stage|meeting|party|company|team|court))\b", re.IGNORECASE)


def left_doing_facts(text: str, clauses: list[Clause]
                     ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The shortage had left the remaining doctors seeing up to 50 patients a day" -> "What
    had the shortage left the remaining doctors doing?" and "What had left the remaining
    doctors seeing up to 50 patients a day?"."""
    for clause in clauses:
        words = tuple(w.lower() for w in clause.group.words)
        if clause.group.main.lower() not in _LEFT or {"is", "are", "was", "were", "been",
                                                        "be"}.intersection(words):
            continue
        match = _LEFT_DOING.match(text, clause.verb_end)
        if match is None or match.group("ing") in _NOT_DOING or _NOT_OBJECT.match(
                match.group("obj")) or any(w in {"and", "or", "who", "which", "that", "but"}
                                           for w in match.group("obj").split()):
            continue
        subject = text[clause.subject_start:clause.subject_end]
        if is_pronoun(subject) or VAGUE_SUBJECT.match(subject) or DEMONSTRATIVE.match(
                subject) or not blamable(subject) or any(
                ch in subject for ch in ",;:\"“”()") or word_count(subject) > 8:
            continue
        obj = _named_object(text, clauses, clause, match.group("obj"))
        doing = cut_span(text, match.start("ing"))
        if obj is None or doing is None or not 2 <= word_count(doing) <= 14:
            continue
        first, _, rest = subject.partition(" ")
        thing = first.lower() + f" {rest}" if clause.subject_start == 0 and first[1:].islower() \
            and rest[:1].islower() else first_lower(subject)  # ("Months without rain")
        asked = question_predicate(thing, clause.group, f"{obj} doing")
        if asked is not None:
            yield AnswerKind.EFFECT, f"What {asked}", doing, ()
        if len(_DETERMINER.sub("", subject).split()) < 2:
            continue  # ("the shortage" alone is no answer: of what?)
        verb = " ".join(("has" if w == "have" else w) for w in clause.group.words)
        yield AnswerKind.CAUSE, f"What {verb} {obj} {doing}", subject, ()


_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _named_object(text: str, clauses: list[Clause], clause: Clause, obj: str) -> str | None:
    """``obj`` as the question writes it: "them" named by the plural speaker that reports the
    clause ("Residents said X had left them ..." -> "residents"); another pronoun, None."""
    if obj.lower() != "them":
        return None if is_pronoun(obj) or DEMONSTRATIVE.match(obj) else obj
    parent = reporting_parent(text, clauses, clause, far=True)
    who = parent.subject if parent is not None else ""
    last = who.split()[-1].lower() if who else ""
    if not who or word_count(who) > 3 or last not in GROUP_WORDS and not last.endswith(
            ("ers", "ists", "ians", "ents", "ants")):
        return None
    return who[:1].lower() + who[1:] if who[1:].islower() else who
