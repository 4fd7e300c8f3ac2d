"""The letter to the chair, read back with python-docx: confirmed findings only, a request that
fits each kind, the proposed wording, the child and the conference; no letter with none confirmed."""

import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from app.compare.findings import Finding
from app.report.letter import FOOTER, NothingConfirmed, why_no_letter, write_letter
from app.report.report import ReportData, ReportFinding

NOT_SAID = "The uncle said he would repaint the shed every spring."
CHANGED = "The gardener has watered the ferns monthly since April."
UNCHECKED = "The owl agreed to leave the barn."


def findings(decisions) -> list[ReportFinding]:
    fs = [
        Finding("f1", "not_said", NOT_SAID,
                [{"start": 30.0, "end": 33.0, "speaker": "Uncle (Olaf Brine)", "text": "The shed is fine as it is."}],
                0.8, "Nobody said this.", statement=0),
        Finding("f2", "changed_detail", CHANGED,
                [{"start": 61.0, "end": 64.0, "speaker": "Gardener (Ida Pell)",
                  "text": "I have watered the ferns every week since April."}],
                0.8, "The minutes say monthly; the gardener said every week.", statement=1),
        Finding("f3", "contradicted", UNCHECKED,
                [{"start": 90.0, "end": 92.0, "speaker": "Owl", "text": "I am not leaving the barn."}],
                0.7, "The owl said the opposite.", statement=2),
    ]
    return [ReportFinding(n, f, d, "", float(n)) for n, (f, d) in enumerate(zip(fs, decisions, strict=True), 1)]


def report(decisions) -> ReportData:
    return ReportData("Invented conference", "RCPC", "2025-03-03", "Testshire Council", "", "today",
                      findings(decisions), {}, sum(d == "confirmed" for d in decisions), 3, [], [], [], "", True,
                      child_name="Tilly Brine", child_dob="2019-07-21", reference="TS/4471", chair="Mona Strand")


def text_of(path: Path) -> str:
    d = docx.Document(str(path))
    return "\n".join([p.text for p in d.paragraphs] + [p.text for s in d.sections for p in s.footer.paragraphs])


def test_two_confirmed_findings_each_with_the_request_its_kind_needs(tmp_path):
    text = text_of(write_letter(report(["confirmed", "confirmed", "unreviewed"]), tmp_path / "letter.docx"))
    assert NOT_SAID in text and CHANGED in text and UNCHECKED not in text
    assert "1. " in text and "2. " in text and "3. " not in text
    assert f"I ask that this sentence be removed from the minutes: “{NOT_SAID}”" in text
    assert "“The gardener has watered the ferns every week since April.”" in text  # proposed sentence
    assert "Tilly Brine" in text and "21 July 2019" in text and "TS/4471" in text
    assert "3 March 2025" in text and "review child protection conference" in text
    assert "Dear Mona Strand," in text
    assert "within 10 working days" in text and "minute-taker's notes" in text
    assert "recording can be listened to" in text
    assert "actually said" not in text
    assert FOOTER in text


def test_reply_time_is_the_parents_choice(tmp_path):
    text = text_of(write_letter(report(["confirmed", "dismissed", "unreviewed"]), tmp_path / "l.docx", days=15))
    assert "within 15 working days" in text and CHANGED not in text


def test_none_confirmed_no_letter_and_why(tmp_path):
    data = report(["unreviewed", "dismissed", "unreviewed"])
    assert "no finding has been confirmed" in why_no_letter(data)
    with pytest.raises(NothingConfirmed):
        write_letter(data, tmp_path / "letter.docx")
    assert not (tmp_path / "letter.docx").exists()


def test_misattributed_and_omitted(tmp_path):
    fs = [Finding("m", "misattributed", "The cook said the oven is broken.",
                  [{"start": 5.0, "end": 7.0, "speaker": "Baker", "text": "The oven is broken."}], 0.8, "",
                  statement=0, speaker="Cook"),
          Finding("o", "omitted", None,
                  [{"start": 50.0, "end": 55.0, "speaker": "Aunt", "text": "I never agreed to the new rota."}],
                  0.8, "")]
    data = report(["confirmed"] * 3)
    data.findings = [ReportFinding(n, f, "confirmed", "", float(n)) for n, f in enumerate(fs, 1)]
    text = text_of(write_letter(data, tmp_path / "l.docx"))
    assert "credit these words to Baker, not to Cook" in text
    assert "I ask that this be added:" in text and "“Aunt said: ‘I never agreed to the new rota.’”" in text


def session_with_findings(decision: str | None):
    from app.review import Review
    from app.session import create_session

    s = create_session("Invented conference", kind="ICPC", date="2025-03-03")
    (s.folder / "transcript.json").write_text(json.dumps({"model": "typed", "language": "en", "duration": 10.0,
        "segments": [{"id": 0, "start": 0.0, "end": 4.0, "speaker": "Uncle", "text": "The shed is fine.",
                      "words": []}]}))
    f = findings(["confirmed"] * 3)[0].finding
    (s.folder / "findings.json").write_text(json.dumps({"minutes": "", "transcript": "transcript.json",
                                                        "findings": [f.to_json()], "statements": []}))
    if decision:
        Review(s.folder / "review.jsonl").decide(f.id, decision)
    return s


def test_export_with_none_confirmed_writes_no_letter_and_says_why(tmp_path):
    from app.report.export import export_session

    out = tmp_path / "out"
    files = export_session(session_with_findings(None), out)
    assert files.letter is None and "no finding has been confirmed" in files.no_letter
    assert not list(out.glob("*letter*"))
    files = export_session(session_with_findings("confirmed"), tmp_path / "out2")
    assert files.letter is not None and NOT_SAID in text_of(files.letter)


def test_cli_export_says_why_there_is_no_letter(tmp_path, fairminutes_home):
    s = session_with_findings(None)
    r = subprocess.run([sys.executable, "-m", "app.cli", "export", str(s.folder), "--out", str(tmp_path / "o")],
                       cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "No letter was written" in r.stdout + r.stderr and "review" in (r.stdout + r.stderr)


def test_cli_export_asks_within_the_days_given(tmp_path, fairminutes_home):
    s = session_with_findings("confirmed")
    r = subprocess.run([sys.executable, "-m", "app.cli", "export", str(s.folder), "--out", str(tmp_path / "o"),
                        "--reply-days", "20"], cwd=Path(__file__).resolve().parent.parent, capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stderr
    [letter] = (tmp_path / "o").glob("*letter*")
    assert "within 20 working days" in text_of(letter)


def test_contradiction_without_a_speaker_name_proposes_the_recordings_words(tmp_path):
    f = Finding("c", "contradicted", "Everyone agreed the hedge stays.",
                [{"start": 71.0, "end": 72.0, "speaker": None, "text": "I don't agree."}], 0.8, "", statement=0,
                section="3. Decision")
    data = report(["confirmed"] * 3)
    data.findings = [ReportFinding(1, f, "confirmed", "", 0.0)]
    text = text_of(write_letter(data, tmp_path / "l.docx"))
    assert "1. The meeting said the opposite\n" in text
    assert "Under “3. Decision”, the minutes say: “Everyone agreed the hedge stays.”" in text
    assert "“It was said at the conference: ‘I don't agree.’”" in text


def test_a_problem_in_the_minutes_themselves_is_explained(tmp_path):
    f = Finding("q", "quality", None, [], 0.7, "The minutes set out no plan for the greenhouse.", check="no_plan")
    data = report(["confirmed"] * 3)
    data.findings = [ReportFinding(1, f, "confirmed", "", 0.0)]
    text = text_of(write_letter(data, tmp_path / "l.docx"))
    assert "The minutes set out no plan for the greenhouse.\nI ask that the minutes be corrected on this point." in text


# Minutes read from a scan: the OCR's unsure words in each statement (app/minutes/statements.py).
# "the" is in the other two statements too: it must be dotted only where the OCR was unsure of it.
SCAN_UNSURE = {NOT_SAID: ["repaint", "spring."], CHANGED: ["gardener", "monthly"], UNCHECKED: ["owl", "the"]}


def minutes_read(unsure: dict[str, list[str]]):
    from app.minutes.statements import Minutes, Statement

    return Minutes("minutes.pdf", [], [], [Statement(t, "", None, "", unsure=list(unsure.get(t, [])))
                                           for t in (NOT_SAID, CHANGED, UNCHECKED)])


def letter_from(tmp_path, unsure: dict[str, list[str]], name: str = "l.docx", turns=()):
    from app.minutes.statements import unsure_words

    data = report(["confirmed", "confirmed", "unreviewed"])
    data.minutes_unsure = unsure_words(minutes_read(unsure), [NOT_SAID, CHANGED, UNCHECKED])
    if turns:
        data.turns = list(turns)
    return docx.Document(str(write_letter(data, tmp_path / name)))


def dotted(p) -> list[str]:
    from docx.enum.text import WD_UNDERLINE

    return [r.text for r in p.runs if r.font.underline == WD_UNDERLINE.DOTTED]


def test_words_the_scan_could_not_be_read_for_are_dotted_in_the_minutes_quotes(tmp_path):
    from app.report.letter import SCAN_LETTER_NOTE, UNSURE_LETTER_NOTE

    d = letter_from(tmp_path, SCAN_UNSURE)
    marks = {p.text: dotted(p) for p in d.paragraphs if dotted(p)}
    assert marks == {
        f"The minutes say: “{NOT_SAID}”": ["repaint", "spring."],
        f"I ask that this sentence be removed from the minutes: “{NOT_SAID}”": ["repaint", "spring."],
        f"The minutes say: “{CHANGED}”": ["gardener", "monthly"],
        # the proposed sentence keeps the minutes' words, dotted; the figure is the recording's
        "“The gardener has watered the ferns every week since April.”": ["gardener"],
    }
    text = "\n".join(p.text for p in d.paragraphs)
    assert text.count(SCAN_LETTER_NOTE) == 1 and "paper copy" in SCAN_LETTER_NOTE and "minutes" in SCAN_LETTER_NOTE
    assert UNSURE_LETTER_NOTE not in text  # nothing from the recording is dotted
    assert "owl" not in text.lower()  # the unchecked finding is not in the letter


def test_letter_from_typed_minutes_is_as_it_was(tmp_path):
    from app.report.letter import SCAN_LETTER_NOTE

    typed = letter_from(tmp_path, {}, "typed.docx")
    before = docx.Document(str(write_letter(report(["confirmed", "confirmed", "unreviewed"]), tmp_path / "b.docx")))
    assert [p.text for p in typed.paragraphs] == [p.text for p in before.paragraphs]
    assert typed.element.body.xml == before.element.body.xml  # not one run split or styled differently
    assert not any(dotted(p) for p in typed.paragraphs)
    for p in typed.paragraphs:  # each minutes quote one plain run, as `para` writes it
        if "the minutes" in p.text and "“" in p.text:
            assert [(r.bold, r.italic, r.font.underline) for r in p.runs] == [(False, False, None)], p.text
    assert SCAN_LETTER_NOTE not in "\n".join(p.text for p in typed.paragraphs)
    # only the OCR's words on the unchecked finding: nothing in the letter is dotted either
    only_unchecked = letter_from(tmp_path, {UNCHECKED: ["owl", "the"]}, "u.docx")
    assert only_unchecked.element.body.xml == before.element.body.xml


def test_dots_from_the_recording_and_from_the_scan_are_told_apart(tmp_path):
    from app.compare.turns import from_transcript
    from app.report.letter import SCAN_LETTER_NOTE, UNSURE_LETTER_NOTE, UNSURE_RECORDING_NOTE

    said = "I have watered the ferns every week since April."
    words = [{"start": 61.0 + i * 0.3, "end": 61.3 + i * 0.3, "word": " " + w, "probability": 0.2 if w == "ferns" else 0.9}
             for i, w in enumerate(said.split())]
    turns = from_transcript({"segments": [{"start": 61.0, "end": 64.0, "speaker": "Gardener (Ida Pell)",
                                           "text": said, "words": words}]})
    d = letter_from(tmp_path, SCAN_UNSURE, turns=turns)
    quote = next(p for p in d.paragraphs if "said: “I have watered" in p.text)
    assert dotted(quote) == ["ferns"]
    text = "\n".join(p.text for p in d.paragraphs)
    assert f"{UNSURE_RECORDING_NOTE} {SCAN_LETTER_NOTE}" in text and UNSURE_LETTER_NOTE not in text
