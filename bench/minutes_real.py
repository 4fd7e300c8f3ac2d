"""Reading real council minutes (../shared/data/minutes-real: other people's documents, kept out of
the repository, so this is a bench and not a test).

    .venv/bin/python bench/minutes_real.py

Prints, for each document: its statements, sections and attendees, and any statement that looks like
a running header, footer or page number left in. Then, for each Rivergrove minutes PDF, the share of
its hand-made Markdown copy's statements that the PDF gives word for word. Figures to watch: every
document at 10 statements or more, no page lines, the PDF/Markdown share at 0.6 or more (what the
test this replaced asserted).
"""

from __future__ import annotations

import re
import sys
import time

from common import SHARED, need_shared

PAGE_LINE = re.compile(r"^(page \d|\d+\s*$|\d+ of \d+)", re.I)


def main() -> None:
    need_shared()
    from app.errors import FairMinutesError
    from app.minutes.importer import read_minutes

    folder = SHARED / "minutes-real"
    worst = []
    print(f"{'document':<66} {'stmts':>5} {'sects':>5} {'attnd':>5} {'page':>4} {'secs':>5}")
    for path in sorted(folder.glob("*/*")):
        if path.suffix.lower() not in (".pdf", ".docx", ".md"):
            continue
        t = time.perf_counter()
        try:
            m = read_minutes(path)
        except FairMinutesError as e:
            print(f"{path.parent.name + '/' + path.name:<66} cannot be read: {e}")
            worst.append(f"{path.name}: not read")
            continue
        took = time.perf_counter() - t
        pages = [s.text for s in m.statements if PAGE_LINE.match(s.text)]
        print(f"{path.parent.name + '/' + path.name:<66} {len(m.statements):>5} {len(m.sections):>5} "
              f"{len(m.attendees):>5} {len(pages):>4} {took:>5.2f}")
        if len(m.statements) < 10:
            worst.append(f"{path.name}: {len(m.statements)} statements")
        worst += [f"{path.name}: page line {p!r}" for p in pages[:3]]
    for pdf in sorted((folder / "rivergrove-city-council").glob("*.pdf")):
        md = pdf.with_name(pdf.stem + ".repo-transcription.md")
        if not md.exists():
            continue
        pdf_texts = {s.text for s in read_minutes(pdf).statements}
        md_statements = read_minutes(md).statements
        share = sum(s.text in pdf_texts for s in md_statements) / max(1, len(md_statements))
        print(f"{pdf.name}: {share:.2f} of its Markdown copy's {len(md_statements)} statements read word for word")
        if share < 0.6:
            worst.append(f"{pdf.name}: PDF/Markdown share {share:.2f}")
    print("below the floor: " + ("; ".join(worst) if worst else "nothing"))


if __name__ == "__main__":
    sys.exit(main())
