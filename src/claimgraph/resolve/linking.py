"""In-document clustering of mentions: one cluster per entity named in the document.

Rules, in order: the same name (same key) is one entity; two full person names that are spellings
of each other are one person; a surname, an initial and surname or a title and surname joins the
nearest full name before it that it fits (after it, for a headline); a bare title ("the Supreme
Leader") joins the person last given that title; an acronym joins the long form it abbreviates (the
one it follows in parentheses first); a short organisation name ("Revolutionary Guards") joins the
only longer name in the document that contains it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from ..places import state_name
from .match import ends_joined, is_initial, near_spelling, person_match, short_matches_full
from .normalize import acronym, is_acronym, name_key, name_tokens, org_key, person_key

if TYPE_CHECKING:
    pass

GROUPS = {"PERSON": "P", "ORG": "O", "MEDIA": "O", "GPE": "G", "NORP": "N"}
GENERIC = {"ministry", "council", "party", "agency", "committee", "commission", "government",
           "parliament", "army", "forces", "military", "office", "department", "embassy",
           "administration", "court", "police", "president", "minister", "foreign", "national",
           "state", "guard", "guards", "force", "news", "media", "group"}


class _Cand(Protocol):
    start: int
    end: int
    text: str
    type: str
    role: str | None
    title_only: bool
    paren_of: tuple[int, int] | None


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def mention_key(text: str, kind: str) -> str:
    """The in-document identity key of a mention's text."""
    if kind == "PERSON":
        return person_key(name_tokens(text))
    if kind in ("ORG", "MEDIA"):
        return org_key(text)
    return place_key(text) if kind == "GPE" else name_key(text)


def place_key(text: str) -> str:
    """A place's key; a state's formal name keys as its short name ("Kingdom of X" -> "x")."""
    return name_key(state_name(text) or text)


def is_full_person(c: _Cand) -> bool:
    """A person mention with a given name and a surname (not an initial, not a bare title)."""
    toks = name_tokens(c.text)
    return c.type == "PERSON" and not c.title_only and len(toks) >= 2 and not is_initial(toks[0])


def cluster_mentions(cands: Sequence[_Cand]) -> list[int]:
    """Cluster ids (0, 1, ... by first occurrence) for mentions sorted by position."""
    uf = _Union(len(cands))
    _same_key(cands, uf)
    _persons(cands, uf)
    _titles(cands, uf)
    _acronyms(cands, uf)
    _org_short_forms(cands, uf)
    ids: dict[int, int] = {}
    return [ids.setdefault(uf.find(i), len(ids)) for i in range(len(cands))]


def _same_key(cands: Sequence[_Cand], uf: _Union) -> None:
    first: dict[tuple[str, str], int] = {}
    for i, c in enumerate(cands):
        if c.title_only or (c.type == "PERSON" and not is_full_person(c)):
            continue
        key = (GROUPS[c.type], mention_key(c.text, c.type))
        if key[1]:
            uf.join(first.setdefault(key, i), i)


def _persons(cands: Sequence[_Cand], uf: _Union) -> None:
    full = [i for i, c in enumerate(cands) if is_full_person(c)]
    for x, i in enumerate(full):
        for j in full[x + 1:]:
            if uf.find(i) != uf.find(j) and _same_full(cands[i].text, cands[j].text):
                uf.join(i, j)
    for i, c in enumerate(cands):
        if c.type != "PERSON" or c.title_only or is_full_person(c):
            continue
        toks = name_tokens(c.text)
        fits = [j for j in full if short_matches_full(toks, name_tokens(cands[j].text))]
        if not fits and len(toks) == 1:  # a one-consonant variant of one person's surname
            fits = [j for j in full if near_spelling(toks[0], name_tokens(cands[j].text)[-1])]
        if not fits and len(toks) == 1:  # a bare given name: only if it is one person's
            fits = [j for j in full if name_tokens(cands[j].text)[0] == toks[0]]
            if len({name_key(cands[j].text.split()[-1]) for j in fits}) > 1:
                fits = []
        if len({uf.find(j) for j in fits}) > 1:
            continue  # a surname shared by a father and a daughter in the text: leave it apart
        near = _nearest(cands, i, fits)
        if near is not None:
            uf.join(i, near)
    _same_short(cands, uf)


def _same_full(a: str, b: str) -> bool:
    """Two full names in one document: spellings of each other, or one ends the other."""
    ta, tb = name_tokens(a), name_tokens(b)
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) < len(long_) and [person_key([t]) for t in long_[-len(short):]] == [
            person_key([t]) for t in short]:
        return True
    if ends_joined(ta, tb) or ends_joined(tb, ta):
        return True
    return person_match(ta, tb)


def _same_short(cands: Sequence[_Cand], uf: _Union) -> None:
    """Surname-only mentions that joined no full name still form one cluster per surname."""
    first: dict[str, int] = {}
    for i, c in enumerate(cands):
        if c.type == "PERSON" and not c.title_only and not is_full_person(c):
            key = person_key(name_tokens(c.text)[-1:])
            if uf.find(i) == i:
                uf.join(first.setdefault(key, i), i)
            else:
                first.setdefault(key, i)


def _nearest(cands: Sequence[_Cand], i: int, options: list[int]) -> int | None:
    before = [j for j in options if cands[j].start < cands[i].start]
    if before:
        return max(before, key=lambda j: cands[j].start)
    after = [j for j in options if cands[j].start > cands[i].start]
    return min(after, key=lambda j: cands[j].start) if after else None


def _titles(cands: Sequence[_Cand], uf: _Union) -> None:
    """A bare title joins the person it glosses ("the Chief [Roe]"), else the only person in the
    document whose role holds that title."""
    spans = {(c.start, c.end): i for i, c in enumerate(cands)}
    for i, c in enumerate(cands):
        if not c.title_only:
            continue
        if c.paren_of and c.paren_of in spans:
            uf.join(spans[c.paren_of], i)
            continue
        title = name_key(c.text)
        fits = [j for j, o in enumerate(cands) if o.type == "PERSON" and not o.title_only
                and o.role and _role_has(name_key(o.role), title)]
        if len({uf.find(j) for j in fits}) == 1:
            uf.join(fits[0], i)


def _role_has(role: str, title: str) -> bool:
    return f" {title} " in f" {role} " and len(title) >= 4


def _acronyms(cands: Sequence[_Cand], uf: _Union) -> None:
    spans = {(c.start, c.end): i for i, c in enumerate(cands)}
    for i, c in enumerate(cands):
        if c.type not in ("ORG", "MEDIA", "GPE") or not is_acronym(c.text):
            continue
        if c.paren_of and c.paren_of in spans:
            uf.join(spans[c.paren_of], i)
            continue
        short = c.text.replace(".", "").lower()
        fits = {uf.find(j) for j, o in enumerate(cands)
                if j != i and o.type in ("ORG", "MEDIA", "GPE") and acronym(o.text) == short}
        if len(fits) == 1:
            uf.join(fits.pop(), i)


def _org_short_forms(cands: Sequence[_Cand], uf: _Union) -> None:
    orgs = [i for i, c in enumerate(cands) if c.type in ("ORG", "MEDIA")]
    for i in orgs:
        words = name_key(cands[i].text).split()
        if not words or (len(words) == 1 and words[0] in GENERIC) or is_acronym(cands[i].text):
            continue
        fits = {uf.find(j) for j in orgs if uf.find(j) != uf.find(i)
                and _contains(name_key(cands[j].text).split(), words)}
        if len(fits) == 1:
            uf.join(fits.pop(), i)


def _contains(long_: list[str], short: list[str]) -> bool:
    n = len(short)
    if n >= len(long_):
        return False
    return any(long_[k:k + n] == short for k in range(len(long_) - n + 1))
