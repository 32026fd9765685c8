"""A participle after a noun read as an active verb: "a breach of the rules introduced in 2023"
asked "In what year did a breach of the rules introduce?". A verb that needs an object, asked
with none and written right before the date, was a passive participle; the question is not
written (the clause reader's subject is the phrase, not the noun the participle follows)."""

from __future__ import annotations

import re

#: Verbs that take an object (in news): asked "did X <verb>?" with nothing after, they were
#: a participle modifying a noun.
_TRANSITIVE = frozenset("""
    introduce paint build write publish sign pass adopt approve found design launch make
    produce release unveil discover award issue impose create establish elect appoint acquire
    buy sell compose film shoot print erect install construct commission ratify enact draft
    pen carve cast forge grant confirm announce order name seize capture arrest charge
    convict sentence ban fine raise lower restore renovate demolish
""".split())

#: Words that open a date's phrase.
_DATE_WORDS = frozenset("in on at during last this early late".split())

#: Words that open an object after the date ("introduced in 2023 a ban on X": active).
_OBJECT_AFTER = re.compile(r"\S*,? (?:a|an|the|its|their|his|her|new|two|three|\d)\b")


def participle_read_as_active(text: str, start: int, end: int, question: str) -> bool:
    """Whether ``question`` asks "did X <verb>" with no object (it ends there, or a past verb
    follows: "did a copy of the portrait paint sold for £2m?") for a verb that takes one,
    where ``text`` has the verb's past form right before the date's words (``start``) and no
    object after the date (``end``): a participle after a noun, not an active verb."""
    if " did " not in question:
        return False
    words = text[max(0, start - 40):start].split()[-2:]
    if words and words[-1].lower() in _DATE_WORDS:
        words.pop()  # "introduced in 2023"
    if not words or not words[-1].endswith(("ed", "n", "t")):
        return False
    from quiz.generate.clauses import is_simple_past, past_to_base

    verb = past_to_base(words[-1].lower())
    if verb not in _TRANSITIVE or _OBJECT_AFTER.match(text, end):
        return False
    if question.endswith(f" {verb}?"):
        return True
    at = question.find(f" {verb} ", question.find(" did "))
    return at > 0 and is_simple_past(question[at + len(verb) + 2:].split(" ", 1)[0])
