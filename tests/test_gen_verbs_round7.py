"""Round 7: verbs and dates the generator read wrongly on text nobody tuned on."""

from __future__ import annotations

from quiz.generate.clauses import is_simple_past, past_to_base


def test_learned_is_a_simple_past_verb() -> None:
    # "The apprentice learned the trade from her uncle": a verb, not only an adjective.
    assert is_simple_past("learned")
    assert past_to_base("learned") == "learn"
