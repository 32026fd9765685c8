"""Cause questions, round 4: connectives fire whatever stands between a subject and its verb
(a day, a manner adverb), after a ruling, inside ", saying X" and before a quotation; a decision
followed by ", saying X" is asked why."""

from __future__ import annotations

from gen_support import cause_qa as qa


def test_after_a_ruling_is_a_cause() -> None:
    got = qa("The gallery will return six paintings to Poland after a Dutch appeals court ruled "
             "on Friday that they had been seized by occupying troops.")
    assert ("Why will the gallery return six paintings to Poland?",
            "a Dutch appeals court ruled on Friday that they had been seized by occupying "
            "troops") in got
    # a time, not a ruling, still only dates a return
    assert not qa("The striker will return to the squad after the international break ends.")


def test_a_manner_adverb_inside_the_verb_group() -> None:
    got = qa("The goalkeeper was provisionally banned by the league after a blood sample showed "
             "traces of a prohibited stimulant.")
    assert ("Why was the goalkeeper provisionally banned by the league?",
            "a blood sample showed traces of a prohibited stimulant") in got
    assert any(q.startswith("Why had the bridge been badly damaged") for q, _ in qa(
        "The bridge had been badly damaged because the river carried whole trees into it."))


def test_a_day_between_subject_and_verb_is_not_the_subject() -> None:
    got = qa("The city council on Monday rejected the stadium plan, saying the club had not "
             "shown how it would pay for new roads.")
    assert ("Why did the city council reject the stadium plan?",
            "the club had not shown how it would pay for new roads") in got
    # "the end of last month" is the subject's own time
    assert ("What resulted in the closure of the mine?",
            "A flood at the end of last month") in qa(
        "A flood at the end of last month resulted in the closure of the mine.")


def test_a_decision_saying_why() -> None:
    got = qa("The telecoms regulator blocked the sale of the network to a rival operator, "
             "saying the deal would have raised prices for rural customers.")
    assert ("Why did the telecoms regulator block the sale of the network to a rival operator?",
            "the deal would have raised prices for rural customers") in got
    # a report after ", saying" is read for its own connectives
    got = qa("The mayor closed the bridge on Tuesday, saying repairs were needed so that lorries "
             "could cross it safely.")
    assert ("Why were repairs needed, according to the mayor?",
            "so that lorries could cross it safely") in got


def test_a_reason_opening_a_quotation() -> None:
    got = qa("The head teacher said the pupils were sent home \"because the heating had failed "
             "overnight\".")
    assert any(a == "the heating had failed overnight" for _, a in got)


def test_a_cause_set_off_by_commas_after_its_subject() -> None:
    got = qa("The blackout, caused by a fault at a substation, left 40,000 homes without power.")
    assert ("What caused the blackout?", "a fault at a substation") in got
    got = qa("Engineers said the flood, triggered largely by a burst water main, closed the "
             "underground station.")
    assert any(q.startswith("What triggered the flood") and a == "a burst water main"
               for q, a in got)


def test_made_worse_by() -> None:
    got = qa("Doctors said the epidemic had been made worse by shortages, which left clinics "
             "without basic drugs for weeks.")
    assert ("What had made the epidemic worse, according to doctors?",
            "shortages, which left clinics without basic drugs for weeks") in got
    assert ("What made the shortage worse?", "panic buying in the capital") in qa(
        "The shortage was made worse by panic buying in the capital.")


def test_a_long_subject_still_leads_to_its_effect() -> None:
    got = qa("The closure of the only bridge between the old town and the industrial estate "
             "led to a sharp fall in trade.")
    assert any(a == "a sharp fall in trade" for _, a in got)


def test_a_placed_happening_names_a_later_bare_one() -> None:
    got = qa("Traffic was diverted after an explosion at Harwick Chemicals on Monday.",
             "The explosion, caused by a gas leak, injured four workers.")
    assert ("What caused the explosion at Harwick Chemicals?", "a gas leak") in got


def test_to_a_target_is_no_purpose() -> None:
    for text in ("The ferry operator diverted two ships to other harbours on the coast.",
                 "Archivists matched the letters to missing pages in the ledger.",
                 "The city wants to keep outlying villages connected to regional hospitals."):
        assert not any(a.startswith("to ") for _, a in qa(text)), text
    # a verb and its object after "to" is still a purpose
    assert any(a == "to protect the convoy" for _, a in qa(
        "The navy diverted two frigates to protect the convoy."))


def test_an_infinitive_that_is_an_object_is_no_purpose() -> None:
    for text in ("The airline announced the order in May, promising to hire 300 new pilots.",
                 "The gallery could not claim to have acquired the paintings legally.",
                 "The union accused the company of cutting training budgets to raise profits."):
        assert not any(a.startswith("to ") for _, a in qa(text)), text


def test_a_passive_blame_keeps_its_been() -> None:
    got = qa("The outage has been blamed on a software update at the control centre.")
    assert ("What has the outage been blamed on?", "a software update at the control centre") in got


def test_a_singular_head_before_a_place_is_singular() -> None:
    got = qa("The council approved a new ferry terminal near Dunmore, aimed at cutting journey "
             "times for commuters.")
    assert any(q.startswith("What was the new ferry terminal near Dunmore aimed at")
               for q, _ in got)


def test_an_apposition_inside_the_cause_clause() -> None:
    got = qa("The club sacked its coach after the chairman, a former player, criticised his "
             "tactics in public.")
    assert ("Why did the club sack its coach?",
            "the chairman, a former player, criticised his tactics in public") in got


def test_it_after_a_named_organisation_is_that_organisation() -> None:
    got = qa("Under the settlement, the university must also repay the grant.",
             "It has agreed to open a new clinic so that students can be treated on campus.")
    assert ("Why has the university agreed to open a new clinic?",
            "so that students can be treated on campus") in got
    # a dummy "It" stays a pronoun (and no question is asked about it)
    assert not any("university" in q for q, _ in qa(
        "The university must also repay the grant.",
        "It is unclear whether students will be treated on campus because the clinic closed."))


def test_their_after_one_plural_subject_is_that_subject() -> None:
    got = qa("The mayor said the refugees would move into the new housing in April.",
             "Their arrival was delayed by a week due to a strike by rail workers.")
    assert ("Why was the arrival of the refugees delayed by a week?",
            "a strike by rail workers") in got
    # two plural subjects before: whose, the sentence does not say
    got = qa("The nurses said the doctors would join the strike in April.",
             "Their walkout was delayed by a week due to a court ruling on pay.")
    assert not any("walkout of" in q for q, _ in got)


def test_it_is_the_organisation_only_for_an_organisations_act() -> None:
    # "It will seat ..." is the stadium, not the council that approved it
    assert not any("council" in q for q, _ in qa(
        "The council approved the stadium plan on Monday.",
        "It will seat 40,000 people because the club wants to grow."))


def test_a_purpose_after_a_verb_of_sending_still_counts() -> None:
    assert ("Why did the National Guard send 200 soldiers?", "to help with the evacuation") in qa(
        "The National Guard sent 200 soldiers to help with the evacuation.")


def test_had_to_is_asked_with_do() -> None:
    assert ("Why did commuters have to take a 30-kilometre detour?", "the bridge was closed") in qa(
        "Because the bridge was closed, commuters had to take a 30-kilometre detour.")
    assert ("Why does the club have to sell players?", "its debts have grown") in qa(
        "The club has to sell players because its debts have grown.")


def test_a_statement_and_a_day_before_the_verb_are_not_the_speaker() -> None:
    got = qa("The ministry in a statement on Friday said the border was closed because of heavy "
             "fighting.")
    assert ("Why, according to the ministry, was the border closed?", "heavy fighting") in got


def test_more_shapes_of_a_stated_reason() -> None:
    assert ("Why was the mayor arrested on Tuesday?", "on suspicion of taking bribes") in qa(
        "The mayor, who was elected in 2022, was arrested on Tuesday on suspicion of taking "
        "bribes.")
    assert ("Why has the hospital hired 50 extra nurses?",
            "to reduce waiting times in its emergency department") in qa(
        "The hospital has hired 50 extra nurses in order to reduce waiting times in its "
        "emergency department.")
    assert ("Why did the central bank keep interest rates on hold on Thursday?",
            "inflation remained too high") in qa(
        "The central bank kept interest rates on hold on Thursday, saying inflation remained "
        "too high.")
    assert ("Why were the residents evacuated?", "the river burst its banks") in qa(
        "The residents were evacuated after the river burst its banks.")


def test_their_is_not_read_when_another_plural_could_be_meant() -> None:
    assert not any("of the roads" in q for q, _ in qa(
        "Residents said the roads were blocked by snow.",
        "Their homes were cut off for days because the ploughs had broken down."))


def test_a_market_move_after_a_companys_news() -> None:
    assert ("Why did shares in the carmaker jump 8% on Wednesday?",
            "it reported better-than-expected profits") in qa(
        "Shares in the carmaker jumped 8% on Wednesday after it reported better-than-expected "
        "profits.")
    assert not qa("Prices rose after it rained.")


def test_over_concerns_and_started_by() -> None:
    assert ("Why was the app removed from both major app stores on Friday?",
            "concerns that it collected users' location data without consent") in qa(
        "The app was removed from both major app stores on Friday over concerns that it "
        "collected users' location data without consent.")
    # (the hedge stays in the question: the answer is only the likely cause)
    assert ("What probably started the blaze, according to officials?",
            "a discarded cigarette") in qa(
        "Officials said the blaze was probably started by a discarded cigarette.")
    # "over" + anything else is no reason ("criticised over his handling")
    assert not qa("The minister was criticised over his handling of the crisis.")


def test_amid_allegations_or_fears_is_a_reason() -> None:
    assert ("Why did the minister resign last week?",
            "allegations that she had misused public funds") in qa(
        "The minister resigned last week amid allegations that she had misused public funds.")
    assert ("Why did oil prices rise on Monday?", "fears of supply disruptions in the Gulf") in qa(
        "Oil prices rose on Monday amid fears of supply disruptions in the Gulf.")
    assert not qa("The parade went ahead amid heavy rain.")  # a circumstance, not a reason
