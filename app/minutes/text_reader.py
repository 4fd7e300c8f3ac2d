"""Plain text and Markdown: minutes pasted from an email, or saved as .txt/.md.

One paragraph a line (or blank-line separated paragraphs re-flowed); a line with tabs or Markdown
pipes is a table row; a bullet of any font ("- ", "* ", "•", "●", "○", "▪"), "1. ", "a) " or "(b) "
starts a list item, its indent saying how deep it is; "#" lines and short lines without a full stop
are headings. A hard-wrapped line runs on into the next only where the next does not itself start
an item or read as a heading: two bullets on neighbouring lines are never one paragraph.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.errors import FairMinutesError
from app.minutes.blocks import GLYPH, ITEM_NUMBER, Block, clean, strip_glyph

_BULLET = re.compile(rf"{GLYPH.pattern}|^\s*\(?[a-z]\)\s+")
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
    numbered: list[int | None] = []  # per block: the number it opened with ("1." or "a)"), if any
    guessed: list[bool] = []  # per block: taken for a heading only by its shape
    indents: list[int] = []  # the indents of the list items open above, outermost first
    level = 0

    def flush():
        nonlocal para
        if para:
            text = clean(" ".join(para))
            kind = _guess_kind(text)
            blocks.append(Block(kind, _strip_markup(text), f"line {para_start}", level=level if kind == "item" else 0))
            mark = ITEM_NUMBER.match(text)
            numbered.append(_ordinal(mark.group(0)) if mark else None)
            guessed.append(kind == "heading" and not _MD_HEADING.match(text) and not mark)
            para = []

    for n, line in enumerate(lines, start=1):
        stripped = line.strip()
        following = lines[n].strip() if n < len(lines) else ""
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
            numbered.append(None)
            guessed.append(False)
            in_table = True
            continue
        in_table = False
        if not stripped:
            flush()
            continue
        starts_item = bool(_BULLET.match(stripped) or _NUMBERED_ITEM.match(stripped))
        if para and (_MD_HEADING.match(stripped) or starts_item or looks_like_heading(stripped)
                     or _KEY_LINE.match(stripped)):
            flush()
        if not para:
            para_start = n
            if starts_item:
                indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
                while indents and indent < indents[-1]:
                    indents.pop()
                if not indents or indent > indents[-1]:
                    indents.append(indent)
                level = len(indents) - 1
            else:
                indents.clear()
        para.append(stripped)
        # Minutes pasted as text usually hold one paragraph a line: a line that ends a sentence, or
        # a heading-like line, closes its paragraph.
        if stripped.endswith((".", "?", "!", ":", '"', "”")) or _MD_HEADING.match(stripped) or len(stripped) < 80 \
                or _new_start(stripped, following):
            flush()
    flush()
    return _fragment_runs(_numbered_lists(blocks, numbered), guessed)


def _new_start(line: str, following: str) -> bool:
    """Does the next line start afresh after this long one? A capital after a line whose last word
    could end it ("Worry 2: An adult cares for her part of the week" / "Mr Marsh received ..."); a
    line wrapped mid-sentence ends on a word that leads on ("... spoke to Ms" / "Lund about ...")."""
    # (a bracket ends a word as a letter does: "... Lisa Moss (Mother, by telephone)", and a source
    # tagged after the sentence, "... is up to date (HV)", ends the line as its last word would)
    last = line.rsplit(None, 1)[-1].lower().strip("()[]") if line.split() else ""
    return bool(following[:1].isupper()) and last.isalpha() and last not in _LEADS_ON


_LEADS_ON = frozenset({"the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
                       "mr", "mrs", "ms", "miss", "dr", "that", "which", "who", "her", "his", "their", "said", "told",
                       "asked", "as", "than", "is", "was", "were", "are", "be", "had", "has", "have", "will", "would"})


# "Date of conference: ...": a header line of its own, even after a long line that did not end a
# sentence ("Child: ... (expected 9 December 2026)")
_KEY_LINE = re.compile(r"^[A-Z][A-Za-z'’ ]{1,30}:\s")


def _fragment_runs(blocks: list[Block], guessed: list[bool]) -> list[Block]:
    """Notes of short lines with no full stops ("Budget agreed", "Shed roof repaired") look like
    headings one by one; three or more in a row are notes. The last of a run stays a heading when
    something follows that it could head."""
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and guessed[j] and blocks[j].kind == "heading":
            j += 1
        if j - i >= 3:
            heads_next = j < len(blocks) and blocks[j].kind in ("paragraph", "item", "row")
            for k in range(i, j - 1 if heads_next else j):
                blocks[k].kind = "paragraph"
        i = max(j, i + 1)
    return blocks


def _numbered_lists(blocks: list[Block], numbered: list[int | None]) -> list[Block]:
    """'1. Introductions' over a paragraph is a numbered heading; '1. Budget agreed' straight above
    '2. Next meeting 4 July' is an item of a numbered list (the next number straight after it)."""
    def follows(i: int, j: int) -> bool:
        return 0 <= j < len(blocks) and numbered[i] is not None and numbered[j] is not None \
            and abs(numbered[j] - numbered[i]) == 1
    for i, b in enumerate(blocks):
        if b.kind == "heading" and (follows(i, i - 1) or follows(i, i + 1)):
            b.kind = "item"
    return blocks


def _ordinal(mark: str) -> int:
    """'3.' -> 3, '(b)' -> 2."""
    m = mark.strip(" .()")
    return int(m) if m.isdigit() else (ord(m[0].lower()) - 96 if len(m) == 1 else 0)


def _strip_markup(text: str) -> str:
    text = _MD_HEADING.sub("", text)
    text = strip_glyph(text)
    return re.sub(r"(\*\*|__)(.+?)\1", r"\2", text).strip()


def _guess_kind(text: str) -> str:
    if _MD_HEADING.match(text):
        return "heading"
    if _BULLET.match(text) or (ITEM_NUMBER.match(text) and not _NUMBERED_ITEM.match(text)):
        return "item"
    if _NUMBERED_ITEM.match(text) and not looks_like_heading(text):
        return "item"
    return "heading" if looks_like_heading(text) else "paragraph"


_ITEM_TITLE = re.compile(r"^(?:agenda\s+)?item\s+\d{1,2}[a-z]?\s*[:.)–-]\s*\S", re.I)


def looks_like_heading(text: str) -> bool:
    """Short, no closing full stop, not a 'Key: value' line, starting with a capital or a number."""
    t = re.sub(r"^\d{1,2}(\.\d{1,2})*[.)]?\s+", "", text).strip("*_ ")
    if not t or len(t) > 70 or t.endswith((".", ",", ";", ":")):
        return False
    if _ITEM_TITLE.match(t):
        return True  # "Agenda item 1: updates", "Item 4 – Family's views": an item's title, not a claim
    if re.match(r"^[A-Z][\w '’()/-]{0,40}:\s", t):
        return False
    words = t.split()
    return len(words) <= 9 and (t[0].isupper() or t[0].isdigit())
