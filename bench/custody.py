"""Chain of custody on a three-hour recording: how long the hash at Stop takes, and the time and peak
memory of exporting the two bundles (plain and encrypted) and of `fairminutes verify`.

    .venv/bin/python bench/custody.py [--hours 3]

The recording is generated (quiet noise, 24 kHz, 16-bit: 520 MB for three hours). Each step runs in a
child process so that its peak memory (ru_maxrss) is its own. Prints figures; never pass/fail.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "orange kettle seven hills"


def step(name: str, home: Path) -> None:
    """Run in a child: one measured step; prints a JSON line."""
    sys.path.insert(0, str(ROOT))
    os.environ["FAIRMINUTES_HOME"] = str(home)
    from app.session import list_sessions

    session = list_sessions()[0].session
    t = time.perf_counter()
    if name == "hash":
        from app.custody import log_recording_hashes

        log_recording_hashes(session, "stopped")
    elif name in ("export", "export-encrypted"):
        from app.report.export import export_session

        export_session(session, home / name, passphrase=PASSPHRASE if name.endswith("encrypted") else None)
    elif name.startswith("verify"):
        from app.verify import verify_bundle

        folder = home / ("export-encrypted" if name.endswith("encrypted") else "export")
        [bundle] = folder.glob("*evidence (full).zip")
        assert verify_bundle(bundle, PASSPHRASE if name.endswith("encrypted") else None).ok
    seconds = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"step": name, "seconds": round(seconds, 2), "peak_mb": round(peak)}))


def make_session(home: Path, hours: float) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["FAIRMINUTES_HOME"] = str(home)
    import numpy as np

    from app.recording.wavfile import SAMPLE_RATE, CrashSafeWav
    from app.session import create_session
    from tests.test_custody import compared

    session = create_session("Bench conference")
    wav = CrashSafeWav(session.audio_dir / "recording.wav")
    rng = np.random.default_rng(3)
    block = rng.integers(-300, 300, SAMPLE_RATE * 60, dtype=np.int16)
    for _ in range(int(hours * 60)):
        wav.write(block)
    wav.close()
    compared(session, home)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hours", type=float, default=3.0)
    ap.add_argument("--step")
    ap.add_argument("--home")
    a = ap.parse_args()
    if a.step:
        step(a.step, Path(a.home))
        return
    with tempfile.TemporaryDirectory(prefix="fm-custody-") as tmp:
        home = Path(tmp)
        make_session(home, a.hours)
        size = next(home.rglob("recording.wav")).stat().st_size
        print(f"recording: {a.hours:g} h, {size / 1e6:.0f} MB (2 cores shared with other work: pessimistic)")
        for name in ("hash", "export", "export-encrypted", "verify", "verify-encrypted"):
            out = subprocess.run([sys.executable, __file__, "--step", name, "--home", str(home)],
                                 capture_output=True, text=True, check=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            print(f"{r['step']:18} {r['seconds']:7.2f} s   peak {r['peak_mb']:5d} MB")


if __name__ == "__main__":
    main()
