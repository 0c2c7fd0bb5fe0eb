"""Mentions of entities in one document, cleaned, typed and grouped into in-document clusters.

spaCy's small model gives the raw material (`doc.ents`); this module cleans it: a leading "the",
a trailing possessive, leading titles ("President", "Deputy Foreign Minister", moved into
`Mention.role`), a country name glued before a person's name; it fixes types the model often gets
wrong (a surname tagged NORP, a two-word person tagged ORG, an outlet tagged ORG is MEDIA) and adds
acronyms given in parentheses. `linking.cluster_mentions` then groups the mentions.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Mention
from ..places import demonym, state_name
from .candidate import Candidate
from .dateline import datelines
from .echoes import echoes
from .linking import cluster_mentions
from .match import near_spelling
from .normalize import is_acronym
from .rescan import fix_spans
from .roles import (
    HONORIFICS,
    apposition,
    org_descriptor,
    premodifier,
    split_leading_titles,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

log = logging.getLogger(__name__)

TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "NORP"}
ORG_WORDS = {
    "ministry", "council", "party", "agency", "committee", "commission", "university",
    "institute", "corps", "army", "forces", "force", "navy", "guard", "guards", "police",
    "department", "office", "bank", "company", "group", "association", "union", "assembly",
    "parliament", "congress", "senate", "court", "government", "administration", "embassy",
    "service", "services", "foundation", "organization", "organisation", "center", "centre",
    "bureau", "authority", "command", "academy", "federation", "league", "movement", "front",
    "brigade", "network", "corporation", "inc", "ltd", "news", "times", "post", "press",
}
MEDIA_WORDS = {
    "news", "times", "post", "press", "tv", "television", "radio", "agency", "journal",
    "gazette", "herald", "tribune", "daily", "channel", "broadcasting", "newspaper", "magazine",
    "wire", "media", "chronicle", "telegraph", "observer", "review", "monitor", "fm",
}
UI_WORDS = ("Save", "Share", "Subscribe", "Menu", "Login", "Follow", "Tweet", "Print", "Email")
_DETS = {"the", "a", "an", "this", "that", "these", "those"}
_POSS = {"'s", "’s", "'", "’"}


def find_mentions(doc: Doc) -> list[Mention]:
    """Named-entity mentions with in-document cluster ids and roles (offsets into doc.text)."""
    places = {e.text for e in doc.ents if e.label_ in ("GPE", "NORP")}
    ents = fix_spans(doc, [e for e in doc.ents if e.label_ in TYPES], places)
    cands = [c for e in ents for c in _clean(e, places)]
    cands = _describe(doc, _given_names(_acronym_types(_retype(cands, places))))
    cands = _dateline_places(doc.text, cands)
    cands.extend(_acronyms(doc, cands))
    cands.extend(echoes(doc, cands))
    cands.sort(key=lambda c: (c.start, -c.end))
    clusters = cluster_mentions(cands)
    return [Mention(c.start, c.end, c.text, c.type, clusters[i], c.role)
            for i, c in enumerate(cands)]


# reporting verbs that spaCy reads as the end of a name in a title-case headline
HEADLINE_VERBS = frozenset("""says said tells told claims warns denies urges asks admits insists
vows slams blasts accuses rejects calls""".split())


def _clean(ent: Span, places: set[str]) -> list[Candidate]:
    """Trim one spaCy entity to its name; peel titles into the role."""
    doc = ent.doc
    i, j = ent.start, ent.end
    while i < j and (doc[i].lower_ in _DETS or doc[i].is_punct):
        i += 1
    while j > i and (doc[j - 1].text in _POSS or doc[j - 1].is_punct or doc[j - 1].is_space):
        j -= 1
    while j - i > 1 and doc[j - 1].is_title and doc[j - 1].lower_ in HEADLINE_VERBS:
        j -= 1  # "Obama Says" in a title-case headline: the verb is no part of the name
    for k in range(i, j):  # a name never runs over a line break
        if "\n" in doc[k].text_with_ws and k + 1 < j:
            j = k + 1
            break
    if i >= j:
        return []
    kind = TYPES[ent.label_]
    words = [t.text for t in doc[i:j]]
    role = None
    if kind in ("PERSON", "ORG", "NORP"):
        n = split_leading_titles(words)
        if n == len(words) - 1 and words[-1].lower() in {"leader", "president"}:
            n = 0
        if n and n < len(words) and words[n] in ("-", "–"):
            n = 0  # "ex-Freedonian": a prefix, not a title before a name
        if n:
            role = doc[i:i + n].text
            i += n
            kind = "PERSON" if kind == "NORP" else kind
    if kind == "PERSON" and doc[j - 1].tag_ == "NNPS":
        kind = "NORP"  # "Shia Muslims": a group, not a person
    if kind == "PERSON" and j - i >= 3 and doc[i].text in places:
        role = doc[i].text if role is None else f"{role} {doc[i].text}"
        i += 1
    span = doc[i:j]
    text = _cut_glued(span.text)
    if not _plausible(text):
        return []
    if kind == "PERSON" and (role is None or len(role.split()) == 1):
        pre = premodifier(doc[ent.start:j], places)
        found = pre[1] if pre else apposition(span)
        role = f"{found} {role}" if found and role and role not in found else (found or role)
    title_only = kind == "PERSON" and split_leading_titles(words + ["X"]) == len(words)
    if title_only:
        role = text
    return [Candidate(span.start_char, span.start_char + len(text), text, kind, role, title_only)]


def _cut_glued(text: str) -> str:
    """Cut a menu word glued to a name by a lost line break ("Kyiv IndependentSave")."""
    for w in UI_WORDS:
        m = re.search(rf"[a-z]{{3}}{w}\b", text)
        if m:
            return text[:m.start() + 3].rstrip()
    return text


def _plausible(text: str) -> bool:
    if not text or len(text) > 90 or not re.search(r"[A-Za-z]", text):
        return False
    if not any(ch.isupper() for ch in text):
        return False
    return text.lower().strip(".") not in HONORIFICS


def _retype(cands: list[Candidate], places: set[str]) -> list[Candidate]:
    """Fix the small model's frequent type errors, using the rest of the document."""
    surnames = {c.words()[-1] for c in cands
                if c.type == "PERSON" and len(c.words()) >= 2 and not c.title_only}
    singles = {c.text for c in cands if c.type == "PERSON" and len(c.words()) == 1}
    inner = {w for c in cands if c.type == "PERSON" and len(c.words()) >= 3 and not c.title_only
             for w in c.words()[1:]}
    out = []
    for c in cands:
        words = c.words()
        low = {w.lower() for w in words}
        kind = c.type
        if state_name(c.text):
            kind = "GPE"  # "the Kingdom of X", "the Xian Federation": the state itself
        elif kind == "PERSON" and low & ORG_WORDS and not c.title_only:
            kind = "ORG"
        elif kind == "PERSON" and len(words) == 1 and c.text in places and not c.role:
            kind = "NORP"
        elif _surname_shaped(kind, words, surnames, inner, c.text, singles):
            kind = "PERSON"
        if kind == "ORG" and low & MEDIA_WORDS:
            kind = "MEDIA"
        out.append(replace(c, type=kind) if kind != c.type else c)
    return out


def _dateline_places(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The capitalised place of a dateline ("OSLO —") is a place, whatever the tagger said
    (or the type the same name has elsewhere in the text, so that the two stay one entity)."""
    spans = [(d.start, d.place_end) for d in datelines(text)]
    inside = [any(a <= c.start and c.end <= b for a, b in spans) for c in cands]
    if not any(inside):
        return cands
    elsewhere = {c.text.lower(): c.type for c, dl in zip(cands, inside, strict=True) if not dl}
    return [replace(c, type=elsewhere.get(c.text.lower(), "GPE"), role=None) if dl else c
            for c, dl in zip(cands, inside, strict=True)]


def _acronym_types(cands: list[Candidate]) -> list[Candidate]:
    """An acronym means one thing in one document: tagged an organisation somewhere and a place
    elsewhere, it is the organisation everywhere (a state's own initials, "UK", are left alone)."""
    org: dict[str, str] = {}
    for c in cands:
        if c.type in ("ORG", "MEDIA") and is_acronym(c.text) and not demonym(c.text):
            org.setdefault(c.text, c.type)
    return [replace(c, type=org[c.text]) if c.type in ("GPE", "NORP") and c.text in org else c
            for c in cands]


def _describe(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """An organisation's descriptive phrase before its name is its role ("the state-run news
    agency X"); read once the types are settled."""
    out = []
    for c in cands:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if c.type in ("ORG", "MEDIA") and c.role is None and span is not None:
            c = replace(c, role=org_descriptor(span))
        out.append(c)
    return out


def _given_names(cands: list[Candidate]) -> list[Candidate]:
    """A lone word the tagger took for a place or group is a person when it is the given name of
    exactly one person named in full in the document ("Jane" after "Jane Roe")."""
    given = _only_given_names(cands)
    return [replace(c, type="PERSON") if c.type != "PERSON" and c.text in given
            and _person_shaped(c.words()) else c for c in cands]


def _only_given_names(cands: list[Candidate]) -> set[str]:
    """Given names that start exactly one full person name of the document ("Jane" of "Jane
    Roe"); a given name shared by two different people is left out."""
    owners: dict[str, set[str]] = {}
    for c in cands:
        words = c.words()
        if c.type == "PERSON" and len(words) >= 2 and not c.title_only and words[0].isalpha():
            owners.setdefault(words[0], set()).add(words[-1])
    return {g for g, surnames in owners.items() if len(surnames) == 1}


def _person_shaped(words: list[str]) -> bool:
    """One to three capitalised words with no organisation word ("Kamran Rustamov", "M. X")."""
    if not 1 <= len(words) <= 3 or any(w.lower() in ORG_WORDS for w in words):
        return False
    return all(w[:1].isupper() and (w.replace(".", "").replace("-", "").isalpha()) for w in words)


def _surname_shaped(kind: str, words: list[str], surnames: set[str], inner: set[str],
                    text: str, singles: set[str]) -> bool:
    """A non-person span that names a person: it ends in a known surname (or is inside a known
    name), or a short "ORG" ends in a single-word person name."""
    if kind != "PERSON" and (words[-1] in surnames or text in inner) and _person_shaped(words):
        return True
    if kind != "PERSON" and len(words) == 1 and _person_shaped(words) and any(
            near_spelling(words[0], s) for s in surnames):
        return True
    return kind == "ORG" and len(words) in (2, 3) and words[-1] in singles and _person_shaped(words)


def _acronyms(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"Long Name (LN)": the acronym in parentheses right after a long form, if not yet a
    mention."""
    text = doc.text
    have = {(c.start, c.end) for c in cands}
    out = []
    for c in cands:
        if c.type not in ("ORG", "MEDIA", "GPE"):
            continue
        m = re.match(r"\s*\(([A-Z][A-Za-z.&]{1,9})\)", text[c.end:c.end + 14])
        if not m or not is_acronym(m.group(1)):
            continue
        start = c.end + m.start(1)
        end = c.end + m.end(1)
        if (start, end) not in have:
            out.append(Candidate(start, end, m.group(1), c.type, None, False, (c.start, c.end)))
        else:
            for other in cands:
                if (other.start, other.end) == (start, end):
                    other.paren_of = (c.start, c.end)
    return out
