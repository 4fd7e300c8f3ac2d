"""Take the screenshots in docs/screenshots: the app in a real window under Xvfb at 1366x768.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py

Uses a private data folder, the demo conference (for the review) and the virtual microphone fed
with a scripted conference (for the recording screen).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="fm-shots-"))
    from app.demo import run_demo

    run_demo(home / "demo", say=lambda *_: None)  # sets FAIRMINUTES_HOME to the demo's data folder
    from tests.virtual_mic import VirtualMic, load_speech

    mic = VirtualMic()
    mic.activate()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.review import Review
    from app.session import Attendee, create_session, list_sessions
    from ui.main_window import MainWindow
    from ui.style import STYLE

    app = QApplication([])
    app.setStyleSheet(STYLE)

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(window, name: str) -> None:
        wait(300)
        app.primaryScreen().grabWindow(window.winId()).save(str(OUT / name))
        print("saved", OUT / name)

    earlier = create_session("Core group meeting, January", kind="Core group", date="2026-01-20")
    del earlier
    window = MainWindow()
    window.resize(1366, 768)
    window.move(0, 0)
    window.show()
    window.show_start()
    shot(window, "start.png")

    # At the conference: recording, the live transcript arriving, and two notes.
    session = create_session("Review conference for Kai, Lacey and Alfie", kind="RCPC", date="2026-03-05",
                             local_authority="Westshire Council",
                             attendees=[Attendee("Graham Whitfield", "Chair"), Attendee("Amira Haddad", "Social Worker")])
    window.open_record(session)
    window.record.author.setText("Maria")
    window.record.start_recording()
    speech = load_speech(ROOT.parent / "shared/data/conferences/dev-2/audio.flac")
    mic.play(speech[16000 * 40: 16000 * 75])
    wait(14000)
    window.record.note_edit.setText("Chair says the dog is still there - it was rehomed")
    window.record.note_time = window.record.recorder.position - 4
    window.record.save_note("inaccurate")
    wait(9000)
    window.record.save_note("bookmark")
    window.record.note_edit.setText("Advocate asks for the report to be corrected")
    window.record._typing("A")
    wait(8000)
    shot(window, "recording.png")
    window.record.stop()
    wait(6000)

    # Review: the demo conference, a finding selected.
    demo = next(r.session for r in list_sessions() if r.title.startswith("Demo"))
    Review(demo.review_path)  # decisions were made by the demo
    window.show_review(demo)
    window.review.stop_playing()
    wait(500)
    window.review.findings_list.setCurrentRow(0)
    wait(400)
    window.review.stop_playing()
    shot(window, "review.png")
    window.close()
    mic.close()


if __name__ == "__main__":
    main()
