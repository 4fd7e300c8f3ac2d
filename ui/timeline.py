"""A strip of the whole meeting: speech, the friend's notes and the findings; click to jump.
Each finding is a marker 14 px wide (at least 8 px even on the smallest window) that selects the
finding when clicked and names it when pointed at; a click anywhere else plays from there. Its
shape says whether it is checked, never its colour alone: a triangle not yet checked, a diamond
confirmed, a hollow triangle dismissed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from app.clock import clock
from ui.style import colours

MARKER = 14  # px: a finding's marker, wide and tall enough to hit with a touchpad
HIT = MARKER // 2 + 2  # px either side of a marker's centre that still counts as clicking it


class Timeline(QWidget):
    jump = Signal(float)
    finding_clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.duration = 1.0
        self.speech: list[tuple[float, float]] = []
        self.notes: list[float] = []
        self.findings: list[tuple[float, str]] = []  # (time, finding id)
        self.states: dict[str, str] = {}  # finding id -> "unreviewed" | "confirmed" | "dismissed"
        self.labels: dict[str, str] = {}  # finding id -> words shown when the marker is pointed at
        self.selected: str | None = None
        self.position = 0.0
        self.setMinimumHeight(40)
        self.setMaximumHeight(46)
        self.setAccessibleName("Timeline of the meeting: grey speech, blue notes, orange findings. Click to jump.")
        self.setToolTip("Grey: speech. Blue: notes. Findings: a triangle is not yet checked, a diamond is "
                        "confirmed, a hollow triangle dismissed (click one to see it). Click anywhere else to "
                        "listen from there.")
        self.setCursor(Qt.PointingHandCursor)

    def set_data(self, duration: float, speech, notes, findings) -> None:
        """`findings`: (time, id) pairs, or bare times (then clicking them only jumps)."""
        self.duration = max(duration, 1.0)
        self.speech, self.notes = list(speech), list(notes)
        self.findings = [f if isinstance(f, tuple) else (float(f), "") for f in findings]
        self.update()

    def set_states(self, states: dict[str, str], labels: dict[str, str] | None = None) -> None:
        self.states = dict(states)
        if labels is not None:
            self.labels = dict(labels)
        self.update()

    def set_selected(self, fid: str | None) -> None:
        self.selected = fid
        self.update()

    def set_position(self, t: float) -> None:
        self.position = t
        self.update()

    def _x(self, t: float) -> float:
        return MARKER + (self.width() - 2 * MARKER) * min(1.0, max(0.0, t / self.duration))

    def marker_x(self, fid: str) -> float | None:
        return next((self._x(t) for t, i in self.findings if i == fid), None)

    def paintEvent(self, _event) -> None:
        c = colours()
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        h = self.height()
        p.fillRect(self.rect(), QColor(c["base"]))
        p.setPen(QPen(QColor(c["border"])))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        for a, b in self.speech:
            p.fillRect(QRectF(self._x(a), h * 0.3, max(1.0, self._x(b) - self._x(a)), h * 0.25), QColor(c["speech"]))
        p.setPen(QPen(QColor(c["note"]), 2))
        for t in self.notes:
            p.drawLine(int(self._x(t)), 3, int(self._x(t)), int(h * 0.3))
        for t, fid in self.findings:
            x, chosen = self._x(t), bool(fid) and fid == self.selected
            size = MARKER + (4 if chosen else 0)
            state = self.states.get(fid, "unreviewed")
            p.setPen(QPen(QColor(c["text"]), 2) if chosen else QPen(QColor(c["finding"]), 2)
                     if state == "dismissed" else Qt.NoPen)
            p.setBrush(Qt.NoBrush if state == "dismissed" else QColor(c["finding"]))
            b, half = h - 2, size / 2
            if state == "confirmed":
                shape = [QPointF(x, b - size), QPointF(x + half, b - half), QPointF(x, b), QPointF(x - half, b - half)]
            else:
                shape = [QPointF(x - half, b), QPointF(x + half, b), QPointF(x, b - size)]
            p.drawPolygon(QPolygonF(shape))
        p.setPen(QPen(QColor(c["head"]), 2))
        p.drawLine(int(self._x(self.position)), 0, int(self._x(self.position)), h)
        p.setPen(QPen(QColor(c["muted"])))
        p.drawText(self.rect().adjusted(10, 0, -10, 0), Qt.AlignRight | Qt.AlignTop, clock(self.duration))
        p.end()

    def finding_at(self, x: float, y: float) -> str | None:
        """The finding whose marker is under (x, y): the nearest within HIT px, in the marker's band."""
        if y < self.height() - MARKER - 8:
            return None
        near = [(abs(self._x(t) - x), fid) for t, fid in self.findings if fid and abs(self._x(t) - x) <= HIT]
        return min(near)[1] if near else None

    def event(self, event) -> bool:
        if event.type() == QEvent.ToolTip:
            fid = self.finding_at(event.pos().x(), event.pos().y())
            if fid and self.labels.get(fid):
                QToolTip.showText(event.globalPos(), self.labels[fid], self)
                return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:
        x, y = event.position().x(), event.position().y()
        fid = self.finding_at(x, y)
        if fid:
            self.finding_clicked.emit(fid)
            return
        self.jump.emit(max(0.0, (x - MARKER) / max(1, self.width() - 2 * MARKER) * self.duration))
