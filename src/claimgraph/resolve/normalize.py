"""Name keys: normal forms under which spellings of one name meet.

Three levels, from strict to loose:

* `name_key` — lower case, no diacritics, no punctuation, no leading article or possessive (the
  scorer's own normal form, so aliases are compared the way they are scored);
* `token_key` — one name token after general romanisation rules (q/gh/k, kh/h, ou/oo/u, ee/ei/ey/i,
  y/i, ph/f, x/ks, w/v, doubled letters, `al-`/`el-` articles): "Baghirzadeh" and "Baqirzadeh"
  give the same key, so do "Karimee" and "Karimi";
* `skeleton` — the consonants of a token key ("mohamad", "muhamad" -> "mhmd"), used only with a
  length floor, because short names share skeletons ("Dan", "Don").

Organisation keys (`org_key`) are bags of word stems, so word order ("Ministry of Defence of X" /
"X Defence Ministry"), demonyms ("Iranian" / "Iran") and British/American spelling meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ARTICLES = ("al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an")
_RULES: tuple[tuple[str, str], ...] = (
    ("tch", "ch"), ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "k"), ("q", "k"),
    ("ck", "k"), ("ph", "f"), ("x", "ks"), ("w", "v"), ("ou", "u"), ("oo", "u"), ("ee", "i"),
    ("ei", "i"), ("ey", "i"), ("iy", "i"), ("ie", "i"), ("y", "i"), ("ii", "i"), ("aa", "a"),
    ("uu", "u"),
)
_VOWELS = set("aeiou")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without diacritics; curly apostrophes made straight."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace("’", "'").replace("‘", "'")


def name_key(name: str) -> str:
    """Lower case, no diacritics, no punctuation, no leading article or possessive."""
    s = re.sub(r"'s\b", "", fold(name))
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    s = re.sub(r"^(the|former|late|mr|mrs|ms|dr) ", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def name_tokens(name: str) -> list[str]:
    """The word tokens of a name, folded, articles `al-`/`el-` dropped, hyphens kept apart."""
    return list(_name_tokens(name))


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> tuple[str, ...]:
    s = re.sub(r"'s\b", "", fold(name))
    words = [w for w in re.split(r"[^a-z0-9']+", s) if w]
    out = []
    for w in words:
        w = w.strip("'")
        if not w or w in _ARTICLES:
            continue
        out.append(w)
    return tuple(out)


@lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """One name token after the general romanisation rules (see the module docstring)."""
    s = re.sub(r"[^a-z0-9]", "", fold(token))
    s = re.sub(r"([^aeiou])\1+", r"\1", s)
    for a, b in _RULES:
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)
    if len(s) > 3 and s.endswith("h") and s[-2] in _VOWELS:
        s = s[:-1]  # "Zadeh"/"Zade", "Allah"/"Alla"
    return s


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """The consonant skeleton of a token key: first letter kept, later vowels dropped."""
    k = token_key(token)
    if not k:
        return ""
    rest = "".join(c for c in k[1:] if c not in _VOWELS)
    return re.sub(r"(.)\1+", r"\1", k[0] + rest)


def person_key(tokens: list[str]) -> str:
    """A full-name key: every token's romanisation key, in order."""
    return " ".join(token_key(t) for t in tokens)


# ---------------------------------------------------------------- organisations
_ORG_STOP = {"the", "of", "and", "for", "on", "in", "affairs", "republic", "s", "de", "la", "&"}
_ORG_SYNONYMS = {
    "defense": "defence", "army": "military", "forces": "military", "armed": "",
    "troops": "military", "ministry": "ministry", "minister": "ministry",
    "organisation": "organization", "centre": "center", "programme": "program",
    "labour": "labor", "u": "us", "america": "us", "american": "us", "usa": "us", "states": "",
    "united": "", "uk": "britain", "british": "britain",
}
_DEMONYM = re.compile(r"(ian|ean|an|ese|ish|i|ia|a|e)$")
# irregular demonyms (general knowledge of country names, not of any corpus)
_PLACE_IRREGULAR = {
    "french": "france", "dutch": "netherland", "netherlands": "netherland", "swiss": "switzerland",
    "greek": "greece", "welsh": "wale", "wales": "wale", "turkish": "turkey", "turkiye": "turkey",
    "afghan": "afghanistan", "pakistani": "pakistan", "kazakh": "kazakhstan",
    "uzbek": "uzbekistan", "tajik": "tajikistan", "kyrgyz": "kyrgyzstan", "turkmen": "turkmenistan",
    "filipino": "philippine", "philippines": "philippine", "thai": "thailand", "polish": "poland",
    "danish": "denmark", "swedish": "sweden", "finnish": "finland", "norwegian": "norway",
    "spanish": "spain", "irish": "ireland", "scottish": "scotland", "english": "england",
    "iraqi": "iraq", "saudi": "saudi", "emirati": "emirate", "yemeni": "yemen", "omani": "oman",
    "qatari": "qatar", "kuwaiti": "kuwait", "israeli": "israel", "bahraini": "bahrain",
    "lebanese": "lebanon", "sudanese": "sudan", "vietnamese": "vietnam", "nepalese": "nepal",
    "bangladeshi": "bangladesh", "cypriot": "cyprus", "maltese": "malta", "peruvian": "peru",
}
_PLURAL_KEEP = {"affairs", "news", "forces", "times", "arms", "series", "species", "status"}


def stem_place(word: str) -> str:
    """Demonyms and country names to one stem ("iranian"/"iran", "azerbaijani"/"azerbaijan")."""
    word = _PLACE_IRREGULAR.get(word, word)
    prev = None
    while len(word) >= 5 and word != prev:  # "azerbaijani" -> "azerbaijan" -> "azerbaij"
        prev, word = word, (_DEMONYM.sub("", word) or word)
    return word


def singular(word: str) -> str:
    """A plain English plural made singular ("guards" -> "guard"); other words unchanged."""
    if len(word) <= 4 or word in _PLURAL_KEEP or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


@lru_cache(maxsize=65536)
def org_key(name: str) -> str:
    """A bag-of-stems key for an organisation name (order-free; see the module docstring)."""
    words = [w for w in re.split(r"[^a-z0-9]+", re.sub(r"'s\b", "", fold(name))) if w]
    if words and words[0] == "the":
        words = words[1:]
    if words == ["united", "states"] or "".join(words) in {"us", "usa"}:
        return "us"
    bag = set()
    for w in words:
        if w in _ORG_STOP:
            continue
        w = _ORG_SYNONYMS.get(w, w)
        if w:
            bag.add(stem_place(singular(w)))
    if {"united", "states"} <= set(words):
        bag.add("us")
    return " ".join(sorted(bag))


def acronym(name: str) -> str:
    """The initials of a name's capitalised words ("Islamic Revolutionary Guards Corps" -> irgc)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    caps = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    if len(caps) < 2:
        return ""
    return "".join(w[0] for w in caps).lower()


def is_acronym(text: str) -> bool:
    """An all-capitals short token such as "IRGC", "U.N." or "NATO"."""
    s = text.replace(".", "").replace("&", "")
    return 2 <= len(s) <= 8 and s.isalpha() and s.isupper()
