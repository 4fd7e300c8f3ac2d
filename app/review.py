"""The reviewer's decisions on findings, append-only in review.jsonl: confirm, dismiss, comment.
The latest line for a finding is its current state; earlier lines stay as its history."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.safefile import Journal

DECISIONS = ("confirmed", "dismissed", "unreviewed")


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
        from app.session import now_iso

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
