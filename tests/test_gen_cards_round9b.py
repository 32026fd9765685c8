"""Cards, round 9b: a rank written in digits ("11th") is no quantity the other numbers of a
sentence add up to; an answer ending on a small word is no card; a quotation alone, a range's
first end with its unit and "the same period" make no cloze by themselves; passives of
"fail to", a cause that is only a participle and a body among people's names are not asked."""

from __future__ import annotations

import pytest

from quiz.generate.card_cloze import cloze_question
from quiz.generate.distractors import distractors
from quiz.generate.question_checks import well_formed
from quiz.generate.facts import AnswerKind, Fact, Sentence
from quiz.generate.figures import figure_facts
from quiz.generate.questions import DistractorPool, PlainNames, cards_for
from quiz.model import Category
from tests.gen_support import article


def _cloze(answer: str, text: str) -> str | None:
    facts = {fact.answer: fact for fact in figure_facts(article(text))}
    return cloze_question(facts[answer])


# -- a rank is no quantity -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "answer", "gapped"), [
    # 11 + 6 = 17 only if the rank is read as a count
    ("After the defeat the side lie 11th in the table, six points adrift of safety, with 17 "
     "rounds left.", "six",
     "After the defeat the side lie 11th in the table, ___ points adrift of safety, with 17 "
     "rounds left."),
    ("The cyclist finished 3rd overall, nine minutes behind the winner, in her 12th Tour.",
     "nine minutes",
     "The cyclist finished 3rd overall, ___ behind the winner, in her 12th Tour."),
])
def test_a_rank_in_digits_does_not_compute_a_gap(text: str, answer: str, gapped: str) -> None:
    assert _cloze(answer, text) == gapped


def test_counts_that_compute_the_gap_still_drop_it() -> None:
    assert _cloze("20", "The bus crash injured 20 passengers, 12 of them seriously and 8 "
                        "slightly, police said.") is None


# -- an answer cut off on a small word -----------------------------------------------------


def _cause(answer: str, question: str) -> Fact:
    return Fact(category=Category.CAUSE, kind=AnswerKind.CAUSE, article="a.txt",
                sentence=Sentence(0, f"The clinic closed because {answer}."),
                question=question, answer=answer, value=answer)


@pytest.mark.parametrize("answer", [
    "only members can afford the fees needed to get in",
    "the board lost confidence in",
    "a shortage of",
    "to save what",
])
def test_an_answer_ending_on_a_small_word_gets_no_card(answer: str) -> None:
    fact = _cause(answer, "Why did the clinic close?")
    assert cards_for(fact, DistractorPool.build([fact]), PlainNames()) == []


def test_an_answer_ending_on_a_content_word_is_asked() -> None:
    fact = _cause("the landlord doubled the rent", "Why did the clinic close?")
    assert [card.question for card in cards_for(fact, DistractorPool.build([fact]),
                                                PlainNames())] == ["Why did the clinic close?"]


# -- clozes that need what the card does not show -------------------------------------------


@pytest.mark.parametrize(("text", "answer"), [
    ('"Tonight two villages have lost their only bridge."', "two"),
    ('"We want to be back in the top flight within three years."', "three years"),
])
def test_a_quotation_alone_is_no_cloze(text: str, answer: str) -> None:
    assert _cloze(answer, text) is None


def test_an_attributed_quotation_is_still_a_cloze() -> None:
    assert _cloze("two", '"Tonight two villages have lost their only bridge," the mayor said.') \
        == '"Tonight ___ villages have lost their only bridge," the mayor said.'


@pytest.mark.parametrize(("text", "answer"), [
    ("The lab keeps the samples between 4C and 8C until they are tested.", "8C"),
    ("Loads between 20kg and 25kg are charged at the higher rate.", "25kg"),
])
def test_the_far_end_of_a_range_with_its_unit_is_no_gap(text: str, answer: str) -> None:
    assert _cloze(answer, text) is None


def test_a_change_after_a_percentage_is_still_a_gap() -> None:
    assert _cloze("4.2 billion", "Sales fell 9% to 4.2 billion crowns last year, the group "
                                 "said.") == "Sales fell 9% to ___ crowns last year, the group said."


def test_the_same_period_needs_the_sentence_that_names_it() -> None:
    first = "The league will pay the clubs £12 million over the next four seasons."
    second = "The sponsor will add £3 million over the same period."
    fact = {f.answer: f for f in figure_facts(article(first, second))}["£3 million"]
    assert cloze_question(fact) is None
    assert cloze_question(fact, before=first) == f"{first} The sponsor will add ___ over the " \
        "same period."


# -- questions that cannot be asked ----------------------------------------------------------


def _question(question: str, sentence: str, answer: str, category: Category,
              kind: AnswerKind) -> Fact:
    return Fact(category=category, kind=kind, article="a.txt", sentence=Sentence(0, sentence),
                question=question, answer=answer, value=answer)


@pytest.mark.parametrize("question", [
    "On what date was the ferry's left engine failed to start during a sea trial?",
    "When were the talks decided to end?",
])
def test_a_passive_of_a_verb_that_has_none_is_not_asked(question: str) -> None:
    fact = _question(question, "The sentence.", "3 May 2025", Category.DATE,
                     AnswerKind.FULL_DATE)
    assert not well_formed(fact)


def test_a_failure_inside_a_clause_is_still_asked() -> None:
    fact = _question("When was the club fined after the owner failed to pay wages?", "The sentence.",
                     "3 May 2025", Category.DATE, AnswerKind.FULL_DATE)
    assert well_formed(fact)


@pytest.mark.parametrize(("question", "answer"), [
    ("What has fuelled a boom in private coaching?", "hotly disputed"),
    ("What has hotly disputed fuelled?", "a boom in private coaching"),
])
def test_a_participle_alone_is_no_cause(question: str, answer: str) -> None:
    fact = _question(question, "Seats at the academy are hotly disputed, which has fuelled a "
                     "boom in private coaching.", answer, Category.CAUSE, AnswerKind.CAUSE)
    assert not well_formed(fact)


def test_a_body_is_no_wrong_answer_among_people() -> None:
    def person(name: str, sentence: str) -> Fact:
        return _question(f"Who said {sentence}?", f"{name} said {sentence}.", name,
                         Category.ACTOR, AnswerKind.PERSON)

    asked = person("Lena Holm", "the bridge would reopen")
    others = [person("Ola Berg", "the ferry was late"), person("Kari Dahl", "tolls would rise"),
              person("Nils Lund", "the road was safe"),
              person("Harbour Capital", "it would fund the work")]
    offered = distractors(asked, DistractorPool.build([asked, *others]), PlainNames())
    assert "Harbour Capital" not in offered


def test_a_passive_of_fail_to_is_asked_of_the_sentences_subject() -> None:
    from quiz.generate.question_repairs import repaired

    fact = _question("On what date was the ferry's rear ramp failed to close during a sea trial?",
                     "According to the operator, a hinge on the ferry's rear ramp failed to "
                     "close during a sea trial on Monday.", "4 May 2026", Category.DATE,
                     AnswerKind.FULL_DATE)
    fixed = repaired(fact, lambda: "")
    assert fixed.question == "On what date did a hinge on the ferry's rear ramp fail to close " \
        "during a sea trial?"
    assert well_formed(fixed)


@pytest.mark.parametrize(("question", "sound"), [
    ("Who told reporters at the station this afternoon?", False),
    ("Which minister told journalists in Oslo on Friday?", False),
    ("Who told reporters the line would reopen on Monday?", True),
    ("Who told reporters at the station that the line would reopen?", True),
])
def test_a_reporting_verb_with_nothing_said_is_not_asked(question: str, sound: bool) -> None:
    fact = _question(question, "The sentence.", "Lena Holm", Category.ACTOR, AnswerKind.PERSON)
    assert well_formed(fact) is sound


def test_a_noun_after_of_is_asked_whole() -> None:
    from quiz.generate.figures import figure_facts as facts

    found = {f.answer: f for f in facts(article(
        "The refinery processes about 2.1 million barrels of crude oil a week, most of it "
        "from the North Sea."))}
    assert found["about 2.1 million"].question == \
        "How many barrels of crude oil does the refinery process a week?"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("Why, according to the coach, was the club shocked?",
     'The coach said the club was "shocked" and had cancelled all training so that police '
     "could search the ground.", "so that police could search the ground"),
    ("Why did the mayor blame the delays on the long routes many buses must take?",
     "The mayor blamed the delays on the long routes many buses must take to reach the depot.",
     "to reach the depot"),
])
def test_a_reason_of_another_verb_is_not_asked(question: str, sentence: str,
                                               answer: str) -> None:
    assert not well_formed(_question(question, sentence, answer, Category.CAUSE,
                                     AnswerKind.CAUSE))


def test_a_reason_of_the_asked_verb_is_still_asked() -> None:
    fact = _question("Why had the club cancelled all training?", 'The coach said the club was '
                     '"shocked" and had cancelled all training so that police could search the '
                     "ground.", "so that police could search the ground", Category.CAUSE,
                     AnswerKind.CAUSE)
    assert well_formed(fact)


def test_a_reason_of_a_later_verb_is_asked_of_that_verb() -> None:
    from quiz.generate.question_repairs import repaired

    fact = _question("Why, according to the coach, was the club shocked?",
                     'The coach said the club was "shocked" and had cancelled all training at '
                     "the ground, which holds 9,000 fans, so that police could search it.",
                     "so that police could search it", Category.CAUSE, AnswerKind.CAUSE)
    assert repaired(fact, lambda: "").question == \
        "Why, according to the coach, had the club cancelled all training at the ground?"


def test_an_age_is_offered_nearby_ages_not_the_storys_counts() -> None:
    asked = _question("At what age did Dr Petra Lang die?", "Dr Petra Lang, who founded the "
                      "heart unit, died in 2019 at the age of 71.", "71", Category.FIGURE,
                      AnswerKind.COUNT)
    counts = [_question(f"How many {thing} did the unit have?", f"The unit had {n} {thing}.",
                        n, Category.FIGURE, AnswerKind.COUNT)
              for n, thing in (("140", "beds"), ("46", "doctors"), ("31", "wards"))]
    offered = distractors(asked, DistractorPool.build([asked, *counts]), PlainNames())
    assert offered == ("64", "75", "68")


def test_a_whose_clause_folded_into_a_possessive_is_taken_out() -> None:
    from quiz.generate.question_repairs import repaired

    fact = _question("When is Coach Ana Ruiz's contract ends in June expected to sign a new "
                     "deal?", "Coach Ana Ruiz, whose contract ends in June, is expected to sign "
                     "a new deal next week.", "the week of 4 May 2026", Category.DATE,
                     AnswerKind.FULL_DATE)
    assert repaired(fact, lambda: "").question == \
        "When is Coach Ana Ruiz expected to sign a new deal?"


@pytest.mark.parametrize(("question", "sound"), [
    ("Who bought the tension at several coastal hotels?", False),
    ("Who bought several coastal hotels?", True),
])
def test_a_reduced_passive_is_not_asked_of_a_longer_phrase(question: str, sound: bool) -> None:
    fact = _question(question, "Prices have been a source of tension at several coastal hotels "
                     "bought by foreign funds in recent years.", "foreign funds",
                     Category.ACTOR, AnswerKind.GROUP)
    assert well_formed(fact) is sound


def test_a_participle_summed_up_by_which_is_answered_by_its_clause() -> None:
    from quiz.generate.question_repairs import repaired

    text = ("The academy takes 90 pupils a year. Seats at the academy are hotly disputed, which "
            "has fuelled a boom in private coaching.")
    fact = _question("What has fuelled a boom in private coaching?", text, "hotly disputed",
                     Category.CAUSE, AnswerKind.CAUSE)
    fixed = repaired(fact, lambda: "")
    assert fixed.answer == "seats at the academy are hotly disputed"
    assert well_formed(fixed)
