"""Asking for a span that dates a statement: "X will do Y, the ministry announced on Thursday".

The question asks when the statement was made, with what it says ("On what date did the
ministry announce that X would do Y?"); a that-clause after a reporting verb goes with it.
"""

from __future__ import annotations

from quiz.generate.clauses import (
    AUXILIARIES, Clause, Asked, Token, dangling, find_clause, has_personal_pronoun, is_reporting,
    takes_that_clause, tidy, tokenize,
)
from quiz.generate.grammar import first_lower
from quiz.generate.span_phrases import NOT_NOUNS, is_verb


def described_subject(text: str, tokens: list[Token], first: int, last: int, hi: int,
                      wh: str) -> tuple[bool, Asked | None]:
    """"A study published last week found that X" -> "When was a study published that found
    that X?": the span dates the participle that describes the subject, and the sentence's
    own verb follows the span (read as a finite verb, "did a study publish found" is
    broken). The first value says whether the sentence has that shape; the second is the
    question, ``None`` when it cannot be asked."""
    if not is_verb(tokens, last) or tokens[last].low in AUXILIARIES:
        return False, None
    agent = next((k for k in range(first - 1, max(0, first - 5), -1) if tokens[k].low == "by"),
                 None)
    participle = agent - 1 if agent is not None else first - 1
    if participle < 1 or participle > 6 or tokens[participle].low not in _ONE_TIME or \
            any(is_verb(tokens, k) or not tokens[k].text[:1].isalnum()
                for k in range(participle)) or tokens[participle - 1].low in NOT_NOUNS:
        return False, None
    noun = tokens[participle - 1].low
    be = "were" if noun.endswith("s") and not noun.endswith("ss") else "was"
    subject = first_lower(text[:tokens[participle - 1].end])
    described = text[tokens[participle].start:tokens[first - 1].end]
    if hi < len(tokens) and tokens[hi].low == "that":
        return True, None  # "found that most commuters cycle": not cut cleanly
    rest = text[tokens[last].start:tokens[hi - 1].end]
    body = tidy(f"{be} {subject} {described} that {rest}")
    if dangling(body) or has_personal_pronoun(body) or len(body.split()) > 30:
        return True, None
    return True, Asked(f"{wh} {body}?", tidy(f"{subject} {be} {described}"))


#: Participles of a one-time act a date can belong to ("a study published last week"); a
#: state ("the coalition led by Sweden") leaves the date to the verb after it.
_ONE_TIME = frozenset({"published", "released", "issued", "announced", "unveiled", "presented",
                       "conducted", "commissioned", "filed", "posted", "sent", "signed",
                       "adopted", "approved", "introduced", "completed", "obtained", "launched",
                       "compiled", "produced", "submitted", "prepared", "delivered", "held",
                       "taken", "recorded", "carried", "made", "seen", "leaked", "sold"})


#: Where a that-clause ends: punctuation that closes a clause, or a quotation mark.
_THAT_CLAUSE_END = frozenset({",", ";", ":", ".", "!", "?", "—", "–", "(", ")", "\"", "“",
                              "”"})


def with_that_clause(tokens: list[Token], first: int, last: int, hi: int) -> int:
    """``hi`` moved past the that-clause a reporting or finding verb governs ("A report in
    2019 found that only a third of the repairs had been done, ..."): the question keeps the
    finding up to the next clause boundary. Unchanged when there is none."""
    if hi >= len(tokens) or tokens[hi].low != "that":
        return hi
    verb = hi - 1 if hi - 1 >= last else _that_verb_before(tokens, first)
    if verb < 0 or not takes_that_clause(tokens[verb].text):
        return hi
    end = hi + 1
    while end < len(tokens):
        if tokens[end].text in "\"“":
            closing = closing_quote(tokens, end)
            if closing is None:
                break
            end = closing + 1  # 'said that "fewer than 800,000" shoppers had': a quoted
            continue  # phrase inside the clause goes with it
        if tokens[end].text in _THAT_CLAUSE_END:
            break
        if end - hi >= 4 and _qualifying_clause(tokens, end):
            break  # "had found the attackers were inside for 47 days before they were
            # detected": the finding, without the clause that qualifies it
        end += 1
    if end < len(tokens) and tokens[end].text in "\"“”()" or end - hi < 4 or \
            not any(is_verb(tokens, k) for k in range(hi + 2, end)):
        return hi  # a quotation, a bracket or no clause: the question is not cut cleanly
    return end


def _that_verb_before(tokens: list[Token], first: int) -> int:
    """The verb before the span whose that-clause follows the span: right before it, or
    before its object or a short phrase ("told reporters on Friday that", "said in a filing
    on Tuesday that"); -1 when there is none."""
    for k in range(first - 1, max(-1, first - 6), -1):
        if takes_that_clause(tokens[k].text) and tokens[k].text.islower():
            return k
        if not tokens[k].text[:1].isalnum() or k < first - 1 and is_verb(tokens, k):
            return -1
    return -1


#: Conjunctions that open a clause qualifying a that-clause ("... before they were found").
_THAT_CLAUSE_SUBORDINATORS = frozenset({"because", "although", "though", "while", "whereas",
                                        "unless", "before", "after", "when", "until", "once"})


def _qualifying_clause(tokens: list[Token], k: int) -> bool:
    """Whether a conjunction at ``k`` opens a clause ("before they were detected", "after
    batteries overheated"), not a phrase ("after the merger")."""
    return tokens[k].low in _THAT_CLAUSE_SUBORDINATORS and any(
        is_verb(tokens, j) for j in range(k + 1, min(k + 5, len(tokens))))


def _second_clause(tokens: list[Token], k: int, end: int) -> bool:
    """Whether ", and" or ", but" at ``k`` joins a second clause (a verb follows before
    ``end``), not the last item of a list."""
    return tokens[k].text == "," and k + 1 < end and tokens[k + 1].low in ("and", "but") and \
        any(is_verb(tokens, j) for j in range(k + 2, end))


def closing_quote(tokens: list[Token], opening: int) -> int | None:
    """Where the short quotation opened at ``opening`` closes, when more of the clause
    follows it (a quoted phrase, not a quotation that ends the sentence)."""
    for k in range(opening + 1, min(opening + 8, len(tokens))):
        if tokens[k].text in "\"”":
            following = tokens[k + 1] if k + 1 < len(tokens) else None
            return k if k > opening + 1 and following is not None and \
                following.text[:1].isalnum() else None
        if tokens[k].text in _THAT_CLAUSE_END:
            return None
    return None


_BACKSHIFT = {"will": "would", "is": "was", "are": "were", "has": "had", "have": "had",
              "can": "could", "may": "might"}


def attribution_start(tokens: list[Token], first: int) -> int:
    """Where an attribution that ends the sentence before the span starts (", investigators
    said" before "on Tuesday."), or 0 when the words before the span are none."""
    for k in range(first - 1, max(0, first - 7), -1):
        if tokens[k].text == ",":
            return k + 1 if k > 3 and (is_reporting(tokens[first - 1].text) or
                                       _told_whom(tokens, first)) else 0
        if tokens[k].text in _THAT_CLAUSE_END:
            return 0
    return 0


def statement_ends(tokens: list[Token], last: int) -> bool:
    """Whether the sentence ends at ``last``, or goes on only with a comment on it (", the
    largest increase since 2000"): an attribution before ``last`` closes the statement."""
    return last == len(tokens) or tokens[last].text in ".!?" or \
        tokens[last].text == "," and last + 1 < len(tokens) and \
        tokens[last + 1].low in ("the", "a", "an")


#: Reporting verbs followed by whom they told ("told reporters", "briefed lawmakers").
_TOLD = frozenset({"told", "informed", "briefed"})


def _told_whom(tokens: list[Token], first: int) -> bool:
    """Whether the span follows "told" and one or two words for whom ("told reporters on
    Friday", "told local radio on Friday")."""
    return any(first > k and tokens[first - k].low in _TOLD and
               all(t.text.isalpha() for t in tokens[first - k + 1:first]) for k in (2, 3))


def _reporter(text: str, tokens: list[Token], after_comma: int, first: int
              ) -> tuple[Clause, int] | None:
    """The clause that reports, and where its subject starts: the words after the comma
    ("the ministry announced"), or a name before an appositive and those words ("Dr. Ana
    Rao, the city's health officer, told reporters"). ``None`` when there is none."""
    reporter = find_clause(tokens, text, after_comma, first)
    if reporter is not None:
        return reporter, after_comma
    opening = next((k for k in range(after_comma - 2, max(0, after_comma - 12), -1)
                    if tokens[k].text == ","), None)
    if opening is None or tokens[opening + 1].low not in ("the", "a", "an"):
        return None
    start = next((k + 1 for k in range(opening - 1, max(0, opening - 6), -1)
                  if tokens[k].text == ","), None)
    if start is None or start >= opening or not all(
            t.text[:1].isupper() or t.text == "." for t in tokens[start:opening]):
        return None
    said = f"{text[tokens[start].start:tokens[opening - 1].end]} " \
        f"{text[tokens[after_comma].start:tokens[first - 1].end]}"
    inner = tokenize(said)
    reporter = find_clause(inner, said, 0, len(inner))
    return (reporter, start) if reporter is not None else None


def reported_question(text: str, tokens: list[Token], after_comma: int, first: int, last: int,
                      wh: str) -> Asked | None:
    """"X will do Y, the ministry announced on Thursday." -> "On what date did the ministry
    announce that X would do Y?"."""
    if not statement_ends(tokens, last):
        return None
    found = _reporter(text, tokens, after_comma, first)
    if found is None:
        return None
    reporter, subject_at = found
    whom = tidy(reporter.rest)
    if reporter.auxiliary or not is_reporting(reporter.verb) or \
            whom and not (reporter.verb in _TOLD and len(whom.split()) <= 2 and
                          whom.replace(" ", "").isalpha()):
        return None
    told = f"{reporter.base} {whom}" if whom else reporter.base
    content_end = subject_at - 1
    if content_end < 3 or any(t.text in "\"“”:;" for t in tokens[:content_end]):
        return None
    content_end = next((k for k in range(4, content_end) if _qualifying_clause(tokens, k) or
                        _second_clause(tokens, k, content_end)),
                       content_end)  # "X is recalling scooters after batteries caught
    # fire, the company said": the statement without the clause that qualifies it (or the
    # one joined to it: "Nineteen cases are children, and four people have been admitted")
    content = text[tokens[0].start:tokens[content_end - 1].end]
    inner = tokenize(content)
    clause = find_clause(inner, content, 0, len(inner))
    if clause is None:
        return None
    findings = _findings_question(clause, reporter.subject, wh)
    if findings is not None:
        return findings
    if len(inner) > 28 or has_personal_pronoun(content):
        return None
    shifted = clause.auxiliary and _BACKSHIFT.get(clause.auxiliary, clause.auxiliary)
    verb = f"{shifted} {clause.verb}" if clause.auxiliary else clause.verb
    reported = tidy(f"{first_lower(clause.subject)} {verb} {clause.rest}")
    asked = f"{wh} did {reporter.subject} {told} that {reported}?"
    if dangling(asked.rstrip("?")):
        return None
    return Asked(asked, tidy(f"{reporter.subject} {reporter.verb} {whom} that {reported}"))


#: Verbs by which a study states what it found, and the nouns of studies.
_FINDING_VERBS = frozenset({"concluded", "found", "showed", "shown", "established",
                            "determined", "confirmed"})
_STUDY_NOUNS = frozenset({"inquiry", "investigation", "review", "report", "study", "audit",
                          "probe", "analysis", "survey", "assessment", "examination",
                          "inspection", "evaluation"})


def _findings_question(clause: Clause, reporter: str, wh: str) -> Asked | None:
    """"An inquiry into X has concluded that ..., investigators said on Tuesday": the day the
    findings were made public, asked without the finding itself (often too long to restate):
    "On what date did investigators announce the findings of an inquiry into X?"."""
    verb = clause.verb.split()[-1] if clause.verb else ""
    if verb not in _FINDING_VERBS or not clause.rest.startswith("that "):
        return None
    subject = clause.subject
    words = subject.split()
    if not 3 <= len(words) <= 18 or words[0].lower() not in ("a", "an", "the") or \
            words[1].lower() not in _STUDY_NOUNS and words[2].lower() not in _STUDY_NOUNS or \
            has_personal_pronoun(subject):
        return None  # "investigators found": whose findings is the question itself
    return Asked(f"{wh} did {reporter} announce the findings of {subject}?",
                 f"{reporter} announced the findings of {subject}")
