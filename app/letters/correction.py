"""The correction request: helper C's letter (app/report/letter.py), from confirmed findings only.

With no finding confirmed it is not written (the command says why). The parent's name, address and
contact from the case go where that letter has its own lines for them; a line for a fact nobody
gave is removed, so no placeholder remains."""

from __future__ import annotations

import inspect
from pathlib import Path

from docx import Document
from docx.shared import Pt

from app.errors import FairMinutesError
from app.letters.document import FOOTER, placeholders
from app.letters.facts import Facts
from app.letters.outcome import Outcome
from app.report.letter import write_letter
from app.report.report import from_session
from app.safefile import output_file

KIND = "correction"
STANDS_FOR = {"[Your name]": "name", "[Your address]": "address", "[Your email or telephone]": "contact"}


def write(facts: Facts, out: Path) -> Outcome:
    session = facts.session
    if not session.findings_path.exists():
        return Outcome(KIND, None, "Not written: the minutes have not been compared with the recording yet.")
    data = from_session(session, prepared_by=facts.parent.name, include_unreviewed=False)
    if not data.confirmed:
        return Outcome(KIND, None, "Not written: no finding is confirmed. Listen to each finding in the review "
                                   "and confirm those where the minutes are wrong; only confirmed points go in "
                                   "this letter.")
    kwargs = {}
    accepts = inspect.signature(write_letter).parameters
    if "sender" in accepts:
        kwargs["sender"] = facts.parent.name
    if "days" in accepts:  # the reply time the parent chose for the case
        kwargs["days"] = facts.reply_working_days
    try:
        write_letter(data, out, **kwargs)
    except FairMinutesError as e:  # nothing confirmed after all: the letter's own reason
        return Outcome(KIND, None, f"Not written: {e}")
    _fill_in(out, facts)
    return Outcome(KIND, out)


def _fill_in(path: Path, facts: Facts) -> None:
    doc = Document(str(path))
    for p in list(doc.paragraphs):
        key = STANDS_FOR.get(p.text.strip())
        if key is None:
            continue
        value = getattr(facts.parent, key).strip()
        if not value:
            p._element.getparent().remove(p._element)
            continue
        lines = [x.strip() for x in value.splitlines() if x.strip()]
        p.runs[0].text = lines[0]
        for r in p.runs[1:]:
            r.text = ""
        anchor = p  # the address's further lines go below its first, in order
        for extra in lines[1:]:
            clone = doc.add_paragraph(extra)
            anchor._element.addnext(clone._element)
            clone.paragraph_format.space_after = p.paragraph_format.space_after
            anchor = clone
    footer = doc.sections[0].footer.paragraphs[0]
    if "not legal advice" not in footer.text:
        run = footer.add_run(FOOTER)
        run.font.size = Pt(9)
    text = "\n".join(p.text for p in doc.paragraphs)
    left = placeholders(text)
    if left:
        raise ValueError(f"the correction letter still holds placeholder text: {left}")
    with output_file(path) as fh:
        doc.save(fh)
