"""Round 13 actor rules on sentences of new shapes: kinds of people with a plural present verb,
coordinated kinds, place names in any alphabet, and the cards that must not be written."""

from __future__ import annotations

import pytest

from gen_support import actor_facts, actor_qa


def _answers(*texts: str) -> set[str]:
    return {answer for _, answer in actor_qa(*texts)}


def _asked(*texts: str) -> set[tuple[str, str]]:
    return {(q, a) for q, a in actor_qa(*texts) if q}


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Critics and some economists argue that the tax cut will mostly help the richest "
     "households.", "Who argues that the tax cut will mostly help the richest households?",
     "Critics and some economists"),
    ("Wildlife charities say the new fence has cut off the deer's migration route to the coast.",
     "Who says the new fence has cut off the deer's migration route to the coast?",
     "Wildlife charities"),
    ("The museum reopened in March, and conservation groups warn that the damp has damaged "
     "the frescoes.", "Who warns that the damp has damaged the frescoes?", "conservation groups"),
    ('"It is a disaster," one farmer said, and dairy farmers warn that milk prices will rise '
     "again.", "Who warns that milk prices will rise again?", "dairy farmers"),
    ("Doctors warn that the heatwave could overwhelm hospitals in the south.",
     "Who warns that the heatwave could overwhelm hospitals in the south?", "Doctors"),
    ("Police and firefighters evacuated 300 homes near the burning warehouse on Friday.",
     "Who evacuated 300 homes near the burning warehouse on Friday?", "Police and firefighters"),
])
def test_a_kind_of_people_with_a_plural_present_is_asked(text: str, question: str,
                                                         answer: str) -> None:
    assert (question, answer) in actor_qa(text)


@pytest.mark.parametrize(("text", "answer"), [
    ("Trophy hunting was banned in 2016, and farmers and some politicians blame the ban for "
     "the rise in encounters between bears and people.", "farmers and some politicians"),
    ("Farmers and some politicians blame the ban for the rise in encounters between bears "
     "and people.", "Farmers and some politicians"),
    ("LIMA, May 3 - Environmental groups expect the court to block the mine again in June.",
     "Environmental groups"),
    ("The law took effect in January; business groups claim it has already cost 4,000 jobs.",
     "business groups"),
    ("Opposition parties accuse the prime minister of hiding the true cost of the airport.",
     "Opposition parties"),
])
def test_a_kind_with_a_plural_present_is_at_least_a_cloze(text: str, answer: str) -> None:
    assert answer in _answers(text)


@pytest.mark.parametrize("text", [
    "Some farmers blame the drought for the poor harvest.",  # "some": anyone
    "Farmers blame the ban.",  # a bare kind, no word of its own
    "Our members say the reform is unfair.",
    "The two sides say they are close to a deal on the pipeline.",
    "Years and decades pass.",
    "Prices rose sharply, and shoppers say they cannot afford meat.",
])
def test_no_kind_is_read_where_none_acts(text: str) -> None:
    assert not {a for a in _answers(text) if a.lower().endswith(("farmers", "members", "sides",
                                                                  "decades", "shoppers"))}


@pytest.mark.parametrize(("text", "answer"), [
    ("Łódź city council approved a plan to close three primary schools.",
     "Łódź city council"),
    ("Brașov city council approved a plan to close three primary schools.",
     "Brașov city council"),
    ("Gdańsk city council voted on Wednesday to extend a ban on night-time alcohol sales in "
     "shops.", "Gdańsk city council"),
])
def test_a_place_in_any_alphabet_names_its_council(text: str, answer: str) -> None:
    assert any(q.startswith("Which council") and a == answer for q, a in actor_qa(text))
    assert answer in _answers(text)


@pytest.mark.parametrize("text", [
    "The cable's operator, Halvex Cable Ltd, said a fault was detected on Sunday about 120 "
    "kilometres off the coast of Efate, the island on which the capital, Port Vila, stands.",
    "Flooding cut off Kessel, a small town in the north of the province, for three days "
    "after the river burst its banks.",
    "The ferry sank near Lorwick, the largest port on the eastern coast, with 40 passengers "
    "on board.",
])
def test_a_place_described_is_no_actor(text: str) -> None:
    assert not {a for a in _answers(text) if a in {"Efate", "Kessel", "Lorwick"}}


def test_a_body_described_is_still_asked() -> None:
    assert ("What is the name of the charity that runs shelters for homeless teenagers in the "
            "capital?", "Verdana") in actor_qa(
        "The money was given to Verdana, a charity that runs shelters for homeless teenagers "
        "in the capital.")


@pytest.mark.parametrize("text", [
    "The authority says the change will reduce corruption, because conductors will no longer "
    "carry cash that police officers can demand as bribes at roadblocks.",
    "The new rules mean that landlords can evict tenants with only two weeks' notice.",
    "Under the deal, fishermen could keep half of their catch.",
])
def test_what_a_kind_can_do_is_not_gapped(text: str) -> None:
    assert not {a for a in _answers(text) if a.split()[-1] in {"officers", "landlords",
                                                                "fishermen"}}


def test_a_bare_kind_is_no_answer_where_the_article_names_the_people() -> None:
    first = ("Estonia will replace about 300,000 digital ID cards after researchers found a "
             "flaw in their chips that could allow criminals to copy the cards' security keys, "
             "the Police and Border Guard Board said on Wednesday.")
    named = ("The flaw was discovered in August by two researchers at the University of "
             "Tartu, Kadri Saar and Mihkel Tamm, who said exploiting it would require expensive "
             "equipment.")
    assert "researchers" not in {f.answer for f in actor_facts(first, named)}
    assert "researchers" in {f.answer for f in actor_facts(
        first, "The cards were made by the Franco-German supplier Veritek Systems.")}


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("The Romanian city of Brașov is replacing hundreds of rubbish bins with bear-proof "
     "containers, after brown bears were spotted in residential neighbourhoods.",
     "Which Romanian city is replacing hundreds of rubbish bins with bear-proof containers?",
     "Brașov"),
    ("The Dutch town of Zwolle banned cars from its historic centre on Monday.",
     "Which Dutch town banned cars from its historic centre on Monday?", "Zwolle"),
    ("The city of Lyon will spend 40 million euros on new cycle lanes over the next five "
     "years.", "Which city will spend 40 million euros on new cycle lanes over the next five "
     "years?", "Lyon"),
    ("The Italian island of Procida has introduced a daily cap on visitors during the summer.",
     "Which Italian island has introduced a daily cap on visitors during the summer?",
     "Procida"),
    ("The Norwegian town of Tromsø plans to charge cruise passengers a landing fee from 2026.",
     "Which Norwegian town plans to charge cruise passengers a landing fee from 2026?",
     "Tromsø"),
])
def test_a_town_that_acts_is_asked_by_its_kind(text: str, question: str, answer: str) -> None:
    assert (question, answer) in actor_qa(text)


@pytest.mark.parametrize("text", [
    "The village of Rast lies on the banks of the Danube.",
    "The town of Hallstatt was flooded by tourists last summer.",
    "The city of Seville recorded a temperature of 46C on Tuesday.",
    "The Spanish city of Valencia has 800,000 inhabitants.",
    "The Greek island of Rhodes saw thousands of tourists evacuated as fires spread.",
    "The Spanish city of Barcelona is home to the Sagrada Família.",
    "Aid was sent to the city of Mosul, where 40,000 people have lost their homes.",
])
def test_a_place_that_lies_or_undergoes_is_no_actor(text: str) -> None:
    assert not {a for a in _answers(text) if a in {"Rast", "Hallstatt", "Seville", "Valencia",
                                                   "Rhodes", "Barcelona", "Mosul"}}


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Last year, parliament voted to allow up to 500 bears a year to be culled in areas where "
     "they pose a danger to people.", "Which body voted to allow up to 500 bears a year to be "
     "culled in areas where they pose a danger to people?", "parliament"),
    ("Parliament voted to allow up to 500 bears a year to be culled.",
     "Which body voted to allow up to 500 bears a year to be culled?", "Parliament"),
    ("The cabinet agreed on Monday to raise the minimum wage by 8% from January.",
     "Which body agreed on Monday to raise the minimum wage by 8% from January?", "cabinet"),
])
def test_a_nation_s_one_legislature_alone_is_asked(text: str, question: str,
                                                   answer: str) -> None:
    assert (question, answer) in actor_qa(text)


@pytest.mark.parametrize("text", [
    "The Parliament building was evacuated after a bomb threat.",
    "The bill will now go to parliament, where the ruling coalition has a narrow majority.",
    "Its parliament voted to allow up to 500 bears a year to be culled.",
])
def test_a_legislature_is_not_read_where_it_does_not_act(text: str) -> None:
    assert not {a for a in _answers(text) if a.lower() in {"parliament", "its parliament"}}


@pytest.mark.parametrize(("text", "answer", "not_answer"), [
    ("Judge Nomvula Mbatha of the High Court in Bloemfontein, who delivered the ruling on "
     "Wednesday, said that the right to health care cannot be switched off.", "Nomvula Mbatha",
     "Bloemfontein"),
    ("Captain Lars Holm of the Norwegian coastguard, who led the rescue of 12 fishermen on "
     "Sunday, said the sea had been too rough for helicopters.", "Lars Holm",
     "Norwegian coastguard"),
    ("The rescue was led by Captain Lars Holm of the Norwegian coastguard, who has served for "
     "30 years.", "Lars Holm", "Norwegian coastguard"),
])
def test_who_after_a_person_of_a_body_is_the_person(text: str, answer: str,
                                                    not_answer: str) -> None:
    answers = _answers(text)
    assert answer in answers
    assert not_answer not in answers


def test_a_lone_legislature_is_not_gapped() -> None:
    assert "parliament" not in _answers(
        "Under a law passed by parliament in November, parents who refuse vaccination without "
        "a medical reason can be fined up to 5,000 lei.")


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("KRAKÓW, June 24 (PAP) - Kraków city council voted on Wednesday to extend a ban on "
     "night-time alcohol sales in shops to the whole city, after a trial in the historic centre "
     "was followed by a sharp fall in violence.", "Which city's council voted on Wednesday to "
     "extend a ban on night-time alcohol sales in shops to the whole city?", "Kraków"),
    ("Lyon city council voted on Wednesday to ban cars from the city centre on Sundays.",
     "Which city's council voted on Wednesday to ban cars from the city centre on Sundays?",
     "Lyon"),
    ("Lyon city council approved a plan to close three primary schools.",
     "Which council approved a plan to close three primary schools?", "Lyon city council"),
])
def test_a_council_whose_tier_its_act_names_is_asked_by_its_place(text: str, question: str,
                                                                  answer: str) -> None:
    assert (question, answer) in actor_qa(text)


@pytest.mark.parametrize(("texts", "answer"), [
    (("The film was financed by the Lagos production company Imole Studios.",
      "It stars Kelechi Obi-Johnson as the bride's mother, who tries to hide from 600 guests "
      "that the family has gone bankrupt."), "Kelechi Obi-Johnson"),
    (("The film stars Tilda Marsh as a retired detective who returns to solve one last case.",),
     "Tilda Marsh"),
    (("The series, starring Omar Haddad as the village doctor, was filmed in Morocco.",),
     "Omar Haddad"),
])
def test_who_plays_a_part_is_an_actor(texts: tuple[str, ...], answer: str) -> None:
    assert answer in {f.answer for f in actor_facts(*texts)}


def test_a_cast_of_bands_is_no_part() -> None:
    assert not _answers("The festival stars local bands as well as international acts.")


def test_two_kinds_joined_accuse() -> None:
    assert ("Who accuses the government of using the emergency law to silence critics?",
            "Opposition lawmakers and rights groups") in actor_qa(
        "Opposition lawmakers and rights groups accuse the government of using the emergency "
        "law to silence critics.")


@pytest.mark.parametrize("text", [
    "Schools and hospitals remain closed across the region.",
    "The rebels' demands include the release of 40 prisoners.",
    "Prices and wages rise together in most years.",
    "Officials and some residents hope the bridge will reopen before Christmas.",
])
def test_no_things_joined_act(text: str) -> None:
    assert not _answers(text)


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("SANTIAGO, Feb 23 (Reuters) - Chilean teenager Matías Fuenzalida, who entered the "
     "tournament on a wildcard, won the title on Sunday by beating top seed Lorenzo Bassi of "
     "Italy 6-4 3-6 7-6(5).", "Which top seed did Matías Fuenzalida beat to win the title on "
     "Sunday?", "Lorenzo Bassi"),
    ("Norwegian skier Ingrid Dahl won the sprint in Lahti by beating world champion Maja Novak "
     "by two tenths of a second.", "Which world champion did Ingrid Dahl beat to win the sprint "
     "in Lahti?", "Maja Novak"),
    ("Anna Berg reached the final after beating Lena Holm in straight sets.",
     "Whom did Anna Berg beat to reach the final?", "Lena Holm"),
])
def test_whom_a_winner_beat_is_asked(text: str, question: str, answer: str) -> None:
    assert (question, answer) in actor_qa(text)


@pytest.mark.parametrize("text", [
    "The club won the cup by beating Rovers 2-1.",
    "Prices rose after beating expectations.",
])
def test_no_one_beaten_without_a_named_winner(text: str) -> None:
    assert not {q for q, _ in actor_qa(text) if " beat " in q}
