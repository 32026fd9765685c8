"""Several processes on one score database, each with its own deck set, and stale sessions."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from engine_support import Clock, learner, make_deck, write_decks
from quiz.engine.service import open_service
from quiz.engine.store import STALE_AFTER, Store, to_us


def test_another_process_with_other_decks_does_not_break_a_session(tmp_path: Path) -> None:
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    mine.mkdir()
    theirs.mkdir()
    (deck_path,) = write_decks(mine, make_deck("mine", 8))
    write_decks(theirs, make_deck("theirs", 3))
    db = tmp_path / "quiz.sqlite3"
    clock = Clock()
    first = open_service(db, [deck_path], clock=clock)
    name = learner(first)
    session = first.start(name, ["mine"])
    answers = []
    for index in range(8):
        card = session.current()
        assert card is not None, f"the session ended early, after {index} answers"
        right = index % 3 != 0
        answers.append(session.answer(card.card.answer if right else "no idea", 2.0))
        # another process, which knows other decks, opens the database, lists and closes
        second = open_service(db, [theirs], clock=clock)
        assert [d.deck_id for d in second.decks(name)][-1] == "theirs"
        assert "mine" not in {d.deck_id for d in second.decks(name)}
        second.close()
    assert "mine" in {d.deck_id for d in first.decks(name)}
    summary = session.finish()
    assert summary.answered >= 8
    assert [m.card_id for m in summary.missed] == ["c0", "c3", "c6"]
    assert summary.correct == summary.answered - sum(1 for a in answers if not a.verdict.correct)
    first.close()


def test_a_deck_file_that_is_gone_leaves_the_cache(tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    a, b = write_decks(folder, make_deck("a", 2), make_deck("b", 2))
    db = tmp_path / "quiz.sqlite3"
    open_service(db, [folder], clock=Clock()).close()
    b.unlink()
    service = open_service(db, [a], clock=Clock())
    paths = {row[0] for row in service.store.query("SELECT path FROM deck_cache")}
    assert str(a) in paths and str(b) not in paths
    service.close()


def _open_session(db: Path, owner: str, started: dt.datetime) -> int:
    store = Store.open(db)
    try:
        with store.transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO sessions (learner, label, deck_ids, started, owner) "
                "VALUES (1, 'x', '[]', ?, ?)", (to_us(started), owner))
        return int(cursor.lastrowid or 0)
    finally:
        store.close()


def test_a_killed_sessions_row_is_closed_with_its_totals(tmp_path: Path) -> None:
    db = tmp_path / "quiz.sqlite3"
    clock = Clock()
    folder = tmp_path / "decks"
    folder.mkdir()
    write_decks(folder, make_deck("a", 5))
    service = open_service(db, [folder], clock=clock)
    session = service.start(learner(service), ["a"])
    for right in (True, False, True):
        card = session.current()
        assert card is not None
        session.answer(card.card.answer if right else "wrong", 1.0)
        clock.advance(seconds=30)
    last_answer = clock.now - dt.timedelta(seconds=30)
    # the process dies (SIGKILL or SIGHUP): nothing closes the session
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    with service.store.transaction() as connection:
        connection.execute("UPDATE sessions SET owner = ? WHERE id = ?",
                           (f"{os.uname().nodename}:{dead.stdout.strip()}",
                            session.session_id))
    service.close()
    # a live session of another running process and a recent one stay open
    alive = _open_session(db, f"{os.uname().nodename}:{os.getppid()}", clock.now)
    elsewhere = _open_session(db, "another-host:1", clock.now)
    old = _open_session(db, "another-host:2", clock.now - STALE_AFTER - dt.timedelta(hours=1))
    reopened = open_service(db, [folder], clock=clock)
    rows = {row[0]: row[1:] for row in reopened.store.query(
        "SELECT id, ended, answered, correct FROM sessions")}
    assert rows[session.session_id] == (to_us(last_answer), 3, 2)
    assert rows[alive][0] is None and rows[elsewhere][0] is None
    assert rows[old] == (to_us(clock.now - STALE_AFTER - dt.timedelta(hours=1)), 0, 0)
    reopened.close()
