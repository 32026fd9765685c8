"""Round 12, dates and figures: a month named from the story's day gapped as the month it is,
a weekday after "until"/"by"/"since", two weekdays as one answer, a date that belongs to a
later event, a cleft's opening "It", a length of time in a quotation, and dollars written with
their country's capitals. Each shape is probed with sentences on many topics."""

from __future__ import annotations

import datetime as dt

import pytest

from gen_support import dated_article
from quiz.generate.card_cloze import cloze_question
from quiz.generate.dates import date_facts
from quiz.generate.figure_mentions import find_figures
from quiz.generate.figures import figure_facts
from quiz.generate.pipeline import build_decks
from quiz.model import Category

_PUBLISHED = dt.date(2026, 2, 23)  # a Monday


def _facts(text: str, category: Category) -> list:
    article = dated_article(text, published=_PUBLISHED)
    found = date_facts(article) if category is Category.DATE else figure_facts(article)
    return [fact for fact in found if fact.category is category]


def _clozes(text: str, category: Category) -> list[tuple[str, str]]:
    """The clozes of ``text``'s facts of ``category`` (whatever the roll), with the answer."""
    out = []
    for fact in _facts(text, category):
        cloze = cloze_question(fact)
        if cloze is not None:
            out.append((cloze, fact.answer))
    return out


def _cards(text: str) -> list[tuple[str, str, str, str]]:
    decks = build_decks([dated_article(text, published=_PUBLISHED)], "t")
    return [(card.type.value, card.category.value, card.question, card.answer)
            for deck in decks if deck.id == "t-all" for card in deck.cards]


# -- a month named from the story's day: "ended last month" -> "ended in ___" -> the month -----


@pytest.mark.parametrize(("text", "gapped", "answer"), [
    ("Ferry services to the island resumed last month after a six-week suspension caused by "
     "storms.", "resumed in ___ after", "January 2026"),
    ("Construction of the bypass, first proposed in 1998, finally got under way earlier this "
     "month.", "got under way in ___.", "February 2026"),
    ("Hundreds of farmers blocked motorways around Madrid last month in protest at cheap "
     "imports.", "around Madrid in ___ in protest", "January 2026"),
    ("The charity's chief executive stepped down last month amid an inquiry into its "
     "finances.", "stepped down in ___ amid", "January 2026"),
    ("Mortgage rates fell to a two-year low last month as lenders competed for customers.",
     "low in ___ as", "January 2026"),
    ("Shareholders rejected the takeover bid at a meeting in Oslo last month, ending a "
     "year-long battle.", "in Oslo in ___, ending", "January 2026"),
    ("Two rare white rhinos, moved from a reserve in Kenya last month, have settled into their "
     "new enclosure.", "in Kenya in ___, have", "January 2026"),
    ("The regional parliament is due to vote on the budget later this month, after two delays.",
     "the budget in ___, after", "February 2026"),
    ("Since last month, drivers have had to pay a toll to cross the new bridge.",
     "Since ___, drivers", "January 2026"),
    ("The vote was delayed until next month because two councillors were ill.",
     "until ___ because", "March 2026"),
    ("A second hospital in the province was told last month to stop admitting patients, "
     "according to inspectors.", "was told in ___ to stop", "January 2026"),
    ("The strike, which began last month, has closed 40 schools across the region.",
     "which began in ___, has", "January 2026"),
])
def test_a_month_named_from_the_story_day_is_gapped_as_that_month(
        text: str, gapped: str, answer: str) -> None:
    clozes = _clozes(text, Category.DATE)
    assert any(gapped in cloze and shown == answer for cloze, shown in clozes), clozes


@pytest.mark.parametrize("text", [
    "Officials said last month that the bridge was safe for lorries.",  # when it was said
    '"We will decide on the new coach next month," the club chairman said.',  # a quote
    "Last month's floods destroyed more than 2,000 homes in the valley.",  # a noun's
    "Only 11mm of rain fell in the town last month, a fifth of the January average.",  # named
    "Salmon usually return to the river next month to spawn in the gravel beds.",  # a habit
])
def test_no_month_gap_where_the_month_is_no_fact_or_is_given(text: str) -> None:
    assert not any("in ___" in cloze or "In ___" in cloze
                   for cloze, _ in _clozes(text, Category.DATE))


# -- a weekday after "until", "by", "since" asks the date it resolves to ----------------------


@pytest.mark.parametrize(("text", "gapped", "answer"), [
    ("Residents were told to stay away from the river until at least Thursday, when engineers "
     "will inspect the dam.", "until at least ___,", "26 February 2026"),
    ("The airline said all flights to the island were suspended until Friday because of "
     "volcanic ash.", "until ___ because", "27 February 2026"),
    ("Applicants have until Wednesday to submit their forms to the housing office.",
     "until ___ to submit", "25 February 2026"),
    ("The striking nurses must return to work by Monday or face disciplinary action, the "
     "hospital warned.", "by ___ or face", "2 March 2026"),
    ("Roads in the old town have been closed since Saturday for a cycling race.",
     "since ___ for", "21 February 2026"),
    ("The ceasefire had held since Sunday despite sporadic gunfire near the border.",
     "since ___ despite", "22 February 2026"),
    ("Investors must decide by Friday whether to accept the offer from the rival bank.",
     "by ___ whether", "27 February 2026"),
    ("The bakery will stay shut until at least Tuesday while inspectors examine its ovens.",
     "until at least ___ while", "24 February 2026"),
    ("The ban on fishing in the bay will last until Friday, the council said.",
     "until ___, the council", "27 February 2026"),
    ("Officials will keep the evacuation order in place until at least Thursday, the mayor "
     "said.", "until at least ___,", "26 February 2026"),
])
def test_a_weekday_after_until_by_or_since_asks_its_date(
        text: str, gapped: str, answer: str) -> None:
    clozes = _clozes(text, Category.DATE)
    assert any(gapped in cloze and shown == answer for cloze, shown in clozes), clozes


# -- two weekdays joined by "and": one answer of two days -----------------------------------


@pytest.mark.parametrize(("text", "answer"), [
    ("The park closed to visitors on Friday and Saturday so that keepers could search for the "
     "missing panda.", "20 and 21 February 2026"),
    ("Voters in the north will go to the polls on Saturday and Sunday.",
     "28 February and 1 March 2026"),
    ("Trains between the two cities were cancelled on Sunday and Monday because of the storm.",
     "22 and 23 February 2026"),
    ("Talks were held in Geneva on Thursday and Friday, the ministry said.",
     "19 and 20 February 2026"),
    ("The schools stayed closed on Wednesday and Thursday after the water main burst.",
     "18 and 19 February 2026"),
    ("Divers searched the lake on Tuesday and Wednesday for the missing boat.",
     "17 and 18 February 2026"),
    ("The festival's organisers sold 30,000 tickets on Friday and Saturday alone.",
     "20 and 21 February 2026"),
    ("Striking bus drivers will walk out on Thursday and Friday, the union said.",
     "26 and 27 February 2026"),
    ("The two leaders met in Hanoi on Wednesday and Thursday to discuss trade.",
     "18 and 19 February 2026"),
    ("Snow closed the mountain pass on Saturday and Sunday, stranding hundreds of drivers.",
     "21 and 22 February 2026"),
])
def test_two_weekdays_are_one_answer_asked_by_a_cloze(text: str, answer: str) -> None:
    facts = _facts(text, Category.DATE)
    joined = [fact for fact in facts if fact.answer == answer]
    assert joined and not joined[0].question  # no choice among single dates to give it away
    assert not any(fact.answer != answer and "day" in " ".join(fact.accept) for fact in facts)
    cards = [card for card in _cards(text) if card[1] == "date"]
    assert cards and all(kind == "cloze" and answer == shown for kind, _, _, shown in cards)


def test_two_weekdays_far_apart_or_a_habit_are_not_joined() -> None:
    assert not any(" and " in fact.answer for fact in _facts(
        "The museum will be shut on Monday and Tuesday for cleaning.", Category.DATE))
    assert _cards("Libraries open on Saturday and Sunday afternoons.") == []


# -- a date written after a later event belongs to that event -------------------------------


@pytest.mark.parametrize("text", [
    "The foundation said the violin would be returned to its owner in time for a concert next "
    "month, after it has been checked by a restorer.",
    "The minister will travel to Brussels ahead of a summit next week.",
    "Hotels raised their prices ahead of the royal wedding in June.",
    "The city planted 5,000 trees in time for the summer festival in July.",
    "The airline added extra flights ahead of the Easter holidays in April.",
    "The band will rehearse in Dublin before its world tour in September.",
    "Engineers must repair the bridge before the holiday weekend in August.",
    "The club signed two defenders before the derby on Saturday.",
    "Police closed the road until the inquiry in March.",
    "The opposition called for an election in 2027.",
    "Farmers harvested their grapes early for fear of a frost next week.",
    "Unions are pushing for a pay rise next year.",
])
def test_a_date_after_a_later_event_is_not_asked_as_the_verb_date(text: str) -> None:
    assert [fact.question for fact in _facts(text, Category.DATE) if fact.question] == []


@pytest.mark.parametrize(("text", "question"), [
    ("The ministry said the smallest islands would not be cut off before the tourist season "
     "begins in May.", "When does the tourist season begin?"),
    ("The council bought the land for a new school in 2019.",
     "In what year did the council buy the land for a new school?"),
    ("The school reopened on Monday after repairs.", "On what date did the school reopen?"),
    ("Ministers met in Rome on Tuesday ahead of the summit.",
     "On what date did ministers meet in Rome ahead of the summit?"),
    ("The union postponed the strike until the end of next month.",
     "Until when did the union postpone the strike?"),
])
def test_a_date_of_the_verb_or_of_the_event_asked_stays(text: str, question: str) -> None:
    assert question in [fact.question for fact in _facts(text, Category.DATE)]


# -- "It was only after ... that": a cleft's "It" points at nothing --------------------------


@pytest.mark.parametrize(("text", "gapped"), [
    ("It was only after a cyclist was injured in March that the council repaired the road.",
     "injured in ___ that"),
    ("It was not until 2019 that women were allowed to join the club.", "not until ___ that"),
    ("It was when the river burst its banks in 2007 that the town built its first flood wall.",
     "banks in ___ that"),
    ("It was in June that the museum first displayed the painting.", "It was in ___ that"),
    ("It was only after the audit in 2024 that the charity admitted the losses.",
     "audit in ___ that"),
    ("It was after midnight on Sunday that the last passengers left the ship.",
     "midnight on ___ that"),
])
def test_a_cleft_sentence_makes_a_cloze(text: str, gapped: str) -> None:
    assert any(gapped in cloze for cloze, _ in _clozes(text, Category.DATE))


@pytest.mark.parametrize("text", [
    "It was sold in 2019 to a private buyer.",
    "It was closed in March after inspectors found asbestos.",
])
def test_an_it_that_points_back_still_makes_no_cloze(text: str) -> None:
    assert _clozes(text, Category.DATE) == []


# -- a length of time in a quotation is how the speaker tells it ----------------------------


@pytest.mark.parametrize("text", [
    '"We are seeing in ten weeks what we would normally see in a whole year," the health '
    'secretary told reporters.',
    '"We have waited three years for this bridge," said the mayor, Ana Reyes.',
    '"In twenty years I have never seen water this high," said farmer Tom Price.',
    '"For five weeks we had no electricity at all," one resident told reporters.',
    '"After ten days at sea we were running out of food," said the captain, Jonas Berg.',
    '"We lost 40 cows in two days," said Maria Silva, who farms near the river.',
])
def test_no_cloze_gaps_a_length_of_time_in_a_quotation(text: str) -> None:
    assert not any(fact.kind.value == "duration" and cloze_question(fact)
                   for fact in _facts(text, Category.FIGURE))


@pytest.mark.parametrize(("text", "answer"), [
    ('"The repairs will take six months," the engineer said.', "six months"),
    ('The minister said the work would last "at least 18 months" because of the damage.',
     "at least 18 months"),
    ('"The trial needs about four weeks to finish," the judge told lawyers.', "about four weeks"),
    ('"We have lost 40 cows," said Maria Silva, who farms near the river.', "40"),
    ('"Our sales fell 30% in a single month," said the shop owner, Li Wei.', "30%"),
])
def test_a_quotation_figure_that_is_its_fact_is_gapped(text: str, answer: str) -> None:
    assert answer in [shown for _, shown in _clozes(text, Category.FIGURE)]


# -- dollars written with their country's capitals ------------------------------------------


@pytest.mark.parametrize(("text", "answer"), [
    ("Chloe Nguyen said she had spent more than A$1,500 on tickets and flights.",
     "more than A$1,500"),
    ("The club was fined NZ$400,000 for breaching the salary cap.", "NZ$400,000"),
    ("Tickets cost between A$320 and A$590, and many fans had booked hotels.",
     "between A$320 and A$590"),
    ("Hong Kong's airport authority raised HK$5bn from a bond sale.", "HK$5bn"),
    ("The firm paid C$45 million for the copper mine.", "C$45 million"),
    ("The restaurant was fined S$12,000 after inspectors found cockroaches.", "S$12,000"),
    ("The deal was worth US$12m, the company said.", "US$12m"),
    ("The operator estimates that the strike cost it between C$45 million and C$50 million.",
     "between C$45 million and C$50 million"),
    ("The council will spend NZ$2.5 million on new cycle lanes.", "NZ$2.5 million"),
    ("A ticket on the new ferry costs R$80, about half the old fare.", "R$80"),
])
def test_a_dollar_with_its_country_capitals_is_a_figure(text: str, answer: str) -> None:
    assert answer in [mention.answer for mention in find_figures(text, [])]


@pytest.mark.parametrize("text", [
    "Grade A$ is not money at all.",
    "The song AB$ topped the charts.",
])
def test_capitals_before_a_dollar_without_a_number_are_no_figure(text: str) -> None:
    assert find_figures(text, []) == []


def _undated_dates(text: str) -> list[tuple[str, str, str | None]]:
    from gen_support import article

    return [(fact.question, fact.answer, cloze_question(fact))
            for fact in date_facts(article(text))]


@pytest.mark.parametrize(("text", "answer", "gapped"), [
    ("The park closed to visitors on Friday and Saturday so that keepers could search.",
     "Friday and Saturday", "closed to visitors on ___ so that"),
    ("Trains were cancelled on Sunday and Monday because of the storm.",
     "Sunday and Monday", "cancelled on ___ because"),
    ("Talks were held on Thursday and Friday, the ministry said.",
     "Thursday and Friday", "held on ___, the ministry"),
    ("The gallery sold both paintings to collectors on Tuesday and Wednesday.",
     "Tuesday and Wednesday", "collectors on ___."),
])
def test_two_weekdays_in_an_undated_story_are_one_answer(
        text: str, answer: str, gapped: str) -> None:
    assert [(question, shown) for question, shown, _ in _undated_dates(text)] == [("", answer)]
    assert gapped in (_undated_dates(text)[0][2] or "")


@pytest.mark.parametrize("text", [
    "The shop opens on Saturday and Sunday mornings.",  # a habit, a part of each day
    "The vote will take place on Thursday or Friday.",  # one day or the other
])
def test_no_cloze_gaps_one_of_two_weekdays(text: str) -> None:
    assert all(cloze is None for _, _, cloze in _undated_dates(text))


@pytest.mark.parametrize(("text", "question"), [
    ("The gallery sold the painting to collectors on Tuesday.",
     "On what day did the gallery sell the painting to collectors?"),
    ("The museum reopened to tourists on Monday.", "On what day did the museum reopen to tourists?"),
])
def test_to_before_a_plural_is_no_infinitive(text: str, question: str) -> None:
    assert question in [q for q, _, _ in _undated_dates(text)]


# -- a year or a month's end named from the story's day, after a word that bounds it --------


@pytest.mark.parametrize(("text", "gapped", "answer"), [
    ("The offering could be revived in the first quarter of next year, the chief executive "
     "said.", "the first quarter of ___,", "2027"),
    ("The team plans to sequence 150 wild palms by the end of next year.", "by the end of ___.",
     "2027"),
    ("The airport's new terminal should be finished by the end of next year, the operator said.",
     "by the end of ___,", "2027"),
    ("Prices have risen by a third since last year, according to the survey.", "since ___,",
     "2025"),
    ("The fund had lost a fifth of its value by the middle of last year.",
     "by the middle of ___.", "2025"),
    ("The ban on night flights will stay in place until next year.", "until ___.", "2027"),
    ("About 120,000 bottles were expected to arrive from Chile by the end of the month.",
     "from Chile by ___.", "the end of February 2026"),
    ("Online orders would be suspended until the end of the month, the retailer said.",
     "until ___,", "the end of February 2026"),
    ("Work on the dam will begin at the start of next month.", "at ___.",
     "the start of March 2026"),
    ("The union said six miners had been killed since the start of last year.",
     "since the start of ___.", "2025"),
])
def test_a_year_or_a_month_end_after_a_bounding_word_is_gapped_as_its_date(
        text: str, gapped: str, answer: str) -> None:
    clozes = _clozes(text, Category.DATE)
    assert any(gapped in cloze and shown == answer for cloze, shown in clozes), clozes


@pytest.mark.parametrize(("text", "year"), [
    ("The clinic treated 4,000 patients last year, twice as many as in 2019.", "2025"),  # a
    # tally's year
    ("The tablets were sold between October 2025 and April of this year.", "2026"),  # half a
    # date
])
def test_no_year_gap_for_a_tally_or_the_year_of_a_month(text: str, year: str) -> None:
    assert year not in [shown for _, shown in _clozes(text, Category.DATE)]


# -- a day something is set for; "early Monday" in an undated story -------------------------


@pytest.mark.parametrize(("text", "question"), [
    ("Talks are scheduled for Tuesday in Geneva.", "For what date are talks scheduled in Geneva?"),
    ("The hearing is set for Friday at the High Court.",
     "For what date is the hearing set at the High Court?"),
    ("The launch has been postponed for Thursday because of high winds.",
     "For what date has the launch been postponed?"),
    ("The vote was rescheduled for 14 March after a legal challenge.",
     "For what date was the vote rescheduled?"),
])
def test_a_day_a_plan_is_set_for_is_asked_with_for(text: str, question: str) -> None:
    asked = [fact.question for fact in _facts(text, Category.DATE)]
    assert question.lower() in [q.lower() for q in asked], asked


@pytest.mark.parametrize(("text", "gapped"), [
    ("A passenger ferry ran aground off the island early Monday, the coast guard said.",
     "off the island early ___,"),
    ("Police arrested two men late Saturday after a fight outside a bar.", "late ___ after"),
    ("The union has called a strike for Friday over pay.", "strike for ___ over"),
    ("The minister resigned late Wednesday after days of pressure.", "late ___ after"),
])
def test_early_late_or_for_a_weekday_in_an_undated_story_is_a_date(text: str,
                                                                    gapped: str) -> None:
    assert any(gapped in (cloze or "") for _, _, cloze in _undated_dates(text))


def test_a_possessive_weekday_after_for_is_no_date() -> None:
    assert _undated_dates("Fans waited for Sunday's final with growing excitement.") == []


# -- a stretch of months: one answer ---------------------------------------------------------


@pytest.mark.parametrize(("text", "gapped", "answer"), [
    ("Between January and March, a team of 22 divers examined 48 sites across the reef.",
     "Between ___, a team", "January and March"),
    ("Between October and January, more than a million birds were culled across the country.",
     "Between ___, more than", "October and January"),
    ("The museum received 40,000 visitors between June and August.", "40,000 visitors ___.",
     "between June and August"),
    ("Prices rose by 8% between March and May, the statistics office said.", "8% ___, the",
     "between March and May"),
    ("From January to March, exports of coffee fell by a fifth.", "From ___, exports",
     "January to March"),
    ("The coastal road will be closed from June to August for repairs.", "closed ___ for",
     "from June to August"),
    ("Farmers planted 3,000 hectares of rice between April and May, the ministry said.",
     "rice ___, the ministry", "between April and May"),
    ("The charity handed out 12,000 food parcels between November and January.",
     "parcels ___.", "between November and January"),
    ("Between May and July, the volcano erupted four times.", "Between ___, the volcano",
     "May and July"),
    ("The trains ran at half capacity from September to December, the operator said.",
     "capacity ___, the operator", "from September to December"),
])
def test_a_stretch_of_months_is_one_answer(text: str, gapped: str, answer: str) -> None:
    facts = _facts(text, Category.DATE)
    assert len(facts) == 1 and not facts[0].question  # no choice of single months
    assert answer in (facts[0].answer, *facts[0].accept)
    cloze = cloze_question(facts[0])
    assert cloze is not None and gapped in cloze


@pytest.mark.parametrize(("text", "answer"), [
    ("The museum received 40,000 visitors between June and August.",
     "between June and August 2025"),
    ("The coastal road will be closed from June to August for repairs.",
     "between June and August 2026"),
    ("The charity handed out 12,000 food parcels between November and January.",
     "between November 2025 and January 2026"),
])
def test_a_stretch_of_months_is_dated_by_its_tense(text: str, answer: str) -> None:
    assert [fact.answer for fact in _facts(text, Category.DATE)] == [answer]


@pytest.mark.parametrize("text", [
    "The festival runs from 3 to 5 May.",
    "Rainfall was 40 percent below normal from November to February, the agency said.",
])
def test_no_cloze_gaps_one_end_of_a_stretch(text: str) -> None:
    assert not any(" to ___" in cloze for cloze, _ in _clozes(text, Category.DATE))


@pytest.mark.parametrize(("text", "answer"), [
    ("The festival runs from 3 to 5 May.", "3 to 5 May 2026"),
    ("Talks will be held between 14 and 16 March in Vienna.", "14 to 16 March 2026"),
    ("The summit will take place from 8 to 10 April in Lisbon.", "8 to 10 April 2026"),
    ("The trade fair will run from 21 to 24 June in Milan.", "21 to 24 June 2026"),
])
def test_a_stretch_of_days_is_one_answer(text: str, answer: str) -> None:
    facts = _facts(text, Category.DATE)
    assert [(fact.question, fact.answer) for fact in facts] == [("", answer)]
    assert cloze_question(facts[0]) is not None


def test_a_change_of_figures_with_its_years_still_gaps_a_year() -> None:
    text = "Donations to the fund rose from £3.1m in 2020 to £8.7m in 2023, the accounts show."
    assert "2020" in [shown for _, shown in _clozes(text, Category.DATE)]


@pytest.mark.parametrize(("text", "answer"), [
    ("Two strikes were held in October and November, the union said.",
     "October and November 2025"),
    ("Sales of the new model rose in March and April 2025.", "March and April 2025"),
    ("Hospitals treated 900 patients with heatstroke during June and July.",
     "June and July 2025"),
    ("The theatre is the third to close this year, after venues in Hull and Leeds in January "
     "and February.", "in January and February"),
])
def test_two_months_joined_by_and_are_one_answer(text: str, answer: str) -> None:
    published = dt.date(2026, 3, 10)
    facts = [f for f in date_facts(dated_article(text, published=published))
             if " and " in f.answer or " and " in " ".join(f.accept)]
    assert len(facts) == 1 and not facts[0].question
    assert answer in (facts[0].answer, *facts[0].accept)


@pytest.mark.parametrize("text", [
    "Officials will visit the flooded region in May or June.",
    "The votes were held on 3 March and 9 March.",
])
def test_one_of_two_dates_is_no_question_nor_cloze(text: str) -> None:
    facts = _facts(text, Category.DATE)
    assert not any(fact.question or cloze_question(fact) for fact in facts)


# -- a rank among things of a kind in a scope -------------------------------------------------


@pytest.mark.parametrize(("text", "gapped", "answer"), [
    ("The Kestrel is the third regional theatre in England to announce closure this year.",
     "the ___ regional theatre", "third"),
    ("She became the fifth woman to climb the mountain without oxygen.", "the ___ woman",
     "fifth"),
    ("The bank is the sixth lender in Europe to cut its rates this year.", "the ___ lender",
     "sixth"),
    ("Fuenzalida, a teenager from Chile, is ranked 312th in the world.", "ranked ___ in",
     "312th"),
    ("Lyon was the fourth city in France to ban cars from its centre.", "the ___ city",
     "fourth"),
    ("The measles case is the seventh in the province since January, officials said.",
     "the ___ in the province", "seventh"),
])
def test_a_rank_in_a_scope_is_a_figure(text: str, gapped: str, answer: str) -> None:
    clozes = _clozes(text, Category.FIGURE)
    assert any(gapped in cloze and shown == answer for cloze, shown in clozes), clozes


@pytest.mark.parametrize("text", [
    "This was the second time in a month that the plant had flooded.",
    "It was the third day of protests in the capital.",
    "Norway is the first country to ban petrol cars.",
])
def test_no_rank_for_a_time_or_a_first(text: str) -> None:
    assert not any(f.kind.value == "ordinal" for f in _facts(text, Category.FIGURE))


def test_a_stretch_of_months_with_their_years_takes_them() -> None:
    text = "The tablets were sold at its 870 stores between October 2025 and April of this year."
    facts = _facts(text, Category.DATE)
    assert [(f.question, f.answer) for f in facts] == [
        ("", "between October 2025 and April 2026")]


# -- a decade or a century ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "gapped", "answer"), [
    ("The average snowline has risen by about 300 metres since the 1980s, making resorts "
     "unviable.", "since ___,", "the 1980s"),
    ("The ship, which is thought to have sunk in the first century BC, lies at a depth of 48 "
     "metres.", "sunk in ___,", "the first century BC"),
    ("The church was built in the 12th century by local monks.", "built in ___ by",
     "the 12th century"),
    ("The bridge, built in the early 1900s, will be demolished next year.", "built in ___,",
     "the early 1900s"),
    ("Farmers have grown rice in the valley since the 16th century.", "since ___.",
     "the 16th century"),
    ("The family emigrated to Canada in the 1950s after the war.", "Canada in ___ after",
     "the 1950s"),
])
def test_a_decade_or_a_century_is_a_date_asked_by_its_cloze(
        text: str, gapped: str, answer: str) -> None:
    facts = [f for f in _facts(text, Category.DATE) if f.answer == answer]
    assert len(facts) == 1 and not facts[0].question
    cloze = cloze_question(facts[0])
    assert cloze is not None and gapped in cloze


def test_a_decade_as_a_subject_is_no_date() -> None:
    assert _facts("The 1990s were a decade of growth for the region.", Category.DATE) == []


def test_a_century_as_a_modifier_is_no_date() -> None:
    assert _facts("A score by the 19th-century composer Jozef Wieniawa sold for £2.9m.",
                  Category.DATE) == []
