"""The log of unexpected failures, and the one line a person is shown about them.

Apart from app/errors.py (plain exceptions and wording, importing nothing of ours) because writing the
log needs app/safefile, which itself raises those errors.
"""

from __future__ import annotations

import os
import time
import traceback
from pathlib import Path

import platformdirs

from app.errors import os_reason, printable
from app.safefile import make_output_dir, open_private
from app.version import __version__

APP_NAME = "FairMinutes"
LOG_NAME = "fairminutes.log"
LOG_KEEP_BYTES = 1 << 20  # past this the log is moved to fairminutes.log.1 (one older log kept)


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def write_log(detail: str) -> Path:
    """Append `detail` to the log (folder 0700, file 0600: it names files about a child)."""
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


def log_exception(e: BaseException, doing: str) -> str:
    """For a failure turned into one line where it happened (a damaged document): its traceback goes
    to the log, so a bug inside a reader is not lost behind the plain message. Returns a sentence
    saying where the details are, or "" when the log could not be written (the line still stands)."""
    detail = (f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} FairMinutes {__version__}, pid {os.getpid()}\n"
              f"while: {doing}\n" + "".join(traceback.format_exception(type(e), e, e.__traceback__)) + "\n")
    try:
        return f" The details are in {printable(write_log(detail))}."
    except Exception:
        return ""


def explain_unexpected(e: BaseException, doing: str, argv: list[str] | None = None) -> str:
    """One line for a person about an exception nobody planned for; the traceback goes to the log.

    `doing` says what was being done ("fairminutes compare"). The line never shows an exception's
    class name or a traceback; it says what happened, what to do, and where the details are.
    """
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
