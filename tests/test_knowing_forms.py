"""knowing.py and knew_the_other_way on the ordinary English of knowing and not knowing, from
invented sentences that are in no conference: the forms a first reading left out ("I wasn't aware", "not a clue", "I was
told", "the school had told him"), and the moment of learning told on both sides."""

from __future__ import annotations

import pytest

from app.compare import checks, knowing
from tests.test_checks import case_for


@pytest.mark.parametrize("sentence", [
    # ("n't" inside a word)
    "I wasn't aware of the loan.", "We weren't aware.", "I haven't been told anything.",
    "Not a clue.", "I had no clue what he was doing.", "I hadn't a clue about the loan.",
    "That's news to me.", "This is the first I've heard of the letter.", "I wasn't told about the review.",
    "We were never told about the move.", "I was not informed of the date.", "I've not heard anything about the panel.",
    "I haven't heard about any referral.", "Nobody tells me anything.", "Nobody from the school contacted me.",
    "He kept it from me.", "I had no inkling.", "I was kept in the dark about the scan.",
    "She's never said a word to me about the flat."])
def test_a_speaker_who_did_not_know(sentence):
    assert knowing.says(sentence, first_person=True) == -1


@pytest.mark.parametrize("sentence", [
    "I know about the arrears.", "I know all about the order.", "I was told about the bruise on Monday.",
    "I was made aware of it last week.",
    "Priya went through it with me twice.", "He mentioned it to me at contact.", "Knew about it, yeah."])
def test_a_speaker_who_knew(sentence):
    assert knowing.says(sentence, first_person=True) == 1


@pytest.mark.parametrize("sentence", [
    # not knowing how to do something, or a person, is no thing not known
    "I didn't know what to do with myself.", "She didn't know how to manage the rent.",
    "I don't know him that well, to be honest.",
    # (a question asks: "Did you know about the loan?")
    "Did you know about the loan?", "Were you aware of the arrears?",
    "You know, it's hard.", "I know it's hard.", "I know, I know.", "If I'd known I'd have paid.",
    "I told him about the loan.", "I mentioned it to her on Friday.", "She sent me the photo that night.",
    "My brother was told about it.",
    # (finding out is a moment: not knowing before it, knowing after)
    "I found out about the tenancy in June.", "I heard about it the same day."])
def test_a_speaker_who_says_neither_of_themselves(sentence):
    assert knowing.says(sentence, first_person=True) == 0


@pytest.mark.parametrize("clause, way", [
    ("she was told about the bruise on Monday.", 1), ("the school had told him about the exclusion.", 1),
    ("Mr Hale had telephoned her about it.", 1), ("nobody had told her about the review.", -1),
    ("the nursery had never told her about it.", -1), ("she was not told of the date.", -1),
    ("he had had no clue about the money.", -1), ("it had been news to her.", -1),
    ("she had been kept in the dark about the scan.", -1), ("she hadn't been informed.", -1),
    ("Ms Webb had not told him about the caution.", -1),  # ("him": the one the minutes report said it)
    ("he usually knew where Milo went after school.", 1), ("she often knew about the parties.", 1),  # (how often)
    ("she had not told him about the loan.", 0), ("she had telephoned Mr Hale about it.", 0),  # (she told)
    ("he had kept it from her.", 0), ("nobody had explained the safe sleeping advice to her.", -1)])
def test_the_one_the_minutes_report(clause, way):
    assert knowing.says(clause, first_person=False) == way


def test_the_moment_of_learning_told_on_both_sides():
    # not knowing ended by a telling, and the telling itself: the same moment
    assert knowing.same_day("she had not known about the bruise until the nursery rang her",
                            "The nursery rang me that afternoon.", -1)
    assert knowing.same_day("she had only found out about the arrears from the housing officer",
                            "The housing officer phoned me in May.", -1)
    # an end that the telling names (its day) is that telling
    assert knowing.same_day("she had not known about it until the Wednesday",
                            "The school rang me on the Wednesday.", -1)
    # an end that is only a time, or knowing all along, is not
    assert not knowing.same_day("she had not known about the bruise until the conference",
                                "The nursery rang me that afternoon.", -1)
    assert not knowing.same_day("she had not known until the school rang", "I knew, the school rang me.", -1)
    # an "after-school club" is no start of knowing
    assert not knowing.same_day("she had not known until the school rang her",
                                "I knew about it, she came home from the after-school club with it.", -1)


MEETING = """\
Independent Chair (Marguerite Quill): Lionel, were you aware of Juno's head injury at break on the Tuesday?
Father (Lionel Tate): I wasn't aware, no. Nobody from the school contacted me.
Designated Safeguarding Lead (Gideon Rowan): We only had Carys's number, I'm afraid.
Independent Chair (Marguerite Quill): And the dentist's letter about her teeth?
Father (Lionel Tate): Carys mentioned the dentist's letter to me last week, I know about the dentist.
Independent Chair (Marguerite Quill): Thank you.
"""


def test_knew_the_other_way_reads_the_plain_forms():
    for line in ("Mr Tate said he had known about Juno's head injury at break.",
                 "Mr Tate said he had not been told about the dentist's letter."):
        assert checks.knew_the_other_way(case_for(MEETING, line)) is not None, line
    for line in ("Mr Tate said the school had not contacted him about Juno's head injury.",
                 "Mr Tate said he had not known about the dentist's letter until Ms Webb mentioned it to him.",
                 "Mr Tate said Ms Webb had told him about the dentist's letter."):
        assert checks.knew_the_other_way(case_for(MEETING, line)) is None, line


def test_what_a_question_points_back_to_is_what_was_known():
    meeting = """\
Independent Chair (Marguerite Quill): The school found a penknife in Juno's coat on Tuesday. Lionel, when did you hear about that?
Father (Lionel Tate): Same day. Gideon rang me at dinner time.
Independent Chair (Marguerite Quill): Thank you. Beatrix, how is the baby?
Health Visitor (Beatrix Noon): Feeding well and gaining weight, Carys is managing the night feeds.
Social Worker (Idris Kestrel): The home visits have gone well, the flat was warm and tidy each time.
Mother (Carys Webb): We've kept every appointment.
Designated Safeguarding Lead (Gideon Rowan): Her reading has come on, and she's joined the choir.
Maternal grandmother (Edna Webb): I have her on Saturdays while Carys works.
"""
    # "that" is the penknife: his "Gideon rang me" the same day is knowing of it
    f = checks.knew_the_other_way(case_for(meeting, "Mr Tate said he had not known about the penknife until the conference."))
    assert f is not None and "Gideon rang me" in f.evidence[0].text


@pytest.mark.parametrize("sentence", [
    "I don't think she knew about the loan.", "I doubt he was aware of the arrears.",
    "I don't believe that he was aware of the loan."])
def test_a_knowing_doubted_is_not_knowing(sentence):
    assert knowing.says(sentence, first_person=False) == -1


@pytest.mark.parametrize("sentence, way", [
    ("Did she know about the loan?", 0),  # a question asks
    ("She knew about the loan, didn't she?", 1),  # a statement with a tag says
    ("There's no doubt she knew about the loan.", 1),  # no doubt: she knew
    ("I don't doubt he was aware of the arrears.", 1),
    ("I don't think he knew what to do about the loan.", 0),  # knowing how: no thing known
    ("There's no way she knew about the flat.", -1),  # a doubt, as "I don't think she knew"
    ("Mum, did you know about the loan?", 0),  # (a question, after whom it is put to)
])
def test_what_a_reported_knowing_says(sentence, way):
    assert knowing.says(sentence, first_person=False) == way


def test_knowing_how_leaves_the_rest_of_the_clause_read():
    assert knowing.says("I didn't know what to do and I didn't know about the loan.", first_person=True) == -1
    assert knowing.says("Nobody told me what to do about the arrears.", first_person=True) == -1  # (not told)
