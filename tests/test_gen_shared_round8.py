"""Round 8, shared reading modules: verb forms, publication date lines, same-form pasts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from quiz.generate.article import read_article, without_dateline
from quiz.generate.clauses import Clause, find_clause, tokenize
from quiz.generate.entities import EntityIndex, build_entity_index
from quiz.generate.facts import AnswerKind, Article, Sentence
from quiz.generate.grammar import base_form, base_from_ing, gerund, is_past_tense, past_of
from quiz.generate.mentions import kind_of
from quiz.generate.syntax import find_clauses


@pytest.mark.parametrize(("past", "base"), [
    ("doubled", "double"), ("tripled", "triple"), ("settled", "settle"),
    ("struggled", "struggle"), ("tackled", "tackle"), ("required", "require"),
    ("acquired", "acquire"), ("owed", "owe"), ("controlled", "control"),
    ("patrolled", "patrol"), ("signalled", "signal"), ("occurred", "occur"),
    ("admitted", "admit"), ("learned", "learn"),
    # unchanged: regular stems that keep their letters
    ("called", "call"), ("installed", "install"), ("curled", "curl"), ("travelled", "travel"),
    ("boiled", "boil"), ("modeled", "model"), ("understaffed", "understaff"),
    ("bluffed", "bluff"),
])
def test_base_form_of_regular_pasts(past: str, base: str) -> None:
    assert base_form(past) == base


def test_learned_reads_as_a_past_verb() -> None:
    assert is_past_tense("learned")


@pytest.mark.parametrize(("base", "past", "ing"), [
    ("occur", "occurred", "occurring"), ("admit", "admitted", "admitting"),
    ("control", "controlled", "controlling"), ("refer", "referred", "referring"),
    ("regret", "regretted", "regretting"), ("open", "opened", "opening"),
    ("offer", "offered", "offering"), ("visit", "visited", "visiting"),
    ("ban", "banned", "banning"),
])
def test_stressed_last_syllables_double_their_consonant(base: str, past: str, ing: str) -> None:
    assert past_of(base) == past
    assert gerund(base) == ing
    assert base_from_ing(ing) == base


@pytest.mark.parametrize(("ing", "base"), [("dying", "die"), ("tying", "tie"),
                                           ("doubling", "double"), ("saying", "say"),
                                           ("ageing", "age"), ("adding", "add"),
                                           ("agreeing", "agree"), ("queueing", "queue")])
def test_base_from_ing(ing: str, base: str) -> None:
    assert base_from_ing(ing) == base


def _article(tmp_path: Path, header: str, body: str = "The mill reopened on Monday.") -> Path:
    path = tmp_path / "story.txt"
    path.write_text(f"Mill reopens after repairs\n\n{header}\n\n{body}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("header", "day"), [
    ("Published 09:15, Tuesday 3 March 2026 | Updated 17:40, Tuesday 3 March 2026",
     dt.date(2026, 3, 3)),
    ("Updated 11:02, Friday 6 March 2026 | Published 08:30, Thursday 5 March 2026",
     dt.date(2026, 3, 5)),
    ("Posted 7 May 2025 • Last updated 9 May 2025", dt.date(2025, 5, 7)),
    ("June 2, 2025 / 7:05 AM / Updated 3 hours ago", dt.date(2025, 6, 2)),
    ("2025-06-02T07:05:00Z", dt.date(2025, 6, 2)),
    ("Published 2025-06-02T07:05:00+02:00", dt.date(2025, 6, 2)),
    ("June 2, 2025 at 7:05 a.m. ET", dt.date(2025, 6, 2)),
])
def test_a_header_line_with_two_dates_gives_the_publication_date(
        tmp_path: Path, header: str, day: dt.date) -> None:
    article = read_article(_article(tmp_path, header))
    assert article.published == day
    assert all("Published" not in s.text and "Posted" not in s.text for s in article.sentences)


def test_a_header_line_with_two_dates_and_words_is_text(tmp_path: Path) -> None:
    article = read_article(_article(
        tmp_path, "The mill closed on 3 March 2026 and reopened on 9 March 2026."))
    assert article.published is None


def _clause(text: str) -> Clause | None:
    tokens = tokenize(text)
    return find_clause(tokens, text, 0, len(tokens))


def test_a_same_form_past_after_a_plural_in_a_past_sentence() -> None:
    clause = _clause("Dockers shut the northern terminal for two days last month.")
    assert clause is not None and clause.base == "shut" and clause.subject == "dockers"
    said = _clause("Growers set a minimum price of 40 cents, the cooperative said.")
    assert said is not None and said.base == "set"


def test_a_same_form_verb_after_a_plural_in_a_present_sentence_is_not_read() -> None:
    assert _clause("Growers set a minimum price every spring.") is None
    assert _clause("Rising costs hit the smallest bakeries hardest.") is None


def _index(*texts: str) -> EntityIndex:
    articles = [Article(file=f"{i}.txt", title="T", sentences=(Sentence(0, text),))
                for i, text in enumerate(texts)]
    return build_entity_index(articles, [])


def test_a_place_or_an_adjective_alone_is_no_variant_of_a_surname() -> None:
    idx = _index("Harbour master Nuno Pires said the ferry would sail at noon.",
                 "Dockworkers in Piraeus walked out on Monday.",
                 "Archaeologist Meera Raman led the excavation.",
                 "A Roman villa was found under the car park.")
    assert not idx.same("Piraeus", "Nuno Pires")
    assert not idx.same("Roman", "Meera Raman")
    assert "Piraeus" not in idx.aliases("Nuno Pires")


def test_surnames_with_other_endings_are_other_people() -> None:
    idx = _index("Coach Lucas Ferreira praised the defence.",
                 "Referee Lucas Ferrer sent off two players.",
                 "Striker Dario Roman scored twice.", "Goalkeeper Dario Romano was injured.")
    assert not idx.same("Lucas Ferreira", "Lucas Ferrer")
    assert not idx.same("Dario Roman", "Dario Romano")


def test_a_long_transliterated_surname_alone_still_joins() -> None:
    idx = _index("Opposition leader Farhad Suleimanov addressed the rally.",
                 "Suleymanov has denied the charges.")
    assert idx.same("Suleymanov", "Farhad Suleimanov")


@pytest.mark.parametrize(("text", "subject", "verb"), [
    ("Tomas Brandt, leader of the Green group, accused the mayor of breaking his promise.",
     "Tomas Brandt", "accused"),
    ("Ines Moreau, chair of the residents' association, said the plan would be challenged.",
     "Ines Moreau", "said"),
    ("Omar Haddad, owner of the bakery, said sales had halved.", "Omar Haddad", "said"),
    ("Kofi Mensah, former head of the port authority, denied the claims.", "Kofi Mensah",
     "denied"),
])
def test_a_name_with_a_bare_role_in_apposition_is_a_subject(text: str, subject: str,
                                                            verb: str) -> None:
    found = [(c.subject, c.group.main) for c in find_clauses(text)]
    assert (subject, verb) in found


@pytest.mark.parametrize(("dateline", "day"), [
    ("OSLO, March 3, 2026 (Reuters) - ", dt.date(2026, 3, 3)),
    ("NAIROBI, Kenya, Sept. 14 2025 (AP) — ", dt.date(2025, 9, 14)),
])
def test_a_wire_dateline_with_its_year_dates_the_story(tmp_path: Path, dateline: str,
                                                        day: dt.date) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(f"Ferry strike ends\n\n{dateline}Ferry crews returned to work on "
                    "Tuesday after a four-day strike.\n\nTimetables will be back to normal "
                    "by Friday.\n", encoding="utf-8")
    article = read_article(path)
    assert article.published == day
    assert without_dateline(article.sentences[1].text).startswith("Ferry crews returned")


def test_a_participle_after_a_comma_opens_its_own_clause() -> None:
    found = [(c.subject, c.group.text) for c in find_clauses(
        "The storm closed the bridge for a week, meaning the ferries were the only link.")]
    assert ("the ferries", "were") in found
    assert all(not subject.startswith("meaning") for subject, _ in found)
    assert [(c.subject, c.group.text) for c in find_clauses(
        "Warning lights were ignored for months.")] == [("Warning lights", "were ignored")]


def test_an_adverb_after_a_modal_is_not_the_main_verb() -> None:
    found = {c.subject: c.group for c in find_clauses(
        "The families that can least afford it will pay the most.")}
    assert all(group.main != "least" for group in found.values())


@pytest.mark.parametrize("name", ["COVID-19", "H5N1", "MH17", "A320"])
def test_a_code_in_capitals_with_digits_is_no_organisation(name: str) -> None:
    assert kind_of(name) is None


def test_capitals_without_digits_still_name_organisations() -> None:
    assert kind_of("NATO") is AnswerKind.ORGANISATION
    assert kind_of("WHO") is AnswerKind.ORGANISATION


def test_a_name_ending_in_air_is_an_airline_not_a_person() -> None:
    assert kind_of("Finch Air") is AnswerKind.ORGANISATION
    idx = _index("Finch Air cancelled 40 flights on Friday.",
                 "Finch Air said the strike would cost it millions.")
    assert "Air" not in idx.aliases("Finch Air")


def test_a_year_set_against_next_year_dates_an_undated_wire_story(tmp_path: Path) -> None:
    path = tmp_path / "rates.txt"
    path.write_text("Bank holds rates\n\nOSLO, March 6 (Reuters) - The central bank kept its "
                    "main rate at 4.5% on Thursday, as expected.\n\nIt expects growth of 1.1% in "
                    "2025 and 1.6% next year.\n", encoding="utf-8")
    assert read_article(path).published == dt.date(2025, 3, 6)  # a Thursday
    path.write_text("Bank holds rates\n\nOSLO, March 6 (Reuters) - The central bank kept its "
                    "main rate at 4.5% on Friday, as expected.\n\nIt expects growth of 1.1% in "
                    "2025 and 1.6% next year.\n", encoding="utf-8")
    assert read_article(path).published is None  # (6 March 2025 was no Friday)


def test_last_is_a_past_cue_only_before_a_time() -> None:
    assert _clause("Volunteers cut the grass on Sunday last week.") is not None
    assert _clause("Volunteers cut the last remaining hedges every spring.") is None


def test_a_short_month_before_a_number_is_a_date_not_a_name() -> None:
    from quiz.generate.mentions import find_mentions

    assert find_mentions("The company expects the ferry to sail again on Oct. 29.") == []
    assert [m.name for m in find_mentions("Jan Novak said the Sept 3 vote was lost.")] == [
        "Jan Novak"]
