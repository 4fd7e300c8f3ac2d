"""Why the comparer misses contradictions: the wrong passage, or the right one misread?

    .venv/bin/python bench/contradiction_misses.py [--verbose]

For every planted "contradicted" discrepancy of the developed folds (the tuned-on shared conferences
and the developed invented ones; never the held-out folds) that the comparer misses from the
script, it prints:

- where the comparer read the statement: the passage its words fit best holds a line the key gives
  ("in"), or not ("elsewhere"), and then whether those lines come just after the passage of the
  minutes' sentence before it, in the same section ("after the sentence before": minutes follow the
  meeting, so a reader could look there);
- what the checks say when the statement is read at the very lines the key gives: contradicted,
  not said, or nothing.

A diagnosis only (it reads the key's line numbers, which the comparer never sees): if the checks
find the contradiction at the right lines, the passage is what to mend; if they do not, the reading.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from common import SHARED, need_shared
from eval_compare import HELD_OUT, INVENTED, INVENTED_HELD_OUT, same_text, score


def _folders() -> list[Path]:
    shared = [p for p in sorted((SHARED / "conferences").iterdir())
              if (p / "gold.json").exists() and p.name not in HELD_OUT]
    invented = [p for p in sorted(INVENTED.glob("inv-*"), key=lambda p: int(p.name.split("-")[1]))
                if p.name not in INVENTED_HELD_OUT]
    return shared + invented


def diagnose(folder: Path) -> list[tuple[str, str, str]]:
    """(where it was read, what the checks say at the key's lines, the minutes' sentence) for each
    missed contradiction of one conference."""
    from app.compare import comparer
    from app.compare.align import Aligner, Match
    from app.compare.checks import Case, judge
    from app.compare.turns import from_text
    from app.minutes.importer import read_minutes

    gold = json.loads((folder / "gold.json").read_text())
    docx = folder / "minutes.docx"
    minutes = read_minutes(docx if docx.exists() else folder / "minutes.txt")
    turns = from_text((folder / "script.txt").read_text())
    result = comparer.compare(minutes, turns).to_json("minutes", "script")
    missed = [d for d in score(result, gold, [])["missed"] if d["kind"] == "contradicted" and d.get("minutes_text")]
    if not missed:
        return []
    # the statements read as the comparer reads them: their words, and the passage they fit best
    aligner, ctx = Aligner(turns), comparer.context_for(minutes, turns)
    used = comparer.names_used(turns, ctx.cast)
    read = [(st, *comparer.read_statement(st, aligner, ctx, used)) for st in minutes.statements]
    index_of_line = {t.line: t.index for t in turns}
    out = []
    for d in missed:
        k = next((k for k, (st, _, _) in enumerate(read) if same_text(st.text, d["minutes_text"])), None)
        at = sorted(index_of_line[n] for n in d["script_lines"] if n in index_of_line)
        if k is None or not at:
            continue
        st, words, match = read[k]
        if match is None:
            where = "nowhere"
        elif set(at) & set(range(match.first, match.last + 1)):
            where = "in"
        else:
            before = read[k - 1] if k else None
            after_before = before is not None and before[2] is not None and before[0].section == st.section \
                and set(at) & set(range(before[2].last, before[2].last + 3))
            where = "elsewhere, after the sentence before" if after_before else "elsewhere"
        wanted = frozenset(words)
        cov, matched, missing, main = aligner._coverage(wanted, aligner._wanted_weights(wanted), at[0], at[-1])
        finding = judge(Case(st, words, Match(at[0], at[-1], cov, matched, missing, main), aligner, ctx))
        said = finding.kind if finding is not None and finding.kind in ("contradicted", "not_said") else "nothing"
        out.append((where, said, d["minutes_text"]))
    return out


def main():
    need_shared()
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true", help="list each missed contradiction")
    args = ap.parse_args()
    rows = []
    for folder in _folders():
        for where, said, text in diagnose(folder):
            rows.append((where, said))
            if args.verbose:
                print(f"{folder.name:8s} {where:38s} at the key's lines: {said:13s} {text[:80]}")
    print(f"{len(rows)} contradictions missed in the developed folds (script)")
    for where, n in Counter(w for w, _ in rows).most_common():
        print(f"  read {where}: {n}")
    for said, n in Counter(s for _, s in rows).most_common():
        print(f"  read at the key's lines, the checks say: {said}: {n}")


if __name__ == "__main__":
    main()
