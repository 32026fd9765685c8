"""Actor cards, round 7: a post still held ("Who is"), a named body's post before a name, the
full name for a surname, an owned thing cut before a time, and a made-to-act predicate cut
before the cause's own verb. Sentences written for these tests."""

from __future__ import annotations

from gen_support import actor_qa as qa


def test_a_post_named_beside_a_speaker_still_holds() -> None:
    got = qa("The Vestby Harbour Board met on Monday.",
             "\"The pier will reopen in spring,\" said Oskar Lind, the board's chairman.")
    assert any(q.startswith("Who is the chairman") and a == "Oskar Lind" for q, a in got)


def test_a_post_of_someone_killed_is_asked_in_the_past() -> None:
    got = qa("The raid killed Omar Sayed, the commander of the Northern Brigade, and two guards.")
    assert not any(q.startswith("Who is the commander") for q, _ in got)


def test_a_named_bodys_post_before_a_name_is_asked() -> None:
    got = qa("Kestrel Foods' finance director, Ruth Amadi, said profits had doubled.",
             "Norway's fisheries minister, Erik Dahl, welcomed the quota but said stocks were "
             "still falling.")
    assert ("Who is Norway's fisheries minister?", "Erik Dahl") in got


def test_a_days_winner_is_no_post() -> None:
    got = qa("Saturday's winner, Tomas Berg, said the course had been hard.")
    assert not any("Saturday's winner" in q for q, _ in got)


def test_a_surname_answers_with_the_full_name_the_article_gives() -> None:
    got = qa("The museum's curator, Ingrid Solberg, opened the exhibition on Friday.",
             "\"Visitors are coming from every corner of the country,\" Solberg said, adding that "
             "tickets had sold out.")
    assert any(q.startswith("Who said") and a == "Ingrid Solberg" for q, a in got)
    assert not any(a == "Solberg" for _, a in got)


def test_two_people_with_one_surname_keep_the_surname() -> None:
    got = qa("Anna Weber and Paul Weber founded the bakery in 1990.",
             "\"Bread is our life,\" Weber said.")
    assert not any(q.startswith("Who said") and " " in a for q, a in got)


def test_an_owned_thing_ends_before_a_time() -> None:
    got = qa("The Lakeside Transit Board opened a new depot last year.",
             "Mayor Clara Jensen chaired the meeting.",
             "The council will debate the board's safety record next week, Jensen said.")
    assert not any("record next of" in q for q, _ in got)


def test_a_made_to_act_predicate_stops_at_the_causes_own_verb() -> None:
    got = qa("The flooding forced Northline Railways to suspend services on four lines and "
             "caused delays of up to two hours across the region.")
    assert not any("caused delays" in q for q, a in got if a == "Northline Railways")
