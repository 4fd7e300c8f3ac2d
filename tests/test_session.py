import json
import os
import stat

import pytest

from app.errors import DamagedFileError, FairMinutesError
from app.session import (
    Attendee,
    Session,
    SessionInfo,
    create_session,
    delete_session,
    list_sessions,
    open_session,
)


def test_session_round_trip_is_identical(fairminutes_home):
    s = create_session("ICPC for Leo", kind="ICPC", date="2026-05-01", local_authority="Northshire",
                       attendees=[Attendee("Ann Patel", "Chair"), Attendee("Sam Jones", "Social Worker")])
    info = s.read_info()
    s2 = open_session(s.id)
    assert s2.read_info() == info
    assert info.attendees[1] == Attendee("Sam Jones", "Social Worker")
    assert json.loads(s.info_path.read_text())["schema"] == 1
    s.write_info(info)
    assert s.read_info() == info


def test_sessions_are_private(fairminutes_home):
    s = create_session("private")
    if os.name != "posix":
        pytest.skip("permissions are POSIX only")
    assert stat.S_IMODE(s.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(s.info_path.stat().st_mode) == 0o600
    assert stat.S_IMODE((s.folder / "events.jsonl").stat().st_mode) == 0o600


def test_list_rename_and_status(fairminutes_home):
    a = create_session("first")
    create_session("second")
    a.rename("First, renamed")
    rows = {r.session.id: r for r in list_sessions()}
    assert rows[a.id].title == "First, renamed"
    assert rows[a.id].status == "New"


def test_earlier_schema_and_unknown_fields_still_open(fairminutes_home):
    s = create_session("x")
    s.info_path.write_text(json.dumps({"title": "old", "kind": "weird", "future_field": 1, "attendees": [{"name": "A"}]}))
    info = s.read_info()
    assert info.title == "old" and info.kind == "Other" and info.attendees[0].name == "A"


def test_corrupt_session_json_gives_one_clear_message(fairminutes_home):
    s = create_session("x")
    s.info_path.write_text("{not json")
    with pytest.raises(DamagedFileError) as e:
        s.read_info()
    msg = str(e.value)
    assert "session.json" in msg and "untouched" in msg and "\n" not in msg
    # The list still shows it, marked as damaged, rather than failing.
    row = [r for r in list_sessions() if r.session.id == s.id][0]
    assert "session.json" in row.problem


def test_delete_needs_the_typed_title(fairminutes_home, monkeypatch):
    s = create_session("to go")
    with pytest.raises(FairMinutesError):
        delete_session(s, "wrong")
    assert s.folder.exists()
    monkeypatch.setenv("XDG_DATA_HOME", str(fairminutes_home / "xdg"))
    delete_session(s, "to go")
    assert not s.folder.exists()
    assert not any(r.session.id == s.id for r in list_sessions())


def test_manifest_hashes_every_evidence_file(fairminutes_home):
    import hashlib

    s = create_session("m")
    (s.audio_dir / "recording.wav").write_bytes(b"RIFF....")
    s.notes.add(3.0, "hello")
    manifest = s.write_manifest()
    files = manifest["files"]
    assert {"session.json", "events.jsonl", "notes.jsonl", "audio/recording.wav"} <= set(files)
    assert files["audio/recording.wav"]["sha256"] == hashlib.sha256(b"RIFF....").hexdigest()
    assert "manifest.json" not in files


def test_info_defaults():
    assert SessionInfo().kind == "ICPC"
    assert Session("/nonexistent").status() == "New"


def test_storage_folder_chosen_in_settings(tmp_path, monkeypatch):
    from app import paths

    monkeypatch.delenv("FAIRMINUTES_HOME")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    default = paths.home()
    paths.choose_storage(tmp_path / "usb")
    assert paths.home() == (tmp_path / "usb").resolve() != default
    s = create_session("on the stick")
    assert s.folder.parent == (tmp_path / "usb" / "sessions").resolve()


def test_a_person_typed_as_one_line_reads_back_the_same():
    from app.session import Attendee, attendees_from_text

    people = attendees_from_text("Rowan Ashby - Chair\n\nKit Marlow – Family Support Worker\nJo Penn\n")
    assert people == [Attendee("Rowan Ashby", "Chair"), Attendee("Kit Marlow", "Family Support Worker"),
                      Attendee("Jo Penn", "")]
    assert [p.line() for p in people] == ["Rowan Ashby - Chair", "Kit Marlow - Family Support Worker", "Jo Penn"]
    assert attendees_from_text("\n".join(p.line() for p in people)) == people
    assert Attendee.from_line("Ann Lee-Brown - Social Worker") == Attendee("Ann Lee-Brown", "Social Worker")


def test_naming_a_speaker_renames_them_everywhere_or_names_one_unlabelled_line():
    from app.session import create_session
    from app.transcription.transcript import Segment, Transcript

    s = create_session("Names")
    Transcript("tiny.en", duration=9.0, segments=[
        Segment(0, 0.0, 3.0, "Shall we begin?", "Speaker 1"), Segment(1, 3.0, 6.0, "Yes please.", None),
        Segment(2, 6.0, 9.0, "Good, thank you.", "Speaker 1")]).save(s.transcript_path)
    s.transcript_edits().name_speaker(0, "Speaker 1", "Chair")
    s.transcript_edits().name_speaker(1, None, "Mum")
    assert [g.speaker for g in s.transcript().segments] == ["Chair", "Mum", "Chair"]
    assert [g.speaker for g in s.machine_transcript().segments] == ["Speaker 1", None, "Speaker 1"]  # kept
