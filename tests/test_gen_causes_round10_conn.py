"""Round 10: causes told of a whole clause by what follows it (see cause_c_links)."""

from __future__ import annotations

import pytest

from gen_support import cause_qa


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("In 2005, residents rejected a similar charge in a referendum by almost three to one, a "
     "result that kept the proposal off the agenda for years.",
     "What kept the proposal off the agenda for years?",
     "residents rejected a similar charge in a referendum by almost three to one"),
    ("The central bank raised interest rates by half a point, a move that pushed mortgage costs "
     "to a ten-year high.", "What pushed mortgage costs to a ten-year high?",
     "The central bank raised interest rates by half a point"),
    ("The club sacked its manager in March, a decision that angered many fans.",
     "What angered many fans?", "The club sacked its manager in March"),
    ("The hospital cancelled all routine surgery for a week, a step that has delayed treatment "
     "for thousands of patients.", "What has delayed treatment for thousands of patients?",
     "The hospital cancelled all routine surgery for a week"),
    ("Last year, the museum doubled its entry fee, a change that cut visitor numbers by a "
     "third.", "What cut visitor numbers by a third?", "the museum doubled its entry fee"),
])
def test_a_noun_summing_up_the_clause_before_tells_what_that_clause_did(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Congestion is also slowing buses, which has pushed up costs.", "What has pushed up costs?",
     "Congestion is also slowing buses"),
    ("The factory closed in 2019, which cost the town 800 jobs.", "What cost the town 800 jobs?",
     "The factory closed in 2019"),
    ("Inflation fell to 2.1% in May, which helped the central bank justify a cut.",
     "What helped the central bank justify a cut?", "Inflation fell to 2.1% in May"),
    ("The striker tore a hamstring on Saturday, which in turn has derailed the club's title "
     "challenge.", "What has derailed the club's title challenge?",
     "The striker tore a hamstring on Saturday"),
    ("Rents in the capital rose 12% last year, which drove thousands of young families to "
     "the suburbs.", "What drove thousands of young families to the suburbs?",
     "Rents in the capital rose 12% last year"),
])
def test_which_after_a_whole_clause_tells_what_the_clause_did(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("All sailings were cancelled with immediate effect, forcing hundreds of passengers to sleep "
     "at the port on Monday night.",
     "Why did hundreds of passengers have to sleep at the port on Monday night?",
     "All sailings were cancelled with immediate effect"),
    ("The storm knocked out power to 40,000 homes, forcing schools across the county to close.",
     "Why did schools across the county have to close?",
     "The storm knocked out power to 40,000 homes"),
    ("The river burst its banks on Sunday, forcing 300 residents to leave their homes.",
     "Why did 300 residents have to leave their homes?", "The river burst its banks on Sunday"),
    ("The referee abandoned the match after 60 minutes, forcing the league to order a replay.",
     "Why did the league have to order a replay?",
     "The referee abandoned the match after 60 minutes"),
    ("The court froze the company's accounts, forcing the airline to ground its fleet.",
     "Why did the airline have to ground its fleet?", "The court froze the company's accounts"),
])
def test_forcing_someone_to_act_tells_why_they_had_to(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Aegean Blue had been struggling since 2023, when one of its ships ran aground off Naxos.",
     "Why had Aegean Blue been struggling since 2023?", "one of its ships ran aground off Naxos"),
    ("The museum has been closed since 2019, when a fire gutted its east wing.",
     "Why has the museum been closed since 2019?", "a fire gutted its east wing"),
    ("Attendance at the club has been falling since last year, when ticket prices rose by a "
     "third.", "Why has attendance at the club been falling since last year?",
     "ticket prices rose by a third"),
    ("The mine has been shut since March, when a roof collapsed in its deepest shaft.",
     "Why has the mine been shut since March?", "a roof collapsed in its deepest shaft"),
    ("The bridge has been closed to lorries since 2021, when engineers found cracks in its "
     "supports.", "Why has the bridge been closed to lorries since 2021?",
     "engineers found cracks in its supports"),
])
def test_a_troubled_state_since_a_time_when_something_happened(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize(("text", "unwanted"), [
    # the summing noun is the object of someone's saying, not what the clause did
    ("The council voted to close three libraries, a decision that the union described as "
     "reckless.", "What the union"),
    ("The board approved the merger in June, a move that critics say will cut hundreds of "
     "jobs.", "What will cut"),
    # a "which" after a singular noun may be that noun's, not the clause's
    ("Heavy snow closed the main runway, which has delayed dozens of flights.",
     "What has delayed"),
    # a pronoun in the effect: whose shares?
    ("The regulator fined the bank €20 million, a decision that wiped 4% off its shares.",
     "What wiped"),
    # whom it forced is a pronoun
    ("Officials closed the bridge, forcing them to take a long detour.", "Why did them"),
    ("The firm hired 200 staff, forcing nothing to change.", "Why did nothing"),
    # a state that is no trouble: a time, not a cause
    ("She has lived in Paris since 2010, when she married a French diplomat.", "Why has she"),
    ("The orchestra has toured Asia every year since 2015, when it signed a deal with a Tokyo "
     "promoter.", "Why has the orchestra"),
    # the clause before is a report: the saying or the thing said?
    ("The minister said the plan was dead, a move that angered farmers.", "What angered"),
    # a verb that is no effect
    ("The airline cut 200 jobs in 2020, which it later described as a mistake.", "What it"),
    # a summing noun as the whole answer: which decision?
    ("The club sacked its manager in March, a decision that angered many fans.", "-a decision"),
])
def test_no_clause_link_without_a_clean_clause_and_effect(text: str, unwanted: str) -> None:
    found = cause_qa(text)
    if unwanted.startswith("-"):
        assert not any(a == unwanted[1:] for _, a in found)
    else:
        assert not any(q.startswith(unwanted) for q, _ in found)


@pytest.mark.parametrize(("before", "text", "question", "answer"), [
    ("Aldridge had been considered one of Britain's best hopes for a podium in a decade.",
     "His exclusion has forced the team to rebuild its plans around Andrés Molina.",
     "What has forced the team to rebuild its plans around Andrés Molina?",
     "Aldridge's exclusion"),
    ("The city council met on Monday to discuss the budget for next year.",
     "Its decision has forced the library to cut its opening hours by a third.",
     "What has forced the library to cut its opening hours by a third?",
     "The city council's decision"),
    ("Maria Costa captained the national side for six years.",
     "Her injury has forced the coach to rethink his plans for the World Cup.",
     "What has forced the coach to rethink his plans for the World Cup?",
     "Maria Costa's injury"),
])
def test_an_answer_only_whose_thing_is_named_from_the_sentence_before(
        before: str, text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(before, text)


@pytest.mark.parametrize("before", [
    "The weather turned cold in the spring of that year across the valley.",  # no one named
    "The company said the ban would be appealed at the earliest opportunity.",  # not a person
])
def test_an_answer_only_his_thing_is_dropped_when_no_person_is_named_before(before: str) -> None:
    found = cause_qa(before, "His exclusion has forced the team to rebuild its plans around "
                             "Andrés Molina.")
    assert not any(a.startswith(("His ", "The company's")) for _, a in found)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The regent, Michael Tamaroba, declared a 14-day state of emergency, a step that allows the "
     "district to draw on national disaster funds.",
     "The regent, Michael Tamaroba, declared a 14-day state of emergency. What does this allow "
     "the district to do?", "draw on national disaster funds"),
    ("The court froze the accounts, a decision that forced the airline to ground its fleet.",
     "The court froze the accounts. What did this force the airline to do?", "ground its fleet"),
    ("The league changed its rules in May, a move that enables clubs to sign a fourth foreign "
     "player.", "The league changed its rules in May. What does this enable clubs to do?",
     "sign a fourth foreign player"),
])
def test_what_the_act_a_summing_noun_stands_for_lets_someone_do(
        text: str, question: str, answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The parliament rejected the budget on Tuesday, a setback that could trigger an early "
     "election.", "What could trigger an early election?",
     "The parliament rejected the budget on Tuesday"),
    ("The airline grounded its entire fleet, a step that stranded 40,000 passengers.",
     "What stranded 40,000 passengers?", "The airline grounded its entire fleet"),
    ("The volcano erupted on Sunday, its first eruption in a decade, forcing 5,000 people to "
     "flee.", "Why did 5,000 people have to flee?", "The volcano erupted on Sunday"),
])
def test_more_clause_links(text: str, question: str, answer: str) -> None:
    found = cause_qa(text)
    assert (question, answer) in found
    assert not any(a.startswith(("a setback", "a step")) or " a setback " in q or " a step " in q
                   for q, a in found)
