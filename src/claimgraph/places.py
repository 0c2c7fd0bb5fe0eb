"""States: their demonyms, formal names and capitals (general world knowledge, not the names of
any corpus), shared by the entity and claim stages.

* `demonym`: an organisation's standard name ("X's Foreign Ministry" -> "Xian Ministry of
  Foreign Affairs") needs the adjective of a state, which no rule derives ("China" / "Chinese").
* `state_name`: a formal style ("the Kingdom of X") is one entity with X.
* `state_of`: a capital standing for its state ('Oslo denied ...') matches a question naming the
  country.
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

DEMONYMS: dict[str, str] = {
    "Afghanistan": "Afghan", "Albania": "Albanian", "Algeria": "Algerian", "America": "American",
    "Argentina": "Argentine", "Armenia": "Armenian", "Australia": "Australian",
    "Austria": "Austrian", "Azerbaijan": "Azerbaijani", "Bahrain": "Bahraini",
    "Bangladesh": "Bangladeshi", "Belarus": "Belarusian", "Belgium": "Belgian",
    "Bolivia": "Bolivian", "Bosnia": "Bosnian", "Brazil": "Brazilian", "Britain": "British",
    "Bulgaria": "Bulgarian", "Cambodia": "Cambodian", "Canada": "Canadian", "Chile": "Chilean",
    "China": "Chinese", "Colombia": "Colombian", "Croatia": "Croatian", "Cuba": "Cuban",
    "Cyprus": "Cypriot", "Czechia": "Czech", "Denmark": "Danish", "Egypt": "Egyptian",
    "England": "English", "Estonia": "Estonian", "Ethiopia": "Ethiopian", "Finland": "Finnish",
    "France": "French", "Georgia": "Georgian", "Germany": "German", "Ghana": "Ghanaian",
    "Greece": "Greek", "Hungary": "Hungarian", "Iceland": "Icelandic", "India": "Indian",
    "Indonesia": "Indonesian", "Iran": "Iranian", "Iraq": "Iraqi", "Ireland": "Irish",
    "Israel": "Israeli", "Italy": "Italian", "Japan": "Japanese", "Jordan": "Jordanian",
    "Kazakhstan": "Kazakh", "Kenya": "Kenyan", "Korea": "Korean", "Kosovo": "Kosovan",
    "Kuwait": "Kuwaiti", "Kyrgyzstan": "Kyrgyz", "Latvia": "Latvian", "Lebanon": "Lebanese",
    "Libya": "Libyan", "Lithuania": "Lithuanian", "Malaysia": "Malaysian", "Mali": "Malian",
    "Mexico": "Mexican", "Moldova": "Moldovan", "Mongolia": "Mongolian",
    "Montenegro": "Montenegrin", "Morocco": "Moroccan", "Myanmar": "Myanmar",
    "Nepal": "Nepalese", "Netherlands": "Dutch", "Nigeria": "Nigerian", "Norway": "Norwegian",
    "Oman": "Omani", "Pakistan": "Pakistani", "Palestine": "Palestinian", "Peru": "Peruvian",
    "Philippines": "Philippine", "Poland": "Polish", "Portugal": "Portuguese", "Qatar": "Qatari",
    "Romania": "Romanian", "Russia": "Russian", "Russian Federation": "Russian",
    "Rwanda": "Rwandan", "Saudi Arabia": "Saudi",
    "Scotland": "Scottish", "Serbia": "Serbian", "Singapore": "Singaporean",
    "Slovakia": "Slovak", "Slovenia": "Slovenian", "Somalia": "Somali",
    "South Africa": "South African", "South Korea": "South Korean", "Spain": "Spanish",
    "Sri Lanka": "Sri Lankan", "Sudan": "Sudanese", "Sweden": "Swedish",
    "Switzerland": "Swiss", "Syria": "Syrian", "Taiwan": "Taiwanese", "Tajikistan": "Tajik",
    "Thailand": "Thai", "Tunisia": "Tunisian", "Turkey": "Turkish", "Türkiye": "Turkish",
    "Turkmenistan": "Turkmen", "Uganda": "Ugandan", "Ukraine": "Ukrainian",
    "United Kingdom": "British", "United States": "US", "Uzbekistan": "Uzbek",
    "Venezuela": "Venezuelan", "Vietnam": "Vietnamese", "Wales": "Welsh", "Yemen": "Yemeni",
    "Zimbabwe": "Zimbabwean", "North Korea": "North Korean", "UK": "British", "US": "US",
    "U.S.": "US", "USA": "US",
}
_ADJECTIVES = set(DEMONYMS.values()) | {"Azeri", "Persian", "Emirati"}


def demonym(owner: str) -> str | None:
    """The adjective of a state written as a country name or already as an adjective ("Iran",
    "Iranian" -> "Iranian"); None for anything else."""
    owner = owner.strip()
    owner = state_name(owner) or owner
    if owner in _ADJECTIVES:
        return owner
    return DEMONYMS.get(owner)


# formal names whose short form is not the last words: two states share those words
_FORMAL: dict[str, str] = {
    "republic of china": "Taiwan", "people's republic of china": "China",
    "republic of korea": "South Korea", "democratic people's republic of korea": "North Korea",
}
_STATE_WORDS = "Republic|Kingdom|Sultanate|Emirate|State|Commonwealth|Principality|Federation"
_STATE_MODS = ("Islamic|Federal|People's|Democratic|Socialist|Arab|Federative|Bolivarian|"
               "Hashemite|Plurinational|United|Co-operative|Cooperative")
_OF_FORM = re.compile(rf"^(?:the\s+)?(?:(?:{_STATE_MODS})\s+)*(?:{_STATE_WORDS})\s+of\s+"
                      r"(?:the\s+)?(?P<x>.+)$", re.I)
_ADJ_FORM = re.compile(r"^(?:the\s+)?(?P<adj>[A-Z][a-z]+)\s+(?:Federation|Confederation)$")
_NOT_SHORT = {"America", "UK", "US", "U.S.", "USA", "Russian Federation"}
_BY_ADJECTIVE: dict[str, str] = {}
for _country, _adj in DEMONYMS.items():
    if _country not in _NOT_SHORT:
        _BY_ADJECTIVE.setdefault(_adj, _country)


def state_name(text: str) -> str | None:
    """The short name of a state written in its formal style ("the Islamic Republic of X",
    "Kingdom of X", "the Xian Federation" -> "X"), when X is a known country; else None. States
    that share the last words of their formal names ("Republic of Korea", "Democratic People's
    Republic of Korea") keep their distinct short names."""
    text = " ".join(text.replace("’", "'").split()).strip(" ,.;:")
    low = text.lower()
    low = low[4:] if low.startswith("the ") else low
    if low in _FORMAL:
        return _FORMAL[low]
    m = _OF_FORM.match(text)
    if m:
        rest = m.group("x")
        if rest.lower() in ("korea", "china"):
            return None  # two states go by these words; only the exact forms above are sure
        if low.startswith("state of") and rest == "Mexico":
            return None  # a Mexican state, not the country
        return rest if rest in DEMONYMS and rest not in _NOT_SHORT else None
    m = _ADJ_FORM.match(text)
    if m and m.group("adj") in _BY_ADJECTIVE and m.group("adj") not in ("Korean", "Chinese"):
        return _BY_ADJECTIVE[m.group("adj")]
    return None


_PAIRS = """washington:united-states america:united-states us:united-states usa:united-states
u.s:united-states moscow:russia kremlin:russia beijing:china london:britain uk:britain
u.k:britain paris:france berlin:germany rome:italy madrid:spain lisbon:portugal
warsaw:poland kyiv:ukraine kiev:ukraine minsk:belarus tehran:iran baku:azerbaijan
yerevan:armenia tbilisi:georgia ankara:turkey athens:greece damascus:syria baghdad:iraq
beirut:lebanon amman:jordan riyadh:saudi cairo:egypt tripoli:libya tunis:tunisia
algiers:algeria rabat:morocco khartoum:sudan nairobi:kenya addis:ethiopia abuja:nigeria
pretoria:south-africa kabul:afghanistan islamabad:pakistan delhi:india dhaka:bangladesh
tokyo:japan seoul:south-korea pyongyang:north-korea hanoi:vietnam bangkok:thailand
jakarta:indonesia manila:philippines canberra:australia ottawa:canada brasilia:brazil
havana:cuba caracas:venezuela bogota:colombia tashkent:uzbekistan astana:kazakhstan
doha:qatar sanaa:yemen muscat:oman ramallah:palestine taipei:taiwan stockholm:sweden
oslo:norway helsinki:finland copenhagen:denmark vienna:austria budapest:hungary
bucharest:romania belgrade:serbia brussels:belgium""".split()

CAPITALS: dict[str, str] = dict(p.split(":") for p in _PAIRS)


def state_of(word: str) -> str | None:
    """The country a capital (or alternative name) stands for, lower-cased, or None."""
    return CAPITALS.get(word.lower().strip("."))


_STATE_NAME_WORDS = {name.lower() for name in DEMONYMS} | {a.lower() for a in _ADJECTIVES} | \
    set(CAPITALS)


def is_state_word(word: str) -> bool:
    """Is this one word a state's name, its adjective or a listed capital ('Chile', 'Chilean',
    'Oslo')?"""
    return word.lower().strip(".'’") in _STATE_NAME_WORDS
