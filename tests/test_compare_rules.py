"""Unit tests of the comparer's language rules, each from a sentence that is in no conference."""

from __future__ import annotations

import pytest

from app.compare import omissions, polarity
from app.compare.text import expand


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


def test_a_sentence_saying_both_sides_is_not_opposed_by_one_of_them():
    claim = "Eight of the ten swimming lessons were attended and two were missed."
    assert polarity.clash(claim, "She missed two swimming lessons last term.") is None
    assert polarity.clash("All swimming lessons were attended.", "She missed two swimming lessons.") is not None


def test_either_or_puts_choices_and_claims_neither():
    # "Either it is at the swimming baths or it is not happening" wants it there; it denies nothing
    claim = "Mr Hale said he wanted contact to take place at the swimming baths."
    assert polarity.clash(claim, "Either it is at the swimming baths or it is not happening.") is None
    assert polarity.clash(claim, "It is not happening at the swimming baths.") is not None
    # ... but "either way", or what follows the choices, is said
    assert polarity.clash("Ms Lee said she had been using cannabis.",
                          "Either way I'm not using, I've not touched cannabis or anything.") is not None
    assert polarity.clash("Ms Lee said she had been using cannabis.",
                          "Either she goes to my mum's or to nursery, but I haven't used cannabis since March.") is not None


def test_not_seeing_a_problem_is_what_one_thinks_not_what_one_saw():
    claim = "Mr Hale agreed to move the visits to Tuesdays."
    assert polarity.clash(claim, "I can do Tuesdays, I don't see a problem with that.") is None
    assert polarity.clash("Ms Lee saw the twins at school.", "I didn't see the twins at school.") is not None


def test_phrasal_verbs_of_change_read_as_their_verb():
    from app.compare.text import expand

    assert "increase" in expand("The rent has gone up since spring.")
    assert "decrease" in expand("His weight went down over the winter.")
    assert polarity.clash("The rent decreased in spring.", "The rent went up in spring.") is not None
    # "come down", "cut ... down" (what is cut stays), "put weight on"
    assert "decrease" in expand("Her headaches have come down a lot.")
    assert expand("He's cut his smoking right down.") == "he is decrease his smoking right."
    assert "gain weight" in expand("The baby is putting weight on nicely.")
    assert polarity.clash("Her maths had slipped and she was moved down a set.", "She's been moved up a set in maths.")
    assert polarity.clash("His nosebleeds have become more frequent this term.",
                          "His nosebleeds have come down a lot this term, maybe one a fortnight.")
    assert not polarity.clash("His nosebleeds have become less frequent this term.",
                              "His nosebleeds have come down a lot this term.")



def test_a_share_is_compared_with_a_share():
    from app.compare.details import conflicts

    got = conflicts("He came to five of the eight football trainings.",
                    ["He has been to seven out of eight football trainings this season."])
    assert [(a.text, b.text) for a, b in got] == [("5 of 8", "7 of 8")]
    assert conflicts("He came to seven of the eight trainings.", ["Seven out of eight, yes."]) == []


def test_a_bare_number_after_a_verb_of_doing_counts_what_was_just_counted():
    from app.compare.details import conflicts
    from app.compare.text import details

    said = ["The cookery course is twelve sessions, on Thursdays.", "She's done seven so far."]
    got = conflicts("Ms Webb has completed nine sessions of the cookery course.", said)
    assert [(a.text, b.text) for a, b in got] == [("9 sessions", "7 sessions")]
    assert conflicts("Ms Webb has completed seven sessions of the cookery course.", said) == []
    # within a sentence too; and not after a verb that does not count ("she's seven")
    assert ("6", "lesson") in {(f"{d.value:g}", d.unit) for d in details(
        "He was offered eight lessons at the pool and attended six.")}
    assert all(d.unit != "session" for d in details("There are twelve sessions. She's seven.") if d.value == 7)
    # what was last counted must be something done, not a measure nor people (a reviewer's cases)
    assert conflicts("Ms Webb has completed six sessions.", ["The course has twelve sessions, each one's two hours.",
                                                              "She's done six."]) == []
    assert conflicts("Ms Webb has kept four dentist appointments.",
                     ["There are six dentist appointments booked for the three children.", "She's kept four."]) == []


_SWIMS = ["I like Tuesday evenings best, 'cause that's when I do swimming with Grandad."]
_CALLS = ["I've made six calls since June, two of them at night. I saw the baby alone once."]


@pytest.mark.parametrize("changed,said,pair,same,said_same", [
    # "three of them" counts the lessons named before it in the same clause
    ("She went to two of the five piano lessons.",
     ["There were five piano lessons this term and she went to three of them."], ("2 of 5", "3 of 5"),
     "She went to three of the five piano lessons.", ["There were five piano lessons and she got to three of those."]),
    # a number after "out of the six ..." is a share of the six
    ("He went to four of the six swimming lessons.",
     ["Out of the six swimming lessons this term he's been to five, which is great."], ("4 of 6", "5 of 6"),
     "He went to five of the six swimming lessons.",
     ["Out of the six swimming lessons this term he's been to five, which is great."]),
    # a count of times is said as a count of what was done ("called six times": "six calls")
    ("The nurse has called four times since June.", _CALLS, ("4 times", "6 calls"),
     "The nurse has called six times since June.", _CALLS),
    # the day a thing is done each week is a detail
    ("She swims with her grandfather on Thursday evenings.", _SWIMS, ("Thursday evenings", "Tuesday evenings"),
     "She swims with her grandfather on Tuesdays.", _SWIMS),
])
def test_a_figure_said_another_way_is_compared(changed, said, pair, same, said_same):
    from app.compare.details import conflicts

    assert [(a.text, b.text) for a, b in conflicts(changed, said)] == [pair]
    assert conflicts(same, said_same) == []


def test_another_weekly_things_day_is_no_rival():
    from app.compare.details import conflicts

    # another weekly thing's day is no rival ("my group's on a Wednesday"), nor a day once ("last Friday")
    assert conflicts("She swims with her grandfather on Thursday evenings.",
                     ["My group's on a Wednesday. Last Friday the car broke down."]) == []


def test_the_day_of_a_habit_is_no_fingerprint_of_who_said_it():
    from app.compare.checks import _figures

    assert _figures("She picks them up twenty minutes late on a Sunday.") == {(20.0, "minute")}


def test_the_night_time_routine_is_no_time_of_day():
    from app.compare.details import conflicts

    said = ["On two of my visits the baby was in her mum's bed in the morning when I arrived, and she says she "
            "brings him in when he won't settle."]
    assert conflicts("Her main worry was the night-time routine: on two visits the baby had been in his mother's "
                     "bed.", said) == []
    # a time it happened is still one ("during the night" against "in the morning")
    assert conflicts("He was found wandering during the night.", ["We found him wandering in the morning."])


def test_the_same_span_in_another_unit_is_a_changed_detail():
    from app.compare.details import conflicts

    got = conflicts("The boiler broke about two months ago.", ["The boiler broke about two weeks ago, on a Sunday."])
    assert [(a.text, b.text) for a, b in got] == [("2 months", "2 weeks")]
    assert conflicts("The boiler broke two weeks ago.", ["It broke fourteen days ago, the boiler."]) == []


def test_a_date_in_another_month_counts_when_said_of_the_same_thing():
    from app.compare.details import conflicts

    got = conflicts("The new tenancy for the flat starts on 9 October.",
                    ["The flat's tenancy starts on the ninth of November."])
    assert [(a.text, b.text) for a, b in got] == [("9 october", "9 november")]
    assert conflicts("The new tenancy for the flat starts on 9 October.",
                     ["Her birthday is on the ninth of November."]) == []


@pytest.mark.parametrize("said", ["We will ring her every fortnight.", "a review once a fortnight"])
def test_every_fortnight_is_a_frequency(said):
    from app.compare.text import details

    assert any(d.unit == "per_week" and d.value == 0.5 for d in details(said))


def test_who_owns_up_tells_whose_words_were_wrong():
    assert polarity.rejects("No, that's wrong, it was on the Tuesday.")
    assert not polarity.rejects("Sorry, you're right, it was the Tuesday.")
    assert polarity.concedes("Sorry, you're right, it was the Tuesday.")
    assert polarity.concedes("My mistake, I had the wrong week.")
    assert not polarity.concedes("No, that's wrong, it was on the Tuesday.")


@pytest.mark.parametrize("said, value, unit", [
    ("Her attendance is ninety-one point five per cent.", 91.5, "percent"),
    ("The bus leaves at half past four.", 4.3, "clock"),
    ("Can we say half eleven on the Friday?", 11.3, "clock"),
    ("He rang at quarter past six.", 6.15, "clock"),
    ("It starts at quarter to three.", 2.45, "clock"),
])
def test_numbers_and_times_as_people_say_them(said, value, unit):
    from app.compare.text import details

    assert any(d.value == pytest.approx(value) and d.unit == unit for d in details(said)), details(said)


def test_half_of_something_is_no_time():
    from app.compare.text import details

    assert not any(d.unit == "clock" for d in details("It took half an hour and half 2 days later."))


@pytest.mark.parametrize("said, per_week", [
    ("The nurse calls every three weeks.", 1 / 3), ("We meet every 10 days.", 0.7),
    ("He sees his dad twice a month.", 0.5), ("Contact is three times a month.", 0.75),
    ("She phones every other day.", 3.5), ("He swims a couple of times a week, she says.", 2.0),
    ("He has his tea there three days out of five.", 3.0), ("She walks the dog six nights out of seven.", 6.0),
])
def test_how_often_in_other_words(said, per_week):
    from app.compare.text import details

    assert any(d.unit == "per_week" and d.value == pytest.approx(per_week, abs=1e-3) for d in details(said))


def test_a_qualified_count_a_week_is_a_frequency_and_not_also_a_count():
    from app.compare.text import details

    found = {(d.value, d.unit) for d in details("He does four night shifts a week at the bakery.")}
    assert found == {(4.0, "per_week")}
    assert (5.0, "per_week") in {(d.value, d.unit) for d in details("She has five long days a week.")}


def test_a_run_of_weekdays_agrees_with_so_many_days_a_week_but_never_contradicts():
    from app.compare.details import conflicts

    assert conflicts("Mum works four night shifts a week.",
                     ["She's on nights, Wednesday to Saturday, and he goes out more like every week now."]) == []
    assert conflicts("Mum works four night shifts a week.", ["He goes out more like every week now."])
    assert conflicts("She goes to nursery twice a week.", ["She was off nursery Monday to Wednesday with a cold."]) == []


def test_on_a_weekday_agrees_with_weekly_but_never_contradicts():
    from app.compare.details import conflicts

    assert conflicts("He takes the dog to the vet weekly.", ["He goes to the vet on a Thursday, and I call every two weeks."]) == []
    assert conflicts("He takes the dog to the vet weekly.", ["He goes to the vet, and I call every two weeks."])
    assert conflicts("The nurse visits fortnightly.", ["The fall happened on a Thursday."]) == []


def test_a_couple_of_weeks_is_no_figure():
    from app.compare.text import details

    assert not details("We spoke a couple of weeks ago.")


def test_a_shared_surname_is_not_the_same_person():
    from app.compare.attribution import same_person

    assert not same_person("Mother (Ann Bright)", "Father (Colin Bright)")
    assert same_person("Mother (Ann Bright)", "Parent (Ann Bright)")
    assert same_person("Mother (Ann Bright)", "Bright")  # a surname alone still finds her
    assert same_person("Grandmother (Ann Mary Bright)", "Grandmother (Ann Bright)")


def test_times_are_matched_as_said():
    from app.compare.text import lemmas

    assert "7.30" in lemmas("they came round at half seven")
    assert "7.30" in lemmas("the visit was at 7.30pm")


@pytest.mark.parametrize("said", ["I'm going to go the other way on this one.",
                                  "For me a child in need plan would be enough here.",
                                  "Can you put my disagreement down, please?",
                                  "I'd like that noted, I'm really not happy about it.",
                                  "The nurse does not believe that the threshold is met."])
def test_a_professional_view_against_the_plan_is_dissent(said):
    assert polarity.dissents(said)


def test_a_request_and_a_reply_that_takes_it_up_are_material():
    from app.compare.turns import Turn

    ask = Turn(0, 0, 5, "Father (Lionel Tate)", "Could she see a speech therapist? Nobody has asked us.")
    score, why = omissions.materiality(ask, False, True, reply="Fair question, we'll pick that up at core group.")
    assert "a request the family made" in why and "the meeting took it up" in why and score >= 0.6
    plain = Turn(0, 0, 5, "Father (Lionel Tate)", "She can have her lunch at school now.")
    assert "a request the family made" not in omissions.materiality(plain, False, True)[1]
    # a request for someone else to come, or for a visit elsewhere; a reply that asks another to look into it
    for asked in ("I'd like my sister to come to the next meeting.", "Can he not just come to the house instead?"):
        score, why = omissions.materiality(Turn(0, 0, 5, "Mother (Ada Tate)", asked), False, True,
                                           reply="I can't promise, but I'll ask Sam to look into it.")
        assert "a request the family made" in why and "the meeting took it up" in why


def test_a_request_put_mid_sentence_or_with_another_verb_is_a_request():
    from app.compare.turns import Turn

    for asked, reply in (("And the reviews, whatever they are, can they be on a Monday? I work weekends.",
                          "That's a reasonable ask. Idris, can you look at that?"),
                         ("Could somebody at least let me know when he's home?", "Fair request. I'll look into it."),
                         ("Can she change class, so she's away from that boy?", "That's a fair point."),
                         ("Is there, um, anything for us, though? A course, or something?",
                          "That's a fair question. Idris, can you look into it?")):
        why = omissions.materiality(Turn(0, 0, 5, "Mother (Ada Tate)", asked), False, True, reply=reply)[1]
        assert "a request the family made" in why and "the meeting took it up" in why, asked
    # a question to the meeting that asks for nothing
    assert "a request the family made" not in omissions.materiality(
        Turn(0, 0, 5, "Mother (Ada Tate)", "Can I say something about Saturday?"), False, True)[1]
    # the child's request is the family's too
    why = omissions.materiality(Turn(0, 0, 5, "Young Person (Milo Tate)", "Can she not just come to the house, "
                                     "or after school?"), False, True, reply="That's a fair point, I'll talk to Sam.")[1]
    assert "a request the family made" in why


def _asked_and_taken_up(who: str, asked: str, reply: str) -> list:
    """A meeting of three turns: the chair invites, one of the family asks, the chair takes it up."""
    from app.compare.turns import Turn

    return [Turn(0, 0, 5, "Chair (Ann Lo)", "Anything you want to add?"), Turn(1, 5, 12, who, asked),
            Turn(2, 12, 15, "Chair (Ann Lo)", reply)]


def test_a_request_taken_up_is_weighed_by_what_it_asks_however_closely_the_rest_is_minuted():
    turns = _asked_and_taken_up("Mother (Ada Tate)", "We're rowing about him all the time, me and Lionel, every "
                                "single night. Is there any chance of some family mediation for us?",
                                "That's a fair request. Sam, can you look into family mediation?")
    statements = ["Ms Tate said that she and Mr Tate row about him every night."]
    credits = [["Mother (Ada Tate)"]]
    # the statement renders the turn closely (the comparer passes it as carried), not the request
    found = omissions.find(turns, statements, True, already={1}, credits=credits, reported=set())
    assert any(om.turns[0].index == 1 for om in found)
    # another finding's evidence is reported already
    assert not any(om.turns[0].index == 1 for om in omissions.find(turns, statements, True, already={1},
                                                                   credits=credits, reported={1}))


def test_a_request_is_weighed_by_the_questions_that_ask_it():
    turns = _asked_and_taken_up("Mother (Ada Tate)", "Is there, um, anything for us, though? Me and Lionel, we're "
                                "rowing about him all the time. Some sort of mediation, or a course for parents of "
                                "teenagers?", "That's a fair question. Sam, can you look into family mediation?")
    statements = ["Ms Tate said that she and Mr Tate are rowing about him all the time."]
    found = omissions.find(turns, statements, True, already={1}, credits=[["Mother (Ada Tate)"]], reported=set())
    assert any(om.turns[0].index == 1 for om in found)


def test_a_request_for_a_day_is_carried_only_by_a_record_of_that_day():
    turns = _asked_and_taken_up("Father (Lionel Tate)", "The core groups, can they be on a Friday? I drive all week.",
                                "That's a fair request. Sam, can you look at Fridays for those?")
    kw = {"credits": [[]], "reported": set()}
    assert any(om.turns[0].index == 1 for om in omissions.find(turns, ["The core group will meet within ten days."],
                                                                True, **kw))
    assert not any(om.turns[0].index == 1 for om in omissions.find(
        turns, ["The core group will meet on a Friday, as Mr Tate asked."], True, **kw))


def test_the_decision_is_the_outcome_the_chair_says_was_decided():
    from app.compare.outcomes import LESS, PLAN
    from app.compare.turns import Turn

    turns = [Turn(0, 0, 5, "Health Visitor (Beatrix Noon)", "Child in need would do."),
             Turn(1, 5, 9, "Independent Chair (Marguerite Quill)", "My decision is that Milo will stay on a child "
                  "protection plan. I'd hope we could step down to child in need at the next review."),
             Turn(2, 9, 12, "Father (Lionel Tate)", "I don't agree.")]
    assert omissions.decided(turns) == PLAN  # (not the step-down hoped for after it)
    assert omissions.against_decision(turns[0], PLAN) and not omissions.against_decision(turns[2], PLAN)
    assert omissions.decided(turns[:1]) is None  # the chair named none
    assert omissions.decided([Turn(0, 0, 5, "Chair (Ann Lo)", "So it's child in need, then.")]) == LESS


def test_a_view_minuted_in_a_sentence_that_names_them_is_carried():
    from app.compare.turns import Turn

    turns = [Turn(0, 0, 5, "Chair (Ann Lo)", "Recommendations? Beatrix?"),
             Turn(1, 5, 12, "Health Visitor (Beatrix Noon)", "I'm going to say child in need. She's doing really "
                  "well and she'd be working with me whether there's a plan or not."),
             Turn(2, 12, 15, "Chair (Ann Lo)", "My decision is that Milo will be made subject to a child protection plan."),
             Turn(3, 15, 17, "Father (Lionel Tate)", "I don't agree. I want that written down.")]
    statements = ["IK recommended a plan. Beatrix Noon recommended a child in need plan, as Milo was doing well.",
                  "The Chair decided on a child protection plan. The father's disagreement is recorded at his request."]
    credits = [["Social Worker (Idris Kestrel)"], ["Chair (Ann Lo)"]]
    found = omissions.find(turns, statements, True, credits=credits)
    assert not any(om.turns[0].index in (1, 3) for om in found)
    # ... and left out where no sentence names them
    found = omissions.find(turns, ["IK recommended a plan.", "The Chair decided on a child protection plan."], True,
                           credits=[["Social Worker (Idris Kestrel)"], ["Chair (Ann Lo)"]])
    assert {1, 3} <= {om.turns[0].index for om in found}


def test_moving_in_is_coming_to_stay_not_leaving():
    # "moved back in with her mum" is no opposite of "has lived with her mum" or "intends to stay there"
    assert ("move", False) not in polarity.polar_terms("She moved back in with her mum just after Easter.")
    assert ("move", False) not in polarity.polar_terms("He moved into the flat on the high street.")
    for left in ("She moved out in May.", "They moved back to Leeds.", "He wants to move away."):
        assert ("move", False) in polarity.polar_terms(left), left


def test_a_disagreement_is_carried_only_by_a_statement_that_records_one():
    # the decision shares the objection's words; only a statement of the objection carries it
    from app.compare.turns import Turn

    turns = [Turn(0, 0, 5, "Chair (Ann Lo)", "Anything you want to say before I decide, Lionel?"),
             Turn(1, 5, 12, "Father (Lionel Tate)",
                  "I don't agree with the plan. It should end. The flat is sorted and the school says she's fine."),
             Turn(2, 12, 20, "Chair (Ann Lo)", "My decision is that Mia will stay on a child protection plan.")]
    decision = ["The Chair decided that Mia will stay on a child protection plan.",
                "Mr Tate said the flat is sorted and the school says Mia is fine."]
    found = omissions.find(turns, decision, True)
    assert [o.turns[0].index for o in found] == [1]
    recorded = decision + ["Mr Tate did not agree with the plan and felt it should end."]
    assert omissions.find(turns, recorded, True) == []


@pytest.mark.parametrize("with_preposition", ["She naps during the afternoon.", "She naps throughout the afternoon.",
                                              "She naps within the afternoon."])
def test_prepositions_carry_no_content(with_preposition):
    # "during his break" and "on his break" say the same: a word the speaker did not need to use
    # must not count against a faithful summary as something nobody said
    from app.compare.align import statement_words
    assert statement_words(with_preposition, []) == statement_words("She naps in the afternoon.", [])


def test_a_week_is_a_span_and_once_a_week_is_not():
    from app.compare.details import conflicts
    from app.compare.text import details

    got = conflicts("She stayed with her aunt for a week.", ["I stayed at my aunt's three nights, that's all."])
    assert [(a.text, b.text) for a, b in got] == [("a week", "3 nights")]
    assert conflicts("The car was off the road for a fortnight.", ["Fourteen days the car was off the road."]) == []
    assert {d.unit for d in details("He phones once a week and plays 2 hours a day.")} == {"per_week", "hour"}


def test_make_is_too_many_things_to_be_the_opposite_of_miss():
    # "you make it sound as if ..." is no appointment kept; "kept" and "attended" are
    assert polarity.opposed("keep", "miss") and polarity.opposed("attend", "miss")
    assert not polarity.opposed("make", "miss")


@pytest.mark.parametrize("a,b", [("telephone", "ring"), ("phone", "ring"), ("mainly", "mostly"),
                                 ("largely", "primarily"), ("jab", "immunisation"), ("telly", "television"),
                                 ("kip", "sleep"), ("loo", "toilet"), ("tummy", "stomach"), ("mate", "friend"),
                                 ("poorly", "unwell"), ("booze", "alcohol"), ("knackered", "exhausted")])
def test_plain_and_formal_words_for_the_same_thing(a, b):
    # minutes write "telephoned" and "mainly" where people say "rang" and "mostly"
    from app.compare.align import same
    assert same(a, b) and not same(a, "write")
    # (never a word of two senses: "a wee infection", "a good job", "he's really mobile now")
    assert not same("wee", "urine") and not same("job", "employment") and not same("mobile", "phone")


def test_a_and_e_as_written_and_as_said():
    from app.compare.text import content, lemmas

    assert "emergency" in content(lemmas("She was taken to A&E that night."))
    assert "emergency" in content(lemmas("Her nan took her to A and E that night."))
    assert "emergency" not in content(lemmas("Choose between options a and b."))


def test_a_negation_reaches_past_degree_words_and_absence_is_a_negation():
    # "don't, sort of, fully agree" denies agreeing; "the absence of a car" says there is no car
    assert polarity.clash("Their stories do not fully agree about the time.", "Their stories differ about the time.") is None
    assert polarity.clash("The family's difficulty is the absence of a safe car.", "There's no safe car for the family.") is None
    assert polarity.clash("Their stories about the time agree.", "Their stories about the time don't, sort of, fully agree.")


# What a negation reaches: (sentence, word, read as denied?)
@pytest.mark.parametrize("text, word, denied", [
    # a pupil's absence is a count of days off; "the absence (so far) of a cooker" says there is none
    ("Her absence has increased this half term.", "increase", False),
    ("There was an absence of a cooker in the flat.", "cooker", True),
    ("It noted the absence so far of any cooker in the flat.", "cooker", True),
    # a negation lifted from "I don't think" passes over a name to what is said of them
    ("He doesn't think Priya does much of the cooking.", "priya", False),
    ("I don't think Priya's safe at the flat.", "safe", True),
    # ... but a name denied outright is still denied
    ("There was no Priya at the house.", "priya", True),
    ("I don't think so, there was no Priya at the house.", "priya", True),
    # (a hedged opinion and a "no" in what it brings in cancel out: test_a_hedged_opinion_undoes_...)
    # "the dummy's gone" ends the dummy, as "no dummy now" does; "gone to", "gone down" only move it
    ("The dummy's gone at bedtime now.", "dummy", True),
    ("The damp patches have all gone now, since the landlord came.", "patch", True),
    # ... but a person gone is away, and time gone by is passing ("Dad's gone" is what "has left" says)
    ("Dad's gone and the house is calmer.", "dad", False),
    ("Six weeks have gone by since the last core group.", "week", False),
    ("The dummy has gone to the bin.", "dummy", False),
    ("Her temper has gone down a lot.", "temper", False),
    ("Her school needs have gone unnoticed.", "need", False),
    # a negation carries over an "or": "no fines or warnings" denies both
    ("Lionel has no fines or warnings on his record.", "warning", True),
    ("She never swims or cycles at weekends.", "cycle", True),
    ("He has a fine or a warning, I can't remember which.", "warning", False),
    ("Lionel has never had a fine or a warning.", "warning", True),
    # "no one" is "nobody"; "no way", "at no point" deny what follows, as "never" does
    ("No one noticed the scratch on his arm.", "notice", True),
    ("There's no way I'd let him drive the van.", "let", True),
    ("At no point did she leave the pram outside.", "leave", True),
    ("At no point was Ada left alone with the dog.", "ada", False),  # (an inverted subject: not denied)
    ("She had no way of getting to the allotment.", "allotment", False),  # (the noun "way")
    ("There is no way Ada broke the window.", "ada", False),  # (a name after "no way": not denied)
    # a "not" passes over "seem" and "single" to the thing it denies
    ("The lodgers didn't seem frightened of the dog.", "frighten", True),
    ("There hasn't been a single complaint from the neighbours.", "complaint", True),
    ("He's not single, he lives with his partner.", "live", False),  # (the other "single")
    ("There isn't anything wrong with the allotment shed.", "wrong", True),  # ("anything", "anywhere" passed)
    ("He's not going anywhere near the allotment.", "near", True),
    ("There wasn't a single adult at the allotment.", "adult", True),
    ("Neither lodger seemed frightened of the dog.", "frighten", True),  # (a linking verb ends the subject)
    ("Neither lodger attended the allotment meeting.", "attend", True),  # (... and a verb in the past)
    ("Neither lodger attended the allotment meeting.", "lodger", False),
    ("Neither lodger pays the ground rent.", "pay", True),  # (... or one in the present)
    ("Neither lodger pays the ground rent.", "lodger", False),
    ("None of the lodgers want a new landlord.", "want", True),
    ("None of the lodgers want a new landlord.", "lodger", False),
    ("Neither lodger's bikes were locked.", "lock", True),  # (whose, then what: the locking denied)
    # "far from", "anything but", "by no means", "nowhere near", "in no way" deny as "not" does
    ("The shed was far from tidy.", "tidy", True),
    ("The shed is far from the canal.", "canal", False),  # (... not before a place)
    ("We live far from nursery now.", "nursery", False),  # (... nor after another verb)
    ("Milo was anything but calm at the match.", "calm", True),
    ("The allotment is by no means overgrown.", "overgrow", True),
    ("The fence is nowhere near finished.", "finish", True),
    ("Ada was in no way responsible for the flood.", "responsible", True),
    # what was to be done, "but she didn't": not done
    ("She was going to water the beans, but she didn't.", "water", True),
    ("Ada said she'd water the beans, but she didn't.", "water", False),  # (the saying stands)
    ("He was meant to lock the shed but he didn't, so it was left open.", "lock", True),
    ("He wanted to lock the shed but she didn't.", "lock", False),  # (someone else)
    ("Ada was happy to paint the shed, but he wasn't.", "paint", False),  # (a name's he or she unknown)
    ("I used to paint, but I don't.", "paint", False),  # (no longer, not never)
    # "any more" ending what is said of a thing is "no longer"
    ("Ada doesn't swim any more.", "swim", True),
    ("Milo isn't missing swimming any more, his mum says.", "miss", True),
    # "neither" opening the sentence denies what is said of the ones it names, not them
    ("Neither Ada nor her uncle has any fines or warnings.", "fine", True),
    ("Neither Ada nor her uncle has any fines or warnings.", "warning", True),
    ("Neither Ada nor her uncle has any fines or warnings.", "uncle", False),
    ("And neither of the lodgers was at the allotment on Sunday.", "lodger", False),
    ("He neither swims nor cycles at weekends.", "cycle", True),  # (not a subject: both denied)
    ("None of the lessons were skipped this term.", "skip", True),  # ... "none of", "not a single" likewise
    ("None of the lessons were skipped this term.", "lesson", False),
    ("Not a single rehearsal was missed.", "miss", True),
    ("Not one rehearsal was missed.", "miss", True),
    # ... only a short subject straight before its helping verb: "Neither lodger knew the dog was
    # ill" denies the knowing, not the illness; "Not one but two" denies nothing of the two
    ("Neither lodger knew the dog was ill.", "ill", False),
    ("Not one but two rehearsals were missed.", "miss", False),
    # "not at the level where they'd keep him on", "not bad enough to need stitches": what it would
    # have taken is what is denied
    ("The rash was not at the level where they'd keep him on the ward.", "keep", True),
    ("The cut wasn't deep enough to need stitches.", "need", True),
    ("The cut wasn't deep enough to need stitches.", "stitch", False),
    ("The lodger doesn't get enough to eat at the allotment.", "eat", False),  # (a verb's "enough": an amount)
    # a denial with an exception affirms the exception: "won't see anyone apart from her gran" sees
    # her gran (only her), as "doesn't eat anything but toast" eats toast
    ("The lodger won't talk to anybody apart from his sister.", "talk", False),
    ("He doesn't eat anything but toast at breakfast.", "eat", False),
    ("She hasn't shown anyone except the allotment warden.", "show", False),
    ("He has no contact with anyone other than his uncle.", "contact", False),
    ("He won't talk to anybody about the shed.", "talk", True),  # (no exception: denied)
    ("He hasn't hit anyone but he has shouted at the lodger.", "hit", True),  # ("but" going on to a clause)
    ("He doesn't want anything, but he'll take the lift.", "want", True),  # (a "but" of another clause)
    # two negations undo each other: "never without his inhaler" has it with him
    ("Milo is never without his inhaler.", "inhaler", False),
    ("It is not without risk for the baby.", "risk", False),
    ("She went without a drink all day.", "drink", True),
])
def test_what_a_negation_reaches(text, word, denied):
    assert dict(polarity.polar_terms(text))[word] is denied


def test_only_one_and_none_but_that_one_say_the_same():
    # "will speak only to her aunt" / "won't speak to anyone apart from her aunt": the same
    assert polarity.clash("The lodger will speak only to his aunt.", "He won't speak to anyone apart from his aunt.") is None
    assert polarity.clash("He eats only toast in the mornings.", "He won't eat anything other than toast.") is None
    assert polarity.clash("He speaks to his aunt about the shed.", "He won't speak to anyone about the shed.")


def test_what_others_make_out_is_their_charge_not_the_speakers_word():
    # "Everyone makes out like I don't care": she tells of the charge to deny it
    assert polarity.clash("She said that she cared about the lodgers.",
                          "I do. Everyone makes out like I don't care about the lodgers.") is None
    # ... to the end of its clause: what the speaker then says is theirs
    assert polarity.clash("Mr Lee has stopped drinking.", "He makes out like he's stopped, but he's still drinking every night.")
    assert polarity.clash("She said that she cared about the lodgers.", "Honestly, I don't care about the lodgers.")


def test_a_negation_carried_over_an_or_is_contradicted():
    said = "Lionel has no fines or warnings from the police."
    assert polarity.clash("Lionel has had a warning from the police.", said)
    assert polarity.clash("Lionel has no warnings from the police.", said) is None


def test_none_of_them_denies_what_is_said_of_them():
    said = "None of the rehearsals were missed this term."
    assert polarity.clash("She missed two of the rehearsals this term.", said)[:2] == ("miss", "miss")
    assert polarity.clash("Every rehearsal was attended this term.", said) is None
    assert polarity.clash("Every rehearsal was attended.", "Not a single rehearsal was missed.") is None


def test_any_more_before_a_thing_is_more_of_it():
    # "I didn't ask any more questions": some were asked; the asking is neither denied nor affirmed
    assert "ask" not in dict(polarity.polar_terms("I didn't ask any more questions about the allotment."))
    assert "need" not in dict(polarity.polar_terms("We didn't need any more of the leaflets."))


def test_neither_opening_a_sentence_denies_what_is_said_of_its_subject():
    said = "Neither Ada nor her uncle has any fines or warnings from the police."
    assert polarity.clash("Ada's uncle has had a warning from the police.", said)[:2] == ("warning", "warning")
    assert polarity.clash("Ada's uncle has no warnings from the police.", said) is None
    # where what qualifies the rest takes the denial ("any other ..."), the sentence still denies:
    # no one-sided clash with another denial
    assert polarity.clash("Neither uncle has any other fines or any earlier warnings.", "No earlier warnings.") is None


def test_down_on_last_term_is_a_fall():
    said = "Her attendance is eighty-eight percent, which is a bit down on last term."
    assert polarity.clash("Her attendance was described as an improvement on last term.", said)
    assert polarity.clash("Her attendance was described as a fall on last term.", said) is None
    assert polarity.clash("Her attendance was described as an improvement on last term.",
                          "Her attendance is eighty-eight percent, which is well up on last term.") is None


def test_only_some_attended_says_the_rest_were_missed():
    said = "He's been offered eight physio sessions since May and he's come to four. The four he missed were in June."
    assert polarity.clash("Leo has attended only half of the eight physio sessions offered since May.", said) is None
    assert polarity.clash("Leo has attended the physio sessions offered since May.", said)
    assert polarity.clash("Leo has attended only half of the eight physio sessions offered since May.",
                          "He has missed every one of the physio sessions since May.")
    # "the only one who helps" says who, not how many
    assert not polarity._ONLY_SOME.search("I want Dee to keep coming, she's the only one who actually helps.")


def test_a_thing_gone_answers_no_longer_having_it():
    assert polarity.clash("Ruby no longer has a dummy at bedtime.", "The dummy's gone at bedtime, which is a big step.") is None
    assert polarity.clash("Ruby still has a dummy at bedtime.", "The dummy's gone at bedtime, which is a big step.")


def test_gone_somewhere_is_a_move_not_an_end():
    # "remain" is against the end "gone" says ("the worries have gone now"), not against going somewhere
    said = "Maya went to her auntie's that night. Her mum didn't know they'd gone out."
    assert polarity.clash("Maya will remain with her aunt for now.", said) is None
    assert polarity.clash("The worries about his temper remain.", "The worries about his temper have gone now.")


def test_what_was_usual_before_a_change_is_not_claimed_now():
    said = "At school Sam is, well, he's quieter."
    assert polarity.clash("Sam, normally talkative, has become more withdrawn at school.", said) is None
    assert polarity.clash("Sam is usually talkative at school.", said)  # no change said: how he is
    # "now" and "always" tell how things are, not a change from what was usual
    assert polarity.clash("Jayden is typically polite at school, and he is now settled.",
                          "Jayden is not polite at school, but he is settled now.")


def test_an_absence_that_falls_and_a_name_after_i_dont_think_are_no_opposites():
    assert polarity.clash("His absence has been falling on Mondays since the move.",
                          "Attendance is down from ninety-three, and it's mostly the Mondays since the move.") is None
    assert polarity.clash("He does not think Priya does much of the cooking now.",
                          "Priya's been at her nan's most of the week, so I've done the tea.") is None


def test_barely_begun_has_begun():
    # "barely", "hardly" before a beginning say it began lately, as "only just" does; elsewhere they deny
    assert polarity.clash("The counselling had barely begun when the family moved.",
                          "The counselling had only just started when they moved.") is None
    assert polarity.clash("Tutoring has hardly started yet.", "The tutoring started last week.") is None
    assert polarity.clash("He has barely eaten since Friday.", "He's eaten loads since Friday.")


def test_unfair_and_fair_are_one_subject_for_finding_the_passage():
    # which way round it is, is the polarity's question; where it was said, the aligner's
    from app.compare.align import key_hit, keys_of, same
    assert same("unfair", "fair") and key_hit("unfair", keys_of({"fair"})) and key_hit("happy", keys_of({"unhappy"}))
    assert not key_hit("miss", keys_of({"dismiss"})) and not same("under", "der")


@pytest.mark.parametrize("said,outcome", [
    ("From where I sit the threshold's met.", "plan"), ("Plan. Child protection plan.", "plan"),
    ("I don't think it's met, to be honest.", "less"), ("Child in need would be enough for me.", "less"),
    ("Not a plan, I'd say child in need.", "less"), ("She's doing well at school.", None),
    # a vote minuted as a vote, or by the category the plan is under
    ("The GP voted for a plan.", "plan"), ("The Police supported plans under neglect.", "plan"),
    ("The Health Visitor voted for child in need.", "less"),
    # another's vote said back to them is not the speaker's own
    ("My decision is a plan under neglect. Priya, I've noted you'd see it as child in need.", "plan"),
    # the reason given, or an earlier leaning, names the outcome weighed, not the one chosen
    ("Supported a child in need plan, as he did not believe the threshold for a child protection plan was reached.",
     "less"),
    ("A child protection plan under neglect, having first leaned towards child in need.", "plan"),
    ("Plan, because I don't think child in need would be enough.", "plan"),
    # ... and so does a concession: another's view, or the one given up
    ("Decided on a child protection plan for Tobias, noting the school nurse's wish for child in need.", "plan"),
    ("I'd say child in need, although I know the police would support a plan.", "less"),
    ("Though I came in thinking child in need, I'd support a plan now.", "plan"),
    # a plan said not to be the right answer is a vote against it
    ("A child protection plan is not the right tool here; the harm comes from outside the home.", "less"),
    ("She's calmer since the plan started, so I'd say child in need.", "less"),
    # stepping down denied is no vote for it
    ("I don't think this is the right moment to step down.", None), ("The risks are too high to step down yet.", None),
    ("It's not been easy but I'd step down now.", "less"),
    ("I'd want two more months of good reports before we could step down.", None),
    # a vote now with a step down looked forward to, in a part of its own
    ("Plan, under neglect, with a view to child in need at the next review.", "plan"),
    ("Give it another six weeks and I'd hope we could close to child in need.", None),
    ("I'd say she stays on a plan under neglect for another three months.", "plan"),
    # minutes put the threshold in the past tense, often with what it is the threshold for
    ("The panel agreed that the threshold for significant harm was met.", "plan"),
    ("She did not feel the threshold had been met.", "less"), ("The threshold for significant harm was not met.", "less"),
    ("It was met with silence.", None),
    # the plan itself going on, not a plan of another kind
    ("Plans to continue.", "plan"), ("I think child in need, with the safety plan carrying on, would be enough.", "less"),
    # the plan itself ending, recommended now (not a promise of its end later)
    ("She recommended that the plans end and the boys be supported as children in need.", "less"),
    ("The plan will end when he turns eighteen.", None)])
def test_the_outcome_a_professional_names(said, outcome):
    from app.compare.outcomes import LESS, PLAN, named
    assert named(said) == {"plan": PLAN, "less": LESS, None: None}[outcome]


def test_reluctant_is_the_opposite_of_happy_to():
    # "reluctant" sat alone in a pair whose other side was taken by an earlier pair
    assert polarity.opposed("reluctant", "happily") and polarity.opposed("keen", "reluctant")
    assert polarity.clash("She is often reluctant to go to her nan's.", "She goes to her nan's really happily.")


@pytest.mark.parametrize("verb", ["emphasised", "reminded them", "insisted", "reiterated", "clarified",
                                  "assured them"])
def test_verbs_of_how_someone_spoke_carry_no_content(verb):
    # the minute-taker's word for the way it was said is not something the recording must contain
    from app.compare.align import statement_words
    assert statement_words(f"Mr Tate {verb} that the van was sold.", []) == statement_words("Mr Tate said that the van was sold.", [])


def test_a_date_counted_on_from_the_one_said_is_no_change():
    from app.compare.details import conflicts
    said = ["The flood was on the ninth of March. The next morning the landlord came round."]
    assert conflicts("The landlord came round on 10 March.", said) == []
    assert conflicts("The landlord came round on 12 March.", ["The flood was on the ninth of March. Three days "
                                                                "later the landlord came round."]) == []
    got = conflicts("The landlord came round on 10 March.", ["The flood was on the ninth of March, and the "
                                                               "landlord came round then."])
    assert [(a.text, b.text) for a, b in got] == [("10 march", "9 march")]


def test_a_score_out_of_ten_as_minutes_write_it():
    # Signs of Safety minutes write scaling scores "3/10"; people say "three out of ten"
    from app.compare.details import conflicts
    got = conflicts("The health visitor scaled safety at 3/10.", ["On the safety scale I'd say a four out of ten."])
    assert [(a.text, b.text) for a, b in got] == [("3 of 10", "4 of 10")]
    assert conflicts("The health visitor scaled safety at 4/10.", ["On the safety scale, four out of ten."]) == []
    assert conflicts("Seen on 3/10/2025 at clinic.", ["She was seen at clinic on the third."]) == []


def test_a_complaint_about_how_the_conference_was_prepared_is_material():
    from app.compare.turns import Turn
    score, why = omissions.materiality(Turn(0, 0, 5, None, "I only found out it was on yesterday. Nobody rang me."),
                                       False, False)
    assert "a complaint about how the conference was prepared" in why and score >= 0.6
    assert "a complaint about how the conference was prepared" not in omissions.materiality(
        Turn(0, 0, 5, None, "We found a flat on the high street."), False, False)[1]
    # "only" between: "We only found out on Friday, from his teacher."
    assert "a complaint about how the conference was prepared" in omissions.materiality(
        Turn(0, 0, 5, None, "We only found out on Friday, from his teacher."), False, False)[1]


def test_the_chair_answering_an_objection_is_not_an_objection_of_the_chair():
    from app.compare.turns import Turn

    def why(who: str, text: str) -> list[str]:
        return omissions.materiality(Turn(0, 0, 5, who, text), False, True)[1]

    reply = "I hear you, Carys, and your disagreement will be recorded. I'm sorry the report was wrong about that."
    assert why("Mother (Carys Webb)", reply)  # the same words from a parent are hers to have minuted
    assert "a correction or a request to have it minuted" not in why("Independent Chair (Marguerite Quill)", reply)
    asked = "Did you get the report before today? I know they sometimes arrive late, and that's not fair on you."
    assert why("Independent Chair (Marguerite Quill)", asked) == []
    # ... but the chair directing that the record be put right is the chair's own
    assert "a correction or a request to have it minuted" in why(
        "Independent Chair (Marguerite Quill)", "Idris, can you make sure the address is corrected in the report?")


def test_one_voice_over_several_segments_is_weighed_as_one_turn():
    from app.compare.turns import Turn
    segs = [Turn(0, 0, 2, "Voice 1", "Thanks."), Turn(1, 3, 5, "Voice 2", "I only found out"),
            Turn(2, 8, 10, "Voice 2", "on Monday, and the letter"), Turn(3, 13, 15, "Voice 2", "had my name spelt wrong.")]
    assert tuple(segs[1:]) in omissions._units(segs, speakers_known=False)


def test_a_year_added_to_a_date_is_no_word_to_find():
    from app.compare.align import statement_words
    assert statement_words("She moved on 3 June 2025.", []) == statement_words("She moved on 3 June.", [])


def test_a_negation_reaches_no_further_than_its_sentence():
    # "No." answers what came before; the next sentence says what did happen
    assert polarity.clash("He had smacked Milo on the hand.", "A belt, no. He smacked Milo on the hand.") is None
    assert polarity.clash("He had smacked Milo on the hand.", "He never smacked Milo on the hand.")


def test_doubt_about_a_plan_is_a_vote_for_less():
    from app.compare.outcomes import LESS, named
    assert named("Honestly I'm not sure a plan") == LESS and named("I'm not convinced the plan is needed.") == LESS


@pytest.mark.parametrize("said,claims", [("Professionals agreed that the flat is safe.", True),
                                         ("The professionals were of the view that help is needed.", True),
                                         ("Some professionals agreed that the flat is safe.", False),
                                         ("Professionals did not agree about the flat.", False),
                                         # a passive verb is no one's view
                                         ("The chair thanked everyone for coming and said the school's report "
                                          "would also be considered.", False),
                                         ("All agencies agreed the move should be considered again in June.", True)])
def test_professionals_agreed_speaks_for_them_all(said, claims):
    assert polarity.claims_all_agreed(said) is claims


def test_conjunctions_and_words_of_degree_are_no_content():
    # "because", "rather than", "precisely" join or weigh a claim; a paraphrase without them says the same
    from app.compare.align import Aligner, statement_words
    from app.compare.turns import Turn
    words = statement_words("She said precisely that the bus was late because of the snow, rather than the driver.", [])
    assert words == ["bus", "late", "snow", "driver"]
    meeting = Aligner([Turn(0, 0, 5, "Mum", "The bus was late, it was the snow, not the driver.")])
    assert meeting.best(words).coverage == 1.0


def test_what_a_statement_reports_is_read_without_its_frame():
    # "The X observed that ..." is no one's words: the frame's names and verb pull the sentence's
    # meaning away from the words that were said
    from app.compare.align import Aligner
    from app.compare.checks import said_in_other_words
    from app.compare.turns import Turn
    from app.minutes.statements import reported
    statement = "The Independent Reviewing Officer observed that this is exactly the point the girls keep making."
    assert reported(statement) == "this is exactly the point the girls keep making."
    assert reported("The flat is warm.") == "The flat is warm."
    meeting = Aligner([Turn(0, 0, 5, "Chair", "Well. Which is the point the girls have been making all along.")])
    assert said_in_other_words(statement, meeting)


@pytest.mark.parametrize("claim,said,opposed", [
    ("It has not yet been determined whether the twins will change school.",
     "We decided that last week: the twins aren't changing school.", True),
    ("Mr Hale is yet to start the budgeting course.", "I started the budgeting course, I can't miss it now.", True),
    ("It has not yet been decided whether the twins will change school.",
     "We haven't decided yet whether the twins change school.", False),
])
def test_what_is_still_pending_is_answered_by_its_being_done(claim, said, opposed):
    # the other side may deny something else ("aren't changing"): what was pending was done
    assert (polarity.clash(claim, said) is not None) is opposed


@pytest.mark.parametrize("minutes", ["Her attendance at the group sessions has been patchy.",
                                     "Poor attendance at the group sessions was noted.",
                                     "Her attendance at the group meetings was sporadic."])
def test_attendance_said_to_be_poor_is_attendance_missed(minutes):
    said = "Honestly, she hasn't missed a single one of the group sessions or group meetings."
    assert polarity.clash(minutes, said) is not None
    assert polarity.clash("Her attendance at the group sessions has been good.", said) is None


def test_a_meeting_is_one_word_whatever_its_number_and_not_the_met_of_a_threshold():
    from app.compare.text import lemma
    assert lemma("meeting") == lemma("meetings") != lemma("met")


def test_a_negated_opinion_denies_what_it_introduces():
    # "didn't think it did harm" says it did no harm; "no good" is its opposite
    assert polarity.clash("She did not think the move had done the boys any harm.",
                          "Honestly the move did the boys no good at all.") is not None
    assert polarity.clash("She thought the move had done the boys no good.",
                          "Honestly the move did the boys no good at all.") is None


def test_a_no_that_answers_denies_nothing_after_it():
    assert ("move", False) in polarity.polar_terms("No, I think the boys can move school.")
    assert polarity.clash("Both boys should move school.", "No, I think the boys can move school.") is None


def test_an_adverb_says_what_its_adjective_says():
    # "consistently" is the side of "consistent": a sentence saying both it and "differ" says both
    said = "Jade has told two teachers, consistently, that she walks home alone. And your accounts differ."
    assert polarity.clash("Jade has given the same account to both teachers.", said) is None
    assert polarity.clash("Jade has given the same account to both teachers.",
                          "Jade's accounts to the two teachers differ.") is not None


def test_phrasal_verbs_of_going_on_read_as_continue():
    from app.compare.align import Aligner, statement_words
    from app.compare.text import expand
    from app.compare.turns import Turn
    assert "continue" in expand("I want her to stay on the course.") and "continue" in expand("Carry on, please.")
    words = statement_words("Mrs Okoro wants the speech therapy to continue.", ["Mother (Ada Okoro)"])
    assert Aligner([Turn(0, 0, 5, "Mum", "I want him to stay on the speech therapy.")]).best(words).coverage == 1.0


def test_no_further_action_is_a_case_dropped():
    from app.compare.text import expand
    assert "dropped" in expand("The police took no further action.") and "dropped" in expand("It was NFA'd in June.")


def test_the_children_are_not_an_attendee_named_in_the_sentence():
    people = {"mark": {"mark cole"}, "cole": {"mark cole"}}
    claim = "The concerns were the children missing school and health appointments."
    assert polarity.other_person(claim, "The flat was fine. Mark has kept every appointment.", people)
    assert not polarity.other_person(claim, "The flat was fine. Kai has kept every appointment.", people)
    assert not polarity.other_person(claim, "Mark says the children have kept every appointment.", people)


@pytest.mark.parametrize("minutes,said", [("The delay was due to the strike.", "It was late because of the strike."),
                                           ("She no longer wishes to move.", "She doesn't want to move now."),
                                           ("He stays up until 2am.", "He's up till 2am.")])
def test_the_minutes_connectives_in_plain_words(minutes, said):
    from app.compare.align import Aligner, statement_words
    from app.compare.turns import Turn
    words = statement_words(minutes, [])
    assert not {"due", "long", "till"} & set(words)
    assert Aligner([Turn(0, 0, 5, "Mum", said)]).best(words).coverage >= 0.5


def test_a_request_is_asking():
    from app.compare.align import Aligner, statement_words
    from app.compare.turns import Turn
    words = statement_words("At her request the nurse visited the flat.", [])
    meeting = Aligner([Turn(0, 0, 5, "Nurse", "She asked me to visit the flat, so I did.")])
    assert meeting.best(words).matched == {"request", "visit", "flat"}


@pytest.mark.parametrize("said, per_week", [("He has the twins every weekend.", 1.0),
                                            ("She swims each Thursday after school.", 1.0),
                                            ("They stay with him on alternate weekends.", 0.5),
                                            ("We meet every couple of weeks.", 0.5),
                                            ("The carer calls in three times a day.", 21.0),
                                            ("He takes the tablets twice a day.", 14.0)])
def test_how_often_in_everyday_words(said, per_week):
    from app.compare.text import details

    assert per_week in {d.value for d in details(said) if d.unit == "per_week"}


def test_a_frequency_against_another_said_in_other_words():
    from app.compare.details import conflicts

    got = conflicts("Mr Dale sees his son every weekend.", ["I get to see him once a month if I'm lucky."])
    assert [(a.text, b.text) for a, b in got] == [("every weekend", "once a month")]
    assert not conflicts("Mr Dale sees his son weekly.", ["I see him every Saturday, like clockwork."])
    # two days named are twice a week, not 'every Saturday'
    assert not conflicts("He goes to the club twice a week.", ["He goes every Saturday and Sunday."])


def test_the_same_number_in_another_unit_is_a_changed_detail():
    from app.compare.details import conflicts

    got = conflicts("Ms Cole said the mark on his arm had been there for two months.",
                    ["Honestly the mark was there two weeks, no more."])
    assert [(a.text, b.text) for a, b in got] == [("2 months", "2 weeks")]
    # another number in another unit needs more said about the same thing
    assert not conflicts("Ms Cole said the mark on his arm had been there for two months.",
                         ["Honestly the mark was there three weeks, no more."])
    assert not conflicts("He has lived with his aunt for two years.", ["He is fourteen, and two weeks ago he was ill."])
    # the subject may be named a clause before the figure, in the same sentence
    got = conflicts("The housing officer said the repairs would take about three weeks.",
                    ["The repairs, honestly, we're looking at three months, that's the waiting list."])
    assert [(a.text, b.text) for a, b in got] == [("3 weeks", "3 months")]


def test_worse_is_the_opposite_of_improved_not_a_wrong():
    from app.compare.text import lemma

    assert lemma("worse") == "worse"
    assert polarity.clash("The garden had improved since the spring.",
                          "Honestly the garden's got worse since the spring, not better.") is not None


def test_a_word_used_of_something_else_is_not_saying_both_sides():
    said = "He missed two dental appointments, so I've had to keep an eye on his teeth myself."
    assert polarity.clash("He has kept every one of his dental appointments.", said) is not None
    # ... but said of the same thing, it is: each side is said in turn
    assert polarity.clash("He has kept every one of his dental appointments.",
                          "He kept three dental appointments and missed two dental appointments.") is None


def test_a_share_of_the_last_few_is_a_share_not_a_day_of_the_month():
    from datetime import date

    from app.compare.details import conflicts
    from app.compare.text import details

    assert ("share", 3.0) in {(d.unit, d.value) for d in details("She's come to three out of the last five.")}
    said = "He's been to three out of the last five sessions, and I saw him last Friday at the centre."
    got = conflicts("Mr Cole was seen at the centre on 3 April 2026.", [said], on=date(2026, 4, 14))
    assert [(a.text, b.text) for a, b in got] == [("3 april", "10 april")]


@pytest.mark.parametrize("claim, said", [
    ("Mr Ince reported poor sleep and waking in the night.", "I'm not sleeping, I wake up every night."),
    ("The nursery noted limited contact with the father.", "They haven't had contact with their dad, no."),
])
def test_too_little_of_a_thing_is_no_opposite_of_not_having_it(claim, said):
    assert polarity.clash(claim, said) is None


def test_too_little_still_clashes_by_opposite_words():
    assert polarity.clash("She has had poor sleep and has been missing school.",
                          "She's been sleeping fine and attending school every day.") is not None


def test_a_child_gone_missing_has_not_missed_anything():
    from app.compare.text import expand

    assert "missing" not in expand("He went missing twice, and there were three missing episodes.")
    assert "missing" in expand("He keeps missing his football training.")
    assert polarity.clash("Jordan attended five of the six youth club sessions.",
                          "Jordan has been reported missing five times since May.") is None
    assert polarity.clash("Jordan attended all of the youth club sessions.",
                          "Jordan has been missing youth club sessions.") is not None


def test_an_outcome_asked_about_or_looked_forward_to_is_no_vote():
    from app.compare import outcomes

    assert outcomes.named("Should the plan carry on, or do we step down to child in need?") is None
    assert outcomes.named("We could be looking at child in need at the next review, if things keep going.") is None
    assert outcomes.named("My decision is that the plans continue for both boys.") == outcomes.PLAN
    assert outcomes.named("Is the threshold met? For me, no, I'd say child in need.") == outcomes.LESS


def test_keeping_a_thing_going_is_continuing_it_not_keeping_an_appointment():
    assert polarity.clash("The children's attendance at the club was poor.",
                          "The school keeps the after-school club and the reading group going.") is None
    assert polarity.clash("Ms Ode has missed every dental appointment.",
                          "She has kept every dental appointment this year.") is not None


def test_the_ends_of_a_scaling_question_claim_nothing():
    said = "So zero means the baby couldn't safely go home with mum, and ten means we're all confident she's safe."
    assert polarity.clash("The baby will be safe at home with her mother.", said) is None
    assert polarity.clash("The baby will be safe at home with her mother.",
                          "I don't think the baby is safe at home with her mother.") is not None


def test_a_bare_one_does_not_say_weekly():
    from app.compare.details import conflicts

    said = ["I see her every two weeks at the clinic.", "She hasn't missed one with me."]
    got = conflicts("The nurse sees her weekly at the clinic.", said)
    assert [(a.text, b.text) for a, b in got] == [("weekly", "every 2 weeks")]


def test_a_count_minuted_where_a_rate_was_said():
    from app.compare.details import conflicts

    said = ["The worker said she's been in twice about the rent arrears.",
            "I've been going round twice a week since April, helping with the budget."]
    got = conflicts("The family support worker has visited twice since April.", said)
    assert [(a.text, b.text) for a, b in got] == [("twice", "twice a week")]
    assert not conflicts("The family support worker has visited twice a week since April.", said)


def test_a_time_closing_its_clause_before_a_comma_opens_the_next():
    from datetime import date

    from app.compare.details import conflicts

    said = ["What I need to raise is that twelve days ago, on the Monday, a neighbour found Kit alone in the car."]
    got = conflicts("On Monday 2 March 2026 a neighbour found Kit alone in the car.", said, on=date(2026, 3, 21))
    assert [(a.text, b.text) for a, b in got] == [("2 march", "9 march")]


@pytest.mark.parametrize("said, score", [("Four for me, if I'm honest.", 4.0), ("I'd say a seven.", 7.0),
                                         ("She scored it at 3.", 3.0), ("I'd give it a six, maybe.", 6.0)])
def test_a_scaling_score_as_people_give_it(said, score):
    from app.compare.text import details

    assert score in {d.value for d in details(said) if d.unit == "score"}


def test_a_score_and_a_share_of_ten_are_one_figure():
    from app.compare.details import conflicts

    got = conflicts("The health visitor scored 5.", ["On safety I'd put it at six out of ten."])
    assert [(a.text, b.text) for a, b in got] == [("5", "6 of 10")]
    got = conflicts("The health visitor scaled safety at 5/10.", ["Six for me on safety."])
    assert [(a.text, b.text) for a, b in got] == [("5 of 10", "6 of 10")]


def test_four_weeks_is_about_a_month():
    from app.compare.details import conflicts

    said = ["I referred him to the reading clinic about a month ago and he's been twice."]
    assert not conflicts("He was referred to the reading clinic around four weeks ago.", said)
    assert conflicts("He was referred to the reading clinic around two weeks ago.", said)


def test_everyday_words_for_medication_difficulty_and_getting_worse():
    from app.compare.align import same

    assert same("meds", "medication") and same("hard", "difficult") and same("worse", "deteriorate")
    assert not same("hard", "soft")


def test_a_vote_given_as_a_bare_answer():
    from app.compare import outcomes

    assert outcomes.named("A plan, yes. Neglect.") == outcomes.PLAN
    assert outcomes.named("I'd go with a plan for both of them.") == outcomes.PLAN
    assert outcomes.named("Planning for the summer is going well.") is None
    # at a review, "continue" by itself is the plan going on; continuing something else is not
    assert outcomes.named("Yes, I'd say continue, for now anyway.") == outcomes.PLAN
    assert outcomes.named("I'd say continue with the swimming lessons.") is None
    assert outcomes.named("Will the allotment group continue?") is None
    assert outcomes.named("Can I carry on? Yes, continue.") is None  # (a chair letting a speaker go on)


def test_a_time_ending_its_sentence_belongs_to_the_clause_before():
    from app.compare.details import conflicts

    got = conflicts("Mr Ode said that Amir had lived with him for about nine weeks.",
                    ["So Amir's been with me, um, about nine months now."])
    assert [(a.text, b.text) for a, b in got] == [("9 weeks", "9 months")]


def test_a_rate_minuted_where_a_count_was_said():
    from app.compare.details import conflicts

    got = conflicts("The tutor said Sam had been late around three times a week.",
                    ["Sam's been late three times in the last fortnight, which isn't like him."])
    assert [(a.text, b.text) for a, b in got] == [("3 times a week", "3 times")]
    assert not conflicts("The tutor said Sam had been late around three times a week.",
                         ["Sam's been late three times a week, most weeks."])


def test_a_time_with_a_colon_is_a_time():
    from app.compare.details import conflicts
    from app.compare.text import details

    assert {(d.value, d.unit) for d in details("Nan picks them up at 3:15pm.")} == {(3.15, "clock")}
    assert not conflicts("Nan picks them up at 3:15pm.", ["Nan gets them at quarter past three."])
    assert conflicts("Nan picks them up at 3:45pm.", ["Nan gets them at quarter past three."])


def test_a_figure_the_minutes_also_give_is_no_closer_rival():
    from app.compare.details import conflicts

    said = ["The rent arrears were about fifteen hundred in September. She pays thirty pound a week off it, and "
            "it's down to eleven hundred now."]
    assert not conflicts("Rent arrears have come down from £1,500 in September to £1,100 through a £30 weekly plan.",
                         said)
    assert conflicts("Rent arrears have come down from £1,500 in September to £1,100 through a £50 weekly plan.", said)


def test_parts_of_the_day_that_share_hours_are_no_rivals():
    from app.compare.details import conflicts

    # "last night, about eight" was an evening; it was no afternoon
    said = ["I only got the letter last night, about eight o'clock, so I have not read it."]
    assert conflicts("She had received the letter at about 8pm on the evening before the meeting.", said) == []
    said = ["I only got the letter last night, about two o'clock, so I have not read it."]
    assert conflicts("She had received the letter at about 2pm on the afternoon before the meeting.", said)


def test_the_and_inside_a_number_joins_no_clauses():
    from app.compare.details import conflicts

    # "a hundred and twenty hours" is one figure, not "a hundred" and then "twenty hours"
    said = ["The order was for a hundred and twenty hours of unpaid work in the community."]
    assert not conflicts("He was given 120 hours of unpaid work.", said)
    assert conflicts("He was given 100 hours of unpaid work.", said)


def test_one_place_or_service_named_for_another():
    from app.compare.details import other_place

    unsaid = {"brookfield", "counsel"}
    said = lambda w: w not in unsaid  # noqa: E731
    assert other_place("Ms Ode began the parenting course at Brookfield Family Hub last week.",
                       ["She started the parenting course at Ashby Children's Centre last week."], said) == \
        ("Brookfield Family Hub", "Ashby Children's Centre")
    assert other_place("The nurse referred Amir to the school counselling service.",
                       ["I referred him to CAMHS in June."], said) == ("the school counselling service", "CAMHS")
    # a name the meeting did say, or a person rather than a place, is no changed detail
    assert other_place("She started the parenting course at Ashby Children's Centre.",
                       ["She started the parenting course at the centre on Ashby Road."], said) is None
    assert other_place("Ms Ode took the twins to Brookfield for the weekend.",
                       ["Mr Ode took the twins to Jade's for the weekend."], said, frozenset({"jade"})) is None
    # a family's name for one of its own is a person's home, not a place: "at Mum's" is Jo's, if Jo is Mum
    assert other_place("Dad said he stays over at Mum's on Fridays.", ["I stay over at Rosa's on Fridays."],
                       lambda w: w != "mum") is None
    # ... as is a titled person's ("to Mr Bell's home"), whatever name the meeting called him by
    assert other_place("The baby will be discharged to Mr Bell's home together with her mother.",
                       ["I'd support discharge to Gray's, with Tina there."], lambda w: w not in {"bell", "together"},
                       frozenset({"tina"})) is None
    assert other_place("The children stayed overnight at Mrs Jane Bell's house.",
                       ["The kids stayed overnight at Hilltop Lodge."], lambda w: False) is None
    assert other_place("Mother reported the incident to PC Evans.", ["Mum reported it to Sergeant Clarke."],
                       lambda w: False) is None
    # a place said first, with what it is about after it ("I'm in Huddersfield now, at my sister's")
    unsaid.add("bradford")
    assert other_place("Mr Ode said he was living at his sister's in Bradford.",
                       ["I'm in Huddersfield now, at my sister's, on the sofa."], said) == ("Bradford", "Huddersfield")


def test_one_room_or_setting_named_for_another():
    from app.compare.details import other_setting

    assert other_setting("Mr Ode said the argument started in the bathroom.",
                         ["It started in the hallway, by the front door."]) == ("in the bathroom", "in the hallway")
    assert other_setting("Ms Ode said her son fell over at the shops on Friday.",
                         ["He fell over at the park on Friday, he's fine."]) == ("at the shops", "at the park")
    # words for the same one; the same said too; a room is at home; nothing shared before it
    assert other_setting("Mr Ode smokes in the family home.", ["He smokes in the flat, never near them."]) is None
    assert other_setting("Mr Ode smokes in the kitchen.", ["He smokes in the garden, or the kitchen with the back "
                                                          "door open."]) is None
    assert other_setting("Mr Ode smokes in the kitchen.", ["He smokes at home."]) is None
    assert other_setting("The baby sleeps in the bedroom.", ["I keep the pram in the hallway."]) is None
    # a rival denied, added or of another time is none; the minutes' one named loosely is named
    assert other_setting("Mr Ode said Sam sleeps in the lounge.", ["He sleeps in the lounge. He won't go in the "
                                                                  "bedroom on his own."]) is None
    assert other_setting("Mr Ode said Sam sleeps on the settee in the lounge.",
                         ["He's sleeping downstairs on the settee, he won't sleep in the bedroom."]) is None
    assert other_setting("Ms Ode said the boys eat well at home.", ["They eat well, and they eat at school too."]) is None
    assert other_setting("Mr Ode said the boys stayed at their nan's house.", ["The boys stayed at my mum's, and I "
                                                                              "stayed at the pub."]) is None
    assert other_setting("Ms Ode said he shouted at her outside the school.", ["He shouted at me outside the school, "
                                                                              "then he shouted at me again at the shop."]) is None
    assert other_setting("Ms Ode said the baby sleeps in her bedroom.", ["She sleeps in her cot by my bed. In the day "
                                                                        "she sleeps in the lounge."]) is None


def test_supporting_a_plan_is_a_vote_for_one():
    from app.compare import outcomes

    assert outcomes.named("I'm not sure about the older boy. But I'd support a plan for the baby.") == outcomes.PLAN


def test_an_action_needs_a_task_not_just_you_will():
    from app.compare.cue_patterns import ACTION

    assert ACTION.search("Dev, you'll send the report to mum by Friday.")
    assert ACTION.search("You will need to chase the housing team.")
    assert not ACTION.search("Kim, you will get your chance to speak, I promise.")


def test_frequently_is_often():
    from app.compare.align import same

    assert same("frequently", "often") and not same("often", "seldom")


def test_the_chair_running_the_meeting_is_not_material():
    from app.compare.turns import Turn

    def weight(text, who="Chair (Ann Lo)"):
        return omissions.materiality(Turn(0, 0, 5, who, text), False, True)[0]

    assert weight("Kim, you'll get your chance to speak, I promise. Go on, Dev.") < 0.35
    assert weight("Right, I'm going to ask each of you for your recommendation. Dev?") < 0.35
    assert weight("I promise you'll have the minutes by Friday.") >= 0.6


# Opposites in everyday words, each pair of invented sentences: (minutes, meeting, opposed?)
@pytest.mark.parametrize("claim, said, opposed", [
    # keeping on and stopping the same activity; not another activity beside it
    ("Amir said he would prefer to stop seeing the mentor.", "He's fine, I want to keep seeing the mentor, honestly.",
     True),
    ("Ms Ode said she wanted the home visits to come to an end.",
     "I want the home visits to keep coming, they really help.", True),
    ("She continues to spend time with friends who use cannabis.",
     "She was using most days before, she says she stopped in March, she still sees friends.", False),
    # 'hardly', 'barely' deny
    ("Her attendance has been patchy, with a number of sessions missed.",
     "Honestly she's hardly missed a session this term.", True),
    ("She has barely missed a session.", "She hasn't missed a single session.", False),
    # plausible = likely; aware / not knowing
    ("Dr Ek said a fall from the bed was a plausible explanation for the bruise.",
     "A fall from the bed is not a likely explanation for that bruise.", True),
    ("The school had been aware of the move to the new flat.",
     "We didn't know anything about the move to the new flat.", True),
    # unaware: not aware, against knowing (not against not knowing)
    ("Mr Rees said he had been unaware of the eviction notice.", "I knew about the eviction notice weeks ago.", True),
    ("She was unaware of the move to Leeds.", "I didn't know anything about the move to Leeds.", False),
    # lifted, slipped; the past month is the last month
    ("The nurse said Ana's mood had lifted over the past month.",
     "Over the last month or so Ana's mood has been going down.", True),
    ("His reading had slipped since the autumn term.", "His reading has improved since the autumn term.", True),
    # staying and moving
    ("Kai said he would like to move out of his aunt's house.", "Kai was clear he wants to stay at his aunt's house.",
     True),
    ("The family will stay in the flat.", "The family will stay in the flat until May.", False),
    # 'still' doing something against having stopped it; not what is still so of another thing
    ("Priya told us Ola is still drinking.", "Ola's stopped drinking completely, since the summer.", True),
    ("Leon would like to see a clean test before the order ends.", "The last test is still positive.", False),
    # what keeps going is in the same sentence as the verb; a question claims nothing
    ("She asked for the visits to end.",
     "Her meetings keep being in the mornings. She asked for the visits to be in the afternoon.", False),
    ("The order for both boys will end.", "Do you think the boys still need the order?", False),
    # gaining and losing; outgoing and quiet; always and rarely ("not always" is no "always")
    ("Mia has lost more weight since May.", "Since May Mia has gained nearly a kilo.", True),
    ("Her tutor said Ana had become more outgoing in class.", "Her tutor says Ana's gone very quiet in class.", True),
    ("The father rarely collects Ben from school on time.", "The father always collects Ben from school on time.",
     True),
    ("The father does not always collect Ben from school on time.",
     "The father always collects Ben from school on time.", True),
    ("The father always collects Ben from school on time.", "He always collects Ben from school, always on time.",
     False),
    # an -ing form the lemmatiser keeps as a noun is still its verb
    ("The clinic expects to close Ben's file in the spring.", "We're definitely not closing Ben's file in the spring.",
     True),
])
def test_opposites_in_everyday_words(claim, said, opposed):
    assert (polarity.clash(claim, said) is not None) == opposed


def test_the_past_month_is_the_last_month():
    assert not polarity.other_time("over the past month", "over the last month")


def test_working_days_are_days_and_incidents_are_counted_events():
    from app.compare.details import conflicts
    from app.compare.text import details

    assert {(d.value, d.unit) for d in details("The visit is within five working days.")} == {(5.0, "day")}
    got = conflicts("The visit will be within five weeks.", ["The visit within five working days, please."])
    assert [(a.text, b.text) for a, b in got] == [("5 weeks", "5 working days")]
    # a count of events said, a rate minuted ("three incidents" / "three times a week")
    got = conflicts("He has pushed other pupils about three times a week this term.",
                    ["There have been three incidents of him pushing other pupils this term."])
    assert [(a.text, b.text) for a, b in got] == [("3 times a week", "3 incidents")]
    assert conflicts("There were three incidents of pushing this term.",
                     ["There have been three incidents of pushing this term."]) == []


def test_so_many_of_anything_a_month_is_a_frequency():
    from app.compare.details import conflicts

    got = conflicts("She had respite one weekend every fortnight until she moved.",
                    ["She used to get respite, one weekend a month, until she moved."])
    assert [(a.text, b.text) for a, b in got] == [("every fortnight", "1 weekend a month")]
    assert conflicts("She has respite once a month.", ["She gets respite one weekend a month."]) == []


def test_better_is_improvement_not_merely_good():
    # "better" says a thing has improved; as "good" it met nothing that says it got worse
    from app.compare.polarity import clash

    said = "Honestly I'd say his sleep is a bit better now than when I first visited."
    assert clash("His sleep has deteriorated since the first visit.", said)
    assert not clash("His sleep has improved since the first visit.", said)


def test_looking_after_is_caring_not_looking_at():
    # "look after" cares for someone; "look at" or "look into" only examines: no opposites
    from app.compare.polarity import clash

    said = "We're here to look at whether the twins still need a plan."
    assert not clash("Mr Abbott is not to look after the twins on his own.", said)
    assert clash("Mr Abbott is not to look after the twins on his own.",
                 "Mr Abbott will look after the twins on his own at weekends.")


def test_rather_than_and_instead_of_deny_what_follows_and_badly_affirms_nothing():
    from app.compare.polarity import clash, polar_terms

    # the minutes' "rather than" says what the meeting's "not" said: no contradiction
    said = "I put her in touch with the youth club, not the Scouts, she didn't fancy that."
    assert not clash("She was put in touch with the youth club rather than the Scouts.", said)
    assert not clash("He walked away instead of shouting back at her.", "I didn't shout back, I just walked away.")
    assert ("scout", True) in polar_terms("the youth club rather than the Scouts")
    # "eating badly" neither says he eats nor that he does not: no answer to "he's not eating"
    said = "He's not eating at home, he just picks at things."
    assert not clash("He is eating badly at home at the moment.", said)
    assert clash("He is eating well at home at the moment.", said)


def test_badly_before_a_verb_leaves_the_word_before_it_standing():
    from app.compare.polarity import clash

    # "poorly" qualifies what follows it ("poorly kept"), not the "dirty" before the "and"
    said = "When I went round the kitchen was clean, really clean."
    assert clash("The kitchen was found to be dirty and poorly kept.", said)
    assert not clash("The kitchen was found to be clean and well kept.", said)


def test_an_exception_says_both_sides_so_the_other_is_no_opposite():
    from app.compare.polarity import clash

    said = "She's kept all her dental appointments except the one in June, which she missed."
    assert not clash("Apart from one in June, she has kept every dental appointment.", said)
    assert not clash("She has kept every dental appointment other than one in June.", "She missed the June dental appointment.")
    assert clash("She has kept every dental appointment this year.", "She missed the June dental appointment.")


def test_going_to_every_one_is_attending():
    from app.compare.polarity import clash, polar_terms

    assert ("attend", False) in polar_terms("He's been to every session")
    assert ("attend", False) in polar_terms("I go every week, without fail")
    said = "Honestly he's been at every single swimming lesson since Easter, he loves it."
    assert clash("He has missed several swimming lessons since Easter.", said)
    assert not clash("He has attended every swimming lesson since Easter.", said)


def test_moving_forward_is_progress_not_leaving():
    from app.compare.polarity import clash
    from app.compare.text import lemmas

    assert "progress" in lemmas("Things have moved forward since the summer.")
    assert not clash("Two appointments of the block remain.", "Things have moved forward, but two appointments of the block are left.")
    assert "move" in lemmas("He moved out in June.")


def test_a_drop_in_is_a_session_not_a_fall():
    from app.compare.polarity import clash

    said = "Her reading has gone up two levels since she started the homework drop-in."
    assert not clash("Continue the homework drop-in at the library.", said)
    assert clash("Her reading has dropped two levels.", said)


def test_the_same_weight_in_another_unit_is_a_changed_detail():
    from app.compare.details import conflicts

    said = ["The baby's put on about three kilos since the spring, which is lovely."]
    assert conflicts("The baby had gained about three pounds in weight since the spring.", said)
    assert not conflicts("The baby had gained about six and a half pounds in weight since the spring.", said)
    assert not conflicts("The baby had gained about three kilograms since the spring.", said)


def test_a_time_said_as_hour_and_minutes_after_at():
    from app.compare.details import conflicts
    from app.compare.text import details

    assert {d.text for d in details("The taxi came at, um, nine forty.")} == {"9.40"}
    assert {d.text for d in details("It cost me ten fifty pence")} != {"10.50"}
    said = ["The ambulance got there at, er, eight twenty, and she was seen straight away."]
    assert conflicts("The ambulance arrived at 8.50pm.", said)
    assert not conflicts("The ambulance arrived at 8.20pm.", said)


def test_the_end_of_one_month_set_for_the_end_of_another():
    from app.compare.details import conflicts

    said = ["Dev, you'll finish the last three sessions by the end of March, and I'll send the dates."]
    assert conflicts("Mr Rana to finish the last three sessions by the end of February.", said)
    assert not conflicts("Mr Rana to finish the last three sessions by the end of March.", said)
    # a date within a month is no month's end: "4 March" is not against "the end of March"
    assert not conflicts("Mr Rana to start the sessions on 4 March.", said)


def test_a_date_is_said_by_its_weekday_near_the_meeting():
    from datetime import date

    from app.compare.details import conflicts

    on = date(2026, 5, 14)  # a Thursday
    said = ["The referral came in last Friday, and we held the strategy discussion on Monday with the police."]
    assert not conflicts("A strategy discussion was held on Monday 11 May 2026.", said, on=on)
    # ... with its weekday or without it: the minutes give the date, the meeting said the day
    assert not conflicts("A strategy discussion was held on 11 May 2026.", said, on=on)
    # another date, with or without another weekday, is not that "Monday"
    assert conflicts("A strategy discussion was held on 12 May 2026.", said, on=on)
    assert conflicts("A strategy discussion was held on Tuesday 12 May 2026.", said, on=on)
    # a Monday a week further back is not the Monday said, nor is "that Monday" of a story
    assert conflicts("A strategy discussion was held on Monday 4 May 2026.", said, on=on)
    story = ["The referral came in on the 4th of May, and we held the strategy discussion the Monday after that."]
    assert conflicts("A strategy discussion was held on Monday 11 May 2026.", story, on=on)
    # (though a date on another weekday, beside a story's Monday, is no rival to a Monday: dates.py)
    story = ["The referral came in last Friday, and we held the strategy discussion the Monday after that."]
    assert not conflicts("A strategy discussion was held on Monday 11 May 2026.", story, on=on)
    # a Monday counted on from ("a week on Monday") is a date of its own
    ahead = ["The review of the plan is a week on Monday, and the referral came in last Friday."]
    assert conflicts("The review of the plan is on Monday 18 May 2026.", ahead, on=on)


def test_a_professional_doubting_the_threshold_dissents():
    from app.compare.polarity import dissents

    assert dissents("Honestly, I'm not sure the baby meets the threshold now, from health's side.")
    assert dissents("I don't think she needs to be on a plan any more, if I'm honest.")
    assert dissents("For school, I'd probably step down to child in need.")
    # the chair asking whether to step down dissents from nothing
    assert not dissents("So should this stay a plan, or could we step down to child in need? Priya?")
    assert not dissents("I think the threshold is met and she needs to stay on a plan.")


def test_prohibiting_something_denies_it():
    # "the order forbids contact" says what "no contact" says, and the opposite of "he sees them"
    assert polarity.clash("The court order prohibits any contact with the twins.",
                          "The order says no contact with the twins, none at all.") is None
    assert polarity.clash("The tenancy forbids pets in the flat.", "There are no pets allowed in the flat.") is None
    assert polarity.clash("The court order prohibits any contact with the twins.",
                          "He has contact with the twins every Sunday afternoon.")


def test_a_dissent_said_back_to_its_owner_is_not_the_speakers():
    from app.compare.polarity import dissents

    assert not dissents("Right, I've written down that you don't agree with the category, Dean.")
    assert not dissents("I hear that you're not happy with the timescale and that's noted.")
    # the speaker's own view after a "but", or in the next sentence, still counts
    assert dissents("I know you disagree, but I don't think the threshold is met either.")
    assert dissents("You don't agree? Well, I don't agree either.")


def test_others_disagreeing_with_each_other_is_not_the_speakers_dissent():
    from app.compare.polarity import dissents

    assert not dissents("Her nan and her dad don't agree about bedtimes, so there are rows.")
    assert not dissents("Gemma and Lee don't agree on how to handle his temper.")
    assert not dissents("She doesn't agree with the bruising being described as non-accidental.")
    assert not dissents("They disagree over who should collect him on Fridays.")
    # the speaker, alone or with another, still dissents
    assert dissents("Gemma and I don't agree with the plan.")
    assert dissents("We don't agree with the category.")
    assert dissents("She doesn't agree, but I don't agree with it either.")
    assert dissents("Health don't agree with the category, to be honest.")
    # what another would not do is no dissent of the speaker's; what the speaker would not, is
    assert not dissents("Milo told the officers a friend gave it him, and he wouldn't say which friend.")
    assert not dissents("They would not let the nurse in on Tuesday.")
    assert dissents("I wouldn't support a plan, not on what we've heard.")
    # a word before a verb whose "I" is left unsaid is no third person; and the speaker's own view
    # after the others' still counts
    assert dissents("Strongly disagree with neglect, it's not that.") and dissents("Still don't agree with it.")
    assert dissents("The school don't agree with the plan.")
    assert dissents("They don't agree with neglect and neither do I.")
    assert dissents("He disagrees with the category, and I disagree too.")
    assert not dissents("Gary doesn't agree with me on bedtimes.")


def test_the_minutes_record_a_dissent_in_the_third_person_and_not_objecting_is_none():
    from app.compare.polarity import records_dissent

    assert records_dissent("Mr Tate did not agree with the plan and felt it should end.")
    assert records_dissent("Mr Tate disagreed with the category.") and records_dissent("Ms Webb objected to it.")
    assert not records_dissent("Mr Tate did not object to the visits.")
    assert not records_dissent("Ms Webb raised no objection to the referral.")
    assert not records_dissent("Mum didn't object to the referral.")


def test_a_request_is_carried_only_by_what_it_asks_for():
    # "Mum said Kiara likes the nurture group" shares the request's names, not what it asks for
    from app.compare.turns import Turn

    turns = [Turn(0, 0, 5, "Chair (Ann Lo)", "Anything else from you, Dee?"),
             Turn(1, 5, 12, "Mother (Dee Tate)",
                  "Can someone get Mia some proper counselling? Not just the nurture group, someone trained. "
                  "She loves the nurture group though."),
             Turn(2, 12, 20, "Chair (Ann Lo)", "That's a fair request, I'll ask Sam to look into it.")]
    credits = [["Mother (Dee Tate)"]]
    weight = lambda w: 1.0  # noqa: E731 (every word as rare as another)
    said = ["Mum said Mia loves the nurture group."]
    assert [o.turns[0].index for o in omissions.find(turns, said, True, credits=credits, weight=weight)] == [1]
    asked = ["Mum asked for Mia to have proper counselling from someone trained, beyond the nurture group."]
    assert omissions.find(turns, asked, True, credits=credits, weight=weight) == []


def test_accented_names_are_one_word():
    from app.compare.text import words

    # (a plain-English tokeniser split "Wiśniewski" into "wi niewski", so the name never matched itself)
    assert words("Mr Wiśniewski saw Róisín and Michał") == ["mr", "wisniewski", "saw", "roisin", "and", "michal"]
    assert words("Zoë’s café") == words("Zoe's cafe")


def test_money_is_one_kind_of_figure_however_it_is_said():
    from app.compare import details as compare_details
    from app.compare.text import details

    def money(text):
        return sorted(d.value for d in details(text) if d.unit == "money")

    assert money("The council awarded a £1,250 grant.") == [1250.0]
    assert money("He still owes about three hundred on the catalogue.") == [300.0]  # a sum, though no unit is said
    assert money("She lent him eighty quid.") == money("She lent him £80.") == [80.0]
    assert money("Her brother's asking for two grand back.") == [2000.0]
    assert money("I borrowed a couple of hundred quid off my sister.") == [200.0]  # not "a couple of 100"
    assert money("The baby has gained two pounds.") == []  # weight, not money
    assert money("They paid the rent on the 3rd.") == []  # a date, not a sum
    assert compare_details.conflicts("Mr Ames said he owed £3,000 in rent arrears.",
                                     ["I'm about three hundred behind on the rent."])
    assert not compare_details.conflicts("Mr Ames said he owed £300 in rent arrears.",
                                         ["I'm about three hundred quid behind on the rent."])


def test_being_in_agreement_is_agreeing():
    assert polarity.clash("Mr Dunmore said he was in agreement with the new contact plan.",
                          "I don't agree with the contact plan, not one bit.")
    assert not polarity.clash("Mr Dunmore was in agreement with the contact plan.", "I agree with the contact plan.")
    assert ("agreement", False) in polarity.polar_terms("The written agreement about contact was signed.")


def test_unable_to_is_cannot():
    said = "I can't drive him to the appointments, not with my hip."
    assert polarity.clash("Mrs Oduya said she was unable to drive him to the appointments.", said) is None
    assert polarity.clash("Mrs Oduya said she was now able to drive him to the appointments.", said)


def test_left_is_the_verb_where_it_has_an_object():
    from app.compare.text import lemmas

    assert "leave" in lemmas("She had left the twins with her neighbour.")
    assert "left" in lemmas("There was a graze on his left knee.")  # the side
    assert polarity.clash("Ms Ryle denied that she had left the twins alone while she went out.",
                          "I did leave the twins alone, just while I went out to the car.")


def test_not_happy_is_unhappy():
    assert polarity.clash("Mum was unhappy about the move.", "I wasn't happy about the move.") is None
    assert polarity.clash("Mum was happy about the move.", "I wasn't happy about the move.")
    assert polarity.clash("Mum was unhappy about the move.", "I was happy about the move.")


def test_no_weight_loss_denies_the_loss_not_the_weight():
    assert polarity.polar_terms("So no weight loss since the summer.") == [("weight", False), ("lose", True),
                                                                          ("since", False), ("summer", False)]
    assert polarity.clash("The nurse said Ava's weight was steady on the 50th centile.",
                          "Ava's on the fiftieth centile, same as before, so no weight loss.") is None
    assert polarity.clash("The nurse said Ava had lost weight.", "Ava's on the fiftieth centile, so no weight loss.")


def test_open_to_is_receptive_only_of_an_idea_not_of_a_case():
    from app.compare.text import lemmas
    assert "receptive" in lemmas("She's quite open to trying the sleep routine.")
    assert "receptive" in lemmas("He was open to the suggestion of a referral.")
    assert "receptive" not in lemmas("The family has been open to children's services since May.")


def test_not_that_someone_does_not_is_that_they_do():
    assert polarity.polar_terms("It's not that I don't trust the school.") == [("trust", False), ("school", False)]
    # no idiom here (coming to the groups is attending them)
    assert ("attend", True) in polarity.polar_terms("Not really, she doesn't come to the groups.")
    assert ("wrong", True) in polarity.polar_terms("I haven't done nothing wrong.")  # said twice, meant once


def test_a_hedged_opinion_undoes_the_no_it_brings_in():
    # "I can't say there are no ..." says there are some; "I didn't say ..." denies the saying only
    assert ("worry", False) in polarity.polar_terms("I can't say there are no worries about the allotment.")
    assert ("try", False) in polarity.polar_terms("I wouldn't say he isn't trying at swimming.")
    assert ("hope", False) in polarity.polar_terms("I don't think there's no hope for the cookery course.")
    assert ("worry", True) in polarity.polar_terms("I didn't say there were no worries about the allotment.")
    assert ("harm", True) in polarity.polar_terms("I don't think the swimming did any harm.")  # one "not", passed on
    # ... and the hedge ends with its clause: "so" stands for what was asked, the "no" is new
    assert ("worry", True) in polarity.polar_terms("I don't think so, there are no worries about the allotment.")
    assert ("miss", True) in polarity.polar_terms("I wouldn't say that, he has never missed a swimming lesson.")
    # ... and with it: a second statement after "and" or "because", and a feeling ("feel ready") is no opinion
    assert ("willing", True) in polarity.polar_terms("I don't think I need it and I'm not willing to do the cookery course.")
    assert ("late", True) in polarity.polar_terms("I don't think that's fair because he's never late for swimming.")
    assert ("want", True) in polarity.polar_terms("I don't feel ready and I don't want to go to the baby group.")


@pytest.mark.parametrize("minutes, said", [
    ("Ms Obi said Dylan had disengaged from the youth service since Easter.",
     "Dylan's been really engaged with the youth service since Easter, never misses."),
    ("The school reported that Maisie had been unsettled in class this half term.",
     "Maisie's been so much more settled in class this half term, honestly."),
    ("Mr Hale said he had relapsed over Christmas.", "I stayed sober over Christmas, the whole way through."),
    ("Ms Obi found the kitchen dirty on her last visit.", "The kitchen was clean when I went on my last visit."),
    ("The health visitor said Ava's immunisations were overdue.", "Ava's immunisations are complete now."),
    ("Mum was late for contact on Monday.", "Mum was early for contact on Monday, waiting in the car park."),
    ("Dad was resistant to the idea of a parenting course.", "Dad's keen on the idea of the parenting course."),
    ("Mr Hale said he had started drinking again after the funeral.", "I've been dry since the funeral, not a drop."),
    ("Nursery said Ava had been tearful at drop-off since the move.", "Ava's been so cheerful at drop-off since the move."),
    ("Mum was resistant to the idea of a family network meeting.", "Mum's really open to a family network meeting."),
    ("The nurse said two of Kai's vaccinations were still outstanding.", "Kai's completely up to date with his vaccinations."),
])
def test_everyday_opposites(minutes, said):
    assert polarity.clash(minutes, said) is not None
    assert polarity.clash(minutes, minutes) is None


def test_a_count_of_occasions_and_a_rate_are_told_apart():
    from app.compare.details import conflicts
    from app.compare.text import details

    # "more than one occasion" is again and again, no count of one
    assert not details("He admitted it had happened on more than one occasion.")
    assert [d.unit for d in details("She visits more than once a week.")] == ["per_week"]  # a rate, still

    assert [d.unit for d in details("She goes round three times a week now.")] == ["per_week"]  # not also a count
    # minutes counting occasions where a rate was said, and the same count said as "times"
    got = conflicts("Ms Ennis said she had visited the flat on four occasions to help with the budgeting.",
                    ["I've been going in four times a week to help with the budgeting."])
    assert [(a.text, b.text) for a, b in got] == [("4 occasions", "4 times a week")]
    assert not conflicts("Staff had seen him on two occasions near the bus station.",
                         ["Twice now staff have seen him near the bus station, and his form tutor sees him twice a week."])
    # ... and a count of occasions changed, said as a count of times
    got = conflicts("She has been sent home from nursery on four occasions this term.",
                    ["She's been sent home three times this term, always with a temperature."])
    assert [(a.text, b.text) for a, b in got] == [("4 occasions", "3 times")]
    # ... but only a count of the same doings: police attending twice is not the worker's four visits
    assert not conflicts("Police attended the home on two occasions in March.",
                         ["I visited four times in March and she wasn't in."])
    assert not conflicts("There were two incidents at school last week.", ["I've phoned the school three times this week."])
    # ... and call-outs are events too: "two call-outs" says "on two occasions"
    assert not conflicts("Police went out to the flat on two occasions.",
                         ["Two call-outs to the flat. I've visited four times myself."])


def test_a_sentence_that_also_says_the_claim_with_the_opposite_word_does_not_deny_it():
    # "been to every one" says "not missed"; the "missed" beside it is of something else, or of
    # another time
    assert polarity.clash("Dad has not missed a single contact session.",
                          "He's been to every contact session. He missed one GP appointment in June.") is None
    assert polarity.clash("She has not missed a physio session since Easter.",
                          "She missed a couple early on, but since Easter she's been to every physio session.") is None
    # a sentence that says the opposite and not the claim still denies it
    assert polarity.clash("Dad has not missed a single contact session.",
                          "He's been to most contact sessions but he missed one in June.") is not None
    assert polarity.clash("Dad has not missed a single contact session.",
                          "He has attended most contact sessions, but he missed the last contact session.") is not None


def test_a_plan_called_unnecessary_is_a_vote_against_one():
    from app.compare.outcomes import LESS, PLAN, named

    assert named("The school nurse felt that a child protection plan was unnecessary.") == LESS
    assert named("She thought a plan was not warranted at this stage.") == LESS
    assert named("A child protection plan is needed.") == PLAN


def test_a_plan_said_not_to_be_needed_is_a_vote_against_one():
    from app.compare.outcomes import LESS, PLAN, named

    assert named("I don't think he needs to be on a plan any more.") == LESS
    assert named("Tobias no longer requires a child protection plan.") == LESS
    assert named("For me the threshold for a child protection plan is not met.") == LESS
    # a need that is no plan, and a plan that is needed, stay as they were
    assert named("I don't think she needs anything from us today.") is None
    assert named("The baby needs to be on a plan, I'm afraid.") == PLAN


def test_a_plan_named_as_a_choice_is_a_vote_for_one():
    from app.compare.outcomes import PLAN, named

    assert named("Given the bruising, I'd say plan.") == PLAN
    assert named("From health, we'd go for a plan.") == PLAN
    # a choice refused is no vote for it
    assert named("I wouldn't recommend a plan.") is None


def test_a_figure_up_to_or_down_from_another_has_risen_or_fallen():
    from app.compare.text import lemmas

    assert "increase" in lemmas("His reading age is up to nine now.")
    assert "decrease" in lemmas("Her weight's down from the 25th centile.")
    assert "increase" not in lemmas("It's up to the parents to decide.")
    assert polarity.clash("The school said Amir's punctuality had dropped this term.",
                          "Amir's punctuality this term is up to ninety percent, really good.") is not None


def test_a_strained_relationship_is_the_opposite_of_one_getting_better():
    assert polarity.clash("Ms Pike said things between Dad and Kai had become more strained.",
                          "Dad and Kai are getting on so much better now, they go fishing.") is not None


def test_before_a_clause_is_no_shared_time():
    # "before he moved out" is the past; "he is not drinking now" is today: another time
    assert polarity.other_time("Dad had been drinking heavily before he moved out.", "He is not drinking at all now.")
    assert polarity.other_time("Dad had been drinking before the group started.", "He has been going to his group.")


def test_a_choice_denied_or_of_something_else_is_no_vote_and_a_figure_is_no_lack():
    from app.compare.outcomes import named
    from app.compare.text import lemmas

    assert named("I don't think I'd recommend a plan.") is None
    assert named("I would say plans for contact are working well.") is None
    assert "decrease" not in lemmas("It's down to a lack of hours at work.")


def test_a_run_in_label_is_layout_not_words_to_find():
    from app.compare.align import statement_words

    words = statement_words("Family's view: Mr Moss accepted that he broke the window.", ["Father (Lee Moss)"])
    assert "view" not in words and "family" not in words and "window" in words
    words = statement_words("SOCIAL CARE - The window was broken.", [])
    assert "social" not in words and "care" not in words and "window" in words


def test_how_something_went_is_how_it_fared_not_its_leaving():
    from app.compare import polarity

    claim = "The garage lease will remain with Mr Tate."
    assert polarity.clash(claim, "We'll look at how the garage lease has gone this year.") is None
    assert polarity.clash(claim, "The garage lease has gone, he gave it up.")


def test_yeah_no_at_the_start_denies_nothing():
    from app.compare import polarity

    terms = polarity.polar_terms("Yeah, no, I do apologise for the mix-up, Carys.")
    assert ("apologise", False) in terms and ("apologise", True) not in terms
    assert ("kick", True) in polarity.polar_terms("No, he didn't kick the gate.")


def test_a_figure_taken_back_at_once_is_not_what_was_said():
    from app.compare.details import conflicts

    minutes = "The garage has been let to Mr Tate since 14 May."
    assert conflicts(minutes, ["We've let him the garage since the eleventh of May — no, the fourteenth, sorry."]) == []
    assert conflicts(minutes, ["We've let him the garage since the eleventh of May, and he pays on time."])
    # "no more than" takes nothing back
    assert conflicts("He went to the gym three times.", ["He went twice, no more than that, to the gym."])


def test_cooperative_is_the_opposite_of_obstructive():
    from app.compare import polarity

    assert polarity.clash("At the visit both parents were obstructive.", "Both parents were cooperative at the visit.")


def test_extended_is_the_opposite_of_lapsed():
    from app.compare import polarity

    # an order, a licence, a bail: kept going, or let run out
    assert polarity.clash("The landlord's licence for the flat has expired.", "The council renewed the landlord's licence in May.")
    assert polarity.clash("His bail had lapsed on Monday.", "They've extended it, Monday it was.", "What's happening with his bail?")
    assert not polarity.clash("The licence was renewed in May.", "The council renewed the licence in May.")


def test_a_roles_plural_opening_a_sentence_names_nobody():
    from app.compare import polarity

    people = {"officer": set(), "dan": {"Father (Dan Hale)"}}
    said = "Both parents were cooperative with us, and Dan went to his sister's."
    assert not polarity.other_person("Officers found both parents obstructive.", said, people)
    assert polarity.other_person("Kieran found both parents obstructive.", said, people)


def test_untidy_is_the_opposite_of_tidy():
    from app.compare import polarity

    assert polarity.clash("The caravan was untidy at the visit.", "At the visit the caravan was clean and tidy.")


def test_a_bare_number_is_not_a_date():
    from datetime import date

    from app.compare.details import conflicts

    # said on Wednesday 3 March 2027: "last Friday" is 26 February; "two" counts visits, not the 2nd
    said = ["There were two visits. The second was last Friday, in the evening."]
    assert conflicts("The second visit was on Friday 2 February.", said, said, on=date(2027, 3, 3))
    assert conflicts("The second visit was on Friday 26 February.", said, said, on=date(2027, 3, 3)) == []


def test_a_date_said_by_its_weekday_is_checked_against_a_date_in_another_month():
    from datetime import date

    from app.compare.details import conflicts

    # said on Tuesday 2 March 2027: "Friday just gone" is 26 February
    said = ["And then it was Friday just gone, the neighbour again."]
    assert conflicts("The police were called on Friday 19 March.", said, said, on=date(2027, 3, 2))
    assert conflicts("The police were called on Friday 26 February.", said, said, on=date(2027, 3, 2)) == []


def test_what_an_if_clause_supposes_is_not_said():
    from app.compare import polarity

    claim = "The allotment has got worse since the spring."
    assert polarity.clash(claim, "If the allotment gets better, I'd be surprised.") is None
    assert polarity.clash(claim, "The allotment has got better since the spring.")


def test_an_amount_word_clashes_only_through_what_it_counts():
    from app.compare import polarity

    assert polarity.clash("The puppy sleeps much of the day and poorly at night.",
                          "The puppy sleeps a lot in the day and not much at night.") is None
    assert polarity.clash("The puppy sleeps much of the day.", "The puppy doesn't sleep in the day.")


def test_what_a_whether_clause_asks_is_neither_claimed_nor_an_outcome():
    from app.compare import outcomes, polarity

    # a meeting's aim is a question put, not its answer
    assert outcomes.named("We are here to decide whether Milo still needs a child protection plan.") is None
    assert outcomes.named("Milo still needs a child protection plan.") is not None
    claim = "The panel agreed that the garden gate will no longer be locked."
    assert polarity.clash(claim, "Today is about whether the garden gate is still locked at night.") is None
    assert polarity.clash("The panel looked at whether the gate will no longer be locked.",
                          "The gate is still locked every night.") is None
    assert polarity.clash(claim, "The garden gate is still locked at night.")
    assert polarity.clash(claim, "So my question to each of you: is the garden gate still locked or not.") is None


def test_staying_put_is_the_opposite_of_moving_but_remaining_steady_is_not():
    from app.compare import polarity

    assert polarity.clash("Leon wants to move to his aunt's flat.", "Leon said he wants to stay at his aunt's flat.")
    # "remain" tells of a state; a change of appointment day is no move away from it
    assert polarity.clash("Leon's weight has remained steady since the clinic.",
                          "His weight's steady, and I've moved the clinic to Tuesdays.") is None
    assert polarity.clash("The damp in the flat remains.", "The damp in the flat has gone.")


def test_a_figure_changed_since_is_not_what_still_holds():
    from app.compare.details import conflicts

    said = ["At first I went round every day, but she's doing so well that I've cut that to twice a week."]
    assert conflicts("The support worker continues to visit Nadia daily.", said, said)
    # the figure as it was, or said as it stands, is no change
    assert conflicts("The support worker visited Nadia daily at first.", said, said) == []
    assert conflicts("The support worker still visits Nadia, though this has been cut from daily to twice a week.",
                     said, said) == []
    both = said + ["I still go every day on the weekdays."]
    assert conflicts("The support worker continues to visit Nadia daily.", both, both) == []


def test_a_weekday_in_the_plural_is_no_other_person():
    from app.compare import polarity

    said = "She's far chattier in class, and she goes to chess club on Thursdays."
    assert not polarity.other_person("Amira has become quieter in class.", said)
    assert polarity.other_person("Amira has become quieter in class.", "Kasim goes to chess club on Thursdays.")


def test_back_is_returned():
    from app.compare import polarity

    assert polarity.clash("The dog's appetite has not yet returned to normal.",
                          "He's eating well, his appetite's back to normal now.")
    assert polarity.clash("The dog's appetite has returned to normal.",
                          "He's eating well, his appetite's back to normal now.") is None


def test_a_kilo_said_without_a_number_is_one():
    from app.compare.details import conflicts
    from app.compare.text import details

    assert (1.0, "kg") in {(d.value, d.unit) for d in details("He's put on about a kilo since the clinic.")}
    assert (0.5, "kg") in {(d.value, d.unit) for d in details("She's lost half a kilo.")}
    said = ["He's put on about a kilo since the clinic.", "If he drops under thirty kilos, we'd see him again."]
    assert conflicts("He has gained 1kg since the clinic.", said, said) == []
    assert conflicts("He has gained 2kg since the clinic.", said, said)


def test_ceasing_to_be_is_no_longer_being():
    from app.compare import polarity

    claim = "The lodger ceases to be involved with the twins' care."
    assert polarity.clash(claim, "The lodger will no longer be involved with the twins' care.") is None
    assert polarity.clash(claim, "The lodger is involved with the twins' care every day.")


def test_a_and_e_typed_as_spoken_is_a_and_e():
    from app.compare.named_for_another import named

    assert named("We took him to A and E that night.") == named("He was taken to A&E.") != frozenset()


def test_a_deadline_says_nobody_was_late():
    from app.compare import polarity

    # "no later than" and "at the latest" set a deadline; neither denies nor claims lateness
    assert polarity.clash("Return the library books no later than 9 June (Amy).",
                          "I will take the library books back by the ninth of June at the latest.") is None
    assert polarity.clash("The library books were returned late.", "The library books were not late, I took them back.")


def test_keeping_to_an_agreement_is_not_keeping_an_appointment():
    from app.compare import polarity

    # ("kept to the rota" holds to it: no appointment kept or missed)
    assert ("keep", True) not in polarity.polar_terms("The rota wasn't kept to, and he knows it.")
    assert ("keep", True) not in polarity.polar_terms("She hasn't kept in touch with the school.")
    assert polarity.clash("Amy kept her cookery sessions at the library.", "Amy hasn't kept her cookery sessions at the library.")


def test_what_has_gone_well_has_not_gone_away():
    from app.compare import polarity

    assert "gone" not in {t for t, _ in polarity.polar_terms("So what's gone well at the kennels, and what worries us?")}
    assert polarity.clash("The rash remains on her arm.", "The rash on her arm has gone now.")


def test_pain_is_said_as_hurting():
    from app.compare import polarity
    from app.compare.align import key_hit, keys_of

    assert key_hit("pain", keys_of({"hurt", "knee"}))
    assert polarity.clash("Omar is still in a lot of pain from his knee.",
                          "The physio says his knee doesn't hurt now, he's back running.")


def test_gone_from_one_thing_to_another_is_a_change_not_a_going_away():
    from app.compare import polarity

    said = "She's gone from smoking twenty a day to about five, which is brilliant."
    assert polarity.clash("Some smoking in the house remains, though far less than before.", said) is None
    assert polarity.clash("The smell of smoke in the house remains.", "The smell of smoke has gone from the house.")


def test_what_would_first_have_to_happen_is_supposed_not_said():
    from app.compare import polarity

    claim = "The warden would not support reopening the pool until the new filter was fitted."
    assert polarity.clash(claim, "I'd want the new filter fitted, and tested, before I'd support reopening the pool.") is None
    assert polarity.clash(claim, "I support reopening the pool now, the new filter can wait.")


def test_having_drunk_something_is_not_being_drunk():
    from app.compare import polarity

    assert polarity.clash("Mr Hale said he had drunk two pints of cider at the social club.",
                          "I wasn't drunk. I had two pints of cider at the social club, that's all.") is None
    assert polarity.clash("Mr Hale said he was drunk at the social club.", "I wasn't drunk at the social club.")


def test_i_think_plan_is_a_vote_for_a_plan():
    from app.compare import outcomes

    assert outcomes.named("I was torn, honestly. I think plan, physical abuse, for now.") == outcomes.PLAN
    assert outcomes.named("I think plans for the garden are going well.") is None
    assert outcomes.named("I don't think plan, no.") is None


def test_an_ordinal_in_figures_is_the_ordinal_in_words():
    from app.compare.align import statement_words
    from app.compare.text import words

    # a centile, a birthday: "50th" and "fiftieth" are one number, and "th" is no word of its own
    assert words("she's on the fiftieth centile") == ["she", "is", "on", "the", "50", "centile"]
    assert statement_words("Her weight is below the 50th centile.", [], []) == ["weight", "below", "50", "centile"]


def test_never_once_denies_what_follows_the_once():
    from app.compare.polarity import clash, polar_terms

    said = "Honestly, I've never once felt unwelcome at the school, they're lovely with me."
    assert clash("Mr Osei said he had often felt unwelcome at the school.", said)
    assert ("attend", False) in polar_terms("She attended once in May.")


def test_behind_with_a_thing_is_overdue():
    from app.compare.polarity import clash
    from app.compare.text import lemmas

    assert clash("Dev is behind with his baby jabs.", "His jabs are all up to date, I checked on Monday.")
    assert clash("The family are behind on the rent again.", "The rent is up to date now.")
    assert "behind" in lemmas("the shed behind the house")  # a place, not a debt
    # a child behind with a skill is slow to develop, nothing left undone: the check was done
    assert clash("The nurse completed Ada's two-year check in May.",
                 "I did Ada's two-year check in May, and she's a bit behind with her talking.") is None
    assert clash("The nurse completed Ada's two-year check in May.",
                 "I did Ada's two-year check in May, and she's a bit behind with her potty training.") is None


def test_slow_is_the_opposite_of_straight_away():
    from app.compare.polarity import clash
    from app.compare.text import lemmas

    said = "Oh, he settles her really well, he picks up on what she needs straight away."
    assert clash("The father was slow to pick up on what the baby needs.", said)
    assert not clash("The father picks up quickly on what the baby needs.", said)
    assert "promptly" not in lemmas("They moved right away from the estate.")
    assert lemmas("She rang me straight after.")[-2:] == lemmas("She told me straight away, after.")[-2:]


def test_what_someone_disputed_that_they_said_was_not_so():
    from app.compare.polarity import clash

    claim = "Mr Patel disputed that the garden was unsafe, stating that the gate now locks."
    assert not clash(claim, "The garden's not unsafe, I put a new lock on the gate.")
    assert clash(claim, "Yes, the garden is unsafe, I know, the gate is broken.")
    # a denial of a "not" says it was so
    denied = "Mr Patel denied that the boiler had not been serviced."
    assert not clash(denied, "The boiler was serviced in March, I've got the certificate.")
    assert clash(denied, "No, the boiler's not been serviced, I keep meaning to.")
    # a clause with no auxiliary to turn round is not read for polarity at all ("goes without lunch"
    # disputed is not "lunch" denied), nor is the dispute itself set against an agreement
    assert not clash("Mr Patel disputed that Ada often goes without lunch, saying it happened once.",
                     "The lunch thing, that was one day when the shop was shut.")
    assert not clash("Ms Patel disputed that the gate had been left open.", "We agreed the gate stays locked.")


def test_the_names_a_meeting_says_are_its_capitalised_words_never_written_small():
    from app.compare.text import proper_names
    said = ["I saw Tobias at Marlowe Park on Friday. Then he went home.",
            "Honestly, the park was busy. Tobias said he was fine.", "Then we left."]
    assert proper_names(said) == {"tobias", "marlowe", "friday"}  # "Park" is also said small; "Then" opens a sentence


def test_going_to_stay_somewhere_is_a_move():
    # "went to stay with her aunt" says she moved; staying where she was says the opposite
    assert polarity.clash("She moved to her aunt's in March.", "She went to stay with her aunt in March.") is None
    assert polarity.clash("She moved to her aunt's in March.", "No, she stayed with her mum through March.")


def test_a_run_of_days_is_a_detail_of_its_own():
    from app.compare.details import conflicts
    said = ["The girls are with their dad from Friday after school right through to Monday morning, then back here."]
    got = conflicts("The girls stay with their father from Saturday until Monday.", said)
    assert [(a.text, b.text) for a, b in got] == [("saturday to monday", "friday to monday")]
    assert conflicts("The girls stay with their father from Friday to Monday.", said) == []
    # a run read as so many days a week still only agrees ("four nights a week")
    assert conflicts("He works four nights a week.", ["He's on nights Wednesday to Saturday."]) == []


def test_what_has_not_gone_away_is_still_there():
    # "gone away" is one verb: the risk not gone away is present; someone away is not
    assert polarity.clash("The risk to the boys is still present.", "The risk hasn't gone away, honestly.") is None
    assert polarity.clash("Mum was present for the visit.", "Mum was away that day, at her sister's.")


def test_looking_forward_to_something_is_wanting_it():
    said = "I asked her about the holiday, and she was clear, she doesn't want to go to her nan's this summer."
    assert polarity.clash("Ruby said she was looking forward to going to her nan's this summer.", said)
    assert polarity.clash("Ruby said she was not looking forward to going to her nan's this summer.", said) is None


def test_a_tag_naming_the_speaker_is_no_word_the_meeting_must_say():
    # "... with pictures (MW)", "... between visits (LDN)": the tag is who said it, not what
    from app.compare.align import who_words
    assert {"mw", "midwife"} <= who_words(("Community Midwife (Bea Holm)",))
    assert "ldn" in who_words(("Community Learning Disability Nurse (Gwen Ray)",))
    assert "mw" not in who_words(("Health Visitor (Ann Ode)",))


def test_miss_before_a_name_is_a_title_not_the_verb():
    from app.compare.text import lemmas

    assert "miss" not in lemmas("Miss Keane's low mood was the main worry for the health visitor.")
    assert "miss" in lemmas("He does miss Tuesdays now and then.")
    assert "miss" in lemmas("Miss. She'll miss the bus again.")


def test_a_negation_passes_over_currently_to_the_verb():
    # "not currently working" denies the working (it used to deny "currently", and affirm the work)
    assert ("work", True) in polarity.polar_terms("Mr Tate is not currently working.")
    assert polarity.clash("Mr Tate is not currently working at the depot.", "I am working full time at the depot now.")


def test_no_recent_or_further_ones_neither_denies_the_thing_nor_the_time():
    # "no recent call-outs" says nothing of older ones, and nothing against "currently"
    assert polarity.polar_terms("There have been no recent call-outs to the house.") == [("house", False)]
    assert polarity.clash("There have been no recent call-outs to the house.",
                          "Police were called out to the house in the spring.") is None
    assert polarity.clash("There is no current self-harm.",
                          "She cut herself at fifteen. Currently, I'd say she's coping.") is None
    # a predicate is still denied: "the bruise was not recent"
    assert ("recent", True) in polarity.polar_terms("The bruise was not recent.")


def test_a_feeling_that_holds_back_denies_what_follows_to():
    # "embarrassed to invite friends round" does not invite them: no clash with "doesn't invite them"
    claim = "Kasia has said she is embarrassed to invite friends round."
    assert polarity.clash(claim, "She doesn't invite friends round because she's embarrassed of the flat.") is None
    assert polarity.clash(claim, "Kasia invites friends round most weekends.")
    assert ("phone", True) in polarity.polar_terms("He was too frightened to phone anyone that night.")
    # not afraid to ask: he asks
    assert ("ask", False) in polarity.polar_terms("Mr Tate is not afraid to ask for help.")


def test_a_plan_given_as_a_vote_of_its_own_between_commas_or_after_i_agree():
    from app.compare.outcomes import PLAN, named
    assert named("Honestly, with the history and the bail breach, a plan, under neglect. Short term.") == PLAN
    assert named("I'd agree, plan.") == PLAN
    # a plan spoken of, not voted for; and a vote denied before it
    assert named("We'll draw up a safety plan, a plan for the school holidays.") is None
    assert named("Dad has a plan, and he sticks to it.") is None
    assert named("I don't think, given the progress, a plan, no.") is None
    # child in need named only to be set aside is no vote for it
    assert named("So I'm deciding on a child protection plan, not child in need.") == PLAN
    assert named("Child in need, not a plan.") != PLAN
    # the threshold denied without its article is still denied
    assert named("Honestly, I don't think threshold's met.") != PLAN




def test_the_whole_of_a_share_is_not_a_bare_figure():
    from app.compare.details import Detail, conflicts
    line = "Contact will be at the family centre, with twenty minutes between the parents' arrivals."
    # "six of the twenty have been difficult" does not say "twenty minutes"; the gap was said as thirty
    assert conflicts(line, ["Six of the twenty have been difficult.", "Lionel comes thirty minutes later."]) == [
        (Detail(20.0, "minute", "20 minutes"), Detail(30.0, "minute", "30 minutes"))]
    # said bare on its own, it is the figure ("it was twenty, I timed it")
    assert conflicts(line, ["The gap between them was twenty, I timed it.", "Lionel comes thirty minutes later."]) == []

def test_outcomes_read_as_worded_recommend_the_plan_and_a_plan_for_something():
    from app.compare.outcomes import LESS, PLAN, named
    # "recommend the plan" holds "end the plan" in its letters: no vote to end it
    assert named("I'd recommend the plan continues for the time being.") == PLAN
    assert named("For me the plans remain, under neglect.") == PLAN
    # a plan for something else, opening a sentence, is no vote
    assert named("Plan for a phased return after half term, and I'll see Ruby on Monday.") is None
    # the child said not to be made subject to one
    assert named("She would rather Milo was not made subject to a child protection plan.") == LESS
    # a hope for a later review, after the vote, is no vote now
    assert named("I'd say the plan stays for now. I'd hope that by the next review, if it holds, we'd be "
                 "stepping down to child in need.") == PLAN


def test_twice_daily_is_twice_a_day():
    from app.compare.details import conflicts, details
    assert {d.value for d in details("Inhaler twice-daily, kept in his school bag.")} == {14.0}
    assert conflicts("Inhaler twice-daily, kept in his school bag.", ["He has it twice a day, morning and night."]) == []
    assert conflicts("Inhaler three times daily.", ["He has it twice a day, morning and night."])


def test_a_day_listed_with_a_date_takes_its_month():
    from app.compare.details import conflicts, details
    assert {d.text for d in details("I saw them on the second of June and the ninth, both times at home.")} == {
        "2 june", "9 june"}
    assert conflicts("Home visits took place on 2 and 9 June.",
                     ["I saw them on the second of June and the ninth, both times at home."]) == []
    # a count after a month is no day of it
    assert {d.unit for d in details("In June and 3 more visits since.")} == {"month_alone", "n"}


def test_what_would_follow_on_a_condition_is_supposed():
    said = "After the positive test in March he had a warning letter, he wasn't recalled."
    assert polarity.clash("Probation would consider recall after a positive test if he tested positive again.",
                          said) is None
    assert polarity.clash("He was recalled after the positive test in March.", said)


def test_the_emergency_number_is_the_emergency_services():
    from app.compare.text import words

    said = "Milo rang nine nine nine himself when his mum fell."
    assert {"emergency", "services"} <= set(words(said))
    assert {"emergency", "services"} <= set(words("She dialled 999 from the landline."))
    assert "emergency" not in words("The ninety-nine bus was late.")


@pytest.mark.parametrize("claim,said,clashes", [
    # a thing missed, refused, stopped or ended is as good as denied: a plain denial agrees
    ("Mr Hale missed the dental check-up.", "I didn't go to the dental check-up.", False),
    ("Ms Rowe refused the drug test.", "I didn't do the drug test, no.", False),
    ("Dad stopped using the gym.", "I don't use the gym now.", False),
    # ... but not what was done
    ("Mr Hale attended the dental check-up.", "I didn't go to the dental check-up.", True),
    ("Ms Rowe ended the tenancy.", "I never ended the tenancy, he did.", True),
])
def test_a_thing_not_done_agrees_with_its_denial(claim, said, clashes):
    assert (polarity.clash(claim, said) is not None) is clashes


@pytest.mark.parametrize("claim,said", [
    ("The garden wall has improved since the spring.", "The garden wall's gone downhill since the spring."),
    ("The caravan was spotless on the visit.", "The caravan was filthy on the visit."),
    ("The caravan is warm.", "The caravan is freezing, the gas ran out."),
    ("Ewan passed the driving theory test.", "Ewan failed the driving theory test."),
    ("Mr Lowe was honest with the landlord.", "Mr Lowe lied to the landlord."),
])
def test_more_opposites_of_plain_english(claim, said):
    assert polarity.clash(claim, said) is not None


def test_a_denial_written_without_its_apostrophe():
    assert polarity.clash("Mr Lowe paid the garage.", "i havent paid the garage") is not None
    assert polarity.dissents("yeah i dont agree with that")


def test_a_denial_said_in_passing_denies_nothing():
    # "I'm not going to lie", "no offence": ways of talking
    assert polarity.clash("Mr Lowe had not scratched the van.", "I did scratch the van, I'm not going to lie.")
    assert ("van", False) in polarity.polar_terms("No offence to the garage, but the van was fine.")


def test_a_time_gone_against_now_is_two_times():
    assert polarity.other_time("The puppy had lost weight at first.", "The puppy's gaining weight nicely now.")
    assert polarity.other_time("The shed had been damp in the winter.", "The shed is bone dry now.")
    # the claim of now; the other's word in a clause of a time gone
    assert polarity.other_time("Jo went to every band practice this term.",
                               "Last year Jo missed loads of practices, this term she's been to every one.", "go", "miss")
    assert not polarity.other_time("Jo went to every band practice this term.",
                                   "Jo has missed loads of practices this term.", "go", "miss")


def test_an_answering_no_written_without_its_comma():
    assert ("agree", False) in polarity.polar_terms("no i agree with the hedge yeah")
    assert ("fine", False) in polarity.polar_terms("nah it was fine in the end")
    assert ("present", False) in polarity.polar_terms("No neighbours were present.")  # (a "no" of a thing)


def test_since_a_time_runs_up_to_now():
    assert not polarity.other_time("Mr Lowe has not driven since March.", "I still drive, just to work.")
    assert not polarity.other_time("Ms Rowe has not smoked since last summer.", "I do smoke, yeah.")
    assert polarity.other_time("Mr Lowe drove in March.", "I don't drive.")


def test_a_denial_passes_over_whose_it_is():
    assert ("bike", True) in polarity.polar_terms("Ada hasn't got their bike back.")
    assert ("gp", True) in polarity.polar_terms("He's not been to his GP.")
    # ("her" is as often the person: "it wasn't her that called")
    assert ("call", False) in polarity.polar_terms("It wasn't her that called the police.")


def test_going_or_making_it_to_a_session_is_attending_it():
    assert polarity.clash("Ada attended the allotment meeting.", "I never made it to the allotment meeting.")
    assert polarity.clash("Ada did not attend the allotment meeting.", "I went to the allotment meeting.")
    assert "went to" in expand("We went to the garden centre.")  # (a place, not a session)


def test_a_feeling_about_what_happens_is_none_about_the_thing():
    assert ("hate", False) in polarity.polar_terms("He hates swimming club.")
    assert "hate" not in dict(polarity.polar_terms("He hates it when swimming club gets cancelled."))


def test_no_offence_recorded_is_no_idiom():
    assert ("offence", True) in polarity.polar_terms("No offence was recorded by the police.")


def test_a_thing_declined_does_not_reach_across_its_clause():
    assert polarity.clash("Ms Rowe accepted a referral.", "I declined the course but I never accepted any referral.")
    assert ("drink", False) in polarity.polar_terms("He ended up drinking again at Christmas.")  # (drank)


def test_the_end_as_a_time_ends_nothing():
    # "at the end", "by the end of term": when, not that anything was ended
    assert "end" not in dict(polarity.polar_terms("We'll come back to the allotment rota at the end."))
    assert not polarity.clash("Ms Rowe wanted the allotment rota to continue.",
                              "We'll come back to the allotment rota at the end of the meeting.")
    assert "end" not in dict(polarity.polar_terms("I'll raise the allotment rota at the very end."))
    # ... but ending a thing is still ending it, and what came to the end ended
    assert ("end", False) in polarity.polar_terms("They want to end the allotment rota.")
    assert polarity.clash("The allotment rota has not ended.", "The allotment rota came to the end in March.")
    assert ("end", False) in polarity.polar_terms("She put an end to the allotment rota.")


def test_falling_asleep_is_sleeping_not_falling():
    assert "fall" not in dict(polarity.polar_terms("Grandad is not falling asleep in his chair any more."))
    assert not polarity.clash("His worry is Grandad falling on the stairs.",
                              "Grandad is not falling asleep in his chair any more.")
    assert polarity.clash("Grandad has fallen on the stairs.", "Grandad has never fallen on the stairs.")


def test_would_rather_a_than_b_denies_b():
    # "I'd rather see the housing officer than the helpline": as "rather than the helpline" says
    said = "I would rather see the housing officer than the helpline people."
    assert ("helpline", True) in polarity.polar_terms(said)
    assert not polarity.clash("She asked to see the housing officer rather than the helpline.", said)
    assert polarity.clash("She asked to see the helpline people.", said)
    # ... not a comparison's "than", nor a "rather" that is no "would rather"
    assert ("last", False) in polarity.polar_terms("The garden is rather tidier than last spring.")
    assert not polarity.clash("Mum wanted Grandad to visit.", "Grandad visited rather more often than Mum wanted.")
    assert not polarity.clash("She needed to walk.", "She walked rather further than she needed.")
    assert not polarity.clash("His sister was upset.", "He was rather upset, more so than his sister was.")


def test_other_time_read_after_a_second_look():
    # "never" speaks of every time, the spring too
    assert not polarity.other_time("Ms Rowe was drunk at the allotment in the spring.",
                                   "I have never been drunk at the allotment.")
    # "... and it still is": now too
    assert not polarity.other_time("The shed is tidy now.", "Last week the shed was a mess, and it still is.",
                                   "tidy", "mess")


def test_going_to_is_no_attending():
    assert "attend" not in expand("I'm going to contact the allotment society.")
    assert "attend" not in expand("I went to the school on Monday to see the head.")
    assert "attend" in expand("He goes to school most days.")


def test_second_review_mends():
    # "since" a season runs up to now too
    assert not polarity.other_time("He has not used cannabis since summer.", "I still use it.", "cannabis")
    # a "to" before "the" is a preposition, not what was to be done
    assert ("talk", True) in polarity.polar_terms("He was meant to talk to the school but he didn't.")
    # only the word straight before is what was declined
    assert polarity.clash("Ms Rowe accepted a referral.", "I declined the course but I never accepted any referral.")


def test_weighs_passes_over_common_words_unless_they_have_opposites():
    # what a check leaving a shared word to clash must know: "want" is never read, "good" is
    assert not polarity.weighs("want") and not polarity.weighs("the")
    assert polarity.weighs("good") and polarity.weighs("greenhouse") and polarity.weighs("known")


def test_more_often_than_not_says_usually():
    # an idiom with a "not" in it that denies nothing
    assert polarity.clash("Ms Webb said the bus into town was often late.",
                          "More often than not the bus into town is late, so we walk it.") is None


@pytest.mark.parametrize("claim, said", [
    ("Mr Tate said he had accepted the offer of a tenancy in Oldbury.",
     "I turned down the tenancy in Oldbury, it was miles from the school."),
    ("Mr Tate said he had accepted the tenancy in Oldbury.", "I turned it down, the tenancy in Oldbury, too far out."),
    ("Ms Webb said she had refused the counselling at the surgery.",
     "I said yes to the counselling at the surgery when they rang."),
])
def test_a_yes_or_a_no_given_as_a_phrasal_verb(claim, said):
    assert polarity.clash(claim, said) is not None


def test_a_yes_or_a_no_as_a_phrasal_verb_is_read_as_consent_or_admission():
    from app.compare import valence
    from app.compare.checks.shared import admits

    assert valence.CONSENT.leaning("I said no to the counselling at the surgery.") == -1
    assert valence.CONSENT.leaning("She turned it down, the place at the nursery.") == -1
    assert valence.CONSENT.leaning("I said yes to the counselling at the surgery.") == 1
    assert admits("He held his hands up to it.") and admits("In the end he owned up.")


def test_turning_down_a_dial_is_no_refusal():
    assert expand("I turned the heating down to save money.") == "i turned the heating down to save money."


def test_a_ban_denies_what_it_bans_past_who_and_from():
    assert polarity.clash("Ms Webb said Lionel was allowed to drive the van for work.",
                          "Lionel's been banned from driving the van for work since March.") is not None
    assert ("drive", True) in polarity._polar_terms("The court banned him from driving.")


def test_wanting_someone_out_of_a_place_is_moving_them():
    assert polarity.clash("Ms Webb said she wanted Milo to stay at Oakfield Primary.",
                          "I want him out of that school, Oakfield Primary, he's miserable there.") is not None
    assert expand("They got him out of hospital on Friday.") == "they got him out of hospital on friday."


def test_none_of_someones_things_denies_the_things_not_the_someone():
    terms = polarity._polar_terms("The teacher said none of Milo's friends would sit with him.")
    assert ("milo", False) in terms and ("friend", True) in terms


@pytest.mark.parametrize("claim, said", [
    ("Mr Rowan said Milo's reading had got worse this term.", "His reading has come on leaps and bounds this term."),
    ("Ms Noon said Ruby's visits to the clinic had increased.", "Her visits to the clinic have tailed off."),
])
def test_a_change_said_as_a_phrasal_verb(claim, said):
    assert polarity.clash(claim, said) is not None


def test_turning_down_a_thing_that_is_no_offer_is_no_refusal():
    assert expand("He turned down the telly and we talked.") == "he turned down the telly and we talked."
    assert "refused" in expand("She turned down the offer of respite.")


def test_a_no_to_one_thing_and_a_yes_to_another():
    assert expand("I said no to the course but yes to the referral.") == "i refused the course but accepted the referral."


def test_a_ban_from_a_place_leaves_the_place_named():
    # "banned from the house but he has been coming round" records a breach, not that there is no house
    assert ("house", True) not in polarity._polar_terms("He's banned from the house but he has been coming round.")


def test_a_hand_held_up_to_speak_admits_nothing():
    assert "admitted" not in expand("I held my hand up to speak.")
    assert "admitted" in expand("He held his hands up to it.")
