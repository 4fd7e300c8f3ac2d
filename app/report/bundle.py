"""The evidence bundle: one .zip a parent can hand to a solicitor or attach to a complaint."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import numpy as np

from app.clock import clock
from app.report.report import ReportData
from app.safefile import output_file

CLIP_PAD = 4.0  # seconds of audio either side of a finding's evidence


def write_bundle(out: Path, data: ReportData, report_files: list[Path], audio: Path | None,
                 transcript_json: Path | None, minutes_original: Path | None) -> Path:
    import hashlib

    entries: dict[str, bytes] = {}
    for p in report_files:
        entries[p.name] = p.read_bytes()
    if audio is not None and audio.exists():
        for f in data.findings:
            if f.evidence:
                start = max(0.0, min(e["start"] for e in f.evidence) - CLIP_PAD)
                end = max(e["end"] for e in f.evidence) + CLIP_PAD
                entries[f"clips/finding-{f.number:02d}-{f.kind}-{clock(start).replace(':', '.')}.wav"] = \
                    _clip(audio, start, end)
    entries["transcript.txt"] = _transcript_text(data).encode("utf-8")
    if transcript_json is not None and transcript_json.exists():
        entries["transcript.json"] = transcript_json.read_bytes()
    entries["notes.csv"] = _notes_csv(data).encode("utf-8")
    if minutes_original is not None and minutes_original.exists():
        entries[f"minutes/{minutes_original.name}"] = minutes_original.read_bytes()  # byte for byte
    manifest = {
        "made_with": data.app_version,
        "algorithm": "SHA-256",
        "files": {name: hashlib.sha256(content).hexdigest() for name, content in sorted(entries.items())},
        "source_files": {name: digest for _, name, digest in data.files},
    }
    entries["manifest.json"] = (json.dumps(manifest, indent=2) + "\n").encode("utf-8")
    with output_file(out) as f, zipfile.ZipFile(f, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, content in entries.items():
            z.writestr(name, content)
    return out


def _clip(audio: Path, start: float, end: float) -> bytes:
    import soundfile as sf

    with sf.SoundFile(str(audio)) as f:
        rate = f.samplerate
        f.seek(int(start * rate))
        data = f.read(int((end - start) * rate), dtype="float32", always_2d=True)
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


def verify(bundle: Path) -> list[str]:
    """Names of files in a bundle whose content no longer matches its manifest (empty: all good)."""
    import hashlib

    with zipfile.ZipFile(bundle) as z:
        manifest = json.loads(z.read("manifest.json"))
        return [name for name, digest in manifest["files"].items()
                if hashlib.sha256(z.read(name)).hexdigest() != digest]
