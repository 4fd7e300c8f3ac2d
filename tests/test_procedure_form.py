"""The procedural record in the conference details (ui/procedure_box.py), driven as a parent would:
the report-received time and the advocate question typed and chosen, saved to session.json; the
moments found in a real transcript accepted or rejected."""

import json

from PySide6.QtCore import QDateTime, Qt

from app.fairness import procedure
from app.session import create_session


def test_the_form_records_the_report_received_time_and_the_advocate_question(qtbot):
    from ui.procedure_box import ProcedureBox

    s = create_session("Invented conference")
    box = ProcedureBox()
    qtbot.addWidget(box)
    box.load(s)
    box.show()
    qtbot.keyClicks(box.report_name, "Social work report")
    qtbot.keyClick(box.report_name, Qt.Key_Return)
    qtbot.mouseClick(box.report_known, Qt.LeftButton)
    box.report_received.setDateTime(QDateTime.fromString("2026-04-13T19:45", Qt.ISODate))
    asked = box.answers["advocate_asked"]
    asked.setCurrentIndex(asked.findData("yes"))
    came = box.answers["advocate_came"]
    came.setCurrentIndex(came.findData("no"))
    raw = json.loads((s.folder / "session.json").read_text())["procedure"]
    assert raw["reports"] == [{"name": "Social work report", "received": "2026-04-13T19:45"}]
    assert raw["advocate_asked"] == "yes" and raw["advocate_came"] == "no" and raw["chance_to_speak"] == ""
    again = ProcedureBox()  # opened again later: the same answers come back
    qtbot.addWidget(again)
    again.load(s)
    assert again.report_known.isChecked() and again.report_received.dateTime().toString(Qt.ISODate).startswith(
        "2026-04-13T19:45")
    assert again.answers["advocate_came"].currentData() == "no"
    assert "not logged yet" in again.recording.text()


def test_moments_found_in_the_transcript_are_accepted_or_rejected(qtbot):
    from app.transcription.transcript import Segment, Transcript
    from ui.procedure_box import CuesBox

    s = create_session("Invented conference")
    lines = [("Chair (Pat Moss)", "Did you get the report in time?"),
             ("Mother (Jo Lane)", "We only got it last night, after nine."),
             ("Chair (Pat Moss)", "I'm sorry. Rosa, could you note that the report was late."),
             ("Father (Sam Lane)", "No, that's wrong, I never left her alone.")]
    Transcript("script", duration=40.0, segments=[Segment(i, i * 10.0, i * 10.0 + 8, text, who)
                                                  for i, (who, text) in enumerate(lines)]).save(s.transcript_path)
    box = CuesBox()
    qtbot.addWidget(box)
    box.load(s)
    types = [c.type for c in box.cues]
    assert types == ["report_late", "request_to_minute", "parent_dissent"]
    assert "last night" in box.list.item(0).text() and "Mother (Jo Lane)" in box.list.item(0).text()
    box.list.setCurrentRow(0)
    qtbot.mouseClick(box.accept_btn, Qt.LeftButton)
    box.list.setCurrentRow(2)
    qtbot.mouseClick(box.reject_btn, Qt.LeftButton)
    rec = procedure.read(s)
    assert rec.decision_on("report_late", box.cues[0].start) is True
    assert rec.decision_on("parent_dissent", box.cues[2].start) is False
    assert box.list.item(0).text().startswith("✓") and box.list.item(2).text().startswith("✗")


def test_the_chairs_answer_logged_by_the_checklist_shows_in_the_form(qtbot):
    from ui.record_page import RecordPage

    s = create_session("Invented conference")
    page = RecordPage()
    qtbot.addWidget(page)
    page.load(s)
    assert "not logged yet" in page.procedure.recording.text()
    qtbot.keyClicks(page.checklist.words, "Fine, as long as it stays with you")
    qtbot.mouseClick(page.checklist.answer_buttons["agreed"], Qt.LeftButton)
    assert "The chair agreed to the recording" in page.procedure.recording.text()
    assert "Fine, as long as it stays with you" in page.procedure.recording.text()
