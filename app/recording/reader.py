"""Read a recording kept in several files as one stream, on one clock.

A recording past 24.8 hours goes on in recording.2.wav (app/recording/wavfile.py); playback and the
bundle's clips seek and read across the join as if it were one file. Any format soundfile opens is
read (a phone's file brought in is a single part).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile

from app.errors import FairMinutesError


class RecordingReader:
    """soundfile.SoundFile's seek / tell / read over the recording's parts in order."""

    def __init__(self, paths: Path | list[Path]):
        self.paths = [Path(paths)] if isinstance(paths, (str, Path)) else [Path(p) for p in paths]
        if not self.paths:
            raise FairMinutesError("This conference has no recording yet.")
        self._files = []
        try:
            for p in self.paths:
                self._files.append(soundfile.SoundFile(str(p)))
        except Exception:
            self.close()
            raise
        first = self._files[0]
        self.samplerate, self.channels = first.samplerate, first.channels
        for p, f in zip(self.paths, self._files, strict=True):
            if (f.samplerate, f.channels) != (self.samplerate, self.channels):
                self.close()
                raise FairMinutesError(f"{p.name} is not in the same format as {self.paths[0].name}, so they "
                                       "cannot be played as one recording.")
        self._starts = np.cumsum([0] + [f.frames for f in self._files]).tolist()  # each part's first frame
        self.frames = self._starts[-1]
        self._at = 0

    @property
    def duration(self) -> float:
        return self.frames / self.samplerate

    def seek(self, frame: int) -> int:
        self._at = max(0, min(int(frame), self.frames))
        return self._at

    def tell(self) -> int:
        return self._at

    def read(self, frames: int, dtype: str = "float32", always_2d: bool = True) -> np.ndarray:
        """Up to `frames` frames from the current position, across the join between parts."""
        want = max(0, min(int(frames), self.frames - self._at))
        out = []
        while want > 0:
            i = max(k for k in range(len(self._files)) if self._starts[k] <= self._at)
            f = self._files[i]
            f.seek(self._at - self._starts[i])
            data = f.read(min(want, self._starts[i + 1] - self._at), dtype=dtype, always_2d=True)
            if len(data) == 0:
                break
            out.append(data)
            self._at += len(data)
            want -= len(data)
        data = np.concatenate(out) if out else np.zeros((0, self.channels), dtype)
        return data if always_2d else (data[:, 0] if self.channels == 1 else data)

    def close(self) -> None:
        for f in self._files:
            f.close()


def read_span(paths: Path | list[Path], start: float, end: float) -> tuple[np.ndarray, int]:
    """(float32 frames, rate) from `start` to `end` seconds of the recording: a clip for the bundle."""
    reader = RecordingReader(paths)
    try:
        rate = reader.samplerate
        reader.seek(int(start * rate))
        return reader.read(int((end - start) * rate)), rate
    finally:
        reader.close()
