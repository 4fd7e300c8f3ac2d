"""Screenshots of the conference screen for issue #21, in docs/screenshots, at 1366x768 under Xvfb:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_recording.py

checklist.png          'Before we start', the chair's answer noted
checklist-refused.png  the chair refused: what the parent can still do, the notes clock
recording-hidden.png   recording, the live words hidden with Ctrl+H, the meter and timer still there
paused.png             a paused recording: the banner with the paused time running

A private data folder; the virtual microphone fed with a scripted conference's speech.
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
    os.environ["FAIRMINUTES_HOME"] = tempfile.mkdtemp(prefix="fm-shots-")
    from tests.virtual_mic import VirtualMic, load_speech

    mic = VirtualMic()
    mic.activate()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.session import Attendee, create_session
    from ui.main_window import MainWindow
    from ui.style import STYLE

    app = QApplication([])
    app.setStyleSheet(STYLE)

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(name: str) -> None:
        wait(400)
        app.primaryScreen().grabWindow(window.winId()).save(str(OUT / name))
        print("saved", OUT / name)

    window = MainWindow()
    window.resize(1366, 768)
    window.move(0, 0)
    window.show()
    people = [Attendee("Graham Whitfield", "Chair"), Attendee("Amira Haddad", "Social Worker"),
              Attendee("Priya Nolan", "Health Visitor")]

    # The chair said no: what the parent can still do.
    refused = create_session("Core group meeting for Kai", kind="Core group", local_authority="Westshire Council",
                             attendees=people)
    window.open_record(refused)
    record = window.record
    record.checklist.ask.setChecked(True)
    record.checklist.words.setText("Recording is not permitted in this meeting")
    record.checklist.answer("refused")
    shot("checklist-refused.png")
    record.close_session()

    # Before we start, the chair agreed.
    session = create_session("Review conference for Kai, Lacey and Alfie", kind="RCPC", date="2026-03-05",
                             local_authority="Westshire Council", attendees=people)
    window.open_record(session)
    record = window.record
    record.author.setText("Maria")
    record.checklist.ask.setChecked(True)
    record.checklist.keys.setChecked(True)
    record.checklist.words.setText("Yes, as long as it is for your own use")
    record.checklist.answer("agreed")
    shot("checklist.png")

    # Recording, the live words hidden from anyone looking at the laptop.
    record.start_recording()
    speech = load_speech(ROOT.parent / "shared/data/conferences/dev-2/audio.flac")
    mic.play(speech[16000 * 40: 16000 * 75])
    wait(12000)
    record.note_edit.setText("Chair says the dog is still there - it was rehomed")
    record.note_time = record.recorder.position - 4
    record.save_note("inaccurate")
    record.toggle_live()
    wait(6000)
    record.save_note("bookmark")
    shot("recording-hidden.png")

    # Paused (two clicks): the banner, the paused time running.
    record.pause_btn.click()
    record.pause_btn.click()
    wait(7500)
    shot("paused.png")
    record.resume()
    wait(1000)
    record.stop()
    for _ in range(120):  # the transcript is finished on a worker: let it end before closing
        wait(500)
        if record.worker is None or record.worker.isFinished():
            break
    window.close()
    mic.close()
    os._exit(0)  # the review's workers may still run: the pictures are saved, nothing else to keep


if __name__ == "__main__":
    main()
