"""The test suite keeps its logs to itself (issue #22): the commands it runs inherit a temporary
log folder (tests/conftest.py), and the user's own ~/.local/state/FairMinutes is checked untouched
at the end of the run."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_command_run_without_its_own_settings_logs_into_the_tests_folder(tmp_path, private_log_folder,
                                                                           users_log_untouched):
    minutes = tmp_path / "damaged minutes.docx"
    with zipfile.ZipFile(minutes, "w") as z:  # a reader falls over on it: its traceback is logged
        z.writestr("word/document.xml", "<w:document>")
    out = tmp_path / "statements.json"
    # The environment as the test has it, nothing added: what a test that forgets XDG_STATE_HOME does.
    r = subprocess.run([sys.executable, "-m", "app.cli", "minutes", str(minutes), "--json", str(out)],
                       cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, timeout=120)
    err = r.stderr.decode()
    assert r.returncode != 0 and len(err.strip().splitlines()) == 1, err
    log = private_log_folder / "fairminutes.log"
    assert f"The details are in {log}." in err
    assert "damaged minutes.docx" in log.read_text()
    assert private_log_folder.is_relative_to(tmp_path) and not users_log_untouched.is_relative_to(tmp_path)
