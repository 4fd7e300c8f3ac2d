"""Recording cost: CPU share and peak memory of a 60 s recording through real PortAudio (from the
virtual microphone), and memory growth over three hours of audio pushed through the writer path
as fast as possible.

    .venv/bin/python bench/recording.py [--seconds 60]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class _Status:
    input_overflow = False


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--hours", type=float, default=3)
    args = ap.parse_args()
    os.environ["FAIRMINUTES_HOME"] = tempfile.mkdtemp(prefix="fm-bench-")

    from app.recording.recorder import BLOCK, Recorder
    from app.recording.wavfile import SAMPLE_RATE
    from app.session import create_session
    from tests.virtual_mic import VirtualMic

    mic = VirtualMic()
    mic.activate()
    try:
        session = create_session("bench")
        rec = Recorder(session)
        cpu0, wall0 = time.process_time(), time.monotonic()
        rec.start()
        while rec.position < args.seconds:
            time.sleep(0.2)
        rec.stop()
        cpu, wall = time.process_time() - cpu0, time.monotonic() - wall0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"live recording: {args.seconds:.0f} s of audio, CPU {100 * cpu / wall:.1f} % of one core, "
              f"peak RSS {peak:.0f} MB (whole process, numpy and PortAudio included)")
    finally:
        mic.close()

    # Three hours through the callback -> queue -> writer -> fsync path, no device, as fast as it goes.
    session = create_session("bench-3h")
    rec = Recorder(session)
    from app.recording.wavfile import CrashSafeWav

    rec.wav = CrashSafeWav(rec.path)
    rec._recording = True
    rec._start_writer()
    block = (np.random.default_rng(0).normal(0, 3000, (BLOCK, 1))).astype(np.int16)
    total_blocks = int(args.hours * 3600 * SAMPLE_RATE / BLOCK)
    samples = []
    t0 = time.monotonic()
    for i in range(total_blocks):
        rec._callback(block, BLOCK, None, _Status)
        if i % 2000 == 0:
            while rec._queue.qsize() > 200:  # let the writer keep pace, as real time would
                time.sleep(0.001)
            samples.append(rss_mb())
    rec.stop()
    took = time.monotonic() - t0
    size = (session.audio_dir / "recording.wav").stat().st_size
    print(f"three hours fed as fast as possible: {took:.1f} s, file {size / 1e6:.0f} MB; RSS at start "
          f"{samples[1]:.1f} MB, at end {samples[-1]:.1f} MB, growth {samples[-1] - samples[1]:+.1f} MB")


if __name__ == "__main__":
    main()
