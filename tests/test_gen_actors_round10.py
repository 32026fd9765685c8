"""Actor cards, round 10: mechanisms that new text wrote and the rules did not read (a body
named without a body word, described by an aside; a clause of time or condition with its own
subject; a team named after "His team," acting on the person of the sentence before; a speaker
with a post and a relative clause after a quotation; an age before a role), and cards that must
not be written (a place that acts as a place, a city taken for the body named after it).
Sentences written for these tests, on other topics than the articles."""

from __future__ import annotations

from gen_support import actor_qa as qa


def test_a_name_without_a_body_word_is_asked_by_the_aside_that_describes_it() -> None:
    cases = [
        ("Ofcom, the media watchdog, fined the broadcaster £200,000 for airing a misleading "
         "advert about cryptocurrency.",
         "Which media watchdog fined the broadcaster £200,000 for airing a misleading advert "
         "about cryptocurrency?", "Ofcom"),
        ("Velocity-Harwood, the Belgian team, confirmed on Tuesday that its leader would miss "
         "the Giro d'Italia.",
         "Which Belgian team confirmed on Tuesday that its leader would miss the Giro d'Italia?",
         "Velocity-Harwood"),
        ("Tesco, the country's largest supermarket chain, raised the price of milk by 5p a litre "
         "on Monday.",
         "Which country's largest supermarket chain raised the price of milk by 5p a litre on "
         "Monday?", "Tesco"),
        ("Health Norway, the national regulator, said on Friday that the pills contained traces "
         "of a banned solvent.",
         "Which national regulator said on Friday that the pills contained traces of a banned "
         "solvent?", "Health Norway"),
    ]
    for text, question, answer in cases:
        assert (question, answer) in qa(text), text
    # a name the aside describes as no body, and a person with a post, are not asked so
    got = qa("Kenya, the region's largest economy, has raised interest rates for the third time "
             "this year.")
    assert not any(q.startswith("Which region's largest economy") for q, _ in got)
    got = qa("Marta Kowalczyk, the company's chief executive, said profits would fall this year.")
    assert not any(a == "Marta Kowalczyk" and q.startswith("Which company") for q, a in got)


def test_a_name_opening_a_sentence_with_an_aside_is_read_even_when_nothing_else_is_named() -> None:
    got = qa("Rijkswaterstaat, the government agency responsible for waterways, has deployed "
             "three vessels with sonar equipment to locate containers on the seabed.")
    assert any(a == "Rijkswaterstaat" for _, a in got)


def test_a_clause_of_time_or_condition_is_read_for_its_own_subject() -> None:
    assert ("Which organisation raised its main interest rate by half a point in June?",
            "Central Bank of Norway") in qa(
        "Prices rose sharply after the Central Bank of Norway raised its main interest rate by "
        "half a point in June.")
    assert ("Which agency approves the revised protocol for older patients?",
            "European Medicines Agency") in qa(
        "The trial cannot continue until the European Medicines Agency approves the revised "
        "protocol for older patients.")
    assert ("Which American grandmaster did the league fine $500 for wearing jeans?",
            "Tyler Brooks") in qa(
        "Controversy also surrounded the dress code after the league fined American grandmaster "
        "Tyler Brooks $500 for wearing jeans.")
    for text, answer in (
            ("The match was abandoned after the Football Association ordered both teams off the "
             "pitch because of crowd trouble.", "Football Association"),
            ("Work on the bridge stopped in March, when the Ministry of Transport withdrew its "
             "funding for the project.", "Ministry of Transport")):
        assert any(a == answer for _, a in qa(text)), text
    # no name opens the clause: nothing is asked of it
    assert qa("The festival was cancelled when heavy rain flooded the site on Friday.") == set()
    assert qa("She left the company in 2019, when it was bought by a rival.") == set()


def test_his_team_named_in_an_aside_acts_on_the_person_named_just_before() -> None:
    got = qa("Tom Aldridge, the British climber, has been banned from cycling for four years.",
             "His team, Velocity-Harwood, dropped him from its Tour squad immediately and said "
             "his contract had been terminated.")
    assert ("Which team dropped Tom Aldridge from its Tour squad immediately?",
            "Velocity-Harwood") in got
    got = qa("Marta Lindqvist won the sprint stage in Vejle on Sunday afternoon.",
             "Her team, Nordic Hydro, said she would not start the time trial on Monday because "
             "of a knee injury.")
    assert ("Which team said Marta Lindqvist would not start the time trial on Monday?",
            "Nordic Hydro") in got
    got = qa("Marta Lindqvist published her first novel at the age of 19.",
             "Her publisher, Harbour Books, paid her an advance of £40,000 for the sequel.")
    assert ("Which publisher paid Marta Lindqvist an advance of £40,000 for the sequel?",
            "Harbour Books") in got
    # two people before: whose team it is, the card cannot tell
    got = qa("Marta Lindqvist beat Anna Berg in the sprint stage in Vejle on Sunday.",
             "Her team, Nordic Hydro, said she would not start the time trial on Monday.")
    assert not any("Lindqvist" in q or "Berg" in q for q, a in got if a == "Nordic Hydro")


def test_a_speaker_with_a_post_and_a_relative_clause_after_a_quotation() -> None:
    got = qa('"A 62% efficacy figure is good, not spectacular," said Omar Haddad, a biotech '
             'analyst at Lindqvist Securities, who pointed out that the company had not yet '
             'published full data.')
    assert ("Who said, “A 62% efficacy figure is good, not spectacular”?", "Omar Haddad") in got
    got = qa("Bookings are down by 15% on some islands, said Giorgos Manias, head of the "
             "hoteliers' association on Paros, who blamed the drop on uncertainty.")
    assert ("Who is the head of the hoteliers' association on Paros?", "Giorgos Manias") in got
    assert any(a == "Giorgos Manias" and q.startswith("Who said that") for q, a in got)


def test_an_age_before_a_role_is_left_out_of_the_question() -> None:
    assert ("Which Indian sprinter won the 100 metres final in Tbilisi on Sunday?",
            "Kavya Raman") in qa("Seventeen-year-old Indian sprinter Kavya Raman won the 100 "
                                 "metres final in Tbilisi on Sunday.")
    assert ("Which Indian grandmaster won the World Rapid Chess Championship in Tbilisi on "
            "Sunday?", "Kavya Raman") in qa(
        "Indian grandmaster Kavya Raman won the World Rapid Chess Championship in Tbilisi on "
        "Sunday.")


def test_a_place_that_acts_as_a_place_is_no_body() -> None:
    got = qa("The Leeds Chamber of Commerce warned that shops were still recovering from the "
             "floods.",
             "Leeds will become the first city in England to charge drivers to enter its centre "
             "after councillors approved the plan on Thursday.")
    assert not any(q.startswith("Which organisation will become") for q, _ in got)
    assert all(a != "Leeds Chamber of Commerce" or "become" not in q for q, a in got)


def test_a_period_or_faith_before_a_city_makes_no_person() -> None:
    from quiz.generate.mentions import kind_of

    assert kind_of("Islamic Lisbon") is None
    assert kind_of("Medieval Paris") is None
    assert kind_of("Christian Horner") is not None


def test_whose_approval_something_still_needs() -> None:
    for text, answer in (
            ("The scheme, which still needs the approval of the Scottish Government, is "
             "expected to start in spring 2028.", "Scottish Government"),
            ("The takeover, which still needs approval from the English Football League, is "
             "expected to be completed by the end of May.", "English Football League"),
            ("The merger still requires consent from the Competition and Markets Authority, "
             "which is expected to rule in March.", "Competition and Markets Authority"),
            ("The new runway needed the backing of Transport Secretary Mark Harper before "
             "construction could begin.", "Mark Harper")):
        assert any(a == answer for _, a in qa(text)), text
    from quiz.generate.actor_approval import consent_facts
    from quiz.generate.mentions import find_mentions
    from quiz.generate.syntax import find_clauses

    text = "The merger still requires consent from the Competition and Markets Authority."
    got = [q for q, _, _ in consent_facts(text, find_mentions(text), find_clauses(text))]
    assert got == ["Whose consent does the merger still require"]
    # voters are no name, and a pronoun subject says nothing of what needs it
    assert not any(a for _, a in qa("The plan needs approval from voters in a referendum next "
                                    "year."))


def test_people_of_a_body_are_what_a_later_they_stands_for() -> None:
    assert ("Researchers at which organisation said they had found the gene in more than 300 "
            "families?", "Karolinska Institute") in qa(
        "Researchers at the Karolinska Institute said they had found the gene in more than 300 "
        "families.")
    assert ("Campaigners from which organisation said they would seek a judicial review?",
            "Drive Free Yorkshire") in qa(
        "Campaigners from the group Drive Free Yorkshire said they would seek a judicial review, "
        "arguing that the council had failed to consult properly.")


def test_a_quotation_then_a_bodys_post_and_the_name() -> None:
    got = qa('"We will not close the plant," Nordvik Air\'s chief executive, Anna Berg, told '
             'reporters on Monday.')
    assert ("Who told reporters, “We will not close the plant”?", "Anna Berg") in got


def test_to_whom_an_act_goes() -> None:
    assert ("To whom did a Geneva dealer sell the statues in 1978?", "Walter Aldenhoven") in qa(
        "A Geneva dealer sold the statues to the industrialist Walter Aldenhoven in 1978.")
    assert ("To which administration did Calloway say it would apply for approval?",
            "Food and Drug Administration") in qa(
        "Calloway said it would apply to the Food and Drug Administration for approval before "
        "the end of the year.")
    assert ("To which body did Tom Aldridge say he would appeal in Lausanne?",
            "Court of Arbitration for Sport") in qa(
        "Tom Aldridge said he would appeal to the Court of Arbitration for Sport in Lausanne.")
    # a place, a name that only says whose, and a side that lost are no recipients
    assert not any(q.startswith("To ") for q, _ in qa(
        "The charity sent 20 tonnes of food to Gaza last week."))
    assert not any(q.startswith("To ") for q, _ in qa(
        "Several European satellite operators have turned to US providers in recent years."))
    assert not any(q.startswith("To ") for q, _ in qa(
        "Norway lost to Denmark in the final of the handball championship on Sunday."))


def test_he_after_the_speaker_of_the_paragraph_before() -> None:
    from quiz.generate.actors import extract_actors
    from quiz.generate.facts import Article, Sentence

    texts = ("Tom Aldridge, a British climber, was banned from cycling for four years on "
             "Thursday.",
             "In a statement released through his lawyers, Aldridge said he was devastated by "
             "the decision.",
             "He said he would appeal to the Court of Arbitration for Sport in Lausanne.")
    art = Article(file="a.txt", title="T", sentences=tuple(
        Sentence(i, t, paragraph=i) for i, t in enumerate(texts)))
    got = {(f.question, f.answer) for f in extract_actors(art)}
    assert ("To which body did Tom Aldridge say he would appeal in Lausanne?",
            "Court of Arbitration for Sport") in got


def test_a_family_named_by_its_surname_is_asked_as_a_family() -> None:
    assert ("Which family bought the hotel in 1962?", "Ritter family") in qa(
        "The hotel was bought in 1962 by the Ritter family, who still run it today.")
    assert ("Which family said they were devastated by the verdict?", "Smith family") in qa(
        "The Smith family said they were devastated by the verdict.")
    assert not any(a.endswith("family") for _, a in qa(
        "His family bought Wanderers in 1995 for £2.3 million."))


def test_an_object_pronoun_in_a_clause_of_time_leaves_the_clause_unasked() -> None:
    assert not any(a == "Liverpool" for _, a in qa(
        "The striker scored twice before Liverpool substituted him in the 70th minute."))


def test_a_body_of_something_is_a_body_whatever_its_last_word() -> None:
    from quiz.generate.mentions import kind_of
    from quiz.generate.facts import AnswerKind

    assert kind_of("Office of Rail and Road") is AnswerKind.ORGANISATION
    assert kind_of("Cup of Nations") is None  # an event, still
    assert any(a == "Office of Rail and Road" and q.startswith("Which ") for q, a in qa(
        "The Office of Rail and Road, the industry regulator, said the operator had ignored "
        "repeated warnings about ageing signals on the line."))


def test_a_bodys_name_for_two_fields_joined_by_and_is_one_name() -> None:
    from quiz.generate.mentions import find_mentions

    for text, name in (
            ("The Centre for Volcanology and Geological Hazard Mitigation raised its alert.",
             "Centre for Volcanology and Geological Hazard Mitigation"),
            ("The Centre for Disease Control and Prevention said cases had doubled.",
             "Centre for Disease Control and Prevention"),
            ("The Centre for Ecology and Hydrology said rainfall was low.",
             "Centre for Ecology and Hydrology")):
        assert [m.name for m in find_mentions(text)][:1] == [name], text
    names = [m.name for m in find_mentions("The Institute for Fiscal Studies and Oxford "
                                            "Economics said prices would rise.")]
    assert names[0] == "Institute for Fiscal Studies"


def test_according_to_a_source_of_a_passive_with_nothing_after_its_verb() -> None:
    assert ("According to a survey by which organisation were nearly a third of shops forced "
            "to close?", "Federation of Small Businesses") in qa(
        "According to a survey by the Federation of Small Businesses, nearly a third of shops "
        "were forced to close, many for good.")
    assert ("According to a first estimate by which organisation were about 2,300 hectares of "
            "vineyards damaged?", "Loire Winegrowers' Federation") in qa(
        "According to a first estimate by the Loire Winegrowers' Federation, about 2,300 "
        "hectares of vineyards were damaged, of which roughly 900 hectares lost more than half "
        "of their crop.")


def test_who_judged_what_the_sentence_tells_in_a_relative_clause() -> None:
    for text, answer in (
            ("The agency did not order tests until early May, a delay which opposition health "
             "critic Mark Delaney called \"unacceptable\".", "Mark Delaney"),
            ("The council approved the new stadium, a project which Mayor Anna Lind described "
             "as reckless.", "Anna Lind"),
            ("The club sold the land to developers in 2019, a decision that supporters' trust "
             "chairman Tom Reed called \"a betrayal\".", "Tom Reed")):
        assert any(a == answer for _, a in qa(text)), text
    from quiz.generate.actor_verdicts import verdict_facts
    from quiz.generate.mentions import find_mentions

    text = "The council approved the new stadium, a project which Mayor Anna Lind described " \
        "as reckless."
    assert [q for q, _, _ in verdict_facts(text, find_mentions(text))] == [
        "Which mayor described the project as reckless"]
    text = "The council approved the plan, a move which Anna Lind said was overdue."
    assert list(verdict_facts(text, find_mentions(text))) == []


def test_an_adverb_before_the_verb_and_a_topic_word_of_the_name_leave_the_question() -> None:
    # (the reader keeps "now" with its verb; either question reads well)
    assert {("Which organisation expects shipments of coffee to rise by a tenth this year?",
             "Uganda Coffee Exporters Association"),
            ("Which organisation now expects shipments of coffee to rise by a tenth this year?",
             "Uganda Coffee Exporters Association")} & qa(
        "The Uganda Coffee Exporters Association now expects shipments of coffee to rise by a "
        "tenth this year.")
    assert ("Which organisation still expects inflation to fall below 3% by the end of the "
            "year?", "Bank of England") in qa(
        "The Bank of England still expects inflation to fall below 3% by the end of the year.")
    assert ("Which agency said exports of black tea fell by a fifth in the first half of the "
            "year?", "Kenya Tea Development Agency") in qa(
        "The Kenya Tea Development Agency said exports of black tea fell by a fifth in the first "
        "half of the year.")
    # (round 13: with only a nation's name left to find, "tea" gives the Kenya Tea Board away,
    # as "football" gives away the Turkish Football Federation)
    assert not qa("The Kenya Tea Board said exports of black tea fell by a fifth in the first "
                  "half of the year.")
    # the name's own last word in the sentence gives its cloze away, not the question that
    # leaves "finance" out
    assert qa("The announcement drew swift criticism from the finance union Unite Finance, which "
              "said it had been given less than 48 hours' notice of the plans.") == {
        ("Which union said it had been given less than 48 hours' notice of the plans?",
         "Unite Finance")}


def test_two_bodies_joined_by_and_the_are_two_names() -> None:
    from quiz.generate.mentions import find_mentions

    names = [m.name for m in find_mentions(
        "The deal was signed by the Federation of Farmers and the Union of Dairy Workers.")]
    assert names == ["Federation of Farmers", "Union of Dairy Workers"]
    names = [m.name for m in find_mentions(
        "Talks between the Ministry of Health and the British Medical Association broke down.")]
    assert "British Medical Association" in names
    assert qa("The deal was signed by the Federation of Farmers and the Union of Dairy "
              "Workers.") == set()


def test_it_of_another_noun_does_not_make_a_person_a_body() -> None:
    got = qa("The company's works council, led by Jurgen Albers, said it would fight the job "
             "cuts in court.")
    assert not any(q.startswith("Which organisation") and a == "Jurgen Albers" for q, a in got)


def test_speakers_named_with_a_role_an_age_or_a_post_after_the_statement() -> None:
    assert ("Which federation president said that teachers will strike for three days next "
            "week?", "Aileen Marchetti") in qa(
        "Teachers will strike for three days next week, said federation president Aileen "
        "Marchetti, 54, a former chemistry teacher.")
    assert ("Which federation president said, “We will not accept a pay cut while prices keep "
            "rising”?", "Aileen Marchetti") in qa(
        "\"We will not accept a pay cut while prices keep rising,\" said federation president "
        "Aileen Marchetti, 54, a former chemistry teacher.")
    assert ("Who said that the mine will reopen next year?", "Mark Hale") in qa(
        "The mine will reopen next year, the company's chief executive, Mark Hale, said on "
        "Monday.")
    assert ("Who told reporters that the trial will resume in March?", "Ana Lima") in qa(
        "The trial will resume in March, the court's spokeswoman, Ana Lima, told reporters.")
    # a statement opened by a pronoun is asked as a cloze only: who "she" is, the card shows
    got = qa("She had slipped out of her enclosure on Thursday evening after a falling branch "
             "bridged the perimeter fence, the park's head of animal care, Owen Trask, said.")
    assert all(not q for q, a in got if a == "Owen Trask")


def test_a_post_after_a_fronted_clause() -> None:
    assert ("Who is Norway's finance minister?", "Trygve Vedum") in qa(
        "After the vote on Monday, Norway's finance minister, Trygve Vedum, said the budget "
        "would be balanced.")
    assert ("Who is Ireland's enterprise minister?", "Ciaran Dowd") in qa(
        "In Dublin, where Veltrix employs 2,300 people, Ireland's enterprise minister, Ciaran "
        "Dowd, said the cuts were deeply disappointing.")


def test_a_body_described_before_its_name_and_the_agent_of_a_bare_plural() -> None:
    assert ("Which Kampala-based think tank said the seedlings would take at least three years "
            "to produce a commercial crop?", "Agrarian Futures Institute") in qa(
        "The Kampala-based think tank Agrarian Futures Institute said the seedlings would take "
        "at least three years to produce a commercial crop, meaning that farmers would need "
        "cash support in the meantime.")
    for text, answer in (
            ("Thermal-imaging drones lent by the Mendip Drone Society picked up a heat signature "
             "on Saturday night, but it turned out to be a fox.", "Mendip Drone Society"),
            ("Boats provided by the Royal National Lifeboat Institution rescued 14 people from "
             "the flooded village.", "Royal National Lifeboat Institution"),
            ("Funds raised by the Rotary Club of Leeds paid for the new scanner.",
             "Rotary Club of Leeds")):
        assert any(a == answer for _, a in qa(text)), text
