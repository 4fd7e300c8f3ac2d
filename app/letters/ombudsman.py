"""A summary for a complaint to the Local Government and Social Care Ombudsman: who, what, the case's
timeline, what is still wrong, and what the parent asks for. The Ombudsman's own form asks for these."""

from __future__ import annotations

from pathlib import Path

from app.cases import timeline
from app.cases.store import LETTERS
from app.compare.findings import headline, kind_name, shorten
from app.deadlines import long_date, ombudsman_window, short_date
from app.letters.document import Letter, of_the_conference
from app.letters.facts import Facts
from app.letters.failings import date_failings, fairness_failings, uncorrected
from app.letters.outcome import Outcome

KIND = "ombudsman"


def rows(facts: Facts) -> list[tuple[str, str]]:
    """(date, what happened) for the case, or for this conference alone when it is in no case.
    What happened and what is overdue; dates still to come are left out (they are not a complaint)."""
    if facts.case is None:
        out = []
        if facts.held:
            out.append((facts.held, f"{facts.kind_name} held"))
        if facts.minutes_received:
            out.append((facts.minutes_received, "Minutes received"))
        return [(short_date(d), w) for d, w in sorted(out)]
    t = timeline.build(facts.case, facts.today)
    names = {c.session.id: (c.title or "conference") for c in t.conferences}
    out = []
    for i in t.items:
        if i.state == timeline.DONE or (i.state == timeline.OVERDUE and i.on < facts.today):
            what = i.what if i.state == timeline.DONE else f"{i.what}: nothing came (overdue)"
            if len(names) > 1 and not i.what.endswith(" held"):
                what += f" ({names[i.conference]})"  # which conference, when the case has several
            out.append((short_date(i.on), what))
        elif i.state == timeline.LATE:
            out.append((short_date(i.on), f"{i.what}: they came late"
                        + (f" ({names[i.conference]})" if len(names) > 1 else "")))
    return out


def write(facts: Facts, out: Path) -> Outcome:
    if facts.held is None:
        return Outcome(KIND, None, "Not written: the conference has no date. Add its date in the conference "
                                   "details first.")
    window = ombudsman_window(facts.held)
    letter = Letter(facts)
    letter.heading(["Local Government and Social Care Ombudsman"],
                   "Summary for a complaint to the Local Government and Social Care Ombudsman")
    council = facts.council or "the council"
    letter.para(f"My complaint is about how {council} handled {of_the_conference(facts)} and its minutes.")
    complained = [e for e in facts.sent if e.letter == "complaint"]
    if complained:
        first = min(e.on for e in complained)
        answered = [r for r in facts.replies if r.letter == "complaint" and r.on >= first]
        letter.para(f"I complained to the council on {long_date(first)}"
                    + (f" and had its reply on {long_date(answered[-1].on)}." if answered else
                       "; I have not had a final reply."))
    letter.para(f"I am writing within 12 months of the conference, which the Ombudsman normally expects "
                f"(by {long_date(window.on)}).", space=10)

    letter.para("What went wrong", bold=True, space=4)
    failings = fairness_failings(facts.session) + date_failings(facts)
    points = uncorrected(facts)
    for text in failings:
        letter.para(f"• {text}", space=2)
    for u in points:
        letter.para(f"• {kind_name(u.finding.kind)}: “{shorten(headline(u.finding), 140)}” {u.status}", space=2)
    if not failings and not points:
        letter.para("• The points are set out in my complaint to the council, attached.", space=2)
    letter.para("", space=4)

    letter.para("Timeline", bold=True, space=4)
    table_rows = rows(facts)
    table = letter.doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Date", "What happened"
    for when, what in table_rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = when, what
    letter.para("")
    letter.para("What I am asking for", bold=True, space=4)
    letter.para("That the minutes be corrected to match what was said at the conference, or my disagreement be "
                "recorded with them; that the council explain why my letters went unanswered where they did; and "
                "that it review how it checks minutes before they are sent.", space=10)
    sent = sorted({LETTERS[e.letter] for e in facts.sent if e.letter in LETTERS})
    if sent:
        replies = ", and the replies I received" if facts.replies else ""
        letter.para("Copies attached: " + "; ".join(sent) + replies + ".", space=12)
    if facts.parent.name:
        letter.para(facts.parent.name)
    return Outcome(KIND, letter.save(out), dates=[window])
