"""``quiz stats`` after a real session: the table and the JSON carry the same figures."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from engine_support import Clock, answer_all, learner, make_deck, service_with
from quiz.cli import cli
from quiz.engine.clock import utc_now
from quiz.model import Category


def _studied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    service = service_with(tmp_path, make_deck("d", 4, categories=(Category.DATE,
                                                                  Category.ACTOR)),
                           clock=Clock(utc_now()))  # the CLI reads the real clock
    name = learner(service)
    session = service.start(name, ["d"])
    session.answer("wrong", 2.0)  # c0 (date) missed once
    answer_all(session)
    session.finish()
    service.close()
    monkeypatch.setenv("QUIZ_DECKS_DIR", str(tmp_path / "decks"))  # the deck stays known
    return tmp_path / "quiz.sqlite3"


def _logged(db: Path, category: str) -> tuple[int, int]:
    """(right, answered) of a category, straight from the review log."""
    with sqlite3.connect(db) as connection:
        row = connection.execute("SELECT SUM(correct), COUNT(*) FROM review_log "
                                 "WHERE category = ?", (category,)).fetchone()
    connection.close()
    return int(row[0]), int(row[1])


def test_stats_table_after_a_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _studied(tmp_path, monkeypatch)
    result = CliRunner().invoke(cli, ["stats", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "1 session(s)" in result.output
    lines = {line.split()[0]: line.split()[1:] for line in result.output.splitlines()
             if line.strip()}
    right, answered = _logged(db, "date")
    assert lines["date"] == [str(right), str(answered), f"{right / answered:.0%}"]
    assert right < answered  # the miss shows
    right, answered = _logged(db, "actor")
    assert lines["actor"] == [str(right), str(answered), "100%"]
    assert "reviews per day" in result.output


def test_stats_json_has_the_same_figures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _studied(tmp_path, monkeypatch)
    result = CliRunner().invoke(cli, ["--db", str(db), "stats", "--json", "--deck", "d"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["total_reviews"] == sum(day["reviews"] for day in data["reviews_per_day"])
    right, answered = _logged(db, "date")
    assert data["accuracy_by_category"]["date"] == {"correct": right, "answered": answered,
                                                    "accuracy": right / answered}
    assert data["sessions"] == 1 and data["streak_days"] == 1
    assert len(data["due_per_day"]) == 30
    assert sum(day["due"] for day in data["due_per_day"]) == 4


def test_unknown_learner_or_deck_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _studied(tmp_path, monkeypatch)
    result = CliRunner().invoke(cli, ["stats", "--db", str(db), "--learner", "nobody"])
    assert result.exit_code == 1
    assert "no learner named 'nobody'" in result.output
    assert "Traceback" not in result.output
    result = CliRunner().invoke(cli, ["stats", "--db", str(db), "--deck", "nope"])
    assert result.exit_code == 1 and "no deck with id 'nope'" in result.output


def test_a_corrupt_database_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "quiz.sqlite3"
    db.write_bytes(b"definitely not sqlite" * 100)
    result = CliRunner().invoke(cli, ["stats", "--db", str(db)])
    assert result.exit_code == 1
    assert "not a quiz score database" in result.output
    assert "Traceback" not in result.output
