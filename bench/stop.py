"""How long Stop holds up the window on a long recording.

    .venv/bin/python bench/stop.py [--hours 3]

A conference whose recording already holds `--hours` of audio (quiet noise, 24 kHz, 16-bit: 520 MB
for three hours) is carried on for two seconds from the virtual microphone (tests/virtual_mic.py)
on the real conference screen (Qt offscreen), then stopped. Printed, for the screen's Stop now and for what it did
before (the recorder's stop, and later the manifest, each on the window's thread): the longest call
on the window's thread, and the longest time that thread could not answer (a 10 ms timer's largest
gap) until the file was closed, hashed and its manifest written. The transcript is left out (replaced by nothing), so
only Stop itself is measured. Figures, never pass/fail.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def long_recording(session, hours: float) -> None:
    from app.recording.wavfile import SAMPLE_RATE, CrashSafeWav, part_path

    session.audio_dir.mkdir(parents=True, exist_ok=True)
    wav = CrashSafeWav(part_path(session.audio_dir, 1))
    rng = np.random.default_rng(7)
    block = (rng.standard_normal(SAMPLE_RATE * 60) * 30).astype(np.int16)  # a minute of quiet noise
    for _ in range(int(hours * 60)):
        wav.write(block)
    wav.close()


def measure(app, page, session, use_screen: bool) -> tuple[float, float]:
    from PySide6.QtCore import QTimer

    page.load(session)
    page.start_recording()
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    ticks: list[float] = []
    timer = QTimer(interval=10, timeout=lambda: ticks.append(time.monotonic()))
    timer.start()
    t0 = time.monotonic()
    if use_screen:
        page.stop()
        call = time.monotonic() - t0
        while page.worker is None or not page.worker.isFinished():
            app.processEvents()
            time.sleep(0.002)
    else:  # what Stop did before on the window's thread: the recorder's stop, then (after the
        # transcript) the manifest; two separate waits, so the longer one is the window's longest
        page.recorder.stop()
        call = time.monotonic() - t0
        t1 = time.monotonic()
        session.write_manifest()
        call = max(call, time.monotonic() - t1)
    end = time.monotonic()
    app.processEvents()
    timer.stop()
    stamps = [t0, *(t for t in ticks if t0 < t < end), end]
    page.close_session()
    return call, float(np.max(np.diff(stamps)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hours", type=float, default=3.0)
    args = ap.parse_args()
    os.environ["FAIRMINUTES_HOME"] = tempfile.mkdtemp(prefix="fm-bench-stop-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    import ui.record_page as record_page
    from app.session import create_session
    from tests.virtual_mic import VirtualMic, available

    reason = available()
    if reason:
        sys.exit(f"no virtual microphone: {reason}")
    record_page.transcript_after_recording = lambda *a, **k: None  # Stop only, not the transcript
    app = QApplication.instance() or QApplication([])
    mic = VirtualMic()
    mic.activate()
    try:
        page = record_page.RecordPage()
        for use_screen, label in ((False, "before (the recorder's stop, later the manifest, on the window's thread)"),
                                  (True, "now (the screen's Stop)")):
            session = create_session(f"Stop bench {label}")
            long_recording(session, args.hours)
            call, gap = measure(app, page, session, use_screen)
            size = sum(p.stat().st_size for p in session.recording_parts()) / 1e6
            print(f"{label}: {args.hours:g} h ({size:.0f} MB): the longest call on the window's thread took "
                  f"{call * 1000:.0f} ms; the window could not answer for at most {gap * 1000:.0f} ms")
    finally:
        mic.close()
        shutil.rmtree(os.environ["FAIRMINUTES_HOME"], ignore_errors=True)  # a gigabyte of recordings


if __name__ == "__main__":
    main()
