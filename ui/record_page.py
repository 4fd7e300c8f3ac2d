"""At the conference: details, microphone and level, one big Record / Pause / Stop, the live
transcript, and the friend's notes (the time is taken when typing starts; Enter saves; Ctrl+1..6
save with a tag; Ctrl+B stamps a bookmark)."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.after_stop import finish_recording
from app.clock import clock
from app.errors import FairMinutesError
from app.notes import TAGS
from app.permission import notes_clock_start, seconds_since, start_notes_clock
from app.recording.devices import list_input_devices
from app.recording.mic_test import check_microphone
from app.recording.recorder import Recorder, State
from app.session import KIND_NAMES, KINDS, Attendee, Session, attendees_from_text
from app.settings import load_settings
from app.speaker_marks import name_for
from app.transcription.live import LiveTranscriber
from ui.checklist import Checklist
from ui.pause_banner import PauseBanner, PauseButton
from ui.procedure_box import ProcedureBox
from ui.speaker_buttons import SpeakerButtons
from ui.workers import Bridge, Worker


class RecordPage(QWidget):
    finished = Signal(object)  # Session, when the transcript is ready after Stop
    back = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session: Session | None = None
        self.recorder: Recorder | None = None
        self.live = None
        self.bridge = Bridge()
        self.bridge.level.connect(self._on_level)
        self.bridge.problem.connect(self._on_problem)
        self.bridge.segment.connect(self._on_segment)
        self.note_time: float | None = None
        self.notes_clock = None  # when the chair refused: the notes' times count from this moment
        self.worker: Worker | None = None
        self.stopping: threading.Event | None = None  # set once Stop has closed, hashed and unlocked the file

        # --- top: title, recording indicator, elapsed time, the big buttons
        self.heading = QLabel("Conference")
        self.heading.setObjectName("title")
        self.indicator = QLabel("")
        self.indicator.setObjectName("recording")
        self.elapsed = QLabel("0:00")
        self.elapsed.setObjectName("elapsed")
        self.elapsed.setAccessibleName("Time recorded")
        self.record_btn = QPushButton("● Record")
        self.record_btn.setObjectName("record")
        self.record_btn.setAccessibleName("Record")
        self.record_btn.clicked.connect(self._record_or_pause)
        # Pause is small and needs a second click (ui/pause_banner.py): a mis-click must not leave a gap.
        self.pause_btn = PauseButton()
        self.pause_btn.confirmed.connect(self.pause)
        self.pause_btn.hide()
        self.pause_banner = PauseBanner()
        self.pause_banner.resume_clicked.connect(self.resume)
        self.stop_btn = QPushButton("■ Stop")
        self.stop_btn.setObjectName("stop")
        self.stop_btn.setEnabled(False)
        self.stop_btn.clicked.connect(self.stop)
        back = QPushButton("← Conferences")
        back.clicked.connect(self._leave)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.heading, 1)
        top.addWidget(self.indicator)
        top.addWidget(self.elapsed)
        top.addWidget(self.record_btn)
        top.addWidget(self.pause_btn)
        top.addWidget(self.stop_btn)

        self.banner = QLabel("")
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        # Who is speaking: the roster as buttons, Alt+1..9 (ui/speaker_buttons.py)
        self.speakers = SpeakerButtons(self)
        self.speakers.person_added.connect(self._add_person)
        self.speakers.setEnabled(False)

        # --- left: details and microphone
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("e.g. Review conference for Sam")
        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem(KIND_NAMES[k], k)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.council = QLineEdit()
        self.council.setPlaceholderText("e.g. Northshire Council")
        self.attendees = QPlainTextEdit()
        self.attendees.setPlaceholderText("One a line: name, then role\nAnn Patel - Chair\nSam Jones - Social Worker")
        self.attendees.setMaximumHeight(110)
        # For the letter to the chair (all optional): who the conference was about, and the council's reference.
        self.child_name = QLineEdit()
        self.child_name.setPlaceholderText("e.g. Sam Jones")
        self.child_dob = QLineEdit()
        self.child_dob.setPlaceholderText("e.g. 2019-07-21")
        self.reference = QLineEdit()
        self.reference.setPlaceholderText("on the council's letters, if any")
        self.chair = QLineEdit()
        self.chair.setPlaceholderText("e.g. Ann Patel")
        form = QFormLayout()
        form.addRow("Title", self.title_edit)
        form.addRow("Type", self.kind)
        form.addRow("Date", self.date)
        form.addRow("Council", self.council)
        form.addRow("Who is there", self.attendees)
        form.addRow("Chair's name", self.chair)
        form.addRow("Child's name", self.child_name)
        form.addRow("Date of birth", self.child_dob)
        form.addRow("Reference", self.reference)
        details = QGroupBox("Details (all optional, fill in later if you like)")
        details.setLayout(form)
        for w in (self.title_edit, self.council, self.child_name, self.child_dob, self.reference, self.chair):
            w.editingFinished.connect(self._save_details)
        self.kind.currentIndexChanged.connect(self._save_details)
        self.date.dateChanged.connect(self._save_details)
        self.attendees.textChanged.connect(lambda: self._details_timer.start(800))
        self._details_timer = QTimer(self, singleShot=True, timeout=self._save_details)

        self.mic = QComboBox()
        self.mic.setAccessibleName("Microphone")
        # A long microphone name must not widen the column: the list shows it in full when opened.
        self.mic.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.mic.setMinimumContentsLength(24)
        self.mic.currentIndexChanged.connect(self._mic_changed)
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName("Microphone level")
        self.meter_label = QLabel("Speak to check the microphone: the bar should move.")
        self.meter_label.setObjectName("subtitle")
        self.meter_label.setWordWrap(True)
        mic_box = QGroupBox("Microphone")
        mic_layout = QVBoxLayout(mic_box)
        mic_layout.addWidget(self.mic)
        mic_layout.addWidget(self.meter)
        mic_layout.addWidget(self.meter_label)
        self.mic_test_btn = QPushButton("Test: hear one second played back")
        self.mic_test_btn.setToolTip("Records one second from this microphone and plays it straight back.")
        self.mic_test_btn.clicked.connect(self.test_mic)
        self.mic_test_label = QLabel("")
        self.mic_test_label.setObjectName("subtitle")
        self.mic_test_label.setWordWrap(True)
        self.mic_worker: Worker | None = None
        mic_layout.addWidget(self.mic_test_btn)
        mic_layout.addWidget(self.mic_test_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(mic_box)  # first: the meter stays in sight while the details scroll
        left_layout.addWidget(details)
        self.procedure = ProcedureBox()  # how the conference was run (issue #17), its own group box
        left_layout.addWidget(self.procedure)
        left_layout.addStretch(1)

        # --- middle: live transcript
        self.live_list = QListWidget()
        self.live_list.setWordWrap(True)
        self.live_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.live_list.setAccessibleName("Live transcript")
        # Hidden with Ctrl+H (a modifier: plain keys start a note) from anyone looking at the laptop.
        self.live_hidden = QLabel("The live words are hidden.\n\nThey are still being written down.\n"
                                  "Press Ctrl+H to show them.")
        self.live_hidden.setAlignment(Qt.AlignCenter)
        self.live_hidden.setObjectName("subtitle")
        self.live_stack = QStackedWidget()
        self.live_stack.addWidget(self.live_list)
        self.live_stack.addWidget(self.live_hidden)
        QShortcut(QKeySequence("Ctrl+H"), self, activated=self.toggle_live)
        live_box = QGroupBox("What is being said (live) · Ctrl+H hides")
        QVBoxLayout(live_box).addWidget(self.live_stack)
        # Before recording, the middle holds the "before we start" checklist instead.
        self.checklist = Checklist()
        self.checklist.notes_clock_requested.connect(self.start_notes_clock)
        self.checklist.answered.connect(self.procedure.refresh_recording)  # one source: the logged event
        checklist_scroll = QScrollArea()
        checklist_scroll.setWidget(self.checklist)
        checklist_scroll.setWidgetResizable(True)
        checklist_scroll.setFrameShape(QScrollArea.NoFrame)
        checklist_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        checklist_scroll.viewport().setAutoFillBackground(False)  # the page's colour, not grey
        self.checklist.setAutoFillBackground(False)  # setWidget turned it on
        checklist_box = QGroupBox("Before we start")
        QVBoxLayout(checklist_box).addWidget(checklist_scroll)
        self.middle = QStackedWidget()
        self.middle.addWidget(checklist_box)
        self.middle.addWidget(live_box)

        # --- right: the friend's notes
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText("Type a note, press Enter to save")
        self.note_edit.setAccessibleName("New note")
        self.note_edit.textEdited.connect(self._typing)
        self.note_edit.returnPressed.connect(lambda: self.save_note(None))
        self.note_time_label = QLabel("")
        self.note_time_label.setObjectName("subtitle")
        self.author = QLineEdit()
        self.author.setPlaceholderText("Your name (the friend)")
        tags = QWidget()
        tag_layout = QVBoxLayout(tags)
        tag_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        for n, (tag, label) in enumerate(TAGS.items(), start=1):
            b = QPushButton(f"{label}  (Ctrl+{n})")
            b.setAccessibleName(f"Save note tagged {label}")
            b.clicked.connect(lambda _=False, t=tag: self.save_note(t))
            QShortcut(QKeySequence(f"Ctrl+{n}"), self, activated=lambda t=tag: self.save_note(t))
            row.addWidget(b)
            if n % 2 == 0:
                tag_layout.addLayout(row)
                row = QHBoxLayout()
        QShortcut(QKeySequence("Ctrl+B"), self, activated=lambda: self.save_note("bookmark"))
        self.notes_list = QListWidget()
        self.notes_list.setWordWrap(True)
        self.notes_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.notes_list.setAccessibleName("Notes saved")
        notes_box = QGroupBox("Friend's notes")
        nl = QVBoxLayout(notes_box)
        nl.addWidget(self.author)
        nl.addWidget(self.note_edit)
        nl.addWidget(self.note_time_label)
        nl.addWidget(tags)
        nl.addWidget(self.notes_list, 1)

        split = QSplitter(Qt.Horizontal)
        # The details scroll rather than push the window past a 768-pixel-high screen (the paused
        # banner, larger text).
        left_scroll = QScrollArea()
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QScrollArea.NoFrame)
        left_scroll.viewport().setAutoFillBackground(False)
        left.setAutoFillBackground(False)
        # As wide as the microphone and the details need; anything wider wraps or is cut, never
        # widens the window past 1366 pixels.
        widest = max(mic_box.minimumSizeHint().width(), details.minimumSizeHint().width())
        left.setMinimumWidth(widest)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        left_scroll.setMinimumWidth(widest + left_scroll.verticalScrollBar().sizeHint().width())
        split.addWidget(left_scroll)
        split.addWidget(self.middle)
        split.addWidget(notes_box)
        split.setSizes([330, 520, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.pause_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.speakers)
        layout.addWidget(split, 1)

        self.clock_timer = QTimer(self, interval=250, timeout=self._tick)

    # ----- opening a session
    def load(self, session: Session) -> None:
        if self.stopping is not None:
            self.stopping.wait()  # the last recording's file is closed before this page moves on
            self.stopping = None
        self.session = session
        info = session.read_info()
        self.heading.setText(info.title)
        self.procedure.load(session)
        self.title_edit.setText(info.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(info.kind)))
        d = QDate.fromString(info.date, "yyyy-MM-dd")
        if d.isValid():
            self.date.setDate(d)
        self.council.setText(info.local_authority)
        for edit, value in ((self.child_name, info.child_name), (self.child_dob, info.child_dob),
                            (self.reference, info.reference), (self.chair, info.chair)):
            edit.setText(value)
        self.attendees.setPlainText("\n".join(a.line() for a in info.attendees))
        self.live_list.clear()
        self.notes_list.clear()
        self.checklist.load(session)
        self.show_live(not load_settings().get("hide_live_transcript", False))
        self.speakers.set_marks(session.speaker_marks, self._now)
        self.speakers.set_roster([(a.name, a.role) for a in info.attendees])
        self.middle.setCurrentIndex(1 if session.recording_path() is not None else 0)
        self.notes_clock = notes_clock_start(session)
        for n in session.notes.current():
            self._show_note(n)
        self.elapsed.setText(clock(session.duration()))
        self._fill_mics()
        self._open_meter()
        self.clock_timer.start()
        self._update_buttons()
        if self.notes_clock is not None:
            self._notes_only()
        else:
            self.record_btn.setEnabled(True)
            self.record_btn.setToolTip("")

    @property
    def live_shown(self) -> bool:
        return self.live_stack.currentWidget() is self.live_list

    def show_live(self, shown: bool) -> None:
        self.live_stack.setCurrentWidget(self.live_list if shown else self.live_hidden)

    def toggle_live(self) -> None:
        self.show_live(not self.live_shown)

    def start_notes_clock(self) -> None:
        """No recording (the chair refused): the friend's notes are timed from now."""
        if self.session is None or self.recording:
            return
        self.notes_clock = start_notes_clock(self.session)
        self._notes_only()

    def _notes_only(self) -> None:
        # Notes without audio: the microphone is closed, so nobody can think it is recording.
        if self.recorder is not None:
            self.recorder.close()
        self.checklist.notes_clock_started()
        self.record_btn.setEnabled(False)
        self.record_btn.setToolTip("Not recording: the chair refused. The friend's notes are timed from when "
                                   "the notes clock started.")
        self.meter.setValue(0)
        self.meter_label.setText("The microphone is off: nothing is recorded. Notes are timed from when the "
                                 "notes clock started.")
        self.indicator.setText("Notes only, no recording")

    def _open_meter(self) -> None:
        self.recorder = Recorder(self.session, self._mic_index(), on_level=self.bridge.level.emit,
                                 on_problem=self.bridge.problem.emit)
        try:
            self.recorder.monitor()
        except FairMinutesError as e:
            self.show_banner(str(e))

    def test_mic(self) -> None:
        """Record one second and play it back (app/recording/mic_test.py), with the meter's stream
        closed meanwhile: some systems open a microphone only once."""
        if self.session is None or self.recording or self.notes_clock is not None:
            return
        if self.recorder is not None:
            self.recorder.close()
            self.recorder = None
        self.mic_test_btn.setEnabled(False)
        self.mic_test_label.setText("Speak now: listening for one second…")
        self.mic_worker = Worker(check_microphone, self._mic_index(), pass_progress=False)
        self.mic_worker.done.connect(lambda check: self._mic_tested(check.sentence()))
        self.mic_worker.failed.connect(self._mic_tested)
        self.mic_worker.start()

    def _mic_tested(self, sentence: str) -> None:
        self.mic_test_label.setText(sentence)
        self.mic_test_btn.setEnabled(True)
        # Only if the page is still open (close_session stops the clock).
        if self.clock_timer.isActive() and self.recorder is None and self.notes_clock is None:
            self._open_meter()

    def _fill_mics(self) -> None:
        preferred = load_settings().get("microphone")  # chosen in Settings, by name
        self.mic.blockSignals(True)
        self.mic.clear()
        try:
            for d in list_input_devices():
                self.mic.addItem(d.label, d.index)
                if preferred and d.name == preferred:
                    self.mic.setCurrentIndex(self.mic.count() - 1)
        except Exception as e:
            self.show_banner(f"No microphone could be listed ({e}).")
        self.mic.blockSignals(False)

    def _mic_index(self):
        return self.mic.currentData() if self.mic.count() else None

    def _mic_changed(self) -> None:
        if self.recorder is None:
            return
        try:
            self.recorder.change_device(self._mic_index())
            self.banner.hide()
        except FairMinutesError as e:
            self.show_banner(str(e))

    def _save_details(self) -> None:
        if self.session is None:
            return
        info = self.session.read_info()
        info.title = self.title_edit.text().strip() or info.title
        info.kind = self.kind.currentData()
        info.date = self.date.date().toString("yyyy-MM-dd")
        info.local_authority = self.council.text().strip()
        info.child_name, info.child_dob = self.child_name.text().strip(), self.child_dob.text().strip()
        info.reference, info.chair = self.reference.text().strip(), self.chair.text().strip()
        people = attendees_from_text(self.attendees.toPlainText())
        info.attendees = people
        self.session.write_info(info)
        self.speakers.set_roster([(a.name, a.role) for a in people])
        self.heading.setText(info.title)

    # ----- recording
    @property
    def recording(self) -> bool:
        # Once Stop is pressed nothing more is recorded, though the file is still being closed.
        return (self.recorder is not None and self.stopping is None
                and self.recorder.state in (State.RECORDING, State.PAUSED))

    @property
    def saving(self) -> bool:
        """Stop was pressed and the recording's file is not yet closed, hashed and unlocked."""
        return self.stopping is not None and not self.stopping.is_set()

    def _record_or_pause(self) -> None:
        # Record starts (or resumes); pausing is only through the Pause button's second click.
        if self.recorder is None or self.recorder.state == State.RECORDING:
            return
        if self.recorder.state == State.PAUSED:
            self.resume()
        else:
            self.start_recording()
        self._update_buttons()

    def pause(self) -> None:
        if self.recorder is not None and self.recorder.state == State.RECORDING:
            self.recorder.pause()
        self._update_buttons()

    def resume(self) -> None:
        if self.recorder is None or self.recorder.state != State.PAUSED:
            return
        try:
            self.recorder.resume()
        except FairMinutesError as e:
            self.show_banner(str(e))
        self._update_buttons()

    def start_recording(self) -> None:
        self.stopping = None
        try:
            self.recorder.start()
        except FairMinutesError as e:
            self.show_banner(str(e))
            return
        for w in self.recorder.warnings:
            self.show_banner(w)
        self.middle.setCurrentIndex(1)
        self._start_live()
        self._update_buttons()

    def _start_live(self) -> None:
        def make(progress=None):
            return LiveTranscriber(self._model(), on_segment=self.bridge.segment.emit)

        def ready(live):
            self.live = live
            if self.recorder is not None:
                self.recorder.listeners.append(live.feed)

        # Loading the model takes a second: off the GUI thread. Audio recorded meanwhile is in the
        # WAV and is transcribed when the final transcript is made.
        self.worker = Worker(make, pass_progress=False)
        self.worker.done.connect(ready)
        self.worker.failed.connect(lambda m: self.show_banner(f"Live transcription is not available: {m}"))
        self.worker.start()

    def _model(self) -> str | None:
        return load_settings().get("model")

    def stop(self) -> None:
        """Returns at once. The recorder's stop (last write, fsync, the SHA-256 logged before the lock
        is given up: 1.2 s for three hours), the transcript and the manifest (every file hashed again)
        run on a worker (app/after_stop.py), never on this thread."""
        if self.recorder is None or not self.recording:
            return
        self.stopping = threading.Event()
        self._update_buttons()
        self.record_btn.setEnabled(False)  # until the file is closed
        self.indicator.setText("Saving the recording and finishing the transcript…")
        self.worker = Worker(finish_recording, self.recorder, self.live, self._model(), self.stopping)
        self.worker.done.connect(lambda _t: self._finished())
        self.worker.failed.connect(self._stop_failed)
        self.worker.start()

    def _stop_failed(self, message: str) -> None:
        self.indicator.setText("")
        self.record_btn.setEnabled(True)
        self.show_banner(message)

    def _finished(self) -> None:
        self.indicator.setText("")
        self.finished.emit(self.session)

    def _update_buttons(self) -> None:
        state = self.recorder.state if self.recorder else State.IDLE
        if self.stopping is not None:
            state = State.STOPPED  # what the recorder will be in a moment; the buttons say so now
        self.record_btn.setVisible(state not in (State.RECORDING, State.PAUSED))
        self.pause_btn.setVisible(state == State.RECORDING)
        self.pause_btn.disarm()
        testing = self.mic_worker is not None and self.mic_worker.isRunning()
        self.mic_test_btn.setEnabled(state not in (State.RECORDING, State.PAUSED) and self.notes_clock is None
                                     and not testing)
        if state == State.RECORDING:
            self.indicator.setText("● RECORDING")
        elif state == State.PAUSED:
            self.indicator.setText("❚❚ Paused")
        elif self.notes_clock is None:
            self.indicator.setText("")
        # Paused by the parent or by a lost microphone: either way nothing is being recorded.
        if state == State.PAUSED and self.pause_banner.since is None:
            self.pause_banner.start(self.recorder.position)
        elif state != State.PAUSED:
            self.pause_banner.stop()
        self.stop_btn.setEnabled(state in (State.RECORDING, State.PAUSED))
        self.speakers.setEnabled(state in (State.RECORDING, State.PAUSED))

    def _tick(self) -> None:
        if self.notes_clock is not None:
            self.elapsed.setText(clock(seconds_since(self.notes_clock)))
            return
        if self.recorder is not None and self.recording:
            self.elapsed.setText(clock(self.recorder.position))
            if self.recorder.state == State.RECORDING and int(time.monotonic() * 2) % 2:
                self.indicator.setText("● RECORDING")
            elif self.recorder.state == State.RECORDING:
                self.indicator.setText("○ RECORDING")

    def _on_level(self, level) -> None:
        self.meter.setValue(int(max(0, min(100, (level.peak_db + 60) / 60 * 100))))

    def _on_problem(self, kind: str, message: str) -> None:
        self.show_banner(message)
        self._update_buttons()

    def _on_segment(self, seg) -> None:
        who = self.speakers.marks and name_for(self.speakers.marks.current(), seg.start, seg.end)
        item = QListWidgetItem(f"{clock(seg.start)}  {who + ': ' if who else ''}{seg.text}")
        self.live_list.addItem(item)
        self.live_list.scrollToBottom()

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    # ----- notes
    def _now(self) -> float:
        if self.notes_clock is not None:
            return seconds_since(self.notes_clock)
        return self.recorder.position if self.recorder is not None else 0.0

    def _typing(self, text: str) -> None:
        if self.note_time is None and text:
            self.note_time = self._now()  # the moment the friend started writing
            self.note_time_label.setText(f"Note at {clock(self.note_time)}")
        elif not text:
            self.note_time = None
            self.note_time_label.setText("")

    def save_note(self, tag: str | None) -> None:
        if self.session is None:
            return
        text = self.note_edit.text().strip()
        if not text and tag is None:
            return
        t = self.note_time if self.note_time is not None else self._now()
        note = self.session.notes.add(t, text, tag=tag, author=self.author.text().strip())
        self._show_note(note)
        self.note_edit.clear()
        self.note_time = None
        self.note_time_label.setText(f"Saved at {clock(t)}")

    def _show_note(self, note) -> None:
        label = f"[{note.tag_label}]" if note.tag else ""
        self.notes_list.addItem(QListWidgetItem(f"{clock(note.t)}  {label} {note.text}".rstrip()))
        self.notes_list.scrollToBottom()

    def _add_person(self, name: str, role: str) -> None:
        line = Attendee(name, role).line()
        text = self.attendees.toPlainText().rstrip("\n")
        self.attendees.setPlainText(f"{text}\n{line}" if text else line)
        self._save_details()

    # ----- leaving
    def _leave(self) -> None:
        if self.recording:
            self.show_banner("Press Stop before leaving this screen: the recording is still going.")
            return
        if self.worker is not None and self.stopping is not None and self.worker.isRunning():
            self.show_banner("The recording is being saved and its transcript finished: the review opens "
                             "as soon as it is ready.")
            return
        self.close_session()
        self.back.emit()

    def close_session(self) -> None:
        self.clock_timer.stop()
        if self.stopping is not None:
            self.stopping.wait()  # the file closed and its hash logged before the recorder goes
        if self.recorder is not None:
            self.recorder.close()
            self.recorder = None
        self.live = None
