"""The PyInstaller spec, read with PyInstaller's names stubbed (no build): two programs from one
folder, a windowed one for the app and a console one for the command line (issue #21: on Windows
the app was a console build with a black window behind it), and the macOS microphone prompt."""

import sys
import types
from pathlib import Path

import pytest

SPEC = Path(__file__).resolve().parent.parent / "packaging" / "fairminutes.spec"


class Target:
    def __init__(self, kind, *args, **kwargs):
        self.kind, self.args, self.kwargs = kind, args, kwargs


def load_spec(monkeypatch, platform="win32"):
    made: list[Target] = []

    def stub(kind):
        def make(*args, **kwargs):
            t = Target(kind, *args, **kwargs)
            made.append(t)
            return t
        return make

    analysis = stub("Analysis")

    def Analysis(scripts, **kwargs):  # noqa: N802  PyInstaller's name
        a = analysis(scripts, **kwargs)
        names = [Path(s).stem for s in scripts]
        # As PyInstaller lays it out: its bootstrap and runtime hooks, then each entry script.
        a.scripts = [("pyiboot01_bootstrap", "x", "PYSOURCE"), ("pyi_rth_pyside6", "x", "PYSOURCE")] + [
            (n, s, "PYSOURCE") for n, s in zip(names, scripts, strict=True)]
        a.pure, a.binaries, a.datas = [], [], []
        return a

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda *a, **k: []
    hooks.collect_dynamic_libs = lambda *a, **k: []
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    names = {"SPECPATH": str(SPEC.parent), "Analysis": Analysis, "PYZ": stub("PYZ"), "EXE": stub("EXE"),
             "COLLECT": stub("COLLECT"), "BUNDLE": stub("BUNDLE"), "MERGE": stub("MERGE"), "__file__": str(SPEC)}
    exec(compile(SPEC.read_text(), str(SPEC), "exec"), names)
    return made


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_spec_defines_a_windowed_app_and_a_console_command_line(monkeypatch, platform):
    made = load_spec(monkeypatch, platform)
    exes = [t for t in made if t.kind == "EXE"]
    assert len(exes) == 2
    by_console = {t.kwargs["console"]: t for t in exes}
    assert set(by_console) == {False, True}
    app, cli = by_console[False], by_console[True]
    assert app.kwargs["name"] == "fairminutes-app" and cli.kwargs["name"] == "fairminutes"
    assert app.kwargs["name"].lower() != cli.kwargs["name"].lower()  # Windows and macOS ignore case
    # Each runs its own launcher, and both keep PyInstaller's bootstrap.
    scripts = {t.kwargs["name"]: [s[0] for s in t.args[1]] for t in exes}
    assert scripts["fairminutes-app"][-1] == "app_launcher" and "launcher" not in scripts["fairminutes-app"]
    assert scripts["fairminutes"][-1] == "launcher" and "app_launcher" not in scripts["fairminutes"]
    assert all("pyiboot01_bootstrap" in s for s in scripts.values())
    (coll,) = [t for t in made if t.kind == "COLLECT"]
    assert coll.args[0] is app and cli in coll.args  # one folder; the macOS bundle runs the first
    bundles = [t for t in made if t.kind == "BUNDLE"]
    if platform == "darwin":
        (bundle,) = bundles
        assert "on this computer only" in bundle.kwargs["info_plist"]["NSMicrophoneUsageDescription"]
    else:
        assert not bundles


def test_spec_bundles_what_the_built_app_reaches_by_name(monkeypatch):
    from app.report.report import SECTION_MAKERS

    (analysis,) = [t for t in load_spec(monkeypatch) if t.kind == "Analysis"]
    hidden = analysis.kwargs["hiddenimports"]
    assert SECTION_MAKERS and all(m.partition(":")[0] in hidden for m in SECTION_MAKERS)
    # python-docx opens docx/parts/../templates/default-footer.xml: docx/parts must be a real folder.
    (parts,) = [src for src, dest in analysis.kwargs["datas"] if dest == "docx/parts"]
    assert Path(parts).is_file()


def test_the_windowed_launcher_survives_having_no_console(tmp_path):
    import subprocess

    launcher = SPEC.parent / "app_launcher.py"
    code = ("import sys, runpy; sys.stdout = sys.stderr = None; import app.cli_commands as c; "
            "c.start_desktop = lambda: (print('printing is safe'), sys.stderr.write('so is stderr'), 0)[2]; "
            f"runpy.run_path({str(launcher)!r}, run_name='__main__')")
    done = subprocess.run([sys.executable, "-c", code], cwd=SPEC.parent.parent, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
