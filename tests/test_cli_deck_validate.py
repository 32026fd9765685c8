"""`quiz validate` and `quiz decks`: every problem, exit codes, and never a traceback."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from click.testing import CliRunner

from quiz.cli import cli
from quiz.deckfile import load_deck, validate_file

FIXTURES = Path(__file__).parent / "fixtures" / "decks"
EXAMPLE = Path(__file__).resolve().parents[1] / "decks" / "example.yaml"
GOOD = """id: {id}
title: {title}
cards:
  - {{id: a, type: recall, category: date, question: When?, answer: Then}}
  - {{id: b, type: typed, category: actor, question: Who?, answer: Them}}
  - {{id: c, type: typed, category: actor, question: Who else?, answer: Others}}
"""


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.output


def test_validate_a_folder_of_broken_decks_prints_every_problem() -> None:
    code, output = _run("validate", str(FIXTURES))
    assert code == 1
    files = sorted(FIXTURES.glob("*.yaml"))
    expected = [str(problem) for path in files for problem in validate_file(path)]
    assert len(expected) >= len(files) > 10
    lines = output.splitlines()
    assert lines[:-1] == expected
    assert lines[-1] == f"{len(expected)} problems in {len(files)} of {len(files)} deck files."
    for line in expected:
        assert line.startswith(str(FIXTURES))


def test_each_problem_line_has_file_line_and_column() -> None:
    code, output = _run("validate", str(FIXTURES / "unknown_field.yaml"))
    assert code == 1
    assert output.splitlines()[0] == (
        f"{FIXTURES / 'unknown_field.yaml'}:8:5: card 'c1' (typed): unknown field 'anwser' "
        "— did you mean 'answer'?")


def test_validate_clean_files_exits_zero() -> None:
    code, output = _run("validate", str(EXAMPLE), str(EXAMPLE.parent))
    assert code == 0
    decks = len(list(EXAMPLE.parent.glob("*.y*ml")))
    assert output.splitlines() == [
        f"{decks} deck file{'s' if decks > 1 else ''} checked: all valid."]


def test_validate_mixed_files_reports_only_the_broken(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD.format(id="good", title="Good"), encoding="utf-8")
    shutil.copy(FIXTURES / "duplicate_id.yaml", tmp_path / "dup.yaml")
    code, output = _run("validate", str(tmp_path))
    assert code == 1
    assert output.splitlines() == [
        f"{tmp_path / 'dup.yaml'}:9:5: duplicate card id 'c1': the card on line 4 has it "
        "already (every card needs its own id, as review history is kept by id)",
        "1 problem in 1 of 2 deck files.",
    ]


def test_validate_missing_files_and_empty_folders(tmp_path: Path) -> None:
    code, output = _run("validate", str(tmp_path / "nope.yaml"), str(tmp_path))
    assert code == 1
    assert f"{tmp_path}: no deck files (*.yaml, *.yml) in this folder" in output
    assert f"{tmp_path / 'nope.yaml'}: no such file (check the path)" in output


def test_validate_needs_a_path() -> None:
    result = CliRunner().invoke(cli, ["validate"])
    assert result.exit_code == 2
    assert "Missing argument" in result.output


def test_decks_lists_bundled_user_and_given_decks_with_category_counts(tmp_path: Path) -> None:
    user = Path(os.environ["QUIZ_DECKS_DIR"])
    user.mkdir(parents=True)
    (user / "mine.yaml").write_text(GOOD.format(id="mine", title="My deck"), encoding="utf-8")
    shutil.copy(FIXTURES / "unknown_type.yaml", user / "broken.yaml")
    extra = tmp_path / "extra.yaml"
    extra.write_text(GOOD.format(id="mine", title="Same id"), encoding="utf-8")
    code, output = _run("decks", str(extra))
    assert code == 0
    lines = output.splitlines()
    assert lines[0].split() == ["origin", "id", "cards", "date", "actor", "figure", "cause",
                                "other", "title"]
    assert ["bundled", "example", "7", "3", "2", "1", "1", "0"] in [
        line.split()[:8] for line in lines]
    assert ["user", "mine", "3", "1", "2", "0", "0", "0", "My", "deck"] in [
        line.split() for line in lines]
    assert ["path", "mine", "3", "1", "2", "0", "0", "0", "Same", "id"] in [
        line.split() for line in lines]
    assert ["user", "broken.yaml", "-", "-", "-", "-", "-", "-", "BROKEN"] in [
        line.split() for line in lines]
    assert (f"{user / 'broken.yaml'}:5:11: card 'c1': unknown type 'multiple' — did you mean "
            "'choice'?") in output
    assert f"run `quiz validate {user / 'broken.yaml'}`" in output
    assert f"{extra}: deck id 'mine' is also used by {user / 'mine.yaml'}" in output
    bundled = [load_deck(path) for path in sorted(EXAMPLE.parent.glob("*.yaml"))]
    total_cards = sum(len(deck.cards) for deck in bundled) + 6
    assert f"{len(bundled) + 2} decks, {total_cards} cards. Your deck folder: {user}" in output


def test_decks_with_a_missing_path_still_lists_the_rest(tmp_path: Path) -> None:
    code, output = _run("decks", str(tmp_path / "gone.yaml"))
    assert code == 0
    assert f"{tmp_path / 'gone.yaml'}: no such file" in output
    assert "example" in output
