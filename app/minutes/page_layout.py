"""A page's text runs (from PDFium, or from OCR of a scan or photo) into lines, and its ruled
tables from the lines that draw their borders (vector paths in a PDF, dark pixel runs in a
picture). Shared by pdf_reader.py and ocr.py, so neither needs the other's internals."""

from __future__ import annotations

from statistics import median

import numpy as np

from app.minutes.blocks import clean

TOL = 1.5  # points: how far apart two border lines may be and still meet


def inside(run, boxes) -> bool:
    cx, cy = (run["x0"] + run["x1"]) / 2, (run["top"] + run["bottom"]) / 2
    return any(x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1 for x0, top, x1, bottom in boxes)


def lines_of(runs: list[dict]) -> list[dict]:
    # Cluster by vertical overlap first, then order each line left to right: runs on one line can
    # sit a point apart (punctuation, superscripts) and must not jump to the line above or below.
    lines: list[dict] = []
    for r in sorted(runs, key=lambda r: r["top"]):
        mid = (r["top"] + r["bottom"]) / 2
        if lines and lines[-1]["top"] - 1 <= mid <= lines[-1]["bottom"] + 1 and r["top"] - lines[-1]["top"] < 4:
            lines[-1]["runs"].append(r)
            lines[-1]["bottom"] = max(lines[-1]["bottom"], r["bottom"])
        else:
            lines.append({"top": r["top"], "bottom": r["bottom"], "runs": [r]})
    for line in lines:
        rs = sorted(line["runs"], key=lambda r: r["x0"])
        line["text"] = clean(" ".join(r["text"] for r in rs))
        line["x0"] = rs[0]["x0"]
        line["x1"] = max(r["x1"] for r in rs)
        line["first_width"] = rs[0]["x1"] - rs[0]["x0"]
        line["bottom"] = max(r["bottom"] for r in rs)
        line["size"] = median(r["size"] for r in rs)
        line["bold"] = all(r["bold"] for r in rs if r["text"].strip("• "))
        # a bold run-in ("Police" in "Police seen twice"): bold words first, plain words after
        worded = [r for r in rs if r["text"].strip("• ")]
        n_bold = next((i for i, r in enumerate(worded) if not r["bold"]), len(worded))
        line["lead"] = " ".join(r["text"] for r in worded[:n_bold]) if 0 < n_bold < len(worded) <= 80 else ""
        line["page"] = rs[0]["page"]
        if "conf" in rs[0]:  # read by OCR
            line["confs"] = [(r["text"], r["conf"]) for r in rs]
    return lines


def merge_edges(edges: list) -> list:
    """Join collinear edges that touch or overlap: (position, start, end)."""
    lanes: list[list] = []  # edges at (nearly) the same position
    for e in sorted(edges):
        if lanes and abs(lanes[-1][0][0] - e[0]) <= TOL:
            lanes[-1].append(e)
        else:
            lanes.append([e])
    out: list[tuple] = []
    for lane in lanes:
        pos = median(e[0] for e in lane)
        merged: list[list[float]] = []
        for _, a, b in sorted(lane, key=lambda e: e[1]):
            if merged and a <= merged[-1][1] + TOL:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        out += [(pos, a, b) for a, b in merged]
    return out


def _covered(edges, pos: float, a: float, b: float) -> bool:
    return any(abs(p - pos) <= TOL and s <= a + TOL and e >= b - TOL for p, s, e in edges)


def image_edges(gray, scale: float, min_px: int = 40) -> tuple[list, list]:
    """The ruled lines of a scanned page (a 2-D array of grey levels), as the same edges the vector
    paths of a PDF give: (position, start, end) in points. A run of dark pixels longer than any
    letter's stroke (min_px: 5 mm at 200 dpi) is a rule."""
    dark = np.asarray(gray) < 150

    def runs_of(rows) -> list[tuple]:
        out = []
        for pos, row in enumerate(rows):
            if row.sum() < min_px:
                continue
            edges = np.flatnonzero(np.diff(np.concatenate(([0], row.view(np.int8), [0]))))
            for a, b in zip(edges[::2], edges[1::2], strict=True):
                if b - a >= min_px:
                    out.append((pos * scale, a * scale, b * scale))
        return out

    return merge_edges(runs_of(dark)), merge_edges(runs_of(dark.T))


def tables_from_edges(horizontal: list, vertical: list, runs: list[dict]) -> list[dict]:
    if len(horizontal) < 2 or len(vertical) < 2:
        return []
    xs = sorted({round(v[0], 1) for v in vertical})
    ys = sorted({round(h[0], 1) for h in horizontal})
    # A cell: the smallest box whose four sides are all drawn.
    cells = []
    for i, top in enumerate(ys):
        for j, left in enumerate(xs):
            for right in xs[j + 1:]:
                if not _covered(horizontal, top, left, right):
                    break
                if not any(abs(v[0] - right) <= TOL and v[1] <= top + TOL for v in vertical):
                    continue
                bottom = next((b for b in ys[i + 1:] if _covered(horizontal, b, left, right)
                               and _covered(vertical, left, top, b) and _covered(vertical, right, top, b)), None)
                if bottom is not None:
                    cells.append((left, top, right, bottom))
                    break
    if not cells:
        return []
    # Cells that share corners make one table.
    tables: list[list[tuple]] = []
    for cell in sorted(cells, key=lambda c: (c[1], c[0])):
        for t in tables:
            if any(_touch(cell, other) for other in t):
                t.append(cell)
                break
        else:
            tables.append([cell])
    out = []
    for t in tables:
        if len(t) < 2:
            continue
        rows: dict[float, list[tuple]] = {}
        for c in t:
            key = next((k for k in rows if abs(k - c[1]) <= TOL), c[1])
            rows.setdefault(key, []).append(c)
        grid = []
        for top in sorted(rows):
            texts = []
            for c in sorted(rows[top]):
                held = [r for r in runs if inside(r, [c])]
                texts.append(" ".join(ln["text"] for ln in lines_of(held)))
            grid.append([clean(x) for x in texts])
        if max(len(r) for r in grid) < 2:
            continue
        x0, y0 = min(c[0] for c in t), min(c[1] for c in t)
        x1, y1 = max(c[2] for c in t), max(c[3] for c in t)
        out.append({"bbox": (x0, y0, x1, y1), "rows": [r for r in grid if any(r)], "top": y0})
    return out


def _touch(a, b) -> bool:
    return not (a[2] < b[0] - TOL or b[2] < a[0] - TOL or a[3] < b[1] - TOL or b[3] < a[1] - TOL)
