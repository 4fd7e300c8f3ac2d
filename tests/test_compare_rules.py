"""Unit tests of the comparer's language rules, each from a sentence that is in no conference."""

from __future__ import annotations

import pytest

from app.compare import omissions, polarity


@pytest.mark.parametrize("reply", ["No, that isn't right, the car was blue.", "That's wrong: it was a Tuesday.",
                                   "It wasn't what I said.", "You're quite right, it was the Monday.",
                                   "Sorry, yes, you are right.", "My mistake, I had the dates mixed up."])
def test_a_correction_is_heard(reply):
    assert polarity.corrects(reply)


@pytest.mark.parametrize("reply", ["That's right, she started in June.", "It is true that he was late.",
                                   "Nobody said it was easy."])
def test_agreement_is_no_correction(reply):
    assert not polarity.corrects(reply)


@pytest.mark.parametrize("turn", ["If you need us we could collect him from football on Fridays.",
                                  "I'm glad to have the kids for tea on Wednesdays."])
def test_offers_of_help(turn):
    assert omissions.OFFER.search(turn)


@pytest.mark.parametrize("turn", ["Let me be clear, nothing is decided until everyone has spoken.",
                                  "I will make sure you get the report a week before."])
def test_assurances(turn):
    assert omissions.ASSURANCE.search(turn)


def test_offers_and_assurances_need_a_helping_verb():
    assert not omissions.OFFER.search("I can see why the school is worried.")
    assert not omissions.ASSURANCE.search("I was clear with the housing officer about it.")
