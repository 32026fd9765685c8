"""What `quiz validate`, `quiz decks` and `quiz edit` print: inert deck text, no silent folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import cli
from quiz.cli.deck_commands import shown

ESCAPES = "\x1b]0;PWNED\x07\x1b[2J\x9b31m\u202e"
DECK = """id: {id}
title: "{title}"
cards:
  - {{id: a, type: recall, category: other, question: "q?", answer: a{extra}}}
"""


def _write(folder: Path, name: str, title: str, extra: str = "") -> Path:
    path = folder / name
    path.write_text(DECK.format(id=name.removesuffix(".yaml"), title=title, extra=extra),
                    encoding="utf-8")
    return path


def test_shown_escapes_control_and_bidi_characters_and_keeps_the_rest() -> None:
    assert shown("café — “quoted” [bold]x[/]") == "café — “quoted” [bold]x[/]"
    assert shown(ESCAPES) == "\\x1b]0;PWNED\\x07\\x1b[2J\\x9b31m\\u202e"


def test_validate_prints_escape_sequences_of_a_deck_as_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.yaml", "t", extra=', "\\e]0;PWNED\\a\\e[2Jfield": 1')
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "unknown field '\\x1b]0;PWNED\\x07\\x1b[2Jfield'" in result.output


def test_decks_prints_titles_on_one_line_without_escape_sequences(tmp_path: Path) -> None:
    _write(tmp_path, "evil.yaml", "Evil\\e[2J\\u202eeltit\\nsecond line")
    _write(tmp_path, "evil2.yaml", "Twin")
    (tmp_path / "evil2.yaml").write_text(
        (tmp_path / "evil2.yaml").read_text(encoding="utf-8").replace("id: evil2", "id: evil"),
        encoding="utf-8")
    result = CliRunner().invoke(cli, ["decks", str(tmp_path)])
    assert result.exit_code == 0
    assert "\x1b" not in result.output and "\u202e" not in result.output
    row = next(line for line in result.output.splitlines() if line.endswith("second line"))
    assert row.endswith("Evil\\x1b[2J\\u202eeltit second line")


def test_decks_says_when_the_deck_folder_is_a_file(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_folder = tmp_path / "decks"
    not_a_folder.write_text("oops", encoding="utf-8")
    monkeypatch.setenv("QUIZ_DECKS_DIR", str(not_a_folder))
    result = CliRunner().invoke(cli, ["decks"])
    assert result.exit_code == 0
    assert f"your deck folder {not_a_folder} is a file, not a folder" in result.output
