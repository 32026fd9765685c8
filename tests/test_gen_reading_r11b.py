"""Reading clauses on new text (round 11b): a present verb of any verb after a noun subject,
a reported clause right after its verb of saying, a past like "cut" after a common noun, a
compound noun ("a power cut") before the verb, and a comparison kept before a time word
(sentences on many topics, and sentences where nothing may be read)."""

from __future__ import annotations

import pytest

from gen_support import cause_qa

from quiz.generate.clauses import find_clause, tokenize
from quiz.generate.syntax import find_clauses, trim_predicate


def _verbs(text: str) -> dict[str, str]:
    """The subject of each verb group of ``text``."""
    return {c.group.text: c.subject for c in find_clauses(text)}


@pytest.mark.parametrize(("text", "subject", "verb", "rest"), [
    ("The defeat reduces the government's majority to 12 seats.", "The defeat", "reduces",
     "the government's majority to 12 seats."),
    ("Greek ferries carry 20 million passengers a year.", "Greek ferries", "carry",
     "20 million passengers a year."),
    ("The farm accounts for 1% of the country's output.", "The farm", "accounts",
     "for 1% of the country's output."),
    ("Researchers at the institute say the reef is recovering.",
     "Researchers at the institute", "say", "the reef is recovering."),
    ("The council now charges residents £40 a year for garden waste.", "The council",
     "now charges", "residents £40 a year for garden waste."),
    ("The hospital also treats patients from three neighbouring counties.", "The hospital",
     "also treats", "patients from three neighbouring counties."),
    ("Farmers in the valley grow most of the region's apples.", "Farmers in the valley",
     "grow", "most of the region's apples."),
    ("The museum houses the largest collection of Roman coins in Europe.", "The museum",
     "houses", "the largest collection of Roman coins in Europe."),
    ("Volunteers at the shelter walk the dogs twice a day.", "Volunteers at the shelter",
     "walk", "the dogs twice a day."),
    ("Hospital staff now treat patients in tents.", "Hospital staff", "now treat",
     "patients in tents."),
    ("The vaccine protects children against measles.", "The vaccine", "protects",
     "children against measles."),
    ("The court hears appeals from across the region.", "The court", "hears",
     "appeals from across the region."),
])
def test_a_present_verb_of_any_verb_after_a_noun_subject_is_read(
        text: str, subject: str, verb: str, rest: str) -> None:
    clauses = find_clauses(text)
    assert [(c.subject, c.group.text, c.rest) for c in clauses][:1] == [(subject, verb, rest)]


@pytest.mark.parametrize(("text", "wrong"), [
    ("The state pensions of retirees are paid monthly.", "pensions"),
    ("The calls for reform grow louder.", "calls"),
    ("Players available for the match include two strikers.", "available"),
    ("The oil prices in Europe rose sharply.", "prices"),
    ("The company's sales in Asia fell.", "sales"),
    ("The court fines companies that break the rules.", "companies"),
    ("The government figures for March show a rise in exports.", "figures"),
    ("The union leaders meet ministers on Monday.", "ministers"),
    ("The tax rises hit low earners hardest.", "rises"),
    ("The bus fares rise in January.", "fares"),
    ("The farm produces milk for three dairies.", "milk"),
    ("The city council elections in May drew a record turnout.", "elections"),
    ("The ministry has offered 6.5%, citing budget constraints and a commitment to the "
     "Commission to keep the deficit low.", "and"),
    ("Burgundy's top wines already sell for record sums.", "sell"),
    ("Two recent strikes on militias in Iraq, including one on Wednesday, have angered the "
     "government.", "strikes"),
    ("Forecasters expect no significant rain for at least another ten days.", "expect"),
    ("The union rejected an offer of a 4% rise and a payment of 1,500 pounds for every member "
     "of staff.", "pounds"),
])
def test_a_plural_noun_or_an_adjective_is_not_read_as_a_present_verb(
        text: str, wrong: str) -> None:
    assert all(wrong not in c.group.words for c in find_clauses(text))


@pytest.mark.parametrize(("text", "subject", "verb"), [
    ("The club said it would cut 1,800 jobs.", "it", "would cut"),
    ("Police said they had arrested two men in connection with the fire.", "they",
     "had arrested"),
    ("The regulator says it will fine the bank for breaking the rules.", "it", "will fine"),
    ("Doctors at the clinic say the vaccine cut infections by half.", "the vaccine", "cut"),
    ("The minister warned they would run out of money by 2030.", "they", "would run"),
])
def test_a_reported_clause_after_its_verb_of_saying_is_a_clause(
        text: str, subject: str, verb: str) -> None:
    assert _verbs(text).get(verb) == subject


@pytest.mark.parametrize(("text", "subject", "verb"), [
    ("A power cut hit thousands of homes on Tuesday.", "A power cut", "hit"),
    ("The pay cut left nurses worse off.", "The pay cut", "left"),
    ("A chart hit made the band famous.", "A chart hit", "made"),
])
def test_a_compound_noun_before_the_verb_is_part_of_the_subject(
        text: str, subject: str, verb: str) -> None:
    assert _verbs(text).get(verb) == subject


@pytest.mark.parametrize(("text", "subject", "verb"), [
    ("The bank cut rates to 4% on Thursday.", "the bank", "cut"),
    ("The central bank cut interest rates on Thursday.", "the central bank", "cut"),
    ("The government cut benefits for young people.", "the government", "cut"),
    ("The council set fees for the new car park.", "the council", "set"),
    ("The storm hit farms across the region.", "the storm", "hit"),
])
def test_a_past_like_its_base_after_a_common_noun_before_a_bare_plural(
        text: str, subject: str, verb: str) -> None:
    tokens = tokenize(text)
    clause = find_clause(tokens, text, 0, len(tokens))
    assert clause is not None and (clause.subject, clause.verb) == (subject, verb)


@pytest.mark.parametrize("text", [
    "The tax cut helps families with children.",
    "The budget cut hits schools hardest.",
])
def test_a_compound_noun_with_cut_is_no_past_verb(text: str) -> None:
    tokens = tokenize(text)
    clause = find_clause(tokens, text, 0, len(tokens))
    assert clause is None or clause.verb != "cut"


@pytest.mark.parametrize(("rest", "trimmed"), [
    ("banned cars older than 25 years before the peak summer season",
     "banned cars older than 25 years"),
    ("had been younger than 18 years before the season began",
     "had been younger than 18 years"),
    ("were still longer than two hours after the new timetable started",
     "were still longer than two hours"),
    # a duration that measures the time word is still cut
    ("resigned two years before the vote", "resigned"),
    ("retired after 20 years", "retired"),
    # "less than a month after": the duration measures the time word, nothing to ask
    ("has stopped work at the site less than a month after the find", None),
])
def test_a_comparison_before_a_time_word_is_kept(rest: str, trimmed: str | None) -> None:
    assert trim_predicate(rest) == trimmed


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Greek ferries carry about 20 million passengers a year because the islands have no "
     "airports.", "Why do Greek ferries carry about 20 million passengers a year?",
     "the islands have no airports"),
    ("Shoppers at the market pay more for bread because of the poor wheat harvest.",
     "Why do shoppers at the market pay more for bread?", "the poor wheat harvest"),
])
def test_a_present_clause_read_now_gives_its_cause(text: str, question: str,
                                                   answer: str) -> None:
    assert (question, answer) in cause_qa(text)
