"""Cause facts, round 9b (verbs and purposes): a participle's effect asked from its other end
("X, prompting Y" -> "What prompted Y?"), a purpose after a short aside ("will pick early,
possibly by mid-August, to prevent rot") and an "in order to" after a deciding verb's own "to"
("called for the tests to be scrapped in order to ease pressure")."""

from __future__ import annotations

from gen_support import cause_qa as qa


def test_a_participle_effect_is_also_asked_from_its_other_end() -> None:
    assert ("What sparked angry protests from the home fans?",
            "The referee sent off two players in the first half") in qa(
        "The referee sent off two players in the first half, sparking angry protests from the "
        "home fans.")
    assert ("What led to a backlog of patients?",
            "The hospital cancelled 400 operations last week") in qa(
        "The hospital cancelled 400 operations last week, leading to a backlog of patients.")
    assert ("What prompted a formal complaint from the pilots' union?",
            "salaries were paid two weeks late") in qa(
        "In March, salaries were paid two weeks late, prompting a formal complaint from the "
        "pilots' union.")


def test_no_reverse_for_a_future_act_or_an_event_with_its_own_comma() -> None:
    found = qa("The airline will cut 200 jobs, prompting fears of more strikes.")
    assert not any(q.startswith("What prompted") for q, _ in found)
    found = qa("The army responded on Tuesday, shelling two villages and killing a farmer while "
               "sparking protests in the capital.")
    assert not any(q.startswith("What sparked") for q, _ in found)


def test_a_purpose_after_a_short_aside() -> None:
    assert ("Why will the club sell its training ground?", "to pay off its debts") in qa(
        "The club will sell its training ground, probably next spring, to pay off its debts.")
    assert ("Why will the farmer pick early this year?", "to prevent the grapes from rotting") in qa(
        "The farmer will pick early this year, possibly by mid-August, to prevent the grapes "
        "from rotting.")
    assert ("Why will the city reopen the bridge?", "to ease traffic") in qa(
        "The city will reopen the bridge, at least partly, to ease traffic.")


def test_an_aside_that_is_no_time_or_likelihood_gives_no_purpose() -> None:
    assert not qa("The ministry decided, in the end, to close the school.")
    assert not qa("He sold paintings, cars, to pay debts.")


def test_in_order_to_after_a_deciding_verbs_own_to() -> None:
    assert ("Why did the union call for the tests to be scrapped?",
            "to reduce pressure on pupils") in qa(
        "The union called for the tests to be scrapped in order to reduce pressure on pupils.")
    assert ("Why did the board decide to sell the stadium?", "to pay off the club's debts") in qa(
        "The board decided to sell the stadium in order to pay off the club's debts.")
    assert ("Why did the senators vote to delay the bill?", "to allow more debate") in qa(
        "The senators voted to delay the bill in order to allow more debate.")


def test_a_deciding_verb_without_in_order_gives_no_purpose() -> None:
    assert not qa("The coach wanted to rest his captain before the final.")
    assert not qa("The council agreed to pay the contractor to finish the road.")
