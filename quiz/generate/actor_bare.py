"""A bare "the plan" in an actor question is named as the article names it, or not asked."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from quiz.generate.lexicon import TITLE_WORDS, demonyms

#: "the" and up to three lower-case words: a definite noun phrase nothing names ("the plan",
#: "the new schedule", "the club's finances"), and what follows it.
_DEFINITE = re.compile(r"\bthe ((?:(?!the )[a-z][a-z-]* ){0,2}(?!the\b)[a-z][a-z-]*)"
                       r"(?P<own>['’]s)?(?![\w'’-])")
#: Words that end a noun phrase: what follows is no longer part of it.
_ENDS = frozenset("""
to of in on at by for from with without into over under after before during since until about
against between behind among and or but as than that which who whom whose while when where if
a an the its their his her our my your this these those some any all both
because so is are was were be been has have had do does did will would can could should may
might must not said says say told tells also then last this next each every earlier later
""".split())
#: Words after a noun phrase that tell which one it is ("the attack on X", "the plan to cut").
_QUALIFIERS = frozenset("of that which who whom whose between behind against to on for over "
                        "from into with".split())
#: Heads a reader needs no more of: times, the world at large, the answer's own slot.
_SELF_EVIDENT = frozenset("""
year years month months week weeks weekend day days morning afternoon evening night time times
summer winter spring autumn season end start beginning first second third last same past future
rest most least only number country region world public press media government state area way moment
whole entire
""".split())  # ("the whole city", "the entire network": all of it, no one thing pointed back to)
#: "Who became chief executive in 2020?": a post, and no body it is a post in.
_BARE_POST = re.compile(r"^(?:became|was (?:appointed|named|elected|made)|took over as) "
                        r"(?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*(?: (?:in|on|last|this) [^ ]+)?$")


def specified(question: str, asker: str, answer: str, previous: Sequence[str],
              topic: str = "") -> str | None:
    """``question`` with the bare definite noun phrases of what it says the actor did named
    as ``previous`` (the sentence and those before it, nearest first) names them, or ``None``
    when one cannot be named (a naming that holds the ``answer`` gives it away: "a Harvard-led
    study") and nothing else in the question tells which event it is:
    "Which British drugmaker developed the vaccine?" is asked "... developed the RTS,S malaria
    vaccine?"; "Which organisation criticised the plan?" is not asked.

    A bare noun whose head the article's ``topic`` (its headline and opening sentence, lower
    case) names is the story's own ("Who bought the painting?" of a story that opens on the
    sale of a painting): it tells which as well as a name would."""
    plan = _plan(question, asker)
    if plan is None or plan.whole:
        return None if plan is None else question
    out = question
    unnamed = False
    topical = False
    for start, stop, head in plan.phrases:
        named = _named(head, answer.lower(), previous)
        if named is None and topic and (_is_topic(head, topic) or _is_topic(
                question[start:stop].split(" ", 1)[0], topic)):  # ("the violin wrapped in")
            topical = True
        elif named is None:
            unnamed = True
        else:
            out = f"{out[:start]}{named}{out[stop:]}"
    if out is question and (unnamed or plan.short and not topical) and not _anchored(
            question, plan.asker, len(question)):
        return None  # "Who denied any wrongdoing?", "Who said the council had no choice?"
    return out


class _Plan(NamedTuple):
    """What of a question :func:`specified` reads from the question alone."""

    asker: str  # as the question writes it ("With which organisation")
    whole: bool  # the question is asked as it is, nothing to name
    phrases: tuple[tuple[int, int, str], ...]  # bare noun phrases, last first: where, head
    short: bool  # it says too little of what was done to stand without a name


@lru_cache(maxsize=16384)
def _plan(question: str, asker: str) -> _Plan | None:
    """The bare noun phrases of ``question`` to name, or ``None`` when it cannot be asked
    (cached: the same questions come from every copy of a sentence, in other contexts)."""
    if not question.startswith(asker):  # "With which organisation ...", "According to whom"
        at = question.lower().find(asker.lower() + " ")
        asker = question[:at + len(asker)] if at >= 0 else question.split(" ", 1)[0]
    rest = question[len(asker):]
    words = rest.split()
    if _BARE_POST.match(rest.strip()) or question.startswith("With ") and _ONE_SIDE.match(rest):
        return None
    role = asker.startswith("Which ") and asker.rsplit(" ", 1)[-1].lower() in TITLE_WORDS
    if not words or " the " not in rest and len(words) > _FEW_WORDS + _FEW_SAID and not role:
        return _Plan(asker, True, (), False)
    end = len(question)
    if words[0] in _SAY or words[0] == "that":
        end = len(asker) + rest.find(words[0]) + len(words[0])
    elif " that " in rest:
        end = len(asker) + rest.find(" that ")
    phrases: list[tuple[int, int, str]] = []
    for match in reversed(list(_DEFINITE.finditer(question, len(asker), end))
                          if " the " in question else ()):
        phrase = _noun_phrase(match.group(1))
        if phrase is None:
            continue
        if " " in phrase and question[:match.start()].rsplit(None, 1)[-1] in _AUXILIARIES:
            phrase = phrase.rsplit(" ", 1)[0]  # "did the agency choose": the verb is not in it
        head = phrase.rsplit(" ", 1)[-1]
        first = phrase.split(" ", 1)[0]
        if first in _SELF_EVIDENT or first.endswith("est") and len(first) > 5 and \
                first not in _EST_NOUNS:
            continue  # "the most seats", "the largest share": no thing pointed back to
        stop = match.start(1) + len(phrase)
        owner = match.group("own") is not None and phrase == match.group(1)
        if not owner:
            follow = question[stop:].split(None, 2)
            if head in _SELF_EVIDENT or follow and (follow[0][:1].isupper() or follow[0] in
                                                    _QUALIFIERS and not _a_time(follow[1:])):
                continue
        phrases.append((match.start(1), stop, head))
    short = len(words) <= _FEW_WORDS or role if end == len(question) else \
        len(question[end:].split()) <= _FEW_SAID and "“" not in question and '"' not in question
    return _Plan(asker, False, tuple(phrases), short)


def _is_topic(head: str, topic: str) -> bool:
    """Whether ``topic`` holds ``head`` as a whole word (or its plural): the noun the story
    opens on, a thing every card of the deck shares."""
    at = topic.find(head)
    while at >= 0:
        end = at + len(head)
        if (at == 0 or not topic[at - 1].isalnum()) and (
                end == len(topic) or not topic[end].isalnum() or topic[end] == "s" and (
                    end + 1 == len(topic) or not topic[end + 1].isalnum())):
            return head not in _NOT_TOPICS
        at = topic.find(head, end)
    return False


#: Heads too general to be a story's one thing even when its opening names them.
_NOT_TOPICS = frozenset("""
people person man woman men women thing things case cases part parts one ones group groups
company companies firm firms country countries city cities town area areas plan plans
""".split())


def _anchored(question: str, asker: str, end: int) -> bool:
    """Whether a name or a number (not a day or a month) or quoted words in what ``question``
    says was done, or a name in its ``asker`` ("Which NASA administrator"), tells which event
    it is."""
    return any(_WEAK_ANCHOR.match(question, m.start()) is None
               for m in _ANCHOR.finditer(question, len(asker) + 1, end)) or _QUOTED.search(
        question, len(asker), end) is not None or any(
        word[:1].isupper() and word.lower() not in TITLE_WORDS and word.lower() not in
        demonyms() for word in asker.split()[1:])


#: "With which organisation did talks break down?": talks, deals and meetings have two sides,
#: and a question naming neither but the answer's tells not whose.
_ONE_SIDE = re.compile(r" (?:did|do|does|had|have|has|was|were|will) (?:the )?(?:talks|"
                       r"negotiations|discussions|consultations|deal|merger|agreement|"
                       r"meeting|match|dispute|partnership|contract)\b")
#: A name or a number in what a question says was done tells which event it is.
_ANCHOR = re.compile(r"(?<![\w'’])(?:[A-ZÀ-ÖØ-Þ]|\d)")
#: Quoted words of two or more: 'called the offer "too little, too late"' tells which act.
_QUOTED = re.compile(r"[\"“][^\"“”]*\s[^\"“”]*[\"”]")
#: Days and months name no event: "Which government collapsed on Friday?" could be any.
_WEAK_ANCHOR = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                          r"February|March|April|May|June|July|August|September|October|"
                          r"November|December)\b")
#: A question saying this few words of what was done, with no name or number, is any deck's.
_FEW_WORDS = 4
#: A statement this short, with no name or number, could be anyone's in the deck.
_FEW_SAID = 5
#: Nouns ending as superlatives do ("the request" is a thing pointed back to).
_EST_NOUNS = frozenset("request interest protest forest harvest contest conquest inquest arrest "
                       "manifest bequest".split())
_AUXILIARIES = frozenset("did does do had has have was were is are will would can could must "
                         "should".split())
_SAY = frozenset("said says told tells announced added warned stated argued".split())


def _a_time(after: list[str]) -> bool:
    """Whether the words after a preposition tell when ("on Tuesday", "in the morning"), not
    which thing the noun before is."""
    return bool(after) and (_WEAK_ANCHOR.match(after[0]) is not None or after[0] in _WHEN)


_WHEN = frozenset("last this next earlier later time".split())


def _noun_phrase(words: str) -> str | None:
    """The words of ``words`` up to the first that ends a noun phrase, or ``None``."""
    kept: list[str] = []
    for word in words.split():
        if word in _ENDS:
            break
        kept.append(word)
    return " ".join(kept) or None


def _named(head: str, answer: str, previous: Sequence[str]) -> str | None:
    """How the nearest of ``previous`` names a ``head`` by a name or a number before it ("its
    Aurora telescope" -> "Aurora telescope", "the Norwegian Defence Materiel Agency"), or
    ``None``. (Plain string search: a pattern per noun would be compiled for every new one.)"""
    for text in previous:
        low = text.lower()
        at = low.find(head)
        while at >= 0:
            end = at + len(head)
            if (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or
                                                          not low[end].isalnum()):
                named = _named_at(text, at, end, answer)
                if named is not None:
                    return named
            at = low.find(head, end)
    return None


def _named_at(text: str, at: int, end: int, answer: str) -> str | None:
    """The name before the noun at ``at:end`` of ``text``, after a determiner or an owner
    ("its Aurora telescope", "Brightwave's Lumen plant"), or ``None``."""
    words = text[:at].split()[-4:]
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word.lower() in _DETERMINERS or word[:1].isupper() and word.endswith(("'s", "’s")):
            mods = words[k + 1:]
            if not mods or not (mods[0][:1].isupper() or mods[0][:1].isdigit()) or any(
                    m.lower() in _ENDS or m.endswith(",") and m[:-1].isalpha() for m in mods):
                return None
            named = " ".join([*mods, text[at:end]])
            if _NAME_GOES_ON.match(text, end):
                return None  # "the General Union | of Port Workers": only part of a name
            return None if answer in f"{word} {named}".lower() else named
    return None


_DETERMINERS = frozenset("the its their his her a an".split())
_NAME_GOES_ON = re.compile(r"\s+(?:of|for|and|&)\s+(?:the\s+)?[A-Z]")
