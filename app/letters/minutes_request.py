"""Ask for the minutes (when they have not come by the expected date) and the conference's reports."""

from __future__ import annotations

from pathlib import Path

from app.deadlines import long_date, reply_due
from app.letters.document import Letter, dear, of_the_conference, to_chair
from app.letters.facts import Facts
from app.letters.outcome import Outcome

KIND = "minutes_request"


def write(facts: Facts, out: Path) -> Outcome:
    letter = Letter(facts)
    dates = []
    reply = reply_due(facts.today, facts.reply_working_days)
    dates.append(reply)
    if facts.minutes_received:
        letter.heading(to_chair(facts), "Request for the reports presented to the conference")
        letter.para(dear(facts))
        letter.para(f"Thank you for the minutes of {of_the_conference(facts)}, which I received on "
                    f"{long_date(facts.minutes_received)}.")
    else:
        letter.heading(to_chair(facts), "Request for the minutes and the reports of the conference")
        letter.para(dear(facts))
        expected = facts.minutes_expected
        if expected is not None:
            dates.insert(0, expected)
            within = "" if facts.minutes_date_set else (
                f"within {facts.minutes_working_days} working days of the conference, that is ")
            letter.para(f"I attended {of_the_conference(facts)}. I have not yet received the minutes. I understood "
                        f"that they would be sent {within}by {long_date(expected.on)}.")
        else:
            letter.para(f"I attended {of_the_conference(facts)}. I have not yet received the minutes.")
        letter.para("Please send me a copy of the minutes.")
    also = "also " if not facts.minutes_received else ""
    letter.para(f"Please {also}send me copies of the reports that were presented to the conference (the social "
                "worker's report and the reports of the other agencies), where I have not already been given them, "
                "so that I have the full record of what the conference considered.")
    letter.para(f"I would be grateful to receive them by {long_date(reply.on)}.", space=12)
    letter.sign()
    return Outcome(KIND, letter.save(out), dates=dates)

