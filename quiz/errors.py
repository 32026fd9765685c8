"""The exception hierarchy: library code raises these, only the CLI and TUI turn them into text."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class QuizError(Exception):
    """Root of every error ``quiz`` raises on purpose (bad input, bad state)."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem found in an input file, located as precisely as we can.

    ``line`` and ``column`` are 1-based; 0 means unknown (e.g. the file as a whole).
    """

    path: Path | str
    line: int
    column: int
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}" if self.line else f"{self.path}"
        text = f"{where}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class DeckError(QuizError):
    """A deck file could not be loaded; ``problems`` lists everything that is wrong with it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class ArticleError(QuizError):
    """An article could not be read (empty, binary, too large, undecodable)."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}")


class StoreError(QuizError):
    """The score database cannot be used (corrupt, from a newer version, locked too long)."""

    def __init__(self, path: Path | str, message: str, hint: str = "") -> None:
        self.path = path
        self.message = message
        self.hint = hint
        super().__init__(f"{path}: {message}" + (f" ({hint})" if hint else ""))
