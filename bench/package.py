"""Size of the built Linux bundle and its archive, and its start-up time to a window under Xvfb
(median of 5). Build first: packaging/build_linux.sh

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python bench/package.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def window_shown(started: float, proc: subprocess.Popen, timeout: float = 60) -> float:
    """Seconds until a FairMinutes window is mapped on the X display (polled with xwininfo)."""
    while time.monotonic() - started < timeout:
        out = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True).stdout
        if "FairMinutes" in out:
            return time.monotonic() - started
        if proc.poll() is not None:
            raise RuntimeError("the app exited before showing a window")
        time.sleep(0.05)
    raise TimeoutError("no window")


def main() -> None:
    bundle = ROOT / "dist" / "FairMinutes"
    if not bundle.exists():
        raise SystemExit("Build first: packaging/build_linux.sh")
    archives = sorted((ROOT / "dist").glob("FairMinutes-*-linux-*.tar.gz"))
    print(f"bundle folder: {folder_size(bundle) / 1e6:.0f} MB")
    if archives:
        print(f"archive {archives[-1].name}: {archives[-1].stat().st_size / 1e6:.0f} MB")
    if not os.environ.get("DISPLAY"):
        print("no DISPLAY: run under xvfb-run for the start-up time")
        return
    times = []
    for _ in range(5):
        env = {**os.environ, "FAIRMINUTES_HOME": "/tmp/fm-bench-start"}
        t = time.monotonic()
        proc = subprocess.Popen([str(bundle / "fairminutes-app")], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            times.append(window_shown(t, proc))
        finally:
            proc.terminate()
            proc.wait(10)
    print(f"start-up to a window: median {statistics.median(times):.2f} s (of 5: "
          f"{', '.join(f'{x:.2f}' for x in times)})")


if __name__ == "__main__":
    main()
