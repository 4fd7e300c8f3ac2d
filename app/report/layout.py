"""The report's content, once, for both formats: render() speaks to a writer that knows .docx or
PDF (docx_report.py, pdf_report.py), so the two always say the same thing."""

from __future__ import annotations

from typing import Protocol

from app.clock import clock
from app.compare.findings import FINDING_KINDS, kind_name, minutes_words
from app.report.report import (
    HOW_TO_CHECK,
    METHOD,
    ReportData,
    ReportSection,
    notes_by_time,
    transcript_with_notes,
)

DECISION_WORDS = {"confirmed": "Confirmed", "unreviewed": "Not yet checked", "dismissed": "Dismissed"}


class Writer(Protocol):
    def title(self, text: str, subtitle: str) -> None: ...
    def heading(self, text: str, level: int = 1) -> None: ...
    def para(self, text: str, bold: bool = False, small: bool = False, italic: bool = False) -> None: ...
    def table(self, headers: list[str], rows: list[list[str]], widths: list[float]) -> None: ...
    def page_break(self) -> None: ...


def render(d: ReportData, w: Writer) -> None:
    w.title("Discrepancy report", f"Minutes of the {d.kind + ' ' if d.kind else ''}conference: {d.title}")
    w.table(["", ""], [
        ["Conference", d.title or "-"],
        ["Date of the conference", d.date or "-"],
        ["Local authority", d.council or "-"],
        ["Prepared by", d.prepared_by or "-"],
        ["Prepared on", d.prepared_on],
        ["Made with", d.app_version],
    ], [55, 115])

    w.heading("Summary")
    total = sum(d.counts.values())
    w.para(f"The minutes hold {d.statements} statements about the meeting. Compared with the recording, "
           f"FairMinutes found {total} possible discrepanc{'y' if total == 1 else 'ies'}; "
           f"{d.confirmed} {'has' if d.confirmed == 1 else 'have'} been checked and confirmed by listening.")
    w.table(["Kind of discrepancy", "Found"],
            [[kind_name(k), str(d.counts.get(k, 0))] for k in FINDING_KINDS] + [["All", str(total)]], [130, 40])
    left_out = []
    if not d.include_unreviewed:
        left_out.append("findings not yet checked")
    if not d.include_dismissed:
        left_out.append("findings the reviewer dismissed")
    if left_out:
        w.para(f"This report leaves out {' and '.join(left_out)}.", small=True, italic=True)
    if not d.speakers_known:
        w.para("The transcript did not say who was speaking, so no statement was checked for being credited "
               "to the wrong person.", small=True, italic=True)

    w.heading("How this report was made")
    w.para(METHOD)

    for section in d.sections_at("before_findings"):
        render_section(section, w)

    if d.findings:
        w.page_break()  # the table starts on its own page, never with its heading orphaned above
    w.heading("The findings")
    if not d.findings:
        w.para("No findings are included.")
    rows = []
    for f in d.findings:
        rows.append([str(f.number),
                     minutes_words(f.finding),
                     f.said,
                     f"{f.kind_name}\n\n{f.explanation}",
                     f"{DECISION_WORDS[f.decision]}\nConfidence {f.confidence_words}"
                     + (f"\n\nComment: {f.comment}" if f.comment else "")])
    if rows:
        w.table(["No.", "What the minutes say", "What was said (time, speaker)", "Why it differs",
                 "Status"], rows, [9, 40, 52, 45, 24])

    if d.notes:
        w.heading("The friend's notes")
        w.table(["Time", "Tag", "Note", "By"],
                [[clock(n.get("t", 0)), n.get("tag") or "", n.get("text") or "(bookmark)", n.get("author") or ""]
                 for n in notes_by_time(d.notes)], [18, 28, 100, 24])

    w.page_break()
    w.heading("Appendix A: the full transcript")
    w.para("Times are from the start of the recording. The friend's notes appear at the time they were written. "
           "The transcript is automatic: check any passage by listening.", small=True, italic=True)
    for kind, t, who, text in transcript_with_notes(d.turns, d.notes):
        if kind == "turn":
            w.para(f"[{clock(t)}] {who}: {text}", small=True)
        else:
            w.para(f"[{clock(t)}] {who}: {text}", small=True, italic=True)

    w.page_break()
    w.heading("Appendix B: integrity")
    w.para("Each file's SHA-256 fingerprint is below. If a file is changed in any way, even by one letter, its "
           "fingerprint changes, so anyone can check that these are the files this report was made from.")
    w.table(["What", "File", "SHA-256"], [[a, b, c] for a, b, c in d.files], [38, 42, 90])
    w.para(f"Made with {d.app_version}; speech model: {d.model or 'not recorded'}.")
    w.heading("How to check a fingerprint", level=2)
    for system, command in HOW_TO_CHECK:
        w.para(f"{system}: {command}", small=True)
    w.para("Replace FILE with the file's name; the long code it prints must match the one above.", small=True)

    for section in d.sections_at("appendix"):
        render_section(section, w)


TEXT_WIDTH = 170  # mm between the A4 margins of both writers


def render_section(s: ReportSection, w: Writer) -> None:
    """One section added as data (report.ReportSection): heading, paragraphs, then its table."""
    w.heading(s.title, level=max(1, min(s.level, 3)))
    for text in s.paragraphs:
        w.para(text)
    if s.table:
        header, *rows = s.table
        cols = max(len(r) for r in s.table)
        widths = s.widths if s.widths and len(s.widths) == cols else [TEXT_WIDTH / cols] * cols
        pad = [""] * cols
        w.table((list(header) + pad)[:cols], [(list(r) + pad)[:cols] for r in rows], widths)
