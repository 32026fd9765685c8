"""Round 11 actor rules: bodies named by an aside after their role, a body's relation to a named
other, governments and forecasters as common-noun actors, speakers named after "a <role>,"."""

from __future__ import annotations

import pytest

from gen_support import actor_qa


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The club's owner, the Dublin-based investment firm Larkfield Capital, rejected a £40m "
     "takeover bid from Vale Holdings.",
     "Which investment firm rejected a £40m takeover bid from Vale Holdings?", "Larkfield Capital"),
    ("The organiser, London-based Redline Sports, cancelled the Brighton marathon because of "
     "the storm.", "Which organiser cancelled the Brighton marathon?", "Redline Sports"),
    ("Shares in Nordlys's largest investor, the defence group Kvitberg, fell 6.8% in Oslo on "
     "Monday morning.", "Which defence group is Nordlys's largest investor?", "Kvitberg"),
    ("The deal was blocked by Halden's largest shareholder, the pension fund Norsk Pensjon, on "
     "Friday.", "Which pension fund is Halden's largest shareholder?", "Norsk Pensjon"),
    ("The talks collapsed when Vela's main creditor, the state bank BNR, refused to write off "
     "its loans.", "Which state bank is Vela's main creditor?", "BNR"),
    ("Britain's foreign secretary, David Lammy, said the talks would resume next week.",
     "Who is Britain's foreign secretary?", "David Lammy"),
    ("The city was captured by Portugal's first king, Afonso Henriques, in 1147.",
     "Who was Portugal's first king?", "Afonso Henriques"),
    ("The provincial government said it would ban fishing in the bay for two years.",
     "Which government said it would ban fishing in the bay for two years?",
     "provincial government"),
    ("The federal government announced a review of the airport expansion.",
     "Which government announced a review of the airport expansion?", "federal government"),
    ("Forecasters at the national weather agency warned that heavy rain could flood the valley "
     "this weekend.", "Forecasters at which agency warned that heavy rain could flood the "
     "valley this weekend?", "national weather agency"),
    ("Analysts at the Santiago brokerage Valdés & Cía said a long strike could be even more "
     "damaging this time.", "Analysts at which Santiago brokerage said a long strike could be "
     "even more damaging this time?", "Valdés & Cía"),
    ("Ticket prices have doubled since 2019, according to the industry body Live Music "
     "Australia, which blamed rising insurance premiums.",
     "According to which industry body have ticket prices doubled since 2019?",
     "Live Music Australia"),
    ("The fire was probably caused by faulty wiring, a fire service spokesman, Tomas Berg, said.",
     "Who said that the fire was probably caused by faulty wiring?", "Tomas Berg"),
    ("\"The defendant showed no remorse for what he had done,\" the presiding judge, Anna Berg, "
     "said as she read the verdict.",
     "Who said, “The defendant showed no remorse for what he had done”?", "Anna Berg"),
    ("The inquiry began after a nurse wrote to the Care Quality Commission alleging that "
     "patients had been left unwashed.", "To which body did a nurse write alleging "
     "that patients had been left unwashed?", "Care Quality Commission"),
])
def test_the_actor_is_asked_for(text: str, question: str, answer: str) -> None:
    assert (question, answer) in actor_qa(text)


@pytest.mark.parametrize(("text", "answer"), [
    # the shares fell, not the investor
    ("Shares in Nordlys's largest investor, the defence group Kvitberg, fell 6.8% in Oslo on "
     "Monday morning.", "Kvitberg"),
    # no relation of one body to another: "one of" them, and a person with a description
    ("One of Halden's owners, the bank Nordea, declined to comment on the sale.", "Nordea"),
    # a government no word of which says which
    ("The government said it would ban fishing in the bay for two years.", "government"),
])
def test_no_question_for(text: str, answer: str) -> None:
    assert not any(a == answer and not q.startswith("Which defence group is")
                   for q, a in actor_qa(text))


def test_a_recipient_is_asked_with_whom_whatever_its_kind() -> None:
    questions = {q for q, _ in actor_qa("The firm sold the plant to Harrow Metals for £20m.")}
    assert not any(q.startswith("To who ") for q in questions)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("A protection zone has been set up around the farm near Swaffham, which is run by "
     "Breckland Poultry Ltd.", "Which company runs the farm near Swaffham?",
     "Breckland Poultry Ltd"),
    ("Inspectors found rats at a bakery in Leeds, which is owned by Harlow Foods.",
     "Which organisation owns a bakery in Leeds?", "Harlow Foods"),
    ("Park Jin-woo was convicted of fraud and embezzlement by the Seoul Southern District "
     "Court on Friday.", "Which body convicted Park Jin-woo of fraud and embezzlement?",
     "Seoul Southern District Court"),
    ("The two men were charged with theft and assault by Thames Valley Police on Sunday.",
     "Which organisation charged the two men with theft and assault?", "Thames Valley Police"),
    ("The project, proposed by Boise-based Summit Trail Homes, is the largest residential "
     "scheme in the city's history.", "Which organisation proposed the project that is the "
     "largest residential scheme in the city's history?", "Summit Trail Homes"),
    ("Shipping Minister Christos Stefanou said the ferry would be inspected before the summer "
     "season.", "Which Shipping Minister said the ferry would be inspected?", "Christos Stefanou"),
    ("Urban planner Le Thanh Binh of the Hanoi Institute for Urban Studies cautioned that "
     "ridership would depend on feeder buses.", "Which urban planner cautioned that ridership "
     "would depend on feeder buses?", "Le Thanh Binh"),
    ("Epidemiologist Sara Lind warned that cases would rise again in the autumn.",
     "Which epidemiologist warned that cases would rise again in the autumn?", "Sara Lind"),
])
def test_agents_and_roles(text: str, question: str, answer: str) -> None:
    assert (question, answer) in actor_qa(text)


def test_a_place_is_not_what_a_relative_clause_describes() -> None:
    text = "Inspectors found rats at a bakery in Leeds, which is owned by Harlow Foods."
    assert not any(q.endswith("owns Leeds?") for q, _ in actor_qa(text))


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The Regional Water Authority warned earlier this month that heavy rain could flood the "
     "valley.", "Which organisation warned earlier this month that heavy rain could flood the "
     "valley?", "Regional Water Authority"),
    ("The Western Australian government said on Saturday that it would look at emergency "
     "funding for the festival.", "Which government said on Saturday that it would look at "
     "emergency funding for the festival?", "Western Australian government"),
    ("The Northern Irish government said it would fund a new stadium in Belfast.",
     "Which government said it would fund a new stadium in Belfast?", "Northern Irish government"),
])
def test_statements_and_regional_governments(text: str, question: str, answer: str) -> None:
    assert (question, answer) in actor_qa(text)


def test_a_compass_word_alone_makes_no_government() -> None:
    assert not any(a.startswith("Western") for _, a in actor_qa(
        "The Western Australian coach said the team would recover quickly from the defeat."))


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("\"We will not accept a single job cut at this plant,\" union leader Maria Gomez said at "
     "the factory, where workers had gathered since dawn.",
     "Which union leader said, “We will not accept a single job cut at this plant”?",
     "Maria Gomez"),
    ("\"The company has made billions from our work,\" union president Rodrigo Alarcon told "
     "reporters at the mine gate, where strikers had set up tents.",
     "Which union president told reporters, “The company has made billions from our work”?",
     "Rodrigo Alarcon"),
    ("The principal of the school, Kim Dong-hyun, denied taking bribes from parents.",
     "Which principal of the school denied taking bribes from parents?", "Kim Dong-hyun"),
])
def test_speakers_and_posts(text: str, question: str, answer: str) -> None:
    assert (question, answer) in actor_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The shares were bought by Vale Capital, which now owns 12% of the company.",
     "Which organisation now owns 12% of the company?", "Vale Capital"),
    ("The case was brought by the App Drivers Union, which represents about 9,000 delivery "
     "workers in the Netherlands.", "Which organisation represents about 9,000 delivery "
     "workers in the Netherlands?", "App Drivers Union"),
    ("The European Centre for Disease Prevention and Control warned last week that Romania "
     "accounted for nearly half of all measles cases in the EU.", "Which organisation warned "
     "last week that Romania accounted for nearly half of all measles cases in the EU?",
     "European Centre for Disease Prevention and Control"),
])
def test_bodies_named_before_which_and_fields_in_names(text: str, question: str,
                                                        answer: str) -> None:
    assert (question, answer) in actor_qa(text)


@pytest.mark.parametrize("text", [
    "Mount Lawuri, which rises 1,784 metres above sea level, is one of about 130 active "
    "volcanoes in Indonesia.",
    "The price of Brent Crude, which rose 3% on Monday, hit a two-year high.",
    "The team will play in Oslo, which hosts the final next year.",
    "Scientists blamed the heatwave on a strong El Niño, which raised sea temperatures across "
    "the western Pacific.",
])
def test_which_after_a_name_that_is_no_body(text: str) -> None:
    assert not any(q.startswith("Which organisation") for q, _ in actor_qa(text))


def test_a_name_and_a_second_body_are_two_names() -> None:
    assert not any("Oxford Economics" in a for _, a in actor_qa(
        "The Institute for Fiscal Studies and Oxford Economics both said growth would slow."))


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Elena Rusu, a mother of two, said she had delayed her children's jabs because she feared "
     "side effects.", "Who said she had delayed her children's jabs because she feared side "
     "effects?", "Elena Rusu"),
    ("Tom Hale said he had sold the farm because he could no longer afford it.",
     "Who said he had sold the farm because he could no longer afford it?", "Tom Hale"),
    ("Council member Rob Hensley said the developer's traffic study was out of date.",
     "Which council member said the developer's traffic study was out of date?", "Rob Hensley"),
])
def test_speakers_of_their_own_acts_and_members(text: str, question: str, answer: str) -> None:
    assert (question, answer) in actor_qa(text)


def test_a_second_person_in_the_statement_is_not_asked() -> None:
    assert not any(q.startswith("Who said") for q, _ in actor_qa(
        "The mayor, Anna Berg, said she would ask him to resign before the council met."))


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The collapse prompted the National Assembly to pass the Virtual Asset User Protection "
     "Act, which took effect in July 2024.",
     "Which body passed the Virtual Asset User Protection Act?", "National Assembly"),
    ("The defeat led the Labour Party to replace its leader within a month.",
     "Which party replaced its leader within a month?", "Labour Party"),
])
def test_a_named_body_made_to_act(text: str, question: str, answer: str) -> None:
    assert (question, answer) in actor_qa(text)
