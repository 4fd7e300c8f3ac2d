"""A child's case: its conferences, the timeline of what happened and what is due (each date with
its rule), overdue items said plainly, and the letters that fit now.

Reads app/cases (store, timeline, carried) and writes letters with app/letters; no logic of its own
beyond showing them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.cases import timeline as tl
from app.cases.carried import carried_forward
from app.cases.store import (
    LETTER_EVENTS,
    LETTERS,
    Case,
    Child,
    Parent,
    case_for,
    case_of,
    list_cases,
    suggested_title,
)
from app.deadlines import long_date, short_date
from app.errors import FairMinutesError
from app.session import KIND_NAMES

STATE_WORDS = {tl.DONE: "Done", tl.OPEN: "Coming", tl.MET: "Kept", tl.LATE: "Came late", tl.OVERDUE: "OVERDUE",
               tl.PASSED: "Window closed"}


class CasePage(QWidget):
    back = Signal()
    open_requested = Signal(object)  # Session

    def __init__(self, parent=None):
        super().__init__(parent)
        self.case: Case | None = None
        self.today: date | None = None  # None: the real today; a test fixes it
        self.timeline: tl.Timeline | None = None
        self.title = QLabel()
        self.title.setObjectName("title")
        self.about = QLabel()
        self.about.setObjectName("subtitle")
        self.about.setWordWrap(True)
        self.overdue = QLabel()
        self.overdue.setObjectName("banner")
        self.overdue.setWordWrap(True)
        self.overdue.setAccessibleName("Overdue")
        self.next_due = QLabel()
        self.next_due.setObjectName("good")
        self.next_due.setWordWrap(True)
        self.next_due.setAccessibleName("Next date")

        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(["Date", "What", "Where it stands"])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.Stretch)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setAccessibleName("Timeline of the case, conference by conference")
        self.tree.currentItemChanged.connect(self._show_rule)
        self.tree.itemDoubleClicked.connect(self._open_item)
        self.rule = QLabel("Choose a date to see the rule behind it.")
        self.rule.setObjectName("subtitle")
        self.rule.setWordWrap(True)
        self.letters = QLabel()
        self.letters.setWordWrap(True)

        back = QPushButton("← Your conferences")
        back.clicked.connect(self.back)
        details = QPushButton("Case details…")
        details.setToolTip("The child, the council, the reference, and your name and address for the letters")
        details.clicked.connect(self._edit_details)
        self.new_btn = QPushButton("Next conference…")
        self.new_btn.setToolTip("A new conference in this case, with the same people, council and chair as the last")
        self.new_btn.clicked.connect(self._new_conference)
        record = QPushButton("Record a date…")
        record.setToolTip("Minutes received, a letter sent, a reply received, or the date the minutes are expected")
        record.clicked.connect(self._record_date)
        write = QPushButton("Write letters…")
        write.setObjectName("primary")
        write.clicked.connect(self._write_letters)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addStretch(1)
        for b in (details, self.new_btn, record, write):
            top.addWidget(b)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 14)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.about)
        layout.addWidget(self.overdue)
        layout.addWidget(self.next_due)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.rule)
        layout.addWidget(self.letters)

    # ----- showing
    def load(self, case: Case, today: date | None = None) -> None:
        self.case = case
        if today is not None:
            self.today = today
        self.refresh()

    def refresh(self) -> None:
        if self.case is None:
            return
        info = self.case.read()
        t = tl.build(self.case, self.today)
        self.timeline = t
        self.title.setText(info.title)
        facts = [f"Child: {info.child_names()}" if info.child_names() else "",
                 info.council, f"Reference {info.reference}" if info.reference else "",
                 f"Letters signed by {info.parent.name}" if info.parent.name else
                 "Your name and address for the letters: not given yet (Case details…)"]
        self.about.setText(" · ".join(f for f in facts if f))
        overdue = t.overdue()
        if overdue:
            lines = [f"• {i.what}: was due {long_date(i.on)}; nothing recorded since." for i in overdue]
            self.overdue.setText(f"Overdue ({len(overdue)}):\n" + "\n".join(lines))
        self.overdue.setVisible(bool(overdue))
        nxt = t.next_due()
        self.next_due.setText(f"Next date: {nxt.what}, {long_date(nxt.on)}." if nxt else "No date is coming up.")
        self.tree.clear()
        for line in t.conferences:
            head = QTreeWidgetItem([short_date(line.on) if line.on else "no date",
                                    f"{KIND_NAMES.get(line.kind, line.kind)}: {line.title}", ""])
            font = head.font(1)
            font.setBold(True)
            for c in range(3):
                head.setFont(c, font)
            head.setData(0, Qt.UserRole, ("session", line.session))
            self.tree.addTopLevelItem(head)
            if line.on is None:
                QTreeWidgetItem(head, ["", "Give this conference its date to see the dates that follow.", ""])
            for i in line.items:
                row = QTreeWidgetItem(head, [short_date(i.on), i.what, STATE_WORDS[i.state]])
                row.setData(0, Qt.UserRole, ("item", i))
                row.setToolTip(1, i.rule or "")
                if i.state == tl.OVERDUE:
                    for c in range(3):
                        f = row.font(c)
                        f.setBold(True)
                        row.setFont(c, f)
            for c in carried_forward(self.case, line.session):
                row = QTreeWidgetItem(head, ["", c.line(), "Not corrected"])
                row.setData(0, Qt.UserRole, ("carried", c))
                row.setToolTip(1, c.line())
            head.setExpanded(True)
        letters = t.letters_to_write()
        if letters:
            names = {c.session.id: c.title for c in t.conferences}
            self.letters.setText("Letters that fit now (“Write letters…”):\n" + "\n".join(
                f"• {LETTERS[k]} ({names.get(s, '')}): {why}." for s, k, why in letters))
        else:
            self.letters.setText("No letter is due now. “Write letters…” writes any of them all the same.")

    def _show_rule(self, item, _previous=None) -> None:
        data = item.data(0, Qt.UserRole) if item else None
        if data and data[0] == "item" and data[1].rule:
            self.rule.setText(f"Why {long_date(data[1].on)}: {data[1].rule}")
        elif data and data[0] == "carried":
            c = data[1]
            self.rule.setText(f"The same claim as in earlier minutes, confirmed wrong there: “{c.finding.minutes_text}”")
        else:
            self.rule.setText("Choose a date to see the rule behind it.")

    def _open_item(self, item, _column=0) -> None:
        data = item.data(0, Qt.UserRole)
        if data and data[0] == "session":
            self.open_requested.emit(data[1])

    def selected_session(self):
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is not None:
            return item.data(0, Qt.UserRole)[1]
        sessions = self.case.sessions() if self.case else []
        return sessions[-1] if sessions else None

    # ----- doing
    def _edit_details(self) -> None:
        if self.case is not None and CaseDialog(self.case, self).exec():
            self.refresh()

    def _new_conference(self) -> None:
        kind, ok = QInputDialog.getItem(self, "Next conference", "What kind of meeting is it?",
                                        ["RCPC", "Core group", "Strategy", "Other"], 0, False)
        if ok and self.case is not None:
            session = self.case.new_conference(kind=kind)
            self.refresh()
            self.open_requested.emit(session)

    def _record_date(self) -> None:
        session = self.selected_session()
        if session is None or self.case is None:
            return
        dialog = RecordDateDialog(session.read_info().title, self)
        if dialog.exec():
            try:
                self.case.record(dialog.happened(), session, dialog.day(), letter=dialog.letter(), note=dialog.note.text())
            except FairMinutesError as e:
                QMessageBox.warning(self, "Not recorded", str(e))
            self.refresh()

    def _write_letters(self) -> None:
        session = self.selected_session()
        if session is None:
            return
        folder = QFileDialog.getExistingDirectory(self, "Choose a folder for the letters", str(Path.home()))
        if not folder:
            return
        # python-docx is imported when letters are written: at the top it adds 0.2 s to the app's start.
        from app.letters.writer import write_all

        try:
            results = write_all(session, Path(folder), self.today)
        except FairMinutesError as e:
            QMessageBox.warning(self, "Letters not written", str(e))
            return
        lines = [f"{LETTERS[o.kind]}: " + (o.path.name if o.path else o.reason) for o in results]
        QMessageBox.information(self, "Letters written", f"In {folder}:\n\n" + "\n".join(lines))


class RecordDateDialog(QDialog):
    WORDS = {"minutes_received": "The minutes arrived", "letter_sent": "I sent a letter",  # app.cases.store.EVENTS
             "reply_received": "A reply came", "minutes_expected": "The minutes are expected by (local rule)"}

    def __init__(self, conference: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(f"Record a date: {conference}")
        self.what = QComboBox()
        for key, text in self.WORDS.items():
            self.what.addItem(text, key)
        self.which = QComboBox()
        for key, text in LETTERS.items():
            self.which.addItem(text, key)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setDate(date.today())
        self.note = QLineEdit()
        form = QFormLayout(self)
        form.addRow("What happened", self.what)
        form.addRow("Which letter", self.which)
        form.addRow("On", self.date)
        form.addRow("Note (optional)", self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.what.currentIndexChanged.connect(lambda _: self.which.setEnabled(self.happened() in LETTER_EVENTS))
        self.which.setEnabled(False)

    def happened(self) -> str:
        """The case journal's event: minutes_received, letter_sent, reply_received, minutes_expected."""
        return self.what.currentData()

    def letter(self) -> str:
        return self.which.currentData() if self.happened() in LETTER_EVENTS else ""

    def day(self) -> str:
        return self.date.date().toString("yyyy-MM-dd")


class CaseDialog(QDialog):
    """The case's facts, asked once: the child, the council, the reference, the parent's name and
    address (for every letter), and the local times that differ between councils."""

    def __init__(self, case: Case, parent=None):
        super().__init__(parent)
        self.case = case
        info = case.read()
        self.setWindowTitle("Case details")
        self.title = QLineEdit(info.title)
        self.child = QLineEdit(", ".join(c.name for c in info.children))
        self.child.setPlaceholderText("The child's name; several children separated by commas")
        self.council = QLineEdit(info.council)
        self.reference = QLineEdit(info.reference)
        self.name = QLineEdit(info.parent.name)
        self.address = QPlainTextEdit(info.parent.address)
        self.address.setFixedHeight(80)
        self.contact = QLineEdit(info.parent.contact)
        self.dpo = QPlainTextEdit(info.dpo_address)
        self.dpo.setFixedHeight(96)
        self.setMinimumWidth(720)
        self.minutes_days = QSpinBox()
        self.minutes_days.setRange(1, 60)
        self.minutes_days.setValue(info.minutes_working_days)
        self.minutes_days.setSuffix(" working days")
        self.reply_days = QSpinBox()
        self.reply_days.setRange(1, 60)
        self.reply_days.setValue(info.reply_working_days)
        self.reply_days.setSuffix(" working days")
        form = QFormLayout(self)
        form.addRow("Case", self.title)
        form.addRow("Child or children", self.child)
        form.addRow("Council", self.council)
        form.addRow("Council's reference", self.reference)
        form.addRow("Your name", self.name)
        form.addRow("Your address", self.address)
        form.addRow("Your email or telephone", self.contact)
        form.addRow("Council's data protection officer (address)", self.dpo)
        form.addRow("Minutes usually sent within", self.minutes_days)
        form.addRow("Replies asked for within", self.reply_days)
        hint = QLabel("Local procedures differ: your local safeguarding partnership's procedures say how soon "
                      "minutes are sent. FairMinutes counts working days without weekends and bank holidays.")
        hint.setWordWrap(True)
        hint.setObjectName("subtitle")
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        info = self.case.read()
        old = {c.name: c.dob for c in info.children}
        info.title = self.title.text().strip() or info.title
        info.children = [Child(n.strip(), old.get(n.strip(), "")) for n in self.child.text().split(",") if n.strip()]
        info.council, info.reference = self.council.text().strip(), self.reference.text().strip()
        info.parent = Parent(self.name.text().strip(), self.address.toPlainText().strip(), self.contact.text().strip())
        info.dpo_address = self.dpo.toPlainText().strip()
        info.minutes_working_days, info.reply_working_days = self.minutes_days.value(), self.reply_days.value()
        self.case.write(info)
        self.accept()


def put_in_case(session, parent=None) -> Case | None:
    """Ask which case a conference belongs to (an existing one or a new one) and put it there."""
    cases = list_cases()
    labels = [c.read().title for c in cases] + ["A new case…"]
    current = case_of(session)
    start = next((n for n, c in enumerate(cases) if current and c.id == current.id), len(labels) - 1)
    choice, ok = QInputDialog.getItem(parent, "Put into a case", "Which child's case is this conference part of?",
                                      labels, start, False)
    if not ok:
        return None
    if choice == labels[-1]:
        title, ok = QInputDialog.getText(parent, "A new case", "Name the case (for example, the child's name):",
                                         text=suggested_title(session))
        return case_for(session, title) if ok else None
    case = cases[labels.index(choice)]
    case.add(session)
    return case
