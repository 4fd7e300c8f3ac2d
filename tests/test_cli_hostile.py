"""Hostile input and faults at the command line (issue 22, items 3-5).

The promise: never a wrong answer with exit 0, never a traceback (one plain line on stderr instead,
with no exception class name), never a half-written output. Every hostile file is built here.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import textwrap
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
