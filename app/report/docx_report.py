"""The report as a Word document (python-docx): A4, heading styles (Word's navigation pane lists
them), findings in a table."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_UNDERLINE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from app.report.layout import pieces, render
from app.report.report import ReportData
from app.safefile import output_file


def a4(document) -> None:
    for section in document.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(18)
        section.top_margin = section.bottom_margin = Mm(18)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)


class DocxWriter:
    def __init__(self):
        self.doc = Document()
        a4(self.doc)

    def title(self, text: str, subtitle: str) -> None:
        self.doc.add_heading(text, level=0)
        p = self.doc.add_paragraph(subtitle)
        p.runs[0].font.size = Pt(13)
        p.runs[0].font.color.rgb = RGBColor(0x44, 0x44, 0x44)

    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_heading(text, level=level)

    def para(self, text: str, bold: bool = False, small: bool = False, italic: bool = False) -> None:
        p = self.doc.add_paragraph()
        for run in _runs(p, text):
            run.bold, run.italic = bold, italic
            if small:
                run.font.size = Pt(10)
        p.paragraph_format.space_after = Pt(3 if small else 6)

    def table(self, headers: list[str], rows: list[list[str]], widths: list[float]) -> None:
        has_header = any(headers)
        table = self.doc.add_table(rows=(1 if has_header else 0) + len(rows), cols=len(widths))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        all_rows = ([headers] if has_header else []) + rows
        for r, values in enumerate(all_rows):
            for c, value in enumerate(values):
                cell = table.rows[r].cells[c]
                cell.width = Mm(widths[c])
                cell.text = ""
                lines = str(value).split("\n")
                par = cell.paragraphs[0]
                for k, line in enumerate(lines):
                    if k:
                        par = cell.add_paragraph()
                    for run in _runs(par, line):
                        run.font.size = Pt(10)
                        run.bold = (has_header and r == 0) or (not has_header and c == 0)
                if has_header and r == 0:
                    _shade(cell, "E8EEF4")
            if has_header and r == 0:
                _repeat_header(table.rows[0])
        self.doc.add_paragraph()

    def page_break(self) -> None:
        self.doc.add_page_break()


def _runs(paragraph, text: str) -> list:
    """The text as runs; words the recogniser was unsure of (layout.MARK) grey, dotted underline."""
    runs = []
    for part, unsure in pieces(text) or [("", False)]:
        run = paragraph.add_run(part)
        if unsure:
            run.font.underline = WD_UNDERLINE.DOTTED
            run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        runs.append(run)
    return runs


def _shade(cell, hex_colour: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    cell._tc.get_or_add_tcPr().append(shd)


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def write_docx(data: ReportData, out: Path) -> Path:
    w = DocxWriter()
    render(data, w)
    w.doc.core_properties.title = f"Discrepancy report: {data.title}"
    w.doc.core_properties.author = data.prepared_by or "FairMinutes"
    with output_file(out) as f:
        w.doc.save(f)
    return out
