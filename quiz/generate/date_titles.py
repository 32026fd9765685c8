"""A work's title in quotation marks before a participle aside ("'Harbour at Dusk, Winter',
painted in 1931, sold for £2m": "In what year was 'Harbour at Dusk, Winter' painted?"), and
the test that a question does not open a quotation it never closes (a title cut at its
comma)."""

from __future__ import annotations

import re

from quiz.generate.clauses import Asked

#: A quoted title opening the sentence, a comma and a participle with up to three more words
#: before the date: "'Harbour at Dusk, Winter', painted ".
_TITLE_ASIDE = re.compile(r"^(?P<np>(?P<q>['‘\"“])[A-Z][^'‘’\"“”]{0,80}?['’\"”]),?\s+"
                          r"(?P<part>[a-z]+)(?P<rest>(?:\s+[a-z][\w’'-]*){0,3}?)\s+$")

#: What may follow the date inside the aside, up to its closing comma.
_ASIDE_TAIL = re.compile(r"(?P<tail>(?:\s+[\w’'-]+){0,4}?),\s")

#: The quotation mark that closes each opening one.
_CLOSING = {"'": "'’", "‘": "’'", '"': '"”', "“": '”"'}

#: Words that make the aside's words no clean part of a question.
_UNCLEAN = frozenset("it its them they he him she her his their we us you and or but which "
                     "who that".split())


def title_aside_question(text: str, start: int, end: int, wh: str) -> Asked | None:
    """The question for a date inside a participle aside after a quoted title that opens
    ``text``, in the passive; ``None`` when the sentence has no such shape."""
    match = _TITLE_ASIDE.match(text[:start])
    if match is None or match.group("np")[-1] not in _CLOSING[match.group("q")]:
        return None
    tail = _ASIDE_TAIL.match(text, end)
    from quiz.generate.clauses import is_past_participle

    part, rest = match.group("part"), match.group("rest")
    if tail is None or not is_past_participle(part):
        return None
    rest = f"{rest}{tail.group('tail')}"
    if any(word.lower() in _UNCLEAN for word in rest.split()):
        return None
    title = match.group("np")
    if title.endswith(",'") or title.endswith(",’"):
        title = title[:-2] + title[-1]
    return Asked(f"{wh} was {title} {part}{rest}?", f"{title} was {part}{rest}")


#: A quotation mark opening a quotation (at a word's start) and one closing it.
_OPENS = re.compile(r"(?:(?<=\s)|^)['‘\"“](?=\w)")
_CLOSES = re.compile(r"(?<=[\w.,!?])['’\"”](?=[\s?,.;:]|$)")


def opens_unclosed_quotation(question: str) -> bool:
    """Whether ``question`` opens more quotations than it closes ("did 'Harbour at Dusk
    paint?" from a title cut at its comma)."""
    if "'" not in question and "‘" not in question and '"' not in question and \
            "“" not in question:
        return False
    return len(_OPENS.findall(question)) > len(_CLOSES.findall(question))
