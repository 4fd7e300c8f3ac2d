"""The report's three fairness sections, as plain data (app/report/report.py's ReportSection):
"What matters most" (opening the report), "How the conference was run" and "Quality of the
minutes" (before the detailed findings)."""

from __future__ import annotations

from app.clock import clock
from app.compare.attribution import has_speakers
from app.compare.findings import (
    Finding,
    is_material,
    kind_name,
    load_findings,
    materiality_order,
    reported_once,
    shorten,
    weight,
)
from app.fairness import procedure, rights
from app.fairness.cues import CUE_NAMES, Cue, find_cues
from app.fairness.materiality import weigh_all
from app.fairness.procedure import ANSWERS, ProcedureRecord, recording_answer, working_days_before
from app.fairness.quality import CHECK_NAMES
from app.report.report import ReportSection


def mark_minuted(cues: list[Cue], findings: list[Finding], statements: list[dict] | None = None) -> None:
    """Do the minutes carry each cue? No when the comparison found those words omitted or
    contradicted; yes when a statement the recording supports rests on them; else unknown."""
    for c in cues:
        own = [e for e in c.evidence if e.speaker == c.speaker] or c.evidence  # the cue's own words
        spans = [(e.start, e.end) for e in own]
        if any(f.kind in ("omitted", "contradicted") and _hits(f.evidence, spans) for f in findings):
            c.minuted = False
        elif statements and any(s.get("status") == "supported" and _hits(
                [_Span(float(e["start"]), float(e["end"])) for e in s.get("evidence") or []], spans)
                for s in statements):
            c.minuted = True


def _hits(evidence, spans: list[tuple[float, float]]) -> bool:
    return any(e.start < b and e.end > a for e in evidence for a, b in spans)


class _Span:
    def __init__(self, start: float, end: float):
        self.start, self.end = start, end


def what_matters_most(findings: list[Finding], decisions: dict | None = None) -> dict:
    """The material findings, most material first, each with its one-line reason, and the counts
    ("4 of 11 touch the decision"). Dismissed findings are left out."""
    decisions = decisions or {}
    # a quality finding on words the comparison already reported is that finding, not a second one
    kept = [f for f in reported_once(findings) if getattr(decisions.get(f.id), "decision", "") != "dismissed"]
    material = [f for f in materiality_order(kept) if is_material(f)]
    decision = [f for f in kept if f.materiality and "decision" in f.materiality.reason.lower()]
    return {"all": len(kept), "material": material, "decision": len(decision)}


def what(f: Finding) -> str:
    """The finding in one line: its kind and the minutes' words, or who said what was left out."""
    if f.kind == "quality":
        return f"{CHECK_NAMES.get(f.check, 'The minutes')}: {shorten(f.explanation, 150)}"
    if f.minutes_text:
        return f"{kind_name(f.kind)}: “{shorten(f.minutes_text, 140)}”"
    e = f.evidence[0] if f.evidence else None
    if e is None:
        return kind_name(f.kind)
    return f"{kind_name(f.kind)}: {e.speaker or 'a speaker'} at {clock(e.start)}, “{shorten(e.text, 120)}”"


def _status(f: Finding, decisions: dict) -> str:
    d = getattr(decisions.get(f.id), "decision", "unreviewed")
    return {"confirmed": "Confirmed", "dismissed": "Dismissed"}.get(d, "Not yet checked")


def sections(findings: list[Finding], statements: list[dict], cues: list[Cue], record: ProcedureRecord,
             conference_date: str, recording: tuple[str, str, str] | None, decisions: dict | None = None,
             views: list[list[str]] | None = None, heard: dict[str, tuple[str, float]] | None = None) -> list:
    decisions = decisions or {}
    out = []
    # --- What matters most
    top = what_matters_most(findings, decisions)
    n, m = top["all"], len(top["material"])
    paras = [f"{m} of {n} finding{'s' if n != 1 else ''} could have affected the outcome; "
             f"{top['decision']} of {n} touch the decision, the threshold or the category."]
    if not m:
        paras.append("None of the findings touches the decision, the plan, an allegation about a parent or the "
                     "child's safety: on their own they are unlikely to have changed the outcome.")
    rows = [["What", "Why it matters", "Weight", "Status"]] + [
        [what(f), f.materiality.reason if f.materiality else "", f"{weight(f):.1f}", _status(f, decisions)]
        for f in top["material"]]
    out.append(ReportSection("What matters most", paras, rows if m else None, place="opening",
                             widths=[76, 50, 20, 24]))

    # --- How the conference was run
    paras = []
    if recording is None:
        paras.append("The chair's answer about recording was not logged.")
    else:
        answer, words, said = recording
        paras.append(f"Recording: {words}." + (f" The chair's words: “{said}”" if said else ""))
    facts = [["What", "Recorded"]]
    for r in record.reports:
        days = working_days_before(r.received, conference_date)
        when = r.received.replace("T", " at ") if r.received else "not recorded"
        late = " (usually at least 2 to 3 working days)" if days is not None and days < 2 else ""
        facts.append([f"{r.name or 'A report'} received", when + (
            f": {days} working day{'s' if days != 1 else ''} before the conference{late}" if days is not None else "")])
    def answered(answer: str, key: str) -> str:
        """The parent's answer; else what the transcript says, marked as such."""
        if answer or not heard or key not in heard:
            return ANSWERS[answer]
        said, at = heard[key]
        return f"{ANSWERS[said]} (from the recording at {clock(at)}, not yet checked by the parent)"

    # What the parent left unanswered, the recording may answer: a cue they have not rejected.
    def cue_of(kind: str) -> Cue | None:
        return next((c for c in cues if c.type == kind and record.decision_on(c.type, c.start) is not False), None)

    def from_recording(c: Cue, answer: str) -> str:
        checked = "" if record.decision_on(c.type, c.start) else ", not yet checked by the parent"
        return f"{answer} (from the recording at {clock(c.start)}{checked})"

    late = cue_of("report_late") or cue_of("report_not_received")
    if not record.reports and late is not None:
        e = next((x for x in late.evidence if x.speaker == late.speaker), late.evidence[0])
        facts.append(["A report received", from_recording(late, f"{'late' if late.type == 'report_late' else 'not at all'}"
                                                          f": “{shorten(e.text, 120)}”")])
    advocate = cue_of("advocate_requested_not_provided")
    asked = ANSWERS[record.advocate_asked] if record.advocate_asked or advocate is None else \
        from_recording(advocate, "Yes")
    came = ANSWERS[record.advocate_came] if record.advocate_came or advocate is None else \
        from_recording(advocate, "No")
    facts += [["An advocate or supporter asked for", asked],
              ["The advocate or supporter came", came],
              ["Given the chance to speak before the decision", answered(record.chance_to_speak, "chance_to_speak")],
              ["The decision was explained", answered(record.decision_explained, "decision_explained")]]
    out.append(ReportSection("How the conference was run", paras, facts, widths=[80, 90]))
    shown = [c for c in cues if record.decision_on(c.type, c.start) is not False]
    if shown:
        rows = [["Time", "What happened", "Who and what was said", "In the minutes?"]]
        for c in shown:
            e = c.evidence[0] if c.evidence else None
            quote = "\n".join(f"{x.speaker or 'A speaker'}: “{shorten(x.text, 140)}”" for x in c.evidence[:2])
            accepted = record.decision_on(c.type, c.start)
            rows.append([clock(e.start) if e else "-", CUE_NAMES.get(c.type, c.type)
                         + ("" if accepted else " (not yet checked by the parent)"), quote or c.summary,
                         {True: "Yes", False: "No"}.get(c.minuted, "Not known")])
        out.append(ReportSection("Moments found in the recording", ["Each is found by FairMinutes in the transcript "
                                 "or the friend's notes, with the words it rests on; listen at the time given."],
                                 rows, level=2, widths=[15, 45, 85, 25]))
    if views:
        out.append(ReportSection("Views on the threshold", ["Each professional who spoke, the view they gave "
                                 "in the meeting (found in the transcript), and the chair's decision."],
                                 [["Who", "View given", "Time"]] + views, level=2, widths=[70, 80, 20]))
    out.append(ReportSection("What usually happens", rights.all_help(), level=2))

    # --- Quality of the minutes
    quality = [f for f in findings if f.kind == "quality"
               and getattr(decisions.get(f.id), "decision", "") != "dismissed"]
    if quality:
        rows = [["Check", "Section of the minutes", "What is wrong"]]
        for f in quality:
            rows.append([CHECK_NAMES.get(f.check, f.check), f.section or "-",
                         f.explanation + (" The same words are also a finding of the comparison."
                                          if f.related and "see the finding" not in f.explanation else "")])
        paras = [f"{len(quality)} problem{'s' if len(quality) != 1 else ''} in the minutes themselves: what a plan and a "
                 "record of a conference usually have."]
    else:
        rows, paras = None, ["No problem was found in the minutes themselves."]
    out.append(ReportSection("Quality of the minutes", paras, rows, widths=[50, 40, 80]))
    return out


def report_sections(session) -> list:
    """The sections for a session's report (app/report/report.py SECTION_MAKERS)."""
    if not session.findings_path.exists():
        return []
    data = load_findings(session.findings_path)
    unweighed = [f for f in data.findings if f.materiality is None]  # a findings.json from before weights
    if unweighed:
        weigh_all(unweighed)
    turns = procedure.session_turns(session)
    cues = procedure.session_cues(session, turns)
    mark_minuted(cues, data.findings, [s.to_json() for s in data.statements])
    info = session.read_info()
    return sections(data.findings, [s.to_json() for s in data.statements], cues,
                    procedure.ProcedureRecord.from_json(info.procedure), info.date, recording_answer(session),
                    session.review().current(), procedure.threshold_views(turns), procedure.from_the_turns(turns))


def file_sections(findings: list[Finding], statements: list[dict], turns: list, conference_date: str = "") -> list:
    """The same sections for a report made from files (`fairminutes compare --report`): no session,
    so no procedural record, the chair's answer or the parent's answers on the cues."""
    cues = find_cues(turns, has_speakers(turns))
    mark_minuted(cues, findings, statements)
    return sections(findings, statements, cues, ProcedureRecord(), conference_date, None, {},
                    procedure.threshold_views(turns), procedure.from_the_turns(turns))
