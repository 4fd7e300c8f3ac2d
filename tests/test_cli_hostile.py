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
