"""The study screen: ask a card, take the answer, show the verdict and the grade bar, go on.

Every answer is committed by the engine inside ``session.answer``/``grade`` before the next card
is asked, so ending the session at any moment (escape, q, closing the terminal) loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from quiz.engine.api import AnswerOutcome, Rating, Response, StudyCard, StudySession
from quiz.engine.self_grading import filled_in, self_graded
from quiz.model import Card, CardType
from quiz.tui.text import literal
from quiz.tui.widgets.answers import Answered, Revealed, answer_widget
from quiz.tui.widgets.feedback import CardFeedback
from quiz.tui.widgets.grades import GradeBar
from quiz.tui.widgets.progress import SessionStatus

if TYPE_CHECKING:
    from quiz.engine.api import SessionSummary

#: A line above the question for types whose question does not say how to answer (an order
#: card's question does; its list is titled "first at the top").
_PROMPTS = {
    CardType.TRUEFALSE: "True or false?",
    CardType.CLOZE: "Fill the gap:",
}
#: The line above a self-graded cloze (its answer is a phrase): asked, then revealed.
_THINK_PROMPT = "Fill the gap in your head:"
_FILLED_PROMPT = "The missing words, in place:"


def question_content(card: Card, *, revealed: bool = False) -> Content:
    """The question in bold, under a dim line saying how to answer when the type needs it.

    A self-graded cloze keeps its gap until it is ``revealed``; then its answer is shown
    where the gap was, marked out from the rest of the sentence."""
    if card.type is CardType.CLOZE and self_graded(card):
        if revealed:
            before, answer, after = filled_in(card.question, card.answer)
            question = Content.assemble(literal(before, "bold"),
                                        literal(answer, "bold underline $accent"),
                                        literal(after, "bold"))
            return Content.assemble((_FILLED_PROMPT, "dim"), "\n", question)
        return Content.assemble((_THINK_PROMPT, "dim"), "\n", literal(card.question, "bold"))
    question = literal(card.question, "bold")
    prompt = _PROMPTS.get(card.type)
    return Content.assemble((prompt, "dim"), "\n", question) if prompt else question


class Phase(StrEnum):
    """Where the current card stands."""

    ASKING = "asking"  # waiting for an answer
    REVEALED = "revealed"  # a self-graded card shows its answer and waits for a self-grade
    ANSWERED = "answered"  # the answer is committed; the verdict and grade bar are shown


class StudyScreen(Screen[None]):
    """One study session, card after card; ends on the summary screen."""

    BINDINGS = [
        Binding("enter,space", "accept", "Next"),
        *(Binding(str(r.value), f"grade({r.value})", r.name.title(), show=False)
          for r in Rating),
        Binding("u,ctrl+z", "undo", "Undo"),
        Binding("escape,q", "end", "End session"),
    ]

    def __init__(self, session: StudySession, *, timer: Callable[[], float],
                 on_summary: Callable[[SessionSummary], Screen[None]],
                 source_title: Callable[[str, str], str] | None = None) -> None:
        super().__init__()
        self.session = session
        self.timer = timer
        self.on_summary = on_summary
        self.source_title = source_title  # (deck id, file) -> that article's title, or ""
        self.phase = Phase.ASKING
        self.study: StudyCard | None = None
        self.outcome: AnswerOutcome | None = None
        self.shown_at = 0.0
        self.thought_seconds = 0.0

    def compose(self) -> ComposeResult:
        yield SessionStatus(id="status")
        with VerticalScroll(id="card-scroll"):
            yield Static(id="question")
            yield Vertical(id="answer-slot")
            yield CardFeedback(id="feedback")
        yield GradeBar(id="grades")
        yield Footer(compact=True)

    async def on_mount(self) -> None:
        await self.show_current()

    # -- showing -------------------------------------------------------------------------

    async def show_current(self) -> None:
        """Ask the session's current card, or end on the summary when there is none."""
        study = self.session.current()
        if study is None:
            self.action_end()
            return
        self.study, self.outcome, self.phase = study, None, Phase.ASKING
        card = study.card
        self.query_one("#question", Static).update(question_content(card))
        self.query_one("#feedback", CardFeedback).display = False
        self.query_one("#grades", GradeBar).display = False
        slot = self.query_one("#answer-slot", Vertical)
        slot.display = True
        await slot.remove_children()
        widget = answer_widget(card)
        await slot.mount(widget)
        widget.focus()
        self.query_one("#card-scroll", VerticalScroll).scroll_home(animate=False)
        self.query_one("#status", SessionStatus).show(self.session.progress(), study)
        self.refresh_bindings()
        self.shown_at = self.timer()

    def _elapsed(self) -> float:
        return max(self.timer() - self.shown_at, 0.0)

    def _settle(self) -> None:
        """Freeze the answer widget and hand the keys to the screen's bindings."""
        for child in self.query_one("#answer-slot", Vertical).children:
            child.disabled = True
        self.query_one("#card-scroll", VerticalScroll).focus()
        self.refresh_bindings()

    def on_answered(self, message: Answered) -> None:
        message.stop()
        if self.phase is not Phase.ASKING or self.study is None:
            return
        self._record(self.session.answer(message.response, self._elapsed()), message.response)

    def _record(self, outcome: AnswerOutcome, response: Response) -> None:
        assert self.study is not None
        self.outcome, self.phase = outcome, Phase.ANSWERED
        self.query_one("#feedback", CardFeedback).show(self.study, outcome.verdict, response,
                                                       self._titles())
        self.query_one("#grades", GradeBar).show(outcome.intervals, outcome.rating,
                                                 cram=self.session.cram)
        self.query_one("#status", SessionStatus).show(self.session.progress(), None)
        self._settle()

    def _titles(self) -> Callable[[str], str] | None:
        """Article titles of the current card's deck, for the conflict lines."""
        lookup, study = self.source_title, self.study
        if lookup is None or study is None:
            return None
        return lambda file: lookup(study.deck_id, file)

    def on_revealed(self, message: Revealed) -> None:
        message.stop()
        if self.phase is not Phase.ASKING or self.study is None:
            return
        self.thought_seconds = self._elapsed()
        self.phase = Phase.REVEALED
        self.query_one("#question", Static).update(question_content(self.study.card,
                                                                    revealed=True))
        self.query_one("#answer-slot", Vertical).display = False  # the reveal prompt is done
        self.query_one("#feedback", CardFeedback).show(self.study, None, titles=self._titles())
        self.query_one("#grades", GradeBar).show(self.session.intervals(), Rating.GOOD,
                                                 cram=self.session.cram)
        self._settle()

    # -- actions -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("accept", "grade"):
            return self.phase in (Phase.ANSWERED, Phase.REVEALED)
        return True

    async def action_accept(self) -> None:
        """Keep the suggested rating (Good for a revealed self-graded card) and go on."""
        if self.phase is Phase.REVEALED:
            await self.action_grade(Rating.GOOD.value)
        elif self.phase is Phase.ANSWERED:
            await self.show_current()

    async def action_grade(self, value: int) -> None:
        """Self-grade a revealed card, or override the suggested rating, and go on."""
        rating = Rating(value)
        if self.phase is Phase.REVEALED:
            self.session.grade(rating, self.thought_seconds)
        elif self.phase is Phase.ANSWERED and self.outcome is not None:
            if rating != self.outcome.rating:
                self.session.regrade(rating)
        else:
            return
        await self.show_current()

    async def on_grade_bar_chosen(self, message: GradeBar.Chosen) -> None:
        message.stop()
        await self.action_grade(message.rating.value)

    async def action_undo(self) -> None:
        """Take back the last committed answer and ask that card again."""
        if self.session.undo():
            self.notify("Last answer taken back.", timeout=2)
            await self.show_current()
        else:
            self.notify("Nothing to undo in this session.", severity="warning", timeout=2)

    def on_unmount(self) -> None:
        """Leaving the app mid-session still closes the session (its answers are saved)."""
        self.session.finish()

    def action_end(self) -> None:
        """Close the session (every answer is already saved) and show the summary."""
        summary = self.session.finish()
        self.app.switch_screen(self.on_summary(summary))

