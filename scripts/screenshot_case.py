"""Take docs/screenshots/case.png (the case screen of an invented case with two conferences),
start-cases.png (the start screen grouping conferences by case) and case-details.png (the case's
facts, asked once), in real windows under Xvfb at 1366x768.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_case.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="fm-case-"))
    os.environ["FAIRMINUTES_HOME"] = str(home / "data")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from tests.case_factory import TODAY, build_case
    from ui.case_page import CasePage
    from ui.style import STYLE

    def wait(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    app = QApplication([])
    app.setStyleSheet(STYLE)
    built = build_case(home)
    page = CasePage()
    page.resize(1366, 768)
    page.move(0, 0)
    page.show()
    page.load(built.case, today=TODAY)
    head = page.tree.topLevelItem(0)
    page.tree.setCurrentItem(next(head.child(k) for k in range(head.childCount())
                                  if head.child(k).text(2) == "OVERDUE"))
    wait()
    page.grab().save(str(OUT / "case.png"))
    print("saved", OUT / "case.png")

    from app.session import create_session
    from ui.case_page import CaseDialog
    from ui.start_page import StartPage

    create_session("Strategy meeting, another family", kind="Strategy", date="2026-09-14")
    start = StartPage()
    start.resize(1366, 768)
    start.show()
    start.refresh()
    wait()
    start.grab().save(str(OUT / "start-cases.png"))
    print("saved", OUT / "start-cases.png")
    dialog = CaseDialog(built.case)
    dialog.show()
    wait()
    dialog.grab().save(str(OUT / "case-details.png"))
    print("saved", OUT / "case-details.png")


if __name__ == "__main__":
    main()
