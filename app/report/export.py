"""Export a session: report (.docx and .pdf), evidence bundle (.zip) and letter (.docx)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app.report import report as report_mod
from app.report.bundle import check_passphrase, write_bundles
from app.report.docx_report import write_docx
from app.report.letter import REPLY_WORKING_DAYS, why_no_letter, write_letter
from app.report.pdf_report import write_pdf
from app.safefile import make_output_dir


@dataclass
class Exported:
    report_docx: Path
    report_pdf: Path
    bundle: Path  # the full bundle, with the whole recording
    letter: Path | None  # None when no finding is confirmed: no_letter says why
    email_bundle: Path | None = None  # the same without the whole recording (its hash stays)
    left_out: list[str] | None = None  # session files refused: a path outside the conference's folder
    no_letter: str | None = None  # why no letter was written, in words for the parent


def export_session(session, out_dir: Path, prepared_by: str = "", include_unreviewed: bool = True,
                   include_dismissed: bool = False, passphrase: str | None = None,
                   letter_days: int = REPLY_WORKING_DAYS) -> Exported:
    """`passphrase`: encrypt both bundles with it (AES-256); it is never written anywhere."""
    check_passphrase(passphrase)  # before anything is written
    out_dir = make_output_dir(Path(out_dir))  # 0700 if we make it; a folder already there keeps its mode
    session.write_manifest()
    data = report_mod.from_session(session, prepared_by, include_unreviewed, include_dismissed)
    stem = _stem(data.title)
    docx = write_docx(data, out_dir / f"{stem} - discrepancy report.docx")
    pdf = write_pdf(data, out_dir / f"{stem} - discrepancy report.pdf")
    # The letter carries confirmed findings only; with none, there is no letter and the reason says so.
    no_letter = why_no_letter(data)
    letter = None if no_letter else write_letter(data, out_dir / f"{stem} - letter to the chair.docx", prepared_by,
                                                  days=letter_days)
    bundles = write_bundles(session, data, [docx, pdf], out_dir, stem, passphrase)
    session.log_event("exported", folder=str(out_dir), report=docx.name, bundle=bundles.full.name,
                      email_bundle=bundles.email.name, encrypted=passphrase is not None,
                      left_out=bundles.left_out, letter=letter.name if letter else None)
    return Exported(docx, pdf, bundles.full, letter, bundles.email, bundles.left_out, no_letter)


def _stem(title: str) -> str:
    return re.sub(r"[^\w\- ]+", "", title).strip()[:60] or "Conference"
