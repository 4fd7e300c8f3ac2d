"""Readers of agreeing and disagreeing: a turn's dissent, a short assent, minutes saying all
agreed or recording a dissent, and the outcome a turn votes for. Invented sentences."""

from __future__ import annotations

import pytest

from app.compare import omissions, outcomes, polarity
from app.compare.turns import Turn


@pytest.mark.parametrize("said", [
    "I don't think this reaches the threshold for a plan.",
    "For me it doesn't meet threshold, sorry.",
    "I don't think that's fair on her at all.",
    "I'd have gone for child in need myself.",
    "Could you note my disagreement with the category?",  # (a question that says so)
])
def test_a_dissent_said_in_other_ways(said):
    assert polarity.dissents(said)


@pytest.mark.parametrize("said", [
    "Kayden wouldn't eat his tea on Friday.",  # (what another would not do)
    "He's not happy at his new nursery.",  # (a child's unease, not the speaker's)
    "I don't think the dentist knew about it.",  # (a thought, not a judgement)
    "I don't think we need to worry about the garden.",
    "Hello, we've not met, I'm the school nurse.",
    "I wouldn't disagree with any of that.",  # (two denials)
    "I'm not against it at all.",
    "Is anybody not happy with that?",  # (asks)
    "She complains of earache most mornings.",
    "Her reading age is the highest on record.",
])
def test_what_is_no_dissent(said):
    assert not polarity.dissents(said)


@pytest.mark.parametrize("said,agrees", [
    ("Agreed.", True),
    ("Mm, yeah, that's fine.", True),
    ("Yeah, no, that's fine.", True),
    ("Yes, but I want my view noted.", False),
    ("Yeah, no, I don't agree with any of that.", False),
    ("I do think that's a bit much.", False),
])
def test_a_short_assent_that_goes_on_to_no_but(said, agrees):
    assert polarity.assents(said) is agrees


@pytest.mark.parametrize("statement,all_agreed", [
    ("The recommendation was unanimous.", True),
    ("It was agreed by all that the referral should go ahead.", True),
    ("Nobody disagreed with the proposed category.", True),
    ("All agreed that the boys should not stay overnight with their uncle.", True),  # (a "not" in what)
    ("All agreed apart from the father.", False),
    ("All four children were considered to be at risk.", False),
    ("The conference heard that the aunt felt let down by housing.", False),
    ("The conference considered reports from the dentist and the nursery.", False),
    ("Not all agreed with the category.", False),
])
def test_minutes_saying_all_agreed(statement, all_agreed):
    assert polarity.claims_all_agreed(statement) is all_agreed


@pytest.mark.parametrize("statement,recorded", [
    ("Mr Okafor was unhappy with the outcome.", True),
    ("The school nurse dissented from the decision.", True),
    ("Ms Grant voted against a plan.", True),
    ("The aunt was not in favour of a child protection plan.", True),
    ("Mr Okafor raised no objection.", False),
])
def test_minutes_recording_a_dissent(statement, recorded):
    assert polarity.records_dissent(statement) is recorded


@pytest.mark.parametrize("said,outcome", [
    ("They should remain on plans for now.", outcomes.PLAN),
    ("She should be made subject to a plan.", outcomes.PLAN),
    ("I don't think it meets threshold.", outcomes.LESS),
    ("Child in need wouldn't be enough here.", None),  # (no vote for child in need)
    ("I don't think child in need is enough.", None),
    ("Child in need would do; staying on a plan just keeps everyone tense.", outcomes.LESS),  # (a reason)
])
def test_the_outcome_a_turn_votes_for(said, outcome):
    assert outcomes.named(said) == outcome


@pytest.mark.parametrize("said,outcome", [
    ("I wouldn't go as far as a plan for the twins.", outcomes.LESS),
    ("I think she still needs a plan.", outcomes.PLAN),
    ("She needs a plan for the summer holidays.", None),  # (a plan of another kind)
    ("My decision is that the plan will end today.", outcomes.LESS),
    ("My decision is that no plan is needed.", outcomes.LESS),
])
def test_more_ways_of_voting(said, outcome):
    assert outcomes.named(said) == outcome


def test_a_view_passed_on_is_not_the_speakers_recommendation():
    def turn(text):
        return Turn(0, 0.0, 5.0, "Social Worker (Ola Banks)", text)
    assert not omissions.against_decision(turn("Mum's view is that child in need would be enough."), outcomes.PLAN)
    assert not omissions.against_decision(turn("Dad has said he'd prefer child in need."), outcomes.PLAN)
    assert omissions.against_decision(turn("For me child in need would be enough."), outcomes.PLAN)


def test_an_end_looked_forward_to_is_not_one_denied_or_put_off():
    assert outcomes.looks_forward_to_less("We could be looking at child in need at the next review.")
    assert not outcomes.looks_forward_to_less("We're not looking at stepping down at the next review.")
    assert not outcomes.looks_forward_to_less("It's too soon to talk about child in need at the next review.")


@pytest.mark.parametrize("said,dissent", [
    ("I don't think he meets the threshold for speech therapy.", False),  # (a threshold of another thing)
    ("The police didn't feel it met the threshold for a charge.", False),
    ("I don't think the twins are at risk.", True),
    ("Not happy with that at all.", True),
    ("I personally wouldn't go that far.", True),
    ("I would object to that.", True),
    ("I couldn't disagree more.", True),
    ("Why are we on a plan when the threshold isn't met?", True),  # (a question that says so)
])
def test_dissent_read_after_a_second_look(said, dissent):
    assert polarity.dissents(said) is dissent


@pytest.mark.parametrize("said,agrees", [
    ("Absolutely not.", False),
    ("Yeah, no problem.", True),
    ("Yes, no worries.", True),
    ("Yeah, no, I agree with that.", True),
])
def test_assent_read_after_a_second_look(said, agrees):
    assert polarity.assents(said) is agrees


@pytest.mark.parametrize("statement,all_agreed", [
    ("It was not agreed by all.", False),
    ("There was no consensus on the category.", False),
    ("Consensus could not be reached.", False),
    ("All professionals who attended agreed with the category.", True),
    ("All agreed, except that the review moves to May.", True),
])
def test_all_agreed_read_after_a_second_look(statement, all_agreed):
    assert polarity.claims_all_agreed(statement) is all_agreed


@pytest.mark.parametrize("statement,recorded", [
    ("Kai is unhappy with his new school.", False),
    ("Mr Okafor was not unhappy with the outcome.", False),
    ("Mr Okafor was unhappy with the decision.", True),
])
def test_recorded_dissent_is_of_the_decision(statement, recorded):
    assert polarity.records_dissent(statement) is recorded


@pytest.mark.parametrize("said,outcome", [
    ("Milo needs a plan in place at school for his behaviour.", None),  # (a plan of another kind)
    ("He was made subject to a plan last year.", None),  # (history)
    ("The plan will end when he turns eighteen.", None),
    ("I don't think he meets the threshold for speech therapy.", None),
])
def test_no_vote_read_after_a_second_look(said, outcome):
    assert outcomes.named(said) == outcome


def test_a_view_passed_on_ends_where_the_speakers_own_begins():
    turn = Turn(0, 0.0, 5.0, "Social Worker (Ola Banks)",
                "Ravi said he wants to stay with his dad, and I'd say child in need would be enough.")
    assert omissions.against_decision(turn, outcomes.PLAN)
    # ... and a view passed on that the speaker shares is theirs too
    shared = Turn(0, 0.0, 5.0, "Social Worker (Ola Banks)", "The nursery feels child in need would be enough, and so do I.")
    assert omissions.against_decision(shared, outcomes.PLAN)


def test_the_speakers_own_view_is_no_view_passed_on():
    for said in ("My view is that child in need would be enough.",
                 "That said, I think child in need would be enough."):
        assert omissions.against_decision(Turn(0, 0.0, 5.0, "Social Worker (Ola Banks)", said), outcomes.PLAN)


def test_a_time_or_a_case_left_out_is_no_person_left_out():
    assert polarity.claims_all_agreed("All agreed that contact should continue, other than at weekends.")
    assert polarity.assents("Yeah, no, that’s fine.")  # (a curly apostrophe)
    assert not polarity.dissents("I'm not sure he meets the threshold for speech therapy.")
