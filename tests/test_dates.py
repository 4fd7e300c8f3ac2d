"""Dates said relative to the day of the meeting, checked against the dates the minutes write."""

from __future__ import annotations

from datetime import date

from app.compare.dates import conference_date, relative_dates
from app.compare.details import conflicts

THURSDAY = date(2027, 1, 14)  # a Thursday


def _days(text: str, on=THURSDAY) -> set[tuple[float, str]]:
    return {(d.value, d.unit) for d in relative_dates(text, on)}


def test_the_day_of_the_meeting_comes_from_the_minutes_header():
    assert conference_date({"date": "Thursday 14 January 2027, 2pm"}) == THURSDAY
    assert conference_date({"date of conference": "14/01/2027"}) == THURSDAY
    assert conference_date({"venue": "Town Hall"}) is None


def test_relative_dates_as_calendar_dates():
    assert _days("I rang them yesterday.") == {(13.0, "january")}
    assert _days("She moved out the day before yesterday.") == {(12.0, "january")}
    assert _days("The visit was Monday last week.") == {(4.0, "january")}
    assert _days("He started a fortnight ago.") == {(31.0, "december")}
    assert _days("It happened three days ago.") == {(11.0, "january")}
    # "last Tuesday" on a Thursday: two days ago; but "last Wednesday" is the week before's (the day
    # before would be "yesterday"), and "a week last Tuesday" a week before that Tuesday
    assert _days("We spoke last Tuesday.") == {(12.0, "january")}
    assert _days("We spoke last Wednesday.") == {(6.0, "january")}
    assert _days("We spoke a week last Tuesday.") == {(5.0, "january")}
    # "next Friday" may be the coming one or the week after's: both are kept
    assert _days("We'll speak next Friday.") == {(15.0, "january"), (22.0, "january")}
    assert _days("Nothing relative here.") == set()
    assert _days("yesterday", on=None) == set()


def test_a_relative_date_said_in_the_meeting_can_change_a_date_in_the_minutes():
    said = ["The health visitor calls every week, the last visit was Monday last week."]
    found = conflicts("The health visitor calls every week, most recently on 28 December 2026.", said,
                      on=THURSDAY)
    assert found and found[0][1].unit == "january" and found[0][1].value == 4.0
    assert not conflicts("The health visitor calls every week, most recently on 4 January 2027.", said,
                         on=THURSDAY)


def test_more_ways_of_saying_a_day():
    assert _days("It flooded two weeks ago yesterday.") == {(30.0, "december")}
    assert _days("He came round last night, late.") == {(13.0, "january")}
    assert _days("I saw her this morning at the school gate.") == {(14.0, "january")}
    assert _days("The Saturday before last he didn't come.") == {(2.0, "january")}
    assert _days("On Monday just gone the bin went out.") == {(11.0, "january")}


def test_days_ahead_for_the_plan():
    # "next Friday" said on a Thursday: tomorrow, or the Friday of next week; both are kept
    assert _days("Core group next Friday, at ten.") == {(15.0, "january"), (22.0, "january")}
    assert _days("We'll meet again in a fortnight.") == {(28.0, "january")}
    assert _days("The visit is a week on Monday.") == {(25.0, "january")}
    assert _days("I'll ring you tomorrow.") == {(15.0, "january")}
    # "the Wednesday after next": a week after next Wednesday (the 20th, said on Thursday the 14th)
    assert _days("The review's the Wednesday after next, in the morning.") == {(27.0, "january")}
    got = conflicts("The core group will meet on 29 January.", ["We'll have core group in a fortnight, same room."],
                    on=THURSDAY)
    assert [(a.text, b.text) for a, b in got] == [("29 january", "28 january")]


def test_a_date_counted_from_the_meeting_in_the_minutes():
    # the minutes' "two days before the conference" is a date, which "yesterday" said at it is not
    from app.compare.text import Detail
    on = date(2026, 9, 17)
    assert relative_dates("The letters arrived two days before the conference.", on) == {
        Detail(15.0, "september", "15 september")}
    assert relative_dates("She had it the evening before the meeting.", on) == {Detail(16.0, "september", "16 september")}
    got = conflicts("Mr Obi said that the letters arrived two days before the conference.",
                    ["The letters only came yesterday, at teatime."], on=on)
    assert [(a.text, b.text) for a, b in got] == [("15 september", "16 september")]


def test_a_time_said_on_its_own_belongs_to_the_clause_it_opens():
    # a recogniser's commas cut "about three weeks ago, he came to the door" in two
    from app.compare.details import conflicts
    got = conflicts("About three months ago he came to the door of the flat at night.",
                    ["And since the spring he has rung her, and about three weeks ago, he came to the door of the flat."])
    assert [(a.text, b.text) for a, b in got] == [("3 months", "3 weeks")]


def test_weeks_today_and_a_week_tomorrow_count_on():
    on = date(2026, 2, 12)  # a Thursday
    assert {d.text for d in relative_dates("We'll meet again two weeks today, same room.", on)} == {"26 february"}
    assert {d.text for d in relative_dates("The visit is a week tomorrow, first thing.", on)} == {"20 february"}
    assert {d.text for d in relative_dates("I'll ring you tomorrow.", on)} == {"13 february"}


def test_a_deadline_by_a_weekday_and_a_weekday_next_week():
    # said on Wednesday 3 March 2027: "by Friday" is the 5th; "Tuesday next week" the 9th
    on = date(2027, 3, 3)
    assert {d.text for d in relative_dates("I'll post the forms by Friday.", on)} == {"5 march"}
    assert {d.text for d in relative_dates("we'll meet Tuesday next week", on)} == {"9 march"}
    assert {d.text for d in relative_dates("next week on the Tuesday, then", on)} == {"9 march"}
    assert {d.text for d in relative_dates("a week this Friday", on)} == {"12 march"}
    # a weekday of this week, however it is put: "Monday this week" is the 1st
    assert {d.text for d in relative_dates("I rang the landlord on Monday, this week.", on)} == {"1 march"}
    assert {d.text for d in relative_dates("this week on the Monday I rang him", on)} == {"1 march"}
    # ... but "by Friday 19 March" gives its date itself: no coming Friday is read from it
    assert relative_dates("I'll post the forms by Friday 19 March 2027.", on) == frozenset()
    assert relative_dates("I'll post the forms by Friday the 19th.", on) == frozenset()
    # (a time after it is no date: "by Friday 5pm" is the coming Friday; "by Monday this week" this week's)
    assert {d.text for d in relative_dates("I'll post the forms by Friday 5pm.", on)} == {"5 march"}
    assert {d.text for d in relative_dates("He was to post them by Monday this week.", on)} == {"1 march"}


def test_a_deadline_said_as_within_a_week_or_the_end_of_next_week():
    assert _days("I'll have the forms back within a week.") == {(21.0, "january")}
    assert _days("We'll sort the boiler by the end of next week.") == {(22.0, "january")}  # that week's Friday
    assert _days("The bins go out by the end of the week.") == {(15.0, "january")}
    assert _days("Next week is half term.") == set()


def test_a_deadline_said_as_the_end_of_the_month():
    assert _days("Can the dentist letter go off by the end of the month?") == {(31.0, "january")}
    assert _days("We'll have the flat sorted by the end of this month.") == {(31.0, "january")}
    assert _days("The course finishes at the end of next month.") == {(28.0, "february")}  # 2027: no leap day
    assert _days("The month before was worse.") == set()


def test_a_rival_date_on_another_weekday_is_another_days():
    # The minutes give the day and its weekday; the passage says "the Saturday night" for it and
    # gives the 11th (a Monday) for something else: the Saturday was said, the 11th is no rival
    said = ["We held the strategy discussion on the 11th.",
            "On the Saturday night before, Edna babysat Milo from about seven till midnight."]
    line = "On the evening of Saturday 9 January the grandmother cared for Milo from 7pm until midnight."
    assert conflicts(line, said, said, on=THURSDAY) == []
    # ... but a rival on the same weekday is the day given otherwise ("Saturday the 2nd")
    said = ["It was the Saturday before last, the 2nd, when Edna babysat Milo from about seven till midnight."]
    got = conflicts(line, said, said, on=THURSDAY)
    assert [(d.text, e.value) for d, e in got] == [("9 january", 2.0)]


def test_weeks_ago_with_the_weekday_name_that_weeks_day():
    tuesday = date(2027, 1, 12)
    # a fortnight back is Tuesday 29 December; "the Sunday" of it is the 27th
    assert _days("A fortnight ago, the Sunday, his mum collapsed at home.", on=tuesday) == {(27.0, "december")}
    assert _days("Two weeks ago on the Thursday he rang the office.", on=tuesday) == {(31.0, "december")}
    assert _days("A fortnight ago his mum collapsed at home.", on=tuesday) == {(29.0, "december")}
    # days counted back are a day already: a weekday after them says nothing more
    assert _days("Three days ago, the Saturday, he rang.", on=tuesday) == {(9.0, "january")}


def test_a_day_before_a_deadline_meets_it():
    line = "Mother to ring the surgery to book Milo's review by 20 January."
    # "tomorrow" (the 15th) meets "by the 20th": no change
    assert conflicts(line, ["Yeah, I'll ring tomorrow morning, first thing."], on=THURSDAY) == []
    # ... but a later day does not, nor an earlier day set as the deadline itself
    assert conflicts(line, ["I'll ring them on the 27th of January."], on=THURSDAY)
    assert conflicts(line, ["Can you ring the surgery by Friday?"], on=THURSDAY)
    # a day that is no deadline in the minutes is another day
    assert conflicts("Mother to ring the surgery on 20 January.", ["Yeah, I'll ring tomorrow morning."], on=THURSDAY)


def test_a_day_counted_from_the_meeting_in_the_month_before_the_minutes_date():
    on = date(2025, 2, 6)  # a Thursday
    line = "Mrs Noon last saw Milo at home on 30 January."
    # "the day before yesterday" is the 4th of February: the minutes' 30 January is another day
    got = conflicts(line, ["I saw him the day before yesterday, at home, he was fine."], on=on)
    assert [(d.text, e.text) for d, e in got] == [("30 january", "4 february")]
    # ... but a date given as a date in another month is no rival (another event, most often),
    # nor is a counted day further off than a fortnight
    assert conflicts(line, ["He's due for his jabs on the fourth of February, at home."], on=on) == []
    assert conflicts(line, ["I saw him about a month ago, at home."], on=on) == []
