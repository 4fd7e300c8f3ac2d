"""Transcription speed on this machine.

    .venv/bin/python bench/transcribe.py [--file AUDIO] [--live-seconds 600]

Prints: the batch real-time factor; the pipeline's time over a bare WhisperModel.transcribe of the
same file with the same options (the cost of decoding, hashing and the guard); and, for live mode fed
at real-time speed through the recorder from the virtual microphone, the lag from the end of speech
to its segment (p50, p95) and the time from Stop to the final transcript.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time

import numpy as np
from common import SHARED, need_shared


def main():
    need_shared()
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", default=str(SHARED / "conferences/dev-1/audio.flac"))
    ap.add_argument("--live-seconds", type=float, default=600, help="how much of the file to feed live (0: skip)")
    ap.add_argument("--model", default="tiny.en")
    args = ap.parse_args()
    os.environ.setdefault("FAIRMINUTES_HOME", tempfile.mkdtemp(prefix="fm-bench-"))

    from app.transcription import models
    from app.transcription.transcriber import DECODE_OPTIONS, transcribe_file

    model = models.load(models.resolve(args.model))
    transcribe_file(SHARED / "speech/jfk/jfk.flac", args.model)  # warm up
    t = time.perf_counter()
    tr = transcribe_file(args.file, args.model)
    ours = time.perf_counter() - t
    t = time.perf_counter()
    list(model.transcribe(args.file, **DECODE_OPTIONS)[0])
    bare = time.perf_counter() - t
    print(f"batch: {tr.duration:.0f} s of audio in {ours:.1f} s, real-time factor {ours / tr.duration:.3f}")
    print(f"pipeline / bare WhisperModel.transcribe (same options): {ours:.1f} s / {bare:.1f} s = {ours / bare:.2f}")

    if args.live_seconds <= 0:
        return
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from app.recording.recorder import Recorder
    from app.session import create_session
    from app.transcription.live import LiveTranscriber
    from tests.virtual_mic import VirtualMic, load_speech

    speech = load_speech(Path(args.file))[: int(args.live_seconds * 16000)]
    mic = VirtualMic()
    mic.activate()
    try:
        session = create_session("bench live")
        live = LiveTranscriber(args.model)
        rec = Recorder(session)
        rec.listeners.append(live.feed)
        rec.start()
        mic.play(speech)
        while mic.busy():
            time.sleep(0.2)
        time.sleep(0.3)
        rec.stop()
        t = time.perf_counter()
        final = live.finish()
        stop_to_final = time.perf_counter() - t
    finally:
        mic.close()
    lags = np.array(live.lags)
    print(f"live: {len(speech) / 16000:.0f} s fed in real time, {len(final.segments)} segments; lag from speech "
          f"to segment p50 {np.percentile(lags, 50):.1f} s, p95 {np.percentile(lags, 95):.1f} s, "
          f"max {lags.max():.1f} s")
    print(f"live: Stop to final transcript {stop_to_final:.1f} s")


if __name__ == "__main__":
    main()
