"""Round 11b actor rules on invented news sentences: bodies named without a body word, two
bodies acting together, "It said" after a body, and the cloze fallback's new acting shapes."""

from __future__ import annotations

import pytest
from gen_support import actor_qa, article

from quiz.generate.actor_clozes import actor_clozes
from quiz.generate.actors import extract_actors
from quiz.generate.facts import AnswerKind
from quiz.generate.mentions import kind_of


def _clozed(*texts: str) -> set[str]:
    """The answers of the fallback clozes of an article made of ``texts``."""
    made = article(*texts)
    return {fact.answer for fact in actor_clozes(made, extract_actors(made))}


def _answers(*texts: str) -> set[str]:
    """Every actor answer of ``texts``: asked, clozed by a rule or by the fallback."""
    made = article(*texts)
    facts = extract_actors(made)
    return {fact.answer for fact in (*facts, *actor_clozes(made, facts))}


@pytest.mark.parametrize("name", ["Haven Finance", "Bluegum Events", "Ridgeway Homes",
                                  "Tessaro Impianti", "Kestrel Logistics", "Rossi SpA",
                                  "Greenleaf Farms", "Wellbeing Trust", "Thames Water"])
def test_names_ending_in_a_firms_word_are_bodies(name: str) -> None:
    assert kind_of(name) is AnswerKind.ORGANISATION


@pytest.mark.parametrize("name", ["Tom Banks", "Helen Marsh", "Mark Dunn"])
def test_surnames_stay_people(name: str) -> None:
    assert kind_of(name) is AnswerKind.PERSON


def test_a_body_named_like_a_firm_is_asked_as_a_body() -> None:
    assert ("Which organisation announced that the festival would move to a new site in "
            "Bendigo?", "Bluegum Events") in actor_qa(
        "Bluegum Events announced that the festival would move to a new site in Bendigo.")


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Barton Council and Lowfield Council agreed to share a new waste depot.",
     "Which two councils agreed to share a new waste depot?",
     "Barton Council and Lowfield Council"),
    ("Oxford University and Harbour City Council signed a deal to build 500 homes.",
     "Which two organisations signed a deal to build 500 homes?",
     "Oxford University and Harbour City Council"),
    ("Haven Finance and Northgate Capital agreed to merge their lending arms.",
     "Which two organisations agreed to merge their lending arms?",
     "Haven Finance and Northgate Capital"),
])
def test_two_bodies_acting_together_are_asked_in_the_plural(text: str, question: str,
                                                            answer: str) -> None:
    assert (question, answer) in actor_qa(text)


@pytest.mark.parametrize("text", ["Avon and Somerset Police arrested two men on Tuesday.",
                                  "The strike was called by the Transport and General "
                                  "Drivers' Union.",
                                  "The Ministry of Housing and Local Government said rents "
                                  "would be frozen after the election."])
def test_one_body_with_and_in_its_name_is_not_two(text: str) -> None:
    assert not any(q.startswith("Which two") for q, _ in actor_qa(text))


@pytest.mark.parametrize(("texts", "question", "answer"), [
    (("Harbour City Council approved the plan on Tuesday.",
      "It said the new library would open in 2027."),
     "Which council said the new library would open in 2027?", "Harbour City Council"),
    (("The Medicines Agency reviewed the data from three trials.",
      "It warned that the drug should not be given to children."),
     "Which agency warned that the drug should not be given to children?", "Medicines Agency"),
    (("Kestrel Logistics lost its biggest contract in March.",
      "It announced 300 job cuts on Friday."),
     "Which organisation announced 300 job cuts on Friday?", "Kestrel Logistics"),
    (("The regional water agency Aguas Claras cut supplies to farms.",
      "It said reservoirs were at 20% of capacity."),
     "Which regional water agency said reservoirs were at 20% of capacity?", "Aguas Claras"),
    (("The Charity Commission closed its inquiry into the hospice on Friday.",
      "It said no donations had been misused by the staff."),
     "Which body said no donations had been misused by the staff?",
     "Charity Commission"),
])
def test_it_said_after_a_body_is_the_body(texts: tuple[str, ...], question: str,
                                          answer: str) -> None:
    assert (question, answer) in actor_qa(*texts)


@pytest.mark.parametrize("texts", [
    ("The report by the Audit Office was published on Monday.",
     "It said the project was two years late."),
    ("Police found the van near the depot of Corran Group.", "It said the van had been stolen."),
    ("Maria Okafor joined the Red Cross in 2010.", "It said she had saved dozens of lives."),
    ("The storm hit the coast on Sunday.", "It said the damage would cost millions."),
    ("Haven Finance sued Kestrel Logistics in May.", "It said the contract had been broken."),
])
def test_it_said_is_not_read_as_a_body_that_is_not_the_subject(texts: tuple[str, ...]
                                                               ) -> None:
    assert not any(q and " said " in q for q, _ in actor_qa(*texts))


@pytest.mark.parametrize(("text", "answer"), [
    ("The heatwave forced Vantage Motors to cancel 40 deliveries.", "Vantage Motors"),
    ("The floods forced the Environment Agency to close three roads.", "Environment Agency"),
    ("The complaints led the Advertising Standards Authority to ban the advert.",
     "Advertising Standards Authority"),
    ("Heavy rain compelled the Cricket Board to move the final.", "Cricket Board"),
    ('"We will appeal," a spokesperson for Kestrel Logistics said.', "Kestrel Logistics"),
    ('"We are shocked," a spokesman for Northfield Police said.', "Northfield Police"),
    ("Fire crews from the Country Fire Authority battled the blaze for six hours.",
     "Country Fire Authority"),
    ("Students at Leeds Beckett University built a solar car.", "Leeds Beckett University"),
    ("According to a statement from Harbour City Council, the pool will close for repairs.",
     "Harbour City Council"),
    ("A statement from Corran Group said profits had fallen.", "Corran Group"),
    ("Coach Dana Whitfield and captain Leo Marsh both criticised the referee.",
     "Dana Whitfield"),
    ("The Food Standards Agency and the Health Ministry issued a joint warning about raw milk.",
     "Food Standards Agency"),
    ("Colombian carrier AeroAndina and Peru's Pacífico Airlines have agreed to merge.",
     "AeroAndina"),
    ("Colombian carrier AeroAndina and Peru's Pacífico Airlines have agreed to merge.",
     "Pacífico Airlines"),
    ("The candidates, Tom Ellis and Mary Lowe, said they would debate on Friday.", "Tom Ellis"),
])
def test_acting_names_no_rule_asks_about_are_clozed(text: str, answer: str) -> None:
    assert answer in _answers(text)


@pytest.mark.parametrize(("text", "name"), [
    ("The win led Greenfield Rovers to the title.", "Greenfield Rovers"),
    ("The museum lent the painting to Harbour City Council for a year.",
     "Harbour City Council"),
    ("A letter to Corran Group went unanswered.", "Corran Group"),
    ("The storm forced drivers off the roads near Kestrel Logistics.", "Kestrel Logistics"),
    ("Fans of Greenfield Rovers and Lowfield Town sang throughout the match.",
     "Greenfield Rovers"),
])
def test_names_that_do_not_act_are_not_clozed(text: str, name: str) -> None:
    assert name not in _clozed(text)


def test_a_union_named_after_its_kind_is_asked_by_its_kind() -> None:
    assert ("Which union said the cuts would hit 300 jobs?", "Unite Finance") in actor_qa(
        "The bank's plans were condemned by the finance union Unite Finance, which said the "
        "cuts would hit 300 jobs.")


@pytest.mark.parametrize("text", [
    "Haven Finance said it accepted the findings and had since hired 300 extra fraud "
    "specialists.",
    "Kestrel Logistics said it regretted the delays and would since then review its routes.",
])
def test_a_question_cut_after_and_is_not_asked(text: str) -> None:
    assert not any(q.rstrip("?").endswith((" and", " and had", " and would"))
                   for q, _ in actor_qa(text))


@pytest.mark.parametrize(("text", "answer"), [
    ("The Premier League fined Greenfield Rovers for crowd trouble.", "Premier League"),
    ("Greenfield Rovers have been docked ten points by the Football League.",
     "Football League"),
    ("The Rugby Football League said the match would be replayed.", "Rugby Football League"),
    ("The Netball Super League has suspended two players for doping.", "Netball Super League"),
    ("The club was charged by the Scottish Professional Football League over the delay.",
     "Scottish Professional Football League"),
])
def test_a_league_that_acts_is_clozed_as_its_body(text: str, answer: str) -> None:
    assert answer in _answers(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Greenfield Rovers won the Premier League in 2019.", "Premier League"),
    ("The Champions League final was moved to Lisbon.", "Champions League"),
    ("She scored 20 goals in the Women's Super League last season.", "Women's Super League"),
    ("Fans travelled by the League Cup special train.", "League Cup"),
    ("The club finished third in the Football League.", "Football League"),
])
def test_a_league_played_in_is_not_clozed(text: str, name: str) -> None:
    assert name not in _clozed(text)


@pytest.mark.parametrize(("text", "answer"), [
    ("Talks broke down on Tuesday, after Norway and the Faroe Islands rejected a proposed deal.",
     "Norway"),
    ("Brazil and Argentina signed a trade agreement in Montevideo on Friday.", "Brazil"),
    ("Brazil and Argentina signed a trade agreement in Montevideo on Friday.", "Argentina"),
    ("The summit ended early when Ghana and Togo withdrew their delegations.", "Ghana"),
    ("Fishing talks stalled after Iceland vetoed the new catch limits.", "Iceland"),
])
def test_a_state_that_acts_is_clozed(text: str, answer: str) -> None:
    assert answer in _answers(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Romania accounted for a third of the grain shipped through the port.", "Romania"),
    ("Exports to Germany rose by 12 per cent in the first quarter.", "Germany"),
    ("The storm moved from Cuba towards Florida overnight.", "Cuba"),
    ("Visitors from France spent more than in any year before.", "France"),
    ("Farmers in Spain and Portugal warned of a poor harvest this year.", "Spain"),
])
def test_a_country_as_a_place_is_not_clozed(text: str, name: str) -> None:
    assert name not in _clozed(text)


@pytest.mark.parametrize(("text", "question"), [
    ("Haven Finance's decision to close 40 branches was criticised by customers.",
     "Which organisation made a decision to close 40 branches?"),
    ("Haven Finance's offer to buy the rival lender for £2 billion was rejected.",
     "Which organisation made an offer to buy the rival lender for £2 billion?"),
    ("Kestrel Logistics's pledge to cut emissions by half impressed investors.",
     "Which organisation made a pledge to cut emissions by half?"),
    ("The call from Haven Finance for lower taxes was rejected by ministers.",
     "Which organisation made the call for lower taxes?"),
    ("Corran Group's proposal to build a depot in Leeds has angered residents.",
     "Which organisation made a proposal to build a depot in Leeds?"),
])
def test_an_act_noun_subject_is_asked_without_the_sentences_verb(text: str,
                                                                 question: str) -> None:
    asked = {q for q, _ in actor_qa(text)}
    assert question in asked
    assert not any(" was " in q or " has " in q or "angered" in q or "impressed" in q
                   for q in asked)


def test_an_adjective_in_ed_does_not_cut_the_act_nouns_complement() -> None:
    assert ("Which U.S. President gave the order to deploy an armed contingent to the region?",
            "Sam Patel") in actor_qa(
        "The war began after the order from U.S. President Sam Patel to deploy an armed "
        "contingent to the region.")


@pytest.mark.parametrize("name", ["Banco do Brasil", "Grupo Bimbo", "Université Laval",
                                  "Fundación Telefónica", "Instituto Butantan"])
def test_a_name_opened_by_a_foreign_body_word_is_a_body(name: str) -> None:
    assert kind_of(name) is AnswerKind.ORGANISATION


@pytest.mark.parametrize(("text", "answer"), [
    ("Dame Sarah Gilbert said the vaccine could be adapted within weeks.", "Sarah Gilbert"),
    ("Sir Alan Moore said the council was to blame for the delays.", "Alan Moore"),
    ("British Olympic champion Sir Chris Hoy said cycling had changed his life.", "Chris Hoy"),
    ("The inquiry, led by retired judge Sir Alan Moore, will report next year.", "Alan Moore"),
    ("Dame Kelly Holmes told the committee that school sport was underfunded.",
     "Kelly Holmes"),
])
def test_a_knighthood_is_not_part_of_the_answer(text: str, answer: str) -> None:
    made = article(text)
    facts = extract_actors(made)
    found = [f for f in (*facts, *actor_clozes(made, facts)) if f.answer == answer]
    assert found and all(f.kind is AnswerKind.PERSON for f in found)


def test_a_body_noun_in_lower_case_before_a_name_makes_it_a_body() -> None:
    assert "Marlowe" in _clozed("The brokerage Marlowe said the shares were cheap.")
    assert "Marlowe" not in _clozed("Fund Marlowe said the shares were cheap.")
