"""The reviewer's decisions on findings, append-only in review.jsonl: confirm, dismiss, comment.
The latest line for a finding is its current state; earlier lines stay as its history."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from app.clock import now_iso
from app.compare.findings import Finding, load_findings
from app.safefile import Journal

DECISIONS = ("confirmed", "dismissed", "unreviewed")
CONFIRMED = "confirmed"


@dataclass
class Decision:
    finding: str
    decision: str = "unreviewed"
    comment: str = ""
    wall: str = ""


class Review:
    def __init__(self, path: Path):
        self.journal = Journal(path)

    def decide(self, finding: str, decision: str | None = None, comment: str | None = None) -> Decision:
        current = self.current().get(finding, Decision(finding))
        if decision is not None:
            if decision not in DECISIONS:
                raise ValueError(f"decision must be one of {DECISIONS}")
            current.decision = decision
        if comment is not None:
            current.comment = comment.strip()
        current.wall = now_iso()
        self.journal.append({"finding": finding, "decision": current.decision, "comment": current.comment,
                             "wall": current.wall})
        return current

    def current(self) -> dict[str, Decision]:
        out: dict[str, Decision] = {}
        for d in self.journal.read():
            fid = str(d.get("finding", ""))
            if fid:
                out[fid] = Decision(fid, str(d.get("decision", "unreviewed")), str(d.get("comment", "")),
                                    str(d.get("wall", "")))
        return out


def is_confirmed(decision: Decision | str | None) -> bool:
    """The one rule for what a report or a letter presents as confirmed: the reviewer's latest
    decision on the finding is "confirmed" (they listened, and the minutes are wrong there).
    Nothing else confirms a finding: not its confidence, not the absence of a dismissal."""
    if isinstance(decision, Decision):
        decision = decision.decision
    return decision == CONFIRMED


def state_of(decision: Decision | None) -> str:
    """Where the parent's review leaves a finding: "confirmed" (by `is_confirmed`), "dismissed", or
    "unreviewed" (no decision yet, or only a comment). The review's groups and markers use this."""
    if is_confirmed(decision):
        return CONFIRMED
    return "dismissed" if decision is not None and decision.decision == "dismissed" else "unreviewed"


F = TypeVar("F")


def confirmed(findings: Iterable[F], decisions: dict[str, Decision]) -> list[F]:
    """The findings (anything with an `id`) that `is_confirmed` by the decisions, in their order."""
    return [f for f in findings if is_confirmed(decisions.get(f.id))]


def confirmed_findings(session) -> list[Finding]:
    """The session's findings the parent has confirmed, in the findings file's order; none before
    the minutes are compared. A findings.json that cannot be read raises FairMinutesError."""
    if not session.findings_path.exists():
        return []
    return confirmed(load_findings(session.findings_path).findings, session.review().current())
