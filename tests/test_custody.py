"""Chain of custody: the hash logged at Stop, the recording's timeline in the report, the two
bundles, and `fairminutes verify` on good, changed, incomplete and hostile bundles."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
import zipfile
from datetime import datetime
from pathlib import Path

import docx
import numpy as np
import pytest

from app.custody import breaks_sentence, timeline
from app.recording.recorder import Recorder
from app.recording.wavfile import SAMPLE_RATE, CrashSafeWav
from app.session import create_session

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "orange kettle seven hills"

# Invented meeting: two turns, and minutes that change one detail.
MINUTES = ("Social Worker: The family moved to a new flat in June.\n"
           "Teacher: Ellis reads every evening with her aunt.\n")
TRANSCRIPT = {"model": "tiny.en", "language": "en", "audio_sha256": "", "duration": 3.0, "segments": [
    {"id": 0, "start": 0.0, "end": 1.4, "speaker": "Social Worker", "text": "The family moved to a new flat in May.",
     "words": []},
    {"id": 1, "start": 1.6, "end": 3.0, "speaker": "Teacher", "text": "Ellis reads every evening with her aunt.",
     "words": []}]}


def cli(*args, env_home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "FAIRMINUTES_HOME": str(env_home), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)


def compared(session, tmp_path: Path) -> None:
    """A transcript and minutes for the session, compared, so that it can be exported."""
    from app.compare.comparer import compare_session
    from app.minutes.importer import import_into_session
    from app.transcription.transcript import Transcript

    Transcript.from_json(TRANSCRIPT).save(session.transcript_path)
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    import_into_session(session, minutes)
    compare_session(session)


def docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def rezip(src: Path, dst: Path, change: dict[str, bytes | None]) -> Path:
    """A copy of a bundle with members replaced (bytes), removed (None) or added."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in change:
                if change[info.filename] is not None:
                    zout.writestr(info.filename, change[info.filename])
                continue
            zout.writestr(info, zin.read(info.filename))
        for name, data in change.items():
            if data is not None and name not in zin.namelist():
                zout.writestr(name, data)
    return dst


def one_byte_changed(data: bytes) -> bytes:
    i = len(data) // 2
    return data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1:]


# ----- the whole path: record with a pause, export, read the report, verify the bundle

@pytest.fixture(scope="module")
def exported(virtual_mic, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("custody")
    saved = os.environ.get("FAIRMINUTES_HOME")
    os.environ["FAIRMINUTES_HOME"] = str(tmp / "home")
    try:
        session = create_session("Custody check")
        rec = Recorder(session)
        rec.start()
        time.sleep(1.2)
        rec.pause()
        time.sleep(2.0)
        rec.resume()
        time.sleep(1.2)
        length = rec.stop()
        compared(session, tmp)
        from app.report.export import export_session

        files = export_session(session, tmp / "out")
    finally:
        if saved is None:
            os.environ.pop("FAIRMINUTES_HOME", None)
        else:
            os.environ["FAIRMINUTES_HOME"] = saved
    return {"session": session, "files": files, "length": length, "tmp": tmp}


def test_stop_logs_the_recordings_hash(exported):
    session = exported["session"]
    hashed = [e for e in session.events.read() if e["event"] == "recording_hashed"]
    assert hashed and hashed[-1]["why"] == "stopped" and hashed[-1]["file"] == "recording.wav"
    wav = session.audio_dir / "recording.wav"
    assert hashed[-1]["sha256"] == hashlib.sha256(wav.read_bytes()).hexdigest()
    assert hashed[-1]["bytes"] == wav.stat().st_size
    kinds = [e["event"] for e in session.events.read()]
    assert kinds.index("recording_hashed") > kinds.index("recording_stopped")


def test_report_shows_start_pause_length_and_the_hash_logged_at_stop(exported):
    session, files = exported["session"], exported["files"]
    text = docx_text(files.report_docx)
    events = {e["event"]: e for e in session.events.read()}
    started = datetime.fromisoformat(events["recording_started"]["wall"])
    paused = datetime.fromisoformat(events["recording_paused"]["wall"])
    resumed = datetime.fromisoformat(events["recording_resumed"]["wall"])
    assert "The recording" in text
    assert f"Recording started: {started.strftime('%A')} {started.day} {started.strftime('%B %Y, %H:%M:%S')}" in text
    # The pause, with its clock times and where it falls in the audio.
    row = next(line for line in text.splitlines() if line == "Paused")
    assert row
    assert paused.strftime("%H:%M:%S") in text and resumed.strftime("%H:%M:%S") in text
    length = round(exported["length"])
    assert f"Length of the recording: {length} s" in text
    assert "accounts for all of it" in text  # start to end = audio + the pause
    with zipfile.ZipFile(files.bundle) as z:
        bundled = hashlib.sha256(z.read("recording/recording.wav")).hexdigest()
    at_stop = events["recording_hashed"]["sha256"]
    assert at_stop == bundled
    assert at_stop in text.replace("\n", "")
    assert "matches its fingerprint now" in text and "sha256sum" in text and "certutil" in text
    assert "Windows' built-in zip" in text and "7-Zip" in text  # for a recipient of an encrypted bundle
    import pypdfium2

    pdf = "".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(str(files.report_pdf)))
    flat = "".join(pdf.split())
    for needed in (f"Recordingstarted:{started.strftime('%A')}{started.day}", paused.strftime("%H:%M:%S"),
                   resumed.strftime("%H:%M:%S"), f"Lengthoftherecording:{length}s", at_stop):
        assert needed in flat, needed  # the PDF says the same


def test_timeline_reads_the_pause_and_the_length(exported):
    t = timeline(exported["session"])
    assert [b.kind for b in t.breaks] == ["pause"]
    assert 1.8 < t.breaks[0].seconds < 3.0
    assert abs(t.length - exported["length"]) < 0.06
    assert abs(t.unaccounted) < 1.0
    assert t.hashes_match and len(t.devices) == 1


def test_full_bundle_holds_the_session_files_and_the_email_one_leaves_out_the_recording(exported):
    files = exported["files"]
    with zipfile.ZipFile(files.bundle) as z:
        full = set(z.namelist())
        manifest = json.loads(z.read("manifest.json"))
    for name in ("recording/recording.wav", "session/events.jsonl", "session/session.json", "session/findings.json",
                 "transcript.json", "transcript.txt", "minutes/minutes.txt", "manifest.json"):
        assert name in full, name
    assert any(n.endswith(".pdf") for n in full) and any(n.endswith(".docx") for n in full)
    assert manifest["bundle"] == "full" and manifest["recording"][0]["included"] is True
    with zipfile.ZipFile(files.email_bundle) as z:
        email = set(z.namelist())
        emanifest = json.loads(z.read("manifest.json"))
    assert "recording/recording.wav" not in email
    assert email == full - {"recording/recording.wav"}
    assert emanifest["recording"][0]["sha256"] == manifest["recording"][0]["sha256"]
    assert emanifest["recording"][0]["included"] is False


def test_verify_passes_on_both_bundles(exported):
    home = exported["tmp"] / "home"
    for bundle, included in ((exported["files"].bundle, "is included"), (exported["files"].email_bundle,
                                                                          "is NOT included")):
        r = cli("verify", str(bundle), env_home=home)
        assert r.returncode == 0, r.stdout + r.stderr
        assert r.stdout.startswith("OK: all") and f"The recording itself {included}" in r.stdout
        assert "matches the one logged in events.jsonl" in r.stdout


def test_verify_checks_a_recording_sent_apart_from_the_email_bundle(exported, tmp_path):
    home = exported["tmp"] / "home"
    wav = exported["session"].audio_dir / "recording.wav"
    r = cli("verify", str(exported["files"].email_bundle), "--recording", str(wav), env_home=home)
    assert r.returncode == 0 and "The recording recording.wav is recording/recording.wav exactly" in r.stdout, r.stdout
    changed = tmp_path / "recording.wav"
    changed.write_bytes(one_byte_changed(wav.read_bytes()))
    r = cli("verify", str(exported["files"].email_bundle), "--recording", str(changed), env_home=home)
    assert r.returncode == 1 and "CHANGED: recording.wav:" in r.stdout, r.stdout


def test_verify_names_the_file_after_one_byte_of_any_file_is_changed(exported):
    bundle = exported["files"].bundle
    home = exported["tmp"] / "home"
    with zipfile.ZipFile(bundle) as z:
        names = [n for n in z.namelist() if n != "manifest.json"]
        contents = {n: z.read(n) for n in names}
    for n in names:
        tampered = rezip(bundle, exported["tmp"] / "tampered.zip", {n: one_byte_changed(contents[n])})
        r = cli("verify", str(tampered), env_home=home)
        assert r.returncode == 1, (n, r.stdout)
        assert f"CHANGED: {n}:" in r.stdout, (n, r.stdout)
        assert "NOT OK" in r.stdout


def test_a_file_changed_with_its_manifest_recomputed_is_still_caught(exported, tmp_path):
    """Issue #22: someone edits the transcript and writes a new manifest to match. The report inside
    the bundle printed the old fingerprint, so verify still names the file."""
    bundle = exported["files"].bundle
    with zipfile.ZipFile(bundle) as z:
        manifest = json.loads(z.read("manifest.json"))
        edited = z.read("transcript.json").replace(b"May", b"June")
    manifest["files"]["transcript.json"] = hashlib.sha256(edited).hexdigest()
    forged = rezip(bundle, tmp_path / "forged.zip", {"transcript.json": edited,
                                                     "manifest.json": json.dumps(manifest).encode()})
    r = cli("verify", str(forged), env_home=exported["tmp"] / "home")
    assert r.returncode == 1, r.stdout
    assert "CHANGED: transcript.json: its SHA-256 is not the one printed in the report" in r.stdout, r.stdout


def test_a_byte_changed_inside_the_zip_itself_is_named(exported, tmp_path):
    """A byte flipped in the zip file as stored (not a rebuilt zip): the member is named as damaged."""
    bundle = exported["files"].email_bundle
    with zipfile.ZipFile(bundle) as z:
        info = z.getinfo("session/events.jsonl")
    raw = bytearray(bundle.read_bytes())
    header = 30 + len(info.filename.encode()) + len(info.extra)
    raw[info.header_offset + header + info.compress_size // 2] ^= 0xFF
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(raw))
    r = cli("verify", str(damaged), env_home=exported["tmp"] / "home")
    assert r.returncode == 1 and "session/events.jsonl" in r.stdout, r.stdout + r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("case", ["extra", "missing", "no manifest", "not a zip", "empty file", "manifest garbled"])
def test_verify_says_what_is_wrong_in_one_line_and_fails(exported, tmp_path, case):
    bundle = exported["files"].email_bundle
    target = tmp_path / "case.zip"
    if case == "extra":
        rezip(bundle, target, {"clips/added-later.wav": b"RIFF...."})
    elif case == "missing":
        rezip(bundle, target, {"session/events.jsonl": None})
    elif case == "no manifest":
        rezip(bundle, target, {"manifest.json": None})
    elif case == "manifest garbled":
        rezip(bundle, target, {"manifest.json": b"{not json"})
    elif case == "not a zip":
        target.write_text("Dear Sir, this is a letter, not a bundle.\n")
    else:
        target.write_bytes(b"")
    r = cli("verify", str(target), env_home=exported["tmp"] / "home")
    assert r.returncode != 0, r.stdout
    assert "Traceback" not in r.stderr and "Error" not in r.stderr.split(":", 1)[0]
    expect = {"extra": ("stdout", "EXTRA: clips/added-later.wav"),
              "missing": ("stdout", "MISSING: session/events.jsonl"),
              "no manifest": ("stderr", "has no manifest.json"),
              "manifest garbled": ("stderr", "not a FairMinutes manifest"),
              "not a zip": ("stderr", "is not a zip file"),
              "empty file": ("stderr", "is not a zip file")}[case]
    out = r.stdout if expect[0] == "stdout" else r.stderr
    assert expect[1] in out, (r.stdout, r.stderr)
    if expect[0] == "stderr":
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr


# ----- the encrypted bundle

def test_encrypted_bundle_opens_with_the_passphrase_only(exported, tmp_path):
    from app.report.export import export_session

    home = exported["tmp"] / "home"
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    r = cli("export", str(exported["session"].folder), "--out", str(tmp_path / "enc"), "--passphrase-file",
            str(secret), env_home=home)
    assert r.returncode == 0, r.stderr
    out = sorted((tmp_path / "enc").glob("*evidence (email).zip"))
    assert out
    bundle = out[0]
    # The passphrase is written nowhere: not in the bundle's plain bytes, the session, or the outputs.
    for p in [*(tmp_path / "enc").iterdir(), *exported["session"].folder.rglob("*")]:
        if p.is_file():
            assert PASSPHRASE.encode() not in p.read_bytes(), p
    with zipfile.ZipFile(bundle) as z:
        assert all(i.flag_bits & 1 for i in z.infolist())  # every member encrypted
        assert b"7-Zip" in z.comment
    ok = cli("verify", str(bundle), "--passphrase-file", str(secret), env_home=home)
    assert ok.returncode == 0 and "OK: all" in ok.stdout and "encrypted" in ok.stdout, ok.stdout + ok.stderr
    none = cli("verify", str(bundle), env_home=home)
    assert none.returncode != 0 and "is encrypted" in none.stderr and "--passphrase-file" in none.stderr
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the right one at all\n")
    bad = cli("verify", str(bundle), "--passphrase-file", str(wrong), env_home=home)
    assert bad.returncode != 0 and "passphrase does not open" in bad.stderr, bad.stdout + bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1
    with pytest.raises(Exception, match="too short"):
        export_session(exported["session"], tmp_path / "short", passphrase="abc")
    assert not (tmp_path / "short").exists()


def test_encrypted_bundle_is_standard_aes_zip(exported, tmp_path):
    """What any 7-Zip opens: WinZip AES-256 (compression method 99, AES strength 3)."""
    import shutil

    from app.report.export import export_session

    files = export_session(exported["session"], tmp_path / "enc", passphrase=PASSPHRASE)
    with zipfile.ZipFile(files.email_bundle) as z:
        for info in z.infolist():
            assert info.compress_type == 99, info.filename
            extra = info.extra
            i = extra.find(b"\x01\x99")
            assert i >= 0 and extra[i + 8] == 3, info.filename  # AE-x header: strength 3 = 256-bit
    seven = shutil.which("7z") or shutil.which("7zz") or shutil.which("7za")
    if seven:  # scripts/system-deps.sh test installs it
        r = subprocess.run([seven, "t", f"-p{PASSPHRASE}", str(files.email_bundle)], capture_output=True, text=True)
        assert r.returncode == 0 and "Everything is Ok" in r.stdout, r.stdout
        r = subprocess.run([seven, "x", f"-p{PASSPHRASE}", f"-o{tmp_path / 'x'}", str(files.email_bundle),
                            "manifest.json"], capture_output=True, text=True)
        import pyzipper

        with pyzipper.AESZipFile(files.email_bundle) as z:
            z.setpassword(PASSPHRASE.encode())
            assert (tmp_path / "x" / "manifest.json").read_bytes() == z.read("manifest.json")
        r = subprocess.run([seven, "t", "-pnot the passphrase", str(files.email_bundle)], capture_output=True,
                           text=True)
        assert "Wrong password" in r.stdout + r.stderr


# ----- hashes at recovery and at import; the timeline of a crash; paths that leave the session

def test_recovery_and_import_log_the_hash(tmp_path):
    from app.recording import recovery
    from app.recording.importing import import_recording

    session = create_session("crashed")
    wav = CrashSafeWav(session.audio_dir / "recording.wav")
    wav.write(np.full(SAMPLE_RATE, 100, dtype=np.int16))
    wav.sync()
    recovery.mark_open(wav.path)
    session.log_event("recording_started", offset=0.0, device="Desk microphone", file="recording.wav")
    with open(wav.path, "ab") as f:  # audio written after the last header update, then a crash
        f.write(np.full(SAMPLE_RATE // 2, 50, dtype=np.int16).tobytes())
    assert recovery.recover_session(session)
    hashed = [e for e in session.events.read() if e["event"] == "recording_hashed"]
    assert hashed[-1]["why"] == "recovered"
    assert hashed[-1]["sha256"] == hashlib.sha256(wav.path.read_bytes()).hexdigest()

    phone = tmp_path / "phone.wav"
    import soundfile as sf

    sf.write(str(phone), np.zeros(16000, dtype=np.int16), 16000)
    other = create_session("from a phone")
    target = import_recording(other, phone)
    hashed = [e for e in other.events.read() if e["event"] == "recording_hashed"]
    assert hashed == [{**hashed[0], "file": target.name, "why": "imported",
                       "sha256": hashlib.sha256(phone.read_bytes()).hexdigest()}]
    t = timeline(other)
    assert t.imported is not None and t.hashes_match


def test_timeline_shows_a_crash_and_a_microphone_change():
    """Events as the recorder and the recovery write them: 10 s recorded, a crash, recovered, 5 s more
    with another microphone."""
    session = create_session("timeline")
    wav = CrashSafeWav(session.audio_dir / "recording.wav")
    wav.write(np.zeros(15 * SAMPLE_RATE, dtype=np.int16))
    wav.close()
    lines = [
        {"event": "device_lost", "wall": "2026-03-03T09:59:00.000+00:00", "offset": 0.0, "device": "Mic Z"},  # meter only
        {"event": "recording_started", "wall": "2026-03-03T10:00:00.000+00:00", "offset": 0.0, "device": "Mic A"},
        {"event": "recording_recovered", "wall": "2026-03-03T10:02:00.000+00:00", "seconds_recovered": 10.0},
        {"event": "recording_stopped", "wall": "2026-03-03T10:02:00.000+00:00", "offset": 10.0,
         "reason": "recovered after an interruption"},
        {"event": "recording_started", "wall": "2026-03-03T10:02:30.000+00:00", "offset": 10.0, "device": "Mic B"},
        {"event": "recording_stopped", "wall": "2026-03-03T10:02:35.000+00:00", "offset": 15.0},
    ]
    for e in lines:
        session.events.append(e)
    t = timeline(session)
    assert t.started.startswith("2026-03-03T10:00:00") and t.ended.startswith("2026-03-03T10:02:35")
    assert t.length == pytest.approx(15.0)
    [gap] = t.breaks
    assert gap.kind == "interrupted" and gap.estimated and gap.at == 10.0
    assert gap.began.startswith("2026-03-03T10:00:10") and gap.seconds == pytest.approx(140.0)
    assert t.unaccounted == pytest.approx(0.0)
    assert [d.device for d in t.devices] == ["Mic A", "Mic B"]
    assert not t.hashes_match  # nothing was hashed at a stop here
    from app.custody import report_sections

    text = "\n".join(p for s in report_sections(session) for p in s.paragraphs)
    assert "paused or interrupted 1 time" in text and "no fingerprint was logged" in text
    assert "Microphone: Mic A; Mic B (from 0:10, when recording started again)" in text


def test_a_session_file_pointing_outside_is_never_read(tmp_path):
    """Issue #22: a tampered statements.json whose source points outside the session made export copy
    that file into the bundle. Now it is refused by name; a link out of the folder is left out."""
    from app.errors import FairMinutesError
    from app.report.export import export_session

    session = create_session("hostile")
    compared(session, tmp_path)
    secret = tmp_path / "private-diary.txt"
    secret.write_text("not for the bundle\n")
    statements = session.minutes_dir / "statements.json"
    good = statements.read_text()
    data = json.loads(good)
    data["source"] = os.path.relpath(secret, session.minutes_dir)  # ../../.. to a file elsewhere
    statements.write_text(json.dumps(data))
    with pytest.raises(FairMinutesError, match="outside the conference's folder") as refused:
        export_session(session, tmp_path / "out")
    assert "statements.json" in str(refused.value) and "\n" not in str(refused.value)
    assert not list((tmp_path / "out").glob("*.zip"))
    data["source"] = str(secret)  # an absolute path
    statements.write_text(json.dumps(data))
    with pytest.raises(FairMinutesError, match="outside the conference's folder"):
        export_session(session, tmp_path / "out")

    statements.write_text(good)
    (session.folder / "notes.jsonl").symlink_to(secret)
    files = export_session(session, tmp_path / "out")
    for bundle in (files.bundle, files.email_bundle):
        with zipfile.ZipFile(bundle) as z:
            assert not any(b"not for the bundle" in z.read(n) for n in z.namelist())
            manifest = json.loads(z.read("manifest.json"))
        assert manifest["left_out"] == files.left_out and "notes.jsonl" in files.left_out[0]


def test_export_dialog_encrypts_the_bundles_and_keeps_no_passphrase(qtbot, tmp_path, monkeypatch, fairminutes_home):
    from PySide6.QtWidgets import QMessageBox

    from app.verify import verify_bundle
    from ui.dialogs import ExportDialog

    session = create_session("Dialog export")
    compared(session, tmp_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    d = ExportDialog(session)
    qtbot.addWidget(d)
    d.folder.setText(str(tmp_path / "out"))
    d.encrypt.setChecked(True)
    d.passphrase.setText("short")
    d.passphrase_again.setText("short")
    d._export()
    assert "too short" in d.status.text() and d.worker is None  # the bundle's own rule, said in the dialog
    d.passphrase.setText(PASSPHRASE)
    d.passphrase_again.setText(PASSPHRASE + "x")
    d._export()
    assert "not the same" in d.status.text() and d.worker is None  # refused before anything is written
    d.passphrase_again.setText(PASSPHRASE)
    d._export()
    qtbot.waitUntil(lambda: bool(shown), timeout=120_000)
    assert "encrypted" in shown[0] and "7-Zip" in shown[0]
    assert d.passphrase.text() == "" and d.passphrase_again.text() == ""
    [bundle] = (tmp_path / "out").glob("*evidence (email).zip")
    assert verify_bundle(bundle, PASSPHRASE).ok
    with pytest.raises(Exception, match="is encrypted"):
        verify_bundle(bundle)
    for p in [*fairminutes_home.rglob("*"), *(tmp_path / "out").iterdir()]:
        if p.is_file():
            assert PASSPHRASE.encode() not in p.read_bytes(), p


def test_every_part_of_a_long_recording_is_hashed_at_stop(virtual_mic):
    """Past 24.8 h the recording goes on in recording.2.wav ...: each part's hash is logged (tested with
    a one-second limit per file)."""
    session = create_session("parts")
    rec = Recorder(session)
    rec.max_file_bytes = SAMPLE_RATE * 2
    rec.start()
    time.sleep(2.5)
    rec.stop()
    parts = sorted(p.name for p in session.audio_dir.glob("recording*.wav"))
    assert len(parts) >= 3
    hashed = {e["file"]: e for e in session.events.read() if e["event"] == "recording_hashed"}
    assert sorted(hashed) == parts
    for name, e in hashed.items():
        assert e["sha256"] == hashlib.sha256((session.audio_dir / name).read_bytes()).hexdigest()
    t = timeline(session)
    assert t.hashes_match and [f.file for f in t.files] == ["recording.wav", "recording.2.wav", *parts[1:-1]]


def test_time_nobody_can_account_for_is_said():
    """Ten minutes by the clock, but only nine of audio and no pause logged: a cut shows."""
    from app.custody import report_sections

    session = create_session("cut")
    wav = CrashSafeWav(session.audio_dir / "recording.wav")
    wav.write(np.zeros(540 * SAMPLE_RATE, dtype=np.int16))
    wav.close()
    session.events.append({"event": "recording_started", "wall": "2026-03-03T10:00:00.000+00:00", "offset": 0.0})
    session.events.append({"event": "recording_stopped", "wall": "2026-03-03T10:10:00.000+00:00", "offset": 540.0})
    t = timeline(session)
    assert t.unaccounted == pytest.approx(60.0) and t.tolerance < 5
    text = "\n".join(p for s in report_sections(session) for p in s.paragraphs)
    assert "1 min 00 s is not accounted for" in text and "No pause, stop or interruption was logged" in text


def test_a_file_name_in_events_jsonl_never_leads_outside(tmp_path):
    secret = tmp_path / "elsewhere.bin"
    secret.write_bytes(b"private bytes")
    session = create_session("names")
    rel = os.path.relpath(secret, session.audio_dir)
    session.log_event("recording_hashed", file=rel, sha256="0" * 64, bytes=13, why="stopped")
    t = timeline(session)
    [check] = t.files
    assert check.missing and check.now_sha256 == ""  # named, never read


def test_breaks_sentence_names_each_pause_and_gap_or_says_there_was_none():
    s = create_session("Breaks in words")
    assert breaks_sentence(s) == ("The recording ran without a pause or a gap from start to end.", False)
    day = "2026-03-05T14:{}+00:00"
    s.log_event("recording_started", offset=0.0, device="Lapel mic", wall=day.format("00:00.000"))
    s.log_event("recording_paused", offset=300.0, wall=day.format("05:00.000"))
    s.log_event("recording_resumed", offset=300.0, device="Lapel mic", wall=day.format("07:00.000"))
    s.log_event("recording_stopped", offset=900.0, wall=day.format("17:00.000"))
    text, any_break = breaks_sentence(s)
    assert any_break and text.startswith("Nothing was recorded once: at 5:00 for 2:00 (paused).")
