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


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _problem_data(problem: Problem) -> list[Any]:
    return [str(problem.path), problem.line, problem.column, problem.message, problem.hint]


class Catalog:
    """The cached deck index of one store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def sync(self, locations: Iterable[Location], load: Loader) -> None:
        """Make the cache match ``locations`` (in discovery order), parsing changed files."""
        cached = {str(row[0]): (row[1], row[2], row[3], row[4]) for row in self._store.query(
            "SELECT path, mtime_ns, size, origin, position FROM deck_cache")}
        wanted: list[tuple[str, str]] = []
        changed: list[tuple[str, str, os.stat_result | None]] = []
        for location in locations:
            key = os.path.abspath(location.path)
            if any(key == seen for seen, _ in wanted):
                continue
            wanted.append((key, location.origin))
            try:
                stat: os.stat_result | None = os.stat(key)
            except OSError:
                stat = None
            row = cached.get(key)
            if (stat is None or row is None or row[0] != stat.st_mtime_ns
                    or row[1] != stat.st_size):
                changed.append((key, location.origin, stat))
        gone = set(cached) - {key for key, _ in wanted}
        reordered = [(position, origin, key) for position, (key, origin) in enumerate(wanted)
                     if key in cached and (cached[key][2], cached[key][3]) != (origin, position)]
        parsed = [(key, origin, stat, self._parse(key, stat, load))
                  for key, origin, stat in changed]
        if not (parsed or gone or reordered):
            return
        with self._store.transaction() as db:
            for key in gone:
                db.execute("DELETE FROM deck_cache WHERE path = ?", (key,))
            for position, origin, key in reordered:
                db.execute("UPDATE deck_cache SET origin = ?, position = ? WHERE path = ?",
                           (origin, position, key))
            for key, origin, stat, result in parsed:
                position = next(i for i, (k, _) in enumerate(wanted) if k == key)
                self._write(db, key, origin, position, stat, result)
            self._activate(db)

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
                   "title, description, tags, sources, card_count, by_category) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (key, mtime, size, origin, position, deck.id, deck.title, deck.description,
                    _dumps(list(deck.tags)), _dumps([_source_data(s) for s in deck.sources]),
                    len(deck.cards), _dumps(dict(by_category))))
        db.executemany(
            "INSERT OR REPLACE INTO cards (path, deck_id, card_id, position, category, type, "
            "question, answers, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(key, deck.id, card.id, index, card.category.value, card.type.value,
              card.question, _dumps(list(card.answers)), _dumps(card_to_data(card)))
             for index, card in enumerate(deck.cards)])

    @staticmethod
    def _activate(db: Any) -> None:
        """The first file (in discovery order) of each deck id is the active one."""
        rows = db.execute("SELECT path, deck_id FROM deck_cache WHERE deck_id IS NOT NULL "
                          "ORDER BY position").fetchall()
        seen: set[str] = set()
        for path, deck_id in rows:
            db.execute("UPDATE deck_cache SET active = ? WHERE path = ?",
                       (int(deck_id not in seen), path))
            seen.add(deck_id)

    def problems(self) -> list[Problem]:
        """Broken deck files and duplicate deck ids, in discovery order."""
        problems: list[Problem] = []
        first: dict[str, str] = {}
        for path, deck_id, data, active in self._store.query(
                "SELECT path, deck_id, problems, active FROM deck_cache ORDER BY position"):
            problems.extend(Problem(Path(p), line, column, message, hint)
                            for p, line, column, message, hint in json.loads(str(data)))
            if deck_id is None:
                continue
            if active:
                first[str(deck_id)] = str(path)
            else:
                problems.append(Problem(Path(str(path)), 0, 0,
                                        f"deck id {deck_id!r} is already used by "
                                        f"{first.get(str(deck_id), 'another deck')}; "
                                        "this file is ignored",
                                        "give one of the decks another id"))
        return problems

    def decks(self, deck_ids: Sequence[str] | None = None) -> list[CachedDeck]:
        """The active decks in discovery order (only ``deck_ids`` when given)."""
        decks = []
        for deck_id, path, origin, title, description, count, sources in self._store.query(
                "SELECT deck_id, path, origin, title, description, card_count, sources "
                "FROM deck_cache WHERE active ORDER BY position"):
            if deck_ids is not None and deck_id not in deck_ids:
                continue
            decks.append(CachedDeck(str(deck_id), Path(str(path)), str(origin), str(title),
                                    str(description), int(count),
                                    {s[1]: s[2] for s in json.loads(str(sources))}))
        return decks

    def deck(self, deck_id: str) -> Deck | None:
        """The whole active deck ``deck_id``, rebuilt from the cache."""
        rows = self._store.query(
            "SELECT path, title, description, tags, sources FROM deck_cache "
            "WHERE active AND deck_id = ?", (deck_id,))
        if not rows:
            return None
        path, title, description, tags, sources = rows[0]
        cards = tuple(card_from_data(json.loads(str(data))) for (data,) in self._store.query(
            "SELECT data FROM cards WHERE path = ? ORDER BY position", (path,)))
        return Deck(id=deck_id, title=str(title), cards=cards, description=str(description),
                    tags=tuple(json.loads(str(tags))),
                    sources=tuple(_source_from_data(s) for s in json.loads(str(sources))),
                    path=Path(str(path)))
