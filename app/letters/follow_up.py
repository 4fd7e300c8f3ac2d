"""A follow-up when no reply has come to an earlier letter about this conference."""

from __future__ import annotations

from pathlib import Path

from app.cases.store import LETTERS
from app.deadlines import long_date, reply_due
from app.letters.document import Letter, dear, of_the_conference, to_chair
from app.letters.facts import Facts
from app.letters.outcome import Outcome

KIND = "follow_up"
FOLLOWS = ("correction", "minutes_request", "complaint")  # letters that ask the chair for a reply


def write(facts: Facts, out: Path) -> Outcome:
    waiting = [e for e in facts.sent if e.letter in FOLLOWS and not facts.replied(e)]
    if not waiting:
        why = ("no letter to the chair is recorded as sent for this conference" if not facts.sent else
               "every letter recorded as sent for this conference has had a reply")
        return Outcome(KIND, None, f"Not written: {why}, so there is nothing to follow up. "
                                   "Record a letter as sent (and its date) on the case screen first.")
    earlier = max(waiting, key=lambda e: e.on)
    asked = reply_due(earlier.on, facts.reply_working_days)
    new = reply_due(facts.today, facts.reply_working_days)
    subject = LETTERS[earlier.letter]
    letter = Letter(facts)
    letter.heading(to_chair(facts), f"Follow-up: {subject.lower()} of {long_date(earlier.on)}")
    letter.para(dear(facts))
    letter.para(f"On {long_date(earlier.on)} I wrote to you about {of_the_conference(facts)}: "
                f"“{subject}”. I asked for a reply within {facts.reply_working_days} working days, that is by "
                f"{long_date(asked.on)}.")
    if asked.on < facts.today:
        letter.para("I have not received a reply.")
    else:
        letter.para("I have not yet received a reply.")
    letter.para(f"Please reply by {long_date(new.on)}. A copy of my letter is attached. If I do not hear from you "
                "by then, I will raise the matter through the local safeguarding partnership's complaints "
                "procedure.", space=12)
    letter.sign()
    return Outcome(KIND, letter.save(out), dates=[asked, new])
