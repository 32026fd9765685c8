"""Dates, round 10: a date inside a subject relative clause is asked of that clause; a day an
event is set for ("a strike for Thursday") and a day of a present-tense fixture ("The Tour
begins on Saturday") are the coming ones, asked in their own tense."""

from __future__ import annotations

import datetime as dt

import pytest

from gen_support import date_qa, dated_article
from quiz.generate.pipeline import extract_facts
from quiz.generate.question_pronouns import named_pronouns

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def _asked(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str]]:
    return date_qa(text, published)


@pytest.mark.parametrize("text, question, answer", [
    ("Hundreds of fans have bought tickets for the final, which takes place on Saturday.",
     "On what date does the final take place?", "15 March 2025"),
    ("More than 300 patients have enrolled in the trial, which is due to end next month.",
     "When is the trial due to end?", "April 2025"),
    ("About 1,200 people have signed up for guided tours of the castle, which are due to begin "
     "next month.", "When are guided tours of the castle due to begin?", "April 2025"),
    ("About 400 nurses are expected to strike, according to the Royal College of Nursing, "
     "which called a walkout for Monday.",
     "For what date did the Royal College of Nursing call a walkout?", "17 March 2025"),
    ("Investors sold shares in the bank, which is expected to report its results in May.",
     "When is the bank expected to report its results?", "May 2025"),
])
def test_a_date_in_a_subject_relative_clause_is_asked_of_its_noun(text: str, question: str,
                                                                   answer: str) -> None:
    assert (question, answer) in _asked(text)


@pytest.mark.parametrize("text", [
    "The firm is based in Hyderabad, India, which changed its rules last year.",  # India?
    "Police met a group of residents, which had complained in January.",  # "a group"
    "The players backed their captain, who was appointed in 2019.",  # object: not read here
])
def test_a_relative_clause_whose_noun_is_unclear_is_not_asked(text: str) -> None:
    assert all(question == "" for question, _ in _asked(text))


@pytest.mark.parametrize("text, question, answer", [
    ("The union called a 24-hour strike for Thursday.",
     "For what date did the union call a 24-hour strike?", "13 March 2025"),
    ("Judges set a new hearing for 2 April.", "For what date did judges set a new hearing?",
     "2 April 2025"),
    ("The union has called a 48-hour strike for next Tuesday.",
     "For what date has the union called a 48-hour strike?", "18 March 2025"),
    ("The league moved the match for Sunday after police advice.",
     "For what date did the league move the match?", "16 March 2025"),
    ("Opposition parties have called a protest for Saturday in the capital.",
     "For what date have opposition parties called a protest in the capital?",
     "15 March 2025"),
])
def test_a_day_an_event_is_set_for_is_the_coming_one(text: str, question: str,
                                                     answer: str) -> None:
    assert (question, answer) in _asked(text)


def test_a_day_a_past_plan_was_set_for_is_past() -> None:
    assert ("For what date had the organisers scheduled the concert?", "7 March 2025") in \
        _asked("The organisers had scheduled the concert for Friday, but it was cancelled.")


def test_figures_for_a_month_are_no_schedule() -> None:
    assert all(question == "" or not question.startswith("For")
               for question, _ in _asked("Sales for March rose by 4%, the retailer said."))


@pytest.mark.parametrize("text, question, answer", [
    ("The Tour begins on Saturday with a time trial in Barcelona.",
     "On what date does the Tour begin?", "15 March 2025"),
    ("The new museum opens on 14 March.", "On what date does the new museum open?",
     "14 March 2025"),
    ("Leeds are at home to Hull on Sunday.", "On what date are Leeds at home to Hull?",
     "16 March 2025"),
    ("The match is against Leeds on Saturday.", "On what date is the match against Leeds?",
     "15 March 2025"),
    ("The new law comes into force on 1 April.",
     "On what date does the new law come into force?", "1 April 2025"),
    ("The World Blitz Championship begins in Dubai on 3 May.",
     "On what date does the World Blitz Championship begin in Dubai?", "3 May 2025"),
    ("The exhibition opens at the Tate Modern in May.",
     "When does the exhibition open at the Tate Modern?", "May 2025"),
])
def test_a_present_fixture_is_asked_in_the_present_for_the_coming_day(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in _asked(text)


@pytest.mark.parametrize("text, answer", [
    ("The mayor is in hospital after a crash on Monday.", "10 March 2025"),
    ("The rollout had been due to start in January but was delayed.", "January"),
    ("The company had sold 19,000 tickets by the end of February.", "the end of February 2025"),
    ("The company's end of June deadline passes on Friday.", "7 March 2025"),
])
def test_no_present_fixture_where_the_verb_is_a_noun_or_past(text: str, answer: str) -> None:
    asked = _asked(text)
    assert answer in [a for _, a in asked]
    assert not any(question.startswith(("On what date does", "On what date do", "When does"))
                   for question, _ in asked)


@pytest.mark.parametrize("text, question, answer", [
    ("Raman learned chess from her grandfather and became a grandmaster two years ago, when "
     "she was 15.", "When did Raman become a grandmaster?", "two years ago"),
    ("Two months ago, thieves took a collection of medals from a museum in Dijon.",
     "When did thieves take a collection of medals from a museum in Dijon?", "two months ago"),
    ("The club sacked its coach three weeks ago.", "When did the club sack its coach?",
     "three weeks ago"),
    ("The ministry approved the new vaccine five days ago.",
     "When did the ministry approve the new vaccine?", "five days ago"),
    ("The bank cut its interest rate a year ago.", "When did the bank cut its interest rate?",
     "a year ago"),
])
def test_an_ago_in_an_undated_story_is_asked_as_written(text: str, question: str,
                                                        answer: str) -> None:
    assert (question, answer) in _asked(text, published=None)


@pytest.mark.parametrize("text", [
    "Prices have risen by 10% compared with a year ago.",  # a figure's comparison
    "The hospital opened 40 years ago.",  # rarely meant exactly
    "Some 20 years ago the town flooded.",  # roughly
])
def test_an_ago_that_dates_no_event_is_not_asked_in_an_undated_story(text: str) -> None:
    assert _asked(text, published=None) == []


@pytest.mark.parametrize("text, question, answer", [
    ("The decree will be published in the official gazette on Monday and will take effect the "
     "following day.", "On what date will the decree take effect?", "18 March 2025"),
    ("The court heard the case on Monday and delivered its verdict the next morning.",
     "On what date did the court deliver its verdict?", "11 March 2025"),
    ("The bridge closed on 2 March and reopened three days later.",
     "On what date did the bridge reopen?", "5 March 2025"),
    ("The museum closed on Friday and reopened two days later.",
     "On what date did the museum reopen?", "9 March 2025"),
    ("The airport shut on 9 March and reopened the next day.",
     "On what date did the airport reopen?", "10 March 2025"),
])
def test_a_day_counted_from_a_date_of_the_sentence_is_that_day(text: str, question: str,
                                                               answer: str) -> None:
    assert (question, answer) in _asked(text)


def test_a_following_day_without_a_date_before_it_is_not_a_date() -> None:
    assert _asked("He withdrew from the event in protest the following morning.") == []


@pytest.mark.parametrize("text, question, answer", [
    ("The agency blamed the delay on a landslide that blocked the main coastal road on Tuesday "
     "night, which meant lorries could not pass.",
     "On what date did a landslide block the main coastal road?", "11 March 2025"),
    ("Engineers traced the outage to a fault that damaged the main cable on Monday.",
     "On what date did a fault damage the main cable?", "10 March 2025"),
])
def test_an_indefinite_event_made_one_by_its_definite_object_is_asked(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in _asked(text)


def test_an_indefinite_event_with_no_definite_object_is_not_asked() -> None:
    assert all(question == "" for question, _ in
               _asked("Fans blamed the defeat on a decision that favoured rivals on Saturday."))


@pytest.mark.parametrize("text, question, answer", [
    ("He told reporters on Tuesday that the payments had to change.",
     "On what date did he tell reporters that the payments had to change?", "11 March 2025"),
    ("She turned professional in 2019 and won the national title in 2022.",
     "In what year did she turn professional?", "2019"),
    ("He announced on Monday that the factory would close.",
     "On what date did he announce that the factory would close?", "10 March 2025"),
    ("She was appointed head of the agency in January after a long search.",
     "When was she appointed head of the agency?", "January 2025"),
    ("He signed a three-year contract with the club on Friday.",
     "On what date did he sign a three-year contract with the club?", "7 March 2025"),
])
def test_a_he_or_she_subject_is_asked_with_the_pronoun(text: str, question: str,
                                                       answer: str) -> None:
    assert (question, answer) in _asked(text)  # the pipeline names the person or drops it


def test_a_he_or_she_question_too_short_to_say_what_happened_is_not_asked() -> None:
    assert all(question == "" for question, _ in _asked("She resigned on Monday."))


def test_a_since_that_bounds_all_things_counted_is_no_start() -> None:
    asked = _asked("The rider will be stripped of all results since 9 March.")
    assert not any(question.startswith("Since when") for question, _ in asked)


@pytest.mark.parametrize("text, answer", [
    ("He will be stripped of all results, including his second place at the Tour in April.",
     "April"),
    ("The club will sell several players, including the striker it signed in January.",
     "January 2025"),
])
def test_a_listed_noun_takes_no_tense_from_the_clause_before(text: str, answer: str) -> None:
    assert answer in [a for _, a in _asked(text)]


def test_the_pipeline_names_the_pronoun_of_a_date_question() -> None:
    article = dated_article("Finance Minister Declan Foley defended the new payments scheme.",
                            "He told reporters on Tuesday that the payments had to change.",
                            published=PUBLISHED)
    questions = [f.question for f in named_pronouns(extract_facts(article), [article])]
    assert "On what date did Declan Foley tell reporters that the payments had to change?" in \
        questions


@pytest.mark.parametrize("text, question, answer", [
    ("Patients can call the company's helpline, which will be open seven days a week until the "
     "end of June.", "Until when will the company's helpline be open seven days a week?",
     "the end of June 2025"),
    ("Police questioned the driver, who was arrested on Monday.",
     "On what date was the driver arrested?", "10 March 2025"),
    ("Fans cheered the players, who had won the cup on Sunday.",
     "On what date had the players won the cup?", "9 March 2025"),
])
def test_a_relative_clause_on_a_verbs_definite_object_is_asked_of_it(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in _asked(text)


def test_a_reported_tally_of_last_year_is_not_asked_for_its_year() -> None:
    asked = _asked("Brune said the agency had carried out more than 14,000 tests in the sport "
                   "last year.")
    assert all(not question.startswith("In what year had") for question, _ in asked)


@pytest.mark.parametrize("text, question, answer", [
    ("The bike-hire scheme is expected to start in spring 2028.",
     "When is the bike-hire scheme expected to start?", "spring 2028"),
    ("The line should be finished by summer 2027.", "By when should the line be finished?",
     "summer 2027"),
    ("The factory closed in autumn 2024 after years of losses.", "When did the factory close?",
     "autumn 2024"),
    ("The hotel has been shut since winter 2023.", "Since when has the hotel been shut?",
     "winter 2023"),
    ("Fans expect the stadium to reopen in spring 2026.", "", "spring 2026"),
])
def test_a_season_with_its_year_is_one_time(text: str, question: str, answer: str) -> None:
    assert answer in [a for _, a in _asked(text)]
    assert not question or (question, answer) in _asked(text)


@pytest.mark.parametrize("text, question, answer", [
    ("The castle was built in 1290.", "In what year was the castle built?", "1290"),
    ("The cathedral was completed in 1520 and restored in 1890.",
     "In what year was the cathedral completed?", "1520"),
    ("The bathhouse was built between 1100 and 1140, when the city was ruled by the Moors.",
     "During which years was the bathhouse built?", "1100-1140"),
    ("The town was captured by the king's army in 1147, and the mosque was destroyed.",
     "In what year was the town captured by the king's army?", "1147"),
])
def test_a_medieval_year_after_a_preposition_of_time_is_a_year(text: str, question: str,
                                                               answer: str) -> None:
    assert (question, answer) in _asked(text)


@pytest.mark.parametrize("text", [
    "Sales rose by 1200.",
    "The firm employs 1400 people in 1500 offices.",
    "Tickets cost between 1100 and 1140.",
    "The ferry carries up to 1200 passengers in 1450 cabins.",
])
def test_a_count_is_no_medieval_year(text: str) -> None:
    assert _asked(text) == []


@pytest.mark.parametrize("text, question, answer", [
    ("The bathhouse was buried by rubble from the earthquake of 1755, which destroyed much of "
     "the city.", "In what year was the earthquake that destroyed much of the city?", "1755"),
    ("The church survived the great fire of 1666, which destroyed much of the city.",
     "In what year was the great fire that destroyed much of the city?", "1666"),
    ("Residents still remember the floods of 1953 that killed hundreds of people.",
     "In what year were the floods that killed hundreds of people?", "1953"),
    ("The crisis of 1973, which quadrupled oil prices, changed the industry.",
     "In what year was the crisis that quadrupled oil prices?", "1973"),
])
def test_an_event_named_by_its_year_is_asked_by_its_relative_clause(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in _asked(text)


@pytest.mark.parametrize("text, question, answer", [
    ("The city was captured by Portugal's first king, Afonso Henriques, in 1147.",
     "In what year was the city captured by Portugal's first king?", "1147"),
    ("The company was bought by its biggest rival, Harbour Group, in 2019.",
     "In what year was the company bought by its biggest rival?", "2019"),
    ("The club sacked its manager, Tom Reed, on Monday.",
     "On what date did the club sack its manager?", "10 March 2025"),
])
def test_a_name_set_off_by_commas_before_the_date_is_read_past(text: str, question: str,
                                                              answer: str) -> None:
    assert (question, answer) in _asked(text)


@pytest.mark.parametrize("text, question, answer", [
    ("Experts believe the bathhouse was built between 1100 and 1140.",
     "During which years do experts believe the bathhouse was built?", "1100-1140"),
    ("Historians believe the bridge was built in 1290.",
     "In what year do historians believe the bridge was built?", "1290"),
    ("Police believe the fire was started deliberately on Sunday night.",
     "On what date do police believe the fire was started deliberately?", "9 March 2025"),
    ("Analysts say the company will cut jobs in May.",
     "When do analysts say the company will cut jobs?", "May 2025"),
    ("Doctors think the outbreak began in January.",
     "When do doctors think the outbreak began?", "January 2025"),
])
def test_a_date_in_what_a_group_believes_is_asked_with_the_belief(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in _asked(text)


@pytest.mark.parametrize("text, question, answer", [
    ("Speaking in Brussels on Monday, the commissioner said the rules would change.",
     "On what date did the commissioner say that the rules would change?", "10 March 2025"),
    ("Speaking at a rally in Leeds on Saturday, the prime minister warned that taxes would "
     "rise.", "On what date did the prime minister warn that taxes would rise?", "8 March 2025"),
    ("Speaking to reporters on Tuesday, the coach said the team was tired.",
     "On what date did the coach say that the team was tired?", "11 March 2025"),
    ("Founded in 1987, the company employs 3,000 people.",
     "In what year was the company founded?", "1987"),
    ("Built in 1890, the pier has been closed since 2019.", "In what year was the pier built?",
     "1890"),
    ("Opened in 2010, the stadium holds 40,000 fans.", "In what year was the stadium opened?",
     "2010"),
])
def test_a_date_in_an_opening_participle_is_asked_of_its_clause(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in _asked(text)


@pytest.mark.parametrize("text, question, answer", [
    ("The hospital's new wing, which cost £40 million, opened in June.",
     "When did the hospital's new wing open?", "June 2024"),
    ("The minister, who has denied wrongdoing, resigned on Friday.",
     "On what date did the minister resign?", "7 March 2025"),
    ("The bank, which employs 3,000 people, was fined on Monday.",
     "On what date was the bank fined?", "10 March 2025"),
    ("Work on the tunnel was halted last month when engineers found cracks.",
     "When was work on the tunnel halted?", "February 2025"),
])
def test_a_date_after_a_relative_aside_is_asked_of_the_main_clause(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in _asked(text)


def test_a_verb_read_into_a_relative_clauses_noun_is_not_asked() -> None:
    asked = _asked("The ruling, which cannot be appealed, means construction, which began 14 "
                   "months ago, must stop immediately.")
    assert not any("means" in question for question, _ in asked)


@pytest.mark.parametrize("text, question, answer", [
    ("Teachers in Ontario have voted overwhelmingly to walk out, their union announced on "
     "Thursday, after eight months of talks ended without a deal.",
     "On what date did the union announce that teachers in Ontario had voted overwhelmingly to "
     "walk out?", "6 March 2025"),
    ("Coffee exports could fall by a quarter this season, after the longest dry spell in "
     "decades withered cherries across the main growing regions, officials said on Wednesday.",
     "On what date did officials say that coffee exports could fall by a quarter this season?",
     "12 March 2025"),
    ("The club has sacked its coach, its owners said on Tuesday.",
     "On what date did the owners say that the club had sacked its coach?", "11 March 2025"),
    ("Rail fares will rise by 5% in May, as energy costs have soared, the operator said on "
     "Monday.", "On what date did the operator say that rail fares would rise by 5% in May?",
     "10 March 2025"),
])
def test_a_trailing_attribution_is_read_without_what_keeps_it_from_its_statement(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in _asked(text)


def test_a_date_that_ends_a_participle_of_a_noun_is_not_asked_of_the_verb() -> None:
    asked = _asked("Coffee exports could fall by a quarter in the season ending in September.")
    assert not any(question.endswith("ending?") for question, _ in asked)


@pytest.mark.parametrize("text, question, answer", [
    ("Schools in the worst-hit districts will stay closed until at least next Monday.",
     "Until when will schools in the worst-hit districts stay closed?", "17 March 2025"),
    ("The museum will stay shut until at least 3 April.", "Until when will the museum stay shut?",
     "3 April 2025"),
    ("The minister said the border would remain closed until at least Friday.",
     "Until when would the border remain closed?", "14 March 2025"),
])
def test_until_at_least_is_asked_until_when(text: str, question: str, answer: str) -> None:
    assert (question, answer) in _asked(text)


@pytest.mark.parametrize("text, answer", [
    ("Fishermen have been told to stay in port until Thursday.", "13 March 2025"),
    ("Officials decided to keep the evacuation order in place until at least Thursday.",
     "13 March 2025"),
])
def test_a_state_to_hold_until_a_day_ends_on_the_coming_one(text: str, answer: str) -> None:
    assert answer in [a for _, a in _asked(text)]


def test_a_past_state_until_a_bare_day_is_still_unsure() -> None:
    assert _asked("The road was closed until Friday.") == []


@pytest.mark.parametrize("text, question, answer", [
    ("About 300 people were evacuated on Monday.", "On what date were about 300 people evacuated?",
     "10 March 2025"),
    ("Around 240 containers fell from a cargo ship during a storm late on Sunday, the coastguard "
     "said.", "On what date did around 240 containers fall from a cargo ship during a storm?",
     "9 March 2025"),
    ("About 80 flights were cancelled at the airport on Tuesday.",
     "On what date were about 80 flights cancelled at the airport?", "11 March 2025"),
])
def test_a_rough_count_opening_the_sentence_is_its_subject(text: str, question: str,
                                                           answer: str) -> None:
    assert (question, answer) in _asked(text)


@pytest.mark.parametrize("text, question, answer", [
    ("About 500 volunteers, many of them islanders, turned out on Tuesday to collect debris.",
     "On what date did about 500 volunteers turn out to collect debris?", "11 March 2025"),
    ("The factory in Tarrasa, in Catalonia, closed in 2019.",
     "In what year did the factory in Tarrasa close?", "2019"),
    ("Thousands of fans, most of them teenagers, queued outside the arena on Friday.",
     "On what date did thousands of fans queue outside the arena?", "7 March 2025"),
    ("In January, a similar find in Silves, in the Algarve, forced the council to move a school.",
     "In what month did a similar find in Silves force the council to move a school?",
     "January"),
])
def test_a_place_or_part_set_off_by_commas_is_read_past(text: str, question: str,
                                                        answer: str) -> None:
    assert (question, answer) in _asked(text)


@pytest.mark.parametrize("text, question, answer", [
    ("The government has set up a commission, and prosecutors opened a criminal case on Sunday "
     "into possible negligence.",
     "On what date did prosecutors open a criminal case into possible negligence?",
     "9 March 2025"),
    ("The club lost the final, and the coach resigned on Monday.",
     "On what date did the coach resign?", "10 March 2025"),
])
def test_a_clause_after_and_with_its_own_subject_is_asked_alone(text: str, question: str,
                                                                answer: str) -> None:
    assert (question, answer) in _asked(text)


def test_a_rough_count_whose_noun_the_reader_takes_for_a_verb_is_not_asked() -> None:
    asked = _asked("About 170,000 farmed salmon escaped from Norwegian farms last year, "
                   "according to the directorate.")
    assert not any("escaped from" in question for question, _ in asked)


@pytest.mark.parametrize("text, question, answer", [
    ("An inspection in 2021 found cracks in the dam, and repairs to the crest were approved the "
     "following year but never carried out.", "In what year were repairs to the crest approved?",
     "2022"),
    ("The club was relegated in 2019 and promoted the following year.",
     "In what year was the club promoted?", "2020"),
    ("The law was passed in 2018, and the previous year the bill was drafted.", "", "2017"),
])
def test_the_following_year_is_counted_from_the_year_before_it(text: str, question: str,
                                                               answer: str) -> None:
    assert not question or (question, answer) in _asked(text)


def test_an_event_noun_dated_before_in_which_is_asked_with_its_clause() -> None:
    assert ("When was the public consultation in which 54% of the 19,400 respondents said they "
            "opposed a charge?", "2024") in _asked(
        "The vote came after a public consultation last year in which 54% of the 19,400 "
        "respondents said they opposed a charge.")


@pytest.mark.parametrize("text, question, answer", [
    ("Last week's storm damaged 300 homes.", "When was the storm that damaged 300 homes?",
     "the week of 3 March 2025"),
    ("Sunday's election gave the ruling party a majority of 12 seats.",
     "On what date was the election that gave the ruling party a majority of 12 seats?",
     "9 March 2025"),
    ("Monday's strike closed 1,200 schools across the country.",
     "On what date was the strike that closed 1,200 schools across the country?", "10 March 2025"),
    ("Last year's floods killed 40 people in the region.",
     "In what year were the floods that killed 40 people in the region?", "2024"),
])
def test_a_dated_event_that_opens_the_sentence_is_asked_by_what_it_did(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in _asked(text)


def test_a_dated_thing_that_is_no_event_is_not_asked() -> None:
    assert all(question == "" for question, _ in
               _asked("This year's festival sold out in two hours."))


@pytest.mark.parametrize("text, question, answer", [
    ("The council will vote on the plan next Thursday.",
     "On what date will the council vote on the plan?", "13 March 2025"),
    ("Ministers will decide on the project next month.",
     "When will ministers decide on the project?", "April 2025"),
])
def test_a_time_to_come_after_a_prepositions_noun_is_the_verbs(text: str, question: str,
                                                               answer: str) -> None:
    assert (question, answer) in _asked(text)


def test_a_past_time_after_a_prepositions_noun_stays_unasked() -> None:
    assert all(question == "" for question, _ in
               _asked("Officials blamed the fire on a heatwave last month."))


@pytest.mark.parametrize("text, question, answer", [
    ("The new president was sworn in on 20 January.",
     "On what date was the new president sworn in?", "20 January 2025"),
    ("The bill passed its final vote in parliament on Wednesday by 210 votes to 140.",
     "On what date did the bill pass its final vote in parliament?", "12 March 2025"),
    ("The council approved the plan on Tuesday by six votes to two.",
     "On what date did the council approve the plan?", "11 March 2025"),
])
def test_a_particle_or_a_tally_around_the_date_is_read_past(text: str, question: str,
                                                            answer: str) -> None:
    assert (question, answer) in _asked(text)


@pytest.mark.parametrize("text, question, answer", [
    ("The council approved the plan, which will cost £2 million, in January.",
     "When did the council approve the plan?", "January 2025"),
    ("The club, which will move to a new stadium, signed the striker in February.",
     "When did the club sign the striker?", "February 2025"),
])
def test_a_relative_asides_tense_is_not_the_clauses(text: str, question: str,
                                                    answer: str) -> None:
    assert (question, answer) in _asked(text)


@pytest.mark.parametrize("text, question, answer", [
    ("The problem was first flagged last month by a laboratory in Germany.",
     "When was the problem first flagged by a laboratory in Germany?", "February 2025"),
    ("The treaty was formally signed in January by both governments.",
     "When was the treaty formally signed by both governments?", "January 2025"),
    ("The plant was officially opened on Monday by the king.",
     "On what date was the plant officially opened by the king?", "10 March 2025"),
])
def test_an_adverb_inside_a_passive_is_kept_in_its_question(text: str, question: str,
                                                            answer: str) -> None:
    assert (question, answer) in _asked(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    # a weekday right before the date it names is one date, not a second, relative one (the
    # round-10 judge: "on Sunday 12 July" in a story of 11 June was answered 14 June)
    ("The new timetable starts on Sunday 12 July, the operator said.",
     "On what date does the new timetable start?", "12 July 2026"),
    ("The minister resigned on Friday 5 June after the vote.",
     "On what date did the minister resign?", "5 June 2026"),
    ("The museum will reopen on Saturday, July 18.",
     "On what date will the museum reopen?", "18 July 2026"),
])
def test_a_weekday_before_its_date_is_one_date(text: str, question: str, answer: str) -> None:
    found = date_qa(text, dt.date(2026, 6, 11))
    assert (question, answer) in found
    assert all(a == answer for _, a in found)
