"""Write decks back as YAML people can read and edit, in a stable order, atomically.

``load -> dump -> load`` gives an equal deck: empty optional fields are left out, texts are
written so that they read back exactly (YAML quotes "1969", "yes" and "null" when needed),
and a true/false answer is written as a YAML boolean.
"""

from __future__ import annotations

import functools
import os
import tempfile
import textwrap
from pathlib import Path
from typing import Any

from quiz.deckfile.block_yaml import block_yaml
from quiz.model import Card, CardType, Deck

#: The comment that lets editors with yaml-language-server validate a deck while it is typed.
SCHEMA_COMMENT = "# yaml-language-server: $schema="


def schema_reference(deck_path: Path | None = None) -> str:
    """How a deck at ``deck_path`` should point at the JSON Schema.

    A deck inside the tree that holds the ``quiz`` package (the bundled decks of a source
    checkout) gets a relative path, so committed decks do not depend on anyone's machine;
    any other deck gets the absolute ``file://`` URI of the installed schema.
    """
    from quiz.paths import schema_path

    schema = schema_path()
    if deck_path is not None:
        folder = Path(os.path.abspath(deck_path)).parent
        tree = schema.parents[2]
        if folder.is_relative_to(tree):
            return Path(os.path.relpath(schema, folder)).as_posix()
    return schema.as_uri()


def deck_to_data(deck: Deck, *, with_cards: bool = True) -> dict[str, Any]:
    """The deck as plain data, fields in the documented order, empty optional fields left out
    (``with_cards=False``: its header alone)."""
    data: dict[str, Any] = {"id": deck.id, "title": deck.title}
    _put(data, "description", deck.description)
    _put(data, "tags", list(deck.tags))
    _put(data, "part_of", deck.part_of)
    sources = []
    for source in deck.sources:
        entry: dict[str, Any] = {"id": source.id, "file": source.file}
        _put(entry, "title", source.title)
        _put(entry, "published", source.published)
        sources.append(entry)
    _put(data, "sources", sources)
    if with_cards:
        data["cards"] = [card_to_data(card) for card in deck.cards]
    return data


def card_to_data(card: Card) -> dict[str, Any]:
    """One card as plain data (see :func:`deck_to_data`)."""
    data: dict[str, Any] = {"id": card.id, "type": card.type.value,
                            "category": card.category.value, "question": card.question}
    if card.type is CardType.TRUEFALSE and card.answer in ("true", "false"):
        data["answer"] = card.answer == "true"
    else:
        _put(data, "answer", card.answer)
    _put(data, "accept", list(card.accept))
    _put(data, "choices", list(card.choices))
    _put(data, "items", list(card.items))
    _put(data, "explanation", card.explanation)
    if card.source is not None:
        data["source"] = {"file": card.source.file, "sentence": card.source.sentence}
    _put(data, "tags", list(card.tags))
    conflicts = []
    for conflict in card.conflict:
        entry = {"file": conflict.file, "value": conflict.value}
        _put(entry, "sentence", conflict.sentence)
        conflicts.append(entry)
    _put(data, "conflict", conflicts)
    return data


def _put(data: dict[str, Any], key: str, value: Any) -> None:
    if value:
        data[key] = value


@functools.cache
def _dumper() -> Any:
    """The fastest safe dumper (libyaml's is about five times faster than PyYAML's), writing
    multi-line texts as ``|`` blocks, as people write them.

    Deck data is plain dicts, lists, texts and booleans, each object used once, so it is turned
    into YAML nodes directly: the same nodes PyYAML's representer builds (block style, no
    aliases), without its per-object dispatch and alias bookkeeping, which were most of the
    time of writing a generated deck. Anything else goes through the representer.
    """
    import yaml

    str_tag, bool_tag = "tag:yaml.org,2002:str", "tag:yaml.org,2002:bool"
    map_tag, seq_tag = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
    scalar, mapping, sequence = yaml.ScalarNode, yaml.MappingNode, yaml.SequenceNode
    base = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

    class Dumper(base):  # type: ignore[misc,valid-type]
        def represent_data(self, data: Any) -> Any:
            kind = type(data)
            if kind is str:
                return scalar(str_tag, data, style="|" if "\n" in data else None)
            if kind is dict:
                node = self.represent_data
                return mapping(map_tag, [(node(key), node(value)) for key, value in data.items()],
                               flow_style=False)
            if kind is list:
                return sequence(seq_tag, [self.represent_data(item) for item in data],
                                flow_style=False)
            if kind is bool:
                return scalar(bool_tag, "true" if data else "false")
            return super().represent_data(data)

    return Dumper


def dump_deck(deck: Deck, *, schema: str | None = None,
              rendered: dict[Card, str] | None = None) -> str:
    """The deck as YAML text, starting with the schema comment (``schema`` or the default).

    ``rendered`` keeps each card's YAML between calls: decks that share cards (``quiz
    generate`` writes every card twice, in its category's deck and in the deck of all) render
    each card once. The key is the card itself, so only an equal card reuses a text.
    """
    cache: dict[Card, str] = {} if rendered is None else rendered
    data = deck_to_data(deck, with_cards=False)
    parts = []
    for card in deck.cards:
        text = cache.get(card)
        if text is None:
            # Each card is dumped on its own and indented under `cards:`, with a blank line
            # between cards; indenting a whole YAML document keeps its meaning. Most cards are
            # written directly (several times faster), the same text libyaml would write.
            card_data = [card_to_data(card)]
            text = cache[card] = block_yaml(card_data, margin=2) or \
                textwrap.indent(_dump(card_data), "  ")
        parts.append(text)
    body = (block_yaml(data) or _dump(data)) + "\ncards:\n" + "\n".join(parts)
    return f"{SCHEMA_COMMENT}{schema or schema_reference()}\n{body}"


def _dump(data: Any) -> str:
    import yaml

    text: str = yaml.dump(data, Dumper=_dumper(), sort_keys=False, allow_unicode=True,
                          default_flow_style=False, width=100, indent=2)
    return text


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step: a reader sees the old file or the new one.

    The new file keeps the old one's permissions; missing parent folders are created.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                             suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_text_atomically(path: Path, text: str) -> None:
    """:func:`write_bytes_atomically` for UTF-8 text."""
    write_bytes_atomically(path, text.encode("utf-8"))


def write_deck(deck: Deck, path: Path, *, rendered: dict[Card, str] | None = None) -> None:
    """Write ``deck`` to ``path`` atomically, pointing editors at the schema (``rendered``:
    as for :func:`dump_deck`)."""
    path = Path(path)
    write_text_atomically(path, dump_deck(deck, schema=schema_reference(path), rendered=rendered))
