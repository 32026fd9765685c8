"""Shapes of broken questions the last gate knows: a transform that cut a clause short, took
a complement for a reason, or asked a thing with "Who"."""

from __future__ import annotations

import re

from quiz.generate.facts import Fact
from quiz.generate.grammar import PARTICIPLE_TO_BASE, PAST_TO_BASE, is_past_tense
from quiz.generate.question_misreads import misread
from quiz.model import Category

def _clause_end(question: str) -> str:
    """``question`` without its closing "?" and any closing ", according to X"."""
    end = question.rstrip("?")
    at = end.rfind(", according to ")
    return end[:at] if at > 0 and "," not in end[at + 2:] else end


#: Verbs that cannot end a clause without their object (lower case; base forms, and the
#: participles that follow "has"/"had"): "Why did people deserve?" lost what they deserve.
_TRANSITIVE_BASE = frozenset("""
    deserve need want require include contain involve mean make give put bring take get find
    have
    reach receive raise lower prompt force allow enable cause urge persuade convince encourage
    tell hold keep lack face become seek hit mark owe own use buy cost carry send offer provide
    replace remove affect reflect let gain hire issue ignore deny blame describe consider
""".split())
_TRANSITIVE_PARTICIPLE = frozenset("""
    deserved needed wanted required included contained involved meant made given put brought
    taken got gotten found reached received raised lowered prompted forced allowed enabled
    caused urged persuaded convinced encouraged told held kept lacked faced become sought hit
    marked owed owned used bought cost carried sent offered provided replaced removed affected
    reflected let gained hired issued ignored denied blamed described considered
""".split())
#: Words before a noun, not before a verb ("their offer").
_DETERMINERS = frozenset("the a an its their his her our your my this that these those no any "
                         "every each some".split())
#: A break between two sentences of a question ("... near Rast. What did this force?").
_SENTENCE_BREAK = re.compile(r"(?<=[\w%)]{2}[.!?]) (?=[A-Z])")
_CLAUSE_ENDS = _TRANSITIVE_BASE | _TRANSITIVE_PARTICIPLE
#: Prepositions whose object is a noun, never a verb missing its own ("on offer", "for hire").
_NOUN_PREPOSITIONS = frozenset("on in for of at under into with without from by about".split())
#: Questions whose wh-word may be the object a clause-final verb lacks ("What did X need?").
_ASKS_OBJECT = ("What", "Which", "Who", "Whom", "Whose", "How much", "How many")
_DO_OR_MODAL = re.compile(r"^[^,]*?(?:,[^,]*,)?\s(?:did|does|do|will|would|could|can|should|"
                          r"must|may|might)\s")
_PERFECT = re.compile(r"^[^,]*?(?:,[^,]*,)?\s(?:has|have|had)\s")


def _object_missing(question: str) -> bool:
    """Whether the asked clause ends on a verb that needs an object it lacks ("Why did
    people deserve?", "Why had the company received, according to X?")."""
    before, _, last = _clause_end(question).rpartition(" ")
    if last not in _TRANSITIVE_BASE and last not in _TRANSITIVE_PARTICIPLE:
        return False
    question = _SENTENCE_BREAK.split(question)[-1]
    if question.startswith(_ASKS_OBJECT):
        return False
    previous = before.rpartition(" ")[2].lower()
    if previous in _DETERMINERS or previous in ("been", "be", "being") or \
            previous in _NOUN_PREPOSITIONS:
        return False  # "... did not improve their offer?", "the capacity on offer", "in
        # use": a noun; "been found": passive
    auxiliary = last in _TRANSITIVE_BASE and _DO_OR_MODAL.match(question) or \
        last in _TRANSITIVE_PARTICIPLE and _PERFECT.match(question)
    if not auxiliary:
        return False
    return not _object_noun(_clause_end(question)[auxiliary.end():].split()[:-1])


def _object_noun(clause: list[str]) -> bool:
    """Whether the clause's last word (after ``clause``, the words between the auxiliary and
    it) heads an object noun phrase: a possessive among the three words before it, after the
    subject and its verb, with only modifiers between ("did the union reject the company's
    final offer": "offer" is the noun; "did the company make": a verb lacking its object;
    "the operator offer", "the club's fans offer": a subject, then the verb)."""
    for back in (1, 2, 3):
        at = len(clause) - back
        if at < 2:
            break
        word = clause[at].lower()
        if word.endswith(("'s", "’s")):
            return True
        if word.endswith("s") or not word.isalpha():
            break  # a plural head ("fans") is the subject before a verb
    return False


#: Verbs that make someone do something: their object is followed by "to" and a verb.
_CAUSATIVE = r"(?:prompt|force|push|drive|drove|driven|spur|urge|cause|allow|enable|encourage|" \
             r"persuade|compel|oblige|lead|led|convince|inspire|pressure|pressur|ask|order|" \
             r"tell|told|invite|help|get|got)"
#: "What did the findings prompt?": the answer is the object, cut before its "to" verb.
_WHAT_DID = ("What did ", "What does ", "What do ", "What has ", "What had ", "What have ",
             "What will ", "What would ", "What could ", "What might ")
_CAUSATIVE_WORD = re.compile(rf"{_CAUSATIVE}\w*")
#: Verbs whose object is always followed by "to" and a verb when one follows ("caused the
#: ferry to list"), and an answer of that shape (an object, then "to" and a verb).
_MAKES_DO = re.compile(r"(?:cause|force|allow|enable|push|encourage|persuade|compel|oblige)\w*")
_OBJECT_THEN_TO = re.compile(r"^(?!to )(?:[\w'’-]+ ){1,5}to [a-z]+")
#: "What prompted the shipping minister?": the question ends on the verb's object.
_CAUSATIVE_ASKED = re.compile(rf"^What {_CAUSATIVE}\w* (?P<object>[^?,]+?)"
                              r"(?:,\s+according to [^?]+)?\?$")
#: What follows a causative's object in the sentence when its "to" verb was cut off: an
#: optional appositive ("the shipping minister, Nikos Vlachos,") and "to".
_TO_FOLLOWS = re.compile(r"(?:,[^,]{1,60},)?\s+to\s+[a-z]")


def _causative_cut(question: str, answer: str, text: str) -> bool:
    """Whether a "What did X prompt?" card stops at the object of a verb that goes on with
    "to" and a verb in the sentence ("prompted the minister, N, to announce ...")."""
    if not question.startswith("What ") or " to " not in text:
        return False
    if question.startswith(_WHAT_DID) and \
            _CAUSATIVE_WORD.fullmatch(_clause_end(question).rpartition(" ")[2]):
        if _OBJECT_THEN_TO.match(answer) and \
                _MAKES_DO.fullmatch(_clause_end(question).rpartition(" ")[2]):
            return True  # "What did the weight cause? -> the ferry to list": ask "cause the
            # ferry to do", as the rule's other card does
        at = text.find(answer)
        return at >= 0 and bool(_TO_FOLLOWS.match(text, at + len(answer)))
    asked = _CAUSATIVE_ASKED.match(question)
    if asked is None or " to " in asked.group("object"):
        return False
    obj = asked.group("object")
    at = text.find(obj)
    if at < 0 and obj[:1].isupper():
        at = text.find(obj[:1].lower() + obj[1:])
    return at >= 0 and bool(_TO_FOLLOWS.match(text, at + len(obj)))


#: Words after which "to" and a verb are what was planned, foreseen or able, not a reason
#: ("due to report", "forecast to carry", "decided to leave"): "Why were winds forecast? ->
#: to carry the ash" asks a complement as if it were a purpose.
_COMPLEMENT_BEFORE = re.compile(
    r"\b(?:due|forecast|expected|set|likely|unlikely|scheduled|about|able|unable|going|"
    r"supposed|bound|poised|slated|certain|sure|predicted|projected|tipped|ready|willing|"
    r"eager|reluctant|decided?|agreed?|planned|plans?|wanted|wants?|tried|tries|try|hoped|"
    r"hopes?|promised|promises?|refused|refuses?|declined|declines?|threatened|threatens?|"
    r"failed|fails?|aimed|"
    r"aims?|sought|seeks?|needed|needs?|voted|votes?|chose|chosen|pledged|vowed|managed|"
    r"attempted|intended|intends?|continued|began|begun|started|asked|told|urged|allowed|"
    r"forced|ordered|invited|called|appeared|seemed|seems?|deserved?|deserves|used|have|has|"
    r"had|having|ought)"
    r"\s+(?:(?:not|also|still|now|originally|initially)\s+)?(?:to\s+)?$")
#: Common verbs ending like nouns or adjectives: "to give customers time", "to finance the
#: plan", "to question witnesses" are purposes, not "to" and a noun phrase.
_VERBS_LIKE_NOUNS = (r"(?:give|live|drive|arrive|survive|receive|revive|thrive|deprive|derive|"
                     r"strive|forgive|perceive|deceive|conceive|archive|implement|supplement|"
                     r"comment|document|experiment|augment|influence|silence|experience|"
                     r"reference|balance|finance|enhance|advance|question|mention|function|"
                     r"position|sanction|auction|caution|station|panic|mimic)")
#: "to" and a noun phrase, not a verb: "Why does the law give priority? -> to public research
#: bodies" (the complement of "give ... to").
_TO_NOUN = re.compile(r"^to\s+(?:(?:the|a|an|its|their|his|her|our|this|these|those|that|"
                      r"some|all|every|each|both|many|several|more|other|another|no)\b|"
                      r"[A-Z\d]|(?!" + _VERBS_LIKE_NOUNS + r"\b)\w+(?:ic|ous|ful|ive|ment|ness|ity|"
                      r"tion|sion|ance|ence|ers|ists|ies)\b)")


def _complement_as_reason(answer: str, text: str) -> bool:
    """Whether a "Why" card answers with the complement of "due"/"forecast"/"decided" and the
    like ("was originally due to report in July") or with "to" and a noun phrase."""
    if _TO_NOUN.match(answer):
        return True
    at = text.find(answer)
    if at <= 0:
        return False
    before = text[max(0, at - 40):at]
    if not before.endswith(" ") or not _COMPLEMENT_BEFORE.search(before):
        return False
    # "postponed due to heavy rain" is a reason; "was due to report" a schedule
    return not before.rstrip().endswith("due to") or bool(_BE_DUE.search(before))


#: "was due to", "is originally due to": "due" after a form of "be" (and an adverb).
_BE_DUE = re.compile(r"\b(?:is|are|was|were|be|been|being|'s)\s+(?:\w+ly\s+|still\s+|now\s+)?"
                     r"due\s+to\s+$")


#: "Why ... but ...?": the reason the sentence gives is for one of the two predicates.
_BUT = re.compile(r"\sbut\s")


#: A time of day, a date or a number is no event ("After what event did the eruption begin?
#: -> 2 a.m. local time").
_NOT_EVENT = re.compile(
    r"^(?:(?:shortly\s+)?(?:after|before)\s+)?(?:about\s+|around\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*"
    r"(?:a\.?m\.?|p\.?m\.?|am\b|pm\b|o'clock|hours?\b|GMT|UTC|local)|\d[\d,.]*\s*$|midnight|noon|"
    r"midday|dawn|daybreak|dusk|nightfall|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b|(?:19|20)\d\d\b)", re.I)
#: "After what event did the eruption begin shortly?": the time word of "shortly after" left
#: behind.
_LEFT_TIME_WORD = re.compile(r"\b(?:shortly|soon|immediately|just|right|long)$")


def _time_as_event(question: str, answer: str) -> bool:
    """Whether a "what event" card answers with a time, a date or a number, or leaves
    "shortly" of "shortly after" in its question."""
    return bool(_NOT_EVENT.match(answer)) or bool(_LEFT_TIME_WORD.search(_clause_end(question)))


#: Verbs only things do: their subject is no answer to "Who" ("Who overturned on 2 March?"
#: -> "Agia Marina", a ship).
_THING_VERBS = re.compile(
    r"^(?:Who|Which (?:organisation|organization|group|company|body))\s+(?:had\s+|has\s+)?"
    r"(?:overturn|capsiz|capsis|sank|sunk|sink|erupt|derail|collaps|explod|leak|overheat|"
    r"malfunction|ran aground|run aground|broke down|break down|tipped over|caught fire|"
    r"burn(?:ed|t) down|broke apart|break apart|broken apart|drift|crash-land|veer|"
    r"ran off the road|went off the road|ran off the rails|came off the rails)\w*"
    # used without an object ("sank the winning putt" is a person's deed)
    r"(?:\?|,|\s+(?:\w+ly|on|in|at|near|off|after|before|during|within|while|when|as|"
    r"overnight|today|yesterday|last|early|late)\b)")


#: A number closing a question that the sentence follows with its noun ("between six and
#: ten?" for "between six and ten weeks"): the phrase was cut.
_LAST_NUMBER = re.compile(r"(?:\d{1,3}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|"
                          r"ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|"
                          r"million|billion)")


def _closing_number(question: str) -> str:
    """The number that closes ``question`` ("ten" of "... between six and ten?"), not a year
    or an amount of money; "" when there is none."""
    if not (question[-2:-1].isdigit() or question.endswith(NUMBER_ENDS)):
        return ""
    at = question.rfind(" ") + 1
    word = question[at:-1]
    return word if _LAST_NUMBER.fullmatch(word) else ""


#: How a question closing on a number word ends (" ten?").
NUMBER_ENDS = tuple(f" {word}?" for word in "one two three four five six seven eight nine ten "
                     "eleven twelve twenty thirty forty fifty hundred thousand million "
                     "billion".split())


def _number_cut(question: str, text: str) -> bool:
    """Whether the question ends on a number the sentence goes on to count something with."""
    word = _closing_number(question)
    return bool(word) and any(following not in _FUNCTION_WORDS for following in
                              re.findall(rf"\b{re.escape(word)} ([a-z]+)", text))


def closing_number_noun(question: str, text: str) -> str:
    """The noun the sentence counts with the number that closes ``question`` ("weeks" for
    "... between six and ten?" of "between six and ten weeks after ..."), when the sentence
    writes the number once; "" otherwise."""
    word = _closing_number(question)
    if not word:
        return ""
    found = re.findall(rf"\b{re.escape(word)} ([a-z]+)", text)
    return found[0] if len(found) == 1 and found[0] not in _FUNCTION_WORDS else ""


#: Words after a number that do not count anything ("in 2014 to assist", "13 after").
_FUNCTION_WORDS = frozenset("""
    to in on at and or after before when because as for with from by the a an of than but
    if while since until during into over under this that these those per each last next
""".split())


#: Who the question says states the reason ("..., according to engineers?" or "Why,
#: according to engineers, ...?").
_ATTRIBUTED = re.compile(r"according to (?:the )?(?P<who>[^,?]+)")
#: A break between two coordinated clauses of a sentence.
_COORDINATION = re.compile(r", (?:but|and|while|whereas) ")


def _attribution_elsewhere(question: str, answer: str, text: str) -> bool:
    """Whether "according to X" names who is the subject of another clause of the sentence
    than the one the answer is in ("Engineers had warned about a valve, but managers had
    approved the launch because tests showed no leaks": engineers say nothing of why)."""
    match = _ATTRIBUTED.search(question)
    if match is None or "according to" in text:
        return False
    breaks = [m.end() for m in _COORDINATION.finditer(text)]
    at = text.find(answer)
    if not breaks or at < 0:
        return False
    who = match.group("who").lower()
    said = text.lower().find(who)
    # the attributed one only in a clause before the break the answer follows
    return 0 <= said < breaks[0] <= at and text.lower().find(who, breaks[0]) < 0 and \
        not _REPORTING.search(text, breaks[0])


#: A verb of saying after the break: the later clause may itself be reported.
_REPORTING = re.compile(r"\b(?:said|says|told|added|stated|argued|explained|insisted|"
                        r"maintained|claimed|stressed|warned|noted|acknowledged|admitted|"
                        r"conceded|predicted|believed|hoped)\b")


#: An answer ending on the first word of a time phrase the sentence goes on with ("600 jobs
#: earlier" of "cut 600 jobs earlier this year").
_SPLIT_TIME = (" earlier", " later", " early", " late")
_TIME_GOES_ON = re.compile(r" (?:this|last|next|that) (?:year|month|week|summer|spring|autumn|"
                           r"winter|decade|century)\b")


def _split_time(answer: str, text: str) -> bool:
    """Whether ``answer`` ends on "earlier"/"later" of a time phrase the sentence completes
    after it ("600 jobs earlier" + " this year"): the question holds the rest of it."""
    if not answer.endswith(_SPLIT_TIME):
        return False
    at = text.find(answer)
    return at >= 0 and bool(_TIME_GOES_ON.match(text, at + len(answer)))


#: A sentence's opening time phrase left between the auxiliary and the subject ("How many
#: people did last year Hurricane Otis kill ...?").
_TIME_AS_SUBJECT = re.compile(r"\b(?:did|does|do|was|were|is|are|has|have|had|will|would)\s+"
                              r"(?:last|this|next)\s+(?:year|month|week|summer|"
                              r"spring|autumn|winter|night|season|decade)\b(?!['’])")


#: Words that do not open the subject of a clause after "and".
_NOT_SUBJECT = frozenset("who whom which that whose not also then later was were had has have is "
                         "are will would could can may might be been its their his her".split())
#: Verbs of saying: what follows them is reported, with subjects of its own.
_SAYING = re.compile(r"\b(?:said|says|told|announced|warned|stated|added|according|argued|"
                     r"claimed|believed|estimated|reported|confirmed|insisted)\b")


def _second_clause(question: str) -> bool:
    """Whether a "Who/Which ...?" question asks of two clauses, the second with a subject of
    its own ("Which country extended a ban on exports and dry weather hit crops in Spain?"):
    the answer is the subject of the first only."""
    if not question.startswith(("Who ", "Which ")) or " and " not in question:
        return False
    at = question.find(" and ")
    while at >= 0:
        words = question[at + 5:].rstrip("?").split(" ", 4)[:4]
        for k in range(1, len(words)):
            between, verb = words[:k], words[k]
            if any(w.lower() in _NOT_SUBJECT or w.endswith("ly") or not w.isalpha()
                   for w in between) or not verb.islower():
                break
            if is_past_tense(verb) and (not verb.endswith("ed")
                                        or between[0].lower() in _DETERMINERS):
                return not _SAYING.search(question)  # (what is said has its own subjects)
        at = question.find(" and ", at + 5)
    return False


#: A date asked of what never happened ("In what year have several items stolen from the
#: museum never been recovered?": the year is of the theft): no verb of saying before.
_NEVER_DATED = re.compile(r"^(?:(?!\b(?:said|say|says|told|that|announced)\b)[^?])*\bnever\b")


#: "S. What did this force?": the event is the sentence before the question.
_WHAT_THIS_DID = ("What did this force?", "What did this drive?", "What did this push?",
                  "What did this cause?", "What did this lead to?", "What did this prompt?",
                  "What did this end?", "What did this trigger?", "What did this spark?")
#: "forcing more than 60,000 people from their homes": the verb moved someone somewhere; its
#: object is no effect ("What did this force? -> lorries onto smaller roads").
_MOVED_SOMEWHERE = re.compile(r"^(?:[\w,'’-]+ ){1,5}(?:onto|into|out of|off|from|away from|"
                              r"back to|out)\b")
#: A sentence about what will happen, asked of with "did" ("The motorway will stay closed.
#: What did this force?").
_FUTURE = re.compile(r"\b(?:will|would|shall|is expected to|are expected to|plans? to|"
                     r"is set to|are set to|is due to|are due to)\b[^.?!]*[.!] What did this ")


#: Simple pasts that are no participles ("chose", "took"): "Why had Formosa chose Saxony?".
_PAST_ONLY = frozenset(w for w in PAST_TO_BASE if w not in PARTICIPLE_TO_BASE) - {
    "beat", "did", "was", "proved", "showed", "lay", "bit"}
#: "How many euro factory ...?": a unit written before a noun ("an 8 billion euro factory")
#: is no count.
_HOW_MANY_UNIT = re.compile(r"^How many (?:euro|dollar|pound|yen|franc|crown|krona|rupee|yuan|"
                            r"peso|rouble|ruble|lira|rand|shekel|dinar|metre|meter|kilometre|"
                            r"kilometer|mile|tonne|ton|litre|liter|gallon|barrel|hour|minute|"
                            r"day|week|month|year|acre|hectare|megawatt|gigawatt)\b(?!s)")


def _perfect_with_past(question: str) -> bool:
    """Whether "had/has/have" is followed, after a short subject, by a simple past that is
    no participle ("Why had Formosa chose Saxony?")."""
    for aux in (" had ", " has ", " have "):
        at = question.find(aux)
        if at >= 0:
            for word in question[at + len(aux):].split(" ", 6)[:6]:
                if word in _RELATIVE_WORDS:
                    break
                if word in _PAST_ONLY:
                    return True
    return False


_RELATIVE_WORDS = frozenset("that which who whom whose when where after before because".split())


#: A capitalised pronoun or article after "that" in reported speech turned from a quotation
#: ("Who said that It is aimed at ...?").
_CAPITAL_POINTERS = frozenset("It This These Those There They He She Its Their His Her The A "
                              "An".split())


def _capital_after_that(question: str) -> bool:
    """Whether "that" is followed by a capitalised pronoun or article in ``question``."""
    at = question.find("that ")
    while at >= 0:
        if question[at + 5:at + 6].isupper() and (at == 0 or question[at - 1] == " "):
            word = question[at + 5:].split(" ", 1)[0].rstrip(",?")
            if word in _CAPITAL_POINTERS:
                return True
        at = question.find("that ", at + 5)
    return False


#: The inverted auxiliary of a question and what follows it.
_INVERTED = re.compile(r"^[^,]*?\s(had|has|have|was|were|is|are)\s(.+?)(?:,\s+according to "
                       r"[^?]+)?\?$")


#: Auxiliaries a relative clause may open on ("that had not been protected").
_RELATIVE_AUX = frozenset("had has have was were is are".split())


def _has_relative_aux(text: str) -> bool:
    """Whether ``text`` has a relative clause opening on an auxiliary ("that had ...")."""
    for pronoun in (" that ", " which ", " who "):
        at = text.find(pronoun)
        while at >= 0:
            end = at + len(pronoun)
            if text[end:text.find(" ", end)] in _RELATIVE_AUX:
                return True
            at = text.find(pronoun, end)
    return False


def _relative_asked(question: str, text: str) -> bool:
    """Whether the question inverts a relative clause as if it were a main one: "According to
    which organisation had a supplier's account not been protected ...?" from "a supplier's
    account that had not been protected ..." (the sentence says something else of it)."""
    if not _has_relative_aux(text):
        return False
    match = _INVERTED.match(question)
    if match is None:
        return False
    aux, rest = match.groups()
    words = rest.split()
    for k in range(2, min(len(words), 8)):
        head = " ".join(words[:k])
        if head not in text:
            break
        if f"{head} that {aux} {words[k]}" in text or f"{head} which {aux} {words[k]}" in text \
                or f"{head} who {aux} {words[k]}" in text:
            return True
    return False


_DATE, _ACTOR, _CAUSE = Category.DATE, Category.ACTOR, Category.CAUSE

#: The subject of a reported clause asked across a perfect verb of saying: "Which
#: organisation had Park's lawyers argued collapsed ...?" (a native speaker asks "Which
#: organisation did the lawyers argue had collapsed?" or "What did the lawyers argue?").
_PERFECT_EXTRACTION = re.compile(
    r"^(?:Who|Which [\w'’-]+(?: [\w'’-]+)?) (?:had|has|have) (?:[\w'’.-]+ ){1,5}?"
    r"(?:argued|said|claimed|insisted|alleged|suggested|believed|thought|warned|stated|"
    r"maintained|contended|told [a-z]+) (?P<verb>[a-z]+)\b")

#: "Who said she had mistaken her for a cat?": the subject pronoun is the answer, and the
#: object pronoun (not the subject: that would be "herself") stands for someone the question
#: never names.
_OTHER_OBJECT = re.compile(r"^(?:Who|Which [\w'’-]+)\b[^?]*?\b(?:(?:she)\b[^?]*\bher|(?:he)\b"
                           r"[^?]*\bhim)(?=\s+(?:for|to|as|with|from|at|in|on|into|over|after|"
                           r"before|by|and|or|that|if|when)\b|[?,])")

#: A question word left with nothing after it, its clause cut away ("hold a workshop in April
#: on how, according to the mayor?" of "on how to pay for road upgrades").
_DANGLING_WH = re.compile(r"\s(?:how|whether|what|why|where|which|whom)(?=,|\?$)")
#: How a question the pattern can match ends, when it has no comma ("$" also matches
#: before a final line break).
_DANGLING_WH_ENDS = ("how?", "whether?", "what?", "why?", "where?", "which?", "whom?", "\n")

#: Words that open a reported clause's verb group ("had the regulator said would pay").
_VERB_GROUP_OPENERS = frozenset("would could will can might may must should shall had has have "
                                "was were is are".split())


#: A date asked of a noun that carries the other side of an argument ("In what year was the
#: sudden crash in prices rather than any deliberate fraud?", of "argued that it collapsed
#: because of a crash in 2022 rather than fraud"): the noun was a cause, its verb is lost,
#: and no event happened "rather than" another.
_CONTRASTED_EVENT = re.compile(r"^(?:When|In what (?:year|month)|On what (?:date|day))\s+"
                               r"(?:was|were|is|are)\s+(?:the|a|an|its|their)\s+[^?]*?\b"
                               r"(?:rather than|instead of)\b")


#: Words after a name that do not show it qualifies a noun ("Orbexa over", "Rydo and").
_NOT_HEADS = frozenset("""
    of to in on at by for from with over near into after before than as and or but nor who
    which that whose where when while because since until said says has had have is was were
    are will would could can may might must also the a an its their
""".split())


def _modifier_cut(question: str, answer: str, text: str) -> bool:
    """Whether the answer qualifies a noun in the sentence that the question keeps without
    it: "the COVID-19 pandemic" asked as "On which organisation did Rao blame the decline
    partly pandemic?" (the answer is no actor there, and the question is garbled)."""
    at = text.find(f"{answer} ")
    if at < 0:
        return False
    following = _word_at(text, at + len(answer) + 1).rstrip(",.;:")
    if not following.isalpha() or not following.islower() or following in _NOT_HEADS or \
            following.endswith("s") or is_past_tense(following) or \
            question.startswith(f"Which {following}"):
        return False  # a verb ("Rydo faces", "Iraq called") or the noun asked by
    return f" {following}?" in question or f" {following} " in question


def _word_at(text: str, start: int) -> str:
    """The text from ``start`` up to the next space."""
    end = text.find(" ", start)
    return text[start:end] if end >= 0 else text[start:]


#: Prepositions a question may close on with one word of their object ("... during dry?").
_CLOSING_PREPOSITIONS = frozenset("""
    in on at during for from with by of to into across between among near
""".split())


def _object_cut_at_comma(question: str, text: str) -> bool:
    """Whether the question ends on a preposition and the first word of its object, cut at
    a comma the sentence goes on after ("to back up wind and solar power during dry?" from
    "during dry, windless spells"): half a phrase."""
    last = question.rfind(" ")
    before = question.rfind(" ", 0, last)
    preposition = question[before + 1:last]
    if preposition not in _CLOSING_PREPOSITIONS or question.endswith("according to", 0, last):
        return False
    word = question[last + 1:-1]
    cut = f" {preposition} {word}, "
    at = text.find(cut)
    if at < 0:
        return False
    going_on = _word_at(text, at + len(cut))
    # an adjective or a noun going on with the phrase ("dry, windless spells"), not a
    # clause or an attribution ("in Cluj, the hospital said")
    return going_on.isalpha() and going_on.islower() and going_on not in _NOT_HEADS and \
        going_on not in _CLAUSE_OPENERS and not going_on.endswith(("ing", "ed")) and \
        not is_past_tense(going_on) and going_on not in PARTICIPLE_TO_BASE
    # (nor a participle's clause: "on Thursday, arguing", "for decades, driven by")


#: Words that open a clause or an aside after a comma (or a phrase of its own: "up to").
_CLAUSE_OPENERS = frozenset("""
    he she it they we i you including according although though however then where
    there this these those such whose both either neither not now so yet up down out off
    one
    about around above below under over like unlike plus per via despite toward towards
    within without among between beyond behind amid against through throughout
""".split())


#: "Who bought the flashpoint at several English clubs?": an object whose head noun is not
#: the last word (a phrase of place or kind after it).
_HEADED_OBJECT = re.compile(r"^Who (?P<verb>[a-z]+ed|[a-z]+t) (?P<object>.+) (?:at|in|of|on|"
                            r"across|among) (?:(?:several|many|some|two|three|the|a|an) )?"
                            r"(?:[\w'’-]+ ){0,2}(?P<head>[\w'’-]+)\?$")


def _passive_head_lost(question: str, answer: str, text: str) -> bool:
    """Whether a "Who <did> <object>?" question from a reduced passive ("several English clubs
    bought by American investors") took a longer phrase as the object than the noun the
    participle follows ("Who bought the flashpoint at several English clubs?")."""
    match = _HEADED_OBJECT.match(question)
    return match is not None and \
        f" {match['head']} {match['verb']} by " in f" {text} " and answer.split()[-1] in text


def broken_shape(fact: Fact) -> str:
    """The name of the broken shape ``fact``'s question has ("" when none): the checks of
    this module, for the gate and for counting what each removes."""
    question, answer, text, category = fact.question, fact.answer, fact.sentence.text, \
        fact.category
    misreading = misread(fact)
    if misreading:
        return misreading
    if question[question.rfind(" ") + 1:-1] in _CLAUSE_ENDS and _object_missing(question) or \
            ", according to " in question and _object_missing(question):
        return "object_missing"
    if ("," in question or question.endswith(_DANGLING_WH_ENDS)) and \
            _DANGLING_WH.search(question):
        return "dangling_wh"
    if (" last " in question or " this " in question or " next " in question) and \
            _TIME_AS_SUBJECT.search(question):
        return "time_as_subject"
    if "that " in question and _capital_after_that(question):
        return "capital_after_that"
    if (question[-2:-1].isdigit() or question.endswith(NUMBER_ENDS)) and \
            _number_cut(question, text):
        return "number_cut"
    if (" had " in question or " has " in question or " have " in question) and \
            _perfect_with_past(question):
        return "perfect_with_past"
    if question.startswith("How many ") and _HOW_MANY_UNIT.match(question):
        return "unit_as_count"
    if category is _DATE and " never " in question and _NEVER_DATED.match(question):
        return "never_dated"
    if category is _DATE and (" rather than " in question or " instead of " in question) and \
            _CONTRASTED_EVENT.match(question):
        return "contrasted_event"
    if category is _ACTOR:
        if question[0] == "W" and _THING_VERBS.match(question):
            return "thing_as_actor"
        if (" her " in question or " him " in question or question.endswith((" her?", " him?"))) \
                and _OTHER_OBJECT.match(question):
            return "other_object_pronoun"
        if " had " in question or " has " in question or " have " in question:
            extracted = _PERFECT_EXTRACTION.match(question)
            if extracted is not None and (extracted.group("verb") in _VERB_GROUP_OPENERS or
                                          is_past_tense(extracted.group("verb"))):
                return "perfect_extraction"
        if _modifier_cut(question, answer, text):
            return "modifier_cut"
        if " and " in question and _second_clause(question):
            return "second_clause"
        if question.startswith("Who ") and " by " in text and _passive_head_lost(question,
                                                                                 answer, text):
            return "passive_head_lost"
    elif category is _CAUSE:
        if question.startswith("What ") and _causative_cut(question, answer, text):
            return "causative_cut"
        if question.endswith(_WHAT_THIS_DID) and (
                _MOVED_SOMEWHERE.match(answer) or _FUTURE.search(question)):
            return "effect_of_this"
        if "according to" in question and _attribution_elsewhere(question, answer, text):
            return "attribution_elsewhere"
        if question.startswith("Why"):
            if _BUT.search(question):
                return "but_coordination"
            if _complement_as_reason(answer, text):
                return "complement_as_reason"
        if "what event" in question and _time_as_event(question, answer):
            return "time_as_event"
    if _object_cut_at_comma(question, text):
        return "object_cut_at_comma"
    if answer.endswith(_SPLIT_TIME) and _split_time(answer, text):
        return "split_time"
    if (category is _CAUSE or category is _ACTOR and question.startswith("According to")) \
            and _relative_asked(question, text):
        # (a Who/Which question asks its own subject; the date and figure rules find their
        # clause themselves)
        return "relative_asked"
    return ""
