"""The same report as a PDF, written by the app itself with fpdf2 (pure Python; no office suite
needed). DejaVu Sans, shipped in resources/fonts, covers the curly quotes and accents of names."""

from __future__ import annotations

import re
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

from app.report.layout import MARK, render
from app.report.report import ReportData
from app.safefile import write_output
from resources import path as resource

# Readable sizes (issue #16): body 11 pt, tables and the transcript 10 pt, footer 9 pt, dark grey.
BODY_PT, SMALL_PT, TABLE_PT, FOOTER_PT = 11, 10, 10, 9


class _PDF(FPDF):
    # Markdown only for the words the recogniser was unsure of (layout.MARK, underlined): every other
    # marker is a private-use pair no transcript holds, so "--" or "**" in a quote stay as said.
    MARKDOWN_BOLD_MARKER = "\ue001\ue001"
    MARKDOWN_ITALICS_MARKER = "\ue002\ue002"
    MARKDOWN_STRIKETHROUGH_MARKER = "\ue003\ue003"
    MARKDOWN_UNDERLINE_MARKER = MARK
    MARKDOWN_MARKERS = (MARKDOWN_BOLD_MARKER, MARKDOWN_ITALICS_MARKER, MARKDOWN_STRIKETHROUGH_MARKER, MARK)
    MARKDOWN_ESCAPE_CHARACTER = "\ue004"
    MARKDOWN_LINK_REGEX = re.compile(r"(?!)")

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", size=FOOTER_PT)
        self.set_text_color(60)
        self.cell(0, 8, f"FairMinutes discrepancy report - page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0)


class PdfWriter:
    def __init__(self):
        self.pdf = _PDF(format="A4")
        self.pdf.set_margins(18, 18, 18)
        self.pdf.set_auto_page_break(True, margin=18)
        self.pdf.add_font("DejaVu", "", str(resource("fonts", "DejaVuSans.ttf")))
        self.pdf.add_font("DejaVu", "B", str(resource("fonts", "DejaVuSans-Bold.ttf")))
        self.pdf.add_font("DejaVu", "I", str(resource("fonts", "DejaVuSans.ttf")))
        self.pdf.add_font("DejaVu", "BI", str(resource("fonts", "DejaVuSans-Bold.ttf")))
        self.pdf.alias_nb_pages()
        self.pdf.add_page()

    def title(self, text: str, subtitle: str) -> None:
        self.pdf.set_font("DejaVu", "B", 22)
        self.pdf.multi_cell(0, 11, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.set_font("DejaVu", "", 12)
        self.pdf.set_text_color(70)
        self.pdf.multi_cell(0, 7, subtitle, new_x="LMARGIN", new_y="NEXT")
        self.pdf.set_text_color(0)
        self.pdf.ln(4)

    def heading(self, text: str, level: int = 1) -> None:
        if self.pdf.will_page_break(30):  # a heading never sits alone at the foot of a page
            self.pdf.add_page()
        self.pdf.ln(3)
        self.pdf.set_font("DejaVu", "B", 16 if level == 1 else 13)
        self.pdf.start_section(text, level=level - 1)
        self.pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(1)

    def para(self, text: str, bold: bool = False, small: bool = False, italic: bool = False) -> None:
        self.pdf.set_font("DejaVu", "B" if bold else "", SMALL_PT if small else BODY_PT)
        if italic:
            self.pdf.set_text_color(60)
        self.pdf.multi_cell(0, 5.0 if small else 5.8, text, new_x="LMARGIN", new_y="NEXT", markdown=MARK in text)
        self.pdf.set_text_color(0)
        self.pdf.ln(1 if small else 2)

    def table(self, headers: list[str], rows: list[list[str]], widths: list[float]) -> None:
        self.pdf.set_font("DejaVu", "", TABLE_PT)
        has_header = any(headers)
        with self.pdf.table(col_widths=widths, width=sum(widths), first_row_as_headings=has_header,
                            headings_style=FontFace(emphasis="BOLD", fill_color=(232, 238, 244)),
                            line_height=5.0, text_align="LEFT", padding=1.5, markdown=True) as table:
            for values in ([headers] if has_header else []) + rows:
                row = table.row()
                for c, value in enumerate(values):
                    row.cell(str(value), style=FontFace(emphasis="BOLD") if not has_header and c == 0 else None)
        self.pdf.ln(3)

    def page_break(self) -> None:
        self.pdf.add_page()


def write_pdf(data: ReportData, out: Path) -> Path:
    w = PdfWriter()
    render(data, w)
    w.pdf.set_title(f"Discrepancy report: {data.title}")
    w.pdf.set_author(data.prepared_by or "FairMinutes")
    write_output(out, bytes(w.pdf.output()))  # laid out in memory first; only the writing is on disk
    return out
