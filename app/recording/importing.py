"""Bring in a recording made elsewhere (a phone, a dictaphone) as the conference's recording.
The file is copied byte for byte and never changed; its hash goes into events.jsonl."""

from __future__ import annotations

from pathlib import Path

from app import custody
from app.errors import FairMinutesError
from app.safefile import copy_private, make_private_dir
from app.transcription.audio_stream import probe

# What a phone or a dictaphone usually saves, offered first when choosing a file; any file PyAV
# decodes is read all the same (probe decides by content, not by the name).
AUDIO_SUFFIXES = (".wav", ".flac", ".mp3", ".m4a", ".ogg", ".opus", ".aac", ".wma")


def import_recording(session, path: Path) -> Path:
    path = Path(path)
    info = probe(path)  # refuse what is not audio before copying anything (header + one frame: cheap)
    if session.recording_path() is not None:
        raise FairMinutesError("This conference already has a recording. Start a new conference to bring in "
                               "another one; nothing was changed.")
    make_private_dir(session.audio_dir)
    target = session.audio_dir / f"imported{path.suffix.lower() or '.audio'}"
    digest = copy_private(path, target)
    session.log_event("recording_imported", original=str(path.name), file=target.name, sha256=digest,
                      seconds=round(info.duration, 2))
    custody.log_recording_hashes(session, "imported", [target], known={target.name: digest})
    return target
