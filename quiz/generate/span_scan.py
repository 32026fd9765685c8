"""Scanning a sentence with a large alternation only where a match can begin."""

from __future__ import annotations

import re


def anchored_matches(pattern: re.Pattern[str], text: str,
                     starts: re.Pattern[str]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, trying only where ``starts`` says a match can
    begin (digits, currency signs, a few words). Much faster than letting a large
    alternation try every position."""
    found: list[re.Match[str]] = []
    end = 0
    scan = starts.finditer(text)
    if text.isascii() and starts in _LOWER_CASE_STARTS:
        # the same places, found a third faster without ignoring case (in ASCII, lower-casing
        # moves no character and changes no word boundary)
        scan = _LOWER_CASE_STARTS[starts].finditer(text.lower())
    for anchor in scan:
        start = anchor.start()
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None and match.end() > start:
            found.append(match)
            end = match.end()
    return found


def starters(words: list[str]) -> re.Pattern[str]:
    """A pattern for the places a match can begin: a digit, a currency sign or one of
    ``words`` (any case) at the start of a word. The words are arranged as a trie so the
    regular expression engine tries few branches at each place."""
    trie = _trie({w.lower() for w in words})
    pattern = re.compile(rf"(?<![\w.,])(?:\d|[$€£¥]|(?i:{trie})(?![\w'’]))")
    _LOWER_CASE_STARTS[pattern] = re.compile(rf"(?<![\w.,])(?:\d|[$€£¥]|(?:{trie})(?![\w'’]))")
    return pattern


#: Each pattern :func:`starters` made, as it reads a lower-cased ASCII text (case matters).
_LOWER_CASE_STARTS: dict[re.Pattern[str], re.Pattern[str]] = {}


def _trie(words: set[str]) -> str:
    """A regular expression matching exactly ``words``, shared prefixes factored out."""
    branches: dict[str, set[str]] = {}
    ends = "" in words
    for word in words:
        if word:
            branches.setdefault(word[0], set()).add(word[1:])
    parts = [re.escape(first) + _trie(rests) if rests != {""} else re.escape(first)
             for first, rests in sorted(branches.items())]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"
    return f"(?:{body})?" if ends else body
