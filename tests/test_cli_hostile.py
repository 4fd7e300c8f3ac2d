"""Hostile input and faults at the command line (issue 22, items 3-5).

The promise: never a wrong answer with exit 0, never a traceback (one plain line on stderr instead,
with no exception class name), never a half-written output. Every hostile file is built here.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CLASS_NAME = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception|Warning)\b")

MINUTES = (
    "Social Worker: The family moved house in March.\n"
    "Health Visitor: Sam's weight is now on the expected line.\n"
)
TRANSCRIPT = {"model": "tiny.en", "language": "en", "audio_sha256": "", "duration": 9.0, "segments": [
    {"id": 0, "start": 0.0, "end": 4.0, "speaker": "Social Worker", "text": "The family moved house in March.",
     "words": [{"start": 0.0, "end": 0.4, "word": "The", "probability": 0.9}]},
    {"id": 1, "start": 4.5, "end": 9.0, "speaker": "Health Visitor",
     "text": "Sam's weight is now on the expected line.", "words": []}]}


@pytest.fixture()
def env(tmp_path):
    e = dict(os.environ, FAIRMINUTES_HOME=str(tmp_path / "home"), XDG_STATE_HOME=str(tmp_path / "state"),
             PYTHONPATH=str(ROOT))
    e.pop("PYTHONWARNINGS", None)
    return e


def run_cli(env, *args, cwd=None):
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=cwd or ROOT, env=env,
                          capture_output=True, timeout=300)


def assert_one_line_error(r, *must_say: str) -> str:
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode != 0, f"exit 0 on bad input; stdout={r.stdout!r} stderr={err!r}"
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert not CLASS_NAME.search(err), err
    for words in must_say:
        assert words in err, err
    return lines[0]


@pytest.fixture()
def minutes_file(tmp_path) -> Path:
    p = tmp_path / "minutes.txt"
    p.write_text(MINUTES, encoding="utf-8")
    return p


# ----- item 3: wrong answers with exit 0

def _findings(env, tmp_path, minutes_file, transcript: Path) -> dict:
    out = tmp_path / f"{transcript.name}.findings.json"
    r = run_cli(env, "compare", str(minutes_file), str(transcript), "--json", str(out))
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    data.pop("transcript")
    return data


@pytest.mark.parametrize("encoding, bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe")])
def test_transcript_json_with_a_byte_order_mark_is_read_as_json(env, tmp_path, minutes_file, encoding, bom):
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps(TRANSCRIPT), encoding="utf-8")
    marked = tmp_path / "notepad.json"  # as Notepad saves it
    marked.write_bytes(bom + json.dumps(TRANSCRIPT).encode(encoding))
    expected = _findings(env, tmp_path, minutes_file, plain)
    assert [s["status"] for s in expected["statements"]] == ["supported", "supported"]
    assert _findings(env, tmp_path, minutes_file, marked) == expected


def test_text_transcript_with_a_byte_order_mark_keeps_its_first_speaker(env, tmp_path, minutes_file):
    plain = tmp_path / "plain.txt"
    plain.write_text("Social Worker: The family moved house in March.\n"
                     "Health Visitor: Sam's weight is now on the expected line.\n", encoding="utf-8")
    marked = tmp_path / "marked.txt"
    marked.write_bytes(b"\xef\xbb\xbf" + plain.read_bytes())
    expected = _findings(env, tmp_path, minutes_file, plain)
    got = _findings(env, tmp_path, minutes_file, marked)
    assert got == expected
    assert got["statements"][0]["evidence"][0]["speaker"] == "Social Worker"


@pytest.mark.parametrize("suffix", [".wav", ".mp3", ".flac", ".m4a"])
def test_text_named_as_audio_is_refused_not_read_as_a_transcript(env, tmp_path, minutes_file, suffix):
    fake = tmp_path / f"meeting{suffix}"
    fake.write_text("Social Worker: The family moved house in March.\n", encoding="utf-8")
    out = tmp_path / "findings.json"
    r = run_cli(env, "compare", str(minutes_file), str(fake), "--json", str(out))
    assert_one_line_error(r, fake.name, "not an audio file")
    assert not out.exists()


def test_transcribe_refuses_text_and_noise_without_a_class_name(env, tmp_path):
    fake = tmp_path / "meeting.wav"
    fake.write_text("Chair: Good morning.\n", encoding="utf-8")
    assert_one_line_error(run_cli(env, "transcribe", str(fake), "--json", str(tmp_path / "t.json")), fake.name)
    noise = tmp_path / "noise.wav"
    noise.write_bytes(bytes(range(256)) * 64)  # not text, not audio either
    assert_one_line_error(run_cli(env, "transcribe", str(noise), "--json", str(tmp_path / "t.json")), noise.name)
    assert not (tmp_path / "t.json").exists()


SAID = ["The chair opened the meeting.", "The social worker read her report.", "The mother disagreed with it.",
        "The health visitor spoke about weight.", "Everyone agreed the next date."]


def _pdf(path: Path, pages: int) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for n in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, SAID[n % len(SAID)])
    pdf.output(str(path))
    return path


def test_a_pdf_past_the_page_cap_is_refused_with_the_cap_named(env, tmp_path):
    big = _pdf(tmp_path / "bundle of everything.pdf", 1500)
    out = tmp_path / "statements.json"
    r = run_cli(env, "minutes", str(big), "--json", str(out))
    assert_one_line_error(r, big.name, "1,500 pages", "1,000")
    assert not out.exists()


def test_the_page_cap_is_a_limit_not_a_cut(tmp_path):
    from app.errors import FairMinutesError
    from app.minutes.pdf_reader import read_pdf

    small = _pdf(tmp_path / "minutes.pdf", 3)
    assert {b.page for b in read_pdf(small, max_pages=3)} == {1, 2, 3}
    with pytest.raises(FairMinutesError, match="3 pages"):
        read_pdf(small, max_pages=2)


# ----- item 4: one line, never a traceback

def _seg(**over):
    seg = {"id": 0, "start": 0.0, "end": 4.0, "speaker": "Chair", "text": "Good morning.",
           "words": [{"start": 0.0, "end": 0.5, "word": "Good", "probability": 0.9}]}
    seg.update(over)
    return seg


def _with_word(**over):
    word = {"start": 0.0, "end": 0.5, "word": "Good", "probability": 0.9}
    word.update(over)
    return _seg(words=[word])


def _without(key):
    seg = _seg()
    del seg[key]
    return seg


def _word_without(key):
    seg = _seg()
    del seg["words"][0][key]
    return seg


BAD_TRANSCRIPTS = {
    "segments a number": ('{"segments": 5}', "'segments'"),
    "segments an object": ('{"segments": {"start": 0}}', "'segments'"),
    "the file a list": ("[1, 2, 3]", "object"),
    "segment a string": ('{"segments": ["Good morning."]}', "segment 1"),
    "start text": (json.dumps({"segments": [_seg(start="x")]}), "'start'"),
    "start NaN": ('{"segments": [{"start": NaN, "end": 4, "text": "Good morning."}]}', "'start'"),
    "end Infinity": ('{"segments": [{"start": 0, "end": Infinity, "text": "Good morning."}]}', "'end'"),
    "end 1e400": ('{"segments": [{"start": 0, "end": 1e400, "text": "Good morning."}]}', "'end'"),
    "start negative": (json.dumps({"segments": [_seg(start=-5)]}), "'start'"),
    "start true": (json.dumps({"segments": [_seg(start=True)]}), "'start'"),
    "end before start": (json.dumps({"segments": [_seg(start=9.0, end=2.0)]}), "segment 1"),
    "no end": (json.dumps({"segments": [_without("end")]}), "'end'"),
    "no start": (json.dumps({"segments": [_without("start")]}), "'start'"),
    "text a list": (json.dumps({"segments": [_seg(text=["Good"])]}), "'text'"),
    "speaker a number": (json.dumps({"segments": [_seg(speaker=3)]}), "'speaker'"),
    "id text": (json.dumps({"segments": [_seg(id="first")]}), "'id'"),
    "words a number": (json.dumps({"segments": [_seg(words=7)]}), "'words'"),
    "word a string": (json.dumps({"segments": [_seg(words=["Good"])]}), "word 1"),
    "word without start": (json.dumps({"segments": [_word_without("start")]}), "'start'"),
    "word without word": (json.dumps({"segments": [_word_without("word")]}), "'word'"),
    "probability text": (json.dumps({"segments": [_with_word(probability="high")]}), "'probability'"),
    "probability 7": (json.dumps({"segments": [_with_word(probability=7)]}), "'probability'"),
    "duration text": (json.dumps({"duration": "long", "segments": [_seg()]}), "'duration'"),
    "nested too deep": ('{"segments": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested"),
}


@pytest.mark.parametrize("name", list(BAD_TRANSCRIPTS))
def test_a_transcript_json_with_wrong_types_is_one_clear_line(env, tmp_path, minutes_file, name):
    content, field = BAD_TRANSCRIPTS[name]
    bad = tmp_path / "transcript.json"
    bad.write_text(content, encoding="utf-8")
    out = tmp_path / "findings.json"
    r = run_cli(env, "compare", str(minutes_file), str(bad), "--json", str(out))
    assert_one_line_error(r, "transcript.json", field)
    assert not out.exists()


def test_transcript_load_names_the_file_and_field(tmp_path):
    from app.errors import FairMinutesError
    from app.transcription.transcript import Transcript

    bad = tmp_path / "transcript.json"
    bad.write_text(json.dumps({"segments": [_seg(end="soon")]}), encoding="utf-8")
    with pytest.raises(FairMinutesError, match=r"transcript\.json.*segment 1 'end'"):
        Transcript.load(bad)
    good = tmp_path / "good.json"
    good.write_bytes(b"\xef\xbb\xbf" + json.dumps(TRANSCRIPT).encode())
    assert Transcript.load(good).segments[1].speaker == "Health Visitor"


@pytest.fixture()
def transcript_file(tmp_path) -> Path:
    p = tmp_path / "transcript.json"
    p.write_text(json.dumps(TRANSCRIPT), encoding="utf-8")
    return p


def test_output_paths_that_cannot_be_written(env, tmp_path, minutes_file, transcript_file):
    folder = tmp_path / "a folder"
    folder.mkdir()
    a_file = tmp_path / "a file"
    a_file.write_text("x")
    for out in (folder, a_file / "findings.json", tmp_path / "missing" / "findings.json"):
        r = run_cli(env, "compare", str(minutes_file), str(transcript_file), "--json", str(out))
        assert_one_line_error(r, str(out))
    for out in (folder, a_file / "minutes.json"):
        assert_one_line_error(run_cli(env, "minutes", str(minutes_file), "--json", str(out)), str(out))
    ok = tmp_path / "findings.json"
    r = run_cli(env, "compare", str(minutes_file), str(transcript_file), "--json", str(ok), "--report", str(folder))
    assert_one_line_error(r, str(folder))
    assert json.loads(ok.read_text())["findings"] is not None  # what could be written was written whole
    r = run_cli(env, "demo", "--out", str(a_file))
    assert_one_line_error(r, str(a_file))


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root may write anywhere")
def test_output_in_a_folder_without_write_permission(env, tmp_path, minutes_file, transcript_file):
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o500)
    try:
        r = run_cli(env, "compare", str(minutes_file), str(transcript_file), "--json", str(locked / "f.json"))
        assert_one_line_error(r, str(locked / "f.json"), "not allowed")
    finally:
        os.chmod(locked, 0o700)


CHILD_WITH_LIMIT = textwrap.dedent("""
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from app.cli import main
    sys.exit(main(sys.argv[2:]))
""")


def test_a_write_that_fails_half_way_leaves_the_old_output(env, tmp_path, minutes_file, transcript_file):
    out = tmp_path / "findings.json"
    old = b'{"findings": [], "note": "the good file from yesterday"}\n'
    out.write_bytes(old)
    r = subprocess.run([sys.executable, "-c", CHILD_WITH_LIMIT, "300", "compare", str(minutes_file),
                        str(transcript_file), "--json", str(out)], cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert_one_line_error(r, str(out))
    assert out.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temporary left


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare to mount a small disk")
def test_a_full_disk_while_writing_is_one_line_and_keeps_the_old_output(env, tmp_path, minutes_file,
                                                                       transcript_file):
    disk = tmp_path / "disk"
    disk.mkdir()
    long_minutes = tmp_path / "long minutes.txt"
    things = ["school report", "health plan", "housing letter", "nursery place", "parenting course", "dental check"]
    people = ["the social worker", "the health visitor", "the mother", "the father", "the chair"]
    long_minutes.write_text("".join(f"The group agreed that the {t} would be checked by {p} before {m}.\n"
                                    for t in things for p in people for m in ("May", "June")), encoding="utf-8")
    old = b'{"findings": []}\n'
    script = (f'mount -t tmpfs -o size=64k tmpfs "{disk}" && printf \'%s\' \'{old.decode().strip()}\' > "{disk}/f.json" '
              f'&& (dd if=/dev/zero of="{disk}/filler" bs=4k 2>/dev/null; true) '
              f'&& "{sys.executable}" -m app.cli compare "{long_minutes}" "{transcript_file}" --json "{disk}/f.json"; '
              f'echo "rc=$?" >&2; cat "{disk}/f.json" > "{tmp_path}/after.json"; ls -a "{disk}" > "{tmp_path}/ls.txt"')
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("this system does not allow a private mount")
    r = subprocess.run(["unshare", "-rm", "sh", "-c", script], cwd=ROOT, env=env, capture_output=True, timeout=120)
    err = r.stderr.decode("utf-8", "replace")
    status = re.search(r"rc=(\d+)", err)
    assert status and status.group(1) != "0", err
    message = err.replace(status.group(0), "").strip()
    assert "Traceback" not in message and len(message.splitlines()) == 1, message
    assert not CLASS_NAME.search(message) and "disk is full" in message and "f.json" in message, message
    assert (tmp_path / "after.json").read_bytes() == old.strip()
    assert set((tmp_path / "ls.txt").read_text().split()) == {".", "..", "f.json", "filler"}


def _non_utf8(tmp_path: Path, name: bytes, content: bytes) -> bytes:
    path = os.fsencode(tmp_path) + b"/" + name
    try:
        with open(path, "wb") as f:
            f.write(content)
    except OSError:
        pytest.skip("this file system does not take names that are not UTF-8")
    return path


def test_file_names_that_are_not_utf8(env, tmp_path, transcript_file):
    minutes = _non_utf8(tmp_path, b"minutes-\xff\xfe.txt", MINUTES.encode())
    text = _non_utf8(tmp_path, b"meeting-\xe9.txt", b"Social Worker: The family moved house in March.\n")
    out, report = tmp_path / "findings.json", tmp_path / "report.docx"
    r = subprocess.run([sys.executable, "-m", "app.cli", "compare", minutes, text, "--json", os.fsencode(out),
                        "--report", os.fsencode(report)], cwd=ROOT, env=env, capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
    assert "Traceback" not in r.stderr.decode("utf-8", "replace")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["minutes"].startswith("minutes-") and report.stat().st_size > 0
    r = subprocess.run([sys.executable, "-m", "app.cli", "minutes", minutes, "--json", os.fsencode(out)],
                       cwd=ROOT, env=env, capture_output=True, timeout=300)
    assert r.returncode == 0 and json.loads(out.read_bytes())["statements"], r.stderr
    missing = os.fsencode(tmp_path) + b"/gone-\xff.json"
    r = subprocess.run([sys.executable, "-m", "app.cli", "compare", minutes, missing, "--json", os.fsencode(out)],
                       cwd=ROOT, env=env, capture_output=True, timeout=300)
    assert_one_line_error(r, "gone-")


def test_a_mistake_in_the_command_is_one_line(env):
    assert_one_line_error(run_cli(env, "compare", "minutes.docx"), "--json")
    assert_one_line_error(run_cli(env, "no-such-command"))


CHILD_UNEXPECTED = textwrap.dedent("""
    import sys
    from app import cli, cli_commands

    def boom(args):
        raise RuntimeError("the comparer fell over on line 12")

    cli_commands.REGISTER.append(lambda sub: sub.add_parser("boom").set_defaults(func=boom))
    sys.exit(cli.main(["boom"]))
""")


def test_an_unexpected_failure_is_one_line_and_the_traceback_goes_to_a_private_log(env, tmp_path):
    r = subprocess.run([sys.executable, "-c", CHILD_UNEXPECTED], cwd=ROOT, env=env, capture_output=True, timeout=60)
    line = assert_one_line_error(r, "the comparer fell over on line 12")
    assert "RuntimeError" not in line
    log = Path(re.search(r"(/\S+\.log)", line).group(1))
    assert log.is_relative_to(tmp_path / "state")
    assert "Traceback" in log.read_text() and "RuntimeError" in log.read_text()
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700


# ----- item 5: outputs written whole or not at all

CHILD_KILLED_WHILE_WRITING = textwrap.dedent("""
    import io, sys, time
    target = sys.argv[1]
    real_open = io.open

    class Stalled:
        # The output file, stalled at its first write so that the test can kill the process there.
        def __init__(self, f):
            self.__dict__["_f"] = f
        def write(self, data):
            sys.stderr.write("WRITING\\n"); sys.stderr.flush()
            time.sleep(60)
        def __enter__(self):
            self._f.__enter__()
            return self
        def __exit__(self, *exc):
            return self._f.__exit__(*exc)
        def __getattr__(self, name):
            return getattr(self._f, name)

    def stalling_open(file, mode="r", *args, **kwargs):
        f = real_open(file, mode, *args, **kwargs)
        writing = any(c in mode for c in "wax")
        if writing and (isinstance(file, int) or str(file).endswith(target.rsplit("/", 1)[-1])):
            return Stalled(f)
        return f

    io.open = stalling_open
    from app.cli import main
    sys.exit(main(sys.argv[2:]))
""")


@pytest.mark.parametrize("command", ["minutes", "compare"])
def test_a_kill_while_writing_json_leaves_the_old_file_whole(env, tmp_path, minutes_file, transcript_file, command):
    out = tmp_path / "out.json"
    old = json.dumps({"statements": ["yesterday's good file"]}).encode()
    out.write_bytes(old)
    args = [str(minutes_file), str(transcript_file)] if command == "compare" else [str(minutes_file)]
    child = subprocess.Popen([sys.executable, "-c", CHILD_KILLED_WHILE_WRITING, str(out), command, *args,
                              "--json", str(out)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        line = b""
        while b"WRITING" not in line and time.monotonic() < deadline:
            line = child.stderr.readline()
            if not line and child.poll() is not None:
                break
        assert b"WRITING" in line, "the child never started writing"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stderr.close()
    assert out.read_bytes() == old


def test_export_keeps_the_mode_of_a_folder_it_did_not_make(tmp_path):
    from app.compare.comparer import compare_session
    from app.minutes.importer import import_into_session
    from app.report.export import export_session
    from app.session import create_session
    from app.transcription.transcript import Transcript

    session = create_session("Review for Mia")
    Transcript.from_json(TRANSCRIPT).save(session.transcript_path)
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    import_into_session(session, minutes)
    compare_session(session)

    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)  # like /tmp
    files = export_session(session, shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert all(p.parent == shared for p in (files.report_docx, files.report_pdf, files.bundle, files.letter)
               if p is not None)  # no letter when nothing is confirmed
    assert not [p for p in shared.iterdir() if p.name.startswith(".")]  # no temporary files left

    made = tmp_path / "new" / "exports"
    export_session(session, made)
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
