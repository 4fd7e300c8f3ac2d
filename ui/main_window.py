"""The window: start, conference and review screens in one stack, with a menu for settings and help."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QSizePolicy, QStackedWidget

from app.custody import breaks_sentence
from app.errors import FairMinutesError
from app.recording.importing import AUDIO_SUFFIXES, import_recording
from app.session import create_session
from app.transcription.audio_stream import probe
from ui.case_page import CasePage
from ui.dialogs import ExportDialog, HelpDialog, SettingsDialog
from ui.record_page import RecordPage
from ui.review_page import ReviewPage
from ui.start_page import StartPage
from ui.workers import Worker


class MainWindow(QMainWindow):
    def __init__(self, recovered: list[str] | None = None):
        super().__init__()
        self.setWindowTitle("FairMinutes")
        self.stack = QStackedWidget()
        self.start = StartPage()
        self.record = RecordPage()
        self.review = ReviewPage()
        self.case = CasePage()
        for page in (self.start, self.record, self.review, self.case):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.stack.currentChanged.connect(self._size_to_current)
        self._size_to_current(self.stack.currentIndex())
        self.start.new_requested.connect(self.new_conference)
        self.start.open_requested.connect(self.open_conference)
        self.start.import_requested.connect(self.bring_in_recording)
        self.start.case_requested.connect(self.show_case)
        self.case.back.connect(self.show_start)
        self.case.open_requested.connect(self.open_conference)
        self.record.back.connect(self.show_start)
        self.record.finished.connect(self.show_recorded)
        self.review.back.connect(self.show_start)
        self.review.export_requested.connect(lambda s: ExportDialog(s, self).exec())

        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        for text, shortcut, slot in (("&New conference", "Ctrl+N", self.new_conference),
                                     ("&Settings…", "Ctrl+,", lambda: SettingsDialog(self).exec()),
                                     ("&Quit", "Ctrl+Q", self.close)):
            action = QAction(text, self, shortcut=QKeySequence(shortcut))
            action.triggered.connect(slot)
            file_menu.addAction(action)
        help_action = QAction("&Help", self, shortcut=QKeySequence("F1"))
        help_action.triggered.connect(lambda: HelpDialog(self).exec())
        menu.addAction(help_action)
        if recovered:
            QMessageBox.information(self, "A recording was recovered", "\n\n".join(recovered))

    def _size_to_current(self, index: int) -> None:
        """Only the page shown sets how small the window may be: a page that is wide at 150 % text
        must not push the others (the review at 1366x768) off the screen while it is hidden."""
        for i in range(self.stack.count()):
            shown = QSizePolicy.Preferred if i == index else QSizePolicy.Ignored
            self.stack.widget(i).setSizePolicy(shown, shown)

    def show_start(self) -> None:
        self.start.refresh()
        self.stack.setCurrentWidget(self.start)

    def show_case(self, case) -> None:
        self.case.load(case)
        self.stack.setCurrentWidget(self.case)

    def new_conference(self) -> None:
        self.open_record(create_session("New conference"))

    def open_record(self, session) -> None:
        self.record.load(session)
        self.stack.setCurrentWidget(self.record)

    def open_conference(self, session) -> None:
        # A conference with a recording opens for review; a new one opens ready to record.
        if session.recording_path() is not None:
            self.show_review(session)
        else:
            self.open_record(session)

    def show_review(self, session) -> None:
        self.record.close_session()
        self.review.load(session)
        self.stack.setCurrentWidget(self.review)

    def show_recorded(self, session) -> None:
        """After Stop: the review, with every pause and gap of the recording listed at the top."""
        self.show_review(session)
        text, gaps = breaks_sentence(session)
        (self.review.show_banner if gaps else self.review.show_good)(text)

    def bring_in_recording(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose the recording of the conference", str(Path.home()),
                                              f"Recordings ({' '.join('*' + s for s in AUDIO_SUFFIXES)});;All files (*)")
        if not path:
            return
        try:
            probe(Path(path))  # header and one frame: says at once if it is not a recording
        except FairMinutesError as e:
            QMessageBox.warning(self, "Not a recording", str(e))
            return
        # Copying an hour of audio takes seconds: on a worker, so the window keeps answering.
        session = create_session(Path(path).stem)
        self.statusBar().showMessage(f"Bringing in {Path(path).name}…")
        self.import_worker = Worker(import_recording, session, Path(path), pass_progress=False)
        self.import_worker.done.connect(lambda _target: self._recording_brought_in(session))
        self.import_worker.failed.connect(lambda message: QMessageBox.warning(self, "Not brought in", message))
        self.import_worker.finished.connect(self.statusBar().clearMessage)
        self.import_worker.start()

    def _recording_brought_in(self, session) -> None:
        self.show_review(session)
        self.review.transcribe()

    def closeEvent(self, event) -> None:
        if self.record.recording:
            answer = QMessageBox.question(
                self, "Stop recording?", "The conference is still being recorded. Stop the recording and close "
                "FairMinutes? Everything recorded so far is saved.")
            if answer != QMessageBox.Yes:
                event.ignore()
                return
            self.record.recorder.stop()
        self.record.close_session()
        self.review.stop_playing()
        event.accept()
