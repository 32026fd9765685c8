"""Reading articles: sentence splitting, titles, publication dates and bad files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.errors import ArticleError
from quiz.generate.article import MAX_BYTES, read_article, split_sentences, without_dateline


@pytest.mark.parametrize("text, expected", [
    ("Gen. Mark Dale met Sen. Ruth Ames on Tuesday. They spoke for an hour.",
     ["Gen. Mark Dale met Sen. Ruth Ames on Tuesday.", "They spoke for an hour."]),
    ("The U.S. team won. The crowd cheered.", ["The U.S. team won.", "The crowd cheered."]),
    ("Talks with the U.S. Department of Energy resumed.",
     ["Talks with the U.S. Department of Energy resumed."]),
    ("J. R. Hartley wrote the book. It sold well.",
     ["J. R. Hartley wrote the book.", "It sold well."]),
    ("The vote was set for Jan. 5 at 9 a.m. in the hall.",
     ["The vote was set for Jan. 5 at 9 a.m. in the hall."]),
    ("Dr. Okafor and Mrs. Lee visited St. Mary's, i.e. the old church, at 3 p.m. The visit ended.",
     ["Dr. Okafor and Mrs. Lee visited St. Mary's, i.e. the old church, at 3 p.m.",
      "The visit ended."]),
    ("Maj. Gen. Joel “JB” Vowell said so. He left.",
     ["Maj. Gen. Joel “JB” Vowell said so.", "He left."]),
    ("He lives at No. 10 Park Road. Acme Inc. said nothing.",
     ["He lives at No. 10 Park Road.", "Acme Inc. said nothing."]),
])
def test_split_survives_abbreviations_and_initials(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_split_keeps_quoted_endings_with_their_sentence() -> None:
    text = ('"The river is calm now," the mayor said. "It was calm." He smiled. '
            '“Will it flood again?” she asked.')
    assert split_sentences(text) == ['"The river is calm now," the mayor said.',
                                     '"It was calm."', "He smiled.",
                                     "“Will it flood again?” she asked."]


def test_headlines_and_bullets_are_their_own_lines() -> None:
    text = ("Storm Hits Coast\nThe storm arrived on Monday. Roads closed.\n"
            "Three towns were affected:\n- Eastport;\n- Westbay.\nSubheading Without Stop\n")
    assert split_sentences(text) == [
        "Storm Hits Coast", "The storm arrived on Monday.", "Roads closed.",
        "Three towns were affected:\n- Eastport;\n- Westbay.", "Subheading Without Stop"]


def test_hard_wrapped_lines_are_joined() -> None:
    text = "The council met on Monday and\ndecided to close the road."
    assert split_sentences(text) == ["The council met on Monday and decided to close the road."]


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcXYZ .,!?\"'“”—-\n:;0123456789")), max_size=200))
def test_split_never_loses_characters(text: str) -> None:
    joined = "".join("".join(split_sentences(text)).split())
    assert joined == "".join(text.split())


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


@pytest.mark.parametrize("line, expected", [
    ("Updated: February 08, 2024, 7:04 PM", dt.date(2024, 2, 8)),
    ("Published 3 Jan 2020", dt.date(2020, 1, 3)),
    ("Date: 2024-01-05", dt.date(2024, 1, 5)),
    # a byline or a time beside the date, as news sites print them
    ("By Helen Marsh | 14 October 2025", dt.date(2025, 10, 14)),
    ("27 November 2025, 16:05", dt.date(2025, 11, 27)),
    ("Last updated: Mon 16 Mar 2026 07.52 GMT", dt.date(2026, 3, 16)),
    ("By Jane Roe, health correspondent • 3 May 2026 10:15 a.m. BST", dt.date(2026, 5, 3)),
    # time zones of other continents after the clock time
    ("October 7, 2025 at 6:15 p.m. AWST", dt.date(2025, 10, 7)),
    ("Tue 3 Mar 2026 09:14 NZDT", dt.date(2026, 3, 3)),
    ("12 May 2026 10:00 KST", dt.date(2026, 5, 12)),
    ("Published 4 June 2026, 08:30 SAST", dt.date(2026, 6, 4)),
])
def test_stated_publication_date(tmp_path: Path, line: str, expected: dt.date) -> None:
    path = _write(tmp_path, "a.txt", f"Title here\n{line}\n\nThe club won the cup on Sunday.\n")
    article = read_article(path)
    assert article.published == expected
    assert article.title == "Title here"
    assert all(line not in s.text for s in article.sentences)  # metadata is not a sentence


@pytest.mark.parametrize("lines", [
    # a date inside a line of the story dates an event, not the story
    ["Title", "The council met on 3 March 2025.", "It voted on Friday."],
    ["Title", "By 3 March 2025 the council had spent its budget", "It voted on Friday."],
    # below the header (after the story has begun) a date line is text
    ["Title", "The council voted on Friday.", "More follows.", "", "", "", "",
     "By Helen Marsh | 14 October 2025"],
])
def test_dates_in_the_story_are_not_its_publication_date(tmp_path: Path,
                                                         lines: list[str]) -> None:
    article = read_article(_write(tmp_path, "a.txt", "\n".join(lines) + "\n"))
    assert article.published is None


def test_dateline_date_is_found_and_kept_in_the_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt",
                  "Title\nWASHINGTON (AP) — Jan. 5, 2024 — The senate voted on Friday.\n")
    article = read_article(path)
    assert article.published == dt.date(2024, 1, 5)
    assert any("senate voted" in s.text for s in article.sentences)


def test_published_option_wins(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "Title\nPublished 3 Jan 2020\nText here.\n")
    article = read_article(path, published=dt.date(2021, 5, 6))
    assert article.published == dt.date(2021, 5, 6)
    assert article.published_note == "--published"


def test_bom_and_windows_1252(tmp_path: Path) -> None:
    bom = _write(tmp_path, "bom.txt", "\ufeffCafé opens\nThe café opened today.\n")
    assert read_article(bom).title == "Café opens"
    legacy = _write(tmp_path, "legacy.txt", b"Caf\xe9 opens\nIt said \x93yes\x94.\n")
    warnings: list[str] = []
    article = read_article(legacy, warnings=warnings)
    assert article.title == "Café opens"
    assert "“yes”" in article.sentences[1].text
    assert any("Windows-1252" in w for w in warnings)


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(1, 32)) * 20, "not text"),
    (b"Title\n\x81\x8d\x8f\x90\x9d bad bytes", "neither UTF-8 nor Windows-1252"),
])
def test_unusable_files_are_refused(tmp_path: Path, data: bytes, message: str) -> None:
    path = _write(tmp_path, "bad.txt", data)
    with pytest.raises(ArticleError, match=message) as caught:
        read_article(path)
    assert caught.value.path == path


def test_huge_files_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "huge.txt", b"Title\n" + b"word " * (MAX_BYTES // 5 + 10))
    with pytest.raises(ArticleError, match="too large"):
        read_article(path)


def test_hard_wrapped_article_with_dateline(tmp_path: Path) -> None:
    text = ("Chipmaker posts record quarter\n"
            "SAN JOSE, Calif. (AP) — Oct. 24, 2024 — The chipmaker said on Wednesday that\n"
            "revenue rose 34% in the three months to September, beating forecasts for\n"
            "a fourth straight quarter. The stock has tripled since\n"
            "January, and its chief executive said demand would stay strong\n"
            "\"for at least two years.\"\n")
    article = read_article(_write(tmp_path, "wrapped.txt", text))
    assert article.published == dt.date(2024, 10, 24)
    assert [s.text for s in article.sentences] == [
        "Chipmaker posts record quarter",
        "The chipmaker said on Wednesday that revenue rose 34% in the three months to "
        "September, beating forecasts for a fourth straight quarter.",
        "The stock has tripled since January, and its chief executive said demand would stay "
        "strong \"for at least two years.\""]


def test_title_without_city_dateline(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "LONDON — The museum reopened on Monday.\nIt had been shut.\n")
    article = read_article(path)
    assert article.title == "The museum reopened on Monday."
    assert article.sentences[0].text == "LONDON — The museum reopened on Monday."


@pytest.mark.parametrize("text, body", [
    ("HARBOURTON — The ferry service resumed.", "The ferry service resumed."),
    ("SANTA ROSA, California (AP) — Crews held the line.", "Crews held the line."),
    ("LAGOS (Reuters) - Fuel prices rose.", "Fuel prices rose."),
    ("NATO said the drill would go ahead.", "NATO said the drill would go ahead."),
    ("The UN - a body of 193 states - voted.", "The UN - a body of 193 states - voted."),
])
def test_an_opening_dateline_is_not_part_of_the_sentence(text: str, body: str) -> None:
    from quiz.generate.article import without_dateline

    assert without_dateline(text) == body


def test_dateline_places_are_never_offered_as_names(tmp_path: Path) -> None:
    from quiz.generate.article import dateline_places
    from quiz.generate.facts import AnswerKind
    from quiz.generate.questions import DistractorPool

    path = tmp_path / "ferry.txt"
    path.write_text("Ferry returns\n\nHARBOURTON — The ferry service resumed on Monday.\n",
                    encoding="utf-8")
    places = dateline_places([read_article(path)])
    assert places == frozenset({"harbourton"})
    pool = DistractorPool.build([], {AnswerKind.ORGANISATION: ["HARBOURTON", "Ferry Board"]},
                                exclude=places)
    assert [a for _, a, _ in pool.by_kind[AnswerKind.ORGANISATION]] == ["Ferry Board"]


@pytest.mark.parametrize("text, rest", [
    ("PRAGUE, Oct 2 (Reuters) - The bank cut rates.", "The bank cut rates."),
    ("SYDNEY, Jan. 22 (AP) — Fires spread north.", "Fires spread north."),
    ("KESTRAVIK, June 4 - Dockers walked out.", "Dockers walked out."),
    ("NEW YORK, Sept. 30 (Reuters) -- Stocks fell.", "Stocks fell."),
    ("PINE RIDGE, Colorado (AP) — A fire spread.", "A fire spread."),
    ("US, UK agree - The deal holds.", "US, UK agree - The deal holds."),
    ("The bank cut rates on Oct 2 - a surprise.", "The bank cut rates on Oct 2 - a surprise."),
])
def test_wire_datelines_are_not_part_of_the_sentence(text: str, rest: str) -> None:
    assert without_dateline(text) == rest


@pytest.mark.parametrize("lines, published, expected", [
    # the dateline's day, in the year an "Updated" line makes plain
    (["Updated: October 4, 2024", "PRAGUE, Oct 2 (Reuters) - The bank cut rates."],
     None, dt.date(2024, 10, 2)),
    (["Published: 2 January 2025", "OSLO, Dec 31 (AP) — The ferry sank."],
     None, dt.date(2024, 12, 31)),
    # a dateline gives no year: without a stated date nothing is resolved
    (["PRAGUE, Oct 2 (Reuters) - The bank cut rates on Wednesday."], None, None),
    # --published wins; a dateline far from the stated date is not trusted
    (["PRAGUE, Oct 2 (Reuters) - The bank cut rates."], dt.date(2024, 10, 3),
     dt.date(2024, 10, 3)),
    (["Updated: March 9, 2024", "PRAGUE, Oct 2 (Reuters) - The bank cut rates."],
     None, dt.date(2024, 3, 9)),
])
def test_a_wire_dateline_dates_the_story_when_the_year_is_plain(
        tmp_path: Path, lines: list[str], published: dt.date | None,
        expected: dt.date | None) -> None:
    path = _write(tmp_path, "a.txt", "\n\n".join(["Rates cut", *lines]) + "\n")
    article = read_article(path, published=published)
    assert article.published == expected
    assert article.sentences[-1].text.startswith(("PRAGUE", "OSLO"))


def test_a_wire_dateline_date_is_not_asked_and_not_in_the_question(tmp_path: Path) -> None:
    from quiz.generate.dates import date_facts

    path = _write(tmp_path, "a.txt", "Dockers strike\n\nPublished: 4 June 2025\n\n"
                  "KESTRAVIK, June 4 - Thousands of dockworkers walked out at three ports "
                  "on Wednesday.\n")
    facts = date_facts(read_article(path))
    assert [(f.answer, f.question) for f in facts] == [
        ("4 June 2025", "On what date did thousands of dockworkers walk out at three ports?")]


def test_a_year_dated_from_the_story_gives_a_wire_dateline_its_year(tmp_path: Path) -> None:
    """"in 2019, seven years ago" says the story is of 2026, whatever else it names."""
    body = ("Flood warning\n\nLYON, March 12 (Wire) - The council closed the bridge on "
            "Thursday after the river rose.\n\nThe town last flooded in 2019, seven years ago, "
            "when {}.\n")
    path = _write(tmp_path, "a.txt", body.format("the dyke broke"))
    assert read_article(path).published == dt.date(2026, 3, 12)  # a Thursday
    # two stories' worth of years: no year is trusted
    other = _write(tmp_path, "b.txt", body.format("it had last flooded in 2012, 10 years ago"))
    assert read_article(other).published is None
    # an approximate distance says nothing
    vague = _write(tmp_path, "c.txt", body.replace("in 2019, seven years ago", "about seven "
                                                   "years ago").format("the dyke broke"))
    assert read_article(vague).published != dt.date(2026, 3, 12)


def test_a_wire_dateline_is_not_dated_before_a_year_its_story_names(tmp_path: Path) -> None:
    """A story naming "March 2024" and "its fourth flight of 2025" is not of 2024, even when
    30 September 2024 is the Monday its lead names: no year is trusted rather than a wrong one."""
    text = ("Launch fails\n\nKOUROU, Sept 30 (Wire) - A rocket was destroyed late on Monday."
            "\n\nThe company grounded the rocket in March 2024. The launch came on its "
            "fourth flight of 2025.\n")
    assert read_article(_write(tmp_path, "a.txt", text)).published is None
    older = _write(tmp_path, "b.txt", text.replace(" The launch came on its fourth flight of "
                                                    "2025.", ""))
    assert read_article(older).published == dt.date(2024, 9, 30)  # a Monday
