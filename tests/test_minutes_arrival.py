"""Minutes as they arrive: a .docx still carrying tracked changes and comments, an email (.eml) with
the minutes attached or in its body, an Outlook .msg. Every document is invented and built here."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from app.errors import FairMinutesError
from app.minutes.importer import import_into_session, read_minutes

PRESENT = "Present: Ann Vale (Chair), Tom Reyes (Social Worker), Lisa Pell (Mother)"


def _tracked_docx(path: Path) -> None:
    d = docx.Document()
    d.add_heading("Core group minutes", level=1)
    d.add_paragraph(PRESENT)
    d.add_heading("Update", level=2)
    p = d.add_paragraph()
    p.add_run("The Social Worker visited the home ")
    p._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="1" w:author="Chair" w:date="2027-03-05T10:00:00Z">'
        '<w:r><w:delText xml:space="preserve">three times </w:delText></w:r></w:del>'))
    p._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="2" w:author="Chair" w:date="2027-03-05T10:00:00Z">'
        '<w:r><w:t xml:space="preserve">twice </w:t></w:r></w:ins>'))
    tail = p.add_run("in May.")
    q = d.add_paragraph("Ms Pell said the garden is now safe.")
    d.add_comment(q.runs, text="Check this with the recording", author="Chair")
    d.add_comment([tail], text="Dates?", author="Minute taker")
    d.save(path)


def test_tracked_changes_read_as_accepted_and_the_user_is_told(tmp_path):
    path = tmp_path / "minutes.docx"
    _tracked_docx(path)
    m = read_minutes(path)
    texts = [s.text for s in m.statements]
    assert texts == ["The Social Worker visited the home twice in May.", "Ms Pell said the garden is now safe."]
    assert any("tracked changes" in n for n in m.notices) and any("2 comments" in n for n in m.notices)
    deleted = m.side_notes["tracked_changes"]["deleted"]
    assert deleted[0]["text"] == "three times" and deleted[0]["author"] == "Chair"
    assert {c["text"] for c in m.side_notes["comments"]} == {"Check this with the recording", "Dates?"}
    assert m.side_notes["comments"][0]["on"] == "Ms Pell said the garden is now safe."


def test_a_clean_docx_has_no_notices(tmp_path):
    d = docx.Document()
    d.add_paragraph(PRESENT)
    d.add_paragraph("The Social Worker visited twice in May.")
    d.save(tmp_path / "m.docx")
    m = read_minutes(tmp_path / "m.docx")
    assert m.notices == [] and m.side_notes == {}


def _email(tmp_path: Path, attach: Path | None, body: str = "Please find the minutes attached.") -> Path:
    msg = EmailMessage()
    msg["From"] = "Conference Service <conferences@anytown.example>"
    msg["To"] = "lisa.pell@example.org"
    msg["Subject"] = "Minutes of the review conference"
    msg["Date"] = "Thu, 11 Mar 2027 16:05:00 +0000"
    msg.set_content(body)
    if attach is not None:
        msg.add_attachment(b"\x89PNG\r\n\x1a\n", maintype="image", subtype="gif", filename="logo.gif")
        msg.add_attachment(attach.read_bytes(), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename=attach.name)
    p = tmp_path / "minutes-email.eml"
    p.write_bytes(bytes(msg))
    return p


def test_an_eml_gives_its_attachment_and_who_sent_it_when(tmp_path):
    doc = tmp_path / "Review minutes.docx"
    _tracked_docx(doc)
    eml = _email(tmp_path, doc)
    m = read_minutes(eml)
    assert [s.text for s in m.statements][0] == "The Social Worker visited the home twice in May."
    mail = m.side_notes["email"]
    assert mail["from"] == "Conference Service <conferences@anytown.example>"
    assert mail["date"] == "2027-03-11T16:05:00+00:00" and mail["attachment"] == "Review minutes.docx"
    assert mail["other_attachments"] == ["logo.gif"]
    assert "conferences@anytown.example" in m.notices[0] and any("tracked changes" in n for n in m.notices)


def test_an_eml_without_attachment_gives_its_body(tmp_path):
    eml = _email(tmp_path, None, body=f"Minutes of the core group\n{PRESENT}\nUpdate\n"
                                      "- Kitchen repaired by the landlord\n- Next visit on 2 April\n")
    m = read_minutes(eml)
    assert [s.text for s in m.statements] == ["Kitchen repaired by the landlord", "Next visit on 2 April"]
    assert m.side_notes["email"]["attachment"] is None


def test_an_emails_logo_is_not_taken_for_a_photo_of_the_minutes(tmp_path):
    """Minutes in the body, and the council's logo as a small inline PNG (as mail programs send a
    signature): the body is read; a photo of a page attached is still the minutes."""
    import email
    import io
    from email import policy

    from PIL import Image

    from app.minutes.email_reader import read_eml

    def png(width: int, height: int, noise: bool) -> bytes:
        out = io.BytesIO()
        (Image.effect_noise((width, height), 60) if noise else Image.new("L", (width, height), 200)).save(out, "PNG")
        return out.getvalue()

    eml = _email(tmp_path, None, body=f"Minutes of the core group\n{PRESENT}\nUpdate\n- Next visit on 2 April\n")
    msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    msg.add_attachment(png(180, 60, False), maintype="image", subtype="png", filename="image001.png",
                       disposition="inline")
    eml.write_bytes(bytes(msg))
    m = read_minutes(eml)
    assert [s.text for s in m.statements] == ["Next visit on 2 April"]
    assert m.side_notes["email"]["other_attachments"] == ["image001.png"]
    msg.add_attachment(png(1000, 1400, True), maintype="image", subtype="png", filename="IMG_2041.png")
    eml.write_bytes(bytes(msg))
    assert read_eml(eml).filename == "IMG_2041.png"


def test_importing_an_eml_records_its_arrival_in_the_session(tmp_path):
    from app.session import create_session

    doc = tmp_path / "minutes.docx"
    _tracked_docx(doc)
    eml = _email(tmp_path, doc)
    session = create_session("Review", kind="RCPC")
    import_into_session(session, eml)
    assert (session.minutes_dir / eml.name).read_bytes() == eml.read_bytes()  # the email, byte for byte
    saved = json.loads((session.minutes_dir / "statements.json").read_text())
    assert saved["side_notes"]["email"]["subject"] == "Minutes of the review conference"
    assert saved["side_notes"]["tracked_changes"]["deleted"][0]["text"] == "three times"
    events = [json.loads(x) for x in (session.folder / "events.jsonl").read_text().splitlines()]
    arrived = [e for e in events if e["event"] == "minutes_emailed"]
    assert arrived and arrived[0]["sent"] == "2027-03-11T16:05:00+00:00"


def test_an_outlook_msg_gets_a_clear_way_round(tmp_path):
    p = tmp_path / "Minutes.msg"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(FairMinutesError, match="Save Attachments"):
        read_minutes(p)
