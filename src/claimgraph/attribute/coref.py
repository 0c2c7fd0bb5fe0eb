"""A small rule-based resolver: speaker mentions to the entity they name in the document.

Pronouns and descriptors ("he", "the ministry", "the former commander") go to the most salient
earlier mention that agrees in type and number: recent sentences first, subjects and the last
speaker preferred. A short form ("Doe") resolves to the longest proper name of its cluster
("John Doe"). What cannot be resolved keeps its own noun phrase ("officials", "the statement").
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Mention
from ..places import state_name
from ..resolve.dateline import datelines
from . import lexicon, sents
from .speakers import (
    agent_of,
    appositions,
    document_of,
    named_as,
    names_in_role,
    phrase_bounds,
    role_word,
    title_only,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

WINDOW_SENTS = 10


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: canonical name, the mention tied to the statement, its cluster."""

    name: str
    span: tuple[int, int]
    cluster: int = -1
    type: str | None = None


def _who(noun: Token) -> bool:
    """ "an architect who said …": a relative "who" says the noun is a person."""
    return any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") for g in c.children)
               for c in noun.children)


NAME_EDGES = " ,.;:[]()\"<>*|#="  # never at a name's edge: markup left in a page dump ('">Doe')


def _strip_name(text: str, person: bool = False) -> str:
    """A name without its article, possessive, dangling function words or (for a person)
    leading titles ("Defense Secretary Jane Roe" -> "Jane Roe")."""
    words = " ".join(text.split()).strip(NAME_EDGES).split(" ")
    if words and words[0].lower() == "the":
        words = words[1:]
    while words and words[-1].lower() in lexicon.DANGLING:
        words = words[:-1]
    if words:
        for suffix in ("’s", "'s"):
            if words[-1].endswith(suffix):
                words[-1] = words[-1][: -len(suffix)]
    if person:
        while len(words) > 2 and words[0].lower().rstrip(".") in lexicon.TITLE_WORDS:
            words = words[1:]
    return " ".join(words).strip(NAME_EDGES)


class Resolver:
    """Resolves speaker heads of one document to canonical names."""

    def __init__(self, doc: Doc, mentions: list[Mention],
                 quoted: Callable[[int], object] | None = None) -> None:
        self.doc = doc
        self.quoted = quoted or (lambda pos: None)
        self.datelines = [(d.start, d.place_end) for d in datelines(sents.text_of(doc))]
        self.mentions = sorted((m for m in mentions if not self._dated(m.start)),
                               key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.canon = self._canonical_names()
        self.last: Speaker | None = None
        self.history: list[Speaker] = []
        self.sent_starts = [doc[i].idx for i in sents.starts(doc)]

    def _dated(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.datelines)

    def in_dateline(self, head: Token) -> bool:
        """Whether a word is the place of a dateline ("OSLO —"): never a speaker."""
        return self._dated(head.idx)

    def _canonical_names(self) -> dict[int, str]:
        best: dict[int, str] = {}
        for m in self.mentions:
            name = _strip_name(m.text, m.type == "PERSON")
            if m.type == "GPE" and state_name(name):
                name = state_name(name) or name  # "Kingdom of X" speaks as "X"
            if m.type == "PERSON" and title_only(name) and best.get(m.cluster):
                continue
            if len(name) > len(best.get(m.cluster, "")) or title_only(best.get(m.cluster, "")):
                best[m.cluster] = name
        persons = [(m.cluster, _strip_name(m.text)) for m in self.mentions if m.type == "PERSON"]
        for cl, name in persons:  # a surname alone goes to the full name that ends with it
            if " " in best.get(cl, " "):
                continue
            full = [best[c] for c, _ in persons if c != cl and " " in best[c]
                    and best[c].split()[-1] == name]
            if full:
                best[cl] = max(full, key=len)
        return best

    def mention_at(self, a: int, b: int) -> Mention | None:
        """The mention that best covers the character span [a, b)."""
        i = bisect.bisect_right(self.starts, b) - 1
        found = None
        while i >= 0 and self.mentions[i].end > a - 200:
            m = self.mentions[i]
            longer = found is None or m.end - m.start > found.end - found.start
            if m.start < b and m.end > a and longer:
                found = m
            i -= 1
        return found

    def speaker(self, head: Token) -> Speaker | None:
        """The speaker named by a subject head (a name, a pronoun or a descriptor)."""
        lower = head.lower_
        if lower in lexicon.FIRST_PERSON or self.in_dateline(head):
            return None
        if head.pos_ == "PRON" or lower in lexicon.PRONOUNS:
            return self._pronoun(head)
        a, b = phrase_bounds(head)
        span = (self.doc[a].idx, self.doc[b - 1].idx + len(self.doc[b - 1]))
        m = self.mention_at(head.idx, head.idx + len(head))
        if m is None or m.type != "PERSON" or title_only(m.text):
            inner = self._person_inside(head)
            if inner is not None:
                return self._keep(inner)
        if m is not None and (head.pos_ == "PROPN" or m.type not in ("GPE", "NORP")):
            joint = self._joint(head, m) if m.type == "PERSON" else None
            return self._keep(joint) if joint else self._from_mention(m, span)
        if head.pos_ == "PROPN":
            named = self._by_surname(head.text)
            if named is not None:
                return self._keep(Speaker(named[1], span, named[0], "PERSON"))
        for app in appositions(head):
            am = self.mention_at(app.idx, app.idx + len(app))
            if am is not None and am.type == "PERSON":
                return self._from_mention(am, span)
        return self._descriptor(head, span)

    def unresolved(self, head: Token) -> Speaker | None:
        """A speaker the document does not name: a third-person pronoun with no antecedent in
        reach, or a noun for a person that is not a source word ("a reader", "the visitor") keeps
        its own words, with no entity."""
        lower = head.lower_
        if lower in lexicon.FIRST_PERSON or lower in ("you", "one") or head.tag_ in ("WP", "WDT") \
                or self.in_dateline(head):
            return None
        if head.pos_ == "PRON" and lower not in lexicon.THIRD_PERSON:
            return None
        if head.pos_ == "NOUN" and not (lexicon.human_noun(head) or _who(head)):
            return None
        if head.pos_ not in ("PRON", "NOUN", "PROPN"):
            return None
        a, b = phrase_bounds(head)
        span = (self.doc[a].idx, self.doc[b - 1].idx + len(self.doc[b - 1]))
        name = _strip_name(sents.text_of(self.doc)[span[0]:span[1]]) or head.text
        return Speaker(name, span)

    def _joint(self, head: Token, m: Mention) -> Speaker | None:
        """Named people who speak together ("John Doe and Jane Roe said"): one joint speaker,
        "John Doe and Jane Roe", that no single entity stands for."""
        names = [self.canon.get(m.cluster) or _strip_name(m.text, True)]
        end, tok = m.end, head
        while True:
            conj = [c for c in tok.children if c.dep_ == "conj"]
            if not conj:
                break
            tok = conj[0]
            cm = self.mention_at(tok.idx, tok.idx + len(tok))
            if cm is None or cm.type != "PERSON" or cm.cluster == m.cluster:
                return None
            names.append(self.canon.get(cm.cluster) or _strip_name(cm.text, True))
            end = max(end, cm.end)
        joined = [c for c in self.doc[head.i:tok.i] if c.dep_ == "cc"]
        if len(names) < 2 or not joined or any(c.lower_ != "and" for c in joined):
            return None
        name = ", ".join(names[:-1]) + " and " + names[-1]
        return Speaker(name, (m.start, end), -1, None)

    def _from_mention(self, m: Mention, span: tuple[int, int]) -> Speaker:
        name = self.canon.get(m.cluster) or _strip_name(m.text)
        return self._keep(Speaker(name, span, m.cluster, m.type))

    def _keep(self, spk: Speaker) -> Speaker:
        self.last = spk
        self.history.append(spk)
        return spk

    def _named_before(self, head: Token, word: str) -> Speaker | None:
        """The latest earlier speaker or mention whose name holds a word ("the ministry")."""
        for spk in reversed(self.history):
            if spk.span[0] < head.idx and word in spk.name.lower().split():
                return spk
        i = bisect.bisect_left(self.starts, head.idx) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.type in ("ORG", "MEDIA") and word in m.text.lower().split():
                name = self.canon.get(m.cluster) or _strip_name(m.text)
                return Speaker(name, (m.start, m.end), m.cluster, m.type)
            i -= 1
        return None

    def _descriptor(self, head: Token, span: tuple[int, int]) -> Speaker | None:
        lemma = head.lemma_.lower()
        text = sents.text_of(self.doc)[span[0]:span[1]]
        definite = any(c.lower_ in ("the", "this", "that") for c in head.lefts)
        doc_noun = document_of(head) if lemma in ("author", "drafter") else head
        if doc_noun is not None and doc_noun.lemma_.lower() in lexicon.DOC_NOUNS \
                and doc_noun.tag_ == "NN":
            definite = any(c.lower_ in ("the", "this", "that") for c in doc_noun.lefts)
            issuer = self._issuer(doc_noun, definite)
            if issuer is not None:
                return self._keep(Speaker(issuer.name, span, issuer.cluster, issuer.type))
        if definite and head.tag_ in ("NN", "NNP") and not self._has_name(head):
            if lemma in lexicon.PERSON_ROLES:
                found = self._recent(head, ("PERSON",), None)
                if found:
                    return self._keep(Speaker(found.name, span, found.cluster, "PERSON"))
            elif lemma in lexicon.ORG_NOUNS:
                found = self._named_before(head, lemma)
                if found:
                    return self._keep(Speaker(found.name, span, found.cluster, "ORG"))
            elif lemma in lexicon.STATE_NOUNS:
                found = self._recent(head, ("GPE",), None)
                if found:
                    return self._keep(Speaker(found.name, span, found.cluster, "GPE"))
        name = _strip_name(text)
        if not name or name.lower() in lexicon.PRONOUNS or not lexicon.can_speak(head):
            return None
        return self._keep(Speaker(name, span, -1, lexicon.noun_type(lemma)))

    def _issuer(self, head: Token, definite: bool) -> Speaker | None:
        """Who issued a document: "the ministry's statement", "a statement issued by X", or,
        for "the statement", the organisation or person that spoke last."""
        for child in head.children:
            found = None
            if child.dep_ == "poss":
                found = self.speaker(child)
            elif child.dep_ in ("acl", "relcl"):
                agent = agent_of(child)
                found = self.speaker(agent) if agent is not None else None
            elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                found = self.speaker(obj) if obj is not None else None
            if found is not None:
                return found
        last = self.last
        if definite and last is not None and last.type in ("ORG", "PERSON", "MEDIA") \
                and self._near(last, head):
            return last
        return self._recent(head, ("ORG",), None) if definite else None

    def label(self, a: int, b: int) -> Speaker:
        """The speaker a transcript label names ("DOE", "John Doe")."""
        text = sents.text_of(self.doc)[a:b]
        m = self.mention_at(a, b)
        if m is not None and m.type == "PERSON":
            return Speaker(self.canon.get(m.cluster) or _strip_name(m.text, True), (a, b),
                           m.cluster, "PERSON")
        named = self._by_surname(text.split()[-1].title())
        if named is not None:
            return Speaker(named[1], (a, b), named[0], "PERSON")
        return Speaker(_strip_name(text).title() if text.isupper() else _strip_name(text), (a, b))

    def _person_inside(self, head: Token) -> Speaker | None:
        """The person a role phrase names, in apposition ("the deputy minister, John Doe") or at
        its end ("Norland's ambassador to the United Nations Jane Roe", "former commander of the
        army John Doe"), or the people a noun is said to be ("two men identified as John Doe and
        Richard Roe"); not the person of an inner role ("a spokesman for the minister John
        Doe") nor the object of a preposition ("a lawyer for John Doe")."""
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        single = head.tag_ not in ("NNS", "NNPS") and role_word(head)
        for app in appositions(head) if single else []:
            am = self.mention_at(app.idx, app.idx + len(app))
            if am is not None and am.type == "PERSON" and am.start > head.idx:
                return self._named(am)
        first = self._name_at_end(head)
        if first is None:
            return None
        fm = self.mention_at(first.idx, first.idx + len(first))
        span = self.doc.char_span(fm.start, fm.end, alignment_mode="expand") if fm else None
        if fm is None or fm.type != "PERSON" or span is None or span.start <= head.i:
            return None
        before = self.doc[span.start - 1]
        given = named_as(before)
        if not given and not (single and names_in_role(before, head)):
            return None
        joint = self._joint(first, fm)
        if head.tag_ in ("NNS", "NNPS") and joint is None:
            return None
        return joint or self._named(fm)

    def _name_at_end(self, head: Token) -> Token | None:
        """The first of the names (one, or joined by "and") that end a noun's phrase."""
        last = head.right_edge
        while last.i > head.i and (last.is_punct or last.is_space):
            last = self.doc[last.i - 1]
        end = last.idx + len(last)
        found = [m for m in self.mentions if m.type == "PERSON" and m.end == end
                 and head.idx + len(head) <= m.start]
        span = self.doc.char_span(found[0].start, found[0].end, alignment_mode="expand") \
            if found else None
        if span is None:
            return None
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i > head.i:
            tok = tok.head
        return tok

    def _named(self, m: Mention) -> Speaker:
        return Speaker(self.canon.get(m.cluster) or _strip_name(m.text), (m.start, m.end),
                       m.cluster, m.type)

    def _by_surname(self, word: str) -> tuple[int, str] | None:
        """A person's cluster whose canonical name ends with this word."""
        for m in self.mentions:
            name = self.canon.get(m.cluster, "")
            if m.type == "PERSON" and " " in name and name.split()[-1] == word:
                return m.cluster, name
        return None

    def _has_name(self, head: Token) -> bool:
        return any(t.pos_ == "PROPN" for t in head.lefts)

    def _pronoun(self, head: Token) -> Speaker | None:
        lower = head.lower_
        span = (head.idx, head.idx + len(head))
        if lower in ("he", "she", "him", "her"):
            found = self._recent(head, ("PERSON",), None)
        elif lower in ("it", "its"):
            found = self._recent(head, ("ORG", "MEDIA"), None)
        else:
            found = self._plural(head)
        if found is None:
            return None
        return self._keep(Speaker(found.name, span, found.cluster, found.type))

    def _plural(self, head: Token) -> Speaker | None:
        last = self.last
        if last and last.type in (None, "ORG", "NORP", "GPE", "MEDIA") and self._near(last, head):
            return last
        for spk in reversed(self.history[-6:]):  # people who spoke together ("A and B said")
            if spk.cluster == -1 and spk.type is None and " and " in spk.name \
                    and self._near(spk, head):
                return spk
        return self._recent(head, ("ORG", "NORP"), None)

    def _near(self, spk: Speaker, head: Token) -> bool:
        return spk.span[0] >= self._window_start(head)

    def _recent(self, head: Token, types: tuple[str, ...], word: str | None) -> Speaker | None:
        """The most salient earlier mention of one of `types` within a few sentences: recent
        sentences first, subjects and the last speaker preferred."""
        limit = self._window_start(head)
        here = self._sent_index(head.idx)
        best: tuple[float, int, Speaker] | None = None
        i = bisect.bisect_left(self.starts, head.idx) - 1
        while i >= 0 and self.mentions[i].start >= limit:
            m = self.mentions[i]
            i -= 1
            if m.type not in types or (word is not None and word not in m.text.lower()):
                continue
            if self.quoted(m.start) and not self.quoted(head.idx):
                continue  # a speaker outside a quote is not named inside one
            score = -float(here - self._sent_index(m.start)) + self._salience(m)
            if best is None or score > best[0]:
                name = self.canon.get(m.cluster) or _strip_name(m.text)
                best = (score, m.start, Speaker(name, (m.start, m.end), m.cluster, m.type))
        last = self.last
        if last and last.type in types and limit <= last.span[0] < head.idx \
                and (word is None or word in last.name.lower()):
            # the last speaker, where it last spoke (a pronoun's place counts): a subject
            score = -float(here - self._sent_index(last.span[0])) + 0.75 \
                + (0.5 if last.cluster >= 0 else 0.0)
            if best is None or score > best[0]:
                return last
        return best[2] if best else None

    def _salience(self, m: Mention) -> float:
        """Subjects and the last speaker are more likely antecedents."""
        bonus = 0.0
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            bonus += 0.5
        if self.last is not None and self.last.cluster == m.cluster and m.cluster >= 0:
            bonus += 0.75
        return bonus

    def _sent_index(self, char: int) -> int:
        return bisect.bisect_right(self.sent_starts, char) - 1

    def _window_start(self, head: Token) -> int:
        k = max(0, sents.index_of(self.doc, head.i) - WINDOW_SENTS)
        return self.doc[sents.bounds(self.doc, k)[0]].idx
