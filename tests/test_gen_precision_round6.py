"""Round 6 of the last gate: general shapes of broken questions are dropped (a verb left
without its object, a causative cut before its "to", a complement asked as a reason, a time
asked as an event, a thing asked with "Who", a relative clause asked as a main one) and small
sure repairs are made (the predicate of "Why ... but ...", the noun a closing number counts,
"Who" for a surname asked as an organisation, a sentence's capital left inside)."""

from __future__ import annotations

import pytest

from quiz.generate.facts import AnswerKind, Fact, Sentence
from quiz.generate.question_checks import fit_actor, well_formed
from quiz.generate.question_repairs import repaired
from quiz.generate.question_shapes import broken_shape
from quiz.model import Category


def _fact(question: str, answer: str, sentence: str, category: Category = Category.CAUSE,
          kind: AnswerKind = AnswerKind.CAUSE) -> Fact:
    return Fact(category=category, kind=kind, article="t.txt", sentence=Sentence(3, sentence),
                question=question, answer=answer)


def _repaired(fact: Fact, *texts: str) -> str:
    article = "\n".join((fact.sentence.text, *texts))
    return repaired(fact, lambda: article).question


@pytest.mark.parametrize(("question", "answer", "sentence", "shape"), [
    # a verb that cannot end its clause without an object
    ("Why did farmers deserve, according to the union?", "to be paid for the lost harvest",
     "Farmers deserved to be paid for the lost harvest, the union said.", "object_missing"),
    ("Why had the museum received?", "to cover the repairs",
     "The museum had received a grant to cover the repairs.", "object_missing"),
    # "prompted X to do": the object is no effect, and the question no cause
    ("What did the leak prompt?", "the water board",
     "The leak prompted the water board, which runs the plant, to close two wells.",
     "causative_cut"),
    ("What prompted the water board?", "The leak",
     "The leak prompted the water board to close two wells.", "causative_cut"),
    # a complement of "due", "expected", "decided" is no reason
    ("Why was the bridge originally?", "reopen in May",
     "The bridge was originally due to reopen in May but cracks were found.",
     "complement_as_reason"),
    ("Why were prices expected?", "to fall in spring",
     "Traders cut stocks because prices were expected to fall in spring.",
     "complement_as_reason"),
    ("Why did the club decide?", "to sell its ground",
     "The club decided to sell its ground after years of losses.", "complement_as_reason"),
    ("Why did the premier's office decline?", "to comment on Thursday",
     "The premier's office declined to comment on Thursday.", "complement_as_reason"),
    ("Why does the treaty give access?", "to all member ports",
     "The treaty gives access to all member ports.", "complement_as_reason"),
    # "but" joins two predicates; the reason is for one
    ("Why did the mayor sign the order but delay its start?", "lawyers advised caution",
     "The mayor signed the order but delayed its start because lawyers advised caution.",
     "but_coordination"),
    # a time of day or a date is no event
    ("After what event did the strike begin?", "6 p.m. local time",
     "The strike began after 6 p.m. local time, the union said.", "time_as_event"),
    ("After what event did the fighting start, according to the army?", "midnight",
     "The fighting started shortly after midnight, the army said.", "time_as_event"),
])
def test_broken_shapes_are_named_and_dropped(question: str, answer: str, sentence: str,
                                             shape: str) -> None:
    fact = _fact(question, answer, sentence)
    assert broken_shape(fact) == shape
    assert not well_formed(fact)


@pytest.mark.parametrize(("question", "answer", "sentence"), [
    ("Who capsized near the harbour?", "Sea Queen",
     "Nine people were rescued when the Sea Queen capsized near the harbour."),
    ("Which organisation erupted on Sunday?", "Mount Keris",
     "Mount Keris erupted on Sunday, covering villages in ash."),
    ("Who broke apart in the same waters?", "Ocean Star",
     "In 1990 the Ocean Star broke apart in the same waters."),
])
def test_a_thing_is_not_asked_with_who(question: str, answer: str, sentence: str) -> None:
    fact = _fact(question, answer, sentence, Category.ACTOR, AnswerKind.ORGANISATION)
    assert broken_shape(fact) == "thing_as_actor"


def test_a_relative_clause_is_not_asked_as_a_main_clause() -> None:
    fact = _fact("According to which agency had an old server not been updated for years?",
                 "Northwind Audit", "The thieves entered through an old server that had not "
                 "been updated for years, according to Northwind Audit.", Category.ACTOR,
                 AnswerKind.ORGANISATION)
    assert broken_shape(fact) == "relative_asked"


def test_reported_speech_with_a_capital_after_that_is_dropped() -> None:
    fact = _fact("Who said that It would cut waiting times by half?", "Moreno",
                 "It would cut waiting times by half, Moreno said.", Category.ACTOR,
                 AnswerKind.PERSON)
    assert broken_shape(fact) == "capital_after_that"


@pytest.mark.parametrize(("question", "answer", "sentence", "category"), [
    # the wh-word asks the object: nothing is missing
    ("What did the new rules require?", "a licence for every boat",
     "The new rules required a licence for every boat.", Category.CAUSE),
    # a noun after a determiner, not a verb ("their offer")
    ("When would the strike resume if the owners did not raise their offer?", "June",
     "The strike would resume in June if the owners did not raise their offer.",
     Category.DATE),
    # "due to" and a noun phrase is a reason
    ("Why was the match postponed?", "heavy rain",
     "The match was postponed due to heavy rain.", Category.CAUSE),
    # a purpose is a reason
    ("Why did the council sell the depot?", "to pay for new buses",
     "The council sold the depot to pay for new buses.", Category.CAUSE),
    ("What prompted the board to delay the vote?", "The audit",
     "The audit prompted the board to delay the vote.", Category.CAUSE),
    ("After what event did the bridge close?", "a lorry struck a pillar",
     "The bridge closed after a lorry struck a pillar.", Category.CAUSE),
    # a year closing the question is a date, not a cut count
    ("Why did the mine close in 2019?", "falling coal prices",
     "The mine closed in 2019 because of falling coal prices.", Category.CAUSE),
    ("Who sank the winning putt?", "Ana Ruiz", "Ana Ruiz sank the winning putt.",
     Category.ACTOR),
])
def test_sound_questions_pass(question: str, answer: str, sentence: str,
                              category: Category) -> None:
    fact = _fact(question, answer, sentence, category,
                 AnswerKind.PERSON if category is Category.ACTOR else AnswerKind.CAUSE)
    assert broken_shape(fact) == ""


def test_why_but_is_asked_of_the_predicate_the_reason_follows() -> None:
    fact = _fact("Why had the pilot filed a flight plan but had turned back, according to "
                 "the airline?", "a warning light came on",
                 "The pilot had filed a flight plan but had turned back because a warning "
                 "light came on, according to the airline.")
    assert _repaired(fact) == "Why had the pilot turned back, according to the airline?"
    assert well_formed(repaired(fact, lambda: fact.sentence.text))


def test_why_but_stays_broken_when_the_reason_is_for_the_first_predicate() -> None:
    fact = _fact("Why was the school closed but was reopened?", "a gas leak",
                 "The school was closed because of a gas leak but was reopened.")
    assert _repaired(fact) == fact.question
    assert not well_formed(fact)


def test_a_closing_number_gets_the_noun_it_counts() -> None:
    fact = _fact("Who said the symptoms appeared between two and five?", "Okonkwo",
                 "Okonkwo said the symptoms appeared between two and five days after the "
                 "first dose.", Category.ACTOR, AnswerKind.PERSON)
    assert broken_shape(fact) == "number_cut"
    assert _repaired(fact) == "Who said the symptoms appeared between two and five days?"


def test_a_surname_asked_as_an_organisation_is_asked_with_who() -> None:
    fact = _fact("Which organisation could only finish third in the sprint?", "Varga",
                 "Varga could only finish third in the sprint.", Category.ACTOR,
                 AnswerKind.ORGANISATION)
    assert _repaired(fact, "The title went to Hungary's Tamas Varga on Sunday.") == \
        "Who could only finish third in the sprint?"
    blocked = _fact("According to which organisation was the line cut?", "Greyfield",
                    "The line was cut, according to Greyfield.", Category.ACTOR,
                    AnswerKind.ORGANISATION)
    # a body's short name: it opens a longer name, so it stays an organisation
    assert _repaired(blocked, "A report by Greyfield Analytics found the line was cut.") == \
        blocked.question


@pytest.mark.parametrize(("question", "sentence", "expected"), [
    ("Why were About 200 pupils sent home?",
     "About 200 pupils were sent home as a precaution.",
     "Why were about 200 pupils sent home?"),
    ("Which Harbour safety officer said the pier was unsafe?",
     "Harbour safety officer Lena Dahl said the pier was unsafe.",
     "Which harbour safety officer said the pier was unsafe?"),
    ("On what date did Transportation officials close the tunnel?",
     "OSLO, May 2 (Reuters) - Transportation officials closed the tunnel on Friday.",
     "On what date did transportation officials close the tunnel?"),
])
def test_a_sentence_capital_left_inside_is_lowered(question: str, sentence: str,
                                                   expected: str) -> None:
    fact = _fact(question, "x", sentence, Category.ACTOR, AnswerKind.PERSON)
    assert _repaired(fact, "The Transportation Safety Board opened an inquiry.") == expected


def test_a_name_opening_the_sentence_keeps_its_capital() -> None:
    fact = _fact("When did Brennan sign the contract?", "May 2025",
                 "Brennan signed the contract in May.", Category.DATE, AnswerKind.MONTH_YEAR)
    assert _repaired(fact, "The deal was agreed by Brennan and two partners.") == fact.question


def test_an_actor_answer_opening_on_a_preposition_is_no_actor() -> None:
    assert not fit_actor("for Serious Fraud")
    assert fit_actor("Office for Serious Fraud")


def test_a_shifted_decimal_amount_drops_a_needless_decimal() -> None:
    from quiz.generate.distractors import _shifted_numbers

    fact = _fact("How much has the charity raised for the roof?", "2.5 million pounds",
                 "The charity has raised 2.5 million pounds for the roof.", Category.FIGURE,
                 AnswerKind.AMOUNT)
    shifted = _shifted_numbers(fact)
    assert "5 million pounds" in shifted
    assert not any(".0 " in option for option in shifted)


def test_a_sentence_reported_after_that_loses_its_capital() -> None:
    fact = _fact("Which agency said that Inspections are likely to take a month?", "NTSB",
                 "Inspections are likely to take a month, the NTSB said.", Category.ACTOR,
                 AnswerKind.ORGANISATION)
    assert _repaired(fact) == "Which agency said that inspections are likely to take a month?"
    named = _fact("Who said that Hartley would sell the plant?", "Moss",
                  "Hartley would sell the plant, Moss said.", Category.ACTOR, AnswerKind.PERSON)
    assert _repaired(named, "The plant is owned by Hartley.") == named.question


def test_an_attribution_from_another_clause_is_dropped() -> None:
    fact = _fact("Why had the board approved the sale, according to auditors?",
                 "buyers offered cash", "Auditors had questioned the price, but the board had "
                 "approved the sale because buyers offered cash.")
    assert broken_shape(fact) == "attribution_elsewhere"
    reported = _fact("Why had the board approved the sale, according to auditors?",
                     "buyers offered cash", "Auditors said the price was low, but the board "
                     "had approved the sale because buyers offered cash, they added.")
    assert broken_shape(reported) == ""


def test_an_answer_that_splits_a_time_phrase_is_dropped() -> None:
    fact = _fact("What did the brewery close this year?", "two plants earlier",
                 "The brewery closed two plants earlier this year.")
    assert broken_shape(fact) == "split_time"
    whole = _fact("What did the brewery close earlier this year?", "two plants",
                  "The brewery closed two plants earlier this year.")
    assert broken_shape(whole) == ""


def test_an_opening_time_phrase_left_before_the_subject_is_dropped() -> None:
    fact = _fact("How many homes did last year the flood destroy in Kerala?", "900",
                 "Last year the flood destroyed 900 homes in Kerala.", Category.FIGURE,
                 AnswerKind.COUNT)
    assert broken_shape(fact) == "time_as_subject"
    fine = _fact("When was last year's budget approved?", "March 2024",
                 "Last year's budget was approved in March.", Category.DATE,
                 AnswerKind.MONTH_YEAR)
    assert broken_shape(fine) == ""


@pytest.mark.parametrize(("question", "shape"), [
    ("Which country closed its border and heavy snow cut the main road?", "second_clause"),
    ("Which company sold its plant and the union protested?", "second_clause"),
    ("Which company cut jobs and closed two plants?", ""),
    ("Which fund bought shares and bonds issued by the city?", ""),
    ("Who said prices and wages rose?", ""),
])
def test_a_second_clause_with_its_own_subject_is_not_asked_of_one_actor(
        question: str, shape: str) -> None:
    fact = _fact(question, "X", question.rstrip("?") + ".", Category.ACTOR,
                 AnswerKind.COUNTRY)
    assert broken_shape(fact) == shape


def test_a_date_is_not_asked_of_what_never_happened() -> None:
    fact = _fact("In what year have two paintings stolen from the gallery never been found?",
                 "1994", "Two paintings stolen from the gallery in 1994 have never been found.",
                 Category.DATE, AnswerKind.YEAR)
    assert broken_shape(fact) == "never_dated"
    said = _fact("On what date did the mayor say the bridge would never reopen?",
                 "3 May 2025", "On Saturday the mayor said the bridge would never reopen.",
                 Category.DATE, AnswerKind.FULL_DATE)
    assert broken_shape(said) == ""


def test_a_passive_participle_ends_a_clause_well() -> None:
    fact = _fact("Why had the ship been held, according to the port?", "unpaid fees",
                 "The ship had been held over unpaid fees, according to the port.")
    assert broken_shape(fact) == ""


@pytest.mark.parametrize(("question", "sentence", "expected"), [
    ("In what year did Exports reach 40 billion euros?",
     "Exports reached 40 billion euros last year.",
     "In what year did exports reach 40 billion euros?"),
    ("What does Measles cause?", "Measles, which spreads quickly, causes a rash.",
     "What does measles cause?"),
])
def test_an_ordinary_opening_noun_is_lowered(question: str, sentence: str,
                                             expected: str) -> None:
    fact = _fact(question, "x", sentence, Category.DATE, AnswerKind.YEAR)
    assert _repaired(fact, "Doctors said measles cases were rising.") == expected


def test_an_opening_noun_of_a_name_keeps_its_capital() -> None:
    fact = _fact("On what date did Police Scotland close the bridge?", "2 May 2026",
                 "Police Scotland closed the bridge on Friday.", Category.DATE,
                 AnswerKind.FULL_DATE)
    assert _repaired(fact) == fact.question


def test_an_object_and_its_infinitive_is_asked_as_what_it_was_made_to_do() -> None:
    fact = _fact("What did the flooding cause, according to engineers?",
                 "the dam to overflow", "The flooding caused the dam to overflow, engineers said.")
    assert broken_shape(fact) == "causative_cut"
    effect = _fact("What did the scandal cause?", "a fall in sales",
                   "The scandal caused a fall in sales.")
    assert broken_shape(effect) == ""


def test_an_obligation_is_no_purpose() -> None:
    fact = _fact("Why will the club not have, according to the league?", "to sell its ground",
                 "The club will not have to sell its ground, the league said.")
    assert broken_shape(fact) in ("object_missing", "complement_as_reason")
    assert broken_shape(_fact("Why did the club sell its ground?", "to pay its debts",
                              "The club had to sell its ground to pay its debts.")) == ""


def test_an_occupation_before_a_name_is_lowered_a_title_is_not() -> None:
    job = _fact("What cracked the wall, according to Architect Lena Berg?", "frost",
                "Architect Lena Berg said frost had cracked the wall.")
    assert _repaired(job) == "What cracked the wall, according to architect Lena Berg?"
    title = _fact("Why did the court order a retrial, according to Judge Lena Berg?",
                  "new evidence", "Judge Lena Berg said new evidence had emerged.")
    assert _repaired(title) == title.question


@pytest.mark.parametrize(("question", "answer"), [
    ("The storm flooded the valley. What did this force?", "hundreds of families from their homes"),
    ("The road will stay closed for a month. What did this force?", "a long detour"),
])
def test_what_did_this_force_needs_a_past_effect(question: str, answer: str) -> None:
    assert broken_shape(_fact(question, answer, question.split(". ")[0] + ".")) == \
        "effect_of_this"


def test_a_perfect_with_a_simple_past_is_dropped() -> None:
    assert broken_shape(_fact("Why had the club chose a new coach?", "its results",
                              "The club chose a new coach because of its results.")) == \
        "perfect_with_past"
    assert broken_shape(_fact("Why had the club chosen a new coach?", "its results",
                              "The club had chosen a new coach because of its results.")) == ""


def test_a_unit_before_a_noun_is_no_count() -> None:
    fact = _fact("How many dollar bridge will the state build?", "2 billion",
                 "The state will build a 2 billion dollar bridge.", Category.FIGURE,
                 AnswerKind.AMOUNT)
    assert broken_shape(fact) == "unit_as_count"
    fine = _fact("How many dollars will the state spend?", "2 billion",
                 "The state will spend 2 billion dollars.", Category.FIGURE, AnswerKind.AMOUNT)
    assert broken_shape(fine) == ""


def test_why_but_with_a_simple_past_asks_with_did() -> None:
    fact = _fact("Why had the firm weighed three bids but chose Acme?", "its lower price",
                 "The firm had weighed three bids but chose Acme because of its lower price.")
    assert _repaired(fact) == "Why did the firm choose Acme?"


def test_an_adjective_of_origin_keeps_its_capital() -> None:
    fact = _fact("Which Andalusian airline cut its routes?", "Solvia",
                 "Andalusian airline Solvia cut its routes.", Category.ACTOR,
                 AnswerKind.ORGANISATION)
    assert _repaired(fact) == fact.question


@pytest.mark.parametrize(("question", "answer", "sentence"), [
    # a purpose whose verb ends like a noun or an adjective ("give", "finance", "question")
    ("Why will the bank keep a van service running in 30 towns?",
     "to give customers time to adjust",
     "The bank will keep a van service running in 30 towns in order to give customers time "
     "to adjust."),
    ("Why did the council sell the land?", "to finance the new stadium",
     "The council sold the land to finance the new stadium."),
    ("Why were the police called back?", "to question witnesses",
     "The police were called back to question witnesses."),
])
def test_a_purpose_with_a_verb_like_a_noun_is_a_reason(question: str, answer: str,
                                                       sentence: str) -> None:
    assert broken_shape(_fact(question, answer, sentence)) == ""
