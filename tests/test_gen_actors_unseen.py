"""Actor questions and name kinds on sentences from topics far from the seeds."""

from __future__ import annotations

from gen_support import actor_qa as qa

from quiz.generate.facts import AnswerKind
from quiz.generate.mentions import find_mentions, kind_of


def test_a_dateline_is_not_a_name() -> None:
    names = [m.name for m in find_mentions(
        "DUNMORE — The Dunmore Harbour Board approved the new ferry timetable on Monday.")]
    assert names == ["Dunmore Harbour Board"]


def test_buildings_and_places_are_not_people() -> None:
    assert kind_of("Town Hall") is None
    assert kind_of("Eagle Ridge") is None
    assert kind_of("Union Station") is None
    assert kind_of("Maria Lopez") is AnswerKind.PERSON


def test_a_body_whose_first_word_is_never_a_given_name_is_not_a_person() -> None:
    assert kind_of("Green Valley") is None
    assert kind_of("Northern Rail") is None
    assert kind_of("Red Crescent") is None


def test_a_possessive_inside_a_hospital_name_belongs_to_it() -> None:
    mentions = find_mentions("St. Mary's Hospital cancelled 120 routine appointments.")
    assert [(m.name, m.kind) for m in mentions] == [
        ("St. Mary's Hospital", AnswerKind.ORGANISATION)]


def test_a_short_reported_clause_is_still_asked() -> None:
    got = qa("Club captain Dara Quinn said players were exhausted because the fixtures "
             "came too close together.")
    assert ("Which club captain said players were exhausted because the fixtures came too "
            "close together?", "Dara Quinn") in got


def test_a_role_capitalised_by_position_is_lowered() -> None:
    got = qa("Police spokesman Ian Corr said the road would reopen by the evening.")
    assert ("Which police spokesman said the road would reopen by the evening?",
            "Ian Corr") in got


def test_a_team_name_opening_a_role_keeps_its_capital() -> None:
    got = qa("Wanderers manager Ola Berg said the squad needed two new defenders.",
             "The crowd cheered for Wanderers all night.")
    assert ("Which Wanderers manager said the squad needed two new defenders?",
            "Ola Berg") in got


def test_one_unknown_name_is_not_labelled_an_organisation_by_what_anything_can_do() -> None:
    got = qa("In 1910, Halley lit up the night sky over most of the northern hemisphere.",
             "Astronomers say Halley will return in 2061.")
    assert not any(answer == "Halley" for _, answer in got)  # a comet? a town? not asked


def test_one_unknown_name_that_announces_or_sells_is_an_organisation() -> None:
    got = qa("Corvana announced a recall of 8,000 kettles on Friday.",
             "Shares in Corvana fell by 4 percent.")
    assert ("Which organisation announced a recall of 8,000 kettles on Friday?",
            "Corvana") in got


def test_a_role_opening_a_sentence_is_lowered_unless_the_article_names_it() -> None:
    got = qa("Harbour engineer Nils Dahl said the crane had been checked twice.",
             "Shares in Harbour Logistics fell.")
    assert ("Which Harbour engineer said the crane had been checked twice?", "Nils Dahl") in got
    got = qa("Harbour engineer Nils Dahl said the crane had been checked twice.")
    assert ("Which harbour engineer said the crane had been checked twice?", "Nils Dahl") in got


def test_a_word_between_two_title_words_belongs_to_the_title() -> None:
    mentions = find_mentions("Chief Financial Officer Rosa Imani said margins had narrowed.")
    assert [(m.name, m.role) for m in mentions] == [("Rosa Imani", "Chief Financial Officer")]


def test_a_named_fire_or_flood_is_an_event_not_an_actor() -> None:
    assert kind_of("Pine Hollow Fire") is None
    assert kind_of("Fire Department") is AnswerKind.ORGANISATION
    assert not any(a == "Pine Hollow Fire" for _, a in qa(
        "The Pine Hollow Fire destroyed 40 homes near the lake."))


def test_a_first_person_subject_is_not_an_actor() -> None:
    got = qa("\"Our nurses are leaving for other cities,\" the union leader Ana Ruiz said.")
    assert not any(a.lower().startswith("our") for _, a in got)


def test_a_resignation_with_only_a_time_after_it_is_worth_asking() -> None:
    got = qa("Harbour Minister Pia Lund resigned on Monday morning, saying she was to blame.")
    assert ("Which Harbour Minister resigned on Monday morning?", "Pia Lund") in got
    assert not any(q.startswith("Who responded") for q, _ in qa(
        "Harbour Minister Pia Lund responded on Monday."))


def test_an_organisation_role_makes_a_two_word_name_an_organisation() -> None:
    mentions = find_mentions("The rocket was built by the Denver company Blue Harbor last year.")
    assert [(m.name, m.kind) for m in mentions if m.name == "Blue Harbor"] == [
        ("Blue Harbor", AnswerKind.ORGANISATION)]


def test_a_reported_clause_stops_before_a_joined_verb_that_may_be_the_speakers() -> None:
    got = qa("Judge Ana Ruiz said Tom Hale had deceived the investors and ordered him to pay "
             "a fine.")
    assert ("Who did Judge Ana Ruiz say had deceived the investors?", "Tom Hale") in got
    assert not any("ordered" in q for q, _ in got)
