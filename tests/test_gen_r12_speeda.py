"""The shortcuts of the sentence readers read what their general paths read (round 12 speed)."""

from __future__ import annotations

import random

import pytest

from quiz.generate import clauses, mentions

#: Words whose shapes take every shortcut and every general path of the tokenizers.
_WORDS = [
    "said", "said,", "said.", "Ruiz", "Ruiz,", "Ruiz.", "Ruiz;", "Ruiz:", "2024", "2024,",
    "2024.", "9", "9,", "1,500", "1,500.", "3.5", "3.5%", "Gen.", "Mr.", "Mrs.", "Dr.", "No.",
    "vs.", "Co.", "Inc.", "Sept.", "Sep.", "Corp.", "U.S.", "U.S.,", "a.", "A.", "al-Sudani,",
    "Iran-backed", "Smith's", "Smith's,", "farmers'", "“JB”", "\"quoted,\"", "(ISIS)", "—", "-",
    "é,", "Zürich.", "naïve,", "x²,", "45th,", "1990s.", "iPhone,", "McDonald.", "it’s",
]


def _reference_clause_tokens(text: str) -> list[tuple[str, int, int, str]]:
    """What ``clauses._TOKEN`` reads from each run between spaces (the general path)."""
    out: list[tuple[str, int, int, str]] = []
    end = 0
    for run in text.split():
        for word in clauses._TOKEN.findall(run):
            start = text.find(word, end)
            end = start + len(word)
            out.append((word, start, end, word.lower()))
    return out


@pytest.mark.parametrize("seed", range(40))
def test_clause_tokens_match_the_general_reading(seed: int) -> None:
    rng = random.Random(seed)
    text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 25)))
    assert [tuple(t) for t in clauses.tokenize(text)] == _reference_clause_tokens(text)


@pytest.mark.parametrize(("raw", "core", "trail"), [
    ("said,", "said", ","), ("Ruiz.", "Ruiz", "."), ("2024;", "2024", ";"), ("Gen.", "Gen.", ""),
    ("Mrs.", "Mrs.", ""), ("Corp.", "Corp", "."), ("Zürich:", "Zürich", ":"),
    ("U.S.", "U.S.", ""), ("Smith's,", "Smith", ","),
])
def test_mention_tokens_keep_stops_apart(raw: str, core: str, trail: str) -> None:
    token = mentions.tokenize(f"Then {raw} left")[1]
    assert (token.raw, token.core, token.trail) == (raw, core, trail)
    assert token.lower == core.lower() and token.capitalised == core[:1].isupper()
    assert not token.lead and token.possessive == ("'s" in raw)


def _reference_tidy(text: str) -> str:
    """:func:`clauses.tidy` with every repair applied, needed or not."""
    text = clauses._SPACES.sub(" ", text)
    text = clauses._DOUBLE_COMMA.sub(",", text)
    text = clauses._SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = clauses._TRAILING.sub("", clauses._LEADING.sub("", text)).rstrip(".").strip()
    if text.count('"') % 2 and not text.endswith('"') and clauses.re.search(r'"\w[^"]*$', text):
        text += '"'
    return text


@pytest.mark.parametrize("seed", range(20))
def test_tidy_skips_only_repairs_that_change_nothing(seed: int) -> None:
    rng = random.Random(seed)
    pieces = ["a", "word", " ", "  ", ",", ".", ";", ":", "—", "-", "\n", "\u00a0", "”", "’",
              ")", "\"", "x y", "!", "?"]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert clauses.tidy.__wrapped__(text) == _reference_tidy(text), repr(text)


def test_starts_in_lower_cased_ascii_text_are_the_case_blind_ones() -> None:
    from quiz.generate import span_scan
    from quiz.generate.date_mentions import _DATE_STARTS
    from quiz.generate.figure_mentions import _FIGURE_STARTS

    rng = random.Random(7)
    words = ["May", "MAY", "may", "US", "us", "a", "A", "Between", "New Year's", "the end",
             "The End", "2024", "$5", "€3", "x1", "1,500", "at", "As", "earlier today",
             "EARLIER TODAY", "Sept.", "fall's", "Dozens", "mid-March", "a couple of", ",", "."]
    for starts in (_DATE_STARTS, _FIGURE_STARTS):
        lowered = span_scan._LOWER_CASE_STARTS[starts]
        for _ in range(300):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
            assert [m.start() for m in lowered.finditer(text.lower())] == \
                [m.start() for m in starts.finditer(text)], text
