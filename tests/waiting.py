"""Polling for a condition in tests that drive real threads and devices."""

from __future__ import annotations

import time


def wait_for(cond, timeout: float) -> bool:
    """True as soon as cond() is, False when timeout seconds pass first."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.05)
    return False
