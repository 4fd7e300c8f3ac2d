"""Plain text and Markdown: minutes pasted from an email, or saved as .txt/.md.

One paragraph a line (or blank-line separated paragraphs re-flowed); a line with tabs or Markdown
pipes is a table row; "- ", "* ", "• " and "1. " start list items; "#" lines and short lines without
a full stop are headings.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.errors import FairMinutesError
from app.minutes.blocks import Block, clean

_BULLET = re.compile(r"^\s*(?:[-*•▪◦]|\(?[a-z]\))\s+")
_NUMBERED_ITEM = re.compile(r"^\s*\(?\d{1,2}[.)]\s+(?=\S)")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")


def read_text(path: Path) -> list[Block]:
    raw = Path(path).read_bytes()
    for enc in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if "\x00" in text:
        raise FairMinutesError(f"{Path(path).name} is not a text file (it holds binary data).")
    return parse_lines(text.splitlines())


def parse_lines(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    table = 0
    in_table = False
    para: list[str] = []
    para_start = 0

    def flush():
        nonlocal para
        if para:
            text = clean(" ".join(para))
            blocks.append(Block(_guess_kind(text), _strip_markup(text), f"line {para_start}"))
            para = []

    for n, line in enumerate(lines, start=1):
        stripped = line.strip()
        is_md_rule = bool(re.fullmatch(r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?", stripped))
        is_row = "\t" in line.strip("\n") and len([c for c in line.split("\t") if c.strip()]) >= 2
        is_md_row = stripped.startswith("|") and stripped.count("|") >= 2
        if is_md_rule:
            continue
        if is_row or is_md_row:
            flush()
            cells = [clean(c) for c in (stripped.strip("|").split("|") if is_md_row else line.split("\t"))]
            if not in_table:
                table += 1
            blocks.append(Block("row", "\t".join(cells), f"table {table}, line {n}", cells=cells, table=table,
                                header=not in_table))
            in_table = True
            continue
        in_table = False
        if not stripped:
            flush()
            continue
        if _MD_HEADING.match(stripped) or _BULLET.match(stripped) or (para and _NUMBERED_ITEM.match(stripped)):
            flush()
        if not para:
            para_start = n
        para.append(stripped)
        # Minutes pasted as text usually hold one paragraph a line: a line that ends a sentence, or
        # a heading-like line, closes its paragraph.
        if stripped.endswith((".", "?", "!", ":", '"', "”")) or _MD_HEADING.match(stripped) or len(stripped) < 80:
            flush()
    flush()
    return blocks


def _strip_markup(text: str) -> str:
    text = _MD_HEADING.sub("", text)
    text = _BULLET.sub("", text)
    return re.sub(r"(\*\*|__)(.+?)\1", r"\2", text).strip()


def _guess_kind(text: str) -> str:
    if _MD_HEADING.match(text):
        return "heading"
    if _BULLET.match(text):
        return "item"
    if _NUMBERED_ITEM.match(text) and text.endswith((".", ";")) and len(text) > 60:
        return "item"
    return "heading" if looks_like_heading(text) else "paragraph"


def looks_like_heading(text: str) -> bool:
    """Short, no closing full stop, not a 'Key: value' line, starting with a capital or a number."""
    t = re.sub(r"^\d{1,2}(\.\d{1,2})*[.)]?\s+", "", text).strip("*_ ")
    if not t or len(t) > 70 or t.endswith((".", ",", ";", ":")):
        return False
    if re.match(r"^[A-Z][\w '’()/-]{0,40}:\s", t):
        return False
    words = t.split()
    return len(words) <= 9 and (t[0].isupper() or t[0].isdigit())
