"""Cause facts, round 9 (verbs): blame in every voice and order ("Police blame X on Y", "X
was blamed for Y", "Officials blamed heavy rain for the delays"), what kept someone from acting
("Fog prevented the plane from landing", "was barred by the constitution from ...")."""

from __future__ import annotations

from gen_support import cause_qa as qa


def test_a_plural_present_blame_opening_the_sentence() -> None:
    assert ("What do health officials blame the rise in cases on?", "low vaccination rates") in qa(
        "Health officials blame the rise in cases on low vaccination rates.")
    assert ("What do investigators blame for the crash?", "pilot error") in qa(
        "Investigators blame pilot error for the crash.")
    assert not qa("They blame the delays on a shortage of drivers.")


def test_blame_split_in_two_halves_gives_no_half_answer() -> None:
    assert not qa("Airlines blame the higher fares partly on fuel costs and partly on airport "
                  "charges.")


def test_a_thing_blamed_for_an_event_is_its_cause() -> None:
    assert ("What was blamed for the fire that destroyed the warehouse?", "Faulty wiring") in qa(
        "Faulty wiring was blamed for the fire that destroyed the warehouse.")
    assert ("What has been blamed for the outage that grounded 300 flights?",
            "A software error") in qa(
        "A software error has been blamed for the outage that grounded 300 flights.")
    assert ("What did officials blame for the delays on the northern line?", "heavy rain") in qa(
        "Officials blamed heavy rain for the delays on the northern line.")


def test_a_person_blamed_is_no_cause() -> None:
    assert not qa("The driver was blamed for the crash.")
    assert not qa("The coach blamed the referee for the defeat.")
    # (what the council was blamed for is asked: the effect they blame on it)
    assert qa("Residents blamed the council for the flooding of their street.") == {
        ("What did residents blame the council for?", "the flooding of their street")}


def test_what_kept_someone_from_acting() -> None:
    assert ("What prevented the plane from landing at Bergen on Tuesday?", "Heavy fog") in qa(
        "Heavy fog prevented the plane from landing at Bergen on Tuesday.")
    assert ("What has kept Lopez from training this week?", "A hamstring injury") in qa(
        "A hamstring injury has kept Lopez from training this week.")
    assert ("What has stopped the airline from raising new capital?",
            "Strict rules on foreign ownership") in qa(
        "Strict rules on foreign ownership have stopped the airline from raising new capital.")


def test_a_passive_hindrance_names_its_agent() -> None:
    assert ("What prevented the striker from playing in the final?", "a hamstring injury") in qa(
        "The striker was prevented from playing in the final by a hamstring injury.")
    assert ("What blocked the senator from standing again?", "party rules") in qa(
        "The senator, who was blocked by party rules from standing again, said she would "
        "retire.")
    assert ("What barred Ana Ruiz from seeking a third term?", "the party's statutes") in qa(
        "The vote is a setback for the mayor, Ana Ruiz, whose allies lost ground but who was "
        "barred by the party's statutes from seeking a third term.")


def test_someone_who_bars_is_an_actor_not_a_cause() -> None:
    for text in ("The court barred the company from selling the land.",
                 "He was banned from driving for three years by the court.",
                 "The mayor is barred by law from seeking a third term.",
                 "The league banned the club from signing players until June."):
        assert not qa(text), text


def test_a_participle_phrase_of_cause_after_the_clause() -> None:
    assert ("Why did shares in the retailer rise 8%?", "strong Christmas sales") in qa(
        "Shares in the retailer rose 8%, buoyed by strong Christmas sales.")
    assert ("Why did inflation climb to 3.4% in May?", "higher energy prices") in qa(
        "Inflation climbed to 3.4% in May, pushed up by higher energy prices.")
    assert ("Why did profits fall by a third?", "a weak pound and higher wage costs") in qa(
        "Profits fell by a third, hit by a weak pound and higher wage costs.")
    assert not qa("The town, hit by floods last year, voted to build a new barrier.")


def test_a_short_quotation_inside_the_event_before_its_effect() -> None:
    assert ('The minister called the report "deeply flawed" on Monday. What did this spark?',
            "protests outside parliament") in qa(
        'The minister called the report "deeply flawed" on Monday, sparking protests outside '
        "parliament.")
    assert not qa('The minister said "we will not back down", sparking protests outside '
                  "parliament.")


def test_the_purpose_of_a_second_act_told_as_before_being_done() -> None:
    assert ("Why will the bridge be repainted?", "so that the steel does not rust") in qa(
        "The bridge will reopen in June before being repainted so that the steel does not rust.")
    found = qa("The paintings will be cleaned before being returned to Madrid in order to "
               "protect them from damp.")
    assert ("Why will the paintings be returned to Madrid?",
            "in order to protect them from damp") in found
    assert not any("being" in q for q, _ in found)  # (not "Why did being return ...?")


def test_a_past_act_before_being_done_is_left_alone() -> None:
    # ("was" or "were" would depend on the subject's number)
    assert not any(q.startswith("Why was") for q, _ in qa(
        "The car was cleaned before being returned so that the next driver would not "
        "complain."))


def test_that_and_a_noun_pointing_to_the_sentence_before() -> None:
    before = "The club sold its two best players to rivals in August."
    assert ("What drew angry protests from supporters outside the ground?",
            "The club sold its two best players to rivals in August") in qa(
        before, "That decision drew angry protests from supporters outside the ground.")
    assert ("What has raised questions about the airline's finances?",
            "The airline cancelled 300 flights over the weekend") in qa(
        "The airline cancelled 300 flights over the weekend.",
        "That move has raised questions about the airline's finances.")
    assert not qa(before, "This year has been difficult for the club.")


def test_the_fact_before_keeps_a_number_and_drops_an_aside() -> None:
    assert ("What has left many wards short of staff?",
            "Greece has lost about 4,000 doctors to other countries") in qa(
        "Greece has lost about 4,000 doctors to other countries since 2015, most of them to "
        "Germany.", "That exodus has left many wards short of staff.")


def test_a_reason_argued_after_a_fronted_time() -> None:
    assert ("Why did the union challenge the fare rise in court?",
            "it broke the operator's contract") in qa(
        "Last year, the union challenged the fare rise in court, arguing that it broke the "
        "operator's contract.")


def test_a_reason_argued_for_two_joined_acts() -> None:
    assert ("Why did the union challenge the fare rise in court and ask for an injunction?",
            "it broke the operator's contract") in qa(
        "The union challenged the fare rise in court and asked for an injunction, arguing that "
        "it broke the operator's contract.")


def test_other_verbs_of_arguing_a_reason() -> None:
    for text in ("The club appealed against the ban, insisting that the player had been "
                 "provoked.",
                 "The club appealed against the ban, claiming that the player had been provoked.",
                 "The club appealed against the ban on the grounds that the player had been "
                 "provoked."):
        assert ("Why did the club appeal against the ban?", "the player had been provoked") in \
            qa(text), text
    assert ("Why have residents objected to the tower?", "it would overshadow the park") in qa(
        "Residents have objected to the tower, claiming it would overshadow the park.")


def test_an_argued_report_is_not_the_saying_s_reason() -> None:
    assert not qa("The minister said the plan would go ahead, arguing that the country needed "
                  "the power.")


def test_a_stance_argued_for_and_what_it_cites() -> None:
    assert ("Why did two members of the committee argue for a smaller cut?",
            "citing the risk of higher import prices") in qa(
        "Two members of the committee argued for a smaller cut, citing the risk of higher "
        "import prices.")


def test_to_blame_for_and_pinning_the_blame() -> None:
    assert ("What was to blame for the delays on the northern line?", "Heavy rain") in qa(
        "Heavy rain was to blame for the delays on the northern line.")
    assert not qa("The driver was to blame for the crash.")
    assert ("What did officials blame the outage on?", "a software update") in qa(
        "Officials pinned the blame for the outage on a software update.")
    assert ("What did the report blame the collapse on?", "poor maintenance") in qa(
        "The report placed most of the blame for the collapse on poor maintenance.")
    # (no "What do Heavy rain was to blame ... on?": the plural reading takes a plural subject)
    assert not any(q.startswith("What do") for q, _ in qa(
        "Officials pinned the blame for the outage on a software update."))


def test_what_a_thing_is_traced_to() -> None:
    assert ("What did the tribunal partly attribute the low turnout to?",
            "heavy rain in the north") in qa(
        "The tribunal attributed the low turnout partly to heavy rain in the north.")
    assert ("What did analysts put the fall in sales down to?", "weaker demand from China") in \
        qa("Analysts put the fall in sales down to weaker demand from China.")
    assert not any(q.startswith("Why") for q, _ in qa(
        "The tribunal attributed the low turnout partly to heavy rain in the north."))
    assert not qa("The board put the plan to a vote of shareholders.")


def test_a_thing_or_event_that_held_something_up() -> None:
    assert ("What delayed the match?", "heavy rain") in qa("The match was delayed by heavy rain.")
    assert ("What halted work on the bridge?", "a shortage of steel") in qa(
        "Work on the bridge was halted by a shortage of steel.")
    assert ("What destroyed the warehouse?", "a fire that started in the kitchen") in qa(
        "The warehouse was destroyed by a fire that started in the kitchen.")
    assert ("What prevented a rescue attempt on Tuesday?", "Bad weather") in qa(
        "Bad weather prevented a rescue attempt on Tuesday.")
    for text in ("The match was delayed by the referee.", "The flight was delayed by two hours.",
                 "The launch was postponed by a fault in the fuel system."):
        assert not qa(text), text


def test_so_as_to_and_what_something_was_used_for() -> None:
    assert ("Why did the council close the road?", "to protect the nesting birds") in qa(
        "The council closed the road so as to protect the nesting birds.")
    assert ("What did police use tear gas for?", "to disperse the crowd") in qa(
        "Police used tear gas to disperse the crowd.")
    assert not qa("She used to live in Paris.")


def test_a_passive_made_to_act_names_its_agent() -> None:
    assert ("What forced the airline to cancel 40 flights?",
            "a strike of air traffic controllers") in qa(
        "The airline was forced to cancel 40 flights by a strike of air traffic controllers.")
    assert ("What forced the club to sell its best players?", "financial problems") in qa(
        "The club was forced by financial problems to sell its best players.")
    assert ("What has pushed the bank to cut 2,000 jobs?", "rising losses") in qa(
        "The bank has been pushed by rising losses to cut 2,000 jobs.")
    assert not qa("The club was forced to sell its best players by the league.")
    assert not qa("Families were forced to leave their homes.")


def test_what_kept_someone_from_acting_is_not_also_what_blocked_them() -> None:
    assert qa("The senator, who was blocked by party rules from standing again, said she would "
              "retire.") == {("What blocked the senator from standing again?", "party rules")}


def test_a_reason_cited_as_the_reason() -> None:
    assert ("What did the board cite as the main reason for the closure of the plant?",
            "falling sales") in qa(
        "The board cited falling sales as the main reason for the closure of the plant.")
    assert ("What was cited as the main reason for the closure of the plant?",
            "Falling sales") in qa(
        "Falling sales were cited as the main reason for the closure of the plant.")
    assert not qa("He cited his lawyer as the source of the leak.")


def test_a_forecast_effect_and_bare_causal_verbs_after_a_modal() -> None:
    assert ("What is the merger expected to lead to?", "the loss of 2,000 jobs") in qa(
        "The merger is expected to lead to the loss of 2,000 jobs.")
    assert ("What are the new rules likely to cause?", "delays at the border") in qa(
        "The new rules are likely to cause delays at the border.")
    assert ("What could trigger avalanches in the Alps this weekend?", "Heavy snow") in qa(
        "Heavy snow could trigger avalanches in the Alps this weekend.")
    assert not qa("Investigators are trying to find the cause of the crash.")
    # ("What could the new tax cause? - prices to rise" is no answer)
    assert not any(a == "prices to rise" for _, a in qa("The new tax could cause prices to rise."))


def test_what_an_event_is_linked_or_traced_to() -> None:
    from quiz.generate.cause_attributed import attributed_facts
    from quiz.generate.syntax import find_clauses

    def found(text: str) -> set[tuple[str, str]]:
        return {(q, a) for _, q, a, _ in attributed_facts(text, find_clauses(text))}
    assert ("What has the outbreak been linked to", "contaminated lettuce") in found(
        "The outbreak has been linked to contaminated lettuce.")
    assert not found("The suspect was linked to a gang.")
    assert not any(q.startswith("Why") for q, _ in qa(
        "Experts have linked the rise in cases to low vaccination rates."))


def test_a_means_after_a_when_clause_is_the_main_act_s() -> None:
    assert not any(q.startswith("How did passengers") for q, _ in qa(
        "The airline responded when passengers complained about the new fees by scrapping "
        "them."))
    assert ("How did the company respond?", "by cutting its margins") in qa(
        "When prices rose, the company responded by cutting its margins.")


def test_a_present_hindrance_the_clause_reader_misses() -> None:
    assert ("What bars companies from selling data without consent?", "New laws") in qa(
        "New laws bar companies from selling data without consent.")
    assert ("What prevents anyone under 18 from buying energy drinks?", "The ban") in qa(
        "The ban prevents anyone under 18 from buying energy drinks.")
    assert not qa("Police stop drivers from entering the centre on Sundays.")
    assert not qa("The injury kept him from playing in the final.")


def test_what_filled_or_spoiled_an_event_named_after_it() -> None:
    assert ("What dominated the campaign?", "a surge in violent crime") in qa(
        "The opposition leader won the run-off on Sunday after a campaign dominated by a surge "
        "in violent crime.")
    assert ("What disrupted the festival?", "heavy rain and high winds") in qa(
        "Organisers counted their losses after a festival disrupted by heavy rain and high "
        "winds.")
    assert not qa("The vote followed a campaign dominated by the two front-runners.")
    assert not any(q.startswith("What disrupted the weekend") for q, _ in qa(
        "The festival ended after a weekend disrupted by heavy rain and high winds."))
