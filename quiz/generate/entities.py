"""Merging the names of one entity across articles and spellings into alias sets.

Rules, all general: spellings that differ only in case, dots, a leading "the", a title or a
possessive are one name; a name followed by another in brackets ("Daesh (ISIS)") or an
acronym of its initials ("Popular Mobilization Forces" / "PMF") is one entity; a surname
alone joins the only full name in the corpus with that surname; transliteration variants of
a person's names (Qasem / Qassem / Qasim) join when both first name and surname agree on a
consonant key; a small table of widely known aliases (``lexicon``) links US / United States /
America and IS / ISIS / Daesh. Short names are never merged on likeness alone (Iran is not
Iraq). Work is indexed by key, so building is linear in the number of mentions.

Each entity also gets a kind (a two-word name that nothing in its article marks as a person
is taken for an organisation: "Kataib Hezbollah") and, for people, the family of the roles
the articles give them ("politics", "military", "media", ...), for choosing distractors.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from quiz.generate.facts import AnswerKind, Article, Fact
from quiz.generate.lexicon import (
    GENERIC_NAME_WORDS, ORG_WORDS, PLACE_SERVED, PLACE_WORDS, TITLE_WORDS, capitals, countries,
    country_names, role_family, well_known_aliases,
)
from quiz.generate.mentions import find_mentions, kind_of
from quiz.generate.person_evidence import doubtful_people, doubtful_texts
from quiz.model import Category

_DOTS = re.compile(r"\.(?=\w|$)|\.$")
_SPACE = re.compile(r"\s+")
_APOS = re.compile(r"['’]s$")
_BRACKET_AFTER = re.compile(r"\s*\(((?:al-)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\)")
_NICK = re.compile(r"\s*[\"“‘'][^\"“”‘’']{1,12}[\"”’']\s*")
_GENERIC_TAIL = re.compile(r"\s+(?:group|organi[sz]ation|movement|militia|party)$")
_GENERIC_TAIL_WORDS = ("group", "organisation", "organization", "movement", "militia", "party")
_NICK_QUOTES = "\"“‘'"
_POSSESSIVES = ("'s", "’s")
_PARTICLE = re.compile(r"^(?:al|el|ad|as|an|ash|at|az|ibn|bin)[-\s]", re.IGNORECASE)
_VOWEL_RUN = re.compile(r"[aeiouy]+")
_REPEAT = re.compile(r"(.)\1+")

#: Minimum letters for two names to be merged on a consonant key alone.
_MIN_FUZZY = 5
#: Minimum letters for a surname written alone to join a full name on a consonant key.
_MIN_FUZZY_ALONE = 6
#: How alike (rapidfuzz ratio, 0-100) two spellings of one surname must be.
_VARIANT_RATIO = 70


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """The spelling-insensitive key of a name: "the U.S." -> "us", "Iraq's" -> "iraq"."""
    text = name
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    # (each pattern only where its character is: most names have no quote, dot or "'s")
    if any(quote in text for quote in _NICK_QUOTES):
        text = _NICK.sub(" ", text)
    text = text.strip()
    if text.endswith(_POSSESSIVES):
        text = _APOS.sub("", text)
    if "." in text:
        text = _DOTS.sub("", text)
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    text = " ".join(text.split()).lower().strip("\"'“”*,;:")  # (runs of spaces as one)
    if text.startswith("the "):
        text = text[4:]
    return text


@lru_cache(maxsize=65536)
def strip_title(name: str) -> str:
    """``name`` without leading titles ("President Barack Obama" -> "Barack Obama")."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".").split("-")[-1] in TITLE_WORDS:
        words.pop(0)
    return " ".join(words)


@lru_cache(maxsize=65536)
def consonant_key(word: str) -> str:
    """A transliteration-insensitive key: "qassem" / "qasem" / "qasim" -> "qsm"."""
    low = _PARTICLE.sub("", normalise(word)).replace("-", "").replace(" ", "")
    low = low.replace("ph", "f").replace("ck", "k").replace("q", "k").replace("c", "k")
    low = low.replace("dh", "d").replace("th", "t").replace("kh", "k").replace("ou", "u")
    head = low[:1]
    rest = _VOWEL_RUN.sub("", low[1:])
    return _REPEAT.sub(r"\1", head + rest)


def _without_generic_tail(key: str) -> str:
    """A normalised key without a generic last word ("kataib hezbollah group" -> "kataib
    hezbollah"); the pattern is tried only on keys ending so (most do not)."""
    return _GENERIC_TAIL.sub("", key) if key.endswith(_GENERIC_TAIL_WORDS) else key


def acronym(name: str) -> str:
    """The initials of a multi-word proper name ("Popular Mobilization Forces" -> "PMF").

    Every word but a connector must be capitalised: "Iraqi Shia militias" has no acronym.
    """
    words = [w for w in re.split(r"\s+", name) if w and w.lower() not in _ACRONYM_SKIP]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "des", "&"})


@dataclass(slots=True)
class _Entity:
    keys: set[str] = field(default_factory=set)
    spellings: Counter[str] = field(default_factory=Counter)
    kinds: Counter[AnswerKind] = field(default_factory=Counter)


_MISSING = object()
#: The kinds of a key no mention gave one: only read, never written, so one empty counter
#: serves every lookup instead of a new one each time.
_NO_KINDS: Counter[AnswerKind] = Counter()


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        parent = self.parent.setdefault(key, key)
        if parent == key:
            return key
        root = self.find(parent)
        self.parent[key] = root
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # deterministic root: the smaller key
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


class EntityIndex:
    """Alias sets of the names in a corpus: one entity, every spelling of it."""

    def __init__(self, spellings: dict[str, Counter[str]], kinds: dict[str, AnswerKind | None],
                 roots: dict[str, str], families: dict[str, str] | None = None) -> None:
        self._roots = roots  # normalised key -> entity id
        self._spellings = spellings  # entity id -> spellings with counts
        self._kinds = kinds  # entity id -> kind
        self._families = families or {}  # entity id -> role family ("politics", "media")
        self._canonical = {eid: _pick_canonical(sp) for eid, sp in spellings.items()}
        # surname (consonant key) -> the one person entity that has it, for unseen spellings
        surnames: dict[str, set[str]] = defaultdict(set)
        for key, eid in roots.items():
            words = key.split()
            if len(words) >= 2 and kinds.get(eid) is AnswerKind.PERSON:
                surnames[consonant_key(words[-1])].add(eid)
        self._surnames = {k: next(iter(v)) for k, v in surnames.items() if len(v) == 1}
        self._lookups: dict[str, object] = {}

    def _entity(self, name: str) -> str | None:
        found = self._lookups.get(name, _MISSING)
        if found is _MISSING:
            found = self._lookups[name] = self._find(name)
        return found  # type: ignore[return-value]

    def _find(self, name: str) -> str | None:
        key = normalise(name)
        if key in self._roots:
            return self._roots[key]
        bare = normalise(strip_title(name))
        if bare in self._roots:
            return self._roots[bare]
        generic = _without_generic_tail(bare)
        if generic in self._roots:
            return self._roots[generic]
        if " " not in bare and len(bare) >= 3:
            return self._surnames.get(consonant_key(bare))
        return None

    def canonical(self, name: str) -> str:
        """The entity's preferred spelling (``name`` tidied when the entity is unknown)."""
        eid = self._entity(name)
        return self._canonical[eid] if eid is not None else _tidy(name)

    def same(self, a: str, b: str) -> bool:
        """Whether ``a`` and ``b`` name the same entity (asked for every pair of conflicting
        facts and distractors, so the cheap tests come first)."""
        if a == b:
            return True
        lookups = self._lookups
        ea = lookups[a] if a in lookups else self._entity(a)
        eb = lookups[b] if b in lookups else self._entity(b)
        if ea is not None and ea == eb:
            return True
        return normalise(a) == normalise(b)

    def aliases(self, name: str) -> tuple[str, ...]:
        """Every known spelling of ``name``'s entity, ``name`` first."""
        eid = self._entity(name)
        found = [name]
        if eid is not None:
            found.extend(sorted(self._spellings[eid], key=lambda s: (-len(s), s)))
        kind = self._kinds.get(eid) if eid is not None else None
        if kind is AnswerKind.PERSON:
            for spelling in list(found):
                bare = strip_title(spelling)
                found.append(bare)
                surname = _surname(bare)
                if surname:
                    found.append(surname)
        seen: set[str] = set()
        out: list[str] = []
        for spelling in found:
            tidy = _tidy(spelling)
            key = tidy.lower()
            if tidy and key not in seen:
                seen.add(key)
                out.append(tidy)
        return tuple(out)

    def kind(self, name: str) -> AnswerKind | None:
        """The entity's kind (person, organisation, group, country) when known."""
        eid = self._entity(name)
        if eid is None:
            return kind_of(name)
        return self._kinds.get(eid)

    def family(self, name: str) -> str:
        """The family of the roles the articles give a person ("politics", "military",
        "media", "business", "law", ... see ``lexicon.role_family``), "" when unknown:
        distractors for a person are most plausible from the same family."""
        eid = self._entity(name)
        return self._families.get(eid, "") if eid is not None else ""

    def of_kind(self, kind: AnswerKind) -> tuple[str, ...]:
        """Canonical names of every entity of ``kind``, sorted.

        Descriptions ("a senior administration official") are answers but not names to offer
        as distractors, so people, organisations and countries are listed only when named.
        """
        names = (self._canonical[eid] for eid, k in self._kinds.items() if k is kind)
        if kind is not AnswerKind.GROUP:
            names = (name for name in names if name[:1].isupper() or name[:3] == "al-")
        return tuple(sorted(names))


@lru_cache(maxsize=65536)
def _tidy(name: str) -> str:
    return " ".join(name.split()).strip(",;:")  # (runs of spaces as one)


def _surname(name: str) -> str:
    words = _NICK.sub(" ", name).split()
    if len(words) < 2:
        return ""
    last = words[-1]
    if words[-2].lower() in {"bin", "ibn", "van", "von", "de", "al", "abu", "da", "di", "del"}:
        last = f"{words[-2]} {last}"
    return last


def _pick_canonical(spellings: Counter[str]) -> str:
    """A country's own name first; then the most used spelling without a title, full names
    before surnames; ties: shorter, then A-Z."""
    if len(spellings) == 1:
        return next(iter(spellings))  # (most entities are written one way)

    def score(item: tuple[str, int]) -> tuple[int, int, int, int, int, str]:
        spelling, count = item
        country = spelling.lower() in country_names()
        bare = strip_title(spelling) == spelling
        full = len(spelling.split()) >= 2 and not spelling.lower().startswith("the ")
        return (-int(country), -int(bare), -int(full), -count, len(spelling), spelling)
    return sorted(spellings.items(), key=score)[0][0]


def _kind_votes(kinds: Counter[AnswerKind]) -> AnswerKind | None:
    if not kinds:
        return None
    for preferred in (AnswerKind.COUNTRY,):
        if kinds[preferred] and kinds[preferred] * 2 >= sum(kinds.values()):
            return preferred
    return sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0].value))[0][0]


def names_in_article(article: Article) -> tuple[tuple[str, AnswerKind | None, str], ...]:
    """Every name the article's running text writes: (name, kind, alias in brackets after it).

    Cached per article: the actor extractor asks first, while the article's sentences are
    still analysed in memory, so building the index over a large corpus does not analyse every
    sentence a second time.
    """
    return _names_in(tuple(s.text for s in article.sentences if not s.is_heading))


@lru_cache(maxsize=32768)
def _names_in(texts: tuple[str, ...]) -> tuple[tuple[str, AnswerKind | None, str], ...]:
    out = []
    doubtful = doubtful_texts(texts)
    _roles_in(texts)  # the index asks for the roles too: cached while the mentions are
    for text in texts:
        for mention in find_mentions(text):
            bracket = _BRACKET_AFTER.match(text, mention.end) if "(" in text else None
            kind = mention.kind
            if kind is AnswerKind.PERSON and not mention.role and mention.name.lower() in doubtful:
                kind = AnswerKind.ORGANISATION
            out.append((mention.name, kind, bracket.group(1) if bracket else ""))
            if kind is None and mention.name[-1:].isdigit() and " " in mention.name:
                # "Route 35": "Route" is a known word, no other spelling of a name ("Rutte")
                out.append((mention.name.split()[0], None, ""))
    return tuple(out)


@lru_cache(maxsize=32768)  # as _names_in: the index reads every article's roles at the end
def _roles_in(texts: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(name, role) of every person the texts name with a role before the name."""
    return tuple((m.name, m.role) for text in texts for m in find_mentions(text)
                 if m.role and m.kind is AnswerKind.PERSON)


def _may_stand_for(inner: str, name: str) -> bool:
    """Whether the bracketed ``inner`` may be another name of ``name``: an acronym of several
    letters after one word that starts with none of them is the end of a longer name the
    finder cut ("... Co-operation in Europe (OSCE)")."""
    if " " in name.strip() or not inner.replace(".", "").isupper() or len(inner) < 3:
        return True
    return inner[:1] == name[:1]


def build_entity_index(articles: Sequence[Article], facts: Sequence[Fact]) -> EntityIndex:
    """Merge every name in ``articles`` and in actor ``facts`` into entities."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)  # key -> spellings
    kinds: dict[str, Counter[AnswerKind]] = defaultdict(Counter)
    links: list[tuple[str, str]] = []

    def add(name: str, kind: AnswerKind | None) -> str:
        tidy, key, bare, bare_key = _forms(name)
        if not key:
            return ""
        spellings[key][tidy] += 1
        if kind is not None:
            kinds[key][kind] += 1
        if bare != tidy:
            spellings[bare_key][bare] += 0
            links.append((key, bare_key))
            key = bare_key
            if kind is not None:
                kinds[key][kind] += 1
        generic = _without_generic_tail(key)
        if generic != key and generic:
            links.append((key, generic))
        if " in " in key:
            links.append((key, key.replace(" in ", " of ")))
            spellings[key.replace(" in ", " of ")][tidy.replace(" in ", " of ")] += 0
        return key

    roles: dict[str, Counter[str]] = defaultdict(Counter)  # key -> role families
    for article in articles:
        for name, kind, inner in names_in_article(article):
            key = add(name, kind)
            if inner and key and _may_stand_for(inner, name):
                other = add(inner, kind_of(inner) or kind)
                if other:
                    links.append((key, other))
        for name, role in _roles_in(tuple(s.text for s in article.sentences
                                          if not s.is_heading)):
            family = role_family(role)
            if family:
                roles[_forms(name)[3]][family] += 1
    for fact in facts:
        if fact.category is not Category.ACTOR or _is_pair(fact.answer, spellings):
            continue  # "the United States and Iraq" names two entities, not a third
        key = add(fact.answer, fact.kind)
        last = fact.answer.split()[-1]
        for alias in fact.accept:
            other = normalise(alias)
            if other in spellings and alias != last and " and " not in alias:
                links.append((key, other))
    _link_contained(spellings, kinds, links)
    return _merge(spellings, kinds, links, roles)


@lru_cache(maxsize=65536)  # a corpus names most entities many times
def _forms(name: str) -> tuple[str, str, str, str]:
    """``name`` tidied, its key, and the same without leading titles."""
    tidy = _tidy(name)
    bare = strip_title(tidy)
    key = normalise(tidy)
    return tidy, key, bare, normalise(bare) if bare != tidy else key


def _is_pair(answer: str, spellings: dict[str, Counter[str]]) -> bool:
    first, sep, second = answer.partition(" and ")
    return bool(sep) and normalise(first) in spellings and normalise(second) in spellings


def _link_contained(spellings: dict[str, Counter[str]], kinds: dict[str, Counter[AnswerKind]],
                    links: list[tuple[str, str]]) -> None:
    """An organisation's name with modifiers before another's ("Iranian Revolutionary Guard
    Quds Force" / "Quds Force", "US Department of Defense" / "Department of Defense")."""
    for key in list(spellings):
        words = key.split()
        if len(words) < 3 or not kinds.get(key, _NO_KINDS)[AnswerKind.ORGANISATION]:
            continue
        for cut in range(1, len(words) - 1):
            tail = " ".join(words[cut:])
            if tail in spellings and kinds.get(tail, _NO_KINDS)[AnswerKind.ORGANISATION] \
                    and words[cut] not in {"of", "and", "the", "for", "in"} \
                    and not _generic(words[cut:]):
                links.append((key, tail))
                break


def _merge(spellings: dict[str, Counter[str]], kinds: dict[str, Counter[AnswerKind]],
           links: Iterable[tuple[str, str]],
           roles: dict[str, Counter[str]] | None = None) -> EntityIndex:
    uf = _UnionFind()
    for key in spellings:
        uf.find(key)
    for a, b in links:
        uf.union(a, b)
    _link_well_known(spellings, uf)
    _link_acronyms(spellings, kinds, uf)
    _link_people(spellings, kinds, uf)
    _link_short_names(spellings, kinds, uf)
    members: dict[str, list[str]] = defaultdict(list)
    for key in sorted(spellings):
        members[uf.find(key)].append(key)
    merged_spellings: dict[str, Counter[str]] = {}
    merged_kinds: dict[str, AnswerKind | None] = {}
    roots: dict[str, str] = {}
    for root, keys in members.items():
        counter: Counter[str] = Counter()
        votes: Counter[AnswerKind] = Counter()
        for key in keys:
            counter.update(spellings[key])
            votes.update(kinds.get(key, _NO_KINDS))
            roots[key] = root
        merged_spellings[root] = counter
        merged_kinds[root] = _kind_votes(votes)
    families: dict[str, str] = {}
    for key, counted in (roles or {}).items():
        if key in roots:
            families.setdefault(roots[key], counted.most_common(1)[0][0])
    return EntityIndex(merged_spellings, merged_kinds, roots, families)


def _link_well_known(spellings: dict[str, Counter[str]], uf: _UnionFind) -> None:
    for group in well_known_aliases():
        keys = [normalise(name) for name in group]
        for name, key in zip(group, keys, strict=True):
            spellings.setdefault(key, Counter())[name] += 0
            uf.union(keys[0], key)
    table = countries()
    for key in list(spellings):
        if key in table and key not in country_names():
            continue  # demonyms are adjectives, not the country
        if key in capitals():
            country = normalise(capitals()[key])
            spellings.setdefault(country, Counter())[capitals()[key]] += 0
            uf.union(country, key)


def _link_acronyms(spellings: dict[str, Counter[str]], kinds: dict[str, Counter[AnswerKind]],
                   uf: _UnionFind) -> None:
    """"Popular Mobilization Forces" / "PMF": a name whose initials an article writes as a
    word. People are left out ("Ingrid Solberg" is not "IS"), and so are the spellings only a
    list of well-known aliases brought in (never written by an article)."""
    upper: dict[str, str] = {}
    for key, counter in spellings.items():
        for spelling, seen in counter.items():
            plain = spelling.replace(".", "")
            if seen and plain.isupper() and 2 <= len(plain) <= 6 and " " not in plain:
                upper[plain] = key
    if not upper:
        return
    for key, counter in list(spellings.items()):
        if kinds.get(key, _NO_KINDS)[AnswerKind.PERSON]:
            continue
        for spelling in counter:
            initials = acronym(spelling)
            if len(initials) >= 2 and initials in upper and normalise(initials) != key:
                uf.union(key, upper[initials])


def _link_people(spellings: dict[str, Counter[str]], kinds: dict[str, Counter[AnswerKind]],
                 uf: _UnionFind) -> None:
    """Surnames to the one full name that has them; transliterated full names to each other."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    full_names: list[tuple[str, str, str]] = []
    for key in spellings:
        words = key.split()
        is_person = kinds.get(key, _NO_KINDS)[AnswerKind.PERSON] > 0
        if len(words) >= 2 and is_person:
            surname_key = consonant_key(words[-1])
            by_surname[surname_key].add(key)
            full_names.append((key, consonant_key(words[0]), surname_key))
    # transliteration variants: same consonant keys for first name and surname
    buckets: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, first, last in full_names:
        if len(key.replace(" ", "")) >= _MIN_FUZZY:
            buckets[(first, last)].append(key)
    for group in buckets.values():
        for i, key in enumerate(group):
            for other in group[:i]:
                if _same_person(key, other):
                    uf.union(other, key)
                    break
    # surname-only mentions: join when every full name with that surname is one entity
    for key in spellings:
        words = key.split()
        if len(words) != 1 or key in countries() or key in capitals() or len(key) < 3 or \
                key in PLACE_WORDS or key in ORG_WORDS or key in GENERIC_NAME_WORDS and \
                not kinds.get(key, _NO_KINDS)[AnswerKind.PERSON]:
            continue  # ("Route" of "Route 9" is no variant of "Rutte"; "Air" of "Nordic Air")
        # a body is no spelling variant of a surname (the club Porto of "du Portet")
        fuzzy = kinds.get(key, _NO_KINDS)[AnswerKind.ORGANISATION] <= kinds.get(
            key, _NO_KINDS)[AnswerKind.PERSON]
        candidates = {k for k in by_surname.get(consonant_key(key), ()) if
                      _surname_matches(key, k, fuzzy)}
        roots = {uf.find(k) for k in candidates}
        if len(roots) == 1:
            uf.union(next(iter(roots)), key)
            kinds[key][AnswerKind.PERSON] += 1


def _link_short_names(spellings: dict[str, Counter[str]],
                      kinds: dict[str, Counter[AnswerKind]], uf: _UnionFind) -> None:
    """"Brightwave" / "Brightwave Energy": a one-word organisation name that opens exactly
    one longer organisation name is that organisation."""
    by_first: dict[str, set[str]] = defaultdict(set)
    for key in spellings:
        words = key.split()
        if len(words) >= 2 and words[1] not in PLACE_SERVED and kinds.get(
                key, _NO_KINDS)[AnswerKind.ORGANISATION] and any(
                spelling[:1].isupper() for spelling in spellings[key]):
            # ("regional government of Aragon" opens no name; "Edinburgh Chamber of Commerce"
            # is named after the city, which is not the body)
            by_first[words[0]].add(key)
    for key in spellings:
        if " " in key or key in countries() or key in capitals() or len(key) < 4 or \
                _generic((key,)):
            continue  # ("Heritage" opens "Heritage Fund" and "Heritage Lottery Trust" alike)
        if kinds.get(key, _NO_KINDS)[AnswerKind.PERSON]:
            continue
        candidates = by_first.get(key, set())
        roots = {uf.find(k) for k in candidates}
        if len(roots) == 1:
            uf.union(next(iter(roots)), key)


def _generic(words: Sequence[str]) -> bool:
    """Whether a name of these (lower-case) ``words`` is built of ordinary words and body words
    only ("competition authority", "marine"): many bodies are called so, none by it alone."""
    return all(word in GENERIC_NAME_WORDS or word in ORG_WORDS for word in words)


def _same_person(a: str, b: str) -> bool:
    """Two full names in one consonant bucket: first names and surnames must really agree."""
    wa, wb = a.split(), b.split()
    for x, y in ((wa[0], wb[0]), (wa[-1], wb[-1])):
        if x != y and (min(len(x), len(y)) < _MIN_FUZZY or x[0] != y[0]
                       or (x.startswith(y) or y.startswith(x)) and x.isalpha()
                       or not _ends_alike(x, y)):
            return False  # ("Martin" and "Martina" are two people, not two spellings)
    return True


def _ends_alike(a: str, b: str) -> bool:
    """Whether two spellings both end in a vowel or both in a consonant, as transliterations
    of one name do ("Qasem" / "Qasim"); "Ferrer" / "Ferreira" and "Roman" / "Romano" are
    names of their own."""
    return (a[-1:] in _VOWEL_LETTERS) == (b[-1:] in _VOWEL_LETTERS)


_VOWEL_LETTERS = frozenset("aeiouy")


def _surname_matches(surname: str, full_key: str, fuzzy: bool = True) -> bool:
    last = full_key.split()[-1]
    if last == surname or _PARTICLE.sub("", last) == _PARTICLE.sub("", surname):
        return True
    if not fuzzy:
        return False
    # a spelling variant ("Qassem" / "Qasem"), not another word with the same consonants
    # ("Berg" / "Braga", the port "Piraeus" / "Pires": a letter more or less at most; the
    # adjective "Roman" / "Raman": a word alone is short for likeness at five letters)
    return len(surname) >= _MIN_FUZZY_ALONE and abs(len(last) - len(surname)) <= 1 and \
        consonant_key(last) == consonant_key(surname) and _ends_alike(last, surname) and \
        fuzz.ratio(last, surname) >= _VARIANT_RATIO
