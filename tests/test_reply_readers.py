"""Readers of replies and of how the family was prepared: a correction of what was just said, an
owning up to a slip, a "no" inside a stretch of speech, and a report that came late or not at
all. Invented sentences."""

from __future__ import annotations

import pytest

from app.compare import omissions, polarity


@pytest.mark.parametrize("reply,corrects", [
    ("You've got that wrong, it was the Wednesday.", True),
    ("That's incorrect, I was at the allotment.", True),
    ("That's not quite right.", True),
    ("That never happened.", True),
    ("No, thank you.", False),  # (a "No" that thanks, agrees or waves on)
    ("No, that's fine, carry on.", False),
    ("No, no, go on.", False),
    ("It's not right that she waits this long for a dentist.", False),  # (a view)
    ("It was wrong of me to shout at the neighbour.", False),
])
def test_a_reply_that_corrects(reply, corrects):
    assert polarity.rejects(reply) is corrects


@pytest.mark.parametrize("reply,owns_up", [
    ("Sorry, I got the dates mixed up.", True),
    ("Oh, I misread it, apologies.", True),
    ("I was wrong about the bus times.", True),
    ("My mistake was lending him the car.", False),  # (a regret, not a slip in the meeting)
])
def test_owning_up_to_a_slip(reply, owns_up):
    assert polarity.concedes(reply) is owns_up


def test_a_no_tagged_on_to_a_denial_corrects_nothing():
    assert polarity.correction_within("I haven't touched a cigarette, no.") is None
    assert polarity.correction_within("I haven't, no. Not since the summer.") is None
    assert polarity.correction_within("He was at his nan's on Friday. No, sorry, it was Saturday.") is not None


@pytest.mark.parametrize("said,late", [
    ("They handed it me at the door.", True),
    ("I only got the report ten minutes ago.", True),
    ("We weren't sent the report at all.", True),
    ("Nobody's shared the paperwork with me.", True),
    ("I saw the dentist this morning about her tooth.", False),  # (no report)
    ("I haven't seen them since the Easter holidays.", False),  # (people, not papers)
    ("We never got any help from anyone.", False),
    ("He had a shower last night and went to bed.", False),
])
def test_a_turn_saying_a_report_came_late_or_not_at_all(said, late):
    assert omissions.complained_of_a_late_report(said) is late


@pytest.mark.parametrize("statement,late", [
    ("Mr Ali said he had not had time to read the report.", True),
    ("Ms Byrne had not seen the report until she arrived at the meeting.", True),
    ("Ms Byrne was given the report at the start of the conference.", True),
    ("The school report noted that Dev is often late for registration.", False),  # (another lateness)
    ("The police report stated the call came in shortly before midnight.", False),
])
def test_minutes_saying_a_report_came_late(statement, late):
    assert omissions.report_came_late(statement) is late


@pytest.mark.parametrize("reply,corrects", [
    ("No, that's all wrong.", True),
    ("No, not at all, he's never hit her.", True),
    ("That's not true for Kai.", True),
])
def test_a_correction_read_after_a_second_look(reply, corrects):
    assert polarity.rejects(reply) is corrects


def test_a_no_opening_a_sentence_may_correct_a_denial():
    assert polarity.correction_within("He didn't hit her. No, he did, I saw it.") is not None


@pytest.mark.parametrize("said,late", [
    ("He came round yesterday and I told him that.", False),
    ("I had a drink last night but that's it.", False),
    ("I didn't get anything until this morning.", True),
    ("I've only seen that just now.", True),
    ("I only saw what she wrote this morning.", True),
    ("Not really. It come through last night, gone nine.", True),  # (as some say "came")
])
def test_a_late_report_read_after_a_second_look(said, late):
    assert omissions.complained_of_a_late_report(said) is late


def test_minutes_saying_the_report_was_late():
    assert omissions.report_came_late("Ms Byrne said the report was late.")
    assert omissions.report_came_late("Ms Byrne received the report shortly before the start.")


def test_late_report_wordings_that_are_no_report():
    assert not omissions.complained_of_a_late_report("I only got here ten minutes ago.")
    assert not omissions.complained_of_a_late_report("I'll get it done today.")
    assert not omissions.report_came_late("The chair summarised the social work report at the start of the meeting.")
