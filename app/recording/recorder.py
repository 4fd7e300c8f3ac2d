"""Capture from a microphone into the session's crash-safe WAV.

The PortAudio callback only copies each block into a queue (it never blocks, never touches the
disk). A writer thread takes the blocks, appends them to the WAV, syncs it twice a second, measures
the level for the meter, passes the audio to listeners (the live transcriber), and watches for a
microphone that stops sending sound. Every state change is a line in events.jsonl with its wall
clock and its audio offset, so a note's or a transcript's time maps to one place in the audio.

Only one recorder at a time records a conference (its lock, app/recording/lock.py, is taken by
start() and given up when the file is closed).
"""

from __future__ import annotations

import errno
import logging
import queue
import threading
import time
from collections.abc import Callable
from enum import Enum

import numpy as np

from app.clock import clock as _clock
from app.recording import recovery
from app.recording.devices import Level, free_space_warning, level_of
from app.recording.lock import RecordingLock
from app.recording.wavfile import CHANNELS, SAMPLE_RATE, CrashSafeWav
from app.session import Session

log = logging.getLogger(__name__)

SYNC_EVERY = 0.5  # seconds between fsyncs: a kill -9 loses at most this much before repair
SILENT_DEVICE_AFTER = 2.0  # no audio for this long while the stream runs = the microphone is gone
NO_SOUND_AFTER = 5.0  # exact digital zeros this long: a live mic always hisses a little; this one is
# muted, or its stream was cut and the system is sending silence in its place
BLOCK = SAMPLE_RATE // 20  # 50 ms blocks: the meter updates 20 times a second

Listener = Callable[[float, np.ndarray, int], None]  # (offset seconds, int16 samples, rate)


class State(str, Enum):
    IDLE = "idle"
    MONITORING = "monitoring"  # the meter runs, nothing is written
    RECORDING = "recording"
    PAUSED = "paused"
    STOPPED = "stopped"


class Recorder:
    """One session's recording. Methods are called from one thread (the UI's or the CLI's)."""

    def __init__(self, session: Session, device: int | None = None,
                 on_level: Callable[[Level], None] | None = None,
                 on_problem: Callable[[str, str], None] | None = None):
        self.session = session
        self.device = device
        self.on_level = on_level
        self.on_problem = on_problem  # (kind, plain sentence): disk_full, device_lost, error
        self.listeners: list[Listener] = []
        self.state = State.IDLE
        self.wav: CrashSafeWav | None = None
        self.path = session.audio_dir / "recording.wav"
        self._lock: RecordingLock | None = None
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._stream = None
        self._writer: threading.Thread | None = None
        self._stop_writer = threading.Event()
        self._recording = False  # read by the callback: write this block or only meter it
        self._captured = 0  # frames accepted for the file, counted in the callback
        self._base = 0  # frames already in the file when this recorder started
        self._last_block = time.monotonic()
        self._zero_frames = 0
        self._no_sound_told = False
        self.overflows = 0
        self.warnings: list[str] = []

    @property
    def continued_earlier_audio(self) -> bool:
        """True when this recorder carried on a file that already held audio (after a crash or a
        change of microphone in another run): a live transcript then covers only part of it."""
        return self._base > 0

    # ----- the clock every note and transcript time is measured on
    @property
    def position(self) -> float:
        """Seconds of audio in this session's recording so far."""
        return (self._base + self._captured) / SAMPLE_RATE

    @property
    def recorded(self) -> float:
        """Seconds recorded since start(), not counting audio the file held before."""
        return self._captured / SAMPLE_RATE

    # ----- the stream
    def monitor(self) -> None:
        """Open the microphone for the level meter without writing anything."""
        if self._stream is None:
            self._open_stream()
        if self.state == State.IDLE:
            self.state = State.MONITORING

    def _open_stream(self) -> None:
        import sounddevice as sd

        self._start_writer()
        self._last_block = time.monotonic()
        try:
            stream = sd.InputStream(samplerate=SAMPLE_RATE, channels=CHANNELS, dtype="int16",
                                    blocksize=BLOCK, device=self.device, callback=self._callback)
            stream.start()
        except Exception as e:
            from app.errors import FairMinutesError

            raise FairMinutesError(
                f"The microphone could not be opened ({e}). Check it is plugged in, or choose another.") from None
        self._stream = stream

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is None:
            return

        # A device that has gone away can make PortAudio's stop wait for ever; never let it hold
        # up the app. The recording is already safe in the file.
        def close():
            try:
                stream.abort(ignore_errors=True)
                stream.close(ignore_errors=True)
            except Exception:
                pass

        t = threading.Thread(target=close, name="close-stream", daemon=True)
        t.start()
        t.join(timeout=2.0)

    def _callback(self, indata, frames, time_info, status) -> None:
        # Runs on PortAudio's thread: copy and queue, nothing else.
        if status.input_overflow:
            self.overflows += 1
        recording = self._recording
        if recording:
            self._captured += frames
        self._queue.put_nowait((recording, indata[:, 0].copy()))

    # ----- recording
    def start(self) -> None:
        """Record into the session's recording, carrying on the audio already there. When it cannot,
        raises FairMinutesError (one line) and leaves nothing behind: another recorder has this
        conference (RecordingLocked), or the microphone cannot be opened."""
        if self.state in (State.RECORDING, State.PAUSED):
            return
        lock = RecordingLock.acquire(self.session)  # refused: nothing has been touched
        opened_stream = marked = False
        path = self.path
        try:
            self.warnings.extend(recovery.repair_session(self.session))
            warning = free_space_warning(self.session.audio_dir)
            if warning:
                self.warnings.append(warning)
                self.session.log_event("low_disk_space", message=warning)
            if self._stream is None:
                self._open_stream()  # first: with no microphone, no empty recording is made
                opened_stream = True
            new_file = not path.exists()
            recovery.mark_open(path)
            marked = True
            wav = CrashSafeWav(path)
        except BaseException as e:
            if marked:
                recovery.mark_closed(path)
                if new_file and path.exists() and path.stat().st_size <= 44:
                    path.unlink()  # holds no audio
            if opened_stream:
                self._close_stream()
            if self._stream is None:
                self._stop_writer_thread()
            lock.release()
            if isinstance(e, Exception):
                self._safe_log("recording_start_failed", error=str(e))
            raise
        self._lock, self.wav = lock, wav
        self._base, self._captured = wav.frames, 0
        self._recording = True
        self.state = State.RECORDING
        self.session.log_event("recording_started", offset=round(self.position, 3), device=self._device_name(),
                               rate=SAMPLE_RATE, channels=CHANNELS, file=self.path.name)

    def pause(self) -> None:
        if self.state != State.RECORDING:
            return
        self._recording = False
        self.state = State.PAUSED
        self.session.log_event("recording_paused", offset=round(self.position, 3))

    def resume(self) -> None:
        if self.state != State.PAUSED:
            return
        if self._stream is None:
            self._open_stream()
        self._recording = True
        self.state = State.RECORDING
        self.session.log_event("recording_resumed", offset=round(self.position, 3), device=self._device_name())

    def change_device(self, device: int | None) -> None:
        """Use another microphone; while recording, the same file goes on (the switch is an event)."""
        was_recording = self.state == State.RECORDING
        self._recording = False
        self._close_stream()
        self.device = device
        self._open_stream()
        self.session.log_event("device_changed", offset=round(self.position, 3), device=self._device_name())
        if was_recording:
            self._recording = True

    def stop(self) -> float:
        """Stop and close the file; returns the recording's length in seconds."""
        self._recording = False
        self._close_stream()
        self._stop_writer_thread()
        length = self.position
        if self.wav is not None:
            try:
                self.wav.close()
            except OSError as e:
                log.warning("closing the recording: %s", e)
            recovery.mark_closed(self.path)
            if self.state in (State.RECORDING, State.PAUSED):
                self.session.log_event("recording_stopped", offset=round(length, 3),
                                       overflows=self.overflows)
            self.wav = None
        self.state = State.STOPPED
        self._release_lock()
        return length

    def close(self) -> None:
        """Leave the screen: stop recording if it runs, close the meter."""
        self.stop()

    # ----- the writer thread
    def _start_writer(self) -> None:
        if self._writer is not None and self._writer.is_alive():
            return
        self._stop_writer.clear()
        self._writer = threading.Thread(target=self._write_loop, name="recording-writer", daemon=True)
        self._writer.start()

    def _stop_writer_thread(self) -> None:
        if self._writer is not None:
            self._stop_writer.set()
            self._writer.join(timeout=10)
            self._writer = None

    def _write_loop(self) -> None:
        last_sync = time.monotonic()
        written = self._base
        while True:
            try:
                recording, block = self._queue.get(timeout=0.1)
            except queue.Empty:
                if self._stop_writer.is_set():
                    break
                self._check_device_alive()
                block = None
            if block is not None:
                self._last_block = time.monotonic()
                self._watch_for_no_sound(block, recording)
                if recording and self.wav is not None:
                    try:
                        self.wav.write(block)
                    except OSError as e:
                        self._on_write_failed(e)
                        continue
                    offset = written / SAMPLE_RATE
                    written += len(block)
                    for listener in list(self.listeners):
                        try:
                            listener(offset, block, SAMPLE_RATE)
                        except Exception:  # a listener must never stop the recording
                            log.exception("recording listener failed")
                if self.on_level is not None:
                    self.on_level(level_of(block))
            if self.wav is not None and time.monotonic() - last_sync >= SYNC_EVERY:
                try:
                    self.wav.sync()
                except OSError as e:
                    self._on_write_failed(e)
                last_sync = time.monotonic()
        if self.wav is not None:
            try:
                self.wav.sync()
            except OSError as e:
                self._on_write_failed(e)

    def _watch_for_no_sound(self, block: np.ndarray, recording: bool) -> None:
        if block.any():
            self._zero_frames, self._no_sound_told = 0, False
            return
        self._zero_frames += len(block)
        if recording and not self._no_sound_told and self._zero_frames >= NO_SOUND_AFTER * SAMPLE_RATE:
            self._no_sound_told = True
            self._safe_log("no_sound", offset=round(self.position, 3), device=self._device_name())
            self._problem("no_sound",
                          "The microphone is sending no sound at all (it may be muted, or unplugged). "
                          "The recording goes on; check the microphone or choose another.")

    def _check_device_alive(self) -> None:
        if self._stream is not None and not self._stream.active and self.state != State.STOPPED:
            self._last_block = 0.0  # the stream ended by itself: the device has gone
        if self._stream is None or self.state not in (State.RECORDING, State.MONITORING, State.PAUSED):
            return
        if time.monotonic() - self._last_block < SILENT_DEVICE_AFTER:
            return
        was_recording = self.state == State.RECORDING
        self._recording = False
        stream, self._stream = self._stream, None
        threading.Thread(target=lambda: _abort_quietly(stream), daemon=True).start()
        at = self.position
        if was_recording:
            self.state = State.PAUSED
        if self.wav is not None:
            try:
                self.wav.sync()
            except OSError:
                pass
        self._safe_log("device_lost", offset=round(at, 3), device=self._device_name())
        self._problem("device_lost",
                      f"The microphone stopped sending sound at {_clock(at)} into the recording. Everything "
                      "up to then is saved. Check the microphone or choose another, then press Resume to "
                      "carry on in the same recording.")

    def _on_write_failed(self, e: OSError) -> None:
        self._recording = False
        stream, self._stream = self._stream, None
        if stream is not None:
            threading.Thread(target=lambda: _abort_quietly(stream), daemon=True).start()
        at = self.position if self.wav is None else self.wav.seconds
        wav, self.wav = self.wav, None
        if wav is not None:
            try:
                wav.close()
            except OSError:
                pass  # what reached the disk stays; repair() fixes the header on the next start
        self.state = State.STOPPED
        self._stop_writer.set()
        if e.errno == errno.ENOSPC:
            kind = "disk_full"
            msg = (f"The disk is full, so the recording stopped at {_clock(at)}. Everything up to then is "
                   "saved. Free some space, then press Record to carry on in the same conference.")
        else:
            kind = "error"
            msg = (f"The recording could not be written ({e.strerror or e}), so it stopped at {_clock(at)}. "
                   "Everything up to then is saved.")
        self._safe_log("recording_stopped", offset=round(at, 3), reason=kind, error=str(e))
        self._release_lock()
        self._problem(kind, msg)

    def _release_lock(self) -> None:
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.release()

    def _safe_log(self, kind: str, **fields) -> None:
        try:
            self.session.log_event(kind, **fields)
        except OSError:
            log.warning("could not log %s (the disk may be full)", kind)

    def _problem(self, kind: str, message: str) -> None:
        log.warning(message)
        if self.on_problem is not None:
            self.on_problem(kind, message)

    def _device_name(self) -> str:
        try:
            import sounddevice as sd

            return sd.query_devices(self.device, "input")["name"]
        except Exception:
            return "unknown"


def _abort_quietly(stream) -> None:
    try:
        stream.abort(ignore_errors=True)
        stream.close(ignore_errors=True)
    except Exception:
        pass


def record_for(session: Session, seconds: float | None, device: int | None = None,
               progress: Callable[[float, Level | None], None] | None = None,
               should_stop: Callable[[], bool] | None = None,
               on_start: Callable[[Recorder], None] | None = None) -> tuple[float, float]:
    """Record until `seconds` more of audio are written (what the conference held before does not
    count) or `should_stop()` says so: the CLI's loop. Returns (seconds recorded now, seconds in all)."""
    latest: list[Level | None] = [None]
    problems: list[str] = []

    def on_level(level):
        latest[0] = level

    rec = Recorder(session, device, on_level=on_level, on_problem=lambda kind, msg: problems.append(msg))
    rec.start()
    for w in rec.warnings:
        log.warning(w)
    if on_start is not None:
        on_start(rec)
    try:
        while rec.state == State.RECORDING and (seconds is None or rec.recorded < seconds):
            if should_stop is not None and should_stop():
                break
            time.sleep(0.05)
            if progress is not None:
                progress(rec.position, latest[0])
    except KeyboardInterrupt:
        pass  # Ctrl+C is the ordinary way to stop on a terminal
    finally:
        length = rec.stop()
    if problems:
        from app.errors import FairMinutesError

        raise FairMinutesError(problems[0])
    return rec.recorded, length
