"""Scans and photos of the minutes, read by OCR (Tesseract). Made in the test from a development
conference's minutes: two pages rendered to pictures and rebuilt as an image-only PDF, and one page
made to look like a photo (turned slightly, lower contrast, a little blur, JPEG). Two shared cores:
three pages in all; the time per page is bench/ocr.py's business."""

from __future__ import annotations

import pytest
from PIL import Image, ImageEnhance, ImageFilter
from rapidfuzz import fuzz

from app.minutes.importer import read_minutes
from app.minutes.ocr import tesseract

PAGES = (2, 3)  # dev-a's pages of claims (page 1 is mostly the attendee table)


@pytest.fixture(scope="module")
def source(test_data):
    path = test_data / "conferences/dev-a/minutes.pdf"
    return path, read_minutes(path)


def _render(path, page: int) -> Image.Image:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return pdf[page - 1].render(scale=200 / 72).to_pil().convert("RGB")
    finally:
        pdf.close()


def _found(wanted: list[str], minutes) -> float:
    got = [s.text for s in minutes.statements]
    return sum(1 for w in wanted if max((fuzz.ratio(w, g) for g in got), default=0) >= 90) / len(wanted)


def test_tesseract_is_installed():
    assert tesseract(), "Tesseract OCR is missing: scripts/system-deps.sh installs it"


def test_an_image_only_pdf_reads_back(source, tmp_path):
    path, text_layer = source
    images = [_render(path, p) for p in PAGES]
    scan = tmp_path / "scan.pdf"
    images[0].save(scan, save_all=True, append_images=images[1:], resolution=200)
    wanted = [s.text for s in text_layer.statements if s.page in PAGES and not s.header]
    assert len(wanted) >= 20
    m = read_minutes(scan)
    assert _found(wanted, m) >= 0.95
    assert any("read by OCR" in n for n in m.notices)
    claims = [s for s in m.statements if not s.header]
    assert all(s.page in (1, 2) and s.confidence is not None and 0.5 < s.confidence <= 1 for s in claims)
    assert all("scan" in s.where for s in claims)


def test_a_photo_of_a_page_reads_back(source, tmp_path):
    path, text_layer = source
    page = _render(path, PAGES[0]).rotate(1.5, expand=True, fillcolor=(232, 230, 222), resample=Image.BICUBIC)
    photo = ImageEnhance.Contrast(page).enhance(0.55).filter(ImageFilter.GaussianBlur(0.6))
    jpg = tmp_path / "photo.jpg"
    photo.save(jpg, quality=80)
    wanted = [s.text for s in text_layer.statements if s.page == PAGES[0] and not s.header]
    m = read_minutes(jpg)
    assert _found(wanted, m) >= 0.85
    assert all(s.confidence is not None for s in m.statements)


def test_a_heic_photo_gets_a_way_round(tmp_path):
    from app.errors import FairMinutesError

    p = tmp_path / "IMG_0001.HEIC"
    p.write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\0" * 100)
    with pytest.raises(FairMinutesError, match="JPEG"):
        read_minutes(p)
