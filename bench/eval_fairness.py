"""How well the fairness checks (app/fairness/) find what a careful reader labelled in each
conference's procedure.json: procedural cues, quality problems of the minutes, material findings.

    .venv/bin/python bench/eval_fairness.py [--verbose] [--only dev-1,dev-2] [--audio] [--speed]

--audio: the transcript is audio.flac transcribed by the default model (no speaker names; cached in
/tmp as bench/eval_compare.py caches it), so the cues that need to know who spoke (a parent's or a
professional's dissent) and the checks built on them cannot be made.

Leave-one-conference-out: the rules are hand-written English, fitted to no conference, and the one
number learned from labels (the materiality weight from which a finding counts as material) is
chosen on the other ten conferences for each one scored. Counts are printed beside every figure.

Scoring.
- Cues: a labelled cue is found when a cue of the same type rests on one of its script lines;
  a cue is right when it rests on a line of a labelled cue of its type. Recall is split by whether
  the label says the minutes carry it (minuted / not minuted).
- Quality: a labelled problem is found by a quality finding of the same check on the same minutes
  sentence; a problem with no minutes sentence (something missing) by one of the same check with
  none, one for one.
- Materiality: the comparer's findings that hit a planted discrepancy are ranked by the
  materiality order; printed is the share of the labelled-material ones among the top half and
  the share of (material, not material) pairs ranked the right way round.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from common import SHARED, need_shared

CUE_TARGETS = ("request_to_minute", "parent_dissent", "professional_dissent", "report_late",
               "advocate_requested_not_provided")
QUALITY_TARGETS = ("action_without_owner", "action_without_timescale", "professional_view_missing",
                   "dissent_not_recorded")


def cue_lines(cue: dict, turns_json: list[dict] | None = None) -> set[int]:
    from eval_compare import lines_of

    return lines_of(cue["evidence"], turns_json or [])


def score_cues(cues: list[dict], labels: list[dict], tally: dict, verbose: bool, name: str,
               turns_json: list[dict]) -> None:
    for c in cues:
        c["_lines"] = cue_lines(c, turns_json)
    for lab in labels:
        hits = [c for c in cues if c["type"] == lab["type"] and c["_lines"] & set(lab["script_lines"])]
        found = bool(hits)
        guessed = [c["minuted"] for c in hits if c.get("minuted") is not None]
        if guessed:  # does FairMinutes say the minutes carry it, as the reader does?
            tally["minuted"]["right"][0] += guessed[0] == lab["minuted"]
            tally["minuted"]["right"][1] += 1
        key = (lab["type"], "minuted" if lab["minuted"] else "not minuted")
        tally["recall"][key][0] += found
        tally["recall"][key][1] += 1
        if verbose and not found:
            print(f"    {name} MISSED cue {lab['type']:32} lines {lab['script_lines']}")
    for c in cues:
        right = any(c["type"] == lab["type"] and c["_lines"] & set(lab["script_lines"]) for lab in labels)
        tally["precision"][c["type"]][0] += right
        tally["precision"][c["type"]][1] += 1
        if verbose and not right:
            print(f"    {name} EXTRA cue {c['type']:32} lines {sorted(c['_lines'])} {c['summary'][:60]}")


def same_sentence(a: str | None, b: str | None) -> bool:
    """The label copies minutes.txt, numbering included ("3. The nurse will ..."); the statement has
    the sentence without its paragraph number."""
    from app.minutes.statements import NUMBERING

    return a == b or (a is not None and b is not None and NUMBERING.sub("", a).strip() == NUMBERING.sub("", b).strip())


def score_quality(found: list[dict], labels: list[dict], tally: dict, verbose: bool, name: str) -> None:
    used: set[int] = set()
    for lab in labels:
        hit = next((i for i, f in enumerate(found) if i not in used and f["check"] == lab["type"]
                    and same_sentence(f["minutes_text"], lab["minutes_text"])), None)
        if hit is not None:
            used.add(hit)
        tally["q_recall"][lab["type"]][0] += hit is not None
        tally["q_recall"][lab["type"]][1] += 1
        if verbose and hit is None:
            print(f"    {name} MISSED quality {lab['type']:26} {str(lab['minutes_text'])[:70]}")
    for i, f in enumerate(found):
        tally["q_precision"][f["check"]][0] += i in used
        tally["q_precision"][f["check"]][1] += 1
        if verbose and i not in used:
            print(f"    {name} EXTRA quality {f['check']:26} {str(f['minutes_text'])[:70]} | {f['explanation'][:150]}")


def material_hits(result: dict, gold: dict, turns_json: list[dict]) -> list[tuple[dict, bool]]:
    """The comparer's findings that hit a planted discrepancy, each with whether it is labelled material."""
    from eval_compare import SAME_KIND, lines_of

    out = []
    for f in result["findings"]:
        if f["kind"] == "quality":
            continue
        for d in gold["discrepancies"]:
            if f["kind"] not in SAME_KIND.get(d["kind"], {d["kind"]}):
                continue
            if (d["kind"] == "omitted" and lines_of(f["evidence"], turns_json) & set(d["script_lines"])) or \
                    (d["kind"] != "omitted" and f["minutes_text"] == d["minutes_text"]):
                out.append((f, d["id"] in gold["_material"]))
                break
    return out


def ratio(a: float, b: int) -> str:
    return f"{a / b:4.2f} ({a:g}/{b})" if b else "  -  (0/0)"


def main():
    need_shared()
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--only", default="")
    ap.add_argument("--audio", action="store_true", help="transcribe audio.flac (no speaker names) instead")
    ap.add_argument("--speed", action="store_true", help="time the checks on a three-hour meeting instead")
    args = ap.parse_args()
    if args.speed:
        return speed()
    from app.compare import turns as turns_mod
    from app.compare.attribution import has_speakers
    from app.compare.comparer import compare
    from app.fairness.cues import find_cues
    from app.fairness.report import mark_minuted
    from app.minutes.importer import read_minutes

    folders = sorted(p for p in (SHARED / "conferences").iterdir() if (p / "procedure.json").exists())
    if args.only:
        folders = [f for f in folders if f.name in args.only.split(",")]
    tally = {k: defaultdict(lambda: [0, 0]) for k in ("recall", "precision", "q_recall", "q_precision")}
    tally["minuted"] = {"right": [0, 0]}
    ranked: dict[str, list[tuple[float, float, bool]]] = {}
    for folder in folders:
        proc = json.loads((folder / "procedure.json").read_text())
        gold = json.loads((folder / "gold.json").read_text())
        gold["_material"] = set(proc["material"])
        turns_json = json.loads((folder / "turns.json").read_text())
        if args.audio:
            cache = Path("/tmp") / f"fm-eval-{folder.name}.json"
            if not cache.exists():
                from app.transcription.transcriber import transcribe_file

                transcribe_file(folder / "audio.flac").save(cache)
            turns = turns_mod.from_transcript(json.loads(cache.read_text()))
        else:
            turns = turns_mod.from_text((folder / "script.txt").read_text())
        compared = compare(read_minutes(folder / "minutes.docx"), turns)
        result = compared.to_json("minutes.docx", "audio" if args.audio else "script")
        found_cues = find_cues(turns, has_speakers(turns))
        mark_minuted(found_cues, compared.findings, result["statements"])
        cues = [c.to_json() for c in found_cues]
        score_cues(cues, proc["cues"], tally, args.verbose, folder.name, turns_json)
        quality = [f for f in result["findings"] if f["kind"] == "quality"]
        score_quality(quality, proc["quality"], tally, args.verbose, folder.name)
        ranked[folder.name] = [((f.get("materiality") or {}).get("weight", 0.0), f["confidence"], m)
                               for f, m in material_hits(result, gold, turns_json)]
        print(f"{folder.name}: {len(cues)} cues, {len(quality)} quality findings, "
              f"{len(ranked[folder.name])} findings on planted discrepancies")

    print("\n== Procedural cues " + ("(transcript from the audio, tiny.en; no speaker names)" if args.audio
                                     else "(transcript from the script; speakers known)"))
    for t in sorted({k[0] for k in tally["recall"]} | set(tally["precision"])):
        rec = {m: tally["recall"].get((t, m), [0, 0]) for m in ("minuted", "not minuted")}
        a = sum(r[0] for r in rec.values())
        b = sum(r[1] for r in rec.values())
        p = tally["precision"].get(t, [0, 0])
        mark = " *" if t in CUE_TARGETS else ""
        print(f"  {t:32} recall {ratio(a, b)}  [minuted {ratio(*rec['minuted'])}, not minuted "
              f"{ratio(*rec['not minuted'])}]  precision {ratio(*p)}{mark}")
    print(f"  minuted or not, as the reader labelled it, where FairMinutes says: {ratio(*tally['minuted']['right'])}")
    print("\n== Quality of the minutes")
    for t in sorted(set(tally["q_recall"]) | set(tally["q_precision"])):
        mark = " *" if t in QUALITY_TARGETS else ""
        print(f"  {t:28} recall {ratio(*tally['q_recall'].get(t, [0, 0]))}  "
              f"precision {ratio(*tally['q_precision'].get(t, [0, 0]))}{mark}")
    print("  (* a target of issue #17)")
    print_materiality(ranked)


def speed() -> None:
    """The cues, quality checks and weights on bench/compare_speed.py's three-hour meeting (1,355
    turns, 600 statements), after the comparison."""
    import time

    from compare_speed import build

    from app.compare.attribution import has_speakers
    from app.fairness import judge_minutes

    minutes, turns = build()[:2]
    t = time.perf_counter()
    quality = judge_minutes(minutes, turns, [], has_speakers(turns))
    print(f"fairness checks on {len(turns)} turns and {len(minutes.statements)} statements: "
          f"{time.perf_counter() - t:.2f} s ({len(quality)} quality findings)")


def threshold_for(rows: list[tuple[float, float, bool]]) -> float:
    """The weight from which a finding counts as material that best separates the labels (F1)."""
    best, best_f1 = 0.5, -1.0
    for th in sorted({w for w, _, _ in rows}):
        tp = sum(1 for w, _, m in rows if w >= th and m)
        fp = sum(1 for w, _, m in rows if w >= th and not m)
        fn = sum(1 for w, _, m in rows if w < th and m)
        f1 = 2 * tp / max(1, 2 * tp + fp + fn)
        if f1 > best_f1:
            best, best_f1 = th, f1
    return best


def print_materiality(ranked: dict[str, list[tuple[float, float, bool]]]) -> None:
    print("\n== Materiality of the findings on planted discrepancies (material = labelled in procedure.json)")
    top_m = top_n = pairs_ok = pairs = tp = fp = fn = 0
    for name, rows in ranked.items():
        order = sorted(rows, key=lambda r: (-round(r[0], 2), -round(r[1], 2)))
        half = order[: (len(order) + 1) // 2]
        m_all = sum(1 for r in rows if r[2])
        m_top = sum(1 for r in half if r[2])
        ok = sum(1 for a in rows for b in rows if a[2] and not b[2] and a[0] > b[0]) + \
            0.5 * sum(1 for a in rows for b in rows if a[2] and not b[2] and a[0] == b[0])
        n = sum(1 for a in rows for b in rows if a[2] and not b[2])
        others = [r for k, v in ranked.items() if k != name for r in v]
        th = threshold_for(others)  # leave this conference out
        c_tp = sum(1 for w, _, m in rows if w >= th and m)
        c_fp = sum(1 for w, _, m in rows if w >= th and not m)
        c_fn = sum(1 for w, _, m in rows if w < th and m)
        print(f"  {name:6} top half material {ratio(m_top, len(half))} (material in all {m_all}/{len(rows)})  "
              f"pairs right {ratio(ok, n) if n else '-'}  material from {th:.2f} (others): "
              f"precision {ratio(c_tp, c_tp + c_fp)} recall {ratio(c_tp, c_tp + c_fn)}")
        top_m, top_n, pairs_ok, pairs = top_m + m_top, top_n + len(half), pairs_ok + ok, pairs + n
        tp, fp, fn = tp + c_tp, fp + c_fp, fn + c_fn
    print(f"  all    top half material {ratio(top_m, top_n)}  pairs right {ratio(pairs_ok, pairs)}  "
          f"material (leave-one-out threshold): precision {ratio(tp, tp + fp)} recall {ratio(tp, tp + fn)}")
    from app.compare.findings import MATERIAL_FROM

    rows = [r for v in ranked.values() for r in v]
    f_tp = sum(1 for w, _, m in rows if w >= MATERIAL_FROM and m)
    f_fp = sum(1 for w, _, m in rows if w >= MATERIAL_FROM and not m)
    f_fn = sum(1 for w, _, m in rows if w < MATERIAL_FROM and m)
    print(f"  the app's own line (material from {MATERIAL_FROM}): precision {ratio(f_tp, f_tp + f_fp)} "
          f"recall {ratio(f_tp, f_tp + f_fn)}")


if __name__ == "__main__":
    main()
