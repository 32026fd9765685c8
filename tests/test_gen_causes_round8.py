"""Cause facts, round 8: shapes met on text nobody tuned on (a wire dateline before the cause,
a passive's purpose, a purpose told first, "in case", "citing X amid Y", a stance "argued
against", a person's relative clause, "X occurred after Y" asked as what X followed)."""

from __future__ import annotations

from gen_support import cause_qa as qa


def test_a_dateline_does_not_hide_the_sentence_subject() -> None:
    found = qa("OSLO (Reuters) — A regional court has halted the sale of the ferry company, "
               "ruling that the state had undervalued its harbour land.")
    assert ("Why has a regional court halted the sale of the ferry company?",
            "the state had undervalued its harbour land") in found


def test_a_long_object_loses_its_relative_clause_in_the_question() -> None:
    assert ("Why did a tribunal order the water company Aquavia to compensate 2,000 households?",
            "the firm had ignored repeated warnings") in qa(
        "A tribunal ordered the water company Aquavia to compensate 2,000 households who were left "
        "without running water for nine days last winter, ruling that the firm had ignored "
        "repeated warnings.")


def test_a_purpose_right_after_a_passive() -> None:
    assert ("Why were bus fares cut?", "to win back commuters") in qa(
        "Bus fares were cut to win back commuters.")
    assert ("Why have staff hours been cut?", "to save money on wages") in qa(
        "Staff hours have been cut to save money on wages.")
    assert ("Why was the launch delayed?", "to allow more tests of the engine") in qa(
        "The launch was delayed to allow more tests of the engine.")


def test_an_amount_after_a_passive_is_no_purpose() -> None:
    assert not qa("The tax on diesel was cut to zero last year.")
    assert not any(a.startswith("to ") for _, a in qa(
        "Officials said cuts to rural bus routes would begin in May."))


def test_a_purpose_told_before_its_clause() -> None:
    assert ("Why did the council cut bus fares by a fifth?", "win back commuters") in qa(
        "To win back commuters, the council cut bus fares by a fifth.")
    assert ("Why did the museum close two galleries?", "save money") in qa(
        "In order to save money, the museum closed two galleries.")
    assert ("Why, according to the council, would bus fares be cut by a fifth from May?",
            "win back commuters") in qa(
        "To win back commuters, the council said bus fares would be cut by a fifth from May.")


def test_sentence_adverbs_are_no_purpose() -> None:
    for text in ("To be fair, the council cut bus fares by a fifth.",
                 "To date, the council has cut bus fares twice.",
                 "To put it mildly, the council cut bus fares by a fifth.",
                 "To the north, the river flooded three villages.",
                 "To everyone's surprise, the council cut bus fares by a fifth.",
                 "To many observers, the verdict came as a surprise to the club.",
                 "To cut-price airlines, the tax is a heavy burden on small airports."):
        assert not qa(text), text


def test_in_case_gives_a_precaution() -> None:
    assert ("Why did coastguards close the beach?",
            "in case the storm brought down the cliff") in qa(
        "Coastguards closed the beach in case the storm brought down the cliff.")
    found = {q: a for q, a in qa(
        "Hospitals kept extra beds free in case of a second wave of infections.")}
    assert found["Why did hospitals keep extra beds free?"] == \
        "in case of a second wave of infections"


def test_a_condition_prepared_for_is_not_asked_why() -> None:
    assert not qa("In case the talks fail, the union has planned a strike for May.")


def test_what_is_cited_is_the_reason_not_its_background() -> None:
    assert ("Why did two airlines suspend flights to the island?", "citing safety concerns") in qa(
        "Two airlines suspended flights to the island, citing safety concerns amid renewed "
        "fighting.")


def test_a_stance_argued_is_asked_why() -> None:
    assert ("Why did officials argue against the levy?",
            "citing pressure on the public finances") in qa(
        "Officials argued against the levy, citing pressure on the public finances amid falling "
        "tax receipts.")
    assert ("Why did doctors warn against the merger?", "waiting times would rise") in qa(
        "Doctors warned against the merger because waiting times would rise.")


def test_the_relative_clause_of_a_named_person() -> None:
    found = qa("The previous record was set in 2019 by Norway's Lars Berg, who has not raced "
               "since because of a knee injury.")
    assert ("Why has Lars Berg not raced since?", "a knee injury") in found
    assert not any(q.startswith("What has") for q, _ in found)  # (not done: no result)


def test_an_event_after_another_is_asked_what_it_followed() -> None:
    assert ("What did the opening of the new port follow?",
            "a vote by the regional assembly") in qa(
        "The opening of the new port occurred only after a vote by the regional assembly.")
    assert ("What will the reopening of the old mine follow?",
            "a full safety review by regulators") in qa(
        "The reopening of the old mine will happen only after a full safety review by "
        "regulators.")
    assert not any(q.startswith("After what") for q, _ in qa(
        "The sale of the club has come only after months of talks with three bidders."))


def test_she_is_the_person_named_in_apposition_before() -> None:
    assert ("What did Ana Ruiz blame the delay on?", "a shortage of steel at the port") in qa(
        "Its chief executive, Ana Ruiz, said the company had spent €80 million so far.",
        "She blamed the delay on a shortage of steel at the port.")


def test_an_its_after_a_person_in_apposition_stays_unresolved() -> None:
    found = qa("The chairman of the bank, Ola Berg, said profits fell in May.",
               "Its shares dropped 4% because investors feared more losses.")
    assert not any("Ola Berg's" in q for q, _ in found)


def test_advice_given_as_something_happened() -> None:
    assert ("Why did the mayor urge drivers to stay off the roads?",
            "the storm had knocked down power lines across the city") in qa(
        "The mayor urged drivers to stay off the roads, as the storm had knocked down power "
        "lines across the city.")
    assert not qa("The mayor urged drivers to stay off the roads as the snow fell.")


def test_how_far_a_cause_is_blamed_is_not_part_of_the_question() -> None:
    assert ("What did the mayor blame the flooding on?", "blocked storm drains") in qa(
        "The mayor blamed the flooding largely on blocked storm drains.")
    assert not qa("The mayor blamed the flooding partly on blocked storm drains and partly on "
                  "a burst water main.")


def test_a_plural_subject_does_not_own_an_its() -> None:
    assert not qa("The full council will vote on the plan in May, but the cuts do not need its "
                  "approval because the decision falls within the mayor's powers.")
    assert ("Why did the firm cut its prices?", "demand had fallen sharply") in qa(
        "The firm cut its prices because demand had fallen sharply.")


def test_the_upset_say_why() -> None:
    assert ("Why have the new fees upset many drivers?", "the city gave them no warning") in qa(
        "The new fees have upset many drivers, who complain that the city gave them no warning.")
    assert ("Why did the ruling anger Ana Ruiz?", "the judges had ignored the evidence") in qa(
        "The ruling angered Ana Ruiz, who said the judges had ignored the evidence.")
    # (anyone else's "who said" gives no reason for the act)
    assert not any(q.startswith("Why") for q, _ in qa(
        "The council closed the pool, which said it would reopen in May."))
    assert not any(q.startswith("Why") for q, _ in qa(
        "The court fined the company, who said the fine was unfair."))


def test_an_amount_in_words_is_no_purpose() -> None:
    assert not qa("Fees were increased to twenty euros a month last year.")
    assert not qa("The speed limit was cut to thirty miles an hour near schools.")


def test_an_aside_opened_by_worth_does_not_cut_the_clause() -> None:
    # "worth ..." between commas is an aside on its noun, like "the ..." or "which ..."
    assert qa("The new parking charge, worth about 300 euros a year for most drivers, was needed "
              "because the council had run out of money for road repairs.") == {
        ("Why was the new parking charge needed?",
         "the council had run out of money for road repairs")}
