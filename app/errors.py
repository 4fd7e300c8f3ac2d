"""Errors a person can act on: each carries one plain sentence of what happened and what to do.

Anything else that goes wrong is unexpected: `explain_unexpected` turns it into one such sentence
and writes the full technical detail to a log file in the user's log folder (named in the sentence),
so that a person sees what to do and a developer can still see what happened.
"""

from __future__ import annotations

import errno
import os


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
