"""The other side of a vote count: "X had 53.8% of the vote against 46.2% for Y" -> "Who had
46.2% of the vote against X's 53.8%?" (Y, whom the sentence names only after the numbers)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.actor_phrases import Actor, mention_actor
from quiz.generate.facts import AnswerKind
from quiz.generate.mentions import Mention

_SHARE = r"\d[\d.,]*(?:%| per cent| percent)"
#: After the leader's name (and an aside about them): the verb, both shares and "for".
_COUNT = re.compile(r"(?:,\s+(?:who|which)\s+[^,;\"“”]{3,90},|,)?\s+(?P<verb>had|won|took|got|"
                    r"received|secured|polled)\s+(?P<lead>" + _SHARE + r")\s+of\s+the\s+"
                    r"(?:vote|votes|ballots)(?:\s+cast)?\s+(?:against|to|versus|compared\s+with)"
                    r"\s+(?P<other>" + _SHARE + r")(?:\s+of\s+the\s+vote)?\s+for\s+(?:the\s+)?")
#: The kinds of name that stand in a vote: candidates and parties.
_SIDES = frozenset({AnswerKind.PERSON, AnswerKind.ORGANISATION})


def vote_share_facts(text: str, mentions: list[Mention]) -> Iterator[tuple[str, Actor, str]]:
    """"X had A% of the vote against B% for Y" -> "Who had B% of the vote against X's A%?"."""
    for m in mentions:
        if m.kind not in _SIDES or m.possessive:
            continue
        count = _COUNT.match(text, m.end)
        if count is None:
            continue
        other = next((o for o in mentions if o.role_start == count.end()), None)
        if other is None or other.kind is not m.kind or other.possessive:
            continue
        actor = mention_actor(other)
        if actor is None:
            continue
        asker = "Who" if other.kind is AnswerKind.PERSON else "Which party"
        name = f"the {m.name}" if m.has_the else m.name
        lead = f"{name}'" if name.endswith("s") else f"{name}'s"
        done = f"{count.group('verb')} {count.group('other')} of the vote"
        yield (f"{asker} {done} against {lead} {count.group('lead')}",
               actor._replace(asker=asker), done)
