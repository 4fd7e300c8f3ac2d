"""The evidence bundles: .zip files a parent can hand to a solicitor or attach to a complaint.

Two of them, with the same manifest of SHA-256 hashes:
- full: the report, an audio clip per finding, the whole recording, and every session file that shows
  how the report was made (events.jsonl, session.json, notes.jsonl, review.jsonl, the transcript and
  the parent's corrections to it, the minutes as received, the findings);
- email: the same without the whole recording (three hours is about 520 MB), whose hash stays in the
  manifest so the recording sent another way can be checked against it.

Either can be encrypted (AES-256, pyzipper) with a passphrase the parent chooses; the passphrase is
never written anywhere. Every file taken from the session must lie inside the session's folder: a
session file that names a path outside it (`..`, an absolute path, a symbolic link) is left out and
the manifest says so. Each file's hash is taken from the very bytes written into the zip.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyzipper
import soundfile as sf

from app.clock import clock
from app.compare.evidence import clip_span
from app.custody import recording_files
from app.errors import FairMinutesError
from app.minutes.importer import session_minutes
from app.recording.reader import read_span
from app.report.report import ReportData
from app.safefile import inside, output_file, sha256_file
from app.verify import verify_bundle

MIN_PASSPHRASE = 8
# Files from the session folder, under session/ in the bundle: how the report was made.
SESSION_FILES = ("session.json", "events.jsonl", "notes.jsonl", "review.jsonl", "transcript.edits.jsonl",
                 "speakers.jsonl", "findings.json", "minutes/statements.json")
ENCRYPTED_NOTE = ("This zip is encrypted with AES-256. Open it with 7-Zip (Windows), Keka or The Unarchiver "
                  "(macOS), or 7z on Linux, with the passphrase sent to you separately. Windows' "
                  "built-in zip cannot open AES-encrypted zips.")


@dataclass
class Bundles:
    full: Path
    email: Path
    left_out: list[str]  # session files refused (a path outside the conference's folder), in words


def write_bundles(session, data: ReportData, report_files: list[Path], out_dir: Path, stem: str,
                  passphrase: str | None = None) -> Bundles:
    """Write '<stem> - evidence (full).zip' and '<stem> - evidence (email).zip' into out_dir."""
    check_passphrase(passphrase)
    entries, left_out = _entries(session, data, report_files)
    recording = _recording_files(session)
    full = write_bundle(Path(out_dir) / f"{stem} - evidence (full).zip", data, entries, recording, True,
                        left_out, passphrase)
    email = write_bundle(Path(out_dir) / f"{stem} - evidence (email).zip", data, entries, recording, False,
                         left_out, passphrase)
    return Bundles(full, email, left_out)


def check_passphrase(passphrase: str | None) -> None:
    if passphrase is not None and len(passphrase) < MIN_PASSPHRASE:
        raise FairMinutesError(f"The passphrase is too short: use at least {MIN_PASSPHRASE} characters (a few "
                               "words are easier to pass on and harder to guess). Nothing was written.")


Source = bytes | Path


def write_bundle(out: Path, data: ReportData, entries: list[tuple[str, Source]],
                 recording: list[tuple[str, Path]], include_recording: bool, left_out: list[str],
                 passphrase: str | None = None) -> Path:
    """One bundle: `entries` (name in the zip, bytes or a file), the recording's files when
    `include_recording`, then manifest.json with the hash of every file as written."""
    hashes: dict[str, str] = {}
    rec_info = []
    with output_file(out) as f, _open_zip(f, passphrase) as z:
        for name, source in entries:
            hashes[name] = _put(z, name, source)
        for name, path in recording:
            if include_recording:
                hashes[name] = _put(z, name, path, stored=True)
                digest = hashes[name]
            else:
                digest = sha256_file(path)
            rec_info.append({"name": name, "sha256": digest, "bytes": path.stat().st_size,
                             "included": include_recording})
        manifest = {
            "made_with": data.app_version,
            "algorithm": "SHA-256",
            "bundle": "full" if include_recording else "email",
            "encrypted": passphrase is not None,
            "files": dict(sorted(hashes.items())),
            "recording": rec_info,
            "source_files": {name: digest for _, name, digest in data.files},
            "left_out": left_out,
        }
        _put(z, "manifest.json", (json.dumps(manifest, indent=2) + "\n").encode("utf-8"))
    return out


def _open_zip(f, passphrase: str | None) -> zipfile.ZipFile:
    if passphrase is None:
        return zipfile.ZipFile(f, "w", compression=zipfile.ZIP_DEFLATED)

    z = pyzipper.AESZipFile(f, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES)
    z.setpassword(passphrase.encode("utf-8"))
    z.setencryption(pyzipper.WZ_AES, nbits=256)
    z.comment = ENCRYPTED_NOTE.encode("ascii")  # readable before the passphrase is given
    return z


def _put(z: zipfile.ZipFile, name: str, source: Source, stored: bool = False) -> str:
    """Write one member, streaming a file in chunks (a recording may be gigabytes); return the
    SHA-256 of exactly the bytes written."""
    digest = hashlib.sha256()
    if isinstance(source, bytes):
        digest.update(source)
        z.writestr(name, source)
        return digest.hexdigest()
    info = getattr(z, "zipinfo_cls", zipfile.ZipInfo).from_file(source, name)  # pyzipper has its own
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.file_size = source.stat().st_size
    with open(source, "rb") as fin, z.open(info, "w", force_zip64=info.file_size > (1 << 31)) as fout:
        while block := fin.read(1 << 20):
            digest.update(block)
            fout.write(block)
    return digest.hexdigest()


# ----- what goes in

def _entries(session, data: ReportData, report_files: list[Path]) -> tuple[list[tuple[str, Source]], list[str]]:
    entries: list[tuple[str, Source]] = [(p.name, p) for p in report_files]
    left_out: list[str] = []
    audio = session.recording_parts()  # a clip may fall in recording.2.wav, or across the join
    if audio:
        for f in data.findings:
            if f.evidence:
                start, end = clip_span(f.evidence)  # the quoted words, a second either side
                entries.append((f"clips/finding-{f.number:02d}-{f.kind}-{clock(start).replace(':', '.')}.wav",
                                _clip(audio, start, end)))
    entries.append(("transcript.txt", _transcript_text(data).encode("utf-8")))
    if session.transcript_path.exists():
        entries.append(("transcript.json", session.transcript_path))
    entries.append(("notes.csv", _notes_csv(data).encode("utf-8")))
    try:
        found = session_minutes(session)
    except Exception:  # a damaged statements.json: the report says so elsewhere; no original to add
        found = None
    if found is not None:
        original = inside(session.folder, found[1])
        if original is None:
            left_out.append(f"the minutes file named in minutes/statements.json ({found[1]}): it is not inside "
                            "the conference's folder")
        elif original.is_file():
            entries.append((f"minutes/{original.name}", original))  # byte for byte
    for rel in SESSION_FILES:
        path = session.folder / rel
        if not os.path.lexists(path):
            continue
        safe = inside(session.folder, path)
        if safe is None or not safe.is_file():
            left_out.append(f"{rel}: it is a link to a file outside the conference's folder")
            continue
        entries.append((f"session/{rel}", safe))
    return entries, left_out


def _recording_files(session) -> list[tuple[str, Path]]:
    out = []
    for p in recording_files(session):
        safe = inside(session.folder, p)
        if safe is not None and safe.is_file():
            out.append((f"recording/{p.name}", safe))
    return out


def _clip(audio: list[Path], start: float, end: float) -> bytes:

    data, rate = read_span(audio, start, end)
    buf = io.BytesIO()
    sf.write(buf, np.clip(data, -1, 1), rate, format="WAV", subtype="PCM_16")
    return buf.getvalue()


def _transcript_text(data: ReportData) -> str:
    lines = [f"Transcript: {data.title} ({data.date})", "Automatic transcript: check any passage by listening.", ""]
    for t in data.turns:
        lines.append(f"[{clock(t.start)} - {clock(t.end)}] {t.speaker or 'Speaker'}: {t.text}")
    return "\n".join(lines) + "\n"


def _notes_csv(data: ReportData) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["time", "seconds", "wall_clock", "author", "tag", "text"])
    for n in sorted(data.notes, key=lambda n: n.get("t", 0)):
        w.writerow([clock(n.get("t", 0)), n.get("t", 0), n.get("wall", ""), n.get("author", ""), n.get("tag") or "",
                    n.get("text", "")])
    return buf.getvalue()


def verify(bundle: Path, passphrase: str | None = None) -> list[str]:
    """Names of files in a bundle that are missing, changed or extra (empty: all good). The full
    check, with a sentence for each, is app/verify.py."""
    return [p.name for p in verify_bundle(Path(bundle), passphrase).problems]
