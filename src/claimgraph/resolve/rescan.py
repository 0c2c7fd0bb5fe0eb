"""Second look at the text for names spaCy's small model misses or cuts wrongly.

Works on spans before they are cleaned (`mentions._clean`), with general rules only:

* capitalised runs ("New Freedonia Party", "Ministry of Foreign Affairs of Freedonia",
  "Freedonian embassy in Capital City") whose head is an organisation noun become ORG spans;
* a person's name at the end of a title or organisation run ("Secretary of Defense Jane Roe",
  "Agency Administrator Jane Roe") becomes its own PERSON span;
* a person span ending in an acronym ("Jane Roe ABC") loses it; an untagged all-capitals
  acronym of three or more letters ("NBCX", "MI7") becomes an ORG span;
* an organisation span ending in a person known elsewhere in the document is split.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from .roles import ROLE_WORDS, TITLE_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

ORG_HEADS = {
    "party", "forces", "army", "navy", "ministry", "embassy", "consulate", "parliament",
    "council", "agency", "committee", "corps", "guard", "guards", "commission", "department",
    "office", "service", "services", "court", "bank", "network", "tv", "news", "radio",
    "assembly", "administration", "union", "organization", "organisation", "institute",
    "university", "police", "front", "movement", "command", "authority", "bureau", "foundation",
    "federation", "league", "company", "corporation", "times", "post", "press", "journal",
    "channel", "broadcasting", "television", "senate", "congress", "government", "brigade",
    "division", "directorate", "secretariat", "mission", "academy", "seminary", "seminaries",
}
PERSON_TITLES = {"president", "minister", "secretary", "ambassador", "senator", "governor",
                 "mayor", "ayatollah", "sheikh", "imam", "mr", "mrs", "ms", "dr", "prof",
                 "chancellor", "premier", "spokesman", "spokeswoman", "envoy", "judge"}
# titles before "Given Surname" where the tagger may leave the given name out of the span
NAME_TITLES = PERSON_TITLES | {"interviewer", "host", "anchor", "presenter", "journalist",
                               "reporter", "correspondent", "columnist", "commentator",
                               "spokesperson", "lawmaker", "prosecutor", "colonel", "admiral"}
LOWER_HEADS = {"embassy", "consulate", "ministry", "army", "navy", "parliament", "government",
               "military", "police"}  # heads a demonym may precede in lower case
FORCE_MODIFIERS = {"armed", "security", "naval", "special", "border", "land", "ground"}
_CONNECT = {"of", "the", "for", "and", "on", "in", "to", "&"}
_COMPLEMENT = {"of", "for", "in", "on", "to"}
_POSS = {"'s", "’s"}
_NON_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _cap(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(ch.isalpha() for ch in tok.text) \
        and tok.ent_type_ not in _NON_NAME_ENTS


def _breaks(tok: Token) -> bool:
    return "\n" in tok.text_with_ws or "\n" in tok.text


def _joins(doc: Doc, j: int) -> bool:
    """A connecting word or possessive inside a capitalised run, before a capital or "the"."""
    t = doc[j]
    return (t.lower_ in _CONNECT or t.text in _POSS) and j + 1 < len(doc) and (
        _cap(doc[j + 1]) or doc[j + 1].lower_ == "the")


def capital_runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens joined by of/the/for/and/'s (no line break, no verb)."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        if not _cap(doc[i]) or doc[i].pos_ in ("VERB", "AUX"):
            i += 1
            continue
        j = i + 1
        while j < n and not _breaks(doc[j - 1]):
            t = doc[j]
            if (_cap(t) and t.pos_ not in ("VERB", "AUX")) or _joins(doc, j):
                j += 1
            else:
                break
        while j > i and (doc[j - 1].lower_ in _CONNECT or doc[j - 1].text in _POSS):
            j -= 1
        runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _lower_head(doc: Doc, i: int, j: int, places: set[str]) -> int:
    """A demonym run followed by a lower-case head ("Freedonian embassy"): the new run end."""
    if j >= len(doc) or _breaks(doc[j - 1]) or not (
            doc[j - 1].ent_type_ in ("NORP", "GPE") or doc[j - 1].text in places):
        return j
    if j + 1 < len(doc) and doc[j].lower_ in FORCE_MODIFIERS and doc[j + 1].lower_ == "forces":
        return j + 2  # "the Freedonian armed forces"
    if doc[j].lower_ in LOWER_HEADS:
        j += 1
        if j + 1 < len(doc) and doc[j].lower_ in ("in", "to") and _cap(doc[j + 1]):
            j += 1
            while j < len(doc) and _cap(doc[j]) and not _breaks(doc[j - 1]):
                j += 1
    return j


def org_span(doc: Doc, i: int, j: int, places: set[str] | None = None) -> tuple[int, int] | None:
    """The organisation name inside a capitalised run, or None (a word tagged as a person that
    the document elsewhere tags as a place or demonym is no person)."""
    while i < j and (doc[i].lower_ in TITLE_HEADS | _CONNECT
                     or doc[i].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PRON", "ADV")):
        i += 1  # "Chairman of the X Commission": the title is a role, not the name
    if i < j and doc[i].is_sent_start and doc[i].pos_ == "NOUN" and doc[i].lower_ not in ORG_HEADS:
        i += 1  # a capitalised common noun opening the sentence ("Delegates of the X Party")
        while i < j and doc[i].lower_ in _CONNECT:
            i += 1
    heads = [k for k in range(i, j) if doc[k].lower_ in ORG_HEADS]
    if not heads:
        return None
    h = heads[-1]
    end = h + 1
    if end < j and doc[end].lower_ in _COMPLEMENT:
        end = j
        for k in range(h + 1, j):
            if doc[k].lower_ in TITLE_HEADS or doc[k].ent_type_ == "PERSON":
                end = k
                break
        while end > h + 1 and (doc[end - 1].lower_ in _CONNECT or doc[end - 1].text in _POSS):
            end -= 1
    if end - i < 2 or any(doc[k].ent_type_ == "PERSON" and doc[k].text not in (places or ())
                          for k in range(i, end)):
        return None
    return i, end


def person_tail(doc: Doc, i: int, j: int) -> tuple[int, int] | None:
    """Plain capitalised words ending a title/organisation run: a person's name
    ("Secretary of Defense Jane Roe", "Agency Administrator Jane Roe", "President Roe")."""
    for k in (j - 3, j - 2, j - 1):
        if k <= i:
            continue
        single = j - k == 1
        prev = doc[k - 1].lower_
        if prev not in ROLE_WORDS | ORG_HEADS or (single and prev not in PERSON_TITLES):
            continue
        if not any(doc[m].lower_ in TITLE_HEADS for m in range(i, k)):
            continue
        if all(_tail_word(doc[m], single) for m in range(k, j)):
            return k, j
    return None


def _tail_word(t: Token, single: bool) -> bool:
    if not (t.is_title and t.is_alpha) or t.lower_ in ROLE_WORDS | ORG_HEADS | _CONNECT:
        return False
    return single or t.ent_type_ not in ("GPE", "NORP", "LOC")


def acronym_tokens(doc: Doc) -> list[int]:
    """Untagged all-capitals acronyms of three or more characters, outside all-capitals lines."""
    out = []
    for t in doc:
        s = t.text
        if not re.fullmatch(r"[A-Z][A-Z0-9]{2,5}", s) or sum(c.isalpha() for c in s) < 2:
            continue
        if t.is_stop or t.ent_type_ in _NON_NAME_ENTS | {"GPE", "LOC", "NORP"}:
            continue
        near = [doc[k] for k in (t.i - 1, t.i + 1) if 0 <= k < len(doc)]
        if any(n.is_alpha and n.is_upper and len(n) > 3 for n in near):
            continue  # a headline in capitals, not an acronym
        out.append(t.i)
    return out


def fix_spans(doc: Doc, ents: list[Span], places: set[str] | None = None) -> list[Span]:
    """spaCy's entity spans, corrected and completed by the rules of this module (`places`: the
    words tagged as places or demonyms anywhere in the document)."""
    from spacy.tokens import Span

    places = places or set()
    ents = [Span(doc, e.start, e.end, label="NORP") if e.label_ == "PERSON" and len(e) == 1
            and e.text in places else e for e in ents]  # a demonym tagged as a person
    known = _person_words(ents)
    spans: list[Span] = []
    for e in ents:
        spans.extend(_split(doc, e, known))
    for i, j in capital_runs(doc):
        j2 = _lower_head(doc, i, j, places)
        parts = _and_parts(doc, i, j)
        for a, b in parts:
            tail = person_tail(doc, a, b) if j2 == j or b < j else None
            if tail and not _covered(spans, *tail, "PERSON"):
                spans = _replace(spans, Span(doc, tail[0], tail[1], label="PERSON"))
        persons = {k for s in spans if s.label_ == "PERSON" for k in range(s.start, s.end)}
        for a, b in _org_parts(doc, parts, persons, j2):
            org = org_span(doc, a, b, places)
            if org and not any(k in persons for k in range(*org)):
                spans = _replace(spans, Span(doc, org[0], org[1], label="ORG"))
    taken = {k for s in spans for k in range(s.start, s.end)}
    for k in acronym_tokens(doc):
        if k not in taken:
            spans.append(Span(doc, k, k + 1, label="ORG"))
    spans.sort(key=lambda s: (s.start, -s.end))
    return _join_persons(doc, spans)


def _join_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """Adjacent person spans ("Said" + "Hassan Roe") are one name; so is a capitalised word
    between a title and a name ("Ayatollah Said Hassan Roe")."""
    from spacy.tokens import Span

    out: list[Span] = []
    for s in spans:
        if s.label_ == "PERSON":
            i = s.start
            while i > 1 and _name_word(doc[i - 1]) and doc[i - 2].lower_ in NAME_TITLES \
                    and not _breaks(doc[i - 1]):
                i -= 1
            if i != s.start and not (out and out[-1].end > i):
                s = Span(doc, i, s.end, label="PERSON")
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == s.label_ == "PERSON" and prev.end == s.start \
                and not _breaks(doc[prev.end - 1]) and doc[prev.end - 1].whitespace_:
            out[-1] = Span(doc, prev.start, s.end, label="PERSON")
            continue
        out.append(s)
    return out


def _name_word(tok: Token) -> bool:
    return tok.is_title and tok.is_alpha and tok.lower_ not in ROLE_WORDS | ORG_HEADS \
        and tok.ent_type_ not in ("GPE", "NORP", "ORG")


def _and_parts(doc: Doc, i: int, j: int) -> list[tuple[int, int]]:
    """A run cut at "and"/"&" ("Minister Jane Roe and Senator John Doe")."""
    parts, a = [], i
    for k in range(i, j):
        if doc[k].lower_ in ("and", "&"):
            parts.append((a, k))
            a = k + 1
    parts.append((a, j))
    return [(a, b) for a, b in parts if b > a]


def _org_parts(doc: Doc, parts: list[tuple[int, int]], persons: set[int],
               end: int) -> list[tuple[int, int]]:
    """Parts to read as organisation names; a headless part of plain words joins the next one
    ("National Security and Foreign Policy Commission")."""
    out: list[tuple[int, int]] = []
    for n, (a, b) in enumerate(parts):
        if n == len(parts) - 1:
            b = max(b, end)
        prev = out[-1] if out else None
        if prev and prev[1] + 1 == a and _plain(doc, *prev, persons):
            out[-1] = (prev[0], b)
        else:
            out.append((a, b))
    return out


def _plain(doc: Doc, a: int, b: int, persons: set[int]) -> bool:
    return not any(k in persons or doc[k].lower_ in ORG_HEADS | TITLE_HEADS
                   or doc[k].ent_type_ in ("GPE", "NORP", "PERSON") for k in range(a, b))


def _person_words(ents: list[Span]) -> set[str]:
    """Surnames and single names of the document's person spans."""
    out = set()
    for e in ents:
        if e.label_ == "PERSON":
            words = [t.text for t in e if t.is_alpha and t.is_title]
            if words:
                out.add(words[-1])
    return out


def _split(doc: Doc, e: Span, known: set[str]) -> list[Span]:
    """A person span ending in an acronym, an organisation span ending in a known person."""
    from spacy.tokens import Span

    if e.label_ == "PERSON" and len(e) >= 2 and re.fullmatch(r"[A-Z]{2,6}", e[-1].text):
        return [Span(doc, e.start, e.end - 1, label="PERSON"),
                Span(doc, e.end - 1, e.end, label="ORG")]
    if e.label_ in ("NORP", "GPE", "ORG") and 2 <= len(e) <= 3 and e.start > 0 \
            and doc[e.start - 1].lower_ in TITLE_HEADS and doc[e.start - 1].is_lower \
            and all(t.is_title and t.is_alpha and t.lower_ not in ORG_HEADS for t in e):
        return [Span(doc, e.start, e.end, label="PERSON")]  # "journalist Jane Roe"
    if e.label_ == "GPE" and e.start >= 2 and doc[e.start - 1].lower_ == "of" \
            and doc[e.start - 2].lower_ in LOWER_HEADS and doc[e.start - 2].is_lower:
        return [Span(doc, e.start - 2, e.end, label="ORG")]  # "the army of Freedonia"
    if e.label_ != "PERSON" and len(e) >= 3 and e[-1].text in known and e[-2].is_title \
            and e[-2].is_alpha and e[-2].lower_ not in ROLE_WORDS | ORG_HEADS:
        return [Span(doc, e.start, e.end - 2, label=e.label_),
                Span(doc, e.end - 2, e.end, label="PERSON")]
    return [e]


def _covered(spans: list[Span], i: int, j: int, label: str) -> bool:
    return any(s.start <= i and j <= s.end and s.label_ == label for s in spans)


def _overlaps_person(spans: list[Span], i: int, j: int) -> bool:
    return any(s.start < j and i < s.end and s.label_ == "PERSON" for s in spans)


def _replace(spans: list[Span], new: Span) -> list[Span]:
    """Add a span; drop the spans it overlaps."""
    keep = [s for s in spans if s.end <= new.start or s.start >= new.end]
    return keep + [new]
