"""Reading scans and photos of minutes: Tesseract OCR, offline, through its command line.

Why Tesseract (Debian's tesseract-ocr with its English model, 4 MB): measured on the scripted
conferences' minutes rendered at 200 dpi, it reads a page in about 3 s on one core and keeps the
spaces between words. RapidOCR (rapidocr-onnxruntime, the other engine with its weights inside a
package) took 23 s a page here, ran words together ("SocialWorker,WestshireChildren's": its only
bundled recogniser is the Chinese one) and adds about 200 MB (OpenCV) to the installer, against
about 13 MB for Tesseract and its English model. The command line rather than a wrapper library:
its TSV output gives every word with its box and confidence, which is all this needs.

The words come back as the same runs the PDF text layer gives (position in points, size, page),
so a scanned page goes through the same line, paragraph, bullet and heading rules as any other,
and each word keeps the recogniser's confidence (0-1).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from app.errors import FairMinutesError
from app.minutes.page_layout import image_edges, tables_from_edges

DPI = 200  # enough for 10-point type; more costs time and reads no better
UNSURE_BELOW = 0.6  # a word read with less confidence is shown as unsure
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp")


def tesseract() -> str | None:
    """The tesseract program: FAIRMINUTES_TESSERACT, one shipped beside the app, or on the PATH."""
    named = os.environ.get("FAIRMINUTES_TESSERACT")
    if named and Path(named).is_file():
        return named

    beside = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "tesseract" / "tesseract"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("tesseract")


def _missing() -> FairMinutesError:
    return FairMinutesError(
        "This document is a scan or a photo, and reading it needs Tesseract OCR, which is not installed. "
        "On Debian or Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-eng (the Windows installer "
        "includes it). Or ask the council for the minutes as a Word document or a PDF saved from Word.")


def upright(image):
    """A page picture made ready to read: turned as its camera said, grey, full contrast, and
    straightened (a photo or a scan is rarely square to the page; a turned page breaks its lines
    and hides its ruled tables)."""
    gray = ImageOps.autocontrast(ImageOps.exif_transpose(image).convert("L"), cutoff=1)
    angle = skew(gray)
    if abs(angle) < 0.2:
        return gray
    return gray.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)


def skew(gray, limit: float = 4.0, step: float = 0.25) -> float:
    """The angle (degrees) that makes the text lines level: the one whose rows of ink are most
    sharply separated (the projection-profile method), tried on a small copy."""
    small = gray.resize((max(1, gray.width // 4), max(1, gray.height // 4)))
    best, best_score = 0.0, -1.0
    for angle in np.arange(-limit, limit + step / 2, step):
        rows = (np.asarray(small.rotate(float(angle), resample=Image.NEAREST, fillcolor=255)) < 128).sum(axis=1)
        score = float(np.square(np.diff(rows.astype(np.int64))).sum())
        if score > best_score:
            best, best_score = float(angle), score
    return best


def read_image_runs(gray, page_no: int, dpi: float = DPI) -> list[dict]:
    """Words of one page image (a grey PIL image, made ready by upright()) as runs: {x0, x1, top,
    bottom (points), text, size, bold, page, lx1, conf}."""
    exe = tesseract()
    if exe is None:
        raise _missing()
    png = io.BytesIO()
    gray.save(png, format="PNG", dpi=(dpi, dpi))
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # one core a page: faster than threads fighting
    tessdata = Path(exe).parent / "tessdata"
    if tessdata.is_dir():  # the copy the installer carries (packaging/fairminutes.spec) reads its own model
        env["TESSDATA_PREFIX"] = str(tessdata)
    try:
        done = subprocess.run([exe, "stdin", "stdout", "-l", "eng", "--psm", "3", "--dpi", str(int(dpi)), "tsv"],
                              input=png.getvalue(), capture_output=True, env=env, timeout=120)
    except subprocess.TimeoutExpired:
        raise FairMinutesError(f"Reading page {page_no} of the scan took over two minutes and was stopped. "
                               "Try a clearer scan, or ask the council for the minutes as a Word document.") from None
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise FairMinutesError(f"Tesseract could not read page {page_no} of the scan ({said[0][:160]}).")
    return _runs_from_tsv(done.stdout.decode("utf-8", "replace"), page_no, 72.0 / dpi, gray)


def _bullet_left_of(dark, left: int, top: int, height: int) -> int | None:
    """Tesseract often drops a bullet: a small solid dot just left of a line's first word, about
    half its height, is one. Its left edge in pixels, or None."""
    x0 = max(0, left - int(2.5 * height))
    box = dark[top: top + height, x0: max(x0, left - 2)]
    if box.size == 0 or not box.any():
        return None
    ys, xs = box.nonzero()
    w, h = xs.max() - xs.min() + 1, ys.max() - ys.min() + 1
    solid = len(xs) / (w * h)
    if 0.2 * height <= h <= 0.75 * height and 0.5 * h <= w <= 1.6 * h and solid > 0.55:
        return x0 + int(xs.min())
    return None


def _runs_from_tsv(tsv: str, page_no: int, scale: float, gray=None) -> list[dict]:
    rows = [line.split("\t") for line in tsv.splitlines()[1:]]
    words = [r for r in rows if len(r) == 12 and r[0] == "5" and r[11].strip()]
    # Each word takes its line's box: on a photo taken at a slight angle a line's words climb or
    # fall across the page, and Tesseract has already told which words make a line. The height of
    # a line's letters (x-height and caps, not the box) stands for its font size.
    lines: dict[tuple, list] = {}
    for r in words:
        lines.setdefault((r[1], r[2], r[3], r[4]), []).append(r)

    dark = np.asarray(gray) < 128 if gray is not None else None
    runs = []
    for line in lines.values():
        boxes = [tuple(int(v) for v in r[6:10]) for r in line]
        heights = sorted(b[3] for b in boxes)
        # where the line starts is where it is: the left ends of a paragraph's lines are evenly spaced
        first = min(boxes, key=lambda b: b[0])
        top, bottom = first[1] * scale, (first[1] + heights[-1]) * scale
        size = heights[len(heights) // 2] * scale * 1.15  # a word's box is about 0.85 of the font size
        order = sorted(range(len(line)), key=lambda i: boxes[i][0])
        for n, i in enumerate(order):
            r, (left, _, width, _) = line[i], boxes[i]
            x0 = left * scale
            text = r[11].strip()
            if n == 0 and len(order) > 1 and _read_as_bullet(text, line[order[1]][11]):
                text = "•"
            elif n == 0 and dark is not None:
                dot = _bullet_left_of(dark, left, int(top / scale), heights[-1])
                if dot is not None:  # the dot Tesseract left out, put back as the line's first run
                    runs.append({"x0": dot * scale, "x1": x0 - 2 * scale, "top": top, "bottom": bottom, "text": "•",
                                 "size": round(size * 2) / 2, "bold": False, "page": page_no,
                                 "lx1": x0 - 2 * scale, "conf": 1.0})
            runs.append({"x0": x0, "x1": x0 + width * scale, "top": top, "bottom": bottom,
                         "text": text, "size": round(size * 2) / 2, "bold": False, "page": page_no,
                         "lx1": x0 + width * scale, "conf": max(0.0, float(r[10])) / 100})
    return runs


def _read_as_bullet(first: str, second: str) -> bool:
    """Tesseract reads a bullet as 'e', '¢', '«', '°' ...: a lone mark before a capital is one."""
    if not 1 <= len(first) <= 2 or first.isdigit() or first in ("I", "A"):
        return False
    if len(first) == 1 and not first.isalnum():
        return True
    return all(ch in "eoc¢«»°©@*+•·~" for ch in first) and second[:1].isupper()


def read_image_file(path: Path) -> tuple[list[dict], float, list[dict]]:
    """A photo or scan saved as an image: its words as runs on page 1, the page height, and any
    ruled tables found in it."""
    try:
        with Image.open(path) as im:
            im.load()
            dpi = float((im.info.get("dpi") or (0, 0))[0] or 0)
            image = im.copy()
    except (UnidentifiedImageError, OSError):
        raise FairMinutesError(f"{path.name} could not be opened as a picture. Save it again as .jpg or .png, or "
                               "ask the council for the minutes as a Word document.") from None
    # A photo has no real dpi: take the page as A4 wide, so that sizes in points mean something.
    if not 100 <= dpi <= 600:
        dpi = image.width / 8.27
    if image.width < 800:
        raise FairMinutesError(f"{path.name} is too small to read ({image.width} pixels wide). Take the photo "
                               "closer, or scan the page.")
    gray = upright(image)
    runs = read_image_runs(gray, 1, dpi)
    return runs, gray.height * 72.0 / dpi, tables_from_edges(*image_edges(gray, 72.0 / dpi), runs)
