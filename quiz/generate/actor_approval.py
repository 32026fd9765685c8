"""Whose approval something needs: "The scheme, which still needs the approval of the Scottish
Government, ..." -> "Whose approval does the scheme still need?"; "The takeover still requires
consent from the competition authority" -> "Whose consent does the takeover still require?"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from quiz.generate.actor_phrases import Actor, mention_actor
from quiz.generate.grammar import is_pronoun
from quiz.generate.mentions import Mention
from quiz.generate.syntax import Clause

#: The nouns of a consent that a body or a person gives; a sentence without one needs none.
CONSENT_NOUNS = ("approval", "consent", "permission", "sign-off", "backing", "blessing")
#: Verbs of needing, and how a question asks with each ("does ... need").
_NEEDS = {"needs": ("does", "need"), "need": ("do", "need"), "needed": ("did", "need"),
          "requires": ("does", "require"), "require": ("do", "require"),
          "required": ("did", "require")}
#: What follows the verb: the consent and whose it is ("the approval of ", "consent from ").
_CONSENT = re.compile(r"(?:the\s+|final\s+|formal\s+)*(?P<noun>approval|consent|permission|"
                      r"sign-off|backing|blessing)\s+(?:of|from|by)\s+")
#: Adverbs the verb group may hold ("still needs", "also requires").
_ADVERBS = frozenset({"still", "also", "now", "only", "first", "yet"})


def consent_facts(text: str, mentions: Sequence[Mention],
                  clauses: Sequence[Clause]) -> Iterator[tuple[str, Actor, str]]:
    """"Whose approval does <subject> still need?" for each clause whose verb is one of
    needing and whose object is a consent of a name."""
    for clause in clauses:
        words = clause.group.words
        if words[-1] not in _NEEDS or any(w not in _ADVERBS for w in words[:-1]):
            continue
        consent = _CONSENT.match(text, clause.verb_end + 1)
        if consent is None:
            continue
        m = next((m for m in mentions if m.role_start in {consent.end(), consent.end() + 4}
                  and text[consent.end():m.role_start] in {"", "the "}), None)
        subject = clause.subject
        if m is None or m.possessive or is_pronoun(subject) or not subject[:1].isalpha() or \
                text[m.end:m.end + 1].isalnum():
            continue
        actor = mention_actor(m)
        if actor is None:
            continue
        do, verb = _NEEDS[words[-1]]
        adverbs = " ".join(words[:-1])
        subject = subject[0].lower() + subject[1:] if subject.split(None, 1)[0] in {
            "The", "Its", "Their", "This"} else subject
        question = " ".join(filter(None, (f"Whose {consent.group('noun')}", do, subject,
                                          adverbs, verb)))
        yield question, actor._replace(asker=f"Whose {consent.group('noun')}"), \
            f"{consent.group('noun')} needed for {subject}"
