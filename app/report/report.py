"""What a report holds, as plain data, gathered from a session or from files.

The report package in three layers: this module (data), layout.py (the wording and its order, once
for both formats) and the writers docx_report.py and pdf_report.py (how a heading or a table is
drawn). letter.py and bundle.py use the same data."""

from __future__ import annotations

import importlib
import platform
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.compare import findings as wording
from app.compare.findings import Evidence, Finding, FindingsFile, load_findings
from app.compare.turns import Turn, from_transcript
from app.errors import FairMinutesError
from app.minutes.importer import session_minutes
from app.minutes.statements import unsure_words
from app.notes import TAGS
from app.review import confirmed
from app.safefile import sha256_file
from app.version import __version__


@dataclass
class ReportFinding:
    """A finding as the report numbers it, with the reviewer's decision and comment; worded by the
    helpers in app/compare/findings.py, as the letter and the review pane word it."""

    number: int
    finding: Finding
    decision: str  # confirmed | unreviewed | dismissed
    comment: str
    order: float = 0.0  # minutes order (statement index), omissions placed by time after

    @property
    def id(self) -> str:
        return self.finding.id

    @property
    def kind(self) -> str:
        return self.finding.kind

    @property
    def kind_name(self) -> str:
        return wording.kind_name(self.finding.kind)

    @property
    def minutes_text(self) -> str | None:
        return self.finding.minutes_text

    @property
    def evidence(self) -> list[Evidence]:
        return self.finding.evidence

    @property
    def confidence(self) -> float:
        return self.finding.confidence

    @property
    def explanation(self) -> str:
        return self.finding.explanation

    @property
    def section(self) -> str:
        return self.finding.section

    @property
    def said(self) -> str:
        """What was said, with times and speakers: '[12:03] Health Visitor: “…”'."""
        return wording.said(self.finding)

    @property
    def confidence_words(self) -> str:
        return wording.confidence_words(self.finding)


@dataclass
class ReportSection:
    """A section of the report as plain data, so that other parts of the app (fairness, chain of
    custody) add what they know without editing the .docx and PDF writers. `place` says where it
    goes: "opening" (straight after the title block, before the summary), "before_findings" (after
    the summary, before the detailed findings) or "appendix" (after the integrity appendix).
    `level` 1 is a main heading, 2 a sub-heading."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    table: list[list[str]] | None = None  # first row is the header row
    level: int = 1
    place: str = "before_findings"
    widths: list[float] | None = None  # millimetres per column; even split when None


SECTION_PLACES = ("opening", "before_findings", "appendix")

# Who adds sections to a session's report: "module:function", each called with the session and
# returning a list of ReportSection. Add one line here for a new source; no writer changes.
SECTION_MAKERS: list[str] = ["app.fairness.report:report_sections", "app.custody:report_sections",
                              "app.cases.carried:report_sections"]


def sections_for(session) -> list[ReportSection]:
    out: list[ReportSection] = []
    for name in SECTION_MAKERS:
        module, _, func = name.partition(":")
        out += getattr(importlib.import_module(module), func)(session)
    return out


@dataclass
class ReportData:
    title: str
    kind: str
    date: str
    council: str
    prepared_by: str
    prepared_on: str
    findings: list[ReportFinding]
    counts: dict[str, int]  # all findings by kind, before filtering
    confirmed: int
    statements: int
    notes: list[dict]
    turns: list[Turn]
    files: list[tuple[str, str, str]]  # (what, file name, SHA-256)
    model: str
    speakers_known: bool
    include_dismissed: bool = False
    include_unreviewed: bool = True
    attendees: list[dict] = field(default_factory=list)
    sections: list[ReportSection] = field(default_factory=list)
    # What a letter to the council needs (session.json; all optional, as the parent gives them).
    child_name: str = ""
    child_dob: str = ""
    reference: str = ""
    chair: str = ""
    # Each checked statement's words the OCR was unsure of (minutes read from a scan or a photo).
    minutes_unsure: list[list[str]] = field(default_factory=list)

    def sections_at(self, place: str) -> list[ReportSection]:
        return [s for s in self.sections if s.place == place]

    @property
    def app_version(self) -> str:
        return f"FairMinutes {__version__} (Python {platform.python_version()})"


ORDER = {"confirmed": 0, "unreviewed": 1, "dismissed": 2}


def choose(findings: list[Finding], decisions: dict, include_unreviewed: bool,
           include_dismissed: bool) -> list[ReportFinding]:
    out = []
    for f in findings:
        d = decisions.get(f.id)
        decision = d.decision if d else "unreviewed"
        if decision == "dismissed" and not include_dismissed:
            continue
        if decision == "unreviewed" and not include_unreviewed:
            continue
        order = f.statement if f.statement is not None else 100000 + (f.evidence[0].start if f.evidence else 0)
        out.append(ReportFinding(0, f, decision, d.comment if d else "", float(order)))
    # Confirmed first, then unreviewed (marked as such); within each, in the order of the minutes.
    out.sort(key=lambda r: (ORDER[r.decision], r.order))
    for n, r in enumerate(out, start=1):
        r.number = n
    return out


def from_session(session, prepared_by: str = "", include_unreviewed: bool = True,
                 include_dismissed: bool = False) -> ReportData:
    if not session.findings_path.exists():
        raise FairMinutesError("Compare the minutes with the recording first; there is nothing to report yet.")
    info = session.read_info()
    data = load_findings(session.findings_path)
    decisions = session.review().current()
    transcript = session.machine_transcript()
    edited = session.transcript()
    notes = [n.to_json() for n in session.notes.current()]
    files = []
    parts = session.recording_parts()  # past 24.8 hours a recording goes on in recording.2.wav
    for n, audio in enumerate(parts, 1):
        files.append(("Recording" if len(parts) == 1 else f"Recording, part {n} of {len(parts)}", audio.name,
                      sha256_file(audio)))
    files.append(("Machine transcript", "transcript.json", sha256_file(session.transcript_path)))
    if session.transcript_edits_path.exists():
        files.append(("Corrections to the transcript", "transcript.edits.jsonl", sha256_file(session.transcript_edits_path)))
    notes_path = session.folder / "notes.jsonl"
    if notes_path.exists():
        files.append(("Friend's notes", "notes.jsonl", sha256_file(notes_path)))
    found = session_minutes(session)
    if found is not None:
        files.append(("Minutes as received", found[1].name, sha256_file(found[1])))
    files.append(("Findings", "findings.json", sha256_file(session.findings_path)))
    chosen = choose(data.findings, decisions, include_unreviewed, include_dismissed)
    return ReportData(info.title, info.kind, info.date, info.local_authority, prepared_by,
                      datetime.now().strftime("%d %B %Y, %H:%M"), chosen, data.counts(),
                      len(confirmed(data.findings, decisions)),
                      len(data.statements), notes, from_transcript(edited.to_json()), files,
                      transcript.model, data.speakers_known, include_dismissed, include_unreviewed,
                      [{"name": a.name, "role": a.role} for a in info.attendees], sections_for(session),
                      info.child_name, info.child_dob, info.reference, info.chair,
                      unsure_words(found[0] if found else None, [s.text for s in data.statements]))


def from_files(minutes, minutes_path: Path, turns: list[Turn], transcript_path: Path,
               findings: FindingsFile | dict, title: str = "") -> ReportData:
    """`findings`: the comparison as read back, or as the comparer's JSON (Result.to_json)."""
    if not isinstance(findings, FindingsFile):
        findings = FindingsFile.from_json(findings)
    files = [("Minutes as received", minutes_path.name, sha256_file(minutes_path)),
             ("Transcript", transcript_path.name, sha256_file(transcript_path))]
    chosen = choose(findings.findings, {}, True, False)
    info = minutes.info
    return ReportData(title or info.get("title", "Conference"), "", info.get("date") or info.get("date of conference", ""),
                      "", "", datetime.now().strftime("%d %B %Y, %H:%M"), chosen, findings.counts(), 0,
                      len(findings.statements), [], turns, files, "", findings.speakers_known,
                      attendees=[{"name": a.name, "role": a.role} for a in minutes.attendees],
                      minutes_unsure=unsure_words(minutes, [s.text for s in findings.statements]))


def notes_by_time(notes: list[dict]) -> list[dict]:
    return sorted(notes, key=lambda n: n.get("t", 0))


def transcript_with_notes(turns: list[Turn], notes: list[dict]) -> list[tuple[str, float, str, str]]:
    """('turn' | 'note', time, who, text), in time order: notes sit where they were written."""
    rows = [("turn", t.start, t.speaker or "Speaker", t.text) for t in turns]
    for n in notes:
        tag = n.get("tag") or ""
        label = TAGS.get(tag, "")
        text = n.get("text") or ""
        rows.append(("note", float(n.get("t", 0)), f"Note by {n.get('author') or 'friend'}",
                     f"[{label}] {text}".strip() if label else text))
    rows.sort(key=lambda r: (r[1], 0 if r[0] == "turn" else 1))
    return rows
