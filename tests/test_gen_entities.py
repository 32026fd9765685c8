"""Entity merging: spellings, transliterations, surnames, brackets, acronyms, known aliases."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.generate.entities import (
    EntityIndex, acronym, build_entity_index, consonant_key, normalise, strip_title,
)
from quiz.generate.facts import AnswerKind, Article, Fact, Sentence
from quiz.model import Category


def index(*texts: str) -> EntityIndex:
    articles = [Article(file=f"{i}.txt", title="T", sentences=(Sentence(0, text),))
                for i, text in enumerate(texts)]
    return build_entity_index(articles, [])


def test_normalise_ignores_case_dots_the_and_possessives() -> None:
    assert normalise("the U.S.") == normalise("US") == "us"
    assert normalise("Iraq's") == "iraq"
    assert normalise("Joel “JB” Vowell") == "joel vowell"


def test_strip_title_and_acronym() -> None:
    assert strip_title("President Barack Obama") == "Barack Obama"
    assert strip_title("Gen. Qassem Soleimani") == "Qassem Soleimani"
    assert acronym("World Trade Organization") == "WTO"
    assert acronym("Fifa") == ""


def test_transliterations_of_one_person_merge() -> None:
    idx = index("Trade Minister Yusuf Karimov met the delegation.",
                "Minister Yousuf Karimov flew to Oslo.",
                "Minister Yusef Karimov signed the deal.")
    assert idx.same("Yusuf Karimov", "Yousuf Karimov")
    assert idx.same("Yousuf Karimov", "Yusef Karimov")
    assert consonant_key("Qassem") == consonant_key("Qasim") == consonant_key("Qasem")


def test_similar_surnames_merge_only_with_the_same_first_name() -> None:
    idx = index("Judge John Smith ruled on the case.", "Judge John Smyth spoke later.",
                "Senator Jane Smyth objected.")
    assert idx.same("John Smith", "John Smyth")
    assert not idx.same("John Smith", "Jane Smyth")


def test_short_country_names_never_merge_on_likeness() -> None:
    idx = index("Iran and Iraq signed a pact.", "Austria and Australia played a friendly.")
    assert not idx.same("Iran", "Iraq")
    assert not idx.same("Austria", "Australia")
    assert idx.kind("Iran") is AnswerKind.COUNTRY


def test_surname_joins_the_one_full_name_that_has_it() -> None:
    idx = index("Chancellor Angela Merkel arrived in Paris.", "Merkel said the deal was fair.")
    assert idx.same("Merkel", "Angela Merkel")
    assert idx.canonical("Merkel") == "Angela Merkel"
    assert idx.kind("Merkel") is AnswerKind.PERSON
    assert "Merkel" in idx.aliases("Angela Merkel")


def test_ambiguous_surname_is_not_merged() -> None:
    idx = index("Coach Anna Berg praised the team.", "Mayor Lars Berg opened the road.",
                "Berg was pleased.")
    assert not idx.same("Anna Berg", "Lars Berg")
    assert not idx.same("Berg", "Anna Berg")


def test_bracketed_alias_and_acronym_from_initials() -> None:
    idx = index("The Kurdistan Workers Party (PKK) announced a ceasefire.",
                "Delegates of the World Trade Organization met in Geneva.",
                "The WTO said exports fell.")
    assert idx.same("Kurdistan Workers Party", "PKK")
    assert idx.same("World Trade Organization", "WTO")
    assert idx.kind("WTO") is AnswerKind.ORGANISATION


def test_well_known_aliases() -> None:
    idx = index("The U.S. and Britain agreed.")
    assert idx.same("US", "United States")
    assert idx.same("America", "the U.S.")
    assert idx.same("UK", "Britain")
    assert idx.same("Daesh", "ISIS") and idx.same("ISIL", "Islamic State")
    assert not idx.same("US", "UK")


def test_capital_as_metonym_for_the_government() -> None:
    idx = index("Moscow rejected the offer.", "Russia said no.")
    assert idx.same("Moscow", "Russia")
    assert idx.kind("Moscow") is AnswerKind.COUNTRY


def test_of_kind_lists_each_entity_once_sorted() -> None:
    idx = index("Minister Yusuf Karimov met Coach Anna Berg.",
                "Minister Yousuf Karimov and the Norwegian Football Federation talked.")
    people = idx.of_kind(AnswerKind.PERSON)
    assert list(people) == sorted(people)
    assert sum(1 for name in people if "Karimov" in name) == 1
    assert "Norwegian Football Federation" in idx.of_kind(AnswerKind.ORGANISATION)


def test_short_organisation_name_joins_the_one_longer_name() -> None:
    idx = index("Brightwave Energy agreed to buy Solnet.", "Shares in Brightwave fell.",
                "The United Nations and the United Kingdom met.", "United won the cup.")
    assert idx.same("Brightwave", "Brightwave Energy")
    assert not idx.same("United", "United Nations")


def test_a_place_is_not_the_body_named_after_it() -> None:
    # the round-10 judge: plain "Edinburgh" was accepted for the Edinburgh Chamber of Commerce
    idx = index("The Hamburg Chamber of Commerce warned that shops were struggling.",
                "Hamburg will charge drivers to enter its centre.",
                "Oslo University Hospital treated 40 patients.", "Oslo voted for the plan.")
    assert not idx.same("Hamburg", "Hamburg Chamber of Commerce")
    assert not idx.same("Oslo", "Oslo University Hospital")


def test_acronyms_need_a_proper_name() -> None:
    idx = index("Iraqi Shia militias fired rockets.", "IS claimed the attack.")
    assert acronym("Iraqi Shia militias") == ""
    assert not idx.same("Iraqi Shia militias", "IS")


def test_longer_organisation_name_contains_the_shorter() -> None:
    idx = index("The Iranian Revolutionary Guard Quds Force trained them.",
                "The Quds Force denied it.")
    assert idx.same("Quds Force", "Iranian Revolutionary Guard Quds Force")


def test_pairs_are_not_entities_and_descriptions_are_not_distractors() -> None:
    article = Article(file="a.txt", title="T", sentences=(
        Sentence(0, "Germany and France signed the treaty."),
        Sentence(1, "The treaty was welcomed, a senior official said.")))
    pair = Fact(category=Category.ACTOR, kind=AnswerKind.COUNTRY, article="a.txt",
                sentence=article.sentences[0], question="Which two countries signed it?",
                answer="Germany and France")
    described = Fact(category=Category.ACTOR, kind=AnswerKind.PERSON, article="a.txt",
                     sentence=article.sentences[1], question="Who said it?",
                     answer="a senior official")
    idx = build_entity_index([article], [pair, described])
    assert "Germany and France" not in idx.of_kind(AnswerKind.COUNTRY)
    assert {"France", "Germany"} <= set(idx.of_kind(AnswerKind.COUNTRY))
    assert "a senior official" not in idx.of_kind(AnswerKind.PERSON)


_NAMES = ["Yusuf Karimov", "Yousuf Karimov", "Anna Berg", "Berg", "Iran", "Iraq", "US",
          "United States", "PKK", "Kurdistan Workers Party", "Moscow", "Russia", "Unknown Name",
          "Karimov", "the U.S.", "ISIS", "Daesh"]
_IDX = index("Minister Yusuf Karimov and Minister Yousuf Karimov met Coach Anna Berg.",
             "Iran, Iraq, Russia and the Kurdistan Workers Party (PKK) were invited.",
             "Moscow and the US declined.")


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(_NAMES), st.sampled_from(_NAMES))
def test_same_is_reflexive_and_symmetric(a: str, b: str) -> None:
    assert _IDX.same(a, a)
    assert _IDX.same(a, b) == _IDX.same(b, a)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_NAMES))
def test_canonical_is_idempotent_and_an_alias(name: str) -> None:
    canonical = _IDX.canonical(name)
    assert _IDX.canonical(canonical) == canonical
    assert _IDX.same(name, canonical)
    aliases = _IDX.aliases(name)
    assert aliases[0] == name
    assert all(_IDX.same(name, alias) for alias in aliases)


def test_index_build_is_linear_enough() -> None:
    texts = [f"Minister Person{i} Family{i} met Coach Other{i} Name{i} in Oslo." for i in
             range(2000)]
    articles = [Article(file="big.txt", title="T",
                        sentences=tuple(Sentence(i, t) for i, t in enumerate(texts)))]
    idx = build_entity_index(articles, [])
    assert idx.same("Family5", "Person5 Family5")


def test_names_with_digits_are_not_people() -> None:
    from quiz.generate.mentions import kind_of

    assert kind_of("C/2025 K1") is not AnswerKind.PERSON
    assert kind_of("Boeing 737") is not AnswerKind.PERSON
    assert kind_of("Grace Wanjiru") is AnswerKind.PERSON


def test_a_persons_role_family_is_remembered_for_distractors() -> None:
    idx = index("Militia commander Omar Saleh said the convoy was hit.",
                "TV host Dana Reyes interviewed Saleh on Monday.",
                "Finance Minister Ruth Amos said the budget was balanced.")
    assert idx.family("Omar Saleh") == "military"
    assert idx.family("Saleh") == "military"
    assert idx.family("Dana Reyes") == "media"
    assert idx.family("Ruth Amos") == "politics"
    assert idx.family("Nobody Known") == ""


def test_two_words_with_no_person_signal_are_indexed_as_a_body() -> None:
    idx = index("Saraya Awliya fired rockets at the base on Sunday.")
    assert idx.kind("Saraya Awliya") is AnswerKind.ORGANISATION
    assert "Saraya Awliya" not in idx.of_kind(AnswerKind.PERSON)


def test_a_persons_initials_are_not_an_alias_of_an_acronym() -> None:
    idx = index("Union leader Ingrid Solberg said the strike would go on.",
                "The Islamic State (IS) claimed the attack.", "Solberg met the minister.")
    assert not idx.same("Ingrid Solberg", "Islamic State")
    assert "IS" not in idx.aliases("Ingrid Solberg")
    assert idx.same("Solberg", "Ingrid Solberg")


def test_a_surname_does_not_join_a_place_with_the_same_consonants() -> None:
    idx = index("The deal was brokered by labour minister Johan Berg.",
                "An outbreak of Legionnaires' disease was reported in Braga on Monday.",
                "Health officials in Braga closed two pools.")
    assert not idx.same("Braga", "Johan Berg")
    assert "Braga" not in idx.aliases("Johan Berg")


def test_a_transliterated_surname_still_joins_its_full_name() -> None:
    idx = index("Iranian General Qassem Soleimani was killed in a drone strike.",
                "Suleimani had planned the attacks, officials said.")
    assert idx.same("Suleimani", "Qassem Soleimani")
