"""Actor cards, round 4: roles and subjects no closed list of one article's words foresaw (a
rider, a farmers' federation, a museum in a town, a body named with "and"). Sentences written
for these tests."""

from __future__ import annotations

from tests.test_gen_actors_round2 import qa


def test_a_person_noun_before_a_name_is_a_role() -> None:
    got = qa("Veteran driver Luca Bassi won the Monaco Grand Prix for the third time on Sunday.")
    assert ("Which veteran driver won the Monaco Grand Prix for the third time on Sunday?",
            "Luca Bassi") in got
    got = qa("Norwegian skier Ingrid Dahl beat the course record at the World Cup on Saturday.")
    assert ("Which Norwegian skier beat the course record at the World Cup on Saturday?",
            "Ingrid Dahl") in got


def test_a_race_or_prize_is_not_an_organisation() -> None:
    got = qa("Veteran driver Luca Bassi won the Monaco Grand Prix for the third time on Sunday.",
             "Belgian cyclist Tom Peeters won the Tour of Flanders on Sunday after a late attack.")
    assert not any(q.startswith("Which organisation") for q, _ in got)
    assert ("Which Belgian cyclist won the Tour of Flanders on Sunday?", "Tom Peeters") in got


def test_a_plural_owner_belongs_to_a_bodys_role() -> None:
    got = qa("The nurses' union Unison said several of its members had already resigned "
             "over pay.")
    assert ("Which nurses' union said several of its members had already resigned over pay?",
            "Unison") in got


def test_they_after_a_group_in_the_question_is_theirs() -> None:
    got = qa("The growers' association Fructa said most of its members had cut jobs because "
             "they could not pay higher wages.")
    assert any(a == "Fructa" and q.startswith("Which growers' association said") for q, a in got)


def test_a_his_in_a_bodys_question_still_points_outside_it() -> None:
    got = qa("The Carlsen Foundation rejected his request for a grant on Monday.")
    assert not any("his request" in q for q, _ in got)


def test_a_body_named_with_and_is_one_name() -> None:
    got = qa("The Federal Trade and Competition Commission fined the bank 12 million dollars "
             "on Friday.")
    assert ("Which body fined the bank 12 million dollars on Friday?",
            "Federal Trade and Competition Commission") in got


def test_two_countries_joined_by_and_stay_two() -> None:
    assert not any("and" in a for _, a in qa("Spain and France Telecom agreed a new deal "
                                             "on roaming charges."))


def test_a_body_in_a_town_is_asked_with_the_town() -> None:
    got = qa("The Carrow Institute in Leeds has fired three researchers over falsified data.")
    assert ("Which organisation in Leeds has fired three researchers over falsified data?",
            "Carrow Institute") in got


def test_people_at_a_body_are_asked_for_the_body() -> None:
    got = qa("Researchers at the Kessler Institute found that the drug cut deaths by a third.")
    assert ("Researchers at which organisation found that the drug cut deaths by a third?",
            "Kessler Institute") in got
    got = qa("Scientists from the Polar Research Agency said the ice shelf had lost 20% of its "
             "mass.")
    assert ("Scientists from which agency said the ice shelf had lost 20% of its mass?",
            "Polar Research Agency") in got


def test_people_from_a_town_are_not_asked_for_an_organisation() -> None:
    assert not any("organisation" in q for q, _ in qa(
        "Residents from Braga said the water had turned brown.",
        "Researchers at Oxford found that the drug cut deaths by a third."))


def test_a_quote_with_a_role_and_name_after_it_asks_who_said_it() -> None:
    got = qa("“We will not close the plant in Tarn this year,” the company's chief executive, "
             "Anna Berg, said on Monday.")
    assert ("Who said, “We will not close the plant in Tarn this year”?", "Anna Berg") in got


def test_a_portuguese_do_joins_a_name() -> None:
    got = qa("The national water utility, Águas do Norte, said its two largest dams held just "
             "40% of their capacity in July.")
    assert ("Which national water utility said its two largest dams held just 40% of their "
            "capacity in July?", "Águas do Norte") in got
    assert not any(a == "Águas" for _, a in got)


def test_a_plural_pronoun_for_a_plural_noun_in_the_question_stays() -> None:
    assert not any("their grants" in q for q, _ in qa(
        "The Carlsen Foundation said it would cut their grants by half next year."))


def test_a_countrys_people_in_the_question_give_the_country_away() -> None:
    got = qa("Norway's oil regulator on Friday blocked the sale of the Norwegian field "
             "Kvitebank to a foreign buyer.")
    assert not any(a == "Norway" and q for q, a in got)


def test_a_person_after_a_countrys_possessive_is_the_object() -> None:
    got = qa("The club signed Brazil's Lucas Moura from Porto for 12 million euros.")
    assert ("Who did the club sign from Porto for 12 million euros?", "Lucas Moura") in got
    got = qa("The crash left Italy's Paolo Conte in the lead of the Monte Carlo Rally.",
             "Conte, who is 31, said he had not expected to win.")
    assert ("Who did the crash leave in the lead of the Monte Carlo Rally?", "Paolo Conte") in got


def test_a_team_is_asked_as_a_club() -> None:
    got = qa("Westfield Athletic won the County Cup on Saturday with a 2-0 win over Ashby Town.")
    assert ("Which club won the County Cup on Saturday with a 2-0 win over Ashby Town?",
            "Westfield Athletic") in got


def test_people_of_a_trade_at_a_body_are_asked_for_the_body() -> None:
    got = qa("Engineers from Siemens Energy found cracks in two turbines at the Hallby plant.")
    assert ("Engineers from which organisation found cracks in two turbines at the Hallby "
            "plant?", "Siemens Energy") in got


def test_a_longer_finding_is_asked_according_to_whom() -> None:
    got = qa("Divers found traces of Vibrio bacteria between 10 and 20 times above the safe level "
             "in samples taken from the harbour, according to the Marine Research Institute.")
    assert any(q.startswith("According to which organisation did divers find traces of Vibrio")
               and a == "Marine Research Institute" for q, a in got)


def test_a_nations_noun_before_a_name_is_a_role_with_its_capital() -> None:
    got = qa("Spaniard Pablo Ortiz was banned for two years by the International Cycling Union "
             "on Friday.")
    assert any(q.startswith("Which Spaniard was banned for two years") and a == "Pablo Ortiz"
               for q, a in got)


def test_one_person_or_members_of_a_body_are_asked_for_the_body() -> None:
    got = qa("A spokesperson for the Civil Aviation Authority said flights from Dublin would "
             "resume on Monday.",
             "Supporters of the Labour Party marched through Leeds on Saturday.")
    assert ("A spokesperson for which organisation said flights from Dublin would resume on "
            "Monday?", "Civil Aviation Authority") in got
    assert ("Supporters of which party marched through Leeds on Saturday?", "Labour Party") in got
