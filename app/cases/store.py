"""A child's case: the conferences about the same child (or children), as plain files.

    <home>/cases/<case id>/case.json       the case's facts and its conferences, rewritten atomically
    <home>/cases/<case id>/timeline.jsonl  what happened and when (minutes received, letters sent,
                                           replies), append-only like a session's events

The case lists its conferences by session folder name; session.json is not touched. That is the
choice between "case.json beside the sessions" and "a case id in session.json", and why: session.json
is evidence (its hash is in every manifest and bundle), so putting a conference into a case must not
change it; a session of today's schema opens exactly as before and joins a case by its name alone.
"""

from __future__ import annotations

import json
import re
import secrets
import time
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from app import paths
from app.clock import now_iso
from app.deadlines import COMPLAINT_DAYS, MINUTES_WORKING_DAYS, REPLY_WORKING_DAYS, parse_date
from app.errors import DamagedFileError, FairMinutesError
from app.safefile import Journal, make_private_dir, write_json_atomic

# app.session is imported where a case opens its conferences: every `fairminutes` command reads this
# module (for LETTERS), and app.session would add 0.06 s to the 0.3 s of `fairminutes --help`.

CASE_SCHEMA = 1
EVENTS = ("minutes_received", "minutes_expected", "letter_sent", "reply_received")  # what a case's journal records
LETTER_EVENTS = ("letter_sent", "reply_received")  # the events that name which letter
LETTERS = {
    "minutes_request": "Request for the minutes and reports",
    "correction": "Request to correct the minutes",
    "follow_up": "Follow-up: no reply yet",
    "sar": "Subject access request",
    "complaint": "Complaint about the conference",
    "ombudsman": "Ombudsman complaint summary",
}


@dataclass
class Child:
    name: str = ""
    dob: str = ""  # ISO date when known


@dataclass
class Parent:
    """Asked for once and kept in the case: every letter signs with it."""

    name: str = ""
    address: str = ""  # lines separated by newlines
    contact: str = ""  # email or telephone


@dataclass
class CaseInfo:
    title: str = ""
    children: list[Child] = field(default_factory=list)
    council: str = ""
    reference: str = ""  # the council's case reference
    parent: Parent = field(default_factory=Parent)
    council_address: str = ""  # where letters to the chair go, if the parent has it
    dpo_address: str = ""  # the council's data protection officer, for the subject access request
    conferences: list[str] = field(default_factory=list)  # session folder names
    minutes_working_days: int = MINUTES_WORKING_DAYS  # local procedures differ: the parent can change it
    reply_working_days: int = REPLY_WORKING_DAYS
    complaint_days: int = COMPLAINT_DAYS
    created: str = ""
    schema: int = CASE_SCHEMA

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> CaseInfo:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        children = [Child(**{k: str(v) for k, v in c.items() if k in ("name", "dob")})
                    for c in known.pop("children", []) or [] if isinstance(c, dict)]
        parent_d = known.pop("parent", {})
        parent_d = parent_d if isinstance(parent_d, dict) else {}
        parent = Parent(**{k: str(v) for k, v in parent_d.items() if k in Parent.__dataclass_fields__})
        conferences = [str(c) for c in known.pop("conferences", []) or []]
        for key in ("minutes_working_days", "reply_working_days", "complaint_days"):
            if key in known:
                known[key] = int(known[key])
        return cls(**known, children=children, parent=parent, conferences=conferences)

    def child_names(self) -> str:
        names = [c.name for c in self.children if c.name.strip()]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


@dataclass
class Entry:
    """One line of timeline.jsonl: something that happened, on a date the parent gives."""

    event: str  # minutes_received | minutes_expected | letter_sent | reply_received
    conference: str  # session folder name
    on: date
    letter: str = ""  # for letter_sent / reply_received: a key of LETTERS
    note: str = ""


class Case:
    def __init__(self, folder: Path):
        self.folder = Path(folder)

    @property
    def id(self) -> str:
        return self.folder.name

    @property
    def info_path(self) -> Path:
        return self.folder / "case.json"

    @property
    def journal(self) -> Journal:
        return Journal(self.folder / "timeline.jsonl")

    def read(self) -> CaseInfo:
        try:
            data = json.loads(self.info_path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            return CaseInfo.from_json(data)
        except FileNotFoundError:
            raise DamagedFileError(self.info_path, "the file is missing",
                                   "The conferences themselves are untouched.") from None
        except (ValueError, TypeError, UnicodeDecodeError) as e:
            raise DamagedFileError(self.info_path, f"it is not valid case details: {e}",
                                   "The conferences themselves are untouched; save the case again to repair it.") from None

    def write(self, info: CaseInfo) -> None:
        info.schema = CASE_SCHEMA
        write_json_atomic(self.info_path, info.to_json())

    # ----- conferences
    def sessions(self) -> list:
        """The case's conferences that still exist, oldest first (by the conference's date)."""
        from app.session import Session

        out = []
        for name in self.read().conferences:
            folder = paths.sessions_dir() / name
            if (folder / "session.json").exists():
                out.append(Session(folder))
        return sorted(out, key=_conference_date)

    def add(self, session) -> None:
        """Put a conference (any session, of today's schema or earlier) into this case. Its own files
        are not changed. A conference belongs to one case: it leaves any other first."""
        for other in list_cases():
            if other.folder != self.folder and session.id in other.read().conferences:
                info = other.read()
                info.conferences.remove(session.id)
                other.write(info)
        info = self.read()
        if session.id not in info.conferences:
            info.conferences.append(session.id)
            self.write(info)
        session.log_event("added_to_case", case=self.id)

    def new_conference(self, previous=None, kind: str = "RCPC", on: str = ""):
        """A new conference in this case, starting from the previous one: the same people, council,
        chair, child and reference (the parent changes what changed)."""
        from app.session import SessionInfo, create_session

        info = self.read()
        sessions = self.sessions()
        previous = previous or (sessions[-1] if sessions else None)
        before = previous.read_info() if previous is not None else SessionInfo()
        title = f"{kind} {info.child_names() or info.title}".strip()
        session = create_session(title, kind=kind, date=on, local_authority=before.local_authority or info.council,
                                 attendees=list(before.attendees))
        new = session.read_info()
        new.chair = before.chair
        new.child_name = before.child_name or info.child_names()
        new.child_dob = before.child_dob or (info.children[0].dob if info.children else "")
        new.reference = before.reference or info.reference
        session.write_info(new)
        self.add(session)
        return session

    # ----- what happened
    def record(self, event: str, conference, on: date | str, letter: str = "", note: str = "") -> Entry:
        day = parse_date(on)
        if day is None:
            raise FairMinutesError(f"“{on}” is not a date: give it as YYYY-MM-DD, for example 2026-05-22.")
        if letter and letter not in LETTERS:
            raise FairMinutesError(f"“{letter}” is not a kind of letter FairMinutes knows: {', '.join(LETTERS)}.")
        name = getattr(conference, "id", conference)
        self.journal.append({"event": event, "conference": name, "on": day.isoformat(), "letter": letter,
                             "note": note, "wall": now_iso()})
        return Entry(event, name, day, letter, note)

    def entries(self, conference=None) -> list[Entry]:
        name = getattr(conference, "id", conference)
        out = []
        for d in self.journal.read():
            day = parse_date(d.get("on"))
            if day is None or (name is not None and d.get("conference") != name):
                continue
            out.append(Entry(str(d.get("event", "")), str(d.get("conference", "")), day,
                             str(d.get("letter") or ""), str(d.get("note") or "")))
        return out


def _conference_date(session) -> tuple:
    try:
        return (parse_date(session.read_info().date) or date.max, session.id)
    except FairMinutesError:
        return (date.max, session.id)


def cases_dir() -> Path:
    return paths.home() / "cases"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


def create_case(title: str, children: list[Child] | None = None, council: str = "", reference: str = "",
                parent: Parent | None = None) -> Case:
    root = make_private_dir(cases_dir())
    name = f"{time.strftime('%Y%m%d-%H%M%S')}-{_slug(title) or 'case'}"
    folder = root / name
    while folder.exists():
        folder = root / f"{name}-{secrets.token_hex(2)}"
    make_private_dir(folder)
    case = Case(folder)
    case.write(CaseInfo(title=title.strip() or "Untitled case", children=list(children or []), council=council,
                        reference=reference, parent=parent or Parent(), created=now_iso()))
    return case


def suggested_title(session) -> str:
    """What a new case for this conference is called unless the parent says otherwise."""
    child = session.read_info().child_name
    return f"{child}'s case" if child else ""


def case_for(session, title: str) -> Case:
    """A new case holding this conference, with its child, council and reference taken from the
    conference's details (the conference's own files are not changed)."""
    info = session.read_info()
    case = create_case(title, children=[Child(info.child_name, info.child_dob)] if info.child_name else [],
                       council=info.local_authority, reference=info.reference)
    case.add(session)
    return case


def list_cases() -> list[Case]:
    root = cases_dir()
    if not root.exists():
        return []
    return [Case(f) for f in sorted(root.iterdir()) if f.is_dir() and (f / "case.json").exists()]


def case_of(session) -> Case | None:
    """The case a conference belongs to, or None."""
    for case in list_cases():
        try:
            if session.id in case.read().conferences:
                return case
        except FairMinutesError:
            continue
    return None


def group_by_case(rows) -> list[tuple[Case | None, list]]:
    """The start screen's rows grouped by case: each case with its conferences (newest case first,
    its conferences newest first), then the conferences in no case. `rows` are SessionSummary objects."""
    by_id = {r.session.id: r for r in rows}
    groups, placed = [], set()
    for case in reversed(list_cases()):
        try:
            names = case.read().conferences
        except FairMinutesError:
            continue
        members = sorted((by_id[n] for n in names if n in by_id), key=lambda r: r.date, reverse=True)
        if members:
            groups.append((case, members))
            placed.update(r.session.id for r in members)
    rest = [r for r in rows if r.session.id not in placed]
    if rest:
        groups.append((None, rest))
    return groups


def reply_days(session) -> int:
    """The working days a letter about this conference gives the council to reply: the case's own
    (Case details), else the usual REPLY_WORKING_DAYS."""
    case = case_of(session)
    if case is not None:
        try:
            return case.read().reply_working_days
        except FairMinutesError:
            pass
    return REPLY_WORKING_DAYS


def open_case(ref: str | Path) -> Case:
    path = Path(ref)
    if not (path / "case.json").exists():
        path = cases_dir() / str(ref)
    if not (path / "case.json").exists():
        raise FairMinutesError(f"No case was found at {ref}.")
    return Case(path)
