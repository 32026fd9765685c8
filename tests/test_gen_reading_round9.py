"""Reading clauses on new text: relative clauses without commas, appositions holding a
place's or a date's comma, ages after names, participial phrases after a comma (sentences
on many topics)."""

from __future__ import annotations

import pytest

from gen_support import actor_qa, cause_qa

from quiz.generate.spans import span_question
from quiz.generate.syntax import find_clauses


def _read(text: str) -> list[tuple[str, str, str]]:
    """(subject, verb group, rest) of each clause of ``text``."""
    return [(c.subject, c.group.text, c.rest) for c in find_clauses(text)]


@pytest.mark.parametrize(("text", "subject", "verb", "relative"), [
    # a relative clause without commas ends where the sentence's own verb group starts
    ("The bridge that was built in 1930 was closed because engineers found cracks.",
     "The bridge", "was closed", ("The bridge", "was built", "in 1930")),
    ("The school which was opened by the mayor in 1988 will be demolished next year.",
     "The school", "will be demolished", ("The school", "was opened", "by the mayor in 1988")),
    ("Residents of the village which was flooded in March have demanded new defences.",
     "Residents of the village", "have demanded", ("the village", "was flooded", "in March")),
    ("The surgeon who performed the operation said the patient was recovering well.",
     "The surgeon", "said", ("The surgeon", "performed", "the operation")),
    # after a verb, the antecedent alone is the subject
    ("Police said the man who was arrested on Monday had been released on bail.",
     "the man", "had been released", ("the man", "was arrested", "on Monday")),
])
def test_relative_clause_without_commas_ends_at_the_main_verb(
        text: str, subject: str, verb: str, relative: tuple[str, str, str]) -> None:
    read = _read(text)
    assert any(s == subject and v == verb for s, v, _ in read)
    assert relative in read


@pytest.mark.parametrize("text", [
    # the relative clause's verb reports a statement: its auxiliary is the statement's
    "The analyst who said the plan was doomed has resigned from the bank.",
    # a coordination or a comma ends the search
    "The striker who scored twice and was sent off in the final will miss three games.",
    "The player who was injured when he fell was taken to hospital.",
])
def test_no_main_verb_is_taken_from_inside_the_relative_clause(text: str) -> None:
    # (the sentence's own verb is then not read: no clause rather than a wrong one)
    assert not any(s.startswith("The ") and v in {"was", "has resigned", "will miss", "was taken"}
                   for s, v, _ in _read(text))


def test_an_indefinite_antecedent_is_only_cut() -> None:
    # "a clinic" alone names nothing: the main clause's subject keeps its relative clause,
    # and the relative clause stops at "will"
    read = _read("A clinic which was opened in 1990 will shut next year because of staff cuts.")
    assert ("A clinic", "was opened", "in 1990") in read
    assert [s for s, v, _ in read if v == "will shut"] == ["A clinic which was opened in 1990"]


def test_a_cause_is_asked_of_the_main_clause_not_the_relative_one() -> None:
    found = cause_qa("The ferry which was launched in 2004 was withdrawn on Friday because its "
                     "engines had failed.")
    assert ("Why was the ferry withdrawn on Friday?", "its engines had failed") in found
    assert not any("launched" in q for q, _ in found)


@pytest.mark.parametrize(("text", "subject", "verb"), [
    # a place's or a date's comma inside a relative clause or an apposition
    ("The Harlow Viaduct, which links Stanmore and Dale, Ohio, was closed on Monday after "
     "engineers found cracks.", "The Harlow Viaduct", "was closed"),
    ("The arena, which opened on May 3, 2001, was sold last week to a hotel group.",
     "The arena", "was sold"),
    ("The trial, which began in Lyon, France, has been adjourned because a juror fell ill.",
     "The trial", "has been adjourned"),
])
def test_apposition_with_a_place_or_date_comma(text: str, subject: str, verb: str) -> None:
    assert any(s == subject and v == verb for s, v, _ in _read(text))


@pytest.mark.parametrize(("text", "subject", "verb"), [
    ("Maria Costa, 54, said the hospital had cancelled her operation twice.",
     "Maria Costa", "said"),
    ("Tom Hardy, 38, a plumber from Leeds, lost his van on Monday after floods hit the city.",
     "Tom Hardy", "lost"),
    ("Ana Ruiz, 29, whose contract runs until 2027, said she would stay at the club.",
     "Ana Ruiz", "said"),
])
def test_an_age_after_a_name_is_not_the_subject(text: str, subject: str, verb: str) -> None:
    read = _read(text)
    assert any(s == subject and v == verb for s, v, _ in read)
    assert not any(s.isdigit() for s, _, _ in read)


def test_cause_of_a_person_given_an_age() -> None:
    assert ("Why did Tom Hardy lose his van on Monday?", "floods hit the city") in cause_qa(
        "Tom Hardy, 38, a plumber from Leeds, lost his van on Monday after floods hit the city.")


@pytest.mark.parametrize(("text", "not_subject"), [
    # a participle or a second predicate after a comma has no subject of its own
    ("The plant closed on Tuesday, forcing the layoff of more than 300 trained workers.",
     "forcing"),
    ("The merger, announced at a hastily arranged meeting, takes effect in June.",
     "announced"),
    ("The appeal was heard by three judges, led by Lord Hale, who reserved judgment.", "led"),
    ("Each victim will receive up to $5,000, depending on the harm they could prove.",
     "depending"),
    ("The firm said it had since invested $45 million in training and was a changed company.",
     "invested"),
    ("The strike, called by the drivers' union, began at 6 a.m. and is due to last a week.",
     "began"),
])
def test_participial_phrase_is_no_subject(text: str, not_subject: str) -> None:
    assert not any(s.lower().startswith(not_subject) for s, _, _ in _read(text))


def test_relative_after_said_is_about_the_noun_after_the_verb() -> None:
    read = _read("A council spokesman said bin collections, which already ran late in winter, "
                 "would be cut further.")
    assert any(s == "bin collections" and v == "already ran" for s, v, _ in read)
    assert not any(s.startswith("A council spokesman said") for s, _, _ in read)


def test_which_after_a_whole_act_has_no_noun_antecedent() -> None:
    read = _read("The paintings could be cut up or sold separately, which would make them "
                 "impossible to trace.")
    assert not any(s.startswith("sold") for s, _, _ in read)


def test_a_relative_after_an_inverted_speaker_is_about_the_speaker() -> None:
    read = _read("\"We played for the fans,\" said Lena Holt, who captains the national "
                 "hockey team.")
    assert ("Lena Holt", "captains", "the national hockey team.") in read


@pytest.mark.parametrize(("text", "span", "question"), [
    # a relative "whose": the owner's noun, asked with the owner named
    ("The result is a blow to coach Rui Vasco Pinto, whose team has led the league since "
     "2019 but who was sacked on Monday.", "since 2019",
     "Since when has Rui Vasco Pinto's team led the league?"),
    ("The club, whose stadium was built in 1962, said it would appeal.", "in 1962",
     "When was the club's stadium built?"),
    ("Police questioned Jan Novak, whose car was found in March near the border.", "in March",
     "When was Jan Novak's car found near the border?"),
    ("Officials at the museum, whose collection was founded in 1880, declined to comment.",
     "in 1880", "When was the museum's collection founded?"),
])
def test_whose_clause_is_asked_of_the_owner(text: str, span: str, question: str) -> None:
    at = text.index(span)
    wh = "Since when" if span.startswith("since") else "When"
    asked = span_question(text, at, at + len(span), wh, "When")
    assert asked is not None and asked.question == question


@pytest.mark.parametrize(("text", "span"), [
    # which company? which firm? an indefinite or unnamed owner is not asked about
    ("A company whose servers failed in May has been fined.", "in May"),
    ("He praised the firm, whose staff worked through 2020, and left.", "through 2020"),
])
def test_whose_without_a_named_owner_is_not_asked(text: str, span: str) -> None:
    at = text.index(span)
    asked = span_question(text, at, at + len(span), "When", "When")
    assert asked is None or "whose" not in asked.question and "'s" not in asked.question


@pytest.mark.parametrize(("text", "not_subject"), [
    # a verb right after "and": two predicates, no subject before the second
    ("Morales, the club's captain, thanked the fans in a short speech and said he would stay.",
     "thanked"),
    # a past verb before its object pronoun
    ("It surfaced in May, when a farmer, Piet Smit, found it buried in a field near Utrecht.",
     "found"),
    # "those" before a participle: the ones so described
    ("The buses are the same model as those used on routes to Ghent and Bruges.", "those"),
])
def test_no_clause_without_a_subject(text: str, not_subject: str) -> None:
    assert not any(s.lower().startswith(not_subject) for s, _, _ in _read(text))


@pytest.mark.parametrize(("text", "verb"), [
    ("Doctors had long suspected a link between the two diseases.", "had long suspected"),
    ("The central bank has now raised rates five times.", "has now raised"),
    ("The arena is now the largest in the region.", "is"),
])
def test_long_and_now_before_a_participle_are_in_the_verb_group(text: str, verb: str) -> None:
    assert _read(text)[0][1] == verb


@pytest.mark.parametrize(("text", "subject", "verb"), [
    # a participle describing the noun, then the clause's own past verb
    ("Patients interviewed in Lisbon expressed mixed feelings.",
     "Patients interviewed in Lisbon", "expressed"),
    ("Samples collected in the river contained high levels of lead.",
     "Samples collected in the river", "contained"),
    ("A routine inspection carried out on May 4 revealed that the cables had corroded.",
     "A routine inspection carried out on May 4", "revealed"),
    # a verb of saying keeps its own clause
    ("The minister warned in Lisbon prices would rise.", "The minister", "warned"),
    # a comparison after the verb is no second verb
    ("Sales increased in March compared with February.", "Sales", "increased"),
])
def test_participle_before_the_past_verb_of_its_clause(text: str, subject: str,
                                                       verb: str) -> None:
    assert (subject, verb) == _read(text)[0][:2]


@pytest.mark.parametrize(("text", "subject", "verb"), [
    # a listed subject: its first item and comma belong to it
    ("Emergency wards, intensive care units and dialysis services were kept open.",
     "Emergency wards, intensive care units and dialysis services", "were kept"),
    ("Police, firefighters and paramedics were called to the crash.",
     "Police, firefighters and paramedics", "were called"),
    ("Germany, France and Italy have agreed to share the cost.",
     "Germany, France and Italy", "have agreed"),
    ("Thousands of curlew, lapwing and grouse chicks were killed, he said.",
     "Thousands of curlew, lapwing and grouse chicks", "were killed"),
    # an adverb, a date or an apposition is no item
    ("Overnight, police and soldiers were deployed to the border.", "police and soldiers",
     "were deployed"),
    ("On May 30, 2021, the club and the league signed a new deal.", "the club and the league",
     "signed"),
    ("The minister, a former banker and economist, said the budget was balanced.",
     "The minister", "said"),
])
def test_listed_subject(text: str, subject: str, verb: str) -> None:
    assert any(s == subject and v == verb for s, v, _ in _read(text))
    assert not any(s.startswith(("Overnight", "2021")) for s, _, _ in _read(text))


@pytest.mark.parametrize(("text", "not_subject"), [
    ("The unit recovered more than 2,000 looted objects in 2025.", "recovered"),
    ("The mayor declared an emergency, freeing up funds to hand out bottled water.", "freeing"),
    ("Drivers get an 11% rise over three years, up from the 6% the operator offered.", "up"),
    ("Each must pay legal costs as well as the fees they earned.", "well"),
    ("A review is a process that usually takes several months.", "usually"),
    ("We will never know who this person was.", "know"),
])
def test_no_subject_from_a_verb_or_an_adverb(text: str, not_subject: str) -> None:
    assert not any(s.lower().startswith(not_subject) for s, _, _ in _read(text))


@pytest.mark.parametrize(("text", "subject", "verb"), [
    # an "-ing" participle between commas is an apposition
    ("Judge Ana Reyes, sitting in the appeal court, ruled that the ban was unlawful.",
     "Judge Ana Reyes", "ruled"),
    ("The coach, speaking after the match on Sunday, said the team had been exhausted.",
     "The coach", "said"),
    # a sentence's opening "That" is a demonstrative, part of the subject
    ("That request was turned down because managers wanted to cut costs.", "That request",
     "was turned"),
])
def test_subject_read_whole(text: str, subject: str, verb: str) -> None:
    assert any(s == subject and v == verb for s, v, _ in _read(text))


@pytest.mark.parametrize("text", ["", "—", "That", "\"That\""])
def test_no_clause_in_a_sentence_without_words(text: str) -> None:
    assert find_clauses(text) == []
