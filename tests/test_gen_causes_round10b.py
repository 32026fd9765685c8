"""Round 10b cause readers: blame after a trailing attribution, "X said Y, meaning Z", a plan's
ongoing reason after "as", change nouns named by a sibling verb, role complements."""

from __future__ import annotations

from gen_support import cause_qa

from quiz.generate.facts import Article, Sentence


def _article_qa(title: str, *texts: str) -> set[tuple[str, str]]:
    from quiz.generate.causes import extract_causes

    art = Article(file="a.txt", title=title,
                  sentences=tuple(Sentence(i, t) for i, t in enumerate(texts)))
    return {(f.question, f.answer) for f in extract_causes(art)}


def test_blaming_after_a_trailing_attribution_is_the_named_subjects_blame() -> None:
    assert ("What did Meridian Foods blame the closures on?", "higher energy prices") in cause_qa(
        "Meridian Foods will shut two plants, the company said on Tuesday, blaming the closures "
        "on higher energy prices.")
    assert ("What did Harbridge Bank blame the cuts on?", "a steep fall in counter visits") in \
        cause_qa("Harbridge Bank will close 84 branches by September, the lender said on "
                 "Monday, blaming the cuts on a steep fall in counter visits.")
    assert ("What did the chairman blame the defeat on?", "poor tactics") in cause_qa(
        "The club sacked its coach, the chairman announced late on Sunday, blaming the defeat "
        "on poor tactics.")


def test_blaming_after_a_plan_told_now() -> None:
    assert ("What does Northwind Airways blame the cuts on?", "weak demand") in cause_qa(
        "Northwind Airways is cutting 40 routes, blaming the cuts on weak demand.")


def test_blaming_is_not_asked_of_a_pronoun_teller_or_a_bare_change_of_a_common_noun() -> None:
    assert not cause_qa("Harbridge Bank will close 84 branches, he said, blaming the cuts on "
                        "falling visits.")
    assert not cause_qa("Fares will rise by 5% next month, the operator said on Monday, blaming "
                        "the increase on higher fuel costs.")


def test_a_reported_statement_meaning_an_effect_asks_why_the_effect() -> None:
    assert ("Why would farmers need cash support in the meantime, according to the institute?",
            "the seedlings would take at least three years to produce a crop") in cause_qa(
        "The institute said the seedlings would take at least three years to produce a crop, "
        "meaning that farmers would need cash support in the meantime.")
    assert ("Why could the trial not go ahead, according to prosecutors?",
            "the evidence had been lost") in cause_qa(
        "Prosecutors said the evidence had been lost, meaning the trial could not go ahead.")
    assert ("Why was the final moved to Leeds, according to the league?",
            "the stadium had failed a safety check") in cause_qa(
        "The league said the stadium had failed a safety check, which meant the final was moved "
        "to Leeds.")


def test_a_described_teller_is_named_by_its_name() -> None:
    assert ("Why would farmers need cash support in the meantime, according to the Agrarian "
            "Futures Institute?", "the seedlings would take at least three years to produce a "
            "commercial crop") in cause_qa(
        "The Kampala-based think tank Agrarian Futures Institute said the seedlings would take "
        "at least three years to produce a commercial crop, meaning that farmers would need "
        "cash support in the meantime.")


def test_meaning_after_a_pronoun_effect_or_a_fronted_phrase_asks_nothing_new() -> None:
    assert not cause_qa("Ministers said the plan was popular, meaning it would pass easily.")
    assert not cause_qa("In Dublin officials said the tunnel would close for a year, meaning "
                        "commuters would need other routes.")


def test_a_plan_with_as_and_an_ongoing_act_gives_its_reason() -> None:
    assert ("Why will the carmaker close two plants?",
            "it shifts production to electric vehicles") in cause_qa(
        "The carmaker will close two plants as it shifts production to electric vehicles.")
    assert ("Why is the bank closing 40 branches?", "it moves more services online") in cause_qa(
        "The bank is closing 40 branches as it moves more services online.")


def test_as_of_a_manner_or_a_habit_is_no_reason() -> None:
    assert not cause_qa("The museum will close its doors at 5pm as it does every day.")
    assert not cause_qa("She will sing as the band plays.")


def test_selected_to_is_a_role_not_a_purpose() -> None:
    assert not cause_qa("The rider was originally selected to ride in support of the team "
                        "leader.")
    assert not cause_qa("Jones was originally chosen to captain the side, but withdrew with an "
                        "injury.")
    assert ("Why was a mediator appointed?", "to resolve the dispute") in cause_qa(
        "A mediator was appointed to resolve the dispute.")


def test_a_bare_increase_is_named_by_the_rise_told_before() -> None:
    assert ("Why was the increase in bus fares in Lyon needed, according to a spokesman?",
            "fuel costs had doubled") in _article_qa(
        "City bus fares to rise",
        "Bus fares in Lyon will rise by 10% from January, the transport authority said.",
        "The increase was needed because fuel costs had doubled, a spokesman said.")
    assert ("Why was the rise in water bills in the region necessary, according to the "
            "regulator?", "the company must replace old pipes") in _article_qa(
        "Water bills",
        "Water bills in the region will increase by 8% in April.",
        "The rise was necessary because the company must replace old pipes, the regulator said.")


def test_a_modal_which_after_a_whole_clause_asks_what_the_clause_may_bring() -> None:
    assert ("What could delay the cuts?", "The company must negotiate a social plan with its "
            "workers") in cause_qa("The company must negotiate a social plan with its workers, "
                                   "which could delay the cuts until the autumn.")
    assert ("What could force the closure of the bridge?", "Engineers found cracks in the main "
            "supports") in cause_qa("Engineers found cracks in the main supports, which could "
                                    "force the closure of the bridge.")
    assert not cause_qa("The firm makes engines, which could power ships.")


def test_a_phrasal_verb_or_a_target_amount_before_in_order_to_keeps_the_purpose() -> None:
    assert ("Why will the council cut back hedges along the road?", "to improve visibility") in \
        cause_qa("The council will cut back hedges along the road in order to improve visibility.")
    assert ("Why did the airline scale back its summer schedule?", "to save fuel") in cause_qa(
        "The airline scaled back its summer schedule to save fuel.")
    assert ("Why did the city raise bus fares to £3?", "to fund new routes") in cause_qa(
        "The city raised bus fares to £3 in order to fund new routes.")


def test_a_bare_quantity_subject_is_not_asked_why() -> None:
    assert not cause_qa("Troops left in 2011, but thousands were sent back in 2014 to help the "
                        "army.")
    assert not cause_qa("Hundreds were evacuated because the river burst its banks.")


def test_which_it_attributed_to_reads_like_which_it_blamed_on() -> None:
    assert ("What did the airline attribute the sharp rise in complaints to?",
            "staff shortages") in cause_qa(
        "The airline reported a sharp rise in complaints, which it attributed to staff shortages.")
    assert ("The club suffered a heavy defeat. What did the coach say caused this?",
            "tired legs") in cause_qa(
        "The club suffered a heavy defeat, which the coach attributed largely to tired legs.")


def test_which_x_attributed_to_is_no_purpose() -> None:
    found = cause_qa("Sales fell 12% in the first quarter, which the retailer attributed to "
                     "cold weather.")
    assert not any(q.startswith("Why") for q, _ in found)
    assert not cause_qa("Among older participants, the vaccine was less effective, which the "
                        "company attributed to weaker immune responses.")


def test_a_participle_effect_after_a_report_tells_the_report_as_the_event() -> None:
    assert ("What prompted a lockdown of nearby schools?",
            "Police said the gunman had fled on foot") in cause_qa(
        "Police said the gunman had fled on foot, prompting a lockdown of nearby schools.")
    assert ("The agency said the river had burst its banks. What did this force?",
            "the closure of the main road") in cause_qa(
        "The agency said the river had burst its banks, forcing the closure of the main road.")
    assert not cause_qa("He said the team had played badly, prompting boos from the crowd.")


def test_any_plain_noun_phrase_named_as_the_main_reason_answers_it() -> None:
    assert ("What was the main reason for the flooding in the old town, according to engineers?",
            "Poor drainage") in cause_qa(
        "Poor drainage was the main reason for the flooding in the old town, engineers said.")
    assert ("What is the biggest reason for the closures of rural schools?",
            "A lack of funding") in cause_qa(
        "A lack of funding is the biggest reason for the closures of rural schools.")
    assert not cause_qa("The decision was the main reason for the protests.")
    assert not cause_qa("This was the main reason for the delay.")
