"""The letter to the conference chair asking for the minutes to be corrected (.docx, editable).

Only findings the parent listened to and confirmed go in it (app/review.py: is_confirmed); with
none confirmed there is no letter, and `why_no_letter` says why. Each point asks for what fixes that
kind of error: remove a sentence nobody said, correct one the meeting contradicted or gave
differently (with a proposed sentence from the recording's words), name who really said it, or add
what was left out. The recording's words are quoted as the automatic transcript has them, never as
"what was actually said", with the words it was unsure of underlined with dots. Where the minutes
were read from a scan or a photo, the words the text recogniser (OCR) was unsure of are dotted the
same way wherever the letter quotes the minutes (`ReportData.minutes_unsure`, as the report marks
them), and the note under the points says which dots mean what. From typed minutes the letter is
exactly as it was before these marks.

`write_letter` is the one function the case letters (app/letters/) call for the correction request.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx import Document
from docx.enum.text import WD_UNDERLINE
from docx.shared import Pt, RGBColor

from app.clock import clock
from app.compare import details
from app.compare import evidence as quoting
from app.compare.findings import Evidence, who
from app.deadlines import REPLY_WORKING_DAYS
from app.errors import FairMinutesError
from app.minutes.statements import word_spans
from app.report.docx_report import a4
from app.report.layout import statement_unsure
from app.report.report import ReportData, ReportFinding
from app.review import is_confirmed
from app.safefile import output_file
from app.session import KIND_NAMES

FOOTER = "Prepared with FairMinutes. This is not legal advice."
SHARE = ("I can play the recording at a meeting with you, or send you the short audio clips of these points "
         "with their SHA-256 fingerprints, so that you can check that they have not been altered.")
NO_LETTER = ("No letter was written: no finding has been confirmed yet. Listen to each finding in the review at "
             "the time given, confirm those where the minutes are wrong, then export again. Only findings you "
             "have checked go in a letter to the chair.")
UNSURE_LETTER_NOTE = ("Words underlined with dots were hard to make out in the automatic transcript; the recording "
                      "itself is the evidence.")
# Minutes read from a scan or a photo: the note for the OCR's unsure words in the minutes' wording,
# and, when the recording's words have dots too, the recording's note saying which words it means.
SCAN_LETTER_NOTE = ("Words from the minutes underlined with dots could not be read for certain from the scanned "
                    "copy of the minutes; please check each one against the paper copy.")
UNSURE_RECORDING_NOTE = ("Words from the recording underlined with dots were hard to make out in the automatic "
                         "transcript; the recording itself is the evidence.")
# The sender's lines: the case letters (app/letters/correction.py) fill these in or remove them.
SENDER_LINES = ("[Your name]", "[Your address]", "[Your email or telephone]")


class NothingConfirmed(FairMinutesError):
    """Export and the case letters catch this and say why no letter was written."""


def confirmed_points(data: ReportData) -> list[ReportFinding]:
    """The findings the letter raises: confirmed ones only, in the order of the minutes."""
    return sorted((f for f in data.findings if is_confirmed(f.decision)), key=lambda f: f.order)


def why_no_letter(data: ReportData) -> str | None:
    """None when there is something to write; otherwise the reason, in words for the parent."""
    return None if confirmed_points(data) else NO_LETTER


def long_date(text: str) -> str:
    """'2026-03-12' as '12 March 2026'; anything else as given."""
    try:
        d = date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        return text or ""
    return f"{d.day} {d.strftime('%B %Y')}"


def conference_name(data: ReportData) -> str:
    name = KIND_NAMES.get(data.kind, data.kind or "")
    return name[:1].lower() + name[1:] if name else "conference"


def speaker_name(e: Evidence) -> str:
    return who(e)  # the app's one wording: "an unnamed speaker" when the transcript does not say


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def detail_swap(f: ReportFinding) -> tuple[int, int, str] | None:
    """For a changed detail: where the minutes' figure is in their sentence (start, end) and the
    recording's figure to put there, found by the comparer's own check (details.conflicts); None
    when it cannot be put in place."""
    if not f.minutes_text or not f.evidence:
        return None
    for said, heard in details.conflicts(f.minutes_text, [e.text for e in f.evidence]):
        at = f.minutes_text.lower().find(said.text.lower())
        if at >= 0:
            return at, at + len(said.text), heard.text
    return None


def proposed_detail(f: ReportFinding) -> str | None:
    """For a changed detail: the minutes' sentence with the recording's figure in place of theirs;
    None when it cannot be put in place."""
    swap = detail_swap(f)
    if swap is None:
        return None
    a, b, heard = swap
    return f.minutes_text[:a] + heard + f.minutes_text[b:]


def swapped_spans(spans: list[tuple[int, int]], swap: tuple[int, int, str]) -> list[tuple[int, int]]:
    """The minutes' spans moved to where they are in the proposed sentence; those in the replaced
    figure go with it (the recording's words are in their place)."""
    a, b, heard = swap
    shift = len(heard) - (b - a)
    return [(x, y) if y <= a else (x + shift, y + shift) for x, y in spans if y <= a or x >= b]


def proposed_from_recording(evidence: list[Evidence]) -> str:
    """A sentence for the minutes in the recording's own words: "Social Worker said: ‘…’", or,
    where the transcript does not say who spoke, "It was said at the conference: ‘…’"."""
    return " ".join(f"{_cap(e.speaker)} said: ‘{e.text}’" if e.speaker else f"It was said at the conference: ‘{e.text}’"
                    for e in evidence[:2])


class _LetterDoc:
    def __init__(self, turns, minutes_unsure: list[list[str]] | None = None):
        self.doc = Document()
        a4(self.doc)
        self.turns = turns
        self.minutes_unsure = minutes_unsure or []
        self.unsure_used = False
        self.scan_used = False  # a word from the minutes is dotted: the OCR was unsure of it

    def minutes_spans(self, f: ReportFinding) -> list[tuple[int, int]]:
        """Where in `f.minutes_text` the words are that the OCR was unsure of (none for typed minutes)."""
        words = statement_unsure(f.finding, self.minutes_unsure)
        return word_spans(f.minutes_text, words) if words else []

    def minutes_para(self, lead: str, text: str, spans: list[tuple[int, int]], tail: str = "",
                     space: int = 6, italic: bool = False) -> None:
        """lead + text + tail, the words of the minutes at `spans` underlined with dots. With no
        spans, the one plain run `para` writes, so a letter from typed minutes is as it was."""
        if not spans:
            self.para(lead + text + tail, space=space, italic=italic)
            return
        runs, pos = [], 0
        for a, b in spans:
            if a < pos:  # overlaps the one before: it is dotted already
                continue
            runs += [(text[pos:a], False), (text[a:b], True)]
            pos = b
        runs.append((text[pos:], False))
        runs[0] = (lead + runs[0][0], False)  # the first and last runs are plain
        runs[-1] = (runs[-1][0] + tail, False)
        p = self.doc.add_paragraph()
        for part, dotted in runs:
            if not part:
                continue
            r = p.add_run(part)
            r.italic = italic
            if dotted:
                r.font.underline = WD_UNDERLINE.DOTTED
                r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
                self.scan_used = True
        p.paragraph_format.space_after = Pt(space)

    def para(self, text: str = "", bold: bool = False, space: int = 6, italic: bool = False):
        p = self.doc.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        p.paragraph_format.space_after = Pt(space)
        return p

    def quote(self, lead: str, e: Evidence, space: int = 4) -> None:
        """lead + “the quoted words”, unsure words underlined with dots."""
        p = self.doc.add_paragraph()
        p.add_run(lead + "“")
        pos = 0
        for a, b in quoting.unsure_spans(e, self.turns):
            p.add_run(e.text[pos:a])
            r = p.add_run(e.text[a:b])
            r.font.underline = WD_UNDERLINE.DOTTED
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
            self.unsure_used = True
            pos = b
        p.add_run(e.text[pos:] + "”")
        p.paragraph_format.space_after = Pt(space)


def _point(w: _LetterDoc, n: int, f: ReportFinding) -> None:
    ev = f.evidence
    first = ev[0] if ev else None
    w.para(f"{n}. {f.kind_name}", bold=True, space=2)
    if f.minutes_text:
        where = f"Under “{f.section}”, the minutes say" if f.section else "The minutes say"
        w.minutes_para(f"{where}: “", f.minutes_text, w.minutes_spans(f), "”", space=2)
    if f.kind == "not_said":
        if first is not None:
            w.para("Nobody said this at the conference. The closest passage in my recording is:", space=2)
            w.quote(f"at {clock(first.start)}, {speaker_name(first)}: ", first)
        else:
            w.para("Nobody said this at the conference: nothing in my recording matches it.", space=2)
        w.minutes_para("I ask that this sentence be removed from the minutes: “", f.minutes_text or "",
                       w.minutes_spans(f) if f.minutes_text else [], "”", space=10)
    elif f.kind in ("contradicted", "changed_detail"):
        for e in ev[:3]:
            w.quote(f"At {clock(e.start)} in the recording, {speaker_name(e)} said: ", e)
        swap = detail_swap(f) if f.kind == "changed_detail" else None
        proposal = proposed_detail(f) if swap is not None else None
        w.para("I ask that the sentence be corrected to read:", space=2)
        if proposal:  # the minutes' own sentence, their unsure words still dotted
            w.minutes_para("“", proposal, swapped_spans(w.minutes_spans(f), swap), "”", italic=True, space=10)
        else:
            w.para(f"“{proposed_from_recording(ev)}”", italic=True, space=10)
    elif f.kind == "misattributed":
        credited = f.finding.speaker
        real = speaker_name(first) if first is not None else "someone else"
        if first is not None:
            w.quote(f"It was {real} who said this, at {clock(first.start)} in the recording: ", first)
        w.para(f"I ask that the minutes credit these words to {real}"
               + (f", not to {credited}." if credited else "."), space=10)
    elif f.kind == "omitted":
        for e in ev[:3]:
            w.quote(f"At {clock(e.start)} in the recording, {speaker_name(e)} said: ", e)
        w.para("The minutes do not record this. I ask that this be added:", space=2)
        w.para(f"“{proposed_from_recording(ev)}”", italic=True, space=10)
    else:  # a problem in the minutes themselves (or a kind added later): say what it is
        for e in ev[:2]:
            w.quote(f"At {clock(e.start)} in the recording, {speaker_name(e)} said: ", e)
        if f.explanation:
            w.para(f.explanation, space=2)
        w.para("I ask that the minutes be corrected on this point.", space=10)
    if f.comment:
        w.para(f"My note on this point: {f.comment}", space=10)


def write_letter(data: ReportData, out: Path, sender: str = "", days: int = REPLY_WORKING_DAYS,
                 share: str = SHARE) -> Path:
    """The correction letter from the confirmed findings of `data` (app/report/report.py), as an
    editable .docx at `out`. Raises NothingConfirmed (with why_no_letter's words) when there is
    nothing confirmed: a letter of unchecked machine findings must never be sent."""
    points = confirmed_points(data)
    if not points:
        raise NothingConfirmed(NO_LETTER)
    w = _LetterDoc(data.turns, data.minutes_unsure)
    w.para(sender or SENDER_LINES[0], space=0)
    w.para(SENDER_LINES[1], space=0)
    w.para(SENDER_LINES[2], space=12)
    w.para(long_date(date.today().isoformat()), space=12)
    w.para(f"To: {data.chair + ', ' if data.chair else ''}Chair of the conference"
           + (f", {data.council}" if data.council else ""), space=12)
    held = f" held on {long_date(data.date)}" if data.date else ""
    w.para(f"Request to correct the minutes of the {conference_name(data)}{held}", bold=True, space=2)
    if data.child_name:
        w.para(f"Child: {data.child_name}" + (f", born {long_date(data.child_dob)}" if data.child_dob else ""),
               bold=True, space=2)
    if data.reference:
        w.para(f"Your reference: {data.reference}", bold=True, space=2)
    w.para("", space=6)
    w.para(f"Dear {data.chair or 'Chair'},")
    about = f" about {data.child_name}" if data.child_name else ""
    w.para(f"Thank you for the minutes of the {conference_name(data)}{about}{held}. I recorded the conference and "
           "have compared the minutes with my recording. I have listened to the recording at each of the points "
           "below, and at each of them the minutes do not match it. I ask for them to be corrected so that the "
           "record of the conference is accurate.")
    w.para("For each point I give the words of the minutes, the words in my recording with the time at which they "
           "can be heard, and what I ask to be changed.")
    for n, f in enumerate(points, start=1):
        _point(w, n, f)
    if w.scan_used:
        w.para((UNSURE_RECORDING_NOTE + " " if w.unsure_used else "") + SCAN_LETTER_NOTE, italic=True)
    elif w.unsure_used:
        w.para(UNSURE_LETTER_NOTE, italic=True)
    w.para(f"I ask that corrected minutes be sent to everyone who received the original minutes, within {days} "
           "working days of this letter. Please also send me a copy of the minute-taker's notes of the "
           "conference.")
    w.para(f"The recording can be listened to at the times given. {share}")
    w.para("If the minutes are not corrected, I ask that this letter be kept with them on the file as my record "
           "of where they are wrong, and that you tell me why.")
    w.para("Yours sincerely,", space=24)
    w.para(sender or SENDER_LINES[0])
    footer = w.doc.sections[0].footer.paragraphs[0]
    footer.add_run(FOOTER).font.size = Pt(9)
    with output_file(out) as fh:
        w.doc.save(fh)
    return out
