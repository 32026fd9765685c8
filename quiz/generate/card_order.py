"""Order cards: per article, three to five dated events to put in time order."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence

from quiz.generate.facts import Fact
from quiz.generate.ids import normalise, order_id
from quiz.generate.question_checks import SMALL_WORDS, bare_names, well_formed, without_stray_the
from quiz.model import Card, CardType, Category, SourceRef


ORDER_QUESTION = "In what order did these events happen (earliest first)?"


def order_cards(facts: Sequence[Fact], limit: int = 5) -> list[Card]:
    """"Put these events in time order" cards: per article, 3-5 dated events with distinct
    dates, each event stated without its date."""
    by_article: dict[str, list[Fact]] = defaultdict(list)
    texts: dict[str, list[str]] = defaultdict(list)  # every fact's sentence, by article
    for fact in facts:
        texts[fact.article].append(fact.sentence.text)
        if fact.category is Category.DATE and fact.when is not None and fact.event and \
                fact.question and not fact.question.startswith(_STATE_QUESTIONS) and \
                len(fact.event.split()) <= _ITEM_WORDS and not _PLANNED.search(fact.event) \
                and well_formed(fact):
            by_article[fact.article].append(fact)
    cards: list[Card] = []
    for article in sorted(by_article):
        def bare(article: str = article) -> frozenset[str]:
            return bare_names(texts[article])  # (not a walk over the corpus's facts)

        dated: dict[dt.date, Fact] = {}
        for fact in sorted(by_article[article], key=lambda f: (f.when, f.sentence.index)):
            assert fact.when is not None
            if fact.when not in dated and \
                    not any(_overlap(fact.value, f.value) or _same_event(fact, f)
                            for f in dated.values()):
                dated[fact.when] = fact
        events = [dated[d] for d in sorted(dated)]
        if len(events) < 3:
            continue
        if len(events) > limit:
            step = (len(events) - 1) / (limit - 1)
            events = [events[round(i * step)] for i in range(limit)]
        items = tuple(without_stray_the(_item(f), bare) for f in events)
        explanation = "; ".join(f"{item} ({f.answer})" for item, f in zip(items, events))
        cards.append(Card(id=order_id(article, [f.value for f in events]), type=CardType.ORDER,
                          category=Category.DATE, question=ORDER_QUESTION, items=items,
                          explanation=explanation,
                          source=SourceRef(file=article, sentence=events[0].sentence.text),
                          tags=("order",)))
    return cards


#: Questions about a state ("Since when ...") rather than an event cannot be put in order.
_STATE_QUESTIONS = ("Since", "Before", "Until", "By")


def _event_words(text: str) -> set[str]:
    return {w for w in normalise(text).split() if w not in SMALL_WORDS and len(w) > 2}


def _same_event(a: Fact, b: Fact) -> bool:
    """Two statements of one event ("the council approved the budget" twice, in different
    words): they share most of their content words."""
    first, second = _event_words(a.event), _event_words(b.event)
    if not first or not second:
        return False
    shared = len(first & second)
    return shared >= 2 and shared / min(len(first), len(second)) >= 0.5


def _overlap(a: str, b: str) -> bool:
    """"2020-01" and "2020-01-03" may be the same event: they cannot be ordered."""
    return a.startswith(b) or b.startswith(a)


#: An event still to come ("the libraries will close"): it has not happened, so it is no
#: item of "In what order did these events happen?".
_PLANNED = re.compile(r"\b(?:will|would|shall|is due|are due|is expected|are expected|"
                      r"is scheduled|are scheduled)\b")
#: The longest event an order card lists (a longer one is left out, never cut short).
_ITEM_WORDS = 20


def _item(fact: Fact) -> str:
    event = fact.event.strip()
    return event[:1].upper() + event[1:]
