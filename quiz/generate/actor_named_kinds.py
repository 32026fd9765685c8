"""A body or a person named right after its kind or role, opening the sentence: "The
operator, Prairie Pool Grain, said ..." and "The winemakers' chamber Bodegas de Argentina
warned ..." -> "Which operator said ...?", "Which winemakers' chamber warned ...?";
"Environmental groups such as Oceana accuse ..." -> "Which environmental group accuses ...?";
"Employment lawyer Helen Marsh of the firm Clarke Wilmot said ..." -> "Which employment
lawyer of the firm Clarke Wilmot said ...?"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.actor_phrases import Actor
from quiz.generate.actor_post_holders import BODY, PERSON
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import MODAL_VERBS, is_past_tense, third_person
from quiz.generate.lexicon import ORG_ROLE_WORDS, ORG_WORDS, TITLE_WORDS
from quiz.generate.mentions import kind_of

#: Up to two words that say what kind of body: "winemakers'", "state-owned", "Chilean".
_MODIFIERS = r"(?P<mods>(?:[A-Za-z][\w-]*['’]? ){0,2}?)"
#: "The <kind>, <Name>, <rest>" and "The <kind> <Name> <rest>".
_KIND_NAMED = re.compile(r"The " + _MODIFIERS + r"(?P<kind>[a-z]+)(?:(?P<comma>,)|) "
                         r"(?P<name>" + BODY + r")(?(comma),) (?P<rest>[a-z][^;:]*?)[.!]?$")
#: "<Kinds> such as <Name> <rest>".
_SUCH_AS = re.compile(r"(?P<mods>(?:[A-Za-z][\w-]* ){0,2}?)(?P<kinds>[A-Za-z][a-z]+) such as "
                      r"(?P<name>" + BODY + r") (?P<rest>[a-z][^;:]*?)[.!]?$")
#: "<Role> <Name> of|at|from (the <kind>) <Body> <rest>".
_ROLE_OF = re.compile(r"(?P<role>[A-Z][a-z-]*(?: [a-z][\w-]*){0,2}) (?P<name>" + PERSON +
                      r") (?P<of>(?:of|at|from) (?:the )?(?P<kind>(?:[a-z][\w-]* ){0,2})"
                      r"(?P<body>" + BODY + r")) (?P<rest>[a-z][^;:]*?)[.!]?$")
#: Words that may stand between a subject and its verb.
_ADVERBS = frozenset({"also", "now", "still", "already", "often", "again", "recently",
                      "repeatedly", "long", "have", "had", "has"})
#: Lower-case words after a name that open no predicate: the name goes on, or a phrase does.
_NOT_VERBS = frozenset("""
    in of on at for from with and or but to by as that which who whose the a an its their
    his her than near after before since under over into about
""".split())
#: Words before a kind or a role that make it no kind's name ("Many groups", "The lawyer").
_DETERMINERS = frozenset({"the", "a", "an", "many", "some", "several", "other", "most", "all",
                          "these", "those", "its", "their", "his", "her", "both", "few", "two",
                          "three", "four", "five", "such"})
#: A plural verb and its singular, where it is no regular "-s" form.
_SINGULAR = {"have": "has", "are": "is", "were": "was", "do": "does"}
#: Kinds whose plural a question may make singular ("groups" -> "group").
_PLURAL_KINDS = {f"{k}s": k for k in ORG_ROLE_WORDS | ORG_WORDS} | {
    f"{k[:-1]}ies": k for k in ORG_ROLE_WORDS | ORG_WORDS if k[-1:] == "y"}


def named_kind_facts(text: str) -> Iterator[tuple[str, Actor, str]]:
    """"The <kind>, <Name>, <did>" -> "Which <kind> <did>?" and the like (see the module)."""
    text = subject_first(text)
    opening = [word.rstrip(",").lower() for word in text.split(" ", 4)[:4]]
    if text[:4] == "The " and any(w in ORG_ROLE_WORDS or w in ORG_WORDS for w in opening):
        found = _KIND_NAMED.match(text)
        if found is not None and (found.group("kind") in ORG_ROLE_WORDS or found.group(
                "kind") in ORG_WORDS) and _predicate(found.group("rest")) and _a_body(
                found.group("name")):
            asker = f"Which {found.group('mods')}{found.group('kind')}"
            yield from _asked(asker, found.group("name"), found.group("rest"))
    if " such as " in text:
        found = _SUCH_AS.match(text)
        kind = _PLURAL_KINDS.get(found.group("kinds").lower()) if found is not None else None
        rest = _singular(found.group("rest")) if kind is not None else None
        mods = found.group("mods") if found is not None else ""
        if kind is not None and rest is not None and _a_body(found.group("name")) and \
                _DETERMINERS.isdisjoint(mods.lower().split()):
            asker = f"Which {mods[:1].lower()}{mods[1:]}{kind}"
            yield from _asked(asker, found.group("name"), rest)
    found = _ROLE_OF.match(text) if any(w in TITLE_WORDS for w in opening[:3]) and (
        " of " in text or " at " in text or " from " in text) else None
    if found is not None and found.group("role").rsplit(None, 1)[-1].lower() in TITLE_WORDS and \
            found.group("role").split(" ", 1)[0].lower() not in _DETERMINERS and \
            _predicate(found.group("rest")) and _of_a_body(found.group("kind"),
                                                           found.group("body")):
        role = found.group("role")
        asker = f"Which {role[:1].lower()}{role[1:]} {found.group('of')}"
        rest = predicate(found.group("rest"))
        yield f"{asker} {rest}", Actor(found.group("name"), AnswerKind.PERSON, asker), rest


def subject_first(text: str) -> str:
    """``text`` from its subject on: without a dateline ("LIMA, March 3 (Reuters) - ") or a
    fronted time ("On Monday, ", "Earlier this month, "), its first letter raised."""
    if text[:1].isupper() and (" - " in text[:60] or " — " in text[:60] or ", " in text[:40]):
        opener = _OPENER.match(text)
        if opener is not None:
            rest = text[opener.end():]
            return f"{rest[:1].upper()}{rest[1:]}"
    return text


#: A dateline, or a time fronted before the subject.
_OPENER = re.compile(r"[A-Z][A-Z .'’-]{2,}(?:,[^—–]{0,60}?)?\s[—–-]\s+|"
                     r"(?:On|In|Earlier|Later|Last|This|Late|Early|By|Since|Until|During|"
                     r"Yesterday|Today)\b[^,]{0,30},\s+(?=[a-zA-Z])")


def _asked(asker: str, name: str, rest: str) -> Iterator[tuple[str, Actor, str]]:
    rest = predicate(rest)
    yield f"{asker} {rest}", Actor(name, AnswerKind.ORGANISATION, asker), rest


def predicate(rest: str) -> str:
    """What a subject did, without a second clause or a clause on its last noun: "accuse the
    fleet of overfishing(, and Peru ...)", "said the judgment followed a ruling(, which ...)"."""
    cut = _SECOND_CLAUSE.search(rest)
    return rest[:cut.start()] if cut is not None else rest


#: Where a predicate's own words end: a second clause, a relative clause, a source.
_SECOND_CLAUSE = re.compile(r"(?:,|;| —| –) (?:and|but|while|although|whereas|which|who|where|"
                            r"according to)\b|; | according to ")


def _of_a_body(kind: str, name: str) -> bool:
    """Whether ``name``, after a person's name and "of", is a body: its kind is written before
    it ("of the firm Clarke Wilmot") or its words tell one ("of Halden University"), where a
    place would tell where the person is from ("of Oslo")."""
    words = kind.split()
    if words:
        return words[-1] in ORG_ROLE_WORDS or words[-1] in ORG_WORDS
    return " and " not in name and kind_of(name) is AnswerKind.ORGANISATION


def _a_body(name: str) -> bool:
    """Whether ``name`` can be one body's name (no person's title: "Chief Executive X"; no two
    names: "Apple and Google")."""
    return " and " not in name and not any(word.lower() in TITLE_WORDS for word in name.split())


def _predicate(rest: str) -> bool:
    """Whether ``rest`` opens with a verb of the past, a modal or an auxiliary (after adverbs)."""
    for word in rest.split()[:3]:
        if word in _ADVERBS or word[-2:] == "ly":
            continue
        return word in MODAL_VERBS or word in _SINGULAR.values() or is_past_tense(word)
    return False


def _singular(rest: str) -> str | None:
    """``rest`` said of one where it was said of several ("accuse" -> "accuses"), or ``None``
    when it opens with no verb."""
    words = rest.split(" ")
    for at, word in enumerate(words[:3]):
        if word in _ADVERBS - {"have", "had", "has"} or word[-2:] == "ly":
            continue
        if word in _NOT_VERBS or not word.isalpha():
            return None
        if word in MODAL_VERBS or is_past_tense(word):
            return rest
        words[at] = _SINGULAR.get(word) or third_person(word)
        return " ".join(words)
    return None
