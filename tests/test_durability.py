"""Answers survive a SIGKILL at any moment, and two processes answering at once lose nothing."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from engine_support import make_deck, write_decks
from quiz.engine.store import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

#: Answers cards for ever (or ``limit`` times), printing "saved <n> <card id>" once each answer
#: has returned, that is, once the engine says it is committed.
WORKER = """
import sys
from pathlib import Path
from quiz.engine.api import Settings
from quiz.engine.service import open_service

db, decks, name, parity, limit = sys.argv[1:6]
service = open_service(Path(db), [Path(decks)])
service.add_learner(name)
service.save_settings(name, Settings(new_per_day=10_000))
cards = [c.id for c in service.deck("d").cards]
pinned = [("d", c) for i, c in enumerate(cards) if parity == "all" or i % 2 == int(parity)]
print("ready", flush=True)
n = 0
while n < int(limit):
    session = service.start(name, card_ids=pinned)
    while n < int(limit) and (card := session.current()) is not None:
        session.answer(card.card.answer if n % 3 else "wrong", 1.0)
        n += 1
        print(f"saved {n} {card.card.id}", flush=True)  # one write: a kill cannot split it
    session.finish()
service.close()
print("done", flush=True)
"""


def _worker(tmp_path: Path, name: str, parity: str = "all", limit: int = 10**9
            ) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WORKER, str(tmp_path / "quiz.sqlite3"), str(tmp_path / "decks"),
         name, parity, str(limit)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())


def _logged(tmp_path: Path, name: str) -> list[str]:
    with sqlite3.connect(tmp_path / "quiz.sqlite3") as db:
        rows = db.execute("SELECT card_id FROM review_log JOIN learners l ON l.id = learner "
                          "WHERE l.name = ? ORDER BY review_log.id", (name,)).fetchall()
    db.close()
    return [card_id for (card_id,) in rows]


def test_every_reported_answer_survives_sigkill(tmp_path: Path) -> None:
    write_decks(tmp_path / "decks", make_deck("d", 40))
    Store.open(tmp_path / "quiz.sqlite3").close()
    chance = random.Random(20261121)
    reported: list[str] = []  # what the log held after the previous round
    for _round in range(5):
        worker = _worker(tmp_path, "ada")
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready", worker.stderr.read()  # type: ignore[union-attr]
        time.sleep(chance.uniform(0.02, 0.4))
        worker.send_signal(signal.SIGKILL)
        output, _ = worker.communicate()
        assert worker.returncode == -signal.SIGKILL
        saved = [line.split() for line in output.splitlines() if line.startswith("saved")]
        assert [int(n) for _, n, _ in saved] == list(range(1, len(saved) + 1))
        logged = _logged(tmp_path, "ada")
        new = logged[len(reported):]
        assert new[:len(saved)] == [card for _, _, card in saved]
        assert len(new) <= len(saved) + 1  # at most the answer being committed at the kill
        reported = logged
    assert len(reported) > 10  # the rounds did answer something
    store = Store.open(tmp_path / "quiz.sqlite3")
    try:
        assert store.integrity_ok()
        # the schedule agrees with the log: every answered card has a state
        answered = {card for (card,) in store.query("SELECT DISTINCT card_id FROM review_log")}
        states = {card for (card,) in store.query("SELECT card_id FROM card_state")}
        assert answered == states
    finally:
        store.close()


@pytest.mark.parametrize("same_learner", [False, True])
def test_two_processes_answering_at_once_lose_nothing(tmp_path: Path,
                                                      same_learner: bool) -> None:
    write_decks(tmp_path / "decks", make_deck("d", 30))
    names = ("ada", "ada") if same_learner else ("ada", "bob")
    workers = [_worker(tmp_path, name, parity, limit=150)
               for name, parity in zip(names, ("0", "1"), strict=True)]
    outputs = [worker.communicate(timeout=60) for worker in workers]
    for worker, (out, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err
        assert out.splitlines()[-1] == "done"
    expected = sorted(line.split()[2] for out, _ in outputs for line in out.splitlines()
                      if line.startswith("saved"))
    logged = sorted(_logged(tmp_path, "ada") + ([] if same_learner else _logged(tmp_path, "bob")))
    assert logged == expected and len(logged) == 300
    with sqlite3.connect(tmp_path / "quiz.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT SUM(answered) FROM sessions").fetchone() == (300,)
    db.close()
