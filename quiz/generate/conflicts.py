"""Facts that two articles state differently: the same subject with a different value.

Subjects are compared by their content words (entity names put in one spelling), so "the
United States and Iraq began talks" and "Washington and Baghdad began talks" can meet; values
are compared by kind (a month agrees with a day inside it; figures must be equal).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from quiz.generate.facts import Fact
from quiz.model import Category, Conflict

_STOP = frozenset("""
    a an the of in on at by for from to with and or but did does do was were is are has have had
    be been being when what which who whom how many much long year date month on what in what
    that this these those its their his her it they he she as into over under about after
    before since until during s
""".split())
_WORD = re.compile(r"[a-z0-9]+")
#: Categories whose values can be compared (a cause is free text: paraphrases differ).
COMPARED = frozenset({Category.DATE, Category.FIGURE, Category.ACTOR})
#: Share of content words two subjects must have in common to be the same subject.
THRESHOLD = 0.75
#: Candidate facts compared per fact at most (keeps big corpora linear).
MAX_CANDIDATES = 40


def subject_words(subject: str, canonical: Callable[[str], str] | None = None) -> frozenset[str]:
    """The content words of a subject, lightly stemmed."""
    words = set()
    for word in _WORD.findall(subject.lower()):
        if word in _STOP or len(word) < 2:
            continue
        if canonical is not None:
            word = canonical(word)
        words.add(_stem(word))
    return frozenset(words)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


def values_agree(a: Fact, b: Fact) -> bool:
    """Whether two values can both be true: equal, or one date inside the other."""
    if a.value == b.value:
        return True
    if a.category is Category.DATE:
        x, y = a.value.lstrip("-"), b.value.lstrip("-")
        return x.startswith(y) or y.startswith(x) or a.value.startswith("--") != \
            b.value.startswith("--") and (x[-5:] == y[-5:])
    if a.category is Category.ACTOR:
        from rapidfuzz import fuzz

        return fuzz.ratio(a.value.lower(), b.value.lower()) >= 85  # "Resistance in/of Iraq"
    return False


def find_conflicts(facts: Sequence[Fact], same: Callable[[str, str], bool] | None = None
                   ) -> dict[int, tuple[Conflict, ...]]:
    """For each fact (by position in ``facts``), the facts of other articles that state a
    different value for the same subject."""
    keys = [subject_words(f.subject) if f.subject else frozenset() for f in facts]
    index: dict[tuple[Category, str], list[int]] = defaultdict(list)
    for position, words in enumerate(keys):
        for word in words:
            index[(facts[position].category, word)].append(position)
    found: dict[int, tuple[Conflict, ...]] = {}
    for position, fact in enumerate(facts):
        words = keys[position]
        if len(words) < 3 or not fact.value or fact.category not in COMPARED:
            continue
        rarest = sorted(words, key=lambda w: (len(index[(fact.category, w)]), w))[:2]
        candidates = sorted({c for w in rarest for c in index[(fact.category, w)]})
        conflicts: list[Conflict] = []
        for other_position in candidates[:MAX_CANDIDATES]:
            other = facts[other_position]
            if other.article == fact.article or not other.value:
                continue
            other_words = keys[other_position]
            shared = len(words & other_words)
            if shared < 3 or shared / max(len(words), len(other_words)) < THRESHOLD:
                continue
            if values_agree(fact, other) or (same is not None and same(fact.value, other.value)):
                continue
            if _same_kind_family(fact, other):
                conflicts.append(Conflict(file=other.article, value=other.answer,
                                          sentence=other.sentence.text))
        if conflicts:
            unique = {(c.file, c.value): c for c in conflicts}
            found[position] = tuple(unique[k] for k in sorted(unique))
    return found


def _same_kind_family(a: Fact, b: Fact) -> bool:
    if a.category is Category.DATE:
        return bool(a.when and b.when) or a.kind == b.kind
    return a.kind == b.kind
