"""One invented case with two conferences, for the case, letter and case-screen tests.

Conference 1: an ICPC on Friday 22 May 2026 (the Spring bank holiday follows on Monday). Its minutes
came on 19 June (expected 15 June); three findings are confirmed and one dismissed; a correction
letter and a subject access request went on 22 June; no reply has come.
Conference 2: the review (RCPC) on Thursday 20 August 2026. Its minutes (received 10 September)
repeat one confirmed claim of conference 1 word for word but for "still", and change a number of
another (which is therefore not a repeat).
Names and sentences are invented.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.cases.store import Case, Child, Parent, create_case
from app.minutes.importer import import_into_session
from app.session import Attendee, create_session

TODAY = date(2026, 10, 1)
CHILD = "Maisie Thornbury"
PARENT = "Joanne Thornbury"
COUNCIL = "Eastmoor Borough Council"
REFERENCE = "CP/2026/0417"
CHAIR = "Ann Hollis"

MINUTES_1 = """Initial Child Protection Conference
Date of conference: 22 May 2026

Discussion
The mother has not attended any of the parenting course sessions.
The father agreed that the children would stay with their grandmother for 3 nights each week.
The school reported that attendance has improved this term.

Decision
The children will be subject to a child protection plan under the category of neglect.
"""

MINUTES_2 = """Review Child Protection Conference
Date of conference: 20 August 2026

Discussion
The mother has still not attended any of the parenting course sessions.
The father agreed that the children would stay with their grandmother for 2 nights each week.
The health visitor said the home conditions were much better.

Decision
The plan will continue under the category of neglect.
"""

NOT_SAID = "The mother has not attended any of the parenting course sessions."
CHANGED = "The father agreed that the children would stay with their grandmother for 3 nights each week."


@dataclass
class Built:
    case: Case
    first: object  # Session
    second: object


def _findings(session, items: list[dict]) -> None:
    data = {"minutes": "minutes/minutes.txt", "transcript": "transcript.json", "findings": items, "statements": []}
    session.findings_path.write_text(json.dumps(data), encoding="utf-8")


def _transcript(session, turns: list[tuple[float, str, str]]) -> None:
    segments = [{"id": n, "start": t, "end": t + 6.0, "speaker": who, "text": text, "words": []}
                for n, (t, who, text) in enumerate(turns)]
    data = {"model": "tiny.en", "language": "en", "audio_sha256": "", "duration": 900.0, "segments": segments}
    session.transcript_path.write_text(json.dumps(data), encoding="utf-8")


def _conference(tmp: Path, title: str, kind: str, on: str, minutes: str):
    s = create_session(title, kind=kind, date=on, local_authority=COUNCIL,
                       attendees=[Attendee(CHAIR, "Independent Chair"), Attendee("Paul Brennan", "Social Worker"),
                                  Attendee(PARENT, "Mother")])
    info = s.read_info()
    info.chair, info.child_name, info.reference = CHAIR, CHILD, REFERENCE
    s.write_info(info)
    path = tmp / f"{kind.lower()}-minutes.txt"
    path.write_text(minutes, encoding="utf-8")
    import_into_session(s, path)
    return s


def build_case(tmp: Path) -> Built:
    case = create_case(f"{CHILD}'s case", children=[Child(CHILD, "2019-03-14")], council=COUNCIL,
                       reference=REFERENCE, parent=Parent(PARENT, "12 Larch Row\nEastmoor\nEM4 7QT",
                                                          "joanne@example.org"))
    info = case.read()
    info.dpo_address = "Data Protection Officer\nEastmoor Borough Council\nTown Hall\nEastmoor EM1 1AA"
    case.write(info)
    first = _conference(tmp, "ICPC for Maisie", "ICPC", "2026-05-22", MINUTES_1)
    ev = [{"start": 95.0, "end": 101.0, "speaker": PARENT, "text": "I have been to four of the six sessions."}]
    _findings(first, [
        {"id": "f1", "kind": "not_said", "minutes_text": NOT_SAID, "evidence": ev, "confidence": 0.8,
         "explanation": "Nobody said this; the mother said she had been to four of six sessions.", "statement": 0},
        {"id": "f2", "kind": "changed_detail", "minutes_text": CHANGED,
         "evidence": [{"start": 300.0, "end": 306.0, "speaker": "Father", "text": "Two nights a week at my mum's."}],
         "confidence": 0.7, "explanation": "The meeting said two nights, not three.", "statement": 1},
        {"id": "f3", "kind": "omitted", "minutes_text": None,
         "evidence": [{"start": 610.0, "end": 618.0, "speaker": PARENT, "text": "I asked for an advocate and nobody came."}],
         "confidence": 0.6, "explanation": "The mother's request for an advocate is not recorded."},
        {"id": "f4", "kind": "not_said", "minutes_text": "The school reported that attendance has improved this term.",
         "evidence": [], "confidence": 0.3, "explanation": "Not found.", "statement": 2},
    ])
    _transcript(first, [(95.0, PARENT, "I have been to four of the six sessions."),
                        (300.0, "Father", "Two nights a week at my mum's."),
                        (610.0, PARENT, "I asked for an advocate and nobody came.")])
    review = first.review()
    for fid in ("f1", "f2", "f3"):
        review.decide(fid, "confirmed", "Checked by listening.")
    review.decide("f4", "dismissed")
    case.add(first)
    case.record("minutes_received", first, "2026-06-19")
    case.record("letter_sent", first, "2026-06-22", letter="correction")
    case.record("letter_sent", first, "2026-06-22", letter="sar")
    second = _conference(tmp, "Review for Maisie", "RCPC", "2026-08-20", MINUTES_2)
    case.add(second)
    case.record("minutes_received", second, "2026-09-10")
    return Built(case, first, second)
