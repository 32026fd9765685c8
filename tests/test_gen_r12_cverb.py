"""Cause facts told by a verb whatever its nouns: "X blamed Y for Z" (any tense, any thing
blamed), "Z has been squeezed by Y" (a verb of pressing on something, a thing its cause),
"X warned that Y could do Z" (the harm foreseen); and where no card may be made."""

from __future__ import annotations

import pytest
from gen_support import cause_qa

from quiz.generate.cause_blamed import blamable


@pytest.mark.parametrize(("text", "question", "answer"), [
    ("Critics have blamed the heat for the spread of the disease.",
     "What have critics blamed for the spread of the disease?", "the heat"),
    ("Public health experts have blamed rapid, unplanned urban growth for the spread of the "
     "disease, as uncovered water tanks and blocked drains provide places for mosquitoes to "
     "breed.", "What have public health experts blamed for the spread of the disease?",
     "rapid, unplanned urban growth"),
    ("Environmental groups blamed the decline of rural populations for the severity of fires "
     "in Galicia, saying abandoned fields had become overgrown.",
     "What did environmental groups blame for the severity of fires in Galicia?",
     "the decline of rural populations"),
    ("Fishermen have blamed warmer sea temperatures for the collapse of the cod stocks.",
     "What have fishermen blamed for the collapse of the cod stocks?",
     "warmer sea temperatures"),
    ("The airline had blamed a shortage of spare parts for the cancellations.",
     "What had the airline blamed for the cancellations?", "a shortage of spare parts"),
    ("Teachers blame the new curriculum for falling reading scores.",
     "What do teachers blame for falling reading scores?", "the new curriculum"),
    ("Mayor Ana Ortiz blamed years of underinvestment for the state of the roads.",
     "What did Mayor Ana Ortiz blame for the state of the roads?", "years of underinvestment"),
    ("The union blamed the closure of two plants for the loss of 800 jobs.",
     "What did the union blame for the loss of 800 jobs?", "the closure of two plants"),
    ("Analysts blamed the strength of the dollar for the slump in exports.",
     "What did analysts blame for the slump in exports?", "the strength of the dollar"),
    ("Ricci said she had trained hard all winter and blamed a stomach bug for her slow start.",
     "What did Ricci blame for her slow start?", "a stomach bug"),
    ("Bassi, who is ranked 14th, said he had struggled to recover from a long semi-final and "
     "blamed a wrist injury for his poor serving in the third set.",
     "What did Bassi blame for his poor serving in the third set?", "a wrist injury"),
    ("Campaigners have long blamed the motorway expansion for the rise in air pollution.",
     "What have campaigners long blamed for the rise in air pollution?",
     "the motorway expansion"),
    ("Economists blame cheap imports for the decline of the steel industry.",
     "What do economists blame for the decline of the steel industry?", "cheap imports"),
    ("Officials had blamed a burst water main for the flooding of the station.",
     "What had officials blamed for the flooding of the station?", "a burst water main"),
    ("Parents blamed the school's new timetable for the fall in attendance.",
     "What did parents blame for the fall in attendance?", "the school's new timetable"),
    # a verb of pressing on something, with a thing as its cause
    ("The budget has been squeezed by rising social care costs.",
     "What has squeezed the budget?", "rising social care costs"),
    ("The council has asked the government for emergency funding, arguing that it cannot pay "
     "for the repairs from its own budget, which has been squeezed by rising social care costs.",
     "What has squeezed the council's budget?", "rising social care costs"),
    ("Household incomes have been squeezed by soaring energy bills.",
     "What has squeezed household incomes?", "soaring energy bills"),
    ("The harbour was battered by high waves on Sunday night.",
     "What battered the harbour?", "high waves"),
    ("The town's economy has been hit by the closure of the steelworks.",
     "What has hit the town's economy?", "the closure of the steelworks"),
    ("The charity's finances were stretched by a sharp rise in demand for food parcels.",
     "What stretched the charity's finances?", "a sharp rise in demand for food parcels"),
    ("Confidence in the currency has been eroded by years of high inflation.",
     "What has eroded confidence in the currency?", "years of high inflation"),
    ("The fire was fanned by strong winds from the north.",
     "What fanned the fire?", "strong winds from the north"),
    ("The company's profits have been dented by a weaker dollar.",
     "What has dented the company's profits?", "a weaker dollar"),
    # the harm a warning foresees
    ("Business groups warned that the refusal could damage Ireland's reputation with foreign "
     "investors.", "What did business groups warn the refusal could do?",
     "damage Ireland's reputation with foreign investors"),
    ("Doctors warned that the cuts would harm patients in rural areas.",
     "What did doctors warn the cuts would do?", "harm patients in rural areas"),
    ("Economists have warned that the tariffs could push up prices for shoppers.",
     "What have economists warned the tariffs could do?", "push up prices for shoppers"),
    ("The union warns that the closure will cost hundreds of jobs in the town.",
     "What does the union warn the closure will do?", "cost hundreds of jobs in the town"),
    ("Campaigners warned that the new road would destroy an ancient woodland.",
     "What did campaigners warn the new road would do?", "destroy an ancient woodland"),
    ("Fire chiefs have warned that the heatwave could spark more wildfires across the south.",
     "What have fire chiefs warned the heatwave could do?",
     "spark more wildfires across the south"),
    ("The Bank of England warned that higher interest rates could slow the housing market.",
     "What did the Bank of England warn higher interest rates could do?",
     "slow the housing market"),
    ("Critics warned that the scheme may encourage fraud.",
     "What did critics warn the scheme may do?", "encourage fraud"),
    ("Health experts warned that funding shortages could delay the rollout because the "
     "vaccine requires four doses.",
     "What did health experts warn funding shortages could do?", "delay the rollout"),
    ("Hale warned that longer strikes could put patients at risk.",
     "What did Hale warn longer strikes could do?", "put patients at risk"),
    ("Scientists warned that heavy rain expected later this week could turn loose ash into "
     "lahars, the fast-moving mudflows that killed dozens of people two years ago.",
     "What did scientists warn heavy rain expected later this week could do?",
     "turn loose ash into lahars"),
    ("Engineers warned that cracks found in the dam could force the evacuation of three "
     "villages.", "What did engineers warn cracks found in the dam could do?",
     "force the evacuation of three villages"),
    # evidence, or anyone naming "the cause / a factor", points to a thing
    ("The report pointed to poor training as a factor in the accident.",
     "What did the report point to as a factor in the accident?", "poor training"),
    ("The mayor pointed to years of underfunding as the main reason for the closures.",
     "What did the mayor point to as the main reason for the closures?",
     "years of underfunding"),
    ("Ms Okoye pointed to rising rents as one of the main drivers of homelessness in the city.",
     "What did Ms Okoye point to as one of the main drivers of homelessness in the city?",
     "rising rents"),
    ("Farmers have pointed to cheap imports as the biggest factor behind falling milk prices.",
     "What have farmers pointed to as the biggest factor behind falling milk prices?",
     "cheap imports"),
    # what a thing made likely or certain
    ("The penalty leaves the Rams bottom of the league, 12 points behind the next club, and "
     "makes relegation at the end of the season almost certain.",
     "What does the penalty make almost certain?", "relegation at the end of the season"),
    ("The ruling has made an appeal all but inevitable.",
     "What has the ruling made all but inevitable?", "an appeal"),
    ("The collapse of the talks makes a strike next month increasingly likely.",
     "What does the collapse of the talks make increasingly likely?", "a strike next month"),
    ("Heavy snow made the rescue of the climbers impossible.",
     "What did heavy snow make impossible?", "the rescue of the climbers"),
    ("The new rules will make a repeat of last year's chaos less likely.",
     "What will the new rules make less likely?", "a repeat of last year's chaos"),
    ("The loss of two key players makes a title challenge unlikely.",
     "What does the loss of two key players make unlikely?", "a title challenge"),
    # what a thing made harder or easier (the act as a gerund: a question with "it" points back)
    ("Doctors warned that misinformation on social media had made it harder to persuade "
     "hesitant parents.",
     "What had made persuading hesitant parents harder, according to doctors?",
     "misinformation on social media"),
    ("Rising rents have made it impossible for young families to stay in the village.",
     "What has made staying in the village impossible for young families?", "Rising rents"),
    ("The new rules make it easier to sack workers.",
     "What makes sacking workers easier?", "The new rules"),
    ("A shortage of lorry drivers has made it more difficult for supermarkets to keep shelves "
     "full.", "What has made keeping shelves full more difficult for supermarkets?",
     "A shortage of lorry drivers"),
    ("Falling prices have made it almost impossible for farmers to break even.",
     "What has made breaking even almost impossible for farmers?", "Falling prices"),
    # what a thing left someone doing
    ("The manager said the shortage had left the remaining doctors seeing up to 50 patients a "
     "day.", "What had the shortage left the remaining doctors doing, according to the "
     "manager?", "seeing up to 50 patients a day"),
    ("Months without rain have left many neighbourhoods relying on tanker lorries, some of "
     "which deliver only once a week.",
     "What have months without rain left many neighbourhoods doing?",
     "relying on tanker lorries"),
    ("The floods have left thousands of families sleeping in school halls.",
     "What have the floods left thousands of families doing?", "sleeping in school halls"),
    ("The closure of the bridge has left commuters facing a 40-minute detour.",
     "What has left commuters facing a 40-minute detour?", "The closure of the bridge"),
    ("The closure of the bridge has left commuters facing a 40-minute detour.",
     "What has the closure of the bridge left commuters doing?", "facing a 40-minute detour"),
    ("A shortage of spare parts has left dozens of buses sitting idle in the depot.",
     "What has a shortage of spare parts left dozens of buses doing?",
     "sitting idle in the depot"),
    # what people fear or warn a thing will do
    ("Small traders, who sell cold drinks from carts along the sand, fear the rule will drive "
     "away customers.", "What do small traders fear the rule will do?", "drive away customers"),
    ("Farmers fear that the new tariffs could close export markets in Asia.",
     "What do farmers fear the new tariffs could do?", "close export markets in Asia"),
    ("Shopkeepers feared the roadworks would keep shoppers away for months.",
     "What did shopkeepers fear the roadworks would do?", "keep shoppers away for months"),
    ("Economists warn the tariffs could push up prices for shoppers.",
     "What do economists warn the tariffs could do?", "push up prices for shoppers"),
    # what pushed or forced someone into something, in the passive
    ("Union leader Marco Bellini replied that drivers had been pushed into striking by two "
     "years of stalled talks.", "What had pushed drivers into striking?",
     "two years of stalled talks"),
    ("Many families have been pushed into poverty by soaring food prices.",
     "What has pushed many families into poverty?", "soaring food prices"),
    ("The firm was forced into administration by falling sales.",
     "What forced the firm into administration?", "falling sales"),
    ("Dozens of small farms have been forced out of business by cheap imports.",
     "What has forced dozens of small farms out of business?", "cheap imports"),
    ("Thousands of workers were pushed out of their jobs by the closure of the mines.",
     "What pushed thousands of workers out of their jobs?", "the closure of the mines"),
    # a thing that "is why" or "was the main reason" something happened
    ("Rising construction costs are why the repair bill has doubled since 2022.",
     "Why has the repair bill doubled since 2022?", "Rising construction costs"),
    ("The new law is why many landlords are selling up.",
     "Why are many landlords selling up?", "The new law"),
    ("A shortage of housing is the main reason that nurses leave the city.",
     "What is the main reason nurses leave the city?", "A shortage of housing"),
    ("Higher fuel prices are the main reason airlines have raised fares.",
     "What is the main reason airlines have raised fares?", "Higher fuel prices"),
    ("Poor maintenance was the reason the bridge collapsed.",
     "What was the reason the bridge collapsed?", "Poor maintenance"),
    # what put people off
    ("NHS Highland said the remote location had put off applicants.",
     "What had put off applicants, according to NHS Highland?", "the remote location"),
    ("High prices have put off many first-time buyers.",
     "What has put off many first-time buyers?", "High prices"),
    # why a verdict or a penalty was given, in the passive
    ("Two engineers were sentenced to 12 years each, while a former municipal official was "
     "acquitted for lack of evidence.", "Why was the former municipal official acquitted?",
     "for lack of evidence"),
    ("Three of the accused were cleared for lack of evidence.",
     "Why were three of the accused cleared?", "for lack of evidence"),
    ("The stablemaster was also ordered to take a 50 percent pay cut for a year for failing "
     "to report the assault.",
     "Why was the stablemaster ordered to take a 50 percent pay cut for a year?",
     "for failing to report the assault"),
    ("The nurse was ordered to complete 200 hours of community service for stealing drugs "
     "from the ward.",
     "Why was the nurse ordered to complete 200 hours of community service?",
     "for stealing drugs from the ward"),
    ("The club has been docked 12 points and fined £100,000 for breaching financial rules.",
     "Why has the club been docked 12 points and fined £100,000?",
     "for breaching financial rules"),
    ("The coach was suspended for three matches and fined for criticising the referee.",
     "Why was the coach suspended for three matches and fined?", "for criticising the referee"),
    ("The driver was banned for a year and fined £500 for speeding through a school zone.",
     "Why was the driver banned for a year and fined £500?",
     "for speeding through a school zone"),
    # the blamed thing with a relative aside before "for" or "on"
    ("Critics blame repeated construction amnesties, which allowed owners to legalise "
     "unauthorised work by paying a fee, for the scale of the destruction.",
     "What do critics blame for the scale of the destruction?",
     "repeated construction amnesties"),
    ("Residents blame the new flood barrier, which was finished last spring, for the flooding "
     "of their gardens.", "What do residents blame for the flooding of their gardens?",
     "the new flood barrier"),
    ("Doctors have blamed cheap vodka, which is sold in corner shops for less than $2 a "
     "bottle, for the rise in poisonings.",
     "What have doctors blamed for the rise in poisonings?", "cheap vodka"),
    ("Farmers blamed the drought, which has lasted three years, on a shift in ocean currents.",
     "What did farmers blame the drought on?", "a shift in ocean currents"),
    ("The airline has blamed the delays, which affected 40 flights, on a computer fault.",
     "What has the airline blamed the delays on?", "a computer fault"),
    # a passive cause with how sure or how whole it is
    ("The fire was probably caused by a discarded cigarette.",
     "What probably caused the fire?", "a discarded cigarette"),
    ("The rise in obesity has been fuelled partly by cheap sugary drinks.",
     "What has partly fuelled the rise in obesity?", "cheap sugary drinks"),
    ("The delay was caused in part by a shortage of parts.",
     "What partly caused the delay?", "a shortage of parts"),
    ("The rally in shares was driven mainly by hopes of a rate cut.",
     "What drove the rally in shares?", "hopes of a rate cut"),
    # what a thing has meant, and an act a thing forced, named by any noun of an act
    ("The closure of the factory has meant the loss of 400 jobs.",
     "What has the closure of the factory meant?", "the loss of 400 jobs"),
    ("Rising interest rates have meant fewer first-time buyers in the housing market.",
     "What have rising interest rates meant?", "fewer first-time buyers in the housing market"),
    ("Rising sea levels have forced the relocation of a village in Fiji.",
     "What has forced the relocation of a village in Fiji?", "Rising sea levels"),
    ("Falling demand forced the postponement of the opening of the new plant.",
     "What forced the postponement of the opening of the new plant?", "Falling demand"),
    # what had an effect, an impact or a toll on something
    ("The drought has had a devastating effect on wheat yields across the region.",
     "What has had a devastating effect on wheat yields across the region?", "The drought"),
    ("Years of drought have had a severe impact on the region's farmers.",
     "What has had a severe impact on the region's farmers?", "Years of drought"),
    ("The ban had an immediate impact on sales of disposable vapes.",
     "What had an immediate impact on sales of disposable vapes?", "The ban"),
    ("Rising rents have had a knock-on effect on homelessness in the city.",
     "What has had a knock-on effect on homelessness in the city?", "Rising rents"),
    ("Years of conflict have taken a heavy toll on the country's hospitals.",
     "What has taken a heavy toll on the country's hospitals?", "Years of conflict"),
    ("The crowd's anger was fuelled by rumours on social media.",
     "What fuelled the crowd's anger?", "rumours on social media"),
    # someone blamed: what for is the effect
    ("Opposition MP Harsha Gunawardena blamed the board for years of neglect at the ground.",
     "What did Opposition MP Harsha Gunawardena blame the board for?",
     "years of neglect at the ground"),
    ("Critics blamed the government for the shortages.",
     "What did critics blame the government for?", "the shortages"),
    ("Residents have blamed the council for failing to clear the drains.",
     "What have residents blamed the council for?", "failing to clear the drains"),
    ("The coach blamed the referee for two disallowed goals.",
     "What did the coach blame the referee for?", "two disallowed goals"),
    ("Fans blamed Mr Ruiz for the club's relegation.",
     "What did fans blame Mr Ruiz for?", "the club's relegation"),
    # a verb of harm done with a thing as its subject
    ("The closure of the mine has devastated the local economy.",
     "What has devastated the local economy?", "The closure of the mine"),
    ("Rising fuel costs have squeezed the profits of small hauliers.",
     "What has squeezed the profits of small hauliers?", "Rising fuel costs"),
    ("A run of poor harvests has weakened the region's farming co-operatives.",
     "What has weakened the region's farming co-operatives?", "A run of poor harvests"),
    ("Months of protests have crippled the country's tourism industry.",
     "What has crippled the country's tourism industry?", "Months of protests"),
])
def test_a_cause_told_by_a_verb_is_asked_whatever_its_nouns(text: str, question: str,
                                                             answer: str) -> None:
    assert (question, answer) in cause_qa(text)


@pytest.mark.parametrize("text", [
    "She blamed a faulty sensor for the crash.",
    "Residents blamed the landlord for the damp in their flats.",
    "Tenants' groups blamed landlords for the rise in evictions.",
    "The council said the contractor had missed deadlines and blamed the wet spring for the "
    "delays.",
    "Critics blamed the government for the shortages.",
    "Scientists blamed the referee for the result.",
    "The coach blamed the organisers for the chaos.",
    "Opposition leaders blamed the minister, the mayor and the police for the violence.",
    "Investigators blamed the pilot for the crash.",
    "Experts blamed the tourists for the litter.",
    "The village was hit by a car.",
    "The minister was hit by a protester.",
    "Exports have been hurt by them.",
    "The project has been threatened by the council.",
    "He warned that the plan could cost the city millions.",
    "Analysts warned that prices could rise further.",
    "Officials warned that the bridge could be closed for months.",
    "Teachers warned that the changes would not help pupils.",
    "Residents warned that the minister would lose their votes.",
    "Forecasters had warned that temperatures would climb above 20 degrees Celsius by late "
    "morning.",
    "Economists warned that inflation could reach 10% by the end of the year.",
    "Doctors warned that a virus detected in two patients could spread to other wards.",
    "He has made a comeback unlikely.",
    "He made it harder to win.",
    "He is the reason the team won.",
    "The coach is the reason the team won.",
    "The council put off the decision until May.",
    "He was pushed into retirement by injuries.",
    "The car was pushed into the river by the driver.",
    "The minister was pushed by aides to resign.",
    "The minister has made it easier for firms to hire foreign workers.",
    "The minister left the meeting saying nothing.",
    "The train left the station carrying 300 passengers.",
    "The decision left him wondering about his future.",
    "Critics fear the plan will fail.",
    "I fear the worst.",
    "The new manager has had a huge impact on the team.",
    "The decision had little effect on prices.",
    "The strike could have a big impact on exports.",
    "It has had a big impact on us.",
    "The war in Ukraine has had its biggest impact on food prices.",
    "The closure of the factory meant the loss of 400 jobs.",
    "The award has meant a lot to the whole team.",
    "The word has meant different things over the centuries.",
    "The minister forced the resignation of the police chief.",
    "The minister made the decision inevitable.",
    "The injury makes the striker unlikely to play on Saturday.",
    "Officials warned that the storm expected on Friday could be the worst in years.",
    "The coach pointed to the referee as the reason for the defeat.",
    "The union pointed to the landlords as the main cause of the problem.",
    "Police pointed to a rise in knife crime among teenagers.",
    "The minister has weakened the bill.",
    "The council has disrupted the market.",
    "Police have battered the protesters.",
    "The new owners have squeezed the staff.",
    "The inspectors blamed the contractor, which had cut corners, for the collapse.",
])
def test_no_cause_is_asked_of_someone_or_a_pronoun(text: str) -> None:
    # (what someone was blamed FOR may be asked: "What did residents blame the landlord for?")
    assert not {q for q, _ in cause_qa(text) if q.startswith((
        "What did", "What have", "What do", "What has", "What had", "What was", "What hit",
        "What does")) and not q.endswith(" for?")}


@pytest.mark.parametrize("text", [
    "The mayor was acquitted for his role in the scheme.",
    "He was acquitted for lack of evidence.",
    "The two men were cleared in March after a long trial.",
    "The athlete was banned for four years.",
    "The match was suspended for an hour for heavy rain.",
])
def test_no_verdict_reason_is_asked_without_an_act_or_a_want(text: str) -> None:
    assert not {q for q, _ in cause_qa(text) if q.startswith("Why")}


@pytest.mark.parametrize(("what", "ok"), [
    ("the decline of rural populations", True), ("rapid, unplanned urban growth", True),
    ("cheap imports", True), ("years of underinvestment", True), ("the heat", True),
    ("the decline", False), ("the landlord", False), ("landlords", False),
    ("the organisers", False), ("the minister, the mayor and the police", False),
    ("local residents", False), ("the gunmen", False), ("him", False),
])
def test_what_may_be_blamed_is_a_thing_by_its_shape(what: str, ok: bool) -> None:
    assert blamable(what) is ok


@pytest.mark.parametrize(("text", "wrong"), [
    ("The city raised parking charges by 40% last year, which pushed many shoppers to "
     "out-of-town retail parks.", {"last year", "out-of-town retail parks"}),
    ("The company cut 300 jobs last year, which hurt morale across the group.",
     {"jobs last year"}),
])
def test_a_which_after_a_time_is_the_clause_not_the_time(text: str, wrong: set[str]) -> None:
    assert not {a for _, a in cause_qa(text)} & wrong


def test_a_which_after_a_dated_noun_is_that_noun() -> None:
    assert ("What forced farmers to sell their cattle?", "The drought in 2022") in cause_qa(
        "The drought in 2022, which forced farmers to sell their cattle, was the worst in "
        "decades.")


def test_a_bare_cause_noun_is_no_answer_of_what_left_or_made() -> None:
    found = {a for _, a in cause_qa(
        "The floods have left thousands of families sleeping in school halls.",
        "The ban has made it harder for small shops to survive.")}
    assert not found & {"The floods", "The ban"}

