"""Does giving the recogniser the conference's vocabulary help? (issue #14, audio mode)

    .venv/bin/python bench/vocabulary.py [--transcribe-only] [--held-out] [--modes none,hotwords,prompt,roster]
                                         [--only dev-a,dev-b]

For each tuned-on conference (bench/eval_compare.py's HELD_OUT fold only with --held-out, and then
only its figures) audio.flac is transcribed by the default model with the app's decoding options and:
  none      nothing more (today's transcript)
  hotwords  faster-whisper `hotwords` = app.transcription.vocabulary.build(roster, minutes)
  prompt    `initial_prompt` = the same line (with condition_on_previous_text off, as the app decodes,
            faster-whisper uses it for the first 30-s window of each transcribe() call only)
  roster    `hotwords` from the roster alone (what is known before the meeting: the minutes' attendee
            table stands in for the roster the parent types)
  short     `hotwords` cut at SHORT_CHARS: is it the length of the hint that does harm?
and prints per conference: WER against script.txt (bench/common.normalise), the error on people's
names only (names missed or misheard, plus names written where another word was said, over the
names said), and eval_compare's audio-mode score (misattributed left out): recall, precision, and
the not-said discrepancies found, with any that the vocabulary lost.

Transcripts are cached in ~/.cache/fairminutes-bench/ (one 10-minute conference takes minutes on
2 shared cores); --transcribe-only fills the cache, one transcription at a time.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from common import SHARED, need_shared, normalise
from eval_compare import HELD_OUT, score

CACHE = Path.home() / ".cache" / "fairminutes-bench"
MODES = ("none", "hotwords", "prompt", "roster", "short")
SHORT_CHARS = 160  # "short": the same line cut to about 40 tokens, mostly the people's names
_LABEL = re.compile(r"^([^:(]+?)\s*(?:\(([^)]*)\))?:\s*(.*)$")
TITLES = {"mr", "mrs", "ms", "miss", "dr", "dc", "pc", "ds"}


def conferences(held_out: bool) -> list[Path]:
    folders = sorted(p for p in (SHARED / "conferences").iterdir() if (p / "gold.json").exists())
    return [p for p in folders if (p.name in HELD_OUT) == held_out]


def vocab_for(folder: Path, mode: str) -> str:
    from app.minutes.importer import read_minutes
    from app.transcription import vocabulary

    minutes = read_minutes(folder / "minutes.docx")
    roster = [(a.name, a.role) for a in minutes.attendees]
    if mode == "short":
        return vocabulary.build(roster, minutes, max_chars=SHORT_CHARS)
    return vocabulary.build(roster, None if mode == "roster" else minutes)


def options_for(folder: Path, mode: str) -> dict:
    if mode == "none":
        return {}
    if mode == "prompt":
        return {"initial_prompt": vocab_for(folder, mode)}
    return {"hotwords": vocab_for(folder, mode)}


def cached(folder: Path, mode: str) -> Path:
    return CACHE / f"vocab-{mode}-{folder.name}.json"


def transcribe(folder: Path, mode: str) -> dict:
    from app.transcription import transcriber

    path = cached(folder, mode)
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        base = dict(transcriber.DECODE_OPTIONS)
        extra = options_for(folder, mode)
        transcriber.DECODE_OPTIONS = {**base, **extra}  # read at call time
        path.with_suffix(".hint.txt").write_text("".join(extra.values()) + "\n")  # the hint, for the record
        try:
            t = time.perf_counter()
            transcript = transcriber.transcribe_file(folder / "audio.flac")
            print(f"  transcribed {folder.name} {mode} in {time.perf_counter() - t:.0f} s", flush=True)
        finally:
            transcriber.DECODE_OPTIONS = base
        tmp = path.with_suffix(".part")
        transcript.save(tmp)
        tmp.replace(path)
    return json.loads(path.read_text())


def script_text(folder: Path) -> str:
    return " ".join(_LABEL.match(line).group(3) for line in (folder / "script.txt").read_text().splitlines()
                    if _LABEL.match(line))


def name_words(folder: Path) -> set[str]:
    """The words of the people's names: the script's speaker labels and the minutes' attendees."""
    from app.minutes.importer import read_minutes

    names = [m.group(2) or "" for line in (folder / "script.txt").read_text().splitlines()
             if (m := _LABEL.match(line))]
    names += [a.name for a in read_minutes(folder / "minutes.docx").attendees]
    return {w for n in names for w in normalise(n).split() if w not in TITLES and len(w) > 1}


def name_error(ref: str, hyp: str, names: set[str]) -> tuple[float, int]:
    """(names wrong / names said, names said): a said name not heard as itself, or a name heard
    where another word was said."""
    import jiwer

    out = jiwer.process_words(ref, hyp)
    r, h = out.references[0], out.hypotheses[0]
    said = sum(1 for w in r if w in names)
    wrong = 0
    for chunk in out.alignments[0]:
        if chunk.type == "equal":
            continue
        wrong += sum(1 for w in r[chunk.ref_start_idx:chunk.ref_end_idx] if w in names)
        wrong += sum(1 for w in h[chunk.hyp_start_idx:chunk.hyp_end_idx] if w in names)
    return wrong / max(1, said), said


def measure(folder: Path, transcript: dict) -> dict:
    import jiwer

    from app.compare import turns as turns_mod
    from app.compare.comparer import compare
    from app.minutes.importer import read_minutes

    ref = normalise(script_text(folder))
    hyp = normalise(" ".join(s["text"] for s in transcript["segments"]))
    gold = json.loads((folder / "gold.json").read_text())
    turns_json = json.loads((folder / "turns.json").read_text())
    result = compare(read_minutes(folder / "minutes.docx"), turns_mod.from_transcript(transcript))
    s = score(result.to_json("minutes.docx", "audio"), gold, turns_json, ("misattributed",))
    missed = {d["id"] for d in s["missed"]}
    not_said = {d["id"] for d in gold["discrepancies"] if d["kind"] == "not_said"} - missed
    nwer, said = name_error(ref, hyp, name_words(folder))
    return {"wer": jiwer.wer(ref, hyp), "names": nwer, "names_said": said, "found": s["found"],
            "planted": s["planted"], "true": s["true"], "findings": s["findings"], "not_said": not_said}


def main():
    need_shared()
    ap = argparse.ArgumentParser()
    ap.add_argument("--transcribe-only", action="store_true")
    ap.add_argument("--held-out", action="store_true", help="the held-out fold instead (figures only)")
    ap.add_argument("--modes", default="none,hotwords,prompt,roster")
    ap.add_argument("--only", default="", help="these conferences only, e.g. dev-a,dev-b")
    args = ap.parse_args()
    modes = [m for m in args.modes.split(",") if m in MODES]
    folders = [f for f in conferences(args.held_out) if not args.only or f.name in args.only.split(",")]
    if args.transcribe_only:
        for folder in folders:  # a conference's transcripts together: its figures come first
            for mode in modes:
                transcribe(folder, mode)
        return
    print("WER: words wrong / words said, script.txt against the transcript; names: error on people's names;"
          "\nrecall/precision: eval_compare's audio mode (misattributed left out); NS: not-said found")
    totals = {m: {"ref": 0, "err": 0.0, "nsaid": 0, "nerr": 0.0, "found": 0, "planted": 0, "true": 0,
                  "findings": 0, "ns": 0, "lost": 0} for m in modes}
    for folder in folders:
        base = None
        missing = [m for m in modes if not cached(folder, m).exists()]
        if missing:  # pooled figures only over conferences with every mode: transcribing is --transcribe-only's
            print(f"{folder.name:7} not transcribed yet with {', '.join(missing)} (run with --transcribe-only)")
            continue
        for mode in modes:
            m = measure(folder, json.loads(cached(folder, mode).read_text()))
            if mode == "none":
                base = m
            lost = sorted(base["not_said"] - m["not_said"]) if base else []
            n = len(normalise(script_text(folder)).split())
            t = totals[mode]
            t["ref"] += n
            t["err"] += m["wer"] * n
            t["nsaid"] += m["names_said"]
            t["nerr"] += m["names"] * m["names_said"]
            for k in ("found", "planted", "true", "findings"):
                t[k] += m[k]
            t["ns"] += len(m["not_said"])
            t["lost"] += len(lost)
            print(f"{folder.name:7} {mode:9} WER {m['wer']:6.1%}  names {m['names']:6.1%} ({m['names_said']})  "
                  f"recall {m['found'] / max(1, m['planted']):.2f} ({m['found']}/{m['planted']})  "
                  f"precision {m['true'] / max(1, m['findings']):.2f} ({m['true']}/{m['findings']})  "
                  f"NS {len(m['not_said'])}" + (f"  LOST not-said {', '.join(lost)}" if lost else ""), flush=True)
    fold = "held-out fold" if args.held_out else "tuned-on fold"
    print(f"== {fold}, pooled")
    for mode, t in totals.items():
        if t["ref"]:
            print(f"{mode:9} WER {t['err'] / t['ref']:6.1%}  names {t['nerr'] / max(1, t['nsaid']):6.1%}  "
                  f"recall {t['found'] / max(1, t['planted']):.2f} ({t['found']}/{t['planted']})  "
                  f"precision {t['true'] / max(1, t['findings']):.2f} ({t['true']}/{t['findings']})  "
                  f"not-said found {t['ns']}, lost {t['lost']}")


if __name__ == "__main__":
    main()
