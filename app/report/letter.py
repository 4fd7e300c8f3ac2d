"""A letter to the conference chair asking for the minutes to be corrected (.docx, editable)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx import Document
from docx.shared import Pt

from app.clock import clock
from app.report.docx_report import a4
from app.report.report import ReportData
from app.safefile import output_file


def write_letter(data: ReportData, out: Path, sender: str = "") -> Path:
    doc = Document()
    a4(doc)
    confirmed = [f for f in data.findings if f.decision == "confirmed"]
    items = confirmed or [f for f in data.findings if f.decision != "dismissed"]

    def para(text: str = "", bold: bool = False, space: int = 6):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        p.paragraph_format.space_after = Pt(space)
        return p

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
    for n, f in enumerate(items, start=1):
        para(f"{n}. {f.kind_name}", bold=True, space=2)
        if f.minutes_text:
            para(f"The minutes say: “{f.minutes_text}”", space=2)
        else:
            para("The minutes do not record this.", space=2)
        for e in f.evidence[:2]:
            para(f"At {clock(e['start'])} in the recording, {e.get('speaker') or 'a speaker'} said: “{e['text']}”", space=2)
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
