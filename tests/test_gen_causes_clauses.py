"""Cause facts read from clause shapes: "in the aftermath of", "which resulted in",
", aiming to" and "after" followed by a clause that states an act."""

from __future__ import annotations

import pytest

from quiz.generate.causes import extract_causes
from quiz.generate.facts import Article, Sentence


def qa(text: str) -> set[tuple[str, str]]:
    article = Article(file="a.txt", title="T", sentences=(Sentence(0, text),))
    return {(f.question, f.answer) for f in extract_causes(article)}


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("In the aftermath of the stadium fire, the league postponed all weekend matches across "
     "the region.", "Why did the league postpone all weekend matches across the region?",
     "the stadium fire"),
    ("The city’s involvement in the project dates back to its 2015 bid, which resulted in a "
     "large stadium in the harbour district.", "What did the 2015 bid result in?",
     "a large stadium in the harbour district"),
    ("On Monday, the two clubs began formal merger talks in Leeds, aiming to bring an end to "
     "years of financial losses.", "Why did the two clubs begin formal merger talks in Leeds?",
     "to bring an end to years of financial losses"),
    ("The mayor cut bus fares in March, hoping to win back commuters before the election.",
     "Why did the mayor cut bus fares in March?", "to win back commuters before the election"),
    ("Hundreds of fans were stranded at the airport after the union declared a strike on "
     "Friday.", "Why were hundreds of fans stranded at the airport?",
     "the union declared a strike on Friday"),
    ("The board was asked to sell the stadium to a developer, but the chairman vetoed it, "
     "reportedly after hearing from angry fans.",
     "Why did the chairman veto selling the stadium to a developer?", "hearing from angry fans"),
    ("The final whistle came only after the referee consulted the video assistant.",
     "What did the final whistle follow?", "the referee consulted the video assistant"),
    ("Violence erupted when police arrested the opposition leader outside parliament.",
     "Why did violence erupt?", "police arrested the opposition leader outside parliament"),
    ("The airline suffered heavy losses from the pilots' strike last summer.",
     "Why did the airline suffer heavy losses?", "the pilots' strike last summer"),
    ("Three climbers suffered injuries from falling rocks on the north face.",
     "Why did three climbers suffer injuries?", "falling rocks on the north face"),
    ("The storm hit the coast on Sunday, flooding hundreds of homes, leading to the evacuation "
     "of two villages.", "The storm hit the coast on Sunday, flooding hundreds of homes. What "
     "did this lead to?", "the evacuation of two villages"),
    ("The council raised parking fees while cutting bus services, sparking protests in the "
     "town centre.", "The council raised parking fees while cutting bus services. What did "
     "this spark?", "protests in the town centre"),
    ("The season ended early after the league's decision to suspend all matches in the "
     "capital because of the outbreak.", "Why were all matches suspended in the capital?",
     "the outbreak"),
    ("The council plans to hire wardens next month to patrol the beaches during the summer.",
     "What are the wardens that the council plans to hire next month meant to do?",
     "to patrol the beaches during the summer"),
    ("The players decided to hold talks to settle the pay dispute with the club.",
     "What were the talks that the players decided to hold meant to do?",
     "to settle the pay dispute with the club"),
    ("The two unions expect to begin talks soon to end the strike at the port.",
     "What are the talks that the two unions expect to begin soon meant to do?",
     "to end the strike at the port"),
])
def test_clause_shapes_give_cause_questions(text: str, question: str, answer: str) -> None:
    assert (question, answer) in qa(text)


def test_a_possessive_antecedent_is_not_offered_as_an_answer() -> None:
    # "its 2015 bid" names nothing without the sentence before: no "What resulted in ...?"
    found = qa("The city’s involvement dates back to its 2015 bid, which resulted in a large "
               "stadium in the harbour district.")
    assert all(not answer.startswith("its ") for _, answer in found)


@pytest.mark.parametrize("text", [
    "The players went home after the match ended late on Sunday evening.",  # time, not cause
    "The council said on Tuesday, hoping to calm residents, that the plant was safe.",
    "Researchers met in Oslo after it rained for most of the week.",
    "Sales rose when the weather improved.",  # "when" with no act: a time
    "The team arrived when the sun rose over the valley.",
    "The hospital treated 40 people with injuries from Monday to Friday.",
    "Aides asked him to call the coach and the player, but the chairman ignored them.",
])
def test_temporal_after_and_reports_are_not_causes(text: str) -> None:
    assert not any(q.startswith("Why") for q, _ in qa(text))


@pytest.mark.parametrize(("base", "form"), [
    ("launch", "launching"), ("stop", "stopping"), ("make", "making"), ("die", "dying"),
    ("agree", "agreeing"), ("visit", "visiting"), ("open", "opening"), ("see", "seeing")])
def test_gerund(base: str, form: str) -> None:
    from quiz.generate.grammar import gerund

    assert gerund(base) == form


def test_a_response_is_not_answered_by_its_bare_object() -> None:
    article = Article(file="a.txt", title="T", sentences=(
        Sentence(0, "The club's fans staged a violent protest on the pitch."),
        Sentence(1, "The league has fined the club heavily in return.")))
    fact = next(f for f in extract_causes(article) if f.question.startswith("How"))
    assert fact.answer == "fined the club heavily" and "the club heavily" not in fact.accept


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The club has lost two major sponsors as a result of the doping scandal.",
     "What has the club lost as a result of the doping scandal?", "two major sponsors"),
    ("Several riders have suffered broken bones, including two fractured wrists, because of "
     "these crashes.", "What happened to several riders because of the crashes?",
     "suffered broken bones, including two fractured wrists"),
])
def test_the_object_of_a_clause_with_a_result_connective_is_an_effect(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in qa(text)


def test_no_effect_question_without_an_object() -> None:
    found = qa("Shares in the airline fell sharply on Monday because of the strike.")
    assert not any(q.startswith("What") for q, _ in found)


def test_adverbials_after_the_object_stay_in_the_question() -> None:
    assert ("What did organisers move forward by an hour last year because of the heat?",
            "the start") in qa("Organisers moved the start forward by an hour last year "
                               "because of the heat.")


@pytest.mark.parametrize("text", [
    "The Old Mill Bridge will reopen to traffic on Friday after a two-year repair that closed "
    "the main route.",  # "to traffic" is a place, not a purpose
    "The comet will be bright enough to see with binoculars.",  # degree, not purpose
])
def test_to_after_a_noun_or_degree_is_no_purpose(text: str) -> None:
    assert not any(q.startswith("Why") for q, _ in qa(text))


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Police arrested two men after a fight broke out outside the stadium.",
     "Why did police arrest two men?", "a fight broke out outside the stadium"),
    ("The union called the strike after management rejected its pay offer.",
     "Why did the union call the strike?", "management rejected its pay offer"),
    ("The research council expects to fund ten projects next year to study coastal erosion.",
     "What are the projects that the research council expects to fund next year meant to do?",
     "to study coastal erosion"),
])
def test_acts_after_after_and_counted_plans(text: str, question: str, answer: str) -> None:
    assert (question, answer) in qa(text)


def _article_qa(*texts: str) -> set[tuple[str, str]]:
    article = Article(file="a.txt", title="T",
                      sentences=tuple(Sentence(i, t) for i, t in enumerate(texts)))
    return {(f.question, f.answer) for f in extract_causes(article)}


def test_a_pointing_subject_is_written_out_from_the_sentence_before() -> None:
    found = _article_qa("Residents staged protests against the new runway on Saturday and Sunday.",
                        "These protests were organised because of fears about night flights.")
    assert ("Why were the protests against the new runway organised?",
            "fears about night flights") in found


def test_a_pointing_subject_without_one_antecedent_asks_nothing() -> None:
    found = _article_qa("The protests in Leeds and the protests in York drew thousands.",
                        "These protests were organised because of fears about night flights.")
    assert not any(q.startswith("Why") for q, _ in found)
