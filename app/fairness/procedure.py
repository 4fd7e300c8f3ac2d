"""The procedural record of a conference: how it was run, as the parent records it (all optional,
any time) in session.json's `procedure` object, with the cues found in the transcript and notes
that the parent accepted or rejected.

The chair's answer about recording is not kept here: it is the `recording_permission` event the
conference screen's checklist logs (app/permission.py), one source read wherever it is shown.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta

from app.clock import clock
from app.compare.attribution import family_side, has_speakers
from app.compare.turns import from_transcript
from app.fairness.cues import VIEW_WORDS, find_cues, threshold
from app.permission import ANSWERS as SAID
from app.permission import permission

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
    if not session.transcript_path.exists():
        return []
    return from_transcript(session.transcript().to_json())


def session_cues(session, turns: list | None = None) -> list:
    """The procedural cues in this conference's transcript and the friend's notes."""
    turns = session_turns(session) if turns is None else turns
    not_heard = [n.t for n in session.notes.current() if n.tag == "not_heard"]
    return find_cues(turns, has_speakers(turns), not_heard)


def threshold_views(turns: list) -> list[list[str]]:
    """Each professional who spoke, the view they gave on the threshold (or none), when, and the
    decision: rows for a table. Empty when the transcript does not say who spoke."""
    if not turns or not has_speakers(turns):
        return []
    th = threshold(turns)
    rows = [[who, VIEW_WORDS[view] + ("; differs from the decision" if th.decision and view != th.decision
                                      else ""), clock(turns[i].start)] for who, (view, i) in th.views.items()]
    rows += [[who, "No view given", "-"] for who in th.silent]
    if th.decision:
        rows.append(["The chair's decision", VIEW_WORDS[th.decision], clock(turns[th.decision_turn].start)])
    return rows


REASONS_GIVEN = re.compile(r"\b(because|the reason|reasons? (?:is|are)|due to|given (?:the|that)|this (?:is|isn't|is not) "
                           r"(?:about|because)|it's (?:about|because)|so that|(?:the )?risks? (?:is|are|of|remains?)|"
                           r"concerns? (?:is|are|remains?)|(?:is|are|they're|it's) (?:still )?(?:real|recent|high|"
                           r"not (?:yet )?sustained)|not (?:yet )?sustained)\b", re.I)


def from_the_turns(turns: list) -> dict[str, tuple[str, float]]:
    """What the transcript itself says of two questions of the record: did a family member speak
    before the decision (and when), and did the chair give reasons with the decision. Each as
    ("yes" | "no", the time it rests on); absent when the transcript cannot tell (no speaker names,
    no decision heard)."""
    if not turns or not has_speakers(turns):
        return {}
    th = threshold(turns)
    if th.decision_turn is None:
        return {}
    out: dict[str, tuple[str, float]] = {}
    decision = turns[th.decision_turn]
    spoke = [t for t in turns[: th.decision_turn] if family_side(t.speaker) and len(t.text.split()) >= 4]
    out["chance_to_speak"] = ("yes", spoke[-1].start) if spoke else ("no", decision.start)
    # Reasons: the chair's words with the decision say why ("because", "the risk is still high").
    # Not finding them is no proof they were not given, so only a "yes" is filled in.
    chair_after = [t for t in turns[th.decision_turn: th.decision_turn + 3] if t.speaker == decision.speaker]
    explained = next((t for t in chair_after if REASONS_GIVEN.search(t.text.replace("’", "'"))), None)
    if explained is not None:
        out["decision_explained"] = ("yes", explained.start)
    return out
