"""Correcting the friend's speaker marks after the meeting (pytest-qt): a rename and a removal are
new lines in speakers.jsonl, and the transcript's names follow them."""

import pytest

pytest.importorskip("PySide6")


def test_marks_are_corrected_in_the_list_and_the_transcript_follows(qtbot):
    from app.session import create_session
    from app.transcription.transcript import Segment, Transcript
    from ui.speaker_marks_dialog import SpeakerMarksDialog

    session = create_session("Corrections")
    Transcript("tiny.en", segments=[Segment(0, 0.5, 4.0, "Hello all.", "Voice 1"),
                                    Segment(1, 5.0, 8.0, "Thanks.", "Voice 2")]).save(session.transcript_path)
    session.speaker_marks.add(1.0, "Chair (Nora Quill)")
    session.speaker_marks.add(6.0, "Mother (Tess Vane)")  # pressed for the wrong person
    session.speaker_marks.add(7.0, "Father (Olly Vane)")  # pressed by mistake
    dialog = SpeakerMarksDialog(session.speaker_marks)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 3 and "Mother (Tess Vane)" in dialog.list.item(1).text()
    dialog.list.setCurrentRow(1)
    dialog.name.setText("Social Worker (Kit Rowe)")
    dialog.save_current()
    dialog.list.setCurrentRow(2)
    dialog.remove_current()
    assert dialog.changed and dialog.list.count() == 2
    assert [m.name for m in session.speaker_marks.current()] == ["Chair (Nora Quill)", "Social Worker (Kit Rowe)"]
    assert len(session.speaker_marks.history()) == 5  # the presses of the day are kept
    assert [s.speaker for s in session.transcript().segments] == ["Chair (Nora Quill)", "Social Worker (Kit Rowe)"]
