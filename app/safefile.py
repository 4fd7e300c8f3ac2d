"""Crash-safe file primitives shared by every session file and every output.

Two rules hold the evidence together:
- whole-file JSON is replaced atomically (temp file, fsync, rename, fsync the folder), so a reader
  sees the old version or the new one, never half of each; the files a user asks for (--json, the
  report, the letter, the bundle) are written the same way, through `output_file`;
- journals (.jsonl) are append-only with one fsync per line, so a line reported as saved survives a
  kill or a power cut, and a torn last line is skipped on reading without losing what came before.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import FairMinutesError, os_reason, printable

log = logging.getLogger(__name__)

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
POSIX = os.name == "posix"


def make_private_dir(path: Path) -> Path:
    """Create a folder readable by the user alone (these are recordings about a child). Each folder
    created is fsynced into its parent, so a power cut cannot lose it with the files inside."""
    path = Path(path)
    created = []
    for level in (path, *path.parents):
        if level.exists():
            break
        created.append(level)
    path.mkdir(parents=True, exist_ok=True)
    if POSIX:
        os.chmod(path, PRIVATE_DIR)
    for level in reversed(created):
        fsync_dir(level.parent)
    return path


def make_output_dir(path: Path) -> Path:
    """A folder for files the user asked for. Each level FairMinutes creates is 0700; a folder that
    was already there keeps its mode (a shared /tmp or a Documents folder is not ours to change)."""
    path = Path(path)
    missing = []
    for level in (path, *path.parents):
        if level.is_dir():
            break
        if level.exists():
            raise FairMinutesError(f"{printable(level)} is a file, not a folder. Choose a folder for the files.")
        missing.append(level)
    for level in reversed(missing):
        try:
            level.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            if not level.is_dir():
                raise
            continue  # made by someone else meanwhile: not ours
        if POSIX:
            os.chmod(level, PRIVATE_DIR)  # mkdir's mode is cut by the umask
        fsync_dir(level.parent)
    return path


def open_private(path: Path, mode: str, sync_dir: bool = True):
    """Open a file, creating it 0600 on POSIX before any byte is written. A file created here is
    fsynced into its folder (unless `sync_dir` is False: a temporary that is renamed later)."""
    flags = os.O_WRONLY | os.O_CREAT
    if "a" in mode:
        flags |= os.O_APPEND
    elif "w" in mode:
        flags |= os.O_TRUNC
    if "+" in mode:
        flags = (flags & ~os.O_WRONLY) | os.O_RDWR
    try:
        fd, created = os.open(path, flags | os.O_EXCL, PRIVATE_FILE), True
    except FileExistsError:
        fd, created = os.open(path, flags, PRIVATE_FILE), False
    try:
        if POSIX:
            os.fchmod(fd, PRIVATE_FILE)
        if created and sync_dir:
            fsync_dir(Path(path).parent)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, mode)


def inside(folder: Path, path: Path) -> Path | None:
    """`path` if it lies inside `folder` with no symbolic link on the way (so a session file cannot
    make FairMinutes read or copy a file from elsewhere on the computer); None otherwise."""
    folder = Path(os.path.abspath(folder))
    path = Path(os.path.abspath(path))  # resolves '..' without following links
    try:
        rel = path.relative_to(folder)
    except ValueError:
        return None
    step = folder
    for part in rel.parts:
        step = step / part
        if step.is_symlink():
            return None
    return path


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (someone else's counts as running)."""
    if os.name == "nt":  # os.kill(pid, 0) would end the process there

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True

# A temporary file is `.NAME.tmp-PID`: the process that writes it puts its own id in the name.
_TEMP = re.compile(r"\.(?P<name>.+)\.tmp-(?P<pid>\d+)")


def temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp-{os.getpid()}")


def remove_stale_temps(folder: Path, name: str | None = None, recursive: bool = False) -> list[Path]:
    """Remove the temporary files (`.NAME.tmp-PID`) that a process left when it died between writing
    and renaming (a kill, a power cut): only those whose process has gone. A live process's temporary
    (this one's, or another FairMinutes' still writing) is never touched. `name`: only the temporaries
    of that file (in a folder that is not FairMinutes' own). Returns what was removed."""
    removed = []
    try:
        entries = list(Path(folder).rglob(".*.tmp-*") if recursive else Path(folder).glob(".*.tmp-*"))
    except OSError:
        return removed
    for p in entries:
        m = _TEMP.fullmatch(p.name)
        if m is None or (name is not None and m["name"] != name) or not p.is_file() or p.is_symlink():
            continue
        pid = int(m["pid"])
        if pid == os.getpid() or pid_alive(pid):
            continue
        try:
            p.unlink()
        except OSError:
            continue
        removed.append(p)
        log.info("removed %s, left by process %d which has ended", p, pid)
    return removed


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file durable: the folder entry must reach the disk too."""
    if not POSIX:
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def _atomic(path: Path):
    """A binary file that replaces `path` only when the block ends without an error: written to a
    temporary file in the same folder, fsynced, renamed over `path`, the folder fsynced. A crash or
    a kill at any moment leaves the old file or the new one; on an error the temporary is removed."""
    path = Path(path)
    tmp = temp_path(path)
    remove_stale_temps(path.parent, path.name)  # what a killed writer of this file left
    try:
        with open_private(tmp, "wb", sync_dir=False) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    fsync_dir(path.parent)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file."""
    with _atomic(path) as f:
        f.write(data)


def json_bytes(obj) -> bytes:
    """Indented UTF-8 JSON. A string that cannot be UTF-8 (a file name in another system's
    encoding) is written as a \\u escape rather than failing the save; it reads back the same."""
    try:
        return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(obj, indent=2, ensure_ascii=True) + "\n").encode("ascii")


def write_json_atomic(path: Path, obj) -> None:
    write_atomic(path, json_bytes(obj))


@contextmanager
def output_file(path: Path):
    """A file the user asked for (--json, a report, a letter, a bundle), written as session files are:
    a kill mid-write leaves the previous file whole. Created 0600. Any failure to write becomes a
    FairMinutesError that names `path` (never the temporary file) and says what to do."""
    path = Path(path)
    if path.is_dir():
        raise FairMinutesError(f"Could not write {printable(path)}: it is a folder. "
                               f"Give a file name inside it, such as {printable(path / 'findings.json')}.")
    try:
        if path.exists() and not path.is_file():
            # A device or a pipe (/dev/stdout, /dev/null): there is nothing to replace, only to write.
            with open(path, "wb") as f:
                yield f
        else:
            with _atomic(path) as f:
                yield f
    except OSError as e:
        what, todo = os_reason(e)
        if e.errno == errno.ENOENT and not path.parent.exists():
            what, todo = f"the folder {printable(path.parent)} does not exist", "Create it first, or choose another."
        raise FairMinutesError(f"Could not write {printable(path)}: {what}. {todo} "
                               "Any earlier file of that name was left as it was.") from None


def write_output(path: Path, data: bytes) -> Path:
    with output_file(path) as f:
        f.write(data)
    return Path(path)


def write_json_output(path: Path, obj) -> Path:
    return write_output(path, json_bytes(obj))


def copy_private(src: Path, dst: Path, chunk: int = 1 << 20) -> str:
    """Copy a file byte for byte, fsynced and 0600; return its SHA-256 (read once, hashed on the way)."""
    digest = hashlib.sha256()
    with open(src, "rb") as fin, _atomic(dst) as fout:
        while block := fin.read(chunk):
            digest.update(block)
            fout.write(block)
    return digest.hexdigest()


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            digest.update(block)
    return digest.hexdigest()


class Journal:
    """An append-only JSON-lines file: one record a line, fsynced before append() returns."""

    def __init__(self, path: Path):
        self.path = path

    def append(self, record: dict) -> None:
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        data = line.encode("utf-8")
        with open_private(self.path, "ab") as f:
            # A crash may have left a torn last line without its newline; start on a fresh line so
            # the new record is never glued to the fragment.
            if f.tell() > 0 and not _ends_with_newline(self.path):
                data = b"\n" + data
            f.write(data)
            f.flush()
            os.fsync(f.fileno())

    def read(self, warnings: list[str] | None = None) -> list[dict]:
        """Every readable record, in order. Damaged lines are skipped and described in `warnings`."""
        return list(self._iter(warnings))

    def _iter(self, warnings: list[str] | None) -> Iterator[dict]:
        if not self.path.exists():
            return
        raw = self.path.read_bytes()
        lines = raw.split(b"\n")
        kept = 0
        skipped: list[int] = []
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line.decode("utf-8"))
                if not isinstance(record, dict):
                    raise ValueError("not an object")
            except (ValueError, UnicodeDecodeError):
                skipped.append(number)
                continue
            kept += 1
            yield record
        if skipped:
            torn_tail = skipped == [len(lines)] or (skipped == [len(lines) - 1] and not lines[-1])
            what = "its last line was cut off (a crash while writing)" if torn_tail else (
                f"line{'s' if len(skipped) > 1 else ''} {', '.join(map(str, skipped))} could not be read")
            msg = f"{self.path}: {what}; skipped it and kept the {kept} line{'s' if kept != 1 else ''} that are intact."
            log.warning(msg)
            if warnings is not None:
                warnings.append(msg)


def _ends_with_newline(path: Path) -> bool:
    with open(path, "rb") as f:
        f.seek(0, os.SEEK_END)
        if f.tell() == 0:
            return True
        f.seek(-1, os.SEEK_END)
        return f.read(1) == b"\n"
