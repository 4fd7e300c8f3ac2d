"""Word error rate of FairMinutes' transcription pipeline with the default model on each speech set,
next to bare faster-whisper (same model, its default options) in the same run.

    .venv/bin/python bench/wer.py [--model tiny.en]

ami-meeting-4spk has per-speaker texts with no times, so no word order exists across speakers; its
figure is an order-free word error rate (words missing + words extra, over reference words).
"""

from __future__ import annotations

import argparse
import collections
import time

from common import SHARED, need_shared, normalise


def sets():
    sp = SHARED / "speech"
    yield "jfk", [(sp / "jfk/jfk.flac", (sp / "jfk/jfk.reference.txt").read_text())], False
    yield "fleurs-en", [(p, p.with_suffix(".txt").read_text()) for p in sorted((sp / "fleurs-en").glob("*.ogg"))], False
    stm = [line.split(None, 5)[5] for line in (sp / "two-speakers/sample.stm").read_text().splitlines() if line.strip()]
    yield "two-speakers", [(sp / "two-speakers/sample.wav", " ".join(stm))], False
    ami = " ".join(p.read_text() for p in sorted((sp / "ami-meeting-4spk/text").glob("*.txt")))
    yield "ami-meeting-4spk", [(sp / "ami-meeting-4spk/mixture.wav", ami)], True


def orderless_wer(ref: str, hyp: str) -> float:
    r, h = collections.Counter(ref.split()), collections.Counter(hyp.split())
    return (sum((r - h).values()) + sum((h - r).values())) / max(1, sum(r.values()))


def main():
    need_shared()
    import jiwer
    from faster_whisper import WhisperModel

    from app.transcription import models
    from app.transcription.transcriber import transcribe_file

    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="tiny.en")
    args = ap.parse_args()
    choice = models.resolve(args.model)
    bare = WhisperModel(str(choice.path), device="cpu", compute_type="int8", cpu_threads=models.CPU_THREADS)
    print(f"model {choice.name}; WER after lower-casing, removing punctuation, small numbers as digits")
    print(f"{'set':18} {'words':>6} {'FairMinutes':>12} {'bare':>8} {'time FM':>8} {'time bare':>9}")
    for name, items, orderless in sets():
        refs, ours, theirs = [], [], []
        t_ours = t_bare = 0.0
        for path, ref in items:
            t = time.perf_counter()
            ours.append(normalise(transcribe_file(path, args.model).text))
            t_ours += time.perf_counter() - t
            t = time.perf_counter()
            segs, _ = bare.transcribe(str(path), language="en")
            theirs.append(normalise(" ".join(s.text for s in segs)))
            t_bare += time.perf_counter() - t
            refs.append(normalise(ref))
        if orderless:
            w_ours, w_bare = orderless_wer(refs[0], ours[0]), orderless_wer(refs[0], theirs[0])
        else:
            w_ours, w_bare = jiwer.wer(refs, ours), jiwer.wer(refs, theirs)
        n = sum(len(r.split()) for r in refs)
        print(f"{name:18} {n:6d} {w_ours:11.1%}{'*' if orderless else ' '} {w_bare:7.1%} {t_ours:7.1f}s {t_bare:8.1f}s")
    print("* order-free (bag of words) error rate")


if __name__ == "__main__":
    main()
