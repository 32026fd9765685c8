"""Round 13b: the clause readers' misreads of nouns as verbs and of verbs left unread."""

from __future__ import annotations

import pytest

from quiz.generate.clauses import find_clause, tokenize
from quiz.generate.grammar import VerbGroup, question_predicate
from quiz.generate.syntax import find_clauses


def _first(sentence: str) -> tuple[str, str]:
    """The first clause's subject and main verb, as the syntax reader reads them."""
    clause = find_clauses(sentence)[0]
    return clause.subject, clause.group.main


def _clause(sentence: str):
    toks = tokenize(sentence)
    return find_clause(toks, sentence, 0, len(toks))


# --- a simple past right before a finite auxiliary or modal is the subject's head noun -------

@pytest.mark.parametrize(("sentence", "subject", "verb"), [
    ("A stronger won could make Korean products less competitive.", "A stronger won", "make"),
    ("The grant cut was ordered by the ministry.", "The grant cut", "ordered"),
    ("The soaring cost of diesel has pushed up ticket prices.", "The soaring cost of diesel",
     "pushed"),
    ("The new levy hit would fall hardest on pensioners.", "The new levy hit", "fall"),
    ("A weaker rand will raise the price of imported fuel.", "A weaker rand", "raise"),
    ("The pay cut has angered nurses across the region.", "The pay cut", "angered"),
    ("The rising cost of fertiliser is squeezing wheat growers.",
     "The rising cost of fertiliser", "squeezing"),
    ("The surprise bid was rejected by the board.", "The surprise bid", "rejected"),
    ("The budget set could force the school to close.", "The budget set", "force"),
    ("The hidden cost of the stadium might reach 2 billion euros.",
     "The hidden cost of the stadium", "reach"),
    ("The record bet was placed at a shop in Leeds.", "The record bet", "placed"),
])
def test_a_past_before_an_auxiliary_is_a_noun(sentence: str, subject: str, verb: str) -> None:
    assert _first(sentence) == (subject, verb)


@pytest.mark.parametrize(("sentence", "subject", "verb"), [
    ("A stronger won could make Korean products less competitive.", "a stronger won", "make"),
    ("The grant cut was ordered by the ministry.", "the grant cut", "ordered"),
    ("The new levy hit would fall hardest on pensioners.", "the new levy hit", "fall"),
])
def test_the_older_reader_agrees(sentence: str, subject: str, verb: str) -> None:
    clause = _clause(sentence)
    assert (clause.subject, clause.verb) == (subject, verb)


@pytest.mark.parametrize("sentence", [
    "Officials warned of flooding across the valley.",
    "The firm cut 300 jobs last year.",
    "Residents spoke of their fear after the storm.",
    "The ministry set a deadline for the bids.",
])
def test_a_past_verb_stays_a_verb(sentence: str) -> None:
    assert _first(sentence)[1] in {"warned", "cut", "spoke", "set"}


# --- verbs of position, "more than doubled", "many of X now buy" ------------------------------

@pytest.mark.parametrize(("sentence", "subject", "verb"), [
    ("The coastal villages lie below sea level, which makes them prone to flooding.",
     "The coastal villages", "lie"),
    ("The valley lies in a basin ringed by mountains, which makes it prone to smog.",
     "The valley", "lies"),
    ("The power plant sits on a fault line, which worries engineers.", "The power plant",
     "sits"),
    ("Two old tankers lie idle in the harbour.", "Two old tankers", "lie"),
    ("The old mill stands beside the river.", "The old mill", "stands"),
    ("Most farms sit within the flood zone.", "Most farms", "sit"),
    ("The town hall stands empty after the fire.", "The town hall", "stands"),
    ("The island lies off the northern coast.", "The island", "lies"),
    ("Thousands of homes lie inside the exclusion zone.", "Thousands of homes", "lie"),
    ("The reactor sits near a busy motorway.", "The reactor", "sits"),
])
def test_verbs_of_position_are_read(sentence: str, subject: str, verb: str) -> None:
    assert _first(sentence) == (subject, verb)


def test_a_position_clause_is_no_antecedent_of_which() -> None:
    sentence = "The coastal villages lie below sea level, which makes them prone to flooding."
    assert all(c.subject == "The coastal villages" or c.group.main != "makes"
               for c in find_clauses(sentence))
    assert not any(c.subject.endswith("sea level") for c in find_clauses(sentence))


@pytest.mark.parametrize("sentence", [
    "Small white lies in politics are common.",
    "The lies told by the minister were exposed.",
    "The village lie in the report was exposed.",
])
def test_lies_as_a_noun_is_no_verb(sentence: str) -> None:
    assert all(c.group.main not in {"lie", "lies"} for c in find_clauses(sentence))


@pytest.mark.parametrize(("sentence", "subject", "verb"), [
    ("Retail prices more than doubled in two months.", "Retail prices", "more than doubled"),
    ("Ticket sales more than tripled after the final.", "Ticket sales", "more than tripled"),
    ("The rent more than doubled in a year.", "the rent", "more than doubled"),
    ("Exports more than halved despite the sanctions.", "Exports", "more than halved"),
])
def test_more_than_doubled_is_the_verb(sentence: str, subject: str, verb: str) -> None:
    clause = _clause(sentence)
    assert (clause.subject, clause.verb) == (subject, verb)
    assert clause.base.startswith(verb.rsplit(" ", 1)[0])


@pytest.mark.parametrize(("sentence", "subject", "verb"), [
    ("Many of her customers now buy their bread elsewhere.", "Many of her customers", "buy"),
    ("Most of the growers now sell their fruit abroad.", "Most of the growers", "sell"),
    ("Some of the nurses still work in two hospitals.", "Some of the nurses", "work"),
    ("Half of the students now live at home.", "Half of the students", "live"),
    ("Several of the ferries still run on diesel.", "Several of the ferries", "run"),
])
def test_a_partitive_subject_before_a_plural_verb(sentence: str, subject: str,
                                                  verb: str) -> None:
    assert _first(sentence) == (subject, verb)


# --- "had no choice" asks with "did ... have" ------------------------------------------------

@pytest.mark.parametrize(("aux", "rest", "expected"), [
    ("had", "no choice", "did the farm have no choice"),
    ("has", "300 members", "does the farm have 300 members"),
    ("have", "little money left", "do the farm have little money left"),
    ("had", "a plan", "did the farm have a plan"),
    ("had", "been warned", "had the farm been warned"),
    ("had", "already left", "had the farm already left"),
    ("has", "not", "has the farm not"),
    ("had", "to leave", "did the farm have to leave"),
])
def test_have_as_the_verb_asks_with_do(aux: str, rest: str, expected: str) -> None:
    assert question_predicate("the farm", VerbGroup((aux,), aux, "aux"), rest) == expected


@pytest.mark.parametrize("sentence", [
    "Trophy hunting was banned in 2016, and farmers and some politicians blame the ban for "
    "the rise in encounters.",
    "Teachers and many parents blame the cuts for the fall in standards.",
    "Fishermen and some scientists blame the dam for the drop in salmon numbers.",
    "Nurses and several doctors blame the rota for the rise in sick leave.",
])
def test_a_coordinated_subject_is_not_cut_at_and(sentence: str) -> None:
    assert not any(c.subject in {"some politicians", "many parents", "some scientists",
                                 "several doctors"}
                   for c in find_clauses(sentence))


@pytest.mark.parametrize("sentence", [
    "Heavy rain expected next week could turn the ash into mudflows.",
    "The measures announced were welcomed by shopkeepers.",
])
def test_an_ed_participle_before_an_auxiliary_is_no_noun_head(sentence: str) -> None:
    assert _first(sentence)[1] not in {"turn", "welcomed"} or \
        not _first(sentence)[0].endswith(("expected", "announced"))


def test_a_partitive_subject_before_an_adverb_is_not_read() -> None:
    assert all(c.group.main != "go" for c in
               find_clauses("Most of its films go straight to online platforms."))
