"""Causes a sentence names as what a thing comes from: "X was attributed to / put down to /
(was) down to Y", "X stemmed from Y", "X was the result of Y", "The main reason for X was Y"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_hindrances import common_head, is_cause_thing, names_someone
from quiz.generate.cause_spans import DEMONSTRATIVE, VAGUE_SUBJECT, cut_span
from quiz.generate.cause_v_subjects import POINTER_NOUNS, is_thing
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_lower, is_pronoun, word_count
from quiz.generate.syntax import Clause

_DEGREE = r"(?P<degree>(?:largely|mainly|partly|mostly|widely|partially|chiefly|entirely)\s+)?"
#: "was (largely) attributed to", "were put down to", "is down to": a form of "be" first.
_BE_TO = re.compile(r"(?P<be>was|were|is|are|has been|have been|had been)\s+" + _DEGREE +
                    r"(?P<how>attributed to|put down to|(?<=was )down to|(?<=were )down to|"
                    r"(?<=ly )down to|the result of|a result of|the direct result of|"
                    r"linked to|tied to|traced to|traced back to)\s+")
#: Links that are causes only between an event or a problem and what it came from ("The
#: outbreak has been linked to contaminated lettuce"; not "The suspect was linked to a gang").
_LINKS = ("linked to", "tied to", "traced to", "traced back to")
#: What no cause opens with: "The reason for the closure was not given".
_NO_CAUSE = re.compile(r"(?:not|never|unclear|unknown|still|yet)\b")
#: "stemmed (largely) from": the verb's own tense.
_STEMMED = re.compile(r"(?P<verb>stemmed|stems|stem)\s+" + _DEGREE + r"from\s+")
_SUPPORT = {"stemmed": "did", "stems": "does", "stem": "do"}
#: A sentence that opens with what stems from the cause (the clause reader does not take
#: "stems" for a verb): "The shortage stems from a lack of trained staff".
_STEM_OPENING = re.compile(r"(?P<subject>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,7}?)\s+(?="
                           r"(?:stemmed|stems|stem)\s+(?:(?:largely|mainly|partly|mostly|"
                           r"partially|chiefly|entirely)\s+)?from\s)")
_PAST_BE = frozenset({"was", "were", "had been"})
#: "The main reason for the delay was a dispute over payments."
_REASON = re.compile(r"The\s+(?P<which>(?:main|chief|biggest|key|primary|official)\s+)?reason\s+"
                     r"for\s+(?P<what>[^,;:\"“”]{3,60}?)\s+(?P<be>was|is)\s+(?:that\s+)?")


#: "Air pollution was the main reason given for the scheme": the cause named first.
_NAMED_REASON = re.compile(r"(?P<cause>[A-Z][^,;:\"“”()]{2,60}?)\s+(?P<be>was|is|were|are)\s+"
                           r"(?:also\s+)?(?P<reason>(?:the|one\s+of\s+the)\s+(?:(?:main|chief|"
                           r"biggest|key|primary|official|single)\s+)?reasons?\s+"
                           r"(?:(?:given|cited)\s+)?for)\s+")


def named_cause(phrase: str) -> bool:
    """Whether ``phrase``, named as "the main reason for X", can answer what the reason was: a
    thing or a condition, or any common noun phrase ("Poor drainage", "A lack of funding")
    that names no one and does not point back ("The decision was the main reason": which?)."""
    head = common_head(phrase)
    return is_thing(phrase) or bool(head) and head not in POINTER_NOUNS and \
        not names_someone(phrase)


_OWNER = re.compile(r"\b(?:their|its|his|her)\b", re.IGNORECASE)


#: "The tribunal attributed the low figure (partly) to X", "Analysts put the fall down to X":
#: who traced what to what.
_TRACED = re.compile(r"(?P<verb>attributed|attributes|attribute|put|puts)\s+"
                     r"(?P<what>(?!it\b|this\b|that\b|them\b)(?:[\w’'-]+\s+){1,8}?)"
                     + _DEGREE.replace("?P<degree>", "?P<degree2>")
                     + r"(?P<down>down\s+)?to\s+")
_TRACED_SUPPORT = {"attributed": "did", "attributes": "does", "attribute": "do", "puts": "does"}


def _traced_facts(text: str, clauses: list[Clause]
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The tribunal attributed the low figure partly to heavy rain" -> "What did the
    tribunal partly attribute the low figure to?"; "Analysts put the fall down to weaker
    demand" -> "What did analysts put the fall down to?"."""
    for clause in clauses:
        main = clause.group.main.lower()
        if main not in _TRACED_SUPPORT and main != "put" or clause.group.words != (
                clause.group.main,) or is_pronoun(clause.subject) or word_count(
                clause.subject) > 8 or any(ch in clause.subject for ch in ",;:\"“”()"):
            continue
        match = _TRACED.match(text, clause.verb_start)
        if match is None or (main in {"put", "puts"}) != bool(match.group("down")):
            continue  # ("put the plan to a vote": no cause)
        what = match.group("what").strip()
        if " to " in f" {what} " or word_count(what) < 2 and not what[:1].isupper():
            continue
        cause = cut_span(text, match.end())
        if cause is None or word_count(cause) < 2 or DEMONSTRATIVE.match(cause):
            continue
        support = _TRACED_SUPPORT.get(main) or ("did" if clause.group.tense == "past" else None)
        if support is None:
            continue  # ("put" alone may be present: "Analysts put ...")
        degree = match.group("degree2") or ""
        verb = "put" if main in {"put", "puts"} else "attribute"
        tail = "down to" if verb == "put" else "to"
        yield (AnswerKind.CAUSE, f"What {support} {first_lower(clause.subject)} {degree}{verb} "
               f"{what} {tail}", cause, ())


def attributed_facts(text: str, clauses: list[Clause]
                     ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The delay was attributed to a shortage of parts" -> "What was the delay attributed
    to?"; "The losses stemmed from a collapse in prices" -> "What did the losses stem from?";
    "The main reason for the delay was X" -> "What was the main reason for the delay?"."""
    if "attribut" in text or " down to " in text:
        yield from _traced_facts(text, clauses)
    named = _NAMED_REASON.match(text) if " reason" in text else None
    if named is not None and named_cause(named.group("cause")):
        # "Air pollution was the main reason given for the scheme" -> "What was the main
        # reason given for the scheme?" (a thing or a condition, not someone)
        be = "is" if named.group("be") in {"is", "are"} else "was"
        what = cut_span(text, named.end())
        asked = " ".join(named.group("reason").split())
        if what is not None and word_count(what) >= 2 and not DEMONSTRATIVE.match(what) and \
                not _OWNER.search(what):  # ("the main reason for their decline": whose?)
            yield AnswerKind.CAUSE, f"What {be} {asked} {what}", named.group("cause"), ()
        return
    reason = _REASON.match(text)
    if reason is not None:
        cause = cut_span(text, reason.end())
        if cause is not None and word_count(cause) >= 2 and not _NO_CAUSE.match(cause):
            which = reason.group("which") or ""
            yield (AnswerKind.CAUSE, f"What {reason.group('be')} the {which}reason for "
                   f"{reason.group('what')}", cause, ())
        return
    for clause in clauses:
        subject = first_lower(clause.subject)
        if is_pronoun(clause.subject) or VAGUE_SUBJECT.match(clause.subject) or word_count(
                subject) > 8 or any(ch in subject for ch in ",;:\"“”()"):
            continue
        be_to = _BE_TO.match(text, clause.verb_start)
        stemmed = _STEMMED.match(text, clause.verb_start) if be_to is None else None
        found = be_to or stemmed
        if found is None:
            continue
        cause = cut_span(text, found.end())
        if cause is None or word_count(cause) < 2 or DEMONSTRATIVE.match(cause):
            continue
        if be_to is not None and be_to.group("how") in _LINKS and not is_cause_thing(
                clause.subject):
            continue
        if stemmed is not None and not stems_from_cause(clause.subject, cause):
            continue  # ("The flowers stem from a single bulb": no event, no problem)
        degree = found.group("degree") or ""
        if be_to is not None and "result" in be_to.group("how"):
            # "The win was the result of X" -> "What led to the win?" ("What was the win the
            # result of?" is stiff)
            led = "What led to" if be_to.group("be") in _PAST_BE else "What has led to"
            question = f"{led} {subject}"
        elif be_to is not None:
            be, *perfect = be_to.group("be").split()
            middle = " ".join((*perfect, degree.strip())).strip()
            question = f"What {be} {subject} {middle} {be_to.group('how')}"
        else:
            question = f"What {_SUPPORT[found.group('verb')]} {subject} {degree}stem from"
        yield AnswerKind.CAUSE, question, cause, ()
        return
    opening = _STEM_OPENING.match(text) if " from " in text else None
    if opening is not None and not is_pronoun(opening.group("subject")) and \
            not VAGUE_SUBJECT.match(opening.group("subject")):
        yield from _stem_facts(text, opening)


_HEAD_END = re.compile(r"\s(?:of|in|at|on|for|over)\s")
_QUANTIFIERS = frozenset({"Much", "Most", "Some", "Many", "Part", "All", "Half", "Each"})


def stems_from_cause(subject: str, cause: str) -> bool:
    """Whether "<subject> stems from <cause>" tells a cause: an event or a problem on one
    side of it (the head of the subject, before its "of"/"in" phrase, or the cause)."""
    return is_cause_thing(_HEAD_END.split(subject, 1)[0]) or is_cause_thing(cause)


def _stem_facts(text: str, opening: re.Match[str]
                ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The shortage stems from a lack of trained staff" -> "What does the shortage stem
    from?" (a sentence whose opening subject no clause was read for)."""
    found = _STEMMED.match(text, opening.end())
    cause = cut_span(text, found.end()) if found is not None else None
    if found is None or cause is None or word_count(cause) < 2 or DEMONSTRATIVE.match(cause):
        return
    if not stems_from_cause(opening.group("subject"), cause):
        return  # ("The flowers stem from a single bulb": no event, no problem)
    subject = first_lower(opening.group("subject"))
    if subject.split(None, 1)[0] in _QUANTIFIERS:
        subject = subject[0].lower() + subject[1:]  # ("Much of the anger")
    degree = found.group("degree") or ""
    *head, last = subject.split()
    if head and last.lower() in _PERFECT_AUX and found.group("verb") == "stemmed":
        # "The delays have stemmed from X" -> "What have the delays stemmed from?"
        yield AnswerKind.CAUSE, f"What {last.lower()} {' '.join(head)} {degree}stemmed from", \
            cause, ()
        return
    if head and last.lower() in _AUXILIARIES:
        return  # ("The costs could stem from ...": a guess, and no clean question)
    yield (AnswerKind.CAUSE, f"What {_SUPPORT[found.group('verb')]} {subject} {degree}stem from",
           cause, ())


_PERFECT_AUX = frozenset({"have", "has", "had"})
_AUXILIARIES = _PERFECT_AUX | {"will", "would", "could", "may", "might", "must", "should",
                               "can", "did", "does", "do"}
