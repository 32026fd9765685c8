"""Answer widgets, one per card type; each posts :class:`Answered` when the learner commits.

The widgets only collect a response; grading and committing belong to the study screen,
which owns the session. Choices and items come from decks, so they pass through
:mod:`quiz.tui.text` before they are shown.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from quiz.engine.api import Response
from quiz.engine.self_grading import self_graded
from quiz.model import Card, CardType
from quiz.tui.text import literal_line


class Answered(Message):
    """The learner committed a response to the current card."""

    def __init__(self, response: Response) -> None:
        super().__init__()
        self.response = response


class Revealed(Message):
    """The learner asked to see the answer of a self-graded card."""


class TextAnswer(Input):
    """A one-line answer for typed cards and short cloze cards; enter submits."""

    def __init__(self, card: Card) -> None:
        placeholder = ("Fill the gap, then press enter" if card.type is CardType.CLOZE
                       else "Type your answer, then press enter")
        super().__init__(placeholder=placeholder, id="answer-input", select_on_focus=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(Answered(event.value))


class ChoiceAnswer(OptionList):
    """Numbered choices: a digit picks one at once, arrows and enter or a click also do.

    Deck authors tend to write the answer first, so the choices are shown in a shuffled order
    that is the same every time the card comes back (seeded by the card id)."""

    BINDINGS = [Binding(str(n), f"pick({n - 1})", show=False) for n in range(1, 10)]

    def __init__(self, card: Card) -> None:
        self.choices = stable_shuffle(card.choices, card.id)
        options = [Option(Content.assemble((f"{n}. ", "bold"), literal_line(text)))
                   for n, text in enumerate(self.choices, start=1)]
        super().__init__(*options, id="answer-choices")

    def action_pick(self, index: int) -> None:
        if 0 <= index < len(self.choices):
            self.highlighted = index
            self.post_message(Answered(self.choices[index]))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(Answered(self.choices[event.option_index]))


class TrueFalseAnswer(Horizontal, can_focus=True):
    """Two buttons; t and f answer from the keyboard."""

    BINDINGS = [
        Binding("t", "choose(True)", "True"),
        Binding("f", "choose(False)", "False"),
    ]

    def __init__(self) -> None:
        super().__init__(id="answer-truefalse")

    def compose(self) -> ComposeResult:
        for value in (True, False):
            button = Button(f"{value} ({str(value)[0].lower()})", id=f"tf-{str(value).lower()}")
            button.can_focus = False
            yield button

    def action_choose(self, value: bool) -> None:
        self.post_message(Answered(value))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(Answered(event.button.id == "tf-true"))


def stable_shuffle(items: Sequence[str], seed: str) -> list[str]:
    """``items`` in a shuffled order that depends only on ``items`` and ``seed``."""
    order = list(items)
    random.Random(seed).shuffle(order)
    return order


def shuffled(items: Sequence[str], seed: str) -> list[str]:
    """``items`` in a stable shuffled order (never the correct one when there are two or more)."""
    order = list(items)
    if len(set(order)) < 2:
        return order
    rng = random.Random(seed)
    while order == list(items):
        rng.shuffle(order)
    return order


class OrderAnswer(OptionList):
    """Items to put in order: move the highlighted one with shift+up/down (or k/j), or pick it
    with space and carry it with the arrows; enter submits the order shown."""

    BINDINGS = [
        Binding("shift+up,k", "move(-1)", "Move up", show=False),
        Binding("shift+down,j", "move(1)", "Move down", show=False),
        Binding("space", "toggle_pick", "Pick/drop"),
        Binding("enter", "select", "Submit"),
    ]

    def __init__(self, card: Card) -> None:
        self.items = shuffled(card.items, card.id)
        self.picked = False
        super().__init__(*self._item_options(), id="answer-order")
        self.border_title = "first at the top"

    def _item_options(self) -> list[Option]:
        return [Option(Content.assemble((f"{n}. ", "bold"), literal_line(text)))
                for n, text in enumerate(self.items, start=1)]

    def on_mount(self) -> None:
        self.highlighted = 0

    def action_move(self, step: int) -> None:
        index = self.highlighted
        if index is None or not 0 <= index + step < len(self.items):
            return
        items = self.items
        items[index], items[index + step] = items[index + step], items[index]
        self.clear_options()
        self.add_options(self._item_options())
        self.highlighted = index + step

    def action_toggle_pick(self) -> None:
        self.picked = not self.picked
        self.set_class(self.picked, "-picked")

    def action_cursor_up(self) -> None:
        if self.picked:
            self.action_move(-1)
        else:
            super().action_cursor_up()

    def action_cursor_down(self) -> None:
        if self.picked:
            self.action_move(1)
        else:
            super().action_cursor_down()

    def action_select(self) -> None:
        self.post_message(Answered(tuple(self.items)))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()  # a click only highlights; enter submits the whole order


class RecallAnswer(Vertical, can_focus=True):
    """Think of the answer, then reveal it (space or the button) and grade yourself: recall
    cards, and cloze cards whose answer is a phrase (their missing words are revealed)."""

    BINDINGS = [Binding("space", "reveal", "Show answer")]

    def __init__(self, card: Card) -> None:
        super().__init__(id="answer-recall")
        self.hint = ("Think of the missing words, then press space to see them."
                     if card.type is CardType.CLOZE
                     else "Think of the answer, then press space to see it.")

    def compose(self) -> ComposeResult:
        yield Static(self.hint, classes="hint")
        button = Button("Show answer (space)", id="reveal")
        button.can_focus = False
        yield button

    def action_reveal(self) -> None:
        self.post_message(Revealed())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_reveal()


def answer_widget(card: Card) -> Widget:
    """The widget that collects an answer to ``card``: a reveal for self-graded cards."""
    if self_graded(card):
        return RecallAnswer(card)
    match card.type:
        case CardType.TYPED | CardType.CLOZE:
            return TextAnswer(card)
        case CardType.CHOICE:
            return ChoiceAnswer(card)
        case CardType.TRUEFALSE:
            return TrueFalseAnswer()
        case CardType.ORDER:
            return OrderAnswer(card)
    raise ValueError(f"unknown card type {card.type!r}")
