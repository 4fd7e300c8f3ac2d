"""Pausing on purpose only: a small Pause button that needs a second click (or a one-second hold),
and while paused a large banner with the paused time running and a Resume button. One mis-click
must never leave a silent gap in the evidence."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.clock import clock

# Styled here, not in ui/style.py: these two exist to be unmistakable whatever the theme.
PAUSE_STYLE = """
QPushButton#pause { font-size: 10pt; padding: 5px 10px; border-radius: 6px; }
QPushButton#pause[armed="true"] { background: #fff4e5; border: 2px solid #e08a00; color: #5a3b00; font-weight: 700; }
"""
BANNER_STYLE = """
QFrame#paused { background: #fdecea; border: 3px solid #c62828; border-radius: 10px; }
QLabel#pausedTitle { font-size: 22pt; font-weight: 800; color: #9c1f1f; background: transparent; }
QLabel#pausedTime { font-size: 13pt; color: #4a1010; background: transparent; }
"""
CONFIRM_WITHIN_MS = 4000  # the second click must come this soon after the first
HOLD_MS = 1000  # or press and hold this long


class PauseButton(QPushButton):
    """First click arms it ("Click again to pause"); a second click within a few seconds, or a
    one-second hold, emits `confirmed`. Left alone, it disarms itself."""

    confirmed = Signal()
    IDLE_TEXT = "❚❚ Pause…"
    ARMED_TEXT = "Click again to pause"

    def __init__(self, parent=None):
        super().__init__(self.IDLE_TEXT, parent)
        self.setObjectName("pause")
        self.setStyleSheet(PAUSE_STYLE)
        self.setAccessibleName("Pause the recording (click twice)")
        self.setToolTip("Click twice, or hold for a second, to pause. Nothing is recorded while paused.")
        self.armed = False
        self._disarm = QTimer(self, singleShot=True, interval=CONFIRM_WITHIN_MS, timeout=self.disarm)
        self._hold = QTimer(self, singleShot=True, interval=HOLD_MS, timeout=self._held)
        self._held_fired = False
        self.pressed.connect(self._on_pressed)
        self.released.connect(self._hold.stop)
        self.clicked.connect(self._on_click)

    def _on_pressed(self) -> None:
        self._held_fired = False
        self._hold.start()

    def _held(self) -> None:
        self._held_fired = True
        self.disarm()
        self.confirmed.emit()

    def _on_click(self) -> None:
        if self._held_fired:  # the hold already paused; this release is not a first click
            self._held_fired = False
            return
        if self.armed:
            self.disarm()
            self.confirmed.emit()
        else:
            self.armed = True
            self.setText(self.ARMED_TEXT)
            self.setProperty("armed", True)
            self._repolish()
            self._disarm.start()

    def disarm(self) -> None:
        self._disarm.stop()
        self.armed = False
        self.setText(self.IDLE_TEXT)
        self.setProperty("armed", False)
        self._repolish()

    def _repolish(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)


class PauseBanner(QFrame):
    """Shown across the screen while the recording is paused."""

    resume_clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("paused")
        self.setStyleSheet(BANNER_STYLE)
        self.since: float | None = None
        self.title = QLabel("❚❚  PAUSED: nothing is being recorded")
        self.title.setObjectName("pausedTitle")
        self.time = QLabel("")
        self.time.setObjectName("pausedTime")
        self.time.setAccessibleName("Paused for")
        self.resume = QPushButton("● Resume recording")
        self.resume.setObjectName("record")
        self.resume.clicked.connect(self.resume_clicked)
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.time)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addLayout(words, 1)
        layout.addWidget(self.resume, 0, Qt.AlignVCenter)
        self.timer = QTimer(self, interval=500, timeout=self._tick)
        self.hide()

    def start(self, at: float) -> None:
        """Show the banner; `at` is the place in the recording where the pause began."""
        self.since = time.monotonic()
        self.at = at
        self._tick()
        self.timer.start()
        self.show()

    def stop(self) -> None:
        self.timer.stop()
        self.since = None
        self.hide()

    def _tick(self) -> None:
        if self.since is not None:
            self.time.setText(f"Paused for {clock(time.monotonic() - self.since)}, at {clock(self.at)} into the "
                              "recording. Press Resume to carry on in the same recording.")
