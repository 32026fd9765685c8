"""Cloze fallbacks: the cause gapped in sentences no cause rule could ask about."""

from __future__ import annotations

import pytest

from quiz.generate.cause_clozes import cause_clozes, gap_of
from quiz.generate.facts import AnswerKind, Article, Fact, Sentence
from quiz.generate.questions import DistractorPool, PlainNames, cards_for
from quiz.model import CardType, Category


def _article(*texts: str) -> Article:
    return Article(file="a.txt", title="",
                   sentences=tuple(Sentence(index=i, text=t) for i, t in enumerate(texts)))


def _gaps(text: str) -> list[tuple[AnswerKind, str]]:
    return [(fact.kind, fact.answer) for fact in cause_clozes(_article(text), [])]


@pytest.mark.parametrize(("text", "expected"), [
    # sport: a reported reason with "it" and a long subject
    ("The club, which finished fourth in each of the last three seasons, said it had sacked "
     "its coach because the team had lost seven of its last nine games.",
     [(AnswerKind.CAUSE, "the team had lost seven of its last nine games")]),
    # transport: two reasons joined by "and then"
    ("The new bridge was opened a year late, first because of a strike by steel workers and "
     "then owing to a shortage of qualified welders.",
     [(AnswerKind.CAUSE, "a strike by steel workers"),
      (AnswerKind.CAUSE, "a shortage of qualified welders")]),
    # politics: a fronted reason
    ("Because the senator sits on the budget committee, her vote decides whether the plan "
     "goes ahead next spring.",
     [(AnswerKind.CAUSE, "the senator sits on the budget committee")]),
    # health: a passive agent cut before a relative clause
    ("The outbreak was caused by contaminated lettuce from a farm in Murcia, which supplied "
     "three supermarket chains.",
     [(AnswerKind.CAUSE, "contaminated lettuce from a farm in Murcia")]),
    # science: an effect after ", sending"
    ("The probe's main engine shut down early, sending the spacecraft into a lower orbit "
     "than planned.",
     [(AnswerKind.EFFECT, "the spacecraft into a lower orbit than planned")]),
    # business: what a fall forced someone to do
    ("Orders at the bakery have dropped by a third since January, forcing the owners to "
     "close their second shop in the old town.",
     [(AnswerKind.EFFECT, "close their second shop in the old town")]),
    # culture: a purpose after "so that"
    ("The gallery will stay open until midnight on Fridays so that visitors who work late "
     "can see the exhibition.",
     [(AnswerKind.PURPOSE, "visitors who work late can see the exhibition")]),
    # markets: ", as" explaining a change
    ("Wheat futures in Chicago rose 3% on Monday, as traders worried about dry weather in "
     "the plains.",
     [(AnswerKind.CAUSE, "traders worried about dry weather in the plains")]),
    # courts: a list of reasons kept whole
    ("The judge adjourned the trial, citing missing documents, a sick witness and the late "
     "disclosure of evidence.",
     [(AnswerKind.CAUSE, "missing documents, a sick witness and the late disclosure of "
                         "evidence")]),
    # a fronted purpose
    ("To cut waiting times, the hospital will open a second emergency unit in the spring.",
     [(AnswerKind.PURPOSE, "cut waiting times")]),
    # a passive "were forced to" is no effect link, but "after" + a disaster is a cause
    ("Farmers were forced to sell their cattle at a loss after the spring floods.",
     [(AnswerKind.CAUSE, "the spring floods")]),
])
def test_the_side_of_an_explicit_link_is_gapped(text: str,
                                               expected: list[tuple[AnswerKind, str]]) -> None:
    assert _gaps(text) == expected


@pytest.mark.parametrize("text", [
    "The festival was due to open on Friday with a concert by the city orchestra.",  # a plan
    "The museum has been closed since 2019 for a long and costly renovation of its roof.",
    "The cabinet approved the plan at a long meeting on Tuesday, as protesters outside "
    "chanted slogans against the cuts.",  # a time, no change explained
    "Owing to the closure, the bus company has also suspended its weekend shuttle service.",
    "The council said the move was made \"because we had no other choice\" this winter.",
    "The team earned a reward for information leading to the recovery of the trophy.",
    "The drought has been blamed on a dry winter and a heatwave that pushed temperatures "
    "to 46C, the highest ever recorded in the region.",  # whose apposition?
    "The agency said it had opened an investigation, as it does after every crash, and "
    "that nobody had been hurt.",  # a habit
    "To tackle the problem, the ministry will send text reminders to parents every week.",
])
def test_no_gap_without_a_clean_link_side(text: str) -> None:
    assert _gaps(text) == []


def test_a_link_a_rule_already_answers_is_not_gapped_again() -> None:
    text = "The race was stopped because of heavy fog on the mountain pass near the finish."
    article = _article(text)
    known = Fact(category=Category.CAUSE, kind=AnswerKind.CAUSE, article="a.txt",
                 sentence=article.sentences[0], question="Why was the race stopped?",
                 answer="heavy fog on the mountain pass near the finish")
    assert cause_clozes(article, [known]) == []


def test_at_most_two_gaps_per_sentence() -> None:
    text = ("The launch was postponed three times, first because of high winds, then owing to "
            "a sensor fault and finally due to a storm over the launch site.")
    assert _gaps(text) == [(AnswerKind.CAUSE, "high winds"), (AnswerKind.CAUSE, "a sensor fault")]


def _cards(text: str, answer: str, kind: AnswerKind = AnswerKind.CAUSE,
           question: str = "") -> list[tuple[CardType, str, str]]:
    fact = Fact(category=Category.CAUSE, kind=kind, article="a.txt",
                sentence=Sentence(index=0, text=text), question=question, answer=answer)
    return [(card.type, card.question, card.answer)
            for card in cards_for(fact, DistractorPool.build([fact]), PlainNames())]


def test_a_cause_cloze_gaps_the_whole_side_of_its_link() -> None:
    text = "The flight to Lisbon was diverted to Porto because of a fire warning in the hold."
    assert _cards(text, "a fire warning in the hold") == [
        (CardType.CLOZE, "The flight to Lisbon was diverted to Porto because of ___.",
         "a fire warning in the hold")]


def test_a_cause_cloze_leaves_its_connective_out_of_the_gap() -> None:
    text = "Capacity on the line will rise next year, thanks to longer trains with ten carriages."
    assert gap_of(text, "thanks to longer trains with ten carriages") == \
        "longer trains with ten carriages"
    assert [question for _, question, _ in _cards(
        text, "thanks to longer trains with ten carriages")] == [
        "Capacity on the line will rise next year, thanks to ___."]


@pytest.mark.parametrize(("text", "answer"), [
    # part of the link's side only
    ("The union rejected the offer because it fell short of what members expected.",
     "it fell short"),
    # a quotation's words
    ('"We stopped the line because the brakes were failing," the engineer said on Monday.',
     "the brakes were failing"),
    # no connective marks it
    ("The airline cancelled 40 flights on Monday and blamed the weather in the north.",
     "the weather in the north"),
    # the sentence states the cause's words again
    ("The storm damage to the pier was caused by waves, and the waves damaged the storm "
     "walls too.", "waves"),
])
def test_no_cause_cloze_of_an_unfair_gap(text: str, answer: str) -> None:
    assert _cards(text, answer) == []


def test_a_cause_cloze_of_a_sentence_on_it_is_led_by_the_one_before() -> None:
    text = "Last year it was forced to ground 11 of its jets owing to engine problems."
    assert _cards(text, "engine problems") == []  # what was? (no sentence before to say)


def _names(text: str) -> list[tuple[str, AnswerKind]]:
    from quiz.generate.actor_clozes import actor_clozes

    return [(fact.answer, fact.kind) for fact in actor_clozes(_article(text), [])]


@pytest.mark.parametrize(("text", "expected"), [
    # health: a speaker named last, after a statement
    ("Even a partly effective vaccine could prevent thousands of admissions each winter, "
     "said Laura Benitez, an infectious disease specialist at a hospital in Atlanta.",
     [("Laura Benitez", AnswerKind.PERSON)]),
    # business: the agent of a passive
    ("The merger was approved by the Competition Commission after a six-month review of "
     "prices in the cement market.", [("Competition Commission", AnswerKind.ORGANISATION)]),
    # sport: a subject past a relative clause
    ("Goalkeeper Tomas Reyes, who joined the club in January, saved two penalties as his "
     "team won the cup on Sunday.", [("Tomas Reyes", AnswerKind.PERSON)]),
    # markets: the people of a body
    ("Economists at Northbridge Capital expect the central bank to hold rates at 4% next "
     "month.", [("Northbridge Capital", AnswerKind.ORGANISATION)]),
    # science: researchers of a body, inside a passive
    ("The report, written by researchers from Lakeside University, found that bus use had "
     "fallen by a fifth.", [("Lakeside University", AnswerKind.ORGANISATION)]),
    # culture: a body named by its kind, as a source
    ("Ticket sales for classical concerts rose by a tenth last year, according to the "
     "industry body Orchestras Live Network.", [("Orchestras Live Network",
                                                  AnswerKind.ORGANISATION)]),
    # courts: the name as the apposition of the subject
    ("The trial judge, Helen Marsh, said the evidence against the two men was "
     "overwhelming.", [("Helen Marsh", AnswerKind.PERSON)]),
    # transport: a person of a body, then the verb
    ("Transport analyst Mia Holt of the Northern Rail Institute warned that fares would rise "
     "again in spring.", [("Mia Holt", AnswerKind.PERSON)]),
    # theatre: warnings from a body
    ("Two more theatres closed in March, prompting warnings from the Regional Stages Network "
     "that others could follow.", [("Regional Stages Network", AnswerKind.ORGANISATION)]),
])
def test_a_name_acting_is_gapped(text: str, expected: list[tuple[str, AnswerKind]]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    "The festival in Oslo drew 40,000 visitors this year, and most of them came from Bergen.",
    '"We will keep asking Northbridge Capital for answers," the residents said on Monday.',
    "The airline's chief executive, David Okafor, said Coral Air was disappointed with it.",
    "Eighteen people died when the Agia Marina overturned in a storm off the coast.",  # a ship
    "Scotland's Community Safety Minister, Fiona Rennie, chaired a meeting on Monday.",
    "The stolen piece, known as the Reliquary of Saint Blandine, was made around 1640.",
    "The union wrote to ministers asking for VAT on tickets to be cut to 5% this year.",
])
def test_no_name_gapped_where_nobody_acts(text: str) -> None:
    assert all(name not in ("Oslo", "Bergen", "Northbridge Capital", "Coral Air",
                            "Agia Marina", "Community Safety Minister", "VAT",
                            "Reliquary of Saint Blandine") for name, _ in _names(text))


def test_a_name_an_actor_rule_answers_is_not_gapped_again() -> None:
    from quiz.generate.actor_clozes import actor_clozes

    text = "Economists at Northbridge Capital expect the central bank to hold rates next month."
    article = _article(text)
    known = Fact(category=Category.ACTOR, kind=AnswerKind.ORGANISATION, article="a.txt",
                 sentence=article.sentences[0], question="Whose economists expect ...?",
                 answer="Northbridge Capital")
    assert actor_clozes(article, [known]) == []


def test_an_actor_cloze_whose_words_stand_elsewhere_is_not_written() -> None:
    text = ("Under Western Australian law, meteorites belong to the state, and the farmer will "
            "hand the rock over to the Western Australian Museum next month.")
    fact = Fact(category=Category.ACTOR, kind=AnswerKind.ORGANISATION, article="a.txt",
                sentence=Sentence(index=0, text=text), question="",
                answer="Western Australian Museum")
    assert cards_for(fact, DistractorPool.build([fact]), PlainNames()) == []


def _date_cards(text: str, weekday: str) -> list[tuple[CardType, str, str]]:
    import datetime as dt

    fact = Fact(category=Category.DATE, kind=AnswerKind.FULL_DATE, article="a.txt",
                sentence=Sentence(index=0, text=text), question="", answer="22 April 2026",
                accept=(weekday, f"on {weekday}"), when=dt.date(2026, 4, 22))
    return [(card.type, card.question, card.answer)
            for card in cards_for(fact, DistractorPool.build([fact]), PlainNames())]


@pytest.mark.parametrize("text", [
    "The survey of the reef was published on Wednesday by scientists from a marine institute.",
    "The regulator approved the merger of the two regional airlines on Wednesday.",
])
def test_a_weekday_gap_asks_for_the_date_it_resolves_to(text: str) -> None:
    assert _date_cards(text, "Wednesday") == [
        (CardType.CLOZE, text.replace("Wednesday", "___"), "22 April 2026")]


@pytest.mark.parametrize("text", [
    "The libraries will open on Wednesday afternoons from April, the council said.",  # a habit
    "The schools stayed closed on Wednesday and Thursday after the water main burst.",
    'The coach said: "We meet again on Wednesday with a lot to prove to the fans."',
])
def test_no_weekday_gap_for_a_part_of_a_day_two_days_or_a_quote(text: str) -> None:
    assert _date_cards(text, "Wednesday") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The company recalled 40,000 kettles after tests found that the handles could overheat.",
     [(AnswerKind.CAUSE, "tests found that the handles could overheat")]),
    ("Ticket sales for the league fell by a third, according to the clubs' association, which "
     "blamed rising prices and poor weather.",
     [(AnswerKind.CAUSE, "rising prices and poor weather")]),
    ("The club's fans, who blamed rising ticket prices for the empty seats, staged a protest "
     "outside the stadium.", []),  # (not "which": whose reason is it?)
])
def test_a_finding_or_a_body_blaming_gives_the_cause(
        text: str, expected: list[tuple[AnswerKind, str]]) -> None:
    assert _gaps(text) == expected
