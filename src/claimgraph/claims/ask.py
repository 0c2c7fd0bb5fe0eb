"""`ask`: who asserts, denies or hedges a proposition across the store.

Candidates come from the claims' stored embeddings (cosine to the question) and from the claims'
full-text index; each is then judged strictly (claims/relevance.py) and the best claim per
(document, holder) is returned with its stance and exact evidence span.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..config import Settings
from ..store.sqlite import SQLiteStore
from . import repo
from .anaphora import as_item, implicit_denials
from .cluster import index_pending
from .cues import UNVERIFIED, rejects_claims
from .embed import encoder, from_blobs
from .recipient import drop_other_recipients
from .relevance import FIRST_PERSON, Question, check, mask_actors, parse_question
from .text import claim_key_text, content_words

log = logging.getLogger(__name__)

THRESHOLD = 0.5  # combined score needed to answer
CANDIDATES = 300
TOPIC_MIN = 0.6  # a document whose best claim scores this is about the question: its agent's
# short denials ('X denies involvement') deny the question
ALTERNATIVE_MARGIN = 0.05  # how much closer to 'Y' in 'X rather than Y' flips the stance on X
PREDICATE_MIN = 0.35  # similarity of claim and question with their shared actors masked:
# the claim must still state the question's act, not just name its actors
VERDICT_MIN = 0.3  # similarity to the verdict of a question judging a claim or an act
PER_HOLDER = 6  # best-scoring claims per (document, holder) compared on their act
PREDICATE_WEIGHT = 0.5  # weight of the masked-act similarity when picking among them
HEADLINE_PENALTY = 0.1  # a speaker's claim in the headline, when picking among their claims
FIRST_HAND_WEIGHT = 0.3  # a first-hand account or the writer's stated reservation, when picking


@dataclass
class VectorIndex:
    """Every claim vector of a store, in memory (refreshed when the store grows)."""

    keys: list[tuple[str, int]]
    matrix: np.ndarray

    def __post_init__(self) -> None:
        self.position = {k: i for i, k in enumerate(self.keys)}


_CACHE: dict[str, tuple[int, VectorIndex]] = {}


def vector_index(store: SQLiteStore) -> VectorIndex:
    """The store's claim vectors, loaded once per process while the store does not change."""
    n = repo.vector_count(store)
    hit = _CACHE.get(store.path)
    if hit and hit[0] == n:
        return hit[1]
    rows = repo.all_vectors(store)
    index = VectorIndex([(r[0], int(r[1])) for r in rows], from_blobs([r[2] for r in rows]))
    _CACHE[store.path] = (n, index)
    return index


def ask_store(store: SQLiteStore, question: str, settings: Settings) -> list[dict[str, Any]]:
    """Items (source, holder, stance, start, end, text, score) about the proposition."""
    index_pending(store)
    q = parse_question(question, _parser(settings))
    qvecs = encoder().encode(list(dict.fromkeys([question, q.core])))
    index = vector_index(store)
    sims, all_scores = _similarities(index, qvecs)
    keys = _candidates(store, index, sims, q)
    for k in keys:
        if k not in sims and k in index.position:
            sims[k] = float(all_scores[index.position[k]])
    rows = repo.claim_rows(store, keys)
    items = [item for row in rows
             if (item := _judge(q, row, sims.get((row["doc_id"], int(row["idx"]))), qvecs))]
    items = drop_other_recipients(q, items, _parser(settings))
    judged = {(it["doc_id"], int(it.pop("idx"))) for it in items}
    on_topic = {it["doc_id"] for it in items if it["score"] >= TOPIC_MIN}
    extra = implicit_denials(store, q, on_topic, judged)
    items += [as_item(row, THRESHOLD) for row in repo.claim_rows(store, extra)]
    names = repo.entity_names(store, sorted({r["doc_id"] for r in rows}))
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for item in items:
        item["holder"] = names.get((item.pop("doc_id"), item["holder"].lower()), item["holder"])
        groups.setdefault((item["source"], item["holder"]), []).append(item)
    best = [_pick(q, sorted(g, key=lambda it: -it["score"])[:PER_HOLDER]) for g in groups.values()]
    kept = relayed_stances([it for it in best if it is not None])
    return sorted(kept, key=lambda it: -it["score"])


def _pick(q: Question, group: list[dict[str, Any]]) -> dict[str, Any] | None:
    """One item per (document, holder): among its best-scoring claims, the one whose act (the
    claim with the question's actors masked) is closest to the question's, so that the clause
    that states the proposition wins over a longer one that only shares its topic."""
    scored = _predicate_scores(q, group)
    if not scored:
        return None
    best = max(scored, key=_pick_key)
    for it in group:
        for key in ("_pred", "_headline", "_implicit"):
            it.pop(key, None)
    return best


def _pick_key(it: dict[str, Any]) -> float:
    """Score, plus the act's similarity, plus the weight of the kind of evidence: a speaker's
    first-hand account ('I ordered the deliveries') and the writer's stated reservation ('there
    has been no confirmation of this') are the clearest evidence of their stance; a speaker's
    own words in the body beat the headline's summary of them (the article's own voice keeps
    its headline)."""
    author = str(it.get("holder", "")).startswith("author")
    # a headline hedge by the writer only shows that it relays the claim: the body says more
    own_words = bool(it.get("_headline")) and (not author or it.get("stance") == "hedge")
    return float(it["score"]) + PREDICATE_WEIGHT * float(it.get("_pred", 0.0)) - \
        (HEADLINE_PENALTY if own_words else 0.0) + evidence_weight(it, author)


def evidence_weight(it: dict[str, Any], author: bool) -> float:
    """How directly a claim shows its holder's stance, beyond its relevance."""
    if it.get("_headline"):
        return 0.0
    text = str(it.get("text", ""))
    if not author and FIRST_PERSON.search(text):
        return FIRST_HAND_WEIGHT
    if author and it.get("stance") == "hedge" and UNVERIFIED.search(text):
        return FIRST_HAND_WEIGHT
    return 0.0


def relayed_stances(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An asserting item whose evidence wholly contains another holder's relevant claim in the
    same document is a relay of that claim ('X said that Y considers C groundless', 'X reported
    that Y denied C'): its holder takes the relayed claim's stance rather than asserting it."""
    for outer in items:
        if outer["stance"] != "assert":
            continue
        inner = [it for it in items if it is not outer and it["source"] == outer["source"]
                 and it["holder"] != outer["holder"] and it["stance"] != "assert"
                 and outer["start"] <= it["start"] and it["end"] <= outer["end"]
                 and (it["start"], it["end"]) != (outer["start"], outer["end"])]
        if inner:
            outer["stance"] = min(inner, key=lambda it: it["end"] - it["start"])["stance"]
    return items


def _predicate_scores(q: Question, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Items whose claim, with the question's actors masked on both sides, still says something
    close to the question (the same act, not just the same actors), each with that similarity
    under '_pred'. A claim closer to the question's stated alternative ('X rather than Y') than
    to X takes the opposite stance on X."""
    if not items or not (q.anchors or q.alternative or q.verdict):
        return items
    enc = encoder()
    qv = _masked_question(q)
    vecs = enc.encode([claim_key_text(mask_actors(it["text"], q)) for it in items])
    out = []
    for it, v in zip(items, vecs, strict=True):
        if it.get("_implicit"):
            out.append(it)  # 'X denies involvement': no act to compare
            continue
        main = float(v @ qv[0])
        alt = float(v @ qv[1]) if q.alternative else -1.0
        if q.anchors and max(main, alt) < PREDICATE_MIN:
            continue  # neither the question's act nor its stated alternative
        if q.verdict and float(v @ qv[-1]) < VERDICT_MIN:
            continue  # 'A helped B' is no stance on 'reports that A helped B are false'
        if q.verdict and it["stance"] == "deny" and rejects_claims(q.verdict):
            it["stance"] = "assert"  # rejecting the reports is asserting 'the reports are false'
        if alt > main + ALTERNATIVE_MARGIN:
            it["stance"] = "deny" if it["stance"] == "assert" else it["stance"]
        it["_pred"] = main
        out.append(it)
    return out


_QCACHE: dict[str, np.ndarray] = {}


def _masked_question(q: Question) -> np.ndarray:
    """Embeddings of the question's main proposition (and its alternative), actors masked."""
    if q.text not in _QCACHE:
        texts = [mask_actors(q.main, q)] + ([mask_actors(q.alternative, q)] if q.alternative
                                            else [])
        texts += [mask_actors(q.verdict, q)] if q.verdict else []
        _QCACHE.clear()
        _QCACHE[q.text] = encoder().encode(texts)
    return _QCACHE[q.text]


def _parser(settings: Settings) -> Any | None:
    """The spaCy pipeline (cached per process), or None when it cannot be loaded."""
    from ..errors import ClaimgraphError
    from ..nlp.pipeline import load_pipeline

    try:
        return load_pipeline(settings.model)
    except ClaimgraphError:
        return None


def _similarities(index: VectorIndex, qvecs: np.ndarray
                  ) -> tuple[dict[tuple[str, int], float], np.ndarray]:
    if not index.keys:
        return {}, np.zeros(0, np.float32)
    scores = (index.matrix @ qvecs.T).max(axis=1)
    top = np.argpartition(-scores, min(CANDIDATES, len(scores) - 1))[:CANDIDATES]
    return {index.keys[i]: float(scores[i]) for i in top
            if scores[i] >= THRESHOLD - 0.15}, scores


def _candidates(store: SQLiteStore, index: VectorIndex, sims: dict[tuple[str, int], float],
                q: Question) -> list[tuple[str, int]]:
    words = [w for w in content_words(q.core) if w.isalpha() and len(w) > 2]
    match = " OR ".join(f'"{w}"' for w in dict.fromkeys(words))
    keys = list(sims)
    keys += [k for k in repo.fts_keys(store, match, CANDIDATES) if k not in sims]
    return keys


def _judge(q: Question, row: Any, sim: float | None, qvecs: np.ndarray) -> dict[str, Any] | None:
    text = row["text"]
    if sim is None:
        sim = float((encoder().encode([claim_key_text(text)]) @ qvecs.T).max())
    ok, coverage = check(q, text, row["holder"], sim)
    if not ok:
        return None
    score = 0.8 * sim + 0.2 * coverage
    if score < THRESHOLD:
        return None
    stance = row["stance"]
    if q.negated:
        stance = {"assert": "deny", "deny": "assert"}.get(stance, stance)
    return {"source": row["source"], "holder": row["holder"], "stance": stance,
            "start": row["start"], "end": row["end"], "text": text, "score": round(score, 3),
            "cluster": row["cluster"], "doc_id": row["doc_id"], "idx": row["idx"],
            "_headline": _in_headline(row)}


def _in_headline(row: Any) -> bool:
    """Is the claim's evidence inside its document's headline?"""
    top, end = row["title_start"], row["title_end"]
    return top is not None and end is not None and top <= row["start"] and row["end"] <= end
