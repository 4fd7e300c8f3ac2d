"""Find recordings left unfinished by a crash or a power cut, and make them playable again.

While a recording file is open, `recording.wav.open` (or `recording.2.wav.open` ...) sits beside it.
If the app dies, the marker stays; at the next start (or when the session's recorder starts), the
WAV header is rebuilt from the real file length and the repair is logged in events.jsonl. A recording
whose recorder is still running (its lock, app/recording/lock.py, is held) is left alone. Nothing here
deletes audio: only a file that holds none (a start that recorded nothing) is removed.
"""

from __future__ import annotations

import os
from pathlib import Path

from app import custody
from app.recording.lock import LOCK_NAME, RecordingLock, RecordingLocked
from app.recording.wavfile import frames_of, needs_repair, parts, read_format, repair
from app.safefile import open_private, remove_stale_temps
from app.session import Session, list_sessions


def _marker(wav: Path) -> Path:
    return wav.with_name(wav.name + ".open")


def mark_open(wav: Path) -> None:
    with open_private(_marker(wav), "w") as f:
        f.write(str(os.getpid()))
        f.flush()
        os.fsync(f.fileno())


def mark_closed(wav: Path) -> None:
    try:
        _marker(wav).unlink()
    except FileNotFoundError:
        pass


def _unfinished(session: Session) -> bool:
    """Cheap look: is there anything to repair or a lock to clear? (No lock is taken for this.)"""
    if (session.folder / LOCK_NAME).exists():
        return True
    return any(_marker(p).exists() or needs_repair(p) for p in parts(session.audio_dir))


def recover_session(session: Session) -> list[str]:
    """Repair this session's unfinished recording, if any, unless it is being recorded right now
    (here or in another FairMinutes). Returns plain sentences for the user."""
    if not session.audio_dir.exists() or not _unfinished(session):
        return []
    try:
        lock = RecordingLock.acquire(session, purpose="recovery")
    except RecordingLocked:
        return []  # another FairMinutes is recording it right now
    try:
        return repair_session(session)
    finally:
        lock.release()


def repair_session(session: Session) -> list[str]:
    """Repair every file of the recording that was left open. The caller holds the recording lock."""
    files = parts(session.audio_dir)
    before = after = 0.0
    repaired = []
    for wav in files:
        if _marker(wav).exists() or needs_repair(wav):
            b, a = repair(wav)
            repaired.append(wav)
        else:
            rate, channels = read_format(wav)
            b = a = frames_of(wav) / rate
        before, after = before + b, after + a
    if not repaired:
        return []
    last = files[-1]
    if repaired[-1] == last and after == 0 and len(files) == 1:
        # A start that recorded nothing (an older version left these when the microphone failed).
        last.unlink()
        mark_closed(last)
        session.log_event("empty_recording_removed", file=last.name, reason="it held no audio")
        return []
    for wav in repaired:
        mark_closed(wav)
    session.log_event("recording_recovered", seconds_in_header=round(before, 3),
                      seconds_recovered=round(after, 3), files=[p.name for p in repaired])
    session.log_event("recording_stopped", offset=round(after, 3), reason="recovered after an interruption")
    custody.log_recording_hashes(session, "recovered")  # the recording as recovered, before it can go on
    return [f"A recording that was interrupted ({session.read_info().title}) has been recovered: "
            f"{_mins(after)} of audio are safe. You can carry on recording in the same conference."]


def recover_all() -> list[str]:
    """Run at start-up: every session's unfinished recording is repaired, none is ever discarded."""
    found = []
    for row in list_sessions():
        try:
            remove_stale_temps(row.session.folder, recursive=True)  # a save cut short by a kill
            found += recover_session(row.session)
        except Exception as e:  # a damaged session must not stop the others from being recovered
            found.append(f"A recording in {row.session.folder} could not be checked ({e}).")
    return found


def _mins(seconds: float) -> str:
    m, s = divmod(int(seconds), 60)
    return f"{m} min {s} s" if m else f"{s} s"
