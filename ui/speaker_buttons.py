"""Who is speaking: during a recording the roster ("Who is there") as a row of buttons, Alt+1..Alt+9
in roster order. One press says "this person speaks from now" and is written to speakers.jsonl at
once. The buttons never take the keyboard focus, so the friend's note typing carries on untouched;
"Someone else..." adds a person to the roster and marks them in one step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from app.clock import clock
from app.session import Attendee
from app.speaker_marks import SpeakerMark, SpeakerMarks, speaker_label

KEYS = 9  # Alt+1 .. Alt+9


class SpeakerButtons(QWidget):
    marked = Signal(object)  # SpeakerMark, once it is on disk
    person_added = Signal(str, str)  # name, role: someone to add to "Who is there"

    def __init__(self, shortcut_parent: QWidget, parent=None):
        super().__init__(parent)
        self.marks: SpeakerMarks | None = None
        self.now: Callable[[], float] = lambda: 0.0
        self.people: list[tuple[str, str]] = []
        self.current: str | None = None
        # Asks the name for "Someone else..."; tests put a plain function here.
        self.ask_name: Callable[[], str | None] = self._ask_name
        self.buttons: list[QPushButton] = []
        # the person marked as speaking stands out; the colours follow the app's calm blue
        self.setStyleSheet("QPushButton:checked { background: #2f6fb3; color: white; }")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel("Speaking now:")
        self.title.setObjectName("subtitle")
        self.row.addWidget(self.title)
        self.buttons_row = QHBoxLayout()
        self.row.addLayout(self.buttons_row)
        self.other = QPushButton("Someone else…")
        self.other.setFocusPolicy(Qt.NoFocus)
        self.other.setAccessibleName("Someone else is speaking: add them")
        self.other.clicked.connect(self.someone_else)
        self.row.addWidget(self.other)
        self.last = QLabel("")
        self.last.setObjectName("subtitle")
        self.row.addWidget(self.last, 1)
        for n in range(1, KEYS + 1):
            shortcut = QShortcut(QKeySequence(f"Alt+{n}"), shortcut_parent, activated=lambda i=n - 1: self.press(i))
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)

    def set_marks(self, marks: SpeakerMarks | None, now: Callable[[], float]) -> None:
        self.marks, self.now = marks, now
        current = marks.current() if marks is not None else []
        self.current = current[-1].name if current else None
        self._refresh()

    def set_roster(self, people: list[tuple[str, str]]) -> None:
        """(name, role) of each person in "Who is there", in order."""
        people = [(n.strip(), r.strip()) for n, r in people if n.strip() or r.strip()]
        if people == self.people and len(self.buttons) == min(len(people), KEYS):
            return
        self.people = people
        for b in self.buttons:
            self.buttons_row.removeWidget(b)
            b.deleteLater()
        self.buttons = []
        for i, (name, role) in enumerate(people):
            label = speaker_label(name, role)
            key = f"  Alt+{i + 1}" if i < KEYS else ""
            b = QPushButton(f"{name or role}{key}")
            b.setToolTip(f"{label} is speaking from now" + (f" (Alt+{i + 1})" if i < KEYS else ""))
            b.setAccessibleName(f"{label} is speaking")
            b.setFocusPolicy(Qt.NoFocus)  # a press must never pull the cursor out of the note being typed
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, j=i: self.press(j))
            self.buttons_row.addWidget(b)
            self.buttons.append(b)
        self._refresh()

    def press(self, index: int) -> SpeakerMark | None:
        if not self.isEnabled() or not 0 <= index < len(self.people):
            self._refresh()
            return None
        return self.mark(speaker_label(*self.people[index]))

    def mark(self, name: str, t: float | None = None) -> SpeakerMark | None:
        if self.marks is None or not self.isEnabled():
            return None
        mark = self.marks.add(self.now() if t is None else t, name)
        self.current = mark.name
        self._refresh()
        self.last.setText(f"{mark.name} from {clock(mark.t)}")
        self.marked.emit(mark)
        return mark

    def someone_else(self) -> SpeakerMark | None:
        """The time is taken at the press; then the name is asked, added to the roster and marked."""
        if self.marks is None or not self.isEnabled():
            return None
        t = self.now()
        focus = self.window().focusWidget() if self.window() else None
        typed = self.ask_name()
        if focus is not None:
            focus.setFocus()
        if not typed or not typed.strip():
            return None
        typed_person = Attendee.from_line(typed)
        person = (typed_person.name, typed_person.role)
        self.person_added.emit(*person)  # the page adds them to "Who is there", which updates the roster
        if person not in self.people:
            self.set_roster(self.people + [person])
        return self.mark(speaker_label(*person), t)

    def _ask_name(self) -> str | None:
        text, ok = QInputDialog.getText(self, "Someone else is speaking",
                                        "Their name, then a dash and their role if you know it\n"
                                        "(for example: Sam Jones - Housing Officer):")
        return text if ok else None

    def _refresh(self) -> None:
        for b, person in zip(self.buttons, self.people[:len(self.buttons)], strict=True):
            b.setChecked(speaker_label(*person) == self.current)
