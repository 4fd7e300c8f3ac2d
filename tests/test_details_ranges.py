"""Ranges and lists are details the comparer checks: "1970-2019", "between 2 and 3 pm", "Mondays and
Thursdays". Invented sentences."""

from __future__ import annotations

import pytest

from app.compare.details import conflicts
from app.compare.text import details


@pytest.mark.parametrize("text,unit", [
    ("The family lived in the village 1968-2004.", "years_range"),
    ("She worked there between 1991 and 1999.", "years_range"),
    ("Calls are allowed between 6 and 7 pm.", "clock_range"),
    ("The club meets from 4pm to 6pm.", "clock_range"),
    ("Swimming is on Mondays, Wednesdays and Fridays.", "weekdays"),
])
def test_a_range_or_list_is_one_detail(text, unit):
    assert [d for d in details(text) if d.unit == unit]


def test_a_year_alone_or_a_single_day_is_no_range():
    assert not [d for d in details("In 1998 he moved; he swims on Saturdays.") if d.unit.endswith(("_range", "days"))]


@pytest.mark.parametrize("minutes,said", [
    ("The family lived in the village 1968-2004.", "We lived in the village from 1968 to 2008."),
    ("Calls are allowed between 6 and 7 pm.", "Calls are allowed between five and seven pm."),
    ("She swims on Mondays and Thursdays.", "She swims on Tuesdays and Thursdays now."),
])
def test_a_range_said_differently_conflicts(minutes, said):
    assert conflicts(minutes, [said])


@pytest.mark.parametrize("minutes,said", [
    ("The family lived in the village 1968-2004.", "We were in the village from 1968 until 2004."),
    ("She swims on Mondays and Thursdays.", "She swims on Mondays and on Thursdays."),
    ("She swims on Mondays and Thursdays.", "She swims on Thursdays, and on Mondays too."),
])
def test_the_same_range_does_not(minutes, said):
    assert not conflicts(minutes, [said])


def test_every_morning_is_daily():
    from app.compare.text import Detail
    assert Detail(7.0, "per_week", "every morning") in details("Gideon sees him for a check-in every morning at the gate.")
    assert Detail(7.0, "per_week", "each night") in details("She reads to him each night before bed.")
    # minuted as daily, it agrees; as three times a week, it does not
    said = ["Gideon sees him for a check-in every morning at the gate."]
    assert not conflicts("Mr Rowan will hold a daily check-in with Milo.", said, said)
    assert conflicts("Mr Rowan will hold a check-in with Milo three times a week.", said, said)


def test_seven_in_the_morning_is_not_seven_in_the_evening():
    said = ["There's a curfew at the hostel from ten at night to seven in the morning, every night."]
    found = conflicts("The hostel curfew is between 7pm and 7am.", said, said)
    assert [(d.text, e.text) for d, e in found] == [("7 pm", "10 pm")]
    # an hour said without its half may be either
    assert not conflicts("The visit is at 7pm.", ["I'll come at seven."], ["I'll come at seven."])


def test_an_hour_said_before_till_midnight_is_a_time_of_day():
    said = ["Her nan had her from about eight till midnight while they were at the party."]
    assert not conflicts("Her grandmother looked after her from around 8pm until midnight.", said, said)
    assert conflicts("Her grandmother looked after her from around 6pm until midnight.", said, said)
    # "ten to midnight" is 11.50, not ten o'clock
    assert not [d for d in details("He got home at ten to midnight.") if d.unit == "clock"]


def test_that_afternoon_is_a_part_of_the_day():
    from app.compare.details import conflicts

    line = "Carys is to bring Milo to school on Friday morning and Lionel to collect him that afternoon and return him on Monday morning."
    said = ["So Carys drops him off on a Friday morning, Lionel collects him from school on the Friday afternoon, and "
            "Lionel takes him back into school on the Monday morning, so the two of them never meet."]
    # the minutes give the afternoon themselves: it is no rival to their mornings
    assert conflicts(line, said, said) == []


def test_a_count_done_of_a_count_given_is_a_share():
    from app.compare.details import conflicts

    said = ["Milo has been offered ten swimming lessons and he has attended seven."]
    assert conflicts("Milo had attended five of the ten swimming lessons offered.", said, said)
    assert conflicts("Milo had attended seven of the ten swimming lessons offered.", said, said) == []
