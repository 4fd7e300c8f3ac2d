"""Larger text (up to 150 %) and high contrast: chosen in Settings, saved in settings.json, applied
at once and at start; the review's rows grow with the text."""

import pytest

pytest.importorskip("PySide6")

from tests.review_session import build_review_session  # noqa: E402


@pytest.fixture
def thirty():
    return build_review_session(30)


@pytest.fixture
def window(qtbot):
    from ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.review.stop_playing()



@pytest.fixture
def usual_look(qtbot):
    from PySide6.QtWidgets import QApplication

    from ui.style import apply_style

    yield
    apply_style(QApplication.instance(), {})  # the next test starts with the usual look


def test_larger_text_and_high_contrast_are_saved_and_applied_at_once(qtbot, window, thirty, usual_look):
    from PySide6.QtWidgets import QApplication

    from app.settings import load_settings
    from ui.dialogs import SettingsDialog
    from ui.style import apply_style, colours

    app = QApplication.instance()
    window.show_review(thirty)
    panel = window.review.findings_panel
    usual = panel.list.visualItemRect(panel.list.item(panel.rows()[0])).height()
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.look.size.setCurrentIndex(dialog.look.size.findData(150))
    dialog.look.contrast.setChecked(True)
    dialog._save()
    saved = load_settings()
    assert saved["text_size"] == 150 and saved["high_contrast"] is True
    assert "font-size: 16.5pt" in app.styleSheet() and colours()["text"] == "#000000"
    qtbot.wait(50)
    larger = panel.list.visualItemRect(panel.list.item(panel.rows()[0])).height()
    assert larger >= usual * 1.3, (usual, larger)
    need = window.review.minimumSizeHint()  # at 150 % the review still fits a 1366x768 screen
    assert need.width() <= 1366 - 32 and need.height() <= 768 - 80, need
    assert window.minimumSizeHint().width() <= 1366  # a wider hidden page does not push it off the screen
    apply_style(app, {})
    assert "font-size: 11pt" in app.styleSheet()
    apply_style(app)  # at start: what Settings saved
    assert "font-size: 16.5pt" in app.styleSheet()
