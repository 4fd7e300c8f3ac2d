"""The report, the PDF, the bundle and the letter, opened and read back; and the demo end to end."""

import hashlib
import json
import zipfile
from pathlib import Path

import docx
import pypdfium2
import pytest

from app.report.bundle import verify
from app.safefile import sha256_file


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    import os

    from app.demo import run_demo

    out = tmp_path_factory.mktemp("demo")
    saved = os.environ.get("FAIRMINUTES_HOME")
    try:
        paths = run_demo(out, say=lambda *_: None)
    finally:
        if saved is not None:
            os.environ["FAIRMINUTES_HOME"] = saved
    return paths


def findings_of(paths):
    return json.loads((paths["session"] / "findings.json").read_text())["findings"]


def docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    pdf = pypdfium2.PdfDocument(str(path))
    return "\n".join(page.get_textpage().get_text_range() for page in pdf)


def test_demo_finds_the_planted_discrepancies(demo):
    kinds = {f["kind"] for f in findings_of(demo)}
    assert {"changed_detail", "not_said", "contradicted", "omitted"} <= kinds


def test_report_docx_holds_findings_hashes_and_transcript(demo):
    text = docx_text(demo["report"])
    from app.compare.comparer import clock

    for f in findings_of(demo):
        if f["minutes_text"]:
            assert f["minutes_text"] in text
        for e in f["evidence"]:
            assert f"[{clock(e['start'])}]" in text
            assert e["text"][:40] in text
    session = demo["session"]
    assert sha256_file(session / "transcript.json") in text
    assert sha256_file(next((session / "audio").iterdir())) in text
    assert "Appendix A: the full transcript" in text and "sha256sum FILE" in text
    d = docx.Document(str(demo["report"]))
    assert any(p.style.name.startswith("Heading") for p in d.paragraphs)  # navigation pane
    section = d.sections[0]
    assert abs(section.page_width.mm - 210) < 1 and abs(section.page_height.mm - 297) < 1  # A4


def test_report_pdf_says_the_same(demo):
    text = pdf_text(demo["pdf"])
    norm = " ".join(text.split())
    for f in findings_of(demo):
        if f["minutes_text"]:
            assert " ".join(f["minutes_text"].split())[:40] in norm
    assert sha256_file(demo["session"] / "transcript.json")[:32] in norm.replace(" ", "")


def test_bundle_manifest_matches_its_files(demo):
    assert verify(demo["bundle"]) == []
    with zipfile.ZipFile(demo["bundle"]) as z:
        names = z.namelist()
        manifest = json.loads(z.read("manifest.json"))
        assert any(n.startswith("clips/") and n.endswith(".wav") for n in names)
        assert {"transcript.txt", "transcript.json", "notes.csv", "minutes/minutes.docx"} <= set(names)
        original = (Path(__file__).resolve().parent.parent / "resources/demo/minutes.docx").read_bytes()
        assert z.read("minutes/minutes.docx") == original  # byte for byte
        for name, digest in manifest["files"].items():
            assert hashlib.sha256(z.read(name)).hexdigest() == digest


def test_letter_lists_confirmed_findings(demo):
    text = docx_text(demo["letter"])
    assert "Dear Chair" in text and "corrected" in text
    confirmed = [f for f in findings_of(demo) if f["confidence"] >= 0.6 and f["minutes_text"]]
    assert confirmed and all(f["minutes_text"] in text for f in confirmed)


def test_cli_compare_writes_a_report(test_data, tmp_path):
    import subprocess
    import sys

    folder = test_data / "conferences/dev-b"
    out = tmp_path / "r.docx"
    r = subprocess.run([sys.executable, "-m", "app.cli", "compare", str(folder / "minutes.docx"),
                        str(folder / "script.txt"), "--json", str(tmp_path / "f.json"), "--report", str(out)],
                       cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "Mr Cole admitted that he had been drinking heavily at times." in docx_text(out)


def test_each_clip_is_the_quoted_words_and_a_second_either_side(demo):
    import io

    import soundfile as sf

    with zipfile.ZipFile(demo["bundle"]) as z:
        clips = [sf.info(io.BytesIO(z.read(n))).duration for n in z.namelist() if n.startswith("clips/")]
    spans = [max(e["end"] for e in f["evidence"]) + 1.0 - max(0.0, min(e["start"] for e in f["evidence"]) - 1.0)
             for f in findings_of(demo) if f["evidence"]]
    assert clips and all(any(abs(c - s) < 0.05 for s in spans) for c in clips), (clips, spans)


def test_the_demos_changed_detail_quotes_the_rival_frequency(demo):
    # Issue #16: the "monthly" finding quoted the nursery passage ("four days a week").
    [f] = [f for f in findings_of(demo) if f["kind"] == "changed_detail"]
    said = " ".join(e["text"] for e in f["evidence"])
    assert "every week" in said and "days a week" not in said and "every week" in f["explanation"]
