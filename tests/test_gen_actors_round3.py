"""Actor cards, round 3: a question is specific in a deck of many articles (a bare "the plan"
is named or not asked; talks name both sides). Sentences written for these tests."""

from __future__ import annotations

from quiz.generate.actor_bare import specified
from tests.test_gen_actors_round2 import qa


def test_a_bare_object_leaves_only_the_sentence_cloze() -> None:
    got = qa("The Harbour Workers Union criticised the plan and said it would hurt families "
             "who rely on the ferry.")
    assert not any("criticised the plan" in q for q, _ in got)
    assert ("", "Harbour Workers Union") in got


def test_a_short_sentence_with_a_bare_object_gives_no_card() -> None:
    assert qa("The Harbour Workers Union criticised the plan.") == set()


def test_a_bare_thing_is_named_from_a_sentence_before() -> None:
    got = qa("The agency delayed the launch of its Lumen telescope by a year.",
             "The telescope was built by the Swiss firm Optika.")
    assert ("Which Swiss firm built the Lumen telescope?", "Optika") in got


def test_a_naming_that_holds_the_answer_is_not_used() -> None:
    got = qa("Shares fell after a Novis-led trial found that the pill had no effect.")
    assert not any("Novis" in q for q, _ in got)


def test_a_bare_owner_is_not_asked() -> None:
    got = qa("Deloitte is reviewing the club's accounts because of concerns about its debts.")
    assert not any("club's accounts" in q for q, _ in got)


def test_a_post_without_its_body_is_not_asked() -> None:
    got = qa("Novak, a former banker, became chief executive in 2021 after the founder retired.")
    assert not any(q.startswith("Who became chief executive") for q, _ in got)


def test_a_name_or_number_in_the_question_keeps_it() -> None:
    got = qa("Rovers sold midfielder Tom Hale to Celtic to raise money for the deal.")
    assert any("Celtic" in q and a == "Tom Hale" for q, a in got)


def test_a_short_question_with_nothing_particular_is_not_asked() -> None:
    got = qa("Moreau denied any wrongdoing.", "Kessler signed a three-year contract.")
    assert not any(q for q, _ in got)


def test_a_day_alone_does_not_tell_the_event() -> None:
    assert specified("Which body approved the new schedule on Tuesday", "Which body", "EU",
                     ["x"]) is None
    assert specified("Which body approved the new schedule on 4 May", "Which body", "EU",
                     ["x"]) is not None


def test_talks_name_their_other_side() -> None:
    got = qa("Talks with Northfield broke down last summer over the site of a new cancer "
             "centre.")
    assert ("", "Northfield") in got
    got = qa("Saint Anne's talks with Northfield broke down last summer over the site of a new "
             "cancer centre.")
    assert ("With which organisation did Saint Anne's talks break down last summer over the "
            "site of a new cancer centre?", "Northfield") in got


def test_a_verb_after_an_inverted_subject_is_not_its_head() -> None:
    assert specified("Which firm did the agency choose a bid from", "Which firm", "Calder",
                     ["The rail agency, the Nordic Transit Agency, chose a rival bid."]) == \
        "Which firm did the Nordic Transit Agency choose a bid from"


def test_a_role_with_nothing_particular_done_is_not_asked() -> None:
    got = qa("Governor Ana Reyes declared a state of emergency on Sunday, freeing money for the "
             "rescue effort.")
    assert not any(q.startswith("Which governor") for q, _ in got)
    got = qa("Governor Ana Reyes declared a state of emergency in Sonora on Sunday.")
    assert ("Which governor declared a state of emergency in Sonora on Sunday?",
            "Ana Reyes") in got


def test_a_short_statement_with_nothing_particular_is_not_asked() -> None:
    got = qa("Lena Holt, the union's secretary, said members had not been consulted and warned "
             "of more strikes.")
    assert not any(q.startswith("Who said members had not been consulted") for q, _ in got)
    got = qa("Lena Holt said members had not been consulted about the 2026 budget.")
    assert any(q.startswith("Who said members had not been consulted about the 2026 budget")
               for q, _ in got)
