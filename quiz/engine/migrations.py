"""The score database's schema, as a list of forward migrations numbered by ``user_version``.

``MIGRATIONS[i]`` takes a database from version ``i`` to ``i + 1``; a fresh file runs them all.
Never edit a released entry: append a new one (and a test that migrates the previous version).
Times are stored as integer microseconds since the Unix epoch (UTC), so they sort and compare
exactly; fsrs states are stored as fsrs' own ``Card.to_dict`` JSON.
"""

from __future__ import annotations

import sqlite3

# Version 1: learners, the schedule, the review log and sessions.
_V1 = """
CREATE TABLE learners (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created INTEGER NOT NULL,
    settings TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE card_state (
    learner INTEGER NOT NULL REFERENCES learners(id),
    deck_id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    fsrs TEXT NOT NULL,
    due INTEGER NOT NULL,
    state INTEGER NOT NULL,
    last_review INTEGER,
    PRIMARY KEY (learner, deck_id, card_id)
) WITHOUT ROWID;
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    learner INTEGER NOT NULL REFERENCES learners(id),
    label TEXT NOT NULL,
    deck_ids TEXT NOT NULL,
    started INTEGER NOT NULL,
    ended INTEGER,
    answered INTEGER NOT NULL DEFAULT 0,
    correct INTEGER NOT NULL DEFAULT 0,
    cram INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE review_log (
    id INTEGER PRIMARY KEY,
    learner INTEGER NOT NULL REFERENCES learners(id),
    session_id INTEGER REFERENCES sessions(id),
    deck_id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    category TEXT NOT NULL,
    reviewed_at INTEGER NOT NULL,
    answer_given TEXT NOT NULL,
    correct INTEGER NOT NULL,
    score REAL NOT NULL,
    rating INTEGER NOT NULL,
    duration REAL NOT NULL,
    kind TEXT NOT NULL,
    state_before TEXT,
    state_after TEXT,
    cram INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX review_log_card ON review_log (learner, deck_id, card_id);
CREATE INDEX review_log_time ON review_log (learner, reviewed_at);
"""

# Version 2: the deck catalog cache, so a session starts without parsing any deck file, and
# the due index, per learner and deck (the queue applies daily limits per deck). Every index
# costs each answer's commit a page or two, so there are no others on the hot tables.
_V2 = """
CREATE TABLE deck_cache (
    path TEXT PRIMARY KEY,
    mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL,
    origin TEXT NOT NULL,
    position INTEGER NOT NULL,
    deck_id TEXT,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    sources TEXT NOT NULL DEFAULT '[]',
    card_count INTEGER NOT NULL DEFAULT 0,
    by_category TEXT NOT NULL DEFAULT '{}',
    problems TEXT NOT NULL DEFAULT '[]',
    active INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE cards (
    path TEXT NOT NULL REFERENCES deck_cache(path) ON DELETE CASCADE,
    deck_id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    category TEXT NOT NULL,
    type TEXT NOT NULL,
    question TEXT NOT NULL,
    answers TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (path, card_id)
) WITHOUT ROWID;
CREATE INDEX cards_by_id ON cards (deck_id, card_id);
CREATE INDEX card_state_deck_due ON card_state (learner, deck_id, state, due);
"""

# Version 3: decks that are views of another deck (``part_of``; cached rows are re-parsed
# to learn it), and who runs a session, so one left open by a killed process can be closed.
_V3 = """
ALTER TABLE deck_cache ADD COLUMN part_of TEXT NOT NULL DEFAULT '';
UPDATE deck_cache SET mtime_ns = -1;
ALTER TABLE sessions ADD COLUMN owner TEXT NOT NULL DEFAULT ''
"""

# Version 4: fewer B-tree pages written per answer. The due index goes: every answer moved
# the card's entry from one leaf to another (two pages), while the queue reads each deck's
# schedule once per session, as a range of the table's own key (learner, deck). And the
# review log's ids follow time, so its time index can go too (one page more). Every id is
# at least its row's ``reviewed_at`` (an answer takes ``max(reviewed_at, last id + 1)``), so
# ``reviewed_at >= T`` rows all have ``id >= T``: a query by time adds ``id >= T`` and reads
# a range of the table itself. Old rows are renumbered in their order: row ``n`` (from 1)
# gets ``n + max(0, max over rows m <= n of (reviewed_at_m - m))``, that rule row by row.
# The log by card (a card's history) is an index kept up to date lazily, not by each answer:
# ``log_by_card`` holds the ids of the rows up to ``log_indexed.upto``; a card's history
# reads them and the few rows after ``upto`` (:func:`quiz.engine.store.index_log` catches
# up first). New ids are always above ``upto``, so an id taken back by undo is never reused
# below it.
_V4 = """
CREATE TABLE review_log_v4 (
    id INTEGER PRIMARY KEY,
    learner INTEGER NOT NULL REFERENCES learners(id),
    session_id INTEGER REFERENCES sessions(id),
    deck_id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    category TEXT NOT NULL,
    reviewed_at INTEGER NOT NULL,
    answer_given TEXT NOT NULL,
    correct INTEGER NOT NULL,
    score REAL NOT NULL,
    rating INTEGER NOT NULL,
    duration REAL NOT NULL,
    kind TEXT NOT NULL,
    state_before TEXT,
    state_after TEXT,
    cram INTEGER NOT NULL DEFAULT 0
);
INSERT INTO review_log_v4
SELECT n + MAX(0, MAX(reviewed_at - n) OVER (ORDER BY n ROWS UNBOUNDED PRECEDING)),
       learner, session_id, deck_id, card_id, category, reviewed_at, answer_given, correct,
       score, rating, duration, kind, state_before, state_after, cram
FROM (SELECT ROW_NUMBER() OVER (ORDER BY id) AS n, * FROM review_log) ORDER BY n;
DROP TABLE review_log;
ALTER TABLE review_log_v4 RENAME TO review_log;
CREATE TABLE log_by_card (
    learner INTEGER NOT NULL,
    deck_id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    log_id INTEGER NOT NULL,
    PRIMARY KEY (learner, deck_id, card_id, log_id)
) WITHOUT ROWID;
CREATE TABLE log_indexed (upto INTEGER NOT NULL);
INSERT INTO log_by_card SELECT learner, deck_id, card_id, id FROM review_log;
INSERT INTO log_indexed SELECT COALESCE(MAX(id), 0) FROM review_log;
DROP INDEX card_state_deck_due
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4)

#: The schema version this code writes; files with a larger ``user_version`` are refused.
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(connection: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to ``target`` inside the caller's transaction; return the
    version it started from. Each step runs statement by statement (``executescript`` would
    commit the caller's transaction)."""
    (current,) = connection.execute("PRAGMA user_version").fetchone()
    for version in range(current, target):
        for statement in MIGRATIONS[version].split(";"):
            if statement.strip():
                connection.execute(statement)
    if target > current:
        connection.execute(f"PRAGMA user_version = {int(target)}")
    return int(current)
