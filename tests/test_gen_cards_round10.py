"""Cards, round 10: figures the generator did not read (a finishing place and a rank, an age
in commas, a count "the number of ..." names, "its 870 stores", a share before "and", a
margin "three to one") and the cards no strict reader accepts (a word stranded between the
auxiliary and the subject, a verb where the subject should be, an "of" phrase cut from its
noun, "___ a week" for "seven days", a quotation of "he", the story's own company as the
speaker of a sentence that names nobody else)."""

from __future__ import annotations

import pytest

from quiz.generate.card_cloze import cloze_question
from quiz.generate.figures import figure_facts
from quiz.generate.question_checks import well_formed
from quiz.generate.facts import AnswerKind, Fact, Sentence
from quiz.model import Category
from tests.gen_support import article


def _figures(*texts: str) -> dict[str, Fact]:
    return {fact.answer: fact for fact in figure_facts(article(*texts))}


# -- figures that were not read ------------------------------------------------------------


@pytest.mark.parametrize(("text", "answer"), [
    ("The Kenyan runner, who finished fifth in Boston last spring, withdrew on Monday.", "fifth"),
    ("Ferrari's driver came second in Monza after a late safety car.", "second"),
    ("The university is ranked ninth in the country for medicine.", "ninth"),
    ("Norfolk Bank, Britain's third-largest lender, cut 400 jobs on Tuesday.", "third-largest"),
    ("The festival, the country's second-biggest, drew 80,000 visitors.", "second-biggest"),
])
def test_a_finishing_place_or_a_rank_is_a_figure(text: str, answer: str) -> None:
    assert answer in _figures(text)


@pytest.mark.parametrize("text", [
    "The second half was goalless.",
    "The first reading of the bill passed on Monday.",
    "Safety came before speed, the engineer said.",
])
def test_an_ordinal_without_a_rank_is_no_figure(text: str) -> None:
    assert not any(f.kind is AnswerKind.ORDINAL for f in _figures(text).values())


@pytest.mark.parametrize(("texts", "question", "answer"), [
    (("Striker Lena Okafor has signed for Lyon.", "Okafor, 24, scored 31 goals last season."),
     "How old is Lena Okafor?", "24"),
    (("Judge Mark Delaney, 61, adjourned the trial until May.",
      "Delaney said the defence needed more time."), "How old is Mark Delaney?", "61"),
    (("Nurse Maria Lopez, 34, said the ward had been understaffed for months.",
      "Lopez has worked there since 2015."), "How old is Maria Lopez?", "34"),
])
def test_an_age_in_commas_after_a_person_is_asked(texts: tuple[str, ...], question: str,
                                                  answer: str) -> None:
    fact = _figures(*texts)[answer]
    assert fact.question == question
    assert "27 years old" not in fact.accept and f"{answer} years old" in fact.accept


@pytest.mark.parametrize("texts", [
    ("The victim, Jan Novak, 71, died at the scene.",),  # a death: no longer his age
    ("The Rovers, 12, were top of the table.",),  # no person the article shows
])
def test_an_age_is_not_asked_of_the_dead_or_of_no_person(texts: tuple[str, ...]) -> None:
    assert not any(f.question.startswith("How old") for f in _figures(*texts).values())


@pytest.mark.parametrize("text", [
    "On Tuesday, 14, people gathered outside the court.",
    "The scores were Leeds, 12, York, 9, and Hull, 4.",
])
def test_numbers_in_commas_that_are_no_ages(text: str) -> None:
    assert not any(f.question.startswith("How old") for f in _figures(text).values())


@pytest.mark.parametrize(("text", "answer"), [
    ("The ministry said the number of new infections had dropped to 312 by Friday.", "312"),
    ("The crash brings to seven the number of cyclists killed on the road this year.", "seven"),
    ("Officials said the number of measles cases had risen to more than 40.", "more than 40"),
])
def test_a_bare_number_counts_what_the_number_of_names(text: str, answer: str) -> None:
    assert answer in _figures(text)


@pytest.mark.parametrize(("texts", "answer", "found"), [
    (("The chain sells the drug at its 870 stores in Ontario.",), "870", True),
    (("In the poll, 54% of the 19,400 respondents opposed the charge.",), "19,400", True),
    (("The airline flies its two aircraft to Crete.",), "two", False),  # points back
    # a figure the article stated before is no new figure
    (("The recall covers 12 batches.", "The 12 batches were sold in May."), "12", True),
])
def test_a_large_number_after_its_or_the_states_a_count(texts: tuple[str, ...], answer: str,
                                                         found: bool) -> None:
    facts = figure_facts(article(*texts))
    assert (answer in {f.answer for f in facts}) is found
    assert sum(f.answer == answer for f in facts) <= 1


@pytest.mark.parametrize(("text", "answer"), [
    ("The mayor said the plan would cut traffic by around a quarter and raise £28 million.",
     "around a quarter"),
    ("Voters rejected the tax in 2005 by almost three to one, the council said.",
     "almost three to one"),
    ("Members backed the strike by two to one.", "two to one"),
])
def test_a_share_before_and_and_a_margin_as_a_ratio(text: str, answer: str) -> None:
    assert answer in _figures(text)


# -- questions no strict reader accepts -----------------------------------------------------


def _asked(question: str, text: str = "Some sentence.") -> Fact:
    return Fact(category=Category.FIGURE, kind=AnswerKind.AMOUNT, article="a.txt",
                sentence=Sentence(0, text), question=question, answer="€1 billion",
                value="1e9")


@pytest.mark.parametrize("question", [
    "How much has then the government spent on desalination?",
    "How much has 2019 the government spent on schools?",
    "Why did also the court reject the appeal?",
    "When will call the company's helpline be open?",
    "Why did say the minister the tax was needed?",
    "How many batches does the recall cover of MapleCare's own-brand tablets?",
])
def test_ungrammatical_questions_are_not_asked(question: str) -> None:
    assert not well_formed(_asked(question))


@pytest.mark.parametrize("question", [
    "How much has the government spent on desalination?",
    "What is now the largest bank in Norway?",
    "Who will call the meeting of the board?",
    "When will the helpline be open?",
    "How many homes did the storm of March 2019 destroy in Lisbon?",
    "What did the minister think of the plan?",
])
def test_sound_questions_stay(question: str) -> None:
    assert well_formed(_asked(question))


@pytest.mark.parametrize(("text", "answer", "asked"), [
    ("Since then the government has spent €1.1 billion on desalination, officials said.",
     "€1.1 billion", "How much has the government spent on desalination?"),
    ("Since 2019 the club has paid €40 million for new players.", "€40 million",
     "How much has the club paid for new players?"),
])
def test_a_time_after_since_is_no_part_of_the_subject(text: str, answer: str,
                                                      asked: str) -> None:
    assert _figures(text)[answer].question == asked


@pytest.mark.parametrize(("text", "answer"), [
    ("The recall covers 12 batches of MapleCare's tablets in 80 mg and 160 mg doses.", "12"),
    ("The council will spend £4m on roads and water recycling.", "£4m"),
])
def test_a_question_that_would_drop_half_a_pair_is_not_written(text: str, answer: str) -> None:
    assert not _figures(text)[answer].question


# -- give-away and quotation clozes -------------------------------------------------------


def _cloze(answer: str, text: str) -> str | None:
    return cloze_question(_figures(text)[answer])


@pytest.mark.parametrize(("text", "answer"), [
    ("Patients can call the helpline, which will be open seven days a week until June.",
     "seven days"),
    ("The emergency ward will be staffed 24 hours a day during the outbreak.", "24 hours"),
    ("The airport now runs flights 365 days a year after the upgrade.", "365 days"),
])
def test_a_duration_that_fills_its_period_is_no_cloze(text: str, answer: str) -> None:
    assert _cloze(answer, text) is None


def test_a_shorter_duration_per_period_is_still_a_cloze() -> None:
    assert _cloze("six days", "The library will be open six days a week from March.") == \
        "The library will be open ___ a week from March."


@pytest.mark.parametrize("text", [
    '"Families deserve to know why it took two weeks to act," he said in parliament.',
    '"We waited three hours for an ambulance," she told reporters outside the hospital.',
])
def test_a_gap_in_the_quotation_of_a_pronoun_is_no_cloze(text: str) -> None:
    [fact] = figure_facts(article(text))
    assert cloze_question(fact) is None


def test_a_gap_in_the_quotation_of_a_named_speaker_stays() -> None:
    text = '"Families deserve to know why it took two weeks to act," Mark Delaney said.'
    assert cloze_question(_figures(text)["two weeks"]) is not None


@pytest.mark.parametrize(("text", "answer", "asked"), [
    ("Two miners have been killed and three others injured after the roof collapsed.", "Two",
     "How many miners have been killed?"),
    ("The foundation has pledged 2.5 million euros for the dig and for a visitor centre.",
     "2.5 million euros",
     "How much has the foundation pledged for the dig and for a visitor centre?"),
])
def test_a_pair_the_question_keeps_or_leaves_whole(text: str, answer: str, asked: str) -> None:
    assert _figures(text)[answer].question == asked


@pytest.mark.parametrize("text", [
    "The safety of our patients comes first, the chief pharmacist said.",
    "Safety came first in every decision the board made.",
])
def test_comes_first_is_a_saying_not_a_rank(text: str) -> None:
    assert not any(f.kind is AnswerKind.ORDINAL for f in _figures(text).values())


@pytest.mark.parametrize(("texts", "question"), [
    (("The housing charity Shelterline said on Monday that 4,000 families were homeless.",
      "Former mayor of Leeds Anna Berg, 52, now runs the charity.",
      "Berg said the numbers had doubled."), "How old is Anna Berg?"),
    (("Among those in court was Mohamed El Amrani, 41, a driver for six years.",
      "El Amrani said he would appeal."), "How old is Mohamed El Amrani?"),
])
def test_the_age_question_names_the_person_only(texts: tuple[str, ...], question: str) -> None:
    assert question in {f.question for f in _figures(*texts).values()}


def test_a_surname_two_people_share_is_not_resolved() -> None:
    facts = _figures("Anna Berg and Jonas Berg run the bakery.", "Berg, 52, opened it in 1998.")
    assert not any(f.question.startswith("How old") for f in facts.values())


# -- the story's own subject as the speaker of a sentence that names nobody else ------------


_RECALL = """Pharmacy chain recalls tablets

Tidewell Pharmacy is recalling 40,000 packs of a heart medicine after tests found an impurity.
Tidewell said on Monday that it had stopped selling the product in March.
Tidewell said customers could exchange their tablets for another brand free of charge.
Tidewell said it had suspended all orders from Orbis Chemicals pending an investigation.
The regulator, Health Watch, said the risk to patients was low.
"""


def _subject_gap(cloze: str) -> bool:
    from types import SimpleNamespace

    from quiz.generate.questions import _story_subject_alone

    sentences = [line for line in _RECALL.splitlines()[2:] if line]
    fact = Fact(category=Category.ACTOR, kind=AnswerKind.ORGANISATION, article="a.txt",
                sentence=Sentence(3, sentences[2]), question="", answer="Tidewell",
                value="Tidewell")
    pool = SimpleNamespace(sentences={"a.txt": set(sentences)})
    return _story_subject_alone(cloze, fact, pool)  # type: ignore[arg-type]


@pytest.mark.parametrize(("cloze", "dropped"), [
    ("___ said customers could exchange their tablets for another brand free of charge.", True),
    ("___ said on Monday that it had stopped selling the product in March.", True),
    # another name in the sentence: the gap has a rival
    ("___ said it had suspended all orders from Orbis Chemicals pending an investigation.",
     False),
    # what the actor did is asked, not only who spoke
    ("___ is recalling 40,000 packs of a heart medicine after tests found an impurity.", False),
])
def test_the_story_subject_is_no_gap_of_a_sentence_naming_nobody_else(cloze: str,
                                                                       dropped: bool) -> None:
    assert _subject_gap(cloze) is dropped


# -- the general grammar gate on every card type -------------------------------------------


@pytest.mark.parametrize("question", [
    "When did heavy rain expect could turn loose ash into lahars?",
    "Why did officials said would the bridge close?",
    "In what year was several European governments awarded?",
    "How many doses of the vaccine did Half receive?",
    "Which court did Most judges criticise?",
    "Who had its board accepted an offer from?",
    "Which organisation has founded the company in 1987?",
    "Who has opened the bridge last year?",
    "On what date were dead and three still missing?",
    "In what month could exports fall by a quarter in the season ending?",
    "Why would the seedlings take three years, according to the Kampala-based?",
])
def test_the_grammar_gate_drops_garbled_questions(question: str) -> None:
    assert not well_formed(_asked(question))


@pytest.mark.parametrize("question", [
    "Who said the storm could turn loose ash into lahars?",
    "Whose victory did Indian chess officials say would boost the game at home?",
    "In what year were several European governments fined?",
    "Which clubs had their licences revoked?",
    "How many bridges has the city opened since 2019?",
    "When did the team based in Leeds win the cup?",
    "Why did the firm close in May?",
    "When were residents evacuated?",
    "When was rice rationed in the city?",
    "Why had the government been informed and the police called?",
])
def test_the_grammar_gate_keeps_sound_questions(question: str) -> None:
    assert well_formed(_asked(question))


def _cause(question: str, answer: str, text: str, accept: tuple[str, ...] = ()) -> Fact:
    return Fact(category=Category.CAUSE, kind=AnswerKind.CAUSE, article="a.txt",
                sentence=Sentence(0, text), question=question, answer=answer, accept=accept,
                value=answer)


@pytest.mark.parametrize(("answer", "text"), [
    ("its huge", "The group had been drawn to the club by its huge fan base."),
    ("to and from Manado", "Two airlines cancelled 26 flights to and from Manado."),
    ("to rescue a private business that was badly",
     "Public money will not be used to rescue a private business that was badly run."),
    ("the increase would force many bars",
     "The federation walked out because the increase would force many bars to close."),
    ("so that the smallest islands",
     "The ministry will requisition two ships so that the smallest islands, some served by no "
     "other ferry, would not be cut off."),
])
def test_cut_cause_answers_are_not_asked(answer: str, text: str) -> None:
    assert not well_formed(_cause("Why did it happen in the story of the ferries?", answer, text))


def test_a_purpose_of_two_predicates_is_not_asked_but_a_reason_is() -> None:
    asked = "Why had the government been informed on Monday and would work with the company?"
    text = ("The government had been informed on Monday and would work with the company to "
            "limit losses.")
    assert not well_formed(_cause(asked, "to limit losses", text))
    text = ("The group had instructed lawyers and would seek a review because the council had "
            "failed to consult residents.")
    asked = "Why had the group instructed lawyers and would seek a review?"
    assert well_formed(_cause(asked, "the council had failed to consult residents", text))


def test_a_possessive_cause_answer_told_whose_stays() -> None:
    text = "His exclusion has forced the team to rebuild its plans around Andrés Molina."
    asked = "What has forced the team to rebuild its plans around Andrés Molina?"
    assert not well_formed(_cause(asked, "His exclusion", text))
    assert well_formed(_cause(asked, "His exclusion", text, ("Aldridge's exclusion",)))


@pytest.mark.parametrize(("question", "repaired_question"), [
    ("Why did an earlier bid from a Gulf-backed group collapsed in September?",
     "Why did an earlier bid from a Gulf-backed group collapse in September?"),
    ("Why did the talks stalled on Monday?", "Why did the talks stall on Monday?"),
])
def test_a_past_tense_after_did_is_repaired(question: str, repaired_question: str) -> None:
    from quiz.generate.question_repairs import repaired

    fact = _cause(question, "concerns about its funds", "Some sentence.")
    assert repaired(fact, lambda: "").question == repaired_question


def test_a_cause_cut_before_its_verb_is_read_to_the_clause_end() -> None:
    from quiz.generate.question_repairs import repaired

    text = ("The ministry will requisition two ships so that the smallest islands, some served "
            "by no other ferry, would not be cut off before May.")
    fact = _cause("Why will the ministry requisition two ships?", "so that the smallest islands",
                  text)
    assert repaired(fact, lambda: "").answer == (
        "so that the smallest islands, some served by no other ferry, would not be cut off "
        "before May")


def test_a_question_ending_on_half_a_list_is_not_asked() -> None:
    text = ("The council voted for a £5 charge for cars entering a zone bounded by the Meadows, "
            "Leith Walk and Haymarket on weekdays.")
    asked = _asked("Which organisation voted for a charge for cars entering a zone bounded by "
                   "the Meadows?", text)
    assert not well_formed(asked)


# -- standings, capacities, parts of a named whole, ages before a name ---------------------


@pytest.mark.parametrize(("text", "answer"), [
    ("Rovers, who are 14th in the 24-team league, sacked their manager.", "14th"),
    ("After the defeat the side sit 11th in the table, six points adrift.", "11th"),
    ("The hospital is ranked third in the country for cancer care.", "third"),
    ("Haile Gebru was third in 2:03:50.", "third"),
])
def test_a_standing_after_a_verb_of_being_is_a_rank(text: str, answer: str) -> None:
    assert answer in _figures(text)


@pytest.mark.parametrize("text", [
    "Safety is first in every plan we make, the engineer said.",
    "The second reading is on Monday.",
])
def test_first_after_is_and_a_bare_ordinal_are_no_rank(text: str) -> None:
    assert not any(f.kind is AnswerKind.ORDINAL for f in _figures(text).values())


@pytest.mark.parametrize(("text", "answer"), [
    ("The 420-space car park was approved in 2023.", "420-space"),
    ("A 120-room hotel will open on the seafront next spring.", "120-room"),
    ("The coastguard said at least 12 of the lost containers held hazardous materials.",
     "at least 12"),
    ("Floods have hit the valley in three of the past five years.", "three"),
])
def test_capacities_and_parts_of_a_named_whole_are_figures(text: str, answer: str) -> None:
    assert answer in _figures(text)


@pytest.mark.parametrize(("texts", "answer", "question"), [
    (("Seventeen-year-old Indian grandmaster Kavya Raman won the title on Sunday.",
      "Raman learned chess from her grandfather."), "Seventeen-year-old",
     "How old is Kavya Raman?"),
    (("The 34-year-old striker Lena Okafor has signed for Lyon.", "Okafor scored twice."),
     "34-year-old", "How old is Lena Okafor?"),
])
def test_an_age_before_a_name_is_asked(texts: tuple[str, ...], answer: str,
                                       question: str) -> None:
    fact = _figures(*texts)[answer]
    assert fact.question == question
    assert answer.split("-")[0] in fact.accept or answer.split("-")[0].lower() in \
        {a.lower() for a in fact.accept}


def test_an_age_of_nobody_named_is_no_figure() -> None:
    assert not _figures("A 45-year-old man was arrested on Monday.")


@pytest.mark.parametrize("question", [
    "What caused the independent panel concluded?",
    "What has prompted the regulator announced?",
])
def test_a_cause_question_ending_on_a_second_verb_is_not_asked(question: str) -> None:
    assert not well_formed(_asked(question))


# -- changes told by a named speaker, counts whose noun is left out ------------------------


@pytest.mark.parametrize(("text", "answer", "asked"), [
    ("Ellery said counter transactions had fallen by 61% between 2019 and 2025, while app use "
     "doubled.", "61%",
     "By how much had counter transactions fallen between 2019 and 2025, according to Ellery?"),
    ("Ana Silva said exports had slumped by 20% in 2024.", "20%",
     "By how much had exports slumped in 2024, according to Ana Silva?"),
    ("Uganda's coffee exports could fall by as much as a quarter this season.",
     "as much as a quarter", "By how much could Uganda's coffee exports fall this season?"),
])
def test_a_change_told_by_a_named_speaker_is_asked(text: str, answer: str, asked: str) -> None:
    assert _figures(text)[answer].question == asked


@pytest.mark.parametrize(("text", "answer"), [
    ("Two people were confirmed dead and three were still missing on Monday.", "three"),
    ("Four climbers were rescued and two remained on the mountain overnight.", "two"),
    ("Ember, a four-year-old female, was found in a garden in Wellow.", "four-year-old"),
])
def test_counts_whose_noun_is_left_out_and_ages_after_a_name(text: str, answer: str) -> None:
    assert answer in _figures(text)


def test_a_bare_count_after_and_without_a_counted_noun_is_no_figure() -> None:
    assert not _figures("The minister resigned and three were never replaced, she said.")


# -- a person of history is no speaker of a quotation ----------------------------------------


def test_a_person_named_only_beside_an_old_year_is_no_speaker_offered() -> None:
    from quiz.generate.distractors import _of_history
    from quiz.generate.questions import DistractorPool

    texts = ("The bathhouse was abandoned after the city was captured by Afonso Henriques in "
             "1147.", "Ines Valadares said the layer of debris helped preserve the structure.",
             "Carla Mendonça visited the site on Monday.")
    facts = [Fact(category=Category.ACTOR, kind=AnswerKind.PERSON, article="a.txt",
                  sentence=Sentence(i, text), question="Who is named?", answer=name,
                  value=name)
             for i, (text, name) in enumerate(zip(texts, ("Afonso Henriques", "Ines Valadares",
                                                          "Carla Mendonça")))]
    pool = DistractorPool.build(facts, {})
    asked = facts[1]
    assert _of_history("Afonso Henriques", asked, pool)
    assert not _of_history("Carla Mendonça", asked, pool)
