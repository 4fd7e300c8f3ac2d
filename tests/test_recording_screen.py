"""The conference screen for a stressed parent (issue #21): the 'before we start' checklist, the
chair's answer logged as an event, notes without a recording, the live words hidden with Ctrl+H,
and Pause that needs a second click and shows a banner while paused."""

import json

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402


@pytest.fixture
def page(qtbot):
    from app.session import create_session
    from ui.record_page import RecordPage

    p = RecordPage()
    qtbot.addWidget(p)
    p.resize(1366, 740)
    p.show()
    p.load(create_session("Checklist test conference"))
    yield p
    p.close_session()


def events(session, kind):
    return [e for e in (json.loads(line) for line in session.events.path.read_text().splitlines())
            if e["event"] == kind]


def test_checklist_logs_chair_agreed_as_an_event(qtbot, page):
    checklist = page.checklist
    assert page.middle.currentIndex() == 0 and checklist.isVisible()  # shown before recording
    assert "hours" in checklist.disk.text() or "minutes" in checklist.disk.text()
    qtbot.keyClicks(checklist.words, "Yes, as long as it is not shared")
    qtbot.mouseClick(checklist.answer_buttons["agreed"], Qt.LeftButton)
    logged = events(page.session, "recording_permission")
    assert len(logged) == 1
    assert logged[0]["answer"] == "agreed" and logged[0]["words"] == "Yes, as long as it is not shared"
    assert "agreed" in checklist.logged.text() and not checklist.refused_box.isVisible()
    assert page.record_btn.isEnabled()


def test_refused_lets_notes_run_without_audio(qtbot, page):
    checklist = page.checklist
    qtbot.mouseClick(checklist.answer_buttons["refused"], Qt.LeftButton)
    assert [e["answer"] for e in events(page.session, "recording_permission")] == ["refused"]
    assert checklist.refused_box.isVisible() and "notes" in checklist.refused_box.findChild(
        type(checklist.logged)).text()
    qtbot.mouseClick(checklist.notes_clock_btn, Qt.LeftButton)
    assert len(events(page.session, "notes_clock_started")) == 1
    assert not page.record_btn.isEnabled() and "no recording" in page.indicator.text().lower()
    qtbot.wait(1200)
    page.note_edit.setText("Chair asks the social worker to summarise")
    page.save_note(None)
    (note,) = page.session.notes.current()
    assert 1.0 <= note.t < 30  # seconds since the notes clock started, not 0
    assert page.session.recording_path() is None  # nothing was recorded
