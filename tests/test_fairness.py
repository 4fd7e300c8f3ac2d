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
