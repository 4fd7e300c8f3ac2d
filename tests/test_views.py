"""views.py: a view alone, in the minute-taker's words, is not called "not said"; what happened is.
Every sentence here is invented (in no conference)."""

from __future__ import annotations

from app.compare.views import only_a_view


def test_thoughts_feelings_wishes_and_judgements_are_views():
    assert only_a_view("Mr Tate felt the plan was unfair on his son.")
    assert only_a_view("Ms Noon expressed optimism that the family were getting back on track.")
    assert only_a_view("Mrs Webb would prefer the girls to stay with her sister.")
    assert only_a_view("Ms Quill believes the grandmother is holding something back.")
    assert only_a_view("Mr Rowan described Edna's presentation in class as much brighter.")  # a judgement (valence)


def test_what_was_done_or_happened_is_no_view_whatever_else_the_sentence_says():
    assert not only_a_view("Ms Noon felt that the GP should have diagnosed the eczema sooner.")  # a diagnosis
    assert not only_a_view("The GP has started Ms Webb on antidepressants.")  # no view word either
    assert not only_a_view("Mr Tate regrets that he was arrested in front of the children.")  # an event
    assert not only_a_view("Mr Tate accepted that he had hit the bedroom door.")  # an admission, and a blow
    assert not only_a_view("Ms Webb agreed to a referral to the family hub.")  # a step agreed to
    assert not only_a_view("Staff were worried that Edna often arrived without breakfast.")  # how often: it happened
    assert not only_a_view("Mrs Webb accepted that she sometimes found bedtimes hard to manage.")
    assert not only_a_view("Mr Rowan's new partner has had the usual police checks, which gave no cause for worry.")


def test_a_deed_denied_or_a_view_owned_up_to_is_a_view_and_agreeing_to_do_is_a_deed():
    assert only_a_view("Ms Webb said she had never hurt Edna and felt she was being judged.")
    assert only_a_view("Mr Tate accepted that the summer had been a poor time for the family.")
    assert not only_a_view("Ms Webb acknowledged that her tiredness had affected her patience with Edna.")
    assert only_a_view("Mrs Webb agreed with the health visitor's view of the nursery.")
    assert not only_a_view("Mrs Webb agreed to take Edna to the dentist, though she felt it was unnecessary.")
    assert not only_a_view("Mr Tate refused to let the social worker in, as he felt it was unfair.")


def test_a_concern_raised_is_no_mere_view():
    assert not only_a_view("Ms Noon was concerned that Carys seemed low and withdrawn with the baby.")
    assert not only_a_view("Concerns were noted about Edna's low mood this winter.")
    assert only_a_view("Ms Noon had no concerns and found Carys calm and relaxed with the baby.")


def test_a_paraphrased_view_is_not_reported_as_not_said_but_an_invented_step_is():
    from tests.test_compare_checks import _compare

    meeting = """\
Chair (Rosa Lindqvist): Jade, how do you feel things are going?
Mother (Jade Moss): Honestly? I think we're getting there. It's been a hard year but I can see the light now.
Social Worker (Omar Haddad): I'd agree, the home visits have been good and the kids are settled.
"""
    view = "Ms Moss expressed real optimism about the months ahead."
    step = "Ms Moss has been prescribed sleeping tablets by her doctor."
    found = _compare(meeting, view, step)
    assert view not in found
    assert found[step].kind == "not_said"


def test_every_part_must_be_a_view_a_fact_beside_a_feeling_is_a_fact():
    """A fact said with a feeling beside it is still a fact the meeting may never have heard."""
    assert not only_a_view("Mrs Webb has lost her job at the garage and is struggling.")
    assert not only_a_view("The kitchen had no food in it and Edna was hungry.")
    assert not only_a_view("Mr Tate feels the police were unfair when they took him away.")
    assert not only_a_view("Edna stayed up until 2am most nights and was tired in class.")  # a time
    assert only_a_view("Ms Webb said she would never harm Edna and felt she was being judged.")  # harm denied
    assert only_a_view("Mr Tate said he didn't hit anyone and was upset at the suggestion.")
    assert not only_a_view("The flat was untidy and there was no food in the fridge at the visit.")  # a visit


def test_a_word_or_two_of_time_beside_a_view_is_no_fact_but_a_short_verb_part_is():
    assert only_a_view("Mrs Webb felt things at home had become tense since the last review.")
    assert only_a_view("Mr Tate did not want to be involved, whatever the outcome.")
    assert not only_a_view("Ms Webb was pregnant again and felt anxious about it.")


def test_owning_up_frames_what_is_owned_up_to_which_decides():
    """"accepts", "acknowledged", "admitted" are the frame: a view owned up to is a view, a deed a deed."""
    assert only_a_view("Mrs Webb would rather the plan ended but accepts the reasons given for it.")
    assert only_a_view("Mr Tate felt the support had helped and acknowledged that the winter had been a poor time.")
    assert not only_a_view("Ms Webb admitted that she had left Edna with a neighbour overnight.")
    assert not only_a_view("Mr Tate accepted the caution he was given in March.")
    assert not only_a_view("Ms Webb acknowledged a referral to the parenting course.")
    assert only_a_view("Mr Tate acknowledged the school's concerns about punctuality.") is False  # a concern raised
    assert only_a_view("Mr Tate acknowledged the school's point about punctuality.")
    # admitting a thing, accepting an offer or a place, and a clause without "that" are what they own
    for deed in ("Ms Webb admitted her partner had been staying over.", "Mr Tate admitted the allegations.",
                 "Mr Tate accepted responsibility for the fire.", "Ms Webb accepted a place at the refuge.",
                 "Ms Webb accepted the offer of a parenting course."):
        assert not only_a_view(deed), deed
    # words that only look like views: the wrong address, knowing a car, told in confidence
    for fact in ("Ms Webb gave the wrong address to the housing officer.",
                 "Ms Webb recognised Mr Tate's car outside the house.",
                 "Ms Webb told the social worker in confidence that Mr Tate had returned."):
        assert not only_a_view(fact), fact


def test_doubts_and_reservations_are_views():
    assert only_a_view("Mr Rowan said he had had some misgivings about the new lodger.")
    assert only_a_view("Ms Noon had reservations about the grandmother's health.")


def test_moving_in_the_right_direction_is_a_figure_of_speech_not_a_move():
    assert only_a_view("Ms Quill was confident that the family were moving in the right direction.")
    assert only_a_view("Mrs Webb was keen to move forward and felt positive.")
    assert not only_a_view("Mrs Webb was keen to move to her sister's flat and felt positive.")


def test_wishes_intentions_and_speaking_well_of_someone_are_views():
    assert only_a_view("Edna said she would choose to live with her aunt over anyone.")
    assert only_a_view("Mrs Webb would like the girls to spend more weekends at home.")
    assert only_a_view("Mr Tate intends to stay in the flat whatever the panel decides.")
    assert only_a_view("Ms Noon spoke warmly of the help the nursery had given.")
    assert not only_a_view("Mrs Webb chose to leave the girls with a neighbour overnight.")
    assert not only_a_view("Mr Tate intends to move to Leeds in the spring.")  # a move
