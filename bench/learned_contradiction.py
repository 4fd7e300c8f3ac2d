"""Could a model learned from the developed folds tell a contradiction from a faithful rendering?

    .venv/bin/python bench/learned_contradiction.py

Issue #14 allows a learned model for one check. No NLI model can be shipped (bench/nli.py), so
this measures the next best thing the project has: the sentence model's vectors (embedding.py)
with a logistic regression learned on the developed folds' own pairs, judged leaving one
conference out (the held-out folds are never read).

Each pair is a statement of the minutes and, of the sentences on the script lines its key gives,
the one nearest in meaning: a faithful statement (label 0), or a planted contradiction or changed
detail (label 1). So the passage is the right one by construction: what is measured is the most
such a check could do where the comparer already reads the right place. Features: the two vectors'
product and difference, their similarity, and the "not"s on each side. It prints the area under
the ROC curve (0.5 is chance) and, at the threshold that flags 1, 2, 5 and 10 % of the faithful
statements, the share of contradictions caught. (The rules, for comparison, catch about seven in
ten of the developed invented conferences' contradictions and changed details, reading their own
passages, at about 3 % of faithful statements flagged.)
"""

from __future__ import annotations

import json
import re

import numpy as np
from common import SHARED, need_shared
from eval_compare import HELD_OUT, INVENTED, INVENTED_HELD_OUT

_NOT = re.compile(r"\b(?:not|no|never|nobody|nothing|none|without)\b|n't\b", re.I)


def pairs() -> tuple[list[str], list[str], list[str], np.ndarray]:
    """(conference, statement, nearest sentence of its key lines, label) of the developed folds."""
    from app.compare import embedding
    from app.compare.checks.shared import _sentences
    from app.compare.turns import from_text
    from app.minutes.statements import reported

    folders = [p for p in sorted((SHARED / "conferences").iterdir())
               if (p / "gold.json").exists() and p.name not in HELD_OUT]
    folders += [p for p in sorted(INVENTED.glob("inv-*")) if p.name not in INVENTED_HELD_OUT]
    conf, said, heard, label = [], [], [], []
    for folder in folders:
        gold = json.loads((folder / "gold.json").read_text())
        by_line = {t.line: t for t in from_text((folder / "script.txt").read_text())}
        items = [(f["minutes_text"], f.get("script_lines") or [], 0) for f in gold["faithful"]]
        items += [(d["minutes_text"], d["script_lines"], 1) for d in gold["discrepancies"]
                  if d["kind"] in ("contradicted", "changed_detail") and d.get("minutes_text")]
        for text, lines, y in items:
            sentences = [x for n in lines if n in by_line for x in _sentences(by_line[n].text)]
            if sentences:
                claim = reported(text)
                conf.append(folder.name)
                said.append(claim)
                heard.append(sentences[embedding.closest(claim, sentences)[0]])
                label.append(y)
    return conf, said, heard, np.array(label, float)


def features(said: list[str], heard: list[str]) -> np.ndarray:
    from app.compare import embedding

    s, e = embedding.vectors(said), embedding.vectors(heard)
    sim = np.sum(s * e, axis=1, keepdims=True) / (np.linalg.norm(s, axis=1, keepdims=True)
                                                  * np.linalg.norm(e, axis=1, keepdims=True))
    nots = np.array([[len(_NOT.findall(a)), len(_NOT.findall(b))] for a, b in zip(said, heard, strict=True)], float)
    return np.hstack([s * e, np.abs(s - e), sim, nots, np.abs(nots[:, :1] - nots[:, 1:]), np.ones((len(said), 1))])


def fit(x: np.ndarray, y: np.ndarray, lam: float = 1.0, steps: int = 300, rate: float = 0.5) -> np.ndarray:
    """Logistic regression by gradient descent, the two labels weighed equally, L2 on all but the bias."""
    w = np.zeros(x.shape[1])
    weight = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        w -= rate * (x.T @ (weight * (p - y)) + lam * np.r_[w[:-1], 0]) / len(y)
    return w


def auc(score: np.ndarray, y: np.ndarray) -> float:
    rank = np.empty(len(score))
    rank[np.argsort(score)] = np.arange(1, len(score) + 1)
    pos, neg = y.sum(), len(y) - y.sum()
    return float((rank[y == 1].sum() - pos * (pos + 1) / 2) / (pos * neg))


def main():
    need_shared()
    conf, said, heard, y = pairs()
    x = features(said, heard)
    conf = np.array(conf)
    score = np.zeros(len(y))
    for c in sorted(set(conf)):  # leave one conference out
        out = conf == c
        score[out] = x[out] @ fit(x[~out], y[~out])
    print(f"{len(y)} pairs from {len(set(conf))} developed conferences: {int(y.sum())} contradicted or changed, "
          f"{int(len(y) - y.sum())} faithful")
    print(f"area under the ROC curve, one conference left out: {auc(score, y):.3f} "
          f"(similarity alone: {auc(-x[:, -5], y):.3f})")
    for flagged in (0.01, 0.02, 0.05, 0.10):
        t = np.quantile(score[y == 0], 1 - flagged)
        caught = int((score[y == 1] > t).sum())
        print(f"  {flagged:.0%} of faithful statements flagged: {caught} of {int(y.sum())} caught ({caught / y.sum():.2f})")


if __name__ == "__main__":
    main()
