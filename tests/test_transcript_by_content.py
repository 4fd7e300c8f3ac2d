"""What a file named as the transcript is, decided by its content (issue #22): a JSON object with
segments is a transcript, lines of "Speaker: words" are a script, anything else is refused with one
line that names the file. Every file is built here."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.compare.turns import load
from app.errors import FairMinutesError

ROOT = Path(__file__).resolve().parent.parent
SEGMENTS = {"model": "tiny.en", "language": "en", "audio_sha256": "", "duration": 6.0, "segments": [
    {"id": 0, "start": 0.0, "end": 3.0, "speaker": "Chair", "text": "Welcome, everyone.", "words": []},
    {"id": 1, "start": 3.5, "end": 6.0, "speaker": None, "text": "The kettle is broken.", "words": []}]}
SCRIPT = "Chair (Pim Orla): Welcome, everyone.\n\nMother: The kettle is broken.\nTeacher: It was mended.\n"


def test_a_json_object_with_segments_is_the_transcript_even_with_a_bom_and_a_txt_name(tmp_path):
    path = tmp_path / "saved by notepad.txt"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(SEGMENTS).encode())
    turns, what = load(path)
    assert what["kind"] == "json" and [t.text for t in turns] == ["Welcome, everyone.", "The kettle is broken."]
    assert turns[1].start == 3.5


def test_speaker_lines_are_a_script_whatever_the_name(tmp_path):
    path = tmp_path / "script.data"
    path.write_bytes(b"\xef\xbb\xbf" + SCRIPT.encode())
    turns, what = load(path)
    assert what["kind"] == "text"
    assert [t.speaker for t in turns] == ["Chair (Pim Orla)", "Mother", "Teacher"]  # no BOM on the first
    assert [t.line for t in turns] == [1, 3, 4]  # lines as the file numbers them


@pytest.mark.parametrize("name, content, says", [
    ("notes.txt", "We met at ten.\nThe plan was read out.\nEveryone left at noon.\n", "speaker-labelled"),
    ("table.csv", "start,end,text\n0,3,Welcome\n3,6,The kettle\n", "only 0 of its 3 lines"),
    ("list.json", '[{"start": 0, "text": "Welcome"}]', "list.json"),
    ("other.json", '{"minutes": "not a transcript"}', "segments"),
    ("empty.txt", "\n  \n", "empty"),
])
def test_anything_else_is_refused_naming_the_file(tmp_path, name, content, says):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FairMinutesError) as e:
        load(path)
    assert name in str(e.value) and says in str(e.value)


def test_the_compare_command_says_it_in_one_line(tmp_path):
    minutes = tmp_path / "minutes.txt"
    minutes.write_text("Mother: The kettle is broken.\n", encoding="utf-8")
    prose = tmp_path / "what I remember.txt"
    prose.write_text("The chair welcomed everyone.\nThe kettle came up.\n", encoding="utf-8")
    env = dict(os.environ, FAIRMINUTES_HOME=str(tmp_path / "home"), XDG_STATE_HOME=str(tmp_path / "state"),
               PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-m", "app.cli", "compare", str(minutes), str(prose), "--json",
                        str(tmp_path / "out.json")], cwd=ROOT, env=env, capture_output=True, timeout=300)
    err = r.stderr.decode()
    assert r.returncode != 0 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "what I remember.txt" in err and "speaker-labelled" in err
    assert not (tmp_path / "out.json").exists()
