"""The comparer on small invented cases: contradictions in other words, changed details, not said,
misattributed, judgements turned round, and faithful summaries with a trap (949 cases in eleven sets).

    .venv/bin/python bench/battery.py [--held-out] [--verbose]

Two helpers, each given bench/battery/BRIEF.md and reading neither the conferences nor the code,
wrote a hundred cases each: `developed.json` (rules may be read from its misses) and
`held_out.json` (figures only, printed with --held-out, looked at once at the end of a session).
Each case is a short meeting (3 to 9 turns, speakers known) and one to four lines of minutes, at
most one of them a planted discrepancy. A session later two more helpers, given BRIEF_b.md, wrote
a second hundred each (`developed_b.json`, `held_out_b.json`, the fold fixed before either was
read): longer meetings (6 to 12 turns), two to five lines of minutes, 30 not said on a topic that
was discussed, 20 misattributed, 10 contradicted and 40 faithful with a trap. On 5 December two
more (`reversals_*.json`), each one minutes line against a meeting of one or two turns in some
twenty neutral ones (introductions, paperwork, the car park), about how someone is doing: a
judgement turned round in other words ("withdrawn" / "he's come out of his shell") or one that must
stand (a faithful paraphrase, a mixed account, another child, place or time, a passed-on view, a
question). A review helper wrote `reversals_developed.json` (87: 40 reversals) as probes of the
valence checks, whose misses were read; another, who read neither it nor the rules' misses, wrote
`reversals_held_out.json` (84: 41 reversals; how both were written: BRIEF_reversals.md). A session
later (5 December, a third) a helper who read neither code nor conferences wrote
`parts_held_out.json` (75 cases, 38 planted: counts and figures, agreements, who said it by layout;
BRIEF_parts.md), to measure whether that session's rules carry to fresh sentences of their forms;
and another, under the same brief without reading the first, `parts_developed.json` (78 cases, 39
planted), whose misses a later session may read. The session after read those misses, built rules
from them, and had a fresh helper who read neither code, conferences nor the other sets write
`parts2_held_out.json` (75 cases, 38 planted: counts with describing words, what is left, times,
how often; agreements refused or given; "He added" after "Mr ..."; BRIEF_parts2.md). On 5 December
(an eighth session) two more helpers, under BRIEF_stronger.md and reading neither code, conferences,
the other sets nor each other's file, wrote `stronger_developed.json` (75 cases, 39 planted) and
`stronger_held_out.json` (75, 38): minutes more certain, graver or more particular than anything
said ("confirmed he will attend every session" for "I'll try and get to some of them"; a row
minuted as an assault; "repeatedly" for "just the once").
Counted per line:
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
         "not_said": {"not_said"}, "misattributed": {"misattributed"}}
# Each fold in two sets written at different times: the first (a..., 100 cases each) contradictions,
# changed details and faithful traps; the second (..._b, 100 each) longer meetings with not-said,
# misattributed and contradicted lines and faithful traps; the third (reversals_..., 5 December)
# judgements of how someone is doing, turned round in other words or to stand; the fourth (parts_...)
# counts, agreements, who said it by layout; a second held-out set of those (parts2_..., a fourth session);
# and the fifth (stronger_..., an eighth session) minutes surer, graver or more particular than was said.
FOLDS = {"developed on": ("developed.json", "developed_b.json", "reversals_developed.json", "parts_developed.json",
                          "stronger_developed.json"),
         "held out": ("held_out.json", "held_out_b.json", "reversals_held_out.json", "parts_held_out.json",
                      "parts2_held_out.json", "stronger_held_out.json")}


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
    ap.add_argument("--held-out", action="store_true", help="also the held-out sets (figures only)")
    ap.add_argument("--verbose", action="store_true", help="list the developed-on misses and false findings")
    args = ap.parse_args()
    for name, files in FOLDS.items():
        if name == "held out" and not args.held_out:
            continue
        for file in files:
            path = ROOT / "bench" / "battery" / file
            if not path.exists():
                continue
            by = score(path, verbose=args.verbose and name == "developed on")
            planted = {k: v for k, v in by.items() if k != "faithful"}
            caught = sum(v.get("caught", 0) for v in planted.values())
            false = by.get("faithful", {}).get("false", 0)
            kinds = ", ".join(f"{k.replace('_', ' ')} {v.get('caught', 0)}/{sum(v.values())}" for k, v in sorted(planted.items()))
            print(f"{name:13s} {file:24s} caught {caught}/{sum(sum(v.values()) for v in planted.values())} ({kinds}); "
                  f"faithful lines flagged {false}/{sum(by.get('faithful', {}).values())}; "
                  f"precision {caught / max(1, caught + false):.2f}")


if __name__ == "__main__":
    main()
