"""A synthetic corpus for the resolution benchmark: documents with mentions, no parse needed.

Invented people (syllable names, written with random romanisation variants, a surname alone, an
initial) and organisations (with acronyms) recur across documents with a Zipf-like popularity, so
a large store holds many entities, many keys and popular entities with long histories.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "resolve" / "data"))

from make_name_variants import GIVEN, STEMS, SUFFIXES, romanise  # noqa: E402

from claimgraph.model import DocResult, Mention, content_id  # noqa: E402

ORG_HEADS = ["Ministry of Water", "Council for Trade", "Directorate of Ports", "Agency for Roads",
             "Committee on Energy", "Institute of Soils", "Bureau of Mines", "Party of Labour"]
PLACES = ["Avaria", "Belmont", "Corvia", "Dastan", "Elbria", "Fennor", "Galdia", "Harrow",
          "Istria", "Jorvik", "Kelmar", "Lorren"]


def people(rnd: random.Random, n: int) -> list[tuple[str, str]]:
    """n invented (given name, surname) pairs."""
    out = set()
    while len(out) < n:
        out.add((rnd.choice(GIVEN), rnd.choice(STEMS) + rnd.choice(SUFFIXES)))
    return sorted(out)


def orgs() -> list[str]:
    """Invented organisation names."""
    return [f"{place} {head}" for place in PLACES for head in ORG_HEADS]


def make_doc(rnd: random.Random, pool: list[tuple[str, str]], org_pool: list[str], i: int
             ) -> DocResult:
    """One document naming a few people and organisations, each written a few ways."""
    parts: list[tuple[str, str, int]] = []
    for cluster in range(4):
        given, sur = pool[min(int(rnd.paretovariate(1.2)) - 1 + rnd.randrange(len(pool)) // 3,
                              len(pool) - 1)]
        variant = romanise(sur, rnd)
        spelled = variant[1] if variant and rnd.random() < 0.4 else sur
        parts += [(f"{given} {spelled}", "PERSON", cluster), (spelled, "PERSON", cluster)]
    org = org_pool[rnd.randrange(len(org_pool))]
    parts.append((org, "ORG", 4))
    text = f"Report {i}. " + " ".join(f"{s} spoke about the matter." for s, _, _ in parts)
    doc = DocResult(id=content_id(text), source=f"syn{i:06d}.txt", kind="text", raw=text,
                    text=text)
    pos = 0
    for surface, kind, cluster in parts:
        start = text.index(surface, pos)
        doc.mentions.append(Mention(start, start + len(surface), surface, kind, cluster))
        pos = start + len(surface)
    return doc
