"""Reading clauses on new text (round 10): a past main verb after a relative clause without
commas, relative clauses after names and bare noun phrases, clauses after "until", "whether"
and "in which", a present timetable asked with "does" (sentences on many topics, and
sentences where nothing may be read)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from gen_support import date_qa

from quiz.generate.spans import span_question
from quiz.generate.syntax import find_clauses


def _read(text: str) -> list[tuple[str, str, str]]:
    """(subject, verb group, rest) of each clause of ``text``."""
    return [(c.subject, c.group.text, c.rest) for c in find_clauses(text)]


def _verbs(text: str) -> dict[str, str]:
    """The subject of each verb group of ``text``."""
    return {c.group.text: c.subject for c in find_clauses(text)}


@pytest.mark.parametrize(("text", "subject", "verb"), [
    # the sentence's verb is a simple past after the relative clause's object
    ("The region went through a similar emergency in 2024, when a drought that had lasted "
     "three years led to restrictions across the country.",
     "a drought that had lasted three years", "led"),
    ("A nurse who treated the patient tested positive on Friday.",
     "A nurse who treated the patient", "tested"),
    ("Prices rose after a storm that had battered the coast for days drove fishing boats into "
     "port.", "a storm that had battered the coast for days", "drove"),
    ("The striker who joined the club in May scored twice against his old team.",
     "The striker", "scored"),
    ("The court that heard the appeal last year refused to reopen the case.",
     "The court", "refused"),
    ("A lab which has tested the samples for years detected traces of lead.",
     "A lab which has tested the samples for years", "detected"),
])
def test_a_past_main_verb_after_a_relative_clause(text: str, subject: str, verb: str) -> None:
    assert _verbs(text).get(verb) == subject


@pytest.mark.parametrize(("text", "verb"), [
    # a participle describing the noun before it is no main verb
    ("The firm that supplied parts used in the engine declined to comment.", "used"),
    ("Officials said the money that was raised in March was spent on roads.", "raised"),
    ("An engineer who inspected the bridge built in 1930 said it was safe.", "built"),
])
def test_a_participle_after_a_relative_clause_is_no_main_verb(text: str, verb: str) -> None:
    assert verb not in _verbs(text)


@pytest.mark.parametrize(("text", "subject", "verb"), [
    # a name set off before ", who" or ", which" is what the relative clause is about
    ("Okafor, who scored twice in the final, was named player of the tournament.",
     "Okafor", "scored"),
    ("Kemora, which has operated the plant since 1974, employs about 900 people.",
     "Kemora", "has operated"),
    ("The record was set by Norway's Lars Berg, who has not raced since.", "Lars Berg",
     "has not raced"),
    ("Delgado, who chaired the inquiry, said the hospital had ignored repeated warnings.",
     "Delgado", "chaired"),
    ("In March, which is usually dry, the river burst its banks.", "March", "is usually"),
])
def test_a_relative_clause_after_a_name(text: str, subject: str, verb: str) -> None:
    assert _verbs(text).get(verb) == subject


@pytest.mark.parametrize(("text", "verb"), [
    # not a place the name is in, nor the second of two joined names, nor a post held
    ("The case was brought by retired teacher Declan Moran from Limerick, who said he had "
     "been targeted.", "said"),
    ("The award went to the widow of Peter Lund, who accepted it on his behalf.", "accepted"),
    ("Mount Kelud, which rises 1,731 metres above sea level, erupted in 2014.", "rises"),
    ("Col Ana Ruiz, who heads the fraud unit of the police, said two men were arrested.",
     "heads"),
])
def test_a_name_that_is_not_the_antecedent(text: str, verb: str) -> None:
    subject = _verbs(text).get(verb)
    assert subject is None or subject not in {"Limerick", "Peter Lund", "Mount Kelud",
                                              "Col Ana Ruiz"}


@pytest.mark.parametrize("text", [
    # ", which" about a whole act: no noun of the clause before is its subject
    "The bank raised rates in March, which triggered a sell-off in bonds.",
    "A player who joined the club in May scored twice, which delighted the fans.",
    "The council cut bus routes last year, which angered rural residents.",
    "The company recalled 2,000 cars in June, which cost it about $40 million.",
    "The government raised taxes in 2023, which hurt small firms across the country.",
])
def test_a_relative_clause_about_an_act_has_no_noun_subject(text: str) -> None:
    read = _read(text)
    last = text.rsplit(", which ", 1)[1].split()[0]
    assert not any(v.split()[0] == last for _, v, _ in read)


@pytest.mark.parametrize(("text", "subject", "verb"), [
    # a clause after "until", "once", "unless" or "whether" is read for its own subject
    ("Construction cannot resume until the heritage agency decides whether the walls stay.",
     "the heritage agency", "decides"),
    ("The shop stopped selling the drug on Monday, once an independent laboratory confirmed "
     "the results.", "an independent laboratory", "confirmed"),
    ("Shares fell amid doubts about whether the trial would succeed.", "the trial",
     "would succeed"),
    ("Flights will stay grounded unless the union calls off the strike.", "the union", "calls"),
    ("The match was delayed until the referee had checked the pitch.", "the referee",
     "had checked"),
])
def test_a_clause_after_until_once_unless_whether(text: str, subject: str, verb: str) -> None:
    assert _verbs(text).get(verb) == subject


@pytest.mark.parametrize(("text", "wrong"), [
    # the noun after a complementiser "that" is a subject, not a present verb, and ", which
    # means" is about the whole act: neither is read as a verb
    ("The chamber warned that retailers were still recovering.", "retailers"),
    ("Workers rejected a deal that employers refused to sign.", "employers"),
    ("Strains change often, which means the vaccine may need updating.", "means"),
])
def test_no_verb_is_read_from_a_noun_or_an_act(text: str, wrong: str) -> None:
    assert not any(v.split()[0] == wrong for _, v, _ in _read(text))


def test_an_adverb_after_a_relative_pronoun_is_no_subject() -> None:
    read = _read("Redwater, a group that already owns stakes in two clubs, bought the club.")
    assert not any(s == "already" for s, _, _ in read)


@pytest.mark.parametrize(("text", "wrong"), [
    # a "do" standing for a verb left out, a noun after its adjective, a phrase after "to
    # stay": none is a clause's subject and verb
    ("Hotels use three times as much water per guest as residents do per person.",
     "much water per guest as residents"),
    ("Talks began after an earlier bid from a rival group collapsed in May.", "an earlier"),
    ("Fishermen were told to stay in port until Thursday, which would cost them dearly.",
     "in port until Thursday"),
    ("Patients were asked to wait at home until Friday, which angered many of them.",
     "at home until Friday"),
    ("Visitors spend more on food than locals do on rent.", "locals"),
])
def test_no_subject_is_read_from_an_ellipsis_or_a_phrase(text: str, wrong: str) -> None:
    assert not any(s == wrong for s, _, _ in _read(text))


def test_the_noun_after_an_adjective_keeps_its_phrase() -> None:
    assert _verbs("Talks began after an earlier bid from a rival group collapsed in May.").get(
        "collapsed") == "an earlier bid from a rival group"


@pytest.mark.parametrize(("text", "subject", "verb"), [
    # a relative clause after a bare noun phrase opening the sentence, and one whose verb is
    # a plural present
    ("Cruise operators and care homes, which are hit hard by outbreaks, welcomed the results.",
     "Cruise operators and care homes", "are hit"),
    ("Dairy prices, which account for a quarter of exports, have fallen.", "Dairy prices",
     "account"),
    ("Smaller clubs, which rely on ticket sales, will suffer most.", "Smaller clubs", "rely"),
    ("Rural schools, which serve fewer than 50 pupils each, face closure.", "Rural schools",
     "serve"),
    ("Night buses, which carry about 9,000 people a week, were cut in May.", "Night buses",
     "carry"),
])
def test_a_relative_clause_after_a_bare_opening_noun_phrase(text: str, subject: str,
                                                            verb: str) -> None:
    assert _verbs(text).get(verb) == subject


@pytest.mark.parametrize("text", [
    "Overall, which is rare, prices fell.",
    "Last year, which was the hottest on record, crops failed.",
    "Separately, which surprised many, the board resigned.",
])
def test_an_opening_adverb_or_time_is_no_antecedent(text: str) -> None:
    assert all(s[0].islower() or s.split()[0] not in {"Overall", "Last", "Separately"}
               for s, _, _ in _read(text))


@pytest.mark.parametrize(("text", "subject", "verb"), [
    # after a preposition and a relative pronoun the clause's own subject follows
    ("The dispute ended with a compromise in which payments were phased in over four years.",
     "payments", "were phased"),
    ("The company cited a 2024 scheme in which a group of drivers used fake apps.",
     "a group of drivers", "used"),
    ("It was the first final in which both teams scored twice.", "both teams", "scored"),
])
def test_a_clause_after_a_preposition_and_a_relative(text: str, subject: str,
                                                     verb: str) -> None:
    assert _verbs(text).get(verb) == subject


@pytest.mark.parametrize(("text", "subject", "verb"), [
    # a participle right after a preposition describes a noun: the verb comes later
    ("A review of exemptions for disabled drivers will be published in March.",
     "A review of exemptions for disabled drivers", "will be published"),
    ("A shortage of trained nurses has closed two wards.", "A shortage of trained nurses",
     "has closed"),
    ("Sales of frozen food rose by 8% last year.", "Sales of frozen food", "rose"),
])
def test_a_participle_after_a_preposition_is_no_verb(text: str, subject: str,
                                                      verb: str) -> None:
    assert _verbs(text).get(verb) == subject


_PUBLISHED = dt.date(2026, 7, 2)  # a Thursday


@pytest.mark.parametrize(("text", "asked", "answer"), [
    # a timetable told in the present is asked with "does"
    ("The Tour begins on Saturday with a time trial in Barcelona.",
     "On what date does the Tour begin with a time trial in Barcelona?", "4 July 2026"),
    ("The exhibition opens on Friday at the National Gallery.",
     "On what date does the exhibition open at the National Gallery?", "3 July 2026"),
    ("The contract expires in June 2027.", "When does the contract expire?", "June 2027"),
    ("The festival ends on 12 July with a concert in the park.",
     "On what date does the festival end with a concert in the park?", "12 July 2026"),
    ("The new bridge reopens to traffic in September 2026.",
     "When does the new bridge reopen to traffic?", "September 2026"),
])
def test_a_present_timetable_is_asked_with_does(text: str, asked: str, answer: str) -> None:
    # the dates' own fixture reader (date_presents) may answer first, with the clause cut
    # after its verb ("On what date does the Tour begin?"): either question is sound
    short = re.sub(r"^(On what date|When) (does (?:the|a|an) [\w ]+? \w+?) (?:with|at|to) .*\?$",
                   r"\1 \2?", asked)
    assert {(asked, answer), (short, answer)} & set(date_qa(text, _PUBLISHED))


@pytest.mark.parametrize(("text", "wrong"), [
    # a noun ("the start"), a base form after a modal, a plural present (whose day would be
    # read as past)
    ("The season start was delayed until 12 March.", "does the season"),
    ("The museum will open in May 2027 after a long delay.", "does the museum"),
    ("Talks between the two sides begin on Monday in Geneva.", "do talks"),
])
def test_no_timetable_question_from_a_noun_or_base_form(text: str, wrong: str) -> None:
    assert not any(wrong in q for q, _ in date_qa(text, _PUBLISHED))


def _asked(text: str, span: str) -> str | None:
    at = text.index(span)
    found = span_question(text, at, at + len(span), "When", "When")
    return found.question if found else None


@pytest.mark.parametrize(("text", "span", "asked"), [
    # an adverb between an auxiliary and its participle leaves the participle the clause's
    # verb, whatever agent follows the date
    ("The fault was first reported last month by a passenger on the night train.",
     "last month", "When was the fault first reported by a passenger on the night train?"),
    ("The leak was only noticed on Sunday by a neighbour walking her dog.", "on Sunday",
     "When was the leak only noticed by a neighbour walking her dog?"),
    ("The painting was finally returned in 2019 by a private collector in Vienna.", "in 2019",
     "When was the painting finally returned by a private collector in Vienna?"),
])
def test_an_adverb_before_a_passive_participle(text: str, span: str, asked: str) -> None:
    assert _asked(text, span) == asked


def test_a_participle_describing_a_noun_is_still_asked_as_one() -> None:
    # ("the increase recommended last month by the commission": the recommending's date)
    asked = _asked("Ministers rejected the increase recommended last month by the commission.",
                   "last month")
    assert asked is None or "did ministers reject" not in asked


@pytest.mark.parametrize(("text", "subject", "verb"), [
    # an adverb of time between the subject and its verb belongs to the verb group
    ("The Coffee Exporters Association now expects shipments to fall.",
     "The Coffee Exporters Association", "now expects"),
    ("The firm currently employs 900 people in Cork.", "The firm", "currently employs"),
    ("The company today announced 300 job cuts.", "The company", "today announced"),
    ("Regulators now require two pilots on every flight.", "Regulators", "now require"),
    ("The plan now needs approval from the ministry.", "The plan", "now needs"),
])
def test_an_adverb_of_time_before_the_verb(text: str, subject: str, verb: str) -> None:
    assert _verbs(text).get(verb) == subject


@pytest.mark.parametrize(("text", "subject", "verb"), [
    # a present verb of change at the clause's end or before what measures it
    ("Veltrix is cutting jobs as demand for its software falls.", "demand for its software",
     "falls"),
    ("Prices are rising as demand grows.", "demand", "grows"),
    ("Inflation rises to 4% in March, the statistics office forecasts.", "Inflation", "rises"),
    ("Fares will go up when the subsidy shrinks by half.", "the subsidy", "shrinks"),
])
def test_a_present_verb_of_change(text: str, subject: str, verb: str) -> None:
    assert _verbs(text).get(verb) == subject


def test_a_plural_noun_of_change_is_no_verb() -> None:
    assert _verbs("Price increases were announced on Monday.").get(
        "were announced") == "Price increases"


@pytest.mark.parametrize(("text", "span", "asked"), [
    # the clause a date belongs to: cut before "so that", opened after ", as" and ", and",
    # a range "to plus 9C" no infinitive, a relative clause inside a reported subject
    ("The park closed to visitors on Friday so that keepers could search the woods.",
     "on Friday", "When did the park close to visitors?"),
    ("Officials blamed a rapid thaw, as temperatures rose to plus 9C over four days last week.",
     "last week", "When did temperatures rise to plus 9C over four days?"),
    ("The council set up an inquiry, and prosecutors opened a criminal case on Sunday into "
     "the collapse.", "on Sunday", "When did prosecutors open a criminal case into the collapse?"),
    ("The jobless rate climbed from 2% to nearly 5% in March.", "in March",
     "When did the jobless rate climb from 2% to nearly 5%?"),
    ("A horse that escaped from the stables has been found in a field, police said on Monday.",
     "on Monday", "When did police say that a horse that escaped from the stables had been "
     "found in a field?"),
])
def test_the_clause_a_date_belongs_to(text: str, span: str, asked: str) -> None:
    assert _asked(text, span) == asked


@pytest.mark.parametrize(("text", "span"), [
    # a clause after ", and" whose subject points back is not asked on its own
    ("The regulator opened an inquiry in May, and a spokeswoman said on Thursday that it was "
     "continuing.", "on Thursday"),
    ("Campaigners have long called for a ban, and those calls grew louder on Friday.",
     "on Friday"),
])
def test_a_clause_pointing_back_after_and_is_not_asked(text: str, span: str) -> None:
    asked = _asked(text, span)
    assert asked is None or not asked.startswith(("When did a ", "When did those", "When did the"))


@pytest.mark.parametrize(("text", "span"), [
    # a clause joined by "and" whose subject is a bare number names nothing to ask about
    ("Two people were confirmed dead and three were still missing on Monday morning.",
     "on Monday morning"),
    ("Four climbers were rescued and two were still unaccounted for on Sunday.", "on Sunday"),
])
def test_a_bare_number_subject_is_not_asked(text: str, span: str) -> None:
    asked = _asked(text, span)
    assert asked is None or " dead and " not in asked and " rescued and " not in asked and \
        not asked.startswith(("When were three", "When were two"))


def test_a_passive_reporting_verb_does_not_end_the_clause() -> None:
    asked = _asked("The disease was declared eliminated in Canada in 1998.", "in 1998")
    assert asked == "When was the disease declared eliminated in Canada?"


@pytest.mark.parametrize(("text", "span", "asked"), [
    # a place given between commas after an opening time does not end the clause
    ("Earlier this year, a similar discovery in Silves, in the Algarve, forced the council to "
     "move a school.", "Earlier this year",
     "When did a similar discovery in Silves force the council to move a school?"),
    ("On Monday, the festival in Ayr, in Scotland, was cancelled.", "On Monday",
     "When was the festival in Ayr cancelled?"),
    ("Last week, a bakery in Leith, near Edinburgh, was fined for hygiene breaches.",
     "Last week", "When was a bakery in Leith fined for hygiene breaches?"),
])
def test_a_place_aside_after_an_opening_time(text: str, span: str, asked: str) -> None:
    assert _asked(text, span) == asked


@pytest.mark.parametrize(("text", "span", "asked"), [
    # a rough number opening the subject is no introductory phrase, and a part of it given in
    # apposition ("many of them islanders") is skipped
    ("About 500 volunteers, many of them islanders, turned out on Tuesday to collect debris.",
     "on Tuesday", "When did about 500 volunteers turn out to collect debris?"),
    ("About 200 people attended the vigil on Sunday.", "on Sunday",
     "When did about 200 people attend the vigil?"),
    ("Twelve players, three of them teenagers, were selected on Monday.", "on Monday",
     "When were Twelve players selected?"),
    ("Around 40 firefighters tackled the blaze on Friday night.", "on Friday night",
     "When did around 40 firefighters tackle the blaze?"),
])
def test_a_rough_number_opening_the_subject(text: str, span: str, asked: str) -> None:
    assert _asked(text, span) == asked


@pytest.mark.parametrize(("text", "asked"), [
    # a verb whose past is its base, after a name and before a bare noun, is the verb (it was
    # read as a participle: "On what date was Canada cut interest rates?")
    ("The Bank of Canada cut interest rates to 3% on Thursday.",
     "On what date did the Bank of Canada cut interest rates to 3%?"),
    ("The Bank of Canada cut rates on Thursday.", "On what date did the Bank of Canada cut rates?"),
    ("The Ministry of Health set limits on imports on Monday.",
     "On what date did the Ministry of Health set limits on imports?"),
])
def test_a_same_form_past_after_a_name_is_the_verb(text: str, asked: str) -> None:
    assert [q for q, _ in date_qa(text, _PUBLISHED)] == [asked]


def test_a_same_form_noun_after_a_name_stays_a_noun() -> None:
    assert all(" did the Brexit cut " not in q for q, _ in date_qa(
        "The Brexit cut to funding was announced on Monday.", _PUBLISHED))
