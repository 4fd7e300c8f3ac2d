"""How the conference was run (issue #17): the parent's procedural record, all optional and
editable any time, and the moments FairMinutes found in the transcript and notes, each with its
words, for the parent to accept or reject. Saved at once into session.json's `procedure`."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app.clock import clock
from app.fairness import procedure, rights
from app.fairness.cues import CUE_NAMES

CHOICES = [("", "Not recorded"), ("yes", "Yes"), ("no", "No")]
# (field, the label beside it, the whole question for a screen reader)
QUESTIONS = [("advocate_asked", "Advocate asked for?", "Did you ask for an advocate or supporter?"),
             ("advocate_came", "Advocate came?", "Did the advocate or supporter come?"),
             ("chance_to_speak", "Could you speak first?", "Were you given the chance to speak before the decision?"),
             ("decision_explained", "Decision explained?", "Was the decision explained to you?")]


class ProcedureBox(QGroupBox):
    """The procedural fields in their own group box, for the conference details form."""

    def __init__(self, parent=None):
        super().__init__("How it was run (optional, any time)", parent)
        self.session = None
        self.record = procedure.ProcedureRecord()
        self._loading = False
        self.report_name = QLineEdit()
        self.report_name.setPlaceholderText("e.g. Social work report")
        self.report_name.setAccessibleName("Which report")
        self.report_known = QCheckBox("I know when I received it")
        self.report_received = QDateTimeEdit(QDateTime.currentDateTime())
        self.report_received.setDisplayFormat("d MMM yyyy, HH:mm")
        self.report_received.setCalendarPopup(True)
        self.report_received.setAccessibleName("When you received the report")
        self.report_received.setEnabled(False)
        self.report_known.toggled.connect(self.report_received.setEnabled)
        form = QFormLayout()
        form.addRow("Report", self.report_name)
        form.addRow("", self.report_known)  # one under the other: the box may be as narrow as the details
        form.addRow("Received", self.report_received)
        self.answers: dict[str, QComboBox] = {}
        for key, short, question in QUESTIONS:
            box = QComboBox()
            for value, label in CHOICES:
                box.addItem(label, value)
            box.setAccessibleName(question)
            box.setToolTip(question)
            box.currentIndexChanged.connect(self._save)
            form.addRow(short, box)
            self.answers[key] = box
        self.recording = QLabel()  # below the form, full width: a long answer wraps instead of being cut
        self.recording.setWordWrap(True)
        for w in (self.report_name,):
            w.editingFinished.connect(self._save)
        self.report_known.toggled.connect(self._save)
        self.report_received.dateTimeChanged.connect(self._save)
        self.usual = QLabel(f"{rights.usually('reports')} {rights.CHECK_LOCAL}")
        self.usual.setWordWrap(True)
        self.usual.setObjectName("subtitle")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.recording)
        layout.addWidget(self.usual)
        layout.addStretch(1)

    def load(self, session) -> None:
        self._loading = True
        try:
            self.session = session
            self.record = procedure.read(session)
            first = self.record.reports[0] if self.record.reports else procedure.ReportReceived()
            self.report_name.setText(first.name)
            when = QDateTime.fromString(first.received, Qt.ISODate) if first.received else QDateTime()
            self.report_known.setChecked(when.isValid())
            if when.isValid():
                self.report_received.setDateTime(when)
            for key, box in self.answers.items():
                box.setCurrentIndex(max(0, box.findData(getattr(self.record, key))))
            self.refresh_recording()
        finally:
            self._loading = False

    def refresh_recording(self, *_) -> None:
        """The chair's answer, as the checklist logged it (call again when it logs a new one)."""
        answer = procedure.recording_answer(self.session) if self.session is not None else None
        self.recording.setText("Recording: " + (answer[1] + (f": “{answer[2]}”" if answer[2] else "") if answer
                                                else "not logged yet (the checklist before the conference asks)."))

    def _save(self) -> None:
        if self._loading or self.session is None:
            return
        rest = self.record.reports[1:]
        received = self.report_received.dateTime().toString("yyyy-MM-ddTHH:mm") if self.report_known.isChecked() else ""
        name = self.report_name.text().strip()
        self.record.reports = ([procedure.ReportReceived(name, received)] if name or received else []) + rest
        for key, box in self.answers.items():
            setattr(self.record, key, box.currentData() or "")
        procedure.save(self.session, self.record)


class CuesBox(QGroupBox):
    """The moments found in the transcript and the friend's notes, each with its time, speaker and
    words: the parent accepts the true ones and rejects the wrong ones; the report shows the
    accepted and the not-yet-checked, never the rejected."""

    def __init__(self, parent=None):
        super().__init__("Moments found in the recording", parent)
        self.session = None
        self.cues: list = []
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setAccessibleName("Moments found in the recording")
        self.accept_btn = QPushButton("That's right")
        self.reject_btn = QPushButton("Not right")
        self.accept_btn.clicked.connect(lambda: self._decide(True))
        self.reject_btn.clicked.connect(lambda: self._decide(False))
        self.empty = QLabel("Nothing found yet: moments are found once the recording is transcribed.")
        self.empty.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_btn)
        buttons.addWidget(self.reject_btn)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def load(self, session) -> None:
        self.session = session
        self.cues = procedure.session_cues(session)
        self._fill()

    def _fill(self) -> None:
        record = procedure.read(self.session) if self.session else procedure.ProcedureRecord()
        row = self.list.currentRow()
        self.list.clear()
        for c in self.cues:
            said = record.decision_on(c.type, c.start)
            mark = {True: "✓ ", False: "✗ ", None: ""}[said]
            own = [x for x in c.evidence if x.speaker == c.speaker] or c.evidence  # their own words first
            e = own[0] if own else None
            quote = f"\n{e.speaker or 'A speaker'}: “{e.text}”" if e else ""
            item = QListWidgetItem(f"{mark}[{clock(c.start)}] {CUE_NAMES.get(c.type, c.type)}{quote}")
            item.setToolTip(c.summary)
            self.list.addItem(item)
        self.empty.setVisible(not self.cues)
        if self.cues:
            self.list.setCurrentRow(min(max(row, 0), len(self.cues) - 1))

    def _decide(self, accepted: bool) -> None:
        row = self.list.currentRow()
        if self.session is None or not 0 <= row < len(self.cues):
            return
        record = procedure.read(self.session)
        record.decide(self.cues[row].type, self.cues[row].start, accepted)
        procedure.save(self.session, record)
        self._fill()


class ProcedureDialog(QDialog):
    """The procedural record and the moments found, for a conference already recorded."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setWindowTitle("How the conference was run")
        self.box = ProcedureBox(self)
        self.box.load(session)
        self.cues = CuesBox(self)
        self.cues.load(session)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.accept)
        layout = QHBoxLayout()
        layout.addWidget(self.box, 1)
        layout.addWidget(self.cues, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(layout, 1)
        outer.addWidget(buttons)
        self.resize(1100, 620)
