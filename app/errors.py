"""Errors a person can act on: each carries one plain sentence of what happened and what to do.

Anything else that goes wrong is unexpected: `explain_unexpected` turns it into one such sentence
and writes the full technical detail to a log file in the user's log folder (named in the sentence),
so that a person sees what to do and a developer can still see what happened.
"""

from __future__ import annotations

import errno
import os
import time
import traceback
from pathlib import Path

APP_NAME = "FairMinutes"
LOG_NAME = "fairminutes.log"
LOG_KEEP_BYTES = 1 << 20  # past this the log is moved to fairminutes.log.1 (one older log kept)


class FairMinutesError(Exception):
    """An error meant for the user. str(e) is a complete, plain sentence; no traceback is shown."""


class DamagedFileError(FairMinutesError):
    """A session file could not be read. The message names the file and says what was kept."""

    def __init__(self, path, detail: str, kept: str = ""):
        self.path = path
        msg = f"{path} is damaged ({detail})."
        if kept:
            msg += f" {kept}"
        super().__init__(msg)


# What an operating-system error means to a person, and what they can do about it.
_OS_REASONS = {
    errno.ENOSPC: ("the disk is full", "Free some space, or choose another disk, and run it again."),
    errno.EDQUOT: ("your disk quota is used up", "Free some space, or choose another disk, and run it again."),
    errno.EFBIG: ("the file grew larger than this disk or system allows",
                  "Free some space, or choose another disk, and run it again."),
    errno.EACCES: ("you are not allowed to use it", "Choose a file or folder you can use, or change its permissions."),
    errno.EPERM: ("you are not allowed to use it", "Choose a file or folder you can use, or change its permissions."),
    errno.EROFS: ("that disk is read-only", "Choose a folder on a disk you can write to."),
    errno.ENOENT: ("there is no such file or folder", "Check the path, or create the folder first."),
    errno.ENOTDIR: ("part of the path is a file, not a folder", "Check the path."),
    errno.EISDIR: ("it is a folder, not a file", "Give a file name inside the folder instead."),
    errno.ENAMETOOLONG: ("the name is too long", "Choose a shorter name."),
    errno.EIO: ("the disk reported a fault while reading or writing",
                "Check the disk (or the USB stick) and try again, or use another."),
}


def os_reason(e: OSError) -> tuple[str, str]:
    """(what happened, what to do) for an OSError, in plain words and without its class name."""
    if e.errno in _OS_REASONS:
        return _OS_REASONS[e.errno]
    return ((e.strerror or "the system refused").lower(), "Check the file and the disk, and try again.")


def printable(name) -> str:
    """A file name made safe to print or write as text: bytes that are not valid UTF-8 (a name from
    another system) are shown as U+FFFD instead of failing the whole command."""
    text = os.fsdecode(name) if isinstance(name, bytes) else str(name)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def write_log(detail: str) -> Path:
    """Append `detail` to the log (folder 0700, file 0600: it names files about a child)."""
    from app.safefile import make_output_dir, open_private

    folder = make_output_dir(log_dir())
    if os.name == "posix":
        os.chmod(folder, 0o700)  # our own folder: kept private even when it was made before
    path = folder / LOG_NAME
    try:
        if path.stat().st_size > LOG_KEEP_BYTES:
            os.replace(path, path.with_name(LOG_NAME + ".1"))
    except FileNotFoundError:
        pass
    with open_private(path, "ab") as f:
        f.write(detail.encode("utf-8", "backslashreplace"))
        f.flush()
        os.fsync(f.fileno())
    return path


def explain_unexpected(e: BaseException, doing: str, argv: list[str] | None = None) -> str:
    """One line for a person about an exception nobody planned for; the traceback goes to the log.

    `doing` says what was being done ("fairminutes compare"). The line never shows an exception's
    class name or a traceback; it says what happened, what to do, and where the details are.
    """
    from app.version import __version__

    detail = (f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} FairMinutes {__version__}, pid {os.getpid()}\n"
              f"command: {' '.join(printable(a) for a in (argv or []))}\n"
              + "".join(traceback.format_exception(type(e), e, e.__traceback__)) + "\n")
    try:
        where = f"The details are in {printable(write_log(detail))}."
    except Exception as log_error:  # the log itself could not be written (a full disk, say)
        what = os_reason(log_error)[0] if isinstance(log_error, OSError) else "it could not be written"
        where = f"The details could not be saved to the log folder ({what})."
    if isinstance(e, OSError):
        what, todo = os_reason(e)
        name = f" {printable(e.filename)}:" if e.filename else ""
        return f"{doing} could not go on:{name} {what}. {todo} {where}"
    if isinstance(e, MemoryError):
        return (f"{doing} ran out of memory. Close other programs and try again, or use a smaller file. "
                f"{where}")
    message = " ".join(str(e).split())[:200]
    said = f" ({printable(message)})" if message else ""
    return (f"{doing} stopped on a problem it did not expect{said}. Check the files you gave it; if it "
            f"happens again, please report it with the log. {where}")
