"""Who plays a part: "It stars Kelechi Obi-Johnson as the bride's mother, who ..." -> "Who
plays the bride's mother?"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from quiz.generate.actor_phrases import Actor, mention_actor
from quiz.generate.facts import AnswerKind
from quiz.generate.mentions import Mention

#: "stars " or "starring ", right before the player's name.
CAST_CUES = ("stars ", "starring ", "starred ", "plays ", "played ")
_CAST_VERB = re.compile(r"\b(?:stars|starring|starred|co-stars|co-starring)\s+$")
#: " as the bride's mother": the part, a noun phrase of a few words, up to a stop or a
#: relative word.
_PART = re.compile(r"\s+as\s+(?P<part>(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"
                   r"[a-z][\w'’-]*)(?=\s*(?:[,.;:]|\s+(?:who|which|that|in|opposite|alongside|"
                   r"and)\b))")


def cast_facts(text: str, mentions: Sequence[Mention]) -> Iterator[tuple[str, Actor, str]]:
    """"Who plays <part>?" for each person named right after "stars" and before "as <part>"."""
    for m in mentions:
        if m.kind is not AnswerKind.PERSON or m.possessive or \
                _CAST_VERB.search(text, 0, m.role_start) is None:
            continue
        part = _PART.match(text, m.end)
        if part is None:
            continue
        actor = mention_actor(m)
        if actor is None:
            continue
        played = part.group("part")
        if played.split(None, 1)[0] in {"his", "her", "their"}:
            continue  # "as his father": whose, the card does not tell
        actor = actor._replace(asker="Who")
        yield f"Who plays {played}", actor, f"plays {played}"
