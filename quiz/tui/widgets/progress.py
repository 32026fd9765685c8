"""The study screen's top line: where the card comes from, a progress bar and the running score."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import ProgressBar, Static

from quiz.engine.api import Progress, StudyCard
from quiz.tui.text import literal_line


class SessionStatus(Horizontal):
    """Deck and card kind on the left, progress bar and score on the right.

    A card missed on a learning step comes back, so the number of cards to go can stay put
    while the learner answers: the line says how many are left rather than a total that grows
    ("1/8, 2/9, 3/10"); the bar (answered over answered plus left) still only moves forward."""

    def compose(self) -> ComposeResult:
        yield Static(id="card-meta")
        yield ProgressBar(id="progress", show_eta=False, show_percentage=False)
        yield Static(id="score")

    def show(self, progress: Progress, study: StudyCard | None) -> None:
        """Refresh the bar and the score; describe ``study`` when there is a card."""
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=max(progress.total, 1), progress=progress.answered)
        self.query_one("#score", Static).update(
            f"{progress.answered} answered · {progress.remaining} left · "
            f"{progress.correct} right")
        if study is not None:
            kind = "new" if study.is_new else "review"
            card = study.card
            self.query_one("#card-meta", Static).update(Content.assemble(
                literal_line(study.deck_title, 28, "bold"),
                (f"  {card.category} · {card.type} · {kind}", "dim")))
