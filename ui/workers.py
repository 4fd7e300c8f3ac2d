"""Run engine calls off the GUI thread, with progress and cancel; the window never freezes."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from app.errors import FairMinutesError

_ALIVE: set = set()  # running workers stay referenced: Qt aborts if a running QThread is destroyed


class Worker(QThread):
    """Runs fn(progress=..., cancel=...) on a thread. Emits progressed(0..1), done(result), failed(message)."""

    progressed = Signal(float)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable, *args, pass_progress: bool = True, pass_cancel: bool = False, parent=None, **kwargs):
        super().__init__(parent)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.pass_progress, self.pass_cancel = pass_progress, pass_cancel
        self._cancel = threading.Event()
        _ALIVE.add(self)
        self.finished.connect(lambda: _ALIVE.discard(self))

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        kwargs = dict(self.kwargs)
        if self.pass_progress:
            kwargs["progress"] = self.progressed.emit
        if self.pass_cancel:
            kwargs["cancel"] = self._cancel.is_set
        try:
            self.done.emit(self.fn(*self.args, **kwargs))
        except FairMinutesError as e:
            self.failed.emit(str(e))
        except Exception as e:  # never a stack trace in the window; the log keeps the details
            traceback.print_exc()
            self.failed.emit(f"Something went wrong ({type(e).__name__}: {e}). Nothing was lost; please try again.")


class Bridge(QObject):
    """Carries callbacks from the recorder's and the live transcriber's threads to the GUI thread."""

    level = Signal(object)
    problem = Signal(str, str)
    segment = Signal(object)
