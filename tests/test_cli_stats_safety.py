"""``quiz stats`` says what retention rests on, and never prints raw terminal escapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from engine_support import Clock, answer_all, learner, make_deck, service_with
from quiz.cli import cli
from quiz.engine.clock import utc_now
from quiz.engine.service import open_service
from quiz.errors import QuizError


def _db_after_first_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    clock = Clock(utc_now())
    service = service_with(tmp_path, make_deck("d", 3), clock=clock)
    session = service.start(learner(service), ["d"])
    session.answer("wrong", 1.0)  # first sightings: not counted in retention
    answer_all(session)  # learning steps come back: repeat reviews, counted
    session.finish()
    service.close()
    monkeypatch.setenv("QUIZ_DECKS_DIR", str(tmp_path / "decks"))
    return tmp_path / "quiz.sqlite3"


def test_retention_names_its_reviews_and_hides_below_five(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    db = _db_after_first_session(tmp_path, monkeypatch)
    service = open_service(db, clock=Clock(utc_now()))
    figures = service.stats(learner(service))
    (repeats,) = service.store.query("SELECT COUNT(*) FROM review_log WHERE kind != 'new'")[0]
    service.close()
    assert figures.reviews_counted == repeats
    assert 0 < figures.reviews_counted < 5 and figures.total_reviews > figures.reviews_counted
    result = CliRunner().invoke(cli, ["stats", "--db", str(db)])
    assert result.exit_code == 0, result.output
    noun = "review" if figures.reviews_counted == 1 else "reviews"
    assert f"retention - (only {figures.reviews_counted} {noun})" in result.output
    data = json.loads(CliRunner().invoke(cli, ["stats", "--db", str(db), "--json"]).output)
    assert data["retention_reviews"] == figures.reviews_counted


def test_retention_with_enough_reviews_says_of_how_many(tmp_path: Path) -> None:
    from quiz.cli.stats_command import retention_text
    from quiz.engine.api import LearnerStats

    figures = LearnerStats(learner="x", reviews_per_day=(), accuracy_per_day={},
                           accuracy_by_category={}, due_per_day=(), retention=0.75,
                           streak_days=0, total_reviews=20, sessions=1, reviews_counted=8)
    assert retention_text(figures) == "75% of 8 reviews"


def test_escapes_in_names_are_printed_visibly(tmp_path: Path) -> None:
    db = tmp_path / "quiz.sqlite3"
    service = open_service(db, clock=Clock())
    with service.store.transaction() as connection:  # written by an older quiz
        connection.execute("UPDATE learners SET name = ?", ("Ev\x1b]0;pwned\x07\u202eil",))
    service.close()
    result = CliRunner().invoke(cli, ["stats", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\u202e" not in result.output
    assert "Ev\\x1b]0;pwned\\x07\\u202eil" in result.output
    result = CliRunner().invoke(cli, ["stats", "--db", str(db), "--learner", "no\x1b[2J"])
    assert result.exit_code == 1 and "\x1b" not in result.output


@pytest.mark.parametrize("name", ["Ev\x1b]0;X\x07", "tab\tname", "rtl\u202eoverride",
                                  "zero\u200bwidth", "line\nbreak"])
def test_learner_names_with_control_characters_are_refused(tmp_path: Path, name: str) -> None:
    service = open_service(tmp_path / "quiz.sqlite3", clock=Clock())
    with pytest.raises(QuizError, match="control characters"):
        service.add_learner(name)
    assert service.add_learner("  Zoë O'Brien ") == "Zoë O'Brien"
    service.close()
