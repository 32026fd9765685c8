"""The scorer's own tests: answer matching on true and false pairs, coverage, card checks, gold."""

from __future__ import annotations

from pathlib import Path

import pytest
import scorer
from hypothesis import given, settings
from hypothesis import strategies as st
from scorer import Category, answer_matches, check_card, covers, load_gold

from quiz.model import Card, CardType, SourceRef

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
D, A, F, C = Category.DATE, Category.ACTOR, Category.FIGURE, Category.CAUSE

MATCHING = [
    (F, "2,500", ["2,500 U.S. troops"]),
    (F, "2500 troops", ["2,500"]),
    (F, "five months", ["about 5 months"]),
    (F, "more than 100", ["more than 100 US troops"]),
    (A, "Soleimani", ["Qasem Soleimani"]),
    (A, "Iraqi Prime Minister Mohammed Shia al-Sudani", ["Mohammed Shia al-Sudani"]),
    (A, "the U.S.", ["US"]),
    (A, "Iraq\u2019s parliament", ["Iraq's parliament"]),
    (D, "Jan. 3, 2020", ["3 January 2020"]),
    (D, "2020-01-03", ["January 3, 2020"]),
    (D, "on Thursday, February 8, 2024", ["8 February 2024"]),
    (D, "February 8", ["8 February 2024"]),
    (D, "Thursday", ["Thursday, 8 February 2024", "Thursday"]),
    (D, "New Year\u2019s Eve", ["New Year's Eve 2019 (31 December 2019)", "New Year's Eve"]),
    (D, "the end of 2021", ["the end of 2021", "December 2021"]),
    (D, "July", ["July (2021)"]),
    (C, "because of Tucker Carlson's appeal urging restraint",
     ["apparently after watching Fox News host Tucker Carlson's appeal urging restraint"]),
    (C, "in retaliation for Washington's support of Israel", ["Washington's support of Israel"]),
    (C, "Soleimani's killing", ["the killing of Soleimani"]),
    (C, "the killing of Qasem Soleimani", ["Soleimani's killing"]),
]

NOT_MATCHING = [
    (F, "5,300", ["2,500"]),
    (F, "more than 60 times", ["more than 90 times"]),
    (F, "more than", ["more than 100"]),
    (F, "troops", ["2,500 U.S. troops"]),
    (F, "2", ["2,500"]),
    (A, "Iran", ["Iran-backed militias"]),
    (A, "the United States", ["the United States and Iraq"]),
    (A, "Iraqi officials", ["the Iraqi government"]),
    (A, "Abu Mahdi al-Muhandis", ["Qasem Soleimani", "Soleimani"]),
    (D, "8 January 2020", ["3 January 2020"]),
    (D, "2020", ["3 January 2020", "January 2020"]),
    (D, "January 2020", ["December 2019"]),
    (D, "December 2019", ["New Year's Eve 2019 (31 December 2019)", "31 December 2019"]),
    (D, "last Thursday (2 December 2021)", ["last Thursday", "9 December 2021"]),
    (D, "Thursday, 1 February 2024", ["Thursday", "8 February 2024"]),
    (C, "the resurgence of the Islamic State", ["to assist the Iraqi government in defeating the Islamic State"]),
    (C, "launch strikes on sites across Iran",
     ["apparently after watching Fox News host Tucker Carlson's appeal urging restraint"]),
    (C, "the Islamic State", ["to fight the Islamic State"]),
    (C, "wind down the mission of a U.S.-led military coalition formed to fight the Islamic State group in Iraq",
     ["to fight the Islamic State group in Iraq"]),
]


@pytest.mark.parametrize(("category", "answer", "gold"), MATCHING)
def test_matching_pairs(category: Category, answer: str, gold: list[str]) -> None:
    assert answer_matches([answer], gold, category)


@pytest.mark.parametrize(("category", "answer", "gold"), NOT_MATCHING)
def test_non_matching_pairs(category: Category, answer: str, gold: list[str]) -> None:
    assert not answer_matches([answer], gold, category)


def test_a_wrongly_resolved_date_does_not_score_through_its_accepted_words() -> None:
    gold = ["Tuesday night, 11 March 2025", "Tuesday", "11 March 2025"]
    assert not answer_matches(["18 March 2025", "Tuesday", "on Tuesday"], gold, D)
    assert answer_matches(["11 March 2025", "Tuesday"], gold, D)
    assert answer_matches(["Tuesday"], gold, D)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=40),
       st.sampled_from(list(scorer.CATEGORIES)))
def test_every_answer_matches_itself(text: str, category: Category) -> None:
    if scorer.tokens(text):
        assert answer_matches([text], [text], category)


# ----------------------------------------------------------------------------- coverage

SENTENCE = ("Soleimani and Abu Mahdi al-Muhandis, the deputy chairman of the Baghdad-allied Popular "
            "Mobilization Committee militias formed to fight Daesh in 2014, were killed in a US drone "
            "strike at the Baghdad on 3 January 2020.")
FILE = "000_e53340ccac4be375.txt"


def card(answer: str, category: Category = D, *, question: str = "When did it happen?",
         sentence: str = SENTENCE, kind: CardType = CardType.TYPED, file: str = f"seeds/{FILE}",
         **extra: object) -> Card:
    return Card(id="c1", type=kind, category=category, question=question, answer=answer,
                source=SourceRef(file=file, sentence=sentence), **extra)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def gold() -> dict[str, scorer.GoldFact]:
    return {fact.id: fact for fact in load_gold()}


def test_a_card_covers_its_fact(gold: dict[str, scorer.GoldFact]) -> None:
    assert covers(card("Jan. 3, 2020"), gold["000-d1"])
    assert covers(card("2014"), gold["000-d2"])


def test_a_different_fact_of_the_same_sentence_is_not_credited(gold: dict[str, scorer.GoldFact]) -> None:
    assert not covers(card("2014"), gold["000-d1"])
    assert not covers(card("3 January 2020"), gold["000-d2"])


def test_the_sentence_and_the_category_must_match(gold: dict[str, scorer.GoldFact]) -> None:
    other = "Iraqi-US negotiations on the matter continued for over a year."
    assert not covers(card("2014", sentence=other), gold["000-d2"])
    assert not covers(card("2014", F), gold["000-d2"])
    assert not covers(card("2014", file="seeds/001_a4f643b3b8912a90.txt"), gold["000-d2"])


def test_sentence_comparison_forgives_typography_and_splits(gold: dict[str, scorer.GoldFact]) -> None:
    curly = SENTENCE.replace("-", "\u2011").replace("  ", " ") + "  "
    assert covers(card("2014", sentence=curly), gold["000-d2"])
    fact = gold["001-d4"]
    head = fact.sentence.split(":")[0] + ":"
    assert covers(card("January 2020", sentence=head, file=fact.source), fact)


def test_a_cause_asked_from_the_other_end_is_covered(gold: dict[str, scorer.GoldFact]) -> None:
    fact = gold["000-c5"]
    reverse = card("Soleimani's assassination", C, question="What prompted Iran to target a pair of "
                   "US bases in Iraq with over a dozen ballistic missiles?", sentence=fact.sentence)
    assert covers(reverse, fact)


def test_another_link_of_the_same_sentence_is_not_a_cause_link(gold: dict[str, scorer.GoldFact]) -> None:
    fact = gold["000-c7"]  # what the aides encouraged
    other = card("after watching Tucker Carlson's appeal urging restraint", C,
                 question="Why did the president decide against launching strikes on sites across Iran?",
                 sentence=fact.sentence)
    assert not covers(other, fact)
    assert covers(other, gold["000-c6"])


def test_accepted_forms_count_only_when_equal(gold: dict[str, scorer.GoldFact]) -> None:
    fact = gold["003-a2"]  # Operation Inherent Resolve
    vowell = card("Joel \u201cJB\u201d Vowell", A, question="Who is the operation's commander?",
                  sentence=fact.sentence, file=fact.source,
                  accept=("Operation Inherent Resolve's commander Maj Gen Joel \u201cJB\u201d Vowell",))
    assert not covers(vowell, fact)
    aliased = card("Vowell", A, question="Who?", sentence=fact.sentence, file=fact.source,
                   accept=("Inherent Resolve",))
    assert covers(aliased, fact)


def test_a_fact_inside_a_long_answer_is_not_a_cause_link(gold: dict[str, scorer.GoldFact]) -> None:
    fact = gold["002-c15"]  # why the coalition was formed
    carried = card("to bring an end to the mission of the U.S.-led military coalition formed to combat "
                   "the Islamic State group in Iraq", C, sentence=fact.sentence, file=fact.source,
                   question="Why did the United States and Iraq embark on formal discussions?")
    assert not covers(carried, fact)
    assert covers(carried, gold["002-c1"])


def test_only_true_statements_cover_a_cause(gold: dict[str, scorer.GoldFact]) -> None:
    fact = gold["000-c8"]
    statement = ("The Iranian commander's killing prompted Iraq's parliament to issue a resolution "
                 "demanding the immediate withdrawal of all US forces.")
    assert covers(card("true", C, question=statement, sentence=fact.sentence, kind=CardType.TRUEFALSE), fact)
    assert not covers(card("false", C, question=statement, sentence=fact.sentence,
                           kind=CardType.TRUEFALSE), fact)


# ----------------------------------------------------------------------------- card checks

def test_a_sound_card_has_no_problems() -> None:
    sound = card("3 January 2020", question="On what date were Soleimani and al-Muhandis killed?")
    assert check_card(sound) == {}


def test_answer_must_be_in_the_sentence() -> None:
    assert "answer_not_in_source" in check_card(card("5 January 2020"))
    assert "answer_not_in_source" not in check_card(card("Jan. 3, 2020"))  # same date, other form
    assert "answer_not_in_source" in check_card(card("Hezbollah", A, question="Who was killed?"))


def test_a_resolved_relative_date_must_keep_the_words_of_the_sentence() -> None:
    sentence = "The US-led anti-ISIS coalition announced on Thursday that talks would resume."
    bare = card("8 February 2024", sentence=sentence, question="When was it announced?")
    assert "answer_not_in_source" in check_card(bare)
    explained = card("8 February 2024", sentence=sentence, question="When was it announced?",
                     explanation="'on Thursday', resolved against the publication date.")
    assert "answer_not_in_source" not in check_card(explained)
    accepted = card("8 February 2024", sentence=sentence, question="When was it announced?",
                    accept=("Thursday",))
    assert "answer_not_in_source" not in check_card(accepted)


def test_a_cause_may_be_reworded_but_not_invented() -> None:
    sentence = "The Iranian commander's killing prompted Iraq's parliament to issue a resolution."
    assert check_card(card("the killing of the Iranian commander", C, sentence=sentence,
                           question="What prompted the resolution?")) == {}
    assert "answer_not_in_source" in check_card(card("a vote of the Iraqi cabinet on oil", C,
                                                     sentence=sentence, question="Why?"))


@pytest.mark.parametrize(("category", "question", "answer"), [
    (A, "Which commander, Soleimani, was killed in Baghdad?", "Qasem Soleimani"),
    (A, "Which Popular Mobilization group was struck?", "the Popular Mobilization Forces"),
    (A, "Who was killed with Abu Mahdi al-Muhandis on 3 January 2020?", "Abu Mahdi al-Muhandis"),
    (D, "What happened on Jan. 3, 2020 in Baghdad?", "3 January 2020"),
    (F, "How many troops remained of the 2,500 U.S. troops?", "2,500"),
    (C, "Why was the resolution issued after Soleimani's killing?", "Soleimani's killing"),
])
def test_leaks_are_found(category: Category, question: str, answer: str) -> None:
    assert "answer_leaked" in check_card(card(answer, category, question=question, sentence=question))


@pytest.mark.parametrize(("category", "question", "answer"), [
    (A, "Which Iraqi Prime Minister announced the talks?", "Iraqi Prime Minister Mohammed Shia al-Sudani"),
    (A, "Who is Operation Inherent Resolve's commander?",
     "Operation Inherent Resolve's commander Maj Gen Joel \u201cJB\u201d Vowell"),
    (D, "When, in the year the war ended, was the deal signed?", "3 January 2020"),
    (F, "Troop numbers fell from a high of 5,300 to how many?", "2,500"),
    (C, "What did the killing prompt Iraq's parliament to do?", "issue a resolution demanding withdrawal"),
])
def test_no_leak_is_claimed_when_none(category: Category, question: str, answer: str) -> None:
    assert "answer_leaked" not in check_card(card(answer, category, question=question,
                                                  sentence=question + " " + answer))


def test_an_answer_cut_off_mid_phrase_is_a_fragment() -> None:
    sentence = "The White House airstrike in January 2020 resulted in the elimination of: Soleimani."
    cut = card("the elimination of", C, question="What did the airstrike result in?", sentence=sentence)
    assert "answer_fragment" in check_card(cut)
    whole = card("the elimination of Soleimani", C, question="What did the airstrike result in?",
                 sentence=sentence)
    assert "answer_fragment" not in check_card(whole)
    assert "answer_fragment" in check_card(card("", question="When?"))


def test_letters_beyond_ascii_are_letters() -> None:
    assert scorer.tokens("Constanța and Galați") == ["constanta", "and", "galati"]
    assert answer_matches(["Galati"], ["Galați"], A)
    port = card("Constanța", A, question="Where was the grain bound for?",
                sentence="Most barges carry grain bound for Constanța.")
    assert check_card(port) == {}


def test_question_forms() -> None:
    assert "question_form" in check_card(card("2014", question="Name the year"))
    assert "question_form" in check_card(card("2014", kind=CardType.CLOZE, question="Formed in 2014."))
    assert "question_form" not in check_card(card("2014", kind=CardType.CLOZE,
                                                  question="The militias were formed in ___."))
    tf = card("true", kind=CardType.TRUEFALSE, question="The militias were formed in 2014?")
    assert "question_form" in check_card(tf)
    assert check_card(card("true", kind=CardType.TRUEFALSE, question="The militias were formed in 2014.")) == {}


@pytest.mark.parametrize(("choices", "bad"), [
    (("3 January 2020", "8 January 2020", "5 March 2020", "1 June 2019"), False),
    (("3 January 2020", "January 3, 2020", "5 March 2020", "1 June 2019"), True),  # alias
    (("3 January 2020", "8 January 2020", "8 JANUARY 2020", "1 June 2019"), True),  # twice
    (("4 January 2020", "8 January 2020", "5 March 2020", "1 June 2019"), True),  # none right
    (("3 January 2020",), True),
    (("3 January 2020", "8 January 2020", "Jan. 8, 2020", "1 June 2019"), True),  # a date twice
])
def test_choices(choices: tuple[str, ...], bad: bool) -> None:
    checked = check_card(card("3 January 2020", kind=CardType.CHOICE, question="When?", choices=choices))
    assert ("choices" in checked) is bad


def test_a_distractor_containing_the_answer_is_a_second_right_choice() -> None:
    us = card("the United States", A, kind=CardType.CHOICE, question="Which country struck?",
              accept=("US", "Washington"), choices=("the United States", "Washington and Baghdad",
                                                    "Iran", "Syria"))
    assert "contains the answer" in check_card(us)["choices"]


def test_a_distractor_that_is_part_of_the_answer_is_half_right() -> None:
    pair = card("Soleimani and Abu Mahdi al-Muhandis", A, kind=CardType.CHOICE, question="Who was killed?",
                choices=("Soleimani and Abu Mahdi al-Muhandis", "Osama bin Laden", "Soleimani",
                         "Lloyd Austin"))
    assert "is part of the answer" in check_card(pair)["choices"]
    countries = card("United States and Iraq", A, kind=CardType.CHOICE, question="Which two countries?",
                     choices=("United States and Iraq", "Iran and Syria", "Jordan and Israel", "Iraq and Iran"))
    assert "choices" not in check_card(countries)


def test_figure_choices_must_state_different_numbers() -> None:
    twice = card("thousands", F, kind=CardType.CHOICE, question="How many returned?",
                 choices=("thousands", "an estimated 2,500", "2,500", "5,300"))
    assert check_card(twice)["choices"] == "two choices state the same number"


def test_order_cards_need_three_distinct_items() -> None:
    def order(*items: str) -> Card:
        return Card(id="o", type=CardType.ORDER, category=D, question="In what order did these happen?",
                    items=items)

    assert check_card(order("Invasion", "Withdrawal", "Return")) == {}
    assert "order_items" in check_card(order("Invasion", "Withdrawal", "withdrawal."))


# ----------------------------------------------------------------------------- the gold list

UNSEEN = Path(__file__).resolve().parent / "unseen"


@pytest.mark.parametrize(("gold_path", "articles"), [
    (scorer.GOLD_PATH, SEEDS), (UNSEEN / "gold-unseen.yaml", UNSEEN)], ids=["seeds", "unseen"])
def test_gold_sentences_are_verbatim_and_ids_unique(gold_path: Path, articles: Path) -> None:
    facts = load_gold(gold_path)
    assert len({f.id for f in facts}) == len(facts)
    for fact in facts:
        text = (articles / fact.source).read_text(encoding="utf-8")
        assert fact.id.startswith(fact.source[:3]), fact.id
        assert fact.answer.strip(), fact.id
        for sentence in fact.sentences:
            assert sentence in text, f"{fact.id}: not verbatim in {fact.source}: {sentence[:60]}"


def test_gold_covers_every_article_in_every_category() -> None:
    facts = load_gold()
    for path in sorted(SEEDS.glob("*.txt")):
        for category in scorer.CATEGORIES:
            assert any(f.source == path.name and f.category is category and not f.optional
                       for f in facts), (path.name, category)


def gold_deck() -> list[Card]:
    return [Card(id=f.id, type=CardType.TYPED, category=f.category, question=f.question,
                 answer=f.answer, accept=f.accept, source=SourceRef(file=f"seeds/{f.source}",
                                                                   sentence=f.sentence))
            for f in load_gold()]


def test_the_gold_facts_as_cards_score_full_marks() -> None:
    report = scorer.score(gold_deck(), load_gold())
    for category in scorer.CATEGORIES:
        assert report.recall(category, with_optional=True)[0] == report.recall(category, with_optional=True)[1]
    assert report.malformed == {}


def test_a_gold_card_covers_no_other_fact_with_another_answer() -> None:
    """Cross-credit is allowed only between facts that share an accepted answer (the same person
    asked about twice); otherwise a card for one fact must never count for another."""
    facts = {f.id: f for f in load_gold()}
    cards = gold_deck()
    wrong = []
    for card_ in cards:
        for fact in facts.values():
            own = {scorer.norm(a) for a in facts[card_.id].forms}
            if fact.id != card_.id and covers(card_, fact) and not own & {scorer.norm(a) for a in fact.forms}:
                wrong.append((card_.id, fact.id))
    assert wrong == []


def test_the_judgement_sample_is_reproducible() -> None:
    cards = gold_deck()
    first = scorer.sample_cards(cards, 40, seed=7)
    assert [c.id for c in first] == [c.id for c in scorer.sample_cards(list(reversed(cards)), 40, seed=7)]
    assert len({c.id for c in first}) == 40
    assert "source: 000_e53340ccac4be375.txt" in scorer.format_sample(
        [c for c in cards if c.id == "000-d1"])


def test_near_misses_show_the_cards_of_an_uncovered_fact() -> None:
    facts = load_gold()
    wrong = card("2014", question="When were they killed?")  # from 000-d1's sentence, wrong answer
    report = scorer.score([wrong], facts)
    near = scorer.near_misses(report, [wrong])
    assert [c.id for c in near["000-d1"]] == ["c1"]
    assert "near: c1 [typed] When were they killed? -> 2014" in scorer.format_report(report, near)
