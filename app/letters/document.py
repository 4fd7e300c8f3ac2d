"""One shape for every letter: the parent's name and address, the date, who it goes to, what it is
about (child, reference, conference), the body, the signature, and a footer that says it was
prepared with FairMinutes and is not legal advice. Editable .docx (python-docx).

A fact nobody gave is left out, never printed as "[Your address]": `placeholders` finds any such
text and `save` refuses to write a letter that still holds one.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor

from app.deadlines import long_date, parse_date, short_date
from app.letters.facts import Facts
from app.report.docx_report import a4
from app.safefile import output_file

FOOTER = ("Prepared with FairMinutes, which compared the minutes with the parent's own recording. "
          "FairMinutes is not a lawyer: this letter is not legal advice.")
_PLACEHOLDER = re.compile(r"\[[^\]]{0,40}\]|\{[^}]{0,40}\}|<<|>>|\bX{2,}\b|\bTODO\b|\bTBC\b|\bN/A\b")


def placeholders(text: str) -> list[str]:
    """Text that stands for a missing fact ('[Your name]', '{date}', 'XX', 'TBC')."""
    return _PLACEHOLDER.findall(text)


class Letter:
    def __init__(self, facts: Facts):
        self.facts = facts
        self.doc = Document()
        a4(self.doc)
        footer = self.doc.sections[0].footer.paragraphs[0]
        run = footer.add_run(FOOTER)
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)

    def para(self, text: str = "", bold: bool = False, space: int = 6):
        p = self.doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        p.paragraph_format.space_after = Pt(space)
        return p

    def lines(self, text: str, space: int = 12) -> None:
        """An address: one paragraph a line, the last with space after."""
        rows = [r.strip() for r in text.splitlines() if r.strip()]
        for n, row in enumerate(rows):
            self.para(row, space=space if n == len(rows) - 1 else 0)

    def heading(self, to: list[str], subject: str) -> None:
        """Sender, date, recipient, what it is about, subject."""
        f = self.facts
        sender = "\n".join(x for x in (f.parent.name, f.parent.address, f.parent.contact) if x.strip())
        if sender:
            self.lines(sender)
        self.para(short_date(f.today), space=12)
        self.lines("\n".join(x for x in to if x and x.strip()))
        about = []
        if f.child_names:
            dobs = [c for c in f.children if c.name.strip()]
            born = f" (born {short_date(_d)})" if len(dobs) == 1 and (_d := _date(dobs[0].dob)) else ""
            about.append(f"{'Children' if len(dobs) > 1 else 'Child'}: {f.child_names}{born}")
        if f.reference:
            about.append(f"Your reference: {f.reference}")
        if f.held:
            about.append(f"Conference: {f.kind_name}, held on {long_date(f.held)}")
        for n, row in enumerate(about):
            self.para(row, space=12 if n == len(about) - 1 else 0)
        self.para(subject, bold=True, space=12)

    def sign(self) -> None:
        self.para("Yours sincerely,", space=30 if self.facts.parent.name else 6)
        if self.facts.parent.name:
            self.para(self.facts.parent.name)

    def text(self) -> str:
        return "\n".join([p.text for p in self.doc.paragraphs]
                         + [c.text for t in self.doc.tables for row in t.rows for c in row.cells])

    def save(self, out: Path) -> Path:
        left = placeholders(self.text())
        if left:  # a fault in FairMinutes, not the parent's: never hand over a letter with gaps
            raise ValueError(f"the letter still holds placeholder text: {left}")
        with output_file(out) as fh:
            self.doc.save(fh)
        return out


def _date(text: str):
    return parse_date(text)


def dear(facts: Facts) -> str:
    return f"Dear {facts.chair}," if facts.chair else "Dear Chair,"


def to_chair(facts: Facts) -> list[str]:
    first = f"{facts.chair}, Chair of the conference" if facts.chair else "The Chair of the conference"
    return [first, facts.council, facts.council_address]


def of_the_conference(facts: Facts) -> str:
    """'the initial child protection conference about Maisie held on Friday 22 May 2026'."""
    about = f" about {facts.child_names}" if facts.child_names else ""
    held = f" held on {long_date(facts.held)}" if facts.held else ""
    return f"the {facts.kind_name.lower()}{about}{held}"
