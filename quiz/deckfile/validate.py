"""Check a composed deck node tree and build the :class:`~quiz.model.Deck` it describes.

Every problem is collected (a teacher fixing a deck wants the whole list at once), each
located at the node it is about and worded for someone who has never read a schema.
Values are read from the nodes' source text, so ``answer: 1969`` is the text ``"1969"``,
not a number, and a round trip through :func:`quiz.deckfile.writer.dump_deck` is exact.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from quiz.errors import Problem
from quiz.model import CLOZE_GAP, Card, CardType, Category, Conflict, Deck, Source, SourceRef

DECK_FIELDS = ("id", "title", "description", "tags", "part_of", "sources", "cards")
CARD_FIELDS = ("id", "type", "category", "question", "answer", "accept", "choices", "items",
               "explanation", "source", "tags", "conflict")
SOURCE_FIELDS = ("id", "file", "title", "published")
SOURCE_REF_FIELDS = ("file", "sentence")
CONFLICT_FIELDS = ("file", "value", "sentence")

#: A deck id: letters, digits, '-', '_' and '.', starting with a letter or digit.
DECK_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
#: A cloze gap: three or more underscores (``CLOZE_GAP`` is the shortest).
GAP = re.compile("_{%d,}" % len(CLOZE_GAP))
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_TRUE_WORDS = frozenset({"true", "yes", "on"})
_FALSE_WORDS = frozenset({"false", "no", "off"})
_DOCS = "see docs/deck-format.md"

#: Words people use for a card type or category, beyond near-misspellings of the real names.
SYNONYMS: dict[str, str] = {
    "basic": "recall", "flashcard": "recall", "flip": "recall", "selfgrade": "recall",
    "text": "typed", "input": "typed", "open": "typed", "short": "typed", "free": "typed",
    "multiple": "choice", "multiplechoice": "choice", "mcq": "choice", "options": "choice",
    "fill": "cloze", "fillin": "cloze", "gap": "cloze", "blank": "cloze",
    "bool": "truefalse", "boolean": "truefalse", "tf": "truefalse", "yesno": "truefalse",
    "sequence": "order", "sort": "order", "ordering": "order", "timeline": "order",
    "when": "date", "time": "date", "year": "date", "day": "date",
    "who": "actor", "person": "actor", "people": "actor", "organisation": "actor",
    "organization": "actor", "actors": "actor",
    "number": "figure", "numbers": "figure", "amount": "figure", "statistic": "figure",
    "quantity": "figure", "howmany": "figure",
    "why": "cause", "reason": "cause", "because": "cause", "causes": "cause",
    "misc": "other", "general": "other",
}


class Fields(dict[str, Any]):
    """A mapping's fields (name -> value node), remembering misspelt names already reported."""

    def __init__(self, node: Any) -> None:
        super().__init__()
        self.node = node
        self.misspelt: set[str] = set()  # real names suggested for unknown fields


def check_deck(root: Any, path: Path | str) -> tuple[Deck | None, list[Problem]]:
    """The deck ``root`` describes and every problem found; the deck is None if any."""
    checker = _Checker(path)
    deck = checker.deck(root)
    problems = sorted(checker.problems, key=lambda p: (p.line, p.column))
    return (deck if not problems else None), problems


def closest(word: str, choices: Sequence[str]) -> str:
    """The one of ``choices`` that ``word`` most likely means ('' when none is close)."""
    lowered = word.lower().strip()
    squashed = "".join(ch for ch in lowered if ch.isalnum())
    for candidate in (lowered, squashed):
        if candidate in choices:
            return candidate
        if SYNONYMS.get(candidate) in choices:
            return SYNONYMS[candidate]
    close = difflib.get_close_matches(lowered, choices, n=1, cutoff=0.6)
    return close[0] if close else ""


def suggestion(word: str, choices: Sequence[str]) -> str:
    """`` — did you mean 'x'?`` when ``word`` looks like one of ``choices`` (or says it)."""
    close = closest(word, choices)
    return f" — did you mean '{close}'?" if close else ""


def path_problem(file: str) -> str:
    """Why ``file`` may not be used as a source path (empty when it is fine)."""
    if not file:
        return "is empty"
    if file.startswith(("/", "\\", "~")) or re.match(r"[A-Za-z]:", file) or "://" in file:
        return f"'{file}' must be a path relative to the deck's folder"
    depth = 0
    for part in PurePosixPath(file.replace("\\", "/")).parts:
        depth += -1 if part == ".." else (0 if part == "." else 1)
        if depth < 0:
            return f"'{file}' leads outside the deck's folder"
    return ""


class _Checker:
    """Walks the node tree once, building values and recording problems."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    # -- reporting -------------------------------------------------------------------------

    def report(self, node: Any, message: str, hint: str = "") -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, message, hint))

    # -- generic node readers --------------------------------------------------------------

    def fields(self, node: Any, allowed: Sequence[str], what: str,
               kind_hint: str) -> Fields | None:
        """The mapping's fields by name; reports a non-mapping, unknown and repeated fields."""
        import yaml

        if not isinstance(node, yaml.MappingNode):
            self.report(node, f"{what} should be a mapping of fields ({kind_hint}), "
                              f"not {_kind(node)}", _DOCS)
            return None
        found = Fields(node)
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                self.report(key, f"{what}: a field name must be a word, not {_kind(key)}")
                continue
            name = key.value
            if name in allowed and name not in found:
                found[name] = value
            elif name in allowed:
                self.report(key, f"{what}: field '{name}' appears twice; line "
                                 f"{found[name].start_mark.line + 1} has it already",
                            "keep one of them")
            elif close := closest(name, allowed):
                found.misspelt.add(close)
                self.report(key, f"{what}: unknown field '{name}' — did you mean '{close}'?")
            else:
                self.report(key, f"{what}: unknown field '{name}'",
                            "the fields here are " + ", ".join(allowed))
        return found

    def text(self, fields: Fields, name: str, what: str, *, required: bool = False) -> str:
        """A text field, stripped; '' when absent (reported when ``required``)."""
        node = fields.get(name)
        if node is None or _is_null(node):
            if required and name not in fields.misspelt:  # else "did you mean" said it all
                self.report(node if node is not None else fields.node, f"{what} has no {name}")
            return ""
        import yaml

        if not isinstance(node, yaml.ScalarNode):
            self.report(node, f"{what}: '{name}' should be text, not {_kind(node)}")
            return ""
        value: str = node.value.strip()
        if required and not value:
            self.report(node, f"{what} has an empty {name}")
        return value

    def texts(self, fields: Fields, name: str, what: str) -> tuple[str, ...]:
        """A list of texts (a single text is taken as a list of one); empty entries reported."""
        import yaml

        node = fields.get(name)
        if node is None or _is_null(node):
            return ()
        if isinstance(node, yaml.ScalarNode):
            items = [node]
        elif isinstance(node, yaml.SequenceNode):
            items = list(node.value)
        else:
            self.report(node, f"{what}: '{name}' should be a list of texts, not a mapping")
            return ()
        values: list[str] = []
        for item in items:
            if not isinstance(item, yaml.ScalarNode) or _is_null(item):
                self.report(item, f"{what}: every entry of '{name}' should be text, "
                                  f"not {_kind(item)}")
            elif not item.value.strip():
                self.report(item, f"{what}: '{name}' has an empty entry")
            else:
                values.append(item.value.strip())
        return tuple(values)

    def items(self, node: Any, what: str) -> list[Any]:
        """The entries of a list node; anything else is reported and gives no entries."""
        import yaml

        if node is None or _is_null(node):
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.report(node, f"{what} should be a list, not {_kind(node)}")
            return []
        return list(node.value)

    def enum(self, fields: Fields, name: str, what: str,
             enum: Callable[[str], Any], allowed: Sequence[str]) -> Any:
        """A value of a closed set, with a "did you mean" for near misses."""
        value = self.text(fields, name, what, required=True)
        if not value:
            return None
        try:
            return enum(value)
        except ValueError:
            self.report(fields[name], f"{what}: unknown {name} '{value}'"
                                      f"{suggestion(value, allowed)}",
                        f"{name} is one of: " + ", ".join(allowed))
            return None

    # -- the deck --------------------------------------------------------------------------

    def deck(self, root: Any) -> Deck | None:
        fields = self.fields(root, DECK_FIELDS, "the deck",
                             "id, title, description, tags, sources, cards")
        if fields is None:
            return None
        deck_id = self.text(fields, "id", "the deck", required=True)
        if deck_id and not DECK_ID.fullmatch(deck_id):
            self.report(fields["id"], f"the deck id '{deck_id}' may only use letters, digits, "
                                      "'-', '_' and '.', without spaces",
                        "for example 'iraq-talks'")
        title = self.text(fields, "title", "the deck", required=True)
        description = self.text(fields, "description", "the deck")
        tags = self.texts(fields, "tags", "the deck")
        part_of = self.text(fields, "part_of", "the deck")
        if part_of and not DECK_ID.fullmatch(part_of):
            self.report(fields["part_of"], f"part_of '{part_of}' is not a deck id: it may only "
                                           "use letters, digits, '-', '_' and '.'",
                        "give the id of the deck this one is a view of")
        elif part_of and part_of == deck_id:
            self.report(fields["part_of"], "a deck cannot be part_of itself",
                        "give the id of the deck this one is a view of, or remove part_of")
        sources = self.sources(fields.get("sources"))
        cards = self.cards(fields.get("cards"), root, {s.file for s in sources})
        return Deck(id=deck_id, title=title, description=description, tags=tags,
                    sources=tuple(sources), cards=tuple(cards),
                    path=Path(self.path) if isinstance(self.path, Path) else None,
                    part_of=part_of)

    def sources(self, node: Any) -> list[Source]:
        sources: list[Source] = []
        seen_ids: dict[str, int] = {}
        seen_files: dict[str, int] = {}
        for number, entry in enumerate(self.items(node, "'sources'"), start=1):
            fields = self.fields(entry, SOURCE_FIELDS, f"source {number}",
                                 "id, file, title, published")
            if fields is None:
                continue
            source_id = self.text(fields, "id", f"source {number}", required=True)
            what = f"source '{source_id}'" if source_id else f"source {number}"
            file = self.relative_file(fields, what)
            title = self.text(fields, "title", what)
            published = self.date(fields, "published", what)
            line = entry.start_mark.line + 1
            if source_id and source_id in seen_ids:
                self.report(fields["id"], f"duplicate source id '{source_id}': the source on "
                                          f"line {seen_ids[source_id]} has it already")
            if file and file in seen_files:
                self.report(fields["file"], f"{what}: the file '{file}' is already listed "
                                            f"on line {seen_files[file]}")
            seen_ids.setdefault(source_id, line)
            seen_files.setdefault(file, line)
            sources.append(Source(id=source_id, file=file, title=title, published=published))
        return sources

    def date(self, fields: Fields, name: str, what: str) -> dt.date | None:
        value = self.text(fields, name, what)
        if not value:
            return None
        try:
            if DATE.fullmatch(value):
                return dt.date.fromisoformat(value)
        except ValueError:
            pass
        self.report(fields[name], f"{what}: '{name}' should be a date written YYYY-MM-DD, "
                                  f"not '{value}'", "for example 2024-01-25")
        return None

    # -- cards -----------------------------------------------------------------------------

    def cards(self, node: Any, root: Any, source_files: set[str]) -> list[Card]:
        entries = self.items(node, "'cards'")
        if not entries:
            self.report(node if node is not None and not _is_null(node) else root,
                        "the deck has no cards", "add at least one card; " + _DOCS)
        cards: list[Card] = []
        first_line: dict[str, int] = {}
        for number, entry in enumerate(entries, start=1):
            card = self.card(entry, number, source_files)
            if card is None:
                continue
            if card.id in first_line:
                self.report(entry, f"duplicate card id '{card.id}': the card on line "
                                   f"{first_line[card.id]} has it already",
                            "every card needs its own id, as review history is kept by id")
            else:
                first_line[card.id] = entry.start_mark.line + 1
            cards.append(card)
        return cards

    def card(self, node: Any, number: int, source_files: set[str]) -> Card | None:
        what = _card_label(node, number)
        fields = self.fields(node, CARD_FIELDS, what, "id, type, category, question, answer...")
        if fields is None:
            return None
        card_id = self.text(fields, "id", what, required=True)
        card_type: CardType | None = self.enum(fields, "type", what, CardType,
                                               [t.value for t in CardType])
        category = self.enum(fields, "category", what, Category, [c.value for c in Category])
        question = self.text(fields, "question", what, required=True)
        if card_type is CardType.TRUEFALSE:
            answer = self.truth(fields, what)
        else:
            answer = self.text(fields, "answer", what,
                               required=card_type not in (None, CardType.ORDER))
        accept = self.texts(fields, "accept", what)
        choices = self.texts(fields, "choices", what)
        items = self.texts(fields, "items", what)
        explanation = self.text(fields, "explanation", what)
        source = self.source_ref(fields.get("source"), what, source_files)
        tags = self.texts(fields, "tags", what)
        conflict = self.conflicts(fields.get("conflict"), what)
        if card_type is not None:
            self.type_rules(card_type, fields, what, question=question, answer=answer,
                            choices=choices, items=items)
        if not card_id or card_type is None or category is None:
            return None
        return Card(id=card_id, type=card_type, category=category, question=question,
                    answer=answer, accept=accept, choices=choices, items=items,
                    explanation=explanation, source=source, tags=tags, conflict=conflict)

    def truth(self, fields: Fields, what: str) -> str:
        """A true/false answer: YAML booleans and the words, normalised to "true"/"false"."""
        text = self.text(fields, "answer", what, required=True)
        if not text:
            return ""
        node = fields["answer"]
        lowered = text.lower()
        is_bool = node.tag == _BOOL
        if lowered == "true" or (is_bool and lowered in _TRUE_WORDS):
            return "true"
        if lowered == "false" or (is_bool and lowered in _FALSE_WORDS):
            return "false"
        self.report(node, f"{what}: the answer must be true or false, not '{text}'")
        return ""

    def type_rules(self, card_type: CardType, fields: Fields, what: str, *, question: str,
                   answer: str, choices: tuple[str, ...], items: tuple[str, ...]) -> None:
        """What each card type needs beyond the common fields."""
        if self.listed(fields, "choices", choices, what, wanted=card_type is CardType.CHOICE,
                       owner="choice", hint="list the options under 'choices', the answer "
                                            "among them"):
            if answer and answer not in choices:
                near = difflib.get_close_matches(answer, choices, n=1, cutoff=0.8)
                self.report(fields["answer"],
                            f"{what}: the answer '{answer}' is not among its choices"
                            + (f" — did you mean '{near[0]}'?" if near else ""),
                            "the choices are " + ", ".join(f"'{c}'" for c in choices))
        self.listed(fields, "items", items, what, wanted=card_type is CardType.ORDER,
                    owner="order", hint="list the items under 'items' in the correct order")
        if card_type is CardType.CLOZE and question:
            gaps = len(GAP.findall(question))
            if gaps != 1:
                self.report(fields["question"],
                            f"{what}: the question has {gaps or 'no'} gap"
                            f"{'' if gaps == 1 else 's'}; a cloze question has exactly one",
                            f"write {CLOZE_GAP} where the answer goes")

    def listed(self, fields: Fields, name: str, values: tuple[str, ...], what: str, *,
               wanted: bool, owner: str, hint: str) -> bool:
        """The rules of ``choices`` and ``items``: on their own card type at least two, all
        different; on any other type, none. True when the list is usable."""
        noun = name.removesuffix("s")
        if not wanted:
            if values:
                article = "an" if owner[0] in "aeiou" else "a"
                self.report(fields[name], f"{what} has {name}, but only {owner} cards use them",
                            f"remove them or make it {article} {owner} card")
            return False
        if len(values) < 2:
            if values:
                self.report(fields[name], f"{what} has only one {noun}", "give two or more")
            elif name not in fields.misspelt:
                self.report(fields.get(name, fields.node), f"{what} has no {name}", hint)
            return False
        seen: set[str] = set()
        for value in values:
            if value in seen:
                self.report(fields[name], f"{what} lists the {noun} '{value}' twice")
            seen.add(value)
        return True

    def relative_file(self, fields: Fields, what: str, noun: str = "file") -> str:
        """A required ``file`` field that must stay inside the deck's folder."""
        file = self.text(fields, "file", what, required=True)
        if file and (why := path_problem(file)):
            self.report(fields["file"], f"{what}: the {noun} {why}",
                        "give the article's path relative to the deck's folder")
            return ""
        return file

    def source_ref(self, node: Any, what: str, source_files: set[str]) -> SourceRef | None:
        if node is None or _is_null(node):
            return None
        label = f"{what}, source"
        fields = self.fields(node, SOURCE_REF_FIELDS, label, "file, sentence")
        if fields is None:
            return None
        file = self.relative_file(fields, what, "source file")
        sentence = self.text(fields, "sentence", label, required=True)
        if file and source_files and file not in source_files:
            self.report(fields["file"], f"{what}: the source file '{file}' is not one of the "
                                        "deck's sources",
                        "add it to 'sources' or fix the file name")
        return SourceRef(file=file, sentence=sentence)

    def conflicts(self, node: Any, what: str) -> tuple[Conflict, ...]:
        conflicts: list[Conflict] = []
        for number, entry in enumerate(self.items(node, f"{what}: 'conflict'"), start=1):
            label = f"{what}: conflict {number}"
            fields = self.fields(entry, CONFLICT_FIELDS, label, "file, value, sentence")
            if fields is None:
                continue
            file = self.relative_file(fields, label)
            value = self.text(fields, "value", label, required=True)
            sentence = self.text(fields, "sentence", label)
            conflicts.append(Conflict(file=file, value=value, sentence=sentence))
        return tuple(conflicts)


def _card_label(node: Any, number: int) -> str:
    """How messages name a card: "card 'c7' (choice)", or "card 3" when it has no usable id."""
    import yaml

    if not isinstance(node, yaml.MappingNode):
        return f"card {number}"
    found = {key.value: value for key, value in node.value
             if isinstance(key, yaml.ScalarNode) and isinstance(value, yaml.ScalarNode)
             and not _is_null(value)}
    card_id = found["id"].value.strip() if "id" in found else ""
    label = f"card '{_short(card_id)}'" if card_id else f"card {number}"
    card_type = found["type"].value.strip() if "type" in found else ""
    return f"{label} ({card_type})" if card_type in set(CardType) else label


def _is_null(node: Any) -> bool:
    return bool(node.tag == _NULL)


def _kind(node: Any) -> str:
    import yaml

    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if _is_null(node):
        return "nothing"
    return f"the text '{_short(node.value)}'"


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
