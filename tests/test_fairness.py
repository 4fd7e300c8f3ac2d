"""Procedural fairness, minutes quality and materiality (app/fairness/, issue #17). Every rule is
tested on invented sentences that appear in no development conference."""

import json

from app.compare.findings import (
    FINDING_KINDS,
    Evidence,
    Finding,
    Materiality,
    is_material,
    materiality_order,
)

MUM = Evidence(52.4, 55.1, "Mother (Lisa Price)", "I don't agree with the plan at all.", line=9)


def test_quality_findings_and_materiality_come_back_from_json_unchanged():
    f = Finding("q1", "quality", "The nurse will chase the dentist.", [], 0.8, "No timescale.", 4, "Plan",
                materiality=Materiality(0.6, "It is part of the plan."), check="action_without_timescale",
                related="f123")
    assert "quality" in FINDING_KINDS
    d = json.loads(json.dumps(f.to_json()))
    assert d["materiality"] == {"weight": 0.6, "reason": "It is part of the plan."}
    assert d["check"] == "action_without_timescale" and d["related"] == "f123"
    assert Finding.from_json(d) == f
    old = Finding.from_json({"id": "f1", "kind": "omitted", "minutes_text": None, "evidence": [MUM.to_json()],
                             "confidence": 0.7, "explanation": "x"})
    assert old.materiality is None and not is_material(old) and "check" not in old.to_json()


def test_material_findings_come_first_then_the_surer():
    def f(fid, w, c):
        return Finding(fid, "omitted", None, [MUM], c, "", materiality=Materiality(w, ""))
    minor, sure, decision, unsure = f("a", 0.2, 0.9), f("b", 0.9, 0.9), f("c", 0.9, 0.95), f("d", 0.7, 0.3)
    assert [x.id for x in materiality_order([minor, sure, decision, unsure])] == ["c", "b", "d", "a"]
    assert [is_material(x) for x in (minor, sure, unsure)] == [False, True, True]


def test_a_quality_finding_is_described_by_its_own_explanation():
    from app.compare.findings import describe

    f = Finding("q2", "quality", None, [], 0.7, "The minutes record no contingency plan", check="no_contingency_plan")
    assert describe(f) == "The minutes record no contingency plan."


# ----- procedural cues (app/fairness/cues.py), on invented meetings

def meeting(*lines: str):
    from app.compare.turns import from_text

    return from_text("\n".join(lines))


def cue_types(turns, notes=None):
    from app.fairness.cues import find_cues

    return [c.type for c in find_cues(turns, True, notes)]


def test_a_report_that_came_late_or_never_is_a_cue_with_its_evidence():
    from app.fairness.cues import find_cues

    turns = meeting("Chair (Pat Moss): Did you both get the social worker's report?",
                    "Mother (Jo Lane): It only came through the door last night, after nine.",
                    "Chair (Pat Moss): I'm sorry, that should not happen.",
                    "Father (Sam Lane): And I haven't seen any report at all.")
    cues = find_cues(turns, True)
    assert [c.type for c in cues] == ["report_late", "report_not_received"]
    late = cues[0]
    assert late.speaker == "Mother (Jo Lane)" and late.evidence[0].line == 2
    assert "last night" in late.evidence[0].text and late.to_json()["evidence"][0]["speaker"] == "Mother (Jo Lane)"


def test_an_advocate_asked_for_and_never_provided():
    turns = meeting("Chair (Pat Moss): Is anyone supporting you today?",
                    "Mother (Jo Lane): I requested an advocate a month ago and I'm still waiting.")
    assert cue_types(turns) == ["advocate_requested_not_provided"]
    calm = meeting("Chair (Pat Moss): Welcome.", "Advocate (Kim Roe): I'm here as Jo's advocate today.")
    assert "advocate_requested_not_provided" not in cue_types(calm)


def test_a_parent_cut_off_and_told_to_wait_and_the_friends_note():
    turns = meeting("Social Worker (Ali Kerr): The flat was untidy on both visits.",
                    "Father (Sam Lane): That was the week the boiler—",
                    "Chair (Pat Moss): Sam, hold on, you'll get your chance later.")
    assert cue_types(turns) == ["not_allowed_to_speak"]
    noted = cue_types(meeting("Chair (Pat Moss): Next, the school.", "Teacher (Bo Dee): Attendance is fine."), [3.0])
    assert noted == ["not_allowed_to_speak"]


def test_requests_to_minute_but_not_the_chairs_promise():
    turns = meeting("Grandmother (Vi Lane): Can it be minuted that I offered to help on Fridays?",
                    "Chair (Pat Moss): It will be minuted.",
                    "Chair (Pat Moss): Rosa, could you note that the letter went to the wrong house.",
                    "Teacher (Bo Dee): The class trip is in June.")
    assert cue_types(turns) == ["request_to_minute", "request_to_minute"]


def test_a_parent_correcting_or_disagreeing_but_not_thanking():
    turns = meeting("Social Worker (Ali Kerr): Jo left the baby with a neighbour overnight.",
                    "Mother (Jo Lane): No, that's wrong. She was with my own mother, not a neighbour.",
                    "Chair (Pat Moss): Thank you. Sam?",
                    "Father (Sam Lane): I just want to thank the nursery for their help.")
    assert cue_types(turns) == ["parent_dissent"]


def test_each_professionals_view_on_the_threshold_and_dissent_from_the_decision():
    from app.fairness.cues import find_cues, threshold

    turns = meeting("Chair (Pat Moss): I'll ask each of you whether the threshold for significant harm is met. Ali?",
                    "Social Worker (Ali Kerr): Yes, met, under neglect.",
                    "Teacher (Bo Dee): I'd agree with Ali.",
                    "School Nurse (Cy Ward): Honestly, I'd say child in need would do.",
                    "Housing Officer (Di Fox): It's not for me to say.",
                    "Chair (Pat Moss): Thank you. My decision is that Mia will be subject to a child protection plan "
                    "under neglect.")
    th = threshold(turns)
    assert th.decision == "plan"
    assert {w: v for w, (v, _) in th.views.items()} == {"Social Worker (Ali Kerr)": "plan", "Teacher (Bo Dee)": "plan",
                                                        "School Nurse (Cy Ward)": "no_plan"}
    assert th.silent == ["Housing Officer (Di Fox)"]
    dissent = [c for c in find_cues(turns, True) if c.type == "professional_dissent"]
    assert [c.speaker for c in dissent] == ["School Nurse (Cy Ward)"] and dissent[0].detail["view"] == "no_plan"


def test_without_speaker_names_no_cue_is_pinned_on_a_parent_or_professional():
    from app.fairness.cues import find_cues

    turns = meeting("I don't think it's met, child in need would do.", "No, that's wrong, I never left him.")
    assert find_cues(turns, False) == []


# ----- minutes quality (app/fairness/quality.py), on invented minutes

INVENTED_MINUTES = """Northshire Council
Review Child Protection Conference: Minutes
Attendees
Name\tRole
Jo Lane\tMother
Ali Kerr\tSocial Worker
Cy Ward\tSchool Nurse
Bo Dee\tClass Teacher
1. Updates
The Social Worker reported that Mia has settled at her new school.
2. Parents' views
Ms Lane said that the family are doing much better since the move.
3. Professional views on the threshold
The Social Worker considered that the threshold remains met and that the plan should continue.
4. Decision
The Chair's decision is that Mia will remain subject to a child protection plan.
5. Child protection plan
The School Nurse will refer Mia to the sleep clinic.
The Social Worker will visit every two weeks.
The Class Teacher will continue the reading sessions weekly and will arrange a hearing test.
Identify a holiday club for Mia.
The review conference will be held on 9 March 2027.
"""


def invented(tmp_path, text=INVENTED_MINUTES):
    from app.minutes.importer import read_minutes

    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    return read_minutes(path)


def checks(findings):
    return sorted((f.check, f.minutes_text) for f in findings)


def test_minutes_alone_actions_need_an_owner_and_a_timescale(tmp_path):
    from app.fairness.quality import actions

    found = checks(actions(invented(tmp_path)))
    assert ("action_without_timescale", "The School Nurse will refer Mia to the sleep clinic.") in found
    assert ("action_without_timescale", "The Class Teacher will continue the reading sessions weekly and will "
            "arrange a hearing test.") in found  # one part is timed, the other is not
    assert ("action_without_owner", "Identify a holiday club for Mia.") in found
    assert not any("visit every two weeks" in (t or "") or "review conference" in (t or "") for _, t in found)


def test_minutes_alone_decision_category_review_contingency_and_views(tmp_path):
    from app.fairness.quality import decision, views

    m = invented(tmp_path)
    assert {f.check for f in decision(m)} == {"decision_without_category", "no_contingency_plan"}
    assert [f.check for f in views(m)] == ["child_views_missing"]  # the parents' views are there
    better = INVENTED_MINUTES.replace("child protection plan.\n5.", "child protection plan under the category of "
                                      "neglect. If the plan is not kept to, legal advice will be sought.\n5.")
    better = better.replace("1. Updates\n", "1. Mia's wishes and feelings\nMia said that she likes her new school.\n"
                            "2. Updates\n")
    m2 = invented(tmp_path, better)
    assert decision(m2) == [] and views(m2) == []


def test_a_dissent_said_but_not_recorded_and_a_missing_view(tmp_path):
    from app.compare.comparer import compare
    from app.compare.turns import from_text

    meeting = from_text("\n".join([
        "Chair (Pat Moss): I'll ask each of you about the threshold. Ali?",
        "Social Worker (Ali Kerr): Still met, the plan should continue.",
        "Chair (Pat Moss): Cy?",
        "School Nurse (Cy Ward): I don't think it's met any more. Child in need would be enough.",
        "Chair (Pat Moss): Bo?",
        "Class Teacher (Bo Dee): I agree with Ali.",
        "Chair (Pat Moss): My decision is that Mia will remain subject to a child protection plan.",
    ]))
    text = INVENTED_MINUTES.replace("The Social Worker considered that the threshold remains met and that the plan "
                                    "should continue.", "All professionals agreed that the threshold remains met.")
    result = compare(invented(tmp_path, text), meeting)
    quality = {f.check: f for f in result.quality}
    dissent = quality["dissent_not_recorded"]
    assert dissent.minutes_text == "All professionals agreed that the threshold remains met."
    assert dissent.evidence[0].speaker == "School Nurse (Cy Ward)"
    contradicted = [f for f in result.findings if f.minutes_text == dissent.minutes_text]
    assert contradicted and dissent.related == contradicted[0].id  # one complaint, linked, not two
    assert all(f.kind == "quality" and f.materiality for f in result.quality)
    assert all(f.materiality is not None for f in result.findings)


# ----- materiality (app/fairness/materiality.py)

def test_materiality_puts_the_decision_and_allegations_above_minor_details():
    from app.fairness.materiality import assess

    nurse = Evidence(10.0, 12.0, "School Nurse (Cy Ward)", "I visited every fortnight.")
    mum = Evidence(20.0, 24.0, "Mother (Jo Lane)", "No, that's wrong, I never left her alone.")
    decision = Finding("a", "contradicted", "All professionals agreed that the threshold was met.", [nurse], 0.8, "")
    allegation = Finding("b", "not_said", "Ms Lane admitted leaving Mia alone overnight.", [mum], 0.7, "")
    objection = Finding("c", "omitted", None, [mum], 0.7, "")
    detail = Finding("d", "changed_detail", "The School Nurse has visited weekly.", [nurse], 0.9, "")
    who = Finding("e", "misattributed", "The Class Teacher said the nurse visits.", [nurse], 0.6, "")
    weights = {f.id: assess(f, {"lane"}) for f in (decision, allegation, objection, detail, who)}
    assert weights["a"].weight == 1.0 and "decision" in weights["a"].reason
    assert weights["b"].weight >= 0.85 and "allegation" in weights["b"].reason
    assert weights["c"].weight >= 0.7 and weights["d"].weight < 0.5 and weights["e"].weight < 0.5
    for f in (decision, allegation, objection, detail, who):
        f.materiality = weights[f.id]
    assert [f.id for f in materiality_order([who, detail, objection, allegation, decision])][:3] == ["a", "b", "c"]


def test_a_report_had_in_time_or_not_weighs_as_how_the_conference_was_prepared():
    """"Ms Lane confirmed she had been sent the report in good time": "confirmed" of a parent reads
    as an admission, but whether the report came in time is how the conference was prepared."""
    from app.fairness.materiality import assess

    mum = Evidence(20.0, 24.0, "Mother (Jo Lane)", "It only came through my door yesterday.")
    had = Finding("a", "contradicted", "Ms Lane confirmed she had been sent the report in good time.", [mum], 0.7, "")
    admitted = Finding("b", "not_said", "Ms Lane confirmed she had left Mia alone overnight.", [mum], 0.7, "")
    assert assess(had, {"lane"}).weight == 0.4 and "how things were done" in assess(had, {"lane"}).reason
    assert assess(admitted, {"lane"}).weight >= 0.85  # an admission is still one


# ----- the procedural record (app/fairness/procedure.py) in session.json

def test_the_procedural_record_is_kept_in_session_json_and_old_sessions_open():
    import json as _json

    from app.fairness import procedure
    from app.permission import log_permission
    from app.session import Session, create_session

    s = create_session("Invented review")
    assert procedure.read(s) == procedure.ProcedureRecord()  # nothing recorded yet
    rec = procedure.ProcedureRecord([procedure.ReportReceived("Social work report", "2026-02-27T19:30")],
                                    advocate_asked="yes", advocate_came="no")
    rec.decide("report_late", 12.5, True)
    procedure.save(s, rec)
    back = procedure.read(s)
    assert back == rec and back.decision_on("report_late", 12.5) is True and back.decision_on("parent_dissent", 1) is None
    raw = _json.loads((s.folder / "session.json").read_text())
    assert raw["procedure"]["advocate_asked"] == "yes"
    # a session.json written before the procedure existed opens, with an empty record
    del raw["procedure"]
    (s.folder / "session.json").write_text(_json.dumps(raw))
    assert procedure.read(Session(s.folder)) == procedure.ProcedureRecord()
    log_permission(s, "refused", "The chair said no recordings.")
    assert procedure.recording_answer(s) == ("refused", "The chair refused the recording", "The chair said no recordings.")


def test_working_days_before_the_conference():
    from app.fairness.procedure import working_days_before

    assert working_days_before("2026-03-01T19:00", "2026-03-02") == 0  # Sunday evening for Monday
    assert working_days_before("2026-02-25", "2026-03-02") == 2  # Wednesday: Thursday and Friday
    assert working_days_before("", "2026-03-02") is None


# ----- the report's sections (app/fairness/report.py), written to real .docx and .pdf files

def fairness_session(conference: str = "dev-a"):
    """A session from a test conference's turns and minutes, compared, with a procedural record."""
    from pathlib import Path

    from app.compare.comparer import compare_session
    from app.fairness import procedure
    from app.minutes.importer import import_into_session
    from app.permission import log_permission
    from app.session import create_session
    from app.transcription.transcript import Segment, Transcript

    conf = Path(__file__).resolve().parent / "data" / "conferences" / conference
    turns = json.loads((conf / "turns.json").read_text(encoding="utf-8"))
    s = create_session("Invented initial conference", kind="ICPC", date="2026-04-14")
    Transcript("script", duration=turns[-1]["end"],
               segments=[Segment(i, t["start"], t["end"], t["text"], t["speaker"]) for i, t in enumerate(turns)]
               ).save(s.transcript_path)
    import_into_session(s, conf / "minutes.docx")
    compare_session(s)
    log_permission(s, "agreed", "Yes, that's fine.")
    procedure.save(s, procedure.ProcedureRecord([procedure.ReportReceived("Social work report", "2026-04-13T20:00")],
                                                advocate_asked="yes", advocate_came="no"))
    return s


def test_the_report_opens_with_what_matters_most_and_has_the_two_sections(tmp_path):
    import docx as docx_lib
    import pypdfium2

    from app.compare.findings import is_material, load_findings
    from app.report.export import export_session

    s = fairness_session()
    data = load_findings(s.findings_path)
    assert any(f.kind == "quality" for f in data.findings) and all(f.materiality for f in data.findings)
    counted = [f for f in data.findings if not (f.kind == "quality" and f.related)]  # each finding once
    material = [f for f in counted if is_material(f)]
    files = export_session(s, tmp_path / "out")
    doc = docx_lib.Document(str(files.report_docx))
    heads = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert heads.index("What matters most") < heads.index("Summary") < heads.index("How the conference was run") \
        < heads.index("Quality of the minutes") < heads.index("The findings")
    text = "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    n = len(counted)
    assert f"{len(material)} of {n} findings could have affected the outcome" in text
    assert "touch the decision, the threshold or the category" in text
    assert "The chair agreed to the recording" in text and "Social work report received" in text
    assert "0 working days before the conference (usually at least 2 to 3" in text  # the evening before
    assert "check your local safeguarding partnership's procedures".lower() in text.lower()
    assert "An action in the plan has no timescale" in text
    assert "Views on the threshold" in heads and "Health Visitor (Grace Obi)" in text and "differs from the decision" in text
    pdf = pypdfium2.PdfDocument(str(files.report_pdf))
    ptext = "\n".join(page.get_textpage().get_text_range() for page in pdf)
    assert ptext.index("What matters most") < ptext.index("Summary") < ptext.index("Quality of the minutes")


def test_childrens_views_are_asked_of_those_old_enough_to_give_them(tmp_path):
    from app.fairness.quality import children, views

    text = INVENTED_MINUTES.replace("Review Child Protection Conference: Minutes\n",
                                    "Review Child Protection Conference: Minutes\nChildren: Mia Lane (9), Ben Lane "
                                    "(18 months)\n")
    m = invented(tmp_path, text)
    assert children(m) == [("Mia", 9), ("Ben", 0)]
    missing = [f for f in views(m) if f.check == "child_views_missing"]
    assert len(missing) == 1 and "Mia's own views" in missing[0].explanation and "Ben" not in missing[0].explanation
    heard = text.replace("has settled at her new school.", "has settled at her new school. Mia said she feels "
                         "safe at home and wants to see her dad more.")
    assert not [f for f in views(invented(tmp_path, heard)) if f.check == "child_views_missing"]


def test_a_complaint_about_process_weighs_less_than_an_objection_to_the_facts():
    from app.fairness.materiality import assess

    process = Finding("p", "omitted", None, [Evidence(5.0, 9.0, "Father (Sam Lane)",
                                                      "No, nobody rang me about the meeting, I found out from a neighbour.")],
                      0.7, "")
    facts = Finding("q", "omitted", None, [Evidence(15.0, 19.0, "Father (Sam Lane)",
                                                    "No, that's wrong, the bruise was from the climbing frame.")], 0.7, "")
    promise = Finding("r", "omitted", None, [Evidence(25.0, 29.0, "Chair (Pat Moss)",
                                                      "Ali, you'll correct the report before it goes out again.")], 0.7, "")
    engaged = Finding("s", "changed_detail", "Ms Lane has attended four of the ten sessions.",
                      [Evidence(35.0, 39.0, "Family Worker (Kim Roe)", "She's been to nine of the ten sessions.")], 0.8, "")
    w = {f.id: assess(f) for f in (process, facts, promise, engaged)}
    assert w["p"].weight < 0.5 < w["q"].weight and "how things were done" in w["p"].reason
    assert w["r"].weight >= 0.5 and w["s"].weight >= 0.5


def test_a_plan_table_row_with_a_blank_owner_or_timescale(tmp_path):
    from app.fairness.quality import actions

    table = ("5. Child protection plan\nAction\tResponsible\tTimescale\n"
             "Visit Mia at home and see her alone\tSocial Worker\tEvery two weeks\n"
             "Find a swimming club for Mia\t\tBy the summer\n"
             "Book a hearing test\tSchool Nurse\t\n")
    text = INVENTED_MINUTES.split("5. Child protection plan\n")[0] + table
    m = invented(tmp_path, text)
    rows = [s for s in m.statements if s.plan_row]
    assert [s.text for s in rows] == ["Visit Mia at home and see her alone", "Find a swimming club for Mia",
                                      "Book a hearing test"]
    assert rows[1].plan_row == {"Action": "Find a swimming club for Mia", "Responsible": "",
                                "Timescale": "By the summer"}
    assert checks(actions(m)) == [("action_without_owner", "Find a swimming club for Mia"),
                                  ("action_without_timescale", "Book a hearing test")]


def test_what_the_parent_left_unanswered_the_recording_answers():
    from app.fairness.cues import find_cues
    from app.fairness.procedure import ProcedureRecord
    from app.fairness.report import sections

    turns = meeting("Chair (Pat Moss): Did you get the report?",
                    "Mother (Jo Lane): It only came through the door last night.",
                    "Father (Sam Lane): And we asked for an advocate weeks ago and nobody came.",
                    "Chair (Pat Moss): I'm sorry.")
    cues = find_cues(turns, True)
    record = ProcedureRecord()
    record.decide("advocate_requested_not_provided", cues[1].start, True)
    run = next(s for s in sections([], [], cues, record, "2026-04-14", None) if s.title == "How the conference was run")
    rows = {r[0]: r[1] for r in run.table}
    assert rows["A report received"].startswith("late: “It only came through the door last night.” (from the "
                                                "recording at 0:0")
    assert "not yet checked" in rows["A report received"]
    assert rows["An advocate or supporter asked for"].startswith("Yes (from the recording at")
    assert "not yet checked" not in rows["An advocate or supporter asked for"]  # the parent accepted it
    assert rows["The advocate or supporter came"].startswith("No (from the recording")


def test_on_real_conferences_the_labelled_material_findings_rank_first(test_data):
    """The discrepancies a careful reader labelled material (procedure.json) come before the others
    in the materiality order the review and the report use."""
    from app.compare.comparer import compare
    from app.compare.turns import from_text
    from app.minutes.importer import read_minutes

    for name in ("dev-2", "dev-a", "dev-b"):
        folder = test_data / "conferences" / name
        gold = json.loads((folder / "gold.json").read_text())
        material = set(json.loads((folder / "procedure.json").read_text())["material"])
        turns = from_text((folder / "script.txt").read_text())
        found = compare(read_minutes(folder / "minutes.docx"), turns).findings
        planted = {d["minutes_text"]: d["id"] for d in gold["discrepancies"] if d["minutes_text"]}
        hits = [(f, planted[f.minutes_text] in material) for f in found if f.minutes_text in planted]
        order = [m for f, m in sorted(hits, key=lambda h: materiality_order([x for x, _ in hits]).index(h[0]))]
        top = order[: (len(order) + 1) // 2]
        assert len(order) >= 6 and order[0], name
        assert sum(top) >= 0.8 * len(top), (name, order)


def test_fairminutes_compare_report_carries_the_fairness_sections(test_data, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    import docx as docx_lib

    folder = test_data / "conferences/dev-a"
    out = tmp_path / "r.docx"
    r = subprocess.run([sys.executable, "-m", "app.cli", "compare", str(folder / "minutes.docx"),
                        str(folder / "script.txt"), "--json", str(tmp_path / "f.json"), "--report", str(out)],
                       cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "a problem in the minutes themselves" in r.stdout  # the summary counts the quality findings
    heads = [p.text for p in docx_lib.Document(str(out)).paragraphs if p.style.name.startswith("Heading")]
    assert heads.index("What matters most") < heads.index("Summary") < heads.index("Quality of the minutes")
    assert "Views on the threshold" in heads


def test_the_transcript_says_whether_the_family_spoke_first_and_reasons_were_given():
    from app.fairness.procedure import ProcedureRecord, from_the_turns
    from app.fairness.report import sections

    turns = meeting("Chair (Pat Moss): Jo, would you like to say anything before we decide?",
                    "Mother (Jo Lane): Yes, I have done the course and the house is sorted now.",
                    "Chair (Pat Moss): Thank you. I'll ask each of you about the threshold. Ali?",
                    "Social Worker (Ali Kerr): Still met, under neglect.",
                    "Chair (Pat Moss): My decision is that Mia will remain subject to a child protection plan, "
                    "because the changes are not yet sustained.")
    heard = from_the_turns(turns)
    assert heard["chance_to_speak"][0] == "yes" and heard["decision_explained"][0] == "yes"
    silent = meeting("Chair (Pat Moss): I'll ask each of you about the threshold. Ali?",
                     "Social Worker (Ali Kerr): Still met.",
                     "Chair (Pat Moss): My decision is that Mia will remain subject to a child protection plan.")
    assert from_the_turns(silent) == {"chance_to_speak": ("no", silent[2].start)}  # no reasons heard: no claim
    run = next(s for s in sections([], [], [], ProcedureRecord(chance_to_speak="no"), "", None, heard=heard)
               if s.title == "How the conference was run")
    rows = {r[0]: r[1] for r in run.table}
    assert rows["Given the chance to speak before the decision"] == "No"  # the parent's own answer stands
    assert rows["The decision was explained"].startswith("Yes (from the recording at")


def test_a_quality_finding_without_a_sentence_is_known_by_what_is_wrong():
    from app.compare.findings import headline

    chair = Evidence(3.0, 5.0, "Chair (Pat Moss)", "Thank you. Cy?")
    f = Finding("q9", "quality", None, [chair], 0.7, "School Nurse (Cy Ward)'s view is left out of the minutes.",
                check="dissent_not_recorded")
    assert headline(f) == "School Nurse (Cy Ward)'s view is left out of the minutes."
    assert headline(Finding("f9", "omitted", None, [chair], 0.7, "")) == "Thank you. Cy?"


def test_without_speaker_names_all_agreed_against_a_dissent_is_still_a_quality_finding():
    from app.fairness.quality import agreed_while_dissent
    from app.minutes.statements import Minutes, Statement

    minutes = Minutes("m.txt", [], ["Decision"], [Statement("All agreed that the threshold was met.", "Decision",
                                                            None, "paragraph 9")])
    said = Evidence(40.0, 44.0, None, "I don't think it's met, child in need would do.")
    contradicted = Finding("f1", "contradicted", "All agreed that the threshold was met.", [said], 0.8, "", 0,
                           "Decision")
    other = Finding("f2", "contradicted", "The flat was clean.", [said], 0.8, "")
    found = agreed_while_dissent(minutes, [contradicted, other])
    assert [(f.check, f.minutes_text, f.related, f.section) for f in found] == [
        ("dissent_not_recorded", "All agreed that the threshold was met.", "f1", "Decision")]


def test_an_offer_with_a_contraction_is_an_offer():
    from app.compare.cue_patterns import OFFER_OF_SUPPORT
    from app.fairness.cues import _norm
    for said in ("I'll help with the school run.", "We'll have them on Sundays, that's fine."):
        assert OFFER_OF_SUPPORT.search(_norm(said)), said
    assert not OFFER_OF_SUPPORT.search(_norm("I'll see what the school says."))
