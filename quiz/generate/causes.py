"""Cause facts: why things happened, what they led to and what they were for.

Only explicit causal language counts, read from the sentence's clauses:

- a connective after (or before) a clause: because (of), due to, as a result of, in
  retaliation for, in response to, in the wake of, following, and "after" only with a strong
  signal (a decision verb, "after claiming", "particularly after") -> "Why did X ...?";
- causal verbs: "X prompted Y to do Z" -> "What did X prompt Y to do?" / "What prompted Y to
  do Z?"; "X led to / resulted in / sparked / fuels Y" -> "What did X lead to?" / "What led
  to Y?";
- purposes: "talks aimed at ending X" -> "What were the talks aimed at?"; "Baghdad aims to X"
  -> "What does Baghdad aim to do?"; "returned in 2014 to help X" -> "Why did ... return in
  2014?"; "militias formed to fight X" -> "Why were the militias formed?".

Answers are spans of the sentence cut at a clause boundary; a question that cannot be put
grammatically, whose subject is a pronoun or whose answer it already contains is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from quiz.generate.entities import normalise
from quiz.generate.facts import AnswerKind, Article, Fact, Sentence
from quiz.generate.grammar import (
    AUXILIARIES, VerbGroup, base_form, first_lower, gerund, first_upper, is_past_tense, is_pronoun,
    past_of, question_predicate, third_person, tidy_span, word_count,
)
from quiz.generate.mentions import Token, article_names, tokenize
from quiz.generate.syntax import Clause, find_clauses, lowered_subjects, trim_predicate
from quiz.model import Category

_CONNECTIVE = re.compile(
    r"\b(?P<conn>because of|because|due to|owing to|as a result of|in retaliation for|"
    r"in response to|in the wake of|in the aftermath of|following|after|thanks to|in protest (?:at|against)|"
    r"so that|in order that|for fear (?:of|that)|out of (?:fear|concern) (?:of|that|for)|"
    r"in (?:a|an) (?:bid|effort|attempt) to|with the (?:aim|goal|intention) of|"
    r"citing|fearing)\s+",
    re.IGNORECASE)
_STRONG_AFTER_VERBS = frozenset("""
    ordered decided launched resigned quit imposed banned suspended cancelled canceled halted
    closed fired sacked arrested sued retaliated vowed pledged agreed apologised apologized
    expelled evacuated declared intervened responded attacked invaded sanctioned withdrew
    resurfaced called demanded threatened refused recalled boycotted protested struck
    condemned warned urged vetoed blocked froze dropped revoked assassinated killed
""".split())
_STRONG_AFTER_LEAD = re.compile(
    r"(?:particularly|especially|largely|mainly|partly|apparently|reportedly|only|just)\s*$",
    re.IGNORECASE)
_STRONG_AFTER_OBJECT = re.compile(r"^(?:claiming|being|learning|receiving|watching|hearing|"
                                  r"seeing|discovering|finding|failing|losing|winning)\b")
_CAUSAL_TO = frozenset("""
    prompted forced led pushed drove compelled caused inspired
""".split())
_PERSUADE_TO = frozenset("""
    encouraged urged asked pressed persuaded called told pressured allowed enabled
""".split())
_CAUSAL_TO_WORDS = _CAUSAL_TO | _PERSUADE_TO
_EFFECT_VERBS = re.compile(
    r"\b(?P<verb>led to|leads to|lead to|resulted in|results in|caused|causes|sparked|sparks|"
    r"triggered|triggers|fuels|fuelled|fueled|fuel|prompted|prompts|provoked|contributed to|"
    r"paved the way for|necessitated|necessitates|spurred|spurs|gave rise to)\s+",
    re.IGNORECASE)
_AIM_PARTICIPLES = frozenset({"designed", "intended", "meant", "aimed", "used", "supposed"})
_EFFECT_WORDS = frozenset("""
    led leads lead resulted results caused causes sparked sparks triggered triggers fuels
    fuelled fueled fuel prompted prompts provoked contributed paved necessitated necessitates
    spurred spurs gave
""".split())
_AIMED = re.compile(r"\b(?P<verb>aimed at|aiming at|designed to|intended to|meant to|"
                    r"aimed to|aiming to|aims to|aim to|with the aim of|seeking to|hoping to)\s+",
                    re.IGNORECASE)
_AIM_VERBS = frozenset({"aims", "aimed", "seeks", "sought", "plans", "planned", "intends",
                        "intended", "hopes", "hoped", "wants", "wanted"})
_MAKE_VERBS = frozenset("""
    formed created established founded set deployed sent built designed launched introduced
    set-up organised organized mobilised mobilized dispatched
""".split())
_CONTROL_VERBS = frozenset("""
    want wants wanted decide decides decided agree agrees agreed try tries tried plan plans
    planned expect expects expected begin begins began start starts started continue
    continues continued refuse refuses refused seem seems seemed need needs needed hope
    hopes hoped vow vows vowed threaten threatens threatened promise promises promised fail
    fails failed manage manages managed attempt attempts attempted intend intends intended
    aim aims aimed seek seeks sought used going able likely call calls called urge urges
    urged ask asks asked tell tells told encourage encourages encouraged prompt prompts
    prompted force forces forced allow allows allowed enable enables enabled commit commits
    committed move moves moved prepare prepares prepared pledge pledges pledged offer offers
    offered choose chooses chose opt opts opted wish wishes wished help helps helped
    continue said says claimed proposed propose proposes voted vote votes struggled
    led leads lead pushed drove compelled caused inspired persuaded pressed pressured
    authorized authorised permitted scheduled supposed required obliged invited ordered
    due set able unable willing unwilling ready eager reluctant likely unlikely sure
    certain expected about going
""".split())
_NOT_PURPOSE_NOUN = frozenset("""
    decision plan plans right ability attempt order effort efforts bid call calls commitment
    agreement pledge promise request proposal deal way time chance opportunity move push
    need power authority permission refusal failure willingness readiness threat threats
    intention intent desire campaign vote approval license licence mandate freedom access
    due related unrelated subjected exposed linked committed used opposed close according
    thanks next similar compared prior contrary owing ahead return back home
""".split())
_VERBISH_AFTER_TO = re.compile(r"^to\s+(?P<verb>[a-z]{2,})\b")
_NOT_BASE = frozenset("""
    the a an this that these those his her its their our my your be non-combat all some
    any each every one two three four five six seven eight nine ten date over under about
    around more less than between among within without into onto about nearly almost just
    only as at by for from in of on up down out off per via power office work
""".split())
_SPAN_END = re.compile(r"\s*[;:]|,(?=\s)|,[\"”]|\s(?=(?:while|whereas|although|though|until|"
                       r"unless)\b)|"
                       r"\s[—–-]\s|—|[\"”],|\.\.\.|\s\(|\n")
_DANGLING_END = frozenset({"of", "the", "a", "an", "to", "and", "or", "in", "on", "at", "for",
                           "with", "by", "from", "that", "which", "its", "their", "as"})
_SAY = re.compile(r"\s(?:said|says|told|added)\s")
_TRAILING_ADVERB = re.compile(
    r"[\s,]+(?:particularly|especially|largely|mainly|partly|apparently|reportedly|allegedly|"
    r"only|just|again|also|even|in part)\s*$", re.IGNORECASE)
_VAGUE_SUBJECT = re.compile(r"^(?:its|their|his|her|our|this|that|it|they)\b", re.IGNORECASE)
_DEMONSTRATIVE = re.compile(r"^(?:it|this|that|these|those|they|them|he|she)\b", re.IGNORECASE)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "these", "those",
                          "this", "that", "our"})
_MAX_ANSWER = 32


def extract_causes(article: Article) -> list[Fact]:
    """Every explicit cause, effect and purpose the article states."""
    facts: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    names = article_names(s.text for s in article.sentences if not s.is_heading)
    for sentence in article.sentences:
        if sentence.is_heading or len(sentence.text) < 25:
            continue
        text = sentence.text
        toks = tokenize(text)
        clauses = lowered_subjects(find_clauses(text, toks), names)
        past = any(c.group.tense == "past" or c.group.words[0] in {"was", "were", "had"}
                   for c in clauses)
        low = text.lower()
        words = {t.lower for t in toks}
        rules = (
            _connective_facts(text, clauses) if _has_any(low, _CONNECTIVE_KEYS) else (),
            _causal_verb_facts(text, toks, clauses) if words & _CAUSAL_TO_WORDS else (),
            _effect_verb_facts(text, clauses) if _has_any(low, _EFFECT_KEYS) else (),
            _aim_facts(text, toks, clauses, past) if _has_any(low, _AIM_KEYS) else (),
            _purpose_facts(text, toks, clauses, past) if "to" in words else (),
            _response_facts(text, toks, clauses) if _has_any(low, _RESPONSE_KEYS) else (),
            _affect_facts(text, clauses) if words & _AFFECT_VERBS else (),
            _participle_effect_facts(text, clauses) if _has_any(low, _PARTICIPLE_KEYS) else (),
            _blame_facts(text, clauses) if "blame" in low else (),
            _caused_by_facts(text, clauses) if " by " in low else (),
            _when_facts(text, clauses) if " when " in low else (),
            _harm_facts(text, clauses) if " from " in low and _HARM.search(low) else (),
        )
        for rule in rules:
            for kind, question, answer, accept in rule:
                fact = _make_fact(article, sentence, kind, question, answer, accept)
                if fact is None:
                    continue
                key = (fact.question.lower(), normalise(fact.answer))
                if key not in seen:
                    seen.add(key)
                    facts.append(fact)
    return facts


# Cheap substring checks that skip a rule when its cue words are absent from the sentence.
_CONNECTIVE_KEYS = ("bid to", "effort to", "attempt to", "with the aim", "with the goal",
                    "with the intention", "citing", "fearing", "because", "due to", "owing to", "as a result", "retaliation", "response to",
                    "wake of", "aftermath of", "following", "after", "thanks to", "protest", "mission", "visit",
                    "trip", "tour", "assignment", "pilgrimage", "errand", "so that",
                    "in order that", "for fear", "out of")
_EFFECT_KEYS = ("led to", "leads to", "lead to", "result", "caus", "spark", "trigger", "fuel",
                "prompt", "provoked", "contributed to", "paved", "necessitat", "spur",
                "gave rise")
_AIM_KEYS = ("aim", "designed to", "intended to", "meant to", "seeking to", "hoping to")
_RESPONSE_KEYS = ("respon", "in return", "retaliation")


def _has_any(low: str, keys: tuple[str, ...]) -> bool:
    return _KEY_PATTERNS[keys].search(low) is not None


_KEY_PATTERNS = {keys: re.compile("|".join(map(re.escape, keys))) for keys in (
    _CONNECTIVE_KEYS, _EFFECT_KEYS, _AIM_KEYS, _RESPONSE_KEYS)}


def _make_fact(article: Article, sentence: Sentence, kind: AnswerKind, question: str,
               answer: str, accept: tuple[str, ...]) -> Fact | None:
    answer = tidy_span(answer)
    question = " ".join(question.replace("*", "").split()).rstrip(" ,.;:?")
    if not answer or not _in_text(answer, sentence.text) or word_count(answer) < 2:
        return None
    if word_count(answer) > _MAX_ANSWER or _DEMONSTRATIVE.match(answer) and word_count(
            answer) < 3:
        return None  # "these attacks": which ones? (and a part of other answers)
    if answer.lower() in question.lower() or word_count(question) < 4:
        return None
    if question.count("\"") % 2 or question.count("“") != question.count("”"):
        return None
    forms = []
    for form in accept:
        form = tidy_span(form)
        if form and form.lower() != answer.lower() and form not in forms:
            forms.append(form)
    return Fact(category=Category.CAUSE, kind=kind, article=article.file, sentence=sentence,
                question=first_upper(question) + "?", answer=answer, accept=tuple(forms),
                subject=normalise(question), value=normalise(answer))


_QUOTES = str.maketrans("", "", "\"“”")


def _in_text(answer: str, text: str) -> bool:
    """Whether ``answer`` is a span of ``text``, ignoring quotation marks tidying removed."""
    return answer in text or answer.translate(_QUOTES) in text.translate(_QUOTES)


def _span(text: str, start: int) -> str | None:
    """The phrase starting at ``start``, cut at the next clause boundary; ``None`` if long."""
    tail = text[start:]
    cut = _SPAN_END.search(tail)
    span = tail[: cut.start()] if cut else tail
    for say in _SAY.finditer(span):
        if word_count(span[: say.start()]) >= 5:  # "... the discussions said the U.S. ..."
            span = span[: say.start()]
            break
    words = span.split()
    if words and words[-1].lower() in _DANGLING_END:
        return None
    span = tidy_span(span)
    if word_count(span) > _MAX_ANSWER:
        first = min((i for i in (span.find(", "), span.find(" and to ")) if i > 0), default=-1)
        if first <= 0:
            return None
        span = tidy_span(span[:first])
        if word_count(span) > _MAX_ANSWER:
            return None
    return span or None


_INCLUDING = re.compile(r",\s+(?:including|notably|mostly|mainly)\b[^,;:]*(?=,)")
_DATE_COMMA = re.compile(r"(?<=\d),(?=\s+\d{4}\b)|(?<=\b\d{4}),(?=\s|$)")


def _predicate_before(text: str, clause: Clause, end: int) -> str | None:
    """The clause's words between its verb group and ``end`` (a connective), tidied."""
    if end <= clause.verb_end:
        return ""
    body = _INCLUDING.sub("", text[clause.verb_end:end])
    if any(ch in body for ch in ";:—"):
        return None
    # "on June 15, 2014, following ...": the date's commas do not end the predicate
    body = _DATE_COMMA.sub("\x00", body.strip().rstrip(","))
    body = _TRAILING_ADVERB.sub("", " " + body.strip().rstrip(",\x00"))
    body = body.strip().rstrip(",\x00").strip()
    if "," in body:
        return None
    body = body.replace("\x00", ",")
    words = body.split()
    if words and (words[0].lower() in AUXILIARIES or "that" in (w.lower() for w in words)):
        return None
    if len(words) > 18:
        return None
    if words and words[-1].lower() in {"it", "this", "that", "them", "so", "and", "or", "to",
                                       "the", "a", "of", "in", "on", "for"}:
        return None
    return body


def _why(text: str, clause: Clause, end: int) -> str | None:
    """"Why did X do Y" for the clause, with its predicate up to ``end``."""
    if is_pronoun(clause.subject):
        return None
    predicate = _predicate_before(text, clause, end)
    if predicate is None:
        return None
    if clause.group.main in {"is", "are", "was", "were"} and not predicate:
        return None
    inverted = question_predicate(first_lower(clause.subject), clause.group, predicate)
    return f"Why {inverted}" if inverted else None


_TO_ACT = re.compile(r"\bto\s+(?P<verb>[a-z]{3,})\s+(?P<object>[a-z][^,;:]*?)"
                     r"(?=\s+in (?:response|retaliation|return)\b|\s+(?:but|and)\b|[,;:]|$)")
_AGAINST_IT = re.compile(r"\b(?:against|on|off|out|over)?\s*it$")


def _why_it(text: str, clause: Clause, end: int) -> str | None:
    """"Aides urged him to launch strikes, but the president decided against it" -> "Why did
    the president decide against launching strikes?": "it" at the end of the predicate stands
    for the action proposed earlier in the sentence, when there is exactly one."""
    body = text[clause.verb_end:end].strip().rstrip(",")
    body = _TRAILING_ADVERB.sub("", " " + body).strip().rstrip(",").strip()
    if not body.endswith(" it") and body != "it" or "," in body or is_pronoun(clause.subject):
        return None
    acts = list(_TO_ACT.finditer(text, 0, clause.subject_start))
    if len(acts) != 1 or base_form(acts[0].group("verb")) is None and \
            acts[0].group("verb") in _NOT_BASE or acts[0].group("verb") in _NOT_BASE:
        return None
    act = acts[0]
    thing = f"{gerund(act.group('verb'))} {act.group('object').strip()}"
    if word_count(thing) > 12 or any(p in thing.split() for p in ("him", "her", "them", "it")):
        return None
    inverted = question_predicate(first_lower(clause.subject), clause.group,
                                  f"{body[:-2].strip()} {thing}".strip())
    return f"Why {inverted}" if inverted else None


_FIRM_CAUSES = frozenset({"in response to", "in retaliation for", "because of", "due to",
                          "as a result of"})
_ORDER_TO = re.compile(r"\b(?:order|orders|decision|plan|request|call|move|vote|bid)\s+"
                       r"(?:(?:from|by)\s+[^,;:]{2,60}?\s+)?to\s+(?P<verb>[a-z]{3,})\s+"
                       r"(?P<object>(?:an?|the|its|their|more|some|all|\d[\d,]*)\s+[^,;:]{2,90}?)$")
_OBJECT_END = re.compile(r"\s(?:to|into|in|on|at|from|across|near|inside|outside)\s")


def _ordered_why(text: str, clauses: list[Clause], start: int) -> str | None:
    """"... the order from X to deploy troops to the region in response to Y" -> "Why were
    troops deployed to the region?": the cause explains the ordered act, not the main clause
    (only in a past-tense sentence, where the act was carried out)."""
    act = _ORDER_TO.search(text, 0, len(text[:start].rstrip()))
    if act is None:
        return None
    if not any(c.group.tense == "past" or c.group.words[0] in {"was", "were"} for c in clauses):
        return None
    base = base_form(act.group("verb")) or act.group("verb")
    if act.group("verb") in _NOT_BASE or is_past_tense(act.group("verb")):
        return None
    participle = _PARTICIPLES.get(base, past_of(base))
    obj = act.group("object").strip()
    place = _OBJECT_END.search(obj)
    thing, where = (obj[:place.start()], obj[place.start():]) if place else (obj, "")
    if word_count(thing) > 10 or thing.lower().startswith(("a ", "an ")) and " of " not in thing:
        return None  # "a plan": which one?
    head = _head_noun(thing)
    be = "were" if head.endswith("s") and not head.endswith(("ss", "us")) else "was"
    return f"Why {be} {first_lower(thing)} {participle}{where}"


_PARTICIPLES = {"send": "sent", "build": "built", "bring": "brought", "take": "taken",
                "give": "given", "hold": "held", "pay": "paid", "make": "made", "set": "set",
                "cut": "cut", "put": "put", "shut": "shut", "withdraw": "withdrawn",
                "sell": "sold", "buy": "bought", "keep": "kept", "lend": "lent"}


def _connective_facts(text: str, clauses: list[Clause]
                      ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    for match in _CONNECTIVE.finditer(text):
        conn = match.group("conn").lower()
        start = match.start()
        if start == 0 or text[:start].strip() == "":
            yield from _leading_connective(text, clauses, match)
            continue
        if conn in _FIRM_CAUSES:
            ordered = _ordered_why(text, clauses, start)
            if ordered is not None:
                cause = _span(text, match.end())
                if cause is not None:
                    yield AnswerKind.CAUSE, ordered, cause, (f"{match.group('conn')} {cause}",)
                continue
        owner = [c for c in clauses if c.verb_end <= start and c.subject_start < start]
        if not owner:
            continue
        clause = owner[-1]
        if any(c.subject_start > clause.verb_end and c.subject_start < start for c in clauses):
            continue  # another clause sits between: the connective is not about this one
        cause = _span(text, match.end())
        if cause is None:
            continue
        strong_lead = bool(_STRONG_AFTER_LEAD.search(text[:start]))
        if conn == "after" and clause.group.main.lower() in _EVENT_VERBS and not strong_lead \
                and not _TIME_AFTER.match(cause) and not is_pronoun(clause.subject):
            event = _after_event(text, clause, start)
            if event is not None:
                yield AnswerKind.CAUSE, event, cause, (f"after {cause}",)
            continue
        if conn == "after" and not _strong_after(text, clause, match, cause):
            continue
        if conn in {"after", "following"} and not _predicate_before(text, clause, start) and \
                base_form(clause.group.main) in _EMPTY_VERBS:
            # "X occurred only after Y": "Why did X occur?" asks nothing, but what came first does
            inverted = None if is_pronoun(clause.subject) or _VAGUE_SUBJECT.match(
                clause.subject) else question_predicate(first_lower(clause.subject),
                                                        clause.group, "")
            if inverted is not None and base_form(clause.group.main) in {"occur", "happen",
                                                                          "come"}:
                yield AnswerKind.CAUSE, f"After what {inverted}", cause, (f"after {cause}",)
            continue
        if conn == "following" and not (clause.group.main.lower() in _STRONG_AFTER_VERBS or
                                        _STRONG_AFTER_LEAD.search(text[:start])):
            continue
        copula = _copula_cause(text, clause, start, conn)
        if copula is not None:
            yield AnswerKind.CAUSE, copula, cause, (f"{match.group('conn')} {cause}",)
            continue
        question = _why(text, clause, start) or _why_it(text, clause, start)
        if question is None:
            continue
        if conn.startswith(("so that", "in order that", "for fear", "out of", "in a", "in an",
                            "with the", "citing", "fearing")):
            purpose = conn.startswith(("so that", "in order that", "in a", "in an", "with the"))
            kind = AnswerKind.PURPOSE if purpose else AnswerKind.CAUSE
            short = f"to {cause}" if conn.endswith(" to") else cause
            yield kind, question, f"{match.group('conn')} {cause}", (short,)
            continue
        yield AnswerKind.CAUSE, question, cause, (f"{match.group('conn')} {cause}",)
    yield from _mission_facts(text, clauses)


_MISSION = re.compile(r"\bon an? (?:[a-z-]+\s+){0,2}(?:mission|visit|trip|tour|assignment|"
                      r"pilgrimage|errand)\b")


def _mission_facts(text: str, clauses: list[Clause]
                   ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"X was in Baghdad on a peace mission" -> "Why was X in Baghdad?"."""
    for match in _MISSION.finditer(text):
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner:
            continue
        clause = owner[-1]
        if any(c.subject_start > clause.verb_end and c.subject_start < match.start()
               for c in clauses):
            continue
        question = _why(text, clause, match.start())
        if question is not None:
            yield AnswerKind.PURPOSE, question, match.group(), (match.group()[3:],)


def _copula_cause(text: str, clause: Clause, start: int, conn: str) -> str | None:
    """"The attacks were allegedly in retaliation for X" -> "What were the attacks allegedly
    in retaliation for?" (a copula has nothing to ask "why" about)."""
    words = clause.group.words
    be = next((w for w in words if w in {"is", "are", "was", "were"}), None)
    if be is None or len(words) > 3 or clause.group.main not in {"is", "are", "was", "were"}:
        return None
    if text[clause.verb_end:start].strip() or conn in {"because", "after", "following"}:
        return None
    if is_pronoun(clause.subject):
        return None
    adverbs = " ".join(w for w in words if w != be)
    middle = f" {adverbs}" if adverbs else ""
    return f"What {be} {first_lower(clause.subject)}{middle} {conn}"


_EMPTY_VERBS = frozenset({"occur", "happen", "take", "come", "be", "go", "follow"})
_EVENT_VERBS = frozenset("""
    began begin begins started start starts resumed resume resumes came come comes erupted
    escalated intensified surged resurfaced increased rose fell dropped broke
""".split())
_TIME_AFTER = re.compile(r"^(?:(?:a|an|the|one|two|three|four|five|\d+|several|few|many)\s+)?"
                         r"(?:(?:more|less|than|about|nearly)\s+)*"
                         r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|"
                         r"midnight|noon|dawn|dusk|that|this|it)\b", re.IGNORECASE)


def _after_event(text: str, clause: Clause, start: int) -> str | None:
    """"Attacks which began after X" -> "After what event did the attacks begin?"."""
    predicate = _predicate_before(text, clause, start)
    if predicate is None:
        return None
    inverted = question_predicate(first_lower(clause.subject), clause.group, predicate)
    return f"After what event {inverted}" if inverted else None


_AFTER_CLAUSE = re.compile(r"^(?P<subject>(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s+"
                           r"(?P<verb>[a-z]+ed|struck|froze|withdrew|quit|shut|cut|won|lost)\b")
_AFTER_NOT_SUBJECT = frozenset({"it", "he", "she", "they", "we", "i", "you", "was", "were",
                                "had", "has", "have", "been", "being", "is", "are", "of", "in",
                                "to", "on", "for", "with", "that", "which"})


def _strong_after(text: str, clause: Clause, match: re.Match[str], cause: str) -> bool:
    """"after" is temporal unless a decision verb, an emphasis or a reason-like object says so."""
    if _STRONG_AFTER_LEAD.search(text[: match.start()]):
        return True
    if _STRONG_AFTER_OBJECT.match(cause):
        return True
    acted = _AFTER_CLAUSE.match(cause)
    if acted is not None and acted.group("verb") in _STRONG_AFTER_VERBS and not any(
            w in _AFTER_NOT_SUBJECT for w in acted.group("subject").lower().split()):
        return True  # "after the union declared a strike": an act, not just a time
    main = clause.group.main.lower()
    return main in _STRONG_AFTER_VERBS and bool(re.match(
        r"^(?:[\w’'-]+\s+){1,4}(?:told|said|warned|claimed|found|learned|discovered)\b", cause))


def _leading_connective(text: str, clauses: list[Clause], match: re.Match[str]
                        ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"As a result of X, Y happened": ask why Y happened, and what X resulted in."""
    conn = match.group("conn").lower()
    if conn in {"after", "following", "so that", "in order that"}:
        return
    comma = text.find(",", match.end())
    if comma < 0:
        return
    cause = tidy_span(text[match.end():comma])
    if not cause or word_count(cause) > 20:
        return
    main = next((c for c in clauses if c.subject_start > comma), None)
    if main is None:
        return
    effect = _span(text, main.subject_start)
    if effect is None:
        return
    end = main.verb_end + len(text[main.verb_end:]) - len(text[main.verb_end:].lstrip())
    tail = trim_predicate(main.rest, 16) or ""
    question = _why(text, main, end + len(tail)) if tail else None
    if question is not None and conn in {"citing", "fearing"}:
        yield AnswerKind.CAUSE, question, f"{match.group('conn')} {cause}", (cause,)
    elif question is not None:
        yield AnswerKind.CAUSE, question, cause, (f"{match.group('conn')} {cause}",)
    if conn in {"citing", "fearing"}:
        return  # the "why" question above is the one to ask
    if conn in {"as a result of", "due to", "because of", "in the wake of",
                "in the aftermath of"}:
        yield AnswerKind.EFFECT, f"What happened {conn} {first_lower(cause)}", effect, ()


def _written(text: str, clause: Clause) -> str:
    """The clause's subject as the sentence writes it (answers quote the sentence)."""
    return text[clause.subject_start:clause.subject_end]


def _subject_of(text: str, clauses: list[Clause], position: int) -> Clause | None:
    """The clause that owns the verb at ``position``; a coordinated verb takes the first."""
    own = next((c for c in clauses if c.verb_start == position), None)
    if own is not None:
        return own
    before = text[:position].rstrip()
    if before.endswith(("and", ", and")) and clauses and clauses[0].verb_end < position:
        return clauses[0]
    return None


def _causal_verb_facts(text: str, toks: Sequence[Token], clauses: list[Clause]
                       ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"X prompted Y to do Z": what X prompted Y to do, and what prompted Y to do Z."""
    for clause in clauses:
        main = clause.group.main.lower()
        if main not in _CAUSAL_TO | _PERSUADE_TO or any(
                w in {"is", "are", "was", "were", "been", "be"} for w in clause.group.words):
            continue
        rest = clause.rest
        to = re.match(r"^(?P<obj>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+to\s+(?P<act>[a-z][\w-]*)\b",
                      rest)
        if to is None or main == "called" and not to.group("obj").startswith("on "):
            continue
        obj = to.group("obj")
        if base_form(to.group("act")) is None and to.group("act") in _NOT_BASE:
            continue
        if to.group("act") in _NOT_BASE or is_past_tense(to.group("act")):
            continue
        offset = clause.verb_end + (len(text[clause.verb_end:]) -
                                    len(text[clause.verb_end:].lstrip()))
        action = _span(text, offset + to.start("act"))
        if action is None or is_pronoun(clause.subject):
            continue
        inverted = question_predicate(first_lower(clause.subject), clause.group,
                                      f"{obj} to do")
        if inverted is not None:
            yield AnswerKind.EFFECT, f"What {inverted}", action, (f"to {action}",)
        if main in _CAUSAL_TO and word_count(action) <= 14 and not is_pronoun(obj):
            verb = clause.group.text
            yield (AnswerKind.CAUSE, f"What {verb} {obj} to {action}", _written(text, clause),
                   ())


def _effect_verb_facts(text: str, clauses: list[Clause]
                       ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"X led to Y": what X led to, and what led to Y."""
    for match in _EFFECT_VERBS.finditer(text):
        verb = match.group("verb").lower()
        clause = _subject_of(text, clauses, match.start())
        owner = clause
        if clause is not None and _RELATIVE_GAP.fullmatch(
                text[clause.subject_end:clause.verb_start]):
            clause = _definite(clause)  # "its 2003 invasion, which resulted in X"
        if clause is None or is_pronoun(clause.subject) or _VAGUE_SUBJECT.match(clause.subject):
            continue
        if verb in {"prompted", "prompts"} and re.match(r"^(?:[\w’'.-]+\s+){0,5}?to\s",
                                                        text[match.end():]):
            continue  # "prompted Y to do Z" has its own rule
        effect = _span(text, match.end())
        if effect is None or _DEMONSTRATIVE.match(effect):
            continue
        subject = first_lower(clause.subject)
        head, _, particle = verb.partition(" ")
        group_tense = "past" if is_past_tense(head) else "present3"
        support = "did" if group_tense == "past" else "does"
        base = base_form(head) if head not in {"fuel", "lead"} else head
        if base is None:
            continue
        tail = f" {particle}" if particle else ""
        if clause.verb_start == match.start() or clause is clauses[0]:
            yield (AnswerKind.EFFECT, f"What {support} {subject} {base}{tail}", effect,
                   ())
            if word_count(effect) <= 16 and clause is owner:  # not "its invasion" as answer
                yield AnswerKind.CAUSE, f"What {verb} {effect}", _written(text, clause), ()


_RELATIVE_GAP = re.compile(r",?\s+(?:which|that)\s+")
_POSSESSIVE_DET = re.compile(r"^(?:its|their|his|her)\s+(?=\S+\s+\S)", re.IGNORECASE)


def _definite(clause: Clause) -> Clause:
    """The antecedent of a relative clause with its possessive made definite: "its 2003
    invasion, which resulted in ..." asks about "the 2003 invasion" (the owner is named just
    before, where the question cannot reach)."""
    subject = _POSSESSIVE_DET.sub("the ", clause.subject)
    return replace(clause, subject=subject) if subject != clause.subject else clause


_RESPONSE_END = re.compile(r"^(?P<what>[^,;:]{3,120}?)\s+in (?:return|response|retaliation)"
                           r"(?:[,.;]|$)")
_IN_RESPONSE = re.compile(r"^(?:In response|In retaliation|In return),\s+", re.IGNORECASE)
_RESPONDED = re.compile(r"^(?P<to>to\s+[^,]{3,80}?\s+)?(?P<how>(?:with|by)\s+.+)$")


def _how_respond(clause: Clause) -> str | None:
    words = clause.group.words
    subject = first_lower(clause.subject)
    if clause.group.tense == "past":
        return f"How did {subject} respond"
    if clause.group.tense == "present3":
        return f"How does {subject} respond"
    if words[0] in {"has", "have"}:
        return f"How {words[0]} {subject} responded"
    if words[0] in {"will", "would", "could", "might"}:
        return f"How {words[0]} {subject} respond"
    return None


def _response_facts(text: str, toks: Sequence[Token], clauses: list[Clause]
                    ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"In response, X did Y" / "X responded with Y" -> "How did X respond?"."""
    lead = _IN_RESPONSE.match(text)
    if lead is not None:
        clause = next((c for c in clauses if c.subject_start >= lead.end()), None)
        if clause is not None and not is_pronoun(clause.subject) and clause.subject_start == \
                lead.end() + (len(text[lead.end():]) - len(text[lead.end():].lstrip())):
            predicate = trim_predicate(clause.rest, 20)
            question = _how_respond(clause)
            if predicate and question:
                answer = f"{clause.group.main} {predicate}"
                yield AnswerKind.EFFECT, question, answer, (predicate,)
    for clause in clauses:
        ending = _RESPONSE_END.match(clause.rest)
        if ending is not None and not is_pronoun(clause.subject) and base_form(
                clause.group.main) not in {"respond", "be", "have"} and not re.search(
                    r"\bto\s+[a-z]+", ending.group("what")):
            question = _how_respond(clause)
            if question is not None:
                # the object alone ("militia targets") is no answer to "how": not accepted
                yield (AnswerKind.EFFECT, question,
                       f"{clause.group.main} {ending.group('what')}", ())
        if base_form(clause.group.main) != "respond" or is_pronoun(clause.subject):
            continue
        question = _how_respond(clause)
        if question is None:
            continue
        rest = clause.rest
        match = _RESPONDED.match(rest)
        if match is not None:
            how = _span(text, text.index(match.group("how"), clause.verb_end))
            target = (match.group("to") or "").strip()
            if how and word_count(target) <= 10:
                yield AnswerKind.EFFECT, f"{question} {target}", how, ()
            continue
        participle = re.match(r"^(?:[A-Z]\w+day|today|yesterday)?\s*,\s*(?P<how>[a-z]+ing\b.*)$",
                              rest)
        if participle is not None:
            how = _span(text, text.index(participle.group("how"), clause.verb_end))
            if how:
                yield AnswerKind.EFFECT, question, how, ()


_AFFECT_VERBS = frozenset("""
    angered angers outraged outrages alarmed alarms frustrated frustrates worried worries
    infuriated infuriates unsettled unsettles rattled rattles hurt hurts damaged damages
    weakened weakens boosted boosts delighted delights disrupted disrupts
""".split())


def _affect_facts(text: str, clauses: list[Clause]
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Two strikes have further angered the government" -> "What has further angered the
    government?" (only the cause is asked: "what did the strikes anger" is not English)."""
    for clause in clauses:
        if clause.group.main.lower() not in _AFFECT_VERBS or is_pronoun(clause.subject):
            continue
        if any(w in {"is", "are", "was", "were", "been", "be"} for w in clause.group.words):
            continue  # passive: "was hurt in the crash"
        obj = trim_predicate(clause.rest, 14)
        if not obj or _VAGUE_SUBJECT.match(clause.subject):
            continue
        words = list(clause.group.words)
        if words[0] in {"have", "has"}:
            words[0] = "has"
        verb = " ".join(words)
        yield AnswerKind.CAUSE, f"What {verb} {obj}", _written(text, clause), ()


_PARTICIPLE_KEYS = ("leading to", "resulting in", "prompting", "sparking", "causing",
                    "triggering")
_KEY_PATTERNS[_PARTICIPLE_KEYS] = re.compile("|".join(_PARTICIPLE_KEYS))
_PARTICIPLE_EFFECT = re.compile(r"(?:,\s+|\s+while\s+)(?:(?:eventually|ultimately|thereby|in turn)\s+)?"
                                r"(?P<verb>leading to|resulting in|prompting|sparking|causing|"
                                r"triggering)\s+")
# "The U.S. responded Tuesday, hitting three sites": one participle phrase belongs to the event
_ONE_ING = re.compile(r",\s+[a-z]+ing\b[^,;:\"“”]*$")
_PARTICIPLE_ASK = {"leading to": "lead to", "resulting in": "result in", "prompting": "prompt",
                   "sparking": "spark", "causing": "cause", "triggering": "trigger"}


def _participle_effect_facts(text: str, clauses: list[Clause]
                             ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The unit overheated in orbit, leading to the loss of the craft" -> "The unit overheated
    in orbit. What did this lead to?" (the event is restated, then asked about)."""
    for match in _PARTICIPLE_EFFECT.finditer(text):
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner:
            continue
        clause = owner[-1]
        if is_pronoun(clause.subject) or _VAGUE_SUBJECT.match(clause.subject):
            continue
        event = text[clause.subject_start:match.start()].strip()
        if (word_count(event) > 24 or any(ch in _ONE_ING.sub("", event) for ch in ",;:\"“”")
                or clause.subject_start > 0 and text[:clause.subject_start].strip()[-1:] not in
                {",", ""}):
            continue
        effect = _span(text, match.end())
        if effect is None or _DEMONSTRATIVE.match(effect):
            continue
        statement = first_upper(first_lower(event)) if clause.first_token == 0 else \
            first_upper(event)
        ask = _PARTICIPLE_ASK[match.group("verb")]
        yield AnswerKind.EFFECT, f"{statement}. What did this {ask}", effect, ()


_CAUSED_BY = frozenset({"triggered", "caused", "sparked", "prompted", "fuelled", "fueled",
                        "driven", "provoked", "necessitated", "spurred"})


def _caused_by_facts(text: str, clauses: list[Clause]
                     ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The crisis was triggered by X" -> "What triggered the crisis?" (X)."""
    for clause in clauses:
        words = clause.group.words
        main = clause.group.main.lower()
        if main not in _CAUSED_BY or not any(w in {"was", "were", "is", "are", "been"}
                                             for w in words):
            continue
        by = re.match(r"\s+by\s+", text[clause.verb_end:])
        if by is None or is_pronoun(clause.subject) or _VAGUE_SUBJECT.match(clause.subject):
            continue
        cause = _span(text, clause.verb_end + by.end())
        if cause is None or _DEMONSTRATIVE.match(cause):
            continue
        base = base_form(main) or main
        if "been" in words:
            verb = f"has {main}"
        elif words[0] in {"is", "are"}:
            verb = third_person(base)
        else:
            verb = past_of(base)
        yield AnswerKind.CAUSE, f"What {verb} {first_lower(clause.subject)}", cause, ()


_BLAMED = re.compile(r"\bblam(?:ed|es|e)\s+(?P<what>(?:[\w’'-]+\s+){1,8}?)on\s+")
_BLAMED_PASSIVE = re.compile(r"\b(?:was|were|is|are|has been|have been)\s+blamed\s+on\s+")


def _blame_facts(text: str, clauses: list[Clause]
                 ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"Officials blamed the fire on faulty wiring" -> "What did officials blame the fire on?"."""
    for clause in clauses:
        if base_form(clause.group.main) != "blame" or is_pronoun(clause.subject):
            continue
        offset = clause.verb_start
        match = _BLAMED.match(text, offset)
        passive = _BLAMED_PASSIVE.match(text, offset)
        if match is not None and clause.group.words[-1] == clause.group.main:
            cause = _span(text, match.end())
            inverted = question_predicate(first_lower(clause.subject), clause.group,
                                          f"{match.group('what').strip()} on")
            if cause and inverted:
                yield AnswerKind.CAUSE, f"What {inverted}", cause, ()
        elif passive is not None:
            cause = _span(text, passive.end())
            be = clause.group.words[0]
            if cause:
                yield (AnswerKind.CAUSE, f"What {be} {first_lower(clause.subject)} blamed on",
                       cause, ())


def _noun_phrase_before(toks: Sequence[Token], k: int) -> tuple[int, int] | None:
    """Token range of the noun phrase that ends just before token ``k`` (for "X aimed at")."""
    j = k - 1
    first = None
    while j >= 0 and k - j <= 9:
        tok = toks[j]
        if tok.trail and j != k - 1:
            break
        low = tok.lower
        if low in _DETERMINERS:
            first = j
            break
        if (low in AUXILIARIES or is_past_tense(low) and j < k - 1 and not tok.capitalised
                or j > 0 and toks[j - 1].lower in AUXILIARIES):
            first = j + 1
            break
        j -= 1
    if first is None or first >= k:
        return None
    return first, k - 1


def _aim_facts(text: str, toks: Sequence[Token], clauses: list[Clause], past: bool
               ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"talks aimed at X" and "Baghdad aims to X"."""
    for match in _AIMED.finditer(text):
        k = next((i for i, t in enumerate(toks) if t.start == match.start()), None)
        if k is None or k == 0:
            continue
        purpose = _span(text, match.end())
        if purpose is None or word_count(purpose) < 2:
            continue
        verb = match.group("verb").lower()
        clause = next((c for c in clauses if c.verb_token == k or c.group.main == verb.split()[0]
                       and c.verb_token + len(c.group.words) - 1 == k), None)
        if clause is not None:
            if is_pronoun(clause.subject):
                continue
            inverted = question_predicate(first_lower(clause.subject), clause.group,
                                          "to do" if verb.endswith("to") else "at")
            if inverted:
                yield AnswerKind.PURPOSE, f"What {inverted}", purpose, ()
            continue
        if toks[k - 1].trail.endswith(",") and verb in _AIMING:
            yield from _aiming_facts(text, clauses, match, toks[k - 1].end)
            continue
        if toks[k - 1].trail and not toks[k - 1].trail.endswith(","):
            continue
        span = _noun_phrase_before(toks, k)
        if span is None:
            continue
        a, b = span
        phrase = text[toks[a].start:toks[b].start + len(toks[b].lead) + len(toks[b].core)]
        phrase = tidy_span(phrase)
        if not phrase or is_pronoun(phrase):
            continue
        if toks[a].lower in {"a", "an"}:
            phrase = "the" + phrase[len(toks[a].lower):]
        elif toks[a].lower not in _DETERMINERS:
            phrase = "the " + first_lower(phrase) if toks[a].core.islower() else phrase
        head = _head_noun(phrase)
        plural = head.endswith("s") and not head.endswith(("ss", "us"))
        be = ("were" if plural else "was") if past else ("are" if plural else "is")
        ask = "aimed at" if verb.startswith("aim") and "at" in verb else verb.split()[0]
        if verb in {"with the aim of", "seeking to", "aiming to"}:
            continue
        yield AnswerKind.PURPOSE, f"What {be} {phrase} {ask}", purpose, ()


_AIMING = frozenset({"aiming to", "seeking to", "hoping to"})


def _aiming_facts(text: str, clauses: list[Clause], match: re.Match[str], comma: int
                  ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The clubs began talks in Leeds, aiming to end years of losses" -> "Why did the clubs
    begin talks in Leeds?" (the participle's subject is the clause's)."""
    owner = [c for c in clauses if c.verb_end <= comma]
    if not owner or any(c.verb_start > match.start() - 1 and c.verb_end <= match.end()
                        for c in clauses):
        return
    clause = owner[-1]
    if clause.group.main.lower() in _SAY_WORDS or clause.rest.startswith("to "):
        return
    to = match.start() + match.group("verb").lower().rfind("to")
    purpose = _span(text, to)
    question = _why(text, clause, comma - 1)
    if purpose is None or question is None or word_count(purpose) < 3:
        return
    yield AnswerKind.PURPOSE, question, purpose, (purpose[3:],)


_SAY_WORDS = frozenset({"said", "says", "told", "added", "announced", "stated", "wrote"})


def _head_noun(phrase: str) -> str:
    words = phrase.split()
    for i, word in enumerate(words):
        if word.lower() in {"of", "in", "on", "for", "between", "with", "at", "by"} and i > 0:
            return words[i - 1].lower()
    return words[-1].lower() if words else ""


def _purpose_facts(text: str, toks: Sequence[Token], clauses: list[Clause], past: bool
                   ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"returned in 2014 to help X" -> "Why did ... return in 2014?" (a purpose "to")."""
    lowers = [t.lower for t in toks]
    for i, low in enumerate(lowers):
        if low != "to" or i < 2 or i + 1 >= len(toks) or toks[i - 1].trail:
            continue
        act = lowers[i + 1]
        if not toks[i + 1].core.islower() or act in _NOT_BASE or act.endswith(
                ("ing", "ed", "s")) and act not in {"address", "discuss", "assess", "press"}:
            continue
        if lowers[i - 1] in _NOT_PURPOSE_NOUN or lowers[i - 1] in _CONTROL_VERBS:
            continue
        if i >= 2 and lowers[i - 2] == "in" and lowers[i - 1] == "order":
            anchor = i - 2
        else:
            anchor = i
        purpose = _span(text, toks[i].start)
        if purpose is None or word_count(purpose) < 3:
            continue
        clause = next((c for c in reversed(clauses) if c.verb_end <= toks[anchor].start), None)
        purpose = _cut_finite(purpose)
        made = _made_for(text, toks, lowers, anchor, past)
        if made is not None:
            yield AnswerKind.PURPOSE, made, purpose, (purpose[3:],)
            continue
        coordinated = _coordinated_clause(text, toks, lowers, clauses, anchor)
        if coordinated is not None:
            clause = coordinated
        if clause is not None and clause.group.main.lower() in _CONTROL_VERBS \
                and coordinated is None:
            planned = _planned_for(text, clause, toks[anchor].start)
            if planned is not None:
                yield AnswerKind.PURPOSE, planned, purpose, (purpose[3:],)
                continue
        if clause is None or clause.group.main.lower() in _CONTROL_VERBS | _EFFECT_WORDS | \
                _AIM_PARTICIPLES:
            continue
        if any(c.subject_start > clause.verb_end and c.subject_start < toks[anchor].start
               for c in clauses) and coordinated is None:
            continue
        if clause.verb_token + len(clause.group.words) > anchor:
            continue
        if any(lowers[j] in _CONTROL_VERBS | _NOT_PURPOSE_NOUN or lowers[j] == "to"
               for j in range(clause.verb_token, anchor)):
            continue
        question = _why(text, clause, toks[anchor].start)
        if question is None or question.endswith(("Why", " to")):
            continue
        yield AnswerKind.PURPOSE, question, purpose, (purpose[3:],)


_PLANNED = re.compile(r"^to\s+(?P<verb>[a-z]{3,})\s+(?:the\s+|new\s+|fresh\s+|formal\s+)?"
                      r"(?P<thing>[a-z]{3,}s)(?P<when>\s+(?:soon|shortly|later|next\s+"
                      r"(?:week|month|year)|this\s+(?:week|month|year)))?$")
_PLAN_VERBS = frozenset("""
    expect expects expected plan plans planned hope hopes hoped want wants wanted agree agrees
    agreed decide decides decided intend intends intended prepare prepares prepared
""".split())


def _planned_for(text: str, clause: Clause, end: int) -> str | None:
    """"X expect to begin talks soon to wind down Y" -> "What are the talks that X expect to
    begin soon meant to do?": the purpose belongs to the planned thing."""
    if clause.group.main.lower() not in _PLAN_VERBS or is_pronoun(clause.subject):
        return None
    chain = _PLANNED.match(text[clause.verb_end:end].strip())
    if chain is None or chain.group("verb") in _NOT_BASE or is_past_tense(
            chain.group("verb")) or chain.group("thing") in _NOT_PURPOSE_NOUN:
        return None
    past = clause.group.tense == "past" or clause.group.words[0] in {"was", "were", "had"}
    be = "were" if past else "are"
    when = chain.group("when") or ""
    return (f"What {be} the {chain.group('thing')} that {first_lower(clause.subject)} "
            f"{clause.group.text} to {chain.group('verb')}{when} meant to do")


_NO_CUT_BEFORE = frozenset({"to", "have", "has", "had", "be", "been", "being", "was", "were",
                            "is", "are", "the", "a", "an", "its", "their", "his", "her", "and",
                            "or", "not"})


def _cut_finite(purpose: str) -> str:
    """"to investigate the collapse met on Monday" -> "to investigate the collapse"."""
    words = purpose.split()
    for i in range(3, len(words)):
        word = words[i]
        if (word.islower() and word.isalpha() and is_past_tense(word)
                and words[i - 1].lower() not in _NO_CUT_BEFORE
                and not (i + 1 < len(words) and words[i + 1] == "by")):
            return " ".join(words[:i])
    return purpose


def _coordinated_clause(text: str, toks: Sequence[Token], lowers: list[str],
                        clauses: list[Clause], anchor: int) -> Clause | None:
    """"X withdrew in 2011 but returned in 2014 to ...": the second verb with X as subject."""
    for j in range(anchor - 1, max(0, anchor - 8), -1):
        if lowers[j - 1] in {"but", "and"} and is_past_tense(lowers[j]) and toks[j].core.islower():
            first = next((c for c in clauses if c.verb_token < j - 1), None)
            if first is None or toks[j - 2].trail and not toks[j - 2].trail.endswith(","):
                return None
            if any(c.verb_token > first.verb_token and c.verb_token < j for c in clauses):
                return None
            group = VerbGroup((lowers[j],), lowers[j], "past")
            tok = toks[j]
            return replace(first, group=group, verb_start=tok.start,
                           verb_end=tok.start + len(tok.lead) + len(tok.core),
                           rest=text[tok.end:].strip(), verb_token=j)
        if toks[j].trail:
            return None
    return None


def _made_for(text: str, toks: Sequence[Token], lowers: list[str], anchor: int,
              past: bool) -> str | None:
    """"the militias formed to fight X" -> "Why were the militias formed"."""
    p = anchor - 1
    if p < 1 or lowers[p] not in _MAKE_VERBS or toks[p - 1].trail:
        return None
    if lowers[p - 1] in AUXILIARIES or lowers[p - 1] in {"been", "be"}:
        return None
    span = _noun_phrase_before(toks, p)
    if span is None:
        return None
    a, b = span
    if toks[a].lower not in _DETERMINERS:
        return None
    phrase = tidy_span(text[toks[a].start:toks[b].start + len(toks[b].lead)
                            + len(toks[b].core)])
    if word_count(phrase) < 2:
        return None
    if toks[a].lower in {"a", "an"}:
        phrase = "the" + phrase[len(toks[a].lower):]
    head = _head_noun(phrase)
    plural = head.endswith("s") and not head.endswith(("ss", "us"))
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    return f"Why {be} {first_lower(phrase)} {lowers[p]}"


_WHEN = re.compile(r"\s+when\s+")
_NESTED_CAUSE = re.compile(r"\s+(?:in response to|in retaliation for|because|after|following|"
                           r"as a result of|due to)\b")


def _when_facts(text: str, clauses: list[Clause]
                ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The issue resurfaced when Israel launched a counteroffensive" -> "Why did the issue
    resurface?": "when" is causal only after an event verb and before an act clause."""
    for match in _WHEN.finditer(text):
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner or owner[-1].group.main.lower() not in _EVENT_VERBS:
            continue
        clause = owner[-1]
        cause = _span(text, match.end())
        if cause is None:
            continue
        nested = _NESTED_CAUSE.search(cause)
        cause = cause[:nested.start()] if nested else cause
        acted = _AFTER_CLAUSE.match(cause)
        if acted is None or acted.group("verb") not in _STRONG_AFTER_VERBS or any(
                w in _AFTER_NOT_SUBJECT for w in acted.group("subject").lower().split()):
            continue
        question = _why(text, clause, match.start())
        if question is not None:
            yield AnswerKind.CAUSE, question, cause, (f"when {cause}",)


_HARM = re.compile(r"\b(?:injur(?:y|ies)|wounds|burns|damage|losses|illness(?:es)?|casualties|"
                   r"deaths)\b")
_HARM_FROM = re.compile(r"\b(?:injur(?:y|ies)|wounds|burns|damage|losses|illness(?:es)?|"
                        r"casualties|deaths)\b(?:[^,;:]|,\s+including\b)*?\s+from\s+")
_HARM_VERBS = frozenset("""
    suffered suffer suffers sustained sustain sustains received receive receives caused
    reported reports incurred incur incurs took take takes
""".split())


def _harm_facts(text: str, clauses: list[Clause]
                ) -> Iterator[tuple[AnswerKind, str, str, tuple[str, ...]]]:
    """"The airline suffered heavy losses from the strike" -> "Why did the airline suffer heavy
    losses?" ("from" is causal after a noun of harm)."""
    for match in _HARM_FROM.finditer(text):
        owner = [c for c in clauses if c.verb_end <= match.start()]
        if not owner or owner[-1].group.main.lower() not in _HARM_VERBS:
            continue
        clause = owner[-1]
        cause = _span(text, match.end())
        if cause is None or _DEMONSTRATIVE.match(cause) or _TIME_AFTER.match(cause):
            continue
        end = match.end() - len(match.group()) + len(match.group().rstrip()) - len("from")
        question = _why(text, clause, end)
        if question is not None:
            yield AnswerKind.CAUSE, question, cause, (f"from {cause}",)
