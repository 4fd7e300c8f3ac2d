"""Sections added to the report as plain data come out in both the .docx and the PDF, in place."""

import docx
import pypdfium2

from app.report.docx_report import write_docx
from app.report.pdf_report import write_pdf
from app.report.report import ReportData, ReportSection


def bare_report(sections) -> ReportData:
    return ReportData("Invented conference", "ICPC", "3 March 2025", "Testshire", "", "today", [], {}, 0, 0,
                      [], [], [], "", False, sections=sections)


SECTIONS = [
    ReportSection("Zebra crossing matters", ["The lollipop person arrived late twice."],
                  [["When", "What"], ["0:05", "Quokka count given"], ["1:10", "Marmalade agreed"]]),
    ReportSection("Custody of the kettle", ["The kettle was boiled at noon."], level=2, place="appendix"),
]


def test_sections_in_docx_before_findings_and_in_appendix(tmp_path):
    out = write_docx(bare_report(SECTIONS), tmp_path / "r.docx")
    d = docx.Document(str(out))
    headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert headings.index("Zebra crossing matters") < headings.index("The findings")
    assert headings.index("Custody of the kettle") > headings.index("Appendix B: integrity")
    assert next(p for p in d.paragraphs if p.text == "Custody of the kettle").style.name == "Heading 2"
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    assert "Quokka count given" in cells and "Marmalade agreed" in cells
    assert any(p.text == "The lollipop person arrived late twice." for p in d.paragraphs)


def test_sections_in_pdf_in_order(tmp_path):
    out = write_pdf(bare_report(SECTIONS), tmp_path / "r.pdf")
    pdf = pypdfium2.PdfDocument(str(out))
    text = " ".join(" ".join(p.get_textpage().get_text_range().split()) for p in pdf)
    assert text.index("Zebra crossing matters") < text.index("The findings")
    assert text.index("Custody of the kettle") > text.index("Appendix B: integrity")
    assert "Marmalade agreed" in text and "The kettle was boiled at noon." in text


def invented_section_maker(session):
    return [ReportSection("Teapot provenance", [f"Made for {session}."])]


def test_section_makers_are_called_with_the_session(monkeypatch):
    from app.report import report

    monkeypatch.setattr(report, "SECTION_MAKERS", ["tests.test_report_sections:invented_section_maker"])
    assert [s.paragraphs for s in report.sections_for("the owl")] == [["Made for the owl."]]
