"""Start: the parent's conferences, a clear 'New conference', and open or delete one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.cases.store import case_of, group_by_case
from app.clock import clock
from app.errors import FairMinutesError
from app.session import delete_session, list_sessions
from ui.case_page import put_in_case
from ui.workers import Worker


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal(object)  # Session
    import_requested = Signal()
    case_requested = Signal(object)  # app.cases.store.Case

    def __init__(self, parent=None):
        super().__init__(parent)
        title = QLabel("Your conferences")
        title.setObjectName("title")
        sub = QLabel("FairMinutes records the conference on this computer, transcribes it here, and checks the "
                     "council's minutes against what was said. Nothing leaves this computer.")
        sub.setObjectName("subtitle")
        sub.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["Case", "Conference", "Date", "Length", "Where it has got to"])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        for c in (0, 2, 3, 4):
            self.table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAccessibleName("List of conferences")
        self.table.doubleClicked.connect(lambda _: self._open())
        self.empty = QLabel("No conferences yet. Press “New conference” when you arrive at the meeting.")
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setObjectName("subtitle")
        self.demo = DemoOffer(self)
        self.demo.ready.connect(self.open_requested)

        new = QPushButton("New conference")
        new.setObjectName("primary")
        new.setAccessibleName("Start a new conference")
        new.clicked.connect(self.new_requested)
        self.open_btn = QPushButton("Open")
        self.open_btn.clicked.connect(self._open)
        bring = QPushButton("Bring in a phone recording…")
        bring.setToolTip("Recorded the conference on a phone? Use that file as the conference's recording.")
        bring.clicked.connect(self.import_requested)
        self.case_btn = QPushButton("Case…")
        self.case_btn.setToolTip("The child's case this conference is part of: its timeline, the dates that "
                                 "follow, and the letters. A conference in no case is put into one first.")
        self.case_btn.clicked.connect(self._case)
        self.delete_btn = QPushButton("Delete…")
        self.delete_btn.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(self.open_btn)
        buttons.addWidget(bring)
        buttons.addWidget(self.case_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_btn)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(title)
        layout.addWidget(sub)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.demo)
        self.rows = []
        self.refresh()

    def refresh(self) -> None:
        # Grouped by case (app/cases): the case's name on its first conference's row.
        groups = group_by_case(list_sessions())
        self.rows = [row for _, rows in groups for row in rows]
        firsts = {rows[0].session.id: case.read().title if case else "Not in a case" for case, rows in groups
                  if case is not None or len(groups) > 1}
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            status = row.status if not row.problem else "Needs attention"
            values = [firsts.get(row.session.id, ""), row.title, row.date, clock(row.duration) if row.duration else "-",
                      status]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.problem:
                    item.setToolTip(row.problem)
                self.table.setItem(r, c, item)
        self.empty.setVisible(not self.rows)
        self.demo.setVisible(not self.rows or self.demo.worker is not None)
        if self.rows:
            self.table.selectRow(0)

    def selected(self):
        r = self.table.currentRow()
        return self.rows[r].session if 0 <= r < len(self.rows) else None

    def _open(self) -> None:
        s = self.selected()
        if s is not None:
            self.open_requested.emit(s)

    def _case(self) -> None:
        s = self.selected()
        if s is None:
            return
        case = case_of(s) or put_in_case(s, self)
        if case is not None:
            self.refresh()
            self.case_requested.emit(case)

    def _delete(self) -> None:
        s = self.selected()
        if s is None:
            return
        title = self.rows[self.table.currentRow()].title
        ask = QMessageBox.question(self, "Delete this conference?",
                                   f"Delete “{title}”, with its recording, transcript and notes?\n\n"
                                   "It will go to the computer's bin, where you can still get it back.")
        if ask != QMessageBox.Yes:
            return
        typed, ok = QInputDialog.getText(self, "Type the title to delete",
                                         f"To be sure, type the conference's title:\n{title}")
        if not ok:
            return
        try:
            delete_session(s, typed)
        except FairMinutesError as e:
            QMessageBox.information(self, "Not deleted", str(e))
        self.refresh()


class DemoOffer(QWidget):
    """On the empty start screen: try the review on a made-up conference before the day."""

    ready = Signal(object)  # the demo's Session

    def __init__(self, parent=None):
        super().__init__(parent)
        self.worker = None
        self.button = QPushButton("Try the demo conference first")
        self.button.setAccessibleName("Open the demo conference")
        self.button.clicked.connect(self.build)
        self.note = QLabel("A made-up conference, with its recording and its minutes, to try the review before "
                           "the day. It is marked “Demo” in the list; delete it when you like.")
        self.note.setWordWrap(True)
        self.note.setObjectName("subtitle")
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.button)
        layout.addWidget(self.note, 2)
        layout.addStretch(1)

    def build(self) -> None:
        # Imported when asked for: the demo runs the whole engine, and importing it (python-docx,
        # Pillow, the bundle writer) would add 1.3 s to the app's start.
        from app.demo import build_demo_session

        self.button.setEnabled(False)
        self.note.setText("Preparing the demo: transcribing its recording on this computer (a minute or two)…")
        self.worker = Worker(build_demo_session, say=lambda *_: None, pass_progress=False)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.start()

    def _done(self, session) -> None:
        self.worker = None
        self.button.setEnabled(True)
        self.ready.emit(session)

    def _failed(self, message: str) -> None:
        self.worker = None
        self.button.setEnabled(True)
        self.note.setText(f"The demo could not be prepared: {message}")
