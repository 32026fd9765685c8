"""Round 13, dates: a fronted "Last year,"/"Next month,"/"On Tuesday," in a story with no
publication date, the end of a state that still holds ("has banned X until the end of
March"), a statement whose long reason clause hides it from its trailing attribution, and
two judged failures: a place inside a longer phrase read as a relative clause's subject
("the High Court in Bloemfontein, who delivered") and a subject that names nothing ("the
process"). Each shape is probed with sentences on several topics, with negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from gen_support import date_qa
from quiz.generate.date_double_verbs import has_second_verb

_PUBLISHED = dt.date(2026, 3, 4)  # a Wednesday


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Last year, the Spanish science ministry funded a study of olive trees.",
     "When did the Spanish science ministry fund a study of olive trees?", "last year"),
    ("Last month, Kraków city council voted to extend a ban on night-time alcohol sales.",
     "When did Kraków city council vote to extend a ban on night-time alcohol sales?",
     "last month"),
    ("Last week, farmers and some politicians blamed the ban for the rise in encounters.",
     "When did farmers and some politicians blame the ban for the rise in encounters?",
     "last week"),
    ("Last year, Denmark's food safety authority ordered three of the company's products off "
     "the shelves.",
     "When did Denmark's food safety authority order three of the company's products off the "
     "shelves?", "last year"),
    ("Next month, the national rail operator will raise ticket prices by 5%.",
     "When will the national rail operator raise ticket prices by 5%?", "next month"),
    ("Next year, teachers in the capital will strike for higher pay.",
     "When will teachers in the capital strike for higher pay?", "next year"),
    ("Earlier this month, the harbour authority closed two of its piers.",
     "When did the harbour authority close two of its piers?", "earlier this month"),
    ("Later this year, the museum will reopen its east wing.",
     "When will the museum reopen its east wing?", "later this year"),
    ("On Tuesday, the court in Ghent fined a bakery for selling mouldy bread.",
     "On what day did the court in Ghent fine a bakery for selling mouldy bread?", "Tuesday"),
    ("On Sunday, voters in the northern province rejected the plan.",
     "On what day did voters in the northern province reject the plan?", "Sunday"),
])
def test_a_fronted_time_of_an_undated_story_is_asked(text: str, question: str,
                                                      answer: str) -> None:
    assert (question, answer) in date_qa(text, None)


@pytest.mark.parametrize("text", [
    "On average, the buses run late.",
    "Last but not least, the mayor thanked the volunteers.",
    "Last year's budget was cut.",
    "Next to the station, a new market opened on Monday.",  # the market's day, not "Next"
])
def test_a_fronted_word_that_is_no_time_is_not_asked(text: str) -> None:
    assert not any(answer.lower().startswith(("on average", "last but", "last year's", "next "))
                   for _, answer in date_qa(text, None))


@pytest.mark.parametrize(("text", "published", "question", "answer"), [
    ("NEW DELHI, Dec 9 — India has banned onion exports until the end of March, the "
     "government said on Tuesday.", dt.date(2025, 12, 9),
     "Until when has India banned onion exports?", "the end of March 2026"),
    ("The regulator has suspended the mine's licence until the end of February.",
     dt.date(2025, 11, 20), "Until when has the regulator suspended the mine's licence?",
     "the end of February 2026"),
    ("The port authority has closed the northern pier until the start of January.",
     dt.date(2025, 11, 20), "Until when has the port authority closed the northern pier?",
     "the start of January 2026"),
    ("The firm has halted shipments to Asia until the first week of January.",
     dt.date(2025, 11, 20), "Until when has the firm halted shipments to Asia?",
     "the first week of January 2026"),
])
def test_the_part_of_a_month_that_ends_a_holding_state_is_to_come(
        text: str, published: dt.date, question: str, answer: str) -> None:
    assert (question, answer) in date_qa(text, published)


@pytest.mark.parametrize(("text", "question"), [
    ("Estonia will replace about 300,000 digital ID cards after researchers found a flaw in "
     "their chips that could allow criminals to copy the cards' security keys, the Police and "
     "Border Guard Board said on Wednesday.",
     "On what date did the Police and Border Guard Board say that Estonia would replace about "
     "300,000 digital ID cards?"),
])
def test_a_long_reason_is_left_out_of_a_trailing_attribution(text: str, question: str) -> None:
    assert question in [q for q, _ in date_qa(text, _PUBLISHED)]


def test_a_short_reason_stays_in_the_statement() -> None:
    text = ("The hospital stopped all routine surgery after a cyberattack, its director said "
            "on Sunday.")
    assert [q for q, _ in date_qa(text, _PUBLISHED)] == [
        "On what date did the director say that the hospital stopped all routine surgery after "
        "a cyberattack?"]


@pytest.mark.parametrize("text", [
    "Judge Nomvula Mbatha of the High Court in Bloemfontein, who delivered the ruling on "
    "Wednesday, said the right to health care could not be switched off.",
    "Professor Ana Ruiz of the University of Porto, who led the study on Monday, said the "
    "results were clear.",
    "The chief executive of the bank in Frankfurt, who resigned on Monday, said he had no "
    "regrets.",
    "A spokesman for the embassy in Nairobi, who spoke on Monday, said the staff were safe.",
    "The mayor of Lyon, who took office in 2020, said the plan was ready.",
    "Dr Kwame Mensah of the hospital in Kumasi, who led the surgery on Friday, said the "
    "patient was stable.",
])
def test_a_place_at_the_end_of_a_longer_phrase_is_no_relative_clause_subject(text: str) -> None:
    place = {"Bloemfontein", "Porto", "Frankfurt", "Nairobi", "Lyon", "Kumasi"}
    for question, _ in date_qa(text, _PUBLISHED):
        assert not any(f" {name} " in question for name in place), question


@pytest.mark.parametrize(("text", "question"), [
    ("Protests broke out in Lyon, which hosted the summit in 2019.",
     "In what year did Lyon host the summit?"),
    ("Turnout in the by-election, which was triggered by the resignation of a councillor in "
     "June, was 41%.", "When was the by-election triggered by the resignation of a councillor?"),
    ("Judges at the Ankara High Criminal Court, who delivered the verdict on Monday, found the "
     "owner guilty.", "On what date did the Ankara High Criminal Court deliver the verdict?"),
    ("The delegates arrived in Geneva, which hosted the talks on Monday.",
     "On what date did Geneva host the talks?"),
])
def test_a_place_after_a_verb_is_still_the_clause_subject(text: str, question: str) -> None:
    assert question in [q for q, _ in date_qa(text, _PUBLISHED)]


@pytest.mark.parametrize("text", [
    "Owners will be able to book replacements from October 15, and the process is expected to "
    "last until the end of March.",
    "The work is expected to last until the end of March.",
    "The process will take until June.",
    "The project is expected to be finished by the end of March.",
    "The rest will be returned by the end of May.",
])
def test_a_subject_that_names_nothing_is_not_asked(text: str) -> None:
    assert all(not q for q, _ in date_qa(text, _PUBLISHED))


@pytest.mark.parametrize(("text", "question"), [
    ("The replacement process is expected to last until the end of March.",
     "Until when is the replacement process expected to last?"),
    ("The trial is expected to last until the end of March.",
     "Until when is the trial expected to last?"),
    ("The work on the bridge is expected to last until the end of March.",
     "Until when is the work on the bridge expected to last?"),
])
def test_a_subject_that_says_which_is_asked(text: str, question: str) -> None:
    assert question in [q for q, _ in date_qa(text, _PUBLISHED)]


@pytest.mark.parametrize(("text", "question"), [
    ("Under rules introduced last year, clubs can also be docked points if their fans are "
     "involved in repeated racist incidents.",
     "In what year were the rules introduced under which clubs can also be docked points if "
     "their fans are involved in repeated racist incidents?"),
    ("Under a law passed in 2019, large companies must publish their gender pay gap.",
     "In what year was the law passed under which large companies must publish their gender "
     "pay gap?"),
    ("Under a deal signed last month, Ghana will receive 2 million vaccine doses.",
     "When was the deal signed under which Ghana will receive 2 million vaccine doses?"),
    ("Under new guidelines issued on Monday, hospitals must report every case within 24 hours.",
     "On what date were the new guidelines issued under which hospitals must report every case "
     "within 24 hours?"),
    ("Under a scheme launched in 2021, first-time buyers can borrow up to 95% of a home's "
     "value.",
     "In what year was the scheme launched under which first-time buyers can borrow up to 95% "
     "of a home's value?"),
])
def test_a_date_in_an_opening_under_phrase_dates_the_rules(text: str, question: str) -> None:
    assert question in [q for q, _ in date_qa(text, _PUBLISHED)]


@pytest.mark.parametrize("text", [
    "Under pressure from voters in 2020, the party changed its leader.",
    "Under the plan, which was approved in May, the city will plant 10,000 trees.",
])
def test_an_under_phrase_that_names_no_made_rules_is_not_asked_so(text: str) -> None:
    assert not any("under which" in q for q, _ in date_qa(text, _PUBLISHED))


@pytest.mark.parametrize(("text", "question"), [
    ("The museum received a letter from the ministry last week.",
     "When did the museum receive a letter from the ministry?"),
    ("The club rejected a bid from a Saudi consortium in March.",
     "When did the club reject a bid from a Saudi consortium?"),
    ("The economy recovered from a slump last year.",
     "In what year did the economy recover from a slump?"),
])
def test_the_sender_after_from_has_no_date_of_its_own(text: str, question: str) -> None:
    assert question in [q for q, _ in date_qa(text, _PUBLISHED)]


@pytest.mark.parametrize(("text", "question"), [
    ("The first offshore wind farm in Polish waters, Baltica Wschód, is due to start "
     "delivering power next year after delays caused by a shortage of installation vessels.",
     "In what year is Baltica Wschód due to start delivering power?"),
    ("The country's largest lender, Nordbank, cut its interest rate on Monday.",
     "On what date did Nordbank cut its interest rate?"),
    ("Its main rival, Fastfreight, was fined €2m in 2024 for late deliveries.",
     "In what year was Fastfreight fined €2m for late deliveries?"),
])
def test_a_subject_named_between_commas_is_asked_by_its_name(text: str, question: str) -> None:
    assert question in [q for q, _ in date_qa(text, _PUBLISHED)]


def test_a_list_between_commas_is_no_name_of_the_subject() -> None:
    text = "The three teams, Arsenal, Chelsea and Spurs, will meet in June."
    assert not any(q.startswith(("When will Arsenal", "When will Chelsea"))
                   for q, _ in date_qa(text, _PUBLISHED))


@pytest.mark.parametrize(("text", "question"), [
    ("The plant is due to start delivering power next year after delays caused by a shortage "
     "of vessels.", "In what year is the plant due to start delivering power?"),
    ("The mayor resigned on Friday amid claims that he had misused public funds.",
     "On what date did the mayor resign?"),
    ("The ferry service was suspended on Tuesday because strong winds made the crossing "
     "unsafe.", "On what date was the ferry service suspended?"),
    ("The road will stay closed until Friday while engineers inspect the bridge.",
     "Until when will the road stay closed?"),
    ("The airport closed on Sunday night after snow covered the runway.",
     "On what date did the airport close?"),
])
def test_a_reason_after_the_date_is_left_out_when_it_hides_the_question(
        text: str, question: str) -> None:
    assert question in [q for q, _ in date_qa(text, _PUBLISHED)]


def test_a_pronoun_after_a_named_speaker_is_not_given_to_the_name() -> None:
    text = ("The network's director, Sam Okonedo, said its members had seen public funding "
            "fall by a fifth since 2010.")
    assert not any("Okonedo's" in q for q, _ in date_qa(text, _PUBLISHED))


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The city's population is expected to double by roughly 2040.",
     "By when is the city's population expected to double?", "2040"),
    ("The new line is due to open by about 2031.", "By when is the new line due to open?",
     "2031"),
])
def test_a_year_after_by_about_is_a_deadline(text: str, question: str, answer: str) -> None:
    assert (question, answer) in date_qa(text, _PUBLISHED)


@pytest.mark.parametrize("text", [
    "The fund had grown by about 2000 members.",
    "About 1900 homes were flooded.",
    "The price rose by roughly 2030 euros.",
])
def test_a_count_after_about_is_no_year(text: str) -> None:
    assert date_qa(text, _PUBLISHED) == []


@pytest.mark.parametrize(("text", "question"), [
    ("The pause will last at least until the end of next month, although the shelter will "
     "continue to accept injured animals.", "Until when will the pause last?"),
    ("The road will stay shut at least until Friday.", "Until when will the road stay shut?"),
    ("The mine will remain closed at least until the end of the year.",
     "Until when will the mine remain closed?"),
    ("A name for the new municipality will be chosen in a public vote next spring, although "
     "the councils have agreed it will be neither of the current names.",
     "When will a name for the new municipality be chosen in a public vote?"),
    ("The museum closed on Monday, though its shop remains open.",
     "On what date did the museum close?"),
])
def test_at_least_and_a_concession_are_left_out_of_the_question(text: str,
                                                                 question: str) -> None:
    assert question in [q for q, _ in date_qa(text, _PUBLISHED)]


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("A name for the new municipality will be chosen in a public vote next spring.",
     "When will a name for the new municipality be chosen in a public vote?", "next spring"),
    ("The pause will last at least until the end of next month.",
     "Until when will the pause last?", "the end of next month"),
    ("The ferry will stay in port until the end of the month.",
     "Until when will the ferry stay in port?", "the end of the month"),
    ("The festival was cancelled last summer after a storm.",
     "When was the festival cancelled?", "last summer"),
    ("The council will decide next winter whether to keep the scheme.",
     "When will the council decide whether to keep the scheme?", "next winter"),
])
def test_a_season_or_a_month_end_of_an_undated_story_is_asked(text: str, question: str,
                                                              answer: str) -> None:
    assert (question, answer) in date_qa(text, None)


def test_a_season_compared_with_is_not_asked() -> None:
    assert date_qa("Sales were lower than last summer.", None) == []


@pytest.mark.parametrize(("text", "bad"), [
    ("Catches of tuna landed at Tema dropped by about 18% last year, according to the "
     "commission.", "Tema"),
    ("Cars made in Mexico rose in price by 5% last year.", "rose"),
    ("Fish caught at Grimsby fell in value in 2024.", "fell"),
    ("Talks held in Geneva collapsed on Friday.", "Geneva"),
    ("The reopening comes amid a thaw in relations, prompted in part by the release of 23 "
     "prisoners in July.", "comes"),
    ("The decision also follows the reopening of two consulates earlier this year.", "follows"),
    ("The government has paid out $11 million, and says every affected worker will be fully "
     "reimbursed by the end of March.", "says"),
])
def test_a_question_with_a_misread_subject_or_a_second_verb_is_not_asked(text: str,
                                                                        bad: str) -> None:
    assert not any(f" {bad} " in q for q, _ in date_qa(text, _PUBLISHED))


@pytest.mark.parametrize(("text", "question"), [
    ("The ministers met at Lancaster House on Monday.",
     "On what date did the ministers meet at Lancaster House?"),
    ("The team arrived at Heathrow on Monday.", "On what date did the team arrive at Heathrow?"),
])
def test_a_place_after_the_verb_is_in_order(text: str,
                                                                    question: str) -> None:
    assert question in [q for q, _ in date_qa(text, _PUBLISHED)]


@pytest.mark.parametrize(("question", "second"), [
    ("On what date did the minister say that the plan makes sense?", False),
    ("When did the Rose Theatre reopen?", False),
    ("When did the reopening comes amid a thaw prompt?", True),
    ("By when will says every worker be reimbursed?", True),
    ("In what year did cars make in Mexico rose in price?", True),
])
def test_a_second_finite_verb_in_the_main_clause(question: str, second: bool) -> None:
    assert has_second_verb(question) is second


def test_a_participle_phrase_ending_on_a_name_is_left_out_of_the_subject() -> None:
    text = ("Catches of skipjack and yellowfin tuna landed at Tema dropped by about 18% last "
            "year, according to the commission.")
    assert ("In what year did catches of skipjack and yellowfin tuna drop by about 18%?",
            "2025") in date_qa(text, _PUBLISHED)
