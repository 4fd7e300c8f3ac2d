"""Transcribe a whole recording, or any audio file a parent brings (wav, flac, mp3, m4a, ogg)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from app.errors import FairMinutesError
from app.safefile import sha256_file
from app.transcription import guard, models
from app.transcription.transcript import Segment, Transcript, Word

log = logging.getLogger(__name__)
RATE = 16000  # what Whisper listens at

# Decoding choices, measured on the scripted conferences with tiny.en on 2 cores: beam search 5 with
# voice-activity detection and without conditioning on the previous text gave 17 % WER against 20 %
# (greedy) and 23 % (no VAD, conditioned); conditioning on earlier text also lets one bad guess
# derail the following turns, or skip them. A speech pad of 600 ms (default 400) stops the detector
# clipping the first or last word of a sentence (FLEURS: 7.1 % WER instead of 8.5 %).
DECODE_OPTIONS = dict(language="en", beam_size=5, vad_filter=True, word_timestamps=True,
                      condition_on_previous_text=False, vad_parameters={"speech_pad_ms": 600})


class Cancelled(FairMinutesError):
    def __init__(self):
        super().__init__("Transcription was cancelled; nothing was changed.")


def decode(path: Path) -> np.ndarray:
    """Any audio file -> float32 mono 16 kHz, via PyAV (FFmpeg's decoders, bundled in the wheel)."""
    path = Path(path)
    if not path.is_file():
        raise FairMinutesError(f"There is no file at {path}.")
    from faster_whisper.audio import decode_audio

    try:
        audio = decode_audio(str(path), sampling_rate=RATE)
    except Exception:
        raise FairMinutesError(
            f"{path.name} is not an audio file FairMinutes can read. "
            "Use a recording such as .wav, .flac, .mp3, .m4a or .ogg.") from None
    if audio.size == 0:
        raise FairMinutesError(f"{path.name} holds no audio.")
    return audio


def to_segments(whisper_segments: Iterable, offset: float, first_id: int, dropped: list[dict],
                progress: Callable[[float], None] | None = None,
                cancel: Callable[[], bool] | None = None) -> list[Segment]:
    """faster-whisper segments -> our Segments on the recording's clock, untrusted ones set aside."""
    out: list[Segment] = []
    for s in whisper_segments:
        if cancel is not None and cancel():
            raise Cancelled()
        words = [Word(offset + w.start, offset + w.end, w.word, w.probability) for w in (s.words or [])]
        text = s.text.strip()
        reason = guard.why_untrusted(text, s.no_speech_prob, s.avg_logprob, [w.probability for w in words])
        if reason is None and words:
            keep, cut = guard.cut_loops([w.word for w in words])
            if cut:
                dropped.append({"start": round(words[keep].start, 3), "end": round(offset + s.end, 3),
                                "text": "".join(w.word for w in words[keep:]).strip(), "reason": "repetition loop"})
                words = words[:keep]
                text = "".join(w.word for w in words).strip()
        if reason is not None:
            dropped.append({"start": round(offset + s.start, 3), "end": round(offset + s.end, 3), "text": text,
                            "reason": reason})
        else:
            start = words[0].start if words else offset + s.start
            end = words[-1].end if words else offset + s.end
            out.append(Segment(first_id + len(out), start, end, text, None, words))
        if progress is not None:
            progress(s.end)
    return out


def transcribe_audio(audio: np.ndarray, model_spec: str | Path | None = None,
                     progress: Callable[[float], None] | None = None,
                     cancel: Callable[[], bool] | None = None) -> Transcript:
    choice = models.resolve(model_spec)
    model = models.load(choice)
    duration = len(audio) / RATE
    segments, _info = model.transcribe(audio, **DECODE_OPTIONS)
    dropped: list[dict] = []

    def seconds_done(t):
        if progress is not None and duration > 0:
            progress(min(1.0, t / duration))

    segs = to_segments(segments, 0.0, 0, dropped, seconds_done, cancel)
    if progress is not None:
        progress(1.0)
    return Transcript(model=choice.name, duration=duration, segments=segs, dropped=dropped)


def transcribe_file(path: Path, model_spec: str | Path | None = None,
                    progress: Callable[[float], None] | None = None,
                    cancel: Callable[[], bool] | None = None) -> Transcript:
    """Transcribe a file into the transcript contract. Progress is the share of the audio done (0..1)."""
    audio = decode(Path(path))
    transcript = transcribe_audio(audio, model_spec, progress, cancel)
    transcript.audio_sha256 = sha256_file(Path(path))
    return transcript


def transcribe_session(session, model_spec=None, progress=None, cancel=None) -> Transcript:
    """Transcribe the session's recording into transcript.json (the previous one, if any, is kept
    as transcript.<n>.json: a transcript is evidence too, and is never overwritten)."""
    audio_path = session.recording_path()
    if audio_path is None:
        raise FairMinutesError("This conference has no recording yet: record it, or bring in a recording.")
    transcript = transcribe_file(audio_path, model_spec, progress, cancel)
    keep_previous(session.transcript_path)
    transcript.save(session.transcript_path)
    session.log_event("transcribed", model=transcript.model, segments=len(transcript.segments),
                      audio_sha256=transcript.audio_sha256)
    return transcript


def keep_previous(path: Path) -> None:
    if not path.exists():
        return
    n = 1
    while (older := path.with_name(f"{path.stem}.{n}{path.suffix}")).exists():
        n += 1
    path.rename(older)
