"""`quiz` / `quiz study` / `quiz serve`: the study app's command line."""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from tui_app_support import FIXTURE_DECK, write_fixture_deck

from quiz.cli import cli
from quiz.cli.study_command import serve_command
from quiz.engine.service import open_service

CORRUPT = b"SQLite format 3\x00" + b"\xff" * 4000


def run_quiz(*args: str, env: dict[str, str] | None = None,
             **options: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "quiz", *args], capture_output=True,
                          text=True, timeout=60, env={**os.environ, **(env or {})},
                          **options)  # type: ignore[call-overload]


def test_quiz_without_a_terminal_lists_the_decks_and_exits(tmp_path: Path) -> None:
    deck = write_fixture_deck(tmp_path / "mine")
    result = CliRunner().invoke(cli, ["study", "--learner", "bob", str(deck)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["deck", "from", "new", "due", "learned"]
    fixture = next(line for line in lines if line.startswith("Fixture deck"))
    assert fixture.split()[-4:] == ["path", "6", "0", "0"]
    assert "run `quiz` in a terminal" in lines[-1]


def test_bare_quiz_takes_the_learner_and_deck_paths_of_study(tmp_path: Path) -> None:
    deck = write_fixture_deck(tmp_path / "mine")
    db = tmp_path / "q.sqlite3"
    result = CliRunner().invoke(cli, ["--db", str(db), "--learner", "bob", str(deck)])
    assert result.exit_code == 0, result.output
    assert any(line.startswith("Fixture deck") and line.split()[-4] == "path"
               for line in result.output.splitlines())
    service = open_service(db)
    try:
        assert "bob" in service.learners()
    finally:
        service.close()


def test_the_deck_list_without_a_terminal_prints_no_escape_sequence(tmp_path: Path) -> None:
    title = r'title: "Evil \e]0;owned\a \e[2J deck"'  # YAML escapes for ESC and BEL
    deck = write_fixture_deck(tmp_path / "mine",
                              FIXTURE_DECK.replace("title: Fixture deck", title))
    result = CliRunner().invoke(cli, ["study", str(deck)])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "Evil" in result.output


def test_serve_on_a_taken_port_says_so_without_a_traceback(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "q.sqlite3"),
                                          "--port", str(port)])
    assert result.exit_code == 1
    assert result.output.strip() == (f"quiz: cannot listen on 127.0.0.1:{port}: address "
                                     "already in use (choose another --port)")
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_serve_on_an_address_of_another_machine_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "q.sqlite3"),
                                      "--host", "192.0.2.1", "--port", "8799"])
    assert result.exit_code == 1
    assert result.output.startswith("quiz: cannot listen on 192.0.2.1:8799: ")
    assert "--host" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_bare_quiz_runs_study_and_does_not_hang_in_a_pipe() -> None:
    result = run_quiz(stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert "run `quiz` in a terminal" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["study", "serve"])
def test_a_corrupt_database_is_reported_before_the_app_starts(tmp_path: Path,
                                                              command: str) -> None:
    db = tmp_path / "bad.sqlite3"
    db.write_bytes(CORRUPT)
    result = run_quiz(command, "--db", str(db), env={"QUIZ_EXIT_WHEN_READY": "1"})
    assert result.returncode == 1
    assert result.stderr.startswith("quiz: ") and str(db) in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == CORRUPT  # never overwritten


def test_serve_runs_the_study_command_with_the_same_options(tmp_path: Path) -> None:
    deck = write_fixture_deck(tmp_path / "my decks", FIXTURE_DECK)
    command = serve_command(tmp_path / "q.sqlite3", "Zoë O'Neil", (deck,))
    assert command.startswith(f"{sys.executable} -m quiz study --db ")
    assert "'Zoë O'\"'\"'Neil'" in command and f"'{deck.resolve()}'" in command


def test_the_ready_hook_starts_and_leaves_the_app_in_a_terminal(tmp_path: Path) -> None:
    """What the start-up bench relies on: in a pseudo-terminal, the app draws its home screen
    and exits by itself when QUIZ_EXIT_WHEN_READY=1."""
    bench = load_bench()
    status, seconds, output = bench.run_in_pty(
        [sys.executable, "-m", "quiz", "--db", str(tmp_path / "q.sqlite3")],
        {**os.environ, "QUIZ_EXIT_WHEN_READY": "1"}, timeout=60)
    assert status == 0, output[-2000:]
    assert b"Learner" in output and b"All decks" in output  # the home screen was drawn
    assert (tmp_path / "q.sqlite3").exists()


def load_bench() -> Any:
    path = Path(__file__).parents[2] / "bench" / "startup_bench.py"
    spec = importlib.util.spec_from_file_location("startup_bench", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
