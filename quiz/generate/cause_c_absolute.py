"""Why an act was done, told by an absolute clause closing its sentence (", its owners unable to").

An absolute clause (a noun phrase with no finite verb of its own) set after the act tells the
state that made it: "Several bakeries have closed, their owners unable to pay for fuel" ->
"Why have several bakeries closed?" - their owners were unable to pay for fuel; "He gave up
growing vegetables, the dust having ruined two seasons of crops" -> the dust had ruined two
seasons of crops; "The city banned X, with storms having washed rubbish onto its beaches".
Only two shapes are read, the ones that tell a cause and not a manner (", their faces painted
blue" or ", the crowd cheering" go with the act, they do not explain it): an inability
("unable to", "no longer able to") and a harm done before ("having ruined", "having washed":
a verb of effect, not "having gathered at dawn", a time). The sentence is told again with
"because" and the finite verb ("were unable", "had ruined"), and asked as the connective
rules ask it; the answer is the clause as written (answers are spans of the sentence), the
told form an accepted one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.generate.cause_connectives import connective_facts
from quiz.generate.facts import AnswerKind
from quiz.generate.syntax import find_clauses

#: The noun phrase of an absolute clause: at most three lower-case words after a determiner or
#: a possessive ("their owners", "the dust", "monsoon winds"), or a quantity alone ("many").
_NP = (r"(?!(?:as|because|since|when|while|if|and|but|so|though|although)\s)"
       r"(?!(?:\S+\s+){0,3}?(?:was|were|is|are|had|been)\s)"  # (a finite clause, not absolute)
       r"(?:(?:the|their|its|his|her|our|many|most|some|several)\s+)?"
       r"(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*|many|most|some|several")
#: ", their owners unable to pay for fuel.", ", with its vessel out of action since X." closing
#: the sentence (a state that stops an act: unable, out of action or service, under water, in
#: ruins; "closed" or "shut" only after "with").
_UNABLE = re.compile(rf",\s+(?P<with>with\s+)?(?P<np>{_NP})\s+"
                     r"(?P<state>(?:(?:unable|(?:no\s+longer|not)\s+able)\s+to\s+"
                     # (not a feeling shown: "unable to hide his tears" goes with the act)
                     r"(?!(?:hide|conceal|contain|believe|speak|stop|hold|look|keep)\b)[a-z]|"
                     r"out\s+of\s+(?:action|service|use|work|stock|"
                     r"fuel|money)\b|under\s+water\b|in\s+ruins\b|(?:closed|shut)\b)"
                     r"[^,;:\"“”()]{0,80}?)\s*\.$")
#: ", (with) the dust having ruined two seasons of crops." closing the sentence.
_HAVING = re.compile(rf",\s+(?:with\s+)?(?P<np>{_NP})\s+having\s+(?:been\s+)?(?P<verb>[a-z]+)\s+"
                     r"(?P<rest>[^,;:\"“”()]{3,90}?)\s*\.$")
#: Verbs of effect, harm, loss and change: what a "having" clause tells as a cause.
_EFFECTS = frozenset("""
    ruined destroyed damaged wrecked washed swept flooded dried failed collapsed closed shut
    left forced cut halved doubled tripled risen fallen dropped soared slumped run fell rose
    stolen burned burnt killed injured struck hit blocked cancelled canceled withdrawn pulled
    eaten wiped exhausted drained spent lost emptied broken frozen worn stripped poisoned
    polluted raised lowered scrapped refused rejected denied banned blown torn dumped spread
    found discovered detected
""".split())
#: Plural heads that do not end in "s".
_PLURAL = frozenset({"people", "police", "children", "staff", "men", "women", "cattle"})


#: ", unable to afford whole ones." closing the sentence: the inability of the subject of the
#: clause before it (no noun phrase of its own).
_BARE_UNABLE = re.compile(r",\s+(?P<state>(?:unable|(?:no\s+longer|not)\s+able)\s+to\s+"
                          r"(?!(?:hide|conceal|contain|believe|speak|stop|hold|look|keep)\b)"
                          r"[a-z][^,;:\"“”()]{0,80}?)\s*\.$")


#: "With reservoirs at a quarter of capacity, ...": a fronted absolute clause whose state
#: explains the act after it. The noun phrase (up to six words, not a means or a company:
#: "With the help of volunteers", "With its partners" have no state after them), then a state
#: from a closed set: a level ("at a quarter of capacity", "at their lowest in decades"), a
#: stop ("on strike", "out of service", "in short supply", "in ruins", "under water"), a
#: change under way ("rising", "running low") or done to it ("closed", "damaged by storms").
_WITH_FRONTED = re.compile(
    r"With\s+(?P<np>(?!(?:the\s+)?(?:help|support|aid|exception|backing|assistance|approval|"
    r"consent|cooperation|blessing|agreement|permission|participation)\b)"
    r"(?:no\s+)?(?:[\w’'%-]+\s+){0,5}?[\w’'%-]+)\s+"
    r"(?P<state>(?:at\s+(?:(?:a|an|the|its|their|his|her|record|historic|historically)\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:level|levels|low|lows|lowest|high|highs|highest|capacity|"
    r"quarter|half|third|fraction|minimum|maximum|peak|record)\b|"
    r"on\s+strike\b|out\s+of\s+(?:action|service|use|work|stock|fuel|money|order)\b|"
    r"in\s+(?:short\s+supply|ruins|tatters|disarray|turmoil|crisis|decline|recession)\b|"
    r"under\s+(?:water|threat|strain|siege)\b|"
    r"(?:rising|falling|soaring|surging|climbing|dwindling|shrinking|declining|dropping|"
    r"mounting|growing|increasing|looming|approaching|spreading|collapsing|worsening|"
    r"running\s+(?:low|out|short|dry))\b|"
    r"(?:closed|shut|blocked|flooded|damaged|destroyed|cut\s+off|cancelled|canceled|"
    r"suspended|halted|stranded|exhausted|depleted|frozen|scarce|empty|unpaid|"
    r"left|in\s+sight)\b)"
    r"[^,;:\"“”()]{0,60}?),\s+(?=[A-Za-z])")
#: Participles after which no "be" is told ("prices rising" -> "prices were rising").
_STATE_ING = re.compile(r"[a-z]+ing\b")


def fronted_with_facts(text: str) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"With reservoirs at a quarter of capacity, the city rationed water" -> "Why did the
    city ration water?" (reservoirs at a quarter of capacity): told again with "because"."""
    found = _WITH_FRONTED.match(text)
    if found is None:
        return
    np = found["np"]
    if np.split()[0].lower() in _NOT_NOUN_PHRASE:
        return
    main = text[found.end():].rstrip(". ")
    if not main or "," in main and _CLAUSE_AFTER_COMMA.search(main):
        return
    head = np.split()[-1].lower()
    plural = head in _PLURAL or head.endswith("s") and not head.endswith("ss")
    state = found["state"]
    if state.startswith("left") or state.startswith("in sight"):
        if not np.lower().startswith("no "):
            return  # ("With two days left": a time, not a want)
    be = _be(main, plural)
    cause = f"{np[0].lower()}{np[1:]} {be} {state}"
    written = f"{np[0].lower()}{np[1:]} {state}"
    told = f"{main} because {cause}."  # (its first word as written: "drivers", "Oxfam")
    for kind, question, answer, _ in connective_facts(told, find_clauses(told)):
        if kind is AnswerKind.CAUSE and answer == cause:
            yield kind, question, written, (cause,)


#: First words that make what follows "With" no noun phrase of a state's own.
_NOT_NOUN_PHRASE = frozenset({"this", "that", "these", "those", "it", "them", "him", "her",
                              "us", "me", "you", "which", "whom"})


def absolute_facts(text: str) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    if text.startswith("With "):
        yield from fronted_with_facts(text)
    if "able to " in text and (bare := _BARE_UNABLE.search(text)) is not None:
        yield from _bare_unable(text, bare)
        return
    unable = _UNABLE.search(text)
    having = _HAVING.search(text) if unable is None else None
    if unable is not None and unable["with"] is None and unable["state"].startswith(
            ("closed", "shut")):
        unable = None  # (", its doors closed to visitors": how, unless "with" says why)
    if unable is not None:
        head = unable["np"].split()[-1].lower()
        plural = head in _PLURAL or head.endswith("s") and not head.endswith("ss")
        main = text[:unable.start()]
        be = _be(main, plural)
        cause = f"{unable['np']} {be} {unable['state']}"
        written = f"{unable['np']} {unable['state']}"
    elif having is not None and having["verb"] in _EFFECTS:
        main = text[:having.start()]
        passive = "been " if " having been " in having.group() else ""
        cause = f"{having['np']} had {passive}{having['verb']} {having['rest']}"
        written = f"{having['np']} having {passive}{having['verb']} {having['rest']}"
    else:
        return
    if "," in main and _CLAUSE_AFTER_COMMA.search(main):
        return  # (", which ..." or a list before: whose act the state explains is unclear)
    cause = cause[0].lower() + cause[1:]
    told = f"{main} because {cause}."
    for kind, question, answer, _ in connective_facts(told, find_clauses(told)):
        if kind is AnswerKind.CAUSE and answer == cause:
            yield kind, question, written, (cause,)  # (an answer is a span of the text)


def _bare_unable(text: str, bare: re.Match[str]
                 ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Many customers now buy half loaves, unable to afford whole ones" -> "Why do many
    customers now buy half loaves?": told again as "because they are unable to ..."."""
    main = text[:bare.start()]
    if "," in main and _CLAUSE_AFTER_COMMA.search(main) or " because " in bare["state"]:
        return  # (a reason of its own: "unable to leave because of the storm")
    cause = f"they {_be(main, True)} {bare['state']}"
    told = f"{main} because {cause}."
    for kind, question, answer, _ in connective_facts(told, find_clauses(told)):
        if kind is AnswerKind.CAUSE and answer == cause:
            yield kind, question, bare["state"], (cause,)


#: A relative or a participle clause in the act's sentence: the state could be its.
_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:which|who|where|while|whose|[a-z]+ing)\b")


def _be(main: str, plural: bool) -> str:
    """The finite "be" an inability is told with: past after an act told in the past or the
    perfect ("have closed"), present after a present act ("now buy")."""
    past = _PAST.search(main) is not None
    if past:
        return "were" if plural else "was"
    return "are" if plural else "is"


#: An act told in the past or the perfect: a perfect auxiliary or a past form.
_PAST = re.compile(r"\b(?:has|have|had|was|were|did)\b|\b[a-z]{3,}ed\b")
