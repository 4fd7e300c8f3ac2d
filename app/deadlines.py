"""The dates that follow a conference, each with the rule behind it in plain words.

Working days leave out weekends and the bank holidays of England and Wales, taken from the
`holidays` library (kept up to date by its maintainers, including substitute days such as
Boxing Day observed on a Monday), never from a hand-made list. Calendar months follow the ICO's
rule for subject access requests: the same day of the next month, the month's last day when it
has no such day, and the next working day when that day is not one.

Local procedures differ (the minutes, the complaint window): those rules say so, and their
numbers are arguments the parent can change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

MINUTES_WORKING_DAYS = 15  # usual locally; Working Together leaves it to the safeguarding partnership
REPLY_WORKING_DAYS = 10  # what a correction letter asks for unless the parent chooses otherwise
COMPLAINT_DAYS = 28  # calendar days: a common local limit for a complaint about a conference
FIRST_REVIEW_MONTHS = 3  # Working Together 2023: first review within three months of the ICPC
LATER_REVIEW_MONTHS = 6  # then at intervals of no more than six months
OMBUDSMAN_MONTHS = 12  # the Ombudsman normally looks at complaints made within 12 months


@dataclass(frozen=True)
class Due:
    """A computed date and the rule that gave it, worded for the parent."""

    what: str  # "Minutes expected"
    on: date
    rule: str  # "15 working days after the conference: usual locally, check …"

    def when(self) -> str:
        return long_date(self.on)


def long_date(d: date) -> str:
    """'Friday 28 February 2025': the form letters and the timeline use."""
    return f"{d:%A} {d.day} {d:%B %Y}"


def short_date(d: date) -> str:
    """'28 February 2025'."""
    return f"{d.day} {d:%B %Y}"


def parse_date(text: str | date | None) -> date | None:
    """An ISO date ('2026-05-22') as the session and case files keep it; None when absent or not a date."""
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(str(text or "").strip()[:10])
    except ValueError:
        return None


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    # Imported when a date is first counted: this module is read by every `fairminutes` command and at
    # the app's start, and `holidays` adds 0.1 s to the 0.3 s of `fairminutes --help`.
    import holidays

    # subdiv="ENG": England's bank holidays, which are also those of Wales (WLS gives the same days).
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())


def bank_holiday(d: date) -> bool:
    return d in _bank_holidays(d.year)


def is_working_day(d: date) -> bool:
    return d.weekday() < 5 and not bank_holiday(d)


def add_working_days(start: date, n: int) -> date:
    """The n-th working day after `start` (the day itself is not counted)."""
    d = start
    left = n
    while left > 0:
        d += timedelta(days=1)
        if is_working_day(d):
            left -= 1
    return d


def next_working_day(d: date) -> date:
    """`d` itself when it is a working day, else the first one after it."""
    while not is_working_day(d):
        d += timedelta(days=1)
    return d


def last_working_day_by(d: date) -> date:
    """`d` itself when it is a working day, else the last one before it (a meeting 'within' a
    period must be held by then, and nobody meets on a bank holiday)."""
    while not is_working_day(d):
        d -= timedelta(days=1)
    return d


def add_months(d: date, months: int) -> date:
    """The same day `months` later; the last day of that month when it has no such day."""
    return d + relativedelta(months=months)


# ----- the dates a parent needs, each with its rule

def minutes_expected(conference: date, working_days: int = MINUTES_WORKING_DAYS) -> Due:
    usual = " (the usual local time)" if working_days == MINUTES_WORKING_DAYS else " (the time you set)"
    return Due("Minutes expected", add_working_days(conference, working_days),
               f"{working_days} working days after the conference{usual}, not counting weekends and bank "
               "holidays: check your local safeguarding partnership's procedures, which set this time.")


def review_due(conference: date, kind: str) -> Due:
    """The next review conference: within 3 months of an initial conference (ICPC), then no more
    than 6 months after each review (RCPC)."""
    first = kind != "RCPC"
    months = FIRST_REVIEW_MONTHS if first else LATER_REVIEW_MONTHS
    limit = add_months(conference, months)
    held_by = last_working_day_by(limit)
    moved = "" if held_by == limit else f" {short_date(limit)} is not a working day, so the working day before it."
    if first:
        rule = ("The first review conference is to be held within 3 months of the initial conference, when it "
                f"made a child protection plan (Working Together to Safeguard Children 2023).{moved}")
        what = "First review conference due"
    else:
        rule = ("Later review conferences are held no more than 6 months apart while the child protection plan "
                f"lasts (Working Together to Safeguard Children 2023).{moved}")
        what = "Next review conference due"
    return Due(what, held_by, rule)


def sar_due(received: date) -> Due:
    """A subject access request is answered within one calendar month of receipt (UK GDPR art. 12(3));
    the council may extend it by two further months for a complex request, and must say so within
    the first month."""
    corresponding = add_months(received, 1)
    due = next_working_day(corresponding)
    how = ""
    if corresponding.day != received.day:
        how += f" {short_date(received)} has no matching day in the next month, so that month's last day."
    if due != corresponding:
        how += f" {short_date(corresponding)} is not a working day, so the next working day."
    return Due("Subject access request answer due", due,
               "One calendar month from the day the council received the request (UK GDPR article 12, counted "
               f"as the ICO counts it).{how} The council may extend this by two further months for a "
               "complex request, but must tell you so within the first month.")


def reply_due(sent: date, working_days: int = REPLY_WORKING_DAYS) -> Due:
    return Due("Reply expected", add_working_days(sent, working_days),
               f"{working_days} working days after the letter was sent: the time you asked for in the letter.")


def complaint_window(conference: date, days: int = COMPLAINT_DAYS) -> Due:
    return Due("Complaint about the conference: window closes", conference + timedelta(days=days),
               f"{days} days after the conference: often the local limit for a complaint about a child "
               "protection conference, but local procedures differ: check your local safeguarding "
               "partnership's procedures. (This is not the Children Act 1989 complaints procedure.)")


def ombudsman_window(aware: date) -> Due:
    return Due("Ombudsman: complaint normally made by", add_months(aware, OMBUDSMAN_MONTHS),
               "The Local Government and Social Care Ombudsman normally looks at a complaint made within 12 "
               "months of when you first knew of the problem, and usually after the council's own complaints "
               "process has finished.")
