"""Actor cards, round 9: families of constructions that held-out text wrote and the rules did
not read (a speaker with a time after the verb, a long statement with asides, an apposition
subject with an acronym, a body's post named after a verb), and cards that must not be
written. Sentences written for these tests, on other topics than the articles."""

from __future__ import annotations

from gen_support import actor_qa as qa


def test_a_speaker_with_a_time_of_day_after_the_verb() -> None:
    for tail in ("early on Monday", "late on Friday", "earlier", "last week",
                 "on Sunday night"):
        got = qa(f"The bridge over the Vesle will stay closed until March, the Regional Roads "
                 f"Agency said {tail}.")
        assert ("Which agency said that the bridge over the Vesle will stay closed until March?",
                "Regional Roads Agency") in got, tail


def test_a_long_statement_loses_its_opening_circumstance_and_relative_asides() -> None:
    got = qa("With 97% of the ballots counted, Ana Petrov, who heads the Green Harbour "
             "Alliance, had 41% of the vote against 38% for Marek Dvorak of the governing "
             "Civic Union, the National Election Commission said late on Sunday.")
    assert any(a == "National Election Commission" and " said that Ana Petrov" in q and
               q.endswith("had 41% of the vote against 38% for Marek Dvorak of the governing "
                          "Civic Union?") for q, a in got)
    got = qa("With 98% of the ballots counted, Ana Petrov, who heads the Green Harbour "
             "Alliance and sits on the city council, had 41% of the vote against 38% for Marek "
             "Dvorak of the governing Civic Union, the National Election Commission said late "
             "on Sunday.")
    assert ("Which body said that Ana Petrov had 41% of the vote against 38% for Marek "
            "Dvorak of the governing Civic Union?", "National Election Commission") in got
    got = qa("With the season over, the club had sold 12,000 tickets for the final, the "
             "Northern Cricket Board said on Monday.")
    assert ("Which body said that the club had sold 12,000 tickets for the final?",
            "Northern Cricket Board") in got


def test_said_on_a_day_that_reports_a_clause() -> None:
    got = qa("The regulator, Nordic Drug Agency, said on Tuesday that all 40 batches of the "
             "vaccine had been recalled.")
    assert any(a == "Nordic Drug Agency" and q.startswith("Which regulator said on Tuesday that")
               for q, a in got)


def test_an_apposition_subject_with_its_acronym() -> None:
    got = qa("The operator, Nordlys Rail (NR), said on Tuesday that all carriages had been "
             "withdrawn.")
    assert ("Which operator said on Tuesday that all carriages had been withdrawn?",
            "Nordlys Rail") in got
    got = qa("The insurer, Halden Mutual (HM), agreed on Monday to pay every claim in full.")
    assert any(a == "Halden Mutual" for _, a in got)


def test_a_bodys_post_named_after_the_verb() -> None:
    got = qa("\"We will not sail until the storm passes,\" said Halvex Shipping's chief "
             "executive, Tomas Berg.")
    assert ("Who is Halvex Shipping's chief executive?", "Tomas Berg") in got
    got = qa("\"The vaccine is safe,\" said ÖBV's medical director, Ines Moreau.")
    assert ("Who is ÖBV's medical director?", "Ines Moreau") in got
    got = qa("The crowd in the square cheered Brenna Rovers' head coach, Liam Doyle.")
    assert not any(q.startswith("Who is the crowd") for q, _ in got)
    assert ("Who is Brenna Rovers' head coach?", "Liam Doyle") in got


def test_an_adverb_after_a_possessive_name_is_no_post() -> None:
    got = qa("Hartwell's originally said last month that fewer than 800,000 shoppers had been "
             "affected.")
    assert not any(q.startswith("Whose ") for q, _ in got)
