"""Cause facts, round 9, the lead's joins between the two cause halves: an event "linked" or
"traced" to its cause reaches the rule that reads it, and a clause after "even as" is not the
one a purpose after it explains."""

from __future__ import annotations

from gen_support import cause_qa as qa


def test_an_event_linked_or_traced_to_a_cause_is_asked() -> None:
    found = qa("The outbreak of food poisoning has been linked to contaminated lettuce.")
    assert any(answer == "contaminated lettuce" for _, answer in found), found
    found = qa("The fire at the depot has been traced to a faulty heater.")
    assert any(answer == "a faulty heater" for _, answer in found), found


def test_a_clause_after_even_as_gets_no_purpose() -> None:
    found = qa("The board kept fees unchanged even as costs rose, so that families would not "
               "be priced out.")
    assert not any(question.startswith("Why did costs rise") for question, _ in found), found
