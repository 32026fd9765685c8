"""Round 9b reading: numeric date lines, plural present clauses, quantities as subjects,
numbered things that are no names, bare roles after "as"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from quiz.generate.article import read_article
from quiz.generate.grammar import question_predicate
from quiz.generate.mentions import find_mentions
from quiz.generate.syntax import find_clauses, trim_predicate


def _published(tmp_path: Path, line: str) -> dt.date | None:
    path = tmp_path / "story.txt"
    path.write_text(f"Library reopens after flood repairs\n\n{line}\n\n"
                    "The library reopened on Tuesday. Readers queued outside.\n")
    return read_article(path).published


@pytest.mark.parametrize(("line", "expected"), [
    ("14/10/2026", dt.date(2026, 10, 14)),
    ("14.10.2026", dt.date(2026, 10, 14)),
    ("2026/10/14", dt.date(2026, 10, 14)),
    ("10/14/2026", dt.date(2026, 10, 14)),  # only month first makes a date
    ("Published: 14/10/2026 09:12", dt.date(2026, 10, 14)),
    ("By Jane Roe | 03.02.2026", dt.date(2026, 2, 3)),
    ("Monday 05/10/2026", dt.date(2026, 10, 5)),  # the weekday chooses the order
    ("Sunday, 05/10/2026", dt.date(2026, 5, 10)),
    ("2026-05-14", dt.date(2026, 5, 14)),
    ("Oct 14, 2026 8:02 AM ET", dt.date(2026, 10, 14)),
])
def test_a_date_line_in_figures_dates_the_story(tmp_path: Path, line: str,
                                                expected: dt.date) -> None:
    assert _published(tmp_path, line) == expected


def test_a_date_in_figures_read_both_ways_without_a_weekday_dates_nothing(
        tmp_path: Path) -> None:
    assert _published(tmp_path, "05/10/2026") is None


def _clauses(text: str) -> list[tuple[str, str]]:
    return [(c.subject, c.group.text) for c in find_clauses(text)]


@pytest.mark.parametrize(("text", "subject", "verb"), [
    ("Tourists visit the old harbour every summer.", "Tourists", "visit"),
    ("Farmed trout usually stay in the lower pools.", "Farmed trout", "usually stay"),
    ("Commuters now pay twice as much for a season ticket.", "Commuters", "now pay"),
    ("About 11,000 passengers hold tickets for the cancelled flights.",
     "About 11,000 passengers", "hold"),
    ("More than 300 nurses work at the children's hospital.", "More than 300 nurses", "work"),
])
def test_a_plural_subject_with_a_present_verb_is_a_clause(text: str, subject: str,
                                                          verb: str) -> None:
    assert (subject, verb) in _clauses(text)


@pytest.mark.parametrize("text", [
    "The bus drivers strike ended after two days.",  # a noun, another verb follows
    "Inspectors checked luggage and parcels in case the smugglers try again.",
    "Burgundy's top wines already sell for record sums.",  # asked "Whose ...?" singular
])
def test_no_plural_present_clause_where_the_words_are_no_clause(text: str) -> None:
    assert not any(verb in {"strike", "try again", "try", "already sell", "sell"}
                   for _, verb in _clauses(text))


def test_a_plural_present_question_asks_with_do() -> None:
    clause = next(c for c in find_clauses("Tourists visit the old harbour every summer."))
    assert question_predicate("tourists", clause.group, "the old harbour") == \
        "do tourists visit the old harbour"


@pytest.mark.parametrize(("text", "subject"), [
    ("Some 2,000 stranded passengers waited at the terminal.", "Some 2,000 stranded passengers"),
    ("48,000 farmed salmon escaped from the pen on Sunday.", "48,000 farmed salmon"),
    ("About 600 injured fans were treated at the ground.", "About 600 injured fans"),
])
def test_a_participle_between_a_number_and_its_noun_is_no_verb(text: str,
                                                               subject: str) -> None:
    assert _clauses(text)[0][0] == subject


def test_a_year_before_a_past_verb_stays_in_the_subject() -> None:
    text = "A review by the Audit Office in 2019 found that half the bridges needed repair."
    assert _clauses(text)[0] == ("A review by the Audit Office in 2019", "found")


@pytest.mark.parametrize("text", [
    "Police closed Route 35 after the landslide.",
    "Passengers at Terminal 2 waited for hours.",
])
def test_a_word_with_its_number_is_one_name_of_no_kind(text: str) -> None:
    found = [(m.name, m.kind) for m in find_mentions(text)]
    assert ("Route 35", None) in found or ("Terminal 2", None) in found


def test_a_score_still_names_its_teams() -> None:
    def kinds(text: str) -> dict[str, object]:
        return {m.name: m.kind for m in find_mentions(text)}

    assert kinds("It ended Chelsea 2 Arsenal 1.") == kinds("It ended Chelsea or Arsenal.")


@pytest.mark.parametrize(("rest", "expected"), [
    ("agreed to stay on as coach until the end of the season.", "agreed to stay on as coach"),
    ("was appointed as head of the trust in 2019.", "was appointed as head of the trust in 2019"),
    ("rose as prices continued to climb.", "rose"),
])
def test_a_bare_role_after_as_stays_in_the_predicate(rest: str, expected: str) -> None:
    assert trim_predicate(rest) == expected


def _date_questions(text: str) -> dict[str, str]:
    from gen_support import article

    from quiz.generate.pipeline import extract_facts

    return {f.answer: f.question for f in extract_facts(article(text))
            if f.category.value == "date"}


@pytest.mark.parametrize(("text", "answer", "question"), [
    ("The leak was discovered on Tuesday.", "Tuesday", "On what day was the leak discovered?"),
    ("The fraud was uncovered in March 2025 by auditors.", "March 2025",
     "When was the fraud uncovered by auditors?"),
])
def test_a_passive_of_a_verb_of_finding_is_asked(text: str, answer: str,
                                                 question: str) -> None:
    assert _date_questions(text)[answer] == question


@pytest.mark.parametrize(("text", "answer"), [
    ("Ministers will act if the cuts are confirmed by June 2026.", "June 2026"),
])
def test_a_passive_in_a_condition_or_after_an_aside_is_not_asked(text: str,
                                                                  answer: str) -> None:
    assert _date_questions(text).get(answer, "") == ""


def test_a_passive_after_an_aside_asks_the_whole_subject() -> None:
    # (round 10: "About 300 residents" is the subject, no introductory phrase, so the aside
    # "a village near the coast" is no longer read as the subject)
    assert _date_questions("About 300 residents of Elmford, a village near the coast, were "
                           "told on 3 May 2026 to leave their homes.")["3 May 2026"] == \
        "On what date were about 300 residents of Elmford told to leave their homes?"


@pytest.mark.parametrize(("text", "person"), [
    ("Ewan Baird of the Lowland Rivers Trust said the fish had gone.", "Ewan Baird"),
    ("Priya Nair of the Clean Streets Campaign called it a start.", "Priya Nair"),
])
def test_a_person_of_a_trust_or_campaign_is_the_person(text: str, person: str) -> None:
    assert (person, "person") in [(m.name, m.kind) for m in find_mentions(text)]


def test_a_body_of_the_form_x_of_the_y_trust_stays_whole() -> None:
    assert [m.name for m in find_mentions("The Friends of the Earth Trust said so.")] == [
        "Friends of the Earth Trust"]


def test_cannot_is_a_verb_group_asked_with_can_not() -> None:
    clause = find_clauses("The club cannot afford the new stadium.")[0]
    assert (clause.subject, clause.group.main) == ("The club", "afford")
    assert question_predicate("the club", clause.group, "the new stadium") == \
        "can the club not afford the new stadium"


def test_a_date_after_a_second_event_noun_is_not_asked_of_the_first() -> None:
    questions = _date_questions("Police blame the rise in burglaries on the closure of the "
                                "town's station in March 2025.")
    assert "rise" not in questions.get("March 2025", "")
    assert _date_questions("The attack on the embassy in March 2025 killed four guards.")[
        "March 2025"] == "When did the attack on the embassy kill four guards?"


@pytest.mark.parametrize(("text", "name"), [
    ("Coach Lee Min-ho said the team had trained hard.", "Lee Min-ho"),
    ("The judge, Choi Ji-woo, 58, dismissed the appeal.", "Choi Ji-woo"),
    ("Talks with Kim Jong-un failed.", "Kim Jong-un"),
])
def test_a_hyphenated_given_name_stays_in_the_name(text: str, name: str) -> None:
    assert name in [m.name for m in find_mentions(text)]


@pytest.mark.parametrize("text", [
    "The Oslo-based firm Nordlys said so.",
    "The Kremlin-backed group Volna said so.",
])
def test_a_hyphenated_adjective_is_no_given_name(text: str) -> None:
    assert not any("-" in m.name for m in find_mentions(text))


def test_an_office_before_its_holder_in_commas_is_no_organisation() -> None:
    text = "Norway's Minister for Fisheries, Ola Dahl, told parliament the quota would be cut."
    kinds = {m.name: m.kind for m in find_mentions(text)}
    assert kinds["Minister for Fisheries"] is None
    assert kinds["Ola Dahl"] is not None
    alone = find_mentions("The State Prosecutor for Serious Economic Crime said so.")
    assert alone[0].kind is not None  # an office named alone is a body


@pytest.mark.parametrize(("text", "answer", "question"), [
    ("Police said that the bridge, which was built in 1962, would close next month.", "1962",
     "In what year was the bridge built?"),
    ("Officials confirmed that the stadium, which opened in 1998, will be demolished.",
     "1998", "In what year did the stadium open?"),
])
def test_the_that_of_a_report_is_no_relative_pronoun(text: str, answer: str,
                                                     question: str) -> None:
    assert _date_questions(text)[answer] == question


def test_an_event_noun_before_its_object_is_a_verb_not_an_event() -> None:
    questions = _date_questions("Tourists visit the castle in July 2026 because the gardens "
                                "open then.")
    assert "visit the castle" not in questions.get("July 2026", "")


def test_an_opening_since_and_its_time_are_no_part_of_the_subject() -> None:
    for text in ("Since then the council has spent £2 million on new buses.",
                 "Since 2019 the council has spent £2 million on new buses."):
        assert [c.subject for c in find_clauses(text)] == ["the council"], text
    # a clause after "since" still is one ("Since the mine closed, the town has shrunk")
    assert [c.subject for c in find_clauses("Since the mine closed, the town has shrunk.")] == [
        "the mine", "the town"]
