"""`write_all`: every letter type for one conference, into one folder, with what was not written and why."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.letters import complaint, correction, follow_up, minutes_request, ombudsman, sar
from app.letters.facts import gather
from app.letters.outcome import Outcome
from app.safefile import make_output_dir

WRITERS = {  # in the order a parent meets them
    "minutes_request": (minutes_request.write, "minutes-request.docx"),
    "correction": (correction.write, "correction-request.docx"),
    "follow_up": (follow_up.write, "follow-up.docx"),
    "sar": (sar.write, "subject-access-request.docx"),
    "complaint": (complaint.write, "complaint.docx"),
    "ombudsman": (ombudsman.write, "ombudsman-summary.docx"),
}


def write_all(session, out: Path, today: date | None = None, only: list[str] | None = None) -> list[Outcome]:
    out = Path(out)
    make_output_dir(out)
    facts = gather(session, today)
    results = []
    for kind, (write, name) in WRITERS.items():
        if only and kind not in only:
            continue
        results.append(write(facts, out / name))
    return results
