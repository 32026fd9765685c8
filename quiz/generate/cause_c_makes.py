"""What puts a thing in a state: "X lies in a basin, which makes it prone to trapping smog".

", which makes it ADJ ..." (or "leaves", "renders", "made", "has left" ... "it" or "them")
after a clause: "it" is the clause's subject, so "which" stands for the whole clause (the
noun before it cannot be both the maker and what is made), and the clause is what puts the
subject in that state. Asked as "What makes the valley prone to trapping pollutants?"; the
answer is the clause as written (without an apposition set off after its subject, which the
answer then opens at the verb, the full clause an accepted form). The state is an adjective
(after an optional degree adverb) ending the clause or followed by a preposition, never a noun
phrase ("which made it the largest ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_spans import VAGUE_SUBJECT
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_lower, is_pronoun, word_count
from quiz.generate.syntax import Clause

_MAKES = re.compile(
    r",\s+which\s+(?P<verb>(?:has\s+|have\s+|had\s+)?(?:makes|made|leaves|left|renders|"
    r"rendered|keeps|kept))\s+(?P<obj>it|them)\s+(?P<state>(?:(?:more|less|much|far|even|very|"
    r"so|too|increasingly|particularly|especially|highly|extremely)\s+)?"
    r"(?!(?:the|a|an|its|their|his|her|one|possible|clear)\b)[a-z][a-z-]+"
    r"(?:\s+(?:to|for|from|with|in|on|at|against)\s+[^,;:\"“”()]+?)?)\s*(?=[,.;]|$)")
#: "has made" -> "has made"; "makes" -> "makes": how "What" asks it.
_ADJ_ENDINGS = ("ly",)  # (an adverb alone is no state: "which makes it clearly")
_MAX_STATE = 12


#: The clause before ", which": a subject of up to five words opening the sentence, an
#: optional apposition set off by commas, then a predicate with no object "it" could stand
#: for (a form of "be", "has no"/"few", or a verb followed by a preposition: "lies in", "sits
#: below", "relies on"), with no comma of its own.
_STATEMENT = re.compile(
    r"(?P<subject>(?:The|A|An|Its|Their|Most\s+of\s+the|Much\s+of\s+the|[A-Z][\w’'-]+)"
    r"(?:\s+[\w’'-]+){0,4}?)(?P<apposed>,\s+[^,;:\"“”()]{3,60},)?\s+"
    r"(?P<predicate>(?:(?:is|are|was|were)\s+[a-z\d]|(?:has|have|had)\s+(?:no|few|little|"
    r"only|not|never)\b|[a-z]{2,}(?:s|ed)\s+(?:(?:in|on|at|below|above|near|by|from|to|into|"
    r"under|beside|between|along|across|within|outside|inside)\b|[a-z]+ed\b))"
    r"[^,;:\"“”()]*)")
#: Words that open another clause inside the statement: its state could be that clause's.
_INNER_CLAUSE = re.compile(r"\b(?:that|who|which|when|because|after|said|says|and|but)\b")


def makes_facts(text: str, clauses: list[Clause]
                ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """See the module docstring (``clauses`` is the rule signature's; the statement is read
    from the text, as the clause reader misses verbs like "lies" and "sits")."""
    for match in _MAKES.finditer(text):
        state = match["state"]
        if state.split()[0].endswith(_ADJ_ENDINGS) and len(state.split()) == 1 or \
                word_count(state) > _MAX_STATE:
            continue
        read = _STATEMENT.fullmatch(text, 0, match.start())
        if read is None or _INNER_CLAUSE.search(read["predicate"]) or \
                word_count(read["predicate"]) > 14:
            continue
        subject = read["subject"]
        if is_pronoun(subject.split()[0]) or VAGUE_SUBJECT.match(subject) or \
                _INNER_CLAUSE.search(subject):
            continue
        head = subject.split()[-1].lower()
        plural = head.endswith("s") and not head.endswith("ss") or head in {"people", "police"}
        if (match["obj"] == "them") != plural and not read["predicate"].startswith(
                ("is ", "was ", "has ")) or match["obj"] == "them" and not plural:
            continue  # ("it" must be the subject: "the mountains ..., which make it")
        statement = f"{subject} {read['predicate']}"
        answer, accept = (read["predicate"], (statement,)) if read["apposed"] else (statement, ())
        verb = " ".join(match["verb"].split())
        yield (AnswerKind.CAUSE, f"What {verb} {first_lower(subject)} {state}", answer,
               accept)
