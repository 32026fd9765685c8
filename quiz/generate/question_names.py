"""What the question writer asks of names (one entity or two, other spellings, the family of
roles), with an entity index or without one."""

from __future__ import annotations

from typing import Protocol

from quiz.generate.ids import normalise


class Names(Protocol):
    """What the question writer needs to know about names (the entity index provides it)."""

    def same(self, a: str, b: str) -> bool: ...

    def aliases(self, name: str) -> tuple[str, ...]: ...

    def family(self, name: str) -> str: ...


class PlainNames:
    """:class:`Names` without an entity index: names are equal when their text is."""

    def same(self, a: str, b: str) -> bool:
        return normalise(a) == normalise(b)

    def aliases(self, name: str) -> tuple[str, ...]:
        return (name,)

    def family(self, name: str) -> str:
        return ""


class RememberedNames:
    """:class:`Names` that asks ``names`` once per name: a corpus asks about the same few
    thousand names over and over (every actor fact, every distractor check)."""

    __slots__ = ("_names", "_aliases", "_same", "_families")

    def __init__(self, names: Names) -> None:
        self._names = names
        self._aliases: dict[str, tuple[str, ...]] = {}
        self._same: dict[tuple[str, str], bool] = {}
        self._families: dict[str, str] = {}

    def same(self, a: str, b: str) -> bool:
        key = (a, b) if a <= b else (b, a)
        found = self._same.get(key)
        if found is None:
            found = self._same[key] = self._names.same(a, b)
        return found

    def aliases(self, name: str) -> tuple[str, ...]:
        found = self._aliases.get(name)
        if found is None:
            found = self._aliases[name] = self._names.aliases(name)
        return found

    def family(self, name: str) -> str:
        found = self._families.get(name)
        if found is None:
            found = self._families[name] = self._names.family(name)
        return found
