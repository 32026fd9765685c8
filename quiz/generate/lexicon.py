"""Closed word lists the actor, entity and cause rules share: countries, titles, body words.

Everything here is general knowledge (country names and demonyms, job titles, the words that
make a name an organisation) and never tuned to particular articles. Lists are plain strings
parsed once, on first use, into frozen sets.
"""

from __future__ import annotations

from functools import cache

# Country name | demonym(s). UN members plus a few widely used short names.
_COUNTRIES = """
Afghanistan|Afghan; Albania|Albanian; Algeria|Algerian; Andorra|Andorran; Angola|Angolan;
Argentina|Argentine,Argentinian; Armenia|Armenian; Australia|Australian; Austria|Austrian;
Azerbaijan|Azerbaijani; Bahamas|Bahamian; Bahrain|Bahraini; Bangladesh|Bangladeshi;
Barbados|Barbadian; Belarus|Belarusian; Belgium|Belgian; Belize|Belizean; Benin|Beninese;
Bhutan|Bhutanese; Bolivia|Bolivian; Bosnia and Herzegovina|Bosnian; Botswana|Botswanan;
Brazil|Brazilian; Brunei|Bruneian; Bulgaria|Bulgarian; Burkina Faso|Burkinabe;
Burundi|Burundian; Cambodia|Cambodian; Cameroon|Cameroonian; Canada|Canadian;
Cape Verde|Cape Verdean; Chad|Chadian; Chile|Chilean; China|Chinese; Colombia|Colombian;
Comoros|Comoran; Congo|Congolese; Costa Rica|Costa Rican; Croatia|Croatian; Cuba|Cuban;
Cyprus|Cypriot; Czech Republic|Czech; Czechia|Czech; Denmark|Danish; Djibouti|Djiboutian;
Dominica|Dominican; Dominican Republic|Dominican; Ecuador|Ecuadorian; Egypt|Egyptian;
El Salvador|Salvadoran; Equatorial Guinea|Equatoguinean; Eritrea|Eritrean; Estonia|Estonian;
Eswatini|Swazi; Ethiopia|Ethiopian; Fiji|Fijian; Finland|Finnish; France|French; Gabon|Gabonese;
Gambia|Gambian; Georgia|Georgian; Germany|German; Ghana|Ghanaian; Greece|Greek;
Grenada|Grenadian; Guatemala|Guatemalan; Guinea|Guinean; Guinea-Bissau|Bissau-Guinean;
Guyana|Guyanese; Haiti|Haitian; Honduras|Honduran; Hungary|Hungarian; Iceland|Icelandic;
India|Indian; Indonesia|Indonesian; Iran|Iranian; Iraq|Iraqi; Ireland|Irish; Israel|Israeli;
Italy|Italian; Ivory Coast|Ivorian; Jamaica|Jamaican; Japan|Japanese; Jordan|Jordanian;
Kazakhstan|Kazakh; Kenya|Kenyan; Kiribati|I-Kiribati; Kuwait|Kuwaiti; Kyrgyzstan|Kyrgyz;
Laos|Lao,Laotian; Latvia|Latvian; Lebanon|Lebanese; Lesotho|Basotho; Liberia|Liberian;
Libya|Libyan; Liechtenstein|Liechtensteiner; Lithuania|Lithuanian; Luxembourg|Luxembourgish;
Madagascar|Malagasy; Malawi|Malawian; Malaysia|Malaysian; Maldives|Maldivian; Mali|Malian;
Malta|Maltese; Marshall Islands|Marshallese; Mauritania|Mauritanian; Mauritius|Mauritian;
Mexico|Mexican; Micronesia|Micronesian; Moldova|Moldovan; Monaco|Monegasque;
Mongolia|Mongolian; Montenegro|Montenegrin; Morocco|Moroccan; Mozambique|Mozambican;
Myanmar|Burmese; Namibia|Namibian; Nauru|Nauruan; Nepal|Nepalese,Nepali;
Netherlands|Dutch; New Zealand|New Zealander; Nicaragua|Nicaraguan; Niger|Nigerien;
Nigeria|Nigerian; North Korea|North Korean; North Macedonia|Macedonian; Norway|Norwegian;
Oman|Omani; Pakistan|Pakistani; Palau|Palauan; Palestine|Palestinian; Panama|Panamanian;
Papua New Guinea|Papua New Guinean; Paraguay|Paraguayan; Peru|Peruvian;
Philippines|Filipino,Philippine; Poland|Polish; Portugal|Portuguese; Qatar|Qatari;
Romania|Romanian; Russia|Russian; Rwanda|Rwandan; Saint Lucia|Saint Lucian; Samoa|Samoan;
San Marino|Sammarinese; Saudi Arabia|Saudi; Senegal|Senegalese; Serbia|Serbian;
Seychelles|Seychellois; Sierra Leone|Sierra Leonean; Singapore|Singaporean;
Slovakia|Slovak; Slovenia|Slovenian,Slovene; Solomon Islands|Solomon Islander;
Somalia|Somali; South Africa|South African; South Korea|South Korean,Korean; South Sudan|South Sudanese;
Spain|Spanish; Sri Lanka|Sri Lankan; Sudan|Sudanese; Suriname|Surinamese; Sweden|Swedish;
Switzerland|Swiss; Syria|Syrian; Taiwan|Taiwanese; Tajikistan|Tajik; Tanzania|Tanzanian;
Thailand|Thai; Timor-Leste|Timorese; Togo|Togolese; Tonga|Tongan;
Trinidad and Tobago|Trinidadian; Tunisia|Tunisian; Turkey|Turkish; Turkmenistan|Turkmen;
Tuvalu|Tuvaluan; Uganda|Ugandan; Ukraine|Ukrainian; United Arab Emirates|Emirati;
United Kingdom|British; United States|American; Uruguay|Uruguayan; Uzbekistan|Uzbek;
Vanuatu|Vanuatuan; Vatican|Vatican; Venezuela|Venezuelan; Vietnam|Vietnamese; Yemen|Yemeni;
Zambia|Zambian; Zimbabwe|Zimbabwean; Kosovo|Kosovar; Scotland|Scottish; Wales|Welsh;
England|English
"""

#: Widely used alternative names of countries and bodies (general knowledge, kept small):
#: each line is one entity; the first spelling is the canonical one.
_WELL_KNOWN_ALIASES = """
United States | US | U.S. | USA | U.S.A. | the United States | the US | the U.S. | America |
  United States of America | Washington
United Kingdom | UK | U.K. | Britain | Great Britain | the United Kingdom | the UK | London
United Nations | UN | U.N. | the United Nations | the UN
European Union | EU | E.U. | the European Union | the EU | Brussels
Islamic State | IS | ISIS | ISIL | Daesh | the Islamic State | Islamic State group |
  the Islamic State group | Islamic State of Iraq and the Levant | Islamic State of Iraq and Syria
al-Qaeda | al-Qaida | al Qaeda | Al Qaeda | al-Qa'ida
Russia | Russian Federation | the Kremlin | Kremlin
China | People's Republic of China | PRC
North Atlantic Treaty Organization | NATO | Nato | the North Atlantic Treaty Organization
World Health Organization | WHO | the World Health Organization
International Monetary Fund | IMF | the International Monetary Fund
Central Intelligence Agency | CIA | the CIA
Federal Bureau of Investigation | FBI | the FBI
Pentagon | the Pentagon | US Department of Defense | Department of Defense
White House | the White House
"""

#: Capital cities that news uses for a country's government ("Washington said ...").
_CAPITALS = """
Washington|United States; London|United Kingdom; Moscow|Russia; Beijing|China; Tehran|Iran;
Baghdad|Iraq; Kyiv|Ukraine; Kiev|Ukraine; Paris|France; Berlin|Germany; Tokyo|Japan;
Ankara|Turkey; Damascus|Syria; Beirut|Lebanon; Riyadh|Saudi Arabia; Cairo|Egypt;
Pyongyang|North Korea; Seoul|South Korea; New Delhi|India; Islamabad|Pakistan; Kabul|Afghanistan;
Ottawa|Canada; Canberra|Australia; Brasilia|Brazil; Madrid|Spain; Rome|Italy; Warsaw|Poland;
Jerusalem|Israel; Amman|Jordan; Doha|Qatar; Abu Dhabi|United Arab Emirates; Caracas|Venezuela;
Havana|Cuba; Minsk|Belarus; Taipei|Taiwan; Manila|Philippines; Jakarta|Indonesia;
Hanoi|Vietnam; Bangkok|Thailand; Nairobi|Kenya; Addis Ababa|Ethiopia; Khartoum|Sudan
"""

#: Nouns that name a person's job or rank; before a name they make it a person's title.
TITLE_WORDS = frozenset("""
    sir dame
    president prime minister secretary chancellor premier king queen prince princess emperor
    pope cardinal bishop archbishop imam ayatollah sheikh sultan emir general gen maj major
    lt lieutenant col colonel capt captain cmdr commander adm admiral sgt sergeant brig
    brigadier marshal mr mrs ms dr prof professor sen senator rep representative gov governor
    mayor ambassador envoy spokesman spokeswoman spokesperson chief director chairman
    chairwoman chair ceo cfo coo founder head leader deputy vice host anchor reporter
    correspondent editor writer columnist author analyst economist scientist researcher
    physicist biologist chemist astronomer engineer coach manager striker midfielder
    defender goalkeeper forward player captain champion judge justice attorney lawyer
    prosecutor official officer adviser advisor aide negotiator diplomat lawmaker legislator
    congressman congresswoman councillor councilor commissioner superintendent inspector
    detective sheriff governor-general speaker minister secretary-general treasurer
    executive chairperson partner professor investor entrepreneur activist candidate nominee
    rapper singer actor actress director producer artist designer architect pilot astronaut
    cleric rabbi pastor priest doctor surgeon nurse mp mep administrator prefect
    ombudsman magistrate dean rector provost warden consul auditor comptroller critic
    novelist poet filmmaker historian photographer playwright sculptor
    rider cyclist runner sprinter swimmer skier skater boxer wrestler golfer jockey racer
    driver athlete gymnast climber sailor rower batter bowler winger keeper
    grandmaster referee umpire jockey trainer
    farmer teacher student worker miner fisherman banker collector
    curator conservator archaeologist translator musician composer conductor dancer chef
    tenant resident campaigner protester volunteer veteran survivor witness
    victim patient pensioner midwife paramedic firefighter soldier planner trader modernist
    forecaster meteorologist epidemiologist virologist geologist ecologist principal
    headteacher headmaster headmistress member
""".split())

#: Nouns for a person of a nation, written before a name as a role ("Frenchman Julien X");
#: proper nouns, so they keep their capital in "Which Frenchman ...?".
NATIONAL_NOUNS = frozenset("""
    frenchman frenchwoman dutchman dutchwoman englishman englishwoman irishman irishwoman
    welshman welshwoman scotsman scotswoman briton swede pole spaniard turk
""".split())
TITLE_WORDS = TITLE_WORDS | NATIONAL_NOUNS

#: What kind of work a person's role is, by its head word: a person's distractors are best
#: drawn from the same family (a militia leader among commanders, not among TV hosts).
_ROLE_FAMILIES = {
    "politics": """president premier minister secretary chancellor mayor governor senator
        lawmaker legislator congressman congresswoman councillor councilor speaker mp mep
        king queen prince princess emperor sultan emir prefect ambassador envoy diplomat
        negotiator consul candidate nominee""",
    "military": """general commander colonel major lieutenant captain sergeant brigadier
        admiral marshal militia officer gen maj lt col capt cmdr adm sgt brig""",
    "media": """host anchor reporter correspondent editor writer columnist author
        presenter journalist""",
    "business": """ceo cfo coo executive chairman chairwoman chairperson founder director
        manager investor entrepreneur partner treasurer administrator""",
    "law": """judge justice prosecutor attorney lawyer magistrate ombudsman inspector
        detective sheriff auditor comptroller""",
    "religion": """pope cardinal bishop archbishop imam ayatollah sheikh cleric rabbi pastor
        priest""",
    "science": """scientist researcher physicist biologist chemist astronomer engineer
        economist analyst professor doctor surgeon nurse dean rector provost""",
    "sport": """coach striker midfielder defender goalkeeper forward player champion rider
        cyclist runner sprinter swimmer skier skater boxer wrestler golfer jockey racer
        driver athlete gymnast climber sailor rower batter bowler winger keeper""",
    "culture": """rapper singer actor actress producer artist designer architect""",
}
ROLE_FAMILY = {word: family for family, words in _ROLE_FAMILIES.items()
               for word in words.split()}
#: Heads that say little on their own: they name the family only when nothing else does
#: ("Iraqi militia leader" is military, "opposition leader" is in politics).
_WEAK_ROLES = {"leader": "politics", "chief": "politics", "head": "politics",
               "spokesman": "politics", "spokeswoman": "politics", "spokesperson": "politics",
               "official": "politics", "aide": "politics", "adviser": "politics",
               "advisor": "politics", "opposition": "politics", "party": "politics"}


def role_family(role: str) -> str:
    """The family of a role ("Iraqi militia leader" -> "military", "Fox News host" ->
    "media"), or "" when no word of it is known. The last known word decides ("deputy
    chief of staff": the head), except that a leader is in the family of what they lead."""
    family = weak = ""
    for word in role.lower().split():
        parts = word.strip(".,").split("-")
        word = parts[0] if parts[-1] == "general" else parts[-1]  # "Director-General"
        family = ROLE_FAMILY.get(word, family)
        weak = weak or _WEAK_ROLES.get(word, "")
    return family or weak


#: Head nouns of an organisation's name.
#: Ordinary words that bodies' names are built of ("Competition Authority", "Marine Accident
#: Investigation Board", "Heritage"): alone, or with body words only, they name no one body,
#: so the entity index never joins names on them.
GENERIC_NAME_WORDS = frozenset("""
    heritage marine maritime air aviation competition national royal federal central general
    public international global united world health energy water power rail railway transport
    environment environmental safety security financial finance trade industry standards
    accident accidents investigation investigations civil coast coastal food drug drugs
    medicines media data consumer consumers markets market communications education research
    science sciences justice police fire rescue emergency civil aviation planning development
    housing labour labor employment revenue customs border statistics audit regulatory
    regional state city county municipal district local northern southern eastern western
""".split())
ORG_WORDS = frozenset("""
    ministry department office agency bureau service services committee commission council
    parliament assembly congress senate court tribunal government administration cabinet
    party union league association federation foundation institute institution university
    college school academy hospital bank fund company corporation corp inc ltd llc group
    holdings authority board organisation organization force forces army navy corps guard
    guards police military brigade brigades battalion regiment division coalition alliance
    movement front resistance militia militias network news times post journal press
    agency radio television tv channel broadcaster club team fc church mission embassy
    consulate secretariat directorate command centre center society commonwealth
    forum summit conference festival olympics championship cup games
    council chamber exchange firm airline airlines air motors labs laboratory observatory
    energy airways pharma pharmaceuticals technologies technology systems solutions
    media capital industries telecom telecoms communications foods brands ventures enterprises
    united rovers athletic wanderers albion sporting co plc gmbh museum gallery library
""".split())

#: Last words of firms' names that are not surnames ("Haven Finance", "Bluegum Events",
#: "Ridgeway Homes", "Tessaro Impianti", "Rossi SpA"): a name ending in one is a body's.
COMPANY_TAILS = frozenset("""
    finance financial events homes logistics farms transport insurance hotels studios records
    mining construction gaming properties impianti spa sa ag nv bv srl pty llp limited estates
    developments investments securities consulting resources utilities healthcare retail
    shipping freight railways entertainment productions pictures brewing brewery dairies
    software robotics aerospace automotive chemicals networks cinemas stores supermarkets
    trust housing recruitment catering cleaning engineering builders contractors water
""".split())

#: First words of bodies' names in other languages ("Banco do Brasil", "Grupo Bimbo",
#: "Université Laval"): a name opening with one is a body's.
COMPANY_HEADS = frozenset("""
    banco banca banque grupo groupe gruppo compagnie companhia compañía instituto institut
    istituto fundación fundação fondation fondazione stiftung universidad université
    universität universidade università ministerio ministère ministério ministero
""".split())

#: Words of sports clubs' names: capitalised wherever they stand ("Rovers manager").
TEAM_WORDS = frozenset("united rovers athletic wanderers albion sporting".split())

#: Common nouns written before an organisation's name ("the French firm Astrelle").
ORG_ROLE_WORDS = frozenset("""
    firm company group carmaker automaker broadcaster startup start-up bank lender insurer
    band orchestra choir
    airline retailer manufacturer maker club charity newspaper agency outlet publisher
    developer operator supplier producer chain brand giant conglomerate network party
    organisation organization militia studio label union operator owner federation
    association foundation institute regulator watchdog consortium carrier team charity
    utility body brokerage consultancy employer lobby
""".split())

#: Kinds of a body named after the place it serves, written after the place ("Edinburgh
#: Chamber of Commerce", "Oslo University Hospital", "Leeds City Council"): the place alone
#: is not the body.
PLACE_SERVED = frozenset("""
    chamber city county council university college airport port police hospital museum zoo
    cathedral diocese municipality district regional metropolitan transit harbour harbor
""".split())

#: Head nouns of a place's name: places are where things happen, not actors.
PLACE_WORDS = frozenset("""
    base airbase airport port harbour harbor city town village province region district county
    river sea ocean lake island islands street road avenue square valley mountain mountains
    strait gulf bay desert peninsula border crossing camp square east west north south
    coast bank strip heights hill hills park stadium arena hotel palace tower bridge
    hall building centre center route highway motorway ridge chamber station terminal
    cathedral mall plaza
""".split())

#: Last words of the names of fires, floods and other disasters ("Cedar Creek Fire"), which
#: are events, not actors (only as the last word: "Fire Department" is a body).
DISASTER_WORDS = frozenset("""
    fire fires wildfire blaze flood floods earthquake quake tornado typhoon cyclone eruption
    outbreak storm
""".split())

#: Common words that open names of bodies, brands and places but never a person's name
#: ("Red Cross", "Western Power", "National Grid"): a two-word name opening with one is not
#: taken for a person without a title.
NOT_GIVEN_NAMES = frozenset("""
    red white black green blue golden silver western eastern northern southern central north
    south east west upper lower national royal united global international public general
    new old great grand first federal state city metro county regional continental atlantic
    pacific northwest northeast southwest southeast midwest american british european
    islamic medieval ottoman byzantine moorish ancient colonial imperial greater historic
    muslim catholic jewish hindu buddhist arab
""".split())

#: Common given names (English and international, lower-cased): a two-word name that opens
#: with one is a person's even with no title ("Elon Musk said"). Names that are also common
#: words or places ("Grace", "Jordan", "Victoria") are left out.
GIVEN_NAMES = frozenset("""
    aaron abdul abdullah adam adrian ahmad ahmed aisha alan albert alejandro aleksandr alex
    alexander alexandra alexei alice alicia amanda amir amy ana andrea andreas andrei andrew
    andrzej angela angelika anita ann anna anne annette anthony anton antonio arjun arthur
    ayesha barbara beatrice ben benjamin bernard bianca boris brian bruno carla carlos carmen
    caroline catherine charles charlotte chen chris christina christine christopher claire
    claudia daniel daniela david deborah diana diego dmitry donald dorota edward elena elif
    elizabeth ellen emily emma emmanuel enrique eric erik eva fatima federico felipe fernando
    francesca francesco francisco franz friedrich gabriel gabriela george georg gerhard giorgio
    giovanni giulia giuseppe gustavo hannah hans hassan heinrich helen helena henrik henry
    hiroshi hugo hussein ian igor ingrid irina isabel isabella ivan jacob jakub james jan jana
    jane janet jason javier jean jennifer jens jessica joanna joao johan johann johannes john
    jonathan jorge jose josef joseph juan julia julian juliette karen karin karl katarina
    katherine kathleen kenji kevin klaus krzysztof kumar lars laura lauren leonardo li linda
    lisa lorenzo louis lucas lucia luis luka lukas magdalena manuel marco margaret maria marie
    marina mario mark marta martin mary matteo matthew maya mehmet mei michael michel michelle
    miguel mikhail mohamed mohammad mohammed muhammad nadia natalia nicholas nicola nikolai
    nina olga omar oscar pablo patricia patrick paul paulo pedro peter petra philippe pierre
    pieter piotr priya rachel rafael rahul raj ramon raphael rebecca ricardo richard robert
    roberto rodrigo roman ruth sam samuel sandra sanne sara sarah sebastian sergei sergio simon
    sofia sophie stefan stephen steven susan sven takeshi tanya thomas tomas tomasz ulrich
    valentina vladimir walter wang wei william wolfgang xavier yuki yusuf yves zhang
    elon jeff tim satya sundar jamie kemi keir rishi olaf emmanuelle giorgia
""".split())

#: First or last words of the names of events, documents and days, which are not actors.
EVENT_WORDS = frozenset("""
    operation eve day week year war battle crisis revolution spring election elections
    agreement accord accords treaty deal act bill law plan doctrine protocol initiative
    olympics games cup championship tournament league season storm hurricane pandemic
    marathon race final finals festival prize award awards summit conference trophy derby
    referendum ceremony concert expo tour rally regatta prix medal
    exhibition biennale
""".split())

#: Capitalised adjectives of religion, ethnicity or region that are not names on their own.
ADJECTIVES = frozenset("""
    shia shiite sunni kurdish arab arabic muslim islamic christian jewish catholic protestant
    western eastern northern southern european african asian latin hindu buddhist sikh
    orthodox evangelical persian turkic slavic balkan baltic nordic caribbean pacific
    atlantic mediterranean gulf middle global international national federal
""".split())

#: Plural nouns for unnamed groups of people that can act ("Iraqi officials", "militants").
GROUP_WORDS = frozenset("""
    officials militias militants rebels insurgents fighters factions groups protesters
    demonstrators lawmakers legislators politicians leaders ministers diplomats negotiators
    investigators researchers scientists doctors experts analysts economists authorities
    forces troops soldiers police officers residents villagers farmers workers unions
    employees investors shareholders voters citizens students teachers fans players
    activists campaigners critics opponents supporters allies partners regulators judges
    prosecutors authorities governments states countries nations members families
    councillors councilors senators delegates nurses executives parents forecasters
""".split())

#: Kinds of people whose bare name answers nothing a reader wants to learn: "Who arrested the
#: exporter?" -> "Police", "Who blamed warm seas?" -> "Scientists" (what their work is, the
#: question's verb tells). With a word of their own they are answers ("prosecutors in Braga").
GENERIC_AGENTS = frozenset("""
    police officers scientists researchers experts analysts officials authorities investigators
    doctors critics observers sources economists forecasters
""".split())

#: Words that name an outlet of news: "according to which news outlet?".
MEDIA_WORDS = frozenset("""
    news times post journal press radio television tv broadcasting broadcaster herald
    guardian telegraph tribune gazette chronicle voice reuters
    bloomberg associated wire daily weekly magazine review network channel
""".split())

#: Words that are capitalised for grammar, not because they start a name.
NOT_NAME_WORDS = frozenset("""
    the a an in on at of to for by with from as after before since until during while when
    if but and or so yet though although however meanwhile still now then there here this
    that these those it its he she they we i you his her their our my your some many most
    several one two three four five six seven eight nine ten both each other another such
    last next first this speaking according following despite amid among under over about
    earlier later also only even just more less no not all any every what which who whom
    where why how once today yesterday tomorrow thursday friday saturday sunday monday tuesday
    wednesday january february march april may june july august september october november
    december mid-october however instead moreover nevertheless therefore thus because
    eventually initially historical conclusion updated powered comments send discuss related
    read watch listen see photo video image getty images file
""".split())

#: Name particles that may appear in lower case inside a person's name.
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "del",
                            "della", "der", "van", "von", "la", "le", "du", "dos", "das",
                            "ben", "y", "ul", "ud"})


@cache
def countries() -> dict[str, str]:
    """Lower-cased country name or demonym -> the country's name."""
    table: dict[str, str] = {}
    for entry in _COUNTRIES.split(";"):
        name, _, demonyms = entry.strip().partition("|")
        table[name.lower()] = name
        for demonym in demonyms.split(","):
            table.setdefault(demonym.strip().lower(), name)
    return table


@cache
def country_names() -> frozenset[str]:
    """Lower-cased country names (not demonyms)."""
    names = {entry.strip().partition("|")[0].lower() for entry in _COUNTRIES.split(";")}
    return frozenset(names)


@cache
def demonyms() -> frozenset[str]:
    """Lower-cased demonyms ("iraqi", "american")."""
    return frozenset(set(countries()) - country_names())


@cache
def capitals() -> dict[str, str]:
    """Lower-cased capital city -> country, for governments named by their capital."""
    table: dict[str, str] = {}
    for entry in _CAPITALS.split(";"):
        city, _, country = entry.strip().partition("|")
        table[city.lower()] = country
    return table


@cache
def well_known_aliases() -> tuple[tuple[str, ...], ...]:
    """Alias groups of widely used names, canonical spelling first."""
    groups: list[tuple[str, ...]] = []
    for line in _WELL_KNOWN_ALIASES.strip().replace("|\n", "| ").splitlines():
        names = tuple(part.strip() for part in line.split("|") if part.strip())
        if names:
            groups.append(names)
    return tuple(groups)
