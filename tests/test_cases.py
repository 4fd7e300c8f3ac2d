"""A case across conferences: plain files, sessions of today's schema joining unchanged, a new
conference from the previous one, the timeline's dates and overdue items, findings carried forward."""

from datetime import date

import pytest

from app.cases import timeline
from app.cases.carried import carried_forward, same_claim
from app.cases.store import case_of, create_case, list_cases, open_case
from app.errors import FairMinutesError
from app.session import Attendee, create_session, list_sessions, open_session
from tests.case_factory import CHAIR, COUNCIL, NOT_SAID, PARENT, REFERENCE, TODAY, build_case


def test_a_session_of_todays_schema_joins_a_case_unchanged():
    s = create_session("Core group", kind="Core group", date="2026-04-02", local_authority=COUNCIL,
                       attendees=[Attendee("Zed Orr", "Social Worker")])
    s.write_manifest()
    before = s.info_path.read_bytes()
    manifest = s.manifest_path.read_bytes()
    case = create_case("A case")
    case.add(s)
    assert s.info_path.read_bytes() == before  # session.json (evidence, hashed) is not touched
    assert s.manifest_path.read_bytes() == manifest
    again = open_session(s.id)
    assert again.read_info().title == "Core group" and again.read_info().attendees[0].name == "Zed Orr"
    assert [x.id for x in case.sessions()] == [s.id]
    assert case_of(again).id == case.id
    assert [r.title for r in list_sessions()] == ["Core group"]
    assert any(e["event"] == "added_to_case" for e in s.events.read())  # the event log is append-only


def test_a_conference_belongs_to_one_case():
    s = create_session("ICPC")
    a, b = create_case("First"), create_case("Second")
    a.add(s)
    b.add(s)
    assert s.id not in a.read().conferences and case_of(s).id == b.id


def test_case_files_are_plain_json_and_read_back(tmp_path):
    built = build_case(tmp_path)
    raw = built.case.info_path.read_text(encoding="utf-8")
    assert PARENT in raw and REFERENCE in raw
    info = open_case(built.case.id).read()
    assert info.parent.name == PARENT and info.parent.address.startswith("12 Larch Row")
    assert info.children[0].name == "Maisie Thornbury" and info.council == COUNCIL
    assert [s.id for s in built.case.sessions()] == [built.first.id, built.second.id]
    assert [c.id for c in list_cases()] == [built.case.id]


def test_a_bad_date_is_refused_with_a_plain_line(tmp_path):
    case = create_case("A case")
    with pytest.raises(FairMinutesError, match="YYYY-MM-DD"):
        case.record("minutes_received", "x", "19/06/2026")


def test_new_conference_starts_from_the_previous_one(tmp_path):
    built = build_case(tmp_path)
    new = built.case.new_conference(on="2027-02-18")
    info = new.read_info()
    assert info.kind == "RCPC" and info.date == "2027-02-18"
    assert info.chair == CHAIR and info.local_authority == COUNCIL and info.reference == REFERENCE
    assert [a.name for a in info.attendees] == [a.name for a in built.second.read_info().attendees]
    assert built.case.sessions()[-1].id == new.id


def test_timeline_dates_overdue_and_next_due(tmp_path):
    built = build_case(tmp_path)
    t = timeline.build(built.case, today=TODAY)
    first, second = t.conferences
    got = {(i.what, i.on, i.state) for i in first.items}
    assert ("Minutes expected", date(2026, 6, 15), timeline.LATE) in got
    assert ("Minutes received", date(2026, 6, 19), timeline.DONE) in got
    # Sent 22 June: 10 working days later; no reply recorded by 1 October.
    assert ("Reply expected (request to correct the minutes)", date(2026, 7, 6), timeline.OVERDUE) in got
    assert ("Subject access request answer due", date(2026, 7, 22), timeline.OVERDUE) in got
    assert ("First review conference due", date(2026, 8, 21), timeline.MET) in got  # the RCPC of 20 August
    assert ("Complaint about the conference: window closes", date(2026, 6, 19), timeline.PASSED) in got
    review = next(i for i in second.items if i.what == "Next review conference due")
    assert review.on == date(2027, 2, 19) and review.state == timeline.OPEN  # 20 Feb 2027 is a Saturday
    assert t.next_due() == review
    assert {i.what for i in t.overdue()} == {"Reply expected (request to correct the minutes)",
                                            "Subject access request answer due"}
    assert all(i.rule for i in t.items if i.state in (timeline.OPEN, timeline.OVERDUE, timeline.MET))
    letters = {(c, k) for c, k, _ in t.letters_to_write()}
    assert (built.first.id, "follow_up") in letters
    assert (built.first.id, "correction") not in letters  # already sent


def test_a_reply_recorded_ends_the_overdue(tmp_path):
    built = build_case(tmp_path)
    built.case.record("reply_received", built.first, "2026-07-20", letter="correction", note="Chair declined.")
    t = timeline.build(built.case, today=TODAY)
    assert {i.what for i in t.overdue()} == {"Subject access request answer due"}


def test_minutes_not_received_are_overdue_and_ask_for_a_request(tmp_path):
    built = build_case(tmp_path)
    third = built.case.new_conference(on="2026-09-03")
    t = timeline.build(built.case, today=TODAY)
    line = next(c for c in t.conferences if c.session.id == third.id)
    expected = next(i for i in line.items if i.what == "Minutes expected")
    assert expected.state == timeline.OVERDUE and expected.on == date(2026, 9, 24)
    assert (third.id, "minutes_request") in {(c, k) for c, k, _ in t.letters_to_write()}
    built.case.record("minutes_expected", third, "2026-10-09")  # the parent's local procedure says 25 days
    t = timeline.build(built.case, today=TODAY)
    line = next(c for c in t.conferences if c.session.id == third.id)
    expected = next(i for i in line.items if i.what == "Minutes expected")
    assert expected.on == date(2026, 10, 9) and expected.state == timeline.OPEN and "you set" in expected.rule


def test_an_uncorrected_finding_appears_against_the_next_minutes(tmp_path):
    built = build_case(tmp_path)
    carried = carried_forward(built.case, built.second)
    assert [c.finding.id for c in carried] == ["f1"]  # f2's number changed: a different claim
    c = carried[0]
    assert c.finding.minutes_text == NOT_SAID and "still not attended" in c.repeated
    assert c.raised_on == date(2026, 6, 22)
    assert c.line().startswith("Raised on 22 June 2026, not corrected")
    assert carried_forward(built.case, built.first) == []  # nothing before the first conference


def test_same_claim_guards():
    a = "The mother has not attended any of the parenting course sessions."
    assert same_claim(a, "The mother has still not attended any of the parenting course sessions.")
    assert not same_claim(a, "The mother has attended all of the parenting course sessions.")  # polarity
    assert not same_claim(a, "The mother has not attended any of the 6 parenting course sessions.")  # number
    assert not same_claim(a, "The mother has not attended.")  # a fragment
    assert not same_claim(a, "The father has not attended any of the contact sessions at the family centre.")


def test_report_section_lists_what_the_next_minutes_repeat(tmp_path):
    from app.cases.carried import report_sections

    built = build_case(tmp_path)
    [section] = report_sections(built.second)
    assert section.title == "Raised before and not corrected"
    assert section.table[1][0] == NOT_SAID and section.table[1][1].startswith("Raised on 22 June 2026")
    assert "still not attended" in section.table[1][2]
    assert report_sections(built.first) == []


def test_the_report_of_the_next_conference_carries_the_section(tmp_path):
    from app.report.report import sections_for

    built = build_case(tmp_path)
    assert "Raised before and not corrected" in [s.title for s in sections_for(built.second)]


@pytest.mark.parametrize("content", ['{"title": "x", "parent": "not an object"}', '{"minutes_working_days": "ten"}',
                                     "[1, 2]", "{not json", '{"conferences": 5}'])
def test_a_damaged_case_file_is_named_and_hides_no_conference(content):
    s = create_session("Kept")
    case = create_case("Damaged")
    case.add(s)
    case.info_path.write_text(content, encoding="utf-8")
    try:
        info = case.read()  # read as far as it makes sense, or refused with the file named
    except FairMinutesError as e:
        assert "case.json" in str(e)
    else:
        assert isinstance(info.parent.name, str)
    from app.cases.store import group_by_case

    groups = group_by_case(list_sessions())
    assert [r.title for _, rows in groups for r in rows] == ["Kept"]


def test_notes_for_the_review_of_the_next_conference(tmp_path):
    from app.cases.carried import notes_for

    built = build_case(tmp_path)
    [line] = notes_for(built.second)
    assert line.startswith("Raised on 22 June 2026, not corrected: these minutes repeat it: “The mother has still")
    assert line.endswith("(first in the minutes of 22 May 2026)")
    assert notes_for(built.first) == [] and notes_for(create_session("Alone")) == []


def test_a_new_case_for_a_conference_takes_its_child_council_and_reference():
    from app.cases.store import case_for, suggested_title

    s = create_session("ICPC", date="2026-02-03", local_authority="Eastmere Council")
    assert suggested_title(s) == ""
    info = s.read_info()
    info.child_name, info.child_dob, info.reference = "Ivo Marsh", "2019-06-01", "EM/12"
    s.write_info(info)
    before = s.info_path.read_bytes()
    assert suggested_title(s) == "Ivo Marsh's case"
    case = case_for(s, "Ivo's case")
    got = case.read()
    assert (got.title, got.council, got.reference, got.conferences) == ("Ivo's case", "Eastmere Council", "EM/12", [s.id])
    assert [(c.name, c.dob) for c in got.children] == [("Ivo Marsh", "2019-06-01")]
    assert s.info_path.read_bytes() == before  # the conference's own file is untouched


def test_a_letter_asks_for_a_reply_within_the_cases_own_days_else_the_usual():
    from app.cases.store import reply_days
    from app.deadlines import REPLY_WORKING_DAYS

    alone = create_session("Not in a case")
    assert reply_days(alone) == REPLY_WORKING_DAYS
    s = create_session("In a case")
    case = create_case("Pip's case")
    case.add(s)
    info = case.read()
    info.reply_working_days = 15
    case.write(info)
    assert reply_days(s) == 15
