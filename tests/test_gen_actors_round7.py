"""Actor cards, round 7: a post still held ("Who is"), a named body's post before a name, the
full name for a surname, an owned thing cut before a time, and a made-to-act predicate cut
before the cause's own verb. Sentences written for these tests."""

from __future__ import annotations

from gen_support import actor_facts, actor_qa as qa


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


def _index(*texts: str):  # type: ignore[no-untyped-def]
    from gen_support import article
    from quiz.generate.entities import build_entity_index

    return build_entity_index([article(text) for text in texts], [])


def test_a_body_named_by_ordinary_words_joins_no_longer_name() -> None:
    index = _index("The Danish Competition Authority fined Arla Dairy on Monday.",
                   "The Competition Authority opened a case against Nordic Air on Friday.")
    assert not index.same("Danish Competition Authority", "Competition Authority")


def test_an_ordinary_word_is_no_short_name_of_a_body() -> None:
    index = _index("The Harbour Heritage Fund gave Nordic Air a grant.",
                   "Heritage groups and Air traffic controllers objected on Friday.")
    assert not index.same("Heritage", "Harbour Heritage Fund")
    assert not index.same("Air", "Nordic Air")


def test_a_distinct_name_inside_a_longer_one_still_joins() -> None:
    index = _index("The Iranian Revolutionary Guard Quds Force moved troops.",
                   "The Quds Force said it had moved troops.")
    assert index.same("Iranian Revolutionary Guard Quds Force", "Quds Force")


def test_its_post_names_the_body_the_sentence_before_opens_with() -> None:
    got = qa("Kestrel Ferries said on Monday it would refund every passenger.",
             "Its chief executive, Maren Holt, apologised to customers and promised a full "
             "review of the booking system by March.")
    assert ("Who is the chief executive of Kestrel Ferries?", "Maren Holt") in got


def test_its_post_after_a_person_is_not_asked() -> None:
    got = qa("Lena Brandt said on Monday the line would reopen.",
             "Its chief engineer, Tomas Ek, said repairs would take a week.")
    assert not any("chief engineer" in q and "its" in q.lower() for q, _ in got)


def test_a_body_a_place_owns_answers_with_its_owner() -> None:
    got = {f.answer: f for f in actor_facts(
        "Vermont's Department of Forests sent 12 rangers to the Green Ridge fire on Sunday.")}
    fact = got.get("Vermont's Department of Forests")
    assert fact is not None and "Department of Forests" in fact.accept
    assert not any(form.startswith("the Vermont") for form in fact.accept)


def test_a_short_statement_keeps_the_speakers_second_act() -> None:
    got = qa("The Nordic Pilots Union said it opposed the new rosters and urged Skyline Air to "
             "reopen talks before Easter.")
    assert ("Which organisation said it opposed the new rosters and urged Skyline Air to reopen "
            "talks?", "Nordic Pilots Union") in got


def test_a_body_described_by_its_kind_and_place_in_a_subject_aside() -> None:
    got = qa("The Riverside Festival opened on Friday.",
             "The festival's opening act, the Dublin band Silver Harbour, withdrew on Thursday "
             "citing a broken wrist, the organisers said.")
    assert ("Which band withdrew on Thursday citing a broken wrist?", "Silver Harbour") in got


def test_an_organiser_role_before_a_body_and_before_a_person() -> None:
    from quiz.generate.mentions import find_mentions

    body = find_mentions("Organiser Lakeview Concerts announced the decision on Friday.")
    person = find_mentions("Organiser Maria Costa announced the decision on Friday.")
    assert [(m.name, m.kind.value if m.kind else None) for m in body] == [
        ("Lakeview Concerts", "organisation")]
    assert [(m.name, m.kind.value if m.kind else None) for m in person] == [
        ("Maria Costa", "person")]
