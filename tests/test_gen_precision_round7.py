"""Round 7 of the last gate: the check that a cause card asks about one predicate reads a
second verb only where "and" joins a second finite verb of the asked clause, and more
general shapes of broken questions found on new text are dropped or repaired."""

from __future__ import annotations

import pytest

from quiz.generate.facts import AnswerKind, Fact, Sentence
from quiz.generate.card_cloze import cloze_question
from quiz.generate.question_checks import well_formed
from quiz.generate.question_repairs import repaired
from quiz.generate.question_shapes import broken_shape
from quiz.model import Category


def _fact(question: str, answer: str, sentence: str, category: Category = Category.CAUSE,
          kind: AnswerKind = AnswerKind.CAUSE) -> Fact:
    return Fact(category=category, kind=kind, article="t.txt", sentence=Sentence(3, sentence),
                question=question, answer=answer)


@pytest.mark.parametrize(("question", "answer", "sentence"), [
    # "and" joins two nouns of the object
    ("Why have drivers been told to carry blankets and torches?", "snow could close the pass",
     "Drivers have been told to carry blankets and torches because snow could close the pass."),
    # a participle sharing the auxiliary: the reason is for both
    ("Why had the ward been closed last night and cleaned?", "so that no patient caught the virus",
     "The ward had been closed last night and cleaned so that no patient caught the virus."),
    # a progressive sharing its auxiliary
    ("Why is the club also selling shirts and cutting prices?", "so that more fans come back",
     "The club is also selling shirts and cutting prices so that more fans come back."),
])
def test_and_joining_no_second_finite_verb_keeps_the_cause(question: str, answer: str,
                                                           sentence: str) -> None:
    assert well_formed(_fact(question, answer, sentence))


@pytest.mark.parametrize(("question", "answer", "sentence"), [
    ("Why did the river rise overnight and flood the square?", "heavy rain upstream",
     "The river rose overnight and flooded the square because of heavy rain upstream."),
    ("Why did the roof crack in March and split apart?", "the frost",
     "The roof cracked in March and split apart because of the frost."),
])
def test_a_second_finite_verb_after_and_drops_the_cause(question: str, answer: str,
                                                       sentence: str) -> None:
    assert not well_formed(_fact(question, answer, sentence))


@pytest.mark.parametrize(("question", "answer", "sentence", "category", "shape"), [
    # the subject lost before an adverb
    ("On what date did first open the new bridge?", "4 May 2025",
     "The county first opened the new bridge on Sunday, after two years of work.",
     Category.DATE, "subject_lost"),
    # a year asked beside "this year" of the same clause
    ("In what year had rents climbed from $900 to $1,400 this year?", "2021",
     "Rents had climbed from $900 in 2021 to $1,400 this year, the survey found.",
     Category.DATE, "date_given_twice"),
    # a passive participle read as an active verb
    ("When did a retired surgeon name by the hospital board?", "the week of 2 June 2025",
     "The inquiry is led by Ann Moss, a retired surgeon named by the hospital board last week.",
     Category.DATE, "passive_as_active"),
    # "with" of a noun is no partner of the act
    ("With whom did the nurses approve the contract on Monday?", "Westfield Trust",
     "The nurses approved the contract with Westfield Trust on Monday.", Category.ACTOR,
     "with_of_noun"),
    # the causative's object does not do what its causer did after "and"
    ("Who cancelled 40 flights and caused long queues at the airport?", "Skylane",
     "The storm forced Skylane to cancel 40 flights and caused long queues at the airport.",
     Category.ACTOR, "causer_verb"),
    # an owner put inside a time phrase
    ("Who said the board will publish its accounts next of the Harbour Trust month?", "Ruiz",
     "The board will publish its accounts next month, Ruiz said.", Category.ACTOR,
     "split_time_phrase"),
])
def test_misread_sentences_are_dropped(question: str, answer: str, sentence: str,
                                       category: Category, shape: str) -> None:
    kind = AnswerKind.FULL_DATE if category is Category.DATE else AnswerKind.ORGANISATION
    fact = _fact(question, answer, sentence, category, kind)
    assert broken_shape(fact) == shape
    assert not well_formed(fact)


@pytest.mark.parametrize(("question", "answer", "sentence", "category"), [
    ("Why had only a third of the planned roads been resurfaced?", "a lack of money",
     "Only a third of the planned roads had been resurfaced because of a lack of money.",
     Category.CAUSE),
    ("On what date did the minister announce that fares would rise from next month?",
     "3 March 2025", "The minister announced on Monday that fares would rise from next month.",
     Category.DATE),
    ("When did prices increase by a third?", "May 2024",
     "Prices increased by a third in May, the agency said.", Category.DATE),
    ("With whom did the union hold talks on Friday?", "the ministry",
     "The union held talks with the ministry on Friday.", Category.ACTOR),
])
def test_sound_readings_pass(question: str, answer: str, sentence: str,
                             category: Category) -> None:
    kind = {Category.DATE: AnswerKind.FULL_DATE, Category.CAUSE: AnswerKind.CAUSE}.get(
        category, AnswerKind.ORGANISATION)
    assert broken_shape(_fact(question, answer, sentence, category, kind)) == ""


def test_a_reason_cited_is_asked_without_citing() -> None:
    fact = _fact("Why did the goalkeeper withdraw from the squad?", "citing a knee injury",
                 "The goalkeeper withdrew from the squad on Friday, citing a knee injury.")
    assert repaired(fact, lambda: fact.sentence.text).answer == "a knee injury"


def test_an_ordinary_plural_opening_the_sentence_is_lowered() -> None:
    fact = _fact("On what date did Rescuers reach the stranded hikers?", "9 June 2025",
                 "Rescuers reached the stranded hikers on Monday.", Category.DATE,
                 AnswerKind.FULL_DATE)
    assert repaired(fact, lambda: fact.sentence.text).question == \
        "On what date did rescuers reach the stranded hikers?"


def test_an_initial_is_no_actor_to_gap() -> None:
    fact = _fact("Who?", "E", "Tests found E. coli bacteria in the water supply of the town.",
                 Category.ACTOR, AnswerKind.ORGANISATION)
    assert cloze_question(fact, "E") is None


def test_a_lost_subject_opening_the_sentence_is_put_back() -> None:
    fact = _fact("On what date did first open the new bridge?", "4 May 2025",
                 "The County Roads Agency (CRA) first opened the new bridge on Sunday.",
                 Category.DATE, AnswerKind.FULL_DATE)
    question = repaired(fact, lambda: fact.sentence.text).question
    assert question == "On what date did the County Roads Agency first open the new bridge?"


def test_a_season_is_offered_among_seasons() -> None:
    from quiz.generate.distractors import _date_style_ok, _synthesised

    fact = _fact("When did the lake dry out?", "autumn 2023", "The lake dried out last autumn.",
                 Category.DATE, AnswerKind.MONTH_YEAR)
    assert not _date_style_ok(fact, "October 2023")
    assert all(choice.split()[0] in {"spring", "summer", "autumn", "winter"}
               for choice in _synthesised(fact))


def test_a_speakers_own_quantity_asked_without_the_speaker_is_dropped() -> None:
    sentence = "Omar Haddad, who runs a bakery, said sales had dropped by half since May."
    unowned = _fact("Since when had sales dropped by half?", "May 2025", sentence,
                    Category.DATE, AnswerKind.MONTH_YEAR)
    owned = _fact("Since when, according to Omar Haddad, had sales dropped by half?",
                  "May 2025", sentence, Category.DATE, AnswerKind.MONTH_YEAR)
    assert broken_shape(unowned) == "unowned_reported"
    assert broken_shape(owned) == ""
    placed = _fact("When did footfall in the old town fall by a fifth?", "May 2025",
                   "Traders said footfall in the old town fell by a fifth in May.",
                   Category.DATE, AnswerKind.MONTH_YEAR)
    assert broken_shape(placed) == ""


def test_a_role_is_not_gapped_with_the_name_it_describes() -> None:
    fact = _fact("Who?", "Promoter Bluewave Live",
                 "Promoter Bluewave Live called off the tour on Monday, citing poor sales.",
                 Category.ACTOR, AnswerKind.ORGANISATION)
    assert cloze_question(fact, "Promoter Bluewave Live") is None
