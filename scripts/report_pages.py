"""Page images of the demo's PDF report, for docs/screenshots/report-page-N.png (looked at by eye).

    .venv/bin/python scripts/report_pages.py

Runs the demo conference in a temporary folder (nothing goes into your conferences) and renders each
page of its report with pdfium, the same library the tests read the PDF back with."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    sys.path.insert(0, str(ROOT))
    import pypdfium2

    from app.demo import run_demo

    paths = run_demo(Path(tempfile.mkdtemp(prefix="fm-report-")), say=lambda *_: None)
    pdf = pypdfium2.PdfDocument(str(paths["pdf"]))
    for old in OUT.glob("report-page-*.png"):
        old.unlink()  # the report may have fewer pages than last time
    for i, page in enumerate(pdf, start=1):
        out = OUT / f"report-page-{i}.png"
        page.render(scale=1.3).to_pil().save(out)
        print("saved", out)


if __name__ == "__main__":
    main()
