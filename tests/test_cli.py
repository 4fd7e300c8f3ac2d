import subprocess
import sys
from pathlib import Path

from app.cli import main
from app.session import create_session
from app.version import __version__

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True)


def test_version():
    r = run_cli("--version")
    assert r.returncode == 0 and __version__ in r.stdout


def test_help_lists_commands():
    r = run_cli("--help")
    assert r.returncode == 0 and "sessions" in r.stdout


def test_sessions_table(capsys, fairminutes_home):
    assert main(["sessions"]) == 0
    assert "No conferences yet" in capsys.readouterr().out
    create_session("Review for Mia", kind="RCPC", date="2026-01-02")
    assert main(["sessions"]) == 0
    out = capsys.readouterr().out
    assert "Review for Mia" in out and "RCPC" in out and "2026-01-02" in out
