"""Dates said relative to the day of the meeting ("yesterday", "Wednesday last week", "a fortnight
ago"), as the calendar dates the minutes would write, so that "last seen on 29 April" can be checked
against "last time was Wednesday last week" at a conference on Tuesday 12 May.

Only what English fixes without doubt is read: "next Thursday" said on a Tuesday may mean two days
or nine days after, so both are kept, and a detail only conflicts when neither matches. "Last
Wednesday" said on a Friday is two days before (yesterday would be called "yesterday").
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from app.compare.text import MONTHS, WEEKDAYS, Detail, words

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
    wd = "|".join(WEEKDAYS)
    # "two weeks ago yesterday": counted back from yesterday, which is then no date of its own
    for m in re.finditer(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?|fortnights?) "
                         r"ago (yesterday|today)\b", joined):
        days.add(on - timedelta(days=_count(m.group(1), m.group(2)) + (m.group(3) == "yesterday")))
    joined_rest = re.sub(r"\bago (?:yesterday|today)\b", "ago", joined)
    if re.search(r"\bday before yesterday\b", joined_rest):
        days.add(on - timedelta(days=2))
    elif re.search(r"\byesterday\b|\blast night\b", joined_rest):
        days.add(on - timedelta(days=1))
    # "two weeks today", "a week tomorrow": counted on from today or tomorrow, which are then no
    # dates of their own
    for m in re.finditer(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (weeks?|fortnights?) "
                         r"(today|tomorrow)\b", joined):
        days.add(on + timedelta(days=_count(m.group(1), m.group(2)) + (m.group(3) == "tomorrow")))
    joined_on = re.sub(r"\b(?:weeks?|fortnights?) (?:today|tomorrow)\b", "", joined)
    if re.search(r"\bday after tomorrow\b", joined_on):
        days.add(on + timedelta(days=2))
    elif re.search(r"\btomorrow\b", joined_on):
        days.add(on + timedelta(days=1))
    if re.search(r"\bthis (?:morning|afternoon)\b|\btonight\b", joined):
        days.add(on)
    for m in re.finditer(rf"\b({wd}) just gone\b|\bthis past ({wd})\b", joined):
        days.add(most_recent(on, m.group(1) or m.group(2)))
    for m in re.finditer(rf"\b(?:the )?({wd}) before last\b", joined):
        days.add(most_recent(on, m.group(1)) - timedelta(days=7))
    # Ahead: plans are minuted as dates too. "Next Thursday" said on a Wednesday may mean
    # tomorrow or a week after: both are kept, as with "last".
    for m in re.finditer(rf"\bnext ({wd})\b", joined):
        days |= {soonest(on, m.group(1)), _in_week_after(on, m.group(1))}
    # "the Tuesday after next": a week after the next one (either reading of "next")
    for m in re.finditer(rf"\b({wd}) after next\b", joined):
        days |= {soonest(on, m.group(1)) + timedelta(days=7), _in_week_after(on, m.group(1)) + timedelta(days=7)}
    for m in re.finditer(rf"\b({wd}) next week\b|\bnext week on (?:a |the )?({wd})\b", joined):
        days.add(_in_week_after(on, m.group(1) or m.group(2)))
    # "on Tuesday this week", "the Tuesday of this week", "this week, on the Tuesday": this week's
    for m in re.finditer(rf"\b({wd}) (?:of )?this week\b|\bthis week on (?:a |the )?({wd})\b", joined):
        days.add(_in_week_after(on, m.group(1) or m.group(2)) - timedelta(days=7))
    # "by Friday": a deadline, the coming one (not "by Friday 20 November": the date is given; nor
    # "by Monday this week", read above; a time, "by Friday 5pm", is still the coming Friday)
    for m in re.finditer(rf"\bby ({wd})\b(?! (?:week|next|last|just|before|gone|this week)\b| (?:the )?\d{{1,2}}"
                         rf"(?:st|nd|rd|th)?\b(?! ?(?:am|pm|noon|o ?clock)\b|[.:]\d))", joined):
        days.add(soonest(on, m.group(1)))
    # "by the end of next week" (its Friday), "by the end of the week" (this one's)
    if re.search(r"\bend of next week\b", joined):
        days.add(_in_week_after(on, "friday"))
    elif re.search(r"\bend of (?:the|this) week\b", joined) and on.weekday() < 5:
        days.add(on + timedelta(days=4 - on.weekday()))
    # "by the end of the month" (its last day), "the end of next month" (the next one's)
    # (day=31 is relativedelta's "the month's last day", whatever its length)
    if re.search(r"\bend of next month\b", joined):
        days.add(on + relativedelta(months=1, day=31))
    elif re.search(r"\bend of (?:the|this) month\b", joined):
        days.add(on + relativedelta(day=31))
    for m in re.finditer(rf"\b(?:a week on|a week this) ({wd})\b|\b({wd}) week\b", joined):
        days.add(soonest(on, m.group(1) or m.group(2)) + timedelta(days=7))
    # "within a week", "in two weeks' time": as many days on from the day it was said
    for m in re.finditer(r"\b(?:in|within) (\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) "
                         r"(days?|weeks?|fortnights?)(?: time)?\b", joined):
        days.add(on + timedelta(days=_count(m.group(1), m.group(2))))
    for m in re.finditer(r"\b(" + "|".join(WEEKDAYS) + r") (?:of )?last week\b|\blast week on (?:a |the )?("
                         + "|".join(WEEKDAYS) + r")\b", joined):
        days.add(_in_week_before(on, m.group(1) or m.group(2)))
    # "last Tuesday", said on a Thursday, is two days before: yesterday would be "yesterday", so
    # "last Wednesday" said then is the week before's. "A week last Monday" is a week before that.
    for m in re.finditer(r"\b(a week )?last (" + "|".join(WEEKDAYS) + r")\b", joined):
        day = most_recent(on, m.group(2))
        day -= timedelta(days=7 if day == on - timedelta(days=1) else 0)
        days.add(day - timedelta(days=7 if m.group(1) else 0))
    # "a fortnight ago, the Sunday", "two weeks ago on the Tuesday": weeks ago name a week, the
    # weekday after them its day (the one nearest the day counted back)
    for m in re.finditer(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?|fortnights?) "
                         rf"ago\b(?! yesterday| today)(?: (?:on )?(?:the )?({wd})\b)?", joined):
        back = on - timedelta(days=_count(m.group(1), m.group(2)))
        if m.group(3) and not m.group(2).startswith("day"):
            back += timedelta(days=(WEEKDAYS.index(m.group(3)) - back.weekday() + 3) % 7 - 3)
        days.add(back)
    # counted from the meeting itself: "two days before the conference", "the evening before the meeting"
    for m in re.finditer(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?|fortnights?) "
                         r"before (?:the|this|today's) (?:conference|meeting)\b", joined):
        days.add(on - timedelta(days=_count(m.group(1), m.group(2))))
    if re.search(r"\bthe (?:day|evening|night|afternoon) before (?:the|this|today's) (?:conference|meeting)\b", joined):
        days.add(on - timedelta(days=1))
    return frozenset(Detail(float(d.day), MONTHS[d.month - 1], f"{d.day} {MONTHS[d.month - 1]}") for d in days)


def _count(n: str, unit: str) -> int:
    """'two', 'weeks' -> 14 days."""
    return (int(n) if n.isdigit() else _SMALL[n]) * {"day": 1, "week": 7, "fortnight": 14}[unit.rstrip("s")]


def soonest(on: date, weekday: str) -> date:
    """The next such weekday strictly after `on`."""
    return on + timedelta(days=(WEEKDAYS.index(weekday) - on.weekday()) % 7 or 7)


def _in_week_after(on: date, weekday: str) -> date:
    """That weekday in the calendar week (Monday to Sunday) after the one `on` falls in."""
    return on - timedelta(days=on.weekday()) + timedelta(days=7 + WEEKDAYS.index(weekday))


def _in_week_before(on: date, weekday: str) -> date:
    """That weekday in the calendar week (Monday to Sunday) before the one `on` falls in."""
    monday_before = on - timedelta(days=on.weekday() + 7)
    return monday_before + timedelta(days=WEEKDAYS.index(weekday))


def most_recent(on: date, weekday: str) -> date:
    """The last such weekday strictly before `on`."""
    back = (on.weekday() - WEEKDAYS.index(weekday)) % 7 or 7
    return on - timedelta(days=back)
