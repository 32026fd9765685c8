"""Whether a question keeps the context its sentence gave it: what "it" stands for, which
"the" thing it means, what "in practice" is set against, what "that request" points back to,
and whose words a quotation holds.

A question is cut from its sentence, so words that point elsewhere lose what they point at:
"Which retired engineer found it in the attic?" (found what?), "Which country backs the
coalition of armed groups?" (the sentence said "a coalition": which one?), "Which
organisation largely operates independently in practice?" (the sentence said "nominally under
the army's control but ..."). Such a question is led by the sentence before when that
sentence says it in full (:func:`with_sentence_before`), and is otherwise not asked (its
sentence may still give a cloze, which keeps the context).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from quiz.generate.facts import AnswerKind, Fact
from quiz.model import Category

#: "it" as a word, outside a contraction ("it's" is "it is", read the same).
_IT = re.compile(r"(?<![\w'’-])it\b(?![’'-]\w\w)")
#: "it" that stands for nothing: "it is unclear whether", "it was expected that", "it
#: took ...", "make it harder".
_DUMMY_IT = re.compile(r"\bit (?:is|was|will be|would be|has been|had been|remains|remained|"
                       r"seemed|seems) (?:not )?(?:unclear|clear|likely|unlikely|possible|"
                       r"impossible|necessary|important|difficult|hard|easy|expected|time|"
                       r"too|the first|a|an)\b|\b(?:takes|took|take|taking) it\b|"
                       r"\bit (?:takes|took)\b|\b(?:make|makes|made|making) it (?:harder|easier|"
                       r"clear|possible|impossible|difficult)\b")
#: What can go before "it" and name what it stands for: a name (a capital after the first
#: word), a number, or a noun after a determiner ("the landing software ... tested it"), not
#: a share ("about a third of her customers commute across it": across what?).
_ANTECEDENT = re.compile(r"(?<!^)\b[A-Z][\w'’-]*|\b\d|\b(?:the|a|an|its|their|this|that|"
                         r"these|those)\s+(?!(?:third|quarter|half|fifth|tenth|few|lot|number|"
                         r"bit|dozen|handful|couple|total|majority|minority|share)\b)[\w-]+")
#: A question asking for a body or a country, which "it" may stand for ("Which insurer
#: said it would appeal?", "Whose ministry said it had asked ...?").
_ASKS_BODY = ("Which ", "Whose ")
_PEOPLE = frozenset({AnswerKind.PERSON})


def dangling_it(fact: Fact, question: str) -> bool:
    """Whether ``question`` (outside quotations) says "it" with nothing before it that "it"
    can stand for: no name, number or determined noun, and not the asked body ("Which
    organisation said it ...?"); a person asked for is never "it"."""
    if " it" not in question:
        return False  # (most questions: the patterns are not tried)
    found = _IT.search(question)
    if found is None or _DUMMY_IT.search(question):
        return False
    before = question[:found.start()]
    if fact.kind not in _PEOPLE and before.startswith(_ASKS_BODY):
        return False
    asked = _ASKED_PHRASE.match(before)
    return not _ANTECEDENT.search(before, asked.end() if asked else 0)


#: The asked phrase at the start of a question ("Which retired engineer", "Who"), which "it"
#: cannot stand for when a person is asked (nor point past when it asks what "it" did).
_ASKED_PHRASE = re.compile(r"^(?:Who|Whom|Whose|What|When|Where|Why|How(?: many| much)?|"
                           r"(?:In|On|At|By|For|From|To|With|After|Before|Until|Since) "
                           r"(?:what|which|whom)(?: [a-z]+)?|Which(?: [a-z][\w-]*){1,3}?)"
                           r"(?= (?:did|does|do|was|were|is|are|has|have|had|will|would|"
                           r"could|can|[a-z]+(?:ed|s)|found|said|made|took|gave|won|"
                           r"lost|built|bought|sold|sent|led|left|met|paid|held|told|"
                           r"thought|began|became|came|ran|saw|wrote)\b)")


#: A question asking what a described thing is called.
_NAMING = re.compile(r"\b(?:name of|known as|called|call (?:itself|themselves))\b")
#: A name (a capital after the first word) or a number.
_NAME_OR_NUMBER = re.compile(r"(?<!^)\b[A-Z]|\d")
#: An apposition opening on "a" or "an" (", a coalition of", "—an alliance").
_APPOSITION = re.compile(r"[,—–(]\s*an?\s")
#: "the" and a noun in a question ("the coalition").
_THE_NOUN = re.compile(r"\bthe ([a-z][a-z-]{3,})\b")


def invented_definite(fact: Fact, question: str) -> bool:
    """Whether ``question`` says "the X" of a thing its sentence only described as "a X" in
    apposition to a name ("the Popular Front—a predominantly Shiite, Iran-backed coalition
    of armed groups" asked as "Which country backs the coalition of armed groups?"): the
    card points at something it never named."""
    text = fact.sentence.text
    if "the " not in question or fact.category is Category.CAUSE or not _apposed(text):
        return False  # (most sentences: no noun is looked for)
    if _NAME_OR_NUMBER.search(question) or _NAMING.search(question):
        return False  # (a name or a number ties the question to its story; "What is the
        # name of the private body funded by ...?" asks for what the description names)
    for match in _THE_NOUN.finditer(question):
        noun = match.group(1)
        if noun not in text:
            continue
        if _definite_in(text, noun) or not _indefinite_in(text, noun):
            continue
        return True
    return False


@functools.lru_cache(maxsize=8192)  # a sentence is asked about by several questions
def _apposed(text: str) -> bool:
    """Whether ``text`` has an apposition opening on "a" or "an"."""
    return _APPOSITION.search(text) is not None


def _definite_in(text: str, noun: str) -> bool:
    """Whether ``text`` writes ``noun`` with "the", a possessive or a demonstrative within
    the three words before it."""
    return _noun_patterns(noun)[0].search(text) is not None


def _indefinite_in(text: str, noun: str) -> bool:
    """Whether ``text`` writes ``noun`` in an apposition, with "a" or "an" within the four
    words before it ("the Popular Front, a coalition of ...", "X—an alliance of ..."): it
    describes a name the question has left out ("a two-day walkout by ambulance crews" is
    an event of its own, which "the" may ask about)."""
    return _noun_patterns(noun)[1].search(text) is not None


@functools.lru_cache(maxsize=2048)
def _noun_patterns(noun: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of ``noun`` determined ("the ... coalition") and in an apposition
    (", a ... coalition")."""
    word = re.escape(noun)
    return (re.compile(rf"\b(?:the|its|their|his|her|this|that|these|those|[\w-]+['’]s)"
                       rf"(?:\s+[\w,-]+){{0,3}}?\s+{word}\b", re.I),
            re.compile(rf"[,—–(]\s*(?:a|an)(?:\s+[\w,-]+){{0,4}}?\s+{word}\b"))


#: Words that set what is done "in practice" against what is so on paper: a question that
#: keeps the one and drops the other has lost what it contrasts.
_CONTRAST_SIDE = re.compile(r"\b(?:in practice|in reality|in effect)\b")
_OTHER_SIDE = re.compile(r"\b(?:nominally|officially|formally|on paper|in theory|in name|"
                         r"technically|but|although|though|while)\b")


def lost_contrast(question: str) -> bool:
    """Whether ``question`` says "in practice" (or "in reality", "in effect") without the
    side it is set against ("nominally under the army's control but ...")."""
    return (" in p" in question or " in r" in question or " in e" in question) and \
        _CONTRAST_SIDE.search(question) is not None and \
        _OTHER_SIDE.search(question) is None


#: A demonstrative and what follows it ("that" only opening the sentence: elsewhere it is
#: too often a conjunction).
_POINTING = re.compile(r"\b(?:[Tt]hese|[Tt]hose|[Tt]his|[Ss]uch) |^That ")
#: How many words after the demonstrative a question must copy to show it did not say
#: which thing is meant (a question that names it, "the attacks on U.S. forces in Iraq",
#: goes on in other words than its sentence).
_COPIED_WORDS = 4


def pointed_back(fact: Fact, question: str) -> bool:
    """Whether ``question`` asks about "the X" where its sentence wrote "these X" or "this
    X", pointing back to a sentence before, and says no more of X than the sentence does
    ("As a result of these attacks on the bases, dozens were hurt" asked as "What happened
    as a result of the attacks on the bases?": which attacks? the deck may tell of many)."""
    return pointing(fact, question) is not None


@dataclass(frozen=True, slots=True)
class Pointing:
    """Where a question copies a phrase its sentence points back with: ``start`` and ``end``
    in the question, the word before the phrase (``lead``: "the" or an auxiliary), the
    ``phrase`` and the sentence's ``demonstrative`` ("these")."""

    start: int
    end: int
    lead: str
    phrase: str
    demonstrative: str


def pointing(fact: Fact, question: str) -> Pointing | None:
    """Where ``question`` copies a phrase its sentence points back with (see
    :func:`pointed_back`), or None."""
    text = fact.sentence.text
    if "his " not in text and "hese " not in text and "hose " not in text and \
            "uch " not in text and not text.startswith("That "):
        return None  # (most sentences: no demonstrative is looked for)
    return _pointing_in(text, question)


# (asked twice of each question: to lead it with the sentence before, and by the last gate)
@functools.lru_cache(maxsize=4096)
def _pointing_in(text: str, question: str) -> Pointing | None:
    """:func:`pointing` for the sentence ``text``."""
    for end, head, demonstrative in _pointers(text):
        if head not in question:
            continue  # (most: the question does not have the word pointed with)
        words: list[str] = []
        found = None
        for word in text[end:].split()[:_COPIED_WORDS]:
            if word in _VERBS and words:  # "That request was turned down": the noun phrase
                # ends at its verb; a question that copies it bare or with "the" and goes on
                # with no more of its own ("Why was request turned down?") points back
                found = _copied(question, " ".join(words), ("the", *_VERBS), _GOES_ON)
                break
            bare = _END_MARK.sub("", word)
            words.append(bare)
            if bare != word:  # the phrase ends at its mark: the question must end it too
                found = _copied(question, " ".join(words), ("the",), _NOT_ENDED)
                break
        else:
            found = _copied(question, " ".join(words), ("the",), None) if words else None
        if found is not None:
            at, lead, phrase = found
            return Pointing(at, at + len(lead) + 1 + len(phrase), lead, phrase, demonstrative)
    return None


# the sentences of a corpus's facts are asked about by several questions each
@functools.lru_cache(maxsize=8192)
def _pointers(text: str) -> tuple[tuple[int, str, str], ...]:
    """Where each demonstrative of ``text`` ends, the word after it (without a closing
    mark) and the demonstrative, lower-cased ("these"), for those followed by a word."""
    found = []
    for match in _POINTING.finditer(text):
        head = text[match.end():match.end() + 40].split(maxsplit=1)
        if head:
            found.append((match.end(), _END_MARK.sub("", head[0]), match.group().strip().lower()))
    return tuple(found)


def _copied(question: str, phrase: str, leads: tuple[str, ...],
            refused: re.Pattern[str] | None) -> tuple[int, str, str] | None:
    """Where ``question`` has one of ``leads`` and ``phrase`` as whole words, not followed
    by what ``refused`` matches: (start, lead, phrase), or None."""
    for lead in leads:
        needle = f"{lead} {phrase}"
        at = question.find(needle)
        while at >= 0:
            end = at + len(needle)
            if (at == 0 or not question[at - 1].isalnum()) and \
                    not question[end:end + 1].isalnum() and \
                    (refused is None or refused.match(question, end) is None):
                return at, lead, phrase
            at = question.find(needle, at + 1)
    return None


#: The auxiliaries a pointed-at noun phrase may end at.
_VERBS = ("was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "did")
#: Words that go on to say which thing is meant ("the decision to close the school").
_GOES_ON = re.compile(r" (?:to|of|on|in|by|for|at|over|about|against|with|from|that|which|"
                      r"who)\b")
#: Anything but the end of a phrase copied whole ("the attacks?", "the attacks,").
_NOT_ENDED = re.compile(r"(?![?,]|$)")
#: The marks that end a phrase after its last word (not the stop of "U.S.").
_END_MARK = re.compile(r"(?:(?<!\.[A-Za-z])\.|[,;:!?”\"])+$")


def loses_context(fact: Fact, question: str) -> bool:
    """Whether ``question`` has lost context its sentence gave it (see the module)."""
    return dangling_it(fact, question) or invented_definite(fact, question) or \
        lost_contrast(question) or pointed_back(fact, question) or quoted_actor(fact)


#: Words that give a name, right before it ("who call themselves the", "known as").
_NAMING_BEFORE = re.compile(r"\b(?:call|calls|calling|called) (?:themselves |itself )?(?:the )?$|"
                            r"\b(?:known as|named|dubbed) (?:the )?$")


def quoted_actor(fact: Fact) -> bool:
    """Whether the fact's actor is named inside a quotation its sentence opens and closes
    ("'Costa Ricans voted for a country where a mother can walk her children to school
    without fear,' she said" asked as "Who voted for ...?": a fragment of a quote)."""
    text = fact.sentence.text
    if fact.kind not in _ACTORS or ('"' not in text and "“" not in text):
        return False
    at = text.find(fact.answer)
    if at < 0:
        return False
    before, after = text[:at], text[at + len(fact.answer):]
    if _NAMING_BEFORE.search(before):
        return False  # "groups who call themselves the Islamic Resistance": a name given
    return before.count("“") > before.count("”") and "”" in after or \
        before.count('"') % 2 == 1 and '"' in after


_ACTORS = frozenset({AnswerKind.PERSON, AnswerKind.ORGANISATION, AnswerKind.GROUP,
                     AnswerKind.COUNTRY})


#: The longest sentence put before a question to say what it points at.
_LONGEST_LEAD = 220
#: Words that point elsewhere (a demonstrative only opening a sentence).
_POINTER = re.compile(r"\b(?:it|they|them|he|she|him|his|her|its|their|this|these|those)\b|"
                      r"^(?:It|This|These|Those|That|They|He|She|His|Her|Its|Their|Such)\b")


def _points_itself(sentence: str) -> bool:
    """Whether ``sentence`` points elsewhere itself ("Historians assumed it was lost": what
    was?), so cannot say what a question's "it" or "that request" is: it opens on a pronoun
    or a demonstrative, has a pronoun with no name or determined noun before it, or a
    quotation it does not both open and close."""
    if sentence.count('"') % 2 or sentence.count("“") != sentence.count("”"):
        return True  # (a quotation opened or closed in another sentence)
    return any(match.start() == 0 or not _ANTECEDENT.search(sentence, 0, match.start())
               for match in _POINTER.finditer(sentence))


def with_sentence_before(fact: Fact, question: str, before: str | None) -> str:
    """``question`` led by the sentence before its own where it says "it" with nothing on the
    card to stand for, copies a phrase that points back ("That request was turned down
    because ..." -> "<the sentence before> Why was that request turned down?"), or says "the
    same period" of one its sentence does not name ("offered 6.5% over the same period",
    the period of the sentence before: kept when there is no lead); unchanged
    when it needs no lead or the sentence before cannot give one (it is missing, long,
    points elsewhere itself, or names the answer): the last gate then drops it."""
    said = _QUOTED.sub("", question) if '"' in question or "“" in question else question
    pointed = pointing(fact, question)
    if pointed is None and not dangling_it(fact, said) and not (
            " the same " in said and _SAME_AS_BEFORE.search(fact.sentence.text)):
        return question
    if not before or len(before) > _LONGEST_LEAD or _points_itself(before) or \
            fact.answer in before or not before.endswith("."):
        return question
    if pointed is not None:
        lead = "" if pointed.lead == "the" else f"{pointed.lead} "
        question = f"{question[:pointed.start]}{lead}{pointed.demonstrative} " \
                   f"{pointed.phrase}{question[pointed.end:]}"
    return f"{before} {question}"


_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]?")
#: "the same period" (or day, year ...): as one the sentence before names.
_SAME_AS_BEFORE = re.compile(r"\bthe same (?:period|day|time|year|month|week|date|rate|"
                             r"amount|level|figure|margin)\b(?! as\b)")
