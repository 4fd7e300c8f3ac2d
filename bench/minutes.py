"""Reading speed of a 40-page minutes PDF (made here with fpdf2: running header and footer, page
numbers, headings, paragraphs and ruled Agency/Information tables, as council minutes have).

    .venv/bin/python bench/minutes.py [--pages 40]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PARA = ("The Social Worker reported that she had visited the family home on six occasions since the last "
        "conference, four of them unannounced, and that the home was clean and tidy on each visit. Ms Doyle "
        "said that she had completed the parenting course and asked for this to be recorded. ")


def make_pdf(path: Path, pages: int) -> None:
    from fpdf import FPDF

    class Minutes(FPDF):
        def header(self):
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, "Westshire Council - Review Child Protection Conference - CONFIDENTIAL", align="C")
            self.ln(10)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Minutes(format="A4")
    pdf.alias_nb_pages()
    section = 0
    while pdf.page_no() < pages or pdf.page_no() == 0:
        if pdf.page_no() == 0:
            pdf.add_page()
        section += 1
        pdf.set_font("Helvetica", style="B", size=13)
        pdf.cell(0, 10, f"{section}. Information shared", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        for _ in range(3):
            pdf.multi_cell(0, 5, PARA * 2, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        with pdf.table(col_widths=(50, 130)) as table:
            table.row(("Agency", "Information shared"))
            for agency in ("Children's Social Care", "Health Visiting", "School"):
                table.row((agency, PARA))
        pdf.ln(4)
    pdf.output(str(path))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=40)
    args = ap.parse_args()
    from app.minutes.importer import read_minutes

    path = Path(tempfile.mkdtemp()) / "minutes-40.pdf"
    make_pdf(path, args.pages)
    import pypdfium2

    n = len(pypdfium2.PdfDocument(str(path)))
    times = []
    for _ in range(3):
        t = time.perf_counter()
        m = read_minutes(path)
        times.append(time.perf_counter() - t)
    print(f"{n}-page minutes PDF: {len(m.statements)} statements, {len(m.sections)} sections; "
          f"read in {min(times):.2f} s (best of 3), {sorted(times)[1]:.2f} s (median)")


if __name__ == "__main__":
    main()
