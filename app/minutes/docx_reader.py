"""Word .docx with python-docx: paragraphs, headings, lists and tables in body order; headers and
footers are not part of the body and are left out.

The document is read as it stands after its tracked changes: insertions are part of the text,
deletions are not (and moved text counts where it was moved to). What was deleted, and any
comments, are kept beside the statements as side notes, and the user is told they were there: a
chair's edits after the meeting can matter.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from app.minutes.blocks import Block, clean

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_GONE = (W + "del", W + "moveFrom")  # text inside these is not in the document as it stands


class DocxRevisions:
    """What a .docx carried besides its text: tracked insertions and deletions, and comments."""

    def __init__(self):
        self.inserted = 0
        self.deleted: list[dict] = []  # {"text", "where", "author", "date"}
        self.comments: list[dict] = []  # {"text", "author", "date", "on"}

    def notices(self, name: str) -> list[str]:
        out = []
        if self.inserted or self.deleted:
            out.append(f"{name} still has tracked changes ({self.inserted} insertion"
                       f"{'s' if self.inserted != 1 else ''}, {len(self.deleted)} deletion"
                       f"{'s' if len(self.deleted) != 1 else ''}): read with every change accepted, the deleted "
                       "words kept aside. You may ask the council who changed what after the meeting.")
        if self.comments:
            out.append(f"It has {len(self.comments)} comment{'s' if len(self.comments) != 1 else ''} in the margin, "
                       "kept apart from the minutes.")
        return out

    def to_json(self) -> dict:
        d = {}
        if self.deleted or self.inserted:
            d["tracked_changes"] = {"insertions": self.inserted, "deleted": self.deleted}
        if self.comments:
            d["comments"] = self.comments
        return d


def read_docx(path: Path, revisions: DocxRevisions | None = None) -> list[Block]:
    document = docx.Document(str(path))
    styles = style_names(document)
    revisions = revisions if revisions is not None else DocxRevisions()
    blocks: list[Block] = []
    n_par = n_table = 0
    for el in document.element.body.iterchildren():
        tag = el.tag.removeprefix(W)
        if tag == "p":
            n_par += 1
            p = Paragraph(el, document)
            raw, lead = paragraph_text(el, revisions, f"paragraph {n_par}")
            text = clean(raw)
            if not text:
                continue
            kind = _kind(p, el, text, styles)
            level = _level(el) if kind == "item" else 0
            blocks.append(Block(kind, text, f"paragraph {n_par}", level=level, lead=clean(lead) if lead else ""))
        elif tag == "tbl":
            n_table += 1
            table = Table(el, document)
            for r, row in enumerate(table.rows, start=1):
                cells = _row_cells(row, revisions, f"table {n_table}, row {r}")
                if not any(cells):
                    continue
                blocks.append(Block("row", "\t".join(cells), f"table {n_table}, row {r}", cells=cells,
                                    table=n_table, header=r == 1))
    _comments(document, revisions)
    return blocks


def paragraph_text(p_el, revisions: DocxRevisions, where: str) -> tuple[str, str]:
    """The paragraph's text as it stands (insertions in, deletions out), and its bold run-in: the
    bold words it opens with when plain text follows ("Police" in "**Police** seen twice")."""
    out: list[str] = []
    deleted: list[str] = []
    lead: list[str] | None = []  # None once the first non-bold text is met
    lead_done = False
    for el in p_el.iter():
        tag = el.tag
        if tag == W + "ins" or tag == W + "moveTo":
            revisions.inserted += 1
        if tag == W + "delText" or (tag == W + "t" and _gone(el)):
            deleted.append(el.text or "")
            continue
        if tag not in (W + "t", W + "tab", W + "br", W + "cr") or _gone(el):
            continue
        piece = el.text or "" if tag == W + "t" else " "
        out.append(piece)
        if not lead_done and tag == W + "t" and piece.strip():
            if _bold(el.getparent()):
                lead.append(piece)
            else:
                lead_done = True
    if deleted and "".join(deleted).strip():
        revisions.deleted.append({"text": clean("".join(deleted)), "where": where, **_by(p_el, W + "del")})
    text = "".join(out)
    bold = "".join(lead)
    # a run-in is short and followed by something; a paragraph wholly in bold is a heading's business
    if not lead_done or not bold.strip() or len(bold.split()) > 6 or not text.startswith(bold):
        bold = ""
    return text, bold


def _gone(el) -> bool:
    return any(a.tag in _GONE for a in el.iterancestors())


def _bold(run) -> bool:
    if run is None or run.tag != W + "r":
        return False
    rpr = run.find(W + "rPr")
    b = rpr.find(W + "b") if rpr is not None else None
    return b is not None and b.get(W + "val", "true") not in ("0", "false")


def _by(p_el, tag: str) -> dict:
    change = next(iter(p_el.iter(tag)), None)
    if change is None:
        return {}
    return {k: v for k, v in (("author", change.get(W + "author")), ("date", change.get(W + "date"))) if v}


def _comments(document, revisions: DocxRevisions) -> None:
    """Comments live in their own part (word/comments.xml); the body marks what each is about."""
    part = next((r.target_part for r in document.part.rels.values()
                 if r.reltype.endswith("/comments") and not r.is_external), None)
    if part is None:
        return

    on: dict[str, list[str]] = {}
    for start in document.element.body.iter(W + "commentRangeStart"):
        cid = start.get(W + "id")
        texts, inside = [], False
        for el in document.element.body.iter(W + "commentRangeStart", W + "commentRangeEnd", W + "t"):
            if el.tag == W + "commentRangeStart" and el.get(W + "id") == cid:
                inside = True
            elif el.tag == W + "commentRangeEnd" and el.get(W + "id") == cid:
                break
            elif inside and el.tag == W + "t":
                texts.append(el.text or "")
        on[cid] = texts
    root = etree.fromstring(part.blob)
    for c in root.iter(W + "comment"):
        text = clean(" ".join("".join(t.text or "" for t in p.iter(W + "t")) for p in c.iter(W + "p")))
        cid = c.get(W + "id")
        entry = {"text": text, "on": clean("".join(on.get(cid, []))),
                 **{k: v for k, v in (("author", c.get(W + "author")), ("date", c.get(W + "date"))) if v}}
        revisions.comments.append(entry)


def _row_cells(row, revisions: DocxRevisions, where: str) -> list[str]:
    cells, seen = [], set()
    for cell in row.cells:
        # A merged cell appears once per grid column it spans; keep it once.
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        cells.append(clean(" ".join(paragraph_text(p._p, revisions, where)[0] for p in cell.paragraphs)))
    return cells


def _level(el) -> int:
    ppr = el.pPr
    if ppr is not None and ppr.numPr is not None and ppr.numPr.ilvl is not None:
        return int(ppr.numPr.ilvl.val or 0)
    style = el.style or ""
    m = re.search(r"(\d)$", style)  # "List Bullet 2", "ListBullet2"
    return int(m.group(1)) - 1 if m else 0


def style_names(document) -> dict[str | None, str]:
    """Style id -> name, read once (None: the default paragraph style). python-docx looks a
    paragraph's style up in the styles part each time it is asked: 200,000 short paragraphs took
    over three minutes that way."""
    names: dict[str | None, str] = {}
    for style in document.styles:
        if style.style_id:
            names[style.style_id] = style.name or ""

    try:
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    except (AttributeError, KeyError):
        default = None
    names[None] = default.name if default is not None and default.name else ""
    return names


def _kind(p, el, text: str, styles: dict[str | None, str]) -> str:
    style = styles.get(el.style, styles.get(None, "")) or ""
    if style.startswith(("Heading", "Title", "Subtitle")):
        return "heading"
    if (el.pPr is not None and el.pPr.numPr is not None) or style.startswith("List"):
        return "item"
    # A short paragraph set wholly in bold, with no full stop, reads as a heading.
    runs = [r for r in p.runs if r.text.strip()]
    if runs and all(r.bold for r in runs) and len(text) < 80 and not text.endswith("."):
        return "heading"
    return "paragraph"
