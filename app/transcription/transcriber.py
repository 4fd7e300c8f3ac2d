"""Transcribe a whole recording, or any audio file a parent brings (wav, flac, mp3, m4a, ogg)."""

from __future__ import annotations

import ctypes
import hashlib
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import numpy as np

from app.errors import FairMinutesError
from app.safefile import sha256_file
from app.transcription import audio_stream, guard, models, voices
from app.transcription.transcript import Segment, Transcript, Word

log = logging.getLogger(__name__)
RATE = audio_stream.RATE
# A recording is transcribed in pieces of about ten minutes, each ended at the quietest quarter
# second of its last 20 s: one piece in memory at a time (a 3-hour file whole is 2.5 GB at peak).
CHUNK_SECONDS = 600.0
CUT_SEARCH_SECONDS = 20
M_TRIM_THRESHOLD = -1  # glibc's mallopt() option number

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
    """A whole (short) file as float32 mono 16 kHz; recordings are read piece by piece, see pieces()."""
    return audio_stream.decode(Path(path))


def pieces(path: Path | list[Path], chunk_seconds: float = CHUNK_SECONDS) -> Iterator[tuple[float, np.ndarray]]:
    """(offset in seconds, audio) pieces of about chunk_seconds, each ending in a quiet moment, so
    memory stays flat however long the recording and no word is cut in two. A recording in several
    files (past 24.8 hours) is read as one: the pieces run across the join, on one clock."""
    want = int(chunk_seconds * RATE)
    held: list[np.ndarray] = []
    have, offset = 0, 0
    for block in (b for p in _paths(path) for b in audio_stream.blocks(p, min(30.0, chunk_seconds))):
        held.append(block)
        have += block.size
        while have >= want:
            audio = np.concatenate(held)
            earliest = max(0, want - CUT_SEARCH_SECONDS * RATE)
            cut = audio_stream.quietest_cut(audio[:want], earliest)
            yield offset / RATE, audio[:cut]
            offset += cut
            rest = audio[cut:].copy()
            held, have = [rest], rest.size
    if have:
        yield offset / RATE, np.concatenate(held)


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


def transcribe_file(path: Path | list[Path], model_spec: str | Path | None = None,
                    progress: Callable[[float], None] | None = None,
                    cancel: Callable[[], bool] | None = None) -> Transcript:
    """Transcribe a file, or a recording's parts in order, into the transcript contract, a piece at
    a time (memory flat in the recording's length). Progress is the share of the audio done (0..1)."""
    files = _paths(path)
    path = files[0]
    expected = sum(audio_stream.probe(p).duration for p in files)
    _give_back_freed_memory()
    choice = models.resolve(model_spec)
    model = models.load(choice)
    segs: list[Segment] = []
    dropped: list[dict] = []
    prints = voices.VoicePrints()
    end = 0.0
    for offset, audio in pieces(files):
        end = offset + len(audio) / RATE
        segments, _info = model.transcribe(audio, **DECODE_OPTIONS)

        def seconds_done(t, offset=offset, end=end):
            if progress is not None:
                progress(min(1.0, (offset + t) / max(expected, end, 1e-9)))

        new = to_segments(segments, offset, len(segs), dropped, seconds_done, cancel)
        prints.add(audio, offset, new, len(segs))  # speaker changes and voice prints (issue #15)
        segs += new
    if not segs and end == 0.0:
        raise FairMinutesError(f"{path.name} holds no audio.")
    transcript = Transcript(model=choice.name, duration=end, segments=segs, dropped=dropped,
                            audio_sha256=sha256_of(files))
    transcript = prints.label(transcript)  # cut at speaker changes, "Voice 1", "Voice 2"...
    if progress is not None:
        progress(1.0)
    return transcript


def with_voices(transcript: Transcript, files: list[Path]) -> Transcript:
    """A transcript made elsewhere (the live one) cut at speaker changes and labelled by voice,
    reading the recording a piece at a time."""
    prints = voices.VoicePrints()
    for offset, audio in pieces(files):
        end = offset + len(audio) / RATE
        mine = [(i, s) for i, s in enumerate(transcript.segments) if offset <= (s.start + s.end) / 2 < end]
        if mine:
            prints.add(audio, offset, [s for _i, s in mine], mine[0][0])
    return prints.label(transcript)


def _paths(path: Path | list[Path]) -> list[Path]:
    return [Path(p) for p in path] if isinstance(path, (list, tuple)) else [Path(path)]


def sha256_of(files: list[Path]) -> str:
    """The transcript's audio_sha256: the file's SHA-256, or for a recording in several files that
    of their bytes one after another (`cat recording.wav recording.2.wav | sha256sum`)."""
    if len(files) == 1:
        return sha256_file(files[0])

    digest = hashlib.sha256()
    for p in files:
        with open(p, "rb") as f:
            while chunk := f.read(1 << 20):
                digest.update(chunk)
    return digest.hexdigest()


def _give_back_freed_memory() -> None:
    """Ask glibc to return freed memory to the system at once instead of keeping it for reuse.

    Each piece's decode, voice detection and features are freed before the next; kept by the
    allocator they piled up to 608 MB on a 3-hour recording, against 463 MB when handed back
    (bench/memory.py). Elsewhere (macOS, Windows, musl) this does nothing."""
    if sys.platform != "linux":
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(M_TRIM_THRESHOLD, 0)
    except (OSError, AttributeError):
        pass


def transcribe_session(session, model_spec=None, progress=None, cancel=None) -> Transcript:
    """Transcribe the session's recording into transcript.json (the previous one, if any, is kept
    as transcript.<n>.json: a transcript is evidence too, and is never overwritten)."""
    files = session.recording_parts()  # every part in order: one transcript on one clock
    if not files:
        raise FairMinutesError("This conference has no recording yet: record it, or bring in a recording.")
    transcript = transcribe_file(files, model_spec, progress, cancel)
    keep_previous(session.transcript_path)
    transcript.save(session.transcript_path)
    session.log_event("transcribed", model=transcript.model, segments=len(transcript.segments),
                      audio_sha256=transcript.audio_sha256)
    return transcript


def transcript_after_recording(session, live, length: float, continued_earlier_audio: bool,
                               model_spec=None, progress=None) -> Transcript:
    """After Stop: the live transcript when it heard the whole recording, else the file again.

    The live transcriber has already done the work for a recording made in one go; a recording that
    continued audio from before (a pause across sessions, a crash recovered) is transcribed whole, for
    one consistent transcript."""
    if live is None or continued_earlier_audio:
        return transcribe_session(session, model_spec, progress=progress)
    transcript = with_voices(live.finish(), session.recording_parts())
    transcript.audio_sha256 = sha256_of(session.recording_parts())
    transcript.duration = length
    keep_previous(session.transcript_path)
    transcript.save(session.transcript_path)
    session.log_event("transcribed", model=transcript.model, segments=len(transcript.segments), live=True)
    return transcript


def keep_previous(path: Path) -> None:
    if not path.exists():
        return
    n = 1
    while (older := path.with_name(f"{path.stem}.{n}{path.suffix}")).exists():
        n += 1
    path.rename(older)
