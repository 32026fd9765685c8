"""What the study screen shows under a card once it is answered or revealed."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.content import Content
from textual.widgets import Static

from quiz.engine.api import Response, StudyCard, Verdict, response_text
from quiz.engine.self_grading import self_graded
from quiz.model import Card, CardType, Conflict
from quiz.tui.text import literal




def correct_answer(card: Card, verdict: Verdict | None) -> str:
    """The answer to show: the verdict's canonical form, else what the card says."""
    if verdict is not None and verdict.expected:
        return verdict.expected
    if card.type is CardType.ORDER:
        return " → ".join(card.items)
    return card.answer


#: Card types answered by picking: the grader's text-matching reason ("exact match") says
#: nothing there, so the verdict reads as a choice.
_PICKED = (CardType.CHOICE, CardType.TRUEFALSE)


def _verdict_line(verdict: Verdict, card_type: CardType) -> Content:
    if card_type in _PICKED:
        return (Content.styled("✓ Right choice", "bold $success") if verdict.correct
                else Content.styled("✗ Wrong choice", "bold $error"))
    if verdict.correct:
        head = ("✓ Right", "bold $success")
    elif verdict.score > 0:
        head = (f"◐ Partly right ({verdict.score:.0%})", "bold $warning")
    else:
        head = ("✗ Wrong", "bold $error")
    reason = Content.assemble(" — ", literal(verdict.reason)) if verdict.reason else Content("")
    return Content.assemble(head, reason)


def feedback_content(study: StudyCard, verdict: Verdict | None, response: Response = None,
                     titles: Callable[[str], str] | None = None) -> Content:
    """The verdict and why, the correct answer, the explanation, the source and any conflict.

    ``titles`` gives the article title of a source file named by a conflict ("" if unknown)."""
    card = study.card
    lines: list[Content] = []
    if verdict is not None:
        lines.append(_verdict_line(verdict, card.type))
        if not self_graded(card):
            lines.append(Content.assemble(("Your answer: ", "dim"),
                                          literal(response_text(response, join=" → ") or "(blank)")))
    lines.append(Content.assemble(("Answer: ", "bold"),
                                  literal(correct_answer(card, verdict), "bold")))
    if card.explanation:
        lines.append(literal(card.explanation))
    if card.source is not None:
        title = study.source_title or card.source.file
        lines.append(Content.assemble(("Source: ", "dim"), literal(title, "italic")))
        if card.source.sentence:
            lines.append(Content.assemble("“", literal(card.source.sentence), "”"))
    lines.extend(_conflict_lines(card.conflict, titles))
    return Content("\n").join(lines)


def _conflict_lines(conflicts: Sequence[Conflict],
                    titles: Callable[[str], str] | None) -> list[Content]:
    lines: list[Content] = []
    for conflict in conflicts:
        source = (titles(conflict.file) if titles is not None else "") or conflict.file
        lines.append(Content.assemble(("⚠ Sources disagree: ", "bold $warning"),
                                      literal(source, "italic"), " says ",
                                      literal(conflict.value, "bold")))
        if conflict.sentence:
            lines.append(Content.assemble("  “", literal(conflict.sentence), "”"))
    return lines


class CardFeedback(Static):
    """The panel below the answer; hidden while the learner is still answering."""

    def show(self, study: StudyCard, verdict: Verdict | None, response: Response = None,
             titles: Callable[[str], str] | None = None) -> None:
        """Fill the panel for ``study`` and make it visible."""
        self.set_class(verdict is not None and not verdict.correct, "-wrong")
        self.set_class(verdict is not None and verdict.correct, "-right")
        self.update(feedback_content(study, verdict, response, titles))
        self.display = True
