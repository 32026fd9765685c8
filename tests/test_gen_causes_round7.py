"""Cause facts, round 7: shapes met on text nobody tuned on (what drove a rise, an effect told
by a participle after a subject's relative clause, a purpose after what the act costs, an
"It" that is the business just named)."""

from __future__ import annotations

from gen_support import cause_qa as qa


def test_what_drove_a_rise_or_a_fall() -> None:
    assert ("What drove the rise in insurance premiums?",
            "the cost of parts, labour and towing") in qa(
        "Insurance premiums, meanwhile, had risen from $900 in 2022 to more than $1,400 this year, "
        "driven largely by the cost of parts, labour and towing.")
    assert ("What drove the fall in unemployment, according to the statistics office?",
            "hiring in hotels") in qa(
        "Unemployment, however, fell to 4.2% in May, driven mainly by hiring in hotels, the "
        "statistics office said.")


def test_a_driver_is_asked_once_when_the_clause_is_read() -> None:
    found = qa("The price of cocoa rose 30% in April, driven by poor harvests in Ghana.")
    assert ("Why did the price of cocoa rise 30% in April?", "poor harvests in Ghana") in found
    assert not any(q.startswith("What drove") for q, _ in found)


def test_an_effect_after_a_relative_clause_on_the_subject() -> None:
    assert ("The airline cancelled 300 flights on Monday. What effect did this have?",
            "forcing thousands of travellers onto overnight buses") in qa(
        "The airline, which flies about 90,000 people a day, cancelled 300 flights on Monday, "
        "forcing thousands of travellers onto overnight buses.")


def test_a_participle_of_harm_is_an_effect() -> None:
    assert ("The dam gave way after days of rain. What effect did this have?",
            "flooding two villages downstream") in qa(
        "The dam gave way after days of rain, flooding two villages downstream.")
    assert not any("effect" in q for q, _ in qa(
        "He was accused of robbing a shop and injuring the owner."))


def test_forcing_a_thing_is_still_asked_what_it_forced() -> None:
    assert ("The governor resigned in March. What did this force?", "a special election") in qa(
        "The governor, who took office in 2021, resigned in March, forcing a special election.")


def test_a_purpose_after_what_the_act_costs() -> None:
    assert ("Why will the museum give members free entry for a year?",
            "to thank them for their patience") in qa(
        "The museum will give members free entry for a year, at a cost of about $2 million, "
        "in order to thank them for their patience.")


def test_it_after_a_business_named_by_what_it_does() -> None:
    assert ("Why will the retailer offer every customer a voucher?",
            "to make up for the missed deliveries") in qa(
        "The retailer expects the outage to cost it about $4 million.",
        "It will offer every customer a voucher in order to make up for the missed deliveries.")


def test_only_after_asks_why_without_only() -> None:
    found = qa("The company only recalled the vans after three drivers were hurt.")
    assert ("Why did the company recall the vans?", "three drivers were hurt") in found
    assert not any(" only " in q for q, _ in found)


def test_what_a_granted_demand_was_aimed_at() -> None:
    assert ("What was the demand for two extra weeks of paid leave aimed at, according to the "
            "nurses' union?", "cutting burnout on wards") in qa(
        "The contract includes two extra weeks of paid leave, a demand the nurses' union said "
        "was aimed at cutting burnout on wards.")
    assert not any("demand for" in q for q, _ in qa(
        "The bill also bans night flights, a demand that residents say is aimed at cutting "
        "noise."))


def test_going_on_strike_over_a_grievance() -> None:
    assert ("Why did cleaners at the airport go on strike?", "cuts to sick pay") in qa(
        "Cleaners at the airport went on strike over cuts to sick pay.")
    assert not any(a.endswith("last week") for _, a in qa(
        "Porters walked out over unpaid bonuses last week."))


def test_dropping_out_with_an_injury() -> None:
    assert ("Why did the defending champion withdraw from the open?", "a wrist injury") in qa(
        "The defending champion withdrew from the open with a wrist injury.")
    assert not any(q.startswith("Why") for q, _ in qa(
        "The firm left the market with a problem."))
    assert not any(q.startswith("Why") for q, _ in qa(
        "The winger played on with a broken finger."))


def test_a_market_move_told_by_a_participle() -> None:
    assert ("The insurer cut its profit forecast. What effect did this have?",
            "sending its shares down 9%") in qa(
        "The insurer cut its profit forecast, sending its shares down 9%.")
    assert ("Shares in the miner closed 12% lower. What effect did this have?",
            "wiping about $3 billion off its market value") in qa(
        "Shares in the miner closed 12% lower, wiping about $3 billion off its market value.")
    assert not any("effect" in q for q, _ in qa(
        "The general retreated, sending troops to the border."))


def test_an_event_that_stopped_or_held_something_up() -> None:
    assert ("What has stalled repairs to the pier?", "A shortage of steel") in qa(
        "A shortage of steel has stalled repairs to the pier.")
    assert ("What delayed the opening of the bridge?", "Heavy rain") in qa(
        "Heavy rain delayed the opening of the bridge.")
    assert not any(q.startswith("What") for q, _ in qa(
        "The strike committee suspended the talks."))
    assert not any(q.startswith("What") for q, _ in qa("The council delayed the vote."))
