"""The report is readable: PDF font sizes read back from the file, outline entries, .docx styles."""

import docx
import pypdfium2
import pypdfium2.raw as pdfium
import pytest
from docx.enum.text import WD_UNDERLINE

from app.compare.findings import Finding
from app.compare.turns import Turn
from app.report.docx_report import write_docx
from app.report.layout import METHOD
from app.report.pdf_report import write_pdf
from app.report.report import ReportData, ReportFinding


def invented_report() -> ReportData:
    f1 = Finding("f1", "changed_detail", "The gardener waters the ferns monthly.",
                 [{"start": 12.0, "end": 15.0, "speaker": "Gardener", "text": "I water the ferns every week."}],
                 0.8, "The minutes say monthly; the gardener said every week.", statement=0)
    f2 = Finding("f2", "not_said", "The owl agreed to move out.",
                 [{"start": 40.0, "end": 44.0, "speaker": "Owl", "text": "I like my tree."}],
                 0.7, "Nobody said the owl agreed to move.", statement=1)
    findings = [ReportFinding(1, f1, "confirmed", "Checked at 0:12."), ReportFinding(2, f2, "unreviewed", "")]
    turns = [Turn(i, i * 5.0, i * 5.0 + 4, "Gardener" if i % 2 else "Owl", f"Invented sentence number {i}.")
             for i in range(40)]
    notes = [{"t": 13.0, "author": "Friend", "tag": "disagree", "text": "He said weekly."}]
    return ReportData("Invented garden conference", "ICPC", "3 March 2025", "Testshire", "A parent", "today",
                      findings, {"changed_detail": 1, "not_said": 1}, 1, 12, notes, turns,
                      [("Recording", "recording.wav", "ab" * 32)], "tiny.en", True)


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory):
    return write_pdf(invented_report(), tmp_path_factory.mktemp("pdf") / "report.pdf")


def char_sizes(path) -> list[tuple[str, float]]:
    """(character, font size in points) of every printed character, read back from the PDF."""
    out = []
    pdf = pypdfium2.PdfDocument(str(path))
    for page in pdf:
        tp = page.get_textpage()
        for i in range(tp.count_chars()):
            ch = chr(pdfium.FPDFText_GetUnicode(tp.raw, i))
            if ch.strip():
                out.append((ch, pdfium.FPDFText_GetFontSize(tp.raw, i)))
    return out


def test_pdf_smallest_text_is_at_least_9pt_and_body_11pt(pdf_path):
    sizes = char_sizes(pdf_path)
    assert min(s for _, s in sizes) >= 9
    text = "".join(c for c, _ in sizes)
    body = "".join(METHOD.split())[:60]  # the method paragraph is body text
    at = text.index(body)
    assert min(s for _, s in sizes[at: at + len(body)]) >= 11


def test_pdf_headings_are_outline_entries(pdf_path):
    toc = [item.get_title() for item in pypdfium2.PdfDocument(str(pdf_path)).get_toc()]
    assert {"Summary", "The findings", "Appendix A: the full transcript", "Appendix B: integrity"} <= set(toc)


def test_docx_uses_heading_and_table_styles(tmp_path):
    d = docx.Document(str(write_docx(invented_report(), tmp_path / "r.docx")))
    assert {"Heading 1", "Title"} <= {p.style.name for p in d.paragraphs}
    assert d.tables and all(t.style.name == "Table Grid" for t in d.tables)
    assert d.styles["Normal"].font.size.pt >= 11
    sizes = [r.font.size.pt for p in d.paragraphs for r in p.runs if r.font.size is not None]
    sizes += [r.font.size.pt for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs
              for r in p.runs if r.font.size is not None]
    assert min(sizes) >= 10


def pdf_words(path) -> str:
    return " ".join(" ".join(p.get_textpage().get_text_range().split()) for p in pypdfium2.PdfDocument(str(path)))


def test_confirmed_and_not_yet_checked_are_apart(pdf_path):
    text = pdf_words(pdf_path)
    conf, unchecked = text.index("Confirmed by listening"), text.index("Not yet checked Fair")
    assert conf < text.index("The gardener waters the ferns monthly.") < unchecked
    assert unchecked < text.index("The owl agreed to move out.")


def unsure_report() -> ReportData:
    from app.compare.findings import Evidence
    from app.compare.turns import from_transcript

    words = [(0.0, 0.4, " I", 0.9), (0.4, 0.8, " water", 0.9), (0.8, 1.2, " the", 0.9),
             (1.2, 1.8, " furns", 0.2), (1.8, 2.4, " weekly.", 0.9)]
    turns = from_transcript({"segments": [{"start": 0.0, "end": 2.4, "speaker": None, "text": "I water the furns weekly.",
                                           "words": [{"start": a, "end": b, "word": w, "probability": p}
                                                     for a, b, w, p in words]}]})
    d = invented_report()
    d.turns = turns
    d.findings[0].finding.evidence = [Evidence(0.0, 2.4, None, "I water the furns weekly.")]
    return d


def test_unsure_words_are_marked_and_explained_once(tmp_path):
    d = docx.Document(str(write_docx(unsure_report(), tmp_path / "u.docx")))
    runs = [r for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs]
    marked = [r.text for r in runs if r.font.underline == WD_UNDERLINE.DOTTED]
    assert marked == ["furns"]
    text = "\n".join(p.text for p in d.paragraphs)
    assert text.count("automatic transcript was unsure of") == 1
    pdf = pdf_words(write_pdf(unsure_report(), tmp_path / "u.pdf"))
    assert "“I water the furns weekly.”" in pdf and "\ue000" not in pdf
    assert pdf.count("automatic transcript was unsure of") == 1


def test_markdown_like_text_is_printed_as_it_is(tmp_path):
    d = invented_report()
    d.findings[0].finding.evidence = [type(d.findings[0].finding.evidence[0])(
        12.0, 15.0, "Gardener", "I said -- twice -- that **nobody** waters __the__ ferns [here](there) \\o/.")]
    text = pdf_words(write_pdf(d, tmp_path / "m.pdf"))
    assert "I said -- twice -- that **nobody** waters __the__ ferns [here](there) \\o/." in text
