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
    assert ("Why will the farmer pick early this year?",
            "to prevent the grapes from rotting") in qa(
        "The farmer will pick early this year, possibly by mid-August, to prevent the grapes "
        "from rotting.")
    assert ("Why will the city reopen the bridge?", "to ease traffic") in qa(
        "The city will reopen the bridge, at least partly, to ease traffic.")
    assert ("Why will the farmer pick early?", "to save the grapes from rot") in qa(
        "The farmer will pick early, possibly by mid-August, in order to save the grapes from "
        "rot.")


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


def test_blame_with_no_for_or_on_is_for_the_clause_before() -> None:
    assert ("Coral bleaching has spread across the reef. What do scientists blame for this?",
            "rising sea temperatures") in qa(
        "Coral bleaching has spread across the reef, and scientists blame rising sea "
        "temperatures.")
    assert ("The orchard has lost half its crop in two of the past four years. What do farmers "
            "blame for this?", "late frosts that kill the blossom") in qa(
        "The orchard has lost half its crop in two of the past four years, and farmers blame "
        "late frosts that kill the blossom.")


def test_a_person_blamed_after_an_event_is_no_cause() -> None:
    assert not qa("Attendance has fallen by a third this season, and fans blame the owner.")
    assert not qa("The team lost again, and they blame the referee.")
    assert not any("for this" in q for q, _ in qa(
        "Sales fell by 12% last year, and managers blame the council for closing the car park."))


def test_a_which_after_a_whole_clause_stands_for_the_clause() -> None:
    found = qa("The ship struck a reef near the island, which caused a large oil spill.")
    assert ("What caused a large oil spill?", "The ship struck a reef near the island") in found
    assert ("The ship struck a reef near the island. What did this cause?",
            "a large oil spill") in found
    assert not any(a == "the island" for _, a in found)
    found = qa("The club was fined heavily by the league, which led to angry protests from "
               "supporters.")
    assert not any(a == "the league" or "did the league" in q for q, a in found)


def test_a_which_that_may_lead_somewhere_gives_no_effect() -> None:
    assert not qa("The firm will close two plants, which could lead to 500 job losses.")


def test_an_it_that_names_the_one_event_told_before_it() -> None:
    assert ("What started the blaze, according to reports?", "a cigarette dropped by a hiker") in qa(
        "The cause of the blaze is still unclear, but rangers are studying reports that it was "
        "started by a cigarette dropped by a hiker.")
    assert ("What do police believe caused the explosion?", "a gas leak") in qa(
        "The explosion destroyed two houses, and police believe it was caused by a gas leak.")
    assert ("What caused the crash?", "a lorry that lost its load") in qa(
        "The crash closed the motorway for six hours, and it was caused by a lorry that lost "
        "its load.")


def test_an_it_with_no_one_event_before_it_is_not_asked() -> None:
    assert not qa("The minister visited the school, and it was started by volunteers in 1990.")
    assert not qa("The fire and the flood were both serious, but it was caused by lightning.")


def test_a_stance_against_something_and_what_it_cites() -> None:
    assert ("Why did several doctors argue against the new screening rules?",
            "citing the risk of false positives") in qa(
        "Several doctors argued against the new screening rules, citing the risk of false "
        "positives.")
    assert ("Why did two board members argue against a dividend cut?",
            "citing strong cash flow") in qa(
        "Two board members argued against a dividend cut, citing strong cash flow.")


def test_what_drew_a_reaction_is_its_cause() -> None:
    assert ("What drew sharp criticism from residents?", "The decision to close the library") in qa(
        "The decision to close the library drew sharp criticism from residents.")
    assert ("What drew a furious response from universities?",
            "The government's new visa rules") in qa(
        "The government's new visa rules drew a furious response from universities.")


def test_drew_with_no_reaction_or_a_bare_subject_is_not_asked() -> None:
    assert not qa("The festival drew 10,000 fans to the town.")
    assert not qa("The mayor drew criticism from residents.")
    assert not qa("The revelation drew sharp criticism from the deputy mayor.")
