"""A subject access request to the council's data protection officer: the child protection records,
the minute-taker's notes, and any recording of the conference."""

from __future__ import annotations

from pathlib import Path

from app.deadlines import long_date, sar_due
from app.letters.document import Letter, of_the_conference
from app.letters.facts import Facts
from app.letters.outcome import Outcome

KIND = "sar"


def write(facts: Facts, out: Path) -> Outcome:
    due = sar_due(facts.today)
    letter = Letter(facts)
    to = ["The Data Protection Officer"] if not facts.dpo_address else []
    letter.heading(to + [facts.dpo_address or facts.council], "Subject access request (UK GDPR, article 15)")
    letter.para("Dear Data Protection Officer,")
    whose = "my personal data"
    if facts.child_names:
        whose = (f"my personal data and, as a parent with parental responsibility acting for "
                 f"{facts.child_names}, {facts.child_names}'s personal data")
    letter.para(f"I am making a subject access request under article 15 of the UK GDPR for {whose} held by "
                f"{facts.council or 'the council'}. In particular, please send me copies of:")
    items = [f"the child protection records, including everything about {of_the_conference(facts)};",
             "the notes taken by the minute-taker at that conference, handwritten or typed, and every draft of "
             "its minutes;",
             "any audio or video recording of that conference;",
             "the reports presented to that conference, and any correspondence or notes about its minutes, "
             "including about any request to correct them."]
    for n, item in enumerate(items, start=1):
        letter.para(f"{n}. {item}", space=2)
    letter.para("")
    letter.para(f"Please reply within one calendar month of receiving this request, as article 12(3) of the UK GDPR "
                f"requires: if you receive it on {long_date(facts.today)}, that is by {long_date(due.on)}. If you "
                "need to extend that time, please tell me so, and why, within that month.")
    letter.para("If you need proof of my identity, please tell me what you need. If any information is withheld, "
                "please tell me what and under which exemption.", space=12)
    letter.sign()
    return Outcome(KIND, letter.save(out), dates=[due])
