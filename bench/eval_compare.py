"""How well the comparer finds the planted discrepancies in the scripted conferences.

    .venv/bin/python bench/eval_compare.py [--only script|audio] [--verbose] [--model tiny.en|base|small]

Runs each conference in ../shared/data/conferences twice: with script.txt as the transcript
(speakers known) and with audio.flac transcribed by the default model (no speaker names). Prints,
per conference and overall: recall of the planted discrepancies (a finding of the right kind on the
right minutes sentence, or for 'omitted' evidence covering the right script lines), precision of
the findings, and the share of faithful statements wrongly flagged. `--model` transcribes the audio
with another installed model instead (a check that the comparer is not fitted to one recogniser's
mistakes); transcripts are cached in /tmp.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from common import SHARED, need_shared


def lines_of(evidence: list[dict], turns_json: list[dict]) -> set[int]:
    out = set()
    for e in evidence:
        if "line" in e:
            out.add(e["line"])
            continue
        for t in turns_json:
            if t["start"] < e["end"] and t["end"] > e["start"]:
                out.add(t["line"])
    return out


def score(result: dict, gold: dict, turns_json: list[dict], exclude_kinds=()) -> dict:
    planted = [d for d in gold["discrepancies"] if d["kind"] not in exclude_kinds]
    faithful = {f["minutes_text"] for f in gold["faithful"]}
    findings = [f for f in result["findings"] if f["kind"] not in exclude_kinds]
    found, true_findings, wrong_faithful = set(), set(), set()
    for f in findings:
        hit = None
        for d in planted:
            if d["kind"] != f["kind"]:
                continue
            if d["kind"] == "omitted":
                if lines_of(f["evidence"], turns_json) & set(d["script_lines"]):
                    hit = d["id"]
            elif f["minutes_text"] == d["minutes_text"]:
                hit = d["id"]
            if hit:
                break
        if hit:
            found.add(hit)
            true_findings.add(f["id"])
        if f["minutes_text"] in faithful:
            wrong_faithful.add(f["minutes_text"])
    return {"planted": len(planted), "found": len(found), "findings": len(findings), "true": len(true_findings),
            "faithful": len(faithful), "faithful_flagged": len(wrong_faithful),
            "missed": [d for d in planted if d["id"] not in found],
            "false": [f for f in findings if f["id"] not in true_findings]}


def fmt(s: dict) -> str:
    r = s["found"] / max(1, s["planted"])
    p = s["true"] / max(1, s["findings"])
    fa = s["faithful_flagged"] / max(1, s["faithful"])
    return (f"recall {r:5.2f} ({s['found']}/{s['planted']})  precision {p:5.2f} ({s['true']}/{s['findings']})  "
            f"faithful flagged {fa:5.1%} ({s['faithful_flagged']}/{s['faithful']})")


def main():
    need_shared()
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=["script", "audio"])
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--model", default=None, help="the model for the audio (default: the app's default)")
    args = ap.parse_args()
    from app.compare import turns as turns_mod
    from app.compare.comparer import compare
    from app.minutes.importer import read_minutes
    from app.transcription.transcriber import transcribe_file

    folders = sorted(p for p in (SHARED / "conferences").iterdir() if (p / "gold.json").exists())
    for mode in ("script", "audio"):
        if args.only and args.only != mode:
            continue
        exclude = ("misattributed",) if mode == "audio" else ()
        total: dict = {}
        print(f"== transcript from {mode}" + (" (misattributed left out: no speaker names)" if exclude else ""))
        for folder in folders:
            gold = json.loads((folder / "gold.json").read_text())
            turns_json = json.loads((folder / "turns.json").read_text())
            minutes = read_minutes(folder / "minutes.docx")
            if mode == "script":
                turns = turns_mod.from_text((folder / "script.txt").read_text())
            else:
                tag = "" if args.model in (None, "tiny.en") else f"-{args.model}"
                cache = Path("/tmp") / f"fm-eval{tag}-{folder.name}.json"
                if not cache.exists():
                    transcribe_file(folder / "audio.flac", args.model).save(cache)
                turns = turns_mod.from_transcript(json.loads(cache.read_text()))
            t = time.perf_counter()
            result = compare(minutes, turns).to_json("minutes.docx", mode)
            took = time.perf_counter() - t
            s = score(result, gold, turns_json, exclude)
            print(f"{folder.name:8} {fmt(s)}  ({took:.2f} s)")
            if args.verbose:
                for d in s["missed"]:
                    print(f"    MISSED {d['kind']:14} {str(d['minutes_text'])[:90]}")
                for f in s["false"]:
                    print(f"    FALSE  {f['kind']:14} {str(f['minutes_text'])[:90]} | {f['explanation'][:110]}")
            for k, v in s.items():
                if isinstance(v, int):
                    total[k] = total.get(k, 0) + v
        print(f"{'overall':8} {fmt(total)}")


if __name__ == "__main__":
    main()
