"""The procedural record of a conference: how it was run, as the parent records it (all optional,
any time) in session.json's `procedure` object, with the cues found in the transcript and notes
that the parent accepted or rejected.

The chair's answer about recording is not kept here: it is the `recording_permission` event the
conference screen's checklist logs (app/permission.py), one source read wherever it is shown.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta

ANSWERS = {"yes": "Yes", "no": "No", "": "Not recorded"}


@dataclass
class ReportReceived:
    name: str = ""  # "Social work report"
    received: str = ""  # when the parent got it: ISO date and time ("2026-03-02T18:00") as they give it


@dataclass
class ProcedureRecord:
    reports: list[ReportReceived] = field(default_factory=list)
    advocate_asked: str = ""  # "yes" | "no" | "" (not recorded)
    advocate_came: str = ""
    chance_to_speak: str = ""  # was the parent given the chance to speak before the decision?
    decision_explained: str = ""
    # the parent's answer on each cue found in the transcript: {"type", "start", "accepted": bool}
    cues: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict | None) -> ProcedureRecord:
        d = d if isinstance(d, dict) else {}
        reports = [ReportReceived(str(r.get("name") or ""), str(r.get("received") or ""))
                   for r in d.get("reports") or [] if isinstance(r, dict)]
        answer = {k: str(d.get(k) or "") if str(d.get(k) or "") in ANSWERS else ""
                  for k in ("advocate_asked", "advocate_came", "chance_to_speak", "decision_explained")}
        return cls(reports, **answer, cues=[c for c in d.get("cues") or [] if isinstance(c, dict)])

    def decision_on(self, cue_type: str, start: float) -> bool | None:
        """The parent's answer on a cue: True accepted, False rejected, None not answered."""
        for c in reversed(self.cues):
            if c.get("type") == cue_type and abs(float(c.get("start", -1)) - start) < 0.5:
                return bool(c.get("accepted"))
        return None

    def decide(self, cue_type: str, start: float, accepted: bool) -> None:
        self.cues = [c for c in self.cues if not (c.get("type") == cue_type
                                                  and abs(float(c.get("start", -1)) - start) < 0.5)]
        self.cues.append({"type": cue_type, "start": round(start, 2), "accepted": accepted})


def read(session) -> ProcedureRecord:
    return ProcedureRecord.from_json(session.read_info().procedure)


def save(session, record: ProcedureRecord) -> None:
    info = session.read_info()
    info.procedure = record.to_json()
    session.write_info(info)


def recording_answer(session) -> tuple[str, str, str] | None:
    """The chair's answer about recording, from the checklist's `recording_permission` event
    (the one source): (answer, in words, the chair's words), or None when none was logged."""
    from app.permission import ANSWERS as SAID
    from app.permission import permission

    e = permission(session)
    if e is None:
        return None
    answer = str(e.get("answer") or "")
    return answer, SAID.get(answer, answer), str(e.get("words") or "")


def working_days_before(received: str, conference: str) -> int | None:
    """Whole working days (Monday to Friday) between receiving a report and the conference day:
    a report received the evening before is 0 days before. None when either date is unknown."""
    try:
        got = datetime.fromisoformat(received).date() if "T" in received or " " in received else \
            date.fromisoformat(received)
        day = date.fromisoformat(conference[:10])
    except (TypeError, ValueError):
        return None
    n, d = 0, got + timedelta(days=1)
    while d < day:
        n += d.weekday() < 5
        d += timedelta(days=1)
    return n if got < day else 0


def session_turns(session) -> list:
    """The meeting's turns, with the parent's corrections and speaker names laid over."""
    from app.compare.turns import from_transcript

    if not session.transcript_path.exists():
        return []
    return from_transcript(session.transcript().to_json())


def session_cues(session, turns: list | None = None) -> list:
    """The procedural cues in this conference's transcript and the friend's notes."""
    from app.compare.attribution import has_speakers
    from app.fairness.cues import find_cues

    turns = session_turns(session) if turns is None else turns
    not_heard = [n.t for n in session.notes.current() if n.tag == "not_heard"]
    return find_cues(turns, has_speakers(turns), not_heard)


def threshold_views(turns: list) -> list[list[str]]:
    """Each professional who spoke, the view they gave on the threshold (or none), when, and the
    decision: rows for a table. Empty when the transcript does not say who spoke."""
    from app.clock import clock
    from app.compare.attribution import has_speakers
    from app.fairness.cues import VIEW_WORDS, threshold

    if not turns or not has_speakers(turns):
        return []
    th = threshold(turns)
    rows = [[who, VIEW_WORDS[view] + ("; differs from the decision" if th.decision and view != th.decision
                                      else ""), clock(turns[i].start)] for who, (view, i) in th.views.items()]
    rows += [[who, "No view given", "-"] for who in th.silent]
    if th.decision:
        rows.append(["The chair's decision", VIEW_WORDS[th.decision], clock(turns[th.decision_turn].start)])
    return rows
