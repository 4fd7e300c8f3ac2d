"""Dates said relative to the day of the meeting ("yesterday", "Wednesday last week", "a fortnight
ago"), as the calendar dates the minutes would write, so that "last seen on 29 April" can be checked
against "last time was Wednesday last week" at a conference on Tuesday 12 May.

Only what English fixes without doubt is read: "last Wednesday" said on a Friday may mean two days
or nine days before, so both are kept, and a detail only conflicts when neither matches.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from app.compare.text import MONTHS, Detail, words

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r")\w*\s+(\d{4})\b", re.I)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10}


def conference_date(info: dict) -> date | None:
    """The day of the meeting, from the minutes' header ("Date: Tuesday 12 May 2026, 10am")."""
    for key in ("date of conference", "date of meeting", "date"):
        text = str(info.get(key) or "")
        found = parse_date(text)
        if found is not None:
            return found
    return None


def parse_date(text: str) -> date | None:
    try:
        if m := _DATE.search(text):
            return date(int(m.group(3)), MONTHS.index(m.group(2).lower()) + 1, int(m.group(1)))
        if m := _ISO.search(text):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _NUMERIC.search(text):  # British order: day, month, year
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return None


@lru_cache(maxsize=20000)
def relative_dates(text: str, on: date | None) -> frozenset[Detail]:
    """The calendar dates a text gives relative to `on` (the day it was said), each a Detail as
    text.details gives a date: the day of the month in the month's unit ("6 may")."""
    if on is None:
        return frozenset()
    ws = words(text)
    joined = " ".join(ws)
    days: set[date] = set()
    if re.search(r"\bday before yesterday\b", joined):
        days.add(on - timedelta(days=2))
    elif re.search(r"\byesterday\b", joined):
        days.add(on - timedelta(days=1))
    for m in re.finditer(r"\b(" + "|".join(WEEKDAYS) + r") (?:of )?last week\b|\blast week on (?:a |the )?("
                         + "|".join(WEEKDAYS) + r")\b", joined):
        days.add(_in_week_before(on, m.group(1) or m.group(2)))
    for m in re.finditer(r"\blast (" + "|".join(WEEKDAYS) + r")\b", joined):
        days |= {_most_recent(on, m.group(1)), _in_week_before(on, m.group(1))}
    for m in re.finditer(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?|fortnights?) "
                         r"ago\b", joined):
        n = int(m.group(1)) if m.group(1).isdigit() else _SMALL[m.group(1)]
        step = {"day": 1, "week": 7, "fortnight": 14}[m.group(2).rstrip("s")]
        days.add(on - timedelta(days=n * step))
    return frozenset(Detail(float(d.day), MONTHS[d.month - 1], f"{d.day} {MONTHS[d.month - 1]}") for d in days)


def _in_week_before(on: date, weekday: str) -> date:
    """That weekday in the calendar week (Monday to Sunday) before the one `on` falls in."""
    monday_before = on - timedelta(days=on.weekday() + 7)
    return monday_before + timedelta(days=WEEKDAYS.index(weekday))


def _most_recent(on: date, weekday: str) -> date:
    """The last such weekday strictly before `on`."""
    back = (on.weekday() - WEEKDAYS.index(weekday)) % 7 or 7
    return on - timedelta(days=back)
