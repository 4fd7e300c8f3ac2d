"""Audio read a piece at a time, so memory stays flat however long the recording is.

A three-hour recording decoded whole is about 0.7 GB of float32 samples, and faster-whisper makes
copies; read in pieces of a few minutes, transcription holds one piece at a time. PyAV (FFmpeg's
decoders, already brought by faster-whisper) reads every format a parent may bring.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from app.errors import FairMinutesError

RATE = 16000  # what Whisper listens at
NOT_AUDIO = "{name} is not an audio file FairMinutes can read. Use a recording such as .wav, .flac, .mp3, .m4a or .ogg."


@dataclass(frozen=True)
class AudioInfo:
    duration: float  # seconds, as the container says (0.0 when it does not say)
    rate: int
    channels: int
    codec: str


def _open(path: Path):
    path = Path(path)
    if not path.is_file():
        raise FairMinutesError(f"There is no file at {path}.")
    try:
        container = av.open(str(path), mode="r", metadata_errors="ignore")
    except Exception:
        raise FairMinutesError(NOT_AUDIO.format(name=path.name)) from None
    if not container.streams.audio:
        container.close()
        raise FairMinutesError(NOT_AUDIO.format(name=path.name))
    return container


def probe(path: Path) -> AudioInfo:
    """What the file is, from its header and its first frame: cheap whatever its length.

    Decoding one frame proves the audio is readable (a text file named .wav fails here), so an
    import can refuse a bad file at once instead of after decoding hours of audio."""
    container = _open(path)
    try:
        stream = container.streams.audio[0]
        try:
            frame = next(iter(container.decode(stream)), None)
        except Exception:
            frame = None
        if frame is None:
            raise FairMinutesError(f"{Path(path).name} holds no audio.")
        if stream.duration is not None and stream.time_base is not None:
            duration = float(stream.duration * stream.time_base)
        elif container.duration is not None:
            duration = container.duration / av.time_base
        else:
            duration = 0.0
        return AudioInfo(duration, int(stream.rate or frame.sample_rate), int(stream.channels or 1),
                         stream.codec_context.name)
    finally:
        container.close()


def blocks(path: Path, seconds: float = 30.0) -> Iterator[np.ndarray]:
    """float32 mono 16 kHz audio in blocks of about `seconds` (the last one shorter)."""
    container = _open(path)
    want = int(seconds * RATE)
    resampler = av.audio.resampler.AudioResampler(format="s16", layout="mono", rate=RATE)
    pending: list[np.ndarray] = []
    have = 0
    got_any = False
    try:
        frames = container.decode(audio=0)
        while True:
            try:
                frame = next(frames)
            except StopIteration:
                break
            except av.error.InvalidDataError:
                continue  # a damaged frame in the middle: skip it, as faster-whisper does
            except Exception:
                if got_any:
                    break  # a file cut short (a phone's recording interrupted): keep what was read
                raise FairMinutesError(NOT_AUDIO.format(name=Path(path).name)) from None
            for out in resampler.resample(frame):
                pcm = out.to_ndarray().reshape(-1)
                pending.append(pcm)
                have += pcm.size
                got_any = True
            while have >= want:
                joined = np.concatenate(pending)
                yield joined[:want].astype(np.float32) / 32768.0
                rest = joined[want:]
                pending, have = [rest], rest.size
        for out in resampler.resample(None):  # flush what the resampler holds back
            pending.append(out.to_ndarray().reshape(-1))
        if pending:
            joined = np.concatenate(pending)
            if joined.size:
                yield joined.astype(np.float32) / 32768.0
    finally:
        container.close()
        del resampler
        gc.collect()  # PyAV frees its resampler's buffers only on collection (faster-whisper #390)
    if not got_any:
        raise FairMinutesError(f"{Path(path).name} holds no audio.")


def decode(path: Path) -> np.ndarray:
    """The whole file at once: for short clips only (tests, a one-second microphone test)."""
    parts = list(blocks(path, 60.0))
    return np.concatenate(parts) if parts else np.zeros(0, np.float32)


def quietest_cut(audio: np.ndarray, earliest: int, window: int = RATE // 4) -> int:
    """The sample index, at or after `earliest`, in the quietest quarter second: where a piece of
    audio can end without cutting a word in two."""
    tail = audio[earliest:]
    n = tail.size // window
    if n < 2:
        return audio.size
    energy = np.square(tail[: n * window].astype(np.float64)).reshape(n, window).mean(axis=1)
    return earliest + int(np.argmin(energy)) * window + window // 2
