"""Counts the comparer checks: what a number counts, where the words say it and where they leave it
to the sentence ("there have been four since May"). Invented sentences."""

from __future__ import annotations

import pytest

from app.compare.details import conflicts
from app.compare.text import details


@pytest.mark.parametrize("text", [
    "There have been four since the summer holidays.",
    "She had two before Christmas and one after.",
    "He has three left to do.",
    "They had nine altogether.",
])
def test_a_word_that_is_no_thing_is_not_what_a_number_counts(text):
    units = {d.unit for d in details(text)}
    assert not units & {"since", "before", "after", "left", "altogether"}


def test_so_many_of_his_things_counts_the_things():
    assert {(d.value, d.unit) for d in details("All three of his hearing tests have been normal.")} >= {(3.0, "test")}
    assert {(d.value, d.unit) for d in details("All four of the school's letters went unanswered.")} >= {(4.0, "letter")}


@pytest.mark.parametrize("minutes,said", [
    # the meeting counts them bare, in a sentence that names what is counted
    ("Nursery has logged nine bumps since January.", "They log every bump, and there have been four since January."),
    ("All three of his hearing tests have been normal.",
     "He has a hearing test every term, and all five of those have been normal."),
])
def test_a_bare_count_in_a_sentence_naming_the_things_is_their_count(minutes, said):
    found = conflicts(minutes, [said], [said])
    assert found and found[0][1].unit == "n"


@pytest.mark.parametrize("minutes,said", [
    ("Nursery has logged four bumps since January.", "They log every bump, and there have been four since January."),
    # another number in the sentence says nothing of how many: a time, a day, two figures
    ("Nursery has logged nine bumps this term.", "The last bump was at 3 on Friday, in the garden."),
    ("Nursery has logged nine bumps this term.", "Out of 30 children, 4 have had a bump this week."),
    ("Nursery has logged nine bumps this term.", "Room 4 has had the most bumps."),
])
def test_a_bare_number_that_is_no_count_of_them_stands(minutes, said):
    assert not conflicts(minutes, [said], [said])


@pytest.mark.parametrize("minutes,said,changed", [
    # a score from one number to another: the first the same, the second not
    ("Her anxiety score had gone from 15 in May to 6 last week.",
     "In May her anxiety score was fifteen, and last week it was nine.", ("6", "9")),
    ("The waiting list went from 40 to 12.", "The waiting list was forty and it's twenty now.", ("12", "20")),
])
def test_two_bare_figures_in_the_same_order_one_changed(minutes, said, changed):
    found = conflicts(minutes, [said], [said])
    assert [(d.text, e.text) for d, e in found] == [changed]


@pytest.mark.parametrize("minutes,said", [
    ("Her anxiety score had gone from 15 in May to 9 last week.",
     "In May her anxiety score was fifteen, and last week it was nine."),
    # neither figure the same: no telling which is which
    ("Her anxiety score had gone from 15 in May to 6 last week.", "It was twelve and then eight."),
])
def test_two_bare_figures_that_agree_or_share_none_stand(minutes, said):
    assert not conflicts(minutes, [said], [said])


def test_seven_till_six_is_a_span_of_the_day_not_a_count():
    said = "She's sleeping much better, about eleven hours now, seven till six."
    assert {(d.value, d.unit) for d in details(said)} >= {(7.0, "clock"), (11.0, "hour")}
    found = conflicts("Mum said she now sleeps about seven hours a night.", [said], [said])
    assert [(d.text, e.text) for d, e in found] == [("7 hours", "11 hours")]


def test_an_ordinal_counts_nothing():
    said = "The core group will meet within ten working days, so by the twenty-sixth."
    assert not conflicts("The first core group will meet within ten working days, by 26 November.", [said], [said])


def test_so_many_things_a_day_is_a_rate_of_its_own():
    said = "Honestly? Three, four a day. One in the morning, one after tea, then later on."
    found = conflicts("He said he smokes one or two cigarettes a day.", [said], [said])
    assert [(d.text, e.text) for d, e in found] == [("2 cigarettes a day", "4 a day")]
    assert not conflicts("He said he smokes three or four cigarettes a day.", [said], [said])
    # "every day" says how often, not how many; "two hours a day" is a measure
    daily = "I smoke every day, I'm not going to lie about it."
    assert not conflicts("He said he smokes two cigarettes a day.", [daily], [daily])
    assert {d.unit for d in details("She is on her tablet two hours a day.")} == {"hour"}


@pytest.mark.parametrize("minutes,said", [
    # "two of her children" is a part of them, not how many there are
    ("Mum has 4 children.", "Two of her children live with their dad."),
    ("Ms Locke has attended 6 sessions.", "She was late to two of the sessions."),
    ("Dad has missed 4 weeks of contact.", "One of the weeks he was working."),
    # a number that labels, orders or counts people is no count of the things
    ("Josh missed 4 appointments.", "His appointment was moved to the 12th."),
    ("Josh missed 4 appointments.", "His appointment is on floor 2 of the clinic."),
    ("Josh missed 4 appointments.", "He has an appointment in week 3 of term."),
    ("Josh missed 4 appointments.", "He missed an appointment on Monday, and there were 2 of us there."),
    ("Josh missed 4 appointments.", "The appointment took 2 and a half hours."),
    ("Her score went from 18 to 11.", "It was 18 when I saw her in room 4."),
    ("The list went from 40 to 12.", "There were 40 on it when 3 of us started."),
    ("The nurse has made 9 visits since May.", "Not one of my visits this term has been cancelled."),
])
def test_a_part_a_label_or_people_is_no_count_of_the_things(minutes, said):
    assert not conflicts(minutes, [said], [said])


def test_a_span_of_dates_or_years_is_not_of_the_clock():
    assert not {d.unit for d in details("She was off school from 3 until 10 March.")} & {"clock"}
    assert not {d.unit for d in details("He went to the school in years 7 till 11.")} & {"clock"}


@pytest.mark.parametrize("text,unit", [
    # a word that describes the things before the things themselves: they are what is counted
    ("There were three ambulance call-outs in June.", "out"),
    ("She has done four garden visits with him.", "visit"),
    ("He has been to two piano lessons this month.", "lesson"),
    ("Two youth workers came to the house.", "worker"),
    # (whatever the word before: a plural, a word of doing, a comparison)
    ("He's done four drugs tests since May.", "test"),
    ("There were three missed appointments.", "appointment"),
    ("She has two older brothers.", "brother"),
])
def test_what_a_number_counts_is_the_plural_its_words_describe(text, unit):
    assert unit in {d.unit for d in details(text)}


def test_the_things_so_named_are_set_against_each_other():
    minutes = "The GP reported two ambulance call-outs in June."
    assert conflicts(minutes, ["We had four call-outs in June."])
    assert not conflicts(minutes, ["We had two call-outs in June."])


def test_a_part_of_the_things_counted_is_their_count():
    assert conflicts("Josh missed four dental appointments.", ["He's missed two of his dental appointments this year."])
    assert conflicts("He has missed 5 sessions.", ["He missed three of his sessions."])


def test_a_unit_that_measures_stays_the_measure():
    assert {(d.value, d.unit) for d in details("She goes to two hour sessions at the gym.")} >= {(2.0, "hour")}
    assert {(d.value, d.unit) for d in details("He does three mile runs with his dad.")} >= {(3.0, "mile")}


@pytest.mark.parametrize("minutes,said", [
    ("He has done six weeks of the course, with five weeks to go.", "He's done six weeks and he's got three left."),
    ("She has had 4 sessions and has 8 remaining.", "She's had four sessions, and there are six remaining."),
])
def test_what_is_left_counts_what_was_just_counted(minutes, said):
    assert conflicts(minutes, [said])


def test_more_than_a_figure_or_more_of_another_thing_is_not_what_is_left():
    # "two more than planned" is how far over, not two visits
    found = conflicts("She has had four visits.", ["She's had six visits, that's two more than planned."])
    assert [(d.value, e.value) for d, e in found] == [(4.0, 6.0)]
    assert (2.0, "visit") not in {(d.value, d.unit) for d in details("Four visits so far, and two more referrals.")}


def test_what_is_left_of_people_is_no_count_of_them():
    assert (3.0, "child") not in {(d.value, d.unit) for d in details("There were two children at first, and three more.")}


@pytest.mark.parametrize("minutes,said", [
    ("Dad said the baby sleeps until 6am.", "She's down by eight and sleeps till about four."),
    ("Dad said the baby sleeps until 6am.", "She sleeps until four most nights."),
])
def test_a_bare_number_after_till_is_a_time_of_day(minutes, said):
    assert conflicts(minutes, [said])


def test_a_bare_number_after_till_is_no_time_when_it_is_a_date_or_a_part():
    assert "clock" not in {d.unit for d in details("She stayed until the 4th.")}
    assert "clock" not in {d.unit for d in details("Wait until 3 of them are back.")}
    # ... an age, a school year, or more to come
    assert not conflicts("Dad said Lily goes to bed at 7pm.", ["She was in a cot until 3, she's in a bed now."])
    assert not conflicts("He gets home at 4pm.", ["He was at the primary until 11."])
    assert not conflicts("The group will review it at 3pm.", ["We'll wait until 2 more sessions are done."])


def test_one_in_so_many_is_a_share():
    assert {(d.value, d.unit) for d in details("He misses about one week in four.")} >= {(1.0, "share")}
    assert {(d.value, d.unit) for d in details("He had 3 visits in 2 weeks.")} >= {(3.0, "visit")}
    # ... not things in a year, nor things in other things
    assert conflicts("Josh had five admissions in 2023.", ["He had three admissions in 2023."])
    assert "share" not in {d.unit for d in details("She lives with her 2 kids in 3 rooms.")}
    # ... and no count of the unit to set against another count of it
    assert not conflicts("She misses one day in four.", ["She goes three days a week."])


def test_a_hyphened_number_weekly_is_every_so_many_weeks():
    assert {(d.value, d.unit) for d in details("The nurse will visit six-weekly.")} == {(round(1 / 6, 4), "per_week")}
    assert conflicts("She will carry on visiting two-weekly.", ["I'll keep going every four weeks."])
    assert not conflicts("She will carry on visiting four-weekly.", ["I'll keep going every four weeks."])
    # ... said without the hyphen too, as a recogniser writes it
    assert not conflicts("The health visitor will visit four-weekly.", ["I'll keep visiting four weekly."])
    # ... but "ten weekly sessions" are ten sessions, each week, beside a rate or not
    assert (10.0, "session") in {(d.value, d.unit) for d in details("He has done ten weekly sessions.")}
    both = {(d.value, d.unit) for d in details("Dad has done ten weekly sessions and visits are now four-weekly.")}
    assert {(10.0, "session"), (0.25, "per_week")} <= both


def test_a_run_of_weekdays_says_the_days_it_runs_over():
    minutes = "Grandad agreed to collect the twins on Tuesdays, Wednesdays and Thursdays."
    said = ["Yeah, I'll collect them Tuesday to Thursday.", "Their mum does Friday and Monday herself."]
    assert not conflicts(minutes, said)


def test_one_thing_said_with_a_is_a_count_of_one():
    # the minutes count several where the meeting said "a" one, in a turn about the same thing
    said = ["I used to drink every night. Now it's maybe a can of lager on a Friday, that's all."]
    assert [(d.value, e.value) for d, e in conflicts("Dad said he has three cans of lager on a Friday.", said)] \
        == [(3.0, 1.0)]
    assert not conflicts("Dad said he has one can of lager on a Friday.", said)
    # ... not "a call" or "a visit" in a sentence about something else, nor "a lot can change"
    assert not conflicts("Mum has made two calls to the GP about his cough.", ["I made a call to the school on Monday."])
    assert not conflicts("The nurse has made two visits this month.",
                         ["The nurse came this month.", "She wants to book a visit with the GP too."])
    assert not conflicts("Dad has three cans a week.", ["A lot can change in a week."])


@pytest.mark.parametrize("minutes,said,differ", [
    # an ordinal week is every so many weeks, not a span of weeks
    ("The youth worker calls in every third week.", ["I pop round every three weeks or so."], False),
    ("The youth worker calls in every third week.", ["I pop round every week."], True),
    # so many times a fortnight is half that many a week
    ("Her brother phones twice a fortnight.", ["He rings me once a week."], False),
    ("Her brother phones twice a fortnight.", ["He rings me twice a week."], True),
    # "three times weekly" is three a week, not "weekly"
    ("The carer comes weekly.", ["She comes three times weekly."], True),
    ("The carer comes three times weekly.", ["She comes in 3x a week."], False),
    # "each week" and "once per month" say how often as "every week" and "once a month" do
    ("The tutor sees Ryan each week.", ["She sees him every fortnight."], True),
    ("The tutor sees Ryan once per month.", ["She sees him every fortnight."], True),
])
def test_more_ways_of_saying_how_often(minutes, said, differ):
    assert bool(conflicts(minutes, said)) is differ


def test_how_often_is_no_age_and_bi_monthly_is_no_reading():
    assert {(d.value, d.unit) for d in details("Contact is 3x weekly.")} == {(3.0, "per_week")}
    assert {(d.value, d.unit) for d in details("Support is two-weekly.")} == {(0.5, "per_week")}
    # (twice a month to some, every two months to others)
    assert not details("The review is bi-monthly.")


@pytest.mark.parametrize("minutes,said,differ", [
    # minutes past or to an hour, as a clock is read
    ("The lodger got in at ten past eleven.", ["I heard him come in about twenty past eleven."], True),
    ("The lodger got in at 11.10pm.", ["I heard him come in at ten past eleven."], False),
    ("The taxi came at 6.50pm.", ["It turned up about ten to seven."], False),
    ("The taxi came at 6.40pm.", ["It turned up about ten to seven."], True),
    # a month, then "the" and its day
    ("The fete is on 4 June.", ["It's June the fifth, the fete."], True),
    ("The fete is on 4 June.", ["It's June the fourth, the fete."], False),
    # a date written in figures, day first
    ("The hearing was listed for 04/06/2025.", ["The hearing's on the fourteenth of June."], True),
    ("The hearing was listed for 14.06.25.", ["The hearing's on the fourteenth of June."], False),
    # an age in brackets after the name
    ("Ravi (9) lives with his aunt.", ["Ravi's eleven now, he's with his auntie."], True),
])
def test_clock_times_dates_and_ages_as_minutes_write_them(minutes, said, differ):
    assert bool(conflicts(minutes, said)) is differ


def test_a_range_is_no_clock_time_and_a_label_no_age():
    assert "clock" not in {d.unit for d in details("The course takes ten to twelve weeks.")}
    assert "clock" not in {d.unit for d in details("From five to nine people came.")}
    assert "age" not in {d.unit for d in details("Room (4) was used for the visit.")}


def test_figures_read_after_a_second_look():
    assert "clock" not in {d.unit for d in details("He has about five to six cans a day.")}
    assert not {d.unit for d in details("In April the two were placed together.")} & {"april"}
    assert not {d.unit for d in details("See version 3.1.22 of the policy.")} & {"january"}
    assert "age" not in {d.unit for d in details("Concern (1): neglect of the garden.")}
    assert "per_week" not in {d.unit for d in details("Reviews fall every first week of the month.")}


def test_a_check_named_by_its_stage_is_no_span_of_time():
    # "his two-year review" is when it falls, not two years of anything
    assert not conflicts("The health visitor will call within two weeks.",
                         ["I did Oscar's two-year review at the clinic in June."])
    assert {d.unit for d in details("Her eight-week jabs are booked.")} == {"week stage"}
    # ... but one stage against another is a changed detail, and a course still lasts its weeks
    assert conflicts("Priya had her 12-week scan on Monday.", ["She went for the 20-week scan on Monday."])
    assert {d.unit for d in details("He starts a six-week course.")} == {"week"}
    assert conflicts("She had her 12 weeks scan on Monday.", ["She went for the 20-week scan on Monday."])
    # ... a plan's or a placement's review, or a development plan, come after a span of time
    assert conflicts("The placement will be reviewed after 18 months.", ["The placement has a 12 month review."])
    assert conflicts("The development plan runs for one year.", ["It is a two-year development plan."])


def test_two_dates_each_with_its_own_weekday_are_two_days():
    # "Friday 16 February" and "Monday the nineteenth of February": different days, each named
    assert not conflicts("Mr Lane was on a night shift on Friday 16 February.",
                         ["On Monday the nineteenth of February the allotment shed was broken into."])
    # ... the same weekday, or none said with the rival, still a day given otherwise
    assert conflicts("Mr Lane was on a night shift on Friday 16 February.",
                     ["He was on a night shift on Friday the nineteenth of February."])
    assert conflicts("Mr Lane was on a night shift on Friday 16 February.",
                     ["He was on a night shift on the nineteenth of February."])
    # ... and the weekday must be said with the date, in its sentence, in every sentence that gives it
    assert conflicts("The allotment hearing is on Friday 16 February.",
                     ["The letter came on Monday; 19 February is the allotment hearing."])
    assert conflicts("The allotment hearing is on Friday 16 February.",
                     ["On Monday 19 February the shed was broken into.", "The allotment hearing is on 19 February."])
