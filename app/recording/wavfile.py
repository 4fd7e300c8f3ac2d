"""A WAV file that is playable at every moment, even after kill -9 or a power cut.

Why WAV: plain PCM is lossless, every player opens it, and a crash can only ever leave its size
fields stale (the samples are already in place). The writer rewrites the two size fields on every
sync, so a crash loses at most the audio since the last sync (about half a second); `repair()`
recomputes them from the real file length, which recovers even that.

Format: 24 kHz, mono, 16-bit. 16 kHz is all speech recognition needs, but it sounds muffled when
played to someone; 24 kHz keeps everything up to 12 kHz, where speech lives, and three hours take
about 520 MB.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

import numpy as np

from app.safefile import fsync_dir, open_private

HEADER_BYTES = 44
SAMPLE_RATE = 24000
CHANNELS = 1
SAMPLE_WIDTH = 2  # bytes, int16


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
    """Append int16 frames to a WAV; `sync()` makes everything written so far durable and playable."""

    def __init__(self, path: Path, rate: int = SAMPLE_RATE, channels: int = CHANNELS):
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
            self._f = open_private(self.path, "w+b")
            self._f.write(_header(0, rate, channels))
            self._f.flush()
            os.fsync(self._f.fileno())
            fsync_dir(self.path.parent)
        self.frames = (self._f.tell() - HEADER_BYTES) // (channels * SAMPLE_WIDTH)
        self._dirty = False

    @property
    def seconds(self) -> float:
        return self.frames / self.rate

    def write(self, samples: np.ndarray) -> None:
        data = np.ascontiguousarray(samples, dtype="<i2").tobytes()
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
