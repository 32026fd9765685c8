"""A sentence opened by "He" or "She" read with the one person the sentence before names:
"Anna Lind won the sprint. She told reporters she would retire." -> "Who told reporters she
would retire?" (the card shows both sentences, so the reader sees who "she" is); "It said"
after a sentence a body opens, likewise."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from quiz.generate.facts import AnswerKind, Article, Sentence
from quiz.generate.mentions import Mention

#: Pronouns that open a sentence and stand for one person.
_PRONOUNS = ("He ", "She ")


#: Verbs after "He" or "She" that the person named just before does: speaking and stating.
_SPEAKING = frozenset("""
    said says told added explained noted stated wrote warned insisted argued claimed
    confirmed acknowledged revealed announced blamed urged promised vowed denied admitted
    apologised apologized described defended called criticised criticized welcomed rejected
""".split())
#: A quotation and its verb before the speaker's name: the sentence before is about her too
#: ('"We held firm," said Daniel Moreau, ...').
_QUOTE_SAID = re.compile(r"[\"“][^\"“”]+[\"”],?\s+(?:said|says|added|told)\s+[^\"“”]*$")
#: A post opening the sentence before, the person's name after it: "The trust's medical
#: director, Dr Helen Marsh, said ...".
_OPENING_POST = re.compile(r"(?:The|Its|Their|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}['’]s)"
                           r" [^,\"“”]{2,60}, $")
#: An unnamed person in the sentence before, whom "he" or "she" may stand for as well.
_SOMEONE = re.compile(r"\b(?:a|an|the|another|one)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|"
                      r"girl|suspect|driver|teenager|passenger|worker|pilot|officer|soldier|"
                      r"child|person|patient|player|student|resident|victim|father|mother|"
                      r"son|daughter|husband|wife|friend|spokesman|spokeswoman)\b")


class Resolved(NamedTuple):
    """A sentence with its opening pronoun replaced by a name, and the card's source."""

    name: str  # the person's name as the sentence before writes it
    text: str  # the sentence with the name for the pronoun
    shown: Sentence  # the sentence before and this one, as the card's source


def pronoun_sentence(article: Article, sentence: Sentence, people_before: list[Mention],
                     people_here: list[Mention],
                     full_names: dict[str, str] | None = None) -> Resolved | None:
    """``sentence`` read with its opening "He" or "She" replaced by the one person named in
    the sentence before (``people_before``, its people as resolved), or ``None``: when that
    sentence names no one or several people, is in another paragraph, or this one names
    another person (``people_here``), whom "he" could be is not sure. A surname alone stands
    for the one full name the article gives it (``full_names``) when that sentence's speaker
    ("In a statement, Aldridge said ..."): news gives such a sentence its own paragraph."""
    text = sentence.text
    if not text.startswith(_PRONOUNS) or sentence.index == 0 or people_here or \
            text.split(" ", 2)[1] not in _SPEAKING:
        return None
    before = article.sentences[sentence.index - 1]
    if before.is_heading or len(people_before) != 1:
        return None
    person = people_before[0]
    name = person.name
    speaker = _SPEAKER_VERB.match(before.text, person.end) is not None and \
        before.text[:1] not in "\"“"
    if " " not in name and speaker and full_names:
        name = full_names.get(name.lower(), "")
    if before.paragraph != sentence.paragraph and not speaker:
        return None
    if person.possessive or " " not in name or person.role_start > 0 and not speaker and \
            _QUOTE_SAID.match(before.text, 0, person.role_start) is None and \
            _OPENING_POST.match(before.text, 0, person.role_start) is None or \
            _SOMEONE.search(before.text) is not None:
        return None  # ("Police arrested a man after X reported ... . He was charged")
    rest = text.split(" ", 1)[1]
    return Resolved(name, f"{name} {rest}", replace(sentence, text=f"{before.text} {text}"))


#: A say verb right after the person's name: the sentence's speaker ("..., Aldridge said").
_SPEAKER_VERB = re.compile(r"\s+(?:said|says|told|added|insisted|argued|claimed|denied|"
                           r"warned|confirmed)\b")


def body_sentence(article: Article, sentence: Sentence, before_mentions: list[Mention],
                  here: list[Mention]) -> Resolved | None:
    """``sentence``, opened by "It" and a verb of speaking, read with the body that opens the
    sentence before for "It" ("Harbour City Council approved the plan. It said the library
    would open in 2027."), or ``None``: when that sentence opens on no body, names another
    body, or this one names a body of its own."""
    text = sentence.text
    if not text.startswith("It ") or sentence.index == 0 or \
            text.split(" ", 2)[1] not in _SPEAKING or any(_is_body(m) for m in here):
        return None
    before = article.sentences[sentence.index - 1]
    bodies = [m for m in before_mentions if _is_body(m)]
    if before.is_heading or len(bodies) != 1 or bodies[0].possessive or \
            bodies[0].role_start not in (0, 4) or before.text[:bodies[0].role_start] not in (
                "", "The ") or before_mentions[0] is not bodies[0] or \
            _SOMEONE.search(before.text) is not None:
        return None
    opening = before.text[:bodies[0].end]  # (with its role: "The seamen's union PNO")
    return Resolved(bodies[0].name, f"{opening} {text.split(' ', 1)[1]}",
                    replace(sentence, text=f"{before.text} {text}"))


def _is_body(mention: Mention) -> bool:
    return mention.kind is AnswerKind.ORGANISATION


def people(mentions: list[Mention]) -> list[Mention]:
    """The people among ``mentions``."""
    return [m for m in mentions if m.kind is AnswerKind.PERSON]


#: A sentence opened by a person's possessive and a body's name in apposition: "His team,
#: Velocity-Harwood, dropped him ...", "Her publisher, Marlow Books, said ...".
_POSSESSED_OPENING = re.compile(r"(?P<own>His|Her) [a-z][\w-]*(?: [a-z][\w-]*)?, "
                                r"[A-Z][^,\"“”]{1,60}, ")
#: The pronouns of a man or a woman after the opening, and what each is read as.
_HIS = re.compile(r"\b(?:he|him|his)\b")
_HERS = re.compile(r"\b(?:she|her)\b")
#: Words after "her" that make it an object ("dropped her from"), not a possessive.
_AFTER_OBJECT = frozenset({"from", "to", "for", "with", "in", "on", "at", "as", "after",
                           "before", "and", "but", "over", "into", "out", "off", "back", "a",
                           "an", "the", "some", "no", "two", "three", "more"})


def possessor_sentence(article: Article, sentence: Sentence, people_before: list[Mention],
                       full_names: dict[str, str]) -> Resolved | None:
    """``sentence``, opened by "His <noun>, <Name>," (or "Her ..."), read with the person's
    pronouns after the opening replaced by the one person the sentence before names (in
    full, or by a surname the article gives one full name: ``full_names``), or ``None`` (see
    :func:`pronoun_sentence` for when that person is sure; news gives each sentence its own
    paragraph, so the sentence before may open another, unless it is a quotation)."""
    text = sentence.text
    opening = _POSSESSED_OPENING.match(text)
    if opening is None or sentence.index == 0 or len(people_before) != 1:
        return None
    before = article.sentences[sentence.index - 1]
    person = people_before[0]
    name = person.name if " " in person.name else full_names.get(person.name.lower(), "")
    if before.is_heading or before.text[:1] in "\"“" or person.possessive or not name or \
            _SOMEONE.search(before.text) is not None:
        return None
    head, rest = text[:opening.end()], text[opening.end():]
    pronoun = _HIS if opening.group("own") == "His" else _HERS
    if pronoun.search(rest) is None:
        return None

    def named(match: re.Match[str]) -> str:
        word = match.group()
        if word in {"he", "she", "him"}:
            return name
        if word == "his":
            return f"{name}'s"
        nxt = rest[match.end():].lstrip()
        return name if not nxt[:1].isalpha() or nxt.split(None, 1)[0] in _AFTER_OBJECT \
            else f"{name}'s"
    return Resolved(name, head + pronoun.sub(named, rest),
                    replace(sentence, text=f"{before.text} {text}"))
