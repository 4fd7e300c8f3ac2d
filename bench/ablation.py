"""Do the linguistic resources help? The comparer from the script with and without each of them.

    .venv/bin/python bench/ablation.py [--variants none,antonyms,...] [--held-out] [--audio]

Each variant runs in a fresh process (the resources are switched when the comparer's modules are
first imported: app/compare/lexicon.py, app/compare/embedding.py) over the tuned-on conferences,
scored as bench/eval_compare.py scores them. Prints recall, precision and faithful statements
flagged per conference and pooled, then the decision by leave-one-conference-out: for each
conference, is the resource adopted on the other tuned-on ones (pooled recall up without
precision down, or the reverse), and what does that do to the one left out. `--held-out` adds the
held-out fold's pooled figures, once, at the end: they decide nothing. `--audio` does the same
from the recordings transcribed by tiny.en (cached in /tmp as bench/eval_compare.py caches them).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

from common import ROOT, SHARED, need_shared

# variant -> the module switches it turns on
VARIANTS = {
    "none": {},
    "antonyms": {"lexicon.USE_ANTONYMS": True},
    "synonyms": {"lexicon.USE_SYNONYMS": True},
    "wordnet": {"lexicon.USE_ANTONYMS": True, "lexicon.USE_SYNONYMS": True},
}
# the sentence-embedding veto on "not said", at each closeness it may be set to (Tuning.same_meaning_from)
SAME_MEANING = (0.5, 0.55, 0.6, 0.65, 0.7)
for _t in SAME_MEANING:
    VARIANTS[f"embedding-{_t:.2f}"] = {"embedding.USE_EMBEDDING": True, "tuning.same_meaning_from": _t}
    # the whole meeting searched, not only the turns sharing the statement's rarer words
    VARIANTS[f"embedding-{_t:.2f}-all"] = {"embedding.USE_EMBEDDING": True, "tuning.same_meaning_from": _t,
                                           "tuning.same_meaning_turns": 100000}
BASELINE = "none"
AUDIO = False  # --audio: the transcript from the recording, not the script


def run_variants(names: list[str], held_out: bool) -> dict:
    """Variants that differ only in the tuning table, in one process of their own (the model's
    vectors are computed once): {variant: {conference: score}}."""
    out = subprocess.run([sys.executable, __file__, "--worker", ",".join(names)] + (["--held-out"] if held_out else [])
                         + (["--audio"] if AUDIO else []), cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        sys.exit(f"variants {names} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def module_switches(name: str) -> dict:
    return {k: v for k, v in VARIANTS[name].items() if not k.startswith("tuning.")}


def worker(names: list[str], held_out: bool, audio: bool = False) -> None:
    import dataclasses
    import importlib

    # every switch off, then these variants' on; before the comparer's modules are imported
    switches = {k for v in VARIANTS.values() for k in v if not k.startswith("tuning.")}
    for key in sorted(switches):
        module, attr = key.split(".")
        setattr(importlib.import_module(f"app.compare.{module}"), attr, module_switches(names[0]).get(key, False))
    from eval_compare import HELD_OUT, score

    from app.compare import comparer
    from app.compare import turns as turns_mod
    from app.minutes.importer import read_minutes

    plain_context = comparer.context_for
    got: dict = {}
    for name in names:
        tuning = {k.split(".", 1)[1]: v for k, v in VARIANTS[name].items() if k.startswith("tuning.")}

        def context_for(minutes, turns, tuning=tuning):
            ctx = plain_context(minutes, turns)
            ctx.tuning = dataclasses.replace(ctx.tuning, **tuning)
            return ctx

        comparer.context_for = context_for
        for folder in sorted(p for p in (SHARED / "conferences").iterdir() if (p / "gold.json").exists()):
            if (folder.name in HELD_OUT) != held_out:
                continue
            gold = json.loads((folder / "gold.json").read_text())
            turns_json = json.loads((folder / "turns.json").read_text())
            if audio:  # the transcript eval_compare.py keeps (tiny.en), made if missing
                cache = Path("/tmp") / f"fm-eval-{folder.name}.json"
                if not cache.exists():
                    from app.transcription.transcriber import transcribe_file

                    transcribe_file(folder / "audio.flac").save(cache)
                turns = turns_mod.from_transcript(json.loads(cache.read_text()))
            else:
                turns = turns_mod.from_text((folder / "script.txt").read_text())
            result = comparer.compare(read_minutes(folder / "minutes.docx"), turns)
            s = score(result.to_json("minutes.docx", "audio" if audio else "script"), gold, turns_json,
                      ("misattributed",) if audio else ())
            got.setdefault(name, {})[folder.name] = {k: v for k, v in s.items() if isinstance(v, int)}
    print(json.dumps(got))


def run_all(names: list[str], held_out: bool) -> dict:
    """Each group of variants with the same module switches in one process."""
    groups: dict = {}
    for n in names:
        groups.setdefault(json.dumps(module_switches(n), sort_keys=True), []).append(n)
    results: dict = {}
    for group in groups.values():
        results.update(run_variants(group, held_out))
    return results


def pooled(scores: dict, names) -> dict:
    keys = ("planted", "found", "findings", "true", "faithful", "faithful_flagged")
    return {k: sum(scores[n][k] for n in names) for k in keys}


def figures(s: dict) -> tuple[float, float, float]:
    return (s["found"] / max(1, s["planted"]), s["true"] / max(1, s["findings"]),
            s["faithful_flagged"] / max(1, s["faithful"]))


def helps(base: dict, new: dict) -> bool:
    """Adopted when recall rises without precision falling, or precision rises without recall falling."""
    (r0, p0, _), (r1, p1, _) = figures(base), figures(new)
    return (r1 > r0 and p1 >= p0) or (p1 > p0 and r1 >= r0)


def family_of(variant: str) -> str:
    """A resource, whatever its setting: 'embedding-0.60-all' -> 'embedding-all'."""
    return re.sub(r"-\d\.\d+", "", variant)


def choose(results: dict, options: list[str], confs: list[str]) -> str | None:
    """The setting that helps most on these conferences (recall and precision gained, added), or None."""
    base = pooled(results[BASELINE], confs)
    r0, p0, _ = figures(base)
    good = [(sum(figures(pooled(results[v], confs))[:2]) - r0 - p0, v) for v in options
            if helps(base, pooled(results[v], confs))]
    return max(good)[1] if good else None


def row(label: str, s: dict) -> str:
    r, p, f = figures(s)
    return (f"{label:10} R {r:4.2f} ({s['found']:3}/{s['planted']:3})  P {p:4.2f} ({s['true']:3}/{s['findings']:3})  "
            f"faithful flagged {f:5.1%}")


def main() -> None:
    need_shared()
    ap = argparse.ArgumentParser()
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--held-out", action="store_true", help="print the held-out fold's figures at the end")
    ap.add_argument("--audio", action="store_true", help="from audio.flac transcribed by tiny.en (no speaker names; "
                    "misattributed left out), not from the script")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker.split(","), args.held_out, args.audio)
        return
    global AUDIO
    AUDIO = args.audio
    names = [BASELINE] + [v for v in args.variants.split(",") if v != BASELINE]
    results = run_all(names, False)
    confs = sorted(results[BASELINE])
    print("== tuned-on conferences, from the " + ("audio (tiny.en, misattributed left out)" if AUDIO else "script"))
    for c in confs + ["pooled"]:
        for v in names:
            s = pooled(results[v], confs) if c == "pooled" else results[v][c]
            print(row(f"{c if v == BASELINE else ''}", s) + f"  {v}")
    print("\n== leave one conference out: which setting would the other tuned-on conferences choose,"
          "\n   and what does it do to the one left out")
    decisions = {}
    for family in dict.fromkeys(family_of(v) for v in names[1:]):
        options = [v for v in names[1:] if family_of(v) == family]
        left_out = {}
        for c in confs:
            rest = [x for x in confs if x != c]
            chosen = choose(results, options, rest)
            left_out[c] = results[chosen or BASELINE][c]
            r0, p0, _ = figures(results[BASELINE][c])
            r1, p1, _ = figures(left_out[c])
            print(f"{family:10} without {c:6} {chosen or 'none (not adopted)':20} left out: recall {r1 - r0:+.2f} "
                  f"precision {p1 - p0:+.2f}")
        estimate = pooled(left_out, confs)
        print(row(f"{family}", estimate) + "  pooled over the left-out conferences (the estimate)")
        print(row("", pooled(results[BASELINE], confs)) + "  none")
        decisions[family] = choose(results, options, confs) if helps(pooled(results[BASELINE], confs), estimate) else None
    print("\n== decision: " + ", ".join(f"{f}: {d or 'not adopted'}" for f, d in decisions.items()))
    if args.held_out:
        print("\n== held-out fold, pooled (looked at once, decides nothing)")
        held = run_all(names, True)
        for v in names:
            print(row("", pooled(held[v], sorted(held[v]))) + f"  {v}")


if __name__ == "__main__":
    main()
