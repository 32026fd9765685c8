"""The cram chooser: what ``c`` on the home screen crams, and how those cards are found.

Cramming never changes the schedule, so it is for going over something now: the whole
selection, one category of it, the cards the learner got wrong the last time they were asked,
or the cards most often got wrong. The last two are read from each card's review history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quiz.model import Category
from quiz.tui.screens.dialog import Dialog
from quiz.tui.text import literal_line

if TYPE_CHECKING:
    from quiz.engine.api import DeckSummary, ReviewRecord, StudyService

#: How many cards "hardest cards" crams at most.
HARDEST_LIMIT = 20

CardKey = tuple[str, str]  # (deck id, card id)


class CramKind(StrEnum):
    """Which cards of the selection to cram."""

    ALL = "all"
    CATEGORY = "category"
    MISSED = "missed"
    HARDEST = "hardest"


@dataclass(frozen=True, slots=True)
class CramChoice:
    """The learner's pick in the chooser (``category`` only for :attr:`CramKind.CATEGORY`)."""

    kind: CramKind
    category: Category | None = None


def missed_last_time(histories: dict[CardKey, Sequence[ReviewRecord]]) -> list[CardKey]:
    """The cards whose latest answer was wrong, in the order given."""
    return [key for key, records in histories.items() if records and not records[-1].correct]


def hardest(histories: dict[CardKey, Sequence[ReviewRecord]],
            limit: int = HARDEST_LIMIT) -> list[CardKey]:
    """Up to ``limit`` cards answered wrong at least once: most wrong answers first, then the
    largest share of wrong answers."""
    scored = []
    for key, records in histories.items():
        wrong = sum(not record.correct for record in records)
        if wrong:
            scored.append((-wrong, -wrong / len(records), key))
    return [key for *_, key in sorted(scored, key=lambda item: item[:2])[:limit]]


def card_histories(service: StudyService, learner: str, decks: Sequence[DeckSummary],
                   category: Category | None) -> dict[CardKey, Sequence[ReviewRecord]]:
    """The review history of every card of ``decks`` (of ``category`` if given).

    A deck that is a view of another selected deck adds nothing: its cards are the parent's.
    """
    chosen = {deck.deck_id for deck in decks}
    histories: dict[CardKey, Sequence[ReviewRecord]] = {}
    for summary in decks:
        if summary.part_of and summary.part_of in chosen:
            continue
        for card in service.deck(summary.deck_id).cards:
            if category is None or card.category == category:
                key = (summary.deck_id, card.id)
                histories[key] = service.history(learner, summary.deck_id, card.id)
    return histories


def pick_cards(choice: CramChoice, histories: dict[CardKey, Sequence[ReviewRecord]]
               ) -> list[CardKey]:
    """The cards a history-based ``choice`` crams."""
    return missed_last_time(histories) if choice.kind is CramKind.MISSED else hardest(histories)


class CramScreen(Dialog[CramChoice | None]):
    """Choose what to cram; dismisses with the choice, or None."""

    DEFAULT_CSS = """
    CramScreen #cram-dialog {
        width: 64;
    }
    CramScreen #cram-title {
        text-style: bold;
    }
    CramScreen #cram-list {
        height: auto;
        max-height: 14;
        margin: 1 0;
    }
    CramScreen .hint {
        color: $text-muted;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, label: str, total: int, categories: dict[Category, int]) -> None:
        super().__init__()
        self.label = label
        self.choices = [CramChoice(CramKind.ALL)]
        self.options = [Content.assemble("Every card of ", literal_line(label, 36),
                                         f" ({total})")]
        if len(categories) > 1:
            for category, cards in categories.items():
                self.choices.append(CramChoice(CramKind.CATEGORY, category))
                self.options.append(Content(f"Only the {category} cards ({cards})"))
        self.choices += [CramChoice(CramKind.MISSED), CramChoice(CramKind.HARDEST)]
        self.options += [Content("The cards I got wrong the last time I answered them"),
                         Content(f"The hardest cards: most often wrong (up to {HARDEST_LIMIT})")]

    def compose(self) -> ComposeResult:
        with Vertical(id="cram-dialog", classes="dialog"):
            yield Static("Cram what? (your schedule does not change)", id="cram-title")
            yield OptionList(*(Option(text) for text in self.options), id="cram-list")
            yield Static("Enter picks · Esc cancels", classes="hint")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected, "#cram-list")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)
