"""The score database: one SQLite file (WAL, synchronous=FULL), checked before it is touched.

A file that is not SQLite, is corrupt, belongs to another program or comes from a newer
``quiz`` is refused with a :class:`StoreError` and left exactly as it was: it is inspected
through a read-only connection before the writable one is opened.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quiz.engine.clock import UTC
from quiz.engine.migrations import SCHEMA_VERSION, migrate
from quiz.errors import StoreError

_SQLITE_HEADER = b"SQLite format 3\x00"
_BUSY_TIMEOUT_SECONDS = 5.0
_WAL_PAGES = 100  # checkpoint the write-ahead log every ~100 pages (about a dozen answers)
_MOVE_HINT = "move the file away or choose another with --db PATH or QUIZ_DB"
#: A session with no answer for this long is closed when a store is opened (its process was
#: killed, or it was left open overnight), even if its owner cannot be checked.
STALE_AFTER = dt.timedelta(hours=6)


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = dt.timedelta(microseconds=1)


def to_us(moment: dt.datetime) -> int:
    """An aware datetime as integer microseconds since the epoch (the stored form)."""
    return (moment - _EPOCH) // _MICROSECOND


def from_us(value: int) -> dt.datetime:
    """The inverse of :func:`to_us`, in UTC."""
    return _EPOCH + dt.timedelta(microseconds=value)


@dataclass(frozen=True, slots=True)
class StoredState:
    """A row of ``card_state``: enough to restore it exactly."""

    fsrs: str
    due: int
    state: int
    last_review: int | None


def _inspect(path: Path) -> None:
    """Refuse ``path`` unless it is empty, absent, or a quiz database we can read."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as error:
        raise StoreError(path, f"cannot read the score database: {error.strerror}") from error
    if not header:
        return
    if header != _SQLITE_HEADER:
        raise StoreError(path, "not a quiz score database (not an SQLite file)", _MOVE_HINT)
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                timeout=_BUSY_TIMEOUT_SECONDS)
        try:
            (version,) = probe.execute("PRAGMA user_version").fetchone()
            tables = {name for (name,) in probe.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            probe.close()
    except sqlite3.DatabaseError as error:
        raise StoreError(path, f"the score database is corrupt ({error})", _MOVE_HINT) from error
    if version > SCHEMA_VERSION:
        raise StoreError(path, f"the score database is from a newer quiz (schema {version}, "
                               f"this quiz knows up to {SCHEMA_VERSION})",
                         "upgrade quiz, or use another file with --db PATH")
    if version == 0 and tables:
        raise StoreError(path, "not a quiz score database (it holds other tables: "
                               f"{', '.join(sorted(tables)[:3])})", _MOVE_HINT)


class Store:
    """An open score database. Writes go through :meth:`transaction`."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.connection = connection
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating when absent) and migrate the database at ``path``."""
        path = Path(path)
        _inspect(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(path, f"cannot create its folder: {error.strerror}") from error
        try:
            connection = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_SECONDS,
                                         isolation_level=None, check_same_thread=False)
        except sqlite3.Error as error:
            raise StoreError(path, f"cannot open the score database ({error})") from error
        store = cls(path, connection)
        try:
            with store.errors():
                store._configure()
        except BaseException:
            connection.close()
            raise
        return store

    def _configure(self) -> None:
        """Pragmas, WAL, and the schema brought up to date (another process opening the same
        new file at the same moment waits its turn, then finds the work done)."""
        connection = self.connection
        connection.execute(f"PRAGMA busy_timeout = {int(_BUSY_TIMEOUT_SECONDS * 1000)}")
        if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self._switch_to_wal()
        connection.execute("PRAGMA synchronous = FULL")
        # A small log is reused from its start after each checkpoint instead of growing: a
        # commit that grows the file makes its sync wait for a file-system journal commit
        # too, which doubles the cost of an answer (measured: 0.33 -> 0.16 ms).
        connection.execute(f"PRAGMA wal_autocheckpoint = {_WAL_PAGES}")
        connection.execute("PRAGMA foreign_keys = ON")
        (version,) = connection.execute("PRAGMA user_version").fetchone()
        if version < SCHEMA_VERSION:
            with self.transaction():
                migrate(connection)

    def _switch_to_wal(self) -> None:
        """``journal_mode = WAL`` needs the file to itself and does not wait for it, so
        retry while another process holds it, up to the busy timeout."""
        deadline = time.monotonic() + _BUSY_TIMEOUT_SECONDS
        while True:
            try:
                self.connection.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def close(self) -> None:
        with self._lock:
            self.connection.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``: no lock upgrade deadlocks), committed
        on success; every sqlite failure becomes a :class:`StoreError`."""
        # As :meth:`errors` does, inline: this runs once per answer.
        with self._lock:
            connection = self.connection
            try:
                connection.execute("BEGIN IMMEDIATE")
                try:
                    yield connection
                except BaseException:
                    connection.execute("ROLLBACK")
                    raise
                connection.execute("COMMIT")
            except sqlite3.DatabaseError as error:
                raise self._error(error) from error

    @contextmanager
    def errors(self) -> Iterator[None]:
        """Turn sqlite failures (corruption, a lock held too long) into :class:`StoreError`."""
        try:
            yield
        except sqlite3.DatabaseError as error:
            raise self._error(error) from error

    def _error(self, error: sqlite3.DatabaseError) -> StoreError:
        if isinstance(error, sqlite3.OperationalError):
            if "locked" in str(error) or "busy" in str(error):
                return StoreError(self.path, "the score database stayed locked by another "
                                             "program for too long",
                                  "close other quiz windows and try again")
            return StoreError(self.path, f"database error: {error}")
        return StoreError(self.path, f"the score database is corrupt ({error})", _MOVE_HINT)

    def query(self, sql: str, parameters: tuple[object, ...] | list[object] = ()
              ) -> list[tuple[Any, ...]]:
        """Rows of a read query."""
        with self._lock, self.errors():
            return self.connection.execute(sql, parameters).fetchall()

    def integrity_ok(self) -> bool:
        """``PRAGMA integrity_check`` says ``ok``."""
        rows = self.query("PRAGMA integrity_check")
        return rows == [("ok",)]

    # learners ---------------------------------------------------------------------------

    def learners(self) -> list[tuple[int, str]]:
        return [(int(i), str(n)) for i, n in
                self.query("SELECT id, name FROM learners ORDER BY id")]

    def add_learner(self, name: str, now: dt.datetime) -> int:
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO learners (name, created) VALUES (?, ?)",
                       (name, to_us(now)))
            (learner_id,) = db.execute("SELECT id FROM learners WHERE name = ?",
                                       (name,)).fetchone()
        return int(learner_id)

    def learner_id(self, name: str) -> int | None:
        rows = self.query("SELECT id FROM learners WHERE name = ?", (name,))
        return int(rows[0][0]) if rows else None

    def settings_json(self, learner_id: int) -> str:
        rows = self.query("SELECT settings FROM learners WHERE id = ?", (learner_id,))
        return str(rows[0][0]) if rows else "{}"

    def save_settings_json(self, learner_id: int, text: str) -> None:
        with self.transaction() as db:
            db.execute("UPDATE learners SET settings = ? WHERE id = ?", (text, learner_id))

    def close_stale_sessions(self, now: dt.datetime) -> int:
        """See :func:`close_stale_sessions` (a no-op without open sessions)."""
        if not self.query("SELECT 1 FROM sessions WHERE ended IS NULL LIMIT 1"):
            return 0
        with self.transaction() as db:
            return close_stale_sessions(db, now)

    # card state -------------------------------------------------------------------------

    def state(self, learner_id: int, deck_id: str, card_id: str) -> StoredState | None:
        rows = self.query("SELECT fsrs, due, state, last_review FROM card_state "
                          "WHERE learner = ? AND deck_id = ? AND card_id = ?",
                          (learner_id, deck_id, card_id))
        return StoredState(*rows[0]) if rows else None


def session_owner() -> str:
    """Who runs a session: ``host:pid``, so a later process can tell whether it still runs."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _owner_alive(owner: str, host: str) -> bool | None:
    """Whether the session owner's process still runs; None when it cannot be told (another
    host, or a session from before owners were recorded)."""
    owner_host, _, pid = owner.rpartition(":")
    if owner_host != host or not pid.isdigit():
        return None
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but belongs to someone else
        return True
    return True


def close_stale_sessions(db: sqlite3.Connection, now: dt.datetime) -> int:
    """Close the sessions left open by a process that was killed (its owner no longer runs
    on this host) or that have had no answer for :data:`STALE_AFTER`: each ends at its last
    answer (or its start) with its totals counted from the review log. Returns how many."""
    host = socket.gethostname()
    mine = session_owner()
    limit = to_us(now - STALE_AFTER)
    closed = 0
    # ``id >= started`` reads the log from the session's start on, not the whole log (ids
    # follow time: see migration 4).
    in_session = ("FROM review_log r WHERE r.id >= s.started AND r.learner = s.learner "
                  "AND r.reviewed_at >= s.started "
                  "AND r.session_id = s.id")
    for session_id, started, owner, last in db.execute(
            f"SELECT s.id, s.started, s.owner, (SELECT MAX(r.reviewed_at) {in_session}) "
            "FROM sessions s WHERE s.ended IS NULL").fetchall():
        if owner == mine:
            continue
        latest = int(last if last is not None else started)
        if _owner_alive(str(owner), host) is False or latest < limit:
            db.execute(f"UPDATE sessions AS s SET ended = ?, answered = (SELECT COUNT(*) "
                       f"{in_session}), correct = (SELECT COALESCE(SUM(r.correct), 0) "
                       f"{in_session}) WHERE s.id = ?", (latest, session_id))
            closed += 1
    return closed


def index_log(db: sqlite3.Connection) -> None:
    """Bring the log-by-card index (``log_by_card``, see migration 4) up to the newest row,
    inside the caller's write transaction."""
    (upto,) = db.execute("SELECT upto FROM log_indexed").fetchone()
    (last,) = db.execute("SELECT COALESCE(MAX(id), 0) FROM review_log").fetchone()
    if last > upto:
        db.execute("INSERT OR IGNORE INTO log_by_card SELECT learner, deck_id, card_id, id "
                   "FROM review_log WHERE id > ? AND id <= ?", (upto, last))
        db.execute("UPDATE log_indexed SET upto = ?", (last,))


def card_log(store: Store, learner_id: int, deck_id: str, card_id: str, columns: str
             ) -> list[tuple[Any, ...]]:
    """``columns`` of one card's review log rows, oldest first: the indexed ones and those
    written since the index last caught up (it catches up here when behind)."""
    if store.query("SELECT 1 FROM log_indexed WHERE upto < (SELECT MAX(id) FROM review_log)"):
        with store.transaction() as db:
            index_log(db)
    key = (learner_id, deck_id, card_id)
    # A listed id whose row was taken back (undo) matches nothing, or a row of this card.
    return store.query(
        f"SELECT {columns} FROM review_log WHERE learner = ?1 AND deck_id = ?2 "
        "AND card_id = ?3 AND (id IN (SELECT log_id FROM log_by_card WHERE learner = ?1 "
        "AND deck_id = ?2 AND card_id = ?3) OR id > (SELECT upto FROM log_indexed)) "
        "ORDER BY reviewed_at, id", key)


def put_state(db: sqlite3.Connection, learner_id: int, deck_id: str, card_id: str,
              state: StoredState | None) -> None:
    """Set (or, with ``None``, delete) a card's state inside the caller's transaction."""
    if state is None:
        db.execute("DELETE FROM card_state WHERE learner = ? AND deck_id = ? AND card_id = ?",
                   (learner_id, deck_id, card_id))
        return
    db.execute("INSERT OR REPLACE INTO card_state "
               "(learner, deck_id, card_id, fsrs, due, state, last_review) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)",
               (learner_id, deck_id, card_id, state.fsrs, state.due, state.state,
                state.last_review))
