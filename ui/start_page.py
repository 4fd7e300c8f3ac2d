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

from app.clock import clock
from app.errors import FairMinutesError
from app.session import delete_session, list_sessions


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal(object)  # Session
    import_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        title = QLabel("Your conferences")
        title.setObjectName("title")
        sub = QLabel("FairMinutes records the conference on this computer, transcribes it here, and checks the "
                     "council's minutes against what was said. Nothing leaves this computer.")
        sub.setObjectName("subtitle")
        sub.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Conference", "Date", "Length", "Where it has got to"])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        for c in (1, 2, 3):
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

        new = QPushButton("New conference")
        new.setObjectName("primary")
        new.setAccessibleName("Start a new conference")
        new.clicked.connect(self.new_requested)
        self.open_btn = QPushButton("Open")
        self.open_btn.clicked.connect(self._open)
        bring = QPushButton("Bring in a phone recording…")
        bring.setToolTip("Recorded the conference on a phone? Use that file as the conference's recording.")
        bring.clicked.connect(self.import_requested)
        self.delete_btn = QPushButton("Delete…")
        self.delete_btn.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(self.open_btn)
        buttons.addWidget(bring)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_btn)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(title)
        layout.addWidget(sub)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.rows = []
        self.refresh()

    def refresh(self) -> None:
        self.rows = list_sessions()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            status = row.status if not row.problem else "Needs attention"
            values = [row.title, row.date, clock(row.duration) if row.duration else "-", status]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.problem:
                    item.setToolTip(row.problem)
                self.table.setItem(r, c, item)
        self.empty.setVisible(not self.rows)
        if self.rows:
            self.table.selectRow(0)

    def selected(self):
        r = self.table.currentRow()
        return self.rows[r].session if 0 <= r < len(self.rows) else None

    def _open(self) -> None:
        s = self.selected()
        if s is not None:
            self.open_requested.emit(s)

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
