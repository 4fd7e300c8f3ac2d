"""Microphones and the input level, through sounddevice (PortAudio)."""

from __future__ import annotations

import math
import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.recording.wavfile import CHANNELS, SAMPLE_RATE, SAMPLE_WIDTH

THREE_HOURS_BYTES = 3 * 3600 * SAMPLE_RATE * CHANNELS * SAMPLE_WIDTH


@dataclass
class InputDevice:
    index: int
    name: str
    channels: int
    default_rate: float
    is_default: bool

    @property
    def label(self) -> str:
        return f"{self.name} (default)" if self.is_default else self.name


def list_input_devices() -> list[InputDevice]:
    """Input devices, the system default first."""
    import sounddevice as sd

    try:
        default_in = sd.default.device[0]
        if default_in is None or default_in < 0:
            default_in = sd.query_hostapis(0).get("default_input_device", -1)
    except Exception:
        default_in = -1
    out = []
    for i, d in enumerate(sd.query_devices()):
        if d.get("max_input_channels", 0) > 0:
            out.append(InputDevice(i, d["name"], d["max_input_channels"], d.get("default_samplerate", 0.0),
                                   i == default_in))
    out.sort(key=lambda d: (not d.is_default, d.index))
    return out


def resolve_device(spec: str | int | None) -> int | None:
    """A device given by index or by part of its name; None means the system default."""
    if spec is None or spec == "":
        return None
    if isinstance(spec, int) or str(spec).isdigit():
        return int(spec)
    matches = [d for d in list_input_devices() if str(spec).lower() in d.name.lower()]
    if not matches:
        from app.errors import FairMinutesError

        names = ", ".join(d.name for d in list_input_devices()) or "none"
        raise FairMinutesError(f"No microphone called '{spec}' was found. Microphones found: {names}.")
    return matches[0].index


@dataclass
class Level:
    peak_db: float
    rms_db: float


def level_of(block: np.ndarray) -> Level:
    """Peak and RMS of int16 samples in dBFS (-inf for digital silence is clamped to -120)."""
    if block.size == 0:
        return Level(-120.0, -120.0)
    x = block.astype(np.float32) / 32768.0
    peak = float(np.max(np.abs(x)))
    rms = float(np.sqrt(np.mean(x * x)))
    return Level(20 * math.log10(max(peak, 1e-6)), 20 * math.log10(max(rms, 1e-6)))


def hours_of_room(folder: Path) -> float:
    """Hours of recording (in the recording format: 16 kHz, 16-bit, mono) the disk has room for."""
    folder.mkdir(parents=True, exist_ok=True)
    return shutil.disk_usage(folder).free / (SAMPLE_RATE * CHANNELS * SAMPLE_WIDTH * 3600)


def free_space_warning(folder: Path) -> str | None:
    """A plain sentence if the disk may not hold a three-hour conference, else None."""
    folder.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(folder).free
    if free >= THREE_HOURS_BYTES:
        return None
    minutes = free / (SAMPLE_RATE * CHANNELS * SAMPLE_WIDTH) / 60
    return (f"Only {free / 1e6:.0f} MB is free on this disk, enough for about {minutes:.0f} minutes of "
            f"recording; a three-hour conference needs {THREE_HOURS_BYTES / 1e6:.0f} MB. "
            "Free some space before the conference if you can.")
