"""Shapes of good questions the last gate dropped on new text: an object noun that can also
be a verb ("the company's final offer"), a reason told after a second verb of saying of the
same speaker (", but insisted that"), and an object set off by ", one of ..."."""

from __future__ import annotations

import pytest

from quiz.generate.facts import AnswerKind, Fact, Sentence
from quiz.generate.question_checks import well_formed
from quiz.generate.question_shapes import broken_shape
from quiz.model import Category


def _cause(question: str, answer: str, sentence: str) -> Fact:
    return Fact(category=Category.CAUSE, kind=AnswerKind.CAUSE, article="t.txt",
                sentence=Sentence(3, sentence), question=question, answer=answer)


@pytest.mark.parametrize(("question", "answer", "sentence"), [
    ("Why did the players reject the club's new offer?", "it cut their bonuses",
     "The players rejected the club's new offer because it cut their bonuses."),
    ("Why did the council refuse the developer's latest offer?", "the site floods every winter",
     "The council refused the developer's latest offer because the site floods every winter."),
    ("Why will the museum return the family's stolen paintings?", "a court ruled they were looted",
     "The museum will return the family's stolen paintings because a court ruled they were "
     "looted."),
    ("Why did the nurses turn down the hospital's final pay offer?", "it did not match inflation",
     "The nurses turned down the hospital's final pay offer because it did not match "
     "inflation."),
])
def test_a_noun_after_a_possessive_is_the_object_not_a_verb(question: str, answer: str,
                                                            sentence: str) -> None:
    assert broken_shape(_cause(question, answer, sentence)) == ""


@pytest.mark.parametrize("question", [
    "Why did the company make?",
    "Why did people deserve?",
    "Why did the club's fans offer?",
    "Why will the council put?",
    "When did up from the 6 per cent the operator offer?",
    "Why did the union say the club's fans offer?",
])
def test_a_verb_without_its_object_is_still_broken(question: str) -> None:
    fact = _cause(question, "the rules changed", "Something happened because the rules changed.")
    assert broken_shape(fact) == "object_missing"


@pytest.mark.parametrize(("question", "answer", "sentence"), [
    ("Why would overall attendance rise, according to Okafor?",
     "thanks to cheaper tickets for students",
     "Okafor said some matinees would be cut, but insisted that overall attendance would rise, "
     "thanks to cheaper tickets for students."),
    ("Why will the new ward ease waiting lists, according to Brandt?",
     "because it adds forty beds",
     "Brandt said the opening had been delayed, but stressed that the new ward will ease "
     "waiting lists because it adds forty beds."),
])
def test_a_second_verb_of_saying_keeps_the_speaker(question: str, answer: str,
                                                   sentence: str) -> None:
    assert broken_shape(_cause(question, answer, sentence)) == ""


def test_a_speaker_of_the_other_clause_only_is_still_dropped() -> None:
    fact = _cause("Why had managers approved the launch, according to engineers?",
                  "tests showed no leaks",
                  "Engineers had warned about a valve, but managers had approved the launch "
                  "because tests showed no leaks.")
    assert broken_shape(fact) == "attribution_elsewhere"


@pytest.mark.parametrize(("question", "answer", "sentence"), [
    ("Why has a court in Lyon suspended the licence of Veltor?",
     "it had ignored dust limits",
     "A court in Lyon has suspended the licence of Veltor, one of the region's busiest quarries, "
     "ruling that it had ignored dust limits."),
    ("Why did the league fine the owners of Racing Club?", "they had broken spending rules",
     "The league fined the owners of Racing Club, one of its oldest members, because they had "
     "broken spending rules."),
])
def test_an_object_set_off_by_one_of_is_whole(question: str, answer: str,
                                              sentence: str) -> None:
    assert broken_shape(_cause(question, answer, sentence)) == ""


def test_an_object_cut_before_its_adjectives_is_still_dropped() -> None:
    fact = _cause("Why will the turbines back up wind power during dry?", "to keep the lights on",
                  "The turbines will back up wind power during dry, windless spells to keep the "
                  "lights on.")
    assert broken_shape(fact) == "object_cut_at_comma"


@pytest.mark.parametrize(("question", "answer", "sentence"), [
    ("Why have nearly a dozen clinics been closed?", "a shortage of nurses",
     "Nearly a dozen clinics have been closed because of a shortage of nurses."),
    ("Why did almost a third of members vote against the deal?", "it froze pay for two years",
     "Almost a third of members voted against the deal because it froze pay for two years."),
    ("Why have about a hundred shops shut?", "rents doubled",
     "About a hundred shops have shut because rents doubled."),
])
def test_an_approximate_quantity_is_no_verb_before_the_subject(question: str, answer: str,
                                                                sentence: str) -> None:
    assert well_formed(_cause(question, answer, sentence))


def test_a_verb_where_the_subject_should_be_is_still_dropped() -> None:
    assert not well_formed(_cause("Why will call the helpline be open?", "demand is high",
                                  "The helpline will be open because demand is high."))


def _country_gap(cloze: str, named_in: int) -> bool:
    from types import SimpleNamespace

    from quiz.generate.questions import _story_subject_alone
    sentences = [f"Ghana said something {n}." for n in range(named_in)] + ["Nothing else."]
    fact = Fact(category=Category.ACTOR, kind=AnswerKind.COUNTRY, article="t.txt",
                sentence=Sentence(3, cloze.replace("___", "Ghana")), question="",
                answer="Ghana")
    return _story_subject_alone(cloze, fact, SimpleNamespace(sentences={"t.txt": sentences}))


@pytest.mark.parametrize("cloze", [
    "___'s culture minister, Kwame Asante, welcomed the decision at a ceremony.",
    "The masks will go on show at ___'s national museum next year.",
])
def test_a_country_the_story_keeps_naming_is_no_gap_before_its_possessive(cloze: str) -> None:
    assert _country_gap(cloze, named_in=4)


def test_a_country_named_once_may_be_gapped_before_its_possessive() -> None:
    assert not _country_gap("___'s culture minister welcomed the decision at a ceremony.",
                            named_in=1)
