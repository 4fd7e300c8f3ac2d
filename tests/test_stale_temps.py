"""A process killed between writing a temporary file and renaming it leaves `.NAME.tmp-PID` behind
(issue #22). The next write of that file, and opening the conference, remove the ones whose process
has ended; a live process's temporary is never touched."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.safefile import remove_stale_temps, write_json_atomic

ROOT = Path(__file__).resolve().parent.parent


def killed_while_writing(path):
    """A real process that writes `path` through the atomic helper and is killed (SIGKILL) after
    writing the temporary and before the rename. Returns the temporary it left."""
    code = ("import os, sys\n"
            "from pathlib import Path\n"
            "from app.safefile import _atomic\n"
            "with _atomic(Path(sys.argv[1])) as f:\n"
            "    f.write(b'{\"half\": '); f.flush(); os.fsync(f.fileno())\n"
            "    os.kill(os.getpid(), 9)\n")
    proc = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT)
    assert proc.returncode == -9
    left = list(path.parent.glob(f".{path.name}.tmp-*"))
    assert len(left) == 1
    return left[0]


@pytest.fixture
def live_pid():
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield proc.pid
    proc.kill()
    proc.wait()


def test_the_next_write_removes_what_a_killed_writer_left_but_not_a_live_ones(tmp_path, live_pid):
    target = tmp_path / "statements.json"
    write_json_atomic(target, {"v": 1})
    stale = killed_while_writing(target)
    assert json.loads(target.read_text()) == {"v": 1}  # the kill left the old file whole
    live = tmp_path / f".statements.json.tmp-{live_pid}"
    live.write_bytes(b"another FairMinutes is writing this")
    other = tmp_path / f".findings.json.tmp-{stale.name.rsplit('-', 1)[1]}"  # another file's: not this write's
    other.write_bytes(b"x")

    write_json_atomic(target, {"v": 2})
    assert not stale.exists()
    assert live.read_bytes() == b"another FairMinutes is writing this"
    assert other.exists()
    assert json.loads(target.read_text()) == {"v": 2}
    assert [p.name for p in tmp_path.glob(".statements.json.tmp-*")] == [live.name]


def test_opening_a_conference_removes_stale_temporaries_in_all_its_folders(live_pid):
    from app.session import create_session, open_session

    session = create_session("Temp files test conference")
    stale = killed_while_writing(session.minutes_dir / "statements.json")
    stale_info = killed_while_writing(session.info_path)
    live = session.folder / f".session.json.tmp-{live_pid}"
    live.write_bytes(b"{}")
    mine = session.folder / f".notes.json.tmp-{os.getpid()}"  # this process is alive too
    mine.write_bytes(b"{}")
    before = session.read_info()

    opened = open_session(session.folder)
    assert not stale.exists() and not stale_info.exists()
    assert live.exists() and mine.exists()
    assert opened.read_info() == before
    assert remove_stale_temps(session.folder, recursive=True) == []  # nothing left to remove


def test_start_up_removes_them_too(live_pid):
    from app.recording.recovery import recover_all
    from app.session import create_session

    session = create_session("Start-up temp files conference")
    stale = killed_while_writing(session.info_path)
    recover_all()
    assert not stale.exists()
