"""The region a question sets its countries in ("the largest reserves in the EU", "an African
country"), so that wrong answers come from it; and blocs told apart from countries.

"Which country holds the largest known lithium reserves in the EU?" offered with China and
Kenya shows them wrong by the question's own words: a wrong answer must be of the answer's kind
(a bloc for a bloc, a country for a country) and inside the region the question states.
"""

from __future__ import annotations

import functools
import re

#: Countries by region (a closed list of common knowledge; the names as the lexicon writes
#: them).
_REGIONS = {
    "eu": """Austria; Belgium; Bulgaria; Croatia; Cyprus; Czech Republic; Czechia; Denmark;
        Estonia; Finland; France; Germany; Greece; Hungary; Ireland; Italy; Latvia; Lithuania;
        Luxembourg; Malta; Netherlands; Poland; Portugal; Romania; Slovakia; Slovenia; Spain;
        Sweden""",
    "europe": """Albania; Andorra; Austria; Belarus; Belgium; Bosnia and Herzegovina; Bulgaria;
        Croatia; Cyprus; Czech Republic; Czechia; Denmark; England; Estonia; Finland; France;
        Germany; Greece; Hungary; Iceland; Ireland; Italy; Kosovo; Latvia; Liechtenstein;
        Lithuania; Luxembourg; Malta; Moldova; Monaco; Montenegro; Netherlands; North Macedonia;
        Norway; Poland; Portugal; Romania; Russia; San Marino; Scotland; Serbia; Slovakia;
        Slovenia; Spain; Sweden; Switzerland; Ukraine; United Kingdom; Vatican; Wales""",
    "africa": """Algeria; Angola; Benin; Botswana; Burkina Faso; Burundi; Cameroon; Cape Verde;
        Chad; Comoros; Congo; Djibouti; Egypt; Equatorial Guinea; Eritrea; Eswatini; Ethiopia;
        Gabon; Gambia; Ghana; Guinea; Guinea-Bissau; Ivory Coast; Kenya; Lesotho; Liberia;
        Libya; Madagascar; Malawi; Mali; Mauritania; Mauritius; Morocco; Mozambique; Namibia;
        Niger; Nigeria; Rwanda; Senegal; Seychelles; Sierra Leone; Somalia; South Africa;
        South Sudan; Sudan; Tanzania; Togo; Tunisia; Uganda; Zambia; Zimbabwe""",
    "asia": """Afghanistan; Bangladesh; Bhutan; Brunei; Cambodia; China; India; Indonesia; Japan;
        Kazakhstan; Kyrgyzstan; Laos; Malaysia; Maldives; Mongolia; Myanmar; Nepal;
        North Korea; Pakistan; Philippines; Singapore; South Korea; Sri Lanka; Taiwan;
        Tajikistan; Thailand; Timor-Leste; Turkmenistan; Uzbekistan; Vietnam""",
    "middle east": """Bahrain; Egypt; Iran; Iraq; Israel; Jordan; Kuwait; Lebanon; Oman;
        Palestine; Qatar; Saudi Arabia; Syria; Turkey; United Arab Emirates; Yemen""",
    "latin america": """Argentina; Belize; Bolivia; Brazil; Chile; Colombia; Costa Rica; Cuba;
        Dominican Republic; Ecuador; El Salvador; Guatemala; Guyana; Haiti; Honduras; Mexico;
        Nicaragua; Panama; Paraguay; Peru; Suriname; Uruguay; Venezuela""",
    "south america": """Argentina; Bolivia; Brazil; Chile; Colombia; Ecuador; Guyana; Paraguay;
        Peru; Suriname; Uruguay; Venezuela""",
    "pacific": """Australia; Fiji; Kiribati; Marshall Islands; Micronesia; Nauru; New Zealand;
        Palau; Papua New Guinea; Samoa; Solomon Islands; Tonga; Tuvalu; Vanuatu""",
}
#: How a question names each region ("in the EU", "a European country", "in Africa").
_NAMED = re.compile(r"\b(?:(?:in|of|across|outside|among) (?:the )?(?P<place>EU|E\.U\.|European "
                    r"Union|Europe|Africa|Asia|Middle East|Latin America|South America|Pacific)"
                    r"\b|(?P<adjective>European|African|Asian|Latin American|South American)"
                    r" (?:country|countries|nation|nations|member|members|state|states)\b)")
_BY_NAME = {"eu": "eu", "e.u.": "eu", "european union": "eu", "europe": "europe",
            "european": "europe", "africa": "africa", "african": "africa", "asia": "asia",
            "asian": "asia", "middle east": "middle east", "latin america": "latin america",
            "latin american": "latin america", "south america": "south america",
            "south american": "south america", "pacific": "pacific"}
#: Blocs of countries, lower-cased: a wrong answer for one is another bloc, never a country.
_BLOCS = frozenset("""eu|e.u.|european union|the european union|the eu|african union|
    the african union|au|asean|nato|the united nations|united nations|un|opec|g7|g20|mercosur|
    arab league|the arab league|gulf cooperation council|the commonwealth|commonwealth|
    caricom|ecowas|the g7|the g20""".replace("\n", "").replace("    ", "").split("|"))


@functools.cache
def _members() -> dict[str, frozenset[str]]:
    """Region -> its countries, lower-cased."""
    return {region: frozenset(name.strip().lower() for name in names.split(";"))
            for region, names in _REGIONS.items()}


def stated_region(question: str) -> frozenset[str] | None:
    """The countries (lower-cased) of the region ``question`` sets its answer in, or None."""
    if "E" not in question and "A" not in question and "P" not in question and \
            "L" not in question and "S" not in question:
        return None  # (no region is named without a capital)
    match = _NAMED.search(question)
    if match is None:
        return None
    name = (match.group("place") or match.group("adjective")).lower()
    return _members().get(_BY_NAME.get(name, ""))


def is_bloc(name: str) -> bool:
    """Whether ``name`` is a bloc of countries ("the EU", "NATO")."""
    return name.lower() in _BLOCS


def same_kind_and_region(answer: str, candidate: str, region: frozenset[str] | None) -> bool:
    """Whether ``candidate`` may stand beside the country or bloc ``answer``: a bloc beside
    a bloc, a country beside a country, and inside the ``region`` the question states."""
    if is_bloc(answer) != is_bloc(candidate):
        return False
    return region is None or is_bloc(candidate) or candidate.lower() in region
