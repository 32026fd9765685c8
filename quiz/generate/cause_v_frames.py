"""Causes told by a verb frame read off any verb group (tense, modal, adverbs): "X was (also)
due to Y", "Y has been behind X", "X could stem from Y", "S had partly linked X to Y"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_attributed import stems_from_cause
from quiz.generate.cause_hindrances import common_head, is_cause_thing, names_someone
from quiz.generate.cause_spans import DEMONSTRATIVE, VAGUE_SUBJECT, cut_span, written_subject
from quiz.generate.cause_v_subjects import names_people
from quiz.generate.cause_v_subject import whole_subjects
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_lower, is_pronoun, question_predicate, word_count
from quiz.generate.syntax import Clause

#: The words without one of which :func:`frame_facts` finds nothing (the caller's gate).
FRAME_KEYS = (" due to ", " behind ", "responsible for ", " reason", " to blame for ", " stem",
              "attribut", " link", "traced", "traces", "trace ", "ascrib", "blamed on",
              " down to ", "result of", "consequence of", "product of")
_BE = frozenset({"is", "are", "was", "were", "be", "been"})
#: A subject that denies the frame ("Neither case", "No link", "None of the deaths").
_NO_ONE = re.compile(r"(?:neither|no|none|nothing|nobody|nor)\b", re.IGNORECASE)
_ADVERB = r"(?:(?:also|partly|largely|mainly|mostly|chiefly|partially|entirely|probably|" \
    r"possibly|in\s+part|at\s+least\s+partly)\s+)?"
#: After a form of "be": the effect is the subject, the cause follows the cue.
_EFFECT_FIRST = re.compile(_ADVERB + r"(?P<cue>due\s+to|(?:the|a)\s+(?:direct\s+)?result\s+of|"
                           r"the\s+(?:direct\s+)?consequence\s+of|the\s+product\s+of)\s+")
#: After a form of "be": the cause is the subject, the effect follows the cue.
_CAUSE_FIRST = re.compile(_ADVERB + r"(?P<cue>behind|responsible\s+for|(?:the|one\s+of\s+the)\s+"
                          r"(?:(?:main|chief|biggest|key|primary|major)\s+)?reasons?\s+for|"
                          r"to\s+blame\s+for)\s+")
#: Verbs whose subject is what came from the cause after "from".
_STEM = frozenset({"stem", "stems", "stemmed", "stemming"})
#: Verbs that trace a thing to its cause: "S linked X to Y"; and their participles.
_TRACE = frozenset({"attributed", "attributes", "attribute", "linked", "links", "link",
                    "traced", "traces", "trace", "ascribed", "ascribes", "ascribe"})
_PASSIVE_TO = re.compile(_ADVERB + r"(?:back\s+)?to\s+")
#: "S attributed X (partly) to Y": the thing traced, then "to".
_TRACED = re.compile(r"(?P<what>(?!(?:it|this|that|them|these|those)\b)"
                     r"[\w’'-]+(?:\s+(?!to\b)[\w’'-]+){0,9}?)\s+" + _ADVERB + r"(?:back\s+)?"
                     r"to\s+")


def frame_facts(text: str, clauses: list[Clause]
                ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """The cause of each clause whose verb frame tells one, in any tense of its group."""
    clauses = whole_subjects(text, clauses)
    for clause in clauses:
        if is_pronoun(clause.subject) or VAGUE_SUBJECT.match(clause.subject) or word_count(
                clause.subject) > 10 or any(ch in clause.subject for ch in ",;:\"“”()") or \
                _NO_ONE.match(clause.subject):
            continue  # ("neither case was linked to X": no link)
        words = [w.lower() for w in clause.group.words]
        if "not" in words or "never" in words:
            continue
        after = clause.verb_end + len(text[clause.verb_end:]) - len(
            text[clause.verb_end:].lstrip())
        main = clause.group.main.lower()
        if words[-1] in _BE or words[-1] in _ADVERB_WORDS and _BE.intersection(words):
            yield from _be_frames(text, clause, after)
        elif main in _STEM and text.startswith("from ", after):
            cause = cut_span(text, after + 5)
            if cause is not None and stems_from_cause(clause.subject, cause):
                yield from _asked_after(text, clause, after + 5, "from")
        elif main in _BLAMED and _BE.intersection(words):
            on = _BLAMED[main].match(text, after)
            if on is not None and _traced_thing(clause.subject, "attributed"):
                yield from _asked_after(text, clause, on.end(), on.group("tail"))
        elif main in _PUT and not _BE.intersection(words) and len(words) > 1 and \
                not is_pronoun(clause.subject):
            traced = _PUT_DOWN.match(text, after)
            if traced is not None and not names_someone(traced.group("what")):
                yield from _asked_after(text, clause, traced.end(),
                                        f"{traced.group('what')} down to")
        elif main in _TRACE and _BE.intersection(words):
            passive = _PASSIVE_TO.match(text, after)
            if passive is not None and _traced_thing(clause.subject, main):
                yield from _asked_after(text, clause, passive.end(), "to")
        elif main in _TRACE and not is_pronoun(clause.subject):
            traced = _TRACED.match(text, after)
            if traced is not None and _traced_thing(traced.group("what"), main):
                yield from _asked_after(text, clause, traced.end(), f"{traced.group('what')} to")


#: Participles that name a cause after them when passive: "was (also) blamed on X", "had been
#: put down to X".
_BLAMED = {
    "blamed": re.compile(_ADVERB + r"(?P<tail>on)\s+"),
    "put": re.compile(_ADVERB + r"(?P<tail>down\s+to)\s+"),
}
_PUT = frozenset({"put", "puts"})
#: "S has put X (partly) down to Y" (a verb group with an auxiliary: the bare "put" is read by
#: :mod:`cause_attributed`).
_PUT_DOWN = re.compile(r"(?P<what>(?!(?:it|this|that|them|these|those)\b)[\w’'-]+(?:\s+"
                       r"(?!down\b)[\w’'-]+){0,9}?)\s+" + _ADVERB + r"down\s+to\s+")
_ADVERB_WORDS = frozenset({"also", "partly", "largely", "mainly", "mostly", "chiefly",
                           "partially", "entirely", "probably", "possibly"})


def _traced_thing(thing: str, verb: str) -> bool:
    """Whether ``thing``, traced or linked to something, is an effect (an event, a problem):
    "the outbreak was linked to lettuce", not "the suspect was linked to a gang"."""
    if verb.startswith("attribut") or verb.startswith("ascrib"):
        return not names_someone(thing)
    head = common_head(thing)
    return is_cause_thing(thing) or bool(head) and (
        head.endswith(_EVENT_ENDINGS) or head in _CHANGE_HEADS) and not names_people(thing)


#: Endings of nouns of a rate, a change or a state ("the frequency of heatwaves", "the
#: decline", "the increase"), which a link to a cause explains.
_EVENT_ENDINGS = ("ncy", "ity", "ness", "ment", "tion", "sion", "ure", "ing")
_CHANGE_HEADS = frozenset({"increase", "decrease", "rise", "decline", "fall", "drop", "jump",
                           "surge", "slump", "spike", "growth"})


def _asked_after(text: str, clause: Clause, start: int, tail: str
                 ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"What did <subject> <verb> <tail>?" answered by the phrase at ``start``."""
    cause = cut_span(text, start)
    if cause is None or word_count(cause) < 2 or DEMONSTRATIVE.match(cause) or is_pronoun(cause):
        return
    asked = question_predicate(first_lower(clause.subject), clause.group, tail)
    if asked is not None:
        yield AnswerKind.CAUSE, f"What {asked}", cause, ()


def _be_frames(text: str, clause: Clause, after: int
               ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"X was (also) due to Y" -> "What was X (also) due to?"; "Y had been behind X" -> "What
    had been behind X?" (a thing or a condition as Y, never someone)."""
    effect_first = _EFFECT_FIRST.match(text, after)
    if effect_first is not None:
        cause = cut_span(text, effect_first.end())
        if cause is None or word_count(cause) < 2 or DEMONSTRATIVE.match(cause) or \
                _SCHEDULED.match(cause):
            return  # ("The match was due to kick off at 3pm": a plan, no cause)
        cue = " ".join(text[after:effect_first.end()].split())
        if not effect_first.group("cue").startswith("due") and _PLAIN_BE.issuperset(
                w.lower() for w in clause.group.words):
            return  # ("The win was the result of X": :mod:`cause_attributed` asks "What led to")
        yield AnswerKind.CAUSE, f"What {_inverted(first_lower(clause.subject), clause)} {cue}", \
            cause, ()
        return
    cause_first = _CAUSE_FIRST.match(text, after)
    if cause_first is None or not _names_a_thing(clause.subject):
        return
    effect = cut_span(text, cause_first.end())
    if effect is None or word_count(effect) < 2 or DEMONSTRATIVE.match(effect) or \
            _OWNER.search(effect):
        return  # ("the main reason for their decline": whose?)
    group = " ".join(_AGREEING.get(w.lower(), w.lower()) if i == 0 else w.lower()
                     for i, w in enumerate(clause.group.words))
    cue = " ".join(text[after:cause_first.end()].split())
    yield AnswerKind.CAUSE, f"What {group} {cue} {effect}", written_subject(text, clause), ()


_AGREEING = {"have": "has", "are": "is", "were": "was"}
_PLAIN_BE = frozenset({"was", "were", "is", "are", "has", "have", "had", "been"})
_OWNER = re.compile(r"\b(?:their|its|his|her)\b", re.IGNORECASE)
#: A verb after "due to": what is planned ("due to kick off", "due to meet on Friday").
_SCHEDULED = re.compile(r"[a-z]+\s+(?:off|up|out|down|back|away)\b|"
                        r"(?:meet|start|begin|open|close|arrive|leave|return|take|be|end|finish|"
                        r"visit|sign|launch|hold|resume|appear|play|speak|vote|travel|go|come|"
                        r"report|decide|announce|release|publish|give|make|face|get|become|"
                        r"retire|expire|run|stand|hear|rule|testify|sit|fly|sail|land)\b")


def _inverted(subject: str, clause: Clause) -> str:
    """The group of ``clause`` (a form of "be" last) inverted round ``subject``: "was X",
    "had X partly been", "could X be"."""
    words = [w.lower() for w in clause.group.words]
    return " ".join([words[0], subject, *words[1:]])


def _names_a_thing(subject: str) -> bool:
    """Whether ``subject`` names a thing or a condition written with a common noun, not
    someone ("Heavy rain", "Cheap loans from banks"; not "Oxfam", "the minister")."""
    head = common_head(subject)
    return bool(head) and head in subject and not names_someone(subject)
