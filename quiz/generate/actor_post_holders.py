"""A person and the post she holds in a named body, read from the text in every layout of a
statement and its speaker ("..., said Batbayar Dorj, chief executive of Mongolia Agricultural
Reinsurance."; "“...,” said Oceana's Peru director, Juan Carlos Rivas."; "Helen Marsh, the
chairman of Clarke Wilmot, told ...") -> "Who is the chief executive of Mongolia Agricultural
Reinsurance?", "Who is Oceana's Peru director?".

The names are read here, not taken from the sentence's mentions: a post between a name and a
body is where the name finder most often joins or splits them ("Willem van der Berg",
"chief executive of Mongolia Agricultural Reinsurance")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from quiz.generate.actor_phrases import Actor
from quiz.generate.actor_tense import post_verb
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import is_past_tense
from quiz.generate.lexicon import TITLE_WORDS
from quiz.generate.mentions import Mention, kind_of

#: Heads of a post one person holds in a body (a "member of" or a "researcher at" is one of
#: many, and no post: those are asked by :mod:`~quiz.generate.actor_members`).
POST_HEADS = frozenset("""
    chairman chairwoman chair chairperson president vice-president director
    secretary secretary-general head leader chief ceo cfo coo treasurer governor mayor
    minister spokesman spokeswoman spokesperson manager editor editor-in-chief dean rector
    principal provost commissioner commander chancellor founder co-founder ombudsman
    superintendent comptroller coach captain ambassador envoy curator director-general
""".split())
#: Heads that are a post only after "chief" or "head" ("chief economist"); "general" is one
#: after a post ("director general").
_CHIEF_HEADS = frozenset({"executive", "economist", "scientist", "negotiator", "strategist",
                          "analyst", "engineer", "inspector", "investigator", "prosecutor",
                          "officer", "operating", "financial"})
_POST_WORD = r"[a-z][\w-]*"
#: A person's full name: two to four capitalised words, with the particles of surnames, not
#: opened by a word that opens a sentence ("But Rebecca Lowe").
PERSON = (r"(?!(?:But|And|Or|So|Yet|The|A|An|In|On|At|When|While|As|After|Before|Since|If|"
          r"Meanwhile|However|Then|Now|Although|Though|Because|Last|This|That|Its|His|Her|"
          r"Their)\b)[A-Z][a-zà-ÿ'’-]+(?: (?:(?:van|von|der|den|de|da|dos|das|du|la|le|al|bin|"
          r"ibn|el|di|del|ter|ten) )*[A-Z][a-zà-ÿ'’-]+){1,3}")
#: Capitalised words of a time, which end a body's name ("the Red Cross on Monday").
TIMES = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
          r"April|May|June|July|August|September|October|November|December)")
#: A body's name: capitalised words, with the small words names hold ("Bank of Ghana").
BODY = (r"(?!" + TIMES + r"\b)[A-Z][\w'’.&-]*(?: (?:(?:of|for|and|de|del|la|du|des|the|&) )*"
         r"(?!" + TIMES + r"\b)[A-Z0-9][\w'’.&-]*)"
         r"{0,6}")
#: Where a speaker's name opens: the sentence, a verb of saying, or a comma or quote mark.
_OPENS = re.compile(r"(?:^|(?:said|says|added|warned|announced|explained|noted|stated|wrote|"
                    r"told|insisted|argued|claimed|confirmed|according to|and|but|And|But)\s|"
                    r"[,”\"]\s|\s[-—–]\s)$")

#: "<Name>, (the) <post> of|at|for (the) <Body>" and what ends it.
_NAME_POST = re.compile(r"(?P<name>" + PERSON + r"), (?P<who>who (?:is|was) )?(?P<the>the )?"
                        r"(?P<post>(?:" + _POST_WORD +
                        r" ){0,3}(?P<head>" + _POST_WORD + r")) (?P<prep>of|at|for) "
                        r"(?P<bthe>the )?(?P<body>" + BODY + r")")
#: "<Owner>'s (<Place>) <post>, <Name>" and what ends it; the owner by its name ("Oceana",
#: "The Red Cross") or by its kind ("the corporation", "the Dutch pilots' corporation").
_OWNER = (r"(?P<owner>[Tt]he (?:[A-Za-z][\w'’-]* ){0,3}[a-z][\w-]*|(?:[Tt]he )?[A-Z][\w'’.&-]*"
          r"(?: (?:of |for |and |de )?[A-Z][\w'’.&-]*){0,4})['’]s (?P<post>(?:[A-Z][\w-]+ |"
          + _POST_WORD + r" ){0,3}(?P<head>" + _POST_WORD + r"))")
_OWNED_NAME = re.compile(_OWNER + r"(?P<comma>,)? (?P<name>" + PERSON + r")")
#: "<Name>, <Owner>'s <post>," (the name finder's reading of it is the titles' rule's).
_NAME_OWNED = re.compile(r"(?P<name>" + PERSON + r"), " + _OWNER + r"(?=,)")
#: "<Name>, who heads (the) <Body>" (the same, read from the names found, is the held posts').
_NAME_HEADS = re.compile(r"(?P<name>" + PERSON + r"), who (?P<verb>chairs|co-chairs|heads|leads|"
                         r"runs) (?P<bthe>the )?(?P<body>" + BODY + r")")
#: What every post of :data:`_OWNER` holds, tested before it (most sentences hold none): a
#: post's head word after "'s ".
_HEADS = r"(?:" + "|".join(sorted(POST_HEADS | _CHIEF_HEADS | {"general"})) + r")"
_OWNED_CUE = re.compile(r"['’]s (?:[\w-]+ ){0,3}" + _HEADS + r"\b")
#: Words of a post that make it one of several, or no post of the body's.
_NOT_POST_WORDS = frozenset({"a", "an", "one", "its", "their", "his", "her", "former", "acting",
                             "interim", "new", "own", "other", "another", "assistant",
                             "also", "and", "then", "who", "which"})
#: When a statement was made, after its speaker: " on Monday", " last week", " yesterday".
_WHEN = re.compile(r" (?:on [A-Z][a-z]+day|(?:last|this|earlier this|late on|early on) [a-zA-Z]+|"
                   r"yesterday|today|earlier)(?=[,.;]|$)")
#: A verb of saying right after a speaker's name.
_SAYS = re.compile(r" (?:has |had )?(?:said|says|added|adds|warned|warns|told|tells|announced|"
                   r"announces)\b")
#: The word after the comma that closes a naming, where a verb would open the predicate.
_ACT = re.compile(r" (?:also |later |then )?([a-z]+)\b")
#: Words that open a predicate besides a verb in the past, or a clause on the body ("which").
_FINITE = frozenset({"has", "had", "is", "was", "will", "would", "could", "can", "may", "might",
                     "must", "should", "who", "which", "whose"})
#: Verbs of saying and telling a speaker named this way may follow.
_AFTER = re.compile(r"\s*(?:[.;]|$|(?:has |had )?(?:said|says|added|adds|warned|warns|told|tells|"
                    r"announced|announces|explained|noted|stated|wrote|insisted|argued|"
                    r"claimed|confirmed)\b)")


def post_holder_facts(text: str, mentions: list[Mention],
                      past: Callable[[], bool]) -> Iterator[tuple[str, Actor, str]]:
    """"X, chief executive of Y" -> "Who is the chief executive of Y?" and "Y's director, X" ->
    "Who is Y's director?", where X speaks or ends the sentence; "Y's director X said" too, when
    the name finder did not find X whole in ``mentions`` (the subject's rule asks it when it
    did: "Which director of Y said ...?"); ``past``: whether the sentence tells of the past,
    for "was"."""
    if _post_before_of(text):
        for found in _NAME_POST.finditer(text):
            if not _opens(text, found.start()) or not _closes(text, found.end("body")) or \
                    not _a_person(found.group("name"), mentions):
                continue
            post = _post(found.group("post"), found.group("head"))
            if post is None:
                continue
            the = found.group("bthe") or ""
            role = f"the {post} {found.group('prep')} {the}{found.group('body')}"
            yield _fact(text, found.group("name"), role, past, found.group("who") == "who was ")
    if "s " in text and ("'s " in text or "’s " in text) and _OWNED_CUE.search(text):
        for found in _OWNED_NAME.finditer(text):
            if not _opens(text, found.start()) or not (
                    _closes(text, found.end("name")) if found.group("comma") else
                    _SAYS.match(text, found.end("name")) and not any(
                        m.name == found.group("name") for m in mentions)):
                continue
            post = _post(found.group("post"), found.group("head")) if _a_person(
                found.group("name"), mentions) else None
            role = _owned_role(found.group("owner"), post) if post is not None else None
            if role is not None:
                yield _fact(text, found.group("name"), role, past)
        for found in _NAME_OWNED.finditer(text):
            post = _post(found.group("post"), found.group("head"))
            role = _owned_role(found.group("owner"), post) if post is not None else None
            if role is not None and _unfound(found, text, mentions, found.group("owner")):
                yield _fact(text, found.group("name"), role, past)
    if ", who " in text:
        for found in _NAME_HEADS.finditer(text):
            if _unfound(found, text, mentions, found.group("body")) and _closes(
                    text, found.end("body")):
                held = f"{found.group('verb')} {found.group('bthe') or ''}{found.group('body')}"
                yield f"Who {held}", Actor(found.group("name"), AnswerKind.PERSON, "Who"), held


def _post_before_of(text: str) -> bool:
    """Whether a post's head word stands before " of ", " at " or " for " in ``text``: what
    every match of :data:`_NAME_POST` holds, tested before it (string searches: most sentences
    hold none)."""
    for prep in (" of ", " at ", " for "):
        at = text.find(prep)
        while at > 0:
            if text[text.rfind(" ", 0, at) + 1:at] in _HEAD_WORDS:
                return True
            at = text.find(prep, at + 4)
    return False


#: The head words of :data:`_HEADS`.
_HEAD_WORDS = POST_HEADS | _CHIEF_HEADS | {"general"}


def _unfound(found: re.Match[str], text: str, mentions: list[Mention], body: str) -> bool:
    """Whether the person ``found`` names opens where a speaker may, and the name finder did
    not find both her and the ``body`` whole, as a person and a body (the rules on found names
    ask her post then: :mod:`~quiz.generate.actor_titles`,
    :mod:`~quiz.generate.actor_held_posts`)."""
    name = found.group("name")
    body = body.removeprefix("the ").removeprefix("The ")
    whole = any(m.name == name and m.kind is AnswerKind.PERSON for m in mentions) and any(
        m.name == body and m.kind in _BODY_KINDS for m in mentions)
    return not whole and _opens(text, found.start()) and _a_person(name, mentions)


#: Kinds of a found name whose posts the rules on found names ask.
_BODY_KINDS = frozenset({AnswerKind.ORGANISATION, AnswerKind.COUNTRY})


def _owned_role(owner: str, post: str) -> str | None:
    """The ``post`` of ``owner`` as a question names it: "Oceana's Peru director", "the
    chairman of the Dutch pilots' corporation", "the corporation's chairman" (a body named by
    its kind alone, for the article to name: :func:`~quiz.generate.actor_owners.owner_named`,
    or the bare noun phrases' naming; the card is dropped when it cannot), or ``None`` when the
    owner is not named enough to tell which ("the new company")."""
    if owner[:4] in {"The ", "the "}:
        owner = f"the {owner[4:]}"
    elif owner.split(" ", 1)[0] in _NOT_OWNERS:
        return None
    words = owner.split()
    if not words[-1][:1].islower():
        return f"{owner}'s {post}"
    if len(words) == 2:
        return f"{owner}'s {post}"
    if any(w[:1].isupper() or w[-1:] in {"'", "’"} for w in words[1:-1]):
        return f"the {post} of {owner}"  # ("the Dutch pilots' corporation")
    return None


#: Capitalised words that open a sentence and own nothing ("The", "Its", "His").
_NOT_OWNERS = frozenset({"Its", "His", "Her", "Their", "Our", "My", "Your", "This", "That"})


def _a_person(name: str, mentions: list[Mention]) -> bool:
    """Whether ``name`` may be a person's: neither the article nor its words make it a body or a
    country ("BlackRock, manager of the fund")."""
    kind = next((m.kind for m in mentions if m.name == name), None) or kind_of(name)
    return kind is None or kind is AnswerKind.PERSON


def _fact(text: str, name: str, role: str, past: Callable[[], bool],
          held: bool = False) -> tuple[str, Actor, str]:
    """The question who holds ``role`` (``held``: the sentence says it was held: "who was"),
    answered by ``name`` without the titles before it ("Prime Minister Mark Rutte")."""
    verb = "was" if held else post_verb(text, role, past)
    words = name.split()
    titled = next((k for k, word in enumerate(words) if word.lower() not in TITLE_WORDS), 0)
    return f"Who {verb} {role}", Actor(" ".join(words[titled:]), AnswerKind.PERSON, "Who"), \
        f"{verb} {role}"


def _post(words: str, head: str) -> str | None:
    """The post ``words`` (ending in ``head``) as a question names it, or ``None`` when it is
    no post one person holds."""
    parts = words.split()
    if any(w in _NOT_POST_WORDS for w in parts):
        return None
    if head in POST_HEADS or head in _CHIEF_HEADS and len(parts) > 1 and parts[-2] in {
            "chief", "head", "managing"} or head == "general" and parts[-2:-1] in (
            ["director"], ["secretary"], ["attorney"], ["inspector"], ["auditor"]):
        return words
    return None


def _opens(text: str, at: int) -> bool:
    """Whether a speaker named at ``text[at]`` opens where a speaker's name can."""
    return at == 0 or _OPENS.search(text, max(0, at - 14), at) is not None


def _closes(text: str, at: int) -> bool:
    """Whether the speaker's naming ending at ``text[at]`` ends the sentence or its subject
    ("..., said" or "..., told")."""
    tail = _WHEN.match(text, at)
    if tail is not None:
        at = tail.end()  # ("chief executive of X on Monday.")
    if at >= len(text) or text[at] in ".;":
        return True
    if text[at] != ",":
        return False
    if _AFTER.match(text, at + 1) is not None:
        return True
    act = _ACT.match(text, at + 1)  # ("X, chief executive of Y, signed the deal")
    return act is not None and (is_past_tense(act.group(1)) or act.group(1) in _FINITE)
