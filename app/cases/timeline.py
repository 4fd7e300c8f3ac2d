"""A case's timeline: each conference, when its minutes arrived, letters sent and replies, and the
dates that follow, each with its rule; what is overdue; and the letters that fit where it has got to.

Plain data for the case screen, the letters and `fairminutes letters`; `today` is an argument so
that a test (or a parent checking a past date) can fix it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app import deadlines as dl
from app.cases.store import LETTERS, Case
from app.deadlines import Due, parse_date
from app.errors import FairMinutesError
from app.review import confirmed_findings
from app.session import KIND_NAMES

DONE = "done"  # it happened
OPEN = "open"  # a date still to come
MET = "met"  # a date that was kept
LATE = "late"  # what was due came, but after its date
OVERDUE = "overdue"  # a date passed and what was due has not come
PASSED = "passed"  # a window that has closed (not anyone's failing)
REPLIES_EXPECTED = ("minutes_request", "correction", "follow_up", "complaint")


@dataclass
class Item:
    on: date
    what: str
    state: str
    conference: str
    rule: str = ""  # for a computed date: the rule behind it
    letter: str = ""  # the letter it is about, when it is about one


@dataclass
class ConferenceLine:
    session: object
    title: str
    kind: str
    on: date | None
    minutes_received: date | None
    items: list[Item] = field(default_factory=list)


@dataclass
class Timeline:
    conferences: list[ConferenceLine]
    today: date

    @property
    def items(self) -> list[Item]:
        return sorted((i for c in self.conferences for i in c.items), key=lambda i: i.on)

    def overdue(self) -> list[Item]:
        return [i for i in self.items if i.state == OVERDUE]

    def next_due(self) -> Item | None:
        """The first date still to come."""
        return next((i for i in self.items if i.state == OPEN), None)

    def letters_to_write(self) -> list[tuple[str, str, str]]:
        """(conference, letter key, why) for what the timeline says is due now."""
        out = []
        for c in self.conferences:
            sent = {i.letter for i in c.items if i.state == DONE and i.what.startswith("Letter sent")}
            for i in c.items:
                if i.state != OVERDUE:
                    continue
                if i.letter == "minutes" and "minutes_request" not in sent:
                    out.append((c.session.id, "minutes_request",
                                f"the minutes were expected by {dl.short_date(i.on)} and have not come"))
                elif i.letter in REPLIES_EXPECTED:
                    out.append((c.session.id, "follow_up",
                                f"no reply to the {LETTERS[i.letter].lower()}, due by {dl.short_date(i.on)}"))
            if _has_confirmed(c.session) and "correction" not in sent:
                out.append((c.session.id, "correction", "points in the minutes are confirmed as wrong"))
        return out


def _has_confirmed(session) -> bool:
    try:
        return bool(confirmed_findings(session))
    except FairMinutesError:
        return False


def minutes_received(case: Case, session) -> date | None:
    """The date the parent gave for the minutes' arrival, else the day they were brought in."""
    given = [e.on for e in case.entries(session) if e.event == "minutes_received"]
    return given[-1] if given else minutes_received_from_session(session)


def minutes_received_from_session(session) -> date | None:
    """The day the minutes were brought into the conference's folder, from its event log."""
    for ev in session.events.read():
        if ev.get("event") == "minutes_imported":
            return parse_date(ev.get("wall"))
    return None


def minutes_expected(case: Case, session, held: date) -> Due:
    info = case.read()
    set_by_parent = [e.on for e in case.entries(session) if e.event == "minutes_expected"]
    if set_by_parent:
        return Due("Minutes expected", set_by_parent[-1], "The date you set (local procedures differ).")
    return dl.minutes_expected(held, info.minutes_working_days)


def _state(due: date, met: bool, today: date, window: bool = False) -> str:
    if met:
        return MET
    if due >= today:
        return OPEN
    return PASSED if window else OVERDUE


def build(case: Case, today: date | None = None) -> Timeline:
    today = today or date.today()
    info = case.read()
    sessions = case.sessions()
    lines = []
    for n, s in enumerate(sessions):
        si = s.read_info()
        held = parse_date(si.date)
        received = minutes_received(case, s)
        line = ConferenceLine(s, si.title, si.kind, held, received)
        lines.append(line)
        entries = case.entries(s)
        if held is None:
            continue  # no date, no dates that follow; the screen asks for it
        add = line.items.append
        add(Item(held, f"{KIND_NAMES.get(si.kind, si.kind)} held", DONE if held <= today else OPEN, s.id))
        expected = minutes_expected(case, s, held)
        if received:
            add(Item(received, "Minutes received", DONE, s.id))
        state = LATE if received and received > expected.on else _state(expected.on, received is not None, today)
        add(Item(expected.on, expected.what, state, s.id, expected.rule, "minutes"))
        for e in entries:
            if e.event == "letter_sent":
                add(Item(e.on, f"Letter sent: {LETTERS.get(e.letter, e.letter)}", DONE, s.id, letter=e.letter))
                replied = any(r.event == "reply_received" and r.letter == e.letter and r.on >= e.on for r in entries)
                if e.letter == "sar":
                    due = dl.sar_due(e.on)
                    add(Item(due.on, due.what, _state(due.on, replied, today), s.id,
                             due.rule + " Counted here from the day you sent it.", "sar"))
                elif e.letter in REPLIES_EXPECTED:
                    due = dl.reply_due(e.on, info.reply_working_days)
                    add(Item(due.on, f"Reply expected ({LETTERS[e.letter].lower()})", _state(due.on, replied, today),
                             s.id, due.rule, e.letter))
            elif e.event == "reply_received":
                add(Item(e.on, f"Reply received: {LETTERS.get(e.letter, e.letter).lower()}", DONE, s.id,
                         e.note, e.letter))
        if si.kind in ("ICPC", "RCPC"):
            review = dl.review_due(held, si.kind)
            later = [x for x in sessions[n + 1:] if x.read_info().kind == "RCPC"]
            add(Item(review.on, review.what, _state(review.on, bool(later), today), s.id, review.rule))
        complaint = dl.complaint_window(held, info.complaint_days)
        add(Item(complaint.on, complaint.what, _state(complaint.on, False, today, window=True), s.id, complaint.rule))
        ombudsman = dl.ombudsman_window(held)
        add(Item(ombudsman.on, ombudsman.what, _state(ombudsman.on, False, today, window=True), s.id, ombudsman.rule))
        line.items.sort(key=lambda i: i.on)
    return Timeline(lines, today)
