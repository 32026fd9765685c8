"""Round 11b cause readers: penalties for a wrongdoing named by a noun, decisions and measures
"over" a reason, "stems from", "after it admitted / after it emerged that", "pointed to"."""

from __future__ import annotations

import pytest

from gen_support import article, cause_facts, cause_qa


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The club was deducted 20 points for breaching the salary cap.",
     "Why was the club deducted 20 points?", "for breaching the salary cap"),
    ("The striker was banned for three matches for violent conduct.",
     "Why was the striker banned for three matches?", "for violent conduct"),
    ("The teacher was dismissed for gross misconduct.",
     "Why was the teacher dismissed?", "for gross misconduct"),
    ("The defender was sent off in the 80th minute for a reckless tackle.",
     "Why was the defender sent off in the 80th minute?", "for a reckless tackle"),
    ("The firm was fined £4m for repeated breaches of safety law.",
     "Why was the firm fined £4m?", "for repeated breaches of safety law"),
    ("The chief executive was sacked for financial irregularities.",
     "Why was the chief executive sacked?", "for financial irregularities"),
    ("The company was ordered to pay £2m for failing to protect workers.",
     "Why was the company ordered to pay £2m?", "for failing to protect workers"),
])
def test_penalties_for_a_wrongdoing(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "The coach was praised for her conduct during the crisis.",
    "The doctor was thanked for his service.",
    "The museum opened a new wing for modern art.",
])
def test_no_penalty_without_a_punishing_verb(text: str) -> None:
    assert not cause_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The governor declared a state of emergency over a surge in cases.",
     "Why did the governor declare a state of emergency?", "a surge in cases"),
    ("The hospital, one of the largest in the region, declared a critical incident on Monday "
     "over a shortage of beds.",
     "Why did the hospital declare a critical incident on Monday?", "a shortage of beds"),
    ("The council refused permission for the quarry over fears for water supplies.",
     "Why did the council refuse permission for the quarry?", "fears for water supplies"),
    ("The US imposed sanctions on the firm over its links to the military.",
     "Why did the US impose sanctions on the firm?", "its links to the military"),
    ("The Met Office issued an amber warning over heavy rain in the north.",
     "Why did the Met Office issue an amber warning?", "heavy rain in the north"),
    ("Regulators halted trading in the shares over irregularities in the accounts.",
     "Why did regulators halt trading in the shares?", "irregularities in the accounts"),
    ("The festival was cancelled over a row about funding.",
     "Why was the festival cancelled?", "a row about funding"),
])
def test_decisions_over_a_reason(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "The road was closed over the bank holiday weekend.",
    "The museum will close over Christmas.",
    "The team declared victory over their rivals.",
    "The bridge was closed over two nights for repairs.",
    "The firm withdrew over 300 products from sale.",
])
def test_over_a_time_or_an_amount_is_no_reason(text: str) -> None:
    assert not cause_qa(text)


def test_the_row_owns_its_over() -> None:
    assert ("Why was the festival postponed?", "a row over security costs") in cause_qa(
        "The festival was postponed amid a row over security costs.")


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The shortage stems from a lack of trained staff.",
     "What does the shortage stem from?", "a lack of trained staff"),
    ("Much of the anger stems from rising rents.",
     "What does much of the anger stem from?", "rising rents"),
])
def test_what_a_problem_stems_from(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


def test_stems_needs_a_problem_or_a_cause() -> None:
    assert not cause_qa("The flowers stem from a single bulb.")


def test_stems_from_after_a_pointer_subject_is_a_cloze() -> None:
    from quiz.generate.cause_clozes import cause_clozes

    text = "The dispute, which has lasted a year, stemmed largely from a change to shift patterns."
    found = cause_clozes(article(text), cause_facts(text))
    assert [f.answer for f in found] == ["a change to shift patterns"]


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Southern Water has been fined £90m after it admitted illegally dumping sewage.",
     "Why has Southern Water been fined £90m?", "it admitted illegally dumping sewage"),
    ("The minister resigned after it emerged that she had failed to declare a loan.",
     "Why did the minister resign?", "she had failed to declare a loan"),
    ("The club was fined after it fielded an ineligible player.",
     "Why was the club fined?", "it fielded an ineligible player"),
    ("The singer cancelled the tour after she injured her back.",
     "Why did the singer cancel the tour?", "she injured her back"),
    ("The chairman resigned last week after it was revealed that he had used club funds for "
     "holidays.", "Why did the chairman resign last week?", "he had used club funds for holidays"),
])
def test_after_the_subjects_own_misdeed(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "The shop closed after it opened a new branch in town.",
    "She moved to Paris after it emerged that her contract would not be renewed.",
])
def test_after_a_pronoun_without_a_misdeed_is_a_time(text: str) -> None:
    assert not cause_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Investigators pointed to pilot error.", "What did investigators point to?", "pilot error"),
    ("Investigators have pointed to pilot error and poor weather.",
     "What have investigators pointed to?", "pilot error and poor weather"),
    ("Doctors have pointed to a shortage of nurses as the reason for long waits.",
     "What have doctors pointed to as the reason for long waits?", "a shortage of nurses"),
])
def test_pointed_to_is_a_cause_not_a_purpose(text: str, question: str, answer: str) -> None:
    found = cause_qa(text)
    assert (question, answer) in found
    assert not any(q.startswith("Why") for q, _ in found)


@pytest.mark.parametrize("text", [
    "The final straw came when the council raised rents again.",
    "The breakthrough came when scientists sequenced the virus.",
])
def test_a_moment_that_came_when_is_no_why(text: str) -> None:
    assert not any(q.startswith("Why") for q, _ in cause_qa(text))


def test_a_decision_to_act_as_the_subject() -> None:
    assert ("Why was the decision to close the library taken?", "budget cuts") in cause_qa(
        "The decision to close the library was taken because of budget cuts.")


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The animals died from heat stress, vets said.",
     "Why did the animals die, according to vets?", "from heat stress"),
    ("Thousands of cattle have died of thirst in the drought.",
     "Why have thousands of cattle died?", "of thirst"),
    ("The patient died of sepsis after surgery.", "Why did the patient die?", "of sepsis"),
    ("More than 200 people died from cholera last year.",
     "Why did more than 200 people die?", "from cholera"),
    ("The actor died of cancer at 84.", "Why did the actor die?", "of cancer"),
])
def test_what_someone_died_of(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "Two of the patients died of the 40 treated.",
    "He died of his injuries in hospital.",
])
def test_died_of_a_number_or_by_a_pronoun_is_not_asked(text: str) -> None:
    assert not cause_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Workers at the plant will strike next month in a dispute over pay.",
     "Why will workers at the plant strike next month?", "a dispute over pay"),
    ("Junior doctors walked out on Tuesday in a row with the government over pay and "
     "conditions.", "Why did junior doctors walk out on Tuesday?",
     "a row with the government over pay and conditions"),
    ("Nurses in Wales are to strike in a long-running dispute over staffing levels.",
     "Why are nurses in Wales to strike?", "a long-running dispute over staffing levels"),
])
def test_the_dispute_a_strike_is_part_of(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


def test_a_dispute_without_an_act_is_not_asked() -> None:
    assert not cause_qa("The two firms are in a dispute over the patent.")


@pytest.mark.parametrize(("text", "question"), [
    ("Schools across the city will remain closed on Monday due to heavy snow, the council has "
     "announced.", "Why will schools across the city remain closed on Monday, according to the "
     "council?"),
    ("The museum will shut for a month because of a leak in the roof, the trust has said.",
     "Why will the museum shut for a month, according to the trust?"),
])
def test_a_speaker_in_the_present_perfect(text: str, question: str) -> None:
    assert question in {q for q, _ in cause_qa(text)}


def test_a_term_before_the_crime_stays_in_the_question() -> None:
    assert ("Why has a 25-year-old man been jailed for life?",
            "for the murder of a teenager in Manchester") in cause_qa(
        "A 25-year-old man has been jailed for life for the murder of a teenager in Manchester "
        "last year.")


def test_struggles_to_is_no_purpose() -> None:
    assert not any(a.startswith("to ") for _, a in cause_qa(
        "Bus services in the town have been cut back in recent months as the operator "
        "struggles to recruit drivers."))


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("It was only after his granddaughter watched a documentary about meteorites that the "
     "family contacted the university.", "What led the family to contact the university?",
     "his granddaughter watched a documentary about meteorites"),
    ("It was only after the floods that the council agreed to build new defences.",
     "What led the council to agree to build new defences?", "the floods"),
    ("It was not until a second child fell ill that the school was closed.",
     "What led to the school being closed?", "a second child fell ill"),
    ("But it was thanks to a late goal from Smith that United won the match.",
     "Why did United win the match?", "a late goal from Smith"),
    ("It was because the ferry was cancelled that hundreds of passengers slept in the terminal.",
     "Why did hundreds of passengers sleep in the terminal?", "the ferry was cancelled"),
])
def test_a_reason_put_first_by_a_cleft(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "It was after midnight that the fire started.",
    "It was after the match that fans clashed with police.",
    "It is because of this that prices rose.",
])
def test_a_cleft_time_or_pointer_is_not_asked(text: str) -> None:
    assert not cause_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Bus use has fallen by a third since fares were doubled in 2022.",
     "Why has bus use fallen by a third?", "fares were doubled in 2022"),
    ("Complaints have doubled since the council cut bin collections to once a fortnight.",
     "Why have complaints doubled?", "the council cut bin collections to once a fortnight"),
    ("Visitor numbers have dropped since entry charges were introduced.",
     "Why have visitor numbers dropped?", "entry charges were introduced"),
])
def test_a_change_since_an_act(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "The company has lost 2,000 jobs since the plant closed.",
    "Sales have fallen since the new manager was appointed.",
    "House prices have risen since 2019.",
    "The shop has been open since the owner retired.",
])
def test_since_a_time_is_not_asked(text: str) -> None:
    assert not cause_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The match was abandoned in the 70th minute following a floodlight failure.",
     "Why was the match abandoned in the 70th minute?", "a floodlight failure"),
    ("The concert was abandoned after an hour following a power cut.",
     "Why was the concert abandoned after an hour?", "a power cut"),
])
def test_abandoned_following_an_event(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The teacher was struck off for dishonesty.", "Why was the teacher struck off?",
     "for dishonesty"),
    ("The accountant was jailed for fraud.", "Why was the accountant jailed?", "for fraud"),
    ("The nurse was dismissed for misconduct in 2019.", "Why was the nurse dismissed?",
     "for misconduct"),
])
def test_a_one_word_wrongdoing(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


def test_a_second_penalty_is_not_the_first_ones_reason() -> None:
    assert not cause_qa("The former mayor was convicted of fraud and jailed for bribery.")


@pytest.mark.parametrize("text", [
    "The cause of the crash is being investigated, but police believe the driver lost control.",
    "The cause of the fire is under investigation.",
    "The cause of the outage was disputed by the company.",
])
def test_an_unknown_cause_is_not_asked(text: str) -> None:
    assert not any(q.startswith("What is the cause") or q.startswith("What was the cause")
                   for q, _ in cause_qa(text))


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Authorities have ordered the evacuation of 5,000 people amid fears the dam could burst.",
     "Why have authorities ordered the evacuation of 5,000 people?", "fears the dam could burst"),
    ("The school was closed amid fears the roof could collapse.", "Why was the school closed?",
     "fears the roof could collapse"),
])
def test_amid_fears_told_without_that(text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "The festival went ahead amid fears the site could flood.",
    "The march continued amid concerns about violence.",
    "Talks resumed amid tight security.",
    "The sale helped push the auction to a total of £61m, up 27% on last year, amid signs that "
    "the market is recovering.",
])
def test_carrying_on_amid_fears_is_no_why(text: str) -> None:
    assert not any(q.startswith("Why") for q, _ in cause_qa(text))


def _clozes(text: str) -> list[str]:
    from quiz.generate.cause_clozes import cause_clozes

    return [f.answer for f in cause_clozes(article(text), cause_facts(text))]


@pytest.mark.parametrize(("text", "gap"), [
    ("He was fined £500 last week for dumping rubbish in a nature reserve.",
     "dumping rubbish in a nature reserve"),
    ("She resigned in protest at the decision to close the maternity unit.",
     "the decision to close the maternity unit"),
    ("They stayed away from the town centre for fear of further violence.", "further violence"),
    ("It raised prices in a bid to cover the rising cost of raw materials.",
     "cover the rising cost of raw materials"),
    ("He was banned for six matches for a dangerous tackle on the goalkeeper.",
     "a dangerous tackle on the goalkeeper"),
])
def test_clozes_of_links_told_of_a_pronoun(text: str, gap: str) -> None:
    assert _clozes(text) == [gap]


@pytest.mark.parametrize("text", [
    "The pan is used for cooking rice and making stews in the kitchen.",
    "They were banned for three years from the national team.",
    "He was praised by the committee for his work on the project.",
])
def test_no_cloze_of_a_for_that_gives_no_reason(text: str) -> None:
    assert _clozes(text) == []


@pytest.mark.parametrize(("text", "gap"), [
    ("It was suspended by the regulator last week over safety concerns raised by engineers.",
     "safety concerns raised by engineers"),
    ("He resigned from the board in March over his handling of the crisis.",
     "his handling of the crisis"),
])
def test_clozes_of_a_reason_over(text: str, gap: str) -> None:
    assert _clozes(text) == [gap]


@pytest.mark.parametrize("text", [
    "The road was closed to all traffic over the bank holiday weekend for repairs.",
    "The firm withdrew over 300 products from sale in Europe last year.",
    "The company took over the rival firm last year in a deal worth £2bn.",
    "She fell over on the ice outside her home in Leeds last winter.",
    "They argued for hours last night over who should pay for the repairs.",
])
def test_no_cloze_of_an_over_that_gives_no_reason(text: str) -> None:
    assert _clozes(text) == []


def test_no_cloze_of_an_over_that_means_finished() -> None:
    assert _clozes("Last Thursday, officials announced that the combat mission was over and that "
                   "the remaining troops were reassigned.") == []
