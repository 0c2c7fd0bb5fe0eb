"""Country names and their demonyms (general world knowledge, not the names of any corpus).

Used to write an organisation's standard name ("X's Foreign Ministry" -> "Xian Ministry of
Foreign Affairs"): the adjective form of a state is not derivable by rule ("Iran" / "Iranian",
"China" / "Chinese", "Azerbaijan" / "Azerbaijani").
"""

from __future__ import annotations

import logging

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
    if owner.startswith("Republic of "):
        owner = owner[len("Republic of "):]
    if owner in _ADJECTIVES:
        return owner
    return DEMONYMS.get(owner)
