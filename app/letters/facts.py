"""The facts a letter is written from, gathered once from the case and the conference's session.

Every field is what the parent gave or what the files hold; a fact nobody gave is empty, and the
letters leave it out rather than print a placeholder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.cases import timeline
from app.cases.store import Case, CaseInfo, Child, Parent, case_of
from app.deadlines import REPLY_WORKING_DAYS, Due, minutes_expected, parse_date
from app.session import KIND_NAMES


@dataclass
class Facts:
    session: object
    case: Case | None
    today: date
    parent: Parent
    children: list[Child]
    council: str
    reference: str
    chair: str
    kind: str  # ICPC, RCPC, ...
    kind_name: str  # "Initial child protection conference"
    held: date | None
    council_address: str = ""
    dpo_address: str = ""
    minutes_received: date | None = None
    minutes_expected: Due | None = None
    reply_working_days: int = REPLY_WORKING_DAYS
    minutes_working_days: int = 15
    minutes_date_set: bool = False  # the parent set the expected date (local procedures differ)
    sent: list = field(default_factory=list)  # Entry: letters sent for this conference
    replies: list = field(default_factory=list)  # Entry: replies recorded

    @property
    def child_names(self) -> str:
        names = [c.name for c in self.children if c.name.strip()]
        if not names:
            return ""
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    def last_sent(self, *letters: str):
        chosen = [e for e in self.sent if not letters or e.letter in letters]
        return max(chosen, key=lambda e: e.on) if chosen else None

    def replied(self, entry) -> bool:
        return any(r.letter == entry.letter and r.on >= entry.on for r in self.replies)


def gather(session, today: date | None = None, case: Case | None = None) -> Facts:
    today = today or date.today()
    case = case or case_of(session)
    info = session.read_info()
    ci = case.read() if case is not None else CaseInfo()
    children = ci.children or ([Child(info.child_name, info.child_dob)] if info.child_name else [])
    held = parse_date(info.date)
    facts = Facts(session, case, today, ci.parent, children, ci.council or info.local_authority,
                  info.reference or ci.reference, info.chair, info.kind, KIND_NAMES.get(info.kind, "conference"),
                  held, ci.council_address, ci.dpo_address, reply_working_days=ci.reply_working_days,
                  minutes_working_days=ci.minutes_working_days)
    if case is not None:
        entries = case.entries(session)
        facts.sent = [e for e in entries if e.event == "letter_sent"]
        facts.replies = [e for e in entries if e.event == "reply_received"]
        facts.minutes_received = timeline.minutes_received(case, session)
        if held:
            facts.minutes_expected = timeline.minutes_expected(case, session, held)
            facts.minutes_date_set = any(e.event == "minutes_expected" for e in entries)
    else:
        facts.minutes_received = timeline.minutes_received_from_session(session)
        facts.minutes_expected = minutes_expected(held, ci.minutes_working_days) if held else None
    return facts
