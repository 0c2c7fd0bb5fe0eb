"""Names written outside the parsed text: photo captions, credits, video titles.

The cleaner keeps the article's body for the parse and drops the lines around it; a caption
("[Photo by the Freedonian Ministry of Defence/Handout]") or a video title ("Freedonian Forces
training in the mountains") often writes an organisation of the article in a form the body does
not. No parse is run here: the dropped lines are scanned with a plain pattern for capitalised runs
("Freedonian Ministry of Defence"), and a run becomes a form of a cluster only when its
organisation key (`normalize.org_key`, order-free stems) equals the key of a mention of that
cluster — so a caption adds spellings of organisations the document already names, never a new
entity.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .normalize import is_acronym, org_key

log = logging.getLogger(__name__)

_WORD = r"[A-Z][\w’'\-.]*"
_RUN = re.compile(rf"{_WORD}(?:[ \t]+(?:(?:of|the|for|and|on)[ \t]+)*{_WORD})*")
MAX_WORDS = 8
# function words capitalised in title-case lines ("Tanks In Border War") start or end no name
_FUNCTION = {"a", "an", "the", "in", "on", "at", "of", "for", "to", "by", "with", "from", "and",
             "or", "as", "into", "over", "after", "before", "during", "amid", "against", "about"}


def dropped_lines(raw: str, text: str) -> list[str]:
    """The raw lines the clean text does not hold (captions, credits, lists around the body)."""
    kept = {ln.strip() for ln in text.split("\n")}  # the clean text is made of whole raw lines
    out = []
    for line in raw.split("\n"):
        s = line.strip()
        if s and s not in kept:
            out.append(s)
    return out


def runs(line: str) -> list[str]:
    """Capitalised runs of a line and their sub-runs that start and end in a capitalised word
    other than a function word ("Photo by X Ministry of Defence/Handout" -> "X Ministry of
    Defence", "Ministry of Defence", ...)."""
    out = []
    for m in _RUN.finditer(line):
        words = m.group(0).split()
        caps = [k for k, w in enumerate(words) if w[:1].isupper() and w.lower() not in _FUNCTION]
        for a in caps:
            for b in caps:
                if a < b and b - a < MAX_WORDS:
                    out.append(" ".join(words[a:b + 1]).rstrip(".'’"))
    return out


def caption_forms(raw: str, text: str, clusters: Mapping[int, Sequence[Any]]
                  ) -> dict[int, list[str]]:
    """New surface forms per cluster found in the dropped lines (see the module docstring)."""
    by_key: dict[str, set[int]] = {}
    have: dict[int, set[str]] = {}
    for cid, members in clusters.items():
        have[cid] = {m["text"] for m in members}
        for m in members:
            if m["type"] in ("ORG", "MEDIA") and not is_acronym(m["text"]):
                key = org_key(m["text"])
                if len(key.split()) >= 2:
                    by_key.setdefault(key, set()).add(cid)
    if not by_key:
        return {}
    out: dict[int, list[str]] = {}
    for line in dropped_lines(raw, text):
        for run in runs(line):
            owners = by_key.get(org_key(run), set())
            if len(owners) == 1:
                cid = next(iter(owners))
                if run not in have[cid]:
                    have[cid].add(run)
                    out.setdefault(cid, []).append(run)
    return out
