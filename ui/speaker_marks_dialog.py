"""Correcting the friend's speaker marks after the meeting: a plain list of the marks (time and
name); a mark can be renamed, moved in time or removed. Each change is a new line in speakers.jsonl
that supersedes the old one (app/speaker_marks.py), so what was pressed on the day stays provable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app.clock import clock
from app.speaker_marks import SpeakerMarks


class SpeakerMarksDialog(QDialog):
    def __init__(self, marks: SpeakerMarks, parent=None):
        super().__init__(parent)
        self.marks = marks
        self.changed = False
        self.setWindowTitle("Who was speaking: the friend's marks")
        self.resize(640, 420)
        intro = QLabel("Each line says who began speaking at that moment. Correct a name or a time, or "
                       "remove a mark pressed by mistake. The original presses are kept in the file.")
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Speaker marks")
        self.list.currentRowChanged.connect(self._selected)
        self.name = QLineEdit()
        self.name.setAccessibleName("Name of the speaker")
        self.time = QDoubleSpinBox()
        self.time.setRange(0.0, 10 ** 6)
        self.time.setDecimals(1)
        self.time.setSuffix(" s")
        self.time.setAccessibleName("Time of the mark, seconds into the recording")
        self.time.setMaximumWidth(110)
        self.name.setMinimumWidth(240)
        self.save_btn = QPushButton("Save change")
        self.save_btn.clicked.connect(self.save_current)
        self.remove_btn = QPushButton("Remove mark")
        self.remove_btn.clicked.connect(self.remove_current)
        row = QHBoxLayout()
        row.addWidget(self.time)
        row.addWidget(self.name, 1)
        row.addWidget(self.save_btn)
        row.addWidget(self.remove_btn)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.fill()

    def fill(self, select: int = 0) -> None:
        self.list.clear()
        self.current = self.marks.current()
        for m in self.current:
            item = QListWidgetItem(f"{clock(m.t)}  {m.name}")
            item.setData(Qt.UserRole, m.id)
            self.list.addItem(item)
        if not self.current:
            self.list.addItem("No speaker marks were made for this conference.")
        editable = bool(self.current)
        for w in (self.name, self.time, self.save_btn, self.remove_btn):
            w.setEnabled(editable)
        if editable:
            self.list.setCurrentRow(min(select, len(self.current) - 1))

    def _selected(self, row: int) -> None:
        if 0 <= row < len(self.current):
            self.name.setText(self.current[row].name)
            self.time.setValue(self.current[row].t)

    def save_current(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.current) or not self.name.text().strip():
            return
        mark = self.current[row]
        if self.name.text().strip() == mark.name and abs(self.time.value() - mark.t) < 0.05:
            return
        new = self.marks.edit(mark.id, name=self.name.text(), t=self.time.value())
        self.changed = True
        self.fill(next((i for i, m in enumerate(self.marks.current()) if m.id == new.id), 0))

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.current):
            self.marks.delete(self.current[row].id)
            self.changed = True
            self.fill(row)
