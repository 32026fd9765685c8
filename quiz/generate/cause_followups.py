"""Cause and effect across two sentences: "X. That is why Y", "X. This was because Y", "X. The
decision came after Y".

Journalists state an act and give its reason (or its result) in the next sentence, pointing
back with "That"/"This" or naming the act again with a noun: "The ferry service was suspended
in March. This was because the harbour wall had cracked" -> "Why was the ferry service
suspended in March?"; "The council banned cars from the old town. The decision came after a
study found ..." -> "Why did the council ban cars from the old town?"; "The team lost four
games. That is why the coach was sacked" -> "Why was the coach sacked?" (answered by the
sentence before). The sentence before must open with its own clause, a short statement of one
act (not a report, a state or a list), or nothing is asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from quiz.generate.cause_after import TIME_AFTER
from quiz.generate.cause_results import fronted_end
from quiz.generate.cause_spans import cut_span, why_question
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_lower, is_pronoun, word_count
from quiz.generate.syntax import Clause, find_clauses

#: "That is why Y", "This explains why Y": the sentence before is why Y happened.
_THAT_IS_WHY = re.compile(r"(?:That|This)(?:’s|'s|\s+is|\s+was|\s+explains)\s+why\s+")
#: "This was because Y", "That is partly due to Y", "The reason was that Y": why the sentence
#: before's act was done.
_BECAUSE = re.compile(r"(?:(?:That|This|It)\s+(?:was|is)\s+(?:(?:partly|largely|mainly|"
                      r"mostly|in part)\s+)?(?:because(?:\s+of)?|due\s+to)|The\s+reason\s+"
                      r"(?:was|is)(?:\s+that)?)\s+")
#: "The decision came after Y", "The ban follows Y", "The move comes amid Y": the act of the
#: sentence before named again by a noun.
_CAME_AFTER = re.compile(r"(?:The\s+(?:decision|move|ban|closure|cut|cuts|change|changes|"
                         r"announcement|step|suspension|delay|postponement|cancellation|"
                         r"resignation|recall|order|rise|increase|fall|drop)|This|That)\s+"
                         r"(?:(?:came|comes)\s+(?:(?:just|only|shortly)\s+)?(?:after|amid|"
                         r"following|as)|follows|followed)\s+|"
                         # "The closure is due to Y", "The delay was partly the result of Y"
                         r"The\s+(?:decision|move|ban|closure|cut|cuts|change|changes|step|"
                         r"suspension|delay|postponement|cancellation|resignation|recall|rise|"
                         r"increase|fall|drop)\s+(?:is|was)\s+(?:(?:partly|largely|mainly|"
                         r"mostly|in\s+part)\s+)?(?:due\s+to|because\s+of|the\s+result\s+of|"
                         r"a\s+response\s+to)\s+")
#: "This happened after Y", "In some cases this happened after Y": the act of the sentence
#: before (in the cases said, which the question keeps) came after Y.
_HAPPENED_AFTER = re.compile(r"(?P<cases>In\s+(?:some|many|most|several|a\s+few|at\s+least\s+"
                             r"[\w-]+)\s+cases),?\s+(?:this|that|it)\s+|(?:This|That|It)\s+")
_HAPPENED = re.compile(r"(?:(?:has|had|often|usually|sometimes|only)\s+)?(?:happened|occurred|"
                       r"took\s+place)\s+(?:(?:just|only|shortly)\s+)?(?:after|following)\s+")
#: A time told in a sentence: a month, a weekday, a year, "last week", "In the spring, ".
_DATED = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                    r"Sunday|(?:19|20)\d\d|yesterday|today|(?:last|this|next)\s+(?:week|month|"
                    r"year|season|spring|summer|autumn|winter))\b|^(?:In|On|At|During|Last|"
                    r"This|Earlier|Later)\s[^,]{1,40},")
#: "Y happened as a result.", "... because of this.": the sentence before is why Y happened.
_RESULT_END = re.compile(r",?\s+(?:as\s+a\s+(?:direct\s+)?(?:result|consequence)|because\s+of\s+"
                         r"(?:this|that)|for\s+that\s+reason)\s*[.!]?$")
#: How such a sentence ends (a cheap test first).
RESULT_ENDS = ("result.", "consequence.", "of this.", "of that.", "that reason.")
#: What a sentence opening with a follow-up must start with (a cheap test first).
OPENERS = ("That", "This", "It ", "The ", "In ")
#: Where the act a sentence states ends: a reason or a time after it, or a closing speaker.
_ACT_END = re.compile(r"\s+(?:after|because|when|as|since|following|while|but|amid|and)\s|"
                      r",\s+|\s+[—–-]\s+")
#: Main verbs that tell no act to ask the reason of (a report, a state).
_NO_ACT = frozenset("""
    said says say told added is are was were has have had seemed seems remained remains
""".split())


def followup_facts(text: str, before: str, names: frozenset[str] = frozenset()
                   ) -> Iterator[tuple[AnswerKind, str, str]]:
    """The cause facts of ``text`` read with the sentence ``before`` it: (kind, question,
    answer), the answer a span of ``text`` or of ``before`` (``names``: the words the article
    capitalises inside sentences, for the case of the subject that opens ``before``)."""
    if text.endswith(RESULT_ENDS):
        # "Thousands of homes lost power as a result.": the sentence before is why
        end = _RESULT_END.search(text)
        fact = _act(before, names) if end is not None else None
        question = _effect_why(f"{text[:end.start()]}.", 0, names) if end is not None else None
        if fact is not None and question is not None:
            yield AnswerKind.CAUSE, question, fact[1]
        return
    why = _THAT_IS_WHY.match(text)
    if why is not None:
        fact = _act(before, names)
        question = _effect_why(text, why.end(), names)
        if fact is not None and question is not None:
            yield AnswerKind.CAUSE, question, fact[1]
        return
    told = _BECAUSE.match(text) or _CAME_AFTER.match(text)
    if told is None:
        yield from _happened_after(text, before, names)
        return
    act = _act(before, names)
    reason = cut_span(text, told.end())
    if act is None or reason is None or word_count(reason) < 2 or word_count(reason) == 2 and (
            reason.split()[0].lower() in _NO_REASON_START):
        return  # ("The reason was not clear", "... still unknown": no reason told)
    closing = _CLOSING_SPEAKER.search(text, told.end())
    question = act[0]
    if closing is not None and ", according to " not in question:
        who = closing.group("who") or closing.group("said")
        if is_pronoun(who) or word_count(who) > 6:
            return
        question = f"{question}, according to {first_lower(who, names)}"
    yield AnswerKind.CAUSE, question, reason


def _happened_after(text: str, before: str, names: frozenset[str]
                    ) -> Iterator[tuple[AnswerKind, str, str]]:
    """"Staff altered the scores. In some cases this happened after parents made donations"
    -> "In some cases, when did staff alter the scores?" - "after parents made donations":
    "happened after" tells when (often why, but not always), so "When", and the answer keeps
    "after"; the cases said stay in the question."""
    pointer = _HAPPENED_AFTER.match(text)
    told = _HAPPENED.match(text, pointer.end()) if pointer is not None else None
    if told is None or pointer is None:
        return
    if _DATED.search(before):
        return  # ("In March, the club sacked its coach": "When" has two answers)
    act = _act(before, names)
    reason = cut_span(text, told.end())
    if act is None or reason is None or word_count(reason) < 3 or TIME_AFTER.match(reason):
        return
    when = f"When{act[0][3:]}"
    cases = pointer.group("cases")
    yield AnswerKind.CAUSE, f"{cases}, {when[0].lower()}{when[1:]}" if cases else when, \
        f"after {reason}"


def _effect_why(text: str, start: int, names: frozenset[str]) -> str | None:
    """"Why was the coach sacked on Monday" for the clause that opens at ``start`` (read on
    its own: after "why" the clause reader sees no clause opening)."""
    text = text[start:]
    if ", wh" in text:
        # ("waiting lists, which already stood at 250,000, would grow further": the question
        # is asked of the clause without what the relative clause adds)
        text = _SET_OFF_RELATIVE.sub("", text)
    clause = next((c for c in find_clauses(text) if c.subject_start == 0), None)
    if clause is None:
        return None
    clause = replace(clause, subject=first_lower(clause.subject, names))
    tail = text[clause.verb_end:]
    at = clause.verb_end + len(tail) - len(tail.lstrip())
    rest = cut_span(text, at) if tail.strip(" .!?") else ""
    return why_question(text, clause, at + len(rest)) if rest is not None else None


#: A relative clause set off by commas (a number's thousands comma is no comma here).
_SET_OFF_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?:[^,;:\"“”()]|(?<=\d),(?=\d)){3,90}?,"
                               r"(?=\s)")


def _act(before: str, names: frozenset[str]) -> tuple[str, str] | None:
    """The "Why" question of the one act the sentence ``before`` opens with, and that act
    as written ("Why was the ferry service suspended in March", "The ferry service was
    suspended in March"), or ``None``."""
    clauses = find_clauses(before) if before else []
    if not clauses or any(ch in before for ch in ";:\"“”()"):
        return None
    first: Clause = clauses[0]
    source = _ACCORDING.fullmatch(before, 0, first.subject_start) if first.first_token else None
    if first.first_token != 0 and source is None and fronted_end(before, first) < 0:
        return None  # (but "At the hospital, clinics were closed", "According to X, Y did")
    speaker = None
    if first.group.main.lower() in _SAID and first.first_token == 0 and len(clauses) > 1 and \
            _REPORTED_GAP.fullmatch(before, first.verb_end, clauses[1].subject_start):
        # "The minister said (that) X closed the port. The reason was Y": X's act, as told
        speaker, first = first_lower(first.subject, names), clauses[1]
    if first.group.main.lower() in _NO_ACT:
        return None
    end = _ACT_END.search(before, first.verb_end)
    stop = end.start() if end is not None else len(before.rstrip(" .!?"))
    if end is not None and end.group().strip() == "and" and any(
            c.subject_start == end.end() for c in clauses):
        return None  # ("Prices rose and the firm closed X": which act the reason is of?)
    statement = before[first.subject_start:stop]
    if not 4 <= word_count(statement) <= 20:
        return None
    question = why_question(before, replace(first, subject=first_lower(first.subject, names)),
                            stop)
    if question is not None and source is not None:
        question = f"{question}, according to {first_lower(source.group('source'), names)}"
    elif question is not None and speaker is not None:
        if is_pronoun(speaker) or word_count(speaker) > 6:
            return None
        question = f"{question}, according to {speaker}"
    return (question, statement) if question is not None else None


#: First words of a two-word "reason" that tells none ("not clear", "still unknown").
_NO_REASON_START = frozenset({"not", "still", "never", "unclear", "unknown", "simple",
                              "obvious", "clear", "twofold", "this", "that", "it"})
#: ", according to X." or ", X said." closing a follow-up: whose account the reason is.
_CLOSING_SPEAKER = re.compile(r",\s+(?:according\s+to\s+(?P<who>[^,;:\"“”]{3,60}?)|"
                              r"(?P<said>[^,;:\"“”]{3,60}?)\s+(?:said|says))\s*\.?$")
#: Saying verbs whose reported clause is the act a follow-up explains.
_SAID = frozenset({"said", "says", "announced", "confirmed", "reported"})
#: What lies between a saying verb and the reported clause's subject: nothing or "that".
_REPORTED_GAP = re.compile(r"\s+(?:that\s+)?")
#: "According to the audit report, staff raised ...": whose account the act is.
_ACCORDING = re.compile(r"According\s+to\s+(?P<source>(?:the|a|an)\s+[^,;:]{2,40}?|[A-Z][^,;:]"
                        r"{1,40}?),\s+")
