"""Actor facts from hand-made sentences on topics other than the seed articles."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gen_support import actor_facts as facts, actor_qa as qa

from quiz.generate.actors import extract_actors
from quiz.generate.facts import AnswerKind, Article, Sentence
from quiz.generate.mentions import find_mentions
from quiz.model import Category


def test_role_and_name_subject() -> None:
    found = facts("Finance Minister Clara Jensen announced a new tax on fuel on Tuesday.")
    fact = next(f for f in found if f.answer == "Clara Jensen")
    assert fact.question == "Which Finance Minister announced a new tax on fuel on Tuesday?"
    assert fact.category is Category.ACTOR and fact.kind is AnswerKind.PERSON
    assert "Jensen" in fact.accept and "Finance Minister Clara Jensen" in fact.accept


def test_lower_case_role_before_name() -> None:
    assert ("Which Team Sky coach praised the riders?", "Ana Ruiz") in qa(
        "Team Sky coach Ana Ruiz praised the riders after the final stage.")


def test_role_split_from_name_in_mentions() -> None:
    (mention,) = [m for m in find_mentions("Then-governor Lena Park vetoed the bill.")
                  if m.kind is AnswerKind.PERSON]
    assert mention.name == "Lena Park" and mention.role == "Then-governor"


def test_title_at_sentence_start_is_lower_cased_in_the_question() -> None:
    assert ("Which coach said the players had run out of energy?", "Daniel Brenner") in qa(
        "Coach Daniel Brenner said the players had run out of energy.")


def test_object_with_role_uses_do_support() -> None:
    assert ("Which chief executive did the Vexa board fire on Monday?", "Paul Grant") in qa(
        "The Vexa board fired chief executive Paul Grant on Monday.")


def test_country_subject_and_no_pair_of_countries() -> None:
    assert ("Which country won the tournament in 2002?", "Brazil") in qa(
        "Brazil won the tournament in 2002.")
    assert not any(" and " in f.answer for f in facts(
        "Germany and France signed the treaty in Lisbon."))


def test_named_group_subject_keeps_its_modifiers() -> None:
    assert ("Who occupied the university for a week?", "Chilean students") in qa(
        "Chilean students occupied the university for a week.")


def test_passive_agent_becomes_an_active_question() -> None:
    assert ("Which architect designed the bridge in 1932?", "Maria Costa") in qa(
        "The bridge was designed in 1932 by the architect Maria Costa.")


def test_reduced_relative_agent() -> None:
    assert ("Which organisation led the Kestrel Valley search?", "Alpine Rescue Service") in qa(
        "Volunteers joined the Kestrel Valley search led by the Alpine Rescue Service.")


def test_according_to_a_news_outlet() -> None:
    assert ("According to which news outlet did Vexa Motors lose two million euros last year?",
            "Financial Times") in qa(
        "Vexa Motors lost two million euros last year, according to the Financial Times.")


def test_trailing_attribution_by_an_agency() -> None:
    found = qa("The river is at its highest level in fifty years, the Environment Agency said.")
    assert ("Which agency said that the river is at its highest level in fifty years?",
            "Environment Agency") in found


def test_possessive_subject_asks_whose() -> None:
    assert ("Whose shares rose 8% on Wednesday?", "Nokia") in qa(
        "Nokia's shares rose 8% on Wednesday.", "Analysts had expected Nokia to recover.")


def test_known_as_and_apposition() -> None:
    assert ("What is the group of hackers known as?", "Dark Comet") in qa(
        "A group of hackers known as Dark Comet attacked the bank's servers.")
    assert ("Who was the captain of the Kenyan national team?", "Marta Okafor") in qa(
        "Marta Okafor, the captain of the Kenyan national team, retired on Sunday after ten seasons.")


def test_object_of_a_preposition_before_a_time() -> None:
    assert ("Which country did the Tiraspol council declare war on?", "Moldova") in qa(
        "The Tiraspol council declared war on Moldova in October.")


def test_subject_named_by_known_as() -> None:
    assert ("Which group launched a series of raids on border posts?", "Red Dawn") in qa(
        "A faction of rebels known as the Red Dawn launched a series of raids on border posts.")


def test_organisation_roles_and_acronym_owners() -> None:
    found = qa("The Ebola vaccine was developed by the British drugmaker GlaxoSmithKline.",
               "WHO Director-General Tedros Adhanom said the vaccine could save many lives.")
    assert ("Which British drugmaker developed the Ebola vaccine?", "GlaxoSmithKline") in found
    assert ("Which WHO Director-General said the vaccine could save many lives?",
            "Tedros Adhanom") in found


def test_country_body_possessive_subject() -> None:
    assert ("Which country's health ministry said it would expand the programme next year?",
            "Kenya") in qa("Kenya's health ministry said it would expand the programme next year.")


def test_with_and_an_ing_form() -> None:
    assert ("Who proposed a 5-year timeline?", "U.S. officials") in qa(
        "The two sides were at odds, with U.S. officials proposing a 5-year timeline.")


def test_what_a_body_was_formed_to_fight() -> None:
    assert ("Which organisation was the Balkan regional task force formed to fight?",
            "Red Dawn Movement") in qa(
        "Officials praised the work of the Balkan regional task force formed to fight the Red Dawn "
        "Movement in 2019.")


def test_backed_and_led() -> None:
    found = qa("Russia-backed separatists shelled the town, and a France-led coalition "
               "bombed the port.", "Russian-backed rebels fought on.")
    # nothing tells which separatists or which coalition: only the sentence's cloze asks
    assert ("", "Russia") in found and ("", "France") in found
    assert not any(answer == "Russian" for _, answer in found)


def test_report_without_that() -> None:
    assert ("Which government did an official say had sent a request to the United Nations?",
            "Paris") in qa("An official said Paris had sent a request to the United Nations.")


def test_descriptions_across_an_adjective_comma_and_a_bracket() -> None:
    found = qa("Troops struck sites linked to the Popular Front (PF), a coalition of mainly "
               "Sunni, Turkish-backed groups.")
    assert ("What is the name of the coalition of mainly Sunni, Turkish-backed groups?",
            "Popular Front") in found


def test_embedded_subject_with_an_aside() -> None:
    assert ("Which organisation did investigators conclude was likely responsible for the leak of patient records?",
            "Vantek") in qa("Investigators concluded that Vantek, not the bank, was likely "
                            "responsible for the leak of patient records.")


def test_embedded_subject_of_a_report() -> None:
    assert ("Which organisation did investigators conclude was responsible for the leak of patient records?",
            "Vantek") in qa(
        "Investigators concluded that Vantek was responsible for the leak of patient records.")


@pytest.mark.parametrize("text", [
    "He signed a new contract with the club on Friday.",
    "They rejected the offer within an hour.",
    "The official said the talks had failed.",
    "It rained heavily across the north of the country on Monday.",
])
def test_pronouns_and_generic_subjects_are_not_answers(text: str) -> None:
    assert facts(text) == []


def test_question_never_contains_its_answer() -> None:
    for fact in facts("Jensen's party said Jensen would resign as leader of the party.",
                      "Clara Jensen criticised Jensen's critics in a long speech."):
        assert "jensen" not in fact.question.lower()


def test_headlines_are_skipped() -> None:
    heading = Article(file="a.txt", title="T", sentences=(
        Sentence(0, "Brightwave Agrees To Buy Rival Solnet", is_heading=True),))
    assert extract_actors(heading) == []


def test_subject_and_value_are_normalised_for_conflicts() -> None:
    (fact, *_) = facts("The U.S. imposed new tariffs on steel in March.")
    assert fact.value == "u.s" or fact.value == "us"
    assert fact.subject and fact.subject == fact.subject.lower()


_PEOPLE = ["Clara Jensen", "Paul Grant", "Amara Diallo", "Kenji Watanabe", "Lena Park"]
_ROLES = ["Finance Minister", "Mayor", "club captain", "Chief Justice", "Professor"]
_ACTIONS = ["announced a plan to rebuild the harbour", "rejected the proposal on Friday",
            "opened the new library in May", "criticised the decision to close the mine"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_ROLES), st.sampled_from(_PEOPLE), st.sampled_from(_ACTIONS))
def test_generated_facts_are_well_formed(role: str, person: str, action: str) -> None:
    text = f"{role} {person} {action}."
    for fact in facts(text):
        assert fact.answer in text
        if not fact.question:
            continue  # a bare "the mine": only the sentence's cloze asks
        assert fact.question.endswith("?") and fact.question[0].isupper()
        assert fact.answer.lower() not in fact.question.lower()
        assert person.split()[-1].lower() not in fact.question.lower()
