"""Which way a sentence judges something (app/compare/valence.py), from sentences in no conference."""

from __future__ import annotations

import pytest

from app.compare import valence


@pytest.mark.parametrize("sentence, way", [
    ("The garden fence is in a poor state.", -1),
    ("His reading has slipped since the summer.", -1),
    ("Nothing on that walk worried me at all.", 1),  # "nothing" turns the worry round
    ("He hasn't been late for swimming once this month.", 1),
    ("Milo is much calmer at bedtime.", 1),
    ("She has been withdrawn at the youth club.", -1),
    ("Milo is much calmer at bedtime, though he still gets tired after swimming.", 0),  # both ways
    ("They talked about the allotment.", 0),  # no judgement
    ("Ms Webb did not feel that Milo's sleep had improved.", -1),  # a "not" before thinking reaches on
    ("No his punctuality has been excellent this half term.", 1),  # "no" as an answer turns nothing
    ("There's no doubt his speech is better.", 1),
    ("There have been fewer missed sessions.", 1),  # less of a bad thing
    ("She's less anxious about school now.", 1),
    ("No issues at nursery and his weight has slipped a little.", -1),  # the "no" stops at "and"
    ("I can't say there are no worries about the allotment.", -1),  # a hedge undoes the "no"
    ("I don't think she's ever late for choir.", 1),  # one "not", passed on: never late
    ("I don't think so. There are no worries about the allotment.", 1),  # the hedge ends with its sentence
    ("I don't think it's fair, because he's never late for choir.", 1),  # ... and with its clause
    ("Dad was attentive throughout the swimming lesson.", 1),
    ("She was enthusiastic about the cookery course.", 1),
    ("He has been restless at bedtime.", -1),
    ("Milo was unforthcoming about the allotment.", -1),
    ("There has been little progress, and the allotment is untidy.", -1),  # ("progress" judges nothing alone)
    ("He seldom seems anxious at swimming these days.", 1),  # "seldom", "rarely" deny as "hardly" does
    ("She is rarely late for choir.", 1),
    ("The allotment is scarcely tidy.", -1),
    # "not as ... as" compares: the "not" reaches through the "as"
    ("The allotment is not as messy as it was in spring.", 1),
    ("She isn't as cheerful as she used to be at choir.", -1),
    # "neither" denies as "nor" does
    ("Neither lodger was aggressive at the allotment.", 1),
    ("He was neither hostile nor evasive with the mentor.", 1),
    # a verb that ends what it speaks of turns it round, unless itself denied
    ("He's stopped being so tearful at bedtime.", 1),
    ("Milo has stopped engaging with the mentor.", -1),
    ("The worries about the allotment have eased.", 1),
    ("The worry about his swimming has not gone away.", -1),
    ("The bus stop by the allotment was dirty.", -1),  # (a stop, not stopping)
    ("She was anxious when the lift broke at the flats.", -1),  # (a lift, not the worry lifting)
    ("She was tearful and has gone to her aunt's.", -1),  # (gone somewhere, not ended)
    ("Neither lodger noticed he was upset.", -1),  # (the noticing denied, not the upset)
    ("Neither lodger seemed upset at the allotment.", 1),
    # a "not" before a verb of thinking reaches through the thought, "that" or not, however long
    ("I don't think his cooking at the allotment has got any better at all.", -1),
    ("I can't say I've seen any improvement in the garden.", -1),
])
def test_leaning(sentence, way):
    assert valence.VALENCE.leaning(sentence) == way


@pytest.mark.parametrize("sentence", [
    "She dropped him off at swimming.",  # a lift, not a fall
    "We went in late October.",  # a time, not lateness
    "The graze is consistent with a fall from the climbing frame.",  # what fits; and an accident
    "He declined the place at the holiday club.",  # a refusal, not a fall
    "She withdrew the complaint about the landlord.",  # done to a thing
    "If the reading slipped I would be worried.",  # supposed, not said to have happened
    "We need to see her attendance improve before Easter.",  # looking ahead
    "Hopefully her attendance will improve.",
    "The hair strand test came back positive for cocaine.",  # a result, not a judgement
    "We cleared my late mum's house.",  # who died
    "Good morning, I've got his attendance here.",  # a greeting
    "It was a safe and well check.",  # a police check
    "I dropped a food bank parcel round.",  # a delivery
    "He's gaining weight too fast.",  # too much of a good thing
    "The letter says to whom it may concern.",
    "It's positive for cocaine, unfortunately.",  # a test result
    "I miss him loads at the weekends.",  # longing, not absence
])
def test_words_that_judge_nothing_here(sentence):
    assert valence.VALENCE.terms(sentence) == []


def test_not_reaches_a_few_words_and_stops_at_a_new_clause():
    assert valence.VALENCE.terms("He was not late, and his sister worried about the bus.") == [("late", 1), ("worry", -1)]



@pytest.mark.parametrize("sentence, way", [
    ("He failed to engage with the allotment group.", -1),  # what follows "failed to" was not done
    ("She refused to settle at bedtime on Sunday.", -1),
    ("Milo forgot to properly settle the rabbit in.", -1),  # (an adverb between "to" and its verb)
    ("He was reluctant to engage with the mentor.", -1),  # one judgement, the first word's
    ("She struggled to settle after swimming.", -1),
    ("His sleep has been slow to improve.", -1),
    ("He didn't fail to engage with the mentor once.", 1),  # a "not" before the failing turns it back
    ("She was keen to engage with the mentor.", 1),  # a word of better before "to" leaves it be
    ("Milo has started to settle at the allotment.", 1),
])
def test_a_word_before_to_governs_the_verb_after_it(sentence, way):
    assert valence.VALENCE.leaning(sentence) == way


def test_wanting_nothing_to_do_with_it_is_a_no():
    assert valence.CONSENT.leaning("Her uncle wants nothing to do with the cookery course.") == -1
    assert valence.CONSENT.leaning("I want to do something with the allotment.") == 1


def test_declining_to_accept_is_one_refusal():
    assert valence.CONSENT.leaning("Mr Tate declined to accept the offer of a mentor.") == -1
    assert valence.CONSENT.leaning("She was reluctant to agree to the cookery course.") == -1

@pytest.mark.parametrize("sentence, way", [
    ("She would really like to join the choir.", 1),
    ("He's happy to carry on with the mentoring.", 1),
    ("She's happy with contact at the family centre.", 1),  # happy with a proposal: a yes
    ("I want to do the cookery course.", 1),
    ("She declined a place at the drop-in.", -1),
    ("He doesn't want to go to the cookery course.", -1),
    ("I, like, didn't know about the choir.", 0),  # "like" as a filler
    ("He's a happy lad at the choir.", 0),  # a mood, not a yes
])
def test_consent(sentence, way):
    assert valence.CONSENT.leaning(sentence) == way


@pytest.mark.parametrize("sentence", [
    "I'd like to say I'm not signing that agreement.",  # telling, not a yes
    "She wants to know what the course involves.",  # asking
    "There were refuse sacks all over the garden.",  # rubbish, not a refusal
    "We're happy with how we're managing.",  # content, not a yes to anything
])
def test_no_consent_here(sentence):
    assert valence.CONSENT.terms(sentence) == []


def test_judgement_near_the_subject_stops_at_a_semicolon():
    text = "The kitchen was clean and tidy; the garden's overgrown with rubbish."
    assert valence.VALENCE.terms_near(text, {"garden"}, 6) == []
    assert valence.VALENCE.terms_near(text, {"kitchen"}, 6) == [("clean", 1), ("tidy", 1)]


def test_a_yes_said_of_someone():
    assert valence.CONSENT.said_of("She told me she'd like to do the course.", {"she"})
    assert valence.CONSENT.said_of("I'd really like her to do the course.", {"i", "we"})


def test_the_month_may_supposes_nothing():
    """"May" the month is no "may" that supposes: what the clause judges still counts."""
    from app.compare.valence import VALENCE

    assert VALENCE.terms("Since May her attendance has improved.") == [("improve", 1)]
    assert VALENCE.terms("His hours were cut in May and he is struggling with the rent.") == [("struggle", -1)]
    assert VALENCE.terms("Her attendance may improve after half-term.") == []
    assert VALENCE.terms("Her attendance may improve by May.") == []


@pytest.mark.parametrize("said, way", [
    ("Honestly she's come out of her shell at the choir.", 1),
    ("He's started joining in with the other kids at the allotment club.", 1),
    ("She doesn't join in, she sits at the side.", -1),  # a "not" turns the reading round
    ("He's made a few friends at swimming.", 1),
    ("She mixes really well with the other children.", 1),
    ("He keeps himself to himself at breaktime.", -1),
    ("She kept to herself all through the trip.", -1),
])
def test_getting_on_with_others_read_plainly(said, way):
    """How a child gets on with others, said in everyday words, is read as better or worse company:
    no word of it judges until the reading aid says what it means."""
    assert valence.VALENCE.leaning(said) == 0
    assert valence.VALENCE.leaning(valence.plainly(said)) == way


def test_getting_on_with_others_governed_by_a_word_of_worse_is_not_read_as_better():
    said = "Since the move she has been reluctant to mix with the other children."
    assert valence.VALENCE.leaning(valence.plainly(said)) == -1
    assert ("sociable", 1) not in valence.VALENCE.terms(valence.plainly("He finds it hard to make friends at swimming."))


@pytest.mark.parametrize("said, way", [
    ("She's eating really well at the allotment club.", 1),
    ("He's not sleeping well since the move.", -1),
    ("She has lost weight since the summer.", -1),
    ("He hasn't lost any weight this month.", 1),
])
def test_doing_well_and_losing_weight_read_plainly(said, way):
    assert valence.VALENCE.leaning(said) == 0
    assert valence.VALENCE.leaning(valence.plainly(said)) == way


@pytest.mark.parametrize("sentence, way", [
    ("Milo seemed lethargic and clingy at swimming.", -1),
    ("She was smiling and bubbly at the choir.", 1),
    ("He was frightened of the dog next door.", -1),
    ("She did brilliantly at the allotment show.", 1),
])
def test_moods_said_plainly(sentence, way):
    assert valence.VALENCE.leaning(sentence) == way


def test_joining_in_a_call_judges_no_one():
    assert valence.plainly("Can Lionel join in on the call?") == "Can Lionel join in on the call?"
    assert valence.VALENCE.terms(valence.plainly("I'll join in the meeting from the car.")) == []
    for said in ("Dad joined in on the video call.", "Mr Tate joined in at 10.40 by telephone.", "She joined in late."):
        assert ("sociable", 1) not in valence.VALENCE.terms(valence.plainly(said)), said


def test_getting_on_with_others_in_its_own_clause():
    # a worry in the clause before does not govern it; a "too" after it does not undo it
    assert ("sociable", 1) in valence.VALENCE.terms(valence.plainly("I was worried, but she's made loads of friends now."))
    assert valence.VALENCE.terms(valence.plainly("She's made some friends too.")) == [("sociable", 1)]
