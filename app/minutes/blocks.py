"""What every format reader produces: the document as blocks in reading order."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Block:
    kind: str  # "heading" | "paragraph" | "item" (bullet or numbered) | "row" (a table row)
    text: str
    where: str  # a person-readable place: "paragraph 12", "page 3", "table 2, row 4"
    cells: list[str] = field(default_factory=list)  # rows only
    table: int = 0  # rows only: which table (1-based)
    header: bool = False  # rows only: the table's header row
    page: int | None = None
    level: int = 0  # items only: how deep in a nested list (0 = outermost)
    lead: str = ""  # a bold run-in at the start ("Police" in "**Police** seen twice"), if any
    confidence: float | None = None  # read by OCR: the recogniser's mean confidence (0-1)
    unsure: list[str] = field(default_factory=list)  # read by OCR: the words it was unsure of


# The marks that start a list item: bullets of every common font, dashes, ticks and arrows.
# ("-", "*" and ">" only with a space after them: "-5" is a number and "*Note*" emphasis).
GLYPHS = "•●○◦▪▫■□◆◇‣∙·⁃➢➤►▶✓✔\uf0b7\uf0a7\uf0d8"
GLYPH = re.compile(rf"^\s*(?:[{GLYPHS}]\s*|[-–—*>]\s+)(?=\S)")
# An item's own number or letter: "1.", "2)", "(3)", "2a.", "a)", "(b)", "iv." (not "6 of 9 sessions").
ITEM_NUMBER = re.compile(r"^\s*(?:\(?\d{1,2}[a-z]?[.)]|\(?[a-z][.)](?=\s)|\([a-z]\)|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])"
                         r"\s+(?=\S)")


def strip_glyph(text: str) -> str:
    """'● Site visit on 3 May' -> 'Site visit on 3 May'; '2) Budget agreed' -> 'Budget agreed'."""
    for _ in range(2):  # "1. • text" and "- (a) text" carry two marks
        text = ITEM_NUMBER.sub("", GLYPH.sub("", text, count=1), count=1)
    return text


def clean(text: str) -> str:
    """One line of plain text: typographic spaces and soft hyphens gone, whitespace collapsed."""
    text = text.replace("\u00ad", "").replace("\u00a0", " ").replace("\u2009", " ").replace("\u200b", "")
    return " ".join(text.split())
