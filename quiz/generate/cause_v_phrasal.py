"""A cause that moves something with a particle: "The cost of diesel has pushed up ticket prices".

"What has pushed up ticket prices?" (the cost of diesel): the verb one of moving (push, drive,
drag, hold, keep, send) in any tense, with "up", "down", "back", "higher" or "lower" before or
after what it moved (a noun phrase of at most ten words); the subject a thing of
:func:`cause_blamed.blamable` (no one acting, no pronoun).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_blamed import blamable
from quiz.generate.cause_v_asked import what_group
from quiz.generate.cause_spans import DEMONSTRATIVE, VAGUE_SUBJECT, cut_span
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import is_pronoun, word_count
from quiz.generate.syntax import Clause

#: The verbs in every form (the caller's cheap gate).
PHRASAL_WORDS = frozenset("""
    push pushes pushed pushing drive drives drove driven driving drag drags dragged dragging
    hold holds held holding keep keeps kept keeping send sends sent sending
""".split())
_PARTICLES = r"(?:up|down|back|higher|lower)"
#: "[pushed] up ticket prices" / "[pushed] ticket prices up": the particle and what moved.
_BEFORE = re.compile(r"\s+(?P<particle>" + _PARTICLES + r")\s+(?P<what>(?!by\b|to\b|on\b|"
                     r"from\b|in\b|at\b|the\s+line\b)\S)")
_AFTER = re.compile(r"\s+(?P<what>(?!(?:up|down|back|by|to|on|for|in|at)\b)[\w’'-]+"
                    r"(?:\s+[\w’'-]+){0,5}?)\s+"
                    r"(?P<particle>" + _PARTICLES + r")\b(?!\s+(?:to|on|with|from|into|the|a|an|"
                    r"its|their|his|her)\b)")
#: A way along which something moves ("drove down the road"): no effect.
_WAY = re.compile(r"^(?:up|down|back|higher|lower)\s+(?:the|a|an)\s+(?:[a-z]+\s+)?(?:road|roads|"
                  r"street|streets|hill|hills|motorway|highway|lane|track|path|"
                  r"river|coast|slope|mountain|stairs|steps|ramp|valley|avenue|corridor|aisle|"
                  r"line|queue|field|pitch)\b")
#: What moved told with an owner's word alone ("pushed its leading players down"): whose?
_OWNED = re.compile(r"^(?:(?:up|down|back|higher|lower)\s+)?(?:its|their|his|her)\b")
_PASSIVE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: Words a moved noun phrase cannot hold: a clause begins.
_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|and|or|but|is|are|was|were|has|have|had|will|"
                          r"would|could|said|says)\b")


def phrasal_cause_facts(text: str, clauses: list[Clause]
                        ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Analysts warned that the failure of the auction could push back the country's climate
    targets" -> "What could push back the country's climate targets?" (the failure of the
    auction)."""
    for clause in clauses:
        words = clause.group.words
        if clause.group.main.lower() not in PHRASAL_WORDS or words[-1] != clause.group.main or \
                _PASSIVE.intersection(words) and not clause.group.main.endswith("ing"):
            continue
        subject = text[clause.subject_start:clause.subject_end]
        if is_pronoun(subject) or VAGUE_SUBJECT.match(subject) or DEMONSTRATIVE.match(
                subject) or not blamable(subject) or word_count(subject) > 10 or any(
                    ch in subject for ch in ",;:\"“”()") or text[
                    :clause.subject_start].rstrip().endswith(","):
            continue
        before = _BEFORE.match(text, clause.verb_end)
        after = None if before else _AFTER.match(text, clause.verb_end)
        if before is not None:
            what = cut_span(text, before.start("what"))
            if what is None or _CLAUSE_WORD.search(what) or word_count(what) > 10:
                continue
            moved = f"{before.group('particle')} {what}"
        elif after is not None and not _CLAUSE_WORD.search(after.group("what")):
            moved = f"{after.group('what')} {after.group('particle')}"
        else:
            continue
        if is_pronoun(moved.split()[-1]) or word_count(moved) < 3 or _WAY.match(moved) or \
                _OWNED.search(moved):
            continue  # ("pushed up costs": whose costs? "drove up the hill": a way taken)
        yield AnswerKind.CAUSE, f"What {what_group(words)} {moved}", subject, ()
