"""Cause facts, round 9b (connectives and sentence structure): a penalty or prize handed "for"
an act, a time or place fronted before a "so" or "which meant" statement, a "they" opening
the effect of a plural subject's act."""

from __future__ import annotations

from gen_support import cause_qa as qa


def test_a_penalty_handed_for_an_act() -> None:
    assert ("Why was the striker given a three-match ban?", "for elbowing an opponent") in qa(
        "The striker was given a three-match ban for elbowing an opponent.")
    assert ("Why did the driver receive a ten-second penalty?", "for speeding in the pit lane") \
        in qa("The driver received a ten-second penalty for speeding in the pit lane.")
    assert ("Why was the bank hit with a record fine?", "for misleading its customers") in qa(
        "The bank was hit with a record fine for misleading its customers.")


def test_what_is_handed_must_be_a_penalty_or_a_prize() -> None:
    assert qa("The team was given a parade for winning the cup.") == set()
    assert qa("She received a letter for making the list.") == set()


def test_so_after_a_fronted_time_or_place() -> None:
    assert ("Why was the race moved to a lower course?", "heavy snow closed the mountain pass") \
        in qa("At the weekend, heavy snow closed the mountain pass, so the race was moved to a "
              "lower course.")
    assert ("Why will nurses travel by boat?", "floods cut the roads to the villages") in qa(
        "In the north, floods cut the roads to the villages, so nurses will travel by boat.")


def test_a_fronted_subordinate_clause_is_no_statement() -> None:
    assert qa("After the storm passed, the river rose sharply, so the ferry was suspended.") \
        == set()


def test_which_meant_after_a_fronted_time() -> None:
    assert ("Last year, the orchestra lost its state grant. What was the consequence of this?",
            "the season was cut to ten concerts") in qa(
        "Last year, the orchestra lost its state grant, which meant the season was cut to ten "
        "concerts.")


def test_they_opening_the_effect_of_a_plural_subject() -> None:
    assert ("The miners went on strike in March. What was the consequence of this?",
            "they lost two weeks of pay") in qa(
        "The miners went on strike in March, which meant they lost two weeks of pay.")
    found = qa("Last season, Rovers were handed a ten-point deduction for fielding an ineligible "
               "player, which meant they were relegated on the final day.")
    assert ("Last season, Rovers were handed a ten-point deduction for fielding an ineligible "
            "player. What was the consequence of this?", "they were relegated on the final day") \
        in found
    assert ("Why were Rovers handed a ten-point deduction?", "for fielding an ineligible player") \
        in found
    assert ("Why was the club docked ten points?", "for fielding an ineligible player") in qa(
        "The club was docked ten points for fielding an ineligible player.")


def test_a_pronoun_that_may_stand_for_the_object_is_left() -> None:
    for text in ("Protesters blocked the roads, which meant they were closed for hours.",
                 "The court fined the hospital, which means it has been closed for a week.",
                 "The council raised parking fees, which meant they doubled in the centre.",
                 "The miners walked out in 2019, which means they have been idle for years."):
        assert not any("consequence" in q for q, _ in qa(text)), text


def test_after_a_cause_whose_subject_has_a_relative_clause() -> None:
    assert ("Why was the game abandoned?",
            "a fan, who was later arrested, threw a bottle at the referee") in qa(
        "The game was abandoned after a fan, who was later arrested, threw a bottle at the "
        "referee.")
    assert ("Why was the line closed?",
            "a freight train, which was carrying grain, derailed near the station") in qa(
        "The line was closed after a freight train, which was carrying grain, derailed near the "
        "station.")
    assert ("Why was the inquiry opened?",
            "a nurse at the clinic, who asked not to be named, reported missing doses") in qa(
        "The inquiry was opened after a nurse at the clinic, who asked not to be named, reported "
        "missing doses.")


def test_a_relative_clause_does_not_make_a_time_a_cause() -> None:
    assert qa("She moved to Leeds after her father, who ran a bakery, retired in 2010.") == set()


def test_a_scarcity_after_a_harvest_or_a_disaster() -> None:
    assert ("Why are stocks low?", "a poor harvest") in qa("Stocks are low after a poor harvest.")
    assert ("Why is the river unusually low?", "a dry summer") in qa(
        "The river is unusually low after a dry summer.")


def test_a_state_after_a_time_or_a_place_is_no_cause() -> None:
    for text in ("The shelves are empty after the last delivery of the week.",
                 "Prices are high after 10pm.", "The river is low after the bridge."):
        assert qa(text) == set(), text


def test_it_of_a_passive_joined_to_the_first() -> None:
    assert ("Why was the match abandoned?", "the pitch flooded") in qa(
        "The match was delayed by heavy rain, and it was abandoned after the pitch flooded.")
    assert ("Why was the bill blocked in the senate?", "the opposition walked out") in qa(
        "The bill was passed by the lower house, but it was blocked in the senate after the "
        "opposition walked out.")
    assert ("Why were the roads reopened?", "the snow was cleared") in qa(
        "The roads were closed by police, and they were reopened after the snow was cleared.")


def test_it_that_does_not_agree_with_the_first_subject_is_left() -> None:
    assert not any("fined" in q for q, _ in qa(
        "The ban was imposed on the players, and they were fined after the hearing found them "
        "guilty."))
    assert not any("closed" in q for q, _ in qa(
        "The museum reopened in May, but it was closed again in July after a pipe burst."))


def test_this_happened_after_tells_when_the_act_before_was_done() -> None:
    assert ("When did staff at the clinic change patients' records?",
            "after managers set new targets") in qa(
        "Staff at the clinic changed patients' records.",
        "This happened after managers set new targets.")
    assert ("In several cases, when did guards at the prison sell phones to inmates, according "
            "to the inspectors?", "after inmates' families paid them in cash") in qa(
        "According to the inspectors, guards at the prison sold phones to inmates.",
        "In several cases this happened after inmates' families paid them in cash.")
    assert qa("Staff at the clinic changed patients' records.",
              "This happened after two weeks of talks.") == set()


def test_a_why_of_two_acts_joined_by_or_asks_both_in_the_base_form() -> None:
    assert ("Why did officials at the port wave lorries through or ignore forged permits?",
            "they had been paid by smugglers") in qa(
        "Officials at the port waved lorries through or ignored forged permits because they had "
        "been paid by smugglers.")


def test_a_relative_that_after_a_plural_is_part_of_the_object() -> None:
    assert ("Why did the agency reject bids from firms that had no licence?",
            "a new rule came into force") in qa(
        "The agency rejected bids from firms that had no licence because a new rule came into "
        "force.")
    assert not any(q.startswith("Why did the minister warn") for q, _ in qa(
        "The minister warned reporters that was not the plan because talks were going on."))


def test_as_a_result_after_a_fronted_time_or_place() -> None:
    assert ("Why were thousands of passengers stranded?", "the airline cancelled 40 flights") in qa(
        "On Monday, the airline cancelled 40 flights.",
        "Thousands of passengers were stranded as a result.")
    assert ("Why would waiting lists grow further?", "outpatient clinics were closed for the day") \
        in qa("At the hospital, outpatient clinics were closed for the day.",
              "Waiting lists would grow further as a result.")


def test_when_is_not_asked_of_an_act_already_dated() -> None:
    assert qa("In March, the club sacked its coach.",
              "This happened after a run of six defeats.") == set()


def test_his_after_a_subordinating_word_is_the_person_named_first() -> None:
    assert ("Why was Ruiz's predecessor fired?", "a fraud inquiry") in qa(
        "Ruiz joined the firm in May after her predecessor was fired following a fraud inquiry.")
    assert ("Why was Okafor's predecessor dismissed?", "a string of heavy defeats") in qa(
        "Okafor took over the team in 2023 after his predecessor was dismissed following a string "
        "of heavy defeats.")


def test_his_that_may_be_another_persons_is_left() -> None:
    found = qa("Smith replaced Jones after his contract was terminated following a row with the "
               "board.")
    assert not any("Smith's" in q for q, _ in found)
    assert not any("Kalniņa's" in q for q, _ in qa(
        "Kalniņa, 46, said her first priority would be to pass a budget for next year."))


def test_a_delay_after_but_is_told_by_the_plan_it_broke() -> None:
    assert ("Why was the match, scheduled for Saturday, called off?", "the pitch was frozen") in qa(
        "The match was scheduled for Saturday but was called off because the pitch was frozen.")
    assert ("Why was the concert, originally planned for June, postponed?",
            "the singer fell ill") in qa(
        "The concert was originally planned for June but was postponed because the singer fell "
        "ill.")


def test_the_speaker_of_a_relative_clause_is_no_verb() -> None:
    found = qa("The ruling revived a row over selective schools, which parents say favour the "
               "rich because tutoring is expensive.")
    assert not any(" parent say" in q or "row over selective schools" in q for q, _ in found)


def test_a_reason_inside_a_relative_clause_with_its_speaker() -> None:
    assert ("Why do selective schools favour the rich, according to parents?",
            "tutoring is expensive") in qa(
        "The ruling revived a row over selective schools, which parents say favour the rich "
        "because tutoring is expensive.")
    assert not any("buses" in q for q, _ in qa(
        "The plan adds more buses, which critics say is pointless because nobody rides them."))
