"""A letter to the conference chair asking for the minutes to be corrected (.docx, editable)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx import Document
from docx.shared import Pt

from app.compare.findings import minutes_sentence, said_sentence
from app.report.docx_report import a4
from app.report.report import ReportData
from app.review import is_confirmed
from app.safefile import output_file

UNCHECKED_HEADLINE = "DRAFT: nobody has confirmed any of these points yet. Do not send it as it is."
UNCHECKED_POINTS = ("None of the points below has been confirmed. FairMinutes found them by comparing the minutes "
                    "with an automatic transcript, and nobody has yet listened to the recording to check them. "
                    "Listen to each one at the time given, and confirm or dismiss it in FairMinutes, before "
                    "sending this letter.")
NO_POINTS = "No point has been confirmed, and none is waiting to be checked, so this letter raises none."


def write_letter(data: ReportData, out: Path, sender: str = "") -> Path:
    doc = Document()
    a4(doc)
    # Confirmed findings only (app/review.py: is_confirmed). With none confirmed, the letter is a
    # draft that lists what was found and says, at the top and above the points, that nobody
    # has checked them yet.
    items = [f for f in data.findings if is_confirmed(f.decision)]
    draft = not items
    if draft:
        items = [f for f in data.findings if f.decision != "dismissed"]

    def para(text: str = "", bold: bool = False, space: int = 6):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        p.paragraph_format.space_after = Pt(space)
        return p

    if draft:
        para(UNCHECKED_HEADLINE, bold=True, space=12)
    para(sender or "[Your name]", space=0)
    para("[Your address]", space=0)
    para("[Your email or telephone]", space=12)
    para(date.today().strftime("%d %B %Y"), space=12)
    para("To: the Chair of the conference" + (f", {data.council}" if data.council else ""), space=12)
    para(f"Request to correct the minutes of the {data.kind + ' ' if data.kind else ''}conference"
         f"{' held on ' + data.date if data.date else ''}", bold=True, space=12)
    para("Dear Chair,")
    para("Thank you for sending the minutes of the conference. I have read them carefully and compared them "
         "with my own recording of the meeting. Some parts of the minutes do not match what was said, and I am "
         "asking for them to be corrected, so that the record of the conference is accurate.")
    para("The points are set out below. For each one I give the words of the minutes, what was actually said, "
         "and the time in my recording, so that it can be checked.")
    if draft:
        para(UNCHECKED_POINTS if items else NO_POINTS, bold=True)
    for n, f in enumerate(items, start=1):
        para(f"{n}. {f.kind_name}" + (" (not yet checked)" if draft else ""), bold=True, space=2)
        para(minutes_sentence(f.finding), space=2)
        for e in f.evidence[:2]:
            para(said_sentence(e), space=2)
        para("I ask that the minutes be corrected to reflect what was said.", space=10)
    para("If the minutes cannot be corrected, I ask that this letter be kept with them on my family's file as my "
         "record of where I disagree with them.")
    para("I attach a report with these points and the fingerprints (SHA-256) of my recording and of the minutes "
         "as I received them. I can provide the audio for each point.")
    para("I would be grateful for a reply within 14 days.", space=12)
    para("Yours sincerely,", space=24)
    para(sender or "[Your name]")
    with output_file(out) as f:
        doc.save(f)
    return out
