"""The report's content, once, for both formats: render() speaks to a writer that knows .docx or
PDF (docx_report.py, pdf_report.py), so the two always say the same thing."""

from __future__ import annotations

from typing import Protocol

from app.clock import clock
from app.compare import evidence as quoting
from app.compare import findings as wording
from app.compare.findings import FINDING_KINDS, NOTHING_IN_RECORDING, Evidence, kind_name, minutes_words
from app.minutes.statements import word_spans
from app.report.report import ReportData, ReportSection, notes_by_time, transcript_with_notes

DECISION_WORDS = {"confirmed": "Confirmed", "unreviewed": "Not yet checked", "dismissed": "Dismissed"}


def how_to_check(name: str = "FILE") -> list[tuple[str, str]]:
    """How anyone checks a file's SHA-256 without FairMinutes, on each system."""
    return [("Windows (Command Prompt)", f"certutil -hashfile {name} SHA256"),
            ("macOS (Terminal)", f"shasum -a 256 {name}"), ("Linux", f"sha256sum {name}")]


HOW_TO_CHECK = how_to_check()

METHOD = (
    "This report was made with FairMinutes, which recorded the conference on the parent's own computer and "
    "transcribed it there automatically, without sending anything over the internet. An automatic transcript "
    "makes mistakes, especially with names, numbers and people speaking over each other, so every finding "
    "below gives the time in the recording: each one should be checked by listening to the recording at "
    "that time. FairMinutes compares the words of the minutes with the words of the meeting; it cannot know "
    "what was meant, and it can miss things or flag things wrongly. How sure it is of each finding is "
    "shown as its confidence. Findings marked 'confirmed' were checked by the person who prepared the report; "
    "findings marked 'not yet checked' were not.")



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
    for section in d.sections_at("opening"):  # "What matters most" (issue #17)
        render_section(section, w)

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
    unsure = scanned = False
    for decision, title, about in GROUPS:
        group = [f for f in d.findings if f.decision == decision]
        if decision == "confirmed" and d.findings and not group:
            w.heading(title, level=2)
            w.para("None of the findings has been confirmed yet, so none of them is in a letter to the chair.")
        if not group:
            continue
        if decision != "confirmed" or len(group) != len(d.findings):
            w.heading(title, level=2)
        w.para(about, small=True, italic=True)
        rows = []
        for f in group:
            said = said_marked(f, d.turns)
            unsure = unsure or MARK in said
            minutes = minutes_marked(f.finding, d.minutes_unsure)
            scanned = scanned or MARK in minutes
            rows.append([str(f.number), minutes, said, f"{f.kind_name}\n\n{f.explanation}",
                         f"{DECISION_WORDS[f.decision]}\nConfidence {f.confidence_words}"
                         + (f"\n\nComment: {f.comment}" if f.comment else "")])
        w.table(["No.", "What the minutes say", "In the recording (time, speaker)", "Why it differs", "Status"],
                rows, [11, 39, 51, 45, 24])
    if unsure:
        w.para(UNSURE_NOTE, small=True, italic=True)
    if scanned:
        w.para(SCAN_NOTE, small=True, italic=True)

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


# Marks, in any text given to a writer, the words the recogniser was unsure of: on both sides of them.
# (Private-use characters: never in a transcript.) Each writer shows them its own way.
MARK = "\ue000\ue000"
UNSURE_NOTE = ("Underlined words in a quote are ones the automatic transcript was unsure of: they may be wrong. "
               "Listen to the recording before relying on them.")
SCAN_NOTE = ("Underlined words in what the minutes say were read from a scan or a photo, and the text recogniser "
             "was unsure of them: check them against the document as received.")
GROUPS = [
    ("confirmed", "Confirmed by listening",
     "The person who prepared this report listened to the recording at each of these points and confirmed that "
     "the minutes are wrong there. Only these go in a letter to the chair."),
    ("unreviewed", "Not yet checked",
     "FairMinutes found these by comparing the minutes with the automatic transcript. Nobody has listened to the "
     "recording to check them yet: they are leads to check, not evidence."),
    ("dismissed", "Dismissed by the reviewer",
     "The person who prepared this report listened to these and decided the minutes are not wrong there."),
]


def marked(e: Evidence, turns) -> str:
    """The quote with MARK around each word the recogniser was unsure of."""
    out, pos = [], 0
    for a, b in quoting.unsure_spans(e, turns):
        out += [e.text[pos:a], MARK, e.text[a:b], MARK]
        pos = b
    return "".join(out) + e.text[pos:]


def statement_unsure(f, unsure: list[list[str]]) -> list[str]:
    """The words the OCR was unsure of in the statement a finding quotes (ReportData.minutes_unsure,
    by the finding's statement index); none for typed minutes or a finding with no statement."""
    return unsure[f.statement] if f.minutes_text and f.statement is not None and f.statement < len(unsure) else []


def minutes_marked(f, unsure: list[list[str]]) -> str:
    """What the minutes say, for the table, with MARK around each word the OCR was unsure of."""
    text = minutes_words(f)
    words = statement_unsure(f, unsure)
    out, pos = [], 0
    for a, b in word_spans(text, words):
        out += [text[pos:a], MARK, text[a:b], MARK]
        pos = b
    return "".join(out) + text[pos:]


def said_marked(f, turns) -> str:
    """What the finding rests on, as wording.said_line words it, unsure words marked."""
    if f.kind == "quality" and not f.evidence:
        return "(not about the recording: the minutes judged on their own)"
    lines = []
    for e in f.evidence:
        name = wording.who(e)
        lines.append(f"[{clock(e.start)}] {name[:1].upper() + name[1:]}: “{marked(e, turns)}”")
    return "\n".join(lines) or NOTHING_IN_RECORDING


def unmarked(text: str) -> str:
    return text.replace(MARK, "")


def pieces(text: str) -> list[tuple[str, bool]]:
    """(text, unsure) runs of a marked text."""
    return [(part, bool(i % 2)) for i, part in enumerate(text.split(MARK)) if part]


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
