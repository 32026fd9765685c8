"""Round 9: questions that lost the context their sentence gave them ("it", "the coalition",
"in practice", "these attacks"), distractors from unrelated stories, and small repairs."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quiz.generate.distractor_pool import looks_like
from quiz.generate.distractors import distractors
from quiz.generate.facts import AnswerKind, Fact, Sentence
from quiz.generate.question_checks import well_formed
from quiz.generate.question_context import loses_context
from quiz.generate.question_repairs import repaired
from quiz.generate.questions import DistractorPool, PlainNames
from quiz.model import Category


def _fact(question: str, sentence: str = "A sentence.", *, answer: str = "Anna Berg",
          kind: AnswerKind = AnswerKind.PERSON, category: Category = Category.ACTOR,
          article: str = "a.txt") -> Fact:
    return Fact(category=category, kind=kind, article=article, sentence=Sentence(0, sentence),
                question=question, answer=answer, value=answer)


@pytest.mark.parametrize("question, kind, lost", [
    # "it" with nothing on the card it can stand for
    ("Which groundsman found it under the old stand?", AnswerKind.PERSON, True),
    ("Who believes it was smuggled out of the lab by a former technician?",
     AnswerKind.PERSON, True),
    ("When was it reopened to traffic?", AnswerKind.YEAR, True),
    # "it" is the asked body, or something the card names before it
    ("Which insurer said it would appeal the ruling?", AnswerKind.ORGANISATION, False),
    ("Which club said it had sacked its manager?", AnswerKind.ORGANISATION, False),
    ("Which surgeon said the hospital had bought the scanner and tested it on volunteers?",
     AnswerKind.PERSON, False),
    ("When did Harlow Rail say it would cut 300 jobs?", AnswerKind.YEAR, False),
    ("Who said it was unclear whether the bridge would reopen?", AnswerKind.PERSON, False),
    # what is done "in practice" without what it is set against
    ("Which agency largely sets its own budget in practice?", AnswerKind.ORGANISATION, True),
    ("Which agency is nominally under the ministry but sets its own budget in practice?",
     AnswerKind.ORGANISATION, False),
])
def test_a_question_says_what_it_points_at(question: str, kind: AnswerKind,
                                           lost: bool) -> None:
    assert loses_context(_fact(question, kind=kind), question) is lost


def test_a_description_in_apposition_is_no_name_to_ask_about() -> None:
    sentence = ("Police raided offices linked to the Northern Front, a loose, Moscow-funded "
                "alliance of regional parties.")
    asked = _fact("Which country funds the alliance of regional parties?", sentence,
                  answer="Russia", kind=AnswerKind.COUNTRY)
    assert not well_formed(asked)
    named = _fact("Which country funds the Northern Front?", sentence, answer="Russia",
                  kind=AnswerKind.COUNTRY)
    assert well_formed(named)
    # an event a sentence introduces with "a" may be asked with "the"
    event = _fact("When was the two-day walkout by bus drivers?",
                  "The strike follows a two-day walkout by bus drivers in March.",
                  answer="March 2025", kind=AnswerKind.MONTH_YEAR, category=Category.DATE)
    assert well_formed(event)


@pytest.mark.parametrize("sentence, question, lost", [
    ("As a result of these cuts to rural routes, dozens of villages lost their only bus.",
     "What happened as a result of the cuts to rural routes?", True),
    ("The board said such delays were unacceptable.",
     "Which board said the delays were unacceptable?", True),
    # the question says which ones (the writer put back what "these" pointed at)
    ("These closures, announced without notice, angered parents.",
     "Why did the closures of three village schools anger parents?", False),
    ("Hundreds of patients waited longer as a result of these strikes.",
     "What happened to hundreds of patients as a result of the strikes by junior doctors?",
     False),
])
def test_a_question_does_not_copy_a_pointing_back_phrase(sentence: str, question: str,
                                                           lost: bool) -> None:
    fact = _fact(question, sentence, answer="x", category=Category.CAUSE)
    assert loses_context(fact, question) is lost


def test_a_possessive_without_its_person_is_not_asked() -> None:
    fact = _fact("After what event did his paintings fall out of favour?",
                 "His paintings fell out of favour after his death.", answer="his death",
                 category=Category.CAUSE, kind=AnswerKind.PERSON)
    assert not well_formed(fact)
    assert well_formed(_fact("Who won his third title in Madrid?", kind=AnswerKind.PERSON))


def test_a_rank_left_over_from_another_clause_is_not_asked() -> None:
    fact = _fact("Which country closed its last coal mine in 1994 and among the lowest in "
                 "Europe?", answer="Belgium", kind=AnswerKind.COUNTRY)
    assert not well_formed(fact)


@pytest.mark.parametrize("question, answer, fixed, fixed_answer", [
    ("Who is the a cardiologist at St Mary's Hospital?", "Omar Haddad",
     "Who is the cardiologist at St Mary's Hospital?", "Omar Haddad"),
    ("Why did rising sea temperatures are a threat to coral reefs?", "they cause bleaching",
     "Why are rising sea temperatures a threat to coral reefs?", "they cause bleaching"),
    ("Why did the airline attribute the delays?", "to a shortage of air traffic controllers",
     "What did the airline attribute the delays to?", "a shortage of air traffic controllers"),
    ("Why has the coach credited the win?", "to the team's defence",
     "What has the coach credited the win to?", "the team's defence"),
])
def test_small_repairs(question: str, answer: str, fixed: str, fixed_answer: str) -> None:
    category = Category.ACTOR if question.startswith("Who") else Category.CAUSE
    fact = repaired(_fact(question, answer=answer, category=category), lambda: "")
    assert (fact.question, fact.answer) == (fixed, fixed_answer)


def test_a_nation_is_no_person_to_choose() -> None:
    assert not looks_like(AnswerKind.PERSON, "Costa Ricans")
    assert not looks_like(AnswerKind.PERSON, "Kenyans")
    assert looks_like(AnswerKind.PERSON, "Rhys Evans")


def _country_fact(article: str, sentence: str, answer: str, question: str = "") -> Fact:
    return _fact(question, sentence, answer=answer, kind=AnswerKind.COUNTRY, article=article)


def test_no_country_of_an_unrelated_story_is_offered() -> None:
    asked = _country_fact("rail.txt", "Austria's transport ministry ordered checks on the "
                          "sleeper trains to Italy.", "Austria",
                          "Which country's transport ministry ordered checks on the sleeper "
                          "trains?")
    others = [_country_fact("vote.txt", "Chile held a run-off on Sunday.", "Chile"),
              _country_fact("fish.txt", "Iceland banned the nets.", "Iceland"),
              _country_fact("tax.txt", "Peru raised its fuel tax.", "Peru")]
    pool = DistractorPool.build([asked, *others])
    assert distractors(asked, pool, PlainNames()) == ()  # typed, not chosen among them


def test_countries_of_the_same_story_are_offered() -> None:
    text = "Spain, Portugal and France agreed to share the cost of the new rail link."
    asked = _country_fact("link.txt", "Spain will pay half of the cost.", "Spain",
                          "Which country will pay half of the cost?")
    others = [_country_fact("link.txt", text, name) for name in ("Portugal", "France")]
    more = _country_fact("link.txt", "Morocco said it wanted to join the project.", "Morocco")
    pool = DistractorPool.build([asked, *others, more])
    assert set(distractors(asked, pool, PlainNames())) == {"Portugal", "France", "Morocco"}


@pytest.mark.parametrize("question, sound", [
    ("On what date was the evening trains went empty at the six stations?", False),
    ("On what date did a routine safety audit carry out revealed that two valves leaked?",
     False),
    ("Which defending champion did Okafor beat in the final in Lagos?", True),  # own base
    ("On what date was the stadium closed for repairs?", True),
])
def test_two_finite_verbs_in_one_clause(question: str, sound: bool) -> None:
    fact = _fact(question, answer="3 May 2025", kind=AnswerKind.FULL_DATE,
                 category=Category.DATE)
    assert well_formed(fact) is sound


def test_a_gerund_clause_is_no_subject() -> None:
    fact = _fact("Why did keeping ticket prices low even as costs rise?",
                 answer="so that more families can attend", category=Category.CAUSE)
    assert not well_formed(fact)


def test_a_source_vouches_for_its_main_clause_not_an_aside() -> None:
    sentence = ("The outbreak, which began in a care home in Leeds, had infected 140 people "
                "by Friday, according to the health agency.")
    aside = _fact("According to which organisation did the outbreak begin in a care home in "
                  "Leeds?", sentence, answer="health agency", kind=AnswerKind.ORGANISATION)
    assert not well_formed(aside)
    main = _fact("According to which organisation had the outbreak infected 140 people by "
                 "Friday?", sentence, answer="health agency", kind=AnswerKind.ORGANISATION)
    assert well_formed(main)


def test_an_actor_inside_a_quotation_is_not_asked() -> None:
    quoted = _fact("Who deserve a league that pays them on time?",
                   '"Players deserve a league that pays them on time," the union said.',
                   answer="Players", kind=AnswerKind.GROUP)
    assert not well_formed(quoted)
    speaker = _fact("Who said the stadium would reopen in May?",
                    '"It was a hard year," said Tom Reyes, who said the stadium would reopen '
                    'in May.', answer="Tom Reyes")
    assert well_formed(speaker)


SENTENCE_GUARDS = ("The night nurses reached the ward only after the patient had collapsed, "
                   "because the alarm had been switched off.")


def test_a_reason_explains_the_main_clause_not_the_time_clause() -> None:
    fact = _fact("Why had the patient collapsed?", SENTENCE_GUARDS,
                 answer="the alarm had been switched off", category=Category.CAUSE)
    fixed = repaired(fact, lambda: "")
    assert fixed.question == ("Why did the night nurses reach the ward only after the patient "
                              "had collapsed?")
    assert well_formed(fixed)
    time = _fact("Why did the night nurses reach the ward?", SENTENCE_GUARDS,
                 answer="the patient had collapsed", category=Category.CAUSE)
    assert not well_formed(time)  # "only after ...": when, not why


def test_a_person_with_a_title_is_asked_with_who() -> None:
    fact = _fact("Which organisation said 40 crews were at the scene?",
                 answer="Inspector Mark Doyle", kind=AnswerKind.ORGANISATION)
    assert repaired(fact, lambda: "").question == "Who said 40 crews were at the scene?"


def test_the_sentence_before_says_what_a_question_points_at() -> None:
    from quiz.generate.question_context import with_sentence_before

    before = "A leaked memo showed a pilot asking the airline for extra rest days."
    fact = _fact("Why was request turned down?",
                 "That request was turned down because managers feared a shortage of crews.",
                 answer="managers feared a shortage of crews", category=Category.CAUSE)
    led = with_sentence_before(fact, fact.question, before)
    assert led == f"{before} Why was that request turned down?"
    assert well_formed(replace(fact, question=led))
    # a sentence before that points elsewhere itself cannot say it
    assert with_sentence_before(fact, fact.question, "It was sent in May.") == fact.question
    assert with_sentence_before(fact, fact.question, None) == fact.question


def test_a_description_another_sentence_names_is_no_answer_to_who() -> None:
    from quiz.generate.facts import Article
    from quiz.generate.specificity import unambiguous

    asked = _fact("Who staged repeated blockades of the port of Calais?",
                  "The strike comes after repeated blockades of the port of Calais by "
                  "angry fishermen.", answer="angry fishermen", kind=AnswerKind.GROUP)
    other = Article(file="b.txt", title="T", sentences=(Sentence(
        0, "A group of angry fishermen known as the Channel Collective blocked the port."),))
    own = Article(file="a.txt", title="T", sentences=(asked.sentence,))
    [kept] = unambiguous([asked], [own, other])
    assert kept.question == ""
    [kept] = unambiguous([asked], [own])
    assert kept.question == asked.question


def test_a_name_given_inside_a_quotation_is_still_asked() -> None:
    from quiz.generate.question_context import quoted_actor

    fact = _fact("What do the riders who blocked the road call themselves?",
                 '"Riders who call themselves the Night Wheels must stop," the mayor said.',
                 answer="Night Wheels", kind=AnswerKind.GROUP)
    assert not quoted_actor(fact)


def test_a_quoted_actor_gets_no_card_at_all() -> None:
    from quiz.generate.questions import cards_for

    fact = _fact("Who deserve a league that pays them on time?",
                 '"Players deserve a league that pays them on time," the union said.',
                 answer="Players", kind=AnswerKind.GROUP)
    assert cards_for(fact, DistractorPool.build([fact]), PlainNames()) == []


@pytest.mark.parametrize("sentence, question, fixed", [
    # a lasting act in a reduced relative: the date is the main clause's
    ("A fire broke out in the lab run by Orion Labs on Monday.",
     "On what date did Orion Labs run the lab?", "On what date did a fire break out in the lab?"),
    ("Two walkers were rescued from the hostel owned by Peak Trust on Friday.",
     "On what date did Peak Trust own the hostel?",
     "On what date were two walkers rescued from the hostel?"),
])
def test_a_date_after_a_reduced_relative_dates_the_main_clause(sentence: str, question: str,
                                                                fixed: str) -> None:
    fact = _fact(question, sentence, answer="3 May 2025", kind=AnswerKind.FULL_DATE,
                 category=Category.DATE)
    repaired_fact = repaired(fact, lambda: "")
    assert repaired_fact.question == fixed and well_formed(repaired_fact)


def test_a_date_after_an_act_in_a_reduced_relative_is_not_asked_of_its_agent() -> None:
    # "mapped ... in 1998" may date the mapping or the injury: neither is asked
    fact = _fact("On what date did Alpine Guides map the route?",
                 "Two climbers were injured on a route mapped by Alpine Guides on Sunday.",
                 answer="3 May 2025", kind=AnswerKind.FULL_DATE, category=Category.DATE)
    assert not well_formed(repaired(fact, lambda: ""))


def test_a_country_named_only_as_where_a_place_is_is_no_choice() -> None:
    asked = _country_fact("talks.txt", "Canada hosted the talks on fishing quotas.", "Canada",
                          "Which country hosted the talks on fishing quotas?")
    others = [_country_fact("talks.txt", "Norway and Iceland rejected the quotas.", name)
              for name in ("Norway", "Iceland")]
    place = _fact("", "The Nordic Council met again in Bergen, Denmark, on Friday.",
                  answer="Nordic Council", kind=AnswerKind.ORGANISATION, article="talks.txt")
    pool = DistractorPool.build([asked, *others, place],
                                {AnswerKind.COUNTRY: ["Denmark", "Greenland"]})
    assert distractors(asked, pool, PlainNames()) == ()  # Denmark only says where Bergen is
    named = _country_fact("talks.txt", "Greenland asked to join the talks.", "Greenland")
    pool = DistractorPool.build([asked, *others, place, named],
                                {AnswerKind.COUNTRY: ["Denmark"]})
    assert set(distractors(asked, pool, PlainNames())) == {"Norway", "Iceland", "Greenland"}


def test_the_same_period_is_led_by_the_sentence_that_names_it() -> None:
    from quiz.generate.question_context import with_sentence_before

    before = "Teachers are asking for a 9% rise over two years."
    fact = _fact("Why has the council offered 3% over the same period?",
                 "The council has offered 3% over the same period, citing a budget gap.",
                 answer="a budget gap", category=Category.CAUSE)
    assert with_sentence_before(fact, fact.question, before) == f"{before} {fact.question}"
    # no lead to give: asked as it is ("the same" alone does not drop it)
    assert with_sentence_before(fact, fact.question, None) == fact.question
    assert well_formed(fact)
