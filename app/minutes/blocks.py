"""What every format reader produces: the document as blocks in reading order."""

from __future__ import annotations

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


def clean(text: str) -> str:
    """One line of plain text: typographic spaces and soft hyphens gone, whitespace collapsed."""
    text = text.replace("\u00ad", "").replace("\u00a0", " ").replace("\u2009", " ").replace("\u200b", "")
    return " ".join(text.split())
