"""Whether a clause after "after" or "when" states a cause or only a time.

"closed after the river rose", "after the union declared a strike", "particularly after X":
an event or an act, or an emphasis, makes "after" causal; "a decade after X", "joined the club
after the season ended" only date the act. "when" is causal after an event verb and before an
act ("The coalition collapsed when X withdrew").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_asides import (
    across, aside_before, attributed, closing_aside, speaker,
)
from quiz.generate.cause_spans import (
    DETERMINERS, Ending, cut_span, ends_with, predicate_before, why_question,
)
from quiz.generate.facts import AnswerKind
from quiz.generate.grammar import (
    VerbGroup, base_form, first_lower, is_participle, is_past_tense, is_pronoun,
    question_predicate,
)
from quiz.generate.syntax import Clause

STRONG_AFTER_VERBS = frozenset("""
    ordered decided launched resigned quit imposed banned suspended cancelled canceled halted
    closed fired sacked arrested sued retaliated vowed pledged agreed apologised apologized
    expelled evacuated declared intervened responded attacked invaded sanctioned withdrew
    resurfaced called demanded threatened refused recalled boycotted protested struck
    condemned warned urged vetoed blocked froze dropped revoked assassinated killed
    opened reopened postponed delayed fined charged raised lowered cut shut downgraded
    abandoned interrupted shelved scrapped grounded
    fell rose jumped slumped surged climbed tumbled plunged weakened strengthened gained
    tightened loosened relaxed eased lifted revised amended overhauled scrapped introduced
""".split())
#: Changes of a level, a count or a state, told in the past or perfect ("has grown", "fell",
#: "have lengthened"): "as" between two of them gives the reason of the first, and "after"
#: an act named by a noun what brought the change about ("improved after the introduction
#: of unleaded petrol").
CHANGED = frozenset("""
    rose risen fell fallen grew grown shrank shrunk increased declined dropped doubled tripled
    halved soared surged slumped dwindled climbed tumbled plunged jumped widened narrowed
    lengthened shortened worsened improved deteriorated slowed stalled slipped weakened
    strengthened recovered deepened intensified multiplied thinned
""".split())
#: An act named by a noun of action and what it acted on: "the introduction of unleaded
#: petrol", "the closure of two coal plants", "the removal of subsidies".
_ACT_NOUN = re.compile(r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<head>(?!(?:beginning|morning|"
                       r"evening|ending|meeting|spring|thing)\b)[a-z]+(?:tion|sion|ment|al|ure|"
                       r"ing))\s+of\s+[a-z\d]")
#: A state of lacking something: "has been without reliable internet for four days".
_WITHOUT = re.compile(r"\s+without\s+[^,;:]+$")
_BE_FORMS = frozenset({"is", "are", "was", "were", "been", "be", "remain", "remains",
                       "remained"})
#: Punishments and removals: "after" + the subject's own act is what it was for ("was banned
#: for three matches after elbowing an opponent"), "following" + an event is why.
PUNISHED = frozenset("""
    stripped banned fined suspended jailed sentenced sacked fired dismissed disqualified
    expelled arrested charged convicted punished penalised penalized docked relegated excluded
    barred reprimanded censured removed detained deported impeached ousted withdrawn
""".split())
#: An act of the subject, as a gerund ("testing positive", "allegedly accepting bribes").
_MISDEED = re.compile(r"(?:allegedly\s+|repeatedly\s+)?[a-z]{3,}ing\b")
_NOT_GERUND = re.compile(r"(?:morning|evening|during|nothing|something|anything|everything|"
                         r"spring|king|ceiling|building|meeting|hearing|ruling|training|"
                         r"ceasing|wedding|funding|opening|closing|evening|spending|living|"
                         r"staying|waiting|serving|hiding)\b")  # ("arrested after spending two
# years abroad": a time)
STRONG_AFTER_LEAD = Ending(
    r"(?:particularly|especially|largely|mainly|partly|apparently|reportedly|only|just)\s*$",
    "yt", re.IGNORECASE)
#: A judgement the subject reached, then acted on: "after ruling that X", "after concluding
#: that X" (X is the reason; the answer drops the judging word).
JUDGED_THAT = re.compile(r"(?:ruling|finding|concluding|deciding|determining|judging|"
                         r"establishing|discovering|learning|confirming|accepting)\s+that\s+")
_STRONG_AFTER_OBJECT = re.compile(r"^(?:claiming|being|learning|receiving|watching|hearing|"
                                  r"seeing|discovering|finding|failing|losing|winning)\b")
#: Gains and breaches a decision follows: "raised the prize fund after signing a deal",
#: "cut jobs after missing its targets" (only after a decision verb: see ``strong_after``).
_GAINED = re.compile(r"^(?:signing|securing|reaching|agreeing|obtaining|admitting|breaking|"
                     r"missing|striking|clinching|landing|raising|completing)\b")
#: "closed after a fire", "was forced to close after a ransomware attack": an event named by
#: a noun (a determiner, up to three modifiers, the noun as the phrase's end or before "of",
#: "on", "in", "at", "by", "that", "which" or a comma).
_EVENT_NOUN = re.compile(r"^(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:attack|cyberattack|fire|blaze|"
                         r"explosion|blast|crash|collision|storm|flood|floods|flooding|outbreak|"
                         r"breach|leak|spill|collapse|earthquake|landslide|derailment|outage|"
                         r"blackout|strike|walkout|protest|protests|complaints|scandal|"
                         r"accident|failure|fault|error|warning|ruling|verdict|raid|shooting|"
                         r"stabbing|hack|cyber-attack|drought|heatwave|eruption|shortage|injury|"
                         r"illness|defeat|rise|surge|increase|spike|drop|decline|slump|spate|threat|"
                         r"alert|scare|wave|series|string|flurry|layoffs|redundancies|"
                         r"closures|cuts)"
                         r"(?=$|[,.;]|\s+(?:of|on|in|at|by|that|which|near|involving|"
                         r"against)\b)")

EMPTY_VERBS = frozenset({"occur", "happen", "take", "come", "be", "go", "follow"})
EVENT_VERBS = frozenset("""
    began begin begins started start starts resumed resume resumes came come comes erupted
    escalated intensified surged resurfaced increased rose fell dropped broke
""".split())
#: After "when": events and failures ("The coalition collapsed when X withdrew").
_WHEN_VERBS = EVENT_VERBS | {"collapsed", "stalled", "ended", "failed"}
TIME_AFTER = re.compile(r"^(?:(?:a|an|the|one|two|three|four|five|\d+|several|few|many)\s+)?"
                         r"(?:(?:more|less|than|about|nearly)\s+)*"
                         r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|"
                         r"midnight|noon|midday|dawn|dusk|that|this|it)\b|"
                         # a clock time, a day or a date: "after 2 a.m.", "after 3 May"
                         r"^\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\b|p\.?m\b|GMT|UTC|local)|"
                         r"^(?:\d{1,2}\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                         r"january|february|march|april|may|june|july|august|september|october|"
                         r"november|december)(?![’'\w])"
                         # (not "the Wednesday drone strike": a noun after it names an event)
                         r"(?!\s+(?!(?:morning|afternoon|evening|night|in|on|at)\b)[a-z])|"
                         r"^(?:19|20)\d\d\b|"
                         # a pause is a stretch of time: "resumed after a two-week break"
                         r"^(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:break|pause|"
                         r"hiatus|gap|absence|lull|interval|recess|holiday|wait|layoff|spell)\b",
                         re.IGNORECASE)


#: A main clause that tells of a long-running or repeated state ("have called for X for
#: years", "periodically", "repeatedly"): "particularly after Y" says when it grew, not why.
HABITUAL = re.compile(r"\b(?:for (?:years|decades|months|a long time)|periodically|repeatedly|"
                      r"regularly|routinely|long(?![\w-])|often|frequently|time and again)\b")
_HABITUAL_WORDS = re.compile(r"\s*\b(?:for (?:years|decades|months|a long time)|periodically|"
                             r"repeatedly|regularly|routinely|long|often|frequently|"
                             r"time and again)\b")
PARTICULAR_LEAD = Ending(r"(?:particularly|especially|notably|in particular)[\s,]*$", "yr",
                         re.IGNORECASE)


def habitual_after(text: str, clause: Clause, start: int) -> str | None:
    """"Officials have periodically called for X for years, particularly in the wake of Y" ->
    "After what event in particular have officials called for X?"; ``None`` when the
    connective has no "particularly" before it (then it only dates a long state)."""
    if not ends_with(PARTICULAR_LEAD, text, start):
        return None
    predicate = predicate_before(text, clause, start)
    if not predicate or clause.group.main in {"is", "are", "was", "were"}:
        return None
    group = clause.group
    kept = tuple(w for w in group.words if not _HABITUAL_WORDS.fullmatch(w))
    if kept != group.words:
        group = VerbGroup(kept, group.main, group.tense)  # "have periodically called"
    predicate = _HABITUAL_WORDS.sub("", predicate).strip()
    inverted = question_predicate(first_lower(clause.subject), group, predicate)
    return f"After what event in particular {inverted}" if inverted else None


def after_event(text: str, clause: Clause, start: int) -> str | None:
    """"Attacks which began after X" -> "After what event did the attacks begin?"."""
    predicate = predicate_before(text, clause, start)
    if predicate is None:
        return None
    inverted = question_predicate(first_lower(clause.subject), clause.group, predicate)
    return f"After what event {inverted}" if inverted else None


_AFTER_CLAUSE = re.compile(r"^(?P<subject>(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s+"
                           r"(?P<verb>[a-z]+ed|struck|froze|withdrew|quit|shut|cut|won|lost|"
                           r"broke)\b")
#: What a clause after "after"/"when" must do to be a cause: an act, not a moment
_ACTS = STRONG_AFTER_VERBS | frozenset("""
    rejected approved raised announced broke collapsed crashed exploded erupted failed
    accepted signed ruled concluded upheld overturned convicted acquitted
""".split())
#: Moves of a price or a market, which follow the news a company or a market gives.
_MARKET_MOVES = frozenset("""
    fell rose jumped slumped surged climbed tumbled plunged gained dropped soared sank slid
""".split())
_NEWS_ACTS = _ACTS | frozenset("reported posted warned said published revealed".split())
_AFTER_NOT_SUBJECT = frozenset({"it", "he", "she", "they", "we", "i", "you", "was", "were",
                                "had", "has", "have", "been", "being", "is", "are", "of", "in",
                                "to", "on", "for", "with", "that", "which"})


#: A finding: "research showed that", "an inquiry found that", "tests confirmed".
_FINDING = re.compile(r"(?:(?:an?|the|new|further|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:research|"
                      r"study|studies|tests?|investigation|inquiry|review|audit|analysis|report|"
                      r"survey|inspection|probe|checks)\s+(?:had\s+)?(?:showed|shown|found|"
                      r"revealed|concluded|confirmed|established|suggested)\s+(?:that\s+)?[a-z]")


def strong_after(text: str, clause: Clause, match: re.Match[str], cause: str) -> bool:
    """"after" is temporal unless a decision verb, an emphasis or a reason-like object says so
    (the object read without a relative clause set off inside it: "after a nurse, who asked not
    to be named, reported X" is read as "after a nurse reported X")."""
    if ends_with(STRONG_AFTER_LEAD, text, match.start()) or _FINDING.match(cause):
        return True  # (or "after research showed that X": a finding is why, never a time)
    if PERIOD_CLAUSE.match(cause):
        return False  # ("after trading opened", "after the season ended": a time)
    if ", wh" in cause:
        cause = _RELATIVE_INSIDE.sub("", cause)
    if clause.group.main.lower() in _COPULAS and _STATE_BEFORE.fullmatch(
            text, clause.verb_end, match.start()) and not TIME_AFTER.match(cause) and \
            _STATE_CAUSE.match(cause):
        return True  # "stocks are low after a poor harvest": a state and what brought it
    if _STRONG_AFTER_OBJECT.match(cause) or _ACCUSED.match(cause) or JUDGED_THAT.match(cause):
        return True
    if _SPELL_OF.match(cause) and (base_form(clause.group.main.lower()) or
                                   clause.group.main.lower()) not in _TIME_ONLY:
        return True  # "The dam burst after days of heavy rain": a spell of what brought it
    if clause.group.main.lower() in PUNISHED and _MISDEED.match(cause) and not \
            _NOT_GERUND.match(cause):
        return True  # "was stripped of a stage win after testing positive": what it was for
    acted = _AFTER_CLAUSE.match(cause)
    main = clause.group.main.lower()
    if acted is not None and acted.group("verb") in _ACTS and not any(
            w in _AFTER_NOT_SUBJECT for w in acted.group("subject").lower().split()):
        return True  # "after the union declared a strike": an act, not just a time
    if acted is not None and main in _MARKET_MOVES and acted.group("subject").lower() in {
            "it", "they"} and acted.group("verb") in _NEWS_ACTS:
        return True  # "Shares in X jumped 8% after it reported better profits"
    if (main in STRONG_AFTER_VERBS or main in PUNISHED) and (
            _OWN_MISDEED.match(cause) or EMERGED.match(cause)):
        return True  # "was fined after it admitted dumping sewage", "resigned after it emerged
        # that she had failed to declare a loan": what the subject did, or what came out
    if event_clause(cause) and ((base_form(main) or main) not in _TIME_ONLY or _left_with(clause)):
        return True  # "closed after the river rose", "cut jobs after the loss ... left a hole"
    if main in CHANGED and (act := _ACT_NOUN.match(cause)) is not None and \
            act.group("head") not in _OCCASIONS:
        return True  # "Air quality improved after the introduction of unleaded petrol"
    if clause.group.words[-1].lower() in _BE_FORMS and _WITHOUT.match(text, clause.verb_end, match.start()) and (
            event_clause(cause) or caused_by_noun(cause)):
        return True  # "has been without internet for four days after its cable was damaged"
    if (_EVENT_NOUN.match(cause) or _REPORTED_NOUN.match(cause)) and (
            base_form(main) or main) not in _TIME_ONLY:
        return True  # "closed its website after a ransomware attack", "was withdrawn after
        # reports of rare blood clots"
    if main in _INSTRUCTED and clause.group.words[0] in {"was", "were", "is", "are", "have",
                                                          "has", "had"} and event_clause(cause):
        return True  # "Residents were told to boil their water after bacteria were found"
    if (main in STRONG_AFTER_VERBS or main in PUNISHED or main in _GROUNDED) and \
            caused_by_noun(cause):
        return True  # "was arrested after a brawl", "cancelled her tour after a throat infection"
    if _GAINED.match(cause) and (main in STRONG_AFTER_VERBS or main == "forced"):
        return True  # "raised the prize fund after signing a sponsorship deal"
    return main in STRONG_AFTER_VERBS and bool(re.match(
        r"^(?:[\w’'-]+\s+){1,4}(?:told|said|warned|claimed|found|learned|discovered)\b", cause))


#: What the subject itself did wrong or suffered, told with a pronoun: "after it admitted X",
#: "after she injured her back", "after they were caught speeding".
_OWN_MISDEED = re.compile(r"(?:it|he|she|they)\s+(?:had\s+)?(?:(?:pleaded\s+guilty|admitted|"
                          r"confessed|failed|breached|broke|fielded|misled|lied|injured|hurt|"
                          r"tore|broke|tested\s+positive|missed|overspent|lost)\b|(?:was|were)\s+"
                          r"(?:found|caught|convicted|accused|injured)\b)")
#: News that came out: "after it emerged that X" (the answer is X).
EMERGED = re.compile(r"it\s+(?:had\s+)?(?:emerged|was\s+revealed|was\s+reported|became\s+clear|"
                     r"became\s+known|was\s+disclosed)\s+that\s+")


#: A spell of weather, violence or strain: "days of heavy rain", "months of drought", "years
#: of neglect", "weeks of protests" (a time "after two days" alone is not one).
_SPELL_OF = re.compile(r"(?:(?:a|an|the|two|three|four|five|six|several|many|\d+)\s+)?"
                       r"(?:(?:more|less)\s+than\s+)?(?:days?|weeks?|months?|years?|decades?|"
                       r"hours?|nights?)\s+of\s+(?:[\w-]+\s+){0,2}?(?:rain|rainfall|snow|"
                       r"snowfall|drought|storms?|flooding|floods|fighting|shelling|bombing|"
                       r"protests?|strikes?|heat|heatwaves?|neglect|losses|delays|pressure|"
                       r"criticism|speculation|uncertainty|clashes|unrest|violence|"
                       r"underinvestment|cuts|sanctions|wildfires?|frost|wind|winds|gales)\b")
#: Acts done to things that stop them: "Flights were grounded after a computer glitch".
_GROUNDED = frozenset({"grounded", "disqualified", "recalled", "stranded", "diverted",
                       "cancelled", "canceled", "withdrawn", "rejected", "delayed"})
#: A noun phrase after "after", read for its head noun (up to a preposition or its end).
_AFTER_NOUN = re.compile(r"(?:(?:a|an|the)\s+(?P<np>(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][a-z-]+))|"
                         r"(?P<bare>(?:[a-z][\w-]+\s+){0,2}?(?P<bare_head>rain|rainfall|snow|"
                         r"snowfall|flooding|pressure|criticism|opposition|delays|losses|storms|"
                         r"complaints|protests|outrage|anger)))"
                         r"(?=$|[,.;]|\s+(?:of|in|on|at|with|from|over|into|by|outside|near|"
                         r"against|involving|during|for|that|which|who|among)\b)")
_FINITE_WORDS = frozenset({"was", "were", "is", "are", "had", "has", "have", "would", "will"})
#: Occasions and stretches of time: "after a meeting", "after the match" tell when.
_OCCASIONS = frozenset("""
    meeting meetings talks match game games season visit holiday holidays break renovation
    ceremony speech trip tour summit hearing session conference interview election elections
    vote referendum review debate concert festival service funeral wedding lunch dinner
    breakfast party event race final semi-final half half-time interval weekend night day week
    month year decade period spell wait delay pause recess training practice win victory
    defeat loss draw announcement statement consultation negotiations discussions trial
    trials inquest appeal weeks days months years hours minutes seconds nights weekends
""".split())


def caused_by_noun(cause: str) -> bool:
    """Whether ``cause`` is a noun phrase of a happening, not an occasion or a time: "a brawl
    outside the stadium", "a computer glitch", "torrential rain" (not "the meeting", "a
    two-day break", "the final")."""
    found = _AFTER_NOUN.match(cause)
    if found is None or TIME_AFTER.match(cause):
        return False
    head = found.group("head") or found.group("bare_head")
    np = found.group("np") or found.group("bare")
    return head not in _OCCASIONS and not head.endswith("ing") and not any(
        is_past_tense(w) or w in _FINITE_WORDS for w in np.split()[1:])  # (a clause: "the
    # season ended" is read by the clause rules)


#: What is said or feared of something, bare and plural, as what an act followed: "after
#: reports of rare blood clots", "after allegations that ...", "after complaints from X".
_REPORTED_NOUN = re.compile(r"(?:(?:new|fresh|further|growing|repeated|widespread|mounting|"
                            r"numerous|several)\s+)?(?:reports|allegations|accusations|claims|"
                            r"complaints|concerns|fears|revelations|warnings|protests|"
                            r"criticism|evidence|findings)\s+(?:of|that|about|over|from)\b")
#: Verbs of an instruction given to the subject ("were told to", "have been advised to"):
#: "after" + an event is why they were told.
_INSTRUCTED = frozenset({"told", "advised", "urged", "ordered", "asked", "instructed",
                         "warned"})
_COPULAS = frozenset({"is", "are", "was", "were", "remain", "remains", "remained"})
#: A scarcity, a surplus or a strain a copula puts its subject in ("stocks are low",
#: "tensions remain high"), alone before "after" (not "open after", "quiet after": a time).
_STATE_BEFORE = re.compile(r"\s+(?:(?:still|already|now|very|so|unusually|extremely|"
                           r"dangerously|critically)\s+)?(?:low|high|scarce|tight|short|"
                           r"depleted|empty|dry|strained|stretched|tense|lower|higher)\s+")
#: What brings such a state about, after "after": a harvest, a season or a disaster
#: ("the frost-damaged harvest of 2024", "months of drought", "a cold winter"; not "the last
#: delivery of the week" or "the bridge": a time or a place).
_STATE_CAUSE = re.compile(r"(?:(?:a|an|the|two|three|four|five|several|successive|repeated|"
                          r"recent|last\s+year's|this\s+year's)\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?:harvests?|drought|droughts|rain|rains|rainfall|frost|frosts|storms?|"
                          r"floods?|flooding|heatwaves?|wildfires?|fires?|winter|summer|spring|"
                          r"strikes?|shortages?|war|sanctions|cuts|outbreak|panic\s+buying|"
                          r"shooting|attacks?|crash|collapse)\b")


#: A relative clause set off by commas inside a cause ("a fan, who was later arrested, threw").
_RELATIVE_INSIDE = re.compile(r",\s+(?:who|which)\s+[^,;:\"“”()]{3,60}?,(?=\s)")


def _left_with(clause: Clause) -> bool:
    """"had been left with no choice", "were left stranded": a passive "left" is a state the
    subject was put in (its cause may follow "after"), not a departure."""
    return clause.group.main.lower() == "left" and "been" in clause.group.words or \
        clause.group.words[0].lower() in {"was", "were"} and clause.group.main.lower() == "left"


def causal_opening(conn: str, cause: str, main: str) -> bool:
    """Whether "After X, ..." / "Following X, ..." opening a sentence says why its clause's
    act (main verb ``main``) was done: "Following complaints from residents, the council
    banned ...", "After a kitchen fire, the cafe closed" (an event named by a noun), not
    "After two days, ..." or "After the meeting, she returned to London"."""
    base = base_form(main.lower()) or main.lower()
    if conn == "after" and base not in _SPOKEN and _forced(cause):
        return True  # "After a fire destroyed its warehouse, the company moved ..."
    if main.lower() in CHANGED and (act := _ACT_NOUN.match(cause)) is not None and \
            act.group("head") not in _OCCASIONS:
        return True  # "After the introduction of congestion charges, traffic fell"
    if base in _TIME_ONLY or TIME_AFTER.match(cause) or cause[:1].isupper() and not cause.startswith(
            ("The ", "A ", "An ")):
        return False
    return _EVENT_NOUN.match(cause) is not None or conn == "following" and not cause.endswith(
        "ing") and not cause.split()[0].endswith("ing")


def _forced(cause: str) -> bool:
    """Whether ``cause`` opens with a named subject (not a pronoun) and a verb of force, harm
    or failure: "a fire destroyed its warehouse", "the dam burst", "floodlights failed"."""
    acted = _AFTER_CLAUSE.match(cause)
    verb = acted.group("verb") if acted is not None and not any(
        w in _AFTER_NOT_SUBJECT for w in acted.group("subject").lower().split()) else None
    return verb in _FORCES or _event_verb(cause) in _FORCES or _FORCE_PHRASE.match(
        cause) is not None


#: "resigned after he was accused of ...": what was done to the subject is the reason.
_ACCUSED = re.compile(r"^(?:he|she|they)\s+(?:was|were|had\s+been)\s+(?:accused|charged|"
                      r"convicted|arrested|caught|critici[sz]ed|investigated|implicated|"
                      r"sanctioned|fined|banned|suspended)\b")
#: Verbs of speaking and meeting: what follows a blow of force only in time.
_SPOKEN = frozenset({"say", "tell", "speak", "meet", "add", "write", "visit", "arrive"})
#: Verbs after which "after" + an event only dates the act ("joined the club after the
#: season ended"): moving, meeting, speaking, starting.
_TIME_ONLY = frozenset("""
    begin start come return join arrive meet speak say tell add move graduate retire live
    work land touch go spend become serve remain stay visit leave take sign follow happen occur
    continue resume be have found bear establish build marry release publish write record
    study train play grow
""".split())
TIME_ONLY_VERBS = _TIME_ONLY
#: "a decade after X", "shortly after X": a time, not a cause.
SPAN_BEFORE = Ending(r"(?:(?<!for )(?<!by )(?<!by nearly )(?<!by almost )(?<!by about )"
                     # ("delayed by nearly three hours after X": how long, then why)
                     r"(?<!by around )(?<!by more than )(?<!by up to )(?<!by over )"
                     r"\b(?:\d+|an?|one|two|three|four|five|six|"
                     r"seven|eight|nine|ten|"
                     r"several|few|many|some)\s+(?:decades?|years?|months?|weeks?|days?|"
                     r"hours?|minutes?)|\b(?:shortly|soon|immediately|moments|long|just)|"
                     # (bare: "days after X"; "for six weeks after X" is how long, then why)
                     r"(?<!\d )(?<!one |two |six |ten |few )(?<!four |five |nine |many |some )"
                     r"(?<!three |seven |eight )(?<!several )\b(?:hours|days|weeks|months|"
                     r"years))\s+$", "eghknrsty", re.IGNORECASE)
EVENT_STOP = frozenset({"that", "which", "who", "when", "where", "and", "or", "but", "if",
                         "because", "while", "as", "to"})
_PREPOSITIONS = frozenset({"for", "with", "in", "on", "of", "at", "by", "from", "over"})
_EVENT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it", "this", "that"})
#: "-ing" words that open a noun phrase as adjectives of change ("rising costs", "growing
#: demand"), not a gerund's act ("leaving office").
_CHANGING_ADJECTIVES = frozenset("""
    rising falling soaring growing mounting increasing declining worsening widening shrinking
    dwindling surging spiralling spiraling escalating deepening slowing weakening strengthening
    lingering persistent continuing
""".split())


def event_clause(cause: str) -> bool:
    """Whether ``cause`` opens with a subject and its past verb ("the river rose ...", "the
    loss of a defence contract left a hole ...", "a cell tower was damaged"): an event, not
    a time ("after two days", "after the season ended", "as the session wore on") or an act
    of the subject itself ("after leaving office")."""
    return _event_verb(cause) is not None and not PERIOD_CLAUSE.match(cause)


#: A stretch of time that begins, ends or goes on: "the season ended", "the session wore
#: on", "the clock struck midnight", "night fell": when, never why.
PERIOD_CLAUSE = re.compile(
    r"(?:(?:the|this|last|that|a)\s+)?(?:[\w-]+\s+)?(?:season|match|game|meeting|session|day|"
    r"week|month|year|night|evening|morning|afternoon|term|summit|festival|holidays?|"
    r"campaign|tournament|race|clock|talks|hearing|war|ceremony|event|concert|summer|winter|"
    r"spring|autumn|market|markets|trading|darkness)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:ended|finished|began|begun|started|closed|opened|"
    r"arrived|set\s+in|wore\s+on|went\s+on|"
    r"dragged\s+on|progressed|unfolded|drew\s+to\s+a\s+close|came\s+to\s+an\s+end|"
    r"struck|approached|neared|got\s+under\s*way|fell)\b", re.IGNORECASE)


_LATER_AUXILIARIES = frozenset("""
    is are has have will would can could may might must does do
""".split())


def _event_verb(cause: str) -> str | None:
    """The past verb of the clause ``cause`` opens with (see :func:`event_clause`)."""
    words = cause.split()
    if not words or words[0].lower() in _EVENT_PRONOUNS or words[0].lower().endswith(
            "ing") and words[0].lower() not in _CHANGING_ADJECTIVES:
        return None  # ("after leaving office": the subject's own act, not an event; but
        # "as rising costs squeezed spending" is one)
    for i in range(1, min(len(words), 11)):
        low = words[i].lower().strip(",")
        prev = words[i - 1].lower()
        if not words[i].islower() or prev in DETERMINERS:
            continue
        if low in {"was", "were", "had"}:
            after = words[i + 1].lower().strip(",") if i + 1 < len(words) else ""
            return after if is_participle(after) else None
        if prev == "and" and low in _LATER_AUXILIARIES:
            return None  # ("his death and is rarely performed": the main clause goes on)
        if is_past_tense(low):
            return low if prev not in EVENT_STOP and prev not in _PREPOSITIONS else None
        if low in EVENT_STOP and i > 1 and low != "and":
            return None  # ("a slump in prices and rising unemployment raised fears": one
            # subject of two nouns; a verb right after "and" is refused above)
    return None


def last_clause_with(clauses: list[Clause], position: int, verbs: frozenset[str]
                      ) -> Clause | None:
    """The last clause whose verb ends before ``position``, if its main verb is one of
    ``verbs``."""
    owner = [c for c in clauses if c.verb_end <= position]
    return owner[-1] if owner and owner[-1].group.main.lower() in verbs else None


_WHEN = re.compile(r"\s+when\s+")
#: A saying verb near the sentence's end: what a closing aside needs (a cheap test first).
_SAID_NEAR_END = re.compile(r"\s(?:said|says|added|according to)\b")
#: Harms, losses and responses that a "when" clause of force or failure explains: "escaped",
#: "were killed", "was evacuated", "sent a self-destruct command", "turned back".
_HARMED = frozenset("""
    escaped died drowned sank capsized derailed flooded burned burnt collapsed crashed
    destroyed damaged killed injured hurt wounded stranded trapped evacuated grounded
    diverted aborted cancelled canceled halted suspended closed shut lost broke exploded
    sent ordered fled spilled leaked toppled overturned abandoned interrupted stopped delayed
    postponed
""".split())
#: Blows of force and failures: what a "when" clause tells when it says why a harm came.
_FORCES = frozenset("""
    tore hit struck swept burst flooded toppled smashed ripped destroyed damaged knocked
    overturned strayed veered skidded slammed blew failed collapsed broke crashed exploded
    erupted caught leaked froze overheated malfunctioned sank capsized derailed caved shook
    ruptured cracked snapped fell landslid surged overflowed spread ignited
""".split())
#: Failures told with a particle: "a fire alarm went off", "the lift broke down".
_FORCE_PHRASE = re.compile(r"(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:went\s+(?:off|out|down)|"
                           r"broke\s+down|caught\s+fire|gave\s+way|ran\s+aground)\b")
#: A crowd's reactions, which a "when" clause of another's act sets off ("Fans threw bottles
#: when the referee disallowed a goal", "Supporters booed when the coach was substituted").
_REACTED = frozenset("""
    threw booed jeered whistled rioted clashed stormed invaded hurled cheered protested
""".split())
#: Harms that a strike or a blockade brings: travellers stranded, services halted.
_HALTED = frozenset("""
    stranded halted suspended cancelled canceled closed shut grounded delayed disrupted
    stopped
""".split())
#: A strike or a blockade as a "when" clause: a subject of up to five words (no pronoun),
#: then the act ("train drivers walked out", "dockers went on strike", "farmers blocked").
_WALKOUT = re.compile(r"(?!(?:it|they|he|she|we|you|i)\b)(?:[\w’'-]+\s+){1,5}?"
                      r"(?:walked\s+out(?!\s+of\b)|went\s+on\s+strike|downed\s+tools|staged\s+a\s+"
                      r"(?:strike|walkout|sit-in|blockade)|blockaded|blocked\s+(?:the|a|an|its|"
                      r"their|roads|ports|access))\b")
_ANY_ACT: frozenset[str] = frozenset({"*"})  # (marks a clause read as an act already)
_NESTED_CAUSE = re.compile(r"\s+(?:in response to|in retaliation for|because|after|following|"
                           r"as a result of|due to|in protest|in an? (?:dispute|row) over)\b")


#: A subject that names a moment of a story, which the "when" clause tells ("The final blow
#: came when the bank withdrew its loan": the blow IS the withdrawal).
_MOMENT_SUBJECT = re.compile(r"\b(?:blow|straw|point|moment|breakthrough|climax|crunch|"
                             r"high|low|highlight|lowpoint|peak|nadir)$", re.I)


def when_facts(text: str, clauses: list[Clause]
               ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The issue resurfaced when Israel launched a counteroffensive" -> "Why did the issue
    resurface?": "when" is causal only after an event verb and before an act clause."""
    for match in _WHEN.finditer(text):
        aside = aside_before(text, match.start()) if text[match.start() - 1] == "," else None
        if aside is not None:
            yield from across(when_facts, text, clauses, match.start(), aside)
            continue  # ("were hurt, police said, when a crane toppled": the injuries')
        clause = last_clause_with(clauses, match.start(), _WHEN_VERBS | _HARMED | _REACTED)
        cause = cut_span(text, match.end()) if clause is not None else None
        if clause is None or cause is None or _MOMENT_SUBJECT.search(clause.subject):
            continue  # ("The final blow came when X": what the blow was, not why it came)
        nested = _NESTED_CAUSE.search(cause)
        cause = cause[:nested.start()] if nested else cause
        # what the "when" clause must tell: an act after an event verb ("collapsed when X
        # withdrew"), a blow of force or a failure after a harm or a response ("escaped when a
        # storm tore holes in the pens", "sent a self-destruct command when the rocket strayed")
        causes = _ACTS if clause.group.main.lower() in _WHEN_VERBS else _FORCES
        if PERIOD_CLAUSE.match(cause):
            continue  # ("closed the meeting when the clock struck midnight": a time)
        if clause.group.main.lower() in _HALTED and _WALKOUT.match(cause):
            causes = _ANY_ACT  # "were stranded when train drivers walked out": a strike halts
        elif clause.group.main.lower() in _REACTED:
            if not event_clause(cause) or cause.split()[0].lower() in _EVENT_PRONOUNS or \
                    is_pronoun(clause.subject):
                continue  # ("fans threw bottles when he scored": whose act, out of context?)
            causes = _ANY_ACT  # "Fans threw bottles onto the pitch when the referee disallowed
            # a late goal": a crowd's reaction, and what it reacted to
        acted = _AFTER_CLAUSE.match(cause)
        if causes is _ANY_ACT:
            pass
        elif (acted is None or acted.group("verb") not in causes or any(
                w in _AFTER_NOT_SUBJECT for w in acted.group("subject").lower().split())) \
                and _event_verb(cause) not in causes and (
                    causes is not _FORCES or _FORCE_PHRASE.match(cause) is None):
            continue  # ("when a tired driver crashed": the act is "crashed", not "tired")
        question = why_question(text, clause, match.start())
        if question is not None:
            closing = closing_aside(text) if _SAID_NEAR_END.search(text, len(text) - 90) \
                else None
            if closing is not None and closing.start() > match.end():
                # ("Telemetry showed X, and officers sent Y when Z, Orbexa said": Orbexa's)
                question = attributed(question, speaker(closing))
            yield AnswerKind.CAUSE, question, cause, (f"when {cause}",)
