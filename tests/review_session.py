"""A conference to review with many findings, from real files: a scripted conference's turns as
transcript.json, its minutes .docx imported, the real comparer run on them, then findings made up to
`count` from the checked statements (each pointing at a real statement and the real turn that
covers it), each with a materiality weight as findings.json carries it. Used by the review tests
and by scripts/screenshots.py (review-30.png)."""

from __future__ import annotations

import json
from pathlib import Path

from app.compare.findings import COMPARISON_KINDS

DATA = Path(__file__).resolve().parent / "data" / "conferences"
WEIGHTS = (0.9, 0.2, 0.7, 0.1, 0.6, 0.3, None, 0.8, 0.0, 0.4)  # None: a finding written before weights
REASONS = {0.9: "It touches the decision", 0.8: "It is about the child's safety", 0.7: "It touches the plan",
           0.6: "An admission about a parent", 0.4: "A detail of the plan", 0.3: "A minor detail",
           0.2: "A minor detail", 0.1: "A minor detail", 0.0: "A minor detail"}


def build_review_session(count: int = 30, conference: str = "dev-9", title: str = "Review conference (30 findings)"):
    """A session (in FAIRMINUTES_HOME) whose findings.json holds `count` findings."""
    from app.compare.comparer import compare_session
    from app.minutes.importer import import_into_session
    from app.session import create_session
    from app.transcription.transcript import Segment, Transcript

    conf = DATA / conference
    turns = json.loads((conf / "turns.json").read_text(encoding="utf-8"))
    session = create_session(title, kind="RCPC", date="2026-04-14")
    Transcript("script", duration=turns[-1]["end"],
               segments=[Segment(i, t["start"], t["end"], t["text"], t["speaker"]) for i, t in enumerate(turns)]
               ).save(session.transcript_path)
    import_into_session(session, conf / "minutes.docx")
    compare_session(session)
    data = json.loads(session.findings_path.read_text(encoding="utf-8"))
    # a quality finding on words another finding reports is shown as that one (findings.reported_once):
    # left out here, so that `count` findings are `count` rows
    ids = {f["id"] for f in data["findings"]}
    data["findings"] = [f for f in data["findings"]
                        if not (f["kind"] == "quality" and f.get("related") and f["related"] in ids)]
    findings = data["findings"]
    used = {f.get("statement") for f in findings}
    spare = [i for i, st in enumerate(data["statements"]) if i not in used and st.get("evidence")]
    kinds = [k for k in COMPARISON_KINDS if k != "omitted"]  # each made one quotes a minutes statement
    for n, i in enumerate(spare[: max(0, count - len(findings))]):
        st = data["statements"][i]
        st["status"] = "finding"
        kind = kinds[n % len(kinds)]
        findings.append({"id": f"made-{n:02d}", "kind": kind, "minutes_text": st["text"], "evidence": st["evidence"][:1],
                         "confidence": round(0.55 + 0.4 * ((n * 7) % 10) / 10, 2),
                         "explanation": "Made for the review test: the recording's words here are taken as "
                                        "differing from the minutes.",
                         "statement": i, "section": st.get("section", ""), "minutes_speaker": st.get("speaker")})
    del findings[count:]
    for n, f in enumerate(findings):
        w = WEIGHTS[n % len(WEIGHTS)]
        f["materiality"] = None if w is None else {"weight": w, "reason": REASONS[w]}
    session.findings_path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return session
