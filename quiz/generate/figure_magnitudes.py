"""Counts given only as a magnitude word ("thousands"), asked as a choice between magnitudes."""
from __future__ import annotations

import re

__all__ = ["is_magnitude", "magnitude_choices"]

#: The bare magnitude words and the order of size each stands for (a power of ten).
_SIZES = {"dozens": 1.4, "scores": 1.6, "hundreds": 2, "thousands": 3, "tens of thousands": 4,
          "hundreds of thousands": 5, "millions": 6, "tens of millions": 7,
          "hundreds of millions": 8, "billions": 9}
#: The magnitudes offered as wrong answers: far enough apart that only one reads as true.
_OFFERED = ("dozens", "hundreds", "thousands", "millions", "billions")
_MAGNITUDE = re.compile(r"^(?:" + "|".join(sorted(_SIZES, key=len, reverse=True)) + r")$",
                        re.I)


def is_magnitude(answer: str) -> bool:
    """Whether ``answer`` is one bare magnitude word ("Thousands", "tens of thousands")."""
    return bool(_MAGNITUDE.match(answer.strip()))


def magnitude_choices(answer: str) -> tuple[str, ...]:
    """Three other magnitudes nearest in size to ``answer``, none sharing a word with it
    ("thousands" against "tens of thousands" would also be true), written in its case."""
    low = answer.strip().lower()
    size = _SIZES[low]
    own = set(low.split())
    if low == "scores":
        own.add("dozens")  # "dozens" and "scores" say about the same
    offered = [w for w in _OFFERED if w not in own]
    offered.sort(key=lambda w: (abs(_SIZES[w] - size), _SIZES[w]))
    capital = answer.strip()[:1].isupper()
    return tuple(w.capitalize() if capital else w for w in offered[:3])


