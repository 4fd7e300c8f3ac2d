"""'Before we start': a short checklist on the conference screen, and one click to log the chair's
answer about recording (app/permission.py). If the chair refuses, it says what the parent can still
do and starts the clock the friend's notes are timed on without a recording."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import FairMinutesError
from app.permission import ANSWERS, IF_REFUSED, log_permission, notes_clock_start, permission
from app.power import on_mains_power
from app.recording.devices import LONG_CONFERENCE_HOURS, hours_of_room
from app.session import Session

ASK_WORDS = ("For example: “I would like to record the conference so that I have an accurate record of it. "
             "It stays on my laptop and is not shared.”")
NOTES_CLOCK_TIP = "Notes are then timed from this moment. Press it when the conference begins."
BUTTONS = {"agreed": "Agreed", "refused": "Refused", "not_asked": "Not asked"}


class Checklist(QWidget):
    answered = Signal(str)  # agreed / refused / not_asked, once it is logged
    notes_clock_requested = Signal()  # "Start the notes clock": notes without a recording

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session: Session | None = None
        # Each item: a tick box and its words, wrapped (a check box's own text never wraps).
        self.ask, ask_label = _item("Tell the chair you would like to record, and why", ASK_WORDS)
        self.keys, keys_label = _item("Your friend knows the keys",
                                      "Type a note and press Enter; Ctrl+1 to Ctrl+6 save it with a tag; Ctrl+B "
                                      "marks the moment; Ctrl+H hides the live words from people nearby.")
        self.power, self.power_label = _item("The laptop is plugged in", "")
        self.disk, self.disk_label = _item("Room on the disk", "")

        answer_title = QLabel("<b>What did the chair say about recording?</b>")
        self.words = QLineEdit()
        self.words.setPlaceholderText("Their words, if you like (optional)")
        self.words.setAccessibleName("The chair's words")
        row = QHBoxLayout()
        self.answer_buttons: dict[str, QPushButton] = {}
        for answer, text in BUTTONS.items():
            b = QPushButton(text)
            b.setAccessibleName(ANSWERS[answer])
            b.clicked.connect(lambda _=False, a=answer: self.answer(a))
            row.addWidget(b)
            self.answer_buttons[answer] = b
        self.logged = QLabel("")
        self.logged.setObjectName("subtitle")
        self.logged.setWordWrap(True)

        self.refused_box = QWidget()
        rl = QVBoxLayout(self.refused_box)
        rl.setContentsMargins(0, 4, 0, 0)
        said = QLabel("<b>You can still:</b><ul>" + "".join(f"<li>{line}</li>" for line in IF_REFUSED) + "</ul>")
        said.setWordWrap(True)
        said.setObjectName("good")
        self.notes_clock_btn = QPushButton("Start the notes clock (no recording)")
        self.notes_clock_btn.setObjectName("primary")
        self.notes_clock_btn.setToolTip(NOTES_CLOCK_TIP)
        self.notes_clock_btn.clicked.connect(self.notes_clock_requested)
        rl.addWidget(said)
        rl.addWidget(self.notes_clock_btn, 0, Qt.AlignLeft)
        self.refused_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for box, label in ((self.ask, ask_label), (self.keys, keys_label), (self.power, self.power_label),
                           (self.disk, self.disk_label)):
            row_item = QHBoxLayout()
            row_item.addWidget(box, 0, Qt.AlignTop)
            row_item.addWidget(label, 1)
            layout.addLayout(row_item)
        layout.addSpacing(8)
        layout.addWidget(answer_title)
        layout.addWidget(self.words)
        layout.addLayout(row)
        layout.addWidget(self.logged)
        layout.addWidget(self.refused_box)
        layout.addStretch(1)

    def load(self, session: Session) -> None:
        self.session = session
        self.words.clear()
        self._check_power()
        self._check_disk()
        latest = permission(session)
        self._show_answer(latest)
        # One clock per conference: a conference with a recording times its notes on the recording.
        has_audio = session.recording_path() is not None
        self.notes_clock_btn.setEnabled(notes_clock_start(session) is None and not has_audio)
        self.notes_clock_btn.setToolTip("This conference already has a recording: its notes are timed on it."
                                        if has_audio else NOTES_CLOCK_TIP)

    def _check_power(self) -> None:
        mains = on_mains_power()
        if mains is None:
            hint = "A recording uses little power, but a flat battery ends it."
        else:
            self.power.setChecked(mains)
            hint = "It is on mains power now." if mains else "It is on battery now: plug it in if you can."
        _say(self.power_label, "The laptop is plugged in", hint)

    def _check_disk(self) -> None:
        try:
            hours = hours_of_room(self.session.audio_dir)
        except OSError as e:
            _say(self.disk_label, "Room on the disk", f"The free space could not be read ({e.strerror or e}).")
            return
        self.disk.setChecked(hours >= LONG_CONFERENCE_HOURS)
        _say(self.disk_label, f"Room on the disk for {_hours(hours)} of recording",
             "Enough for a long conference." if hours >= LONG_CONFERENCE_HOURS else
             "A conference can last three hours: free some space first if you can.")

    def answer(self, answer: str) -> None:
        """Log the chair's answer (one click), with their words if typed."""
        if self.session is None:
            return
        try:
            event = log_permission(self.session, answer, self.words.text())
        except (OSError, FairMinutesError) as e:
            self.logged.setText(f"The answer could not be saved ({e}). Try again, or write it in a note.")
            return
        self._show_answer(event)
        self.answered.emit(answer)

    def _show_answer(self, event: dict | None) -> None:
        if not event:
            self.logged.setText("Not noted yet. One click notes the answer with the time.")
            self.refused_box.hide()
            return
        when = str(event.get("wall", ""))[11:16]
        words = f": “{event['words']}”" if event.get("words") else ""
        self.logged.setText(f"Noted at {when}. {ANSWERS.get(event.get('answer'), '')}{words}. "
                            "Click another answer if it changes.")
        self.refused_box.setVisible(event.get("answer") == "refused")
        if event.get("answer") == "refused":
            QTimer.singleShot(50, self._reveal_refused)

    def _reveal_refused(self) -> None:
        """Scroll the refusal's advice and its button into view (the list is in a scroll area)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self.notes_clock_btn)

    def notes_clock_started(self) -> None:
        self.notes_clock_btn.setEnabled(False)
        self.notes_clock_btn.setText("The notes clock is running")


def _item(title: str, hint: str) -> tuple[QCheckBox, QLabel]:
    box = QCheckBox()
    box.setAccessibleName(title)
    label = QLabel()
    label.setWordWrap(True)
    label.setContentsMargins(0, 0, 0, 4)
    label.mousePressEvent = lambda _event: box.toggle()  # the words tick the box, as a check box's own do
    _say(label, title, hint)
    return box, label


def _say(label: QLabel, title: str, hint: str) -> None:
    label.setText(f"{title}<br><span style='color:#4a5868'>{hint}</span>" if hint else title)


def _hours(hours: float) -> str:
    if hours >= 100:
        return "more than 100 hours"
    if hours >= 1.95:
        return f"about {hours:.0f} hours"
    minutes = int(hours * 60)
    return f"about {minutes} minutes" if hours < 1 else f"about {hours:.1f} hours"
