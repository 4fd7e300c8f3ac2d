"""The comparer on small hand-written meetings, one kind of finding at a time, and paraphrases that
must pass unflagged."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.compare.comparer import compare
from app.compare.turns import from_text
from app.minutes.statements import build
from app.minutes.text_reader import parse_lines

ROOT = Path(__file__).resolve().parent.parent

MEETING = """\
Chair (Ann Patel): Good morning. This is the initial conference for Leo. Everything said here is confidential.
Social Worker (Tom Reeve): I visited the home twice, on the eighteenth and the twenty-fifth of March. It was clean and tidy, plenty of food in the cupboards.
Social Worker (Tom Reeve): My worry is the arguing between mum and dad in front of Leo.
Health Visitor (Grace Obi): Leo's development is on track. He's up to date with his immunisations.
Nursery Manager (Priya Shah): He comes to us four days a week and his attendance is good.
Mother (Kelly Harris): I never threw anything at Dean. That's not true and I want that in the minutes.
Father (Dean Walsh): I'm happy for handovers to be at the nursery.
Health Visitor (Grace Obi): I don't think the threshold is met. A child in need plan would be enough.
Chair (Ann Patel): My decision is that Leo will be subject to a plan under emotional abuse. Tom will visit every two weeks.
"""


def minutes(*lines: str):
    text = ["Westshire Council", "Attendees", "Name\tRole", "Ann Patel\tIndependent Chair",
            "Tom Reeve\tSocial Worker", "Grace Obi\tHealth Visitor", "Priya Shah\tNursery Manager",
            "Kelly Harris\tMother", "Dean Walsh\tFather", "Minutes", *lines]
    return build(parse_lines(text), "test")


def run(*lines: str, meeting: str = MEETING):
    result = compare(minutes(*lines), from_text(meeting))
    return {f.minutes_text: f for f in result.findings if f.minutes_text}, result


def test_faithful_paraphrases_pass():
    found, result = run(
        "The Social Worker visited the home on 18 and 25 March and found it clean and tidy with adequate food.",
        "The Social Worker's main concern is the conflict between the parents in front of Leo.",
        "The Health Visitor reported that Leo's development is on track and his immunisations are up to date.",
        "Mr Walsh said he was happy for handovers to take place at the nursery.",
    )
    assert found == {}, [f.explanation for f in found.values()]
    assert all(s["status"] == "supported" for s in result.statements)
    assert all(s["evidence"] for s in result.statements)  # each statement links to its support


def test_changed_detail():
    found, _ = run("Leo attends nursery three days a week and his attendance is good.")
    f = found["Leo attends nursery three days a week and his attendance is good."]
    assert f.kind == "changed_detail" and "3" in f.explanation and "4" in f.explanation
    assert f.evidence[0]["speaker"].startswith("Nursery Manager") and f.evidence[0]["start"] >= 0


def test_frequency_changed():
    found, _ = run("The Social Worker will visit Leo monthly.")
    assert found["The Social Worker will visit Leo monthly."].kind == "changed_detail"


def test_contradicted_by_negation():
    found, _ = run("Mr Walsh stated that he was not willing for handovers to take place at the nursery.")
    assert found["Mr Walsh stated that he was not willing for handovers to take place at the nursery."].kind == \
        "contradicted"


def test_all_agreed_while_one_dissented():
    text = "All professionals agreed that the threshold for significant harm was met."
    found, _ = run(text)
    f = found[text]
    assert f.kind == "contradicted" and "Health Visitor" in f.evidence[0]["speaker"]


def test_not_said():
    text = "Ms Harris admitted that she had been drinking heavily at weekends."
    found, _ = run(text)
    assert found[text].kind == "not_said" and found[text].confidence >= 0.5


def test_misattributed():
    text = "The Nursery Manager advised that Leo's development is on track."
    found, _ = run(text)
    f = found[text]
    assert f.kind == "misattributed" and "Health Visitor" in f.explanation


def test_no_misattribution_without_speaker_names():
    text = "The Nursery Manager advised that Leo's development is on track."
    anonymous = "\n".join(line.split(": ", 1)[1] for line in MEETING.splitlines())
    found, result = run(text, meeting=anonymous)
    assert text not in found and not result.speakers_known and result.notes


def test_omitted_objection():
    _, result = run("The Social Worker visited the home on 18 and 25 March and found it clean and tidy.")
    omitted = [f for f in result.findings if f.kind == "omitted"]
    assert any("threw" in e["text"] for f in omitted for e in f.evidence)
    assert all(f.minutes_text is None for f in omitted)


def test_every_finding_is_explained():
    _, result = run("Leo attends nursery three days a week.", "All professionals agreed that the threshold was met.",
                    "Ms Harris admitted that she had been drinking heavily at weekends.")
    for f in result.findings:
        assert f.explanation and 0 <= f.confidence <= 1
        # Only a statement that matches nothing at all can come without the recording's words.
        assert f.evidence or (f.kind == "not_said" and "Nothing in the recording" in f.explanation)
        for e in f.evidence:
            assert {"start", "end", "speaker", "text"} <= set(e)


def test_cli_compare_with_script_and_json(test_data, tmp_path):
    folder = test_data / "conferences/dev-b"
    out = tmp_path / "findings.json"
    r = subprocess.run([sys.executable, "-m", "app.cli", "compare", str(folder / "minutes.docx"),
                        str(folder / "script.txt"), "--json", str(out)], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text())
    assert set(data) >= {"minutes", "transcript", "findings", "statements"}
    kinds = {f["kind"] for f in data["findings"]}
    assert {"not_said", "changed_detail"} <= kinds
    for f in data["findings"]:
        assert f["kind"] in ("not_said", "contradicted", "changed_detail", "misattributed", "omitted", "quality")
        assert f["explanation"] and 0 <= f["confidence"] <= 1
        assert 0 <= f["materiality"]["weight"] <= 1 and f["materiality"]["reason"]


def test_cli_compare_bad_input(tmp_path):
    bad = tmp_path / "t.json"
    bad.write_text("{}")
    m = tmp_path / "m.txt"
    m.write_text("The Social Worker visited the home.\n")
    r = subprocess.run([sys.executable, "-m", "app.cli", "compare", str(m), str(bad), "--json", str(tmp_path / "o")],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode != 0 and "Traceback" not in r.stderr and "not a transcript" in r.stderr


@pytest.mark.parametrize("name", ["dev-a", "dev-b"])
def test_dev_conferences_find_most_planted_discrepancies(test_data, name):
    """A floor, not the target: bench/eval_compare.py prints the real figures."""
    from app.minutes.importer import read_minutes

    folder = test_data / "conferences" / name
    gold = json.loads((folder / "gold.json").read_text())
    result = compare(read_minutes(folder / "minutes.docx"), from_text((folder / "script.txt").read_text()))
    flagged = {(f.kind, f.minutes_text) for f in result.findings}
    planted = [(d["kind"], d["minutes_text"]) for d in gold["discrepancies"] if d["minutes_text"]]
    assert sum(p in flagged for p in planted) >= 0.6 * len(planted)
    faithful = {f["minutes_text"] for f in gold["faithful"]}
    assert sum(f.minutes_text in faithful for f in result.findings) <= 0.1 * len(faithful)
