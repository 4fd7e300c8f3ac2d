"""Minutes written as bullet notes: every item one statement, its glyph gone, credited to the name
it sits under; an agenda is recognised.

Every document here is invented for the test and built in it (.docx with python-docx, .pdf with
fpdf2); none of its sentences or names is from a conference.
"""

from __future__ import annotations

import docx
import pytest
from docx.shared import Pt

from app.errors import FairMinutesError
from app.minutes.blocks import GLYPHS
from app.minutes.importer import read_minutes

PRESENT = ("Present: Nia Okafor (Social Worker), Dev Raman (Family Support Worker), Pia Lund (Mother), "
           "Oskar Vey (School Nurse), Ruth Amis (Chair)")

# (what the item says, who it is credited to: a substring of the speaker label, or None)
EXPECTED = [
    ("Two home visits since March", "Nia Okafor"),
    ("Kitchen repaired by the landlord", "Nia Okafor"),
    ("Site visit on 3rd of May", "Nia Okafor"),
    ("Weekly sessions on Tuesdays and Fridays", "Dev Raman"),
    ("Budget plan drafted with Ms Lund", "Dev Raman"),
    ("Rent arrears cleared in April", "Dev Raman"),
    ("No call-outs since January", "Police"),
    ("Hearing test booked for 12 May", "Oskar Vey"),
    ("Budget agreed", None),
    ("Next meeting 4 July, 10am", None),
    ("Room booked at the library", None),
]


def _statements(m):
    return {s.text: s for s in m.statements if not s.header}


def _check(m, expected=EXPECTED):
    got = _statements(m)
    texts = list(got)
    for text, who in expected:
        hits = [t for t in texts if t.endswith(text)]
        assert len(hits) == 1, f"{text!r} is not one statement of its own: {texts}"
        s = got[hits[0]]
        if who is None:
            assert s.speaker is None, (text, s.speaker)
        else:
            assert who in (s.speaker or ""), (text, s.speaker)
    assert not [t for t in texts if t[:1] in GLYPHS or t[:2] in ("- ", "* ") or t[:3] in ("1. ", "a) ")]
    # never two items in one statement
    assert not [t for t in texts if sum(t.count(x) for x, _ in expected if x in t) > 1]


def make_docx(path):
    d = docx.Document()
    d.add_heading("Core group meeting: notes", level=1)
    d.add_paragraph(PRESENT)
    d.add_heading("Updates", level=2)
    d.add_paragraph("Nia Okafor:")  # a name standing alone
    d.add_paragraph("Two home visits since March", style="List Bullet")
    d.add_paragraph("Kitchen repaired by the landlord", style="List Bullet")
    d.add_paragraph("● Site visit on 3rd of May")  # a glyph typed by hand, no list style
    d.add_paragraph("[Dev Raman]")
    d.add_paragraph("Family support", style="List Bullet")
    d.add_paragraph("Weekly sessions on Tuesdays and Fridays", style="List Bullet 2")  # nested
    d.add_paragraph("Budget plan drafted with Ms Lund", style="List Bullet 2")
    d.add_paragraph("○ Rent arrears cleared in April", style="List Bullet 2")
    d.add_paragraph("Police")  # an agency nobody came from
    d.add_paragraph("No call-outs since January", style="List Bullet")
    p = d.add_paragraph()
    p.add_run("School Nurse").bold = True  # a bold run-in
    p.add_run(" Hearing test booked for 12 May")
    d.add_heading("Decisions", level=2)
    d.add_paragraph("1. Budget agreed")
    d.add_paragraph("2. Next meeting 4 July, 10am")
    d.add_paragraph("a) Room booked at the library")
    d.save(path)


def test_bullet_notes_docx(tmp_path):
    make_docx(tmp_path / "notes.docx")
    m = read_minutes(tmp_path / "notes.docx")
    expected = EXPECTED + [("Family support", "Dev Raman")]
    _check(m, expected)
    # The run-in keeps the minutes' words; the labels on their own lines are no statements.
    assert "School Nurse Hearing test booked for 12 May" in _statements(m)
    assert not [t for t in _statements(m) if t.strip("[]:") in ("Nia Okafor", "Dev Raman", "Police")]


def make_pdf(path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"  # so that "•" is in Helvetica
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=14)
    pdf.cell(0, 10, "Core group meeting: notes", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, PRESENT, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", style="B", size=12)
    pdf.cell(0, 9, "Updates", new_x="LMARGIN", new_y="NEXT")

    def line(text, indent=0, dingbat=None):
        pdf.set_x(10 + indent)
        if dingbat:
            pdf.set_font("ZapfDingbats", size=8)
            pdf.cell(6, 6, dingbat)
            pdf.set_font("Helvetica", size=11)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("Helvetica", size=11)
    line("Nia Okafor:")
    line("\u2022 Two home visits since March", 5)
    line("\u2022 Kitchen repaired by the landlord", 5)
    line("Site visit on 3rd of May", 5, dingbat="l")  # a filled circle from a symbol font
    line("[Dev Raman]")
    line("- Weekly sessions on Tuesdays and Fridays", 5)
    line("- Budget plan drafted with Ms Lund", 5)
    line("Rent arrears cleared in April", 12, dingbat="m")
    line("Police")
    line("\u2022 No call-outs since January", 5)
    pdf.set_font("Helvetica", style="B", size=11)
    pdf.cell(pdf.get_string_width("School Nurse") + 2, 6, "School Nurse")  # a bold run-in, no colon
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 6, "Hearing test booked for 12 May", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", style="B", size=12)
    pdf.cell(0, 9, "Decisions", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    line("1. Budget agreed")
    line("2. Next meeting 4 July, 10am")
    line("a) Room booked at the library")
    pdf.output(str(path))


def test_bullet_notes_pdf(tmp_path):
    make_pdf(tmp_path / "notes.pdf")
    m = read_minutes(tmp_path / "notes.pdf")
    _check(m)


def test_bullet_notes_as_text_never_merge_neighbours(tmp_path):
    """Pasted from an email: long bullets on neighbouring lines, one wrapped, none merged."""
    p = tmp_path / "notes.txt"
    p.write_text(
        "Core group meeting: notes\n" + PRESENT + "\nUpdates\nNia Okafor:\n"
        "  ● Two home visits since March\n  ● Kitchen repaired by the landlord\n  ▪ Site visit on 3rd of May\n"
        "[Dev Raman]:\n  * Weekly sessions on Tuesdays and Fridays\n      - Budget plan drafted with Ms Lund\n"
        "      - Rent arrears cleared in April\nPolice\n  • No call-outs since January\n"
        "School Nurse: Hearing test booked for 12 May\nDecisions\n1. Budget agreed\n2. Next meeting 4 July, 10am\n"
        "a) Room booked at the library\n", encoding="utf-8")
    m = read_minutes(p)
    _check(m)


def test_a_run_in_label_credits_but_an_ordinary_word_does_not(tmp_path):
    p = tmp_path / "notes.txt"
    p.write_text(PRESENT + "\nUpdates\n- Purpose: to agree the summer plan\n- SW: Bedroom now decorated\n"
                 "- School: Attendance 96% this term\n", encoding="utf-8")
    got = _statements(read_minutes(p))
    assert got["Purpose: to agree the summer plan"].speaker is None
    assert "Nia Okafor" in got["SW: Bedroom now decorated"].speaker
    assert "Oskar Vey" in got["School: Attendance 96% this term"].speaker


@pytest.mark.parametrize("fmt", ["docx", "txt"])
def test_an_agenda_is_recognised(tmp_path, fmt):
    lines = ["Oakbridge Tenants' Association", "AGENDA", "Meeting to be held on Tuesday 3 June at 7pm",
             "1. Apologies for absence", "2. To approve the minutes of the last meeting",
             "3. To receive the treasurer's report", "4. To consider the garden budget", "5. Any other business",
             "6. Date of next meeting"]
    p = tmp_path / f"agenda.{fmt}"
    if fmt == "docx":
        d = docx.Document()
        for line in lines:
            d.add_paragraph(line).runs[0].font.size = Pt(11)
        d.save(p)
    else:
        p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(FairMinutesError, match="agenda"):
        read_minutes(p)


def test_minutes_that_mention_the_agenda_are_still_minutes(tmp_path):
    p = tmp_path / "minutes.txt"
    p.write_text("Minutes of the core group meeting\n" + PRESENT + "\nAgenda item 1: updates\n"
                 "The Social Worker reported that two visits took place.\nMs Lund said the kitchen is repaired.\n",
                 encoding="utf-8")
    assert len(read_minutes(p).statements) == 2


def test_notes_of_fragments_alone_are_statements(tmp_path):
    """No bullets, no full stops: short lines that one by one look like headings are the notes."""
    p = tmp_path / "notes.txt"
    p.write_text("Allotment committee notes\nPresent: Ann Vale (Chair), Tom Reyes (Treasurer)\n"
                 "Site visit on 3rd of May\nBudget agreed at £400\nShed roof repaired\nNext meeting 4 July\n"
                 "Tom Reyes to get two quotes for fencing\n", encoding="utf-8")
    m = read_minutes(p)
    assert [s.text for s in m.statements] == ["Site visit on 3rd of May", "Budget agreed at £400",
                                             "Shed roof repaired", "Next meeting 4 July",
                                             "Tom Reyes to get two quotes for fencing"]
    assert m.info["title"] == "Allotment committee notes"


def test_a_heading_set_as_plain_text_is_no_claim(tmp_path):
    d = docx.Document()
    d.add_paragraph(PRESENT)
    d.add_paragraph("The Social Worker said the home was warm.")
    d.add_paragraph("Housing Association")  # not bold, no heading style: still a heading
    d.add_paragraph("Damp treated in March", style="List Bullet")
    d.save(tmp_path / "m.docx")
    m = read_minutes(tmp_path / "m.docx")
    assert [(s.text, s.section) for s in m.statements] == [
        ("The Social Worker said the home was warm.", ""), ("Damp treated in March", "Housing Association")]


def test_a_name_as_a_list_item_credits_only_the_items_nested_under_it(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, PRESENT, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", style="B", size=12)
    pdf.cell(0, 9, "Updates", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for indent, text in ((0, "\u2022 Dev Raman:"), (10, "- Weekly sessions on Tuesdays and Fridays"),
                         (10, "- Budget plan drafted with Ms Lund"), (0, "\u2022 Water butts ordered for the garden")):
        pdf.set_x(15 + indent)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "nested.pdf"))
    got = {s.text: s.speaker for s in read_minutes(tmp_path / "nested.pdf").statements}
    assert "Dev Raman" in got["Weekly sessions on Tuesdays and Fridays"]
    assert "Dev Raman" in got["Budget plan drafted with Ms Lund"]
    assert got["Water butts ordered for the garden"] is None


def test_a_long_line_is_joined_to_the_next_only_when_wrapped_mid_sentence():
    from app.minutes.text_reader import parse_lines
    heading = "Worry 3: The grandmother who looks after Ava at weekends has a temper with her at times"
    wrapped = ("The social worker said the family had moved twice this year and that she had spoken to Ms")
    blocks = parse_lines([heading, "Ms Ode said the move had been hard on everyone.",
                          wrapped, "Lund at the school about it."])
    texts = [b.text for b in blocks]
    assert heading in texts and "Ms Ode said the move had been hard on everyone." in texts
    assert wrapped + " Lund at the school about it." in texts
