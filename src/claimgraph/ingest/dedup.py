"""Near-duplicate signatures: MinHash over word shingles, banded for LSH lookups in the store."""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
_WORD = re.compile(r"\w+", re.UNICODE)


def signature(text: str) -> list[int]:
    """The MinHash of a text's word 5-shingles (empty for a text too short to compare)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE * 2:
        return []
    mh = MinHash(num_perm=NUM_PERM, seed=7)
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    mh.update_batch([s.encode("utf-8") for s in shingles])
    return [int(v) for v in mh.hashvalues]


def bands(sig: list[int]) -> list[str]:
    """The LSH band keys of a signature: two texts sharing a key are candidates."""
    out = []
    for b in range(BANDS):
        chunk = ",".join(str(v) for v in sig[b * ROWS:(b + 1) * ROWS])
        out.append(f"{b}:" + hashlib.blake2b(chunk.encode(), digest_size=8).hexdigest())
    return out


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    if not a or not b or len(a) != len(b):
        return 0.0
    return float(np.mean(np.array(a, dtype=np.uint64) == np.array(b, dtype=np.uint64)))
