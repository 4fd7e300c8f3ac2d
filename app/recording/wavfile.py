"""A WAV file that is playable at every moment, even after kill -9 or a power cut.

Why WAV: plain PCM is lossless, every player opens it, and a crash can only ever leave its size
fields stale (the samples are already in place). The writer rewrites the two size fields on every
sync, so a crash loses at most the audio since the last sync (about half a second); `repair()`
recomputes them from the real file length, which recovers even that.

Format: 24 kHz, mono, 16-bit. 16 kHz is all speech recognition needs, but it sounds muffled when
played to someone; 24 kHz keeps everything up to 12 kHz, where speech lives, and three hours take
about 520 MB.

A WAV's size fields are 32-bit, so one file holds at most 4 GiB of samples: 24.8 hours at this rate.
A recording that runs longer goes on in `recording.2.wav`, `recording.3.wav` ... (plain WAVs, which
every player opens; RF64 would keep one file but many players refuse it). `parts()` lists them in
order; together they are the recording, on one clock.
"""

from __future__ import annotations

import os
import re
import struct
from pathlib import Path

import numpy as np

from app.safefile import open_private

HEADER_BYTES = 44
SAMPLE_RATE = 24000
CHANNELS = 1
SAMPLE_WIDTH = 2  # bytes, int16
FIRST_PART = "recording.wav"
# The RIFF size field (36 + data bytes) must fit in 32 bits; whole frames only.
MAX_DATA_BYTES = (0xFFFFFFFF - 36) // (CHANNELS * SAMPLE_WIDTH) * (CHANNELS * SAMPLE_WIDTH)


def part_path(audio_dir: Path, number: int) -> Path:
    """The recording's file number `number`: recording.wav, then recording.2.wav, recording.3.wav ..."""
    return Path(audio_dir) / (FIRST_PART if number == 1 else f"recording.{number}.wav")


def parts(audio_dir: Path) -> list[Path]:
    """The recording's files in order (only a run without gaps from recording.wav counts)."""
    out = []
    while (p := part_path(audio_dir, len(out) + 1)).exists():
        out.append(p)
    return out


def part_number(path: Path) -> int:
    m = re.fullmatch(r"recording(?:\.(\d+))?\.wav", Path(path).name)
    return int(m.group(1) or 1) if m else 1


def frames_of(path: Path) -> int:
    """Whole frames on disk in a WAV written by this module (the file length, not its header)."""
    rate, channels = read_format(path)
    return max(0, Path(path).stat().st_size - HEADER_BYTES) // (channels * SAMPLE_WIDTH)


def _header(data_bytes: int, rate: int, channels: int) -> bytes:
    block_align = channels * SAMPLE_WIDTH
    return (b"RIFF" + struct.pack("<I", 36 + data_bytes) + b"WAVE"
            + b"fmt " + struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * block_align, block_align, 16)
            + b"data" + struct.pack("<I", data_bytes))


def read_format(path: Path) -> tuple[int, int]:
    """(rate, channels) of a WAV written by this module."""
    with open(path, "rb") as f:
        head = f.read(HEADER_BYTES)
    if len(head) < HEADER_BYTES or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        raise ValueError(f"{path} is not a FairMinutes WAV recording")
    _, _, channels, rate, _, _, _ = struct.unpack("<IHHIIHH", head[16:36])
    return rate, channels


class CrashSafeWav:
    """Append int16 frames to a WAV; `sync()` makes everything written so far durable and playable.
    It never holds more than `max_bytes` of samples (at most what the header can say)."""

    def __init__(self, path: Path, rate: int = SAMPLE_RATE, channels: int = CHANNELS,
                 max_bytes: int = MAX_DATA_BYTES):
        self.path = Path(path)
        if self.path.exists() and self.path.stat().st_size >= HEADER_BYTES:
            # Carry on an earlier recording of the same session (after a pause, a crash, a new mic).
            repair(self.path)
            self.rate, self.channels = read_format(self.path)
            if (self.rate, self.channels) != (rate, channels):
                rate, channels = self.rate, self.channels
            self._f = open_private(self.path, "r+b")
            self._f.seek(0, os.SEEK_END)
        else:
            self.rate, self.channels = rate, channels
            self._f = open_private(self.path, "w+b")  # its folder entry is fsynced on creation
            self._f.write(_header(0, rate, channels))
            self._f.flush()
            os.fsync(self._f.fileno())
        frame = channels * SAMPLE_WIDTH
        self.max_frames = min(max_bytes, MAX_DATA_BYTES) // frame
        self.frames = (self._f.tell() - HEADER_BYTES) // frame
        self._dirty = False

    @property
    def seconds(self) -> float:
        return self.frames / self.rate

    def has_room(self, frames: int) -> bool:
        return self.frames + frames <= self.max_frames

    def write(self, samples: np.ndarray) -> None:
        data = np.ascontiguousarray(samples, dtype="<i2").tobytes()
        if not self.has_room(len(data) // (self.channels * SAMPLE_WIDTH)):
            raise ValueError(f"{self.path.name} is full: a WAV header cannot count more samples")
        self._f.write(data)  # OSError(ENOSPC) propagates: the recorder stops cleanly on it
        self.frames += len(data) // (self.channels * SAMPLE_WIDTH)
        self._dirty = True

    def sync(self) -> None:
        if not self._dirty:
            return
        self._f.flush()
        data_bytes = self.frames * self.channels * SAMPLE_WIDTH
        end = self._f.tell()
        self._f.seek(4)
        self._f.write(struct.pack("<I", 36 + data_bytes))
        self._f.seek(40)
        self._f.write(struct.pack("<I", data_bytes))
        self._f.seek(end)
        self._f.flush()
        os.fsync(self._f.fileno())
        self._dirty = False

    def close(self) -> None:
        if self._f.closed:
            return
        try:
            self.sync()
        finally:
            self._f.close()


def repair(path: Path) -> tuple[float, float]:
    """Make the header match the samples actually on disk. Returns (seconds before, seconds after).

    Only the two size fields are touched and a torn half-sample at the end is cut off; no sample
    that reached the disk is ever removed.
    """
    path = Path(path)
    rate, channels = read_format(path)
    frame = channels * SAMPLE_WIDTH
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(40)
        claimed = struct.unpack("<I", f.read(4))[0]
        actual = ((size - HEADER_BYTES) // frame) * frame
        if actual != claimed or size != HEADER_BYTES + actual:
            f.seek(4)
            f.write(struct.pack("<I", 36 + actual))
            f.seek(40)
            f.write(struct.pack("<I", actual))
            f.truncate(HEADER_BYTES + actual)
            f.flush()
            os.fsync(f.fileno())
    return claimed / frame / rate, actual / frame / rate


def needs_repair(path: Path) -> bool:
    try:
        rate, channels = read_format(path)
    except (OSError, ValueError):
        return False
    with open(path, "rb") as f:
        f.seek(40)
        claimed = struct.unpack("<I", f.read(4))[0]
    return HEADER_BYTES + claimed != path.stat().st_size
