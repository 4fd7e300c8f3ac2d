"""Is the laptop on mains power? For the "before we start" checklist; None when it cannot tell."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path


def on_mains_power() -> bool | None:
    if sys.platform.startswith("linux"):
        return _linux()
    if sys.platform == "win32":
        return _windows()
    return None  # macOS and others: the parent ticks the box themselves


def _linux(root: Path = Path("/sys/class/power_supply")) -> bool | None:
    try:
        supplies = list(root.iterdir())
    except OSError:
        return None
    mains = [s for s in supplies if _read(s / "type") == "Mains"]
    if not mains:
        # A desktop without a battery reports no supply at all: it is on the mains.
        return True if not any(_read(s / "type") == "Battery" for s in supplies) else None
    return any(_read(s / "online") == "1" for s in mains)


def _read(path: Path) -> str:
    try:
        return path.read_text().strip()
    except OSError:
        return ""


def _windows() -> bool | None:
    class Status(ctypes.Structure):
        _fields_ = [("ACLineStatus", ctypes.c_byte), ("BatteryFlag", ctypes.c_byte),
                    ("BatteryLifePercent", ctypes.c_byte), ("SystemStatusFlag", ctypes.c_byte),
                    ("BatteryLifeTime", ctypes.c_ulong), ("BatteryFullLifeTime", ctypes.c_ulong)]

    status = Status()
    if not ctypes.windll.kernel32.GetSystemPowerStatus(ctypes.byref(status)):
        return None
    return {0: False, 1: True}.get(status.ACLineStatus)
