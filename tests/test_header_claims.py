"""Header claims ("Child: ... (aged 6)", "Apologies: ...", "Category: ..."): statements of their own,
a finding only when the recording conflicts, never "not said". Invented names and sentences."""

from __future__ import annotations

from app.compare import header_claims
from app.compare.comparer import compare
from app.compare.turns import from_text
from app.minutes.importer import read_minutes

HEAD = ("Review Child Protection Conference: Minutes\nChild: Rosa Pell (aged 6)\nDate: 3 March 2027\n"
        "Category: neglect\nReason for conference: to review the plan\n"
        "Present: Ann Vale (Chair), Tom Reyes (Social Worker), Lisa Pell (Mother)\n"
        "Apologies: Dr Omar Hadid, GP (report sent)\nInvited but not present\nKeith Pell, Father\n"
        "Update\nThe Social Worker said the home was warm and tidy.\n")


def test_header_lines_are_header_claims(tmp_path):
    p = tmp_path / "m.txt"
    p.write_text(HEAD, encoding="utf-8")
    m = read_minutes(p)
    kinds = {s.text: s.header for s in m.statements}
    assert kinds == {"Child: Rosa Pell (aged 6)": "child", "Category: neglect": "category",
                     "Reason for conference: to review the plan": "reason",
                     "Apologies: Dr Omar Hadid, GP (report sent)": "absent",
                     "Invited but not present: Keith Pell, Father": "absent",
                     "The Social Worker said the home was warm and tidy.": None}


def _findings(tmp_path, script: str):
    p = tmp_path / "m.txt"
    p.write_text(HEAD, encoding="utf-8")
    result = compare(read_minutes(p), from_text(script))
    return {f.minutes_text: f for f in result.findings}


def test_a_header_nobody_mentions_is_no_finding(tmp_path):
    found = _findings(tmp_path, "Chair (Ann Vale): Tom, your update please.\n"
                                "Social Worker (Tom Reyes): The home was warm and tidy on both visits.\n")
    assert not [t for t in found if t and t.startswith(("Child", "Category", "Reason", "Apologies", "Invited"))]


def test_an_absent_person_who_spoke_is_a_finding(tmp_path):
    found = _findings(tmp_path, "Chair (Ann Vale): Tom, your update please.\n"
                                "Social Worker (Tom Reyes): The home was warm and tidy on both visits.\n"
                                "Father (Keith Pell): I was here the whole time and I want that written down.\n")
    f = found["Invited but not present: Keith Pell, Father"]
    assert f.kind == "contradicted" and "Keith Pell" in f.explanation
    assert "Apologies: Dr Omar Hadid, GP (report sent)" not in found


def test_an_age_or_category_said_differently_is_a_finding():
    turns = from_text("Chair (Ann Vale): Rosa is seven years old now and doing well at school.\n"
                      "Chair (Ann Vale): The plan stays under the category of emotional abuse.\n")
    age = header_claims.check("Child: Rosa Pell (aged 6)", "child", turns, True)
    assert age is not None and age.kind == "changed_detail" and "7" in age.explanation
    cat = header_claims.check("Category: neglect", "category", turns, True)
    assert cat is not None and cat.kind == "contradicted"
    same = from_text("Chair (Ann Vale): Rosa turned 6 in May; her attendance is 71 percent.\n"
                     "Chair (Ann Vale): The category of neglect remains.\n")
    assert header_claims.check("Child: Rosa Pell (aged 6)", "child", same, True) is None
    assert header_claims.check("Category: neglect", "category", same, True) is None


def test_who_and_how_old_a_header_lists():
    assert header_claims.names_listed("Apologies: Dr Omar Hadid, GP, Hillside Surgery; Keith Pell") == [
        "Dr Omar Hadid", "Keith Pell"]
    assert header_claims.ages_listed("Children: Kai Moss (10), Mia Moss (8 months)") == {
        "kai": (10, "year"), "mia": (8, "month")}
