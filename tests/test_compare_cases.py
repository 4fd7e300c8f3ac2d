"""The comparer on the hard cases, each a small hand-written meeting: corrections made on the spot,
admissions put in a parent's mouth, sentences that say a word both ways, denials the minutes leave
out, and what a speech recogniser does to a meeting (no speaker names, garbled words)."""

from app.compare.comparer import compare
from app.compare.text import details
from app.compare.turns import from_text, from_transcript
from app.minutes.statements import build
from app.minutes.text_reader import parse_lines

PEOPLE = ["Ann Patel\tIndependent Chair", "Tom Reeve\tSocial Worker", "Grace Obi\tHealth Visitor",
          "Kelly Harris\tMother", "Dean Walsh\tFather", "Neil Ashworth\tDesignated Safeguarding Lead"]


def minutes(*lines: str):
    return build(parse_lines(["Westshire Council", "Attendees", "Name\tRole", *PEOPLE, "Minutes", *lines]), "test")


def findings(meeting: str, *lines: str, turns=None) -> dict:
    result = compare(minutes(*lines), turns if turns is not None else from_text(meeting))
    return {f.minutes_text: f for f in result.findings if f.minutes_text}


def omitted(meeting: str, *lines: str) -> list:
    result = compare(minutes(*lines), from_text(meeting))
    return [f for f in result.findings if f.kind == "omitted"]


CORRECTED = """\
Chair (Ann Patel): Tom, your report please.
Social Worker (Tom Reeve): Dean has a police caution from 2019 for assault, and the home has been clean on my visits.
Father (Dean Walsh): No. That's not right. It was criminal damage. I kicked a bus shelter when I was nineteen.
Social Worker (Tom Reeve): Sorry, yes, you're right, it was criminal damage. I'll correct my report.
"""


def test_a_claim_corrected_on_the_spot_is_contradicted():
    text = "Mr Walsh has a police caution for assault from 2019."
    f = findings(CORRECTED, text)[text]
    assert f.kind == "contradicted"
    assert "corrected" in f.explanation and any("criminal damage" in e["text"] for e in f.evidence)


def test_the_corrected_version_passes():
    assert findings(CORRECTED, "Mr Walsh has a police caution for criminal damage from 2019.") == {}


ADMISSIONS = """\
Health Visitor (Grace Obi): Kelly saw her GP about low mood last year, but she's been feeling much better.
Mother (Kelly Harris): I'm doing well now. Leo is happy at nursery.
Father (Dean Walsh): I'll be honest, she winds me up, but I accept I shouldn't raise my voice in front of Leo.
"""


def test_an_admission_the_parent_never_made_is_not_said():
    text = "Ms Harris acknowledged that her low mood had affected her care of Leo."
    f = findings(ADMISSIONS, text)[text]
    assert f.kind == "not_said" and "Kelly Harris" in f.explanation


def test_an_admission_in_the_parents_own_words_passes():
    assert findings(ADMISSIONS, "Mr Walsh accepted that he should not raise his voice in front of Leo.") == {}


def test_a_sentence_that_says_a_word_both_ways_is_no_contradiction():
    meeting = ("Chair (Ann Patel): Her opinion is that a cot injury could explain some of the bruising to the arm, "
               "but it doesn't explain the bruise behind the ear.\n")
    text = ("Dr Siddiqui's opinion is that a cot injury could explain some of the bruising to the arm but not the "
            "bruise behind the ear.")
    assert findings(meeting, text) == {}


def test_a_clash_needs_the_same_subject():
    meeting = "Designated Safeguarding Lead (Neil Ashworth): Kai has been late three times this term.\n"
    found = findings(meeting, "Lacey has not been late this term.")
    assert all(f.kind != "contradicted" for f in found.values())


def test_then_and_now_are_no_contradiction():
    meeting = ("Social Worker (Tom Reeve): The home conditions declined in February, when mum had flu.\n"
               "Social Worker (Tom Reeve): Since then the home conditions have improved a lot.\n")
    found = findings(meeting, "Concerns identified were the decline in home conditions in February.")
    assert all(f.kind != "contradicted" for f in found.values())


DENIAL = """\
Father (Dean Walsh): She threw a mug at me, that's what happened.
Mother (Kelly Harris): I never threw a mug. That's not right. It was his mug and it fell when he slammed the door.
Chair (Ann Patel): Thank you both. Grace, health visiting?
"""


def test_a_denial_the_minutes_leave_out_is_omitted():
    found = omitted(DENIAL, "Mr Walsh said that Ms Harris threw a mug at him.")
    assert any(e["speaker"].startswith("Mother") and "never threw" in e["text"] for f in found for e in f.evidence)


def test_a_denial_the_minutes_carry_is_not_omitted():
    found = omitted(DENIAL, "Mr Walsh said that Ms Harris threw a mug at him.",
                    "Ms Harris denied throwing the mug and said it fell when Mr Walsh slammed the door.")
    assert not any("never threw" in e["text"] for f in found for e in f.evidence)


def test_an_offer_of_help_from_the_family_is_material():
    meeting = ("Chair (Ann Patel): Kelly's mum, anything to add?\n"
               "Grandmother (Irene Harris): I come every Sunday, and I pick Leo up from nursery on Thursdays. "
               "I'm happy to do more if they need me.\n")
    found = omitted(meeting, "Kelly's mother visits on Sundays.")
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
    text = "Written reports were received from Dr Siddiqui, Consultant Paediatrician, and from the GP."
    heard = "I've also had handwritten reports from Dr Siddiqui, the attrition and from the D.P. Cleary."
    sure = findings("", text, turns=_segments(("Good morning everyone, thank you for coming.", 0.95),
                                              (heard, 0.95)))
    unsure = findings("", text, turns=_segments(("Good morning everyone, thank you for coming.", 0.95),
                                                (heard, 0.2)))
    assert sure.get(text) is not None and sure[text].kind == "not_said"
    assert text not in unsure


def test_a_correction_inside_one_segment_without_speaker_names():
    turns = _segments(("Dean has a police caution from 2019 for assault, and no, that's not right.", 0.9),
                      ("It was criminal damage. I kicked a bus shelter.", 0.9))
    text = "Mr Walsh has a police caution for assault from 2019."
    assert findings("", text, turns=turns)[text].kind == "contradicted"


def test_details_as_a_recogniser_writes_them():
    assert {(d.value, d.unit) for d in details("he goes three moggings a week")} >= {(3.0, "per_week")}
    dates = {(d.value, d.unit) for d in details("She examined him on the fourth of March, three oval bruises")}
    assert (4.0, "march") in dates and (3.0, "march") not in dates


PLAN = "Chair (Ann Patel): Tom will visit Leo every two weeks, and see him at nursery at least once a month.\n"


def test_a_figure_said_of_something_else_is_still_a_change():
    text = "The Social Worker will visit Leo monthly."
    assert findings(PLAN, text)[text].kind == "changed_detail"


def test_a_figure_said_of_the_same_thing_passes():
    assert findings(PLAN, "The Social Worker will see Leo at nursery monthly.") == {}
