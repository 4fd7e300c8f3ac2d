"""Word .docx with python-docx: paragraphs, headings, lists and tables in body order; headers and
footers are not part of the body and are left out."""

from __future__ import annotations

from pathlib import Path

from app.minutes.blocks import Block, clean

_QN = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: Path) -> list[Block]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    blocks: list[Block] = []
    n_par = n_table = 0
    for el in document.element.body.iterchildren():
        tag = el.tag.removeprefix(_QN)
        if tag == "p":
            n_par += 1
            p = Paragraph(el, document)
            text = clean(p.text)
            if not text:
                continue
            blocks.append(Block(_kind(p, el, text), text, f"paragraph {n_par}"))
        elif tag == "tbl":
            n_table += 1
            table = Table(el, document)
            for r, row in enumerate(table.rows, start=1):
                cells = _row_cells(row)
                if not any(cells):
                    continue
                blocks.append(Block("row", "\t".join(cells), f"table {n_table}, row {r}", cells=cells,
                                    table=n_table, header=r == 1))
    return blocks


def _row_cells(row) -> list[str]:
    cells, seen = [], set()
    for cell in row.cells:
        # A merged cell appears once per grid column it spans; keep it once.
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        cells.append(clean(" ".join(p.text for p in cell.paragraphs)))
    return cells


def _kind(p, el, text: str) -> str:
    style = (p.style.name if p.style is not None else "") or ""
    if style.startswith(("Heading", "Title", "Subtitle")):
        return "heading"
    if (el.pPr is not None and el.pPr.numPr is not None) or style.startswith("List"):
        return "item"
    # A short paragraph set wholly in bold, with no full stop, reads as a heading.
    runs = [r for r in p.runs if r.text.strip()]
    if runs and all(r.bold for r in runs) and len(text) < 80 and not text.endswith("."):
        return "heading"
    return "paragraph"
