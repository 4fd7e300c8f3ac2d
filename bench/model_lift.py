"""Would a bigger recogniser, run after the meeting, help? Word error rate and time per conference.

    .venv/bin/python bench/model_lift.py [--model base] [--conf dev-1 --conf dev-2 ...] [--cache /tmp/fm-eval]

For each tuned-on scripted conference (never the held-out fold of bench/eval_compare.py), transcribes
audio.flac with the app's pipeline (transcribe_file: beam search, VAD, guard, voice labels) and the
chosen model, timing it, and prints the word error rate against script.txt (speaker labels removed;
lower case, no punctuation, small numbers as digits, as bench/wer.py) beside tiny.en's. Transcripts
are cached where bench/eval_compare.py looks for them (/tmp/fm-eval[-MODEL]-CONF.json), so
`bench/eval_compare.py --only audio --model MODEL` then scores the comparer on the same text; the
time of a transcription made here is kept beside it (CACHE-times.json). Run one at a time: the time
is the real-time factor on this machine's cores, shared with whatever else runs.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import time
from pathlib import Path

from common import SHARED, need_shared, normalise
from eval_compare import HELD_OUT

TUNED = ("dev-1", "dev-2", "dev-4", "dev-5", "dev-6", "dev-9", "dev-a", "dev-b")


def reference(folder: Path) -> str:
    """What was said: script.txt with each turn's 'Role (Name):' label removed."""
    return " ".join(line.split(":", 1)[1] for line in (folder / "script.txt").read_text().splitlines() if ":" in line)


TITLES = {"dr", "mr", "mrs", "ms", "miss", "dc", "ds", "pc"}


def name_words(folder: Path) -> set[str]:
    """The attendees' first names and surnames, from the script's 'Role (Name):' labels."""
    out = set()
    for line in (folder / "script.txt").read_text().splitlines():
        m = re.match(r"[^:(]*\(([^)]*)\)\s*:", line)
        if m:
            out |= {w for w in normalise(m.group(1)).split() if w not in TITLES and len(w) > 2}
    return out


def names_heard(ref: str, hyp: str, names: set[str]) -> tuple[int, int]:
    """How many times an attendee's name is said (in the script) and heard (in the transcript, at most
    as many times as said)."""
    r, h = collections.Counter(ref.split()), collections.Counter(hyp.split())
    return sum(min(r[w], h[w]) for w in names), sum(r[w] for w in names)


def cache_path(prefix: str, model: str, conf: str) -> Path:
    tag = "" if model == "tiny.en" else f"-{model}"
    return Path(f"{prefix}{tag}-{conf}.json")


def transcript_text(path: Path) -> str:
    return " ".join(s["text"] for s in json.loads(path.read_text())["segments"])


def main():
    need_shared()
    import jiwer

    from app.transcription.transcriber import transcribe_file

    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="base")
    ap.add_argument("--conf", action="append", help="a tuned-on conference (default: all eight)")
    ap.add_argument("--cache", default="/tmp/fm-eval", help="cache prefix (eval_compare.py's by default)")
    args = ap.parse_args()
    confs = args.conf or list(TUNED)
    if set(confs) & set(HELD_OUT):
        raise SystemExit("the held-out conferences are not for this bench")
    times_file = Path(f"{args.cache}-times.json")
    times = json.loads(times_file.read_text()) if times_file.exists() else {}

    print("word error rate against script.txt; attendees' names heard (of those said); time of a "
          "transcription made in this run (x real time)")
    print(f"{'conf':6} {'words':>6} {'tiny.en':>8} {args.model:>8} {'names tiny':>12} {'names ' + args.model:>12} "
          f"{'audio':>7} {'time':>7} {'x real':>7}")
    refs, tiny, ours = [], [], []
    heard = {"tiny": [0, 0], "ours": [0, 0]}
    audio_s = took_s = 0.0
    for conf in confs:
        folder = SHARED / "conferences" / conf
        out = cache_path(args.cache, args.model, conf)
        if not out.exists():
            t = time.perf_counter()
            tr = transcribe_file(folder / "audio.flac", args.model)
            took = time.perf_counter() - t
            tr.save(out)
            times[f"{args.model}/{conf}"] = {"seconds": took, "duration": tr.duration}
            times_file.write_text(json.dumps(times, indent=1))
        ref = normalise(reference(folder))
        hyp = normalise(transcript_text(out))
        tiny_path = cache_path("/tmp/fm-eval", "tiny.en", conf)
        tiny_hyp = normalise(transcript_text(tiny_path)) if tiny_path.exists() else None
        refs.append(ref)
        ours.append(hyp)
        if tiny_hyp is not None:
            tiny.append(tiny_hyp)
        tm = times.get(f"{args.model}/{conf}")
        timing = (f"{tm['duration'] / 60:6.1f}m {tm['seconds']:6.0f}s {tm['seconds'] / tm['duration']:7.3f}"
                  if tm else f"{'':7} {'cached':>7}")
        if tm:
            audio_s += tm["duration"]
            took_s += tm["seconds"]
        names = name_words(folder)
        cols = []
        for key, text in (("tiny", tiny_hyp), ("ours", hyp)):
            if text is None:
                cols.append(f"{'-':>12}")
                continue
            got, said = names_heard(ref, text, names)
            heard[key][0] += got
            heard[key][1] += said
            cols.append(f"{got:4d}/{said:<3d}{got / max(1, said):4.0%}")
        tiny_w = f"{jiwer.wer(ref, tiny_hyp):8.1%}" if tiny_hyp is not None else f"{'-':>8}"
        print(f"{conf:6} {len(ref.split()):6d} {tiny_w} {jiwer.wer(ref, hyp):8.1%} {cols[0]} {cols[1]} {timing}",
              flush=True)
    tiny_all = f"{jiwer.wer(refs, tiny):8.1%}" if len(tiny) == len(refs) else f"{'-':>8}"
    cols = [f"{g:4d}/{n:<3d}{g / max(1, n):4.0%}" for g, n in heard.values()]
    rtf = f"{audio_s / 60:6.1f}m {took_s:6.0f}s {took_s / audio_s:7.3f}" if audio_s else ""
    print(f"{'all':6} {sum(len(r.split()) for r in refs):6d} {tiny_all} {jiwer.wer(refs, ours):8.1%} {cols[0]} "
          f"{cols[1]} {rtf}")


if __name__ == "__main__":
    main()
