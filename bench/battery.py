"""The comparer on two hundred small invented cases: contradictions in other words, changed details,
and faithful summaries with a trap.

    .venv/bin/python bench/battery.py [--held-out] [--verbose]

Two helpers, each given bench/battery/BRIEF.md and reading neither the conferences nor the code,
wrote a hundred cases each: `developed.json` (rules may be read from its misses) and
`held_out.json` (figures only, printed with --held-out, looked at once at the end of a session).
Each case is a short meeting (3 to 9 turns, speakers known) and one to four lines of minutes, at
most one of them a planted discrepancy. Counted per minutes line:
  caught  a planted discrepancy flagged (contradicted and changed detail count for each other)
  missed  a planted discrepancy not flagged, or flagged as another kind
  false   a faithful line flagged with any of the five kinds
A meeting of a few turns says few words, so "not said" is judged harder here than in a conference
(a word said nowhere in three turns may be said in ninety): read false "not said" here with that.
"""

from __future__ import annotations

import argparse
import json

from common import ROOT

KINDS = {"contradicted", "changed_detail", "not_said", "misattributed", "omitted"}
FOUND = {"contradicted": {"contradicted", "changed_detail"}, "changed_detail": {"contradicted", "changed_detail"},
         "not_said": {"not_said"}}


def run(case: dict) -> list[tuple[int, str, str | None, list[str], str]]:
    """(line, text, planted kind, kinds found on it, verdict) for each minutes line of a case."""
    from app.compare.comparer import compare
    from app.compare.turns import from_text
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    people: dict[str, str] = {}
    for role, name, _ in case["meeting"]:
        people.setdefault(name, role)
    roster = [f"{name}\t{role}" for name, role in people.items()]
    minutes = build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", *roster, "Minutes", *case["minutes"]]),
                    "battery")
    result = compare(minutes, from_text("\n".join(f"{r} ({n}): {t}" for r, n, t in case["meeting"])))
    out = []
    for i, line in enumerate(case["minutes"]):
        kinds = sorted({f.kind for f in result.findings if f.kind in KINDS and f.minutes_text
                        and (f.minutes_text in line or line in f.minutes_text)})
        want = case["expect"].get(str(i))
        if want:
            verdict = "caught" if set(kinds) & FOUND[want] else "missed"
        else:
            verdict = "false" if kinds else "ok"
        out.append((i, line, want, kinds, verdict))
    return out


def score(path, verbose: bool = False) -> dict:
    by: dict[str, dict[str, int]] = {}
    for case in json.loads(path.read_text()):
        for i, line, want, kinds, verdict in run(case):
            by.setdefault(want or "faithful", {}).setdefault(verdict, 0)
            by[want or "faithful"][verdict] += 1
            if verbose and verdict in ("missed", "false"):
                print(f"  [{verdict}] {case['id']} line {i} planted={want or '-'} found={','.join(kinds) or '-'}: {line}")
    return by


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--held-out", action="store_true", help="also the held-out hundred (figures only)")
    ap.add_argument("--verbose", action="store_true", help="list the developed-on misses and false findings")
    args = ap.parse_args()
    folds = [("developed on", "developed.json")] + ([("held out", "held_out.json")] if args.held_out else [])
    for name, file in folds:
        by = score(ROOT / "bench" / "battery" / file, verbose=args.verbose and name == "developed on")
        c, d, f = (by.get(k, {}) for k in ("contradicted", "changed_detail", "faithful"))
        caught = c.get("caught", 0) + d.get("caught", 0)
        planted = caught + c.get("missed", 0) + d.get("missed", 0)
        false = f.get("false", 0)
        print(f"{name:13s} caught {caught}/{planted} (contradicted {c.get('caught', 0)}/{sum(c.values())}, "
              f"changed detail {d.get('caught', 0)}/{sum(d.values())}); faithful lines flagged {false}/{sum(f.values())}"
              f"; precision {caught / max(1, caught + false):.2f}")


if __name__ == "__main__":
    main()
