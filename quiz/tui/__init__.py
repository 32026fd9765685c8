"""The Textual study app: home, study and summary screens on top of the headless engine.

Importing this package imports nothing else; ``quiz.tui.app.build_app`` is the entry point.
"""

from __future__ import annotations
