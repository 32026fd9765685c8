"""A reason the actor gives for its own act, in a participle after it: "Business groups
opposed the extension, warning that it would hurt small shops" -> "Why did business groups
oppose the extension?" (it would hurt small shops); "The regulator raised its alert level,
warning of a risk of flooding" -> (a risk of flooding).

The act is the sentence's own clause, of any verb but one of saying ("said X, saying Y" gives
no act) and with no statement or interview for object ("issued a statement, saying"); the
reason is a clause of its own (a finite verb in its first words), its "it"/"they" standing
for what the question names. The participle's subject is the act's, so the reason is the
actor's own: the question needs no "according to".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_reports import JUDGING_VERBS
from quiz.generate.cause_spans import DEMONSTRATIVE, cut_span, why_question
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import is_pronoun, word_count
from quiz.generate.lexicon import GROUP_WORDS
from quiz.generate.syntax import Clause

#: The participles :func:`stated_reason_facts` reads (the caller's cheap word gate).
STATED_WORDS = frozenset({"saying", "warning", "complaining", "explaining", "protest"})
#: Substrings one of which a sentence holds when :func:`stated_reason_facts` may find one.
STATED_CUES = (", saying", ", warning", ", complaining", ", explaining", " in protest")
_STATED = re.compile(r",\s+(?P<verb>saying|warning|complaining|explaining)\s+"
                     r"(?P<of>of\s+)?(?:that\s+)?")
#: What may come before the act's subject: a conjunction ("But"), a short phrase set off by
#: a comma ("In May, ", "Separately, "), both; a clause there would be a clause of its own.
_FRONTED = re.compile(r"(?:(?:But|And|Yet|Still|Now)\s+)?(?:[^,;:\"“”()]{1,40},\s+)?")
#: Verbs whose clause is a saying, not an act a reason is given for.
_SAYING_VERBS = frozenset("""
    said says say told tells tell added adds stated states wrote writes spoke speaks speak
    posted posts tweeted tweets commented comments reported reports noted notes
    is are was were be been has have had
""".split())
#: An object that makes the act a statement ("issued a statement", "told reporters").
_STATEMENT = re.compile(r"\b(?:statements?|reporters|journalists|interviews?|press|"
                        r"conferences?|briefings?|letters?|posts?|messages?|videos?|"
                        r"television|radio|media|blog|column|broadcasts?|speech(?:es)?|"
                        r"remarks|comments?)\b", re.IGNORECASE)
#: A subject that names nobody ("others warned", "some said", "many complained").
_VAGUE = frozenset({"others", "some", "many", "most", "few", "several", "both", "all",
                    "one", "another", "those", "these", "critics of it"})
#: A finite verb among the reason's first words: the reason is a clause ("it would hurt",
#: "demand fell").
_FINITE = re.compile(r"^(?:[\w’'-]+\s+){1,8}?(?:would|will|could|can|may|might|should|must|"
                     r"is|are|was|were|had|has|have|did|does|do|[a-z]{2,}ed|fell|rose|grew|"
                     r"went|came|took|made|gave|found|lost|left|kept|held|ran|hit|paid|sold|"
                     r"brought|bought|built|sent|spent|won|began|broke|drove|froze|knew|led|"
                     r"meant|saw|shook|stole|struck|threw|wore|wrote|(?:draw|need|"
                     r"lack|cost|put|make|take|threaten|fail|remain|face|pose|leave|mean|"
                     r"hurt|harm|risk|give|keep|prevent|allow)s?)\b")
_FUTURE = frozenset({"would", "will"})
#: Verbs of refusing: a statement refused is an act with a reason ("declined to comment").
_REFUSING = frozenset({"declined", "declines", "refused", "refuses"})
#: A bare "and" before the act's own subject: "Prices rose and the firm closed X, warning".
_AND_BEFORE = re.compile(r"\s+and\s+$")
_QUOTES = frozenset("\"“”")
_PRONOUN_REASON = frozenset({"it", "they", "he", "she"})
_FIRST_PERSON = frozenset({"i", "we", "you", "our", "my", "your"})


def stated_reason_facts(text: str, clauses: list[Clause]
                        ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"X did Y, saying/warning/complaining/explaining (that) Z" -> "Why did X do Y?" (Z);
    "warning of Z" -> (Z); and a bare "in protest" (:func:`protest_facts`)."""
    if " in protest" in text:
        yield from protest_facts(text, clauses)
    for match in _STATED.finditer(text):
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner:
            return
        clause = owner[0]
        if len(owner) > 1 and (_JOINED_BEFORE.search(text, 0, owner[-1].subject_start) or
                               _AND_BEFORE.search(text, 0, owner[-1].subject_start)):
            clause = owner[-1]  # ("X approved the plan, and residents reacted angrily, saying")
        elif clause.first_token != 0 and not _FRONTED.fullmatch(text, 0, clause.subject_start):
            return
        if any(c.subject_start > clause.verb_end for c in owner[owner.index(clause) + 1:]):
            return  # another clause between: whose act the reason is, is not clear
        subject = clause.subject
        if is_pronoun(subject) or subject.lower() in _VAGUE or word_count(subject) > 8 or any(
                ch in subject for ch in ",;:\"“”()"):
            return
        if clause.group.main.lower() in _SAYING_VERBS:
            return
        judged = clause.group.main.lower() in JUDGING_VERBS and match.group("verb") == "saying"
        predicate = text[clause.verb_end:match.start()]
        if _STATEMENT.search(predicate) and clause.group.main.lower() not in _REFUSING or \
                word_count(predicate) > 20:
            return  # (but "declined to comment, saying X": why the comment was refused)
        reason = cut_span(text, match.end())
        if reason is None or word_count(reason) < 3 or text[
                text.find(reason, match.end()) + len(reason):].lstrip()[:1] in _QUOTES:
            continue  # ("was intended "to protect our people"": cut before the quote)
        first = reason.split()[0].lower()
        if judged and first not in _PRONOUN_REASON:
            continue  # (read by cause_reports.judged_reason_facts, its reason cut its own way)
        if first in _FIRST_PERSON or first not in _PRONOUN_REASON and DEMONSTRATIVE.match(reason):
            continue  # ("saying this was needed": what "this" is, is told elsewhere)
        if match.group("of"):
            if match.group("verb") != "warning" or is_pronoun(reason):
                continue
        elif not _FINITE.match(reason) or first in _PRONOUN_REASON and (
                word_count(reason) < 4 or match.group("verb") != "warning" and
                reason.split()[1].lower() in _FUTURE and _may_be_actor(first, subject)):
            continue  # ("saying goodbye": no reason; "saying it was unsafe": unsafe what?;
            # "announced record profits, saying it would hire 200 staff": its next act)
        question = why_question(text, clause, match.start())
        if question is None:
            continue
        link = text[match.start():match.end()].strip(" ,")
        yield AnswerKind.CAUSE, question, reason, (f"{link} {reason}",)


#: A subject's head, before a phrase after it ("Teachers [in Lyon]").
_HEAD = re.compile(r"(.+?)(?:\s+(?:from|of|at|in|on|for|with|across|behind)\s.*)?$")


def _may_be_actor(pronoun: str, subject: str) -> bool:
    """Whether the reason's "it"/"they"/"he"/"she" may be the act's own subject (a singular
    "it" after "the company", "they" after "residents"), not the thing acted on."""
    if pronoun in {"he", "she"}:
        return True
    found = _HEAD.match(subject)
    head = (found.group(1) if found else subject).split()[-1]
    plural = " and " in subject or head.lower() in GROUP_WORDS or head.islower() and \
        head.endswith("s") and not head.endswith(("ss", "us"))
    return plural == (pronoun == "they")


#: "in protest" with nothing after it of what against ("in protest at X" is a connective's).
_PROTEST = re.compile(r"\s+in\s+protest(?=\s*[,.;]|\s*$)")
#: What may come before the clause of the act: nothing, a fronted time, ", and", "; ".
_JOINED_BEFORE = re.compile(r"(?:,\s+(?:and|but)|;)\s+$")


def protest_facts(text: str, clauses: list[Clause]
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Traders suspended auctions for the day in protest" -> "Why did traders suspend
    auctions for the day?" (in protest): the act's own clause, the one just before."""
    for match in _PROTEST.finditer(text):
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner:
            continue
        clause = owner[-1]
        if clause.first_token != 0 and not _FRONTED.fullmatch(text, 0, clause.subject_start) \
                and not _JOINED_BEFORE.search(text, 0, clause.subject_start):
            continue
        subject = clause.subject
        if is_pronoun(subject) or subject.lower() in _VAGUE or word_count(subject) > 10 or \
                clause.group.main.lower() in _SAYING_VERBS:
            continue
        question = why_question(text, clause, match.start())
        if question is not None:
            yield AnswerKind.CAUSE, question, "in protest", ("protest",)
