"""A first look without a conference (issue #21): the empty start screen offers the demo conference,
builds it in the parent's own data folder (marked as a demo), and opens its review."""

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402


@pytest.mark.slow
def test_empty_start_screen_opens_the_demo_for_review(qtbot):
    from app.session import list_sessions
    from ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    start = w.start
    assert not start.rows and start.demo.isVisible() and start.empty.isVisible()
    qtbot.mouseClick(start.demo.button, Qt.LeftButton)
    assert not start.demo.button.isEnabled() and "Preparing" in start.demo.note.text()
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.review, timeout=400000)
    (row,) = list_sessions()
    assert row.title.startswith("Demo:") and row.status == "Compared"
    events = [line for line in row.session.events.path.read_text().splitlines() if "demo_created" in line]
    assert events  # marked as a demo in its own record, not only by its title
    assert row.session.findings_path.exists() and not row.session.review().current()  # left to the parent
    w.show_start()
    assert not start.demo.isVisible()  # offered only while there is no conference
    w.review.stop_playing()
