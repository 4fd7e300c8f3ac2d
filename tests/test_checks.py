"""Each of the comparer's checks (app/compare/checks/) on its own, from invented meetings and
sentences that are in no conference: one case it must catch, and a faithful paraphrase it must let
pass. Then the comparer as a whole on what a speech recogniser does to a meeting."""

from __future__ import annotations

import ast
import inspect
from dataclasses import replace

import pytest

from app.compare import checks, polarity
from app.compare import turns as turns_mod
from app.compare.align import Aligner, made_from, statement_words
from app.compare.checks import CHECKS, TUNING, Case, Tuning
from app.compare.comparer import compare, context_for
from app.compare.text import details
from app.compare.turns import from_text, from_transcript
from app.minutes.statements import build
from app.minutes.text_reader import parse_lines

PEOPLE = ["Marguerite Quill\tIndependent Chair", "Idris Kestrel\tSocial Worker", "Beatrix Noon\tHealth Visitor",
          "Carys Webb\tMother", "Lionel Tate\tFather", "Gideon Rowan\tDesignated Safeguarding Lead",
          "Edna Webb\tMaternal grandmother"]


def minutes(*lines: str):
    return build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", *PEOPLE, "Minutes", *lines]), "test")


def case_for(meeting: str, line: str, turns=None) -> Case:
    """The Case a check is asked about: the minutes' one statement and its best match."""
    m = minutes(line)
    turns = turns if turns is not None else from_text(meeting)
    st = next(s for s in m.statements if s.text == line)
    ctx = context_for(m, turns)
    aligner = Aligner(turns)
    words = statement_words(st.text, st.speakers, ctx.names)
    return Case(st, words, aligner.best(words), aligner, ctx)


def findings(meeting: str, *lines: str, turns=None) -> dict:
    result = compare(minutes(*lines), turns if turns is not None else from_text(meeting))
    return {f.minutes_text: f for f in result.findings if f.minutes_text}


def omitted(meeting: str, *lines: str) -> list:
    return [f for f in compare(minutes(*lines), from_text(meeting)).findings if f.kind == "omitted"]


# ----- the shape: named checks, one tuning table


def test_every_check_says_what_it_detects():
    assert len(CHECKS) == len(set(CHECKS)) >= 9
    for check in CHECKS:
        assert check.__doc__ and len(check.__doc__.split()) >= 12, check.__name__


def test_every_threshold_has_a_reason():
    source = inspect.getsource(Tuning)
    lines = source.splitlines()
    fields = [n for n in ast.parse(inspect.cleandoc(source)).body[0].body if isinstance(n, ast.AnnAssign)]
    assert {f.target.id for f in fields} == set(Tuning.__dataclass_fields__)
    for f in fields:
        above = lines[f.lineno - 2].strip()  # the comment line just above the field
        assert above.startswith("#") or above.startswith("# ...") or lines[f.lineno - 3].strip().startswith("#"), \
            f.target.id
    with pytest.raises(AttributeError):
        TUNING.not_said_from = 0.1  # frozen: a threshold changes in the table, with its reason


def test_a_stricter_table_changes_the_answer():
    meeting = "Health Visitor (Beatrix Noon): Milo is feeding well and gaining weight.\n"
    case = case_for(meeting, "The Health Visitor said Milo has been admitted to hospital twice this year.")
    # (the meaning veto off: at 0.50 the two sentences are close enough for the child's name alone,
    # 0.53; README, the comparer's known weaknesses)
    case.ctx.tuning = Tuning(same_meaning_from=1.01)
    assert checks.not_said(case) is not None
    case.ctx.tuning = Tuning(not_said_from=0.99, same_meaning_from=1.01)
    assert checks.not_said(case) is None


# ----- each check: what it catches, and the paraphrase it lets pass

DISSENT = """\
Chair (Marguerite Quill): Does everyone think Milo should be on a plan?
Social Worker (Idris Kestrel): Yes, I think a plan is needed.
Health Visitor (Beatrix Noon): I don't agree. In my view the threshold isn't met; Milo is thriving.
"""


def test_all_agreed_but_dissent():
    case = case_for(DISSENT, "All professionals agreed that Milo should be subject to a child protection plan.")
    f = checks.all_agreed_but_dissent(case)
    assert f.kind == "contradicted" and "Beatrix Noon" in f.explanation
    fine = DISSENT.replace("I don't agree. In my view the threshold isn't met; Milo is thriving.",
                           "Yes, I think so too.")
    assert checks.all_agreed_but_dissent(case_for(fine, "All professionals agreed that Milo should be subject "
                                                        "to a child protection plan.")) is None
    # the chair saying back a parent's dissent is not dissenting
    noted = DISSENT.replace("I don't agree. In my view the threshold isn't met; Milo is thriving.", "Yes, a plan.") + \
        "Independent Chair (Marguerite Quill): So Milo will be on a plan, and I've noted that you disagree with that.\n"
    assert checks.all_agreed_but_dissent(case_for(noted, "All professionals agreed that Milo should be subject "
                                                         "to a child protection plan.")) is None
    # a reservation from one who votes for the same outcome is no dissent from it
    reserved = DISSENT.replace("I don't agree. In my view the threshold isn't met; Milo is thriving.",
                               "Plan, for now. But I want it recorded that his weight has really picked up.")
    assert checks.all_agreed_but_dissent(case_for(reserved, "All professionals agreed that Milo should be subject "
                                                            "to a child protection plan.")) is None



def test_all_agreed_but_one_recommended_another_outcome_however_mildly():
    meeting = DISSENT.replace("I don't agree. In my view the threshold isn't met; Milo is thriving.", "Yes, a plan.") + \
        "Designated Safeguarding Lead (Gideon Rowan): I'd support child in need, with the breakfast club carrying on.\n"
    f = checks.all_agreed_but_dissent(case_for(meeting, "All professionals agreed that the threshold for significant "
                                                        "harm was met."))
    assert f is not None and "Gideon Rowan" in f.explanation and "breakfast club" in f.evidence[0].text


def test_all_agreed_is_not_undone_by_the_chair_reporting_or_by_professionals_on_the_parents():
    agreed = DISSENT.replace("I don't agree. In my view the threshold isn't met; Milo is thriving.", "Yes, a plan.")
    line = "All professionals agreed that Milo should be subject to a child protection plan."
    # the chair's own "not" ("I've not met the family before") and report of a parent's view
    chaired = ("Independent Chair (Marguerite Quill): I'm chairing today and I've not met the family before.\n"
               + agreed + "Independent Chair (Marguerite Quill): Mr Tate doesn't accept the bruising happened "
               "at home, and I'll write that down as something we don't agree on. Milo will be on a plan.\n")
    assert checks.all_agreed_but_dissent(case_for(chaired, line)) is None
    # what both parents agreed is not undone by a professional's dissent
    parents = "Both parents agreed that Milo should be subject to a child protection plan."
    assert checks.all_agreed_but_dissent(case_for(DISSENT, parents)) is None

VISITS = "Chair (Marguerite Quill): Idris will visit Milo at home every fortnight, and the nursery once a month.\n"


def test_detail_changed():
    f = checks.detail_changed(case_for(VISITS, "The Social Worker will visit Milo at home weekly."))
    assert f.kind == "changed_detail" and "fortnight" in f.explanation
    assert checks.detail_changed(case_for(VISITS, "The Social Worker will visit Milo at home every two weeks.")) is None
    # the month belongs to the nursery visit: said of the same thing, it passes
    assert checks.detail_changed(case_for(VISITS, "The Social Worker will visit the nursery monthly.")) is None


def test_detail_changed_quotes_the_rival_of_the_best_fitting_turn():
    meeting = ("Social Worker (Idris Kestrel): I'll review the contact arrangements by 31 March, with Lionel.\n"
               "Social Worker (Idris Kestrel): And the core group, on 21 March, ten o'clock at the school.\n"
               "Designated Safeguarding Lead (Gideon Rowan): That's fine, I'll book the room.\n")
    # 31 March is nearer in value to the minutes' 28th, but it is the review's; the core group's is the 21st
    f = checks.detail_changed(case_for(meeting, "The core group will meet at the school on 28 March at 10am."))
    assert f is not None and "21 march" in f.explanation and "core group" in f.evidence[0].text



def _chess_club(later: str) -> str:
    return ("Independent Chair (Marguerite Quill): Gideon, how is Milo getting on at the chess club?\n"
            "Designated Safeguarding Lead (Gideon Rowan): Milo comes to our chess club every other Tuesday, and he has "
            "made two friends there.\n"
            "Independent Chair (Marguerite Quill): Thank you. Idris, the flat?\n"
            "Social Worker (Idris Kestrel): The flat is warm now and the boiler has been fixed.\n"
            "Independent Chair (Marguerite Quill): Carys, anything you want to say?\n"
            f"Mother (Carys Webb): {later}\n"
            "Independent Chair (Marguerite Quill): We'll look at that.\n")


def test_a_figure_said_elsewhere_only_as_wanted_does_not_excuse_the_minutes():
    line = "Milo goes to the chess club every Tuesday and has made two friends there."
    # the weekly club is what his mother asked for or would like, not what happens
    for wanted in ("I asked Gideon if Milo could go to the chess club every Tuesday, he has made two friends there.",
                   "Milo would love the chess club every Tuesday, he has made two friends there."):
        f = findings(_chess_club(wanted), line).get(line)
        assert f is not None and f.kind == "changed_detail" and "every other tuesday" in f.explanation
    # said as what happens, elsewhere, it is where the minutes took it from
    assert line not in findings(_chess_club(
        "Milo goes to the chess club every Tuesday now, he has made two friends there."), line)

# Talk of other things, enough to put what is said after it out of the passage of what came before
BETWEEN = ("Independent Chair (Marguerite Quill): Thank you. Carys, anything on the timetable?\n"
           "Mother (Carys Webb): Only that Tuesdays are bad for me because of my shifts at the bakery.\n"
           "Independent Chair (Marguerite Quill): Noted. Lionel, is the car fixed now for the school run?\n"
           "Father (Lionel Tate): Yes, the garage sorted the clutch last Friday, so I can drive them.\n")


def test_a_figure_someone_gave_is_not_excused_by_another_saying_the_minutes_figure():
    meeting = ("Social Worker (Idris Kestrel): I'll see Milo on his own at home every week, after school.\n"
               + BETWEEN +
               "Independent Chair (Marguerite Quill): Good. Beatrix?\n"
               "Health Visitor (Beatrix Noon): And I'll see Milo on his own at home every other week, after school.\n")
    line = "Mr Kestrel will see Milo on his own at home every two weeks, after school."
    f = checks.detail_changed(case_for(meeting, line))
    assert f is not None and "every week" in f.explanation
    # credited to nobody, the health visitor's "every other week" may be where the minutes took it
    assert checks.detail_changed(case_for(meeting, "Milo will be seen on his own every two weeks.")) is None


def test_a_date_said_elsewhere_by_its_day_of_the_month_alone_is_said():
    meeting = ("Health Visitor (Beatrix Noon): Carys sees the perinatal team at the clinic now, and Milo has his "
               "jabs at the clinic on the 20th of March.\n"
               + BETWEEN +
               "Independent Chair (Marguerite Quill): Good. And when is your first perinatal appointment, Carys?\n"
               "Mother (Carys Webb): It's on the nineteenth.\n")
    line = "Ms Webb to attend the perinatal team at the clinic, the first appointment on 19 March."
    assert checks.detail_changed(case_for(meeting, line)) is None
    # ... but not where nobody said the nineteenth
    other = meeting.replace("It's on the nineteenth.", "Soon, I think.")
    assert checks.detail_changed(case_for(other, line)) is not None


def test_a_date_said_elsewhere_as_tomorrow_is_said():
    meeting = ("Social Worker (Idris Kestrel): The hospital rang us last Saturday. Milo will return to his "
               "grandmother's home with Carys once he's discharged.\n"
               + BETWEEN +
               "Independent Chair (Marguerite Quill): So Milo will return to his grandmother's home tomorrow with Carys.\n")
    line = "Milo will return to his grandmother's home with Ms Webb on 14 May 2026."

    def found(said: str):
        m = minutes(line)
        m.info["date"] = "Wednesday 13 May 2026"
        return {f.minutes_text: f for f in compare(m, from_text(said)).findings}.get(line)

    assert found(meeting) is None or found(meeting).kind != "changed_detail"
    # ... and where nobody said "tomorrow", the Saturday is what was said
    other = meeting.replace("home tomorrow with", "home with")
    assert found(other) is not None and found(other).kind == "changed_detail"


CLINIC = """\
Chair (Marguerite Quill): Beatrix, health?
Health Visitor (Beatrix Noon): Carys has kept every single clinic appointment since May, and the baby is well.
Chair (Marguerite Quill): Thank you. Gideon, school?
Designated Safeguarding Lead (Gideon Rowan): Milo's attendance is ninety-six percent this term.
"""


def test_opposite_said_elsewhere():
    f = checks.opposite_said_elsewhere(case_for(CLINIC, "Ms Webb has missed several clinic appointments since May."))
    assert f.kind == "contradicted" and "kept every single clinic appointment" in f.evidence[0].text
    assert checks.opposite_said_elsewhere(
        case_for(CLINIC, "Ms Webb has attended all of her clinic appointments since May.")) is None


def test_a_judgement_of_another_place_is_no_reversal():
    meeting = """\
Independent Chair (Marguerite Quill): Carys, how is Milo at the moment?
Mother (Carys Webb): At home he's much more withdrawn and tearful, at school he's fine.
Independent Chair (Marguerite Quill): And Ruby?
Mother (Carys Webb): She's so much calmer at nursery, her key worker is lovely. At home it's a different story.
"""
    # the withdrawal is at home; the minutes speak of school
    for check in (checks.judged_the_other_way, checks.doing_the_other_way):
        assert check(case_for(meeting, "Ms Webb said Milo was happy and settled at school.")) is None, check
    # the calm is at nursery; the minutes speak of home
    assert checks.credited_person_said_opposite(case_for(meeting, "Ms Webb said Ruby was agitated at home.")) is None
    # the same place: the reversal stands
    f = checks.credited_person_said_opposite(case_for(meeting, "Ms Webb said Ruby was agitated at nursery."))
    assert f is not None and "calmer at nursery" in f.evidence[0].text


def test_a_view_passed_on_is_not_the_speakers_own_opposite():
    meeting = """\
Independent Chair (Marguerite Quill): Gideon, how is Milo?
Designated Safeguarding Lead (Gideon Rowan): Carys tells me he's much calmer at home these days. I'm still worried about him.
"""
    # the calm is his mother's account, passed on; the minutes give Mr Rowan's own worry
    assert "Mr Rowan said Milo was agitated." not in findings(meeting, "Mr Rowan said Milo was agitated.")
    # ... and where the minutes relay it too, it is read as any words are
    f = findings(meeting, "Mr Rowan said Carys tells him Milo is agitated at home.").get("Mr Rowan said Carys tells him Milo is agitated at home.")
    assert f is not None and "much calmer" in f.evidence[0].text


def test_a_place_holds_until_another_is_named():
    meeting = """\
Independent Chair (Marguerite Quill): Carys, how's Milo been?
Mother (Carys Webb): At home, he's so much calmer now, he's chatty and cheerful.
"""
    # "At home" is a clause of its own; the calm is still at home, not at school
    assert checks.doing_the_other_way(case_for(meeting, "Ms Webb said Milo is unsettled and anxious at school.")) is None
    f = checks.doing_the_other_way(case_for(meeting, "Ms Webb said Milo is unsettled and anxious at home."))
    assert f is not None and "so much calmer" in f.evidence[0].text


def test_a_thing_opening_a_sentence_is_no_one():
    meeting = """\
Independent Chair (Marguerite Quill): Carys, how's Milo getting on?
Mother (Carys Webb): Nursery has been great with him. He's much calmer now, he's sleeping through.
Independent Chair (Marguerite Quill): And how is he doing at the allotment club?
Mother (Carys Webb): Attendance has been patchy this term, to be honest.
Independent Chair (Marguerite Quill): Thank you. The attendance figures from nursery will come with the minutes.
"""
    # "Nursery" and "Attendance" open their sentences but name no one (the meeting writes them in
    # lower case too, as a whole meeting does an ordinary word): "he" is still Milo
    f = checks.doing_the_other_way(case_for(meeting, "Ms Webb said Milo is agitated and anxious."))
    assert f is not None and "much calmer" in f.evidence[0].text
    f = checks.judged_the_other_way(case_for(meeting, "Ms Webb said his attendance had been excellent this term."))
    assert f is not None and "patchy" in f.evidence[0].text


def test_the_name_leading_up_to_a_judgement_is_whom_it_judges():
    meeting = """\
Independent Chair (Marguerite Quill): Beatrix, how are they sleeping?
Health Visitor (Beatrix Noon): As for Ada, her sleep at night has been excellent.
"""
    assert checks.judged_the_other_way(case_for(meeting, "Ms Noon said that Milo's sleep at night had got worse.")) is None


def test_their_own_feelings_are_not_a_view_passed_on():
    meeting = """\
Independent Chair (Marguerite Quill): Gideon, how is Milo at school?
Designated Safeguarding Lead (Gideon Rowan): He feels much more settled at school now, honestly.
Independent Chair (Marguerite Quill): And at home?
Designated Safeguarding Lead (Gideon Rowan): Carys tells me he's much calmer at home these days.
"""
    f = findings(meeting, "Mr Rowan said Milo was unsettled at school.").get("Mr Rowan said Milo was unsettled at school.")
    assert f is not None and f.kind == "contradicted"
    # the minutes relaying the mother's view, in the past as minutes write: read as any words are
    line = "Mr Rowan said Ms Webb felt Milo was agitated at home."
    f = findings(meeting, line).get(line)
    assert f is not None and "much calmer" in f.evidence[0].text


def test_whom_a_sentence_is_about_by_its_subject():
    from app.compare.checks.shared import referent

    names = {"ruby", "milo", "carys", "edna"}
    said = ["So Ruby's doing well at the allotment.", "I weighed her on Monday and she's on her line.",
            "She's a smiley little girl.", "Milo's been unsettled.", "He cries at night.", "The flat is cold."]
    assert referent(said, 2, names) == "Ruby"  # through the speaker's own sentence, which names no one new
    assert referent(said, 4, names) == "Milo"
    assert referent(said, 5, names) is None  # a subject that is no one
    assert referent(["I saw Carys and Ruby at the club.", "She's lovely."], 1, names) is None  # which of them?
    assert referent(["Honestly, Edna is a rock.", "Um, she's there every day."], 1, names) == "Edna"
    # a thing or a place for the subject is no one; "we" passes as "I" does
    assert referent(["Nursery has been great with him.", "He's much calmer now."], 1, names) is None
    assert referent(["Ruby's doing well.", "We had her jabs done.", "She's much calmer."], 2, names) == "Ruby"


def test_opposite_said_of_another_child_in_its_own_sentence():
    meeting = """\
Independent Chair (Marguerite Quill): Idris, how are the children?
Social Worker (Idris Kestrel): Ruby's much more settled now, she sleeps right through. Milo's still struggling at school.
Independent Chair (Marguerite Quill): And at home?
Social Worker (Idris Kestrel): Ada's been poorly. She's much calmer now though, and more settled.
"""
    # the settling is Ruby's (named as the subject), and Ada's ("she", after a sentence naming her)
    assert checks.opposite_said_elsewhere(case_for(meeting, "Mr Kestrel said Milo was unsettled.")) is None
    f = checks.opposite_said_elsewhere(case_for(meeting, "Mr Kestrel said Ruby was unsettled."))
    assert f is not None and "much more settled" in f.evidence[0].text
    f = checks.opposite_said_elsewhere(case_for(meeting, "Mr Kestrel said Ada was unsettled."))
    assert f is not None and "more settled" in f.evidence[0].text


BOILER = """\
Chair (Marguerite Quill): Lionel, how are things at the flat?
Father (Lionel Tate): The landlord has not fixed the boiler, so we have no hot water again.
"""


def test_credited_person_said_opposite():
    f = checks.credited_person_said_opposite(case_for(BOILER, "Mr Tate said the landlord has fixed the boiler."))
    assert f.kind == "contradicted" and f.evidence[0].speaker.startswith("Father")
    assert checks.credited_person_said_opposite(
        case_for(BOILER, "Mr Tate said the landlord has not fixed the boiler yet.")) is None


def test_credited_person_said_opposite_where_neither_is_said():
    # "neither ... nor" denies what is said of both, and the father named by his surname in the
    # minutes is the "Lionel" of the meeting; "an earlier matter" is a thing, not the time of the claim
    meeting = ("Chair (Marguerite Quill): Idris, can you start with the checks?\n"
               "Social Worker (Idris Kestrel): I ran the checks myself. Neither Carys nor Lionel has any fines "
               "or warnings on the system, nothing at all.\n"
               "Chair (Marguerite Quill): Thank you. Beatrix, health?\n"
               "Health Visitor (Beatrix Noon): Milo's weight is fine and his jabs are done.\n")
    f = checks.credited_person_said_opposite(case_for(
        meeting, "Mr Kestrel confirmed that Mr Tate had been given a warning for an earlier matter."))
    assert f is not None and f.kind == "contradicted" and "Neither Carys" in f.evidence[0].text
    assert checks.credited_person_said_opposite(case_for(
        meeting, "Mr Kestrel confirmed that neither parent had any fines or warnings.")) is None


def test_a_clause_is_answered_by_the_other_names_of_whom_it_names_not_of_whose_words_it_gives():
    from app.compare.checks.opposites import _clause_plan

    meeting = ("Chair (Marguerite Quill): Lionel, Carys, my decision is a plan.\nFather (Lionel Tate): I don't agree.\n"
               "Social Worker (Idris Kestrel): I looked him up on the system last week.\n")
    for line, named in (("Mr Kestrel said Mr Tate had been given a warning.", True),
                        ("Mr Tate agreed to go, though he did not accept the concerns.", False)):
        case = case_for(meeting, line)
        _, plan = _clause_plan(case.st, case.aligner, case.ctx, False)
        assert ("lionel" in plan[0][3].lower().split()) is named, line


def test_a_surname_two_attendees_share_is_answered_by_the_one_the_title_says():
    # "Mrs Tate" is not Lionel: his "no warnings" answers nothing of hers
    people = PEOPLE + ["Carys Tate\tStepmother"]
    m = build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", *people, "Minutes",
                           "Mr Kestrel said that Mrs Tate has been given a warning."]), "test")
    meeting = ("Chair (Marguerite Quill): Idris, the checks?\n"
               "Social Worker (Idris Kestrel): Lionel has no warnings on the system at all.\n")
    turns = from_text(meeting)
    st = m.statements[0]
    ctx = context_for(m, turns)
    aligner = Aligner(turns)
    words = statement_words(st.text, st.speakers, ctx.names)
    case = Case(st, words, aligner.best(words), aligner, ctx)
    from app.compare.checks.opposites import _clause_plan

    _, plan = _clause_plan(case.st, case.aligner, case.ctx, False)
    assert "lionel" not in plan[0][3].lower().split()
    assert checks.credited_person_said_opposite(case) is None


def test_a_role_named_by_its_letters_is_nobody_by_initials():
    from app.compare.checks.opposites import _names_of_whom_it_names

    m = build(parse_lines(["Anytown Council", "Attendees", "Name\tRole", *PEOPLE, "Gemma Price\tFamily Support Worker",
                           "Minutes", "x"]), "test")
    turns = from_text("Chair (Marguerite Quill): Hello.\n")
    cast = context_for(m, turns).cast
    assert _names_of_whom_it_names("Mr Kestrel said the GP had seen Milo.", [], cast) == []
    assert _names_of_whom_it_names("Mr Kestrel said GP had rung him.", [], cast) == []
    assert _names_of_whom_it_names("Mr Kestrel said Ms Price had rung him.", [], cast) == ["Gemma Price"]


def test_a_thing_from_before_is_no_time_of_the_claim():
    said = "He has no warnings on the system."
    assert not polarity.other_time("Mr Tate had a warning for a previous matter.", said)
    assert not polarity.other_time("Mr Tate had a warning for an earlier matter.", said)
    assert polarity.other_time("Mr Tate had a warning the previous year.", said)


def test_credited_person_said_opposite_in_their_table_row():
    # a row of the minutes' table is its person's account as much as a sentence naming them
    case = case_for(BOILER, "The landlord has fixed the boiler.")
    case.st.speakers, case.st.credited_by = ["Father (Lionel Tate)"], "table"
    f = checks.credited_person_said_opposite(case)
    assert f is not None and f.kind == "contradicted"
    case = case_for(BOILER, "The landlord has still not fixed the boiler.")
    case.st.speakers, case.st.credited_by = ["Father (Lionel Tate)"], "table"
    assert checks.credited_person_said_opposite(case) is None


CORRECTED = """\
Chair (Marguerite Quill): Idris, your report please.
Social Worker (Idris Kestrel): Lionel was cautioned for theft in 2021, and the flat was tidy when I called.
Father (Lionel Tate): No, that's wrong. It was a fine for driving without insurance. Nobody cautioned me.
Social Worker (Idris Kestrel): Sorry, you're right, it was the driving fine. I'll put that right in my report.
"""


def test_corrected_on_the_spot():
    f = checks.corrected_on_the_spot(case_for(CORRECTED, "Mr Tate was cautioned for theft in 2021."))
    assert f.kind == "contradicted" and "corrected" in f.explanation
    assert any("driving without insurance" in e.text for e in f.evidence)
    assert checks.corrected_on_the_spot(
        case_for(CORRECTED, "Mr Tate was fined for driving without insurance in 2021.")) is None


def test_a_correction_that_quotes_something_else_does_not_correct_this():
    meeting = ("Health Visitor (Beatrix Noon): I'll see Milo every fortnight at home from the tenth of March, and "
               "I'd like to offer each parent a session on feeding.\n"
               "Independent Chair (Marguerite Quill): Beatrix, just to check, you said the GP referred him to the "
               "dietitian. Carys said the GP hadn't seen Milo since Christmas.\n"
               "Health Visitor (Beatrix Noon): Oh, sorry, no, my mistake. It was me who referred him, on the "
               "second.\n")
    line = "The health visitor will see Milo at home every fortnight from 10 March and offer each parent a session."
    assert checks.corrected_on_the_spot(case_for(meeting, line)) is None

LONG_TURN = """\
Social Worker (Idris Kestrel): I've been out six times and the flat has been clean and warm every time, with food in. Milo has a proper cot now. There was a row on Friday night, and my understanding is that Milo was at home and woke up with the shouting.
Mother (Carys Webb): No, that's not right. Milo was at my mum's that night, he slept right through it there. I'd like that put down properly.
"""


def test_a_correction_answers_the_end_of_a_long_turn_not_all_of_it():
    # what the reply corrects: where Milo was during the row
    f = checks.corrected_on_the_spot(case_for(
        LONG_TURN, "Mr Kestrel said Milo was at home during the row on Friday night and woke up with the shouting."))
    assert f is not None and f.kind == "contradicted"
    # the clean flat and the cot, earlier in the turn, are not what she put right (though the child is
    # named there too, the flat is a home, and her request to minute it is put "properly")
    assert checks.corrected_on_the_spot(case_for(
        LONG_TURN, "Mr Kestrel said that the home has been clean at every visit and that Milo now has a proper "
                   "cot.")) is None


ASKED = """\
Social Worker (Idris Kestrel): Milo's been referred to the speech therapy team at the children's centre, the wait is about a month.
Mother (Carys Webb): Is that the audiology clinic at the hospital?
Social Worker (Idris Kestrel): No, audiology is separate. This is just speech.
"""


def test_denied_when_asked():
    f = checks.denied_when_asked(case_for(
        ASKED, "Milo has been referred to the audiology clinic at the hospital for speech therapy."))
    assert f.kind == "contradicted" and "said no" in f.explanation
    assert [e.speaker for e in f.evidence] == ["Mother (Carys Webb)", "Social Worker (Idris Kestrel)"]
    # the minutes carry the answer, or report that the question was asked: nothing wrong
    assert checks.denied_when_asked(case_for(
        ASKED, "Milo has been referred to speech therapy at the children's centre, not audiology.")) is None
    assert checks.denied_when_asked(case_for(
        ASKED, "Ms Webb asked whether the referral for speech therapy was to the audiology clinic.")) is None
    assert checks.denied_when_asked(case_for(
        ASKED, "Milo has been referred to speech therapy at the children's centre; the wait is about a month.")) is None


def test_what_the_minutes_only_suppose_is_not_denied_by_a_no():
    meeting = ("Independent Chair (Marguerite Quill): Has there been any contact from Milo's father since June?\n"
               "Social Worker (Idris Kestrel): No. Nothing at all.\n"
               "Mother (Carys Webb): He'd have to go through my solicitor now.\n")
    text = "Ms Webb said her solicitor would let her know if there had been any contact from Milo's father."
    assert checks.denied_when_asked(case_for(meeting, text)) is None
    f = checks.denied_when_asked(case_for(meeting, "Mr Kestrel said there had been contact from Milo's father since June."))
    assert f is not None and f.kind == "contradicted"



NO_IN_OTHER_WORDS = """\
Independent Chair (Marguerite Quill): Does Edna still have the children at weekends, Carys?
Mother (Carys Webb): Um, no. Not since the row in the summer. She's busy with her allotment now.
Independent Chair (Marguerite Quill): Is anyone else in touch with their father, Idris?
Social Worker (Idris Kestrel): Not that we know of. Um, the neighbours haven't seen him either.
"""


def test_no_said_in_other_words_when_asked():
    # (battery sentences, no conference's: "Um, no. Not since ...", "Not that we know of.")
    f = checks.denied_when_asked(case_for(NO_IN_OTHER_WORDS, "Ms Webb said Edna still had the children at weekends."))
    assert f is not None and f.kind == "contradicted"
    f = checks.denied_when_asked(case_for(NO_IN_OTHER_WORDS, "Mr Kestrel said that the father was in touch with the children."))
    assert f is not None and f.kind == "contradicted"
    # a name the question asked about is whom, not what, it asked
    assert checks.denied_when_asked(case_for(NO_IN_OTHER_WORDS, "It was noted that Edna was busy with her allotment.")) is None



YES_TO_IT = """\
Independent Chair (Marguerite Quill): Lionel, would you be willing to go on the anger management course if Idris refers you?
Father (Lionel Tate): Yeah. Go on, put my name down.
Independent Chair (Marguerite Quill): Gideon, has Milo's attendance picked up since Easter?
Designated Safeguarding Lead (Gideon Rowan): It has.
"""


def test_a_yes_to_a_summary_that_denies_affirms_the_denial():
    summary = ("Independent Chair (Marguerite Quill): So the worry is the bruising, and Lionel doesn't accept that "
               "it happened at home. Is that fair?\n"
               "Social Worker (Idris Kestrel): Yes, that's fair.\n")
    line = "The concern is the bruising, which Mr Tate does not accept happened at home."
    assert checks.affirmed_when_asked(case_for(summary, line)) is None
    # ... the denial in an earlier sentence of the same summary
    longer = summary.replace("at home. Is that fair?", "at home. The bruising has healed well since. "
                             "Is that fair?")
    assert checks.affirmed_when_asked(case_for(longer, line)) is None
    # ... and a refusal said back in the summary ("he denies it. Is that fair?")
    denies = summary.replace("Lionel doesn't accept that it happened at home", "Lionel denies causing the bruising")
    assert checks.affirmed_when_asked(case_for(denies, "Mr Tate denies causing the bruising.")) is None
    # a yes to the thing itself is still the opposite of its denial
    asked = summary.replace("and Lionel doesn't accept that it happened at home", "and Lionel accepts that it "
                            "happened at home")
    assert checks.affirmed_when_asked(case_for(asked, line)) is not None


def test_affirmed_when_asked():
    f = checks.affirmed_when_asked(case_for(YES_TO_IT, "Mr Tate declined a referral to the anger management course."))
    assert f is not None and f.kind == "contradicted" and "said yes" in f.explanation
    f = checks.affirmed_when_asked(case_for(YES_TO_IT, "Mr Rowan said Milo's attendance had not picked up since Easter."))
    assert f is not None and f.kind == "contradicted"
    # the minutes agree with the yes, or deny something the question did not ask
    assert checks.affirmed_when_asked(case_for(YES_TO_IT, "Mr Tate agreed to a referral to the anger management course.")) is None
    assert checks.affirmed_when_asked(case_for(
        YES_TO_IT, "Mr Tate said the anger management course had not yet sent him a start date.")) is None
    # a refusal denied is consent, as the yes was
    assert checks.affirmed_when_asked(case_for(
        YES_TO_IT, "Mr Tate did not object to a referral to the anger management course.")) is None


def test_a_yes_given_anywhere_in_the_meeting_answers_the_person_credited():
    """The question put to the person credited, and their plain yes, may lie far from where the
    statement's words best match (the chair's summary at the end names the same service)."""
    meeting = ("Social Worker (Idris Kestrel): We talked about Brightways last month, the family counselling.\n"
               "Independent Chair (Marguerite Quill): Would you be willing to meet a counsellor from Brightways, "
               "Carys?\n"
               "Mother (Carys Webb): Yeah, I'll go. Just not on a Friday, I've got Milo.\n"
               + "".join(f"Designated Safeguarding Lead (Gideon Rowan): Milo's reading is coming on, week {n}.\n"
                         for n in range(8))
               + "Independent Chair (Marguerite Quill): So, Idris will refer the family to Brightways for "
                 "counselling and see Milo every two weeks.\n")
    f = checks.affirmed_when_asked(case_for(meeting, "Ms Webb said she would not see anyone from Brightways."))
    assert f is not None and f.kind == "contradicted" and "Yeah, I'll go" in f.explanation
    # the same yes said by someone else is not hers
    other = meeting.replace("Mother (Carys Webb): Yeah", "Father (Lionel Tate): Yeah")
    assert checks.affirmed_when_asked(case_for(other, "Ms Webb said she would not see anyone from Brightways.")) is None
    # and a statement that agrees with the yes is left alone
    assert checks.affirmed_when_asked(case_for(meeting, "Ms Webb said she would see someone from Brightways.")) is None
    # nor where she had also said no to it herself: the minutes may record either
    torn = meeting.replace("We talked about Brightways last month, the family counselling.\n",
                           "We talked about Brightways last month, the family counselling.\n"
                           "Mother (Carys Webb): I don't want anyone from Brightways at the house.\n")
    assert checks.affirmed_when_asked(case_for(torn, "Ms Webb said she would not see anyone from Brightways.")) is None
    # nor where the refusal is another's ("she said Mr Tate would not"), or the question offered
    # nothing ("Are you aware ...?")
    assert checks.affirmed_when_asked(case_for(meeting, "Ms Webb said Mr Tate would not see anyone from Brightways.")) \
        is None
    aware = meeting.replace("Would you be willing to meet a counsellor from Brightways", "Are you aware that "
                            "there's a counsellor at Brightways")
    assert checks.affirmed_when_asked(case_for(aware, "Ms Webb said she would not see anyone from Brightways.")) is None
    from app.compare.checks.replies import _OFFERED
    for offer in ("Do you want a referral to the group?", "Will you go to the group on Thursday?"):
        assert _OFFERED.match(offer), offer
    for other in ("Carys, do you want to start us off?", "Would you mind closing the door?",
                  "Will you be at the core group?", "Are you aware that the clinic is open late?"):
        assert not _OFFERED.match(other), other
    # and a refusal she said herself ("I refused ...") stands beside the yes
    refused = meeting.replace("Mother (Carys Webb): Yeah, I'll go.", "Mother (Carys Webb): I refused the Brightways "
                              "counsellor last year.\nIndependent Chair (Marguerite Quill): Would you be willing to meet "
                              "a counsellor from Brightways now, Carys?\nMother (Carys Webb): Yeah, I'll go.")
    assert checks.affirmed_when_asked(case_for(refused, "Ms Webb refused the Brightways counsellor.")) is None


def test_a_short_question_asks_about_what_its_asker_just_said():
    meeting = ("Social Worker (Idris Kestrel): Carys, the neighbour says Mr Tate was at the flat on Sunday. Was he?\n"
               "Mother (Carys Webb): Yes. He came for Milo's birthday, just for an hour.\n"
               "Independent Chair (Marguerite Quill): Thank you for being honest.\n")
    f = checks.affirmed_when_asked(case_for(meeting, "Ms Webb denied that Mr Tate had been at the flat on Sunday."))
    assert f is not None and f.kind == "contradicted" and "said yes" in f.explanation


VOTES = """\
Independent Chair (Marguerite Quill): Is the threshold for significant harm met? Beatrix?
Health Visitor (Beatrix Noon): Honestly, I'm not sure a plan's the right thing. I'd say child in need, with extra visits.
Independent Chair (Marguerite Quill): Gideon?
Designated Safeguarding Lead (Gideon Rowan): From school's side, the threshold's met.
Independent Chair (Marguerite Quill): Idris?
Social Worker (Idris Kestrel): Child protection plan, I'm afraid.
"""


def test_recommended_other_outcome():
    f = checks.recommended_other_outcome(case_for(VOTES, "Health Visitor: Child Protection Plan"))
    assert f.kind == "contradicted" and ("child in need" in f.evidence[0].text or "not sure" in f.evidence[0].text)
    assert f.evidence[0].speaker == "Health Visitor (Beatrix Noon)"
    # "threshold's met" is a vote for a plan, in other words; and a vote given as said passes
    assert checks.recommended_other_outcome(case_for(VOTES, "Designated Safeguarding Lead: Child Protection Plan")) is None
    assert checks.recommended_other_outcome(case_for(VOTES, "Health Visitor: Child in Need")) is None
    assert "Designated Safeguarding Lead: Child Protection Plan" not in findings(
        VOTES, "Designated Safeguarding Lead: Child Protection Plan")  # nor misattributed to the Social Worker


def test_what_was_tried_before_is_no_recommendation():
    # the health visitor's vote, then her history of the family: the history is not her view now
    told = VOTES.replace("Designated Safeguarding Lead (Gideon Rowan): From school's side, the threshold's met.",
                         "Health Visitor (Beatrix Noon): They were on child in need last year and it didn't hold.\n"
                         "Designated Safeguarding Lead (Gideon Rowan): From school's side, the threshold's met.").replace(
        "Honestly, I'm not sure a plan's the right thing. I'd say child in need, with extra visits.",
        "Honestly, I'd say a child protection plan this time.")
    assert checks.recommended_other_outcome(case_for(told, "Health Visitor: Child Protection Plan")) is None
    assert checks.recommended_other_outcome(case_for(told, "Health Visitor: Child in Need")) is not None
    # a view given beside the history is still a view; a leave is no outcome
    assert not (checks._HISTORY.search("She was on a plan before, we would say child in need now")
                and not checks._OPINION.search("She was on a plan before, we would say child in need now"))
    assert not checks._HISTORY.search("I was on leave last week, so Sam did the visit.")


TWO_CHILDREN = """\
Independent Chair (Marguerite Quill): Idris, your recommendation, for each of them.
Social Worker (Idris Kestrel): For Esme, I'd say a child protection plan, under neglect. She's the one who's been going hungry.
Independent Chair (Marguerite Quill): And her brother?
Social Worker (Idris Kestrel): For Rufus I think child in need is enough. He's at college most of the week.
"""


def test_an_outcome_given_for_another_child_is_no_rival():
    # The social worker's last vote is for the brother; the minutes speak of his sister.
    assert checks.recommended_other_outcome(case_for(
        TWO_CHILDREN, "The social worker recommended a child protection plan for Esme.")) is None
    f = checks.recommended_other_outcome(case_for(TWO_CHILDREN, "The social worker recommended a child protection plan for Rufus."))
    assert f is not None and "Rufus" in f.evidence[0].text
    # Where the minutes name no child, the last vote is still read
    assert checks.recommended_other_outcome(case_for(
        TWO_CHILDREN, "The social worker recommended a child protection plan.")) is not None


IN_OTHER_WORDS = """\
Independent Chair (Marguerite Quill): Gideon, how is she at the end of the day?
Designated Safeguarding Lead (Gideon Rowan): I've known her since reception. She's tired some mornings.
Designated Safeguarding Lead (Gideon Rowan): When her mum picks her up from school she goes off really happily, every time.
"""


def test_credited_person_said_opposite_in_other_words():
    f = checks.credited_person_said_opposite_in_other_words(case_for(
        IN_OTHER_WORDS, "Mr Rowan said that she is often reluctant to leave school with her mother."))
    assert f.kind == "contradicted" and "happily" in f.evidence[0].text
    assert checks.credited_person_said_opposite_in_other_words(case_for(
        IN_OTHER_WORDS, "Mr Rowan said that she is always happy to leave school with her mother.")) is None



NAMED_OFTEN = """\
Independent Chair (Marguerite Quill): Gideon, how is Milo doing in school?
Designated Safeguarding Lead (Gideon Rowan): Milo comes to breakfast club, and Milo loves the football, Milo's been at school every day since half term.
Designated Safeguarding Lead (Gideon Rowan): He knows full well it's the drink that put his mum in hospital, he told me so himself.
Independent Chair (Marguerite Quill): Thank you.
Mother (Carys Webb): Yes.
"""


def test_the_credited_persons_sentence_is_found_by_meaning_with_names_masked():
    # As written, the answer lies 0.45 from the statement (the names it lacks pull them apart),
    # below the 0.48 asked for here; with names masked on both sides, 0.52
    line = "Mr Rowan said Milo did not know that Carys's illness was caused by drink."
    case = case_for(NAMED_OFTEN, line)
    case.ctx.tuning = replace(TUNING, own_meaning_from=0.48)
    f = checks.credited_person_said_opposite_in_other_words(case)
    assert f is not None and "the drink" in f.evidence[0].text


SWIM_CLUB = """\
Independent Chair (Marguerite Quill): Gideon, how is Milo getting on at swimming club?
Designated Safeguarding Lead (Gideon Rowan): Honestly he's a different boy. His swimming club attendance is the best it's been, he hasn't missed a single lesson since Easter.
Independent Chair (Marguerite Quill): And the allotment, Idris?
Social Worker (Idris Kestrel): I went to the allotment on Tuesday and the shed was tidy, everything watered, it was lovely.
Independent Chair (Marguerite Quill): Thank you. Beatrix, the clinic?
Health Visitor (Beatrix Noon): His jabs are up to date and he's on his line for height.
Independent Chair (Marguerite Quill): Carys, anything you'd like to add?
Mother (Carys Webb): Only that the bus to the clinic takes an hour each way.
Father (Lionel Tate): And I start the new job on Monday, so I can do the Saturday contact instead.
Independent Chair (Marguerite Quill): Let's talk about the plan, then.
"""


def test_judged_the_other_way():
    f = checks.judged_the_other_way(case_for(
        SWIM_CLUB, "Mr Rowan said that Milo's swimming club attendance had slipped since Easter."))
    assert f.kind == "contradicted" and "missed a single lesson" in f.evidence[0].text
    assert "report it as worse" in f.explanation
    # a statement crediting nobody is read against the passage it comes from
    f = checks.judged_the_other_way(case_for(SWIM_CLUB, "The allotment shed was found in a poor state on Tuesday."))
    assert f.kind == "contradicted" and "tidy" in f.evidence[0].text
    # the same report in other words passes
    assert checks.judged_the_other_way(case_for(
        SWIM_CLUB, "Mr Rowan said that Milo had been to every swimming lesson since Easter and was doing well.")) is None


def test_judged_the_other_way_of_a_form_of_the_subject_s_word():
    meeting = """\
Independent Chair (Marguerite Quill): Lionel, the cookery course?
Social Worker (Idris Kestrel): Lionel has been punctual for every cookery session, never once late.
"""
    # "punctual" speaks of his punctuality, though the words differ
    f = checks.judged_the_other_way(case_for(meeting, "Mr Tate's punctuality at the cookery course has been poor."))
    assert f is not None and f.kind == "contradicted" and "punctual" in f.evidence[0].text
    assert checks.judged_the_other_way(case_for(
        meeting, "Mr Tate's punctuality at the cookery course has been excellent.")) is None
    # the words a noun is made from, not words that only begin alike (a reviewer's cases)
    assert made_from("reliability", "reliable") and made_from("consistency", "consistent")
    assert made_from("attendance", "attend") and made_from("engagement", "engage")
    for noun, word in [("concentration", "concert"), ("management", "manager"), ("medication", "medical"),
                       ("relationship", "relative")]:
        assert not made_from(noun, word)
    choir = """\
Designated Safeguarding Lead (Gideon Rowan): Milo finds class a lot harder this term. The choir concert was brilliant.
Independent Chair (Marguerite Quill): Thank you.
"""
    assert checks.judged_the_other_way(case_for(choir, "Mr Rowan said Milo's concentration in class had got worse.")) is None


def test_judged_the_other_way_of_what_the_sentence_before_spoke_of():
    meeting = """\
Independent Chair (Marguerite Quill): Beatrix, the hearing test?
Health Visitor (Beatrix Noon): I took Toby for his hearing test at the clinic on Friday. Honestly, he was brilliant with it.
"""
    # "with it" points back at the hearing test of the sentence before
    f = checks.judged_the_other_way(case_for(meeting, "Ms Noon said Toby had been distressed by the hearing test."))
    assert f is not None and f.kind == "contradicted" and "brilliant with it" in f.evidence[0].text
    # a judgement of something else, or an "it" that points at nothing said, is no reversal
    elsewhere = """\
Independent Chair (Marguerite Quill): Beatrix, the hearing test?
Health Visitor (Beatrix Noon): I took Toby for his hearing test at the clinic on Friday. It was raining and the bus was lovely.
"""
    assert checks.judged_the_other_way(case_for(
        elsewhere, "Ms Noon said Toby had been distressed by the hearing test.")) is None
    # a "that" that points at a time, an "it" that opens on nothing, another's judgement or the
    # speaker's own feeling: none judges the test (a reviewer's cases)
    for then in ("On that day the bus was lovely.", "At that point mum was calm and chatty.",
                 "It's lovely to see the new clinic open.", "Mum was brilliant with it.", "I'm really happy about that."):
        meeting = ("Independent Chair (Marguerite Quill): Beatrix, the hearing test?\n"
                   f"Health Visitor (Beatrix Noon): I took Toby for his hearing test at the clinic on Friday. {then}\n")
        assert checks.judged_the_other_way(case_for(
            meeting, "Ms Noon said Toby had been distressed by the hearing test.")) is None, then


def test_judged_the_other_way_mixed_only_about_the_same_thing():
    meeting = """\
Independent Chair (Marguerite Quill): Beatrix, how is Toby sleeping?
Health Visitor (Beatrix Noon): Toby's sleep at night has been excellent, and the damp in the bathroom is a real worry for the family.
"""
    # the worry is of the damp, far from the sleep: of the sleep she said the opposite of worse
    f = checks.judged_the_other_way(case_for(meeting, "Ms Noon said that Toby's sleep at night had got worse."))
    assert f is not None and f.kind == "contradicted" and "excellent" in f.evidence[0].text
    # a judgement of the sleep itself the minutes' way is a mixed account
    mixed = """\
Independent Chair (Marguerite Quill): Beatrix, how is Toby sleeping?
Health Visitor (Beatrix Noon): Toby's sleep at night is poor one week and excellent the next.
"""
    assert checks.judged_the_other_way(case_for(mixed, "Ms Noon said that Toby's sleep at night had got worse.")) is None
    # ... and so is one that judges it by a word pointing back to it
    pointing = """\
Independent Chair (Marguerite Quill): Beatrix, how is Toby sleeping?
Health Visitor (Beatrix Noon): Toby's sleep at night was excellent in the spring; since the move it has been a real worry.
"""
    assert checks.judged_the_other_way(case_for(pointing, "Ms Noon said that Toby's sleep at night had got worse.")) is None


def test_judged_the_other_way_is_of_the_same_person():
    meeting = """\
Independent Chair (Marguerite Quill): Beatrix, how is Toby sleeping?
Health Visitor (Beatrix Noon): Mum isn't sleeping herself, she's exhausted with the night feeds.
"""
    # another's sleep ("Mum isn't sleeping herself") is no account of the child's
    assert checks.judged_the_other_way(case_for(meeting, "Ms Noon reported that Toby's sleep has improved.")) is None


def test_knew_the_other_way():
    meeting = """\
Independent Chair (Marguerite Quill): Lionel, had you heard about the break-in at the allotment?
Father (Lionel Tate): The allotment, yes, I knew about it, Edna phoned me the same night.
Independent Chair (Marguerite Quill): And the scratches on the van?
Father (Lionel Tate): I had no idea about the van till this morning, honestly.
Social Worker (Idris Kestrel): The police have the footage from the van's camera.
"""
    f = checks.knew_the_other_way(case_for(
        meeting, "Mr Tate said he had been unaware of the break-in at the allotment until the conference."))
    assert f is not None and f.kind == "contradicted" and "I knew about it" in f.evidence[0].text
    assert "did not know" in f.explanation
    f = checks.knew_the_other_way(case_for(meeting, "Mr Tate said he had known about the scratches on the van for weeks."))
    assert f is not None and "no idea" in f.evidence[0].text
    # the same in other words passes; so does what another person knew, or someone the credited
    # person speaks of
    for line in ("Mr Tate said he had known about the break-in at the allotment, as Mrs Webb had phoned him.",
                 "Mr Tate said he had not known about the scratches on the van until that morning.",
                 "Mr Kestrel said the police had been unaware of the scratches on the van.",
                 "Mr Tate said Mrs Webb had known nothing about the scratches on the van."):
        assert checks.knew_the_other_way(case_for(meeting, line)) is None, line


def test_knowing_reads_who_knew_and_which_way():
    from app.compare import knowing

    assert knowing.says("I didn't know about the rent until the housing officer rang me.", first_person=True) == -1
    assert knowing.says("The rent — I knew, the landlord texted me in June.", first_person=True) == 1
    assert knowing.says("Nobody told us the time had changed.", first_person=True) == -1
    assert knowing.says("I knew you'd ask me that.", first_person=True) == 0  # no thing known
    assert knowing.says("My sister knew about the rent.", first_person=True) == 0  # another's knowing
    assert knowing.says("she had a bank card which her brother is unaware of", first_person=False) == 0
    assert knowing.says("she had known nothing about the loan", first_person=False) == -1
    assert knowing.says("the arrears had not been brought to his attention", first_person=False) == -1
    assert knowing.says("you had known about the loan for months", first_person=False) == 1
    # a supposition or a wish knows nothing; a clause going on without its subject keeps the last
    # one's, so a claim both ways says neither; whom she told is not what she knew
    assert knowing.says("If I'd known about the letter I'd have rung you.", first_person=True) == 0
    assert knowing.says("he had known about the fine but had not known it was unpaid", first_person=False) == 0
    assert knowing.says("she had not told him about the fine", first_person=False) == 0
    assert knowing.says("I'd already noticed the tablets were running low.", first_person=True) == 1
    assert knowing.says("Yeah I knew about the fine, you know, ages ago.", first_person=True) == 1
    # the end of not knowing and the start of knowing, told two ways, are the same day
    assert knowing.same_day("she had known about the fine since the bailiff wrote to her",
                            "I didn't know about the fine until the bailiff wrote.", 1)
    assert not knowing.same_day("she had not known about the fine until the bailiff wrote",
                                "I knew about the fine, the landlord told me.", -1)


def test_a_figure_is_read_against_the_credited_person_s_own_account():
    meeting = """\
Independent Chair (Marguerite Quill): Carys, is there anything you want to add?
Mother (Carys Webb): Thirty-one weeks today and I'm tired all the time, that's all.
Independent Chair (Marguerite Quill): Thank you. Idris, the housing?
Social Worker (Idris Kestrel): The council have offered a ground-floor flat with two bedrooms.
Independent Chair (Marguerite Quill): When could they move?
Social Worker (Idris Kestrel): With Carys pregnant, the move matters; there are only weeks left before the baby is due.
"""
    # the social worker's sentence shares more of the words; the figure is the mother's
    f = checks.detail_changed(case_for(meeting, "Ms Webb said she was 34 weeks pregnant."))
    assert f is not None and f.kind == "changed_detail" and "31 weeks" in f.explanation
    assert f.evidence[0].text.startswith("Thirty-one weeks")
    assert checks.detail_changed(case_for(meeting, "Ms Webb said she was 31 weeks pregnant.")) is None


def test_a_hedged_double_negative_is_no_opposite():
    meeting = """\
Health Visitor (Beatrix Noon): I can't say there are no worries about his weight, he has dropped a line.
Independent Chair (Marguerite Quill): Thank you.
"""
    assert "Ms Noon said there were worries about Milo's weight." not in findings(
        meeting, "Ms Noon said there were worries about Milo's weight.")


def test_judged_the_other_way_needs_the_judgement_to_be_of_the_subject():
    meeting = """\
Independent Chair (Marguerite Quill): Beatrix?
Health Visitor (Beatrix Noon): He's a lovely cheerful baby, and Carys feeds him when he cries in the night.
"""
    # "lovely" judges the baby, not how his mother copes with the crying
    assert checks.judged_the_other_way(case_for(
        meeting, "Ms Noon said that Ms Webb had struggled to cope with the crying in the night.")) is None


def test_judged_the_other_way_leaves_an_admission_to_its_own_check():
    meeting = """\
Independent Chair (Marguerite Quill): Beatrix?
Health Visitor (Beatrix Noon): Carys goes to him straight away when he cries in the night.
"""
    # what a parent owned up to is read against their own words (admission_not_own)
    assert checks.judged_the_other_way(case_for(
        meeting, "Ms Webb accepted that she had struggled to cope with the crying in the night.")) is None


def test_judged_the_other_way_leaves_a_mixed_account():
    meeting = """\
Independent Chair (Marguerite Quill): Gideon?
Designated Safeguarding Lead (Gideon Rowan): His swimming club attendance has been patchy, some weeks brilliant, some weeks not.
"""
    assert checks.judged_the_other_way(case_for(
        meeting, "Mr Rowan said that Milo's swimming club attendance had slipped.")) is None


def test_judged_the_other_way_right_beside_a_less_rare_word():
    meeting = """\
Independent Chair (Marguerite Quill): Beatrix, how is Milo at mealtimes?
Health Visitor (Beatrix Noon): He's been eating better, actually. Since the new nursery he clears his plate.
Independent Chair (Marguerite Quill): Carys?
Mother (Carys Webb): We eat together at the table now, the four of us.
Independent Chair (Marguerite Quill): Lionel?
Father (Lionel Tate): I start the new job on Monday.
Independent Chair (Marguerite Quill): Gideon?
Designated Safeguarding Lead (Gideon Rowan): Nothing new from school.
Independent Chair (Marguerite Quill): Idris?
Social Worker (Idris Kestrel): The tenancy is signed.
Independent Chair (Marguerite Quill): Edna?
Maternal Grandmother (Edna Webb): I have him on Saturdays.
Independent Chair (Marguerite Quill): Thank you all.
Social Worker (Idris Kestrel): The next core group is in a month.
"""
    # "eating" is in two turns of fourteen, too common to say alone what a sentence is about; but
    # "eating better" judges the eating itself
    f = checks.judged_the_other_way(case_for(meeting, "Ms Noon reported that Milo's eating has got worse."))
    assert f is not None and f.kind == "contradicted" and "eating better" in f.evidence[0].text
    assert checks.judged_the_other_way(case_for(meeting, "Ms Noon reported that Milo's eating has got better.")) is None


def test_judged_the_other_way_reads_full_attendance_in_other_words():
    meeting = """\
Independent Chair (Marguerite Quill): Gideon, how is Milo doing at the homework club?
Designated Safeguarding Lead (Gideon Rowan): He's been to every single homework club since Easter, and he's made a friend there.
Independent Chair (Marguerite Quill): Thank you.
"""
    f = checks.judged_the_other_way(case_for(meeting, "Mr Rowan said Milo's attendance at the homework club was patchy."))
    assert f is not None and f.kind == "contradicted" and "every single homework club" in f.evidence[0].text
    assert checks.judged_the_other_way(case_for(
        meeting, "Mr Rowan said Milo's attendance at the homework club was excellent.")) is None
    from app.compare import valence

    for said in ("She's come to every session bar one.", "He hasn't missed one since the spring.",
                 "Every appointment, bar none.", "Full attendance this half term."):
        assert valence.attended_all(said) != said, said
    for said in ("She missed every session in March.", "Every session is on a Tuesday."):
        assert valence.attended_all(said) == said, said



def test_full_attendance_said_as_hardly_missed():
    from app.compare import valence

    for said in ("He's barely missed a lesson since the autumn.", "She's been in for every single session since Easter.",
                 "She's hardly ever missed a day this year."):
        assert valence.attended_all(said) != said, said
    for said in ("He's hardly been in, he's missed loads.", "She missed a day in May."):
        assert valence.attended_all(said) == said, said


HOMEWORK_CLUB = """\
Independent Chair (Marguerite Quill): Gideon, how is Milo getting on?
Designated Safeguarding Lead (Gideon Rowan): He's been to every single homework club since Easter.
Independent Chair (Marguerite Quill): And the allotment, Idris?
Social Worker (Idris Kestrel): The allotment is tidy, Carys waters it daily.
Mother (Carys Webb): I do.
Independent Chair (Marguerite Quill): Where is the homework club held?
Social Worker (Idris Kestrel): The homework club is in the library on Tuesdays, Milo walks there with a friend.
"""


def test_judged_the_other_way_reads_all_of_a_table_rows_person():
    # the row of the minutes' table is Mr Rowan's account: all he said is read, not only the
    # passage the row's words best match (the social worker's, four turns on)
    for line, found in (("Milo's attendance at the homework club has been patchy.", True),
                        ("Milo's attendance at the homework club has been excellent.", False)):
        case = case_for(HOMEWORK_CLUB, line)
        case.st.speakers, case.st.credited_by = ["Designated Safeguarding Lead (Gideon Rowan)"], "table"
        f = checks.judged_the_other_way(case)
        assert (f is not None and "every single homework club" in f.evidence[0].text) if found else f is None


HEALTH_ROUND = """\
Independent Chair (Marguerite Quill): Beatrix, how are things from health?
Health Visitor (Beatrix Noon): Carys has brought him to every appointment, bar none.
Independent Chair (Marguerite Quill): Thank you. Lionel, anything to add?
Father (Lionel Tate): No, that's right.
Independent Chair (Marguerite Quill): Idris, the home visits?
Social Worker (Idris Kestrel): The flat was tidy and warm when I called.
Independent Chair (Marguerite Quill): And Gideon?
Designated Safeguarding Lead (Gideon Rowan): Milo has settled into Year 2 and made friends.
Mother (Carys Webb): He loves it there.
Independent Chair (Marguerite Quill): Thank you all.
"""


def test_a_statement_none_of_whose_words_was_said_is_read_where_its_person_spoke():
    # "clinic", "attendance", "erratic": none said; Ms Noon's own words say the opposite in others
    f = findings(HEALTH_ROUND, "Ms Noon reported that clinic attendance was erratic.")["Ms Noon reported that clinic attendance was erratic."]
    assert f.kind == "contradicted" and "bar none" in f.evidence[0].text
    assert "Ms Noon reported that clinic attendance was excellent." not in findings(
        HEALTH_ROUND, "Ms Noon reported that clinic attendance was excellent.")

def test_judged_the_other_way_reads_growth_on_its_line():
    meeting = """\
Independent Chair (Marguerite Quill): Beatrix, the weights?
Health Visitor (Beatrix Noon): I weighed Milo on Tuesday at the clinic. He's tracking along his line nicely, he's on the twenty-fifth centile, and the reflux has settled.
Independent Chair (Marguerite Quill): Thank you.
"""
    # "weight gain" is what is judged, not a gain; "on his line" says his growth is as it should be
    f = checks.judged_the_other_way(case_for(meeting, "Ms Noon was worried that Milo's weight gain had slowed and he had dropped a centile."))
    assert f is not None and f.kind == "contradicted" and "tracking along his line" in f.evidence[0].text
    assert checks.judged_the_other_way(case_for(meeting, "Ms Noon said Milo's weight gain was good and he was on his centile.")) is None
    from app.compare import valence

    for said in ("She's right on her line.", "He's back up on his centile line now.",
                 "Baby's sitting on the normal centile."):
        assert valence.on_track(said) != said, said
    for said in ("He's dropped below his centile.", "She has come off her line.", "Sign on the dotted line."):
        assert valence.on_track(said) == said, said
    # "the latest scan" says when, not that anyone was late
    assert valence.VALENCE.terms("The latest scan was reassuring.") == [("reassure", 1)]


def test_doing_the_other_way():
    meeting = """\
Independent Chair (Marguerite Quill): Beatrix, how is Milo?
Health Visitor (Beatrix Noon): He's much more settled now than he was at the start of the year. He's sleeping through most nights.
Independent Chair (Marguerite Quill): Gideon?
Designated Safeguarding Lead (Gideon Rowan): At school he's still finding playtimes hard, he gets into scrapes.
Independent Chair (Marguerite Quill): And Ada?
Social Worker (Idris Kestrel): Much better, actually. The rash has cleared up.
"""
    # a statement about the child himself shares no word of its subject with "much more settled"
    f = checks.doing_the_other_way(case_for(meeting, "Ms Noon said Milo had become increasingly unsettled."))
    assert f is not None and f.kind == "contradicted" and "much more settled" in f.evidence[0].text
    f = checks.doing_the_other_way(case_for(meeting, "Mr Kestrel said Ada remains in pain."))
    assert f is not None and "Much better" in f.evidence[0].text
    # the same account, another place, or another time: nothing to find
    for line in ("Ms Noon said Milo is much more settled.", "Ms Noon said Milo had been unsettled at the start of the year.",
                 "Mr Rowan said Milo was finding playtimes at school difficult.",
                 "Mr Kestrel said Ada's attendance was poor."):  # (a thing of hers, not how she is)
        assert checks.doing_the_other_way(case_for(meeting, line)) is None, line
    mixed = """\
Independent Chair (Marguerite Quill): Beatrix, how is Milo?
Health Visitor (Beatrix Noon): He's much calmer at home. He's still anxious at bedtime though, he's upset most nights.
"""
    assert checks.doing_the_other_way(case_for(mixed, "Ms Noon said Milo had become more anxious.")) is None


def test_doing_the_other_way_said_twice_over():
    meeting = """\
Independent Chair (Marguerite Quill): Gideon, how is Milo in class?
Designated Safeguarding Lead (Gideon Rowan): Milo's cheerful, he's confident, he's first in every morning.
Independent Chair (Marguerite Quill): And his dad?
Designated Safeguarding Lead (Gideon Rowan): Lionel was never aggressive and never hostile with me, we just talked.
"""
    # two words of how he is, both the other way, are a plain report without "much"
    f = checks.doing_the_other_way(case_for(meeting, "Mr Rowan described Milo as an anxious and withdrawn boy."))
    assert f is not None and f.kind == "contradicted" and "cheerful" in f.evidence[0].text
    # two worse things denied ("never aggressive") are not two better ones said of him
    assert checks.doing_the_other_way(case_for(meeting, "Mr Rowan said Mr Tate was slow to reply to letters.")) is None


def test_doing_the_other_way_reads_one_side_of_the_child_against_the_same_side():
    meeting = """\
Independent Chair (Marguerite Quill): Gideon, how's Milo getting on?
Designated Safeguarding Lead (Gideon Rowan): He's been late a few times, mostly Mondays. In class he's a lot more confident, he's got a little group of pals now.
"""
    # lateness is another side of him than how he is in class; "in class" before "he's" is still
    # of him; "a little group of pals" is no place other than the class
    f = checks.doing_the_other_way(case_for(meeting, "Mr Rowan said Milo has become more withdrawn in class."))
    assert f is not None and "a lot more confident" in f.evidence[0].text
    mixed = meeting.replace("He's been late a few times, mostly Mondays.", "He is still withdrawn at times.")
    assert checks.doing_the_other_way(case_for(mixed, "Mr Rowan said Milo has become more withdrawn in class.")) is None


def test_doing_the_other_way_of_another_child_named_first():
    meeting = """\
Independent Chair (Marguerite Quill): Beatrix, how are the children?
Health Visitor (Beatrix Noon): Ruby's much calmer now, she's sleeping through.
"""
    # once "Ms Noon said" is taken off, "Milo" opens the claim: it names him, and the calm is Ruby's
    assert checks.doing_the_other_way(case_for(meeting, "Ms Noon said Milo is unsettled and anxious.")) is None
    f = checks.doing_the_other_way(case_for(meeting, "Ms Noon said Ruby is unsettled and anxious."))
    assert f is not None and "much calmer" in f.evidence[0].text


def test_doing_the_other_way_reads_getting_on_with_others_plainly():
    meeting = """\
Independent Chair (Marguerite Quill): Gideon, how is Ruby getting on?
Designated Safeguarding Lead (Gideon Rowan): Ruby's really come out of her shell at the choir. She's joining in with everything.
Independent Chair (Marguerite Quill): And Milo?
Designated Safeguarding Lead (Gideon Rowan): Milo doesn't join in much. He keeps himself to himself at breaktime.
"""
    # "come out of her shell" is a change said in so many words, "joining in" better company
    f = checks.doing_the_other_way(case_for(meeting, "Mr Rowan said Ruby is withdrawn and isolated."))
    assert f is not None and f.kind == "contradicted" and "come out of her shell" in f.evidence[0].text
    # not joining in, keeping to himself: the minutes' way, so no reversal
    assert checks.doing_the_other_way(case_for(meeting, "Mr Rowan said Milo is withdrawn and isolated.")) is None


def test_doing_the_other_way_reads_the_minutes_plainly_too():
    meeting = """\
Independent Chair (Marguerite Quill): Gideon, how is Milo at school?
Designated Safeguarding Lead (Gideon Rowan): He's made loads of friends this year, and he's really confident in class now.
"""
    # the minutes' "keeps to himself", "rarely joins in" say withdrawn, as the meeting's words would
    for line in ("Mr Rowan said Milo keeps to himself.", "Mr Rowan said Milo rarely joins in."):
        f = checks.doing_the_other_way(case_for(meeting, line))
        assert f is not None and "made loads of friends" in f.evidence[0].text, line
    assert checks.doing_the_other_way(case_for(meeting, "Mr Rowan said Milo joins in well.")) is None


def test_judged_of_someone_else_only_in_the_clause_that_judges():
    meeting = """\
Independent Chair (Marguerite Quill): Carys, how has Milo been at home?
Mother (Carys Webb): He's much calmer at home now, and school have been great, Gideon especially.
Independent Chair (Marguerite Quill): And Ruby?
Mother (Carys Webb): Ruby's much more settled at home, she sleeps through.
"""
    # "Gideon" is named in a clause that judges nobody: the calm is still Milo's
    f = checks.doing_the_other_way(case_for(meeting, "Ms Webb said Milo had become increasingly unsettled at home."))
    assert f is not None and "much calmer" in f.evidence[0].text


def test_doing_the_other_way_a_state_that_went_on_is_now():
    meeting = """\
Independent Chair (Marguerite Quill): Gideon, how is Ruby?
Designated Safeguarding Lead (Gideon Rowan): Ruby's a lot more confident now, she's chatty and cheerful.
"""
    # "had stayed", "had remained" reach up to when it was said: against "now", a reversal
    for line in ("Mr Rowan said Ruby had stayed withdrawn.", "Mr Rowan said Ruby had remained withdrawn."):
        f = checks.doing_the_other_way(case_for(meeting, line))
        assert f is not None and "a lot more confident" in f.evidence[0].text, line
    # "had been withdrawn" may be then, before the "now" of the meeting
    assert checks.doing_the_other_way(case_for(meeting, "Mr Rowan said Ruby had been withdrawn.")) is None


def test_stopped_the_other_way():
    meeting = """\
Independent Chair (Marguerite Quill): Lionel, the gambling?
Father (Lionel Tate): I've packed it in. I've not been in the bookies since Christmas, Carys has the bank card now.
Independent Chair (Marguerite Quill): And the smoking?
Father (Lionel Tate): I still smoke, but only outside, never near the baby.
Independent Chair (Marguerite Quill): Beatrix?
Health Visitor (Beatrix Noon): His jabs are up to date and he's on his line for height.
Independent Chair (Marguerite Quill): Gideon?
Designated Safeguarding Lead (Gideon Rowan): Nothing new from school.
Independent Chair (Marguerite Quill): Idris?
Social Worker (Idris Kestrel): The tenancy is signed.
"""
    f = checks.stopped_the_other_way(case_for(meeting, "Mr Tate said he was still gambling at the bookies."))
    assert f is not None and f.kind == "contradicted" and "packed it in" in f.evidence[0].text
    # said to go on there too ("I still smoke"), or the minutes saying it stopped: nothing to find
    # nor where the minutes weigh it themselves ("still, but less")
    for line in ("Mr Tate said he continues to smoke.", "Mr Tate said he had stopped gambling at the bookies.",
                 "Mr Tate said he still goes to the bookies, but less than before."):
        assert checks.stopped_the_other_way(case_for(meeting, line)) is None, line


def test_told_the_other_way():
    meeting = """\
Independent Chair (Marguerite Quill): Idris, the sessions at the family centre?
Social Worker (Idris Kestrel): Carys has been to nine of the ten. The one she missed, she rang the family centre that morning to say the bus hadn't come.
Independent Chair (Marguerite Quill): Gideon, school?
Designated Safeguarding Lead (Gideon Rowan): Milo was off on the Friday and nobody rang the school office, so we did a home visit.
Independent Chair (Marguerite Quill): Thank you.
"""
    f = checks.told_the_other_way(case_for(
        meeting, "Ms Webb missed one session at the family centre without letting the centre know."))
    assert f is not None and f.kind == "contradicted" and "rang the family centre" in f.evidence[0].text
    # said the minutes' way ("nobody rang"), or no word of telling withheld: nothing to find
    assert checks.told_the_other_way(case_for(meeting, "Milo was absent on the Friday and the school was not told.")) is None
    assert checks.told_the_other_way(case_for(
        meeting, "Ms Webb missed one session at the family centre and rang ahead to explain.")) is None


def test_received_the_other_way():
    """A report the minutes say reached the family in time, which they said came late or never."""
    meeting = """\
Independent Chair (Marguerite Quill): Carys, did you get the reports before today?
Mother (Carys Webb): The health visitor's, yes. Idris's came through the letterbox yesterday teatime, I've only read the first page.
Father (Lionel Tate): I've never seen any report. Nothing came to my flat.
Independent Chair (Marguerite Quill): I'm sorry about that. Idris, can you start?
"""
    f = checks.received_the_other_way(case_for(
        meeting, "Ms Webb said she had been given Mr Kestrel's report well ahead of the conference."))
    assert f is not None and f.kind == "contradicted" and "letterbox yesterday" in f.evidence[0].text
    # a receipt with no time to it is answered only by a report never had
    f = checks.received_the_other_way(case_for(meeting, "Mr Tate said he had received the reports."))
    assert f is not None and "never seen any report" in f.evidence[0].text
    for line in ("Ms Webb said she had received the report.",  # (late is still received)
                 "Ms Webb had not received the social worker's report in advance.",  # the minutes' own lateness
                 "Ms Webb hadn’t received the social worker’s report in advance.",  # (a typeset apostrophe)
                 "None of the reports had been sent to Ms Webb in advance.",
                 "Ms Webb said she had received the social worker's report only the day before.",
                 "Ms Webb had received the report two days before the conference.",  # a date, not "in time"
                 "Mr Tate said he had received the school's letter in advance."):  # no report
        assert checks.received_the_other_way(case_for(meeting, line)) is None, line
    # said in good time: nothing to find
    in_time = meeting.replace("Idris's came through the letterbox yesterday teatime, I've only read the first page.",
                              "Idris's came last week, I've read it all.")
    assert checks.received_the_other_way(case_for(
        in_time, "Ms Webb said she had been given Mr Kestrel's report well ahead of the conference.")) is None


def test_received_reads_the_report_itself_this_time_and_each_person_named():
    """Only a sentence that says of the report (or "it", asked about the report) that it came late or
    never answers the minutes: not another thing never had, another agency's report, another time,
    a supposing, a supporter's own copy, or not understanding it. Those the minutes name as having
    it are read, credited or not, each of "both parents"."""
    asked = "Independent Chair (Marguerite Quill): Carys, did you get the report before today?\n"
    line = "Ms Webb said she had been given Mr Kestrel's report well ahead of the conference."
    for said in ("Yes, I got the report ages ago. I haven't had any payment from the council though.",
                 "Yes, it came last week. We haven't seen any change at school though.",
                 "Yes, the report came last week. The invitation letter only came yesterday though.",
                 "The social work one came a week ago. The school report I only got this morning.",
                 "Yes, this time I had it on the Monday. Last time I only got the report on the morning itself.",
                 "Yes, I had it a week ago. If I'd only got it last night I'd have complained.",
                 "Yes, it came last week, I read it again yesterday.",
                 "I've read it twice and I still didn't get it, all the jargon."):
        meeting = asked + f"Mother (Carys Webb): {said}\n"
        assert checks.received_the_other_way(case_for(meeting, line)) is None, said
    advocate = asked + ("Mother (Carys Webb): Yes, a week ago.\n"
                        "Advocate (Rhoda Finch): I only got the report last night myself, but Carys had hers.\n")
    assert checks.received_the_other_way(case_for(advocate, line)) is None
    late = asked + "Mother (Carys Webb): Nobody sent me anything. It was handed to me in the car park.\n"
    f = checks.received_the_other_way(case_for(late, line))
    assert f is not None and "Nobody sent me anything" in f.evidence[0].text
    # named as the subject, with no word of saying; with another clause that denies something else
    late = asked + "Mother (Carys Webb): I only got the report last night.\n"
    for named in ("Ms Webb had been sent the report well ahead of the meeting.",
                  "Ms Webb raised no objection to the plan and confirmed she had received the report in advance."):
        assert checks.received_the_other_way(case_for(late, named)) is not None, named
    # both parents: the father's own "never" answers it
    both = ("Independent Chair (Marguerite Quill): Did you both get the reports?\n"
            "Mother (Carys Webb): Yes, last week.\n"
            "Father (Lionel Tate): I've never seen any report.\n")
    f = checks.received_the_other_way(case_for(both, "Both parents confirmed they had received the reports in advance."))
    assert f is not None and "never seen any report" in f.evidence[0].text


def test_witnessed_the_other_way():
    """Children the minutes say saw or heard an incident, whom the meeting said did not."""
    meeting = """\
Independent Chair (Marguerite Quill): Idris, the incident on the landing?
Social Worker (Idris Kestrel): Lionel and Carys argued on the landing about money and a door got slammed. Milo and Ruby were at their nan's that night, so neither of them saw or heard a thing.
Health Visitor (Beatrix Noon): I saw Ruby on the Tuesday after, she was her usual self.
"""
    f = checks.witnessed_the_other_way(case_for(meeting, "Milo and Ruby were present and witnessed the argument."))
    assert f is not None and f.kind == "contradicted" and "neither of them saw" in f.evidence[0].text
    f = checks.witnessed_the_other_way(case_for(meeting, "Milo and Ruby heard the argument from their bedroom."))
    assert f is not None
    kids = meeting.replace("Milo and Ruby were at their nan's that night, so neither of them saw or heard a thing.",
                           "The kids were at their nan's that night, they didn't hear a thing.")
    assert checks.witnessed_the_other_way(case_for(kids, "The children heard the argument.")) is not None
    asleep = meeting.replace("Milo and Ruby were at their nan's that night, so neither of them saw or heard a thing.",
                             "Ruby was fast asleep in her cot and didn't stir.")
    assert checks.witnessed_the_other_way(case_for(asleep, "Ruby was woken by the shouting.")) is not None
    for line in ("Milo and Ruby were at their grandmother's and did not witness the argument.",  # the minutes' way
                 "Mr Tate accepted that Milo and Ruby had heard the argument.",  # an admission, checked as one
                 "Ms Webb witnessed the argument.",  # no child: an attendee
                 "The neighbour heard the argument."):
        assert checks.witnessed_the_other_way(case_for(meeting, line)) is None, line
    # they saw it, or another incident: the meeting says both, so it cannot say which
    also = meeting.replace("Health Visitor (Beatrix Noon): I saw",
                           "Health Visitor (Beatrix Noon): In March, though, the kids saw the whole thing. I saw")
    assert checks.witnessed_the_other_way(case_for(also, "Milo and Ruby were present and witnessed the argument.")) is None
    # nothing said of them at all: not this check's to find
    quiet = meeting.replace(" Milo and Ruby were at their nan's that night, so neither of them saw or heard a thing.", "")
    assert checks.witnessed_the_other_way(case_for(quiet, "Milo and Ruby were present and witnessed the argument.")) is None


def test_witnessed_reads_what_was_not_seen_and_which_child():
    """Not seeing someone or something else, not being here today, asleep at another time, another
    child asleep while this one watched, or the minutes' "heard about it": no finding. "Neither of
    them saw anything" is a denial."""
    line = "Milo and Ruby witnessed the argument."
    for said in ("Social Worker (Idris Kestrel): After the row Lionel moved out. Milo and Ruby didn't see their dad for a week.",
                 "Independent Chair (Marguerite Quill): Milo and Ruby are not present today, they are at school.",
                 "Health Visitor (Beatrix Noon): Ruby was asleep when I visited on the Tuesday.",
                 "Social Worker (Idris Kestrel): Milo was in the kitchen and watched it, but Ruby was asleep.",
                 "Social Worker (Idris Kestrel): Lionel was at the Northgate Leisure Centre and wasn't there."):
        assert checks.witnessed_the_other_way(case_for(said + "\n", line)) is None, said
    asleep = "Social Worker (Idris Kestrel): Milo and Ruby were asleep that night and never woke.\n"
    for minuted in ("Milo and Ruby heard about the argument the next morning.", "Ruby saw the bruise the next day.",
                    "Milo witnessed the argument in March."):  # (an incident named by its time: there may be others)
        assert checks.witnessed_the_other_way(case_for(asleep, minuted)) is None, minuted
    for denial in ("Neither of them saw anything, Milo and Ruby were in bed.", "Neither Milo nor Ruby saw anything.",
                   "Milo saw nothing and Ruby never woke.", "Milo and Ruby were round at their cousins' at the time.",
                   "Milo and Ruby were out with Edna that evening."):
        said = f"Social Worker (Idris Kestrel): {denial}\n"
        assert checks.witnessed_the_other_way(case_for(said, line)) is not None, denial
    # a possessive, a day of its own (another incident), or another account that puts them there
    for said in ("Health Visitor (Beatrix Noon): Sadly Ruby's nursery place wasn't there any more by then.",
                 "Social Worker (Idris Kestrel): On the 3rd, Milo and Ruby were asleep at their nan's.",
                 "Mother (Carys Webb): Milo and Ruby weren't there, they were at my mum's.\n"
                 "Father (Lionel Tate): That's not right, Milo and Ruby were in the lounge the whole time."):
        assert checks.witnessed_the_other_way(case_for(said + "\n", line)) is None, said


def test_told_unasked_anywhere_in_the_meeting_answers_told_only_once_found_out():
    """Who got in touch first is often said once, by the one told, far from the words the statement
    best matches; a sentence of telling unasked answers "only ... after" before one of telling ahead."""
    meeting = ("Social Worker (Idris Kestrel): Carys has done eight of the ten budgeting sessions. One she missed, "
               "she did ring the centre beforehand.\n"
               "Independent Chair (Marguerite Quill): And the fall at the allotment?\n"
               "Social Worker (Idris Kestrel): To be fair to Carys, she rang me herself about the fall, before the "
               "hospital had even been in touch with us.\n"
               + "".join(f"Designated Safeguarding Lead (Gideon Rowan): Milo's reading is coming on, week {n}.\n"
                         for n in range(8))
               + "Independent Chair (Marguerite Quill): So the fall at the allotment and the hospital visit are "
                 "what brought us here today.\n")
    line = "Ms Webb only contacted the social worker about the fall after the hospital had reported it."
    f = checks.told_the_other_way(case_for(meeting, line))
    assert f is not None and f.kind == "contradicted" and "rang me herself" in f.evidence[0].text
    # a cleft that says who rang first
    cleft = meeting.replace("To be fair to Carys, she rang me herself about the fall",
                            "Actually it was Carys who rang me about the fall")
    f = checks.told_the_other_way(case_for(cleft, line))
    assert f is not None and "it was Carys who rang me" in f.evidence[0].text
    # nobody said she was the one to ring: nothing to find
    # telling unasked, read as such: not the call that prompted it, the speaker's own, one made
    # only after, nor "himself" that is not of telling
    from app.compare import notice
    assert notice.unprompted("It was Carys who rang me about it.") and notice.unprompted("He told me himself.")
    for sentence in ("It was the ward who rang me.", "It was me who rang her.", "He handed himself in.",
                     "He told me himself, but only after the police had already been round."):
        assert not notice.unprompted(sentence), sentence
    quiet = meeting.replace("To be fair to Carys, she rang me herself about the fall, before the hospital had "
                            "even been in touch with us.", "The hospital rang us that evening about the fall.")
    assert checks.told_the_other_way(case_for(quiet, line)) is None


def test_notice_reads_who_let_whom_know():
    from app.compare import notice

    for line in ("She missed the dentist without telling anyone.", "He did not let the nursery know he was ill.",
                 "Mr Tate failed to inform the housing officer.", "The school was not told about the move.",
                 "She only got in touch after the police had called round.", "It was never brought to his attention."):
        assert notice.withheld(line), line
    assert not notice.withheld("She rang the school to say he was ill.")
    for sentence in ("He did ring me beforehand to say.", "She texted the office the day before.",
                     "The one he missed, he phoned ahead.", "Carys rang me herself on the Sunday night."):
        assert notice.gave(sentence), sentence
    # not the speaker's own call (often the worker chasing), not one denied or supposed, nor a call
    # that says no more
    for sentence in ("I rang her that morning to say the visit was off.", "He didn't ring me beforehand.",
                     "If she'd rung me first it would have been fine.", "Her sister called round."):
        assert not notice.gave(sentence), sentence


COOKERY = """\
Independent Chair (Marguerite Quill): Carys, Idris mentioned the cookery course at the family centre.
Mother (Carys Webb): Yeah. I want to do the cookery course, honestly, I think it'd help me with the budget.
Independent Chair (Marguerite Quill): Lionel?
Father (Lionel Tate): I start the new job on Monday, so evenings are hard for me.
Independent Chair (Marguerite Quill): Beatrix, anything from health?
Health Visitor (Beatrix Noon): His jabs are up to date and he's on his line for height.
Independent Chair (Marguerite Quill): Gideon?
Designated Safeguarding Lead (Gideon Rowan): Nothing new from school.
"""


def test_consented_the_other_way():
    f = checks.consented_the_other_way(case_for(COOKERY, "Ms Webb declined a place on the cookery course."))
    assert f.kind == "contradicted" and "I want to do the cookery course" in f.evidence[0].text
    assert "refusal" in f.explanation
    # her yes in other words passes; and what nobody asked her about is not this check's
    assert checks.consented_the_other_way(case_for(COOKERY, "Ms Webb said she would like to do the cookery course.")) is None
    assert checks.consented_the_other_way(case_for(COOKERY, "Mr Tate declined to attend the cookery course.")) is None


def test_unwilling_is_its_own_word():
    from app.compare import valence
    from app.compare.text import lemma

    # (the lemmatiser made "unwilling" "unwill", which no list holds; "preferred" "preferr"; "weed" "wee")
    assert lemma("unwilling") == "unwilling" and lemma("outgoing") == "outgoing"
    assert lemma("preferred") == lemma("prefers") == "prefer" and lemma("weed") == lemma("weeds") == "weed"
    assert lemma("wee") == "wee"
    assert valence.CONSENT.leaning("Ms Webb was unwilling for the cookery course to be booked.") == -1
    f = checks.consented_the_other_way(case_for(COOKERY, "Ms Webb was unwilling to do the cookery course."))
    assert f is not None and f.kind == "contradicted"


def test_consented_the_other_way_as_another_reports_it():
    meeting = COOKERY.replace("Mother (Carys Webb): Yeah. I want to do the cookery course, honestly, I think it'd help me "
                              "with the budget.",
                              "Social Worker (Idris Kestrel): She told me she'd like to do the cookery course, for the budget.") \
        + "Mother (Carys Webb): Thank you for having me.\n"
    f = checks.consented_the_other_way(case_for(meeting, "Ms Webb declined a place on the cookery course."))
    assert f.kind == "contradicted" and f.evidence[0].speaker.startswith("Social Worker")


def test_judged_the_other_way_of_another_person_or_time_or_view():
    def judged(said, line):
        meeting = f"Independent Chair (Marguerite Quill): Gideon?\nDesignated Safeguarding Lead (Gideon Rowan): {said}\n"
        return checks.judged_the_other_way(case_for(meeting, line))
    # her brother's attendance, not hers
    assert judged("Her brother Jack's school attendance is excellent. Poppy is another story, she's off most Mondays.",
                  "Mr Rowan said that Poppy's school attendance was poor.") is None
    # then and now
    assert judged("In the autumn she was off a lot. Her school attendance now is excellent.",
                  "Mr Rowan said Poppy's school attendance had been poor in the autumn.") is None
    # another's view passed on is not the speaker's own judgement
    assert judged("His mum says his sleep at night has been better. We see a boy who yawns all morning.",
                  "Mr Rowan said Milo's sleep at night was poor.") is None


def test_the_other_way_leaves_a_sentence_that_weighs_both_sides():
    meeting = COOKERY.replace("Health Visitor (Beatrix Noon): His jabs are up to date and he's on his line for height.",
                              "Health Visitor (Beatrix Noon): His weight is better than it was in March, but it's still "
                              "under the ninth centile.")
    assert checks.judged_the_other_way(case_for(
        meeting, "Ms Noon said there was continued concern about Milo's weight below the ninth centile.")) is None
    # a yes with a condition is no plain yes
    meeting = COOKERY.replace("I want to do the cookery course, honestly", "I'm happy to do the cookery course, just not at the "
                              "family centre")
    assert checks.consented_the_other_way(case_for(meeting, "Ms Webb declined the cookery course at the family centre.")) is None
    # "too early to say it had slipped" judges nothing yet
    assert checks.judged_the_other_way(case_for(
        SWIM_CLUB, "Mr Rowan said it was too early to say that Milo's swimming club attendance had slipped.")) is None


def test_the_other_way_a_mixed_account_weighs_even_with_a_though():
    meeting = """\
Independent Chair (Marguerite Quill): Gideon?
Designated Safeguarding Lead (Gideon Rowan): Swimming club has been a real improvement for him. He's been late to swimming club a lot though, mostly Fridays.
"""
    # the second sentence weighs both sides, and says it the statement's way: no reversal
    assert checks.judged_the_other_way(case_for(meeting, "Mr Rowan said Milo had been late to swimming club a lot.")) is None


def test_consented_the_other_way_not_from_another_s_wish():
    meeting = COOKERY.replace("Mother (Carys Webb): Yeah. I want to do the cookery course, honestly, I think it'd help me "
                              "with the budget.",
                              "Social Worker (Idris Kestrel): I'd really like her to do the cookery course, but she's said no.")
    assert checks.consented_the_other_way(case_for(meeting, "Ms Webb declined the cookery course.")) is None
    # a child's gladness is not her father's yes
    meeting = COOKERY + "Social Worker (Idris Kestrel): Poppy is always happy to see her dad at the cookery course.\n"
    assert checks.consented_the_other_way(case_for(meeting, "Mr Tate declined to go to the cookery course.")) is None


SIDES = """\
Independent Chair (Marguerite Quill): Idris, how are things at home?
Social Worker (Idris Kestrel): The boiler's been fixed at last, and Milo's bedroom has a new carpet and a proper cot now.
Mother (Carys Webb): It's been a hard winter, but we're getting there.
"""


def test_misattributed_to_a_group():
    f = checks.misattributed_to_a_group(case_for(
        SIDES, "The family said that the boiler has been fixed and Milo's bedroom has a new carpet and cot."))
    assert f.kind == "misattributed" and "the family" in f.explanation and f.evidence[0].speaker.startswith("Social")
    assert checks.misattributed_to_a_group(case_for(
        SIDES, "Professionals said that the boiler has been fixed and Milo's bedroom has a new carpet and cot.")) is None
    assert checks.misattributed_to_a_group(case_for(
        SIDES, "The family said it had been a hard winter but that they are getting there.")) is None
    # the family's boiler is theirs, not their word
    assert checks.misattributed_to_a_group(case_for(
        SIDES, "The family's boiler has been fixed and Milo's bedroom has a new carpet and cot.")) is None


RELAYED = """\
Independent Chair (Marguerite Quill): Idris, how are things at home?
Social Worker (Idris Kestrel): They both say the new boiler has made a big difference. Carys feels the flat is finally warm enough for Milo.
Mother (Carys Webb): It's been a hard winter, but we're getting there.
"""


def test_a_side_whose_views_are_told_by_name_is_not_misattributed():
    # the social worker tells the family's views, naming them: the minutes credit the family fairly
    assert checks.misattributed_to_a_group(case_for(
        RELAYED, "The family feel the new boiler has made a big difference and the flat is warm enough for Milo.")) is None


FEEDING = """\
Health Visitor (Beatrix Noon): Milo is feeding well, his weight is on the fiftieth centile, and his jabs are done.
Mother (Carys Webb): He sleeps through most nights now.
"""


def test_not_said():
    f = checks.not_said(case_for(FEEDING, "The Health Visitor said Milo has been admitted to hospital twice this year."))
    assert f.kind == "not_said" and f.evidence  # the closest passage, for the parent to listen to
    assert checks.not_said(case_for(FEEDING, "The Health Visitor said Milo is feeding well and his weight is on "
                                             "the 50th centile.")) is None
    # "agreed that this was so" points back to something else: too little to call not said
    assert checks.not_said(case_for(FEEDING, "Ms Webb agreed.")) is None


OWN_WORDS = """\
Independent Chair (Marguerite Quill): Beatrix, how is the baby getting on?
Health Visitor (Beatrix Noon): She's feeding well and putting weight on, she's right where she should be for her age.
Health Visitor (Beatrix Noon): Mum brings her to clinic every other week without fail.
Independent Chair (Marguerite Quill): Thank you. Idris?
Social Worker (Idris Kestrel): I visited the flat on Monday and it was warm and tidy.
Social Worker (Idris Kestrel): The landlord is fixing the boiler next month.
Independent Chair (Marguerite Quill): Gideon, school?
Designated Safeguarding Lead (Gideon Rowan): Her brother's attendance is ninety-six percent this term.
"""


def test_said_by_them_in_other_words():
    said = checks.said_by_them_in_other_words
    # the credited person's own account, in other words
    assert said(case_for(OWN_WORDS, "Ms Noon said that the baby's growth and feeding are on track for her age."))
    assert said(case_for(OWN_WORDS, "Mr Kestrel said that the heating will be repaired in December."))
    # not what they said on the subject, nor what someone else said
    assert not said(case_for(OWN_WORDS, "Ms Noon reported that the baby had been referred to a dietitian."))
    assert not said(case_for(OWN_WORDS, "Mr Rowan said that the baby's growth and feeding are on track for her age."))
    # an admission put in their mouth: admitted or denied, it lies as close
    assert not said(case_for(OWN_WORDS, "Mr Kestrel accepted that the landlord is fixing the boiler next month."))
    # a name both share is no likeness of meaning: "Milo" alone made these 0.54
    assert not said(case_for(FEEDING, "The Health Visitor said Milo has been admitted to hospital twice this year."))


def test_a_credited_account_in_other_words_is_not_called_not_said():
    line = "Mr Kestrel said that the landlord would mend the heating soon."
    assert line not in findings(OWN_WORDS, line)
    assert "Ms Noon reported that the baby had been referred to a dietitian." in findings(
        OWN_WORDS, "Ms Noon reported that the baby had been referred to a dietitian.")


def test_a_feeling_read_from_someone_who_speaks_there_is_not_called_not_said():
    meeting = ("Independent Chair (Marguerite Quill): Idris, you wanted a change to the written agreement?\n"
               "Social Worker (Idris Kestrel): Yes, so Lionel can take Milo swimming on his own now.\n"
               "Mother (Carys Webb): Fine by me.\n"
               "Father (Lionel Tate): Cheers. That means a lot.\n")
    assert checks.not_said(case_for(meeting, "Dad was grateful for the change.")) is None
    # a statement that claims more than the feeling is checked as any other
    f = checks.not_said(case_for(meeting, "Dad was grateful for the change and said he would stop drinking."))
    assert f is not None and f.kind == "not_said"


def test_someone_spoken_of_who_speaks_beside_the_passage_is_there():
    meeting = ("Health Visitor (Beatrix Noon): I think the weekly weighing can stop now, he's thriving.\n"
               "Social Worker (Idris Kestrel): I'd go along with that, I'm not worried about his weight.\n"
               "Mother (Carys Webb): Thank God for that.\n")
    # Ms Noon spoke just before: agreeing with her is said as "I'd go along with that"
    assert checks.not_said(case_for(meeting, "Mr Kestrel agreed with Ms Noon and was not worried about Milo's weight.")) is None
    # ... but a claim about someone is not supported by her speaking nearby
    f = checks.not_said(case_for(meeting, "Ms Webb has refused to register Milo with a dentist since the weighing."))
    assert f is not None and f.kind == "not_said"


ADMISSIONS = """\
Health Visitor (Beatrix Noon): Carys told me she felt low over the winter, but she's much brighter now.
Mother (Carys Webb): I'm doing fine. Milo loves his nursery.
Father (Lionel Tate): I'll be honest, I lose my temper, but I accept I shouldn't shout when Milo is in the room.
"""


def test_admission_not_own():
    f = checks.admission_not_own(case_for(ADMISSIONS, "Ms Webb acknowledged that her low mood had affected how she "
                                                      "cared for Milo."))
    assert f.kind == "not_said" and "Carys Webb" in f.explanation
    assert checks.admission_not_own(case_for(ADMISSIONS, "Mr Tate accepted that he should not shout when Milo is in "
                                                         "the room.")) is None
    # a short admission is a claim too: two words beyond who and "acknowledged"
    f = checks.admission_not_own(case_for(ADMISSIONS, "Ms Webb acknowledged that she felt low."))
    assert f is not None and f.kind == "not_said"
    assert checks.admission_not_own(case_for(ADMISSIONS, "Mr Tate acknowledged losing his temper.")) is None


def test_an_admission_closest_to_their_own_words_is_theirs():
    # half of it in other words ("never laid a hand on him" for "denied hurting Milo"): the nearest
    # the meeting came is the father's own turn, so the minutes put his words in theirs
    meeting = ("Social Worker (Idris Kestrel): Nursery saw a mark on Milo's arm on Monday.\n"
               "Father (Lionel Tate): It's awful, everyone thinking I did it. I get wound up when he's screaming, "
               "course I do, but I go downstairs and count to ten. I've never laid a hand on him.\n")
    text = "Mr Tate acknowledged getting wound up when Milo is screaming but said he goes downstairs, and denied ever harming him."
    f = checks.admission_not_own(case_for(meeting, text))
    assert f is None


def test_an_admission_the_other_parent_made_is_misattributed():
    meeting = ("Independent Chair (Marguerite Quill): Anything about the mornings?\n"
               "Father (Lionel Tate): It's me, to be fair. I've shouted at Milo in the car when we're late, I know I have.\n"
               "Mother (Carys Webb): I'm at work by seven.\n")
    f = checks.admission_not_own(case_for(meeting, "Ms Webb accepted that she had shouted at Milo in the car when they were late."))
    assert f is not None and f.kind == "misattributed" and "Lionel Tate" in f.explanation
    # a professional speaking of it is no admission by anyone: still not said
    meeting = ("Social Worker (Idris Kestrel): School say there's shouting at Milo in the car when they're late.\n"
               "Mother (Carys Webb): I'm at work by seven.\n")
    f = checks.admission_not_own(case_for(meeting, "Ms Webb accepted that she had shouted at Milo in the car when they were late."))
    assert f is not None and f.kind == "not_said"


def test_an_admission_the_person_denied_is_contradicted():
    meeting = ("Social Worker (Idris Kestrel): Nursery saw a mark on Milo's cheek on Monday.\n"
               "Independent Chair (Marguerite Quill): Lionel, what do you say about that?\n"
               "Father (Lionel Tate): I never slapped him. Not once, I wouldn't.\n")
    f = checks.admission_not_own(case_for(meeting, "Mr Tate admitted that he had slapped Milo on the cheek."))
    assert f is not None and f.kind == "contradicted" and "never slapped" in f.evidence[0].text
    # an admission of not doing something is left to the other checks
    assert checks.admission_not_own(case_for(meeting, "Mr Tate accepted that he had not slapped Milo.")) is None or \
        checks.admission_not_own(case_for(meeting, "Mr Tate accepted that he had not slapped Milo.")).kind != "contradicted"


def test_an_admission_read_with_the_question_it_answers():
    meeting = ("Independent Chair (Marguerite Quill): Carys, how have the mornings been since the school move?\n"
               "Mother (Carys Webb): Honestly, hard. Milo won't get dressed and we're late most days.\n"
               "Independent Chair (Marguerite Quill): Thank you.\n")
    text = "Ms Webb acknowledged that the mornings had been hard since the school move, with Milo refusing to dress."
    assert checks.admission_not_own(case_for(meeting, text)) is None
    # a question she did not take up is no admission of hers
    meeting = ("Independent Chair (Marguerite Quill): Carys, have the mornings been hard since the school move?\n"
               "Mother (Carys Webb): Milo loves his new teacher.\n")
    f = checks.admission_not_own(case_for(meeting, "Ms Webb acknowledged that the mornings had been hard since the school move."))
    assert f is not None and f.kind == "not_said"


RENT = """\
Social Worker (Idris Kestrel): The family's rent is now paid up to date, the arrears are cleared.
Chair (Marguerite Quill): Thank you.
"""


def test_opposite_nearby():
    f = checks.opposite_nearby(case_for(RENT, "The family's rent is not paid up to date."))
    assert f.kind == "contradicted"
    assert checks.opposite_nearby(case_for(RENT, "The family's rent arrears have been cleared.")) is None


READ_OUT = """\
Chair (Marguerite Quill): Beatrix, can you read us the GP's report, as Dr Pell couldn't come?
Health Visitor (Beatrix Noon): Yes. The GP writes that Milo's baby jabs are all up to date and he has had no hospital visits.
Mother (Carys Webb): That's right.
"""


def test_a_report_read_out_is_read_as_its_writers_words():
    got = findings(READ_OUT, "The GP reported that Milo's baby jabs are overdue.")
    f = got.get("The GP reported that Milo's baby jabs are overdue.")
    assert f is not None and f.kind == "contradicted"
    assert not findings(READ_OUT, "The GP reported that Milo's baby jabs are complete.")


LATE = """\
Chair (Marguerite Quill): Gideon, school?
Designated Safeguarding Lead (Gideon Rowan): Milo has been late nine times this half term, nearly always on Mondays.
Health Visitor (Beatrix Noon): I've nothing to add on school.
"""


def test_misattributed():
    f = checks.misattributed(case_for(LATE, "The Health Visitor reported that Milo has been late nine times this "
                                            "half term, mostly on Mondays."))
    assert f.kind == "misattributed" and "Gideon Rowan" in f.explanation
    assert checks.misattributed(case_for(LATE, "Mr Rowan reported that Milo has been late nine times this half "
                                               "term, mostly on Mondays.")) is None
    # one of several the statement lists said it: it is theirs, whoever is listed first
    assert checks.misattributed(case_for(LATE, "Ms Noon, Mr Kestrel and Mr Rowan each reported that Milo has "
                                               "been late nine times this half term, mostly on Mondays.")) is None


def test_a_turn_of_theirs_that_shares_only_a_name_does_not_make_the_words_theirs():
    meeting = ("Independent Chair (Marguerite Quill): Beatrix, anything from health?\n"
               "Health Visitor (Beatrix Noon): Milo's referral to the speech therapist has come through.\n"
               "Mother (Carys Webb): Milo grazed both knees on Sunday. He tripped on the library steps.\n"
               "Independent Chair (Marguerite Quill): Thank you. Gideon?\n")
    f = checks.misattributed(case_for(meeting, "Ms Noon said Milo grazed both knees on Sunday after tripping on "
                                               "the library steps."))
    assert f is not None and "Carys Webb" in f.explanation


def test_words_echoed_straight_after_are_the_echoers_too():
    meeting = ("Maternal grandmother (Edna Webb): Hello, I'm Edna, Carys's mum.\n"
               "Independent Chair (Marguerite Quill): Carys, how have things been with the drinking?\n"
               "Mother (Carys Webb): I haven't had a drink since Christmas, not one, and I'm going to the group.\n"
               "{echo}"
               "Independent Chair (Marguerite Quill): Thank you. Gideon, school next?\n")
    line = "Mrs E Webb said her daughter had not had a drink since Christmas and was going to a group."
    f = checks.misattributed(case_for(meeting.format(echo=""), line))
    assert f is not None and "Carys Webb" in f.explanation
    echoed = meeting.format(echo="Maternal grandmother (Edna Webb): She hasn't, I'd know if she had.\n")
    assert checks.misattributed(case_for(echoed, line)) is None
    # ... not a reply that says otherwise
    denied = meeting.format(echo="Maternal grandmother (Edna Webb): That is not what I've seen.\n")
    assert checks.misattributed(case_for(denied, line)) is not None


def test_misattributed_words_quoted_word_for_word():
    meeting = """\
Independent Chair (Marguerite Quill): Carys, Lionel, anything you want to say?
Mother (Carys Webb): I know it all got too much for me, I won't say it didn't.
Father (Lionel Tate): We're both doing our best.
"""
    # few content words, but a quotation: the mother's words, credited to the father
    f = checks.misattributed(case_for(meeting, "Mr Tate said: 'I know it all got too much for me, I won't say it didn't.'"))
    assert f is not None and f.kind == "misattributed" and "Carys Webb" in f.explanation
    assert checks.misattributed(case_for(
        meeting, "Ms Webb said: 'I know it all got too much for me, I won't say it didn't.'")) is None
    # the same few words, not quoted, are too little to call anyone's
    assert checks.misattributed(case_for(meeting, "Mr Tate said it all got too much.")) is None


def test_a_request_to_have_it_recorded_is_theirs_who_made_it():
    meeting = """\
Mother (Carys Webb): Milo loves his nursery, he's doing fine.
Father (Lionel Tate): I want it put down that I was out in the shed. That's what I've always said.
Independent Chair (Marguerite Quill): Noted, Lionel.
Health Visitor (Beatrix Noon): His account has not changed since my first visit: he says he was in the garden shed when Milo fell.
"""
    # the request is the claim, and he made it, in his own words
    assert checks.misattributed(case_for(
        meeting, "Mr Tate asked for it to be recorded that he was in the garden shed when Milo fell, and said his "
                 "account had not changed.")) is None
    # ... not where the one credited asked for nothing to be recorded
    f = checks.misattributed(case_for(
        meeting, "Ms Webb asked for it to be recorded that Mr Tate's account had not changed since the first visit."))
    assert f is not None and "Beatrix Noon" in f.explanation
    # ... nor where their request was of something else, sharing only a name
    other = meeting.replace("I want it put down that I was out in the shed.", "I want it noted that Milo is never left alone.")
    f = checks.misattributed(case_for(
        other, "Mr Tate asked for it to be recorded that he was in the garden shed when Milo fell, and said his "
               "account had not changed."))
    assert f is not None and "Beatrix Noon" in f.explanation


def test_having_nothing_against_it_is_assent_to_what_was_just_proposed():
    assert polarity.assents("I've got no problem with that. Whatever helps.")
    assert polarity.assents("Fine by me.") and polarity.assents("That's fine, yeah.")
    assert not polarity.assents("No, that's not fine.") and not polarity.assents("I've got a problem with that.")
    meeting = ("Health Visitor (Beatrix Noon): I'd like to refer Milo for a hearing test at the audiology clinic.\n"
               "Father (Lionel Tate): No problem with that. Anything that helps him.\n")
    assert checks.misattributed(case_for(
        meeting, "Mr Tate raised no objection to Milo being referred for a hearing test at the audiology clinic.")) is None


def test_an_assent_after_the_speakers_label_is_theirs_to_what_another_proposed():
    # near-verbatim minutes open with the speaker's label: "Father (...): agreed to ..." is his assent,
    # given a few turns on, to what the health visitor proposed; not her words put in his mouth
    meeting = ("Health Visitor (Beatrix Noon): I'd like to refer Milo for a hearing test at the audiology clinic, "
               "he's not turning when we call him.\n"
               "Independent Chair (Marguerite Quill): Thank you, Beatrix. Gideon, anything from school?\n"
               "Designated Safeguarding Lead (Gideon Rowan): Nothing new from school, he's settled.\n"
               "Social Worker (Idris Kestrel): The flat was tidy when I called on Monday.\n"
               "Independent Chair (Marguerite Quill): Lionel, Carys, what do you both make of all that.\n"
               "Father (Lionel Tate): Fine by me, whatever helps him.\n")
    assert checks.misattributed(case_for(
        meeting, "Father (Lionel Tate): agreed to Milo being referred for a hearing test at the audiology clinic.")) is None
    f = checks.misattributed(case_for(
        meeting, "Father (Lionel Tate): said Milo should be referred for a hearing test at the audiology clinic."))
    assert f is not None and "Beatrix Noon" in f.explanation


# ----- more cases on the whole comparer


def test_a_sentence_that_says_a_word_both_ways_is_no_contradiction():
    meeting = ("Chair (Marguerite Quill): The doctor thinks a fall could explain the graze on his knee, "
               "but it doesn't explain the mark on his cheek.\n")
    text = "The doctor's view is that a fall could explain the graze on the knee but not the mark on the cheek."
    assert findings(meeting, text) == {}


def test_a_clash_needs_the_same_subject():
    meeting = "Designated Safeguarding Lead (Gideon Rowan): Milo has been late three times this term.\n"
    found = findings(meeting, "Poppy has not been late this term.")
    assert all(f.kind != "contradicted" for f in found.values())


def test_then_and_now_are_no_contradiction():
    meeting = ("Social Worker (Idris Kestrel): The flat was in a poor state in January, when Carys had a chest "
               "infection.\nSocial Worker (Idris Kestrel): Since then the flat has been kept much better.\n")
    found = findings(meeting, "A concern was the poor state of the flat in January.")
    assert all(f.kind != "contradicted" for f in found.values())


DENIAL = """\
Father (Lionel Tate): She broke the television, that's what happened.
Mother (Carys Webb): I never touched the television. That's not true. It fell off the stand when he kicked the cable.
Chair (Marguerite Quill): Thank you both. Beatrix, health?
"""


def test_a_denial_the_minutes_leave_out_is_omitted():
    found = omitted(DENIAL, "Mr Tate said that Ms Webb broke the television.")
    assert any(e.speaker.startswith("Mother") and "never touched" in e.text for f in found for e in f.evidence)


def test_a_denial_the_minutes_carry_is_not_omitted():
    found = omitted(DENIAL, "Mr Tate said that Ms Webb broke the television.",
                    "Ms Webb denied breaking the television and said it fell when Mr Tate kicked the cable.")
    assert not any("never touched" in e.text for f in found for e in f.evidence)


DECIDED = """\
Chair (Marguerite Quill): Can I have your recommendations, please? Idris?
Social Worker (Idris Kestrel): A plan, under neglect. The mornings are still a struggle and the bedroom has no heating.
Chair (Marguerite Quill): Gideon?
Designated Safeguarding Lead (Gideon Rowan): I'd go child in need, myself. Milo's in every day now, and the breakfast club is doing its job.
Chair (Marguerite Quill): Beatrix?
Health Visitor (Beatrix Noon): Plan, neglect, for now.
Chair (Marguerite Quill): Thank you. My decision is that Milo will be made subject to a child protection plan under neglect.
Father (Lionel Tate): I don't agree with it. I want it written down.
Chair (Marguerite Quill): That's heard, Lionel.
"""


def test_a_recommendation_against_the_decision_is_a_dissent_to_minute():
    found = omitted(DECIDED, "Mr Kestrel and Ms Noon recommended a child protection plan under neglect.",
                    "The Chair decided that Milo will be made subject to a child protection plan.")
    gideon = [f for f in found if any(e.speaker.startswith("Designated") for e in f.evidence)]
    assert gideon and "a recommendation against the decision" in gideon[0].explanation
    # two words of disagreement, and the wish that they be written down, make a whole point
    assert any(e.speaker.startswith("Father") for f in found for e in f.evidence)
    carried = omitted(DECIDED, "Mr Kestrel and Ms Noon recommended a child protection plan under neglect.",
                      "Mr Rowan recommended child in need.",
                      "The Chair decided that Milo will be made subject to a child protection plan.",
                      "Mr Tate did not agree with the decision.")
    assert not any(e.speaker.startswith(("Designated", "Father")) for f in carried for e in f.evidence)
    # ... but not by a record of his disagreeing with something else
    elsewhere = omitted(DECIDED, "Mr Kestrel and Ms Noon recommended a child protection plan under neglect.",
                        "Mr Rowan recommended child in need.",
                        "The Chair decided that Milo will be made subject to a child protection plan.",
                        "Mr Tate disputed that the bedroom has no heating, stating that he fitted a radiator.")
    assert any(e.speaker.startswith("Father") for f in elsewhere for e in f.evidence)


def test_an_offer_of_help_from_the_family_is_material():
    meeting = ("Chair (Marguerite Quill): Edna, anything to add?\n"
               "Grandmother (Edna Webb): I have Milo every Saturday, and I collect him from nursery on Wednesdays. "
               "I'm happy to have him more if they need me to.\n")
    found = omitted(meeting, "The Chair thanked the family for coming.")
    assert found and "offer" in found[0].explanation


def _segments(*parts: tuple[str, float]) -> list:
    """A recogniser's transcript: segments without speaker names, each word with a probability."""
    segs, t = [], 0.0
    for text, p in parts:
        words = [{"start": t, "end": t + 0.3, "word": " " + w, "probability": p} for w in text.split()]
        segs.append({"start": t, "end": t + 0.3 * len(words), "speaker": None, "text": text, "words": words})
        t += 0.3 * len(words) + 0.6
    return from_transcript({"segments": segs})


def test_garbled_words_make_not_said_less_sure():
    text = "Written reports were received from the dentist and from the school nurse."
    heard = "I've also had written ports from the tennis and from the cool purse."
    opening = ("Good morning everyone, thank you for coming.", 0.95)
    sure = findings("", text, turns=_segments(opening, (heard, 0.95)))
    unsure = findings("", text, turns=_segments(opening, (heard, 0.2)))
    assert sure.get(text) is not None and sure[text].kind == "not_said"
    assert text not in unsure


def test_a_correction_inside_one_segment_without_speaker_names():
    turns = _segments(("Lionel was cautioned for theft in 2021, and no, that's not right.", 0.9),
                      ("It was a fine for driving without insurance.", 0.9))
    text = "Mr Tate was cautioned for theft in 2021."
    assert findings("", text, turns=turns)[text].kind == "contradicted"


def test_details_as_a_recogniser_writes_them():
    assert {(d.value, d.unit) for d in details("she goes four tymes a week")} >= {(4.0, "per_week")}
    dates = {(d.value, d.unit) for d in details("He saw her on the ninth of June, two small cuts")}
    assert (9.0, "june") in dates and (2.0, "june") not in dates


SMOKING = """\
Chair (Marguerite Quill): Beatrix, health?
Health Visitor (Beatrix Noon): Carys is down to about five cigarettes a day, and I've referred her to the stop smoking clinic.
Chair (Marguerite Quill): Gideon?
Designated Safeguarding Lead (Gideon Rowan): Nothing from school on that.
"""


def test_misattributed_through_a_table_row_or_heading():
    case = case_for(SMOKING, "Referred to the stop smoking clinic; down to about five cigarettes a day.")
    case.st.speakers, case.st.credited_by = ["Designated Safeguarding Lead (Gideon Rowan)"], "table"
    f = checks.misattributed(case)
    assert f is not None and "Beatrix Noon" in f.explanation
    # the chair reading out or summing up an agency's part is no misattribution
    read_out = SMOKING.replace("Health Visitor (Beatrix Noon)", "Chair (Marguerite Quill)")
    case = case_for(read_out, "Referred to the stop smoking clinic; down to about five cigarettes a day.")
    case.st.speakers, case.st.credited_by = ["Designated Safeguarding Lead (Gideon Rowan)"], "table"
    assert checks.misattributed(case) is None


def test_a_colleague_from_the_agency_a_heading_names_speaks_for_it():
    # under "School", the class teacher's words are the school's, though the heading was read as the
    # safeguarding lead's; a health visitor's are not, nor are they under a health heading
    meeting = SMOKING.replace("Health Visitor (Beatrix Noon)", "Class Teacher (Beatrix Noon)")
    line = "Referred to the stop smoking clinic; down to about five cigarettes a day."
    case = case_for(meeting, line)
    case.st.speakers, case.st.credited_by = ["Designated Safeguarding Lead (Gideon Rowan)"], "heading"
    assert checks.misattributed(case) is None
    case = case_for(SMOKING, line)
    case.st.speakers, case.st.credited_by = ["Designated Safeguarding Lead (Gideon Rowan)"], "heading"
    assert checks.misattributed(case) is not None
    nurse = SMOKING.replace("Designated Safeguarding Lead (Gideon Rowan)", "School Nurse (Gideon Rowan)")
    case = case_for(nurse, line)
    case.st.speakers, case.st.credited_by = ["School Nurse (Gideon Rowan)"], "heading"
    assert checks.misattributed(case) is not None  # health is several services: not the health visitor's


def test_a_not_said_findings_closest_passage_can_still_be_an_omission():
    meeting = ("Chair (Marguerite Quill): Lionel, anything before we start?\n"
               "Father (Lionel Tate): Nobody sent me the report. The letter went to Carys only, my name "
               "wasn't on it. I want that written down.\n")
    line = "Mr Tate said the letter about the report had reached him by recorded delivery."
    result = compare(minutes(line), from_text(meeting))
    kinds = {f.kind for f in result.findings}
    assert "not_said" in kinds and "omitted" in kinds


SESSIONS = """\
Chair (Marguerite Quill): Idris, the parenting course?
Social Worker (Idris Kestrel): Carys has been to seven of the ten sessions, and the three she missed were in the school holidays.
"""


def test_the_minutes_giving_both_sides_is_no_contradiction():
    line = "Ms Webb attended 7 of 10 sessions; the 3 she missed were in the school holidays."
    assert checks.opposite_said_elsewhere(case_for(SESSIONS, line)) is None
    assert checks.opposite_nearby(case_for(SESSIONS, line)) is None


VIEWS = """\
Chair (Marguerite Quill): Views on the plan, please. Beatrix?
Health Visitor (Beatrix Noon): Milo needs a plan for now, the weight is still a worry.
Social Worker (Idris Kestrel): Milo does not need a plan any more, things have moved on.
"""


def test_a_view_credited_to_one_person_is_not_contradicted_by_another():
    case = case_for(VIEWS, "Health Visitor: Milo needs a plan for now.")
    social_worker = [t for t in case.turns if t.speaker.startswith("Social Worker")]
    assert checks._contradiction(case.st, case.aligner, social_worker, case.ctx) is None
    # the same words credited to nobody: the social worker's "does not need" is the opposite
    bare = case_for(VIEWS, "Milo needs a plan for now.")
    assert checks._contradiction(bare.st, bare.aligner, social_worker, bare.ctx) is not None



def test_unfair_and_not_fair_are_one_subject():
    meeting = """\
Independent Chair (Marguerite Quill): My decision is a child protection plan for Milo.
Mother (Carys Webb): It isn't fair. I've gone to every single group. But fine, I'll work with you.
"""
    # the minutes carry her objection in their words: no omission
    assert omitted(meeting, "Ms Webb considers the decision unfair but will work with the professionals.") == []
    assert omitted(meeting, "The Chair decided on a child protection plan for Milo.")


def test_the_word_that_names_a_job_says_who_not_what():
    # "the Chair" is the Independent Chair; "the Lead" is no job here, and "teacher" none of theirs
    ctx = context_for(minutes("Nothing."), from_text("Mother (Carys Webb): Hello."))
    said = statement_words("The Chair thanked the Lead and the teacher.", [], ctx.names)
    assert "chair" not in said and "lead" in said and "teacher" in said


def test_a_negation_the_recogniser_was_unsure_of_makes_no_contradiction():
    text = "Ms Webb said that the new flat has a garden for Milo."
    opening = ("Good morning everyone, thank you for coming.", 0.95)
    sure = findings("", text, turns=_segments(opening, ("The new flat has not got a garden for Milo.", 0.95)))
    unsure = findings("", text, turns=_segments(opening, ("The new flat has not got a garden for Milo.", 0.3)))
    assert sure[text].kind == "contradicted"
    assert text not in unsure or unsure[text].kind != "contradicted"


def test_a_number_the_recogniser_gives_in_pieces_is_one_number():
    # faster-whisper gives "96.4" as the words "96" and ".4": read as one, it is no "4 percent"
    text = "Ms Webb said that Milo's attendance is 96.4% this term."
    segs = [{"start": 0.0, "end": 3.0, "speaker": None, "text": "His attendance is 96.4 percent this term.",
             "words": [{"start": 0.3 * i, "end": 0.3 * i + 0.3, "word": w, "probability": 0.95}
                       for i, w in enumerate([" His", " attendance", " is", " 96", ".4", " percent", " this", " term."])]}]
    assert text not in findings("", text, turns=from_transcript({"segments": segs}))


def test_a_name_the_recogniser_never_wrote_is_no_sign_it_was_not_said():
    text = "Ms Webb said the flat at Fernlea has damp in the Kestlemoor bedroom."
    assert {"fernlea", "kestlemoor"} <= checks._proper_nouns(text) and "flat" not in checks._proper_nouns(text)
    heard = _segments(("The flat at firmly has damp in the bedroom.", 0.9))
    aligner = Aligner(heard)
    words = statement_words(text, [], [])
    assert aligner.novelty(words, checks._proper_nouns(text)) < aligner.novelty(words)
    assert checks.recognised(aligner) and not checks.recognised(Aligner(from_text("Mother (Carys Webb): Hi.")))


def test_two_votes_are_no_contradiction_when_nobody_is_named():
    # from the audio, "not sure a plan" may be another professional's vote: a difference of views
    text = "Health Visitor: remain on a child protection plan."
    turns = _segments(("Good morning everyone, thank you for coming.", 0.95),
                      ("I'm not sure a child protection plan is right for Milo, to be honest.", 0.95))
    got = findings("", text, turns=turns)
    assert text not in got or got[text].kind != "contradicted"
    assert checks._other_vote(text, "Child in need would do for Milo.")
    assert not checks._other_vote(text, "From the school, the threshold's met.")


def test_words_said_everywhere_still_find_their_closest_passage():
    # every turn names Milo: the statement is still matched, not "nothing in the recording matches"
    meeting = "\n".join(f"Health Visitor (Beatrix Noon): Milo is fine, Milo eats well, visit {i}." for i in range(30))
    aligner = Aligner(from_text(meeting))
    assert aligner.best(statement_words("Milo is fine and eats well.", [], [])) is not None


@pytest.mark.parametrize("text,course", [
    ("The Chair invited Mr Tate to give his update first, as he had to leave early.", True),
    ("Mr Tate joined by telephone from work.", True),
    ("Ms Webb thanked the Health Visitor for her support.", True),
    ("Mr Tate's telephone connection dropped and he rejoined ten minutes later.", True),
    ("Mother's partner lost his connection and the conference continued in his absence.", True),
    ("Ms Webb has no connection with Mr Tate's family.", False),
    ("Mr Tate rejoined the family home in May.", False),
    ("Milo arrived late at nursery on three occasions this term.", False),
    ("Ms Webb admitted that she had left Milo alone in the flat.", False),
    ("Mr Tate joined in by telephone.", True),
    ("Mr Tate joined in at 10.40 by telephone.", True),
    ("Ms Webb joined in late.", True),
    ("Ms Webb joined in from work.", True),
    ("Milo rarely joins in at the allotment club.", False),  # how a child gets on with others
    ("Ruby has started joining in with the other children at swimming.", False)])
def test_a_statement_of_the_meetings_course_needs_more_to_be_not_said(text, course):
    assert checks.procedural(text) is course


SMACKED = """\
Independent Chair (Marguerite Quill): Lionel, what would you like us to know?
Father (Lionel Tate): My uncle used to smack me with a slipper when I was small. It was awful and it did me no good, and that's why I'd never do it to Milo.
"""


def test_credited_person_said_opposite_about_someone_the_statement_does_not_name():
    # "Mr Tate said that ..." names who spoke; what he said is about his uncle and him, so his
    # naming Milo is no sign that his sentence is about someone else
    f = checks.credited_person_said_opposite(case_for(
        SMACKED, "Mr Tate said that his uncle had smacked him with a slipper and that he did not think it had done him any harm."))
    assert f is not None and f.kind == "contradicted" and "no good" in f.evidence[0].text
    assert checks.credited_person_said_opposite(case_for(
        SMACKED, "Mr Tate said that his uncle had smacked him with a slipper and that it had done him no good.")) is None


SWIMMING = """\
Independent Chair (Marguerite Quill): Beatrix, the clinic?
Health Visitor (Beatrix Noon): Milo's swimming this month, I'm told, and at the clinic he's never late, every time on the minute.
Independent Chair (Marguerite Quill): Thank you.
Designated Safeguarding Lead (Gideon Rowan): Can I add, Milo was late to swimming three times this month, forty minutes each time, and his mum was upset.
Mother (Carys Webb): The bus didn't come, that's all.
"""


def test_misattributed_by_the_figures_when_the_credited_person_spoke_of_the_subject():
    # the Health Visitor spoke of Milo's swimming and of his being on time, in many of the same
    # words; the figures are the Lead's alone
    f = checks.misattributed(case_for(SWIMMING, "The Health Visitor noted that Milo had been forty minutes late to "
                                                "swimming three times this month."))
    assert f is not None and "Gideon Rowan" in f.explanation
    assert checks.misattributed(case_for(SWIMMING, "Mr Rowan noted that Milo had been forty minutes late to swimming "
                                                   "three times this month.")) is None


ICE = """\
Independent Chair (Marguerite Quill): Lionel, the night Carys went to hospital, what would you like to say about it?
Father (Lionel Tate): I know how it looks, I do, with everything that's gone on this year. But I never pushed Carys, not once. She slipped on the black ice by the side gate, and I grabbed her by the coat sleeve to stop her falling, that's all it was.
Independent Chair (Marguerite Quill): Thank you, Lionel. Idris, the hospital?
Social Worker (Idris Kestrel): The hospital found a sprained wrist, and Carys said she slipped on the ice that night.
"""


def test_a_point_the_minutes_credit_to_its_speaker_in_other_words_is_not_omitted():
    # the rarest words of what he said ("pushed", "grabbed", ...) in a statement credited to him
    assert omitted(ICE, "Mr Tate denied pushing Ms Webb and said that he had grabbed her.") == []
    assert omitted(ICE, "The hospital found a sprained wrist.")  # his account is missing
    # a statement of what he denied does not carry his denial: that is a contradiction, reported so
    denied = "Mr Tate said that he had pushed Ms Webb by the side gate."
    assert findings(ICE, denied)[denied].kind == "contradicted"


def test_a_sentence_the_recogniser_cut_into_segments_is_read_whole():
    # "nor" heard as a segment of its own: "charges at this stage." alone would deny nothing
    text = "The enquiry remains open until the report is back, and no charges have been brought at this stage."
    heard = _segments(("Good morning everyone, thank you for coming.", 0.95),
                      ("The enquiry remains open while we wait for the report,", 0.95), ("nor", 0.9),
                      ("charges at this stage.", 0.95))
    got = findings("", text, turns=heard).get(text)
    assert got is None or got.kind != "contradicted"


@pytest.mark.parametrize("minutes,heard", [
    ("Jade does not yet understand the danger of the canal.", "She's, um, the danger of the canal yet."),
    ("The twelve-week scan and the blood tests were normal.", "The twelve weeks can't was normal, and the blood tests."),
])
def test_grammar_tells_a_misheard_not(minutes, heard):
    # a closing "yet" denies something; "can't" before "was" is no modal: the recogniser's slips
    turns = _segments(("Good morning everyone, thank you for coming.", 0.95), (heard, 0.9))
    got = findings("", minutes, turns=turns).get(minutes)
    assert got is None or got.kind != "contradicted"
    assert checks._negation_unheard(turns[1], heard, Aligner(turns))


def test_minutes_by_initials_carry_what_was_said_with_names():
    # "IK will send LT ..." is "Idris will send you, Lionel, ...": the action is in the minutes
    meeting = ("Independent Chair (Marguerite Quill): Carys and Lionel, Idris and Beatrix will go through that with "
               "you both. Lionel, Idris will send you the report today. Right, let me sum up.\n"
               "Social Worker (Idris Kestrel): Yes, I will.\n")
    assert omitted(meeting, "IK will send LT a copy of the report on the day of the conference.") == []
    assert omitted(meeting, "The Chair summed up the discussion.")


STATEMENT = """\
Independent Chair (Marguerite Quill): Idris, the police involvement?
Social Worker (Idris Kestrel): The police were called to the flat in May after a row. Lionel didn't want to support a prosecution, so—
Father (Lionel Tate): That's not true. I gave a statement that same night. It was the police who dropped it, not me.
Social Worker (Idris Kestrel): Sorry, Lionel, I'll check that.
Mother (Carys Webb): Are you going to take Milo off me? That's what my friends say happens.
Independent Chair (Marguerite Quill): No. That isn't what today is about. It's about the help you need.
"""


def test_corrected_on_the_spot_when_the_minutes_keep_the_claim_with_a_fact_of_the_reply():
    # "no further action" is the reply's "dropped it", but the minutes keep the claim it corrected
    f = checks.corrected_on_the_spot(case_for(
        STATEMENT, "Mr Tate did not support a prosecution and no further action was taken."))
    assert f is not None and f.kind == "contradicted" and "not true" in f.explanation
    # a question answered "No" is no claim corrected
    assert checks.corrected_on_the_spot(case_for(
        STATEMENT, "Ms Webb asked whether Milo would be taken from her, as her friends say happens, and the Chair "
                   "explained that the conference was about the help she needs.")) is None


def test_someone_the_minutes_name_by_initials_is_found_by_the_name_said():
    # "DV" was not there; the meeting called him "Darren Voss": the statement is read with his name
    from app.compare.comparer import _names_by_initials
    meeting = ("Independent Chair (Marguerite Quill): Idris, the worries?\n"
               "Social Worker (Idris Kestrel): The main worry is Darren Voss, Carys's former partner. He has turned "
               "up at the flat twice, once very late.\n")
    turns = from_text(meeting)
    assert _names_by_initials(turns, context_for(minutes("x"), turns).cast) == {"DV": "Darren Voss"}
    result = compare(minutes("DV has turned up at the flat twice."), turns)
    assert result.statements[0]["support"] == 1.0


def test_a_written_report_of_someone_who_never_spoke_is_not_misattributed():
    # the Health Visitor sent a report and did not speak; the social worker read from it
    meeting = ("Independent Chair (Marguerite Quill): Beatrix couldn't come, she sent a report. Idris?\n"
               "Social Worker (Idris Kestrel): Milo is gaining weight well, and his jabs are all up to date.\n")
    line = "Beatrix Noon (Health Visitor) reported that Milo is gaining weight and his jabs are up to date."
    assert checks.misattributed(case_for(meeting, line)) is None


def test_the_answer_to_a_question_gives_the_detail():
    # the best match ends with the question; the date is in the answer after it
    text = "Mr Tate to start the budgeting course on 3 June."
    heard = _segments(("Good morning everyone, thank you for coming.", 0.95),
                      ("Second, Lionel will start the budgeting course,", 0.95), ("Lionel, when is that?", 0.95),
                      ("The tenth of June.", 0.95), ("Thank you.", 0.95))
    got = findings("", text, turns=heard).get(text)
    assert got is not None and got.kind == "changed_detail" and "10 june" in got.explanation.lower()


def test_a_month_named_alone_is_a_date_of_its_own_kind():
    from app.compare.text import details

    def months(text):
        return sorted(d.text for d in details(text) if d.unit == "month_alone")

    assert months("The flat has had damp since October.") == ["October"]
    assert months("She hopes to be back at college by September, or in May at the latest.") == ["May", "September"]
    assert months("You may want to ask him.") == months("He started on 4 June.") == []  # a verb; a full date
    found = checks.detail_changed(case_for(
        "Social Worker (Idris Kestrel): There have been two call-outs to the flat since February.\n",
        "Mr Kestrel said there had been two call-outs to the flat since November."))
    assert found is not None and "February" in found.explanation
    # a month somebody named, in a correction or for another thing, is no change
    assert checks.detail_changed(case_for(
        "Social Worker (Idris Kestrel): He's been at his nan's since, um, June. No, sorry, July, after the fair.\n",
        "Mr Kestrel said he had been at his nan's since July.")) is None


def test_what_the_family_call_a_credited_parent_is_no_word_to_find():
    # "Dad" credited to the Father names the speaker, as "Mr Tate" would; it is no word of his turn
    assert statement_words("Dad blamed the bus service.", ["Father (Lionel Tate)"]) == ["blame", "bus", "service"]
    assert "mum" in statement_words("Dad blamed Mum for the late runs.", ["Father (Lionel Tate)"])  # another person
    assert statement_words("Nan offered to help.", ["Maternal grandmother (Edna Webb)"]) == ["offer", "help"]
    meeting = ("Independent Chair (Marguerite Quill): Lionel, the school says Milo is late most mornings.\n"
               "Father (Lionel Tate): It's the bus. The bus service round ours is rubbish, it never comes on time.\n")
    assert "Dad blamed the unreliable bus service." not in findings(meeting, "Dad blamed the unreliable bus service.")

def test_one_named_for_another_read_with_the_sentence_after():
    # who it was is in one sentence, what it was about in the next
    meeting = ("Designated Safeguarding Lead (Gideon Rowan): It was the school nurse Milo went to. "
               "He showed her the bruise on his arm at break.\n"
               "Independent Chair (Marguerite Quill): Thank you.\n")
    f = checks.detail_changed(case_for(meeting, "Mr Rowan said Milo had shown his class teacher the bruise on his arm at break."))
    assert f is not None and "school nurse" in f.explanation
    assert checks.detail_changed(case_for(meeting, "Mr Rowan said Milo had shown the school nurse the bruise on his arm.")) is None

def test_an_age_is_a_detail_of_its_own_kind():
    from app.compare.text import details

    def ages(text):
        return sorted(d.value for d in details(text) if d.unit == "age")

    assert ages("Her cousin, aged 16, babysits on Fridays.") == ages("a 16-year-old cousin") == [16.0]
    assert ages("Her cousin's sixteen, and she's only just turned it.") == [16.0]
    assert ages("Milo's nine now.") == ages("Milo turned nine in the spring.") == [9.0]
    assert ages("The score is 6.") == ages("It's 4 for me.") == ages("Attendance is 91 percent.") == []
    meeting = ("Social Worker (Idris Kestrel): The lad who was at the flat, Tyler, he's nineteen, and he's "
               "known to police.\nMother (Carys Webb): He's not there any more.\n")
    found = checks.detail_changed(case_for(meeting, "Mr Kestrel said Tyler, aged 15, had been at the flat."))
    assert found is not None and "aged 19" in found.explanation
    # the age of another person spoken of is no rival
    meeting = ("Social Worker (Idris Kestrel): Milo's little sister is four. She stays at nursery all day.\n"
               "Mother (Carys Webb): She loves it.\n")
    assert checks.detail_changed(case_for(meeting, "Mr Kestrel said Milo, aged 7, had been sleeping badly.")) is None


def test_a_day_of_the_month_named_alone():
    from app.compare.text import details

    def days(text):
        return sorted(d.value for d in details(text) if d.unit == "day_of_month")

    assert days("I rang her on Monday the twenty-first.") == days("I rang her on the 21st.") == [21.0]
    assert days("I saw him Friday 3rd and he was fine.") == [3.0]
    # a weekday and its date set apart by a comma are one day; a weekday before an ordinal of a thing is not
    assert days("The review was on the Thursday, the eleventh, at the family centre.") == [11.0]
    assert days("On Thursday, the second meeting was cancelled.") == []
    # ... and a weekday said, then given its date ("so that's the fourth"); not "that was the third time"
    assert days("She was seen on the Tuesday afternoon, so that's the fourth, at the walk-in centre.") == [4.0]
    assert days("On Friday that was the third time he had rung.") == []
    assert days("On Monday she missed the appointment, which was the third.") == []
    # an ordinal of a thing, the day of a full date, and "the second" as a subject are no day alone
    assert days("On the second visit he was calmer.") == days("on the 9th of March") == []
    assert days("The second was a Sunday.") == []
    meeting = ("Independent Chair (Marguerite Quill): Idris?\n"
               "Social Worker (Idris Kestrel): I did the unannounced visit on Friday, um, the ninth, and the "
               "children were all in bed.\n")
    found = checks.detail_changed(case_for(meeting, "Mr Kestrel made an unannounced visit on the 16th; the children were in bed."))
    assert found is not None and "9th" in found.explanation
    assert checks.detail_changed(case_for(meeting, "Mr Kestrel made an unannounced visit on 9 May; the children were in bed.")) is None


def test_a_time_of_day_against_the_part_of_the_day_said():
    from app.compare.details import conflicts
    from app.compare.text import details

    def parts(text):
        return sorted(d.text for d in details(text) if d.unit == "day_part")

    assert parts("It kicked off at teatime, and again in the early hours.") == ["early hours", "teatime"]
    assert parts("She has a good night most nights now.") == parts("He sleeps every night.") == []
    # 10pm is no teatime; 5.30pm is; "at half six" may be morning or evening, and evening will do
    said = ["The neighbour rang it in at teatime, and the officers were at the flat within the hour."]
    got = conflicts("DC Frost said the neighbour had rung it in at 10pm and officers were at the flat within the hour.", said)
    assert [(a.text, b.text) for a, b in got] == [("10 pm", "teatime")]
    assert not conflicts("DC Frost said the neighbour had rung it in at 5.30pm; officers were at the flat soon after.", said)
    assert not conflicts("Officers were at the flat by half six.", ["Officers got to the flat in the evening."])
    # a part of the day said of something else is no rival
    assert not conflicts("Mum collected Ava at 3pm.", ["Mum collected Ava from school. She goes to bed at bedtime."])


REPLIES = """\
Independent Chair (Marguerite Quill): Lionel, you've heard what Milo told the nursery about the bruise.
Father (Lionel Tate): I never grabbed him. Never. I raised my voice, I'll own that.
Social Worker (Idris Kestrel): Carys and I went through the parenting assessment last Thursday.
Mother (Carys Webb): And I accept it. It's fair, most of it.
"""


def test_a_reply_is_about_what_it_answers():
    # "I never grabbed him" shares nothing but the verb with the minutes; the words before it say who "him" is
    f = checks.credited_person_said_opposite(case_for(REPLIES, "Mr Tate accepted that he had grabbed Milo."))
    assert f is not None and f.kind == "contradicted" and "never grabbed" in f.evidence[0].text
    f = checks.credited_person_said_opposite(case_for(REPLIES, "Ms Webb disputed the parenting assessment."))
    assert f is not None and f.kind == "contradicted"
    # the other speaker's words are what the reply is about, never what it says
    assert checks.credited_person_said_opposite(case_for(REPLIES, "Mr Tate said he had raised his voice.")) is None
    assert checks.credited_person_said_opposite(case_for(REPLIES, "Ms Webb accepted the parenting assessment.")) is None


def test_a_relative_or_service_named_for_another():
    from app.compare import named_for_another

    assert named_for_another.named("His nan had him over Easter.") == named_for_another.named("His grandmother had him.")
    assert named_for_another.named("since her surgery in May") == frozenset()  # an operation, not the GP's
    meeting = ("Social Worker (Idris Kestrel): Over half term it was his uncle, Carys's brother, who had Milo "
               "most afternoons while Carys was at work.\n"
               "Health Visitor (Beatrix Noon): She took him to the walk-in centre on the Saturday with the rash.\n")
    f = checks.detail_changed(case_for(
        meeting, "Mr Kestrel said Milo's grandfather had looked after him most afternoons over half term."))
    assert f is not None and "uncle" in f.explanation and "grandfather" in f.explanation
    f = checks.detail_changed(case_for(meeting, "Ms Noon said Ms Webb had taken Milo to A&E on the Saturday with a rash."))
    assert f is not None and "walk-in centre" in f.explanation
    # the children's mental health service and the therapies are services too
    assert named_for_another.named("referred to CAMHS") != named_for_another.named("referred to the paediatrician")
    assert named_for_another.named("on the dietitian's list") == named_for_another.named("seeing the dietician")
    assert named_for_another.named("cut down the salt in his food") == frozenset()  # food, not the therapists
    talk = ("Social Worker (Idris Kestrel): The school referred Milo to the speech and language team in March, "
            "and he's on their waiting list.\n")
    f = checks.detail_changed(case_for(talk, "Mr Kestrel said the school had referred Milo to CAMHS in March."))
    assert f is not None and "speech and language" in f.explanation
    # the same one in other words; a role the roster gives (Edna Webb, Maternal grandmother), said by nobody
    assert checks.detail_changed(case_for(meeting, "Mr Kestrel said Milo's uncle had him most afternoons over half term.")) is None
    assert checks.detail_changed(case_for(
        meeting + "Maternal grandmother (Edna Webb): I can have him after school on Fridays.\n",
        "The maternal grandmother offered to have Milo after school on Fridays.")) is None


def test_whom_the_minutes_name_by_role_the_meeting_may_name_by_name():
    meeting = ("Independent Chair (Marguerite Quill): Carys, anything you want to say?\n"
               "Mother (Carys Webb): Honestly, I trust Idris. Always have.\n")
    f = checks.credited_person_said_opposite(case_for(meeting, "Ms Webb said she no longer trusted the social worker to be fair."))
    assert f is not None and f.kind == "contradicted"
    assert checks.credited_person_said_opposite(case_for(meeting, "Ms Webb said she trusted the social worker to be fair.")) is None


def test_agreeing_in_a_short_reply_is_agreeing():
    meeting = ("Health Visitor (Beatrix Noon): I'll do a home visit on Tuesday mornings for the weighing, and "
               "then Friday I'll pop in after nursery.\n"
               "Mother (Carys Webb): Yeah, that's fine.\n"
               "Social Worker (Idris Kestrel): The boiler's been fixed, by the way.\n")
    agreed = "Mum agreed to these visits."
    assert agreed not in findings(meeting, agreed)
    # agreeing to something nobody set out before her reply is still not said
    other = "Ms Webb agreed to Milo seeing a dietitian at the clinic about his eczema and his sleep."
    assert findings(meeting, other)[other].kind == "not_said"


def _heard(text: str, unsure: str, p: float) -> list:
    """One recognised segment in which the word `unsure` had probability p, the others 0.95."""
    words = [{"start": 0.3 * i, "end": 0.3 * i + 0.3, "word": " " + w, "probability": p if w == unsure else 0.95}
             for i, w in enumerate(text.split())]
    return from_transcript({"segments": [
        {"start": 0.0, "end": 0.3 * len(words), "speaker": None, "text": text, "words": words}]})


def test_a_figure_the_recogniser_was_unsure_of_is_no_changed_detail():
    # "eight" heard at 0.2 may have been "eighty": the minutes' figure is not called changed on a guess
    text = "Ms Webb said that Milo's attendance at the childminder is 88 percent this term."
    said = "The childminder tells me Milo's attendance is eight percent this term, which is lovely."
    assert findings("", text, turns=_heard(said, "eight", 0.95))[text].kind == "changed_detail"
    assert text not in findings("", text, turns=_heard(said, "eight", 0.2))
    turn = _heard(said, "eight", 0.2)[0]
    assert turns_mod.heard_unsure(turn, lambda x: "percent" in x) is False  # "percent" alone: sure
    assert turns_mod.heard_unsure(turn, lambda x: "eight percent" in x) is True
    assert turns_mod.heard_unsure(turn, lambda x: "ninety" in x) is None


def test_a_correction_that_opens_with_the_last_speakers_and():
    # a recogniser often gives the speaker's trailing "and" to the next voice: "And no, that's not right."
    meeting = ("Social Worker (Idris Kestrel): Lionel was cautioned for theft in 2021, and\n"
               "Father (Lionel Tate): and no, that's not right. It was a fine for driving without insurance.\n")
    f = checks.corrected_on_the_spot(case_for(meeting, "Mr Tate was cautioned for theft in 2021."))
    assert f is not None and f.kind == "contradicted"
    # only the full words: "And no, he hasn't" goes on with an account; "it was wrong to" is no reply
    assert polarity.rejects("Um, and no, that isn't true.") and polarity.rejects("and that's wrong.")
    assert not polarity.rejects("And no, he hasn't been back since the summer.")
    assert not polarity.rejects("So it was wrong to leave him, I accept that.")
    assert not polarity.rejects("But it's not right that he is left on his own.")


def test_an_hour_with_its_half_of_the_day_is_a_time():
    # "eleven at night" is 11 pm, as minutes write it; its "night" is no rival for the minutes' other time
    assert {(d.value, d.unit) for d in details("She rang us at about eleven at night.")} == {(11.0, "clock")}
    assert {(d.value, d.unit) for d in details("He walked in at nine in the morning.")} == {(9.0, "clock")}
    assert ("day_part" in {d.unit for d in details("She had a bath in the evening.")})
    text = "Ms Webb rang the out-of-hours team at about 11pm; Milo was collected at about 7am the next day."
    heard = ("I rang the out-of-hours team at about eleven at night, and Milo was collected the next day, "
             "first thing.")
    assert text not in findings(f"Mother (Carys Webb): {heard}", text)


def test_a_question_the_recogniser_wrote_without_its_mark_claims_nothing():
    text = "The Chair decided that Milo's child in need plan will end."
    turns = _segments(("Good morning everyone, thank you for coming.", 0.95),
                      ("So, everyone, do you think Milo still needs a child in need plan.", 0.95),
                      ("The health visitor and the school both think the plan can end now.", 0.95))
    assert text not in findings("", text, turns=turns)
    assert polarity.clash(text, "So, everyone, do you think Milo still needs a child in need plan.") is None
    assert polarity.clash(text, "I do think Milo still needs a child in need plan.") is not None


def test_a_service_named_by_a_verb_says_nobody_did_it():
    # "the stop smoking clinic" names a clinic; that she still smokes is no opposite of it
    text = "Ms Webb has been referred to the stop smoking clinic at the surgery."
    said = "Mother (Carys Webb): I'm still smoking, about ten a day, but the GP has put me down for the stop smoking clinic."
    assert text not in findings(said, text)
    assert polarity.clash(text, "I'm still smoking, about ten a day.") is None
    assert polarity.clash("Ms Webb has stopped smoking.", "I'm still smoking, about ten a day.") is not None


def test_not_doing_it_again_is_no_denial_that_it_was_done():
    # "I didn't ask anything else" / "he hasn't hit her again": done once, no more
    text = "Mr Rowan said that he asked Milo where the bruise came from."
    assert polarity.clash(text, "He said it was the bike. I didn't ask Milo anything else.") is None
    assert polarity.clash("Mr Tate hit Ms Webb in March.", "He hasn't hit her again since March.") is None
    assert polarity.clash(text, "I didn't ask Milo where the bruise came from.") is not None


def test_a_contradiction_on_a_word_the_recogniser_was_unsure_of_is_not_made():
    # "It was a nudge" heard as "It won't nudge": the clash rests on a word heard at 0.2
    text = "Mr Tate said that it had been a nudge, as Milo nearly fell down the stairs."
    said = "It won't nudge, he nearly fell down the stairs, that's all it was."
    assert findings("", text, turns=_heard(said, "nudge,", 0.95))[text].kind == "contradicted"
    assert text not in findings("", text, turns=_heard(said, "nudge,", 0.2))


def _named(*parts: tuple[str, str]) -> list:
    """A recognised transcript whose voices were named (by the friend's marks): words and names."""
    segs, t = [], 0.0
    for who, text in parts:
        words = [{"start": t + 0.3 * i, "end": t + 0.3 * i + 0.3, "word": " " + w, "probability": 0.95}
                 for i, w in enumerate(text.split())]
        segs.append({"start": t, "end": t + 0.3 * len(words), "speaker": who, "text": text, "words": words})
        t += 0.3 * len(words) + 0.6
    return from_transcript({"segments": segs})


def test_a_run_of_statements_said_by_one_other_voice_is_a_naming_slip():
    # a social worker's report named as the grandmother's: minutes credit one point wrongly, not a run
    sw, gran = "Social Worker (Idris Kestrel)", "Maternal grandmother (Edna Webb)"
    turns = _named((sw, "Good morning, I'll start with my report."),
                   (gran, "I've visited Milo at home six times since the spring and the kitchen has been spotless."),
                   (gran, "His cot has new bedding and the broken window in the back bedroom was mended in June."),
                   ("Mother (Carys Webb)", "I'm grateful for that."))
    one = "The Social Worker said that she had visited Milo at home six times since the spring."
    two = "The Social Worker said that the broken window in the back bedroom was mended in June."
    assert findings("", one, turns=turns)[one].kind == "misattributed"
    got = findings("", one, two, turns=turns)
    assert one not in got and two not in got
    assert any("2 statements" in n and "Maternal grandmother" in n for n in compare(minutes(one, two), turns).notes)


def test_the_credited_persons_own_words_unsure_of_make_no_contradiction():
    # found by meaning (the statement's words barely said): "It was a nudge" heard as "It won't nudge"
    text = "Mr Tate said that it had been a nudge, as Milo had nearly gone under a bus."
    def case(p: float) -> Case:
        turns = _named(("Independent Chair (Marguerite Quill)", "Lionel, can you tell us what happened that day?"),
                       ("Father (Lionel Tate)", "It won't nudge, he was nearly hit by a bus."))
        turns[1].words = tuple((a, b, w, p if w.strip() == "nudge," else q) for a, b, w, q in turns[1].words)
        return case_for("", text, turns=turns)
    assert checks.credited_person_said_opposite_in_other_words(case(0.95)) is not None
    assert checks.credited_person_said_opposite_in_other_words(case(0.2)) is None


def test_the_rest_of_a_named_voices_correction_is_no_omission():
    # the recogniser cut the father's correction in two: its second half is the same utterance
    turns = _named(("Social Worker (Idris Kestrel)", "Lionel was cautioned for theft in 2021, and"),
                   ("Father (Lionel Tate)", "no, that's not right."),
                   ("Father (Lionel Tate)", "It was a fine for driving without insurance, I've never stolen anything."),
                   ("Independent Chair (Marguerite Quill)", "Thank you, let's move on to health."))
    text = "Mr Tate was cautioned for theft in 2021."
    got = compare(minutes(text), turns).findings
    assert [f.kind for f in got if f.minutes_text == text] == ["contradicted"]
    assert not [f for f in got if f.kind == "omitted"]


def test_a_figure_reduced_to_is_not_changed_by_the_figure_it_is_reduced_from():
    from app.compare.details import conflicts
    text = "The health visitor proposed cutting home visits to once a fortnight."
    assert conflicts(text, ["I've been going round every week since Milo was born."]) == []
    assert conflicts(text, ["I think we could cut the visits to once a month now."])  # another target: changed
    assert conflicts("Contact will be increased to three times a week.", ["He sees her twice a week at the moment."]) == []
    # a "drop-in" is a place, not a cut: "three times" said is a change from "twice"
    assert conflicts("Ms Webb goes to the drop-in twice a week to see the nurse.",
                     ["I go to the drop-in three times a week to see the nurse."])
    # with its own "from", the minutes say where it started: a higher figure said is a change
    assert conflicts("Ms Webb has cut her drinking from most nights to twice a week.",
                     ["I've cut down from most nights, I'm on about four nights a week now."])


def test_without_names_a_speakers_own_view_is_no_contradiction_of_anothers():
    text = "Ms Webb does not believe that Milo is at risk at home."
    turns = _segments(("Good morning everyone, thank you for coming.", 0.95),
                      ("I've listened to everyone, and my view is that Milo is at risk at home.", 0.95))
    assert text not in findings("", text, turns=turns)
    assert checks._other_view(text, "My decision is that he is at risk.")
    assert not checks._other_view("Milo is not at risk at home.", "My decision is that he is at risk.")
    # with the speaker named, her own words saying otherwise are what the minutes got wrong
    named = "Mother (Carys Webb): I've listened to everyone, and I do believe Milo is at risk at home."
    assert findings(named, text)[text].kind == "contradicted"


def test_without_names_a_point_the_minutes_carry_in_their_own_words_is_not_omitted():
    # the statement keeps the rarest words of the turn ("nothing good ... conferences until today");
    # without names, whoever it credits, it carries the point
    from app.compare import omissions
    meeting = ("Voice 1: Carys, anything from you?\n"
               "Voice 2: I just want to say, for the record, nobody has ever said one good thing about me at these conferences "
               "until today. Back in the spring it felt like I was the worst mother going. I do need help with "
               "Milo's sleep, though, I didn't know where to go for that.\n"
               "Voice 1: Thank you, Carys. Edna?\n")
    turns = from_text(meeting)
    def left_out(statement: str) -> list:
        return omissions.find(turns, [statement], False, None, set(), set(), [["Mother (Carys Webb)"]],
                              Aligner(turns).weight)
    assert not left_out("Ms Webb said that nothing good had been said about her at earlier conferences until today.")
    assert left_out("The Chair thanked the family for attending.")


def test_drop_and_keep_in_their_other_senses_take_no_side():
    # dropping someone off is no fall; keeping someone safe is no appointment kept
    assert "drop" not in dict(polarity.polar_terms("Mornings are fine, Carys drops him at nursery at eight."))
    assert "keep" not in dict(polarity.polar_terms("I'll do whatever keeps Milo safe, I promise."))
    # ... but a fall over a time, and an appointment kept, "well", are theirs
    assert "drop" in dict(polarity.polar_terms("His attendance dropped the week he was ill."))
    assert "keep" in dict(polarity.polar_terms("She has kept every appointment, well, nearly all."))
    assert polarity.clash("Milo's attendance at nursery has improved.", "His attendance has dropped this term.")
    assert polarity.clash("Mr Tate has missed contact sessions.", "He has kept every contact session.")


def test_without_names_a_bare_i_dont_agree_does_not_contradict_all_professionals_agreed():
    # a bare "I don't agree" from an unnamed voice may be a parent's; a professional's gives a view
    text = "All professionals agreed that Milo should remain on a child protection plan."
    def verdict(dissent: str):
        turns = _segments(("So, everyone, should Milo remain on a child protection plan?", 0.95),
                          ("Yes, from health, remain on a plan.", 0.95), (dissent, 0.95))
        return checks.all_agreed_but_dissent(case_for("", text, turns=turns))
    assert verdict("I don't agree with that, Milo's plan is not fair on us.") is None
    assert verdict("I don't agree, I think child in need would be enough for Milo's plan now.").kind == "contradicted"


def test_a_naming_slip_needs_one_named_person_credited():
    from app.compare.comparer import _voices_named_for_another
    from app.compare.findings import Finding
    heard = {"start": 1.0, "end": 2.0, "speaker": "Mother (Carys Webb)", "text": "We've been to every session."}
    def mis(who):
        return Finding("", "misattributed", "A statement.", [heard], 0.6, "why", speaker=who)
    kept, notes = _voices_named_for_another([mis(None), mis(None)])  # credited to no one person
    assert len(kept) == 2 and not notes
    kept, notes = _voices_named_for_another([mis("Social Worker (Idris Kestrel)")] * 2)
    assert not kept and "Social Worker (Idris Kestrel)" in notes[0]


def test_knowing_is_one_thing_however_it_is_said():
    # "had known", "was aware", "realised" against "had no idea", "didn't know", one way round
    assert polarity.clash("Ms Webb had known about the eviction notice for weeks.",
                          "I had no idea about the eviction notice.")
    assert polarity.clash("Mr Tate realised the eviction notice was real.",
                          "He didn't know the eviction notice was real, honestly.")
    assert polarity.clash("Ms Webb was aware of the eviction notice.", "I never knew about the eviction notice.")
    # the filler "you know" says nothing of knowing
    assert "know" not in dict(polarity.polar_terms("The notice came, you know, in March."))
    assert not polarity.clash("Ms Webb did not know about the eviction notice.",
                              "The eviction notice came, you know, in March.")


def test_not_knowing_until_a_time_covers_the_time_before_it():
    # "didn't know till Idris rang" speaks of all the time before; "before he moved in" is in it
    assert not polarity.other_time("She knew of the charge before he moved in.", "I didn't know till Idris rang me.")
    assert polarity.other_time("She knew of the charge before he moved in.", "I don't know about the charge.")


def test_an_answer_after_a_bare_no_is_read_with_its_question():
    # the credited person's words share nothing with the minutes but through the question they
    # answer, and the only name in them is the one who told her, not whom the minutes speak of
    meeting = ("Independent Chair (Marguerite Quill): Carys, the burglary charge against Lionel, did you know about that?\n"
               "Mother (Carys Webb): No. I didn't know anything about it till Idris rang me.\n"
               "Social Worker (Idris Kestrel): That's right, I told her on Monday.\n")
    text = "Ms Webb said she had known about Mr Tate's burglary charge before he moved in."
    assert findings(meeting, text)[text].kind == "contradicted"
    assert checks._opening("No. I didn't know anything about it.") == "No. I didn't know anything about it."
    assert checks._opening("I didn't know. Nobody said.") == "I didn't know."
    assert polarity.other_person("she knew of Mr Tate's charge", "Not till Idris rang me.", {},
                                 "Did you know about Lionel Tate's charge?") is False
    # ... and what she said she knew stays hers: an answer that does know is no contradiction
    faithful = meeting.replace("No. I didn't know anything about it till Idris rang me.",
                               "Yes. I knew about it before he moved in.")
    assert text not in findings(faithful, text)


def test_a_service_nobody_spoke_of_is_not_said():
    meeting = ("Independent Chair (Marguerite Quill): Beatrix, health?\n"
               "Health Visitor (Beatrix Noon): Milo's hearing test was fine. His eczema is still bad on his "
               "arms, so I've asked the GP to look at it again next week.\n"
               "Mother (Carys Webb): The cream isn't working.\n")
    text = "Ms Noon has referred Milo to the paediatric dermatology clinic."
    assert findings(meeting, text)[text].kind == "not_said"
    found = checks.service_not_said(case_for(meeting, text))
    assert found.kind == "not_said" and "paediatric dermatology clinic" in found.explanation
    # a service whose describing words were said, in some form, is the one spoken of
    said = meeting.replace("to look at it again", "to refer him to dermatology")
    assert text not in findings(said, text)
    # ... and so is one called by its initials, or one an attendee works for
    assert not checks.service_not_said(case_for(meeting + "Social Worker (Idris Kestrel): I'll chase PDC.\n", text))
    # going to a clinic names none; a bus is a bus service however the minutes judge it
    from app.compare import services
    assert services.named("Mum was attending clinic fortnightly.") == []
    # a group of something is a number of them, not a service
    assert services.named("Edna has settled and has a lovely little group of friends.") == []
    assert services.named("Edna goes to the young carers group on Tuesdays.") == [("young carers group", ["young", "carers"])]
    assert services.unmentioned("Dad blamed the unreliable bus service.", lambda w: w == "bus", lambda i: False) == []
    # a recogniser mishears the names of services it does not know: not for a recognised transcript
    heard = _segments(("Good morning everyone.", 0.95),
                      ("His eczema is still bad, so I've asked the GP to look at it again next week.", 0.95))
    assert checks.service_not_said(case_for("", text, turns=heard)) is None


def test_a_figure_asked_for_elsewhere_and_answered_otherwise_is_changed():
    # the passage that best fits tells the story without the time; the time was asked for later
    meeting = ("Social Worker (Idris Kestrel): On the Friday Milo cut his hand on a broken glass, and Lionel took "
               "him to the Kingsway walk-in centre, where they glued it.\n"
               "Independent Chair (Marguerite Quill): Thank you. Beatrix, anything from health?\n"
               "Health Visitor (Beatrix Noon): Nothing new, his weight is fine.\n"
               "Independent Chair (Marguerite Quill): Lionel, what time did you take Milo to the walk-in centre?\n"
               "Father (Lionel Tate): About quarter past ten. He'd been in bed.\n")
    text = "Mr Tate took Milo to the Kingsway walk-in centre at 8pm."
    found = findings(meeting, text)[text]
    assert found.kind == "changed_detail" and "10.15" in found.explanation
    assert "quarter past ten" in found.evidence[0]["text"]
    # the answer giving the minutes' own time is no change; nor is a question about something else
    assert text not in findings(meeting.replace("About quarter past ten.", "About eight."), text)
    other = meeting.replace("what time did you take Milo to the walk-in centre?", "what time does Milo go to bed?")
    assert text not in findings(other, text)
    # a question that asks for no figure is answered with none ("How has Milo been since the walk-in
    # centre?" / "Better. Last night he slept through.")
    on = ("Social Worker (Idris Kestrel): On the Friday Milo cut his hand on a broken glass, and Lionel took "
          "him to the Kingsway walk-in centre, where they glued it.\n"
          "Independent Chair (Marguerite Quill): Thank you. Beatrix, anything from health?\n"
          "Health Visitor (Beatrix Noon): Nothing new, his weight is fine.\n"
          "Independent Chair (Marguerite Quill): Lionel, how has Milo been since the walk-in centre?\n"
          "Father (Lionel Tate): Better. Last night he slept right through, first time since when it happened.\n")
    dated = "Mr Tate took Milo to the Kingsway walk-in centre on 3 March."
    m = minutes(dated)
    m.info["date"] = "Wednesday 12 March 2025"
    got = {f.minutes_text: f for f in compare(m, from_text(on)).findings}
    assert dated not in got or got[dated].kind != "changed_detail"


def test_an_absent_agency_credited_with_what_someone_there_said_is_misattributed():
    # the police sent nobody; the social worker gave this view as her own, speaking of no report
    meeting = ("Independent Chair (Marguerite Quill): Carys, how have things been with Lionel's brother?\n"
               "Mother (Carys Webb): He turned up at the flat drunk on Sunday, shouting through the letterbox.\n"
               "Social Worker (Idris Kestrel): And Carys phoned me within minutes and kept Milo in the bedroom, "
               "which was exactly what she should have done.\n"
               "Independent Chair (Marguerite Quill): Thank you. Beatrix?\n")
    text = "The police said Ms Webb did exactly what she should have done by phoning Mr Kestrel and keeping Milo in the bedroom."
    found = findings(meeting, text)[text]
    assert found.kind == "misattributed" and "Idris Kestrel" in found.explanation
    # read out from their report, or summed up with their name, it is theirs
    read = meeting.replace("And Carys phoned me", "The police report says Carys phoned me")
    assert text not in findings(read, text) or findings(read, text)[text].kind != "misattributed"
    named = meeting.replace("which was exactly", "which the police say was exactly")
    assert text not in findings(named, text) or findings(named, text)[text].kind != "misattributed"


def test_laying_a_hand_on_someone_is_touching_them():
    from app.compare.text import lemmas
    assert "touch" in lemmas("He has never laid a finger on the children.")
    assert "touch" not in lemmas("She laid the baby on the sofa.")
    # the father's denial, minuted as the idiom, is recorded, not left out
    meeting = ("Independent Chair (Marguerite Quill): Lionel, anything you want to say?\n"
               "Father (Lionel Tate): I've never touched Carys, never, and I want that written down.\n"
               "Independent Chair (Marguerite Quill): Thank you, Lionel.\n")
    assert not omitted(meeting, "Mr Tate said he had never laid a hand on Ms Webb and asked for this to be minuted.")


def test_failing_forgetting_refusing_to_do_it_is_not_doing_it():
    assert ("attend", True) in polarity.polar_terms("Ms Webb failed to attend the dental appointment.")
    # ... so missing it says the same, and going says the opposite
    assert not polarity.clash("Ms Webb failed to attend the dental appointment.",
                              "She missed the dental appointment on Tuesday.")
    assert polarity.clash("Mr Tate forgot to collect Milo's prescription from the chemist.",
                          "He collected Milo's prescription from the chemist on Friday, like he said.")
    # a refusal is still one, against an agreement
    assert ("refuse", False) in polarity.polar_terms("He refused to sign the written agreement.")
    # neglect, the category, says nothing was left undone
    assert ("review", False) in polarity.polar_terms("Under the category of neglect, to be reviewed in May.")




def test_choosing_is_deciding():
    # "Milo chose not to come" minutes "He's decided he's not coming today"
    from app.compare.align import same
    assert same("choose", "decide")
    heard = Aligner(from_text("Advocate (Sam Reed): He's decided he's not coming today, he's asked me to speak for him."))
    assert "choose" in heard.coverage(["choose", "milo"], 0, 0)[1]


def test_a_second_predicate_is_looked_for_where_it_is_said():
    assert polarity.predicates("Ms Webb began the budgeting course in March and has not missed a workshop since.") == [
        "Ms Webb began the budgeting course in March", "has not missed a workshop since."]
    # March is when she began, not when she missed none: no other time against "she's missed three"
    claim = "Ms Webb began the budgeting course in March and has not missed a workshop since."
    assert polarity.other_time(claim, "She's missed three of the workshops.")
    assert not polarity.other_time(claim, "She's missed three of the workshops.", "miss")
    meeting = ("Independent Chair (Marguerite Quill): Beatrix, the budgeting course?\n"
               "Health Visitor (Beatrix Noon): Carys began the budgeting course at the library in March, on "
               "Thursday mornings, with the money advice team. She's been to four of the seven workshops. "
               "She's missed three, and they've rebooked them.\n"
               "Independent Chair (Marguerite Quill): Thank you.\n")
    text = "Ms Noon said Ms Webb began the budgeting course at the library in March and had not missed any workshops."
    assert findings(meeting, text)[text].kind == "contradicted"
    # said as it was, it passes
    fair = "Ms Noon said Ms Webb began the budgeting course at the library in March and had missed three workshops."
    assert fair not in findings(meeting, fair)


def _why_material(speaker: str, said: str) -> list[str]:
    """Why the omissions weigh a turn (speakers known, no friend's note)."""
    from app.compare.omissions import materiality
    from app.compare.turns import Turn
    return materiality(Turn(0, 0, 5, speaker, said), False, True)[1]


def test_a_plain_negation_is_how_people_talk_not_a_correction():
    said = "Honestly I've never hurt her and I never would. She didn't even cry when she came back."
    assert "a correction or a request to have it minuted" not in _why_material("Mother (Carys Webb)", said)
    # ... with a sign of a correction beside it, it is one
    corrected = said + " That's not right, what's in the report."
    assert "a correction or a request to have it minuted" in _why_material("Mother (Carys Webb)", corrected)


def test_a_late_report_the_minutes_record_in_their_own_words_is_not_omitted():
    meeting = ("Independent Chair (Marguerite Quill): Carys, did you get the report?\n"
               "Mother (Carys Webb): I got it last night, gone ten on my phone. I couldn't read it properly, "
               "it's twenty pages, and I want that put down because this keeps happening.\n"
               "Independent Chair (Marguerite Quill): I'm sorry, Carys. Idris?\n"
               "Social Worker (Idris Kestrel): That's my fault, it was waiting for sign-off.\n")
    minuted = "Ms Webb said she had received the report only the previous evening and had not been able to read it fully."
    assert not omitted(meeting, minuted, "Mr Kestrel apologised.")
    same_day = meeting.replace("I got it last night, gone ten on my phone.", "I only got it this morning on my phone.")
    assert not omitted(same_day, "Ms Webb said she had received the report only that morning.", "Mr Kestrel apologised.")
    # ... and her complaint of it, in words of a day ("on the very morning of the conference")
    again = ("Independent Chair (Marguerite Quill): Carys, did you get the report?\n"
             "Mother (Carys Webb): Last night, gone ten.\n"
             "Independent Chair (Marguerite Quill): I'm sorry, Carys.\n"
             "Mother (Carys Webb): Put that in the minutes, please. It was the same before, we got it on the very "
             "morning of the conference.\n"
             "Social Worker (Idris Kestrel): That's my fault, it was waiting for sign-off.\n")
    assert not omitted(again, "Ms Webb said the report reached her only the previous evening, as it had before.",
                       "Mr Kestrel apologised.")
    # ... but a late report the minutes credit to someone else carries nothing of hers
    others = "Mr Kestrel said the report had been sent late because it was waiting for sign-off."
    assert omitted(meeting, others, "The Chair apologised.")


def test_a_dissent_the_minutes_record_as_theirs_in_other_words_is_not_omitted():
    meeting = ("Independent Chair (Marguerite Quill): My decision is that Carys stays on a child protection plan.\n"
               "Mother (Carys Webb): I don't agree. It should end. I've gone to every single meeting you set up.\n"
               "Independent Chair (Marguerite Quill): That's noted. Idris, your view?\n"
               "Social Worker (Idris Kestrel): I'd go child in need myself. I really don't think the plan adds much "
               "now the school and the family are talking every day.\n")
    recorded = ("Ms Webb did not accept the decision, pointing out that she had attended every meeting.",
                "Mr Kestrel favoured child in need, believing the family and school now talk daily.")
    assert not omitted(meeting, "The Chair decided Carys would remain on a plan.", *recorded)
    # minutes that record neither leave both out
    assert len(omitted(meeting, "The Chair decided Carys would remain on a plan.")) == 2
    # another's disagreement, or this person's view of another outcome, records neither
    others = ("Mr Kestrel did not accept the decision.", "Ms Webb favoured a plan.")
    assert len(omitted(meeting, "The Chair decided Carys would remain on a plan.", *others)) == 2


def test_the_chair_promising_a_turn_is_running_the_meeting():
    chair = "Independent Chair (Marguerite Quill)"
    said = "Lionel, I promise you'll get your chance. Let Beatrix finish and I'll come straight to you."
    assert "an assurance given in the meeting" not in _why_material(chair, said)
    # a promise about the plan is one
    plan = "Lionel, I promise you the plan will be reviewed in three months."
    assert "an assurance given in the meeting" in _why_material(chair, plan)


def test_the_child_disagreeing_is_not_a_professional_dissenting():
    meeting = ("Independent Chair (Marguerite Quill): Idris, your recommendation?\n"
               "Social Worker (Idris Kestrel): A child protection plan, under neglect.\n"
               "Health Visitor (Beatrix Noon): I'd support a plan under neglect too.\n"
               "Young Person (Milo Webb): I don't agree with a plan. Nobody asked me.\n"
               "Independent Chair (Marguerite Quill): I hear you, Milo.\n")
    text = "All professionals recommended a child protection plan under the category of neglect."
    found = findings(meeting, text)
    assert text not in found or found[text].check != "all_agreed_but_dissent"
    # a professional who disagreed is one
    dissent = meeting.replace("Health Visitor (Beatrix Noon): I'd support a plan under neglect too.",
                              "Health Visitor (Beatrix Noon): I don't agree, I think child in need is enough.")
    assert findings(dissent, text)[text].kind == "contradicted"
    from app.compare.attribution import is_the_child
    assert is_the_child("Young Person (Milo Webb)") and not is_the_child("Child Protection Nurse (Ann Lee)")


def test_a_professional_relaying_what_the_parents_say_relays_the_parent():
    meeting = ("Independent Chair (Marguerite Quill): Idris, what do we know about the weekend?\n"
               "Social Worker (Idris Kestrel): So the parents say Milo was with them the whole weekend, and "
               "neither of them knows how the burn on his hand happened. They took him to the walk-in centre "
               "on the Monday.\n"
               "Mother (Carys Webb): We don't know. Honestly.\n"
               "Independent Chair (Marguerite Quill): Thank you.\n")
    text = "Ms Webb said that neither parent knows how the burn on Milo's hand happened."
    found = findings(meeting, text)
    assert text not in found or found[text].kind != "misattributed"
    # told to the parents, it is not theirs
    told = meeting.replace("So the parents say Milo was", "So I've told the parents Milo was")
    assert findings(told, text)[text].kind == "misattributed"


def test_a_person_spoken_to_is_not_the_source_of_what_is_said_to_them():
    """"And Carys, you're welcome to ring me any time" is the worker's offer, said to her; the
    minutes crediting it to her misattribute it. "Carys, you said ..." gives her as its source."""
    meeting = ("Mother (Carys Webb): I just want it over with.\n"
               "Social Worker (Idris Kestrel): I'll see Milo at school every fortnight. And Carys, you're welcome "
               "to ring me at the office any time, day or night.\n"
               "Independent Chair (Marguerite Quill): Thank you, Idris.\n")
    text = "Ms Webb said that she was welcome to ring the office at any time, day or night."
    f = checks.misattributed(case_for(meeting, text))
    assert f is not None and f.kind == "misattributed" and "Idris Kestrel" in f.explanation
    relayed = meeting.replace("And Carys, you're welcome to ring me", "And Carys, you said you'd like to ring me")
    assert checks.misattributed(case_for(relayed, text)) is None
    from app.compare.checks.misattributed import _as_source
    for source in ("Carys, I think you mentioned the mould has come back.", "Carys, she told me the mould is back.",
                   "Carys, from what you've told me, the mould is back.", "That came from the landlord and Carys."):
        assert _as_source({"carys"}, source), source
    for spoken_to in ("And Carys, I'll get the report to you.", "Thanks, Carys. The mould is back."):
        assert not _as_source({"carys"}, spoken_to), spoken_to


def test_a_second_person_the_statement_credits_is_no_misattribution():
    meeting = ("Mother (Carys Webb): Does this mean you're taking Milo off me?\n"
               "Independent Chair (Marguerite Quill): No, Carys. A plan is about keeping Milo safe at home and "
               "getting you support, nobody is talking about removing him.\n"
               "Social Worker (Idris Kestrel): I'll visit every fortnight and see Milo on his own.\n")
    text = ("Ms Webb asked whether Milo would be removed, and the Chair explained that the plan is about keeping "
            "him safe at home and supporting her, not removing him.")
    found = findings(meeting, text)
    assert text not in found or found[text].kind != "misattributed"
    # credited to another who spoke elsewhere, the chair's explanation is not theirs
    meeting = "Social Worker (Idris Kestrel): My assessment is finished, it's all in the report.\n" + meeting
    other = ("Mr Kestrel explained that the plan is about keeping Milo safe at home and supporting Ms Webb, not "
             "removing him.")
    assert findings(meeting, other)[other].kind == "misattributed"


LATE_REPORT = ("Father (Lionel Tate): I only got the report on Monday night, I've hardly read it.\n"
               "Independent Chair (Marguerite Quill): I'm sorry about that, Lionel. Let's take it slowly then.\n"
               "Health Visitor (Beatrix Noon): The baby's weight is fine, she's on the fiftieth centile.\n"
               "Independent Chair (Marguerite Quill): Thank you. Idris, why was the report late?\n"
               "Social Worker (Idris Kestrel): That's my fault, the printer at the office broke down on Friday and "
               "it went out two days late, I'm sorry.\n")
TAKEN_OFF_ME = ("Mother (Carys Webb): I just want to know, are you going to take Milo off me?\n"
                "Health Visitor (Beatrix Noon): He's feeding well and his weight is on the fiftieth centile.\n"
                "Social Worker (Idris Kestrel): No, Carys. Milo stays at home with you, nobody is talking about "
                "removing him, the plan is support for you both.\n")


@pytest.mark.parametrize("meeting,fair,unfair", [
    # "... and Mr Kestrel explained that ...": the explanation is credited to him, not to Mr Tate
    (LATE_REPORT, "Mr Tate said the report came late; I apologised for this and Mr Kestrel explained that the "
                  "printer at the office had broken down on Friday and it went out two days late.",
     "Mr Tate explained that the printer at the office had broken down on Friday and it went out two days late."),
    # "... asked ... and was told ...": the answer was given to her by someone else
    (TAKEN_OFF_ME, "Ms Webb asked whether Milo would be taken from her and was told plainly that he would stay at "
                   "home with her and nobody was talking about removing him.",
     "Ms Webb said that Milo would stay at home with her and nobody was talking about removing him."),
])
def test_words_the_statement_gives_to_another_are_not_misattributed(meeting, fair, unfair):
    found = findings(meeting, fair)
    assert fair not in found or found[fair].kind != "misattributed"
    assert findings(meeting, unfair)[unfair].kind == "misattributed"


def test_late_at_night_is_a_time_not_lateness():
    claim = "A neighbour saw Mr Tate's van outside Ms Webb's flat at about 11pm earlier this month."
    said = "There was one call, a neighbour saying she'd seen Lionel's van outside Carys's late at night, about eleven."
    assert polarity.clash(claim, said) is None
    # being late, or early, for something is punctuality, and opposed
    assert polarity.clash("Mr Tate has always been early for contact.", "Lionel's been late for contact three times.")


def test_a_happy_child_is_a_mood_not_an_assent():
    claim = "Ms Webb said she had done everything asked of her, the home was tidy and the children were happy."
    said = "I want him home by Easter, and I want it written down that I don't agree with the six months."
    assert polarity.clash(claim, said) is None
    # happy with something is an assent, and disagreeing with it says the opposite
    assert polarity.clash("Ms Webb was happy with the six months before Mr Tate comes home.",
                          "I don't agree with the six months before he comes home.")


def test_no_that_echoes_a_negative_agrees_with_it():
    meeting = ("Social Worker (Idris Kestrel): Plan, neglect.\n"
               "Health Visitor (Beatrix Noon): Plan, neglect, from me too.\n"
               "Independent Chair (Marguerite Quill): Okay, so that's everyone, Milo will remain on a child protection "
               "plan under neglect. Carys, I know that isn't what you were hoping for. But the plan is there to help "
               "you get Milo's routines back, it's not there to punish you, and we'd hope to see real change by the "
               "summer.\n"
               "Mother (Carys Webb): No, it isn't. But okay. At least I can still take him to his nan's.\n"
               "Independent Chair (Marguerite Quill): Idris, the plan?\n")
    text = "Decision: Milo will remain subject to a child protection plan under the category of neglect."
    assert text not in findings(meeting, text)
    from app.compare.checks import _agrees_with_a_negative
    # "No, that's not right" corrects, whatever it answers
    assert not _agrees_with_a_negative("He hasn't got a caution.", "No, that's not right, he has one for theft.")
    assert not _agrees_with_a_negative("He has a caution for assault.", "No, it isn't assault, it was theft.")


def test_on_time_is_punctual():
    assert polarity.clash("Mr Tate has frequently arrived late for contact.",
                          "I'll say this for Lionel, he's been on time for every single contact.")
    assert polarity.clash("Mr Tate was not on time for contact.", "He's been on time for every contact since May.")


def test_too_late_is_not_someone_late():
    assert polarity.clash("Ms Webb is always punctual for contact, Ms Noon said.",
                          "Her dad's cancer wasn't found until too late, Carys told me, so she worries at contact.") is None
    assert polarity.clash("Ms Webb is always punctual for contact.", "Carys was late for contact twice in May.")


def test_calmer_is_the_opposite_of_escalated():
    assert polarity.clash("Milo's behaviour at nursery has escalated since Christmas.",
                          "Milo's so much calmer at nursery now, since Christmas it's been lovely.")
    # calm of another thing answers nothing
    assert polarity.clash("Milo's behaviour at nursery has escalated since Christmas.",
                          "Carys stayed calm on the phone.") is None


def test_open_with_someone_is_the_opposite_of_guarded():
    assert polarity.clash("Ms Noon described Ms Webb as guarded about her drinking.",
                          "Carys has been really open with me about her drinking, every visit.")
    # a case open to a team, or open to an idea, is neither
    assert polarity.clash("Ms Noon described Ms Webb as guarded about her drinking.",
                          "The case is open to the drinking team.") is None
    # a person who was open is forthcoming; a door that was open is not
    assert polarity.clash("Ms Noon described Ms Webb as guarded about her drinking.",
                          "At the visit she was really open, she talked about her drinking for an hour.")
    assert polarity.clash("Ms Noon described Ms Webb as guarded about her drinking.",
                          "At the visit the door was open and she was drinking.") is None


def test_unconnected_with_denies_what_it_names():
    assert ("child", True) in polarity.polar_terms("A caution for criminal damage, unconnected with the children.")
    assert polarity.clash("Mr Tate has a caution for criminal damage unconnected with the children.",
                          "Lionel's caution was for criminal damage at a garage, nothing to do with the children.") is None


def test_asking_whether_anyone_disagrees_is_no_disagreement():
    objection = "an objection or disagreement"
    assert objection not in _why_material("Independent Chair (Marguerite Quill)",
                                          "Thanks, Idris. Does anybody disagree with the plan for the garage? No?")
    assert objection in _why_material("Health Visitor (Beatrix Noon)", "I disagree with the plan for the garage.")


def test_a_parents_point_the_minutes_give_to_the_other_parent_is_not_left_out():
    from app.compare import omissions

    meeting = ("Independent Chair (Marguerite Quill): Carys, anything you want to add?\n"
               "Mother (Carys Webb): I want it written down properly, because that report's wrong and I've said so "
               "twice now. That bruise was never the climbing frame at nursery. He came off the trampoline at his "
               "cousin's on the Sunday, my sister saw it, everybody saw it, and I rang the nursery on the Monday "
               "morning to tell them before they even noticed.\n"
               "Independent Chair (Marguerite Quill): Noted. Idris, the plan?\n")
    said = ["Mr Tate said the bruise came from a trampoline fall at a cousin's.", "The plan was agreed."]

    def left_out(credited: str) -> bool:
        found = omissions.find(from_text(meeting), said, True, credits=[[credited], []], weight=lambda w: 1.0)
        return any(t.speaker == "Mother (Carys Webb)" for om in found for t in om.turns)

    assert not left_out("Father (Lionel Tate)")
    # ... a professional credited with it does not carry her point
    assert left_out("Health Visitor (Beatrix Noon)")


def test_asking_for_it_to_be_written_down_is_a_request_to_have_it_minuted():
    said = "The van broke down twice that week, that's why we were late. I want that written down."
    assert "a correction or a request to have it minuted" in _why_material("Father (Lionel Tate)", said)
    asked = "Could somebody write that down, please, that the van broke down twice?"
    assert "a correction or a request to have it minuted" in _why_material("Father (Lionel Tate)", asked)
    # the words alone, about something else, are not
    plain = "The van broke down twice that week, so we were late most mornings."
    assert "a correction or a request to have it minuted" not in _why_material("Father (Lionel Tate)", plain)


def test_a_plain_account_from_the_family_the_minutes_condense_is_not_omitted():
    meeting = ("Independent Chair (Marguerite Quill): Carys, how are things at home?\n"
               "Mother (Carys Webb): Better. He sleeps right through now, since the new bed, and my sister "
               "has him on Saturdays so I get a rest. The garden's sorted as well.\n")
    assert not omitted(meeting, "Ms Webb said things at home were better.")
    # ... the same account with a correction in it is material
    corrected = meeting.replace("The garden's sorted as well.", "And that's not right, what the report says about the garden.")
    assert omitted(corrected, "Ms Webb said things at home were better.")
    # ... and so is a denial of harm, however plainly put
    denied = meeting.replace("The garden's sorted as well.", "And I have never smacked him, whatever the neighbour says.")
    assert omitted(denied, "Ms Webb said things at home were better.")


FLOOR = """\
Independent Chair (Marguerite Quill): Right, getting to school on time in the mornings. Gideon, can we have school?
Designated Safeguarding Lead (Gideon Rowan): Yes.
Designated Safeguarding Lead (Gideon Rowan): Milo has been late to school most Mondays this term, eleven times in all.
"""


def test_a_yes_to_taking_the_floor_affirms_nothing():
    line = "Mr Tate accepted that on a few mornings Milo had not been got to school on time."
    assert checks.affirmed_when_asked(case_for(FLOOR, line)) is None
    # a question about what was claimed still counts
    asked = FLOOR.replace("Right, getting to school on time in the mornings. Gideon, can we have school?",
                          "Gideon, does Milo get to school on time in the mornings?")
    assert checks.affirmed_when_asked(case_for(asked, line)) is not None


def test_a_role_by_its_initials_names_the_speaker_and_is_not_a_word_to_find():
    words = statement_words("The FSW reported that the fridge is full now.", ["Family Support Worker (Nell Abara)"], [])
    assert "fsw" not in words and {"fridge", "full"} <= set(words)
    # another's initials stay: they may be what the sentence is about
    assert "fsw" in statement_words("The FSW has not visited since May.", ["Social Worker (Idris Kestrel)"], [])


PUT_TO_HIM = """\
Father (Lionel Tate): I'm here because I have to be. I've got work at two.
Independent Chair (Marguerite Quill): Thank you. Beatrix, how is Milo?
Health Visitor (Beatrix Noon): He's gaining weight and his speech is coming on, he's got about thirty words now.
Independent Chair (Marguerite Quill): And nursery?
Designated Safeguarding Lead (Gideon Rowan): Attendance is ninety-two percent and he's settled in the blue room.
Independent Chair (Marguerite Quill): Any worries about his sleep?
Health Visitor (Beatrix Noon): Not now. He's in his own bed and down by seven most nights.
Independent Chair (Marguerite Quill): Good. And the dentist?
Health Visitor (Beatrix Noon): Booked for June.
Independent Chair (Marguerite Quill): One more thing for the plan. The drug screening would be at the Riverside clinic, every fortnight, starting next month, and Idris would book the first appointment.
Social Worker (Idris Kestrel): I can book it this week.
Health Visitor (Beatrix Noon): And I'll keep visiting monthly, at home.
Mother (Carys Webb): The home visits are fine with me.
Designated Safeguarding Lead (Gideon Rowan): School will keep sending the attendance figures every Friday.
Independent Chair (Marguerite Quill): Next review in three months, then.
"""


def his_reply(lines: str) -> str:
    """PUT_TO_HIM with these lines where the mother's reply to the plan was (his answer, a question
    put after it, or nothing)."""
    return PUT_TO_HIM.replace("Mother (Carys Webb): The home visits are fine with me.\n", lines)


def test_an_agreement_is_in_the_words_of_what_was_put_to_them():
    line = "Mr Tate agreed to fortnightly drug screening at the Riverside clinic, starting next month."
    answered = his_reply("Father (Lionel Tate): Fine. If it gets you off my back.\n")
    assert line not in findings(answered, line)
    # ... but where he said nothing near it, nobody heard him agree
    f = findings(PUT_TO_HIM, line)[line]
    assert f.kind == "not_said" and f.check == "agreement_not_heard" and "said nothing to it" in f.explanation
    # ... and where he said no to it, the minutes say the opposite of what he said
    objected = his_reply("Father (Lionel Tate): Absolutely not. You're not testing me for anything.\n")
    f = findings(objected, line)[line]
    assert f.kind == "contradicted" and "said no" in f.explanation and "Absolutely not" in f.explanation
    # another's agreement in a later clause is not his
    theirs = "Mr Tate asked for the screening to be nearer home, and Dr Noon agreed to look for a closer clinic."
    assert findings(PUT_TO_HIM, theirs).get(theirs) is None or findings(PUT_TO_HIM, theirs)[theirs].check != \
        "agreement_not_heard"
    # and saying the plan himself is not agreeing to it
    said = "Mr Tate said the drug screening would be at the Riverside clinic every fortnight, starting next month."
    assert findings(answered, said)[said].kind == "misattributed"


def test_agreeing_not_to_do_something_is_an_agreement_too():
    # "agreed not to drive the children" is heard from him, as "agreed to" is
    meeting = PUT_TO_HIM.replace(
        "Independent Chair (Marguerite Quill): Next review in three months, then.\n",
        "Independent Chair (Marguerite Quill): And nobody drives Milo to nursery until the car has its MOT.\n"
        "Social Worker (Idris Kestrel): I'll check the MOT certificate when it's done.\n"
        "Designated Safeguarding Lead (Gideon Rowan): Nursery can hold his place till ten if the bus is late.\n")
    line = "Mr Tate agreed not to drive Milo to nursery until the car has passed its MOT."
    f = findings(meeting, line)[line]
    assert f.kind == "not_said" and f.check == "agreement_not_heard"
    answered = meeting.replace("Designated Safeguarding Lead (Gideon Rowan): Nursery",
                               "Father (Lionel Tate): Fine, I'll leave the car at home.\n"
                               "Designated Safeguarding Lead (Gideon Rowan): Nursery")
    assert line not in findings(answered, line)


def test_ill_think_about_it_is_no_agreement():
    # "I'll talk to my solicitor", "I'll have a think": putting it off, not saying yes
    line = "Mr Tate agreed to fortnightly drug screening at the Riverside clinic, starting next month."
    for reply in ("I'll talk to my solicitor first.", "I'll have a think about it and let you know.",
                  "I will need to think about that."):
        deferred = his_reply(f"Father (Lionel Tate): {reply}\n")
        f = findings(deferred, line).get(line)
        assert f is not None and f.check == "agreement_not_heard", reply
    # ... but "I'll do it" is a yes
    agreed = his_reply("Father (Lionel Tate): I'll do it, if it gets you off my back.\n")
    assert line not in findings(agreed, line)


def test_what_they_had_done_is_no_offer_of_what_they_will_do():
    # He spoke of the screening he once had, not of screening to come: his own turn is no offer of it
    meeting = PUT_TO_HIM.replace("Father (Lionel Tate): I'm here because I have to be. I've got work at two.\n",
                                 "Father (Lionel Tate): I did a drug screening at the Riverside clinic last "
                                 "year and it came back clear.\n").replace(
        "The drug screening would be at the Riverside clinic, every fortnight, starting next month, and Idris would "
        "book the first appointment.", "Contact stays at the family centre on Saturdays, two hours each visit.")
    line = "Mr Tate agreed to a drug screening at the Riverside clinic before every contact visit."
    f = findings(meeting, line).get(line)
    assert f is not None and f.kind == "not_said"
    # ... but "I'll do one before each visit" is his offer
    offered = meeting.replace("it came back clear.", "it came back clear. I'll do one before each contact visit.")
    assert line not in findings(offered, line)


def test_replies_that_agree_or_refuse_are_read_as_they_say():
    from app.compare.checks.agreement import _agrees

    # a yes at the end, a yes after a put-off ("but yes"), a thing offered ("I'll ask my mum")
    for yes in ("I'll need to book the time off work for that, but yes.", "I'll speak to my solicitor but yes.",
                "I'll ask my mum.", "I can do Tuesdays.", "Yes, I'll think about which day suits.",
                "Go on then, sign me up.", "I suppose so.", "It's not ideal. Yes, all right then.",
                "If they could come to the house, I'd really like that.", "That'd be great, thank you."):
        assert _agrees(yes), yes
    # a put-off, or "can't" / "will not", is no yes
    for no in ("I'll have to think about it.", "We'll see.", "I'll ask my solicitor.", "I'll let you know.",
               "I can't get him there without the car.", "I will not be doing that."):
        assert not _agrees(no), no


def test_saying_no_is_read_as_no():
    from app.compare.checks.agreement import _refuses

    for no in ("No, I'm not having that.", "I can't, not with my shifts.", "I won't do it.", "Not happening.",
               "I'm not going to sign anything.", "No way, not there.", "I don't want to.",
               "I refuse to do that.", "I'm not willing to be tested.", "I'd rather not.", "Nah, not at the Riverside.",
               "No, we're not doing that."):
        assert _refuses(no), no
    for other in ("No problem at all.", "I can't remember the date.", "I'm not saying no, I just need time.",
                  "I'm not going to lie, it's been hard.", "Yes.", "No, I've no issue with it.",
                  "Absolutely not a problem.", "No way am I missing it.", "I won't be late.", "I can't afford not to.",
                  "No, not at all, go ahead.", "I won't sign it today, I'll get back to you.",
                  "No, I don't mind.", "No, not a problem.", "I won't have a problem with that.",
                  "I'd rather not wait, can it start this month?"):
        assert not _refuses(other), other


def test_an_agreement_they_refused_is_contradicted():
    line = "Mr Tate agreed to fortnightly drug screening at the Riverside clinic, starting next month."
    refused = his_reply("Father (Lionel Tate): I won't do that, not at the Riverside.\n")
    f = findings(refused, line)[line]
    assert f.kind == "contradicted" and f.check == "agreement_not_heard" and "I won't do that" in f.explanation
    # ... not a no to another question put after it
    other = his_reply("Independent Chair (Marguerite Quill): And contact stays on Thursdays?\n"
                      "Father (Lionel Tate): I can't do Thursdays, I've got work.\n")
    assert findings(other, line)[line].kind == "not_said"
    # ... while a put-off is only not heard
    deferred = his_reply("Father (Lionel Tate): I'm not saying no, I need to check my shifts.\n")
    assert findings(deferred, line)[line].kind == "not_said"


def test_a_refusal_they_answered_with_a_yes_is_contradicted():
    yes = his_reply("Father (Lionel Tate): Go on then, book me in.\n")
    line = "Mr Tate declined the fortnightly drug screening at the Riverside clinic."
    f = findings(yes, line)[line]
    assert f.kind == "contradicted" and f.check == "refusal_they_agreed_to" and "Go on then" in f.explanation
    reluctant = "Mr Tate was reluctant to accept drug screening at the Riverside clinic."
    assert findings(yes, reluctant)[reluctant].check == "refusal_they_agreed_to"
    # ... not where he put it off, or said no too (after a yes)
    for reply in ("I'll have a think about it.", "Go on then, book me in.\nFather (Lionel Tate): No. Not at the "
                  "Riverside, I've changed my mind.", "Go on then, book me in.\nFather (Lionel Tate): Not yet, "
                  "actually. Let me see how the month goes."):
        answered = his_reply(f"Father (Lionel Tate): {reply}\n")
        f = findings(answered, line).get(line)
        assert f is None or f.check != "refusal_they_agreed_to", reply
    # ... nor where the minutes give the yes too, or a view rather than a refusal
    for other in ("Mr Tate declined at first but later agreed to the drug screening at the Riverside clinic.",
                  "Mr Tate does not accept that drug screening at the Riverside clinic is needed.",
                  "Mr Tate did not accept the decision to start drug screening at the Riverside clinic.",
                  "Mr Tate had been refused drug screening at the Riverside clinic before."):
        f = findings(yes, other).get(other)
        assert f is None or f.check != "refusal_they_agreed_to", other


def test_only_what_they_once_did_is_no_offer():
    from app.compare.checks.agreement import _only_what_was_done

    assert _only_what_was_done("I did a screening there last year and it came back clear.")
    for offered in ("I could do one before every visit, if that helps.", "I'd do one.", "I've already booked one.",
                    "Put me down for one.", "I'm doing one every week from now on.", "I go to the group every week."):
        assert not _only_what_was_done(offered), offered


def test_a_yes_to_something_else_is_no_agreement_to_what_the_minutes_record():
    line = "Mr Tate agreed to fortnightly drug screening at the Riverside clinic, starting next month."
    # "Yeah" to a question about the dentist agrees to nothing of the screening
    other = his_reply("Independent Chair (Marguerite Quill): Lionel, did the dentist write to you?\n"
                      "Father (Lionel Tate): Yeah, the letter came on Friday.\n")
    f = findings(other, line)[line]
    assert f.kind == "not_said" and f.check == "agreement_not_heard" and "without agreeing" in f.explanation
    # a yes to the question that points back at the screening is his agreement
    asked = his_reply("Independent Chair (Marguerite Quill): Would that be okay, Lionel?\n"
                      "Father (Lionel Tate): Yeah, go on.\n")
    assert line not in findings(asked, line)
    # nor is a yes after a question put to nobody in particular ("Does anyone know ...?")
    anyone = his_reply("Mother (Carys Webb): Does anyone know if the clinic has a car park?\n"
                       "Father (Lionel Tate): Yeah, fine, I'll go.\n")
    assert line not in findings(anyone, line)


def test_two_people_who_share_one_verb_are_one_subject():
    from app.compare.checks.shared import by_subject

    assert by_subject("Carys and Lionel agreed that Milo would start nursery.") == [
        "Carys and Lionel agreed that Milo would start nursery."]
    assert by_subject("Mum asked about the move, and the Chair explained the plan.") == [
        "Mum asked about the move", "the Chair explained the plan."]
    # so "Ms Webb and Mr Tate agreed that ..." is an agreement heard or not, as one person's is
    line = "Ms Webb and Mr Tate agreed that the drug screening would be at the Riverside clinic every fortnight."
    f = findings(his_reply(""), line)[line]
    assert f.kind == "not_said" and f.check == "agreement_not_heard"


def test_a_disagreement_said_back_by_the_chair_is_the_parents():
    meeting = PUT_TO_HIM.replace("Independent Chair (Marguerite Quill): Next review in three months, then.\n",
                                 "Father (Lionel Tate): No. No way. I've done everything you lot asked.\n"
                                 "Social Worker (Idris Kestrel): The first appointment can be on a Monday.\n"
                                 "Health Visitor (Beatrix Noon): I'll visit the week after.\n"
                                 "Mother (Carys Webb): Mondays are better for me too.\n"
                                 "Independent Chair (Marguerite Quill): It will be recorded that you disagree with "
                                 "the drug screening, Lionel.\n")
    line = "Mr Tate disagreed with the drug screening at the Riverside clinic and asked for this to be recorded."
    assert line not in findings(meeting, line)


def test_not_objecting_to_anothers_plan_is_not_saying_it():
    meeting = ("Health Visitor (Beatrix Noon): I'll do Milo's review next week and refer him to speech and language.\n"
               "Designated Safeguarding Lead (Gideon Rowan): We'll send his attendance every Friday.\n"
               "Mother (Carys Webb): Fine. Fridays are fine.\n")
    text = "Ms Webb did not object to the Health Visitor doing Milo's review next week and referring him to speech and language."
    assert checks.misattributed(case_for(meeting, text)) is None


def test_a_surname_the_meeting_never_said_is_read_as_the_first_name_it_did():
    from app.compare.comparer import _as_called, _called_by_first_name
    from app.minutes.people import Attendee, Cast

    cast = Cast([Attendee("Lionel Tate", "Father"), Attendee("Carys Webb", "Mother"),
                 Attendee("Idris Kestrel", "Social Worker")])
    turns = from_text("Social Worker (Idris Kestrel): Lionel's been polite, he's in for every visit. "
                      "Ms Webb, thank you.\n")
    called = _called_by_first_name(turns, cast)
    assert _as_called("Mr Tate has been courteous at every visit.", called) == "Lionel has been courteous at every visit."
    # a surname the meeting said stays; so does a name of nobody there
    assert _as_called("Ms Webb attended. Mr Rook did not.", called) == "Ms Webb attended. Mr Rook did not."
    # a surname two attendees share is read as the one the title's sex leaves, else left alone
    cast = Cast([Attendee("Carys Webb", "Mother"), Attendee("Edna Webb", "Maternal grandmother"),
                 Attendee("Owen Webb", "Father")])
    called = _called_by_first_name(from_text("Chair (Ann Lo): Carys, Edna, Owen, thank you.\n"), cast)
    assert _as_called("Mrs Webb said the flat is warm.", called).split() == "said the flat is warm.".split()
    assert _as_called("Mr Webb said the flat is warm.", called) == "Owen said the flat is warm."


def test_a_speaker_giving_the_credited_agency_as_the_source_relays_it():
    meeting = ("Independent Chair (Marguerite Quill): Idris, how did this come to us?\n"
               "Social Worker (Idris Kestrel): So the worries were raised by the school. Milo has been turning up "
               "in the same clothes all week and falling asleep in lessons after lunch.\n"
               "Independent Chair (Marguerite Quill): Thank you. Gideon?\n"
               "Designated Safeguarding Lead (Gideon Rowan): His reading has slipped this term.\n")
    text = "School raised concerns that Milo was wearing the same clothes all week and falling asleep in lessons."
    found = findings(meeting, text)
    assert text not in found or found[text].kind != "misattributed"
    # the school given as whom the worries went to, not where they came from: the words are his own
    told = meeting.replace("So the worries were raised by the school.", "So I passed my worries on to the school.")
    assert findings(told, text)[text].kind == "misattributed"


def test_a_dissent_in_the_minute_takers_words_is_said_by_the_one_dissenting():
    meeting = ("Social Worker (Idris Kestrel): My view is the threshold is met, given the bruising.\n"
               "Independent Chair (Marguerite Quill): Thank you all. My decision is that Milo will be made subject "
               "to a child protection plan, under physical abuse.\n"
               "Mother (Carys Webb): Right. Well I don't accept that, but fine.\n"
               "Independent Chair (Marguerite Quill): I'll make sure that's minuted, Carys.\n"
               "Health Visitor (Beatrix Noon): I'll book the next weigh-in for Thursday.\n")
    text = "Ms Webb disagreed with the decision and this was recorded."
    found = findings(meeting, text)
    assert text not in found or found[text].kind != "not_said"
    # she said nothing against it: the dissent was not said
    quiet = meeting.replace("Right. Well I don't accept that, but fine.", "Right. Okay, thank you.")
    assert findings(quiet, text)[text].kind == "not_said"


def test_a_plan_word_read_against_the_same_outcome_is_no_opposite():
    meeting = ("Social Worker (Idris Kestrel): The summer went well, and the school have no worries now.\n"
               "Independent Chair (Marguerite Quill): Given how well the summer went, I'm deciding Milo will be "
               "supported as a child in need, not a plan. Idris will lead it.\n"
               "Mother (Carys Webb): Thank you.\n")
    text = "The Chair decided that Milo will be supported under a child in need plan, led by Mr Kestrel."
    found = findings(meeting, text)
    assert text not in found or found[text].kind != "contradicted"
    # the chair deciding the other outcome, child in need named only to be set aside, is the opposite
    other = meeting.replace("as a child in need, not a plan.", "on a child protection plan, not child in need.")
    assert findings(other, text)[text].kind == "contradicted"


def test_a_reason_given_with_a_vote_is_read_as_any_words_are():
    meeting = ("Independent Chair (Marguerite Quill): Views, please. Beatrix?\n"
               "Health Visitor (Beatrix Noon): Yes, a plan. I want the structure, and people checking in on Milo "
               "every week.\n"
               "Social Worker (Idris Kestrel): I'd recommend a child protection plan too. Until the police have "
               "spoken to the lodger, nobody yet knows who has been staying at the flat, and that worries me.\n"
               "Independent Chair (Marguerite Quill): Thank you.\n")
    # her vote, with the social worker's reason: the reason is put in her mouth
    text = "Ms Noon recommended a child protection plan, because nobody yet knows who has been staying at the flat."
    assert findings(meeting, text)[text].kind == "misattributed"
    # her vote with her own reason, in other words: hers
    own = "Ms Noon recommended a child protection plan, for the structure it gives and weekly checks on Milo."
    assert own not in findings(meeting, own)


def test_a_negation_inside_a_word_is_a_negation():
    # "didn't", "hadn't": no word boundary before the n't
    for said in ("I didn't see him.", "She hadn’t been told.", "No.", "He never came.", "Nothing happened."):
        assert checks.NEGATED.search(said), said
    for said in ("He came on Monday.", "Nowhere near the school.", "She knows the answer."):
        assert not checks.NEGATED.search(said), said


def test_a_yes_to_being_handed_the_floor_affirms_nothing():
    meeting = ("Independent Chair (Marguerite Quill): Idris, could you start us off with where things are with the "
               "argument at the school gate?\n"
               "Social Worker (Idris Kestrel): Yeah, sure. There was an argument at the school gate on Monday between "
               "Carys and Lionel.\n"
               "Mother (Carys Webb): He came over shouting, I stayed by the gate.\n")
    # "Yeah, sure" takes up the chair's invitation: it says nothing of who started the argument
    assert checks.affirmed_when_asked(case_for(meeting, "Ms Webb denied starting the argument at the school gate.")) is None


INTRODUCED = """\
Independent Chair (Marguerite Quill): Let's go round the room.
Health Visitor (Beatrix Noon): Beatrix Noon, health visitor. I've known Carys since she was at secondary school really.
Social Worker (Idris Kestrel): Idris Kestrel, social worker.
Mother (Carys Webb): Carys, Milo's mum.
Independent Chair (Marguerite Quill): Beatrix, can you tell us about your visits?
Health Visitor (Beatrix Noon): So Milo is gaining weight and Carys has settled into a routine with his feeds. I visit her every fortnight at home, and we've been doing baby massage together.
Independent Chair (Marguerite Quill): Thank you.
"""


def _figure_read_in_their_words(meeting: str, changed: str, same: str, rival: str) -> None:
    """The figure of `changed` is found changed, with the rival the person gave; `same` passes."""
    f = findings(meeting, changed)[changed]
    assert f.kind == "changed_detail" and rival in f.explanation
    assert same not in findings(meeting, same)


def test_a_credited_figure_is_read_where_its_person_gives_one():
    # Ms Noon's introduction fits the statement's words best ("known Carys since secondary school")
    # but gives no figure; her account of the visits gives "every fortnight"
    _figure_read_in_their_words(
        INTRODUCED,
        "Ms Noon said that Carys has weekly home visits from her, and that she has known Carys since secondary school.",
        "Ms Noon said that Carys has home visits from her every two weeks, and has known Carys since secondary school.",
        "every fortnight")


NIGHTS = """\
Independent Chair (Marguerite Quill): Idris, the arrangements at home?
Social Worker (Idris Kestrel): Lionel works nights, and when he does, Edna stays over with the children so Carys isn't on her own.
Maternal Grandmother (Edna Webb): I don't mind, I like having them.
Independent Chair (Marguerite Quill): Thank you. Gideon, how is Milo at school?
Designated Safeguarding Lead (Gideon Rowan): He's settled well and his reading has come on since the autumn.
Independent Chair (Marguerite Quill): And the allotment, Idris?
Social Worker (Idris Kestrel): The allotment is tidy, Carys waters it daily.
Independent Chair (Marguerite Quill): Lionel, anything to add?
Father (Lionel Tate): Only that I work nights on Mondays and Tuesdays now, at the depot.
"""


def test_a_figure_of_someone_named_by_role_is_read_in_their_words():
    # "Father works nights ...": his figure, read where he gives one, though the social worker's
    # summary ("Lionel works nights, and when he does, Edna stays over") fits the words best
    _figure_read_in_their_words(NIGHTS, "Father works nights on Fridays and Saturdays, when the grandmother stays over.",
                                "Father works nights on Mondays and Tuesdays, when the grandmother stays over.",
                                "mondays and tuesdays")


GOING_OUT = """\
Independent Chair (Marguerite Quill): Idris, what will you do next?
Social Worker (Idris Kestrel): I'll keep going out to Milo at home every week, and I'll ring Carys in between.
Independent Chair (Marguerite Quill): Thank you. Gideon, how is Milo at school?
Designated Safeguarding Lead (Gideon Rowan): He's settled well and his reading has come on since the autumn.
Independent Chair (Marguerite Quill): And the allotment?
Social Worker (Idris Kestrel): The allotment is tidy now.
Independent Chair (Marguerite Quill): So to sum up the plan: Idris will keep visiting Milo at home and Gideon will update us on school.
"""


def test_how_often_an_action_is_done_is_its_owners_to_say():
    # the plan's summary fits the action best and gives no figure; how often he will go is his own
    # word ("every week"), though the chair, not he, sets an action's deadline
    def found(line: str):
        case = case_for(GOING_OUT, line)
        case.st.speakers, case.st.credited_by = ["Social Worker (Idris Kestrel)"], "action"
        return checks.detail_changed(case)
    f = found("Mr Kestrel to visit Milo at home fortnightly.")
    assert f is not None and "every week" in f.explanation
    assert found("Mr Kestrel to visit Milo at home weekly.") is None


LAYOUT = """\
Chair (Marguerite Quill): Gideon, school first?
Designated Safeguarding Lead (Gideon Rowan): Attendance has been good this term, ninety-six percent, and he's joined the football club.
Chair (Marguerite Quill): Thank you. Beatrix?
Health Visitor (Beatrix Noon): Milo's weight is on the fiftieth centile now, and I've referred him to the dietitian for his fussy eating.
"""


def test_a_sentence_in_anothers_paragraph_is_misattributed_by_layout():
    # the second sentence names nobody: the paragraph makes it the safeguarding lead's account, but
    # the health visitor said it
    line = ("Mr Rowan (DSL) reported that attendance had been good this term and that he had joined the football "
            "club. Milo's weight is on the 50th centile and he has been referred to the dietitian for fussy eating.")
    found = findings(LAYOUT, line)
    second = "Milo's weight is on the 50th centile and he has been referred to the dietitian for fussy eating."
    f = found.get(second)
    assert f is not None and f.kind == "misattributed" and f.check == "misattributed_by_layout"
    assert "Gideon Rowan" in f.explanation and "paragraph" in f.explanation and "Beatrix Noon" in f.explanation
    # the same sentence in the health visitor's own paragraph is hers
    own = line.replace("Mr Rowan (DSL) reported that attendance had been good this term and that he had joined "
                       "the football club.", "Mrs Noon (HV) reported that she had weighed Milo.")
    assert second not in findings(LAYOUT, own)
    # nor is it misattributed where the chair summed it up for the school
    summed = LAYOUT.replace("Health Visitor (Beatrix Noon): Milo's", "Chair (Marguerite Quill): So Milo's")
    assert second not in findings(summed, line)


def test_whose_paragraph_a_sentence_that_names_nobody_is_in():
    m = minutes("Mr Rowan (DSL) said the attendance was good. The football club has helped him settle.",
                "Mrs Noon (HV) weighed Milo on Monday. His weight is on the 50th centile. Mum is feeding him well.",
                "Mr Rowan to send the attendance figures. The figures are weekly.",
                "Mrs Noon said Mr Tate had stopped drinking. He had, however, missed the group.")
    by_text = {s.text: s for s in m.statements}
    assert by_text["The football club has helped him settle."].paragraph_of == \
        "Designated Safeguarding Lead (Gideon Rowan)"
    assert by_text["The figures are weekly."].paragraph_of is None  # after an action: no account
    # "he" may be Mr Tate, whom the last sentence was about: whose account is not sure
    assert by_text["He had, however, missed the group."].paragraph_of is None
    assert by_text["Mr Rowan (DSL) said the attendance was good."].paragraph_of is None  # credited itself
    # opened by its giver, as its subject; a sentence that names an attendee says whose it is
    assert by_text["His weight is on the 50th centile."].paragraph_of == "Health Visitor (Beatrix Noon)"
    assert by_text["Mum is feeding him well."].paragraph_of is None
    # a tag is its own sentence's; a group's account, and an agency named, are nobody's one account
    m = minutes("The last visit was on 2 May (HV). The garden is overgrown.",
                "Mr Rowan (DSL) said the attendance was good. Professionals noted a smell of damp. The flat is cold.",
                "Mrs Noon (HV) weighed Milo. The social worker has no record at the address.")
    assert all(s.paragraph_of is None for s in m.statements)


def test_a_referral_nobody_spoke_of():
    meeting = ("Health Visitor (Beatrix Noon): Milo's eating is still fussy. A dietitian would say the same, "
               "little and often, and I've given Carys some leaflets on it.\n"
               "Mother (Carys Webb): He'll eat toast and bananas, that's about it.\n")
    line = "Mrs Noon said Milo had been referred to a dietitian for his eating."
    f = checks.referral_not_said(case_for(meeting, line))
    assert f is not None and f.kind == "not_said" and "sent on to the dietitian, but nobody" in f.explanation
    # spoken of as a referral, a waiting list or an appointment, it was said
    for said in ("Health Visitor (Beatrix Noon): I've referred him to the dietitian for his fussy eating.\n",
                 "Health Visitor (Beatrix Noon): He's on the waiting list for the dietitian now.\n",
                 "Health Visitor (Beatrix Noon): Milo's got an appointment with the dietician in May.\n"):
        assert checks.referral_not_said(case_for(meeting + said, line)) is None
    # ... or by the one it was made to: "he was referred to me"
    own = meeting + "Dietitian (Edna Webb): Yes, Milo was referred to me last month, I see him on the 4th.\n"
    assert checks.referral_not_said(case_for(own, line)) is None
    # "a referral to the dietitian had been made" names the dietitian, not the making
    made = "A referral to the dietitian had been made because of Milo's eating."
    assert checks.referral_not_said(case_for(meeting, made)) is not None
    # not the referral that brought the family to conference, one still to be made, nor "referred to"
    # as "meant"
    for other in ("The nursery referred Milo to children's services the same afternoon.",
                  "Mrs Noon will make a referral to the dietitian next week.",
                  "Ms Webb said that the dietitian referred to the leaflets she had been given."):
        assert checks.referral_not_said(case_for(meeting, other)) is None, other


def test_a_chair_by_any_title_sums_up_and_is_never_the_real_speaker_of_a_row():
    # "Independent Chair" is the chair as "Chair" is: reading out an agency's part is no misattribution
    line = "Referred to the stop smoking clinic; down to about five cigarettes a day."
    for chair in ("Chair (Marguerite Quill)", "Independent Chair (Marguerite Quill)"):
        case = case_for(SMOKING.replace("Health Visitor (Beatrix Noon)", chair), line)
        case.st.speakers, case.st.credited_by = ["Designated Safeguarding Lead (Gideon Rowan)"], "table"
        assert checks.misattributed(case) is None, chair
    # ... nor is the chair's opening ("We're here to decide on a child protection plan for Milo") quoted
    # as who said a row's words, where the one who did said them in short sentences
    meeting = ("Independent Chair (Marguerite Quill): Welcome. We're here to decide on a child protection plan for Milo.\n"
               "Health Visitor (Beatrix Noon): Milo's weight is fine and he's meeting his milestones.\n"
               "Mother (Carys Webb): He's doing well at nursery.\n"
               "Designated Safeguarding Lead (Gideon Rowan): Plan. The flat. That weekend. Nobody knows who was in it yet.\n")
    row = "Recommended a child protection plan, because it is not yet known who was in the flat that weekend."
    case = case_for(meeting, row)
    case.st.speakers, case.st.credited_by = ["Health Visitor (Beatrix Noon)"], "table"
    f = checks.misattributed(case)
    # (here no sentence of the real speaker's says enough of it to quote: no finding, rather than the chair's)
    assert f is None or not any("Chair" in e.speaker for e in f.evidence)


def test_a_relative_named_for_another_where_the_passage_names_only_the_other():
    # a grandfather spoken of earlier, of something else, does not make the minutes' one said here
    meeting = ("Health Visitor (Beatrix Noon): His grandad had Milo for tea on Sunday, he ate everything.\n"
               "Independent Chair (Marguerite Quill): Thank you, Beatrix. Idris, mornings?\n"
               "Social Worker (Idris Kestrel): Carys's sister Jo has been brilliant, she does the school run "
               "on the mornings Carys has appointments.\n")
    line = "Mr Kestrel said Milo's grandfather takes him to school on the mornings Ms Webb has appointments."
    f = checks.detail_changed(case_for(meeting, line))
    assert f is not None and "sister" in f.explanation and "in this part of the meeting" in f.explanation
    # ... but where the passage names a grandparent another way ("her dad"), no change is claimed
    dad = meeting.replace("Carys's sister Jo has been brilliant, she does the school run",
                          "Carys's sister Jo and her dad share the school run, they do it")
    assert checks.detail_changed(case_for(dad, line)) is None


def test_a_want_said_plainly_against_one_denied():
    meeting = """\
Independent Chair (Marguerite Quill): Carys, what would you like to happen with the allotment?
Mother (Carys Webb): Honestly, I don't want Milo to keep the allotment on.
Independent Chair (Marguerite Quill): Thank you.
"""
    # "want" is too common a word for polarity to weigh; the willingness scale reads it both ways
    f = checks.consented_the_other_way(case_for(meeting, "Ms Webb said she wants Milo to keep the allotment on."))
    assert f is not None and "don't want" in f.evidence[0].text
    assert checks.consented_the_other_way(
        case_for(meeting, "Ms Webb said she does not want Milo to keep the allotment on.")) is None


def test_a_childs_reading_is_no_part_of_the_meetings_course():
    assert not checks.procedural("Ms Webb said Milo's reading had come on well this term.")
    assert not checks.procedural("Mr Rowan said his reading age is now nine.")
    assert checks.procedural("The chair read out the school's report.")


def test_a_word_said_in_some_form_is_of_its_root_not_a_compound():
    aligner = Aligner(from_text("Health Visitor (Beatrix Noon): She's tired all the time, and work is busy.\n"))
    assert checks._said_in_some_form("tiredness", aligner)
    assert not checks._said_in_some_form("workload", aligner)
    assert not checks._said_in_some_form("timekeeping", aligner)
    # ... a longer one may be a word clipped ("admin" for "administration")
    clipped = Aligner(from_text("Health Visitor (Beatrix Noon): The admin office has the form.\n"))
    assert checks._said_in_some_form("administration", clipped)


def test_a_frequency_nobody_gave():
    meeting = """\
Independent Chair (Marguerite Quill): Carys, how is Milo sleeping?
Mother (Carys Webb): He wakes up screaming and I have to sit with him till he settles.
Independent Chair (Marguerite Quill): Thank you.
"""
    f = checks.frequency_not_said(case_for(meeting, "Ms Webb said Milo wakes up screaming every night."))
    assert f is not None and f.kind == "not_said" and "every night" in f.explanation
    # ... but a how-often said in words of its own is for the details to weigh, or none to find
    said = meeting.replace("He wakes up screaming", "Most nights he wakes up screaming")
    assert checks.frequency_not_said(case_for(said, "Ms Webb said Milo wakes up screaming every night.")) is None
    assert checks.frequency_not_said(case_for(meeting, "Ms Webb said Milo wakes up screaming.")) is None
    # ... nor days named, which say how often too
    days = """\
Independent Chair (Marguerite Quill): What days does Edna have Milo?
Maternal grandmother (Edna Webb): Monday, Wednesday and Friday. I take him to the allotment on the Wednesday.
"""
    assert checks.frequency_not_said(case_for(days, "Mrs Webb said she looks after Milo three days a week.")) is None
    # ... nor against a recogniser's transcript, which mishears a word like "fortnightly"
    heard = _segments(("Carys, how is Milo sleeping?", 0.95),
                      ("He wakes up screaming and I have to sit with him till he settles.", 0.95))
    assert checks.frequency_not_said(
        case_for("", "Ms Webb said Milo wakes up screaming every night.", turns=heard)) is None


def test_a_shared_judging_word_polarity_weighs_is_left_to_it():
    meeting = """\
Independent Chair (Marguerite Quill): Carys, how are you finding the new flat?
Mother (Carys Webb): To be honest the flat isn't good for the children, the bedroom is tiny.
Independent Chair (Marguerite Quill): Thank you.
"""
    line = "Ms Webb said the new flat is good for the children."
    # "good" is a common word, but polarity weighs it (it has opposites): the judging check leaves
    # "good" / "isn't good" to it, and the statement is still found contradicted
    assert checks.judged_the_other_way(case_for(meeting, line)) is None
    f = findings(meeting, line)[line]
    assert f.kind == "contradicted" and "isn't good" in f.evidence[0].text


def test_notice_not_given_in_the_perfect_passive():
    from app.compare import notice

    assert notice.withheld("The landlord had not been informed of the leak.")
    assert notice.withheld("The school hasn't been told about the move.")


def test_notice_reads_when_someone_told_or_knew():
    from app.compare import notice

    for sentence in ("She rang the surgery straight away.", "He reported the break-in the same day.",
                     "I've known about his debts for years.", "He told his manager at the first opportunity."):
        assert notice.told_when(sentence) == 1, sentence
    for sentence in ("It took him three weeks to tell the landlord.", "I only found out about the debts last week.",
                     "She didn't mention the rash until the Friday.", "I left it a few days before I rang the GP.",
                     "He kept it to himself for ages before he told me."):
        assert notice.told_when(sentence) == -1, sentence
    # neither, both, or no telling at all
    for sentence in ("She rang the surgery.", "I rang straight away but they only called back days later.",
                     "The nurse said she would look at the rash straight away.", "I only mentioned it because you asked.",
                     "I said I wouldn't pay the rent until the damp was fixed.", "I've known the family for years.",
                     "If he had told us straight away it would have helped.", "The bus came straight away."):
        assert notice.told_when(sentence) == 0, sentence


def test_told_at_once_against_told_late():
    meeting = """\
Independent Chair (Marguerite Quill): Lionel, when did the GP hear about the rash on Milo's legs?
Father (Lionel Tate): Honestly, I left it about a fortnight before I told the GP about the rash, I thought it would clear.
Independent Chair (Marguerite Quill): Thank you.
"""
    line = "Mr Tate said he told the GP about the rash straight away."
    f = checks.told_when_the_other_way(case_for(meeting, line))
    assert f is not None and f.kind == "contradicted" and "left it about a fortnight" in f.evidence[0].text
    # ... and the other way round
    soon = meeting.replace("I left it about a fortnight before I told", "I told")
    soon = soon.replace("the rash, I thought it would clear", "the rash that same day")
    late = "Mr Tate said he only told the GP about the rash a fortnight later."
    assert checks.told_when_the_other_way(case_for(soon, late)) is not None
    # said the minutes' way, or a telling of something else: nothing to find
    assert checks.told_when_the_other_way(case_for(soon, line)) is None
    other = meeting.replace("told the GP about the rash", "told the school about the new address")
    assert checks.told_when_the_other_way(case_for(other, line)) is None
    # ... nor another telling that shares only who was told
    rang = """\
Independent Chair (Marguerite Quill): Carys, what happened on the night Milo went missing?
Mother (Carys Webb): I rang the police within the hour, I was frantic.
Independent Chair (Marguerite Quill): Thank you. Idris, how is Milo getting on at school now?
Social Worker (Idris Kestrel): He's settled, his teacher says he's happier and eating his lunch.
Health Visitor (Beatrix Noon): His weight is fine and his jabs are done.
Designated Safeguarding Lead (Gideon Rowan): Attendance is up this half term.
Independent Chair (Marguerite Quill): Good. Lionel, anything to add?
Father (Lionel Tate): Just that the flat is sorted now.
"""
    late = "Ms Webb said the police report had only reached her a week later."
    assert checks.told_when_the_other_way(case_for(rang, late)) is None


def test_quantity_reads_all_most_some_few_none():
    from app.compare import quantity as q

    def levels(sentence):
        return [level for level, _ in q.readings(sentence)]

    assert levels("All of the rent arrears have been paid off.") == [q.ALL]
    assert levels("Only one of the three references came back.") == [q.FEW]
    assert levels("The dog has nipped someone four times.") == [q.SOME]
    assert levels("He sees his nan every now and then.") == [q.SOME]
    assert levels("She has never been late with the rent.") == [q.NONE]
    assert levels("Most of the time he walks to school.") == [q.MOST]
    # no quantity: an answer's "no", "all right", "each other", "after all", "all in all", "no wonder"
    for sentence in ("No, he hasn't.", "Is that all right?", "They look after each other.", "It was his choice after all.",
                     "All in all he's done well.", "No wonder she was tired.", "He sees her every other week."):
        assert levels(sentence) == [], sentence
    assert levels("He's missed two days all term.") == []  # (of when, not how much)
    assert [at for _, at in q.readings("There were no detentions.")] == [3]  # (before what it counts)
    assert levels("He has repeatedly turned up without warning.") == [q.MOST]
    assert levels("She had been worried for some time.") == []  # (how long, not how often)
    assert q.opposed(q.ALL, q.FEW) and q.opposed(q.NONE, q.SOME) and q.opposed(q.MOST, q.NONE)
    # every against some, usually against rarely: two apart is as far as a saying and its opposite
    assert q.opposed(q.ALL, q.SOME) and q.opposed(q.MOST, q.FEW)
    assert not q.opposed(q.ALL, q.MOST) and not q.opposed(q.SOME, q.MOST) and not q.opposed(q.FEW, q.NONE)


def test_all_minuted_where_only_one_was_said():
    meeting = """\
Independent Chair (Marguerite Quill): Lionel, have the references for the new job come back?
Father (Lionel Tate): Only one of my references has come back so far, the other two are still waiting on the agency.
Independent Chair (Marguerite Quill): Thank you.
"""
    line = "Mr Tate said all of his references had come back."
    f = checks.how_much_the_other_way(case_for(meeting, line))
    assert f is not None and f.kind == "contradicted" and "Only one of my references" in f.evidence[0].text
    # said the minutes' way, or near it, somewhere there: no finding
    assert checks.how_much_the_other_way(case_for(meeting, "Mr Tate said only one of his references had come back.")) is None
    both = meeting.replace("Thank you.", "Thank you.\nFather (Lionel Tate): Sorry, no, all of my references are in now.")
    assert checks.how_much_the_other_way(case_for(both, line)) is None
    # ... nor where the two speak of opposite things ("attended all" / "missed only one")
    missed = meeting.replace("Only one of my references has come back so far", "I've missed only one of the sessions")
    assert checks.how_much_the_other_way(case_for(missed, "Mr Tate said he had attended all of the sessions.")) is None
    # ... nor against a recogniser's transcript, which runs sentences together and mishears small words
    heard = _segments(("Lionel, have the references for the new job come back?", 0.95),
                      ("Only one of my references has come back so far, the other two are still waiting.", 0.95))
    assert checks.how_much_the_other_way(case_for("", line, turns=heard)) is None


def test_all_minuted_where_none_was_said_of_the_opposite():
    meeting = """\
Independent Chair (Marguerite Quill): Gideon, how has Milo's timekeeping been?
Designated Safeguarding Lead (Gideon Rowan): Milo hasn't been late once. Not one day this half term.
Independent Chair (Marguerite Quill): Thank you.
"""
    # ("not one day" is of the lateness, said in the sentence before)
    assert checks.how_much_the_other_way(case_for(meeting, "Mr Rowan said Milo had been on time every day this half term.")) is None


def test_none_minuted_where_some_were_said():
    meeting = """\
Independent Chair (Marguerite Quill): Gideon, has Milo been in trouble at school this term?
Designated Safeguarding Lead (Gideon Rowan): He's had three detentions this term, all for talking back to staff.
Independent Chair (Marguerite Quill): Thank you.
"""
    f = checks.how_much_the_other_way(case_for(meeting, "Mr Rowan said Milo had had no detentions this term."))
    assert f is not None and "three detentions" in f.evidence[0].text


def test_every_minuted_where_some_was_said_of_how_often():
    def found(said: str, line: str = "Mr Kestrel said Mrs E Webb looks after the children every Friday."):
        meeting = f"""\
Independent Chair (Marguerite Quill): Idris, how often is Edna having the children?
Social Worker (Idris Kestrel): {said}
Independent Chair (Marguerite Quill): Thank you.
"""
        return checks.how_much_the_other_way(case_for(meeting, line))

    f = found("She looks after them some Fridays, when her shifts allow.")
    assert f is not None and "some Fridays" in f.evidence[0].text
    # times against days: "every day" / "a few times" (not against weekends or evenings, whose
    # times may be any)
    times = "She's looked after them a few times since Easter, when her shifts allow."
    assert found(times, "Mr Kestrel said Mrs E Webb looks after them every day.") is not None
    assert found(times, "Mr Kestrel said Mrs E Webb looks after them every weekend.") is None
    # the same how often in other words, or a span of time that is no how often: nothing to find
    assert found("She looks after them every Friday without fail, when her shifts allow.") is None
    assert found("She's been asking for some time, when her shifts allow, to look after them on Fridays.") is None
    # ... nor a span of time that shares nothing else ("some Fridays" of her shifts), nor times of
    # another span ("a couple of times midweek"), nor "some" of another thing, nor how long, nor a rate
    for said in ("Some Fridays she works a double shift, so it's her sister who has them then.",
                 "She looks after them a couple of times midweek, when her shifts allow.",
                 "She looks after them on Fridays, and some Saturdays too.",
                 "She's looked after them on Fridays for a few weeks now."):
        assert found(said) is None, said
    assert found("She looks after them a few times a week, Fridays mostly.",
                 "Mr Kestrel said Mrs E Webb looks after the children every week.") is None


def test_a_how_often_answer_is_of_what_the_question_asked():
    # the answer names only the span; the question put to its speaker names the thing
    def meeting(answer: str, asked: str = "Beatrix, how is nursery going for Ada at the moment?") -> str:
        return f"""\
Independent Chair (Marguerite Quill): {asked}
Health Visitor (Beatrix Noon): It's patchy. {answer}
Independent Chair (Marguerite Quill): Thank you.
"""

    line = "Ms Noon said Ada attends nursery every Monday."
    f = checks.how_much_the_other_way(case_for(meeting("She goes some Mondays, when Carys is up in time."), line))
    assert f is not None and "some Mondays" in f.evidence[0].text
    assert checks.how_much_the_other_way(case_for(meeting("She goes every Monday, she loves it."), line)) is None
    # the question lends nothing to a sentence with a thing of its own ("some Mondays" she is late)
    assert checks.how_much_the_other_way(case_for(meeting("She goes every Monday. Some Mondays she's a bit late in, "
                                                          "but she's there."), line)) is None
    # a span that is no word of content elsewhere ("morning", a greeting's) is one here
    assert checks.how_much_the_other_way(case_for(meeting("She goes some mornings, when Carys is up in time."),
                                                  "Ms Noon said Ada attends nursery every morning.")) is not None
    # a question of something else is no tie: "some Mondays" may be of anything
    assert checks.how_much_the_other_way(case_for(meeting("She goes some Mondays, when Carys is up in time.",
                                                          "Beatrix, how are things at home?"), line)) is None


def test_roles_read_who_did_what_to_whom():
    from app.compare.roles import Deed, deeds

    names = frozenset({"milo", "carys"})
    assert deeds("Milo pushed his sister off the trampoline.", names) == (Deed("milo", "push", "sister"),)
    assert deeds("His sister was pushed by Milo.", names) == (Deed("milo", "push", "sister"),)
    assert deeds("It was me who rang the housing office.", names) == (Deed("i", "ring", "", True),)
    assert deeds("I'm the one that locked the gate.", names) == (Deed("i", "lock", "", True),)
    assert deeds("It was me who phoned the housing office.", names) == (Deed("i", "ring", "", True),)
    assert deeds("I had to lock the gate myself.", names) == (Deed("i", "lock", "", True),)
    assert deeds("The gate was locked by me.", names) == (Deed("me", "lock", "", True),)
    assert deeds("Carys phoned me about it.", names) == deeds("Carys rang me about it.", names)
    # done both ways, or no deed at all
    assert deeds("Milo and his sister pushed each other.", names) == ()
    assert deeds("Carys was happy with that.", names) == ()


def test_a_deed_told_the_other_way_round():
    meeting = """\
Independent Chair (Marguerite Quill): Carys, what happened at the weekend?
Mother (Carys Webb): His sister pushed Milo off the trampoline, he never touched her.
Independent Chair (Marguerite Quill): Thank you.
"""
    line = "Ms Webb said Milo had pushed his sister off the trampoline."
    f = checks.done_the_other_way_round(case_for(meeting, line))
    assert f is not None and f.kind == "contradicted" and "His sister pushed Milo" in f.evidence[0].text
    # the minutes' way round, or both ways: nothing to find
    assert checks.done_the_other_way_round(case_for(meeting, "Ms Webb said Milo's sister had pushed him off the trampoline.")) is None
    both = meeting.replace("he never touched her", "and then Milo pushed his sister back")
    assert checks.done_the_other_way_round(case_for(both, line)) is None
    # ... nor a deed asked about, denied, supposed, or told of by a "he" that may be Milo
    for said in ("Is it right his sister pushed Milo off the trampoline?", "I'm not saying his sister pushed Milo.",
                 "If his sister pushes Milo off the trampoline again she'll be grounded.",
                 "It was the other way round, he pushed his sister off the trampoline."):
        other = meeting.replace("His sister pushed Milo off the trampoline, he never touched her.", said)
        assert checks.done_the_other_way_round(case_for(other, line)) is None, said


def test_a_deed_credited_to_another_than_who_said_they_did_it():
    meeting = """\
Independent Chair (Marguerite Quill): Idris, where are we with the damp in the flat?
Social Worker (Idris Kestrel): I was the one who rang the landlord about the damp, in the end.
Independent Chair (Marguerite Quill): Thank you.
"""
    f = checks.done_the_other_way_round(case_for(meeting, "Mr Kestrel said Carys had rung the landlord about the damp."))
    assert f is not None and "I was the one who rang the landlord" in f.evidence[0].text
    assert checks.done_the_other_way_round(case_for(meeting, "Mr Kestrel said he had rung the landlord about the damp.")) is None


def test_a_maybe_given_as_settled():
    meeting = """\
Independent Chair (Marguerite Quill): Edna, could you help out with the school run while Carys is at college?
Maternal grandmother (Edna Webb): I might be able to do Mondays. I'd have to see how my back is.
Independent Chair (Marguerite Quill): Thank you, Edna.
"""
    f = checks.surer_than_said(case_for(meeting, "Mrs E Webb agreed to do the school run on Mondays."))
    assert f is not None and f.kind == "not_said" and "I might be able to do Mondays" in f.evidence[0].text
    # the minutes keep the maybe, or it was said plainly: nothing to find
    assert checks.surer_than_said(case_for(meeting, "Mrs E Webb said she might be able to do the school run on "
                                                    "Mondays, depending on her back.")) is None
    plain = meeting.replace("I might be able to do Mondays. I'd have to see how my back is.",
                            "Yes, I'll do Mondays, that's no bother.")
    assert checks.surer_than_said(case_for(plain, "Mrs E Webb agreed to do the school run on Mondays.")) is None


def test_a_maybe_of_something_else_or_set_right_is_no_maybe_of_it():
    def case(said, line):
        return case_for(f"""\
Independent Chair (Marguerite Quill): Lionel, can you come to the next core group?
Father (Lionel Tate): {said}
Independent Chair (Marguerite Quill): Thank you.
""", line)

    line = "Mr Tate confirmed he will come to the core group on Thursday."
    # a hedge of the place, the time or the why, in a clause of its own; a yes after a maybe
    for said in ("Yes, I'll come on Thursday, I think it's at the children's centre.",
                 "I might not make the start, but I'll come to the core group on Thursday.",
                 "I thought long and hard about it and I'll come to the core group on Thursday.",
                 "I might come to the core group. Actually yes, I'll come on Thursday.",
                 "I'll come to the core group on Thursday and I think Carys might come too.",
                 "I'll come to the core group on Thursday, as early as I possibly can.",
                 "I'm up for that. I think the core group is at the children's centre, I'd need to check."):
        assert checks.surer_than_said(case(said, line)) is None, said
    assert checks.surer_than_said(case("I might come to the core group on Thursday, it depends on work.", line)) \
        is not None


def test_a_thought_given_as_confirmed():
    meeting = """\
Independent Chair (Marguerite Quill): Beatrix, has Ada had her jabs?
Health Visitor (Beatrix Noon): Erm... I think she's had her first jabs at the surgery, but I haven't got the record in front of me.
Independent Chair (Marguerite Quill): Okay.
"""
    f = checks.surer_than_said(case_for(meeting, "Ms Noon confirmed that Ada has had her first jabs at the surgery."))
    assert f is not None and "I think she's had her first jabs" in f.evidence[0].text
    line = "Ms Noon confirmed that Ada has had her first jabs at the surgery."
    assert findings(meeting, line)[line].check == "surer_than_said"
    # passed on as told, or kept as a belief: fair
    assert checks.surer_than_said(case_for(meeting, "Ms Noon believed Ada has had her first jabs at the surgery.")) is None
    sure = meeting.replace("Erm... I think she's had her first jabs at the surgery, but I haven't got the record in front of me.",
                           "Yes, she had her first jabs at the surgery on the third, I gave them myself.")
    assert checks.surer_than_said(case_for(sure, "Ms Noon confirmed that Ada has had her first jabs at the surgery.")) is None


def test_an_account_passed_on_is_no_confirmation():
    meeting = """\
Independent Chair (Marguerite Quill): Gideon, has anything come up at school?
Designated Safeguarding Lead (Gideon Rowan): Ruby's friend told me Ruby's dad was at the school gates on Friday and shouted at the caretaker.
Independent Chair (Marguerite Quill): Thank you.
"""
    line = "Mr Rowan confirmed that Mr Tate had been at the school gates on Friday and shouted at the caretaker."
    f = checks.surer_than_said(case_for(meeting, line))
    assert f is not None and "passed on" in f.explanation
    told = meeting.replace("Ruby's friend told me Ruby's dad was", "The lollipop lady told me Ruby's dad was")
    assert checks.surer_than_said(case_for(told, line)) is not None
    # the minutes pass it on as told, or say no more than "said": fair; and one's own account vouches
    assert checks.surer_than_said(case_for(meeting, "Mr Rowan said that Ruby's friend had told him Mr Tate was at "
                                                    "the school gates on Friday and shouted at the caretaker.")) is None
    for own in ("I saw it myself: Ruby's dad was", "As Idris said, Ruby's dad was", "What Idris said is right, Ruby's dad was",
                "Ruby's friend said he'd be there, and he was there, so Ruby's dad was",
                "Ruby's friend said something, but I was on the gate myself and Ruby's dad was",
                "Ruby's friend told me, and I saw myself that Ruby's dad was"):
        assert checks.surer_than_said(case_for(meeting.replace("Ruby's friend told me Ruby's dad was", own), line)) \
            is None, own


def test_an_unsure_answer_is_no_consent():
    meeting = """\
Health Visitor (Beatrix Noon): We'd like to refer Milo to the sleep clinic at the hospital.
Mother (Carys Webb): I'm not sure about that. I'll have a word with his dad first.
Independent Chair (Marguerite Quill): That's fine.
"""
    f = checks.surer_than_said(case_for(meeting, "Ms Webb consented to the sleep clinic referral."))
    assert f is not None and "I'm not sure about that" in f.evidence[0].text
    yes = meeting.replace("I'm not sure about that. I'll have a word with his dad first.", "Yeah, go on, that's fine.")
    assert checks.surer_than_said(case_for(yes, "Ms Webb consented to the sleep clinic referral.")) is None


def test_i_wouldnt_say_denies_what_it_brings_in():
    # "I wouldn't say he was rude" is "he wasn't rude", softly; not "I can't say" (not knowing), and
    # with a second negation it is a yes ("I wouldn't say there were no problems")
    assert ("rude", True) in polarity.polar_terms("I wouldn't say he was rude to the staff.")
    assert ("rude", False) in polarity.polar_terms("I can't say he was rude to the staff.")
    assert ("rude", True) in polarity.polar_terms("I wouldn't really say he was rude to the staff.")
    assert ("rude", False) in polarity.polar_terms("I wouldn't necessarily say he was rude to the staff.")
    assert ("rude", True) in polarity.polar_terms("I wouldn't say Milo has been rude to the staff.")
    assert ("problem", False) in polarity.polar_terms("I wouldn't say there were no problems at the club.")
    # an unhappy yes is a yes: a word of its kind denied is no denial of the very word said
    assert polarity.clash("Ms Webb agreed to the safety plan.",
                          "I wouldn't say I'm happy with it, but yes, I agree to the safety plan.") is None
    # ... nor where it is set right with more of the same, or what follows names what is spoken of
    assert ("rude", False) in polarity.polar_terms("I wouldn't say he was rude, he was downright abusive.")
    assert ("room", False) in polarity.polar_terms("I wouldn't say the room was tidy.")
    # ... nor where it gives way after ("..., but fine"), nor a named person's thing that follows
    assert ("keen", False) in polarity.polar_terms("I wouldn't say I'm keen on it, but fine, I'll go to the group.")
    # "I wouldn't call it a row" likewise, after what it names; not a call made, nor "..., she was asleep"
    assert ("row", True) in polarity.polar_terms("I wouldn't call it a row, just a difference of opinion.")
    assert ("aggressive", True) in polarity.polar_terms("I wouldn't call him aggressive with the kids.")
    assert ("ambulance", False) in polarity.polar_terms("I wouldn't call the ambulance for a nosebleed.")
    assert ("asleep", False) in polarity.polar_terms("I wouldn't call her then, she'd be asleep.")
    assert ("behaviour", False) in polarity.polar_terms("I wouldn't say Ruby's behaviour has got worse.")
    meeting = """\
Independent Chair (Marguerite Quill): Gideon, how has Ruby been at the after-school club?
Designated Safeguarding Lead (Gideon Rowan): She's had a couple of wobbles at the after-school club. I wouldn't say she's been rude to the staff there, though.
Independent Chair (Marguerite Quill): Thank you.
"""
    line = "Mr Rowan said Ruby had been rude to the staff at the after-school club."
    assert findings(meeting, line)[line].kind == "contradicted"


def test_an_admission_denied_whatever_is_denied_after_it():
    meeting = """\
Independent Chair (Marguerite Quill): Carys, the nursery raised a worry about a smack.
Mother (Carys Webb): I've never smacked him. I'd never do that to him.
Independent Chair (Marguerite Quill): Thank you.
"""
    # (the "no" of what follows the semicolon is of the marks, not of the smacking admitted)
    line = "Ms Webb admitted that she had smacked Milo; no marks were seen by the nursery."
    f = checks.admission_not_own(case_for(meeting, line))
    assert f is not None and f.kind == "contradicted" and "never smacked him" in f.evidence[0].text


def test_thats_right_to_a_question_put_in_the_negative_is_a_no():
    # "That's right" confirms the question as put: to "you don't want it?" it is a no, not a yes
    meeting = """\
Health Visitor (Beatrix Noon): We could refer Milo to the speech and language group at the library.
Independent Chair (Marguerite Quill): Carys, so you don't want the speech and language group for now?
Mother (Carys Webb): That's right. Not till he's settled at nursery.
Independent Chair (Marguerite Quill): Thank you.
"""
    assert checks.refusal_they_agreed_to(case_for(meeting, "Ms Webb declined the speech and language group for now.")) \
        is None


def test_a_denial_of_now_is_no_denial_of_what_was_admitted():
    meeting = """\
Independent Chair (Marguerite Quill): Lionel, the messages to Carys last month?
Father (Lionel Tate): I don't message her now at all. I've deleted her number.
Independent Chair (Marguerite Quill): Thank you.
"""
    f = checks.admission_not_own(case_for(meeting, "Mr Tate admitted that he had messaged Ms Webb last month."))
    assert f is None or f.kind != "contradicted"


# ----- a particular added (particulars.py)


def _told(said: str, after: str = "Independent Chair (Marguerite Quill): Thank you.") -> str:
    return f"""\
Independent Chair (Marguerite Quill): Is there anything else the conference should know about?
{said}
{after}
"""


def test_a_particular_added_to_what_was_told():
    # the act was told; who saw it, whose leave, who with and how long were not
    cases = [
        ("Father (Lionel Tate): We had words in the car park and I kicked the bin over. I'm not proud of it.",
         "Mr Tate said he kicked the bin over in the car park in front of his daughters."),
        ("Maternal grandmother (Edna Webb): I collected Milo from nursery on Wednesday, he was poorly.",
         "Mrs E Webb collected Milo from nursery on Wednesday without telling Ms Webb."),
        ("Father (Lionel Tate): I took Ruby swimming on Saturday morning at the leisure centre.",
         "Mr Tate took Ruby swimming at the leisure centre on Saturday morning with his girlfriend."),
        ("Mother (Carys Webb): Milo was in the bath on his own while I answered the door to the postman.",
         "Ms Webb said Milo was in the bath on his own for ten minutes while she answered the door to the postman."),
        ("Maternal grandmother (Edna Webb): I had Ruby overnight on Saturday, she wanted a sleepover.",
         "Mrs E Webb kept Ruby overnight on Saturday without Ms Webb's consent."),
    ]
    for said, line in cases:
        f = checks.particular_not_said(case_for(_told(said), line))
        assert f is not None and f.kind == "not_said", line
        assert findings(_told(said), line)[line].check == "particular_not_said", line


def test_a_particular_given_in_other_words_is_no_finding():
    cases = [
        # who saw it: said so, or a question about it answered yes
        ("Father (Lionel Tate): We had words in the car park and I kicked the bin over. The girls were there, "
         "they saw it.", "Mr Tate said he kicked the bin over in the car park in front of his daughters.", None),
        ("Father (Lionel Tate): We had words in the car park and I kicked the bin over.",
         "Mr Tate said he kicked the bin over in the car park in front of his daughters.",
         "Independent Chair (Marguerite Quill): Did the girls see that?\nFather (Lionel Tate): Yeah, they did."),
        # whose leave: "I didn't ask her"
        ("Maternal grandmother (Edna Webb): I collected Milo from nursery on Wednesday, he was poorly. "
         "I didn't ask Carys first.", "Mrs E Webb collected Milo from nursery on Wednesday without telling Ms Webb.",
         None),
        # who with: by name, or the girlfriend spoken of elsewhere in the meeting
        ("Father (Lionel Tate): I took Ruby swimming on Saturday morning at the leisure centre with Shona.",
         "Mr Tate took Ruby swimming at the leisure centre on Saturday morning with his girlfriend.", None),
        ("Father (Lionel Tate): I took Ruby swimming on Saturday morning at the leisure centre.",
         "Mr Tate took Ruby swimming at the leisure centre on Saturday morning with his girlfriend.",
         "Independent Chair (Marguerite Quill): Thank you.\nFather (Lionel Tate): My girlfriend's been great with her."),
        # ... or a companion in other words: a friend is a mate
        ("Mother (Carys Webb): I stayed in with the kids that night and Lionel went off to his mate's.",
         "Ms Webb said she stayed in with the children that night while Mr Tate went to stay with a friend.", None),
        # how long: a time given, whatever its figure (another figure is the detail check's)
        ("Mother (Carys Webb): Milo was in the bath on his own for a couple of minutes while I answered the door "
         "to the postman.", "Ms Webb said Milo was in the bath on his own for ten minutes while she answered the door "
                            "to the postman.", None),
    ]
    # ... each in other words again: stood there, not a word said, "me and Shona", a span by its ends
    cases += [
        ("Father (Lionel Tate): I kicked the bin over in the car park. The girls were stood right there by the car.",
         "Mr Tate said he kicked the bin over in the car park in front of his daughters.", None),
        ("Maternal grandmother (Edna Webb): I collected Milo from nursery on Wednesday, I didn't say a word to "
         "anybody.", "Mrs E Webb collected Milo from nursery on Wednesday without telling Ms Webb.", None),
        ("Father (Lionel Tate): Me and Shona took Ruby swimming on Saturday morning at the leisure centre.",
         "Mr Tate took Ruby swimming at the leisure centre on Saturday morning with his girlfriend.", None),
        ("Maternal grandmother (Edna Webb): I had Ruby at mine from Monday to Thursday while Carys was poorly.",
         "Mrs E Webb said she had Ruby at her home for four days while Ms Webb was poorly.", None),
    ]
    for said, line, after in cases:
        meeting = _told(said, after) if after else _told(said)
        assert checks.particular_not_said(case_for(meeting, line)) is None, line
    # ... and again: at the table, never rang, "together"
    cases2 = [
        ("Father (Lionel Tate): I shouted at Carys in the kitchen. The girls were at the table doing homework.",
         "Mr Tate said he shouted at Ms Webb in the kitchen in front of the girls."),
        ("Mother (Carys Webb): Lionel took Ruby out of school on Friday. He never rang me, I found out from her "
         "teacher.", "Ms Webb said Mr Tate took Ruby out of school on Friday without telling her."),
        ("Father (Lionel Tate): I was at the flat on Sunday. Shona was in with me, we've been together a year.",
         "Mr Tate said he was at the flat on Sunday with his partner."),
    ]
    for said, line in cases2:
        assert checks.particular_not_said(case_for(_told(said), line)) is None, line
    # chatter gives none of it: "Okay", "you know", "we'll see"
    chatter = "Independent Chair (Marguerite Quill): Okay. You know, we'll see what the plan needs."
    assert checks.particular_not_said(case_for(
        _told("Maternal grandmother (Edna Webb): I had Ruby overnight on Saturday, she wanted a sleepover.", chatter),
        "Mrs E Webb kept Ruby overnight on Saturday without Ms Webb's consent.")) is not None
    # no particular: denied by the minutes themselves, or a place, not people
    said = "Father (Lionel Tate): We had words outside the school and I kicked the bin over."
    for line in ("Mr Tate said he kicked the bin over, though not in front of the children.",
                 "Mr Tate said he kicked the bin over in front of the school."):
        assert checks.particular_not_said(case_for(_told(said), line)) is None, line


def test_a_recognisers_question_mark_hides_no_particular():
    # the recogniser made a statement a question ("... for two days?"): its sentences all tell
    heard = _segments(("Did anyone know where Milo was at the weekend?", 0.95),
                      ("I had his phone. It was switched off, for two days?", 0.9),
                      ("Okay, thank you.", 0.95))
    line = "Ms Webb said Milo's phone had been switched off for two days."
    assert checks.particular_not_said(case_for("", line, turns=heard)) is None


def test_a_particular_denied_or_misread_is_no_finding_and_chatter_no_giving():
    from app.compare.checks import particulars

    # the minutes deny it ("wasn't in front of"), or name the onlookers' place, not them
    assert particulars._added("He shouted at her, but it wasn't in front of his daughters.") == []
    assert particulars._added("He shouted at her, but it wasn’t in front of his daughters.") == []
    assert particulars._added("He shouted at her in front of the children's school.") == []
    assert particulars._added("He left her on her own for a good hour.")
    # the meeting's minutes, a filler "I don't know", "back by Sunday", "I was in the car park" give nothing
    assert not particulars._A_TIME.search("Can that go in the minutes, please?")
    assert not particulars._LEAVE.search("I don't know, it's hard to say really.")
    assert particulars._LEAVE.search("I didn't know he'd taken her.") and particulars._LEAVE.search("He didn’t ask me.")
    assert not particulars._COMPANY_SAID.search("I had them back by Sunday teatime.")
    assert particulars._COMPANY_SAID.search("With Shona, yeah.")
    assert not particulars._SEEN.search("I was in the car park when it happened.")
    assert particulars._SEEN.search("Ruby was in the lounge.")


def test_that_said_is_no_relay():
    from app.compare.checks import hedged

    assert not hedged._RELAYED.search("That said, the house was spotless when I went.")
    assert not hedged._RELAYED.search("We told them we would come on Friday.")
    assert hedged._RELAYED.search("The neighbour reckons he was there all night.")


def test_a_setting_changed_is_a_changed_detail_through_the_detail_check():
    meeting = """\
Independent Chair (Marguerite Quill): Carys, where does the baby sleep?
Mother (Carys Webb): Ada sleeps in the back bedroom in her cot, every night.
Independent Chair (Marguerite Quill): Thank you.
"""
    f = checks.detail_changed(case_for(meeting, "Ms Webb said Ada sleeps in her cot in the kitchen."))
    assert f is not None and f.kind == "changed_detail" and "in the kitchen" in f.explanation \
        and "in the back bedroom" in f.explanation
    # a rival another time ("at night"), a car park no car, and a room said with a curly "won’t"
    from app.compare.details import other_setting
    assert other_setting("He kicked the bin over in the car park.", ["He kicked the bin over in the street."]) == \
        ("in the car park", "in the street")
    assert other_setting("The dog sleeps in the bedroom.", ["He sleeps in the kitchen at night."]) == \
        ("in the bedroom", "in the kitchen")
    assert other_setting("He sleeps in the lounge.", ["He sleeps on the sofa, he won’t go in the kitchen."]) is None


def test_a_how_much_is_placed_among_the_words_the_checks_read():
    # the words are read with contractions opened and phrases rewritten ("he's" is two words, "on
    # time" one): the thing counted is still the word after the how-much word
    from app.compare import quantity
    from app.compare.checks import the_other_way
    from app.compare.text import words

    for sentence, thing in (("He's been to every session since June.", "session"),
                            ("She gets to school on time every morning.", "morning"),
                            ("She's missed some of her sessions.", "session")):
        (_, at), = quantity.readings(sentence)
        assert the_other_way._counted(words(sentence), at) == thing, sentence
    meeting = """\
Independent Chair (Marguerite Quill): Gideon, does Ruby get to school on time now?
Designated Safeguarding Lead (Gideon Rowan): Some mornings. She's late in about twice a week.
Independent Chair (Marguerite Quill): Thank you.
"""
    assert checks.how_much_the_other_way(case_for(meeting, "Mr Rowan said Ruby gets to school on time every morning.")) \
        is not None
