"""Round 13b (cards): magnitude counts as choices, infinitive dates, plain plural openers,
nouns after prepositions, "What has also ...", and one-noun causes the story told before."""
from __future__ import annotations

import pytest
from gen_support import article

from quiz.generate.facts import AnswerKind, Fact, Sentence
from quiz.generate.figure_magnitudes import is_magnitude, magnitude_choices
from quiz.generate.pipeline import build_decks
from quiz.generate.question_checks import well_formed
from quiz.generate.question_misreads import misread
from quiz.generate.question_shapes import broken_shape
from quiz.generate.spans import span_question
from quiz.model import Category


def _cards(*texts: str) -> list[tuple[str, str, str, str, tuple[str, ...]]]:
    decks = build_decks([article(*texts)], prefix="t")
    return [(c.type.value, c.category.value, c.question, c.answer, c.choices)
            for c in (decks[-1].cards if decks else ())]


# -- a count given as a magnitude word is offered among the other magnitudes ---------------

_MAGNITUDE_SENTENCES = [
    "Thousands of commuters in Nairobi walked to work on Monday after bus fares doubled.",
    "Dozens of schools in the district closed their gates on Friday after the storm.",
    "Hundreds of volunteers filled sandbags along the river on Saturday.",
    "Millions of people rely on the minibuses to reach their jobs.",
    "Scores of traders protested outside the ministry on Tuesday.",
    "Engineers said thousands of homes were at risk if the levee failed.",
    "The fire destroyed hundreds of hectares of pine forest near the coast.",
    "The strike left tens of thousands of passengers stranded at the main terminal.",
    "A court in Lyon convicted the founder of a pyramid scheme that cheated thousands of "
    "investors.",
    "Heavy snow stranded dozens of lorries on the mountain pass overnight.",
    "Hundreds of flights were cancelled at Frankfurt airport on Thursday.",
    "The charity said it had planted millions of mangrove seedlings along the delta.",
]


@pytest.mark.parametrize("text", _MAGNITUDE_SENTENCES)
def test_a_magnitude_count_is_only_a_choice_between_magnitudes(text: str) -> None:
    for kind, category, question, answer, choices in _cards(text):
        if category != "figure" or not is_magnitude(answer):
            continue
        assert kind == "choice", (question, answer)
        assert answer in choices and len(choices) == 4
        assert all(is_magnitude(choice) for choice in choices)
        assert question.endswith("?") and not question.startswith(("Why", "When"))


@pytest.mark.parametrize(("answer", "offered"), [
    ("Thousands", ("Hundreds", "Dozens", "Millions")),
    ("dozens", ("hundreds", "thousands", "millions")),
    ("scores", ("hundreds", "thousands", "millions")),
    ("tens of thousands", ("hundreds", "millions", "dozens")),
    ("hundreds of thousands", ("millions", "dozens", "billions")),
    ("billions", ("millions", "thousands", "hundreds")),
])
def test_magnitude_choices_share_no_word_with_the_answer(answer: str,
                                                         offered: tuple[str, ...]) -> None:
    assert magnitude_choices(answer) == offered


@pytest.mark.parametrize("answer", ["several", "a few", "many", "2,000", "some"])
def test_other_vague_counts_are_no_magnitude(answer: str) -> None:
    assert not is_magnitude(answer)


@pytest.mark.parametrize("text", [
    "Norovirus causes hundreds of millions of infections every year, the agency said.",
    '"Thousands of holidays have just been ruined," said the head of the travel group.',
])
def test_a_multiplied_or_quoted_magnitude_is_not_asked(text: str) -> None:
    assert not any(category == "figure" and is_magnitude(answer)
                   for _, category, _, answer, _ in _cards(text))


def test_a_magnitude_in_a_quotation_opened_a_sentence_before_is_not_asked() -> None:
    assert not any(category == "figure" and is_magnitude(answer)
                   for _, category, _, answer, _ in _cards(
                       '"This is a very painful night for the team.',
                       'Hundreds of engineers have given years of their lives to this probe," '
                       "said the director of the agency."))


# -- a date of a passive infinitive after an object is the infinitive's --------------------


@pytest.mark.parametrize(("text", "span"), [
    ("Officials expect the work to be finished by 2027.", "by 2027"),
    ("The ministry expects the line to be completed in 2028.", "in 2028"),
    ("Engineers want the bridge to be reopened by March.", "by March"),
    ("The club expects the stadium to be rebuilt by 2030.", "by 2030"),
    ("Investors expect the company to be sold in 2027.", "in 2027"),
    ("Doctors expect the clinic to be opened in May 2026.", "in May 2026"),
    ("The mayor wants the old tram depot to be demolished by June.", "by June"),
    ("Planners expect the new terminal to be built by 2029.", "by 2029"),
    ("Farmers expect the dam to have been finished in 2031.", "in 2031"),
    ("A rule requiring all dogs in the park to be kept on leads has been in force since 1 "
     "March.", "since 1 March"),
    ("An order forcing all shops in the centre to be closed at night has applied since "
     "May.", "since May"),
])
def test_an_infinitive_verb_is_not_asked_as_the_main_verb(text: str, span: str) -> None:
    at = text.index(span)
    asked = span_question(text, at, at + len(span), "When", "When")
    assert asked is None  # never "did officials expect the work to be finish?"


@pytest.mark.parametrize(("text", "question"), [
    ("The museum was set to be reopened on 4 May.", "When was the museum set to be reopened?"),
    ("The suspect is believed to have left the country in January.",
     "When is the suspect believed to have left the country?"),
])
def test_a_passive_before_to_be_is_still_asked(text: str, question: str) -> None:
    span = text[text.rfind(" on ") + 1:-1] if " on " in text else text[text.rfind(" in ") + 1:-1]
    at = text.index(span)
    asked = span_question(text, at, at + len(span), "When", "When")
    assert asked is not None and asked.question == question


# -- a plain plural noun opening the sentence is lower-cased inside the question -----------


@pytest.mark.parametrize(("text", "word"), [
    ("Talks collapsed on 12 May after the unions rejected a final offer.", "Talks"),
    ("Negotiations resumed on 3 March in Geneva.", "Negotiations"),
    ("Officials closed the bridge on 14 February after cracks were found.", "Officials"),
    ("Universities raised fees by 9% in September.", "Universities"),
    ("Prices rose by 4% in April, the statistics office said.", "Prices"),
    ("Protests broke out in the capital on 2 June.", "Protests"),
    ("Authorities evacuated 300 homes on 8 August.", "Authorities"),
    ("Farmers blocked the motorway on 21 January.", "Farmers"),
    ("Rents climbed by 12% in 2025 across the region.", "Rents"),
    ("Troops withdrew from the border town on 30 October.", "Troops"),
])
def test_a_plain_plural_opener_is_lowered(text: str, word: str) -> None:
    questions = [q for kind, _, q, _, _ in _cards(text) if kind != "cloze"]
    assert questions
    assert not any(f" {word} " in q for q in questions)


def test_a_name_the_article_capitalises_inside_keeps_its_capital() -> None:
    questions = [q for kind, _, q, _, _ in _cards(
        "Authorities said on 3 May that the Authorities Union would strike.",
        "Talks collapsed on 12 May, said a spokesman for Talks.") if kind != "cloze"]
    assert all(" talks " not in q for q in questions)


# -- a noun after a preposition is no verb lacking its object ------------------------------


def _asked(question: str, category: Category = Category.CAUSE) -> Fact:
    return Fact(category=category, kind=AnswerKind.CAUSE, article="a.txt",
                sentence=Sentence(0, "Some sentence."), question=question,
                answer="rising demand for power")


@pytest.mark.parametrize("question", [
    "Why did the firm cut the capacity on offer?",
    "Why did the government reduce the number of seats on offer?",
    "Why did the union reject the deal on offer?",
    "Why were so few tickets still on offer?",
    "Why did the council keep the old trams in use?",
    "Why had the mill kept the workers on hold?",
    "Why did the town leave the hall for hire?",
    "Why did the museum put the painting on display for use?",
    "Why did the airline take its jets out of use?",
    "Why did the bank raise the amount on offer?",
])
def test_a_noun_after_a_preposition_is_not_a_missing_object(question: str) -> None:
    assert broken_shape(_asked(question)) != "object_missing"


@pytest.mark.parametrize("question", [
    "Why did the company make?",
    "Why did people deserve?",
    "Why had the company received, according to the report?",
])
def test_a_verb_lacking_its_object_is_still_broken(question: str) -> None:
    assert broken_shape(_asked(question)) == "object_missing"


# -- "What has also pushed up X?": What is the subject -------------------------------------


@pytest.mark.parametrize("question", [
    "What has also pushed up ticket prices?",
    "What has already pushed up the cost of bread?",
    "What had also driven down demand for steel?",
    "What is also slowing the rollout of the vaccine?",
    "What will also raise the price of coffee?",
    "What has also delayed the opening of the new hospital?",
    "What had already weakened the river's banks?",
    "What was also hurting sales of electric cars?",
    "What has recently forced the closure of three mines?",
    "What has also cut the number of night buses?",
])
def test_what_as_subject_after_an_adverb_is_not_a_lost_subject(question: str) -> None:
    assert misread(_asked(question)) != "subject_lost"


@pytest.mark.parametrize("question", [
    "What did also push up prices?",
    "On what date did first issue the notice?",
    "What has also changed?",
    "When has also opened the bridge?",
])
def test_a_lost_subject_is_still_found(question: str) -> None:
    assert misread(_asked(question)) == "subject_lost"


# -- a one-noun cause the story told with more detail before -------------------------------


def _one_noun(question: str, answer: str) -> Fact:
    return Fact(category=Category.CAUSE, kind=AnswerKind.CAUSE, article="a.txt",
                sentence=Sentence(3, "Some sentence."), question=question, answer=answer)


@pytest.mark.parametrize(("question", "answer", "before"), [
    ("Why had fewer than half of their pupils arrived, according to many schools?",
     "the strike", "Minibus operators went on strike against a government rule."),
    ("Why were most shops in the old town shut on Friday afternoon?", "the ban",
     "The council extended the ban on night-time alcohol sales."),
    ("Why did many passengers miss connecting flights at the airport?", "the delays",
     "Air traffic controllers warned of long delays over the weekend."),
    ("Why did thousands of families leave the coastal villages last week?", "the floods",
     "Record floods swept through the region after days of rain."),
    ("Why were farmers unable to sell milk to the dairy in May?", "the outbreak",
     "An outbreak of foot-and-mouth disease was confirmed in April."),
    ("Why did the ferry operator cancel all crossings to the island?", "the storm",
     "A winter storm with gusts of 140km/h hit the coast."),
    ("Why did sales of new cars fall sharply in the second quarter?", "the tariffs",
     "Washington imposed steep tariffs on imported steel."),
    ("Why had the orchestra cancelled the autumn tour of the north?", "the cuts",
     "The ministry announced cuts to arts funding."),
    ("Why were hundreds of patients sent home without surgery on Monday?", "the walkout",
     "Junior doctors began a 48-hour walkout over pay."),
    ("Why did the building firm halt work on the stadium in March?", "the shortage",
     "A shortage of steel beams hit builders across the country."),
])
def test_a_one_noun_cause_told_before_is_kept(question: str, answer: str, before: str) -> None:
    assert well_formed(_one_noun(question, answer), lambda: before)


@pytest.mark.parametrize(("question", "answer", "before"), [
    ("What has angered some parents?", "the exclusions", "The exclusions began in May."),
    ("Why had fewer than half of their pupils arrived?", "the strike",
     "Minibus operators went on strike against a government rule."),
    ("Why were most shops in the old town shut in the afternoon?", "the ban",
     "The ban began on Friday."),
    ("Why were most shops in the old town shut in the afternoon?", "the ban", ""),
])
def test_a_one_noun_cause_not_told_or_vague_is_dropped(question: str, answer: str,
                                                       before: str) -> None:
    assert not well_formed(_one_noun(question, answer), lambda: before)
    assert not well_formed(_one_noun(question, answer))




# -- "X and her Y": one coordinated subject whose "her" is X's ------------------------------


@pytest.mark.parametrize(("text", "span", "question"), [
    ("A mother bear and her two cubs were filmed in a village in 2023.", "in 2023",
     "When were a mother bear and her two cubs filmed in a village?"),
    ("The mayor and her deputy resigned on Friday.", "on Friday",
     "When did the mayor and her deputy resign?"),
    ("A woman and her son were arrested on 3 May.", "on 3 May",
     "When were a woman and her son arrested?"),
    ("The singer and her band cancelled the tour in March.", "in March",
     "When did the singer and her band cancel the tour?"),
    ("A mare and her foal were rescued from the flood on Sunday.", "on Sunday",
     "When were a mare and her foal rescued from the flood?"),
    ("The minister and her aides flew to Brussels on Monday.", "on Monday",
     "When did the minister and her aides fly to Brussels?"),
    ("The queen and her husband visited the town in 1957.", "in 1957",
     "When did the queen and her husband visit the town?"),
    ("A teacher and her pupils planted 300 trees in April.", "in April",
     "When did a teacher and her pupils plant 300 trees?"),
    ("Lena Varga and her brother opened the bakery in 2019.", "in 2019",
     "When did Lena Varga and her brother open the bakery?"),
    ("The chess champion and her coach arrived in Oslo on 2 June.", "on 2 June",
     "When did the chess champion and her coach arrive in Oslo?"),
])
def test_a_subject_with_her_own_partner_is_asked(text: str, span: str, question: str) -> None:
    at = text.index(span)
    asked = span_question(text, at, at + len(span), "When", "When")
    assert asked is not None and asked.question == question


def test_her_as_an_object_is_not_read_as_his() -> None:
    text = "Police thanked the driver and her in May."
    at = text.index("in May")
    assert span_question(text, at, at + 6, "When", "When") is None
