"""OpenDocument text (.odt), read straight from its XML: headings, paragraphs, list items, tables."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

from app.minutes.blocks import Block, clean

NS = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
      "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}
T, TB = f"{{{NS['text']}}}", f"{{{NS['table']}}}"


def read_odt(path: Path) -> list[Block]:
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
    body = root.find("office:body/office:text", NS)
    blocks: list[Block] = []
    counters = {"p": 0, "t": 0}
    if body is not None:
        _walk(body, blocks, counters, in_list=False)
    return blocks


def _text(el) -> str:
    return clean("".join(el.itertext()))


def _walk(el, blocks, counters, in_list):
    for child in el:
        if child.tag == T + "h":
            counters["p"] += 1
            if _text(child):
                blocks.append(Block("heading", _text(child), f"paragraph {counters['p']}"))
        elif child.tag == T + "p":
            counters["p"] += 1
            if _text(child):
                blocks.append(Block("item" if in_list else "paragraph", _text(child), f"paragraph {counters['p']}"))
        elif child.tag == T + "list":
            _walk(child, blocks, counters, in_list=True)
        elif child.tag == T + "list-item":
            _walk(child, blocks, counters, in_list=True)
        elif child.tag == TB + "table":
            counters["t"] += 1
            rows = child.iter(TB + "table-row")
            for r, row in enumerate(rows, start=1):
                cells = [_text(c) for c in row.findall(TB + "table-cell")]
                if any(cells):
                    blocks.append(Block("row", "\t".join(cells), f"table {counters['t']}, row {r}", cells=cells,
                                        table=counters["t"], header=r == 1))
        elif child.tag.endswith("section"):
            _walk(child, blocks, counters, in_list)
