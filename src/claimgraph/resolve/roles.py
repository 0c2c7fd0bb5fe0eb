"""Roles and titles: "Deputy Foreign Minister X", "X, the spokesman of the council".

A premodifying title is peeled off a name into `Mention.role`; an apposition after the name is read
as its role too. The words here are general English titles, not names from any corpus.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TITLE_HEADS = {
    "president", "vice", "prime", "minister", "secretary", "spokesman", "spokeswoman",
    "spokesperson", "ambassador", "envoy", "chairman", "chairwoman", "chair", "commander",
    "general", "gen", "gen.", "colonel", "col", "col.", "lieutenant", "lt", "lt.", "major",
    "captain", "admiral", "sergeant", "ayatollah", "grand", "sheikh", "imam", "cleric",
    "adviser", "advisor", "coordinator", "director", "head", "chief", "leader", "king", "queen",
    "prince", "princess", "emperor", "senator", "sen", "sen.", "rep", "rep.", "representative",
    "governor", "gov", "gov.", "mayor", "judge", "justice", "speaker", "deputy", "assistant",
    "acting", "former", "ex", "late", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
    "prof", "prof.", "professor", "sir", "dame", "lord", "lady", "bishop", "archbishop", "pope",
    "cardinal", "rabbi", "father", "journalist", "reporter", "correspondent", "editor", "host",
    "anchor", "interviewer", "analyst", "expert", "researcher", "lawmaker", "legislator", "mp",
    "official", "officer", "agent", "spy", "attorney", "prosecutor",
    "counsel", "ceo", "founder", "chancellor", "premier", "councillor", "councilor", "member",
    "hojatoleslam", "mullah", "emir", "sultan", "crown", "field", "marshal", "brigadier",
    "retired", "top", "senior", "undersecretary", "under-secretary", "consul",
    "attaché", "commissioner", "vice-president", "cabinet", "administrator", "presenter",
    "columnist", "commentator",
}
ROLE_WORDS = TITLE_HEADS | {"foreign", "defence", "defense", "interior", "state", "national",
                            "security", "affairs", "army", "navy", "air", "force", "house",
                            "white", "intelligence", "staff", "parliament", "parliamentary",
                            "supreme", "revolution", "islamic", "presidential", "press",
                            "chief-of-staff", "economy", "finance", "justice", "health",
                            "education", "energy", "trade", "commerce", "communications",
                            "strategic", "strategy", "department", "ministry", "council",
                            "committee", "commission", "assembly", "cia", "fbi", "gru", "kgb",
                            "nato", "un", "eu", "us", "u.s.", "uk", "u.k."}
_JOIN = {"of", "the", "for", "and", "on", "to", "-", "'s", "’s"}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir"}


def is_title_word(word: str) -> bool:
    """A word that heads or modifies a title ("Deputy", "Minister", "Ayatollah")."""
    return word.lower() in TITLE_HEADS


def _role_token(tok: Token, places: set[str]) -> bool:
    low = tok.lower_
    if low in ROLE_WORDS or low in _JOIN or tok.text in places:
        return True
    return tok.ent_type_ in ("NORP", "GPE") or (tok.is_title and tok.pos_ == "PROPN"
                                                 and tok.ent_type_ in ("ORG", ""))


def premodifier(span: Span, places: set[str]) -> tuple[int, str] | None:
    """The title words right before a person's name: (start character, role text), or None."""
    doc = span.doc
    i = span.start
    sent_start = span.sent.start if doc.has_annotation("SENT_START") else 0
    while (i > sent_start and _role_token(doc[i - 1], places)
           and "\n" not in doc[i - 1].text_with_ws
           and doc[i - 1].lower_ not in ("and", "&") and doc[i - 1].ent_type_ != "PERSON"):
        i -= 1
    i = min(i, _left_edge(span, sent_start))
    while i < span.start and doc[i].lower_ in _JOIN | {"former", "late"}:
        i += 1
    if i == span.start:
        return None
    words = doc[i:span.start]
    if not any(t.lower_ in TITLE_HEADS for t in words):
        return None
    if words[-1].lower_ in _JOIN:
        return None
    return words.start_char, words.text


def org_descriptor(span: Span) -> str | None:
    """A common-noun phrase right before an organisation's name that describes it ("the
    state-run news agency X", "Ruritanian opposition party Y"): its text, or None."""
    doc = span.doc
    if span.start == 0:
        return None
    prev = doc[span.start - 1]
    if prev.pos_ != "NOUN" or not prev.is_lower or "\n" in prev.text_with_ws:
        return None
    sent_start = span.sent.start if doc.has_annotation("SENT_START") else 0
    i = _left_edge(span, sent_start)
    if i == span.start or span.start - i > 8:
        return None
    return doc[i:span.start].text


def _left_edge(span: Span, floor: int) -> int:
    """Where the noun phrase a name heads begins ("New York-based journalist Jane Roe")."""
    doc = span.doc
    root = span.root
    i = span.start
    heads = [root]
    if root.head.i == span.start - 1 and root.dep_ in ("appos", "compound", "npadvmod"):
        heads.append(root.head)  # "told 60 Minutes host Jane Roe": the name glosses its head
        i = root.head.i
    for head in heads:
        for child in head.lefts:
            if child.i < span.start and child.dep_ in ("compound", "amod", "nmod", "poss"):
                i = min(i, child.left_edge.i)
    while i < span.start and (doc[i].is_punct or doc[i].pos_ in ("DET", "ADP", "VERB", "AUX")):
        i += 1
    toks = doc[i:span.start]
    if i < floor or any((t.pos_ in ("VERB", "AUX") and t.dep_ != "amod")
                        or t.text in (",", ";", ":", "(", ")")
                        or "\n" in t.text_with_ws for t in toks):
        return span.start
    return i


def apposition(span: Span) -> str | None:
    """A role in apposition after a name: "X, the spokesman for the ministry, said"."""
    doc = span.doc
    j = span.end
    if j >= len(doc) - 1 or doc[j].text != ",":
        return None
    head = span.root
    for child in head.children:
        if child.dep_ == "appos" and child.i > span.end and child.lower_ in TITLE_HEADS:
            left = child.left_edge.i
            right = _affiliation_end(doc, _clause_end(child))
            if right - left > 16:
                right = child.i
            text = doc[left:right + 1].text
            return re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    return None


def _clause_end(tok: Token) -> int:
    """The last token of an apposition: its subtree up to the comma, dash or bracket that closes
    it ("the editor of the X Daily, who said ..." ends before ", who")."""
    right = tok.right_edge.i
    doc = tok.doc
    for k in range(tok.i + 1, right + 1):
        if doc[k].text in (",", ";", ":", "(", ")", "—", "–") or "\n" in doc[k].text_with_ws:
            return k - 1 if doc[k].text in (",", ";", ":", "(", ")", "—", "–") else k
    return right


def _affiliation_end(doc: Doc, right: int) -> int:
    """An apposition followed by ", Proper Name." at the end of its sentence takes it along
    ("X, chairman of the budget committee, Ruritanian Parliament.")."""
    k = right + 1
    if k >= len(doc) - 1 or doc[k].text != ",":
        return right
    m = k + 1
    while m < len(doc) and doc[m].pos_ == "PROPN" and m - k <= 4:
        m += 1
    ends = m == len(doc) or doc[m].text in (".", "!") or "\n" in doc[m - 1].text_with_ws
    return m - 1 if m > k + 1 and ends else right


def split_leading_titles(words: list[str]) -> int:
    """How many leading words of a name are titles ("President", "Deputy Foreign Minister")."""
    n = 0
    while n < len(words) - 1 and (words[n].lower() in ROLE_WORDS | _JOIN
                                  and words[n].lower() not in {"us", "u.s.", "uk", "un", "eu"}):
        n += 1
    while n > 0 and words[n - 1].lower() in _JOIN:
        n -= 1
    if n and not any(w.lower() in TITLE_HEADS for w in words[:n]):
        return 0
    return n
