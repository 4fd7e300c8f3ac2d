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


def _tesseract_folder(root: Path, program: str = "tesseract.exe") -> Path:
    """A folder laid out as UB Mannheim's Windows installer makes it (C:\\Program Files\\Tesseract-OCR)."""
    folder = root / "Tesseract-OCR"
    for name in (program, "libtesseract-5.dll", "libleptonica-6.dll", "text2image.exe", "LICENSE"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"x")
    for name in ("eng.traineddata", "fra.traineddata", "osd.traineddata", "configs/tsv", "configs/hocr"):
        (folder / "tessdata" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "tessdata" / name).write_bytes(b"x")
    return folder


def _carried(made) -> dict[str, str]:
    (analysis,) = [t for t in made if t.kind == "Analysis"]
    return {Path(src).name: dest for src, dest in analysis.kwargs["datas"] if dest.startswith("tesseract")}


def test_the_windows_build_carries_tesseract_beside_the_app(monkeypatch, tmp_path, capsys):
    folder = _tesseract_folder(tmp_path)
    monkeypatch.setenv("FAIRMINUTES_TESSERACT_DIR", str(folder))
    carried = _carried(load_spec(monkeypatch, "win32"))
    # where app/minutes/ocr.py looks: tesseract/tesseract.exe beside the app, its model under tessdata
    assert carried == {"tesseract.exe": "tesseract", "libtesseract-5.dll": "tesseract",
                       "libleptonica-6.dll": "tesseract", "LICENSE": "tesseract",
                       "eng.traineddata": "tesseract/tessdata", "tsv": "tesseract/tessdata/configs",
                       "hocr": "tesseract/tessdata/configs"}  # not the training tools, not other languages
    assert "carrying Tesseract OCR" in capsys.readouterr().out


def test_a_windows_build_without_tesseract_says_so(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("FAIRMINUTES_TESSERACT_DIR", str(tmp_path / "nowhere"))
    assert _carried(load_spec(monkeypatch, "win32")) == {}
    said = capsys.readouterr().out
    assert "WARNING" in said and "cannot read scanned or photographed minutes" in said and "UB-Mannheim" in said
    monkeypatch.setenv("FAIRMINUTES_REQUIRE_TESSERACT", "1")  # a release build stops instead
    with pytest.raises(SystemExit, match="Tesseract OCR was not found"):
        load_spec(monkeypatch, "win32")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="copies this machine's tesseract program")
def test_the_carried_tesseract_reads_with_its_own_model(monkeypatch, tmp_path):
    """The spec's selection, laid out as the bundle has it, found by app/minutes/ocr.py beside the app
    and reading with the model it carries (the system's model path is made useless)."""
    import shutil

    from PIL import Image, ImageDraw, ImageFont

    from app.minutes import ocr

    system = shutil.which("tesseract")
    if system is None:
        pytest.skip("Tesseract OCR is not installed")
    tessdata = next(p for p in Path("/usr/share/tesseract-ocr").glob("*/tessdata") if (p / "eng.traineddata").exists())
    folder = tmp_path / "Tesseract-OCR"
    shutil.copytree(tessdata, folder / "tessdata")
    shutil.copy(system, folder / "tesseract")
    monkeypatch.setenv("FAIRMINUTES_TESSERACT_DIR", str(folder))
    (analysis,) = [t for t in load_spec(monkeypatch, "linux") if t.kind == "Analysis"]
    bundle = tmp_path / "FairMinutes" / "_internal"
    for src, dest in analysis.kwargs["datas"]:
        if dest.startswith("tesseract"):
            (bundle / dest).mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, bundle / dest)
    monkeypatch.delenv("FAIRMINUTES_TESSERACT", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path / "no-model-here"))
    assert ocr.tesseract() == str(bundle / "tesseract" / "tesseract")
    page = Image.new("L", (1400, 300), 255)
    ImageDraw.Draw(page).text((60, 100), "The review meeting is on Thursday.", font=ImageFont.load_default(size=48),
                              fill=0)
    words = [r["text"] for r in ocr.read_image_runs(page, 1)]
    assert "Thursday." in words, words
