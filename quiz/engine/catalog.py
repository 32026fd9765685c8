"""The deck catalog: every discovered deck file, cached in the store so nothing is re-parsed.

A file is re-parsed only when its ``(mtime_ns, size)`` differs from the cached row, so opening
a collection of unchanged decks costs one ``stat`` per file and no YAML at all. A broken deck,
or a second file with an id already loaded, is reported as a problem and never fatal.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from quiz.engine.store import Store
from quiz.errors import DeckError, Problem
from quiz.model import Card, CardType, Category, Conflict, Deck, Source, SourceRef


class Location(Protocol):
    """What :func:`quiz.deckfile.discover_decks` yields: a deck file and where it came from."""

    @property
    def path(self) -> Path: ...

    @property
    def origin(self) -> str: ...


Loader = Callable[[Path], Deck]


def card_to_data(card: Card) -> dict[str, Any]:
    """A card as compact JSON-ready data (the cache's form, not the deck file format)."""
    data: dict[str, Any] = {"id": card.id, "type": card.type.value,
                            "category": card.category.value, "question": card.question}
    for name in ("answer", "explanation"):
        if getattr(card, name):
            data[name] = getattr(card, name)
    for name in ("accept", "choices", "items", "tags"):
        if getattr(card, name):
            data[name] = list(getattr(card, name))
    if card.source is not None:
        data["source"] = [card.source.file, card.source.sentence]
    if card.conflict:
        data["conflict"] = [[c.file, c.value, c.sentence] for c in card.conflict]
    return data


def card_from_data(data: dict[str, Any]) -> Card:
    """The inverse of :func:`card_to_data`."""
    source = data.get("source")
    return Card(id=data["id"], type=CardType(data["type"]), category=Category(data["category"]),
                question=data["question"], answer=data.get("answer", ""),
                accept=tuple(data.get("accept", ())), choices=tuple(data.get("choices", ())),
                items=tuple(data.get("items", ())), explanation=data.get("explanation", ""),
                source=SourceRef(*source) if source else None,
                tags=tuple(data.get("tags", ())),
                conflict=tuple(Conflict(*c) for c in data.get("conflict", ())))


def _source_data(source: Source) -> list[Any]:
    return [source.id, source.file, source.title,
            source.published.isoformat() if source.published else None]


def _source_from_data(data: list[Any]) -> Source:
    import datetime as dt

    published = dt.date.fromisoformat(data[3]) if data[3] else None
    return Source(id=data[0], file=data[1], title=data[2], published=published)


@dataclass(frozen=True, slots=True)
class CachedDeck:
    """An active deck's row: what lists and sessions need without its cards."""

    deck_id: str
    path: Path
    origin: str
    title: str
    description: str
    card_count: int
    sources: dict[str, str]  # article file -> title
    part_of: str = ""  # the deck this one is a view of (see :class:`quiz.model.Deck`)


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _problem_data(problem: Problem) -> list[Any]:
    return [str(problem.path), problem.line, problem.column, problem.message, problem.hint]


class Catalog:
    """The cached deck index of one store, seen through the deck files this process found.

    The cache tables are shared by every process on the database, and processes may find
    different deck files (another deck folder, a deck given by path). So the cache is keyed
    by file path, a sync only adds or updates the rows of the files it looked at (and drops
    rows of files that no longer exist), and which file is the active one for a deck id is
    decided here, in memory, from this process's own discovery order: another process
    opening the database never takes a deck away from a running session.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._locations: list[tuple[str, str]] = []  # (absolute path, origin), found order

    def sync(self, locations: Iterable[Location], load: Loader) -> None:
        """Update the cache for ``locations`` (in discovery order), parsing changed files,
        and make them this catalog's deck set."""
        cached = {str(row[0]): (row[1], row[2]) for row in self._store.query(
            "SELECT path, mtime_ns, size FROM deck_cache")}
        wanted: dict[str, str] = {}
        changed: list[tuple[str, str, os.stat_result | None]] = []
        for location in locations:
            key = os.path.abspath(location.path)
            if key in wanted:
                continue
            wanted[key] = location.origin
            try:
                stat: os.stat_result | None = os.stat(key)
            except OSError:
                stat = None
            row = cached.get(key)
            if (stat is None or row is None or row[0] != stat.st_mtime_ns
                    or row[1] != stat.st_size):
                changed.append((key, location.origin, stat))
        self._locations = list(wanted.items())
        # Rows of files this process did not find may serve another process: only the rows
        # of files that are gone for everyone are dropped.
        gone = [key for key in cached if key not in wanted and not os.path.exists(key)]
        parsed = [(key, origin, stat, self._parse(key, stat, load))
                  for key, origin, stat in changed]
        if not (parsed or gone):
            return
        order = {key: position for position, (key, _) in enumerate(self._locations)}
        with self._store.transaction() as db:
            for key in gone:
                db.execute("DELETE FROM deck_cache WHERE path = ?", (key,))
            for key, origin, stat, result in parsed:
                self._write(db, key, origin, order[key], stat, result)

    @staticmethod
    def _parse(key: str, stat: os.stat_result | None, load: Loader) -> Deck | list[Problem]:
        if stat is None:
            return [Problem(key, 0, 0, "deck file not found or unreadable")]
        try:
            return load(Path(key))
        except DeckError as error:
            return error.problems or [Problem(key, 0, 0, str(error))]
        except OSError as error:
            return [Problem(key, 0, 0, f"cannot read the deck file: {error.strerror}")]

    @staticmethod
    def _write(db: Any, key: str, origin: str, position: int, stat: os.stat_result | None,
               result: Deck | list[Problem]) -> None:
        db.execute("DELETE FROM deck_cache WHERE path = ?", (key,))
        mtime, size = (stat.st_mtime_ns, stat.st_size) if stat else (-1, -1)
        if not isinstance(result, Deck):
            db.execute("INSERT INTO deck_cache (path, mtime_ns, size, origin, position, "
                       "problems) VALUES (?, ?, ?, ?, ?, ?)",
                       (key, mtime, size, origin, position,
                        _dumps([_problem_data(p) for p in result])))
            return
        deck = result
        by_category = Counter(card.category.value for card in deck.cards)
        db.execute("INSERT INTO deck_cache (path, mtime_ns, size, origin, position, deck_id, "
                   "title, description, tags, sources, card_count, by_category, part_of) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (key, mtime, size, origin, position, deck.id, deck.title, deck.description,
                    _dumps(list(deck.tags)), _dumps([_source_data(s) for s in deck.sources]),
                    len(deck.cards), _dumps(dict(by_category)), deck.part_of))
        db.executemany(
            "INSERT OR REPLACE INTO cards (path, deck_id, card_id, position, category, type, "
            "question, answers, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(key, deck.id, card.id, index, card.category.value, card.type.value,
              card.question, _dumps(list(card.answers)), _dumps(card_to_data(card)))
             for index, card in enumerate(deck.cards)])

    def _rows(self) -> list[tuple[str, str, str | None, str, str, int, str, str, str]]:
        """(path, origin, deck_id, title, description, card_count, sources, problems,
        part_of) of this catalog's files, in discovery order."""
        if not self._locations:
            return []
        origins = dict(self._locations)
        marks = ",".join("?" * len(origins))
        found = {str(row[0]): row for row in self._store.query(
            "SELECT path, deck_id, title, description, card_count, sources, problems, part_of "
            f"FROM deck_cache WHERE path IN ({marks})", tuple(origins))}
        rows = []
        for path, origin in self._locations:
            row = found.get(path)
            if row is not None:
                rows.append((path, origin, None if row[1] is None else str(row[1]),
                             str(row[2]), str(row[3]), int(row[4]), str(row[5]), str(row[6]),
                             str(row[7])))
        return rows

    def problems(self) -> list[Problem]:
        """Broken deck files, duplicate deck ids and views of unknown decks, in discovery
        order."""
        problems: list[Problem] = []
        first: dict[str, str] = {}
        rows = self._rows()
        for path, _, deck_id, _, _, _, _, data, _ in rows:
            problems.extend(Problem(Path(p), line, column, message, hint)
                            for p, line, column, message, hint in json.loads(data))
            if deck_id is None:
                continue
            if deck_id not in first:
                first[deck_id] = path
            else:
                problems.append(Problem(Path(path), 0, 0,
                                        f"deck id {deck_id!r} is already used by "
                                        f"{first[deck_id]}; this file is ignored",
                                        "give one of the decks another id"))
        for deck in self.decks():
            if deck.part_of and deck.part_of not in first:
                problems.append(Problem(deck.path, 0, 0,
                                        f"deck {deck.deck_id!r} is part of deck "
                                        f"{deck.part_of!r}, which is not known: its cards "
                                        "keep their own review history",
                                        f"add the deck {deck.part_of!r} or remove part_of"))
        return problems

    def decks(self, deck_ids: Sequence[str] | None = None) -> list[CachedDeck]:
        """The active decks (the first file found of each deck id) in discovery order (only
        ``deck_ids`` when given)."""
        decks: list[CachedDeck] = []
        seen: set[str] = set()
        rows = self._rows()
        for path, origin, deck_id, title, description, count, sources, _, part_of in rows:
            if deck_id is None or deck_id in seen:
                continue
            seen.add(deck_id)
            if deck_ids is not None and deck_id not in deck_ids:
                continue
            decks.append(CachedDeck(deck_id, Path(path), origin, title, description, count,
                                    {s[1]: s[2] for s in json.loads(sources)}, part_of))
        return decks

    def active_paths(self) -> list[str]:
        """The files of the active decks, in discovery order."""
        return [str(deck.path) for deck in self.decks()]

    def deck(self, deck_id: str) -> Deck | None:
        """The whole active deck ``deck_id``, rebuilt from the cache."""
        found = self.decks([deck_id])
        if not found:
            return None
        path = str(found[0].path)
        rows = self._store.query(
            "SELECT title, description, tags, sources, part_of FROM deck_cache WHERE path = ?",
            (path,))
        if not rows:
            return None
        title, description, tags, sources, part_of = rows[0]
        cards = tuple(card_from_data(json.loads(str(data))) for (data,) in self._store.query(
            "SELECT data FROM cards WHERE path = ? ORDER BY position", (path,)))
        return Deck(id=deck_id, title=str(title), cards=cards, description=str(description),
                    tags=tuple(json.loads(str(tags))),
                    sources=tuple(_source_from_data(s) for s in json.loads(str(sources))),
                    part_of=str(part_of), path=Path(path))
