"""Every letter type, written from one invented case and read back from the .docx: names, dates,
references, the listed findings and failings, the footer, and no placeholder text."""

from pathlib import Path

import pytest
from docx import Document

from app.cli import main
from app.letters.document import FOOTER, placeholders
from app.letters.writer import write_all
from app.session import create_session
from tests.case_factory import CHAIR, CHANGED, CHILD, COUNCIL, NOT_SAID, PARENT, REFERENCE, TODAY, build_case


def read(path: Path) -> str:
    doc = Document(str(path))
    body = [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells]
    footer = [p.text for p in doc.sections[0].footer.paragraphs]
    return "\n".join(body + footer)


@pytest.fixture
def letters(tmp_path):
    built = build_case(tmp_path)
    results = {o.kind: o for o in write_all(built.first, tmp_path / "out", TODAY)}
    return built, results, {k: read(o.path) for k, o in results.items() if o.path}


def test_every_type_is_written_with_footer_names_and_no_placeholder(letters):
    _, results, texts = letters
    assert set(texts) == {"minutes_request", "correction", "follow_up", "sar", "complaint", "ombudsman"}
    for kind, text in texts.items():
        assert "Prepared with FairMinutes" in text and "not legal advice" in text, kind
        assert not placeholders(text), (kind, placeholders(text))
        assert PARENT in text and "12 Larch Row" in text, kind
        assert "[" not in text, kind
    for kind in ("minutes_request", "follow_up", "sar", "complaint", "ombudsman"):
        assert CHILD in texts[kind] and REFERENCE in texts[kind] and "Friday 22 May 2026" in texts[kind], kind


def test_minutes_request_when_the_minutes_came_asks_for_the_reports(letters):
    _, _, texts = letters
    text = texts["minutes_request"]
    assert f"Dear {CHAIR}," in text and "received on Friday 19 June 2026" in text
    assert "reports that were presented" in text and "by Thursday 15 October 2026" in text  # 10 working days


def test_minutes_request_when_they_have_not_come(tmp_path):
    built = build_case(tmp_path)
    third = built.case.new_conference(on="2026-09-03")
    [o] = write_all(third, tmp_path / "out3", TODAY, only=["minutes_request"])
    text = read(o.path)
    assert "I have not yet received the minutes" in text
    assert "within 15 working days of the conference, that is by Thursday 24 September 2026" in text
    assert [d.what for d in o.dates] == ["Minutes expected", "Reply expected"]


def test_correction_letter_lists_the_confirmed_findings_only(letters):
    _, _, texts = letters
    text = texts["correction"]
    assert NOT_SAID in text and CHANGED in text and "I asked for an advocate" in text
    assert "attendance has improved" not in text  # dismissed
    assert COUNCIL in text


def test_correction_letter_is_not_written_without_a_confirmed_finding(tmp_path):
    built = build_case(tmp_path)
    for fid in ("f1", "f2", "f3"):
        built.first.review().decide(fid, "unreviewed")
    [o] = write_all(built.first, tmp_path / "o", TODAY, only=["correction"])
    assert o.path is None and "no finding is confirmed" in o.reason
    assert not (tmp_path / "o" / "correction-request.docx").exists()


def test_follow_up_cites_the_earlier_letter_and_both_dates(letters):
    _, results, texts = letters
    text = texts["follow_up"]
    assert "On Monday 22 June 2026 I wrote to you" in text and "by Monday 6 July 2026" in text
    assert "I have not received a reply" in text and "Please reply by Thursday 15 October 2026" in text
    assert [d.on.isoformat() for d in results["follow_up"].dates] == ["2026-07-06", "2026-10-15"]


def test_sar_asks_the_dpo_for_records_notes_and_recording_with_its_due_date(letters):
    _, results, texts = letters
    text = texts["sar"]
    assert "Dear Data Protection Officer" in text and "Town Hall" in text
    for asked in ("child protection records", "minute-taker", "recording of that conference"):
        assert asked in text
    assert "by Monday 2 November 2026" in text  # 1 November 2026 is a Sunday
    assert "article 12(3)" in text and results["sar"].dates[0].rule


def test_complaint_names_the_failings_and_the_uncorrected_discrepancies(letters):
    _, _, texts = letters
    text = texts["complaint"]
    assert "Local Safeguarding Children Partnership" in text
    assert "reached me on Friday 19 June 2026, 4 working days late" in text
    assert "corrected on Monday 22 June 2026 and have had no reply" in text
    assert NOT_SAID in text and CHANGED in text
    assert "The minutes of the conference of Thursday 20 August 2026 repeat it." in text


def test_complaint_about_the_next_conference_carries_the_earlier_finding(tmp_path):
    built = build_case(tmp_path)
    [o] = write_all(built.second, tmp_path / "o2", TODAY, only=["complaint"])
    text = read(o.path)
    assert "Raised on 22 June 2026, not corrected" in text and "still not attended" in text
    assert f"The minutes of the conference of Friday 22 May 2026 said: “{NOT_SAID}”" in text
    assert "At 1:35 in my recording of that conference" in text
    assert CHANGED not in text


def test_ombudsman_summary_has_the_timeline(letters):
    _, results, texts = letters
    text = texts["ombudsman"]
    assert "Local Government and Social Care Ombudsman" in text
    for row in ("22 May 2026", "Minutes received", "Letter sent: Request to correct the minutes",
                "6 July 2026", "nothing came (overdue)", "20 August 2026"):
        assert row in text, row
    assert "by Saturday 22 May 2027" in text and "12 months" in results["ombudsman"].dates[0].rule


def test_a_session_in_no_case_leaves_the_missing_facts_out(tmp_path):
    s = create_session("A core group", kind="ICPC", date="2026-05-22", local_authority=COUNCIL)
    results = {o.kind: o for o in write_all(s, tmp_path / "lone", TODAY)}
    for o in results.values():
        if o.path:
            text = read(o.path)
            assert not placeholders(text) and "[" not in text and FOOTER in text
    assert results["minutes_request"].path and "I have not yet received the minutes" in read(results["minutes_request"].path)
    assert results["correction"].path is None and results["follow_up"].path is None


def test_placeholder_finder_catches_what_a_template_leaves():
    for text in ("[Your name]", "Dear {chair},", "reply by XX", "Address: TBC"):
        assert placeholders(text), text
    assert not placeholders("Your reference: CP/2026/0417. Reply by Monday 6 July 2026.")


def test_cli_letters_writes_each_type_and_says_what_it_did_not(tmp_path, capsys):
    built = build_case(tmp_path)
    out = tmp_path / "cli"
    assert main(["letters", built.second.id, "--out", str(out), "--today", "2026-10-01"]) == 0
    said = capsys.readouterr()
    assert (out / "complaint.docx").exists() and (out / "subject-access-request.docx").exists()
    assert not (out / "correction-request.docx").exists()
    assert "Not written" in said.out and "compared" in said.out
    assert "Monday 2 November 2026" in said.out  # the SAR's date, with its rule


def test_cli_letters_refuses_a_bad_date_with_one_line(tmp_path, capsys):
    built = build_case(tmp_path)
    assert main(["letters", built.first.id, "--out", str(tmp_path / "x"), "--today", "tomorrow"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "YYYY-MM-DD" in err


def test_complaint_names_the_procedural_record_when_there_is_one(tmp_path):
    procedure = pytest.importorskip("app.fairness.procedure")
    from app.session import SessionInfo

    if "procedure" not in SessionInfo.__dataclass_fields__:
        pytest.skip("the procedural record is not kept in session.json yet")
    built = build_case(tmp_path)
    record = procedure.ProcedureRecord.from_json({
        "reports": [{"name": "social work report", "received": "2026-05-21T18:00"}],
        "advocate_asked": "yes", "advocate_came": "no", "chance_to_speak": "no", "decision_explained": "yes",
        "cues": [{"type": "not_allowed_to_speak", "start": 610.0, "accepted": True},
                 {"type": "parent_dissent", "start": 95.0, "accepted": True}]})
    procedure.save(built.first, record)
    [o] = write_all(built.first, tmp_path / "p", TODAY, only=["complaint"])
    text = read(o.path)
    assert "The social work report reached me on Thursday 21 May 2026, 0 working days before" in text
    assert "I asked for an advocate" in text and "not given the chance to give my views" in text
    assert "reasons for it were not explained" not in text  # answered yes
    assert "(at 10:10 in my recording)" in text
