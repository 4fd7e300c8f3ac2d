"""PDF with a text layer, through pypdfium2 (Google's PDFium).

Why PDFium: it reads a 40-page minutes PDF in about 0.2 s where pdfminer-based libraries
(pdfplumber) take 6 s on this machine, gives each run of text with its box, font size and font
name (so headings, running headers and footers can be told apart), and exposes the vector paths
that draw table borders. Apache-2.0/BSD, wheels for every platform, no system library needed.

Steps: text runs -> lines (by position) -> running headers, footers and page numbers removed ->
ruled tables found from the border paths and read cell by cell -> the other lines re-flowed into
paragraphs by the gaps between them, with end-of-line hyphens repaired.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from pathlib import Path
from statistics import median

import pypdfium2 as pdfium
import pypdfium2.raw as R

from app.errors import FairMinutesError, printable
from app.minutes import ocr
from app.minutes.blocks import GLYPH, ITEM_NUMBER, Block, clean, strip_glyph
from app.minutes.ocr import UNSURE_BELOW
from app.minutes.page_layout import image_edges, inside, lines_of, merge_edges, tables_from_edges
from app.minutes.text_reader import looks_like_heading

_PAGE_NUMBER = re.compile(r"^(page\s*)?\d{1,3}(\s*(of|/)\s*\d{1,3})?$", re.I)
_BULLET_GLYPH = GLYPH
_NUMBERED = re.compile(r"^\(?\d{1,2}[.)]\s+")


MAX_PAGES = 1000  # a conference's minutes run to tens of pages; past this it is not minutes


def read_pdf(path: Path, max_pages: int = MAX_PAGES) -> list[Block]:
    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception as e:
        said = " ".join(str(e).split())[:120].rstrip(".")
        raise FairMinutesError(f"{printable(Path(path).name)} could not be opened as a PDF"
                               f"{f' ({said})' if said else ''}. It may be damaged; try saving it again.") from None
    try:
        if len(pdf) > max_pages:
            # Said, never silent: reading only the first pages would report the rest as "not said".
            raise FairMinutesError(
                f"{printable(Path(path).name)} has {len(pdf):,} pages; FairMinutes reads minutes of up to "
                f"{max_pages:,} pages. Check that it is the minutes document, or import the minutes on their own.")
        page_runs, page_tables, heights = [], [], []
        for number in range(len(pdf)):
            page = pdf[number]
            height = page.get_height()
            textpage = page.get_textpage()
            runs = _text_runs(textpage, height, number + 1)
            if runs:
                tables = _tables(page, height, runs)
            else:  # no text layer: a scanned page, read by OCR (its words come back as runs)
                runs, tables = _ocr_page(page, number + 1)
            page_runs.append(runs)
            page_tables.append(tables)
            heights.append(height)
            textpage.close()
            page.close()
    finally:
        pdf.close()
    if not any(page_runs):
        raise FairMinutesError(
            f"{Path(path).name} has no text, not even when read as a scan. Check that it is the minutes, or ask "
            "the council for the minutes as a Word document or a PDF saved from Word.")
    return layout_pages(page_runs, page_tables, heights)


def layout_pages(page_runs: list[list[dict]], page_tables: list[list[dict]], heights: list[float]) -> list[Block]:
    """Runs of words (from a text layer or OCR) and ruled tables, page by page, -> blocks."""
    page_lines = []
    for runs, tables in zip(page_runs, page_tables, strict=True):
        boxes = [t["bbox"] for t in tables]
        page_lines.append(lines_of([r for r in runs if not inside(r, boxes)]))
    _drop_running_lines(page_lines, heights)
    return _assemble(page_lines, page_tables)


def _ocr_page(page, page_no: int) -> tuple[list[dict], list[dict]]:
    """A page with no text layer: its words read by OCR, and its ruled tables found in the image."""
    bitmap = page.render(scale=ocr.DPI / 72, grayscale=True)
    try:
        image = ocr.upright(bitmap.to_pil())
        runs = ocr.read_image_runs(image, page_no)
        return runs, tables_from_edges(*image_edges(image, 72 / ocr.DPI), runs)
    finally:
        bitmap.close()


# ----- text
def _text_runs(textpage, height: float, page_no: int) -> list[dict]:
    """The page's words, each with its box, font size and boldness, from PDFium's character boxes.

    Characters are read one by one (about 0.3 s for 40 pages) rather than as PDFium's text
    rectangles, which in some PDFs put punctuation in runs of its own far from its word."""
    raw = textpage.raw
    text = textpage.get_text_range()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    loose = R.FS_RECTF()
    words: list[dict] = []
    cur: dict | None = None
    for i, ch in enumerate(text):
        if ch.isspace() or ch == "\ufffe":
            cur = None
            continue
        if not R.FPDFText_GetCharBox(raw, i, left, right, bottom, top):
            continue
        x0, x1, y0, y1 = left.value, right.value, height - top.value, height - bottom.value
        # The gap to the word so far is measured between advance boxes: the ink of a narrow glyph
        # ("1" in "11") leaves a gap as wide as a space between two digits of one number.
        lx0, lx1 = x0, x1
        if R.FPDFText_GetLooseCharBox(raw, i, loose):
            lx0, lx1 = loose.left, max(x1, loose.right)
            # and lines by the font's height, not the ink's: a dash or an "on" sits low on its line
            y0, y1 = height - loose.top, height - loose.bottom
        if cur is not None:
            size = cur["size"]
            same_line = abs(y1 - cur["bottom"]) < 0.5 * size or abs(y0 - cur["top"]) < 0.5 * size
            if not same_line or min(x0, lx0) - cur["lx1"] > 0.25 * size or x0 < cur["x0"] - 1:
                cur = None
        if cur is None:
            size = R.FPDFText_GetFontSize(raw, i) or (y1 - y0)
            R.FPDFText_GetFontInfo(raw, i, name, 128, flags)
            font = name.value.decode("latin-1").lower()
            bold = "bold" in font or "black" in font or (R.FPDFText_GetFontWeight(raw, i) or 0) >= 600
            if "\ue000" <= ch <= "\uf8ff" or "symbol" in font or "wingding" in font or "dingbat" in font:
                ch = "•"
            cur = {"x0": x0, "x1": x1, "top": y0, "bottom": y1, "text": ch, "size": size, "bold": bold,
                   "page": page_no, "lx1": x1}
            words.append(cur)
        else:
            cur["text"] += ch
            cur["x1"] = max(cur["x1"], x1)
            cur["top"], cur["bottom"] = min(cur["top"], y0), max(cur["bottom"], y1)
        cur["lx1"] = lx1
    return words


# ----- tables, from the paths that draw their borders
def _edges(page, height: float) -> tuple[list, list]:
    horizontal, vertical = [], []
    x, y = ctypes.c_float(), ctypes.c_float()
    for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        if right - left < 3 and top - bottom < 3:
            continue
        if top - bottom <= 2.5:  # a rule drawn as a thin filled box
            horizontal.append((height - (top + bottom) / 2, left, right))
            continue
        if right - left <= 2.5:
            vertical.append(((left + right) / 2, height - top, height - bottom))
            continue
        a, b, c, d, e, f = obj.get_matrix().get()
        points = []
        for i in range(R.FPDFPath_CountSegments(obj.raw)):
            seg = R.FPDFPath_GetPathSegment(obj.raw, i)
            R.FPDFPathSegment_GetPoint(seg, x, y)
            px, py = a * x.value + c * y.value + e, b * x.value + d * y.value + f
            kind = R.FPDFPathSegment_GetType(seg)
            if kind == R.FPDF_SEGMENT_MOVETO or not points:
                points.append([(px, py)])
            else:
                points[-1].append((px, py))
            if R.FPDFPathSegment_GetClose(seg) and points[-1]:
                points[-1].append(points[-1][0])
        for poly in points:
            for (x1, y1), (x2, y2) in zip(poly, poly[1:], strict=False):
                if abs(y1 - y2) < 1 and abs(x1 - x2) >= 3:
                    horizontal.append((height - y1, min(x1, x2), max(x1, x2)))
                elif abs(x1 - x2) < 1 and abs(y1 - y2) >= 3:
                    vertical.append((x1, height - max(y1, y2), height - min(y1, y2)))
    return merge_edges(horizontal), merge_edges(vertical)


def _tables(page, height: float, runs: list[dict]) -> list[dict]:
    return tables_from_edges(*_edges(page, height), runs)


# ----- page furniture
def _drop_running_lines(page_lines: list[list[dict]], heights: list[float]) -> None:
    """Remove page numbers, and lines repeated at the top or bottom of several pages."""
    def key(text):
        return re.sub(r"\d+", "#", text.lower())

    margin_counts: Counter = Counter()
    for lines, h in zip(page_lines, heights, strict=True):
        for ln in lines:
            if ln["top"] < 0.1 * h or ln["bottom"] > 0.9 * h:
                margin_counts[key(ln["text"])] += 1
    repeated = {k for k, c in margin_counts.items() if c >= 2 and c >= 0.5 * len(page_lines)}
    for i, (lines, h) in enumerate(zip(page_lines, heights, strict=True)):
        page_lines[i] = [ln for ln in lines if not (
            (ln["top"] < 0.1 * h or ln["bottom"] > 0.9 * h)
            and (_PAGE_NUMBER.match(ln["text"]) or key(ln["text"]) in repeated))]


# ----- paragraphs
def _assemble(page_lines: list[list[dict]], page_tables: list[list[dict]]) -> list[Block]:
    all_lines = [ln for lines in page_lines for ln in lines]
    body_size = median([ln["size"] for ln in all_lines]) if all_lines else 10.0
    gaps = [b["top"] - a["top"] for lines in page_lines for a, b in zip(lines, lines[1:], strict=False)
            if 0.8 * body_size < b["top"] - a["top"] < 3 * body_size]
    line_step = median(sorted(gaps)[: max(1, len(gaps) // 2)]) if gaps else body_size * 1.2
    vocabulary = Counter(w.lower() for ln in all_lines for w in re.findall(r"[\w'-]+", ln["text"]))
    widths = sorted(ln["x1"] - ln["x0"] for ln in all_lines)
    full_width = widths[int(len(widths) * 0.8)] if widths else 0.0
    rights = sorted(ln["x1"] for ln in all_lines)
    right_edge = rights[int(len(rights) * 0.9)] if rights else 0.0

    blocks: list[Block] = []
    n_table = 0
    for page_no, (lines, tables) in enumerate(zip(page_lines, page_tables, strict=True), start=1):
        items = [("line", ln["top"], ln) for ln in lines] + [("table", t["top"], t) for t in tables]
        items.sort(key=lambda it: it[1])
        para: list[dict] = []

        def flush():
            nonlocal para
            if para:
                blocks.append(_paragraph(para, body_size, vocabulary))
                para = []

        for kind, _top, obj in items:
            if kind == "table":
                flush()
                rows = obj["rows"]
                continued = bool(blocks) and blocks[-1].kind == "row" and bool(rows) and \
                    len(rows[0]) == len(blocks[-1].cells) and rows[0] != _first_row(blocks, n_table)
                if not continued:
                    n_table += 1
                if continued and rows and (not rows[0][0] or all(c[:1].islower() for c in rows[0] if c)):
                    # A row broken across the page: its second half has an empty first cell, or
                    # every cell it has goes on in mid-sentence.
                    prev = blocks[-1]
                    prev.cells = [clean(f"{a} {b}") for a, b in zip(prev.cells, rows[0], strict=False)]
                    prev.text = "\t".join(prev.cells)
                    rows = rows[1:]
                for r, cells in enumerate(rows, start=1):
                    blocks.append(Block("row", "\t".join(cells), f"page {page_no}, table {n_table}, row {r}",
                                        cells=cells, table=n_table, header=(r == 1 and not continued), page=page_no))
                continue
            ln = obj
            if para:
                prev = para[-1]
                gap = ln["top"] - prev["top"]
                # an item's own lines hang under its text: a line further left starts something new
                left_of_item = _starts_item(para[0]["text"]) and ln["x0"] < para[0]["x0"] - 1
                size_tolerance = 3.0 if "confs" in ln else 0.6  # OCR guesses size from the letters it saw
                # OCR knows no bold: a short line with no closing stop over a capital is a heading's
                alone = "confs" in prev and prev["x1"] - prev["x0"] < 0.6 * full_width and len(para) == 1 \
                    and not prev["text"].endswith((".", ",", ";", ":")) and ln["text"][:1].isupper()
                # and it cannot see a bullet: a line that stopped where the next line's first word
                # would have fitted ended its paragraph or item
                ended = "confs" in prev and prev["x1"] + ln["first_width"] + 0.5 * ln["size"] < right_edge
                if (gap > line_step * 1.35 or ln["bold"] != prev["bold"] or abs(ln["size"] - prev["size"]) > size_tolerance
                        or _starts_item(ln["text"]) or left_of_item or alone or ended):
                    flush()
            para.append(ln)
        flush()
    return _join_across_pages(_item_levels(blocks), vocabulary)


def _join_across_pages(blocks: list[Block], vocabulary: Counter) -> list[Block]:
    """A paragraph broken by a page break: the last one on a page that ends mid-sentence goes on in
    the first one of the next page, when that starts in lower case (a footer such as "Signed ____"
    is followed by a new paragraph)."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind in ("paragraph", "item") and b.kind == "paragraph"
                and prev.page is not None and b.page == prev.page + 1
                and not prev.text.endswith((".", "?", "!", ":", '"', "”")) and b.text[:1].islower()
                and not any(o.page == b.page for o in out)):
            prev.text = clean(_join(prev.text, b.text, vocabulary))
            continue
        out.append(b)
    return out


def _starts_item(text: str) -> bool:
    return bool(_BULLET_GLYPH.match(text) or _NUMBERED.match(text) or ITEM_NUMBER.match(text))


def _first_row(blocks: list[Block], table: int) -> list[str] | None:
    return next((b.cells for b in blocks if b.kind == "row" and b.table == table), None)


def _paragraph(lines: list[dict], body_size: float, vocabulary: Counter) -> Block:
    text = lines[0]["text"]
    for ln in lines[1:]:
        text = _join(text, ln["text"], vocabulary)
    text = clean(text)
    page = lines[0]["page"]
    bold = all(ln["bold"] for ln in lines)
    bigger = lines[0]["size"] > body_size + (2.5 if "confs" in lines[0] else 0.9)  # OCR sizes are rough
    kind = "paragraph"
    if (bold or bigger) and len(text) < 100 and not text.endswith("."):
        kind = "heading"
    elif len(lines) == 1 and "confs" in lines[0] and looks_like_heading(text) and len(text.split()) <= 5:
        kind = "heading"  # read by OCR, which cannot see bold: a short line standing alone
    elif _BULLET_GLYPH.match(text) or (_NUMBERED.match(text) and not looks_like_heading(text)):
        kind = "item"
        text = strip_glyph(text)
    confs = [c for ln in lines for c in ln.get("confs", [])]
    if not confs:
        lead = lines[0].get("lead", "")
        lead = lead if kind == "paragraph" and len(lead.split()) <= 6 and text.startswith(lead) else ""
        block = Block(kind, text, f"page {page}", page=page, lead=lead)
    else:
        block = Block(kind, text, f"page {page} (read from the scan)", page=page,
                      confidence=round(sum(c for _, c in confs) / len(confs), 2),
                      unsure=[w for w, c in confs if c < UNSURE_BELOW])
    block.indent = lines[0]["x0"]  # for the items' nesting (_item_levels)
    return block


def _item_levels(blocks: list[Block]) -> list[Block]:
    """How deep each list item is, from how far its mark is indented: the document's item indents,
    a few points apart, left to right, are levels 0, 1, 2 ..."""
    indents = sorted({round(b.indent) for b in blocks if b.kind == "item" and hasattr(b, "indent")})
    levels: list[float] = []
    for x in indents:
        if not levels or x - levels[-1] > 6:
            levels.append(x)
    for b in blocks:
        if b.kind == "item" and hasattr(b, "indent"):
            b.level = max(i for i, x in enumerate(levels) if x <= round(b.indent) + 6)
    return blocks


def _join(left: str, right: str, vocabulary: Counter) -> str:
    """Re-flow two lines. A hyphen at the end of a line is kept (Word does not hyphenate by itself,
    so it is usually a real compound such as 'fixed-term'), unless the word appears elsewhere in the
    document unhyphenated."""
    m = re.search(r"(\w+)-$", left)
    if m and right[:1].islower():
        first = m.group(1)
        second = re.match(r"[\w']+", right)
        if second:
            joined = (first + second.group(0)).lower()
            if vocabulary.get(joined, 0) > 0 and vocabulary.get(f"{first}-{second.group(0)}".lower(), 0) == 0:
                return left[:-1] + right
        return left + right
    return left + " " + right
