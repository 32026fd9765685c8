"""Actor cards, round 9b: families a second held-out batch wrote and the rules did not read
(given names of hyphenated syllables, an office in capitals after its owner, a "which is run
by" clause after a place's aside, a company named after "shares in"), and cards that must not
be written. Sentences written for these tests, on other topics than the articles."""

from __future__ import annotations

from gen_support import actor_facts, actor_qa as qa


def test_a_given_name_of_hyphenated_syllables_stays_with_the_surname() -> None:
    got = qa("Coach Lee Min-jun said the team would play without its captain on Sunday.")
    assert ("Which coach said the team would play without its captain on Sunday?",
            "Lee Min-jun") in got
    got = qa("Health Minister Tsai Ing-wen said on Monday that the clinics would open in May.")
    assert any(a == "Tsai Ing-wen" for _, a in got)
    assert not any(a in {"Lee", "Tsai"} for _, a in got)


def test_an_english_compound_after_a_name_is_no_given_name() -> None:
    got = qa("Investors in Harwell Iran-backed militias were named on Monday by the Treasury.")
    assert not any("Iran-backed" in a for _, a in got)
    got = qa("The court heard that Daniel Cole Well-known to police had fled the country.")
    assert not any("Well-known" in a for _, a in got)


def test_an_office_in_capitals_after_its_owner_is_a_post() -> None:
    for owner, office, name in (("Ontario's", "Minister of Health", "Sylvia Marsh"),
                                ("Britain's", "Secretary of State for Transport", "Mark Hale"),
                                ("Kenya's", "Cabinet Secretary for Health", "Aden Wafula")):
        got = qa(f"{owner} {office}, {name}, told reporters on Monday that the new hospital "
                 f"would open in May.")
        assert (f"Who is {owner} {office}?", name) in got, office
        assert not any(a == office for _, a in got), office


def test_a_place_run_by_a_body_in_a_which_clause() -> None:
    got = qa("Firefighters were called to the Oakfield bus depot, which is run by Metro "
             "Transit Services.")
    assert ("Which organisation runs the Oakfield bus depot?", "Metro Transit Services") in got
    got = qa("The blaze started at the Elm Street depot, about two miles south of Croydon, "
             "which is operated by Metro Transit Services.")
    assert ("Which organisation operates the Elm Street depot?", "Metro Transit Services") in got
    assert not any("Croydon" in q for q, _ in got)


def test_a_name_after_shares_in_is_a_company_not_a_place() -> None:
    texts = ("Riverton, which has about 900 staff, said it would appeal against the fine.",
             "Shares in Riverton fell 4% in early trading on Tuesday.")
    got = qa(*texts)
    assert any(a.startswith("Riverton") and "appeal" in q for q, a in got)
    kinds = {f.answer: f.kind for f in actor_facts(
        "The Seaview Park stadium, which is owned by Harlow Ventures, will close.",
        "Shares in Harlow Ventures fell 3% on Monday.")}
    assert kinds.get("Harlow Ventures") is not None
    assert kinds["Harlow Ventures"].value == "organisation"


def test_according_to_figures_or_an_estimate_by_a_body() -> None:
    got = qa("According to figures from the Office for Road Statistics, traffic deaths rose to "
             "1,240 in 2025.")
    assert ("According to figures from which organisation did traffic deaths rise to 1,240 in "
            "2025?", "Office for Road Statistics") in got
    got = qa("According to a first estimate by the Coast Guard Authority, some 300 tonnes of "
             "oil were spilled in the bay.")
    assert ("According to a first estimate by which organisation were some 300 tonnes of oil "
            "spilled in the bay?", "Coast Guard Authority") in got


def test_a_body_described_by_a_whose_clause() -> None:
    got = qa("The ruling is a setback for Harlow Ventures, a property developer whose plans "
             "for 400 homes were rejected in March.")
    assert ("Which property developer's plans for 400 homes were rejected in March?",
            "Harlow Ventures") in got
    got = qa("The strike hit Nordwind, an airline whose pilots walked out on Monday, and two "
             "rival carriers.")
    assert ("Which airline's pilots walked out on Monday?", "Nordwind") in got


def test_a_whose_clause_without_a_verb_or_of_a_person_asks_nothing_new() -> None:
    got = qa("Fans cheered Dynamo Brest, a club whose 40 staff.")
    assert not any(q.startswith("Which club's") for q, _ in got)
    got = qa("The crowd applauded Anna Berg, a rider whose horse had won twice in May.")
    assert not any("rider's" in q for q, _ in got)


def test_a_person_with_whose_then_but_who_is_read_after_who() -> None:
    got = qa("The vote is a blow to Health Minister Lena Holt, whose party has led the "
             "coalition since 2019 but who was forced to resign in March over hospital "
             "closures.")
    assert ("Which Health Minister was forced to resign in March over hospital closures?",
            "Lena Holt") in got


def test_a_maker_after_a_naming_and_and() -> None:
    got = qa("The drug, known as ZX-4 and made by the Swiss firm Novagen Pharma, cut deaths by "
             "a third.")
    assert ("Which Swiss firm made the drug known as ZX-4?", "Novagen Pharma") in got
    got = qa("The new ferry, called Island Star and built by Harland Yards, entered service on "
             "Monday.")
    assert ("Who built the new ferry called Island Star?", "Harland Yards") in got


def test_who_gave_a_named_sum_after_a_preposition() -> None:
    got = qa("The school was rebuilt with a £2 million grant from the Heritage Lottery Fund.")
    assert ("Which organisation provided the £2 million grant?", "Heritage Lottery Fund") in got
    got = qa("The ward reopened thanks to a $3m donation from philanthropist Sarah Kline.")
    assert ("Who provided the $3m donation?", "Sarah Kline") in got
    got = qa("The upgrade was made possible by a $9 million loan from the Baltic Investment "
             "Fund, a Riga-based lender, which covers the first two years.")
    assert ("Which Riga-based lender provided the $9 million loan?",
            "Baltic Investment Fund") in got


def test_a_sum_received_as_an_object_is_asked_once() -> None:
    got = qa("The club received a £5 million loan from Barclays Bank last year.")
    assert not any(q.startswith("Which organisation provided") for q, _ in got)


def test_an_owner_whose_surname_the_article_writes_alone_is_a_person() -> None:
    facts = actor_facts("Hotel owner Sigrun Dahl said the hotel would reopen in June.",
                        "Dahl bought the building in 2019 for 4 million crowns.")
    assert {f.kind.value for f in facts if f.answer == "Sigrun Dahl"} == {"person"}
    facts = actor_facts("Ferry owner Halvard Lines said the route would close in May.",
                        "It runs two lines in the north.")
    assert "person" not in {f.kind.value for f in facts if f.answer == "Halvard Lines"}


def test_who_told_an_audience_a_quote_is_asked_with_the_quote_only() -> None:
    got = qa("\"We will not sell the stadium,\" club chairman Ola Brandt told reporters at the "
             "training ground this morning.")
    assert any(a == "Ola Brandt" and "“We will not sell the stadium”" in q for q, a in got)
    assert not any(q.endswith("at the training ground this morning?") for q, _ in got)


def test_an_aside_agent_of_a_plain_noun_is_asked_with_what_the_noun_did() -> None:
    got = qa("The inquiry, led by retired judge Anne Hart, found that the hospital had ignored "
             "warnings.")
    assert ("Which retired judge led the inquiry that found that the hospital had ignored "
            "warnings?", "Anne Hart") in got
    got = qa("The stoppage, called by the Dock Workers Union (DWU), began at 6 a.m. and will "
             "last two days.")
    assert not any(q.endswith("a.m?") for q, _ in got)
