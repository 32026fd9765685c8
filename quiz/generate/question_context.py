"""Whether a question keeps the context its sentence gave it: what "it" stands for, which
"the" thing it means, and what "in practice" is set against.

A question is cut from its sentence, so words that point elsewhere lose what they point at:
"Which retired engineer found it in the attic?" (found what?), "Which country backs the
coalition of armed groups?" (the sentence said "a coalition": which one?), "Which
organisation largely operates independently in practice?" (the sentence said "nominally under
the army's control but ..."). Such a question is not asked (its sentence may still give a
cloze, which keeps the context).
"""

from __future__ import annotations

import re

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
#: word), a number, or a noun after a determiner ("the landing software ... tested it").
_ANTECEDENT = re.compile(r"(?<!^)\b[A-Z][\w'’-]*|\b\d|\b(?:the|a|an|its|their|this|that|"
                         r"these|those)\s+[\w-]+")
#: A question asking for a body or a country, which "it" may stand for ("Which insurer
#: said it would appeal?", "Whose ministry said it had asked ...?").
_ASKS_BODY = ("Which ", "Whose ")
_PEOPLE = frozenset({AnswerKind.PERSON})


def dangling_it(fact: Fact, question: str) -> bool:
    """Whether ``question`` (outside quotations) says "it" with nothing before it that "it"
    can stand for: no name, number or determined noun, and not the asked body ("Which
    organisation said it ...?"); a person asked for is never "it"."""
    if "it" not in question:
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
#: "the" and a noun in a question ("the coalition").
_THE_NOUN = re.compile(r"\bthe ([a-z][a-z-]{3,})\b")


def invented_definite(fact: Fact, question: str) -> bool:
    """Whether ``question`` says "the X" of a thing its sentence only described as "a X" in
    apposition to a name ("the Popular Front—a predominantly Shiite, Iran-backed coalition
    of armed groups" asked as "Which country backs the coalition of armed groups?"): the
    card points at something it never named."""
    if "the " not in question or fact.category is Category.CAUSE or \
            _NAMING.search(question) or _NAME_OR_NUMBER.search(question):
        return False  # (a name or a number ties the question to its story; "What is the
        # name of the private body funded by ...?" asks for what the description names)
    text = fact.sentence.text
    for match in _THE_NOUN.finditer(question):
        noun = match.group(1)
        if noun not in text:
            continue
        if _definite_in(text, noun) or not _indefinite_in(text, noun):
            continue
        return True
    return False


def _definite_in(text: str, noun: str) -> bool:
    """Whether ``text`` writes ``noun`` with "the", a possessive or a demonstrative within
    the three words before it."""
    return re.search(rf"\b(?:the|its|their|his|her|this|that|these|those|[\w-]+['’]s)"
                     rf"(?:\s+[\w,-]+){{0,3}}?\s+{re.escape(noun)}\b", text, re.I) is not None


def _indefinite_in(text: str, noun: str) -> bool:
    """Whether ``text`` writes ``noun`` in an apposition, with "a" or "an" within the four
    words before it ("the Popular Front, a coalition of ...", "X—an alliance of ..."): it
    describes a name the question has left out ("a two-day walkout by ambulance crews" is
    an event of its own, which "the" may ask about)."""
    return re.search(rf"[,—–(]\s*(?:a|an)(?:\s+[\w,-]+){{0,4}}?\s+{re.escape(noun)}\b",
                     text) is not None


#: Words that set what is done "in practice" against what is so on paper: a question that
#: keeps the one and drops the other has lost what it contrasts.
_CONTRAST_SIDE = re.compile(r"\b(?:in practice|in reality|in effect)\b")
_OTHER_SIDE = re.compile(r"\b(?:nominally|officially|formally|on paper|in theory|in name|"
                         r"technically|but|although|though|while)\b")


def lost_contrast(question: str) -> bool:
    """Whether ``question`` says "in practice" (or "in reality", "in effect") without the
    side it is set against ("nominally under the army's control but ...")."""
    return "in " in question and _CONTRAST_SIDE.search(question) is not None and \
        _OTHER_SIDE.search(question) is None


#: A demonstrative ("that" is too often a conjunction to count) and what follows it.
_POINTING = re.compile(r"\b(?:[Tt]hese|[Tt]hose|[Tt]his|[Ss]uch) ")
#: How many words after the demonstrative a question must copy to show it did not say
#: which thing is meant (a question that names it, "the attacks on U.S. forces in Iraq",
#: goes on in other words than its sentence).
_COPIED_WORDS = 4


def pointed_back(fact: Fact, question: str) -> bool:
    """Whether ``question`` asks about "the X" where its sentence wrote "these X" or "this
    X", pointing back to a sentence before, and says no more of X than the sentence does
    ("As a result of these attacks on the bases, dozens were hurt" asked as "What happened
    as a result of the attacks on the bases?": which attacks? the deck may tell of many)."""
    text = fact.sentence.text
    if "the " not in question or _POINTING.search(text) is None:
        return False
    for match in _POINTING.finditer(text):
        words: list[str] = []
        for word in text[match.end():].split()[:_COPIED_WORDS]:
            bare = _END_MARK.sub("", word)
            words.append(bare)
            if bare != word:  # the phrase ends at its mark: the question must end it too
                if re.search(rf"\bthe {re.escape(' '.join(words))}(?=[?,]|$)", question):
                    return True
                break
        else:
            if f"the {' '.join(words)}" in question:
                return True
    return False


#: The marks that end a phrase after its last word (not the stop of "U.S.").
_END_MARK = re.compile(r"(?:(?<!\.[A-Za-z])\.|[,;:!?”\"])+$")


def loses_context(fact: Fact, question: str) -> bool:
    """Whether ``question`` has lost context its sentence gave it (see the module)."""
    return dangling_it(fact, question) or invented_definite(fact, question) or \
        lost_contrast(question) or pointed_back(fact, question)
