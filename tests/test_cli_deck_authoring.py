"""`quiz new` writes a valid starter deck; `quiz edit` never keeps a broken edit."""

from __future__ import annotations

import json
import shlex
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import cli, deck_commands
from quiz.deckfile import load_deck
from quiz.model import CardType
from quiz.paths import schema_path

VALID = """# my own comment survives
id: talks
title: Talks
cards:
  - {id: a, type: typed, category: date, question: When did combat forces leave?, answer: "2011"}
"""
BROKEN = VALID.replace("type: typed", "type: multiple")
#: Plans the fake editor's runs (texts to write, None to fail); returns its log of files edited.
PlanEdits = Callable[..., Path]
FAKE_EDITOR = """
import json, pathlib, sys
plan = pathlib.Path(sys.argv[1])
steps = json.loads(plan.read_text())
step = steps.pop(0)
plan.write_text(json.dumps(steps))
target = pathlib.Path(sys.argv[2])
with open(plan.with_suffix(".log"), "a") as log:
    log.write(str(target) + "\\n")
if step is None:
    sys.exit(3)
if isinstance(step, list):  # [text, other file, its new text]: someone else saves meanwhile
    step, other, other_text = step
    pathlib.Path(other).write_text(other_text, encoding="utf-8")
target.write_text(step, encoding="utf-8")
"""


def _run(*args: str, input: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.output


# -- quiz new ------------------------------------------------------------------------------


def test_new_writes_a_valid_starter_deck_with_every_card_type(tmp_path: Path) -> None:
    path = tmp_path / "My_first-deck.yaml"
    code, output = _run("new", str(path))
    assert code == 0
    assert f"Wrote {path} with 6 cards, one of each type." in output
    deck = load_deck(path)
    assert deck.id == "my_first-deck"
    assert sorted(card.type for card in deck.cards) == sorted(CardType)
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema={schema_path().as_uri()}"


def test_new_refuses_to_overwrite_unless_forced(tmp_path: Path) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text("precious", encoding="utf-8")
    code, output = _run("new", str(path))
    assert code == 1
    assert "already exists; use --force" in output
    assert path.read_text(encoding="utf-8") == "precious"
    code, _ = _run("new", "--force", str(path))
    assert code == 0
    assert load_deck(path).cards


@pytest.mark.parametrize("name", ["deck.txt", "folder"])
def test_new_refuses_names_that_are_not_deck_files(tmp_path: Path, name: str) -> None:
    (tmp_path / "folder").mkdir()
    code, output = _run("new", str(tmp_path / name))
    assert code == 1
    assert output.startswith(f"quiz: {tmp_path / name}: ")


def test_new_in_a_missing_folder_creates_it(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "deck.yml"
    assert _run("new", str(path))[0] == 0
    assert load_deck(path).id == "deck"


# -- quiz edit -----------------------------------------------------------------------------


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> PlanEdits:
    """Set $EDITOR to a script that writes the given texts, one per run (None: exit 3)."""
    script = tmp_path / "fake_editor.py"
    script.write_text(FAKE_EDITOR, encoding="utf-8")
    plan = tmp_path / "plan.json"

    def plan_edits(*steps: str | None) -> Path:
        plan.write_text(json.dumps(list(steps)), encoding="utf-8")
        monkeypatch.setenv("EDITOR", shlex.join([sys.executable, str(script), str(plan)]))
        return plan.with_suffix(".log")

    return plan_edits


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    path = tmp_path / "decks" / "talks.yaml"
    path.parent.mkdir()
    path.write_text(VALID.replace("Talks", "Old title"), encoding="utf-8")
    return path


def test_a_valid_edit_replaces_the_deck_keeping_comments(editor: PlanEdits, deck: Path) -> None:
    log = editor(VALID)
    code, output = _run("edit", str(deck))
    assert code == 0
    assert f"Saved {deck}: 1 card, valid." in output
    assert deck.read_text(encoding="utf-8") == VALID
    edited = Path(log.read_text().strip())
    assert edited != deck and edited.name == deck.name and not edited.exists()
    assert sorted(p.name for p in deck.parent.iterdir()) == ["talks.yaml"]


def test_an_unchanged_edit_says_so(editor: PlanEdits, deck: Path) -> None:
    original = deck.read_text(encoding="utf-8")
    editor(original)
    code, output = _run("edit", str(deck))
    assert (code, output.strip()) == (0, f"No changes to {deck}.")


def test_a_broken_edit_is_never_kept_when_nobody_can_be_asked(editor: PlanEdits,
                                                               deck: Path) -> None:
    original = deck.read_text(encoding="utf-8")
    editor(BROKEN)
    code, output = _run("edit", str(deck))
    assert code == 1
    assert (f"{deck}:5:19: card 'a': unknown type 'multiple' — did you mean 'choice'?"
            in output)
    assert "Reopen" not in output
    rejected = deck.with_name("talks.yaml.rejected")
    assert f"{deck} was not changed. Your edit is saved in {rejected}" in output
    assert deck.read_text(encoding="utf-8") == original
    assert rejected.read_text(encoding="utf-8") == BROKEN


def test_reopening_the_editor_until_the_deck_is_valid(editor: PlanEdits, deck: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deck_commands, "_interactive", lambda: True)
    log = editor(BROKEN, BROKEN.replace("question: When", "qestion: When"), VALID)
    code, output = _run("edit", str(deck), input="y\n\n")
    assert code == 0
    assert output.count("Reopen the editor? [Y/n]") == 2
    assert "did you mean 'question'?" in output
    assert deck.read_text(encoding="utf-8") == VALID
    assert len(log.read_text().splitlines()) == 3
    assert not deck.with_name("talks.yaml.rejected").exists()


def test_declining_to_reopen_keeps_the_original(editor: PlanEdits, deck: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deck_commands, "_interactive", lambda: True)
    original = deck.read_text(encoding="utf-8")
    editor(BROKEN)
    code, output = _run("edit", str(deck), input="n\n")
    assert code == 1
    assert deck.read_text(encoding="utf-8") == original
    assert deck.with_name("talks.yaml.rejected").read_text(encoding="utf-8") == BROKEN


def test_a_failing_editor_changes_nothing(editor: PlanEdits, deck: Path) -> None:
    original = deck.read_text(encoding="utf-8")
    editor(None)
    code, output = _run("edit", str(deck))
    assert code == 1
    assert "the editor exited with status 3; the deck was not changed" in output
    assert deck.read_text(encoding="utf-8") == original
    assert sorted(p.name for p in deck.parent.iterdir()) == ["talks.yaml"]


def test_visual_wins_over_editor_and_a_missing_editor_is_explained(
        deck: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDITOR", "true")
    monkeypatch.setenv("VISUAL", "/no/such/editor --wait")
    code, output = _run("edit", str(deck))
    assert code == 1
    assert "cannot run the editor '/no/such/editor'" in output
    assert "set $EDITOR" in output


def test_editing_a_missing_deck_points_at_quiz_new(tmp_path: Path) -> None:
    code, output = _run("edit", str(tmp_path / "none.yaml"))
    assert code == 1
    assert f"create one with `quiz new {tmp_path / 'none.yaml'}`" in output


def test_a_deck_changed_on_disk_meanwhile_is_not_overwritten(editor: PlanEdits,
                                                             deck: Path) -> None:
    theirs = VALID.replace("Talks", "Their title")
    editor([VALID, str(deck), theirs])
    code, output = _run("edit", str(deck))
    assert code == 1
    rejected = deck.with_name("talks.yaml.rejected")
    assert (f"quiz: {deck} changed on disk while you were editing it, so it was not replaced. "
            f"Your edit is saved in {rejected}") in output
    assert deck.read_text(encoding="utf-8") == theirs
    assert rejected.read_text(encoding="utf-8") == VALID
