"""A verb group as a cause question writes it after "What": agreeing, without a side adverb."""

from __future__ import annotations

#: The first word agreeing with "What" as a subject ("have pushed" -> "has pushed").
_AGREEING = {"have": "has", "are": "is", "were": "was", "do": "does", "make": "makes",
             "push": "pushes", "drive": "drives", "drag": "drags", "hold": "holds",
             "keep": "keeps", "send": "sends"}
#: Adverbs that only link to the story before ("has also pushed", "has already forced"): a
#: question keeps none ("What has also squeezed margins?" reads as a subject lost).
_SIDE = frozenset({"also", "already"})


def what_group(words: tuple[str, ...]) -> str:
    """``words`` of a verb group as "What <group> ...?" writes them."""
    kept = [w for w in words if w not in _SIDE] or list(words)
    kept[0] = _AGREEING.get(kept[0], kept[0])
    return " ".join(kept)
