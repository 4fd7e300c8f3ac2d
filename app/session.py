"""One conference = one folder of plain files (the session folder contract in ARCHITECTURE.md).

session.json    details, rewritten atomically, with a schema version
audio/          the recording (see app/recording)
events.jsonl    recording started/paused/stopped, device changes, errors; append-only
notes.jsonl     the friend's notes (see app/notes.py); append-only
speakers.jsonl  the friend's speaker marks (see app/speaker_marks.py); append-only
transcript.json the machine transcript; never edited in place
minutes/        the imported minutes byte for byte, and their parsed statements
findings.json   comparison output; review.jsonl holds the reviewer's decisions
manifest.json   SHA-256 of every evidence file
"""

from __future__ import annotations

import json
import re
import secrets
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from send2trash import send2trash

from app import paths
from app.clock import now_iso
from app.errors import DamagedFileError, FairMinutesError
from app.notes import Notes
from app.review import Review
from app.safefile import Journal, make_private_dir, remove_stale_temps, sha256_file, write_json_atomic
from app.speaker_marks import SpeakerMarks
from app.transcription.naming import overlay
from app.transcription.transcript import Transcript, TranscriptEdits
from app.version import __version__

# numpy (app.recording.wavfile) and soundfile are imported where a recording is read: every
# `fairminutes` command that lists or opens a conference reads this module, and together they add
# 0.3 s to it.

SCHEMA_VERSION = 1
KINDS = ("ICPC", "RCPC", "Core group", "Strategy", "Other")
KIND_NAMES = {
    "ICPC": "Initial child protection conference",
    "RCPC": "Review child protection conference",
    "Core group": "Core group meeting",
    "Strategy": "Strategy meeting",
    "Other": "Other meeting",
}


@dataclass
class Attendee:
    name: str = ""
    role: str = ""

    @classmethod
    def from_line(cls, line: str) -> Attendee:
        """A person as typed: "Sam Jones - Housing Officer" (a hyphen or an en dash between spaces),
        or the name alone."""
        name, _, role = line.replace(" – ", " - ").partition(" - ")
        return cls(name.strip(), role.strip())

    def line(self) -> str:
        """The person as `from_line` reads them back."""
        return f"{self.name} - {self.role}" if self.role else self.name


def attendees_from_text(text: str) -> list[Attendee]:
    """One person a line, as in the details' "Who is there"; blank lines left out."""
    return [Attendee.from_line(line) for line in text.splitlines() if line.strip()]


@dataclass
class SessionInfo:
    title: str = ""
    kind: str = "ICPC"
    date: str = ""  # ISO date of the conference, as the user gives it
    local_authority: str = ""
    attendees: list[Attendee] = field(default_factory=list)
    # Optional details a letter to the council needs (all free text, as the parent gives them).
    child_name: str = ""
    child_dob: str = ""  # ISO date when known
    reference: str = ""  # the council's case reference
    chair: str = ""  # the chair's name
    # How the conference was run, as the parent records it (app/fairness/procedure.py reads it);
    # empty in a session from before it existed, which opens unchanged.
    procedure: dict = field(default_factory=dict)
    created: str = ""
    schema: int = SCHEMA_VERSION

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> SessionInfo:
        # Later versions add fields; unknown ones are ignored and missing ones take defaults, so a
        # session written by any earlier version opens.
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        attendees = [Attendee(**{k: str(v) for k, v in a.items() if k in ("name", "role")})
                     for a in known.pop("attendees", []) or [] if isinstance(a, dict)]
        if not isinstance(known.get("procedure", {}), dict):
            known.pop("procedure")
        info = cls(**known, attendees=attendees)
        if info.kind not in KINDS:
            info.kind = "Other"
        return info


class Session:
    """A handle on one session folder. Cheap to create; reads files only when asked."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    # ----- where things are (one place, so nobody builds these paths by hand)
    @property
    def id(self) -> str:
        return self.folder.name

    @property
    def info_path(self) -> Path:
        return self.folder / "session.json"

    @property
    def audio_dir(self) -> Path:
        return self.folder / "audio"

    @property
    def minutes_dir(self) -> Path:
        return self.folder / "minutes"

    @property
    def transcript_path(self) -> Path:
        return self.folder / "transcript.json"

    @property
    def transcript_edits_path(self) -> Path:
        return self.folder / "transcript.edits.jsonl"

    @property
    def findings_path(self) -> Path:
        return self.folder / "findings.json"

    @property
    def review_path(self) -> Path:
        return self.folder / "review.jsonl"

    @property
    def manifest_path(self) -> Path:
        return self.folder / "manifest.json"

    @property
    def events(self) -> Journal:
        return Journal(self.folder / "events.jsonl")

    @property
    def notes(self) -> Notes:
        return Notes(self.folder / "notes.jsonl")

    @property
    def speaker_marks(self) -> SpeakerMarks:
        return SpeakerMarks(self.folder / "speakers.jsonl")

    def review(self) -> Review:
        """The reviewer's decisions (review.jsonl): confirmed, dismissed, comments."""
        return Review(self.review_path)

    def transcript_edits(self) -> TranscriptEdits:
        """The parent's corrections and speaker names (transcript.edits.jsonl), laid over the machine's."""
        return TranscriptEdits(self.transcript_edits_path)

    def machine_transcript(self) -> Transcript:
        """transcript.json exactly as the recogniser wrote it."""
        return Transcript.load(self.transcript_path)

    def transcript(self) -> Transcript:
        """The transcript as the parent sees it: the machine's, with the friend's speaker marks
        (speakers.jsonl) and the parent's corrections and speaker names (transcript.edits.jsonl) laid
        over it. The machine file itself is never changed."""
        return overlay(self.machine_transcript(), self.speaker_marks.current(), self.transcript_edits())

    # ----- details
    def read_info(self) -> SessionInfo:
        try:
            data = json.loads(self.info_path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            return SessionInfo.from_json(data)
        except FileNotFoundError:
            raise DamagedFileError(self.info_path, "the file is missing",
                                   "The recording, notes and transcript in this folder are untouched.") from None
        except (ValueError, TypeError, UnicodeDecodeError) as e:
            raise DamagedFileError(
                self.info_path, f"it is not valid session details: {e}",
                "The recording, notes and transcript in this folder are untouched; "
                "save the details again to repair it.") from None

    def write_info(self, info: SessionInfo) -> None:
        info.schema = SCHEMA_VERSION
        write_json_atomic(self.info_path, info.to_json())

    def rename(self, title: str) -> None:
        info = self.read_info()
        info.title = title.strip()
        self.write_info(info)

    def log_event(self, kind: str, **fields) -> dict:
        record = {"event": kind, "wall": now_iso(), **fields}
        self.events.append(record)
        return record

    # ----- what the session holds, for the list and the review
    def recording_path(self) -> Path | None:
        """The conference's recording: the app's own, else a file the parent brought in."""
        own = self.audio_dir / "recording.wav"
        if own.exists():
            return own
        if self.audio_dir.exists():
            for p in sorted(self.audio_dir.iterdir()):
                if p.is_file() and p.name.startswith("imported"):
                    return p
        return None

    def recording_parts(self) -> list[Path]:
        """The recording's files in order, on one clock: recording.wav, then recording.2.wav ... (a
        recording past 24.8 hours goes on in the next file), or the one file brought in from a phone.
        Everything that reads the recording (playback, transcription, clips, hashes) reads these."""
        from app.recording.wavfile import parts

        own = parts(self.audio_dir) if self.audio_dir.exists() else []
        if own:
            return own
        path = self.recording_path()
        return [path] if path is not None else []

    def duration(self) -> float:
        try:
            import soundfile

            return sum(float(soundfile.info(str(p)).duration) for p in self.recording_parts())
        except Exception:
            return 0.0

    def status(self) -> str:
        """One word a parent understands: where this conference has got to."""
        if self.findings_path.exists():
            return "Compared"
        if self.minutes_dir.exists() and any(self.minutes_dir.iterdir()):
            return "Minutes imported"
        if self.transcript_path.exists():
            return "Transcribed"
        if self.recording_path() is not None:
            return "Recorded"
        return "New"

    def evidence_files(self) -> list[Path]:
        """Every file whose hash goes into the manifest (everything but the manifest, temp files, and
        the recorder's own bookkeeping: its lock and the markers of files still being written)."""
        out = []
        for p in sorted(self.folder.rglob("*")):
            if p.is_file() and p != self.manifest_path and not p.name.startswith(".") and not _bookkeeping(p):
                out.append(p)
        return out

    def write_manifest(self) -> dict:
        files = {}
        for p in self.evidence_files():
            files[p.relative_to(self.folder).as_posix()] = {"sha256": sha256_file(p), "bytes": p.stat().st_size}
        manifest = {"app": "FairMinutes", "version": __version__, "written": now_iso(),
                    "algorithm": "SHA-256", "files": files}
        write_json_atomic(self.manifest_path, manifest)
        return manifest


@dataclass
class SessionSummary:
    """One row of the start screen / `fairminutes sessions`."""

    session: Session
    title: str
    kind: str
    date: str
    duration: float
    status: str
    problem: str = ""  # a damaged session is listed, with what is wrong, never hidden


def _bookkeeping(path: Path) -> bool:
    """recording.lock (who records now) and recording.wav.open (a file not yet closed): not evidence."""
    return path.name == "recording.lock" or (path.parent.name == "audio" and path.name.endswith(".wav.open"))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


def create_session(title: str = "", kind: str = "ICPC", date: str = "", local_authority: str = "",
                   attendees: list[Attendee] | None = None) -> Session:
    root = make_private_dir(paths.sessions_dir())
    stamp = time.strftime("%Y%m%d-%H%M%S")
    name = f"{stamp}-{_slug(title) or 'conference'}"
    folder = root / name
    while folder.exists():
        folder = root / f"{name}-{secrets.token_hex(2)}"
    make_private_dir(folder)
    for sub in ("audio", "minutes"):
        make_private_dir(folder / sub)
    session = Session(folder)
    info = SessionInfo(title=title.strip() or "Untitled conference", kind=kind if kind in KINDS else "Other",
                       date=date or time.strftime("%Y-%m-%d"), local_authority=local_authority,
                       attendees=list(attendees or []), created=now_iso())
    session.write_info(info)
    session.log_event("session_created", app_version=__version__)
    return session


def remove_if_unused(session: Session) -> bool:
    """Remove a conference made a moment ago that holds nothing but the record of its own making (a
    `record` whose microphone would not open), so no empty "New" conference is left behind. One with
    anything else in it (audio, notes, minutes, any other event) is kept, whatever happened."""
    for p in session.folder.rglob("*"):
        if p.relative_to(session.folder).as_posix() not in ("session.json", "events.jsonl", "audio", "minutes"):
            return False
    if any(e.get("event") not in ("session_created", "recording_start_failed") for e in session.events.read()):
        return False
    shutil.rmtree(session.folder)
    return True


def open_session(ref: str | Path) -> Session:
    """Open by folder path or by folder name under the sessions folder."""
    path = Path(ref)
    if not path.is_absolute() and not path.exists():
        path = paths.sessions_dir() / str(ref)
    if not (path / "session.json").exists() and not (path / "events.jsonl").exists():
        raise FairMinutesError(f"No conference was found at {path}. Run 'fairminutes sessions' to list them.")
    remove_stale_temps(path, recursive=True)  # left by a FairMinutes killed while saving
    return Session(path)


def list_sessions() -> list[SessionSummary]:
    root = paths.sessions_dir()
    if not root.exists():
        return []
    out = []
    for folder in sorted(root.iterdir(), reverse=True):
        if not folder.is_dir() or folder.name.startswith("."):
            continue
        s = Session(folder)
        try:
            info = s.read_info()
            out.append(SessionSummary(s, info.title, info.kind, info.date, s.duration(), s.status()))
        except DamagedFileError as e:
            out.append(SessionSummary(s, folder.name, "", "", s.duration(), s.status(), problem=str(e)))
    return out


def delete_session(session: Session, typed_confirmation: str) -> Path | None:
    """Move a session to the system trash (or to FairMinutes' own 'deleted' folder if there is no
    trash). Never a one-step delete: the caller must pass the title the user typed to confirm."""
    info = session.read_info()
    if typed_confirmation.strip() != info.title.strip():
        raise FairMinutesError("The name typed does not match the conference's title, so nothing was deleted.")
    try:
        send2trash(str(session.folder))
        return None
    except Exception:
        # No desktop trash (a bare server, an odd filesystem): keep it recoverable all the same.
        graveyard = make_private_dir(paths.home() / "deleted")
        target = graveyard / session.folder.name
        shutil.move(str(session.folder), str(target))
        return target
