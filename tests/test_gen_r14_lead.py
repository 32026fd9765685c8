"""Round 14, the lead's fixes: canonical news shapes found on new text after the engineers'
merge (each with invented variants and negatives)."""

from __future__ import annotations

import pytest

from gen_support import actor_qa


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The Danish Cycling Union postponed two races on Sunday, citing safety concerns.",
     "Which organisation postponed two races on Sunday?", "Danish Cycling Union"),
    ("The Norwegian Ski Federation cancelled the Oslo sprint on Friday, blaming warm weather.",
     "Which organisation cancelled the Oslo sprint on Friday?", "Norwegian Ski Federation"),
    ("The Bank of Ghana raised its main interest rate on Monday, warning of inflation.",
     "Which organisation raised its main interest rate on Monday?", "Bank of Ghana"),
])
def test_a_short_trailing_participle_clause_is_cut_from_the_act(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in actor_qa(text)


@pytest.mark.parametrize("text", [
    "The Ministry of Energy built the plant to back up power during dry, windless spells.",
])
def test_a_phrase_cut_inside_is_still_not_asked(text: str) -> None:
    assert not any("during dry" in q and q.endswith("dry?") for q, _ in actor_qa(text))


@pytest.mark.parametrize("text", [
    "Farmers in Kenya blocked the main road to Nairobi on Monday.",
    "Hundreds of lorries queued on the motorway from Warsaw for two days.",
    "The pilgrims walked through Jerusalem on Friday.",
    "Protesters marched towards Bogotá on Sunday.",
])
def test_a_capital_the_act_goes_to_or_through_is_no_government(text: str) -> None:
    assert not any(q.startswith("Which government") for q, _ in actor_qa(text))


@pytest.mark.parametrize(("text", "answer"), [
    ("Nairobi said on Monday that it would reopen the border.", "Nairobi"),
    ("Warsaw summoned the German ambassador on Tuesday after the incident.", "Warsaw"),
])
def test_a_capital_that_acts_is_still_its_government(text: str, answer: str) -> None:
    assert any(q.startswith("Which government") and a == answer for q, a in actor_qa(text))


@pytest.mark.parametrize(("text", "answer"), [
    ("Farmers in Kenya blocked the main road to Nairobi on Monday.", "Farmers in Kenya"),
    ("Truffle hunters in Italy have offered a reward for information.",
     "Truffle hunters in Italy"),
    ("Small growers, who rely on shared canals, accused large estates of pumping groundwater "
     "illegally.", "Small growers"),
    ("Bakers in Accra have raised the price of a standard loaf by 20 percent.", "Bakers in Accra"),
])
def test_a_group_of_people_a_place_or_a_word_tells_is_an_actor(text: str, answer: str) -> None:
    assert any(q.startswith("Who ") and a == answer for q, a in actor_qa(text))


@pytest.mark.parametrize("text", [
    "Farmers marched on the provincial capital on Wednesday.",  # which farmers?
    "Employers were accused of exploiting local farmers in the region.",
    "Customers complained about the new fees on Monday.",
])
def test_a_bare_group_or_a_verbs_object_is_no_actor(text: str) -> None:
    assert not any(q.startswith("Who ") and a.lower().endswith(("farmers", "customers"))
                   for q, a in actor_qa(text))



def test_two_facts_of_one_sentence_make_one_true_statement() -> None:
    # (seen on new text: a date and a figure of "Similar sightings closed the airport for 33
    # hours in December 2018, ..." each stated the whole sentence as true)
    from quiz.generate.pipeline import _unique_ids
    from quiz.model import Card, CardType, Category

    text = "Similar sightings closed the airport for 33 hours in December 2018."
    date = Card(id="d1-truefalse", type=CardType.TRUEFALSE, category=Category.DATE,
                question=text, answer="True")
    figure = Card(id="f1-truefalse", type=CardType.TRUEFALSE, category=Category.FIGURE,
                  question=text, answer="True")
    other = Card(id="f2-truefalse", type=CardType.TRUEFALSE, category=Category.FIGURE,
                 question=text.replace("33", "12"), answer="False")
    assert _unique_ids([date, figure, other, date]) == [date, other]



def test_a_weekend_is_offered_only_among_weekends_near_it(tmp_path) -> None:
    # (judged on new text: "the weekend of 21-22 November 2026" alone among single dates)
    import datetime as dt

    from quiz.generate.article import read_article
    from quiz.generate.date_forms import weekend_answer
    from quiz.generate.distractors import _date_style_ok, _synthesised
    from quiz.generate.pipeline import extract_facts

    (tmp_path / "a.txt").write_text(
        "Dogs poisoned near Alba\n\nUpdated: November 23, 2026\n\n"
        "Six hunting dogs were poisoned in the woods near Alba over the weekend, police said.\n",
        encoding="utf-8")
    facts = extract_facts(read_article(tmp_path / "a.txt", None, []))
    fact = next(f for f in facts if f.answer.startswith("the weekend of "))
    assert fact.answer == "the weekend of 21-22 November 2026"
    offered = _synthesised(fact)
    assert "the weekend of 14-15 November 2026" in offered
    assert "the weekend of 28-29 November 2026" in offered
    assert fact.answer not in offered
    assert all(_date_style_ok(fact, other) for other in offered)
    assert not _date_style_ok(fact, "November 14, 2026")
    assert not _date_style_ok(fact, weekend_answer(dt.date(2025, 11, 22)))  # a year away
