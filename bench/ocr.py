"""How well OCR reads the development conferences' minutes from scans (Tesseract, app/minutes/ocr.py).

    .venv/bin/python bench/ocr.py [--pages 2] [--photo]

For each conference with a PDF: its first N pages of claims rendered at 200 dpi and rebuilt as an
image-only PDF (with --photo: each page turned 1.5 degrees, contrast lowered, blurred, as JPEG),
read back; prints the share of that page's scored sentences found (fuzzy ratio >= 90, rapidfuzz),
the seconds per page, and the mean confidence. Figures to watch: share >= 0.95 (scan), >= 0.85
(photo), time <= 3 s a page (pessimistic here: two cores shared by everyone).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from common import SHARED, need_shared


def main() -> None:
    need_shared()
    import pypdfium2 as pdfium
    from PIL import Image, ImageEnhance, ImageFilter
    from rapidfuzz import fuzz

    from app.minutes.importer import read_minutes

    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=2)
    ap.add_argument("--photo", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    total_found = total_wanted = 0
    secs = pages_read = 0.0
    for folder in sorted((SHARED / "conferences").iterdir()):
        pdf_path = folder / "minutes.pdf"
        if not pdf_path.exists():
            continue
        gold = json.loads((folder / "gold.json").read_text())
        scored = {d["minutes_text"] for d in gold["discrepancies"] if d["minutes_text"]} | \
            {f["minutes_text"] for f in gold["faithful"]}
        text_layer = read_minutes(pdf_path)
        with_claims = sorted({s.page for s in text_layer.statements if s.text in scored and s.page})[: args.pages]
        pdf = pdfium.PdfDocument(str(pdf_path))
        images = [pdf[p - 1].render(scale=200 / 72).to_pil().convert("RGB") for p in with_claims]
        pdf.close()
        wanted = [s.text for s in text_layer.statements if s.page in with_claims and s.text in scored]
        got: list = []
        t = time.perf_counter()
        if args.photo:
            for i, im in enumerate(images):
                im = im.rotate(1.5, expand=True, fillcolor=(232, 230, 222), resample=Image.BICUBIC)
                im = ImageEnhance.Contrast(im).enhance(0.55).filter(ImageFilter.GaussianBlur(0.6))
                jpg = tmp / f"{folder.name}-{i}.jpg"
                im.save(jpg, quality=80)
                got += read_minutes(jpg).statements
        else:
            scan = tmp / f"{folder.name}.pdf"
            images[0].save(scan, save_all=True, append_images=images[1:], resolution=200)
            got = read_minutes(scan).statements
        took = time.perf_counter() - t
        texts = [s.text for s in got]
        found = sum(1 for w in wanted if max((fuzz.ratio(w, g) for g in texts), default=0) >= 90)
        conf = [s.confidence for s in got if s.confidence is not None]
        print(f"{folder.name:6} pages {with_claims}: {found}/{len(wanted)} scored sentences found "
              f"({found / max(1, len(wanted)):.2f}), {took / len(images):.2f} s a page, "
              f"mean confidence {sum(conf) / max(1, len(conf)):.2f}")
        total_found += found
        total_wanted += len(wanted)
        secs += took
        pages_read += len(images)
    print(f"all: {total_found}/{total_wanted} ({total_found / max(1, total_wanted):.3f}) found; "
          f"{secs / max(1, pages_read):.2f} s a page")


if __name__ == "__main__":
    sys.exit(main())
