"""Cause facts, round 5: reports in a speaker's second verb, blame in a coordination, and a
reported "it" that stands for a maker of goods."""

from __future__ import annotations

from gen_support import cause_qa as qa


def test_a_report_in_the_second_verb_names_its_speaker() -> None:
    assert ("What did the airline's chief executive say caused the delays?",
            "a computer fault and a shortage of pilots") in qa(
        "The airline's chief executive, Tom Reed, apologised to passengers and said the delays "
        "were caused by a computer fault and a shortage of pilots.")
    assert ("What did the mayor say caused the flooding?", "a blocked drain") in qa(
        "The mayor thanked the volunteers and said the flooding was caused by a blocked drain.")


def test_a_coordinated_blame_names_the_change_it_blames() -> None:
    assert ("What did the union blame the decline in membership on?", "new laws") in qa(
        "The union said membership fell by 5% last year and blamed the decline on new laws.")
    assert ("What did the retailers' group blame the fall in sales on?", "the weather") in qa(
        "The retailers' group said sales dropped sharply in March and blamed the fall on the "
        "weather.")
    assert ("What did the council blame the closure of the library on?", "budget cuts") in qa(
        "The council met on Monday and blamed the closure of the library on budget cuts.")


def test_a_bare_change_with_nothing_that_changed_is_not_asked() -> None:
    assert not any("blame" in q for q, _ in qa(
        "The union met on Monday and blamed the decline on new laws."))


def test_a_makers_it_is_the_maker() -> None:
    assert ("Why had carmaker Nordwin recalled a popular model of its electric car range?",
            "drivers reported brake failures") in qa(
        "Carmaker Nordwin said on Tuesday it had recalled a popular model of its electric car "
        "range after drivers reported brake failures, sending its shares down 5%.")
    assert ("Why had chipmaker Solvar closed a plant?", "a fire damaged the roof") in qa(
        "Chipmaker Solvar said on Monday it had closed a plant after a fire damaged the roof.")


def test_a_persons_it_is_not_the_person() -> None:
    assert not any(q.startswith("Why had") for q, _ in qa(
        "Kim Park said on Monday it had closed a plant after a fire damaged the roof."))


def test_a_prepositional_to_is_no_purpose() -> None:
    found = qa("The scheme was introduced in response to pollution levels that breached legal "
               "limits.")
    assert found == {("Why was the scheme introduced?",
                      "pollution levels that breached legal limits")}
    assert qa("The ban was imposed in response to smuggling gangs that operated across the "
              "border.") == {("Why was the ban imposed?",
                              "smuggling gangs that operated across the border")}


def test_a_connective_is_no_subject_of_a_relative_clause() -> None:
    assert qa("The road was closed due to flooding that damaged the bridge.") == {
        ("Why was the road closed?", "flooding that damaged the bridge")}


def test_a_participle_blame_names_what_it_blames() -> None:
    assert ("What did the city council blame the cut in its library budget on?",
            "falling tax income") in qa(
        "Last year, the city council cut its library budget by 10%, blaming the cut on falling "
        "tax income.")
    assert ("What did the airline blame the losses on?", "high fuel prices") in qa(
        "The airline cut 200 jobs in March, blaming the losses on high fuel prices.")
    assert not any("blame" in q for q, _ in qa(
        "He cut the budget, blaming the cut on strikes."))


def test_what_is_offered_or_pledged_then_what_for() -> None:
    assert ("Why did the mayor offer free parking?", "to help traders attract customers") in qa(
        "The mayor visited the market on Monday and offered free parking to help traders "
        "attract customers.")
    assert ("Why did the company pledge 2 million euros?", "to rebuild the school") in qa(
        "The company pledged 2 million euros to rebuild the school.")
    assert not qa("The minister offered to resign.")
    assert not qa("The bank offered them loans to buy homes.")


def test_a_decision_reported_in_the_lead_names_a_later_bare_decision() -> None:
    assert ("What would the city hire as a result of the city council's decision to close the "
            "old bridge, according to the mayor?", "extra buses") in qa(
        "The city council said on Monday it had closed the old bridge.",
        "The mayor said the city would hire extra buses as a result of the decision.")
    assert ("What would Nordwin cut as a result of carmaker Nordwin's decision to halt "
            "production of its new model, according to the company's chief executive?",
            "500 jobs") in qa(
        "Carmaker Nordwin said on Tuesday it had halted production of its new model after "
        "drivers reported brake failures.",
        "The company's chief executive, Ann Berg, told analysts that Nordwin would cut 500 jobs "
        "as a result of the decision.")


def test_an_aimed_it_is_the_thing_just_named() -> None:
    assert ("What is the toll aimed at, according to Smith?",
            "cutting traffic in the centre by half by 2030") in qa(
        "The toll was introduced in response to complaints from residents.",
        "It is aimed at cutting traffic in the centre by half by 2030, Smith said.")
    assert ("What was the new law designed to do?",
            "protect tenants from sudden rent rises") in qa(
        "The new law took effect in May.",
        "It was designed to protect tenants from sudden rent rises.")
    assert not qa("Smith took office in May.", "It is aimed at cutting traffic in the centre.")


def test_what_a_thing_is_designed_to_be_is_no_purpose() -> None:
    assert not qa("The new law is designed to be cheap and simple.")


def test_a_name_with_which_is_the_it_it_reports() -> None:
    assert ("Why would Brava not sign new contracts?", "so that it could cut its debts") in qa(
        "Brava, which has about 900 staff, said it would not sign new contracts so that it "
        "could cut its debts.")
    assert ("Why had Norvik closed a plant?", "a fire damaged the roof") in qa(
        "Norvik, which employs 4,000 people, said it had closed a plant after a fire damaged "
        "the roof.")
    assert not qa("Smith, who has about 900 staff, said it would not sign new contracts so "
                  "that it could cut its debts.")
