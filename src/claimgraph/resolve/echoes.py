"""Names a document repeats where the tagger did not see them, and bare titles.

* a person's surname or full name found elsewhere in the document is a mention wherever it is
  written again as a proper noun (the small model tags "Roe" once and misses it twice);
* an editor's bracketed given name ("Mr. [Jane] Roe") belongs to the name it completes;
* a capitalised title standing alone ("the Chief Justice", "Leader of the Grand Council") is a
  title-only mention; followed by a bracketed name ("the Chief Justice [Roe]") it is that person's.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from .candidate import Candidate
from .roles import HONORIFICS, ROLE_WORDS, TITLE_HEADS, premodifier

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

_TITLE_WORD = r"[A-Z][a-z]+(?:-[A-Za-z]+)?"


def echoes(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """New candidates: bracketed given names, repeated person names, bare titles."""
    out = _bracketed(doc, cands)
    taken = [(c.start, c.end) for c in cands + out]
    out += _repeated_names(doc, cands, taken)
    taken = [(c.start, c.end) for c in cands + out]
    out += _bare_titles(doc, cands + out, taken)
    return out


def _free(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    return all(b <= s or a >= e for s, e in taken)


def _person_names(cands: list[Candidate]) -> set[str]:
    """Full names and surnames of the document's persons (capitalised, two letters or more)."""
    out = set()
    for c in cands:
        if c.type != "PERSON" or c.title_only:
            continue
        words = c.words()
        if len(words) >= 2:
            out.add(c.text)
        if words[-1][:1].isupper() and len(words[-1]) > 2 and words[-1].isalpha():
            out.add(words[-1])
    return out


def _repeated_names(doc: Doc, cands: list[Candidate],
                    taken: list[tuple[int, int]]) -> list[Candidate]:
    out: list[Candidate] = []
    names = sorted(_person_names(cands), key=len, reverse=True)
    text = doc.text  # spaCy rebuilds Doc.text from its tokens on every access
    for name in names:
        for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text):
            a, b = m.span()
            if not _free(taken, a, b):
                continue
            span = doc.char_span(a, b)
            if span is None or not _proper(doc, span.start):
                continue
            pre = premodifier(span, set())  # "the former spy Roe", "Minister Roe"
            role = pre[1] if pre else _title_before(doc, span.start)
            out.append(Candidate(a, b, name, "PERSON", role))
            taken.append((a, b))
    return out


def _proper(doc: Doc, i: int) -> bool:
    """The token is a proper noun, or follows an honorific or a title."""
    prev = doc[i - 1].lower_ if i > 0 else ""
    return doc[i].pos_ == "PROPN" or prev in HONORIFICS or prev in TITLE_HEADS or prev == "["


def _title_before(doc: Doc, i: int) -> str | None:
    if i > 0 and doc[i - 1].lower_ in HONORIFICS | TITLE_HEADS and doc[i - 1].text[:1].isupper():
        return doc[i - 1].text
    return None


def _bracketed(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """"[Jane] Roe": the editor's bracketed given name joins the surname after it."""
    persons = _person_names(cands) | {c.text for c in cands if c.type == "PERSON"}
    out = []
    for m in re.finditer(r"\[([A-Z][a-z]+)\]\s+([A-Z][\w\-]+)", doc.text):
        if m.group(1) not in persons and m.group(2) not in persons:
            continue
        a, b = m.span()
        for c in cands:  # the pieces the tagger saw (of any type) are replaced by the whole name
            if a <= c.start and c.end <= b:
                c.type = "DROP"
        span = doc.char_span(a, b, alignment_mode="expand")
        role = _title_before(doc, span.start) if span is not None else None
        out.append(Candidate(a, b, m.group(0), "PERSON", role))
    cands[:] = [c for c in cands if c.type != "DROP"]
    return out


def _bare_titles(doc: Doc, cands: list[Candidate],
                 taken: list[tuple[int, int]]) -> list[Candidate]:
    """Capitalised titles of two or more words that stand alone (not before a name)."""
    spans = {(c.start, c.end) for c in cands}
    out = []
    pat = rf"{_TITLE_WORD}(?: {_TITLE_WORD})*(?: of the(?: {_TITLE_WORD})+)?"
    doc_text = doc.text
    for m in re.finditer(pat, doc_text):
        a, b = m.span()
        words = m.group(0).split()
        if words[0] == "The":
            words, a = words[1:], a + 4
        head = [w for w in words if w.lower() not in ("of", "the")]
        if len(words) < 2 or not all(w.lower() in ROLE_WORDS for w in head[:2]):
            continue
        if not any(w.lower() in TITLE_HEADS for w in head[:2]):
            continue
        if not _free(taken, a, b) or a > 0 and doc_text[a - 1].isalpha():
            continue
        gloss = re.match(r"\s*\[([^\]]{2,40})\]", doc_text[b:b + 44])
        target = None
        if gloss:
            target = (b + gloss.start(1), b + gloss.end(1))
            target = target if target in spans else None
        elif re.match(r"\s+[A-Z]", doc_text[b:b + 3]):
            continue  # a title before a name is that name's role, not a mention of its own
        text = doc_text[a:b]
        out.append(Candidate(a, b, text, "PERSON", text, True, target))
    return out
