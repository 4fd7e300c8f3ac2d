"""Play any stretch of the recording (click a line, a note or a finding to hear it).

A PortAudio output stream pulls blocks from the file in its callback; the file is read with
soundfile, so any format the recording or an imported phone file has will play. A recording kept in
several files (past 24.8 hours) plays as one, on the transcript's clock (app/recording/reader.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np

from app.recording.reader import RecordingReader
from app.recording.wavfile import part_path, parts

# sounddevice is imported where it is used: importing it starts PortAudio, which looks for the
# sound devices, and this module is read at the app's start (+0.04-0.06 s measured after ui.main_window).


class Player:
    def __init__(self, path: Path | list[Path], on_position: Callable[[float], None] | None = None,
                 on_finished: Callable[[], None] | None = None, device: int | None = None):
        """`path`: the recording's parts in order (Session.recording_parts()), or one file; the app's
        recording.wav given alone stands for all its parts."""
        paths = [Path(p) for p in path] if isinstance(path, (list, tuple)) else _with_parts(Path(path))
        self.path = paths[0]
        self._sf = RecordingReader(paths)
        self.rate = self._sf.samplerate
        self.channels = self._sf.channels
        self.duration = self._sf.frames / self.rate
        self.on_position = on_position
        self.on_finished = on_finished
        self.device = device
        self.speed = 1.0
        self._stream = None
        self._end_frame = self._sf.frames
        self._lock = threading.Lock()
        self.position = 0.0

    @property
    def playing(self) -> bool:
        return self._stream is not None and self._stream.active

    def play(self, start: float = 0.0, end: float | None = None, speed: float | None = None) -> None:
        """Play from `start` to `end` seconds (to the end of the file when end is None)."""
        import sounddevice as sd

        self.stop()
        if speed is not None:
            self.speed = speed
        with self._lock:
            start_frame = int(max(0.0, min(start, self.duration)) * self.rate)
            self._sf.seek(start_frame)
            self._end_frame = self._sf.frames if end is None else min(self._sf.frames, int(end * self.rate))
            self.position = start_frame / self.rate
        # Faster playback by playing the samples at a higher rate: simple and glitch-free; it raises
        # the pitch a little, which is acceptable for checking what was said.
        self._stream = sd.OutputStream(samplerate=int(self.rate * self.speed), channels=self.channels,
                                       dtype="float32", device=self.device, callback=self._callback,
                                       finished_callback=self._finished)
        self._stream.start()

    def _callback(self, outdata, frames, time_info, status) -> None:
        import sounddevice as sd

        with self._lock:
            remaining = self._end_frame - self._sf.tell()
            n = max(0, min(frames, remaining))
            data = self._sf.read(n, dtype="float32", always_2d=True) if n else np.zeros((0, self.channels), "float32")
            self.position = self._sf.tell() / self.rate
        outdata[: len(data)] = data
        outdata[len(data):] = 0
        if self.on_position is not None:
            self.on_position(self.position)
        if len(data) < frames:
            raise sd.CallbackStop

    def _finished(self) -> None:
        if self.on_finished is not None:
            self.on_finished()

    def pause(self) -> float:
        pos = self.position
        self.stop()
        return pos

    def stop(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.abort(ignore_errors=True)
                stream.close(ignore_errors=True)
            except Exception:
                pass

    def close(self) -> None:
        self.stop()
        self._sf.close()


def _with_parts(path: Path) -> list[Path]:
    """recording.wav and the files that carry it on (recording.2.wav ...); any other file alone."""
    if path == part_path(path.parent, 1):
        return parts(path.parent) or [path]
    return [path]
