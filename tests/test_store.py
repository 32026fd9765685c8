"""The score database: pragmas, migrations, and refusing files it must not touch."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from engine_support import START
from quiz.engine.migrations import MIGRATIONS, SCHEMA_VERSION, migrate
from quiz.engine.store import Store, from_us, to_us
from quiz.errors import StoreError


def test_new_database_is_created_with_folders_wal_and_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "quiz.sqlite3"
    store = Store.open(path)
    try:
        db = store.connection
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.integrity_ok()
    finally:
        store.close()


def test_time_round_trip_is_exact() -> None:
    assert from_us(to_us(START)) == START
    assert to_us(START) < to_us(START.replace(microsecond=1))


def _v1_database(path: Path) -> None:
    """A database exactly as version 1 of the schema left it, with a learner's history."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    migrate(db, target=1)
    db.execute("INSERT INTO learners (name, created) VALUES ('ada', 1)")
    db.execute("INSERT INTO card_state VALUES (1, 'd', 'c1', '{}', 5, 2, 4)")
    db.execute("COMMIT")
    db.close()


def test_version_3_review_log_gets_ids_that_follow_time_in_the_same_order(
        tmp_path: Path) -> None:
    """Migration 4 renumbers the log so every id is at least its reviewed_at and above the
    previous id (queries by time then read ``id >= T``), keeping the rows and their order."""
    path = tmp_path / "v3.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    migrate(db, target=3)
    db.execute("INSERT INTO learners (name, created) VALUES ('ada', 1)")
    times = [50, 10, 10, 200, 201, 201, 150, 5000]  # clocks can go back; ties happen
    for index, at in enumerate(times):
        db.execute("INSERT INTO review_log (learner, deck_id, card_id, category, reviewed_at, "
                   "answer_given, correct, score, rating, duration, kind) "
                   "VALUES (1, 'd', ?, 'date', ?, '', 1, 1.0, 3, 1.0, 'review')",
                   (f"c{index}", at))
    db.execute("COMMIT")
    db.close()
    store = Store.open(path)
    try:
        rows = store.query("SELECT id, card_id, reviewed_at FROM review_log ORDER BY id")
        assert [card for _, card, _ in rows] == [f"c{i}" for i in range(len(times))]
        assert [at for _, _, at in rows] == times
        ids = [row_id for row_id, _, _ in rows]
        assert ids == [50, 51, 52, 200, 201, 202, 203, 5000]
        assert all(row_id >= at for row_id, _, at in rows)
        names = {name for (name,) in store.query("SELECT name FROM sqlite_master")}
        assert not names & {"review_log_time", "card_state_deck_due", "review_log_card"}
        # the log by card is indexed up to the last row, each row under its own card
        assert store.query("SELECT upto FROM log_indexed") == [(5000,)]
        assert store.query("SELECT card_id, log_id FROM log_by_card ORDER BY log_id") == [
            (card, row_id) for row_id, card, _ in rows]
        assert store.integrity_ok()
    finally:
        store.close()


def test_version_1_file_is_migrated_forward_keeping_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _v1_database(path)
    assert len(MIGRATIONS) >= 2
    store = Store.open(path)
    try:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.learners() == [(1, "ada")]
        assert store.query("SELECT deck_id, card_id, due FROM card_state") == [("d", "c1", 5)]
        # the version-2 tables exist and work
        assert store.query("SELECT COUNT(*) FROM deck_cache") == [(0,)]
    finally:
        store.close()


def _refused(path: Path, expected: str) -> None:
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert expected in str(caught.value)
    assert caught.value.hint
    assert path.read_bytes() == before
    wal = Path(f"{path}-wal")  # a read-only look may leave an empty log beside it, no more
    assert not wal.exists() or wal.stat().st_size == 0


def test_random_bytes_are_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "quiz.sqlite3"
    path.write_bytes(random.Random(7).randbytes(8192))
    _refused(path, "not an SQLite file")


def _sqlite_file(path: Path, *statements: str) -> Path:
    db = sqlite3.connect(path)
    for statement in statements:
        db.execute(statement)
    db.commit()
    db.close()
    return path


def test_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = _sqlite_file(tmp_path / "quiz.sqlite3", "PRAGMA user_version = 999",
                        "CREATE TABLE future (x)")
    _refused(path, "newer quiz (schema 999")


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = _sqlite_file(tmp_path / "other.sqlite3", "CREATE TABLE invoices (id)")
    _refused(path, "not a quiz score database")


def test_corrupt_pages_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "quiz.sqlite3"
    store = Store.open(path)
    store.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = random.Random(3).randbytes(3996)  # the schema page, after the header
    path.write_bytes(bytes(data))
    _refused(path, "corrupt")


def test_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "quiz.sqlite3"
    path.touch()
    Store.open(path).close()
    assert path.read_bytes().startswith(b"SQLite format 3")
