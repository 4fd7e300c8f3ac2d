"""Capture from a microphone into the session's crash-safe WAV.

The PortAudio callback only copies each block into a queue (it never blocks, never touches the
disk). A writer thread takes the blocks, appends them to the WAV, syncs it twice a second, measures
the level for the meter, passes the audio to listeners (the live transcriber), and watches for a
microphone that stops sending sound. Every state change is a line in events.jsonl with its wall
clock and its audio offset, so a note's or a transcript's time maps to one place in the audio.

Only one recorder at a time records a conference (its lock, app/recording/lock.py, is taken by
start() and given up when the file is closed). The file belongs to the writer thread while it runs:
stop() waits for it to write everything queued and never closes the file under it. Any error in the
writer stops the capture, keeps what is written, and is reported. A file that would outgrow what a
WAV header can count (24.8 hours) is followed by recording.2.wav, and so on.

Once the file is closed (after the writer's last write and sync), the SHA-256 of every file of the
recording is logged in events.jsonl (app/custody.py) before the lock is given up, so nothing can
change the file in between. It reads the file once: 1.1 to 1.3 s for three hours (520 MB) here.
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

from app import custody
from app.clock import clock as _clock
from app.errors import FairMinutesError
from app.recording import recovery
from app.recording.devices import Level, free_space_warning, level_of
from app.recording.lock import RecordingLock
from app.recording.wavfile import (
    CHANNELS,
    MAX_DATA_BYTES,
    SAMPLE_RATE,
    CrashSafeWav,
    frames_of,
    part_number,
    part_path,
    parts,
)
from app.session import Session

# sounddevice is imported where it is used: importing it starts PortAudio, which looks for the
# sound devices, and this module is read at the app's start (+0.04-0.06 s measured after ui.main_window).

log = logging.getLogger(__name__)

SYNC_EVERY = 0.5  # seconds between fsyncs: a kill -9 loses at most this much before repair
SILENT_DEVICE_AFTER = 2.0  # no audio for this long while the stream runs = the microphone is gone
NO_SOUND_AFTER = 5.0  # exact digital zeros this long: a live mic always hisses a little; this one is
# muted, or its stream was cut and the system is sending silence in its place
BLOCK = SAMPLE_RATE // 20  # 50 ms blocks: the meter updates 20 times a second
WRITER_STALL_AFTER = 10.0  # stop() waits for the writer as long as it makes progress; this long
# without writing a single block (a disk that hangs), it is left to finish on its own, and that is logged

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
        self.path = part_path(session.audio_dir, 1)
        self.max_file_bytes = MAX_DATA_BYTES  # a file this full is followed by the next part
        self._lock: RecordingLock | None = None
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._stream = None
        self._writer: threading.Thread | None = None
        self._stop_writer = threading.Event()
        self._handover = threading.Lock()  # who closes the file: stop(), or a writer it gave up on
        self._writer_ended = True
        self._finish_late = False
        self._recording = False  # read by the callback: write this block or only meter it
        self._captured = 0  # frames accepted for the file, counted in the callback
        self._base = 0  # frames already in the recording when this recorder started
        self._written = 0  # frames in the recording's files, written by the writer thread
        self._stop_logged = False
        self._late_stop_event: dict | None = None
        self._meter_failed = False
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
        if self._finish_late and not self._writer_ended:
            raise FairMinutesError("The end of the last recording is still being written to the disk. "
                                   "Wait a moment, then press Record again.")
        lock = RecordingLock.acquire(self.session)  # refused: nothing has been touched
        opened_stream = marked = False
        path = None
        try:
            self.warnings.extend(recovery.repair_session(self.session))
            warning = free_space_warning(self.session.audio_dir)
            if warning:
                self.warnings.append(warning)
                self.session.log_event("low_disk_space", message=warning)
            if self._stream is None:
                self._open_stream()  # first: with no microphone, no empty recording is made
                opened_stream = True
            files = parts(self.session.audio_dir)
            path = files[-1] if files else part_path(self.session.audio_dir, 1)
            new_file = not path.exists()
            earlier = sum(frames_of(p) for p in files[:-1])
            recovery.mark_open(path)
            marked = True
            wav = CrashSafeWav(path, max_bytes=self.max_file_bytes)
        except BaseException as e:
            if path is not None and marked:
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
        self._lock, self.wav, self.path = lock, wav, path
        self._base = self._written = earlier + wav.frames
        self._captured = 0
        self._stop_logged = False
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
        """Stop and close the file; returns the recording's length in seconds. Every block captured
        is written first, however long the writer takes while it makes progress."""
        self._recording = False
        self._close_stream()
        length = self.position  # final: nothing more is captured
        stop_event = None
        if self.state in (State.RECORDING, State.PAUSED):
            stop_event = {"offset": round(length, 3), "overflows": self.overflows}
        self._late_stop_event = stop_event and {**stop_event, "delayed": True}  # if the writer closes
        ended = self._stop_writer_thread()
        self.state = State.STOPPED
        if not ended:
            # The writer has written nothing for WRITER_STALL_AFTER s (a disk that hangs). Closing the
            # file under it would lose what is queued, so it closes the file itself when it is done.
            waiting = max(0, self._base + self._captured - self._written) / SAMPLE_RATE
            self._problem("slow_disk",
                          f"The disk is not keeping up: the last {waiting:.0f} s of the recording are still "
                          "being written. Leave FairMinutes open; they are saved as soon as the disk takes them.")
            return length
        self._close_file(stop_event)
        return length

    def finish_writing(self, timeout: float | None = None) -> bool:
        """Wait for a writer that stop() left to finish on its own. True once the file is closed."""
        writer = self._writer
        if writer is not None:
            writer.join(timeout)
        return self._writer_ended

    def close(self) -> None:
        """Leave the screen: stop recording if it runs, close the meter."""
        self.stop()

    def _close_file(self, stop_event: dict | None) -> None:
        """Close the file, clear its open marker, log the stop, give up the lock. Runs where the file
        belongs: in stop() once the writer has ended, or in the writer itself."""
        wav, self.wav = self.wav, None
        if wav is not None:
            try:
                wav.close()
                recovery.mark_closed(wav.path)
            except Exception as e:  # what reached the disk stays; recovery fixes the header
                log.warning("closing the recording: %s", e)
        if stop_event is not None and not self._stop_logged:
            self._stop_logged = True
            self._safe_log("recording_stopped", **stop_event)
        lock, self._lock = self._lock, None
        try:
            if wav is not None:  # the files as they are now, before anything else may touch them
                custody.log_recording_hashes(self.session, "stopped")
        except Exception:
            log.exception("hashing the recording failed")
        finally:
            if lock is not None:
                lock.release()

    # ----- the writer thread
    def _start_writer(self) -> None:
        if self._writer is not None and self._writer.is_alive():
            return
        self._stop_writer.clear()
        self._writer_ended, self._finish_late = False, False
        self._writer = threading.Thread(target=self._write_loop, name="recording-writer", daemon=True)
        self._writer.start()

    def _stop_writer_thread(self) -> bool:
        """Let the writer write everything queued, then end. True once it has ended; False when it
        wrote nothing for WRITER_STALL_AFTER s: it then closes the file itself when it is done."""
        writer = self._writer
        if writer is None:
            return True
        self._stop_writer.set()
        progress, since = self._written, time.monotonic()
        while True:
            writer.join(timeout=0.1)
            with self._handover:
                if self._writer_ended:
                    break
                if self._written != progress:
                    progress, since = self._written, time.monotonic()
                elif time.monotonic() - since >= WRITER_STALL_AFTER:
                    # Said before the writer can close the file, so the events stay in order.
                    waiting = max(0, self._base + self._captured - self._written) / SAMPLE_RATE
                    self._safe_log("recording_stop_delayed", offset=round(self.position, 3),
                                   seconds_waiting=round(waiting, 3),
                                   reason=f"the disk took nothing for {WRITER_STALL_AFTER:g} s; the rest is "
                                          "written as soon as it can be, then the recording is closed")
                    self._finish_late = True
                    return False
        writer.join()
        self._writer = None
        return True

    def _write_loop(self) -> None:
        try:
            self._write_until_stopped()
        except Exception as e:  # anything unexpected: stop capturing, keep what is written, say so
            log.exception("the recording writer failed")
            at = self._written / SAMPLE_RATE
            self._fail("error", f"{type(e).__name__}: {e}",
                       f"The recording stopped at {_clock(at)} because of an unexpected error ({e or type(e).__name__}). "
                       "Everything up to then is saved.")
        finally:
            with self._handover:
                if self._finish_late:
                    self._close_file(self._late_stop_event)
                self._writer_ended = True

    def _write_until_stopped(self) -> None:
        last_sync = time.monotonic()
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
                        self._write_block(block)
                    except OSError as e:
                        self._on_write_failed(e)
                        continue
                if self.on_level is not None:
                    try:
                        self.on_level(level_of(block))
                    except Exception:  # the meter, like a listener, must never stop the recording
                        if not self._meter_failed:
                            log.exception("the level meter failed")
                        self._meter_failed = True
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

    def _write_block(self, block: np.ndarray) -> None:
        if not self.wav.has_room(len(block)):
            self._next_file()
        self.wav.write(block)
        offset = self._written / SAMPLE_RATE
        self._written += len(block)
        for listener in list(self.listeners):
            try:
                listener(offset, block, SAMPLE_RATE)
            except Exception:  # a listener must never stop the recording
                log.exception("recording listener failed")

    def _next_file(self) -> None:
        """The file holds as much as a WAV header can count: go on in the next one, same clock."""
        old, self.wav = self.wav, None
        old.close()
        recovery.mark_closed(old.path)
        path = part_path(self.session.audio_dir, part_number(old.path) + 1)
        recovery.mark_open(path)
        self.wav = CrashSafeWav(path, max_bytes=self.max_file_bytes)
        self.path = path
        self._safe_log("recording_file_started", offset=round(self._written / SAMPLE_RATE, 3), file=path.name,
                       previous=old.path.name,
                       reason="a WAV file can hold 24.8 hours; the recording goes on in the next file")

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
        at = self._written / SAMPLE_RATE
        if e.errno == errno.ENOSPC:
            kind = "disk_full"
            msg = (f"The disk is full, so the recording stopped at {_clock(at)}. Everything up to then is "
                   "saved. Free some space, then press Record to carry on in the same conference.")
        else:
            kind = "error"
            msg = (f"The recording could not be written ({e.strerror or e}), so it stopped at {_clock(at)}. "
                   "Everything up to then is saved.")
        self._fail(kind, str(e), msg)

    def _fail(self, kind: str, error: str, message: str) -> None:
        """On the writer thread: stop capturing at once (nothing more piles up in the queue), close
        the file with what reached it, give up the lock, and say so in events.jsonl and to the user."""
        self._recording = False
        stream, self._stream = self._stream, None
        if stream is not None:
            threading.Thread(target=lambda: _abort_quietly(stream), daemon=True).start()
        self.state = State.STOPPED
        self._stop_writer.set()
        self._close_file({"offset": round(self._written / SAMPLE_RATE, 3), "reason": kind, "error": error})
        self._problem(kind, message)

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
    problems: list[tuple[str, str]] = []

    def on_level(level):
        latest[0] = level

    rec = Recorder(session, device, on_level=on_level, on_problem=lambda kind, msg: problems.append((kind, msg)))
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
        rec.finish_writing()  # a command has no window to stay open in: wait for a slow disk here
    fatal = [msg for kind, msg in problems if kind != "slow_disk"]
    if fatal:
        raise FairMinutesError(fatal[0])
    return rec.recorded, length
