"""Take the review's screenshots in docs/screenshots, in a real window under Xvfb at 1366x768:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_review.py [--no-demo]

review.png      the demo conference, its first finding selected (skipped with --no-demo: the demo
                transcribes its recording, a minute or two)
review-30.png   a conference with thirty findings (tests/review_session.py), some confirmed
review-150.png  the same at 150 % text
review-contrast.png  the same in high contrast
review-loose.png  the same, the minutes scrolled to a statement shown as "not found word for word"
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
    home = Path(tempfile.mkdtemp(prefix="fm-review-shots-"))
    os.environ["FAIRMINUTES_HOME"] = str(home / "data")
    if "--no-demo" not in sys.argv:
        from app.demo import run_demo

        run_demo(home / "demo", say=lambda *_: None)  # its own data folder under home
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.session import list_sessions
    from tests.review_session import build_review_session
    from ui.main_window import MainWindow
    from ui.style import apply_style

    app = QApplication([])
    apply_style(app, {})

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(window, name: str) -> None:
        wait(400)
        app.primaryScreen().grabWindow(window.winId()).save(str(OUT / name))
        print("saved", OUT / name)

    window = MainWindow()
    window.resize(1366, 768)
    window.move(0, 0)
    window.show()
    if "--no-demo" not in sys.argv:
        demo = next(r.session for r in list_sessions() if r.title.startswith("Demo"))
        window.show_review(demo)
        window.review.stop_playing()
        shot(window, "review.png")

    session = build_review_session(30, title="Review conference for Jasper (30 findings)")
    review = session.review()
    window.show_review(session)
    panel = window.review.findings_panel
    for r in panel.rows()[:3]:  # the parent has listened to the three most important and confirmed them
        review.decide(panel.list.item(r).data(256), "confirmed", "I listened: this is not what was said.")
    window.show_review(session)
    panel.select(panel.list.item(panel.rows()[1]).data(256))  # the second one not yet checked
    panel.list.scrollToTop()
    shot(window, "review-30.png")
    # a statement with no finding that the meeting's words hardly carry: "listen to check", not "matches"
    minutes = window.review.minutes_list
    from ui.review_page import shown_status
    loose = next(i for i, st in enumerate(window.review.statements) if shown_status(st) == "loose")
    row = next(r for r in range(minutes.count()) if minutes.item(r).data(256) == loose)
    minutes.scrollToItem(minutes.item(row), minutes.ScrollHint.PositionAtCenter)
    shot(window, "review-loose.png")
    for settings, name in (({"text_size": 150}, "review-150.png"), ({"high_contrast": True}, "review-contrast.png")):
        apply_style(app, settings)
        wait(300)
        window.resize(1366, 768)  # a larger look may have grown the window past the screen; back to it
        window.show_review(session)
        panel.step(1)
        shot(window, name)
    window.close()


if __name__ == "__main__":
    main()
