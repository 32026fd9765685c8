"""A date of a participle with a named agent dates the agent's act: "the 5.2% increase
recommended last month by the Fair Pay Commission" and "a 3% levy proposed by the Finance
Ministry on Monday" are asked "When did the Fair Pay Commission recommend the 5.2%
increase?" and "On what date did the Finance Ministry propose the 3% levy?"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.generate.clauses import Asked

#: "the 5.2% increase recommended " before the date: a determiner, one to three modifiers
#: (what makes the noun phrase specific) and the noun, then the participle; or a plural
#: noun alone that opens the sentence or follows a preposition ("Under proposals
#: published ", "Figures released ").
_PHRASE = (r"(?:\b(?:the|a|an)\s+(?P<np>(?:[\w.%,’'-]+\s+){1,3}?[a-z][a-z-]*)|"
           r"(?:^|\b(?:[Uu]nder|[Ii]n|[Ww]ith|[Ff]rom|[Aa]gainst|[Oo]n)\s+)"
           r"(?P<bare>[A-Za-z][a-z]+s))\s+(?P<part>[a-z]+)\s+")

#: A named agent: "the Fair Pay Commission", "Brussels", "the World Health Organization".
_AGENT = r"(?P<agent>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'.-]*){0,5})"

#: The date between the participle and its agent ("recommended last month by X").
_DATE_BEFORE_AGENT = re.compile(rf"{_PHRASE}$")
_AGENT_AFTER = re.compile(rf"\s+by\s+{_AGENT}(?=[\s,.;:])")

#: The date after the agent ("proposed by the Finance Ministry on Monday").
_DATE_AFTER_AGENT = re.compile(rf"{_PHRASE}by\s+{_AGENT}\s+$")

#: Modifiers that make no noun phrase specific enough to ask about.
_VAGUE = frozenset({"new", "other", "latest", "same", "such", "own", "first", "last", "recent",
                    "previous", "earlier", "many", "some", "several", "these", "those"})


def agent_question(text: str, start: int, end: int, wh: str,
                   after_agent: bool = False) -> Asked | None:
    """The question for the date ``text[start:end]`` of a participle with a named agent,
    or ``None``. The date stands between the participle and "by" (it can be no other
    verb's), or with ``after_agent`` after the agent ("proposed by X on Monday": the
    participle's date when the clause reader found no other verb for it)."""
    window = max(0, start - 120)
    if after_agent:
        match = agent_match = _DATE_AFTER_AGENT.search(text, window, start)
    else:
        match = _DATE_BEFORE_AGENT.search(text, window, start)
        agent_match = _AGENT_AFTER.match(text, end) if match is not None else None
    if match is None or agent_match is None:
        return None
    from quiz.generate.clauses import Asked, is_past_participle
    from quiz.generate.grammar import base_form

    np = match.group("np") or match.group("bare").lower()
    part, agent = match.group("part"), agent_match.group("agent")
    modifiers = np.lower().split()[:-1]
    if not is_past_participle(part) or any(word in _VAGUE for word in modifiers):
        return None
    base = base_form(part)
    if base is None:
        return None
    return Asked(f"{wh} did {agent} {base} the {np}?", f"{agent} {part} the {np}")
