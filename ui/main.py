"""Start the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from app.recording.recovery import recover_all
from ui.main_window import MainWindow
from ui.style import apply_style


def run(argv: list[str] | None = None) -> int:

    app = QApplication.instance() or QApplication(argv or sys.argv)
    app.setApplicationName("FairMinutes")
    apply_style(app)  # the text size and contrast saved in Settings
    window = MainWindow(recovered=recover_all())
    window.resize(1366, 740)
    window.show()
    return app.exec()
