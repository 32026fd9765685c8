"""Every kind of bad deck is reported with its file, line, column and a plain message."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from quiz.deckfile import load_deck, loads_deck, validate_file
from quiz.errors import DeckError, Problem

FIXTURES = Path(__file__).parent / "fixtures" / "decks"

#: fixture -> (line, column, the message, or the start of it)
EXPECTED = {
    "unknown_field.yaml":
        (8, 5, "card 'c1' (typed): unknown field 'anwser' — did you mean 'answer'?"),
    "duplicate_id.yaml":
        (9, 5, "duplicate card id 'c1': the card on line 4 has it already"),
    "unknown_type.yaml":
        (5, 11, "card 'c1': unknown type 'multiple' — did you mean 'choice'?"),
    "unknown_category.yaml":
        (6, 15, "card 'c1' (typed): unknown category 'person' — did you mean 'actor'?"),
    "choice_answer_not_in_choices.yaml":
        (8, 13, "card 'c7' (choice): the answer 'Kataib Hezbollah' is not among its choices"
                " — did you mean 'Kataib Hizbollah'?"),
    "choice_without_choices.yaml": (4, 5, "card 'c7' (choice) has no choices"),
    "empty_deck.yaml": (4, 8, "the deck has no cards"),
    "not_utf8.yaml": (8, 32, "not UTF-8 text: byte 0xe9 at offset 183 cannot be decoded"),
    "not_yaml.yaml": (3, 6, "not valid YAML: did not find expected ',' or ']' while parsing a "
                            "flow sequence that starts at line 2, column 8"),
    "alias_bomb.yaml": (2, 8, "YAML aliases (*a) are not allowed in decks"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bad_deck_is_reported_at_its_place(name: str) -> None:
    path = FIXTURES / name
    line, column, message = EXPECTED[name]
    problems = validate_file(path)
    assert len(problems) == 1, problems
    problem = problems[0]
    assert (problem.path, problem.line, problem.column) == (path, line, column)
    assert problem.message == message
    assert str(problem).startswith(f"{path}:{line}:{column}: {message}")


def test_load_deck_raises_with_every_problem() -> None:
    path = FIXTURES / "many_problems.yaml"
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    located = [(p.line, p.column, p.message) for p in caught.value.problems]
    assert located == [
        (1, 5, "the deck id 'many problems' may only use letters, digits, '-', '_' and '.', "
               "without spaces"),
        (7, 15, "card 'c1' (cloze): the question has no gaps; a cloze question has exactly one"),
        (13, 13, "card 'c2' (truefalse): the answer must be true or false, not 'maybe'"),
        (18, 12, "card 'c3' (order) has only one item"),
        (19, 5, "card 4 (recall) has no id"),
    ]
    assert str(caught.value).count(str(path)) == 5


def test_paths_leaving_the_deck_folder_are_refused() -> None:
    path = FIXTURES / "path_escape.yaml"
    assert [(p.line, p.column, p.message) for p in validate_file(path)] == [
        (5, 11, "source 's1': the file '../../etc/passwd' leads outside the deck's folder"),
        (13, 13, "card 'c1' (typed): the source file '/etc/hostname' must be a path relative "
                 "to the deck's folder"),
    ]


@pytest.mark.parametrize("file", ["../x.txt", "a/../../x.txt", "/abs.txt", "C:/x.txt",
                                  "\\\\server\\x.txt", "~/x.txt", "https://example.org/a"])
def test_every_way_out_of_the_folder_is_refused(file: str) -> None:
    text = f"""id: d
title: T
sources: [{{id: s, file: '{file}'}}]
cards: [{{id: c, type: recall, category: other, question: Q, answer: A}}]
"""
    with pytest.raises(DeckError, match="deck's folder"):
        loads_deck(text)


@pytest.mark.parametrize("file", ["a.txt", "sub/a.txt", "./a.txt", "sub/../a.txt"])
def test_paths_inside_the_folder_are_fine(file: str) -> None:
    text = f"""id: d
title: T
sources: [{{id: s, file: '{file}'}}]
cards: [{{id: c, type: recall, category: other, question: Q, answer: A}}]
"""
    assert loads_deck(text).sources[0].file == file


def test_an_alias_bomb_is_refused_in_well_under_a_second(tmp_path: Path) -> None:
    lines = ['a: &a ["lol"]']
    for level in range(1, 30):  # 9**29 values if expanded
        previous = chr(ord("a") + level - 1) if level < 26 else f"x{level - 1}"
        name = chr(ord("a") + level) if level < 26 else f"x{level}"
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.perf_counter()
    problems = validate_file(path)
    assert time.perf_counter() - started < 0.2
    assert [(p.line, p.message) for p in problems] == [
        (2, "YAML aliases (*a) are not allowed in decks")]


def test_a_50_mb_file_is_refused_fast_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    card = b"  - {id: c, type: recall, category: other, question: Q, answer: A}\n"
    with path.open("wb") as stream:
        stream.write(b"id: huge\ntitle: Huge\ncards:\n")
        chunk = card * 16_000  # ~1 MB
        for _ in range(50):
            stream.write(chunk)
    assert path.stat().st_size > 50 * 1024 * 1024
    tracemalloc.start()
    started = time.perf_counter()
    problems = validate_file(path)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 0.1
    assert peak < 1024 * 1024
    size = f"{path.stat().st_size / 1024 / 1024:.1f}"
    assert [(p.line, p.message) for p in problems] == [
        (0, f"the file is {size} MB; decks may be at most 5 MB")]
    assert str(problems[0]) == (f"{path}: the file is {size} MB; decks may be at most 5 MB "
                                "(split it into several decks)")


def test_a_huge_string_is_refused_too() -> None:
    with pytest.raises(DeckError, match="decks may be at most 5 MB"):
        loads_deck("#" * (6 * 1024 * 1024))


def test_deep_nesting_is_refused_before_it_can_crash_the_parser() -> None:
    started = time.perf_counter()
    with pytest.raises(DeckError) as caught:
        loads_deck("[" * 1_000_000)
    assert time.perf_counter() - started < 0.5
    assert caught.value.problems == [
        Problem("<string>", 1, 17, "the data is nested more than 16 levels deep",
                "a deck needs only a few levels: deck, cards, card, source")]


@pytest.mark.parametrize(("text", "message"), [
    ("", "the file is empty"),
    ("# only a comment\n", "the file is empty"),
    ("- a\n- b\n", "the deck should be a mapping of fields (id, title, description, tags, "
                   "sources, cards), not a list"),
    ("Just some notes about Iraq.\n", "the deck should be a mapping of fields (id, title, "
                                      "description, tags, sources, cards), not the text "
                                      "'Just some notes about Iraq.'"),
])
def test_files_that_are_not_decks_at_all(text: str, message: str) -> None:
    with pytest.raises(DeckError) as caught:
        loads_deck(text, "notes.yaml")
    assert [p.message for p in caught.value.problems] == [message]


def test_validate_file_never_raises_for_unreadable_paths(tmp_path: Path) -> None:
    assert [p.message for p in validate_file(tmp_path / "missing.yaml")] == ["no such file"]
    assert [p.message for p in validate_file(tmp_path)] == ["this is a folder, not a deck file"]


def test_a_control_character_is_located() -> None:
    with pytest.raises(DeckError) as caught:
        loads_deck("id: x\ntitle: A\x07B\n")
    problem = caught.value.problems[0]
    assert (problem.line, problem.column) == (2, 9)
    assert problem.message == "not valid YAML: the control character U+0007 is not allowed"


def test_a_tab_indent_gets_a_hint() -> None:
    with pytest.raises(DeckError) as caught:
        loads_deck("id: x\ntitle: y\ncards:\n\t- id: c\n")
    assert caught.value.problems[0].hint == "YAML does not allow tabs for indentation; use spaces"


def test_an_unquoted_colon_gets_a_hint() -> None:
    with pytest.raises(DeckError) as caught:
        loads_deck("id: x\ntitle: Talks: round one\n")
    problem = caught.value.problems[0]
    assert (problem.line, problem.column) == (2, 13)
    assert "in quotes" in problem.hint


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfid: bom\ntitle: B\ncards:\n"
                     b"  - {id: c, type: recall, category: other, question: Q, answer: A}\n")
    assert load_deck(path).id == "bom"


CARD = "  - {id: c, type: recall, category: other, question: Q, answer: A}\n"
HEAD = "id: d\ntitle: T\ncards:\n"


def _place(text: str, at: str) -> tuple[int, int]:
    """1-based line and column of the first occurrence of ``at`` in ``text``."""
    offset = text.index(at)
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


@pytest.mark.parametrize(("body", "at", "message"), [
    ("id: d\ntitle: T\ntitle: U\ncards:\n" + CARD, "title: U",
     "the deck: field 'title' appears twice; line 2 has it already"),
    ("id: d\ncards:\n" + CARD, "id: d", "the deck has no title"),
    (HEAD + "  - {id: c, type: choice, category: actor, question: Q, answer: A, choices: [A]}\n",
     "[A]", "card 'c' (choice) has only one choice"),
    (HEAD + "  - {id: c, type: choice, category: actor, question: Q, answer: A,"
     " choices: [A, B, A]}\n", "[A, B", "card 'c' (choice) lists the choice 'A' twice"),
    (HEAD + "  - {id: c, type: typed, category: actor, question: Q, answer: A,"
     " choices: [A, B]}\n", "[A, B",
     "card 'c' (typed) has choices, but only choice cards use them"),
    (HEAD + "  - {id: c, type: order, category: date, question: Q}\n", "{id: c",
     "card 'c' (order) has no items"),
    (HEAD + "  - {id: c, type: cloze, category: date, question: ___ and ___, answer: A}\n",
     "___", "card 'c' (cloze): the question has 2 gaps; a cloze question has exactly one"),
    (HEAD + "  - {id: c, type: typed, category: date, question: Q}\n", "{id: c",
     "card 'c' (typed) has no answer"),
    (HEAD + "  - {id: c, type: typed, category: date, question: [Q], answer: A}\n", "[Q]",
     "card 'c' (typed): 'question' should be text, not a list"),
    ("id: d\ntitle: T\nsources:\n  - {id: s, file: a.txt, published: 25 Jan 2024}\n"
     "cards:\n" + CARD, "25 Jan",
     "source 's': 'published' should be a date written YYYY-MM-DD, not '25 Jan 2024'"),
    ("id: d\ntitle: T\nsources:\n  - {id: s, file: a.txt}\ncards:\n  - {id: c, type: typed,"
     " category: date, question: Q, answer: A, source: {file: b.txt, sentence: S}}\n", "b.txt",
     "card 'c' (typed): the source file 'b.txt' is not one of the deck's sources"),
    (HEAD + "  - {id: c, type: typed, category: date, question: Q, answer: A,"
     " conflict: [{file: b.txt}]}\n", "{file: b", "card 'c' (typed): conflict 1 has no value"),
    (HEAD + "  - {id: c, type: typed, category: date, question: Q, answer: A,"
     " accept: [B, '']}\n", "''", "card 'c' (typed): 'accept' has an empty entry"),
    (HEAD + "  - just a question\n", "just",
     "card 1 should be a mapping of fields (id, type, category, question, answer...), "
     "not the text 'just a question'"),
    ("id: d\ntitle: T\nsources:\n  - {id: s, file: a.txt}\n  - {id: s, file: b.txt}\n"
     "cards:\n" + CARD, "s, file: b",
     "duplicate source id 's': the source on line 4 has it already"),
])
def test_card_and_deck_rules(body: str, at: str, message: str) -> None:
    with pytest.raises(DeckError) as caught:
        loads_deck(body, "d.yaml")
    assert [(p.line, p.column, p.message) for p in caught.value.problems] == [
        (*_place(body, at), message)]


@pytest.mark.parametrize(("text", "tag"), [
    ("id: !!python/object/apply:os.system [echo hi]\n", "!!python/object/apply:os.system"),
    ("id: x\ntitle: !custom T\n", "!custom"),
])
def test_yaml_tags_other_than_plain_data_are_refused(text: str, tag: str) -> None:
    with pytest.raises(DeckError) as caught:
        loads_deck(text)
    assert [p.message for p in caught.value.problems] == [
        f"the YAML tag {tag} is not allowed in decks"]


def test_plain_data_tags_are_fine() -> None:
    text = ("id: d\ntitle: !!str T\ncards:\n  - {id: !!str 1, type: typed, category: date,"
            " question: Q, answer: !!str 1969}\n")
    assert loads_deck(text).cards[0].answer == "1969"
