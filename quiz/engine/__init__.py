"""The headless study engine: grading, scheduling, sessions, the score store and statistics.

Nothing under ``quiz.engine`` imports Textual; the TUI and the CLI sit on top of it.
"""
