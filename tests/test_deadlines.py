"""The dates that follow a conference: working days without weekends and England & Wales bank
holidays, calendar months as the ICO counts them, and each date's rule in words."""

from datetime import date

from app import deadlines as dl


def test_bank_holidays_of_england_and_wales_come_from_the_library():
    assert dl.bank_holiday(date(2026, 5, 25))  # Spring bank holiday
    assert dl.bank_holiday(date(2026, 12, 28))  # Boxing Day falls on a Saturday: observed on Monday
    assert dl.bank_holiday(date(2025, 8, 25))  # Summer bank holiday (England and Wales, not Scotland's)
    assert not dl.bank_holiday(date(2025, 8, 4))  # Scotland's summer holiday is not one here
    assert not dl.bank_holiday(date(2026, 3, 17))  # St Patrick's Day: Northern Ireland only
    assert not dl.is_working_day(date(2026, 5, 30))  # a Saturday
    assert dl.is_working_day(date(2026, 5, 26))


def test_icpc_just_before_a_bank_holiday_minutes_and_first_review():
    icpc = date(2026, 5, 22)  # a Friday; Monday 25 May is the Spring bank holiday
    minutes = dl.minutes_expected(icpc)
    # 15 working days from Tuesday 26 May: without the bank holiday it would be Friday 12 June.
    assert minutes.on == date(2026, 6, 15)
    assert "15 working days after the conference" in minutes.rule
    assert "check your local safeguarding partnership" in minutes.rule
    review = dl.review_due(icpc, "ICPC")
    # Three months on is Saturday 22 August: the conference must be held by the Friday before.
    assert review.on == date(2026, 8, 21)
    assert review.what == "First review conference due"
    assert "within 3 months" in review.rule and "22 August 2026 is not a working day" in review.rule


def test_first_review_limit_on_easter_monday_moves_back_past_good_friday():
    review = dl.review_due(date(2026, 1, 6), "ICPC")  # 6 April 2026 is Easter Monday, 3 April Good Friday
    assert review.on == date(2026, 4, 2)


def test_later_reviews_at_most_six_months_apart():
    review = dl.review_due(date(2026, 2, 27), "RCPC")
    assert review.on == date(2026, 8, 27)
    assert review.what == "Next review conference due" and "6 months" in review.rule


def test_minutes_expected_days_are_the_parents_to_change():
    due = dl.minutes_expected(date(2026, 5, 22), working_days=10)
    assert due.on == date(2026, 6, 8)
    assert "10 working days" in due.rule and "the time you set" in due.rule


def test_sar_received_on_31_january_is_due_on_28_february():
    due = dl.sar_due(date(2025, 1, 31))
    assert due.on == date(2025, 2, 28)
    assert due.when() == "Friday 28 February 2025"
    assert "last day" in due.rule and "two further months" in due.rule


def test_sar_whose_corresponding_day_is_a_saturday_is_due_the_next_working_day():
    due = dl.sar_due(date(2026, 4, 30))
    assert due.on == date(2026, 6, 1)
    assert due.when() == "Monday 1 June 2026"
    assert "30 May 2026 is not a working day" in due.rule


def test_sar_corresponding_day_on_a_bank_holiday():
    assert dl.sar_due(date(2026, 4, 25)).on == date(2026, 5, 26)  # 25 May 2026: Spring bank holiday
    assert dl.sar_due(date(2026, 3, 3)).on == date(2026, 4, 7)  # 3 April Good Friday, 6 April Easter Monday


def test_reply_to_a_correction_request_counts_the_working_days_chosen():
    assert dl.reply_due(date(2026, 12, 18)).on == date(2027, 1, 6)  # less Christmas, 28 Dec, New Year
    due = dl.reply_due(date(2026, 6, 1), working_days=5)
    assert due.on == date(2026, 6, 8) and "5 working days" in due.rule


def test_complaint_and_ombudsman_windows():
    complaint = dl.complaint_window(date(2026, 5, 22))
    assert complaint.on == date(2026, 6, 19)
    assert "28 days" in complaint.rule and "local" in complaint.rule
    assert dl.complaint_window(date(2026, 5, 22), days=20).on == date(2026, 6, 11)
    ombudsman = dl.ombudsman_window(date(2026, 5, 22))
    assert ombudsman.on == date(2027, 5, 22) and "12 months" in ombudsman.rule


def test_parse_date_reads_iso_and_refuses_anything_else():
    assert dl.parse_date("2026-05-22") == date(2026, 5, 22)
    assert dl.parse_date("22/05/2026") is None
    assert dl.parse_date("") is None
