"""Entry point for ``python -m quiz``."""

from __future__ import annotations

from quiz.cli import main

if __name__ == "__main__":  # pragma: no cover - exercised through the console script
    main()
