"""Transcribe while the conference is being recorded.

The recorder hands every block it writes to `feed()` (on its writer thread; feed only resamples and
appends, so it never slows the recording). A worker thread waits until someone stops talking (a
pause found by the Silero voice-activity detector), transcribes everything up to that pause, and
emits the segments on the recording's clock. If transcription falls behind, audio simply waits in
the buffer and is done later: nothing is ever skipped. At Stop only the unfinished tail remains.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import numpy as np

from app.transcription import models
from app.transcription.transcriber import DECODE_OPTIONS, RATE, to_segments
from app.transcription.transcript import Segment, Transcript

log = logging.getLogger(__name__)

MIN_PAUSE = 0.3  # seconds of non-speech that end a sentence: cut there, so words appear soon
MAX_CHUNK = 4.0  # transcribe at most this much at once, even if nobody pauses (words wait at most this long)
MIN_SPEECH = 0.3
LIVE_OPTIONS = DECODE_OPTIONS  # measured: greedy decoding lowered the lag little; the length of a chunk decides it
MIN_CHUNK = 2.0  # an utterance shorter than this waits for the next, so Whisper has some context
POLL = 0.3  # seconds between looks for a finished utterance (not on every 50 ms block)


class LiveTranscriber:
    def __init__(self, model_spec=None, on_segment: Callable[[Segment], None] | None = None):
        self.choice = models.resolve(model_spec)
        self.model = models.load(self.choice)
        self.on_segment = on_segment
        self.segments: list[Segment] = []
        self.dropped: list[dict] = []
        self.lags: list[float] = []  # seconds from the end of speech to its segment, for the bench
        self._chunks: list[np.ndarray] = []
        self._buf_start = None  # recording time of the first buffered sample
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = False
        self._fed_until = 0.0
        self._thread = threading.Thread(target=self._run, name="live-transcriber", daemon=True)
        self._thread.start()

    # ----- input, from the recorder's writer thread
    def feed(self, offset: float, samples: np.ndarray, rate: int) -> None:
        audio = self._to_16k(samples, rate)
        with self._lock:
            if self._buf_start is None:
                self._buf_start = offset
            self._chunks.append(audio)
            self._fed_until = offset + len(samples) / rate

    def _to_16k(self, samples: np.ndarray, rate: int) -> np.ndarray:
        x = samples.astype(np.float32) / 32768.0
        if rate == RATE:
            return x
        # Linear interpolation: 24 kHz speech has little energy above 8 kHz to alias, and each block
        # is resampled on its own so that feed() stays cheap on the recorder's thread.
        n_out = int(round(len(x) * RATE / rate))
        t_in = np.arange(len(x)) / rate
        t_out = np.arange(n_out) / RATE
        return np.interp(t_out, t_in, x).astype(np.float32)

    # ----- the worker
    def _take(self, n: int) -> tuple[np.ndarray, float]:
        with self._lock:
            audio = np.concatenate(self._chunks) if self._chunks else np.zeros(0, np.float32)
            start = self._buf_start or 0.0
            head, rest = audio[:n], audio[n:]
            self._chunks = [rest] if len(rest) else []
            self._buf_start = start + len(head) / RATE
        return head, start

    def _pending(self) -> tuple[np.ndarray, float]:
        with self._lock:
            audio = np.concatenate(self._chunks) if self._chunks else np.zeros(0, np.float32)
            self._chunks = [audio] if len(audio) else []
            return audio, (self._buf_start or 0.0)

    def _cut_point(self, audio: np.ndarray, final: bool) -> int | None:
        """Where to cut the buffer: after the first finished utterance, or None to wait for more."""
        if final:
            return len(audio)
        if len(audio) < RATE:
            return None
        # Imported here, on the live worker thread: this module is read on the GUI thread (by the
        # record page, at the app's start), and faster_whisper takes 0.3 s to import.
        from faster_whisper.vad import VadOptions, get_speech_timestamps

        speech = get_speech_timestamps(audio, VadOptions(min_silence_duration_ms=int(MIN_PAUSE * 1000)))
        if not speech:
            # Nothing but silence: let it go once there is plenty, keeping the clock moving.
            return len(audio) - RATE // 2 if len(audio) > MAX_CHUNK * RATE else None
        # The first utterance that has finished (followed by a pause) and is long enough: transcribe
        # it now rather than waiting for more, so words appear a few seconds after they are said.
        # When behind, this still takes one utterance at a time and catches up, dropping nothing.
        for i, seg in enumerate(speech):
            gap_after = (speech[i + 1]["start"] if i + 1 < len(speech) else len(audio)) - seg["end"]
            if gap_after >= MIN_PAUSE * RATE and seg["end"] >= MIN_CHUNK * RATE:
                return min(len(audio), seg["end"] + int(0.25 * RATE))
        if len(audio) >= MAX_CHUNK * RATE:
            # Long unbroken talk: cut in the widest gap between utterances, else at MAX_CHUNK.
            gaps = [(speech[i + 1]["start"] - speech[i]["end"], (speech[i + 1]["start"] + speech[i]["end"]) // 2)
                    for i in range(len(speech) - 1)]
            if gaps:
                return max(gaps)[1]
            return int(MAX_CHUNK * RATE)
        return None

    def _run(self) -> None:
        while True:
            self._wake.wait(timeout=POLL)
            self._wake.clear()
            final = self._stopping
            audio, start = self._pending()
            cut = self._cut_point(audio, final)
            if cut:
                chunk, start = self._take(cut)
                self._transcribe(chunk, start)
            if final:
                with self._lock:
                    if not self._chunks:
                        return

    def _transcribe(self, chunk: np.ndarray, start: float) -> None:
        if len(chunk) < MIN_SPEECH * RATE:
            return
        try:
            segs, _ = self.model.transcribe(chunk, **LIVE_OPTIONS)
            new = to_segments(segs, start, len(self.segments), self.dropped)
        except Exception:
            log.exception("live transcription of %.1f s at %.1f s failed; the final pass will redo it",
                          len(chunk) / RATE, start)
            return
        now_fed = self._fed_until
        for seg in new:
            self.segments.append(seg)
            self.lags.append(max(0.0, now_fed - seg.end))
            if self.on_segment is not None:
                self.on_segment(seg)

    # ----- the end
    def finish(self, timeout: float = 120.0) -> Transcript:
        """Transcribe what is left and return the whole transcript."""
        self._stopping = True
        self._wake.set()
        t0 = time.monotonic()
        self._thread.join(timeout)
        log.info("live transcript finished %.1f s after stop", time.monotonic() - t0)
        for i, s in enumerate(self.segments):
            s.id = i
        return Transcript(model=self.choice.name, duration=self._fed_until, segments=list(self.segments),
                          dropped=list(self.dropped))
