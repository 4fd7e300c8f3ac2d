"""Nothing leaves the laptop: every network system call of the real commands, traced.

onnxruntime's telemetry is native code, so a Python socket hook would not see it; strace sees every
connect/sendto the process and its threads make. Any address that is not this machine's loopback,
and any DNS query (port 53, wherever it goes), fails the test.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo"

pytestmark = pytest.mark.skipif(shutil.which("strace") is None,
                                reason="strace is not installed (scripts/system-deps.sh test installs it)")

SEND = re.compile(r"\b(connect|sendto|sendmsg|sendmmsg)\((.*)")
INET = re.compile(r'sa_family=AF_INET6?, sin6?_port=htons\((\d+)\).*?(?:inet_addr|inet_pton)\((?:AF_INET6?, )?"([^"]+)"')


def outside_calls(trace: str) -> list[str]:
    """The traced calls that reach beyond this machine, or ask a name server anything."""
    bad = []
    for line in trace.splitlines():
        m = SEND.search(line)
        if not m or "AF_UNIX" in line or "AF_NETLINK" in line:
            continue
        addr = INET.search(line)
        if addr is None:
            # a send on a connected socket names no address: judged at its connect
            if "sa_family=AF_INET" in line:
                bad.append(line.strip())
            continue
        port, host = int(addr.group(1)), addr.group(2)
        loopback = host.startswith("127.") or host in ("::1", "::ffff:127.0.0.1")
        if port == 53 or not loopback:
            bad.append(line.strip())
    return bad


def test_outside_calls_reads_strace_lines():
    """The checker itself must be able to fail: a DNS query and an outside connect are caught."""
    dns = ('42 connect(8, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.255.255.53")}, 16) = 0')
    web = ('42 connect(9, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), '
           'inet_pton(AF_INET6, "2603:1030::1", &sin6_addr), sin6_scope_id=0}, 28) = -1')
    local = ('42 connect(5, {sa_family=AF_INET, sin_port=htons(4713), sin_addr=inet_addr("127.0.0.1")}, 16) = 0')
    unix = '42 connect(3, {sa_family=AF_UNIX, sun_path="/run/user/0/pulse/native"}, 110) = 0'
    assert outside_calls("\n".join([dns, web, local, unix])) == [dns, web]


def traced(args: list[str], tmp_path: Path, seconds: int = 600) -> tuple[subprocess.CompletedProcess, str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ORT_", "HF_", "DO_NOT_TRACK"))}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), FAIRMINUTES_HOME=str(tmp_path / "fm"),
               QT_QPA_PLATFORM="offscreen")
    log = tmp_path / "strace.txt"
    r = subprocess.run(["strace", "-f", "-qq", "-e", "trace=network", "-o", str(log),
                        "timeout", str(seconds), sys.executable, "-m", "app.cli", *args],
                       cwd=tmp_path, env=env, capture_output=True, text=True)
    return r, log.read_text(errors="replace")


@pytest.mark.slow
@pytest.mark.parametrize("command", ["transcribe", "compare-audio", "minutes", "demo"])
def test_commands_make_no_outside_connection(command, tmp_path):
    audio, minutes = DEMO / "audio.flac", DEMO / "minutes.docx"
    args = {
        "transcribe": ["transcribe", str(audio), "--json", str(tmp_path / "t.json")],
        "compare-audio": ["compare", str(minutes), str(audio), "--json", str(tmp_path / "f.json")],
        "minutes": ["minutes", str(minutes), "--json", str(tmp_path / "m.json")],
        "demo": ["demo", "--out", str(tmp_path / "demo")],
    }[command]
    r, trace = traced(args, tmp_path)
    assert r.returncode == 0, r.stderr
    assert outside_calls(trace) == []
    # nor a device id or queued events left behind for a later upload
    assert not (tmp_path / "home" / ".cache" / "Microsoft").exists()


@pytest.mark.slow
def test_desktop_app_start_makes_no_outside_connection(tmp_path):
    pytest.importorskip("PySide6")
    r, trace = traced([], tmp_path, seconds=8)
    if r.returncode != 124 and "strace: ptrace(" in r.stderr:
        # strace's own race with a thread stopping as the timeout lands ("ptrace(PTRACE_LISTEN, ...):
        # Input/output error", once in a loaded full run): its exit says nothing of the app; once more
        r, trace = traced([], tmp_path, seconds=8)
    assert r.returncode == 124, r.stderr  # still running when stopped: it really started
    assert "Traceback" not in r.stderr
    assert outside_calls(trace) == []
