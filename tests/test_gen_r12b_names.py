"""Round 12b: names read whole (given names with an adverb's ending, foreign connectors, branches)."""

from __future__ import annotations

import pytest

from quiz.generate.facts import AnswerKind
from quiz.generate.mentions import find_mentions


def _names(sentence: str) -> list[tuple[str, AnswerKind | None]]:
    return [(m.name, m.kind) for m in find_mentions(sentence)]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Kelly LeBlanc said the plan would fail.", "Kelly LeBlanc"),
    ("Holly Brennan, who runs the shelter, said it was full.", "Holly Brennan"),
    ("Molly Okafor told reporters the vote was rigged.", "Molly Okafor"),
    ("Ming Zhou said the factory would close.", "Ming Zhou"),
    ("Sally Nkemelu warned that the dam could burst.", "Sally Nkemelu"),
    ("Billy Hartigan said the club would appeal.", "Billy Hartigan"),
    ("Polly Achterberg, who chairs the board, resigned on Friday.", "Polly Achterberg"),
    ("Jing Takahashi added that exports had fallen.", "Jing Takahashi"),
    ("Nelly Dufresne says the ferry will not sail.", "Nelly Dufresne"),
    ("Dolly Mensah wrote that the museum had lost its funding.", "Dolly Mensah"),
    ("Wally Kowalczyk explained that the mine was flooded.", "Wally Kowalczyk"),
])
def test_a_given_name_with_an_adverbs_ending_opens_a_sentence(sentence: str, name: str) -> None:
    assert _names(sentence) == [(name, AnswerKind.PERSON)]


@pytest.mark.parametrize(("sentence", "name"), [
    ("Finally Brown said he would resign.", "Brown"),
    ("Really Smith said nothing.", "Smith"),
    ("Recently Google said it would cut jobs.", "Google"),
    ("Locally Tesco said prices rose.", "Tesco"),
    ("Following Brexit, exports fell.", "Brexit"),
    ("Speaking Monday, Smith said no.", "Smith"),
    ("Numerous Dutch farmers said they would protest.", None),
])
def test_an_adverb_opening_a_sentence_is_no_given_name(sentence: str, name: str | None) -> None:
    assert [found for found, _ in _names(sentence)] == ([name] if name else [])


@pytest.mark.parametrize(("sentence", "name"), [
    ("Environmental group Agua para Todos said the shortage was the result of leaks.",
     "Agua para Todos"),
    ("Charity Ärzte für Frieden said the clinic was shelled.", "Ärzte für Frieden"),
    ("The group Santé pour Tous said drugs ran out.", "Santé pour Tous"),
    ("Campaigners from Vivienda para Todos occupied the office.", "Vivienda para Todos"),
    ("Volunteers of Saúde sem Fronteiras treated 300 patients.", "Saúde sem Fronteiras"),
    ("The network Justicia por Todos filed the appeal.", "Justicia por Todos"),
    ("Union Boeren und Bürger called the march.", "Boeren und Bürger"),
    ("Leaders of Mujeres con Voz met the minister.", "Mujeres con Voz"),
    ("Students from Leraren voor Klimaat staged a sit-in.", "Leraren voor Klimaat"),
    ("The coalition Unidos contra Minería sued the regulator.", "Unidos contra Minería"),
])
def test_a_foreign_connector_is_inside_a_bodys_name(sentence: str, name: str) -> None:
    assert (name, AnswerKind.ORGANISATION) in _names(sentence)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Lifeguards' union CUPE Local 500 said the vote meant 45 jobs had been saved.",
     "CUPE Local 500"),
    ("Union UNITE Local 42 said talks had failed.", "UNITE Local 42"),
    ("Teamsters Lodge 7 voted to strike.", "Teamsters Lodge 7"),
    ("American Legion Post 12 held a parade on Sunday.", "American Legion Post 12"),
    ("Members of UAW Local 600 rejected the offer.", "UAW Local 600"),
    ("The nurses' union SEIU Local 121 called the strike.", "SEIU Local 121"),
    ("Machinists Lodge 751 said the deal was fair.", "Machinists Lodge 751"),
    ("Rotary Club Chapter 9 raised money for the ward.", "Rotary Club Chapter 9"),
    ("Veterans Post 88 opened a food bank.", "Veterans Post 88"),
    ("Teachers from NEA Local 17 marched on the capitol.", "NEA Local 17"),
])
def test_a_unions_numbered_branch_is_one_name(sentence: str, name: str) -> None:
    assert (name, AnswerKind.ORGANISATION) in _names(sentence)


@pytest.mark.parametrize(("sentence", "names"), [
    ("Smith and Jones said nothing.", ["Smith", "Jones"]),
    ("Brazil beat Spain in Madrid.", ["Brazil", "Spain", "Madrid"]),
    ("Terminal 2 was closed.", ["Terminal 2"]),
    ("Lodge 12 was shut.", ["Lodge 12"]),
    ("The Bank of England raised rates.", ["Bank of England"]),
    ("He told Smith the plan had failed.", ["Smith"]),
])
def test_names_not_joined(sentence: str, names: list[str]) -> None:
    assert [found for found, _ in _names(sentence)] == names


@pytest.mark.parametrize(("sentence", "name"), [
    ("Campaigners from the group Save the Stour said they were pleased.", "Save the Stour"),
    ("The charity Save the Children said 40 pupils died.", "Save the Children"),
    ("Campaign group Stop the Cuts marched on Friday.", "Stop the Cuts"),
    ("The band Rage Against the Machine cancelled the tour.", "Rage Against the Machine"),
    ("The group Keep the Hills Green sued the council.", "Keep the Hills Green"),
    ("Pressure group Free the Rivers said sewage was dumped.", "Free the Rivers"),
    ("The group Reclaim the Streets blocked the road.", "Reclaim the Streets"),
    ("The charity Feed the Valley handed out 900 parcels.", "Feed the Valley"),
    ("Members of the union Defend the Docks walked out.", "Defend the Docks"),
    ("The foundation Light the Way funded the school.", "Light the Way"),
])
def test_a_body_named_by_its_role_runs_over_the(sentence: str, name: str) -> None:
    assert (name, AnswerKind.ORGANISATION) in _names(sentence)


@pytest.mark.parametrize(("sentence", "names"), [
    ("The charity Oxfam the Netherlands said aid ran out.", ["Oxfam", "Netherlands"]),
    ("He told the union Unite the news.", ["Unite"]),
    ("The group Hamas the next day said nothing.", ["Hamas"]),
    ("Save the Date organisers said nothing.", ["Save", "Date"]),
    ("They gave Britain the Ashes.", ["Britain", "Ashes"]),
])
def test_the_between_two_names_without_a_role_is_no_name(sentence: str, names: list[str]) -> None:
    assert [found for found, _ in _names(sentence)] == names


@pytest.mark.parametrize(("sentence", "name"), [
    ("Irish Water, the national utility, had objected to the plan.", "Irish Water"),
    ("Scottish Power, the energy company, said bills would rise.", "Scottish Power"),
    ("Danish Crown, a cooperative group owned by farmers, cut jobs.", "Danish Crown"),
    ("American Water, the largest utility in the country, raised prices.", "American Water"),
    ("Norwegian Air, the budget airline, cancelled 40 flights.", "Norwegian Air"),
    ("Brazilian Steel, a state firm, shut two plants.", "Brazilian Steel"),
    ("Kenyan Tea, the growers' union, called a strike.", "Kenyan Tea"),
    ("Polish Post, the postal operator, raised its prices.", "Polish Post"),
    ("Chilean Copper, the mining company, said output fell.", "Chilean Copper"),
    ("Prices rose after Welsh Bread, the bakery chain, closed 30 shops.", "Welsh Bread"),
])
def test_a_demonym_and_noun_described_as_a_body_is_one_name(sentence: str, name: str) -> None:
    assert (name, AnswerKind.ORGANISATION) in _names(sentence)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Irish Smith, the famous actor, said nothing.", "Smith"),
    ("Mexican Jorge, the driver, said nothing.", "Jorge"),
    ("German Rail, which runs the trains, apologised.", "Rail"),
])
def test_a_demonym_without_a_bodys_apposition_stays_a_modifier(sentence: str, name: str) -> None:
    assert [found for found, _ in _names(sentence)] == [name]
