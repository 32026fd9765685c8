"""Round 14, precision: the failure kinds the judges found on sealed text, removed as general
rules and tested on a composed matrix (DEV fillers worked on, HELD-OUT fillers of the same shapes
kept apart as the transfer check), with negatives where the card is fine.

1. a question resting on "the elevator", "the operator" that the card never identifies;
2. a cause answered with a second reported clause, or with a whole sentence of two clauses;
3. a generic actor ("Spanish authorities", "local officials");
4. distractors outside the region the question states, or a country beside a bloc;
5. a country gapped beside its own place, a place gapped inside a name;
6. an age given in passing asked or gapped.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import product

import pytest

from quiz.generate.facts import AnswerKind, Article, Fact, Sentence
from quiz.generate.figure_ages import passing_age
from quiz.generate.pipeline import build_decks
from quiz.generate.question_answer_spans import trimmed_cause
from quiz.generate.question_gaps import gap_gives_away
from quiz.generate.question_referents import bare_nouns, identified, named_or_dropped
from quiz.generate.question_regions import is_bloc, same_kind_and_region, stated_region
from quiz.model import Category

PUBLISHED = dt.date(2026, 5, 20)


def _article(file: str, title: str, *texts: str) -> Article:
    return Article(file=file, title=title, published=PUBLISHED,
                   sentences=tuple(Sentence(i, t) for i, t in enumerate(texts)))


def _cards(*articles: Article) -> list:
    decks = build_decks(list(articles))
    return [card for deck in decks if deck.id.endswith("-all") for card in deck.cards]


# ---------------------------------------------------------------------------------------------
# 1. The bare "the" noun: the matrix. A filler is (noun, its fuller first mention, the kind of
# place the other story mentions the same noun in); a frame is the fact's sentence with a bare
# "the <noun>" and what its question asks.

#: (noun, fuller mention as the article first writes it)
DEV_REFERENTS = [
    ("elevator", "a grain elevator near Moose Jaw"),
    ("terminal", "a ferry terminal in Bergen"),
    ("plant", "a desalination plant outside Perth"),
    ("operator", "the operator of a Baltic coast wind farm"),
    ("museum", "the Wieliczka salt museum"),
]
HELD_OUT_REFERENTS = [
    ("depot", "a bus depot in Leith"),
    ("reservoir", "a reservoir near Granada"),
    ("clinic", "a maternity clinic in Kisumu"),
    ("owner", "the owner of a Danube river cruise line"),
    ("stadium", "the Olimpico football stadium"),
]
#: The fact's sentence (with "{N}" for the noun) and a word its question must hold.
FRAMES = [
    ("The {N}, which was built in 1978, had passed an inspection last spring.", "1978"),
    ("The {N} was closed in March 2025 after an inspection found cracks.", "March 2025"),
    ("Officials said the {N} would reopen in June 2026.", "June 2026"),
    ("The {N} had been closed because of a shortage of engineers.", "a shortage of engineers"),
]


def _referent_corpus(noun: str, fuller: str, frame: str) -> tuple[Article, Article]:
    """The story (a first sentence with the fuller mention, then the frame) and another
    story that also tells of a {noun}, so a bare "the {noun}" is ambiguous in the deck."""
    story = _article("a.txt", "Story", f"Investigators visited {fuller} on Sunday.",
                     frame.replace("{N}", noun))
    other = _article("b.txt", "Other", f"In Lyon, the {noun} was sold to a new buyer for "
                     "twelve million euros on Friday, the city council said.")
    return story, other


def _referent_result(noun: str, fuller: str, frame: str, answer: str) -> str:
    """"named" when a question of the frame's fact names the noun by its fuller mention,
    "dropped" when no question asks it, "bare" when a question asks it with a bare noun."""
    cards = _cards(*_referent_corpus(noun, fuller, frame))
    sentence = frame.replace("{N}", noun)
    asked = [c.question for c in cards if c.source.sentence == sentence and
             c.type.value in ("typed", "choice", "recall") and c.category is not Category.ACTOR
             and answer in (c.answer or "") + " " + " ".join(c.accept)]
    mention = fuller.split(" ", 1)[1]
    if any(re.search(rf"\bthe {noun}\b(?! (?:of|near|in|outside)\b)", q) and mention not in q
           for q in asked):
        return "bare"
    return "named" if any(mention in q for q in asked) else "dropped"


def coverage(fillers: list[tuple[str, str]]) -> tuple[int, int, int]:
    """(named, dropped, bare) over every filler and frame."""
    counts = {"named": 0, "dropped": 0, "bare": 0}
    for (noun, fuller), (frame, answer) in product(fillers, FRAMES):
        counts[_referent_result(noun, fuller, frame, answer)] += 1
    return counts["named"], counts["dropped"], counts["bare"]


@pytest.mark.parametrize(("noun", "fuller"), DEV_REFERENTS + HELD_OUT_REFERENTS)
@pytest.mark.parametrize(("frame", "answer"), FRAMES)
def test_a_bare_noun_is_named_by_its_fuller_mention_or_not_asked(noun: str, fuller: str,
                                                                 frame: str, answer: str) -> None:
    assert _referent_result(noun, fuller, frame, answer) != "bare"


@pytest.mark.parametrize(("question", "sentence", "earlier", "expected"), [
    ("In what year was the elevator built?", "The elevator, which was built in 1978, had passed.",
     ["A fire destroyed a grain elevator near Moose Jaw on Sunday."],
     "In what year was the grain elevator near Moose Jaw built?"),
    ("Why does the operator want to appeal?",
     "The operator, Nordwind Energie, said it would appeal, arguing that the shutdown was unfair.",
     [], "Why does the operator, Nordwind Energie, want to appeal?"),
    ("What probably caused the damage, according to the operator?",
     "The operator, Stubaier Gletscherbahn, said the damage was probably caused by lightning.",
     [], "What probably caused the damage, according to the operator, Stubaier Gletscherbahn?"),
    ("Why was the festival cancelled?", "The festival was cancelled because of rain.",
     ["Three jurors quit the Mar del Plata film festival on Monday."],
     "Why was the Mar del Plata film festival cancelled?"),
    ("How much was the budget for the extension?", "The budget was 6.4 billion kroner.",
     ["The extension of Bergen's light rail line has stopped."],
     "How much was the budget for the extension of Bergen's light rail line?"),
])
def test_identified_names_the_noun(question: str, sentence: str, earlier: list[str],
                                   expected: str) -> None:
    assert identified(question, sentence, earlier) == expected


@pytest.mark.parametrize(("question", "earlier"), [
    # a "film" that modifies "festival" is no mention of a film
    ("Why would the film not be shown?", ["It was chosen for the Mar del Plata film festival."]),
    # a place and a time are no name of the thing ("on Sunday", "caught fire")
    ("When was the elevator built?", ["A grain elevator burned down on Sunday."]),
    ("When was the elevator built?", ["A grain elevator near Moose Jaw caught fire."]),
])
def test_no_false_fuller_mention(question: str, earlier: list[str]) -> None:
    assert identified(question, "x", earlier) is None


@pytest.mark.parametrize("question", [
    # NEGATIVES: the noun phrase identifies itself, or the question names its story
    "In what year was the 2024 election held?",
    "When was the Berlin Marathon run?",
    "When was the deal to buy Nordlys signed?",
    "Why did Nordwind Energie close the plant?",
    "When did the cost of hydrogen triple?",
    "When did Storm Babet hit the coast for the first time?",
    "What forced farmers to stop at the height of the harvest?",
    "How much did the government of Kenya set aside?",
])
def test_a_self_identifying_phrase_is_left_alone(question: str) -> None:
    assert bare_nouns(question) == []
    assert named_or_dropped(question, "x", [], lambda noun: True) == question


def test_a_noun_no_other_story_tells_of_keeps_its_question() -> None:
    # "the recount" of the only recount of the deck needs no naming
    assert named_or_dropped("On what day would the recount begin?", "x", [],
                            lambda noun: False) == "On what day would the recount begin?"
    assert named_or_dropped("On what day would the recount begin?", "x", [],
                            lambda noun: True) == ""


# ---------------------------------------------------------------------------------------------
# 2. Cause answers: a second reported clause; a whole sentence of two clauses.

def _cause(question: str, answer: str, sentence: str) -> Fact:
    return Fact(category=Category.CAUSE, kind=AnswerKind.CAUSE, article="a.txt",
                sentence=Sentence(0, sentence), question=question, answer=answer)


@pytest.mark.parametrize(("question", "answer", "expected"), [
    ("What triggered the crash, according to Datagon?",
     "a database error and that a fix had been applied overnight", "a database error"),
    ("What caused the outage, according to the utility?",
     "a faulty transformer, and that repairs would take a week", "a faulty transformer"),
    ("What delayed the launch?", "a leaking valve and that engineers were checking it",
     "a leaking valve"),
    # NEGATIVE: a "Why" answer may give two reasons joined so
    ("Why did the university appeal?",
     "its team had done the first survey and that the law favours public bodies",
     "its team had done the first survey and that the law favours public bodies"),
])
def test_a_second_reported_clause_is_cut(question: str, answer: str, expected: str) -> None:
    fact = trimmed_cause(_cause(question, answer, f"X said {answer}."))
    assert fact is not None and fact.answer == expected


@pytest.mark.parametrize(("sentence", "answer", "question", "kept"), [
    ("Inspectors found the cracks after a Kenya Airways Boeing 787 arriving from Amsterdam burst "
     "two tyres on touchdown on Sunday, forcing the runway to close for more than three hours.",
     "Inspectors found the cracks after a Kenya Airways Boeing 787 arriving from Amsterdam burst "
     "two tyres on touchdown on Sunday", "Why did the runway have to close?", False),
    ("Engineers shut the turbine when a sensor in the gearbox reported a temperature far above "
     "the limit, leaving the island without power.",
     "Engineers shut the turbine when a sensor in the gearbox reported a temperature far above "
     "the limit", "Why was the island left without power?", False),
    # NEGATIVES: one clause; or asked "What ...?"
    ("Three players were disqualified on Saturday for carrying mobile phones into the playing "
     "hall, prompting organisers to add metal detectors.",
     "Three players were disqualified on Saturday for carrying mobile phones into the playing hall",
     "Why did organisers add metal detectors?", True),
])
def test_a_two_clause_sentence_is_no_cause(sentence: str, answer: str, question: str,
                                           kept: bool) -> None:
    assert (trimmed_cause(_cause(question, answer, sentence)) is not None) is kept


# ---------------------------------------------------------------------------------------------
# 3. Generic actors: a kind of people named by country or level alone, with no other such
# people set against them.

DEV_GENERIC = [("Spanish", "authorities"), ("Kenyan", "police"), ("local", "officials")]
HELD_OUT_GENERIC = [("Chilean", "investigators"), ("provincial", "officials"),
                    ("Greek", "authorities"), ("federal", "police")]
ACTS = ["{A} have ordered the destruction of more than 3,000 olive trees near the farm.",
        "{A} said on Tuesday that the bridge would stay closed until March.",
        "The farm was sealed off by {a} after the outbreak was confirmed."]


def _actor_answers(*texts: str) -> set[str]:
    cards = _cards(_article("a.txt", "Story", *texts))
    return {c.answer for c in cards if c.category is Category.ACTOR}


@pytest.mark.parametrize(("modifier", "noun"), DEV_GENERIC + HELD_OUT_GENERIC)
@pytest.mark.parametrize("act", ACTS)
def test_a_generic_actor_is_not_asked(modifier: str, noun: str, act: str) -> None:
    actor = f"{modifier} {noun}"
    text = act.replace("{A}", actor[:1].upper() + actor[1:]).replace("{a}", actor)
    answers = {a.lower() for a in _actor_answers(text)}
    assert actor.lower() not in answers


@pytest.mark.parametrize("modifier", ["Iraqi", "Peruvian"])
def test_people_set_against_others_stay(modifier: str) -> None:
    # NEGATIVE: "U.S. officials" against "Iraqi officials" is a point to learn
    answers = _actor_answers(
        f"The official said that {modifier} and U.S. officials were at odds over the time frame, "
        f"with U.S. officials proposing a two- to five-year timeline.",
        f"{modifier} officials have repeatedly called for the withdrawal of coalition forces.")
    assert f"{modifier} officials" in answers or "U.S. officials" in answers


# ---------------------------------------------------------------------------------------------
# 4. Distractors of the answer's kind and region.

@pytest.mark.parametrize(("question", "candidate", "fits"), [
    ("Which country holds the largest lithium reserves in the EU?", "Spain", True),
    ("Which country holds the largest lithium reserves in the EU?", "China", False),
    ("Which country holds the largest lithium reserves in the EU?", "Kenya", False),
    ("Which country has the most wolves in Europe?", "Norway", True),
    ("Which country has the most wolves in Europe?", "Brazil", False),
    ("Which African country grows the most cassava?", "Uganda", True),
    ("Which African country grows the most cassava?", "Thailand", False),
    ("Which country in Latin America exports the most copper?", "Peru", True),
    ("Which country in Latin America exports the most copper?", "Australia", False),
    # NEGATIVE: no region stated
    ("Which country closed its squid fishery?", "China", True),
])
def test_a_country_distractor_is_in_the_stated_region(question: str, candidate: str,
                                                      fits: bool) -> None:
    answer = {"EU": "Portugal", "Eur": "Sweden", "Afr": "Nigeria", "Lat": "Chile"}
    region = stated_region(question)
    first = "Chile" if "Latin" in question else "Nigeria" if "African" in question else \
        "Sweden" if "Europe" in question else "Portugal" if "EU" in question else "Peru"
    assert answer  # (the answers are in their regions)
    assert same_kind_and_region(first, candidate, region) is fits


@pytest.mark.parametrize(("answer", "candidate", "fits"), [
    ("European Union", "China", False), ("the EU", "African Union", True),
    ("Kenya", "NATO", False), ("Kenya", "Uganda", True),
])
def test_a_bloc_stands_beside_blocs(answer: str, candidate: str, fits: bool) -> None:
    assert same_kind_and_region(answer, candidate, None) is fits
    assert is_bloc("the EU") and not is_bloc("Spain")


# ---------------------------------------------------------------------------------------------
# 5. A country gapped beside its own place; a place gapped inside a name.

def _actor(answer: str, kind: AnswerKind, sentence: str) -> Fact:
    return Fact(category=Category.ACTOR, kind=kind, article="a.txt",
                sentence=Sentence(0, sentence), question="", answer=answer)


@pytest.mark.parametrize(("sentence", "answer", "kind", "gives_away"), [
    ("Floods hit Houston, Texas, United States, on Monday.", "United States", AnswerKind.COUNTRY,
     True),
    ("Officials in Nairobi, Kenya, said the runway would reopen.", "Kenya", AnswerKind.COUNTRY,
     True),
    ("The fire broke out near Mendoza, Argentina, last week.", "Argentina", AnswerKind.COUNTRY,
     True),
    ("He leads the Agricultural Producers Association of Saskatchewan, the group said.",
     "Saskatchewan", AnswerKind.ORGANISATION, True),
    ("She heads the Bank of Portugal's research unit.", "Portugal", AnswerKind.COUNTRY, True),
    # NEGATIVES: a list of countries, a day before the country, a plain subject
    ("Spain, Portugal and Italy agreed to share the cost.", "Portugal", AnswerKind.COUNTRY, False),
    ("It said on Monday, Kenya would act.", "Kenya", AnswerKind.COUNTRY, False),
    ("The head of Kenya's electoral body resigned.", "Kenya", AnswerKind.COUNTRY, False),
])
def test_a_country_beside_its_place_is_no_gap(sentence: str, answer: str, kind: AnswerKind,
                                              gives_away: bool) -> None:
    start = sentence.find(answer)
    fact = _actor(answer, kind, sentence)
    assert gap_gives_away(fact, sentence, start, start + len(answer)) is gives_away


# ---------------------------------------------------------------------------------------------
# 6. An age given in passing.

@pytest.mark.parametrize(("text", "span", "passing"), [
    ("One of the claimants, 44-year-old Darren Pickles, said he had worked there.", "44-year-old",
     True),
    ("Tom Breckin, 24, from Swindon, paid £189 for a ticket.", "24", True),
    ("Fernanda Lopes, 71, whose operation was postponed, said she understood.", "71", True),
    # NEGATIVES: a count, a year, a list of numbers
    ("The firm, founded in 2024, employs 300 people.", "300", False),
    ("Scores were 12, 14, 15 in the three rounds.", "14", False),
])
def test_a_passing_age(text: str, span: str, passing: bool) -> None:
    assert passing_age(text, span) is passing


def test_an_age_of_someone_named_once_is_not_asked() -> None:
    cards = _cards(_article("a.txt", "Couriers win", "A tribunal ruled on Monday that couriers "
                            "for SwiftDrop are workers.",
                            "One of the claimants, 44-year-old Darren Pickles, said he had "
                            "delivered parcels for SwiftDrop for six years."))
    assert not [c for c in cards if "44" in str(c.answer) or
                (c.question or "").startswith("How old")]


def test_an_age_of_the_story_s_subject_is_asked_by_its_number() -> None:
    cards = _cards(_article("a.txt", "Chess", "Seventeen-year-old Indian grandmaster Kavya "
                            "Raman won the World Rapid Chess Championship in Tbilisi on Sunday.",
                            "Raman beat the defending champion in the final round."))
    ages = [c for c in cards if (c.question or "").startswith("How old")]
    assert all(c.answer == "Seventeen" for c in ages)


@pytest.mark.parametrize(("question", "answer", "kept"), [
    ("What did a captain's complaint in August trigger?", "the investigation", False),
    ("What was causing chaos at the terminals, according to dockworkers' union FNV Havens?",
     "the delays", False),
    ("What had put off applicants?", "the remote location", True),  # (two words: a description)
    ("What had left many homes without enough staff?", "the rules", False),
    # NEGATIVES: a question that names its story; a phrase with more than one noun
    ("Why did Ohio's Environmental Protection Agency send inspectors?", "the outbreak", True),
    ("What halted work for almost a year from 2020?", "the pandemic", True),
    ("What had put off applicants?", "the lack of housing near the mine", True),
])
def test_a_bare_answer_to_a_question_that_names_nothing(question: str, answer: str,
                                                        kept: bool) -> None:
    fact = _cause(question, answer, f"X: {answer}.")
    assert (trimmed_cause(fact) is not None) is kept


def test_the_age_of_the_story_s_subject_is_no_passing_age() -> None:
    text = "Kennelly, a 38-year-old teacher, was deemed elected late on Tuesday night."
    assert not passing_age(text, "38-year-old", [text, "Kennelly thanked his team."])
    assert passing_age(text, "38-year-old", [text])
    text = "Jean-Luc Perrin, 62, who keeps 300 hives, said his output had fallen."
    assert passing_age(text, "62", [text, "Beekeepers protested in Valence."])
    assert not passing_age(text, "62", [text, "Perrin will appeal."])


def test_a_country_that_goes_on_into_a_compound_is_a_fair_gap() -> None:
    sentence = "The strikes hit the Popular Front, a predominantly Shiite, Iran-backed coalition."
    start = sentence.find("Iran")
    fact = _actor("Iran", AnswerKind.COUNTRY, sentence)
    assert not gap_gives_away(fact, sentence, start, start + len("Iran"))


@pytest.mark.parametrize(("sentence", "answer", "gives_away"), [
    ("Aida Ferreira, spokeswoman for the residents' group Unidos em Defesa de Covas do Barroso, "
     "welcomed it.", "Unidos", True),
    ("Researchers from the University of Oxford found the wreck.", "University", True),
    # NEGATIVE: two bodies joined by "and"
    ("FIFA and UEFA said in a joint statement that they stood with referees.", "FIFA", False),
])
def test_a_name_cut_before_its_end_is_no_gap(sentence: str, answer: str,
                                             gives_away: bool) -> None:
    start = sentence.find(answer)
    fact = _actor(answer, AnswerKind.ORGANISATION, sentence)
    assert gap_gives_away(fact, sentence, start, start + len(answer)) is gives_away


@pytest.mark.parametrize(("text", "expected"), [
    ("one years", "one year"), ("three month", "three months"), ("about 1 days", "about 1 day"),
    ("two years", "two years"), ("1.5 years", "1.5 years"),
])
def test_a_made_up_duration_agrees_with_its_count(text: str, expected: str) -> None:
    from quiz.generate.distractors import _agreeing

    assert _agreeing(text) == expected


@pytest.mark.parametrize("question", [
    "What do farmers blame the ban on trophy hunting for?",
    "When did the inquiry into police conduct begin?",
    "Why did the strike over pay end?",
])
def test_a_measure_named_by_its_object_is_left_alone(question: str) -> None:
    assert bare_nouns(question) == []


@pytest.mark.parametrize(("question", "sound"), [
    ("How long were the strong winds forced the pilot service to suspend boarding?", False),
    ("When was the heavy rain forced the council to close the road?", False),
    # NEGATIVES: a passive without an object; the active
    ("How long was the pilot service forced to suspend boarding?", True),
    ("How long did the strong winds force the pilot service to suspend boarding?", True),
])
def test_a_passive_causative_with_an_object_is_broken(question: str, sound: bool) -> None:
    from quiz.generate.question_checks import _sound_question

    assert _sound_question(question) is sound


@pytest.mark.parametrize(("sentence", "question", "answer", "sound"), [
    ("SwiftDrop had argued that the couriers were independent contractors because they used "
     "their own vans.", "Why were the couriers independent contractors?",
     "they used their own vans", False),
    ("The airline claimed that the pilots were rested because rosters had been checked twice.",
     "Why were the pilots rested?", "rosters had been checked twice", False),
    # NEGATIVES: the claim attributed; the asked act is the speaker's own
    ("The airline claimed that the pilots were rested because rosters had been checked twice.",
     "Why were the pilots rested, according to the airline?", "rosters had been checked twice",
     True),
    ("Australia's agriculture department described the move as premature, arguing that the mite "
     "had been confined to a single apiary.",
     "Why did Australia's agriculture department describe the move as premature?",
     "the mite had been confined to a single apiary", True),
])
def test_a_claim_is_not_asked_as_a_fact(sentence: str, question: str, answer: str,
                                        sound: bool) -> None:
    from quiz.generate.question_checks import _claim_as_fact

    assert _claim_as_fact(_cause(question, answer, sentence)) is not sound


def test_a_short_cloze_on_a_bare_request_is_led_by_the_sentence_before() -> None:
    from quiz.generate.card_cloze import cloze_question

    sentence = Sentence(1, "Canadian Pacific agreed to the request on Monday.")
    fact = Fact(category=Category.DATE, kind=AnswerKind.FULL_DATE, article="a.txt",
                sentence=sentence, question="", answer="Monday")
    before = "The ministry has asked railways to add extra cars."
    assert cloze_question(fact, "Monday", before) == \
        f"{before} Canadian Pacific agreed to the request on ___."
    plain = Fact(category=Category.DATE, kind=AnswerKind.FULL_DATE, article="a.txt",
                 sentence=Sentence(1, "Canadian Pacific added cars on Monday."), question="",
                 answer="Monday")
    assert cloze_question(plain, "Monday", before) == "Canadian Pacific added cars on ___."


def test_an_age_that_is_the_news_is_no_passing_age() -> None:
    text = ("Seventeen-year-old Rustam Aliyev of Uzbekistan became the youngest world rapid chess "
            "champion in history on Monday.")
    assert not passing_age(text, "Seventeen-year-old", [text])
    other = "Seventeen-year-old Rustam Aliyev won on Monday."
    assert not passing_age(other, "Seventeen-year-old", [other, "Aliyev thanked his coach."])
