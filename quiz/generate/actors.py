"""Actor facts: who did what — people with their roles, organisations, groups and countries.

Each rule finds an actor in a position the sentence makes clear and asks about it with the
action restated and the actor left out:

- subject of an action verb: "Then-president Donald Trump ordered the attack on X" ->
  "Which then-president ordered the attack on X?";
- object of an action verb (do-support): "The US assassinated commander Y in Z" ->
  "Which commander did the US assassinate in Z?";
- agent of a passive ("led by X", "attacks on Y by X") and speaker of "..., X said" or
  "according to X";
- appositions and names: "Y, the deputy chairman of Z" -> "Who was the deputy chairman of
  Z?"; "a group known as X" -> "What is the group known as?".

Pronouns and generic subjects ("the official", "they") are never answers, and a question
that contains its own answer (or an alias of it) is dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from quiz.generate.entities import normalise, strip_title
from quiz.generate.facts import AnswerKind, Article, Fact, Sentence
from quiz.generate.grammar import (
    AUXILIARIES, first_lower, first_upper, is_participle, is_past_tense, is_pronoun,
    participle_to_past, base_from_ing, past_of,
    question_predicate, third_person, base_form, tidy_span, who_predicate,
)
from quiz.generate.lexicon import (
    GROUP_WORDS, MEDIA_WORDS, ORG_WORDS, TITLE_WORDS, capitals, countries, demonyms,
)
from quiz.generate.lexicon import ORG_ROLE_WORDS
from quiz.generate.mentions import (
    ROLE_MODIFIERS, Mention, Token, find_mentions, kind_of, tokenize,
)
from quiz.generate.syntax import Clause, find_clauses, lowered_subjects, trim_predicate
from quiz.model import Category

_SAY_VERBS = frozenset("""
    said says told added explained noted stated wrote reported announced warned insisted
    argued claimed confirmed acknowledged revealed
""".split())
_LEGISLATURE = frozenset({"parliament", "congress", "senate", "assembly", "council", "court",
                          "cabinet", "committee", "commission", "tribunal", "board"})
_NAMED_HEADS = frozenset({"ministry", "department", "agency", "army", "navy", "police",
                          "military", "government", "administration", "party", "university",
                          "bank", "company", "union", "coalition", "alliance", "militia"})
_QUANTIFIERS = frozenset({"some", "many", "several", "most", "few", "numerous", "other"})
_DETERMINERS = frozenset({"the", "a", "an"})
_GENERIC_PEOPLE = frozenset({"official", "officials", "spokesman", "spokeswoman",
                             "spokesperson", "source", "sources", "person", "people", "man",
                             "woman", "aide", "aides", "diplomat", "diplomats", "analyst",
                             "analysts", "expert", "experts", "observer", "observers"})
_EVENT_NOUNS = frozenset("""
    attack attacks strike strikes airstrike airstrikes assault assaults invasion killing
    killings assassination bombardment bombing bombings shelling raid raids offensive
    takeover acquisition purchase ban sanctions crackdown occupation blockade
""".split())
_RANK_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "maj", "gen", "gen.", "maj.", "lt",
                                 "col", "capt", "sgt", "adm", "brig", "mr.", "mrs.", "dr.",
                                 "lt.", "col."})
_PREPOSITIONS = frozenset({"with", "to", "from", "against", "for", "by", "about", "on"})
_WORD = re.compile(r"[\w'’-]+")
_SPACES = re.compile(r"\s+")
_ATTRIBUTION = re.compile(
    r"^(?P<content>.+?)[,]?\s*[\"”]?,?\s+(?P<actor>(?:[^,\"”“]|“[A-Z]{1,4}”|\"[A-Z]{1,4}\"){2,90}?)"
    r"\s+(?:has\s+|had\s+)?"
    r"(?P<verb>said|says|added|explained|noted|stated|wrote|reported|announced|warned)"
    r"(?P<tail>(?:\s+(?:in|on|at|during)\s+[^,.]{1,40}|\s+\w+day)?)"
    r"(?:,\s+[a-z]+ing\b[^\"“”]*)?\s*[.!?]?[\"”]?$")
_REPORT_CUE = re.compile(r" that |\b(?:said|says|told|added|stated|claimed|warned)\b")
_SAID_NEAR_END = re.compile(r"\b(?:said|says|added|explained|noted|stated|wrote|reported|"
                            r"announced|warned)\b[^,]{0,80}$")
_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)
_GROUPISH = GROUP_WORDS | frozenset({"group", "faction", "militia", "gang", "movement",
                                     "network", "cell", "band", "coalition", "alliance"})
_NAMED_AS = re.compile(r"\b(?:known as|calling (?:themselves|itself)|called|dubbed)\s+(?:the\s+)?")
_NATIONAL_BODY = re.compile(r"^(?:the\s+)?(?P<demonym>[A-Z][a-z]+)\s+(?P<head>government|"
                            r"parliament|army|military|navy|police|cabinet|presidency|"
                            r"ministry|senate|congress|judiciary|court|embassy)$", re.IGNORECASE)
_BYLINE = re.compile(r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|"
                     r"\bcontributed reporting\b|^(?:Reporting|Writing|Editing) by\b")
_NAMING_KEYS = re.compile(r"known as|called|dubbed|calling")
_KNOWN_AS = re.compile(r"\b(?:known as|called|dubbed|calling (?:themselves|itself))\s+")


@dataclass(frozen=True, slots=True)
class _Actor:
    """An actor noun phrase: the answer and how a question asks for it."""

    answer: str
    kind: AnswerKind
    asker: str  # "Who", "Which country", "Which Iraqi Prime Minister", ...
    accept: tuple[str, ...] = ()
    role: str = ""  # the role as written, accepted with the name but not a leak
    quiet: tuple[str, ...] = ()  # accepted forms that repeat the question's words by design


def extract_actors(article: Article) -> list[Fact]:
    """Every actor fact the article states clearly enough to ask about."""
    facts: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    people, names = _people_of(article)
    roles = _role_counts(article)
    for sentence in article.sentences:
        if sentence.is_heading or len(sentence.text) < 20 or _BYLINE.search(sentence.text):
            continue
        for fact in _sentence_facts(article, sentence, people, names, roles):
            key = (normalise(fact.answer), fact.question.lower())
            if key in seen:
                continue
            seen.add(key)
            facts.append(fact)
    return facts


def _people_of(article: Article) -> tuple[frozenset[str], frozenset[str]]:
    """Surnames of the people an article names in full or with a title, and the names it
    writes inside sentences (not first)."""
    people: set[str] = set()
    names: set[str] = set()
    for sentence in article.sentences:
        if sentence.is_heading:
            continue  # title case makes every headline word look like a name
        for m in find_mentions(sentence.text):
            if m.kind is AnswerKind.PERSON:
                people.add(m.name.split()[-1].lower())
            if m.role_start > 1:
                names.add(m.name.lower())
    return frozenset(people), frozenset(names)


def _resolve(mentions: list[Mention], people: frozenset[str],
             names: frozenset[str]) -> list[Mention]:
    """Mentions that are not part of another's role, with surnames known as people.

    A single capitalised word opening a sentence ("Volunteers joined ...") is a name only if
    the article also writes it capitalised inside a sentence.
    """
    out: list[Mention] = []
    for m in mentions:
        if any(o is not m and o.role_start <= m.start and m.end <= o.start for o in mentions):
            continue
        if (m.kind is None and " " not in m.name and m.role_start <= 1
                and m.name.lower() not in names):
            continue
        if m.kind is None and " " not in m.name and m.name.lower() in people:
            m = replace(m, kind=AnswerKind.PERSON)
        out.append(m)
    return out


_BODY = re.compile(r"\b(?P<name>(?P<demonym>[A-Z][a-z]+)\s+(?:government|parliament|army|"
                   r"military|navy|police|cabinet|presidency|senate|congress|judiciary|"
                   r"embassy))\b(?![’'-])")


def _with_bodies(text: str, toks: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions plus national bodies named by a demonym ("the Iraqi government", "the
    French navy"): organisations that act and are acted on like names."""
    if not any(t.capitalised and t.lower in demonyms() for t in toks):
        return mentions
    extra: list[Mention] = []
    for match in _BODY.finditer(text):
        start, end = match.span("name")
        if match.group("demonym").lower() not in demonyms() or any(
                m.role_start < end and start < m.end for m in mentions):
            continue
        first = next((i for i, t in enumerate(toks) if t.start <= start < t.end), None)
        if first is None or first + 1 >= len(toks):
            continue
        has_the = first > 0 and toks[first - 1].lower == "the" and not toks[first - 1].trail
        extra.append(Mention(name=match.group("name"), start=start, end=end, role="",
                             role_start=start, first_token=first, last_token=first + 1,
                             possessive=toks[first + 1].possessive,
                             kind=AnswerKind.ORGANISATION, has_the=has_the))
    if not extra:
        return mentions
    return sorted([*mentions, *extra], key=lambda m: m.role_start)


def _role_counts(article: Article) -> Counter[str]:
    """How often each role is written before a name in the article ("fox news host": 1)."""
    counts: Counter[str] = Counter()
    for sentence in article.sentences:
        if not sentence.is_heading:
            for m in find_mentions(sentence.text):
                role = _clean_role(m.role).lower()
                if role:
                    counts[role] += 1
    return counts


def _sentence_facts(article: Article, sentence: Sentence, people: frozenset[str],
                    names: frozenset[str], roles: Counter[str]) -> Iterator[Fact]:
    text = sentence.text
    toks = tokenize(text)
    mentions = _with_bodies(text, toks, _resolve(find_mentions(text, toks), people, names))
    clauses = lowered_subjects(find_clauses(text, toks), names)
    past = any(c.group.tense == "past" or c.group.words[0] in {"was", "were", "had", "did"}
               for c in clauses) or any(t.core.islower() and is_past_tense(t.lower)
                                        or t.lower in {"was", "were"} for t in toks)
    low = text.lower()
    rules = (
        _subject_facts(text, toks, mentions, clauses),
        _object_facts(text, toks, mentions, clauses),
        _embedded_facts(text, toks, mentions, clauses) if _REPORT_CUE.search(low) else (),
        _attribution_facts(text, toks, mentions),
        _according_facts(text, toks, mentions, clauses) if "according to" in low else (),
        _agent_facts(text, toks, mentions, clauses) if " by " in low else (),
        _apposition_facts(text, toks, mentions, past) if mentions else (),
        _known_as_facts(text, toks, mentions, past) if _NAMING_KEYS.search(low) else (),
        _with_ing_facts(text, toks, mentions) if "with " in low else (),
        _made_to_facts(text, toks, mentions, past) if _MADE_TO.search(text) else (),
        _backed_facts(text) if _BACKED.search(text) else (),
    )
    answered: set[str] = set()
    for rule in rules:
        for question, actor, subject in rule:
            fact = _make_fact(article, sentence, question, actor, subject)
            if fact is not None:
                answered.add(normalise(fact.answer))
                yield fact
    for question, actor, subject in _identity_facts(mentions, roles, answered):
        fact = _make_fact(article, sentence, question, actor, subject)
        if fact is not None:
            yield fact


def _identity_facts(mentions: list[Mention], roles: Counter[str], answered: set[str]
                    ) -> Iterator[tuple[str, _Actor, str]]:
    """A person named with a distinctive role and asked about nowhere else in the sentence:
    "Which al-Qaeda leader does the article mention?" (only when that role is unique)."""
    for m in mentions:
        if m.kind is not AnswerKind.PERSON or normalise(m.name) in answered:
            continue
        role = _clean_role(m.role, m.role_start == 0)
        words = role.split()
        if not words or roles[role.lower()] != 1 or words[0].lower().startswith(
                ("then-", "ex-", "former")):
            continue
        if len(words) < 2:
            continue  # "President", "leader": too bare to tell which one
        actor = _mention_actor(m)
        if actor is not None:
            yield f"Which {role} does the article mention", actor, f"role {role}"


def _make_fact(article: Article, sentence: Sentence, question: str, actor: _Actor,
               subject: str) -> Fact | None:
    question = _SPACES.sub(" ", question.replace("*", "")).strip()
    question = first_upper(question.rstrip(" ,.;:?")) + "?"
    answer = tidy_span(actor.answer)
    if not answer or is_pronoun(answer) or answer not in sentence.text:
        return None
    if _leaks(question, answer, actor.accept):
        return None
    if len(question.split()) < 4:
        return None
    accept = _accept_forms(answer, actor)
    return Fact(category=Category.ACTOR, kind=actor.kind, article=article.file,
                sentence=sentence, question=question, answer=answer, accept=accept,
                subject=normalise(subject), value=normalise(strip_title(answer)))


def _accept_forms(answer: str, actor: _Actor) -> tuple[str, ...]:
    forms: list[str] = [*actor.accept, *actor.quiet]
    if actor.role:
        forms.append(f"{actor.role} {answer}")
    low = answer.lower()
    if low.startswith("the "):
        forms.append(answer[4:])
    elif actor.kind in {AnswerKind.ORGANISATION, AnswerKind.GROUP} and " " in answer:
        forms.append(f"the {answer}")
    if actor.kind is AnswerKind.PERSON and " and " not in answer:
        words = answer.split()
        if len(words) >= 2:
            forms.append(words[-1] if words[-2].lower() not in {"bin", "ibn", "al", "van",
                                                                   "von", "de"}
                         else " ".join(words[-2:]))
    out: list[str] = []
    for form in forms:
        form = form.strip()
        if form and form.lower() != low and form not in out:
            out.append(form)
    return tuple(out)


def _leaks(question: str, answer: str, accept: tuple[str, ...]) -> bool:
    low = question.lower()
    words = set(_QUESTION_WORD.findall(low))
    for form in (answer, *accept):
        keys = _key_words(form)
        hits = [w for w in keys if w in words or (" " in w or not w.isalnum()) and w in low]
        if hits and (keys[-1] in hits or 2 * len(hits) >= len(keys)):
            return True
    return False


_QUESTION_WORD = re.compile(r"[\w.-]+")


def _key_words(form: str) -> list[str]:
    bare = strip_title(form)
    words = [w.lower() for w in _WORD.findall(bare)]
    names = [w for w in words if len(w) >= 3 and w not in _STOP_IN_NAMES
             and w not in ORG_WORDS and w not in GROUP_WORDS]
    own = [w for w in names if w not in countries()]
    if len(own) >= 2:
        names = own  # "Islamic Resistance in Iraq": "Iraq" in a question gives nothing away
    if not names and words:
        return [bare.lower()]
    return names


_NEVER_ACTORS = frozenset({"god", "allah", "covid", "internet"})

_STOP_IN_NAMES = frozenset({"the", "and", "of", "for", "some", "group", "forces", "force",
                            "state", "states", "united", "national", "new", "international",
                            "general", "army", "military", "government", "ministry",
                            "department", "party", "front", "council", "committee",
                            "officials", "militias", "militants", "people", "news"})


# ---------------------------------------------------------------------------------------------
# Recognising actor noun phrases


def _actor_for(text: str, toks: Sequence[Token], mentions: list[Mention], start: int,
               end: int, allow_generic: bool = False) -> _Actor | None:
    """The actor that the span ``text[start:end]`` names exactly, or ``None``."""
    span = text[start:end].strip()
    if not span or is_pronoun(span):
        return None
    bare_start = start + (4 if span.lower().startswith("the ") else 0)
    inside = [m for m in mentions if m.role_start >= start and m.end <= end]
    if len(inside) == 2 and inside[0].kind is AnswerKind.PERSON and text[
            inside[0].end:inside[1].role_start].strip() == "of" and inside[1].end >= end - 1:
        actor = _mention_actor(inside[0]) if inside[0].role_start <= bare_start + 1 else None
        if actor is not None:
            return actor  # "Professor Kenji Watanabe of Kyoto University"
    if len(inside) == 1:
        m = inside[0]
        affiliation = re.match(r"\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}$",
                               text[m.end:end])
        if m.role_start <= bare_start + 1 and (m.end >= end - 1 or affiliation and m.kind is
                                               AnswerKind.PERSON) and not m.possessive:
            return _mention_actor(m)
    if len(inside) == 2 and not any(m.possessive for m in inside):
        a, b = inside
        between = text[a.end:b.role_start].strip().lower()
        if between == "(" and a.role_start <= bare_start + 1:
            first = _mention_actor(a)
            if first is not None:
                return replace(first, accept=(*first.accept, b.name))
        # "The United States and Iraq held talks": two answers in one would be offered as
        # a distractor for either of them, so coordinated subjects are not asked about.
    possessive = _possessive_body(text, mentions, start, end)
    if possessive is not None:
        return possessive
    whose = _whose(text, mentions, start, end)
    if whose is not None:
        return whose
    named = _NAMED_AS.search(span)
    if named is not None:
        inner = [m for m in mentions if m.role_start >= start + named.end() - 1
                 and end - 1 <= m.end <= end]
        if len(inner) == 1 and not inner[0].possessive:
            actor = _mention_actor(inner[0])
            described = {w.lower() for w in span[: named.start()].split()}
            if actor is not None and described & _GROUPISH:
                actor = replace(actor, kind=AnswerKind.GROUP, asker="Which group", role="")
            if actor is not None:
                return actor  # "a group of militias known as the Islamic Resistance"
    national = _NATIONAL_BODY.match(span)
    if national and national.group("demonym").lower() in demonyms():
        head = national.group("head").lower()
        asker = "Which body" if head in _LEGISLATURE else f"Which {head}"
        return _Actor(span[4:] if span.lower().startswith("the ") else span,
                      AnswerKind.ORGANISATION, asker)
    return _group_actor(span, allow_generic, at_start=start == 0)


def _whose(text: str, mentions: list[Mention], start: int, end: int) -> _Actor | None:
    """"Trump's aides", "Soleimani's assassination": asked as "Whose aides ..."."""
    for m in mentions:
        if not m.possessive or m.role_start > start + 4:
            continue
        after = text[m.end:end]
        parts = after.split(None, 1)
        body = parts[1] if len(parts) == 2 else ""
        words = body.split()
        if not 1 <= len(words) <= 3 or not all(w.isalpha() and w.islower() for w in words):
            continue
        actor = _mention_actor(m)
        if actor is None:
            return None
        return replace(actor, asker=f"Whose {body}")
    return None


def _mention_actor(m: Mention) -> _Actor | None:
    kind = m.kind
    if kind is None:
        if " " in m.name or m.name.lower() in _NEVER_ACTORS:
            return None
        # a single unknown name the article never gives as a person: an organisation
        return _Actor(m.name, AnswerKind.ORGANISATION, _org_asker(m.name))
    name = m.name
    answer = name
    role = _clean_role(m.role, m.role_start == 0)
    accept: list[str] = []
    if kind is AnswerKind.PERSON:
        asker = f"Which {role}" if role else "Who"
    elif kind is AnswerKind.COUNTRY and name.lower() in capitals():
        # "Baghdad said ...": a government named by its city; as a "country" it would be
        # offered among country names, where a city is an absurd choice
        asker, kind = "Which government", AnswerKind.ORGANISATION
    elif kind is AnswerKind.COUNTRY:
        asker = "Which country"
    elif kind is AnswerKind.GROUP:
        asker = "Who" if name.lower().endswith("s") else "Which group"
    elif role and " " in role and (role.split()[-1].lower() in ORG_ROLE_WORDS
                                   or role.lower().endswith("maker")):
        asker = f"Which {role}"  # "Which British drugmaker developed the vaccine?"
    else:
        asker = _org_asker(name)
    return _Actor(answer, kind, asker, tuple(accept),
                  m.role if kind is AnswerKind.PERSON else "")


def _clean_role(role: str, sentence_start: bool = False) -> str:
    """A role fit for "Which <role> ...": ranks spelled out, honorifics and trailing ranks after
    a job title dropped, "X's commander" turned into "commander of X"."""
    words = role.replace("*", "").split()
    if sentence_start and words and (words[0].lower() in TITLE_WORDS and len(words) == 1
                                     or words[0].lower() in ROLE_MODIFIERS
                                     and all(w.islower() for w in words[1:])):
        words[0] = words[0].lower()  # "Coach Daniel Brenner said": capital by position
    words = [w for w in words if w.lower().rstrip(".") not in _HONORIFICS]
    while len(words) > 1 and words[-1].lower().rstrip(".") in _RANKS and any(
            w.lower() in TITLE_WORDS and w.lower().rstrip(".") not in _RANKS for w in words[:-1]):
        words.pop()  # "Iraqi military spokesman Maj Gen" -> "Iraqi military spokesman"
    words = [_RANKS.get(w.lower().rstrip("."), w) for w in words]
    if not words:
        return ""
    if words[0][:1].isupper() and "-" in words[0] and words[0].split("-")[0].lower() in {
            "then", "ex", "former"}:
        words[0] = words[0].lower()
    text = " ".join(words)
    owner = re.match(r"^(?P<owner>.+?)['’]s\s+(?P<role>[a-z][\w -]*)$", text)
    if owner:
        text = f"{owner.group('role')} of {owner.group('owner')}"
    return text


_HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "sir", "dame", "hon"})
_RANKS = {"gen": "General", "maj": "Major", "lt": "Lieutenant", "col": "Colonel",
          "capt": "Captain", "cmdr": "Commander", "adm": "Admiral", "sgt": "Sergeant",
          "brig": "Brigadier", "gov": "Governor", "sen": "Senator", "rep": "Representative",
          "prof": "Professor", "general": "General", "major": "Major"}


def _org_asker(name: str) -> str:
    words = [w.lower().strip(".,") for w in name.split()]
    if any(w in MEDIA_WORDS for w in words) and not any(w in {"ministry", "department"}
                                                        for w in words):
        return "Which news outlet"
    head = words[-1] if words else ""
    if head in _LEGISLATURE:
        return "Which body"
    if head in _NAMED_HEADS:
        return f"Which {head}"
    return "Which organisation"


def _possessive_body(text: str, mentions: list[Mention], start: int,
                     end: int) -> _Actor | None:
    """"Iraq's parliament", "Iraq’s foreign ministry": the country is the answer."""
    for m in mentions:
        if not m.possessive or m.role_start > start + 4 or m.kind is not AnswerKind.COUNTRY:
            continue
        if m.name.lower() in capitals():
            continue
        after = text[m.end:end]
        body = after.split(None, 1)[1] if len(after.split(None, 1)) == 2 else ""
        words = body.lower().split()
        if 1 <= len(words) <= 3 and words[-1] in ORG_WORDS and all(w.isalpha() for w in words):
            return _Actor(m.name, AnswerKind.COUNTRY, f"Which country's {body}",
                          quiet=(text[m.start:end].strip(),))
    return None


#: Heads of a body described rather than named ("the US-led anti-ISIS coalition").
_ALLIANCES = frozenset({"coalition", "alliance", "consortium", "bloc", "league"})
_PLACE_TAIL = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?$")


def _group_actor(span: str, allow_generic: bool, at_start: bool = False) -> _Actor | None:
    """"Some Iraqi Shia militias", "Iran-backed militias", "a senior administration official"."""
    words = span.split()
    place = _PLACE_TAIL.search(span)
    if place is not None and len(words) > 3:
        inner = _group_actor(span[:place.start()], False, at_start)
        if inner is None or inner.kind is not AnswerKind.GROUP:
            return None
        return _Actor(span, AnswerKind.GROUP, inner.asker, (inner.answer, *inner.accept))
    if not 2 <= len(words) <= 6:
        return None
    head = words[-1].lower().strip(".,")
    lead = words[0].lower()
    body = words[1:] if lead in _QUANTIFIERS or lead in _DETERMINERS else words
    modifiers = body[:-1]
    if not modifiers or any(w in _PREPOSITIONS or w == "of" for w in modifiers):
        return None  # "attacks against US forces": the head is "attacks", not a group
    named = any(w[:1].isupper() or "-" in w for w in modifiers[1:]) or bool(modifiers) and (
        "-" in modifiers[0] or modifiers[0].lower() in demonyms()
        or modifiers[0][:1].isupper() and not at_start)
    if head in GROUP_WORDS and named and all(
            w.replace("-", "").replace("’", "").replace(".", "").isalpha() for w in body):
        answer = " ".join(body) if lead in _QUANTIFIERS else span
        return _Actor(answer, AnswerKind.GROUP, "Who", (span,) if answer != span else ())
    if head in _ALLIANCES and lead == "the" and named and all(
            w.replace("-", "").replace(".", "").isalpha() for w in body):
        return _Actor(span, AnswerKind.ORGANISATION, "Who", (" ".join(body),))
    if allow_generic and lead in {"a", "an"} and head in _GENERIC_PEOPLE | TITLE_WORDS and (
            len(modifiers) >= 2 or named):
        return _Actor(span, AnswerKind.PERSON, "Who", (" ".join(body),))
    return None


# ---------------------------------------------------------------------------------------------
# Rules


def _clause_subject(text: str, clause: Clause) -> str:
    return first_lower(clause.subject)


def _is_passive(clause: Clause) -> bool:
    words = clause.group.words
    return clause.group.tense == "aux" and len(words) > 1 and any(
        w in {"is", "are", "was", "were", "been", "being", "be"} for w in words[:-1])


def _is_copula(clause: Clause) -> bool:
    return clause.group.main in {"is", "are", "was", "were", "be", "been", "being", "has",
                                 "have", "had"}


def _subject_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                   clauses: list[Clause]) -> Iterator[tuple[str, _Actor, str]]:
    for clause in clauses:
        if _is_copula(clause) and not _LIKELY_TO.match(clause.rest):
            continue
        actor = _actor_for(text, toks, mentions, clause.subject_start, clause.subject_end)
        if actor is None:
            continue
        if _is_passive(clause) and actor.kind not in {AnswerKind.PERSON, AnswerKind.GROUP}:
            continue  # "Solnet was founded ...": things, not actors, undergo this
        saying = clause.group.main in _SAY_VERBS
        predicate = trim_predicate(clause.rest, 28 if saying else 22, quotes=saying)
        if predicate is None and clause.rest:
            continue
        if clause.group.main in _SAY_VERBS and not _reported(predicate):
            continue
        if actor.kind is AnswerKind.PERSON and predicate and _SELF.search(predicate):
            continue
        if not _says_something(predicate or ""):
            continue
        body = who_predicate(clause.group, predicate or "")
        if len(body.split()) < 2:
            continue
        yield f"{actor.asker} {body}", actor, body


# "X are likely to claim ...": the copula carries an action to come
_LIKELY_TO = re.compile(r"^(?:likely|unlikely|expected|set|due|poised|scheduled|about|"
                        r"ready|preparing|determined)\s+to\s+[a-z]")
_SELF = re.compile(r"\b(?:he|him|himself|she|herself)\b", re.IGNORECASE)
_ADVERBIAL_START = frozenset({"in", "on", "at", "during", "after", "before", "to", "by",
                              "from", "with", "last", "this", "earlier", "later", "friday",
                              "monday", "tuesday", "wednesday", "thursday", "saturday",
                              "sunday"})


_TIME_WORDS = frozenset("""
    on in at last this next week month year today yesterday tomorrow monday tuesday wednesday
    thursday friday saturday sunday morning afternoon evening night earlier later again
""".split())


def _says_something(predicate: str) -> bool:
    """Whether a predicate says more than when ("responded Tuesday" does not)."""
    words = [w.lower().strip(".,") for w in predicate.split()]
    return any(w not in _TIME_WORDS and not w.isdigit() for w in words)


def _reported(predicate: str | None) -> bool:
    """Whether a "said" predicate reports something ("said that X", not "said on Thursday")."""
    if not predicate:
        return False
    words = predicate.lower().split()
    return "that" in words or words[0] not in _ADVERBIAL_START and len(words) >= 4


def _object_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                  clauses: list[Clause]) -> Iterator[tuple[str, _Actor, str]]:
    for clause in [*clauses, *_reported_clauses(text, toks, clauses)]:
        group = clause.group
        if _is_copula(clause) or group.main in _SAY_VERBS or is_pronoun(clause.subject):
            continue
        if group.tense == "aux" and any(w in {"was", "were", "been", "being", "is", "are"}
                                        for w in group.words):
            continue  # passive: what follows is not an object
        if len(clause.subject.split()) > 10:
            continue
        rest_start = clause.verb_end + (len(text[clause.verb_end:]) -
                                        len(text[clause.verb_end:].lstrip()))
        predicate = trim_predicate(clause.rest, 24)
        if not predicate:
            continue
        pred_end = rest_start + len(predicate)
        for m in mentions:
            if m.possessive and m.kind is not AnswerKind.COUNTRY:
                continue
            if not rest_start <= m.role_start or m.end > pred_end:
                continue
            lead = text[rest_start:m.role_start].strip()
            if lead.lower() in {"", "the"}:
                after_start = m.end
                actor = _object_actor(text, toks, mentions, m, rest_start, pred_end)
                if actor is None:
                    continue
                if actor.asker.startswith("Which country's"):
                    after_start = m.end + len(text[m.end:].split("to", 1)[0]) \
                        if " to " in text[m.end:pred_end] else pred_end
                    after_start = _after_body(text, m, pred_end)
                remainder = _drop_coordination(text[after_start:pred_end].strip())
                gap = ""
            elif (_TRAILING_WHEN.fullmatch(text[m.end:pred_end])
                  and lead.split()[-1].lower() in _PREPOSITIONS):
                actor = _object_actor(text, toks, mentions, m, m.role_start, pred_end)
                if actor is None:
                    continue
                lead_words = lead.split()
                if lead_words[-1].lower() == "the" or _NOT_ONE_OBJECT.search(lead):
                    continue  # "had become “X” and offered Y to": not the clause's own verb
                remainder, gap = lead, ""
            elif _PIED.match(_THE_END.sub("", lead)):
                actor = _object_actor(text, toks, mentions, m, m.role_start, pred_end)
                if actor is None:
                    continue
                *body, prep = _THE_END.sub("", lead).split()
                after = text[m.end:pred_end].strip()
                inverted = question_predicate(_clause_subject(text, clause), group,
                                              " ".join([*body, after]).strip())
                if inverted is None or not after:
                    continue
                asker = "whom" if actor.asker == "Who" else first_lower_asker(actor.asker)
                yield f"{prep.capitalize()} {asker} {inverted}", actor, f"{group.main} {lead}"
                continue
            else:
                other = _first_conjunct(text, mentions, rest_start, m)
                if other is None:
                    continue
                actor = _mention_actor(m)
                if actor is None or other.kind is not m.kind:
                    continue
                remainder = _drop_coordination(text[m.end:pred_end].strip())
                gap = ""
                remainder = f"{remainder} along with {other.name}"
            inverted = question_predicate(_clause_subject(text, clause), group,
                                          f"{gap}{remainder}".strip())
            if inverted is None:
                continue
            asker = "Who" if actor.asker == "Who" else actor.asker
            yield f"{asker} {inverted}", actor, f"{group.main} {remainder}"


_NOT_ONE_OBJECT = re.compile(r"\b(?:and|or|but)\b|[\"“”,;:]")
_THE_END = re.compile(r"\s+the$", re.IGNORECASE)
# "a written request to <X>": an object noun phrase, then the preposition before the name
_PIED = re.compile(r"^(?:the|a|an|its|their|his|her|new|fresh|further)\s+[a-z][\w-]*"
                   r"(?:\s+[a-z][\w-]*){0,3}\s+(?:to|with|from|against|for|on)$")


def _reported_clauses(text: str, toks: Sequence[Token], clauses: list[Clause]) -> list[Clause]:
    """The clauses that say verbs report without "that" ("said Baghdad had sent ...")."""
    out = []
    for outer in clauses:
        if outer.group.main not in _SAY_VERBS:
            continue
        start = outer.verb_token + len(outer.group.words)
        if start >= len(toks) or toks[start - 1].trail or toks[start].lower == "that" or any(
                c.first_token == start for c in clauses):
            continue
        inner = _clause_from(text, toks, start)
        if inner is not None:
            out.append(inner)
    return out


def _first_conjunct(text: str, mentions: list[Mention], rest_start: int,
                    m: Mention) -> Mention | None:
    """The name coordinated before ``m`` as the verb's first object ("killed X and Y"), so
    that Y can be asked about "along with X"."""
    before = [o for o in mentions if rest_start <= o.role_start and o.end <= m.role_start]
    if len(before) != 1 or before[0].possessive:
        return None
    other = before[0]
    if text[rest_start:other.role_start].strip().lower() not in {"", "the"}:
        return None
    if text[other.end:m.role_start].strip().lower() not in {"and", "and the"}:
        return None
    return other


_REPORT_VERBS = _SAY_VERBS | frozenset("""
    concluded believed believe believes found determined suggested thought think thinks
    assessed judged decided ruled
""".split())


_TRAILING_WHEN = re.compile(
    r"\s*(?:(?:in|on|last|this|early|late|earlier|later)\s+(?:[A-Z][a-z]+day|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|week|month|year|"
    r"\d{4})(?:\s+\d{4})?)?\s*")


def _embedded_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                    clauses: list[Clause]) -> Iterator[tuple[str, _Actor, str]]:
    """"X concluded that Y was behind Z" -> "Who did X conclude was behind Z?"."""
    for outer in clauses:
        if outer.group.main not in _REPORT_VERBS or is_pronoun(outer.subject):
            continue
        that = outer.verb_token + len(outer.group.words)
        if that >= len(toks) or toks[that - 1].trail:
            continue
        start = that + 1 if toks[that].lower == "that" else that
        inner = next((c for c in clauses if c.first_token == start), None)
        if inner is None and start == that and outer.group.main in _SAY_VERBS:
            inner = _clause_from(text, toks, start)
        if inner is None:
            continue
        actor = _actor_for(text, toks, mentions, inner.subject_start, inner.subject_end)
        if actor is None:
            continue
        predicate = trim_predicate(inner.rest, 16)
        if not predicate:
            continue
        inverted = question_predicate(_clause_subject(text, outer), outer.group,
                                      who_predicate(inner.group, predicate))
        if inverted is None:
            continue
        yield f"{actor.asker} {inverted}", actor, f"{inner.group.main} {predicate}"


def _clause_from(text: str, toks: Sequence[Token], start: int) -> Clause | None:
    """The clause a say verb reports without "that" ("said Baghdad had sent ...")."""
    rest_start = toks[start].start
    found = find_clauses(text[rest_start:])
    if not found or found[0].first_token != 0:
        return None
    clause = found[0]
    return replace(clause, subject_start=clause.subject_start + rest_start,
                   subject_end=clause.subject_end + rest_start,
                   verb_start=clause.verb_start + rest_start,
                   verb_end=clause.verb_end + rest_start,
                   first_token=start, verb_token=clause.verb_token + start)


def _after_body(text: str, m: Mention, pred_end: int) -> int:
    """Where the words after "Iraq's parliament" start (the body noun is part of the answer)."""
    for match in _BODY_WORDS.finditer(text, m.end, pred_end):
        if match.group(1).lower() in ORG_WORDS:
            return match.end()
        if match.start() - m.end > 30:
            break
    return m.end


_BODY_WORDS = re.compile(r"(?:['’]s?)?\s*([a-z]+)")


def _object_actor(text: str, toks: Sequence[Token], mentions: list[Mention], m: Mention,
                  start: int, pred_end: int) -> _Actor | None:
    if m.possessive:
        body_end = _after_body(text, m, pred_end)
        return _possessive_body(text, mentions, m.role_start, body_end)
    return _mention_actor(m)


def _drop_coordination(remainder: str) -> str:
    """"and other jihadists in Syria" -> "in Syria": the question asks for one of them."""
    match = re.match(r"^(?:and|or)\s+(?:other|several|some|many|various)\s+[\w-]+\s*", remainder)
    if match:
        return remainder[match.end():]
    if remainder.startswith(("and ", "or ", ",")):
        return ""
    return remainder


def _attribution_facts(text: str, toks: Sequence[Token],
                       mentions: list[Mention]) -> Iterator[tuple[str, _Actor, str]]:
    if not _SAID_NEAR_END.search(text):
        return
    match = _ATTRIBUTION.match(text)
    if not match:
        return
    content = match.group("content").strip()
    actor_start = match.start("actor")
    actor = _actor_for(text, toks, mentions, actor_start, match.end("actor"),
                       allow_generic=True)
    if actor is None:
        return
    quoted = content[:1] in {"\"", "“"}
    content = content.strip("\"“”,").strip()
    if not content or len(content.split()) < 5 or len(content.split()) > 60:
        return
    if len(content.split()) > 24:
        if not quoted:
            return
        content = " ".join(content.split()[:16]).rstrip(",;:") + " …"
    if content.count("\"") % 2 or content.count("“") != content.count("”"):
        return
    verb = match.group("verb")
    if quoted:
        question = f"{actor.asker} {verb}, “{content}”"
    else:
        question = f"{actor.asker} {verb} that {first_lower(content)}"
    yield question, actor, f"{verb} {content}"


def _according_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                     clauses: list[Clause]) -> Iterator[tuple[str, _Actor, str]]:
    match = _ACCORDING.search(text)
    if not match:
        return
    tail = text[match.end():]
    cut = re.search(r"[,.;]\s|[,.;]?$", tail)
    end = match.end() + (cut.start() if cut else len(tail))
    actor = _actor_for(text, toks, mentions, match.end(), end)
    if actor is None:
        return
    if match.start() == 0:
        main = [c for c in clauses if c.subject_start > end]
    else:
        main = [c for c in clauses if c.verb_end < match.start()]
    if not main:
        return
    clause = main[0]
    if _is_copula(clause) and clause.group.tense != "aux":
        return
    rest = text[clause.verb_end:match.start()] if clause.verb_end < match.start() else clause.rest
    predicate = trim_predicate(rest.strip(), 18)
    if predicate is None:
        return
    inverted = question_predicate(_clause_subject(text, clause), clause.group, predicate)
    if inverted is None:
        return
    asker = {"Who": "whom"}.get(actor.asker, first_lower_asker(actor.asker))
    yield f"According to {asker} {inverted}", actor, f"according to {predicate}"


def first_lower_asker(asker: str) -> str:
    """"Which news outlet" -> "which news outlet" (inside a question)."""
    return asker[:1].lower() + asker[1:]


def _agent_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                 clauses: list[Clause]) -> Iterator[tuple[str, _Actor, str]]:
    lowers = [t.lower for t in toks]
    for b, word in enumerate(lowers):
        if word != "by" or b < 2 or b + 1 >= len(toks) or toks[b - 1].trail:
            continue
        agent_end = _agent_end(toks, b + 1)
        actor = _actor_for(text, toks, mentions, toks[b + 1].start, agent_end)
        if actor is None:
            continue
        prev = lowers[b - 1]
        if is_participle(prev) and toks[b - 1].core.islower():
            yield from _passive_agent(text, toks, lowers, b, actor, clauses)
            continue
        p = next((k for k in range(b - 2, max(0, b - 5), -1) if is_participle(lowers[k])
                  and lowers[k - 1] in {"was", "were", "been", "is", "are"}), None)
        if p is not None and not any(toks[k].trail for k in range(p, b)):
            yield from _passive_agent(text, toks, lowers, b, actor, clauses, p)
        else:
            yield from _nominal_agent(text, toks, lowers, b, actor)


def _agent_end(toks: Sequence[Token], k: int) -> int:
    end = k
    while end < len(toks) and end - k < 8:
        tok = toks[end]
        if tok.lower in {"in", "on", "at", "to", "for", "with", "from", "during", "after",
                         "that", "which", "who", "since", "as", "and", "over"} and end > k:
            break
        end += 1
        if tok.trail or tok.raw in {"—", "–"}:
            break
    last = toks[end - 1]
    return last.start + len(last.lead) + len(last.core)


def _passive_agent(text: str, toks: Sequence[Token], lowers: list[str], b: int, actor: _Actor,
                   clauses: list[Clause], p: int | None = None
                   ) -> Iterator[tuple[str, _Actor, str]]:
    p = b - 1 if p is None else p
    middle = text[toks[p].end:toks[b].start].strip() if p < b - 1 else ""
    past = participle_to_past(lowers[p])
    if past is None:
        return
    aux = lowers[p - 1] if p >= 1 else ""
    if aux in {"been", "was", "were", "is", "are", "being"} or (
            p >= 2 and lowers[p - 1].endswith("ly") and lowers[p - 2] in {"been", "was", "were"}):
        clause = next((c for c in clauses if c.verb_token <= p <= c.verb_token + 4), None)
        if clause is None or is_pronoun(clause.subject):
            return
        adverb = lowers[p - 1] if lowers[p - 1].endswith("ly") else ""
        words = clause.group.words
        if "been" in words or aux == "been":
            verb = f"has {adverb} {lowers[p]}".replace("  ", " ")
        elif words[0] in {"is", "are"}:
            base = base_form(lowers[p])
            if base is None:
                return
            verb = f"{adverb} {third_person(base)}".strip()
        else:
            verb = f"{adverb} {past}".strip()
        obj = first_lower(clause.subject)
        if is_pronoun(obj) or obj.lower().startswith(("this ", "these ", "those ")):
            return
        yield f"{actor.asker} {verb} {obj} {middle}", actor, f"{lowers[p]} {clause.subject}"
        return
    if middle:
        return
    # reduced relative: "the mission led by X"
    k = p - 1
    while k >= 0 and p - k <= 6 and lowers[k] not in _DETERMINERS and not toks[k].trail:
        k -= 1
    if k < 0 or lowers[k] not in _DETERMINERS or toks[k].trail or p - k < 2:
        return
    if any(toks[j].trail for j in range(k, p)):
        return
    noun_phrase = text[toks[k].start:toks[p - 1].end]
    if lowers[k] in {"a", "an"}:
        noun_phrase = "the" + noun_phrase[len(lowers[k]):]
    yield f"{actor.asker} {past} {noun_phrase}", actor, f"{lowers[p]} {noun_phrase}"


def _nominal_agent(text: str, toks: Sequence[Token], lowers: list[str], b: int,
                   actor: _Actor) -> Iterator[tuple[str, _Actor, str]]:
    """"regular drone attacks on American forces by X" -> "Who carried out ...?"."""
    event = next((k for k in range(b - 1, max(-1, b - 10), -1) if lowers[k] in _EVENT_NOUNS),
                 None)
    if event is None or any(toks[j].trail for j in range(event, b - 1)):
        return
    k = event - 1
    while k >= 0 and toks[k].core.islower() and lowers[k] not in _STOP_BEFORE_NP \
            and not toks[k].trail and event - k <= 4:
        k -= 1
    first = k + 1
    if first > 0 and lowers[first - 1] in {"the", "its"}:
        first -= 1
    noun_phrase = text[toks[first].start:toks[b - 1].start + len(toks[b - 1].lead)
                       + len(toks[b - 1].core)]
    if first == event and lowers[event] not in {"the"}:
        noun_phrase = noun_phrase
    carried = "carried out"
    yield f"{actor.asker} {carried} {noun_phrase}", actor, f"{carried} {noun_phrase}"


_STOP_BEFORE_NP = frozenset({"of", "in", "on", "at", "to", "for", "with", "from", "by",
                             "against", "after", "before", "amid", "and", "or", "the", "a",
                             "an", "that", "which", "its", "their", "his", "her"})


def _apposition_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                      past: bool) -> Iterator[tuple[str, _Actor, str]]:
    be = "was" if past else "is"
    for m in mentions:
        after = text[m.end:]
        desc = _DESCRIPTION.match(after)
        if desc and not m.possessive:
            article, body = desc.group(1), desc.group(2).strip().rstrip(".")
            if not 2 <= len(body.split()) <= 16 or not body[:1].islower():
                continue
            body_words = body.lower().split()
            if any(w in _SAY_VERBS or w in AUXILIARIES for w in body_words) or any(
                    is_past_tense(w) and nxt in _OBJECT_STARTS
                    for w, nxt in zip(body_words, body_words[1:])):
                continue  # "Reuters, the country received more ...": a clause, not a name
            if text[:m.role_start].rstrip().lower().endswith(("according to", "by", "from")):
                continue
            actor = _mention_actor(m)
            if actor is None:
                continue
            if actor.kind is AnswerKind.PERSON and article == "the":
                yield f"Who {be} the {body}", actor, f"the {body}"
            elif actor.kind in {AnswerKind.ORGANISATION, AnswerKind.GROUP} and body.split()[
                    -1].lower() not in _DANGLING_DESC:
                yield f"What is the name of the {body}", actor, f"the {body}"
        before = text[:m.role_start].rstrip()
        if before.endswith(",") and m.kind is AnswerKind.PERSON and not m.role:
            seg = re.split(r"[.;:\n]|^\s*[-•]\s*|\n\s*[-•]\s*", before[:-1])[-1].strip()
            seg = re.sub(r"^[-•]\s*", "", seg)
            words = seg.split()
            if 2 <= len(words) <= 10 and words[0].lower() in TITLE_WORDS | {"the"}:
                role = seg if words[0].lower() == "the" else f"the {first_lower_asker(seg)}"
                actor = _mention_actor(m)
                if actor is not None:
                    yield f"Who {be} {role}", actor, role


_OBJECT_STARTS = frozenset({"the", "a", "an", "more", "less", "its", "their", "his", "her",
                            "some", "all", "two", "three", "several", "many"})
# ", a coalition of mainly Shiite, Iran-backed groups": a comma after an adjective of
# religion or nation does not end the description; "(PMF)" may stand before it.
_DESCRIPTION = re.compile(
    r"^\s*(?:\([A-Z][\w.-]*\))?\s*(?:,|—|–|\s-)\s*(the|a|an)\s+"
    r"((?:[^,;:—–()\"“”]*?\b(?:Shiite|Shia|Sunni|Muslim|Christian|Kurdish|Arab|Catholic|"
    r"Protestant|Jewish|Hindu|Buddhist|[A-Z][a-z]+(?:ian|ish|ese|an|i)),\s+)?"
    r"[^,;:—–()\"“”]+)")
_DANGLING_DESC = frozenset({"shiite", "sunni", "iranian", "predominantly", "mainly", "largely"})


_BACKED = re.compile(
    r"(?<![\w-])(?P<who>(?:[A-Z][\w.]*)(?:\s[A-Z][\w.]*)?)-(?P<how>backed|led|funded|sponsored|"
    r"supported|run|owned|controlled)\s+(?P<what>(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:militias|militia|coalition|forces|rebels|separatists|groups|group|fighters|government|"
    r"company|firm|bank|media|outlet|mission|operation|campaign|offensive|talks|programme|"
    r"program|project|proxies|factions|paramilitaries|army|troops|attack|attacks|assault|raid|"
    r"raids|invasion|strike|strikes|bid|consortium|protest|protests|boycott|blockade|"
    r"investigation|inquiry|study|survey|research|team|initiative|effort))\b")
_BACKED_VERB = {"backed": "backs", "led": "leads", "funded": "funds", "sponsored": "sponsors",
                "supported": "supports", "run": "runs", "owned": "owns",
                "controlled": "controls"}


def _backed_facts(text: str) -> Iterator[tuple[str, _Actor, str]]:
    """"Iran-backed militias" -> "Which country backs the militias?" (Iran)."""
    for match in _BACKED.finditer(text):
        who = match.group("who")
        kind = kind_of(who)
        if kind is AnswerKind.PERSON or kind is None and (
                " " in who or who.lower() in _NEVER_ACTORS or match.start() == 0):
            continue
        kind = kind or AnswerKind.ORGANISATION  # "Hamas-led": one unknown name leads
        asker = "Which country" if kind is AnswerKind.COUNTRY else _org_asker(who)
        what = match.group("what")
        verb = _BACKED_VERB[match.group("how")]  # the backer is one: "... backs the militias"
        if what.split()[-1] in _EVENT_NOUNS | _UNDERTAKINGS:
            # one event: "the attack" alone would be vague, so its place and time come along
            where = trim_predicate(text[match.end():], 10) or ""
            what = f"{what} {where}" if _PLACED.match(where) else what
            verb = {"backs": "backed", "leads": "led", "funds": "funded"}.get(verb, verb)
        yield f"{asker} {verb} the {what}", _Actor(who, kind, asker), f"{verb} {what}"


_UNDERTAKINGS = frozenset({"bid", "protest", "protests", "boycott", "blockade",
                           "investigation", "inquiry", "study", "survey", "research",
                           "initiative", "effort"})
_PLACED = re.compile(r"^(?:in|on|at|near|against|into|outside|inside)\s")


_MADE_TO = re.compile(
    r"\b(?P<np>(?:the|a|an)\s+(?:(?!(?:the|a|an|of)\b)[\w.’'-]+\s+){0,6}?[\w.’'-]+)\s+"
    r"(?P<made>formed|created|set up|established|founded|deployed|sent)\s+to\s+"
    r"(?P<verb>fight|combat|defeat|counter|oppose|attack|protect|defend|help|support|"
    r"replace|monitor|investigate|represent|challenge|resist)\s+(?:the\s+)?", re.IGNORECASE)


def _made_to_facts(text: str, toks: Sequence[Token], mentions: list[Mention], past: bool
                   ) -> Iterator[tuple[str, _Actor, str]]:
    """"a coalition formed to fight the Islamic State" -> "Which group was the coalition
    formed to fight?"."""
    for match in _MADE_TO.finditer(text):
        m = next((x for x in mentions if x.role_start == match.end()), None)
        if m is None or m.possessive:
            continue
        actor = _mention_actor(m)
        if actor is None:
            continue
        phrase = match.group("np")
        article, _, rest = phrase.partition(" ")
        phrase = f"the {rest}"
        words = rest.split()
        head = next((words[i - 1] for i in range(1, len(words)) if words[i] in {"of", "in"}),
                    words[-1]).lower()
        plural = head.endswith("s") and not head.endswith(("ss", "us"))
        be = ("were" if plural else "was") if past else ("are" if plural else "is")
        ask = f"{actor.asker} {be} {phrase} {match.group('made')} to {match.group('verb')}"
        yield ask, actor, f"{match.group('made')} to {match.group('verb')}"


_WITH_ING = re.compile(r"\bwith\s+(?P<np>(?:the\s+)?(?:[\w.’'-]+\s+){0,4}?[\w.’'-]+)\s+"
                       r"(?P<verb>[a-z]+ing)\s+(?P<rest>[^,;:]+)")


def _with_ing_facts(text: str, toks: Sequence[Token], mentions: list[Mention]
                    ) -> Iterator[tuple[str, _Actor, str]]:
    """"..., with U.S. officials proposing a timeline" -> "Who proposed a timeline?"."""
    for match in _WITH_ING.finditer(text):
        base = base_from_ing(match.group("verb"))
        if base is None or base in {"be", "have", "go", "do"}:
            continue
        actor = _actor_for(text, toks, mentions, match.start("np"), match.end("np"))
        if actor is None:
            continue
        predicate = trim_predicate(match.group("rest"), 16)
        if not predicate:
            continue
        yield f"{actor.asker} {past_of(base)} {predicate}", actor, f"{base} {predicate}"


def _known_as_facts(text: str, toks: Sequence[Token], mentions: list[Mention],
                    past: bool) -> Iterator[tuple[str, _Actor, str]]:
    for match in _KNOWN_AS.finditer(text):
        m = next((x for x in mentions if match.end() <= x.role_start <= match.end() + 4), None)
        if m is None or m.kind is AnswerKind.COUNTRY:
            continue
        head = text[:match.start()].rstrip(" ,")
        np = re.search(r"\b(?:a|an|the)\s+((?:[\w’'-]+\s+){0,6}[\w’'-]+)$", head, re.IGNORECASE)
        if np is None:
            continue
        phrase = np.group(1)
        words = phrase.split()
        if any(w.lower() in AUXILIARIES for w in words):
            continue
        noun = words[0] if len(words) > 1 and words[1] == "of" else words[-1]
        plural = noun.endswith("s") and not noun.endswith("ss") and noun != "forces"
        verb = match.group().strip()
        group_like = noun.lower() in GROUP_WORDS or noun.lower() in {"group", "militia", "gang",
                                                                     "faction", "movement"}
        actor = _Actor(m.name, AnswerKind.GROUP if group_like else AnswerKind.ORGANISATION,
                       "What")
        if verb.startswith("calling"):
            aux, reflexive = ("do", "themselves") if plural else ("does", "itself")
            yield f"What {aux} the {phrase} call {reflexive}", actor, f"the {phrase}"
        else:
            be = "are" if plural else "is"
            yield f"What {be} the {phrase} {verb.split()[0]}{' as' if 'as' in verb else ''}", \
                actor, f"the {phrase}"



