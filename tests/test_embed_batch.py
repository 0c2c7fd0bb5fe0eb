"""Claims embedded a batch at a time get the same vectors as one document at a time."""

from __future__ import annotations

import numpy as np
import pytest

from claimgraph.model import Claim, DocResult

embed = pytest.importorskip("claimgraph.claims.embed")


def _claim(text: str) -> Claim:
    return Claim(0, len(text), text, "author", "assert")


def test_encode_repeated_texts_once_in_order() -> None:
    enc = embed.encoder()
    texts = ["The mayor opened the new bridge.", "Rain closed the port.",
             "The mayor opened the new bridge.", ""]
    together = enc.encode(texts)
    apart = np.vstack([enc.encode([t]) for t in texts])
    assert together.shape == (4, embed.DIM)
    assert np.allclose(together, apart, atol=1e-4)
    assert np.allclose(together[0], together[2])
    assert not np.allclose(together[0], together[1], atol=1e-2)


def test_embed_results_gives_each_claim_its_own_vector() -> None:
    from claimgraph.claims.extract import embed_claims
    from claimgraph.process import embed_results

    first = DocResult("a", "a.txt", "txt", "x",
                      claims=[_claim("The council approved the budget on Monday."),
                              _claim("Critics said the plan was rushed.")])
    second = DocResult("b", "b.txt", "txt", "y",
                       claims=[_claim("A short one."),
                               _claim("The council approved the budget on Monday.")])
    embed_results([first, second])
    for result in (first, second):
        alone = embed_claims([_claim(c.text) for c in result.claims])
        got = embed.from_blobs([c.vector for c in result.claims])
        want = embed.from_blobs([c.vector for c in alone])
        assert np.allclose(got, want, atol=1e-2)
    assert first.claims[0].vector == second.claims[1].vector
