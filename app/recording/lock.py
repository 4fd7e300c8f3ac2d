"""One recorder per conference: `recording.lock` in the session folder.

Two recorders on one conference would write over each other's audio, both reporting it saved. So
whoever records (or repairs) a conference's recording first takes its lock, and anyone else is
refused with one line naming the holder.

The file says who holds it: process id, computer, when it started, and the process's own start time
(so a later process given the same id is not mistaken for the holder). On POSIX the holder also keeps
an OS lock (flock) on the file, which the system drops the moment the process ends, however it ends:
that is what says whether the holder lives. Where there is no such lock (Windows, a network share
without locks), the process id and its start time say it, on this computer. A lock whose holder is
gone (a crash, a kill -9, a power cut) is stale: the next recorder, or the start-up recovery, takes
it over and says so in events.jsonl.
"""

from __future__ import annotations

import errno
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from app.clock import now_iso
from app.errors import FairMinutesError
from app.safefile import PRIVATE_FILE, fsync_dir
from app.safefile import pid_alive as _pid_alive

LOCK_NAME = "recording.lock"
_HELD: set[str] = set()  # locks held by this process (where the OS has no lock to ask)


class RecordingLocked(FairMinutesError):
    """Someone else is recording this conference; str(e) is the one line to show."""

    def __init__(self, owner: Owner | None, path: Path):
        self.owner = owner
        who = "another FairMinutes window"
        detail = []
        if owner is not None:
            if owner.host and owner.host != _host():
                detail.append(f"on {owner.host}")
            if owner.pid:
                detail.append(f"process {owner.pid}")
            if len(owner.started) >= 16:
                detail.append(f"since {owner.started[11:16]}")
        line = f"This conference is being recorded by {who}" + (f" ({', '.join(detail)})" if detail else "")
        line += ". Stop that one first."
        if owner is not None and owner.host and owner.host != _host():
            line += f" If that computer is no longer recording, delete {path}."
        super().__init__(line)


@dataclass
class Owner:
    pid: int = 0
    host: str = ""
    started: str = ""  # wall clock, ISO
    process_start: str = ""  # what tells this process from a later one with the same id ("" unknown)

    @classmethod
    def me(cls) -> Owner:
        return cls(os.getpid(), _host(), now_iso(), _process_start(os.getpid()) or "")

    @classmethod
    def parse(cls, data: bytes) -> Owner | None:
        """The holder a lock file names; None for an empty file, pid 0 for one that cannot be read."""
        if not data.strip():
            return None
        try:
            d = json.loads(data.decode("utf-8"))
            return cls(int(d.get("pid", 0)), str(d.get("host", "")), str(d.get("started", "")),
                       str(d.get("process_start", "")))
        except (ValueError, TypeError, AttributeError, UnicodeDecodeError):
            return cls()

    def to_bytes(self) -> bytes:
        return (json.dumps({"pid": self.pid, "host": self.host, "started": self.started,
                            "process_start": self.process_start}) + "\n").encode("utf-8")

    def alive(self, key: str) -> bool:
        """Whether the holder is still running, from its id (used where the OS keeps no lock)."""
        if not self.pid:
            return False
        if self.host and self.host != _host():
            return True  # another computer's process: it cannot be asked, so it is not overruled
        if self.pid == os.getpid():
            return key in _HELD
        if not _pid_alive(self.pid):
            return False
        now = _process_start(self.pid)
        return not (self.process_start and now and now != self.process_start)  # same id, later process


class RecordingLock:
    """The lock on one session's recording, held until release()."""

    def __init__(self, path: Path, fd: int, owner: Owner):
        self.path = path
        self._fd: int | None = fd
        self.owner = owner
        self._key = _key(path)
        _HELD.add(self._key)

    @classmethod
    def acquire(cls, session, purpose: str = "recording") -> RecordingLock:
        """Take the lock, or raise RecordingLocked naming who holds it. A stale lock is taken over
        and the takeover logged in the session's events.jsonl (`purpose`: recording or recovery)."""
        path = session.folder / LOCK_NAME
        key = _key(path)
        for _attempt in range(20):
            fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
            try:
                held = _os_lock(fd)
                if held is False:
                    raise RecordingLocked(_read(fd), path)
                if held and not _same_file(fd, path):
                    os.close(fd)  # its holder released it (and removed the file) meanwhile: again
                    continue
                previous = _read(fd)
                if held is None and (key in _HELD or (previous is not None and previous.alive(key))):
                    raise RecordingLocked(previous, path)
                me = Owner.me()
                _write(fd, me)
                fsync_dir(path.parent)
            except BaseException:
                os.close(fd)
                raise
            lock = cls(path, fd, me)
            if previous is not None:
                try:
                    session.log_event("recording_lock_taken_over", previous_pid=previous.pid or None,
                                      previous_host=previous.host or None,
                                      previous_started=previous.started or None, by=purpose,
                                      reason="the process that held it is no longer running")
                except BaseException:
                    lock.release()
                    raise
            return lock
        raise RecordingLocked(None, path)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Give the lock up and remove the file (only while it is still this lock's file)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        _HELD.discard(self._key)
        try:
            if os.name == "posix" and _same_file(fd, self.path):
                os.unlink(self.path)  # removed while still locked: nobody can take a half-released lock
        except OSError:
            pass  # left behind: the next recorder finds it stale and takes it over
        finally:
            os.close(fd)
        if os.name != "posix":  # an open file cannot be removed there; remove it if still ours
            try:
                if Owner.parse(self.path.read_bytes()) == self.owner:
                    os.unlink(self.path)
            except OSError:
                pass


def _key(path: Path) -> str:
    return os.path.realpath(path)


def _host() -> str:
    try:
        return socket.gethostname()
    except OSError:
        return ""


def _os_lock(fd: int) -> bool | None:
    """True: locked for us; False: another process (or another recorder here) holds it;
    None: this system or file system keeps no such lock."""
    if os.name != "posix":
        return None
    import fcntl  # POSIX only: imported here, where os.name says it exists

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError as e:
        if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return False
        return None


def _same_file(fd: int, path: Path) -> bool:
    try:
        a, b = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _read(fd: int) -> Owner | None:
    os.lseek(fd, 0, os.SEEK_SET)
    return Owner.parse(os.read(fd, 4096))


def _write(fd: int, owner: Owner) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, owner.to_bytes())
    os.fsync(fd)


def _process_start(pid: int) -> str | None:
    """The boot and the clock tick a process started at (Linux), which a later process given the same
    id cannot share; None where the system does not say."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        boot = Path("/proc/sys/kernel/random/boot_id").read_text().strip()
        return f"{boot}:{stat[stat.rindex(')') + 2:].split()[19]}"
    except (OSError, ValueError, IndexError):
        return None
