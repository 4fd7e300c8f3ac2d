"""Reading speed of a 40-page minutes PDF (made here with fpdf2: running header and footer, page
numbers, headings, paragraphs and ruled Agency/Information tables, as council minutes have), and of
a 200-page Word document (a heading and six paragraphs a page), and the OCR time per page of a scan
(the PDF's first pages rendered at 200 dpi and rebuilt as an image-only PDF; target: 3 s a page).

    .venv/bin/python bench/minutes.py [--pages 40] [--docx-pages 200] [--ocr-pages 3]
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


def make_docx(path: Path, pages: int) -> None:
    import docx

    d = docx.Document()
    for i in range(pages):
        d.add_heading(f"{i + 1}. Section {i + 1}", level=2)
        for _ in range(6):
            d.add_paragraph("The Social Worker reported that the home was clean and tidy on each visit. " * 2)
        d.add_page_break()
    d.save(str(path))


def best_and_median(path: Path):
    from app.minutes.importer import read_minutes

    times = []
    for _ in range(3):
        t = time.perf_counter()
        m = read_minutes(path)
        times.append(time.perf_counter() - t)
    return m, f"read in {min(times):.2f} s (best of 3), {sorted(times)[1]:.2f} s (median)"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--docx-pages", type=int, default=200)
    ap.add_argument("--ocr-pages", type=int, default=3)
    args = ap.parse_args()
    path = Path(tempfile.mkdtemp()) / "minutes-40.pdf"
    make_pdf(path, args.pages)
    import pypdfium2

    n = len(pypdfium2.PdfDocument(str(path)))
    m, took = best_and_median(path)
    print(f"{n}-page minutes PDF: {len(m.statements)} statements, {len(m.sections)} sections; {took}")
    if args.ocr_pages:
        scan = path.with_name("scan.pdf")
        pdf = pypdfium2.PdfDocument(str(path))
        images = [pdf[i].render(scale=200 / 72).to_pil().convert("RGB") for i in range(min(args.ocr_pages, n))]
        pdf.close()
        images[0].save(scan, save_all=True, append_images=images[1:], resolution=200)
        import os

        from app.minutes.importer import read_minutes

        t, c = time.perf_counter(), os.times()
        m = read_minutes(scan)
        took = (time.perf_counter() - t) / len(images)
        # the processor time Tesseract itself used: on this shared machine the wall clock mostly waits
        cpu = sum(getattr(os.times(), k) - getattr(c, k) for k in ("children_user", "children_system"))
        print(f"{len(images)}-page scan (image-only PDF, 200 dpi): {len(m.statements)} statements; "
              f"OCR {took:.2f} s a page (Tesseract's own processor time {cpu / len(images):.2f} s a page)")
    if args.docx_pages:
        path = path.with_name(f"minutes-{args.docx_pages}.docx")
        make_docx(path, args.docx_pages)
        m, took = best_and_median(path)
        print(f"{args.docx_pages}-page Word document: {len(m.statements)} statements; {took}")


if __name__ == "__main__":
    main()
