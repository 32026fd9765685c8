"""Cause questions, round 4: connectives fire whatever stands between a subject and its verb
(a day, a manner adverb), after a ruling, inside ", saying X" and before a quotation; a decision
followed by ", saying X" is asked why."""

from __future__ import annotations

from quiz.generate.causes import extract_causes
from quiz.generate.facts import Article, Fact, Sentence


def facts(*texts: str) -> list[Fact]:
    return extract_causes(Article(file="a.txt", title="T",
                                  sentences=tuple(Sentence(i, t) for i, t in enumerate(texts))))


def qa(*texts: str) -> set[tuple[str, str]]:
    return {(f.question, f.answer) for f in facts(*texts)}


def test_after_a_ruling_is_a_cause() -> None:
    got = qa("The gallery will return six paintings to Poland after a Dutch appeals court ruled "
             "on Friday that they had been seized by occupying troops.")
    assert ("Why will the gallery return six paintings to Poland?",
            "a Dutch appeals court ruled on Friday that they had been seized by occupying "
            "troops") in got
    # a time, not a ruling, still only dates a return
    assert not qa("The striker will return to the squad after the international break ends.")


def test_a_manner_adverb_inside_the_verb_group() -> None:
    got = qa("The goalkeeper was provisionally banned by the league after a blood sample showed "
             "traces of a prohibited stimulant.")
    assert ("Why was the goalkeeper provisionally banned by the league?",
            "a blood sample showed traces of a prohibited stimulant") in got
    assert any(q.startswith("Why had the bridge been badly damaged") for q, _ in qa(
        "The bridge had been badly damaged because the river carried whole trees into it."))


def test_a_day_between_subject_and_verb_is_not_the_subject() -> None:
    got = qa("The city council on Monday rejected the stadium plan, saying the club had not "
             "shown how it would pay for new roads.")
    assert ("Why did the city council reject the stadium plan?",
            "the club had not shown how it would pay for new roads") in got
    # "the end of last month" is the subject's own time
    assert ("What resulted in the closure of the mine?",
            "A flood at the end of last month") in qa(
        "A flood at the end of last month resulted in the closure of the mine.")


def test_a_decision_saying_why() -> None:
    got = qa("The telecoms regulator blocked the sale of the network to a rival operator, "
             "saying the deal would have raised prices for rural customers.")
    assert ("Why did the telecoms regulator block the sale of the network to a rival operator?",
            "the deal would have raised prices for rural customers") in got
    # a report after ", saying" is read for its own connectives
    got = qa("The mayor closed the bridge on Tuesday, saying repairs were needed so that lorries "
             "could cross it safely.")
    assert ("Why were repairs needed?", "so that lorries could cross it safely") in got


def test_a_reason_opening_a_quotation() -> None:
    got = qa("The head teacher said the pupils were sent home \"because the heating had failed "
             "overnight\".")
    assert any(a == "the heating had failed overnight" for _, a in got)
