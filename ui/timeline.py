"""A strip of the whole meeting: speech, the friend's notes and the findings; click to jump."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from app.clock import clock

SPEECH, NOTE, FINDING, HEAD = QColor("#9fb3c8"), QColor("#2f6fb3"), QColor("#e65100"), QColor("#c62828")


class Timeline(QWidget):
    jump = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.duration = 1.0
        self.speech: list[tuple[float, float]] = []
        self.notes: list[float] = []
        self.findings: list[float] = []
        self.position = 0.0
        self.setMinimumHeight(38)
        self.setMaximumHeight(44)
        self.setAccessibleName("Timeline of the meeting: grey speech, blue notes, orange findings. Click to jump.")
        self.setToolTip("Grey: speech. Blue: notes. Orange: findings. Click to listen from there.")
        self.setCursor(Qt.PointingHandCursor)

    def set_data(self, duration: float, speech, notes, findings) -> None:
        self.duration = max(duration, 1.0)
        self.speech, self.notes, self.findings = list(speech), list(notes), list(findings)
        self.update()

    def set_position(self, t: float) -> None:
        self.position = t
        self.update()

    def _x(self, t: float) -> float:
        return 8 + (self.width() - 16) * min(1.0, max(0.0, t / self.duration))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        h = self.height()
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setPen(QPen(QColor("#c9d1db")))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        for a, b in self.speech:
            p.fillRect(QRectF(self._x(a), h * 0.35, max(1.0, self._x(b) - self._x(a)), h * 0.3), SPEECH)
        p.setPen(QPen(NOTE, 2))
        for t in self.notes:
            p.drawLine(int(self._x(t)), 3, int(self._x(t)), int(h * 0.35))
        p.setPen(Qt.NoPen)
        p.setBrush(FINDING)
        for t in self.findings:
            x = self._x(t)
            p.drawPolygon(QPolygonF([QPointF(x - 5, h - 2), QPointF(x + 5, h - 2), QPointF(x, h - 11)]))
        p.setPen(QPen(HEAD, 2))
        p.drawLine(int(self._x(self.position)), 0, int(self._x(self.position)), h)
        p.setPen(QPen(QColor("#4a5868")))
        p.drawText(self.rect().adjusted(10, 0, -10, 0), Qt.AlignRight | Qt.AlignTop, clock(self.duration))
        p.end()

    def mousePressEvent(self, event) -> None:
        x = event.position().x()
        self.jump.emit(max(0.0, (x - 8) / max(1, self.width() - 16) * self.duration))
