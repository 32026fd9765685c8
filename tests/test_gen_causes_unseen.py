"""Cause questions on sentences from topics far from the seeds: the faults found reading them."""

from __future__ import annotations

from gen_support import cause_qa as qa

from quiz.generate.grammar import first_lower


def test_a_connective_after_a_subordinate_clause_is_not_asked_about_that_clause() -> None:
    # "after" explains "was signed", not "the deadline passed"
    got = qa("The lease was signed minutes before the deadline passed, after the bank "
             "approved the loan.")
    assert not any("deadline" in q for q, _ in got)


def test_a_reporting_frame_is_put_in_front_of_a_passive_cause() -> None:
    got = qa("Engineers believe the collapse was caused by a crack in the main beam.")
    assert got == {("What do engineers believe caused the collapse?",
                    "a crack in the main beam")}


def test_an_answer_that_opens_with_a_reporting_verb_is_a_fragment() -> None:
    got = qa("The tenants' association criticised the rent rise and said it would push "
             "families out of the district.")
    assert not any(a.startswith("said") for _, a in got)


def test_a_state_verb_complement_is_not_an_effect() -> None:
    got = qa("The museum will remain shut until spring because of storm damage to the roof.")
    assert ("Why will the museum remain shut until spring?", "storm damage to the roof") in got
    assert not any(q.startswith("What will the museum remain") for q, _ in got)


def test_an_urged_act_ends_before_the_speakers_next_act() -> None:
    got = qa("The referee encouraged both captains to calm their players and warned the crowd "
             "about flares.")
    assert ("What did the referee encourage both captains to do?", "calm their players") in got


def test_a_title_before_a_name_keeps_its_capital() -> None:
    assert first_lower("Chief Executive Martin Hale") == "Chief Executive Martin Hale"
    assert first_lower("Police said") == "police said"


def test_a_thousands_separator_is_not_a_phrase_boundary() -> None:
    got = qa("The airline grounded 1,200 flights because a software update failed.")
    assert ("Why did the airline ground 1,200 flights?", "a software update failed") in got


def test_an_urged_act_ends_before_a_subordinate_clause() -> None:
    got = qa("Parents had encouraged the board to keep the school open after enrolment rose.")
    assert ("What had parents encouraged the board to do?", "keep the school open") in got


def test_a_that_clause_inside_a_what_to_do_question_is_skipped() -> None:
    got = qa("The mayor told reporters that the repairs were needed to keep the bridge safe.")
    assert not any(" that " in q for q, _ in got)


def test_a_reason_after_a_reported_clause_is_the_reported_clauses() -> None:
    got = qa("Coach Ivana Petrov said the match was postponed because the pitch had frozen.")
    assert got == {("Why, according to Coach Ivana Petrov, was the match postponed?",
                    "the pitch had frozen")}
    got = qa("Officials said the ferry sailed late because a crew member fell ill.")
    assert ("Why, according to officials, did the ferry sail late?",
            "a crew member fell ill") in got


def test_due_to_with_a_verb_is_a_schedule_but_with_a_noun_a_cause() -> None:
    assert qa("The two ministers are due to meet on Friday in Geneva.") == set()
    assert ("What was the delay due to?", "heavy snow on the line") in qa(
        "The delay was due to heavy snow on the line.")


def test_a_reason_after_two_joined_verbs_is_not_pinned_on_both() -> None:
    got = qa("The river rose overnight and flooded the market because of the heavy rain.")
    assert not any(q.startswith("Why did the river rise") for q, _ in got)


def test_one_thing_as_a_cause_is_not_worth_asking() -> None:
    assert not any(a == "one storm" for _, a in qa(
        "One storm damaged three schools in the valley in March."))


def test_a_possessive_name_before_a_capitalised_word_keeps_its_capital() -> None:
    assert first_lower("Moody's Investors Service", frozenset()) == "Moody's Investors Service"


def test_a_say_verb_after_an_apposition_is_not_a_subject() -> None:
    got = qa("The harbour master, Jonas Berg, said the ferry was cancelled because a storm "
             "was forecast.")
    assert not any("did said" in q or "was said" in q for q, _ in got)
    assert ("Why, according to the harbour master, was the ferry cancelled?",
            "a storm was forecast") in got


def test_first_person_words_from_a_quote_are_not_asked_about() -> None:
    got = qa("\"Our drivers are quitting because they cannot afford the rents,\" she said.")
    assert not any("our" in q.lower().split() for q, _ in got)


def test_a_speaker_explaining_his_own_act_is_asked_about_by_name() -> None:
    got = qa("Okafor said she joined the club because the coach called her personally.")
    assert ("Why did Okafor join the club?", "the coach called her personally") in got


def test_a_ranked_noun_before_to_is_not_a_purpose() -> None:
    got = qa("The ferry Nordlys was the first electric ship to cross the North Sea.")
    assert not any(a.startswith("to cross") for _, a in got)
