"""quiz: learn what news articles say, with generated decks and spaced repetition.

The package root stays empty on purpose: importing ``quiz`` must not pull in Textual, YAML
or the scheduler, so that every command only pays for what it uses.
"""

from __future__ import annotations

__version__ = "0.1.0"
