"""A passive with its agent before the date ("will be opened by the Red Cross on Tuesday",
"is expected to be signed by both sides next month"): the sentence is read without the agent,
which the clause reader does not get past, and the question puts it back after the participle
("On what date will a field hospital be opened by the Red Cross?")."""

from __future__ import annotations

import re

#: "be"/"been" and a participle, then "by" and the agent up to the date's preposition.
_AGENT_BEFORE = re.compile(r"\b(?:be|been) (?P<part>[a-z]+(?:ed|en|wn|t)) (?P<agent>by (?:the |a |"
                           r"an |its |their )?[\w'’.&-]+(?: (?:of |for |and )?[\w'’.&-]+){0,5}?) $")


def without_agent(text: str, start: int) -> tuple[str, int, str, str] | None:
    """``text`` without the agent that ends right before ``start`` (the date's preposition),
    the number of characters cut, the participle and the agent; ``None`` when there is none."""
    match = _AGENT_BEFORE.search(text, max(0, start - 90), start)
    if match is None or match.group("agent").endswith((" the", " a", " an")):
        return None
    cut = f"{text[:match.start('agent')]}{text[start:]}"
    return cut, start - match.start("agent"), match.group("part"), match.group("agent")


def agent_put_back(question: str, participle: str, agent: str) -> str | None:
    """``question`` with ``agent`` back after its ``participle``; ``None`` when the question
    does not end on the participle (it was asked of another verb)."""
    if not question.endswith(f" {participle}?"):
        return None
    return f"{question[:-1]} {agent}?"
