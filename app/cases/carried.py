"""Findings carried forward: a discrepancy confirmed in one conference's minutes that the next
conference's minutes repeat ("raised on 3 May, not corrected").

How a repeat is recognised: the same claim appears among the new minutes' statements. Minutes are
often copied forward with small edits ("still", a changed tense), so the words are compared as a
set (rapidfuzz's token_set_ratio), and three guards keep a different claim from matching:
- the same numbers (a changed number is a different claim, possibly the correction itself);
- the same polarity (a "not" added or removed is the correction, not a repeat);
- neither sentence is a short fragment of the other (a set match of 3 words proves nothing).
Omissions have no sentence in the minutes, so they cannot be matched this way and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz

from app.cases.store import case_of
from app.compare.findings import Finding
from app.deadlines import parse_date, short_date
from app.minutes.importer import session_minutes
from app.report.report import ReportSection
from app.review import confirmed_findings

SAME_CLAIM_FROM = 88  # token_set_ratio; measured on the tests' paraphrases (a repeat scores 90-100)
SHORTEST_CLAIM = 5  # words: below this a set match is too easy
LENGTH_RATIO = 0.6  # the shorter sentence has at least this share of the longer one's words
_NEGATION = re.compile(r"\b(not|no|never|none|nobody|nothing|neither|nor|without)\b|n't\b")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def same_claim(earlier: str, later: str) -> int:
    """How surely `later` repeats the claim `earlier` (0-100); 0 when a guard says it is not."""
    a, b = _words(earlier), _words(later)
    if min(len(a), len(b)) < SHORTEST_CLAIM or min(len(a), len(b)) / max(len(a), len(b)) < LENGTH_RATIO:
        return 0
    if sorted(_NUMBER.findall(earlier)) != sorted(_NUMBER.findall(later)):
        return 0
    if len(_NEGATION.findall(earlier.lower())) % 2 != len(_NEGATION.findall(later.lower())) % 2:
        return 0
    score = int(fuzz.token_set_ratio(" ".join(a), " ".join(b)))
    return score if score >= SAME_CLAIM_FROM else 0


@dataclass
class Carried:
    finding: Finding  # as found in the earlier conference's minutes
    earlier: str  # the earlier conference's session folder name
    earlier_date: date | None
    raised_on: date | None  # when the correction letter for the earlier minutes was sent
    repeated: str  # the new minutes' statement that repeats it
    score: int

    def line(self) -> str:
        """'Raised on 3 May 2026, not corrected: the new minutes repeat it.'"""
        if self.raised_on:
            first = f"Raised on {short_date(self.raised_on)}, not corrected"
        elif self.earlier_date:
            first = f"Confirmed in the minutes of {short_date(self.earlier_date)}, not corrected"
        else:
            first = "Confirmed in earlier minutes, not corrected"
        return f"{first}: these minutes repeat it: “{self.repeated}”"


def carried_forward(case, session) -> list[Carried]:
    """The confirmed findings of the case's earlier conferences that `session`'s minutes repeat."""
    found = session_minutes(session)
    if found is None:
        return []
    statements = [s.text for s in found[0].statements]
    this_date = parse_date(session.read_info().date)
    out: list[Carried] = []
    for earlier in case.sessions():
        if earlier.id == session.id:
            break  # sessions() is oldest first: only those before this one
        earlier_date = parse_date(earlier.read_info().date)
        if this_date and earlier_date and earlier_date > this_date:
            continue
        findings = confirmed_findings(earlier)
        raised = [e.on for e in case.entries(earlier) if e.event == "letter_sent" and e.letter == "correction"]
        for f in findings:
            if not f.minutes_text:
                continue
            best = max(((same_claim(f.minutes_text, s), s) for s in statements), default=(0, ""))
            if best[0]:
                out.append(Carried(f, earlier.id, earlier_date, min(raised) if raised else None, best[1], best[0]))
    return out


def report_sections(session) -> list:
    """The report's section for the findings of earlier conferences that these minutes repeat
    (a line in app/report/report.py's SECTION_MAKERS); none when the conference is in no case or
    nothing is repeated."""
    case = case_of(session)
    found = carried_forward(case, session) if case is not None else []
    if not found:
        return []
    rows = [["Earlier minutes (confirmed wrong)", "When raised", "These minutes"]]
    for c in found:
        when = (f"Raised on {short_date(c.raised_on)}" if c.raised_on else
                f"Confirmed in the minutes of {short_date(c.earlier_date)}" if c.earlier_date else "Confirmed earlier")
        rows.append([c.finding.minutes_text or "", when + ", not corrected", c.repeated])
    n = len(found)
    return [ReportSection("Raised before and not corrected",
                          [f"{n} point{'s' if n != 1 else ''} confirmed as wrong in the minutes of an earlier conference "
                           f"in this case {'are' if n != 1 else 'is'} repeated in these minutes. Each was checked "
                           "against the recording of that earlier conference."], rows)]


def notes_for(session) -> list[str]:
    """One line for each earlier confirmed finding these minutes repeat, for a screen that shows
    the comparison (the review) to put beside its findings; none when the conference is in no case."""
    case = case_of(session)
    return [f"{c.line()} (first in the minutes of {short_date(c.earlier_date)})" if c.earlier_date else c.line()
            for c in (carried_forward(case, session) if case is not None else [])]
