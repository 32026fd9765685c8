"""Actor facts from reported speech: who said what ("..., X said", "“...,” said X")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from quiz.generate.actor_common_nouns import owned_speaker
from quiz.generate.actor_phrases import Actor, actor_for
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import first_lower, is_past_tense
from quiz.generate.mentions import Mention, Token, kind_of

SAY_VERBS = frozenset("""
    said says told added explained noted stated wrote reported announced warned insisted
    argued claimed confirmed acknowledged revealed
""".split())
#: When a statement was made, between the verb and the sentence's end: "said early on Monday",
#: "said late on Friday", "said on Tuesday", "said yesterday", "said last week", "said earlier".
_WHEN_WORDS = r"(?:\s+(?:early|late|earlier|later)(?=[\s.,!?\"”]|$))?"
_DAY = (r"\s+\w+day(?:\s+(?:morning|afternoon|evening|night))?|"
        r"\s+(?:last|this)\s+(?:week|month|year|night|morning|afternoon|evening|weekend)")
_TAIL = r"(?P<tail>" + _WHEN_WORDS + r"(?:\s+(?:in|on|at|during)\s+[^,.]{1,40}|" + _DAY + r")?)"
_ATTRIBUTION = re.compile(
    r"^(?P<content>.+?)[,]?\s*[\"”]?,?\s+"
    r"(?P<actor>(?:[^,\"”“]|“[A-Z]{1,4}”|\"[A-Z]{1,4}\"){2,90}?)"
    r"\s+(?:has\s+|had\s+)?"
    r"(?P<verb>said|says|added|explained|noted|stated|wrote|reported|announced|warned|"
    r"confirmed|insisted|argued|claimed|acknowledged|"
    r"told\s+(?:(?!the\b)[a-z]+|(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}))"
    r"(?P<tail>" + _WHEN_WORDS + r"(?:\s+(?:in|on|at|during|for)\s+[^,.]{1,40}|" + _DAY + r")?)"
    r"(?:,\s+[a-z]+ing\b[^\"“”]*|,\s+where\s+[^\"“”]{3,120}|"
    r"\s+(?:as|while|after|before|when)\s+(?:he|she|they|it)\s+[^,.;\"“”]{3,60})?"
    r"\s*[.!?]?[\"”]?$")
_SAID_NEAR_END = re.compile(r"\b(?:said|says|added|explained|noted|stated|wrote|reported|"
                            r"announced|warned|told|confirmed|insisted|argued|claimed|"
                            r"acknowledged)\b(?:[^,]{0,80}|[^,]{0,40},\s+(?:[a-z]+ing|where)\b"
                            r"[^\"“”]{0,200})$")
#: The verbs of ``_SAID_NEAR_END``: a sentence ending without one of them is no report.
_SAID_WORDS = ("said", "says", "added", "explained", "noted", "stated", "wrote", "reported",
               "announced", "warned", "told", "confirmed", "insisted", "argued", "claimed",
               "acknowledged")
#: ", 54,": the speaker's age, after the name.
_AGE = r"(?:,\s+\d{1,3}(?=,|\s*[.!?]?$))?"
#: ", who pointed out that ...": what the speaker did besides, after the name and post.
_WHO_AFTER = r"(?:,\s+who\s+[^\"“”]{3,200}?)?"
# "“This is a subsidy,” said Conservative group leader Alan Lamb."
_INVERTED = re.compile(
    r"^(?P<content>[\"“][^\"“”]+[\"”]),?\s+"
    r"(?P<verb>said|says|added|explained|noted|stated|wrote|warned)\s+"
    r"(?P<actor>[^,\"”“]{2,90}?)"
    + _TAIL + _AGE +
    r"(?:,\s+(?:the\s+|a\s+|an\s+)?[a-z][^,\"“”]{2,80}|"
    r",\s+(?P<named>[A-Z][^,\"“”]{2,60}?))?"
    + _WHO_AFTER + r"\s*[.!?]?$")
#: ", as she delivered the verdict": what the speaker was doing, after the verb.
_AS_HE = r"(?:\s+(?:as|while|after|before|when)\s+(?:he|she|they)\s+[^,.;\"“”]{3,60})?"
# "“We will not close it,” the company's chief executive, Anna Berg, told reporters." (or
# "Nordvik's chief executive, Anna Berg, said")
_ROLE_NAMED = re.compile(
    r"^(?P<content>[\"“][^\"“”]+[\"”]|[^\"“”]+?),?\s+"
    r"(?P<actor>(?:(?:the|its|their|an?)\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+)"
    r"[^,\"”“]{2,60}?),\s+"
    r"(?P<named>[A-Z][^,\"“”]{2,60}?),\s+"
    r"(?P<verb>said|says|added|explained|noted|stated|wrote|warned|told\s+(?!the\b)[a-z]+)"
    + _TAIL + _AS_HE + r"\s*[.!?]?$")
#: "<statement>, said Petra Lund, the transport minister." (a statement in quotes is
#: :data:`_INVERTED`'s) and "<statement>, Petra Lund, the transport minister, said.".
_SAID_POSTED = re.compile(
    r"^(?P<content>[^\"“”]+?),\s+(?P<verb>said|says|added|explained|noted|stated|wrote|warned)"
    r"\s+(?P<actor>(?:[a-z][\w-]*\s+){0,3}[A-Z][^,\"“”]{2,60}?)" + _AGE +
    r"(?:,\s+(?:(?:the|a|an|its|their)\s+|[a-z]+\s+(?:of|at|for)\s+)[^,\"“”]{2,80}?)?"
    + _WHO_AFTER + r"\s*[.!?]?$")
_POSTED_SAID = re.compile(
    r"^(?P<content>.+?)[,]?\s*[\"”]?,?\s+(?P<actor>[A-Z][^,\"“”]{2,60}?),\s+"
    r"(?:the|a|an|its|their)\s+[^,\"“”]{2,80}?,\s+(?:has\s+|had\s+)?"
    r"(?P<verb>said|says|added|explained|noted|stated|wrote|warned|told\s+(?!the\b)[a-z]+)"
    + _TAIL + r"\s*[.!?]?[\"”]?$")
#: What both need: a post between commas, after a name ("Petra Lund, the ").
_POSTED_CUE = re.compile(r"[a-z], (?:the|a|an|its|their|[a-z]+ (?:of|at|for)) ")


#: " of the conservation charity Moor Trust", " at Halden University": the speaker's body.
_OF_BODY = re.compile(r" (?:of|at|from) (?:the )?(?:[a-z][\w-]* ){0,3}"
                      r"[A-Z][\w'’.&-]*(?: (?:of |for |and )?[A-Z][\w'’.&-]*){0,5}$")


def _person_of_body(text: str, mentions: list[Mention], start: int, end: int) -> Actor | None:
    """The person who opens the speaker ``text[start:end]`` when a body follows her name
    ("Ewan Ross of the conservation charity Moor Trust", which the finder may read as one
    name), or ``None``."""
    person = next((m for m in mentions if m.role_start == start and not m.role), None)
    if person is not None and person.kind is AnswerKind.PERSON:
        head_end = person.end
    elif person is not None and person.kind is None:
        head = _PERSON_HEAD.match(person.name)
        if head is None or kind_of(head.group(1)) is not AnswerKind.PERSON:
            return None
        head_end = start + head.end(1)
    else:
        return None
    if _OF_BODY.match(text, head_end, end) is None:
        return None
    return Actor(text[start:head_end], AnswerKind.PERSON, "Who")


#: A person's name before " of ": "Ewan Ross" of "Ewan Ross of the Moor Trust".
_PERSON_HEAD = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) (?:of|at|from) ")


def _posted_speaker(text: str, near: bool) -> re.Match[str] | None:
    """The statement, the speaker and the verb of a speaker named with a post, or ``None``
    (``near``: a verb of saying ends the sentence, as "..., X, the minister, said." needs)."""
    inverted = text[:1] not in "\"“" and ", " in text and any(
        verb in text for verb in _SAID_BEFORE)
    if not (inverted or near):
        return None
    posted = _SAID_POSTED.match(text) if inverted else None
    # ("..., said federation president Aileen Marchetti, 54." needs no post)
    return posted or (_POSTED_SAID.match(text) if near and _POSTED_CUE.search(text) else None)


#: The verbs of :data:`_SAID_POSTED`, after their comma.
_SAID_BEFORE = tuple(f", {verb} " for verb in (
    "said", "says", "added", "explained", "noted", "stated", "wrote", "warned"))


#: A role written before the speaker's name: "the federation's leader", "its spokesman".
_ROLE = re.compile(r"(?:(?:the|its|their|his|her|an?)\s+(?:[\w’'-]+(?:['’]s|s['’])\s+)?|"
                   r"[A-ZÀ-ÖØ-Þ][\w.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.-]*){0,2}['’]s\s+)"
                   r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*$")
#: "BUENOS AIRES, Sept 12 (Reuters) - ": where and when, not what was said.
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,}(?:,[^—–]{0,60}?)?\s[—–-]\s+")
#: Words before which a long quotation can stop and still read as said.
_QUOTE_BREAKS = ("as", "and", "but", "while", "because", "which", "so", "when")

_SUBORDINATE = re.compile(r"\s*(?:(?P<always>when|because(?!\s+of)|unless|while|although|though|"
                          r"whereas|once|so\s+that|if)|after|before|since|until|as)\b")
FINITE_WORDS = frozenset({"was", "were", "is", "are", "had", "has", "have", "would", "will", "could",
                     "did", "does", "do", "can", "may", "might", "should", "must"})
_STATEMENT_END = re.compile(r"\s*[,;:](?=\s|$)|\s[—–-]\s|—|\s\(|[.!?…]*\s*$")


def whole_statement(rest: str, predicate: str, max_words: int) -> str | None:
    """A reported statement whole: "said the port would reopen only when the water fell"
    and not "said the port would reopen only", which misreports it. A statement cut at a
    subordinating word is taken on to the end of its clause, or not asked (``None``)."""
    at = rest.find(predicate)
    sub = _SUBORDINATE.match(rest, at + len(predicate)) if at >= 0 else None
    if sub is None:
        return predicate
    end = _STATEMENT_END.search(rest, sub.end())
    whole = rest[at:end.start() if end else len(rest)].strip()
    after = rest[sub.end():len(whole) + at].split(" and ", 1)[0].split()[1:]
    if sub.group("always") is None and not any(w in FINITE_WORDS or is_past_tense(w) for w in after):
        return predicate  # "were ongoing before October 7": a time, not a clause
    words = whole.split()
    if len(words) > max_words or whole.count("\"") % 2 or whole.count("“") != whole.count(
            "”") or words[-1].lower() in {
            "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and",
            "or", "that", "which", "who"}:
        return None
    return whole


class Said(NamedTuple):
    """Who said what, as a sentence tells it, before the article lowers the statement's
    first word."""

    actor: Actor
    verb: str
    content: str
    quoted: bool


def attribution_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                      article_text: str = "") -> Iterator[tuple[str, Actor, str]]:
    """"<statement>, X said." and "“<quote>,” said X." -> "Who said that <statement>?"."""
    said = attribution(text, toks, mentions)
    if said is not None:
        yield said_fact(said, article_text)


def attribution(text: str, toks: Sequence[Token], mentions: list[Mention]) -> Said | None:
    """What the sentence reports someone said, read from the sentence alone (so it can be
    cached by the sentence's analysis), or ``None``."""
    match = None
    tail = text[-300:]
    near = any(verb in tail for verb in _SAID_WORDS) and (
        _SAID_NEAR_END.search(text, max(0, len(text) - 100)) or "ing " in text[-240:] and
        _SAID_NEAR_END.search(text, max(0, len(text) - 300)))
    # (the verb must start near the end, or before a participle, and the speaker follow a
    # comma or a quote: the expensive match runs only then)
    if near and any(mark in text[max(0, near.start() - 93):near.start()] for mark in ",\"”"):
        match = _ATTRIBUTION.match(text)
    if match is None and text[:1] in "\"“":
        match = _INVERTED.match(text) or _ROLE_NAMED.match(text)
    if near and (match is None or match.re is _ATTRIBUTION and ", " in match.group("content")):
        # "..., the park's head of animal care, Owen Trask, said.": the post, then the name
        match = _ROLE_NAMED.match(text) or match
    if match is None or match.re is _ATTRIBUTION and ", " in match.group("content"):
        # "..., said Petra Lund, the transport minister." and "..., Petra Lund, the transport
        # minister, said.": a person named, then her post between commas
        posted = _posted_speaker(text, bool(near))
        if posted is not None:
            actor = actor_for(text, toks, mentions, posted.start("actor"), posted.end("actor"))
            if actor is not None and actor.kind is AnswerKind.PERSON:
                match = posted
    if match is None:
        return None
    content = _DATELINE.sub("", match.group("content").strip())
    actor_start = match.start("actor")
    actor = actor_for(text, toks, mentions, actor_start, match.end("actor"))
    if actor is None and (" of " in match.group("actor") or " at " in match.group("actor")):
        # '"...," said Ewan Ross of the conservation charity Moor Trust': the person, whose
        # body follows
        actor = _person_of_body(text, mentions, actor_start, match.end("actor"))
    if (actor is None or actor.asker.startswith("Whose ")) and match.re is not _ATTRIBUTION \
            and match.group("named") and _ROLE.match(
            match.group("actor")):
        # "“...,” said the federation's leader, Ingrid Solberg.": the name after the role
        actor = actor_for(text, toks, mentions, match.start("named"), match.end("named"))
        if actor is not None and actor.kind is AnswerKind.PERSON:
            actor = actor._replace(asker="Who")
    if actor is None and match.re is _ATTRIBUTION and match.group("actor")[:1] in "iItT":
        common = owned_speaker(match.group("actor").strip())
        actor = Actor(*common) if common is not None else None  # "..., its trustees said"
    if actor is None:
        return None
    quoted = content[:1] in {"\"", "“"}
    content = content.strip("\"“”,").strip()
    if not quoted:
        content = _trimmed(content)

    if not content or len(content.split()) < 5 or len(content.split()) > 60:
        return None
    if len(content.split()) > 24:
        if not quoted:
            return None
        head = " ".join(content.split()[:20])
        cut = max(head.rfind(","), *(head.rfind(f" {w} ") for w in _QUOTE_BREAKS))
        if cut < 0 or len(head[:cut].split()) < 8:
            return None  # no clean place to stop the quotation: not asked
        content = head[:cut].rstrip(",;:") + " …"
    if content.count("\"") % 2 or content.count("“") != content.count("”"):
        return None
    return Said(actor, match.group("verb"), content, quoted)


#: "With 98.6% of the ballots counted, ": a circumstance opening a statement, which a question
#: on who said it does without (and whose capital "With" would stand inside the question).
_WITH_OPENER = re.compile(r"^With\s+[^,\"“”]{3,70},\s+(?=\S)")
#: ", who leads the Civic Party (CP),": a relative clause between commas after a name.
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whose)\s+[^,\"“”]{3,90},(?=\s)")


def _trimmed(content: str) -> str:
    """An unquoted statement without its opening circumstance ("With most votes counted, ")
    and, when it is long, without the relative clauses that describe its people (", who leads
    the X Party,"): "With most votes counted, Ferrer, who leads the X Party, had 53.8%" ->
    "Ferrer had 53.8%"."""
    if content[:5] == "With ":
        content = _WITH_OPENER.sub("", content, 1)
    if content.count(" ") >= 24 and (", who" in content):
        content = _RELATIVE_ASIDE.sub("", content)
    return content


def said_fact(said: Said, article_text: str) -> tuple[str, Actor, str]:
    """The question, actor and subject of what ``said`` reports, in the words of the article
    (``article_text``, its running text)."""
    actor, verb, content, quoted = said
    if quoted:
        question = f"{actor.asker} {verb}, “{content}”"
    else:
        # ("said that measles cases rose": a word capitalised only by position is lowered
        # when the article writes it in lower case elsewhere)
        head, _, tail = content.partition(" ")
        if head[1:].islower() and f" {head.lower()} " in article_text:
            content = f"{head.lower()} {tail}"
        question = f"{actor.asker} {verb} that {first_lower(content)}"
    return question, actor, f"{verb} {content}"
