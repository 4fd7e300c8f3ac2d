"""The review's "Name this speaker everywhere…" on a line named by the friend's mark: the line's
voice is renamed, never every line the marks gave the same name (issue #15)."""

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QInputDialog, QMenu  # noqa: E402

from app.transcription.transcript import Segment, Transcript  # noqa: E402


def test_naming_a_marked_line_everywhere_renames_its_voice(qtbot, monkeypatch):
    from app.session import create_session
    from ui.main_window import MainWindow

    session = create_session("Rename in the review")
    Transcript("tiny.en", segments=[Segment(0, 0.5, 4.0, "Shall we begin?", "Voice 1"),
                                    Segment(1, 5.0, 8.0, "I have a question first.", "Voice 2"),
                                    Segment(2, 9.0, 12.0, "So have I, about the visits.", "Voice 3")]).save(
        session.transcript_path)
    session.speaker_marks.add(1.5, "Chair (Rhea Lomax)")
    session.speaker_marks.add(6.0, "Mother (Tess Vane)")  # nobody pressed when the father spoke
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_review(session)
    review = window.review
    rows = [review.transcript_list.item(r) for r in range(review.transcript_list.count())]
    father_line = next(item for item in rows if "about the visits" in item.text())
    assert "Mother (Tess Vane)" in father_line.text()
    class ChoosingMenu(QMenu):  # the parent picks "Name this speaker everywhere…"
        def exec(self, *args):
            return next(a for a in self.actions() if a.text().startswith("Name this speaker everywhere"))

    monkeypatch.setattr("ui.review_page.QMenu", ChoosingMenu)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Father (Cal Denby)", True))
    review._line_menu(review.transcript_list.visualItemRect(father_line).center())
    assert [s.speaker for s in session.transcript().segments] == [
        "Chair (Rhea Lomax)", "Mother (Tess Vane)", "Father (Cal Denby)"]
