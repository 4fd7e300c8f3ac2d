"""What the complaint names: how the conference's process failed the family, and the discrepancies
in its minutes that were raised and not corrected.

Process failings come from two places: the case's own dates (minutes late, no reply to a correction
request) and, where helper module app/fairness is present, its procedural record of the meeting.
Without app/fairness that part is simply absent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.cases.carried import carried_forward
from app.clock import clock
from app.compare.findings import Finding, minutes_sentence, said_sentence, who
from app.deadlines import add_working_days, long_date, parse_date, reply_due
from app.errors import FairMinutesError
from app.fairness import procedure
from app.fairness.cues import CUE_NAMES
from app.letters.facts import Facts
from app.review import confirmed_findings


@dataclass
class Uncorrected:
    finding: Finding
    status: str  # 'Raised on 22 June 2026; no reply by 6 July 2026.' and what later minutes did
    earlier: date | None = None  # set when the finding is an earlier conference's, repeated here

    def sentences(self) -> list[str]:
        if self.earlier is None:
            return [minutes_sentence(self.finding)] + [said_sentence(e) for e in self.finding.evidence[:2]]
        lines = [f"The minutes of the conference of {long_date(self.earlier)} said: “{self.finding.minutes_text}”"]
        lines += [f"At {clock(e.start)} in my recording of that conference, {who(e)} said: “{e.text}”"
                  for e in self.finding.evidence[:2]]
        return lines


def date_failings(facts: Facts) -> list[str]:
    out = []
    expected = facts.minutes_expected
    if expected is not None:
        if facts.minutes_received and facts.minutes_received > expected.on:
            late = _working_days_between(expected.on, facts.minutes_received)
            out.append(f"The minutes were expected by {long_date(expected.on)} and reached me on "
                       f"{long_date(facts.minutes_received)}, {late} working day{'s' if late != 1 else ''} late.")
        elif not facts.minutes_received and expected.on < facts.today:
            out.append(f"The minutes were expected by {long_date(expected.on)} and I have still not received them.")
    for e in facts.sent:
        if e.letter != "correction" or facts.replied(e):
            continue
        due = reply_due(e.on, facts.reply_working_days)
        if due.on < facts.today:
            out.append(f"I asked for the minutes to be corrected on {long_date(e.on)} and have had no reply, "
                       f"although I asked for one by {long_date(due.on)}.")
    return out


REPORTS_AT_LEAST = 2  # working days before the conference; "usually 2 to 3" (app/fairness/rights.py)
CUE_FAILINGS = ("report_late", "report_not_received", "advocate_requested_not_provided", "not_allowed_to_speak")


def fairness_failings(session) -> list[str]:
    """The procedural record (app/fairness/procedure.py, where present): what the parent recorded
    about how the conference was run, and the cues from the recording they accepted, one sentence
    each. With nothing recorded, none: that part of the complaint is left out."""
    try:
        record = procedure.read(session)
        held = parse_date(session.read_info().date)
    except (AttributeError, FairMinutesError):
        return []
    out = []
    for r in getattr(record, "reports", []) or []:
        got = parse_date(r.received)
        if got is None or held is None or got > held:
            continue
        days = _working_days_between(got, held) - (1 if got < held else 0)
        if got == held:
            out.append(f"The {r.name or 'report'} reached me only on the day of the conference.")
        elif days < REPORTS_AT_LEAST:
            out.append(f"The {r.name or 'report'} reached me on {long_date(got)}, {days} working "
                       f"day{'s' if days != 1 else ''} before the conference: too late to read it properly or to "
                       "ask for its errors to be put right.")
    if record.advocate_asked == "yes" and record.advocate_came == "no":
        out.append("I asked for an advocate to support me at the conference, and none was provided.")
    if record.chance_to_speak == "no":
        out.append("I was not given the chance to give my views before the decision was made.")
    if record.decision_explained == "no":
        out.append("The decision and the reasons for it were not explained to me.")
    accepted = [c for c in record.cues if c.get("accepted") and c.get("type") in CUE_FAILINGS]
    if accepted:
        for c in accepted:
            name = CUE_NAMES.get(c["type"], "")
            if name:
                out.append(f"{name} (at {clock(float(c.get('start', 0)))} in my recording).")
    return out


def uncorrected(facts: Facts) -> list[Uncorrected]:
    """This conference's confirmed findings that a correction letter raised and that were not
    corrected (no reply; or later minutes repeat them), and earlier conferences' confirmed findings
    that this conference's minutes repeat."""
    out: list[Uncorrected] = []
    session, case = facts.session, facts.case
    raised = sorted(e.on for e in facts.sent if e.letter == "correction")
    later_repeats: dict[str, list[str]] = {}
    if case is not None:
        for later in case.sessions():
            if later.id == session.id:
                continue
            for c in carried_forward(case, later):
                if c.earlier == session.id:
                    d = parse_date(later.read_info().date)
                    later_repeats.setdefault(c.finding.id, []).append(
                        f"The minutes of the conference of {long_date(d)} repeat it." if d else "Later minutes repeat it.")
    if raised and session.findings_path.exists():
        findings = confirmed_findings(session)
        replied = any(r.letter == "correction" and r.on >= raised[0] for r in facts.replies)
        for f in findings:
            status = f"Raised in my letter of {long_date(raised[0])}"
            if not replied:
                status += f"; no reply by {long_date(reply_due(raised[0], facts.reply_working_days).on)}"
            status += ". " + " ".join(later_repeats.get(f.id, []))
            if replied and f.id not in later_repeats:
                continue  # a reply came, and nothing shows it was not corrected
            out.append(Uncorrected(f, status.strip()))
    if case is not None:
        for c in carried_forward(case, session):
            out.append(Uncorrected(c.finding, c.line(), c.earlier_date))
    return out


def _working_days_between(a, b) -> int:
    n = 0
    while add_working_days(a, n + 1) <= b:
        n += 1
    return n
