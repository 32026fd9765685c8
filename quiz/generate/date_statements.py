"""The date of a statement: asked with what was said, never cut before it.

"X will close, the company said on Monday, citing costs" dates the saying; the clause reader
stops at the comma after the date, so the sentence is read again without the participle or
appositive that follows. And a question that keeps the speech verb but lost what was said
("On what date did Seixas tell local radio?") is no question: it is left to the cloze.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.generate.clauses import Asked

#: ", the government announced on ", ", the company's chief executive told reporters on ":
#: an attribution after the statement it reports, ending where the date begins.
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:[\w'’.-]+\s+){1,6}?(?:(?:said|announced|confirmed|stated|added|wrote|warned|"
    r"reported|revealed|explained|insisted|argued)\s+|told\s+(?:[\w'’.-]+\s+){1,3}?)$")

#: Verbs of saying: a question about saying that ends on one of them, on its hearer or on
#: its medium ("did X tell local radio?", "did the minister say in a statement?") has lost
#: what was said.
_SPEECH_VERBS = frozenset({"say", "tell", "add", "explain", "insist", "warn", "claim", "admit",
                           "argue", "note", "write", "reply", "respond", "state", "tweet",
                           "stress", "remind", "assure", "inform", "hear", "learn",
                           "announce", "confirm", "report", "reveal", "find", "conclude",
                           "rule", "acknowledge", "disclose", "suggest", "predict"})

#: Verbs whose object is who is told ("told reporters"), not what is said.
_HEARER_VERBS = frozenset({"tell", "warn", "remind", "assure", "inform"})

#: Words that begin what was said, or make the words after a hearer a clause.
_CONTENT_WORDS = frozenset({"that", "about", "of", "to", "whether", "how", "what", "why",
                            "when", "where", "who", "which", "was", "were",
                            "is", "are", "had", "has", "have", "would", "will", "could",
                            "should", "must", "did", "can"})


#: Words that make the next one a noun ("publish its report", "won the claim").
_NOUN_BEFORE = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this",
                          "that", "these", "those", "my", "your", "final", "annual", "new",
                          "first", "latest"})


def trailing_attribution_question(text: str, start: int, end: int, wh: str,
                                  np_wh: str) -> Asked | None:
    """The question for a date that ends a trailing attribution followed by a comma ("X
    will rise, the government announced on Thursday, the largest increase since 2000"),
    from the sentence cut at that comma; ``None`` for any other date."""
    if not text.startswith(",", end) or \
            _TRAILING_ATTRIBUTION.search(text, max(0, start - 80), start) is None:
        return None
    from quiz.generate.spans import span_question

    return span_question(f"{text[:end]}.", start, end, wh, np_wh)


def lacks_what_was_said(question: str) -> bool:
    """Whether ``question`` asks about a saying without what was said ("On what date did
    Seixas tell local radio?", "did the club say in a statement?")."""
    words = question[:-1].split(" ")[-5:]  # the verb and at most four words after it
    verb = next((i for i, word in enumerate(words) if word in _SPEECH_VERBS and
                 (i == 0 or words[i - 1].lower() not in _NOUN_BEFORE)), None)
    if verb is None:
        return False
    rest = [word.lower() for word in words[verb + 1:]]
    if rest[:1] in (["so"], ["it"], ["this"]):
        rest = rest[1:]  # "say so": what was said is only pointed at
    if not rest:
        return True
    if any(word in _CONTENT_WORDS for word in rest):
        return False
    if words[verb] in _HEARER_VERBS:
        return len(rest) <= 3  # "tell local radio", not "tell reporters the talks failed"
    return rest[0] in ("in", "on") and len(rest) <= 3  # "say in a statement"


#: A second clause of the statement, before its attribution ("..., after the dry spell withered
#: cherries, industry officials said"), which the question need not repeat.
_STATEMENT_TAIL = re.compile(r", (?:after|as|because|when|while|amid|following|despite|with|"
                             r"which|but|and)\s[^;:\"“”]*?(?=,\s+(?:[\w'’.-]+\s+){1,6}?"
                             r"(?:said|announced|confirmed|stated|added|wrote|warned|reported|"
                             r"revealed|explained|insisted|argued|told)\b)")

#: The same, not set off by a comma ("X will replace 300,000 ID cards after researchers found
#: a flaw in their chips, the board said"): only words that always open a clause or a
#: reason, after at least four words of the statement, and a long tail (a short one, "after
#: a cyberattack", is asked with the statement).
_BARE_STATEMENT_TAIL = re.compile(r"^(?:[^\s;:\"“”]*[^\s,;:\"“”]\s){4,}?(?P<tail>(?:after|because|while|"
                                  r"amid|following|despite|although|though|unless|so that)"
                                  r"(?:\s[^\s;:\"“”]+){5,}?)(?=,\s+(?:[\w'’.-]+\s+){1,6}?"
                                  r"(?:said|announced|confirmed|stated|added|wrote|warned|"
                                  r"reported|revealed|explained|insisted|argued|told)\b)")

#: A possessive pronoun opening the attribution (", their union announced"): "the" names it.
_OWNER = re.compile(r"(?<=, )(?:[Tt]heir|[Ii]ts) (?=[a-z])")


def plainer_attribution(text: str, start: int) -> tuple[str, int] | None:
    """``text`` with what keeps a trailing attribution before ``start`` from being read taken
    out: a second clause of the statement before it, and a possessive pronoun opening it
    ("X have voted to walk out, their union announced on Thursday" -> "..., the union
    announced"); how far that moves the date back; ``None`` when there is no attribution or
    nothing to take out."""
    attribution = _TRAILING_ATTRIBUTION.search(text, max(0, start - 80), start)
    if attribution is None:
        return None
    head = text[:attribution.start()]
    tail = _STATEMENT_TAIL.search(text, 0, start)
    if tail is not None and tail.end() == attribution.start():
        head = text[:tail.start()]
    elif ", " not in head and " " in head:
        bare = _BARE_STATEMENT_TAIL.match(head + text[attribution.start():start])
        if bare is not None and bare.end() == attribution.start():
            head = text[:bare.start("tail") - 1]
    said = _OWNER.sub("the ", text[attribution.start():start])
    plainer = f"{head}{said}"
    if plainer == text[:start]:
        return None
    return f"{plainer}{text[start:]}", start - len(plainer)
