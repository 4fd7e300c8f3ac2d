"""Reading minutes: the conference minutes (.txt, .docx, .pdf). Real council minutes are read by
bench/minutes_real.py (other people's documents stay out of the repository)."""

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import FairMinutesError
from app.minutes.importer import read_minutes
from app.minutes.statements import split_sentences

ROOT = Path(__file__).resolve().parent.parent
CONFERENCES = sorted(p.name for p in (ROOT / "tests/data/conferences").iterdir() if (p / "gold.json").exists())


def content_sentences(folder: Path) -> list[str]:
    """The sentences the answer key scores: every claim in minutes.txt."""
    gold = json.loads((folder / "gold.json").read_text())
    return [d["minutes_text"] for d in gold["discrepancies"] if d["minutes_text"]] + \
        [f["minutes_text"] for f in gold["faithful"]]


@pytest.mark.parametrize("name,fmt", [(name, fmt) for name in CONFERENCES for fmt in ("txt", "docx", "pdf")
                                      if (ROOT / "tests/data/conferences" / name / f"minutes.{fmt}").exists()])
def test_every_content_sentence_is_one_statement(test_data, name, fmt):
    folder = test_data / "conferences" / name
    minutes = read_minutes(folder / f"minutes.{fmt}")
    claims = [s.text for s in minutes.statements if not s.header]
    wanted = content_sentences(folder)
    missing = [w for w in wanted if w not in claims]
    assert not missing, f"{len(missing)} sentences not found as statements, e.g. {missing[:2]}"
    # Nothing else is taken for a claim: no title, date, venue, attendee or sign-off line, no heading.
    extra = [t for t in claims if t not in wanted]
    assert not extra, f"{len(extra)} statements are not claims of the minutes, e.g. {extra[:2]}"
    # The child's name and age are a header claim (checked only for a conflict), never a plain one.
    headers = [s for s in minutes.statements if s.header]
    assert [s.header for s in headers if s.text.startswith(("Child", "Young person", "Subject"))] == ["child"]
    assert not [s for s in headers if s.text.startswith(("Date", "Venue", "Present", "Signed"))]
    assert len(minutes.attendees) >= 7 and all(a.name for a in minutes.attendees)


def _speaker_of(minutes, text):
    return next(s for s in minutes.statements if s.text == text).speaker or ""


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_credited_speakers(test_data, fmt):
    b = read_minutes(test_data / f"conferences/dev-b/minutes.{fmt}")
    # named in the sentence
    assert _speaker_of(b, "The Health Visitor did not support stepping down to a child in need plan.").startswith(
        "Health Visitor")
    assert "Mark Cole" in _speaker_of(b, "Mr Cole admitted that he had been drinking heavily at times.")
    # a pronoun continues the sentence before
    assert "Mark Cole" in _speaker_of(b, "He acknowledged that he did not cope after the children's mother left.")
    # the heading says whose section it is
    assert _speaker_of(b, "Mia's attendance is 94%.").startswith("Headteacher") or fmt == "txt"
    several = next(s for s in b.statements if s.text.startswith("The Social Worker, the Family Support Worker"))
    assert [sp.split(" (")[0] for sp in several.speakers] == ["Social Worker", "Family Support Worker", "Headteacher"]


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_table_agency_column_is_the_speaker(test_data, fmt):
    m = read_minutes(test_data / f"conferences/dev-2/minutes.{fmt}")
    assert "Neil Ashworth" in _speaker_of(m, "Kai now attends breakfast club five mornings a week.")
    assert "Bernadette Quinn" in _speaker_of(m, "His pre-school booster is booked for 20 March.")
    assert "Lee Barker" in _speaker_of(
        m, "Mr Barker said that he has his own flat on Carlton Road and stays at the property three nights a week.")
    s = next(s for s in m.statements if s.text.startswith("Kai now attends breakfast club"))
    assert s.where.startswith(("table", "page")) and "row" in s.where or "line" in s.where


def test_sentence_splitting_keeps_abbreviations():
    text = ("Mr. Smith and Dr. Jones attended. A S.47 enquiry began on 3 March, approx. 6 weeks ago. "
            "His D.O.B. 12/03/2019 was confirmed, e.g. by the GP. The end.")
    assert split_sentences(text) == [
        "Mr. Smith and Dr. Jones attended.",
        "A S.47 enquiry began on 3 March, approx. 6 weeks ago.",
        "His D.O.B. 12/03/2019 was confirmed, e.g. by the GP.",
        "The end."]


def test_speaker_labels_and_markdown(tmp_path):
    p = tmp_path / "m.md"
    p.write_text("# Review conference\n\nPresent: Ann Patel (Chair), Sam Jones (Social Worker), Kim Lee (Mother)\n\n"
                 "## Update\n\nSW: The home was clean on both visits.\n\n- Ms Lee said she had not been told.\n")
    m = read_minutes(p)
    # A run-in label credits the statement, which keeps the minutes' own words (as the answer keys
    # quote "Police: remain" items whole).
    assert [s.text for s in m.statements] == ["SW: The home was clean on both visits.",
                                             "Ms Lee said she had not been told."]
    assert m.statements[0].speaker == "Social Worker (Sam Jones)"
    assert m.statements[1].speaker == "Mother (Kim Lee)"


def test_cli_minutes(test_data, tmp_path):
    out = tmp_path / "s.json"
    r = subprocess.run([sys.executable, "-m", "app.cli", "minutes", str(test_data / "conferences/dev-b/minutes.docx"),
                        "--json", str(out)], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    data = json.loads(out.read_text())
    assert {"name", "role"} <= set(data["attendees"][0])
    assert {"text", "section", "speaker", "where"} <= set(data["statements"][0])


@pytest.mark.parametrize("content,name,message", [
    (b"", "empty.docx", "empty"),
    (b"PK\x03\x04garbage-not-a-zip", "broken.docx", "damaged"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old.doc", ".doc"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 50, "picture.pdf", "could not be opened as a picture"),
])
def test_broken_input_gives_a_clear_error(tmp_path, content, name, message):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(FairMinutesError, match=message):
        read_minutes(p)


def test_truncated_docx_and_wrong_extension(test_data, tmp_path):
    src = (test_data / "conferences/dev-b/minutes.docx").read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(src[: len(src) // 2])
    with pytest.raises(FairMinutesError):
        read_minutes(cut)
    renamed = tmp_path / "minutes.pdf"  # a .docx saved with the wrong extension still reads
    renamed.write_bytes(src)
    assert len(read_minutes(renamed).statements) == 34  # 33 claims and the children's header line


def test_scanned_pdf_gets_a_clear_message(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # a picture, no text layer
    p = tmp_path / "scan.pdf"
    pdf.output(str(p))
    with pytest.raises(FairMinutesError, match="scan"):
        read_minutes(p)


def test_two_hundred_page_document_is_read_whole(tmp_path):
    """Every paragraph of a long document becomes statements (its reading time: bench/minutes.py)."""
    d = docx.Document()
    for i in range(200):
        d.add_heading(f"{i + 1}. Section {i + 1}", level=2)
        for _ in range(6):
            d.add_paragraph("The Social Worker reported that the home was clean and tidy on each visit. " * 2)
        d.add_page_break()
    p = tmp_path / "long.docx"
    d.save(p)
    m = read_minutes(p)
    assert len(m.statements) == 200 * 6 * 2 and len(m.sections) == 200


def test_not_a_zip_document(tmp_path):
    p = tmp_path / "x.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(FairMinutesError, match="not a Word"):
        read_minutes(p)


paragraph_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=300)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=st.lists(st.tuples(st.sampled_from(["p", "h", "bullet", "table"]), paragraph_text,
                                st.integers(1, 4)), max_size=25))
def test_generated_documents_never_crash(tmp_path, items):
    d = docx.Document()
    for kind, text, n in items:
        if kind == "h":
            d.add_heading(text, level=min(n, 3))
        elif kind == "bullet":
            d.add_paragraph(text, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=n, cols=2)
            for row in t.rows:
                row.cells[0].text = text[:20]
                row.cells[1].text = text
        else:
            d.add_paragraph(text)
    p = tmp_path / "gen.docx"
    d.save(p)
    try:
        m = read_minutes(p)
    except FairMinutesError as e:
        assert "No sentences" in str(e)
        return
    for s in m.statements:
        assert s.text.strip()


def test_a_pronoun_follows_the_person_named_before_it_and_parents_views_credit_no_one():
    said = _credits(["Carys Webb\tMother", "Lionel Tate\tFather"], "Minutes", "Parents' views",
                    "Mr Tate does not consider that a plan is needed. He said that the flat has been repaired.",
                    "The flat has new windows.")
    assert said["He said that the flat has been repaired."] == ["Father (Lionel Tate)"]
    assert said["Mr Tate does not consider that a plan is needed."] == ["Father (Lionel Tate)"]
    assert said["The flat has new windows."] == []  # under "Parents' views": one of two people, not known which


def test_a_pronoun_after_an_action_is_the_same_persons_action():
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    m = build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", "Carys Webb\tMother",
                           "Idris Kestrel\tSocial Worker", "Minutes", "Plan",
                           "Idris Kestrel will be the key worker. He will see the boys at home weekly."]), "test")
    got = {s.text: (s.speakers, s.credited_by) for s in m.statements}
    assert got["He will see the boys at home weekly."] == (["Social Worker (Idris Kestrel)"], "action")


def test_a_pronoun_after_a_sentence_about_someone_else_takes_no_one_s_words():
    # "Mr Tate was at home ... He said ...": "he" may be Mr Tate, whom the sentence before was about,
    # or the social worker last credited with words; neither is sure, so neither is credited
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    def credits(*sentences: str, roster=("Idris Kestrel\tSocial Worker", "Lionel Tate\tFather")) -> dict:
        m = build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", *roster, "Minutes", "Home visits",
                               " ".join(sentences)]), "test")
        return {s.text: (s.speakers, s.credited_by) for s in m.statements}

    got = credits("Idris Kestrel said he had visited the flat on Tuesday.", "Mr Tate was at home with Milo.",
                  "He said the flat was warm and tidy.", "He has, however, turned down the money advice service.")
    assert got["He said the flat was warm and tidy."] == ([], None)  # (a heading of a topic names no one)
    assert got["He has, however, turned down the money advice service."] == ([], None)
    # "she" cannot be Mr Tate: she is the one last credited
    got = credits("Ms Noon said Milo had moved up to the dolphins group.", "Mr Tate has been taking him on Saturdays.",
                  "She said the club's bursary covered the next block.",
                  roster=("Beatrix Noon\tHealth Visitor", "Lionel Tate\tFather"))
    assert got["She said the club's bursary covered the next block."] == (["Health Visitor (Beatrix Noon)"], "text")
    # someone who was not there changes nothing: "he" goes on with the one giving the account
    got = credits("Mr Kestrel said the boys were well.", "The GP had changed Mr Tate's inhaler.",
                  "He said the boys' asthma was under control.")
    assert got["He said the boys' asthma was under control."] == (["Social Worker (Idris Kestrel)"], "text")


def test_a_note_of_how_someone_attended_is_not_their_role():
    from app.minutes.people import Attendee
    assert Attendee("Ravi Shah", "GP (by telephone, for part of the meeting)").label == "GP (Ravi Shah)"
    assert Attendee("Ravi Shah", "Class Teacher (Year 3), Oak Lane School").main_role == "Class Teacher (Year 3)"
    assert Attendee("Ravi Shah", "Police (joined at 10.30), Public Protection").main_role == "Police"


def test_what_someone_was_told_before_the_meeting_is_the_words_of_the_one_told():
    # "Mr Tate told the Health Visitor that ..." is reported at the meeting by the Health Visitor
    said = _credits(["Beatrix Noon\tHealth Visitor", "Lionel Tate\tFather", "Marguerite Quill\tIndependent Chair"],
                    "Minutes", "Discussion",
                    "Mr Tate told the Health Visitor that the boiler is fixed.",
                    "Mr Tate told the Chair that he disagreed with the plan.",
                    "Mr Tate told the conference that he has a new job.",
                    "The Chair told Mr Tate that he could take a break at any time.")
    assert said["Mr Tate told the Health Visitor that the boiler is fixed."] == [
        "Health Visitor (Beatrix Noon)", "Father (Lionel Tate)"]
    assert said["Mr Tate told the Chair that he disagreed with the plan."] == ["Father (Lionel Tate)"]
    assert said["Mr Tate told the conference that he has a new job."] == ["Father (Lionel Tate)"]
    assert said["The Chair told Mr Tate that he could take a break at any time."] == [
        "Independent Chair (Marguerite Quill)"]  # the chair tells people things in the meeting


def test_minutes_in_the_present_tense_credit_the_speaker():
    said = _credits(["Beatrix Noon\tHealth Visitor", "Lionel Tate\tFather", "Marguerite Quill\tIndependent Chair"],
                    "Minutes", "Discussion",
                    "Father acknowledges that the boiler has been broken since June.",
                    "Mr Tate asks for it to be recorded that he fixed the gate himself.",
                    "Ms Noon describes Milo as a happy baby, which the Chair regards as good news.")
    assert said["Father acknowledges that the boiler has been broken since June."] == ["Father (Lionel Tate)"]
    assert said["Mr Tate asks for it to be recorded that he fixed the gate himself."] == ["Father (Lionel Tate)"]
    assert said["Ms Noon describes Milo as a happy baby, which the Chair regards as good news."][0] == \
        "Health Visitor (Beatrix Noon)"


def test_what_a_child_tells_their_worker_is_the_worker_s_row_too():
    said = _credits(["Gideon Rowan\tYouth Worker", "Ada Webb\tYoung Person", "Carys Webb\tMother",
                     "Marguerite Quill\tIndependent Chair"], "Minutes", "Reports", "Agency\tReport",
                    "Youth Worker\tAda describes the allotment club as her favourite evening.",
                    "Youth Worker\tMs Webb says she drives Ada to the club.")
    # the child's words, as the row gives them, are her worker's to report too
    assert said["Ada describes the allotment club as her favourite evening."] == [
        "Young Person (Ada Webb)", "Youth Worker (Gideon Rowan)"]
    # a parent speaks for herself in the meeting: her words stay hers alone
    assert said["Ms Webb says she drives Ada to the club."] == ["Mother (Carys Webb)"]


def test_a_police_row_is_no_other_officer():
    from app.minutes.people import Attendee, Cast
    cast = Cast([Attendee("Jo Bell", "Housing Options Officer"), Attendee("Sam Reid", "Police Constable")])
    assert cast.by_agency("Northvale Police").name == "Sam Reid"
    assert Cast([Attendee("Jo Bell", "Housing Options Officer")]).by_agency("Northvale Police") is None


def test_a_service_named_by_what_it_helps_with_is_its_worker():
    from app.minutes.people import Attendee, Cast
    cast = Cast([Attendee("Ned Fry", "Recovery Worker, Brightside"), Attendee("Ola Kim", "Youth Justice Officer"),
                 Attendee("Pat Moss", "IDVA, Safe Homes"), Attendee("Ivy Lund", "Young Carers Worker")])
    assert cast.by_agency("DRUG AND ALCOHOL SERVICE").name == "Ned Fry"
    assert cast.by_agency("the substance misuse team").name == "Ned Fry"
    assert cast.by_agency("Youth Offending Service").name == "Ola Kim"
    assert cast.by_agency("Domestic abuse service").name == "Pat Moss"
    assert cast.by_agency("Young carers project").name == "Ivy Lund"
    # the thing itself, as a sentence's opening, names no service
    assert cast.by_agency("Alcohol use has") is None and cast.by_agency("Drug use at") is None


def test_an_unsure_word_is_found_as_a_whole_word():
    # the OCR's unsure "is" is not the "is" inside "This"
    from app.minutes.statements import word_spans
    assert word_spans("This is fine", ["is"]) == [(5, 7)]
    assert word_spans("The flat at Lasts, is damp", ["Lasts,", "is"]) == [(12, 18), (19, 21)]
    assert word_spans("a cat and a dog", ["a", "a"]) == [(0, 1), (10, 11)]


def test_a_name_spoken_to_and_a_verb_of_intent():
    # "Sam, Dev told us ..." addresses Sam; an agency that "expects" or "hopes" speaks as one that "said"
    from app.minutes.people import Attendee, Cast
    from app.minutes.statements import credited
    cast = Cast([Attendee("Sam Ode", "Mother"), Attendee("Dev Rana", "Midwife"),
                 Attendee("Ivy Moss", "CAMHS Practitioner")])
    assert credited("Sam, Dev told us you are still smoking.", cast) == ["Midwife (Dev Rana)"]
    assert credited("Sam, Dev and Ivy told us about the plan.", cast) == ["Mother (Sam Ode)", "Midwife (Dev Rana)",
                                                                         "CAMHS Practitioner (Ivy Moss)"]
    assert credited("CAMHS expects to close the case in May.", cast) == ["CAMHS Practitioner (Ivy Moss)"]
    assert credited("The Midwife hopes to see the baby at home.", cast) == ["Midwife (Dev Rana)"]
    assert credited("The Midwife also voted for a plan.", cast) == ["Midwife (Dev Rana)"]


def test_an_act_of_speech_credits_who_spoke():
    # "offered", "praised", "warned" say who spoke as "said" does; the not-said check then reads her turn
    from app.minutes.people import Attendee, Cast
    from app.minutes.statements import credited
    cast = Cast([Attendee("Sam Ode", "Mother"), Attendee("Dev Rana", "Midwife"), Attendee("Ivy Moss", "Social Worker")])
    assert credited("Ms Rana offered to drive Sam to the scan.", cast) == ["Midwife (Dev Rana)"]
    assert credited("The Social Worker praised how tidy the flat was kept.", cast) == ["Social Worker (Ivy Moss)"]
    assert credited("Ms Ode complained that nobody had rung her back.", cast) == ["Mother (Sam Ode)"]
    assert credited("Ms Moss warned that the case could go to court.", cast) == ["Social Worker (Ivy Moss)"]
    assert credited("Ms Rana's scan was offered for Tuesday.", cast) == []  # not the subject of the act
    assert credited("Ms Moss flagged that the flat was outside the catchment.", cast) == ["Social Worker (Ivy Moss)"]


def test_a_role_set_between_commas_after_a_name_leaves_the_name_speaking():
    from app.minutes.people import Attendee, Cast
    from app.minutes.statements import credited, reported
    cast = Cast([Attendee("Sam Ode", "Mother"), Attendee("Dev Rana", "Health Visitor, North Locality Team")])
    line = "Ms Rana, Health Visitor, said that the baby had gained weight."
    assert credited(line, cast) == ["Health Visitor (Dev Rana)"]
    assert reported(line) == "the baby had gained weight."
    assert credited("Ms Ode, who had arrived late, said she agreed with the plan.", cast) == ["Mother (Sam Ode)"]


def test_a_sentence_in_brackets_credits_who_it_names():
    from app.minutes.people import Attendee, Cast
    from app.minutes.statements import credited
    cast = Cast([Attendee("Sam Ode", "Mother"), Attendee("Noor Salim", "Interpreter"), Attendee("Dev Rana", "Midwife")])
    assert credited("(The interpreter explained that Ms Ode had taken 'clinic' to mean the ward.)", cast) \
        == ["Interpreter (Noor Salim)"]
    assert credited("(Ms Rana later added that the scan was normal.)", cast) == ["Midwife (Dev Rana)"]


def test_her_advocate_said_credits_the_advocate_not_a_pronoun():
    from app.minutes.people import Attendee, Cast
    from app.minutes.statements import credited, reported
    cast = Cast([Attendee("Sam Ode", "Mother"), Attendee("Noor Salim", "Family Advocate"),
                 Attendee("Ivy Moss", "Domestic Abuse Advocate (IDVA)")])
    line = "Her advocate added that Ms Ode had walked to every session in the snow."
    assert credited(line, cast) == ["Family Advocate (Noor Salim)"]
    assert reported(line) == "Ms Ode had walked to every session in the snow."
    # a pronoun names nobody, and "her mother" may be the mother's own: the sentence before decides
    assert credited("She added that the snow had been deep.", cast) == []
    assert credited("Her mother said that she had walked with her.", cast) == []


def test_a_child_named_in_a_parent_s_role_is_not_that_parent():
    from app.minutes.people import Attendee, Cast
    cast = Cast([Attendee("Sam Ode", "Father of Rowan and Tilly-Mae"), Attendee("Dev Rana", "Nursery Manager")])
    assert cast.resolve("Tilly-Mae", people_only=True) is None
    assert cast.resolve("Rowan", people_only=True) is None
    assert cast.resolve("the father", people_only=True) == "Father of Rowan and Tilly-Mae (Sam Ode)"
    assert cast.resolve("Dad", people_only=True) == "Father of Rowan and Tilly-Mae (Sam Ode)"


def test_each_sentence_of_a_paragraph_is_its_own_tags(tmp_path):
    from app.minutes.importer import read_minutes
    p = tmp_path / "m.txt"
    head = "Anytown Council\nAttendees\nName\tRole\nSam Ode\tMother\nDev Rana\tMidwife\n"
    p.write_text(head + "Ivy Moss\tSocial Worker\nApologies: Dr Lee, GP\nWorries\n"
                 "The flat was cold on both visits [Social Worker]. Her weight is on the ninth centile [Midwife]. "
                 "She has had all her jabs [GP]. She loves bath time [Mother].\n", encoding="utf-8")
    got = {s.text.split(" [")[0]: s.speakers for s in read_minutes(p).statements}
    assert got["The flat was cold on both visits"] == ["Social Worker (Ivy Moss)"]
    assert got["Her weight is on the ninth centile"] == ["Midwife (Dev Rana)"]  # its tag, not the pronoun's
    assert "Mother (Sam Ode)" not in got["She has had all her jabs"]  # the GP's, who was not there
    assert got["She loves bath time"] == ["Mother (Sam Ode)"]
    # brackets naming no one ("(West Yorkshire)") leave the sentence its heading's or label's credit
    p.write_text(head + "Midwife\nThe family are moving to Leeds (West Yorkshire). The scan is booked.\n", encoding="utf-8")
    assert all(s.speakers == ["Midwife (Dev Rana)"] for s in read_minutes(p).statements)


def test_a_grandparent_named_by_side_of_the_family_speaks():
    from app.minutes.people import Attendee, Cast
    from app.minutes.statements import credited
    cast = Cast([Attendee("Sam Ode", "Mother"), Attendee("Ray Ode", "Paternal Grandfather"),
                 Attendee("Dev Rana", "Housing Officer")])
    assert credited("Paternal grandfather said he could do the school run.", cast) == ["Paternal Grandfather (Ray Ode)"]
    # the other side of the family, or the other grandparent, is not him
    assert "Ray Ode" not in str(credited("The maternal grandmother said she could help.", cast))
    assert "Ray Ode" not in str(credited("The grandmother said she could help.", cast))

def test_a_lettered_sub_point_is_a_label_not_a_sentence():
    from app.minutes.blocks import strip_glyph
    assert strip_glyph("2a. The flat was clean.") == "The flat was clean."
    assert strip_glyph("3b) Ava has moved school.") == "Ava has moved school."
    assert strip_glyph("6 of 9 sessions were attended.") == "6 of 9 sessions were attended."


def test_a_who_said_column_credits_its_row_wherever_it_stands():
    # "What we are worried about | What is working well | Who said": statements of that person, not actions
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    m = build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", "Ivy Moss\tSocial Worker",
                           "Dev Rana\tSchool Nurse", "Discussion",
                           "Worries\tStrengths\tWho said",
                           "The boiler is still broken.\tThe flat is warm and tidy.\tIvy Moss",
                           "Ella has missed two weeks of school.\tShe has made friends.\tDev Rana"]), "test")
    got = {s.text: (s.speakers, s.credited_by) for s in m.statements}
    assert got["The flat is warm and tidy."] == (["Social Worker (Ivy Moss)"], "table")
    assert got["Ella has missed two weeks of school."] == (["School Nurse (Dev Rana)"], "table")
    assert "Ivy Moss" not in got  # the name column is no claim


def test_a_heading_naming_a_role_inside_it_credits_that_role():
    # "What the midwife told us": the midwife, not the first health role an agency pattern finds
    from app.minutes.people import Attendee, Cast
    cast = Cast([Attendee("Ivy Moss", "Health Visitor"), Attendee("Dev Rana", "Community Midwife"),
                 Attendee("Sam Ode", "Social Worker"), Attendee("Al Finch", "Family Support Worker")])
    assert cast.resolve("What the midwife told us", people_only=True) == "Community Midwife (Dev Rana)"
    assert cast.resolve("What the family support worker told us", people_only=True) == \
        "Family Support Worker (Al Finch)"
    assert "(" not in cast.resolve("What the worker told us", people_only=True)  # two workers: not said which


def test_mum_and_dad_listed_as_roles_are_those_parents_not_a_grandmother():
    # minutes that list the parents as "Mum" and "Dad" mean them by it; "mother" is no "Maternal grandmother"
    from app.minutes.people import Attendee, Cast
    from app.minutes.statements import credited
    cast = Cast([Attendee("Lena Hart", "Mum"), Attendee("Rob Hart", "Dad (by phone)"),
                 Attendee("June Hart", "Maternal grandmother"), Attendee("Ali Khan", "Head Teacher")])
    assert credited("Mum said the baby sleeps through now.", cast) == ["Mum (Lena Hart)"]
    assert credited("Dad added that he works nights.", cast) == ["Dad (Rob Hart)"]
    assert cast.by_role("mother") is None
    assert cast.by_role("headteacher").name == "Ali Khan"  # (the role's words run together still meet)


def test_a_note_opening_with_a_verb_credits_nobody_it_names():
    # "Has told Jo ..." under someone's heading is their note; Jo was told, and "Has" is no one
    from app.minutes.people import Attendee, Cast
    from app.minutes.statements import credited
    cast = Cast([Attendee("Jo Baptiste", "Mother"), Attendee("Kim Lowe", "Social Worker")])
    assert credited("Has told Jo she can ring the duty line at any time", cast) == []
    assert credited("Kim Lowe has told Jo she can ring the duty line", cast) == ["Mother (Jo Baptiste)", "Social Worker (Kim Lowe)"]


def test_a_heading_naming_one_health_profession_is_that_professions():
    # "Paediatric report" is the paediatrician's, "GP report" the absent GP's: not the first health worker listed
    from app.minutes.people import Attendee, Cast
    cast = Cast([Attendee("Mia Shaw", "Health Visitor"), Attendee("Dr Omar Idris", "Consultant Paediatrician, City Hospital")])
    assert cast.resolve("Paediatric report") == "Consultant Paediatrician (Dr Omar Idris)"
    assert cast.resolve("GP report") != "Health Visitor (Mia Shaw)"
    assert cast.resolve("Midwifery", people_only=True) is None
    assert cast.resolve("Health") == "Health Visitor (Mia Shaw)"


def test_a_scene_setting_clause_before_the_comma_is_not_the_speaker():
    # "When the Chair asked ..., Mum replied that ...": Mum speaks; "Asked about X, Ms Lowe said ..." likewise
    from app.minutes.people import Attendee, Cast
    from app.minutes.statements import credited, reported
    cast = Cast([Attendee("Lena Hart", "Mum"), Attendee("Kim Lowe", "Social Worker"), Attendee("Ann Bell", "Chair")])
    assert credited("When the Chair asked how the week had gone, Mum replied that it had been calm.", cast) == ["Mum (Lena Hart)"]
    assert credited("Asked about school, Ms Lowe said that attendance is up.", cast) == ["Social Worker (Kim Lowe)"]
    assert reported("When the Chair asked how the week had gone, Mum replied that it had been calm.") == "it had been calm."
    assert credited("After the visit, the flat was cleaned.", cast) == []


def test_a_bracketed_tag_credits_its_paragraph_and_a_decision_box_row_is_one_claim():
    # "[SW] ..." paragraphs, and a "Question | Answer" box whose answer says nothing without its question
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    lines = ["Anytown Council", "Attendees", "Name\tRole", "Rosa Lindqvist\tIndependent Chair",
             "Omar Haddad\tSocial Worker", "Jade Moss\tMother", "Discussion",
             "[SW] Mr Haddad said that he had visited every two weeks.",
             "[Mother] Ms Moss said she had started a parenting course in January.",
             "Decision", "Question\tAnswer", "Is the threshold met?\tYes", "Category\tEmotional abuse"]
    m = build(parse_lines(lines), "test")
    said = {s.text: s for s in m.statements}
    assert said["[SW] Mr Haddad said that he had visited every two weeks."].speakers == ["Social Worker (Omar Haddad)"]
    assert said["[Mother] Ms Moss said she had started a parenting course in January."].speakers == ["Mother (Jade Moss)"]
    assert "Is the threshold met? – Yes" in said and not said["Is the threshold met? – Yes"].speakers
    assert "Yes" not in said


def test_an_issue_tables_sentences_are_claims_of_their_own():
    # "Issue | Discussion | Outcome" with whole sentences in its cells: each sentence claims by
    # itself (the issue is a topic, no claim); a bare answer ("Yes") still needs its question
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    lines = ["Anytown Council", "Attendees", "Name\tRole", "Rosa Lindqvist\tIndependent Chair",
             "Omar Haddad\tSocial Worker", "Jade Moss\tMother", "Decisions", "Issue\tDiscussion\tOutcome",
             "Allotment visits\tMs Moss asked whether the boys could visit the allotment on Sundays. "
             "Mr Haddad said he would ask the landlord.\tThe Chair agreed to review this at the core group.",
             "Is the threshold met?\tYes\tEveryone agreed that the threshold was met."]
    m = build(parse_lines(lines), "test")
    said = {s.text: s for s in m.statements}
    assert said["Ms Moss asked whether the boys could visit the allotment on Sundays."].speakers == ["Mother (Jade Moss)"]
    assert said["Mr Haddad said he would ask the landlord."].speakers == ["Social Worker (Omar Haddad)"]
    assert "The Chair agreed to review this at the core group." in said
    assert not any(t.startswith("Allotment visits") for t in said)
    assert "Is the threshold met? – Yes" in said and "Everyone agreed that the threshold was met." in said
    # (a question's answer, however long, stays with its question)
    lines = lines[:7] + ["Question\tDecision", "Should the boys be on a plan?\tNo, the conference did not agree to this."]
    said = {s.text for s in build(parse_lines(lines), "test").statements}
    assert "Should the boys be on a plan? – No, the conference did not agree to this." in said


def test_a_tag_after_a_bullet_stays_with_it_and_credits_it():
    # "- The flat was warm on each visit. (SW)": initials in brackets after a bullet say who said it;
    # they are part of the sentence, not a sentence of their own
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    lines = ["Anytown Council", "Attendees", "Name\tRole", "Rosa Lindqvist\tIndependent Chair",
             "Omar Haddad\tSocial Worker", "Jade Moss\tMother", "Discussion",
             "- The flat was warm on each visit and the cupboards were stocked. (OH)",
             "- She has started a parenting course. She goes on Tuesdays. (JM)",
             "- Letters were sent to the wrong address (twice)."]
    m = build(parse_lines(lines), "test")
    said = {s.text: s for s in m.statements}
    assert "(OH)" not in said and "(JM)" not in said
    assert said["The flat was warm on each visit and the cupboards were stocked. (OH)"].speakers == \
        ["Social Worker (Omar Haddad)"]
    assert said["She goes on Tuesdays. (JM)"].speakers == ["Mother (Jade Moss)"]
    assert said["She has started a parenting course."].speakers == ["Mother (Jade Moss)"]
    assert not said["Letters were sent to the wrong address (twice)."].speakers


def test_a_tag_without_a_stop_credits_a_bullet_by_role_initials_or_a_homely_name():
    # "- Dad works nights (FSN)": bullets often end in their source with no full stop; the tag may be
    # the initials of a role ("Family Support Nurse"), of its last words, or what a family calls someone
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    lines = ["Anytown Council", "Attendees", "Name\tRole", "Rosa Lindqvist\tIndependent Chair",
             "Omar Haddad\tFamily Support Nurse", "Ivy Petrov\tCommunity Housing Support Officer",
             "Maud Kerr\tMaternal Grandmother", "Bea Holm\tMidwife", "Strengths",
             "- The twins are weighed every fortnight at the clinic (FSN)",
             "- The damp in the back bedroom has been treated twice (HSO)",
             "- She takes the twins to the park most afternoons (Gran)",
             "- The last scan showed normal growth (MW)",
             "- Letters went to the old address (twice)"]
    m = build(parse_lines(lines), "test")
    said = {s.text: s for s in m.statements}
    assert said[lines[-5][2:]].speakers == ["Family Support Nurse (Omar Haddad)"]
    assert said[lines[-4][2:]].speakers == ["Community Housing Support Officer (Ivy Petrov)"]
    assert said[lines[-3][2:]].speakers == ["Maternal Grandmother (Maud Kerr)"]
    assert said[lines[-2][2:]].speakers == ["Midwife (Bea Holm)"]
    assert not said[lines[-1][2:]].speakers


def test_a_pronoun_of_the_other_sex_does_not_go_back_to_the_last_person_named():
    # under an agency's heading, "He said ..." after "Mother said ..." is the agency's worker, not her
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    lines = ["Anytown Council", "Attendees", "Name\tRole", "Rosa Lindqvist\tIndependent Chair",
             "Omar Haddad\tHousing Officer", "Jade Moss\tMother", "Lee Moss\tFather", "Housing",
             "Housing said that the repairs to the boiler were finished in May. "
             "Mother said the radiators still went cold at night. He said a second visit was booked. "
             "She added that the landlord had been slow. Father said he would chase the landlord. "
             "He added that the rent was up to date."]
    m = build(parse_lines(lines), "test")
    said = {s.text: s for s in m.statements}
    assert said["He said a second visit was booked."].speakers == ["Housing Officer (Omar Haddad)"]
    assert said["She added that the landlord had been slow."].speakers == ["Mother (Jade Moss)"]
    assert said["He added that the rent was up to date."].speakers == ["Father (Lee Moss)"]
    # a possessive is usually the child's: "His attendance ..." goes on with whoever was speaking
    m = build(parse_lines(lines[:-1] + ["Mother said Kai had been unwell in May. His attendance has dropped to 80%."]),
              "test")
    assert {s.text: s for s in m.statements}["His attendance has dropped to 80%."].speakers == ["Mother (Jade Moss)"]


def test_what_someone_told_her_is_the_reporters_account_and_she_goes_on():
    # under a worker's heading, "Mother had told her that ..." is the worker's report of it, and the
    # "She added ..." after it is the worker again, not the mother
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    lines = ["Anytown Council", "Attendees", "Name\tRole", "Rosa Lindqvist\tIndependent Chair",
             "Ivy Petrov\tFamily Support Worker", "Jade Moss\tMother", "Family Support Worker",
             "The family support worker said the garden had been cleared. "
             "Mother had told her that the twins were sleeping through. "
             "She added that the gas meter had run out twice in March."]
    m = build(parse_lines(lines), "test")
    said = {s.text: s for s in m.statements}
    assert said["Mother had told her that the twins were sleeping through."].speakers == \
        ["Family Support Worker (Ivy Petrov)", "Mother (Jade Moss)"]
    assert said["She added that the gas meter had run out twice in March."].speakers == \
        ["Family Support Worker (Ivy Petrov)"]
    # "told her daughter", "told him off": not the worker, who was not told anything
    m = build(parse_lines(lines[:-1] + ["Mother told her daughter that they would be moving. "
                                        "Father told him off for swearing."]), "test")
    said = {s.text: s for s in m.statements}
    assert said["Mother told her daughter that they would be moving."].speakers == ["Mother (Jade Moss)"]
    assert said["Father told him off for swearing."].speakers == ["Father (Lee Moss)"] or \
        said["Father told him off for swearing."].speakers[0] != "Family Support Worker (Ivy Petrov)"


def _credits(attendees: list[str], section: str, *lines: str) -> dict[str, list[str]]:
    """Each statement's speakers, minutes built from an attendee table and lines under one heading."""
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    m = build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", *attendees, section, *lines]), "test")
    return {s.text: s.speakers for s in m.statements}


def test_a_shared_surname_is_the_other_one_where_the_sentence_names_one_by_first_name():
    # a daughter and her mother share a surname: "Mrs Cole will go with Tia" is the mother, not Tia
    going, booked = "Mrs Cole will go with Tia to the first sessions of the group.", "Mrs Cole said she booked it."
    said = _credits(["Rosa Lindqvist\tIndependent Chair", "Tia Cole\tMother", "Wendy Cole\tMaternal Grandmother"],
                    "Plan", going, booked)
    assert said[going] == ["Maternal Grandmother (Wendy Cole)"]
    assert said[booked] == ["Mother (Tia Cole)"]  # (nothing says which: the parent, as before)


def test_who_speaks_is_read_after_a_label_that_names_nobody_and_both_parents_are_two():
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    lines = ["Anytown Council", "Attendees", "Name\tRole", "Rosa Lindqvist\tIndependent Chair",
             "Omar Haddad\tSocial Worker", "Jade Moss\tMother", "Lee Moss\tFather", "Children's Social Care",
             "Family's view: Mr Moss said the garden gate had been mended in June.",
             "Both parents said they walk the children to school together.",
             "SW: Ms Moss has told him that the gate was mended."]
    m = build(parse_lines(lines), "test")
    said = {s.text: s for s in m.statements}
    assert said[lines[-3]].speakers == ["Father (Lee Moss)"]
    assert said[lines[-2]].speakers == ["Mother (Jade Moss)", "Father (Lee Moss)"]
    assert said[lines[-1]].speakers[0] == "Social Worker (Omar Haddad)"  # a label that names someone credits


def test_an_agency_in_capitals_and_a_dash_leading_a_bullet_credits_it():
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    lines = ["Anytown Council", "Attendees", "Name\tRole", "Rosa Lindqvist\tIndependent Chair",
             "Omar Haddad\tSocial Worker", "Jade Moss\tMother", "What is going well",
             "- SOCIAL WORKER - The garden gate has been mended and the side door now locks.",
             "- The garden is tidy - apart from the shed."]
    m = build(parse_lines(lines), "test")
    said = {s.text: s for s in m.statements}
    assert said["SOCIAL WORKER - The garden gate has been mended and the side door now locks."].speakers == \
        ["Social Worker (Omar Haddad)"]
    assert not said["The garden is tidy - apart from the shed."].speakers


def test_minutes_that_go_straight_on_from_the_attendee_table_are_read():
    # no heading between the attendees and the first paragraph: that paragraph is the minutes
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    lines = ["Anytown Council", "Attendees", "Name\tRole", "Rosa Lindqvist\tIndependent Chair",
             "Omar Haddad\tSocial Worker", "Jade Moss\tMother",
             "Ms Lindqvist explained that this was the first review since the plan began in May.",
             "Mr Haddad said he had visited every two weeks and the flat was warm."]
    m = build(parse_lines(lines), "test")
    assert [s.text for s in m.statements] == lines[-2:]
    assert [a.name for a in m.attendees] == ["Rosa Lindqvist", "Omar Haddad", "Jade Moss"]


def test_a_list_of_names_is_no_role_between_commas():
    from app.minutes.people import Attendee, Cast
    from app.minutes.statements import credited
    cast = Cast([Attendee("Omar Haddad", "Social Worker"), Attendee("Jade Moss", "Mother"), Attendee("Tom Pike", "Police")])
    assert len(credited("Mr Haddad, Ms Moss, and PC Pike all said a plan was needed.", cast)) == 3


def test_a_heading_naming_the_service_before_a_job_is_that_workers():
    # "Youth Offending Service" is the Youth Offending Worker's, not the first of the agency's roles
    from app.minutes.people import Attendee, Cast
    cast = Cast([Attendee("Ivy Moss", "Deputy Head and Safeguarding Lead, Elm School"),
                 Attendee("Dev Rana", "Attendance Support Officer"), Attendee("Sam Ode", "Youth Offending Worker")])
    assert cast.resolve("Attendance Support Team") == "Attendance Support Officer (Dev Rana)"
    assert cast.resolve("Youth offending service") == "Youth Offending Worker (Sam Ode)"
    assert cast.resolve("Elm School") == "Deputy Head and Safeguarding Lead (Ivy Moss)"


def test_a_short_form_the_roster_gives_a_role_names_that_person():
    # "Youth Justice Practitioner (YJP)" in the attendee table: "YJP said ..." is that person
    from app.minutes.people import Attendee, Cast
    from app.minutes.statements import credited
    cast = Cast([Attendee("Ivy Moss", "Youth Justice Practitioner, Northfold Youth Justice Service (YJP)"),
                 Attendee("Dev Rana", "Speech and Language Therapist (SALT)"), Attendee("Sam Ode", "Lead Nurse (Nurse)"),
                 Attendee("Al Finch", "Class Teacher (Year 3)")])
    assert credited("YJP said that the curfew has been kept.", cast) == ["Youth Justice Practitioner (Ivy Moss)"]
    assert credited("SALT reported that his words are coming on.", cast) == ["Speech and Language Therapist (Dev Rana)"]
    assert cast.attendees[2].label == "Lead Nurse (Sam Ode)"  # the short form is no part of the role
    assert cast.attendees[3].main_role == "Class Teacher (Year 3)"  # a role's own brackets stay


def test_a_table_cell_ending_in_whom_it_came_from_is_theirs():
    # a two-column table of claims, each cell closing with its source in brackets
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines
    people = ["Ivy Moss\tSocial Worker", "Dev Rana\tSchool Nurse", "Rob Hart\tFather"]
    m = build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", *people, "Strengths and worries",
                           "Strengths\tWorries",
                           "The flat is warm and tidy (Social Worker).\tMilo is often tired in class (School Nurse).",
                           "Milo has a bike he loves (Dad).\tThe rent is behind again (Social Worker)."]), "test")
    got = {s.text: s.speakers for s in m.statements}
    assert got["The flat is warm and tidy (Social Worker)."] == ["Social Worker (Ivy Moss)"]
    assert got["Milo is often tired in class (School Nurse)."] == ["School Nurse (Dev Rana)"]
    assert got["Milo has a bike he loves (Dad)."] == ["Father (Rob Hart)"]


def test_a_role_with_a_bracketed_qualifier_is_found_by_the_role():
    from app.minutes.people import Attendee, Cast
    cast = Cast([Attendee("June Hart", "Aunt (paternal), supporting Mr Hart"), Attendee("Rob Hart", "Father")])
    assert cast.resolve("Aunt") == "Aunt (paternal) (June Hart)"
    assert cast.resolve("Father") == "Father (Rob Hart)"


def test_an_action_naming_whom_it_is_for_is_the_owners():
    # "Refer Gran to the carers' group" in the social worker's row: Gran is referred; she does nothing
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines
    people = ["Ivy Moss\tSocial Worker", "June Hart\tGrandmother", "Rob Hart\tFather"]
    m = build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", *people, "Plan", "Action\tLead\tBy when",
                           "Refer Grandmother to the carers' group at the library.\tIvy Moss\tMay",
                           "Father to attend the parenting course.\tIvy Moss\tJune"]), "test")
    got = {s.text: s.speakers for s in m.statements}
    assert got["Refer Grandmother to the carers' group at the library."] == ["Social Worker (Ivy Moss)"]
    assert got["Father to attend the parenting course."] == ["Father (Rob Hart)"]  # given to him by name


def test_what_someone_told_her_goes_to_the_last_one_credited_where_no_heading_says():
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    lines = ["Anytown Council", "Attendees", "Name\tRole", "Rosa Lindqvist\tIndependent Chair",
             "Ivy Petrov\tHealth Visitor", "Jade Moss\tMother", "Discussion",
             "Ms Petrov reported that she had visited on the Monday. On that visit she saw a scratch on "
             "Kai's cheek. Ms Moss told her that the cat had done it."]
    said = {s.text: s for s in build(parse_lines(lines), "test").statements}
    assert said["Ms Moss told her that the cat had done it."].speakers == \
        ["Health Visitor (Ivy Petrov)", "Mother (Jade Moss)"]


def test_told_her_at_the_time_is_the_reporters_account():
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    lines = ["Anytown Council", "Attendees", "Name\tRole", "Ivy Petrov\tHealth Visitor", "Jade Moss\tMother",
             "Discussion", "Ms Petrov reported a scratch on Kai's cheek. "
             "Ms Moss told her at the time that the cat had done it."]
    said = {s.text: s.speakers for s in build(parse_lines(lines), "test").statements}
    assert said["Ms Moss told her at the time that the cat had done it."] == \
        ["Health Visitor (Ivy Petrov)", "Mother (Jade Moss)"]


def test_minutes_written_to_the_family_credit_whom_they_address():
    from app.minutes.statements import build
    from app.minutes.text_reader import parse_lines

    lines = ["Anytown Council", "Present: Rosa Lindqvist (Independent Chair); Jade Moss (Mother); "
             "Lee Moss (Father); Kai Moss (first part only); PC Dan Ure (Northfield Neighbourhood Policing Team)",
             "What Kai told us", "You told us that school is better since Easter.",
             "What you told us, Jade and Lee", "Lee, you told us that the car is fixed. "
             "You both said that the move went well.",
             "What the police told us", "There have been no call-outs since January."]
    said = {s.text: s.speakers for s in build(parse_lines(lines), "test").statements}
    assert said["You told us that school is better since Easter."] == ["Kai Moss"]
    assert said["Lee, you told us that the car is fixed."] == ["Father (Lee Moss)"]
    assert said["You both said that the move went well."] == []  # (not Lee alone)
    assert said["There have been no call-outs since January."] == \
        ["Northfield Neighbourhood Policing Team (PC Dan Ure)"]
    # "You ..." goes on only from one the minutes spoke to, and only as who said something
    lines[-4:] = ["Discussion", "Ms Moss told us the flat is warm. You said you were relieved. Your flat was clean. "
                  "Lee, you told us the car is fixed. You need to keep it taxed."]
    said = {s.text: s.speakers for s in build(parse_lines(lines), "test").statements}
    assert said["You said you were relieved."] == [] and said["Your flat was clean."] == []
    assert said["You need to keep it taxed."] == []
