"""Take the fairness screenshots (issue #17) in docs/screenshots:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_fairness.py

report-matters-most.png   the report's first page (PDF, rendered with pypdfium2): "What matters most"
report-how-it-was-run.png the page with "How the conference was run" and "Quality of the minutes"
how-it-was-run.png        the "How it was run…" dialog at 1366x768: the record and the moments found
The conference is a test conference (tests/data/conferences/dev-a) compared as the tests do.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def render_pages(pdf_path: Path) -> None:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(pdf_path))
    texts = [page.get_textpage().get_text_range() for page in pdf]
    wanted = {"report-matters-most.png": "What matters most", "report-how-it-was-run.png": "How the conference was run"}
    for name, title in wanted.items():
        n = next(i for i, t in enumerate(texts) if title in t)
        pdf[n].render(scale=1.6).to_pil().save(OUT / name)
        print("wrote", OUT / name, f"(page {n + 1})")


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="fm-fairness-shots-"))
    os.environ["FAIRMINUTES_HOME"] = str(home / "data")
    from PySide6.QtWidgets import QApplication

    from app.report.export import export_session
    from tests.test_fairness import fairness_session
    from ui.procedure_box import ProcedureDialog
    from ui.style import apply_style

    app = QApplication([])
    apply_style(app, {})
    session = fairness_session("dev-a")
    files = export_session(session, home / "out", prepared_by="FairMinutes screenshots")
    OUT.mkdir(parents=True, exist_ok=True)
    render_pages(files.report_pdf)
    dialog = ProcedureDialog(session)
    dialog.resize(1366, 700)
    dialog.cues.list.setCurrentRow(0)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "how-it-was-run.png"))
    print("wrote", OUT / "how-it-was-run.png")


if __name__ == "__main__":
    main()
