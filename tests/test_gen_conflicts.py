"""Conflicts: two articles stating different values for the same fact, and only then."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate.conflicts import (
    content_words, dates_differ, lemma, named_entities, number_interval,
)
from quiz.generate.facts import AnswerKind, Fact, Sentence
from quiz.generate.pipeline import generate
from quiz.model import Card, Category

BRIDGE_A = """Bridge repairs in Northfield
Published 20 May 2022

The Northfield Bridge Authority began negotiations with Delta Steel on 14 March 2022 to repair \
the old river bridge. The Northfield Bridge Authority began repairs on the east tower in 2019.
"""
BRIDGE_B = """Northfield bridge deal
Published 3 June 2022

The Northfield Bridge Authority started talks with Delta Steel last August to repair the old \
river bridge. The Northfield Bridge Authority began talks with Delta Steel about the new ferry \
in 2016. Harbor Rowing Club opened its new boathouse in 2015.
"""


def _cards(folder: Path) -> list[Card]:
    [deck] = [d for d in generate([folder]).decks if d.id.endswith("-all")]
    return list(deck.cards)


def test_a_paraphrased_event_with_another_date_is_a_conflict(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BRIDGE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BRIDGE_B, encoding="utf-8")
    cards = _cards(tmp_path)
    flagged = {(c.source.file, c.answer): c.conflict for c in cards  # type: ignore[union-attr]
               if c.conflict and c.type.value != "cloze"}
    # "began negotiations ... on 14 March 2022" and "started talks ... last August" (resolved
    # against the publication date: August 2021) are the same event, dated differently
    assert set(flagged) == {("a.txt", "14 March 2022"), ("b.txt", "August 2021")}
    [other] = flagged[("a.txt", "14 March 2022")]
    assert (other.file, other.value) == ("b.txt", "August 2021")
    assert other.sentence.startswith("The Northfield Bridge Authority started talks")
    [other] = flagged[("b.txt", "August 2021")]
    assert (other.file, other.value) == ("a.txt", "14 March 2022")


def test_other_events_of_the_same_actors_are_not_conflicts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BRIDGE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BRIDGE_B, encoding="utf-8")
    for card in _cards(tmp_path):
        if any(word in card.question for word in ("ferry", "tower", "boathouse")):
            assert not card.conflict, card  # the repairs of 2019, the ferry talks of 2016


def test_a_figure_conflicts_only_beyond_its_qualifier(tmp_path: Path) -> None:
    for name, figure in (("a", "340"), ("b", "about 340"), ("c", "900")):
        (tmp_path / f"{name}.txt").write_text(
            f"Steel jobs\n\nDelta Steel hired {figure} workers for the Northfield bridge "
            "repairs.\n", encoding="utf-8")
    asked = {c.source.file: c for c in _cards(tmp_path)  # type: ignore[union-attr]
             if c.question.startswith("How many workers")}
    assert {k.value for k in asked["c.txt"].conflict} == {"340", "about 340"}
    assert [k.value for k in asked["a.txt"].conflict] == ["900"]  # not "about 340"
    assert [k.value for k in asked["b.txt"].conflict] == ["900"]


def test_the_same_value_in_other_words_is_not_a_conflict(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Museum\n\nThe Harbor Art Museum opened its sculpture garden in May 2019. The Harbor "
        "Art Museum hired 40 guides for the sculpture garden.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Garden\n\nThe Harbor Art Museum launched its sculpture garden on 12 May 2019. The "
        "Harbor Art Museum hired about 40 guides for the sculpture garden.\n", encoding="utf-8")
    cards = _cards(tmp_path)
    assert any(c.question.startswith("How many guides") for c in cards)
    assert not any(c.conflict for c in cards)


def test_seed_articles_disagree_on_when_the_talks_began() -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    flagged = {(c.source.file[:3], c.answer, tuple((k.file[:3], k.value) for k in c.conflict))  # type: ignore[union-attr]
               for c in _cards(seeds) if c.conflict and c.type.value != "cloze"}
    # one article gives a full date for the first round of formal talks, another says they
    # began "last month" relative to its publication date (8 February 2024)
    assert ("002", "May 30, 2021", (("003", "January 2024"),)) in flagged
    assert ("003", "January 2024", (("002", "May 30, 2021"),)) in flagged


def test_dates_are_compared_at_the_precision_both_state() -> None:
    assert not dates_differ("2021-05", "2021-05-30")
    assert not dates_differ("--10-07", "2023-10-07")
    assert not dates_differ("2021", "2021-05-30")
    assert not dates_differ("--10", "2023-10-07")
    assert dates_differ("2021-05-30", "2024-01")
    assert dates_differ("2021-05-30", "2021-05-31")
    assert dates_differ("--10-07", "2023-10-08")
    assert not dates_differ("2014/2017", "2015")  # a range is never said to differ
    assert not dates_differ("2023-summer", "2023-07")


@settings(max_examples=40, deadline=None)
@given(st.dates(), st.dates())
def test_date_difference_is_symmetric_and_reflexive(a: object, b: object) -> None:
    x, y = a.isoformat(), b.isoformat()  # type: ignore[attr-defined]
    assert dates_differ(x, y) == dates_differ(y, x) == (x != y)
    assert not dates_differ(x, x[:7]) and not dates_differ(x[:4], x)


def _figure(answer: str, value: str) -> Fact:
    return Fact(category=Category.FIGURE, kind=AnswerKind.COUNT, article="a.txt",
                sentence=Sentence(0, answer), question="", answer=answer, value=value)


def test_number_qualifiers_give_intervals() -> None:
    assert number_interval(_figure("2,500", "2500")) == (2500, 2500)
    assert number_interval(_figure("more than 60", "~60")) == (60, float("inf"))
    assert number_interval(_figure("fewer than 10", "~10")) == (0, 10)
    low, high = number_interval(_figure("about 2,500", "~2500"))  # type: ignore[misc]
    assert low < 2500 < high
    assert number_interval(_figure("two- to five-year", "2/5")) is None
    assert number_interval(_figure("nearly 40", "~40")) == (32, 40)  # not 10, not 45


def test_words_are_lemmatised_and_synonyms_merged() -> None:
    assert lemma("announced") == lemma("announces") == lemma("announce")
    assert lemma("began") == lemma("begin") == lemma("begins")
    assert lemma("talks") == lemma("talk") and lemma("died") == lemma("die")
    assert content_words("injuries") == content_words("injured") == content_words("wounded")
    first = content_words("When did the club begin negotiations with the city?")
    second = content_words("When did the club start talks with the city?")
    assert first == second
    assert content_words("How many soldiers were killed?") == \
        content_words("How many troops died?")


def test_named_entities_are_put_in_one_spelling() -> None:
    names, words = named_entities("When did Washington and Baghdad announce the start of "
                                  "talks on the anti-ISIS coalition in Iraq?")
    assert names == {"united states", "iraq"}  # capitals name their countries; modifiers skip
    assert "isis" in words
    names, _ = named_entities("When did Iraqi-Syrian negotiations begin under President Joe "
                              "Biden?")
    assert names == {"iraq", "syria", "joe biden"}  # demonyms name countries; titles end names
    names, _ = named_entities("How many workers did Delta Steel hire?",
                              canonical=lambda name: "Delta Steel Company")
    assert names == {"delta steel company"}


def test_numbers_in_the_questions_tell_events_apart(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Storms\n\nThe storm of March 2019 destroyed 120 homes in Lisbon.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Storms\n\nThe storm of March 2021 destroyed 300 homes in Lisbon.\n", encoding="utf-8")
    cards = _cards(tmp_path)
    assert any(c.question.startswith("How many homes") for c in cards)
    assert not any(c.conflict for c in cards)


def test_a_conflicting_value_is_never_stated_as_settled(tmp_path: Path) -> None:
    # A cloze or a true/false statement would teach its article's date as the fact; only a
    # question that names whose account it asks is written for a conflicting value.
    (tmp_path / "a.txt").write_text(BRIDGE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BRIDGE_B, encoding="utf-8")
    flagged = [c for c in _cards(tmp_path) if c.conflict]
    assert flagged
    assert all(c.type.value in ("typed", "choice", "recall") for c in flagged), flagged
    assert all("according to" in c.question for c in flagged), flagged
