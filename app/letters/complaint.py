"""A complaint about the conference to the chair and the local safeguarding partnership, naming the
process failings and the discrepancies in the minutes that were raised and not corrected."""

from __future__ import annotations

from pathlib import Path

from app.compare.findings import kind_name
from app.deadlines import long_date, reply_due
from app.letters.document import Letter, dear, of_the_conference, to_chair
from app.letters.facts import Facts
from app.letters.failings import date_failings, fairness_failings, uncorrected
from app.letters.outcome import Outcome

KIND = "complaint"


def write(facts: Facts, out: Path) -> Outcome:
    failings = fairness_failings(facts.session) + date_failings(facts)
    points = uncorrected(facts)
    if not failings and not points:
        return Outcome(KIND, None, "Not written: nothing is on record to complain about yet (no process failing "
                                   "and no discrepancy raised and left uncorrected).")
    reply = reply_due(facts.today, facts.reply_working_days)
    letter = Letter(facts)
    to = to_chair(facts)
    to.insert(1, "and the Local Safeguarding Children Partnership")
    letter.heading(to, f"Complaint about {of_the_conference(facts)}")
    letter.para(dear(facts))
    letter.para(f"I wish to complain about {of_the_conference(facts)}, under the local safeguarding partnership's "
                "procedure for complaints about child protection conferences.")
    if failings:
        letter.para("How the conference and its minutes were handled", bold=True, space=4)
        for n, text in enumerate(failings, start=1):
            letter.para(f"{n}. {text}", space=4)
    if points:
        letter.para("Discrepancies in the minutes that have not been corrected", bold=True, space=4)
        letter.para("I compared the minutes with my own recording of the conference. These points were checked by "
                    "listening to the recording:", space=4)
        for n, u in enumerate(points, start=1):
            letter.para(f"{n}. {kind_name(u.finding.kind)}. {u.status}", bold=True, space=2)
            for s in u.sentences():
                letter.para(s, space=2)
            letter.para("", space=4)
    if points:
        letter.para("I ask that the minutes be corrected, that this complaint and my disagreement be kept with them "
                    "on the file, and that the points above be considered before the next conference.")
    else:
        letter.para("I ask that this complaint be kept on the file with the minutes, and that the points above be "
                    "considered before the next conference.")
    letter.para(f"Please acknowledge this complaint and tell me how it will be considered, by "
                f"{long_date(reply.on)}.", space=12)
    letter.sign()
    return Outcome(KIND, letter.save(out), dates=[reply])
