"""The findings model (app/compare/findings.py): findings.json read back byte for byte, the one rule
for what counts as confirmed (app/review.py), and how a finding is worded wherever it is shown."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.compare.findings import (
    FINDING_KINDS,
    KIND_NAMES,
    CheckedStatement,
    Evidence,
    Finding,
    FindingsFile,
    confidence_words,
    describe,
    kind_name,
    load_findings,
    minutes_sentence,
    minutes_words,
    percent,
    said,
    said_line,
    said_sentence,
)
from app.compare.turns import Turn
from app.errors import FairMinutesError
from app.review import Decision, Review, confirmed, is_confirmed

ROOT = Path(__file__).resolve().parent.parent


def as_written(obj) -> bytes:
    """Bytes as `fairminutes compare --json` and findings.json write them."""
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


MUM = Evidence(52.4, 55.1, "Mother (Lisa Price)", "I never missed the course.", line=9)
NOBODY = Evidence(71.0, 73.5, None, "I don't agree.")
WORKER = Evidence(9.0, 14.2, "Social Worker (Raj Mistry)", "I've visited every week since then.", line=2)


def one_of_each() -> list[Finding]:
    return [
        Finding("f1", "not_said", "Ms Price admitted drinking at weekends.", [], 0.9,
                "Nothing in the recording matches this statement.", 5, "4. Mother's views", "Mother (Lisa Price)"),
        Finding("f2", "contradicted", "All agreed that the plan should continue.", [NOBODY], 0.8,
                "A speaker disagreed at 1:11.", 7, "5. Decision", None),
        Finding("f3", "changed_detail", "The Social Worker has visited monthly.", [WORKER], 0.85,
                "The minutes say “monthly”, but the Social Worker said “every week”.", 1, "2. Update",
                "Social Worker (Raj Mistry)"),
        Finding("f4", "misattributed", "The Chair said she never missed the course.", [MUM], 0.576,
                "Mother said it, not the Chair.", 3, "3. Views", "Chair (Helen Ward)"),
        Finding("f5", "omitted", None, [MUM, NOBODY], 0.89, "Mother said this at 0:52, and the minutes do not record it."),
    ]


# ----- the model and findings.json


@pytest.mark.parametrize("finding", one_of_each(), ids=lambda f: f.kind)
def test_every_kind_comes_back_from_its_json_unchanged(finding):
    assert finding.kind in FINDING_KINDS
    written = as_written(finding.to_json())
    back = Finding.from_json(json.loads(written))
    assert back.to_json() == finding.to_json() and as_written(back.to_json()) == written
    assert back == Finding.from_json(finding.to_json())
    assert all(isinstance(e, Evidence) for e in back.evidence)


def test_to_json_keeps_the_contract_keys_in_their_order():
    f = one_of_each()[3]
    assert list(f.to_json()) == ["id", "kind", "minutes_text", "evidence", "confidence", "explanation",
                                 "statement", "section", "minutes_speaker", "materiality"]
    assert f.to_json()["confidence"] == 0.58 and f.to_json()["minutes_speaker"] == "Chair (Helen Ward)"
    assert f.to_json()["evidence"][0] == {"start": 52.4, "end": 55.1, "speaker": "Mother (Lisa Price)",
                                          "text": "I never missed the course.", "line": 9}
    assert "line" not in one_of_each()[1].to_json()["evidence"][0]  # a recording's turn has no line


def test_the_comparers_evidence_dicts_become_evidence_and_serialise_as_before():
    turns = [Turn(0, 1.234, 5.678, "Chair", "Good morning.", line=1), Turn(1, 6.0, 9.5, None, "Hello.")]
    raw = [t.evidence() for t in turns]
    f = Finding("f9", "omitted", None, raw, 0.7, "…")
    assert f.evidence == [Evidence(1.23, 5.68, "Chair", "Good morning.", 1), Evidence(6.0, 9.5, None, "Hello.")]
    assert f.to_json()["evidence"] == raw  # what `"evidence": self.evidence` wrote before the move
    # the comparer still reads evidence as dicts
    e = f.evidence[0]
    assert (e["start"], e["end"], e["speaker"], e["text"], e["line"]) == (1.23, 5.68, "Chair", "Good morning.", 1)
    assert "line" not in f.evidence[1] and f.evidence[1].get("line") is None and f.evidence[1].get("speaker") is None
    with pytest.raises(KeyError):
        f.evidence[1]["line"]


def test_the_comparer_uses_the_model_and_kinds_are_named_apart_from_conference_kinds():
    from app.compare import comparer
    from app.session import KINDS as CONFERENCE_KINDS

    assert comparer.Finding is Finding  # moved, not copied
    assert not hasattr(comparer, "KIND_NAMES")  # one home for the names: app/compare/findings.py
    assert set(KIND_NAMES) == set(FINDING_KINDS) and not set(FINDING_KINDS) & set(CONFERENCE_KINDS)


@pytest.fixture(scope="module")
def demo_findings(tmp_path_factory) -> Path:
    """findings.json made by `fairminutes compare` on the demo conference's minutes and script."""
    out = tmp_path_factory.mktemp("compare") / "findings.json"
    demo = ROOT / "resources" / "demo"
    r = subprocess.run([sys.executable, "-m", "app.cli", "compare", str(demo / "minutes.docx"), str(demo / "script.txt"),
                        "--json", str(out)], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return out


def test_load_findings_reads_a_real_findings_file_and_writes_it_back_byte_for_byte(demo_findings):
    data = load_findings(demo_findings)
    assert isinstance(data, FindingsFile)
    assert as_written(data.to_json()) == demo_findings.read_bytes()
    assert (data.minutes, data.transcript, data.speakers_known, data.notes) == ("minutes.docx", "script.txt", True, [])
    assert {f.kind for f in data.findings} >= {"not_said", "contradicted", "changed_detail", "omitted"}
    assert all(isinstance(f, Finding) and all(isinstance(e, Evidence) for e in f.evidence) for f in data.findings)
    # the demo minutes' ten sentences, and their header's claim about the child (issue #19)
    assert len(data.statements) == 11 and all(isinstance(s, CheckedStatement) for s in data.statements)
    assert data.statements[0].text.startswith("Child:")
    assert {s.status for s in data.statements} == {"supported", "finding"}
    flagged = [f for f in data.findings if f.statement is not None]
    assert all(data.statements[f.statement].text == f.minutes_text for f in flagged)
    assert all(data.statements[f.statement].status == "finding" for f in flagged)
    omitted = [f for f in data.findings if f.kind == "omitted"]
    assert omitted and all(f.minutes_text is None and f.evidence[0].line for f in omitted)
    assert data.by_id(data.findings[0].id) is data.findings[0] and data.by_id("nope") is None
    assert sum(data.counts().values()) == len(data.findings)


def test_load_findings_says_plainly_what_is_wrong(tmp_path):
    with pytest.raises(FairMinutesError, match="compare the minutes"):
        load_findings(tmp_path / "findings.json")
    bad = tmp_path / "findings.json"
    bad.write_text('{"findings": [', encoding="utf-8")
    with pytest.raises(FairMinutesError, match="findings.json cannot be read as findings"):
        load_findings(bad)
    bad.write_text('{"statements": []}', encoding="utf-8")
    with pytest.raises(FairMinutesError, match="no list of findings"):
        load_findings(bad)


def test_an_older_findings_file_without_the_later_keys_still_loads(tmp_path):
    old = {"minutes": "m.docx", "transcript": "t.json",
           "findings": [{"id": "f1", "kind": "omitted", "minutes_text": None, "confidence": 0.5, "explanation": "x",
                         "evidence": [{"start": 1, "end": 2, "speaker": None, "text": "Hi."}]}],
           "statements": [{"text": "A.", "section": "S", "speaker": None, "status": "supported", "evidence": []}]}
    path = tmp_path / "findings.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    data = load_findings(path)
    f = data.findings[0]
    assert (f.statement, f.section, f.speaker, f.evidence[0].start) == (None, "", None, 1.0)
    assert (data.statements[0].where, data.statements[0].support, data.speakers_known) == ("", 0.0, False)


# ----- the one rule for "confirmed"


def test_only_the_reviewers_latest_decision_confirms_a_finding(tmp_path):
    findings = one_of_each()
    review = Review(tmp_path / "review.jsonl")
    review.decide("f2", "confirmed")
    review.decide("f3", "confirmed")
    review.decide("f3", "dismissed")  # changed their mind: the latest line counts
    review.decide("f4", comment="Check this again.")
    decisions = review.current()
    assert [f.id for f in confirmed(findings, decisions)] == ["f2"]
    # confidence never confirms anything: f1 (90%) and f5 (89%) nobody decided
    assert not is_confirmed(decisions.get("f1")) and not is_confirmed(None)
    assert is_confirmed(Decision("f2", "confirmed")) and is_confirmed("confirmed")
    assert not is_confirmed("dismissed") and not is_confirmed("unreviewed")


def test_a_findings_review_state_follows_the_latest_decision(tmp_path):
    from app.review import state_of

    review = Review(tmp_path / "review.jsonl")
    review.decide("f1", "confirmed")
    review.decide("f2", "dismissed")
    review.decide("f3", "confirmed")
    review.decide("f3", "unreviewed")  # taken back
    review.decide("f4", comment="Listen again.")  # a comment alone decides nothing
    decisions = review.current()
    states = {fid: state_of(decisions.get(fid)) for fid in ("f1", "f2", "f3", "f4", "f5")}
    assert states == {"f1": "confirmed", "f2": "dismissed", "f3": "unreviewed", "f4": "unreviewed",
                      "f5": "unreviewed"}



def test_a_conferences_confirmed_findings_come_from_one_function():
    from app.review import confirmed_findings
    from app.session import create_session

    s = create_session("Confirmed ones")
    assert confirmed_findings(s) == []  # nothing compared yet
    s.findings_path.write_text(json.dumps(FindingsFile("minutes.docx", "transcript.json", one_of_each()).to_json()),
                               encoding="utf-8")
    s.review().decide("f2", "confirmed")
    s.review().decide("f4", "dismissed")
    assert [f.id for f in confirmed_findings(s)] == ["f2"]
    s.findings_path.write_text("{", encoding="utf-8")
    with pytest.raises(FairMinutesError, match="cannot be read as findings"):
        confirmed_findings(s)

def _letter_text(tmp_path, decisions: dict) -> str:
    import docx

    from app.report.letter import write_letter
    from app.report.report import ReportData, choose

    findings = one_of_each()
    chosen = choose(findings, decisions, include_unreviewed=True, include_dismissed=False)
    data = ReportData("Review conference", "RCPC", "2026-03-12", "Northshire Council", "", "today", chosen,
                      {}, len(confirmed(findings, decisions)), 10, [], [], [], "", True)
    out = write_letter(data, tmp_path / "letter.docx", sender="A Parent")
    return "\n".join(p.text for p in docx.Document(str(out)).paragraphs)


def test_the_letter_lists_the_confirmed_findings_only(tmp_path):
    decisions = {"f2": Decision("f2", "confirmed"), "f4": Decision("f4", "confirmed"),
                 "f5": Decision("f5", "dismissed")}
    text = _letter_text(tmp_path, decisions)
    assert "All agreed that the plan should continue." in text and "The Chair said she never missed" in text
    assert "Ms Price admitted" not in text and "monthly" not in text  # not confirmed: left out
    assert "DRAFT" not in text and "not yet checked" not in text
    assert "At 1:11 in the recording, an unnamed speaker said: “I don't agree.”" in text


def test_no_letter_when_nobody_confirmed_anything(tmp_path):
    # A letter of unchecked machine findings must never go out: none is written (issue #16).
    from app.report.letter import NothingConfirmed

    for decisions in ({"f5": Decision("f5", "dismissed")}, {f.id: Decision(f.id, "dismissed") for f in one_of_each()}):
        with pytest.raises(NothingConfirmed, match="no finding has been confirmed"):
            _letter_text(tmp_path, decisions)
        assert not (tmp_path / "letter.docx").exists()


# ----- how a finding is worded


def test_describe_words_each_kind_of_finding():
    f1, f2, f3, f4, f5 = one_of_each()
    assert describe(f1) == "The minutes say “Ms Price admitted drinking at weekends”, but nothing in the recording matches."
    assert describe(f2) == ("The minutes say “All agreed that the plan should continue”, but at 1:11 an unnamed "
                            "speaker said the opposite: “I don't agree.”")
    assert describe(f3) == ("The minutes say “The Social Worker has visited monthly”, but at 0:09 Social Worker "
                            "(Raj Mistry) gave it differently: “I've visited every week since then.”")
    assert describe(f4) == ("The minutes credit “The Chair said she never missed the course” to Chair (Helen Ward), "
                            "but at 0:52 it was Mother (Lisa Price) who said it: “I never missed the course.”")
    assert describe(f5) == ("At 0:52 Mother (Lisa Price) said “I never missed the course”, and the minutes do not "
                            "record it.")
    near = Finding("f6", "not_said", "Mr Walsh has a caution.", [WORKER], 0.7, "…")
    assert describe(near) == ("The minutes say “Mr Walsh has a caution”, but nobody said this in the meeting; the "
                              "closest is what Social Worker (Raj Mistry) said at 0:09: “I've visited every week since "
                              "then.”")
    new_kind = Finding("f7", "future_kind", "The date is missing", [NOBODY], 0.5, "…")
    assert describe(new_kind) == "The minutes say “The date is missing”; at 1:11 an unnamed speaker said: “I don't agree.”"
    long = Finding("f8", "contradicted", "word " * 60, [NOBODY], 0.5, "…")
    assert len(describe(long, limit=40)) < 140 and "…”" in describe(long, limit=40)


def test_the_shared_wording_of_kind_minutes_evidence_and_confidence():
    f1, f2, _, f4, f5 = one_of_each()
    assert [kind_name(k) for k in FINDING_KINDS] == [KIND_NAMES[k] for k in FINDING_KINDS]
    assert kind_name("future_kind") == "Future kind"  # a kind this version does not know is still named
    assert said_line(MUM) == "[0:52] Mother (Lisa Price): “I never missed the course.”"
    assert said_line(NOBODY) == "[1:11] An unnamed speaker: “I don't agree.”"
    assert said_sentence(NOBODY) == "At 1:11 in the recording, an unnamed speaker said: “I don't agree.”"
    assert said(f5) == said_line(MUM) + "\n" + said_line(NOBODY)
    assert said(f1) == "(nothing in the recording matches)"
    assert minutes_words(f5) == "(nothing: the minutes leave this out)" and minutes_words(f2) == f2.minutes_text
    assert minutes_sentence(f5) == "The minutes do not record this."
    assert minutes_sentence(f2) == "The minutes say: “All agreed that the plan should continue.”"
    assert percent(f4) == 58 and confidence_words(f4) == "medium (58%)"  # 0.576, not cut down to 57
    assert confidence_words(f1) == "high (90%)"
    fresh = Finding("f9", "omitted", None, [MUM], 0.8951, "…")  # as the comparer makes it, not yet rounded
    assert percent(fresh) == percent(Finding.from_json(fresh.to_json())) == 90


def test_the_report_words_findings_with_the_same_helpers():
    from app.report.report import choose

    rows = choose(one_of_each(), {"f2": Decision("f2", "confirmed")}, True, False)
    assert [r.id for r in rows] == ["f2", "f3", "f4", "f1", "f5"]  # confirmed first, then minutes order
    by_id = {r.id: r for r in rows}
    assert by_id["f5"].said == said(by_id["f5"].finding) and by_id["f4"].confidence_words == "medium (58%)"
    assert by_id["f3"].kind_name == "A detail is different" and by_id["f2"].decision == "confirmed"
