"""Changed details: the minutes give a number, date, duration or frequency that the meeting gave
differently ("82%" where the headteacher said "ninety-two percent"; "monthly" for "every two weeks")."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from app.compare.align import HOMELY, key_hit, keys_of
from app.compare.cue_patterns import Folded, Gated
from app.compare.dates import most_recent, relative_dates, soonest
from app.compare.text import (
    _NOT_DONE,
    _NUMBER_WORDS,
    DAY_PARTS,
    FILLER_COMMAS,
    FULL_STOP,
    MONTHS,
    ORDINALS,
    SENTENCE_END,
    WEEKDAY_WORD,
    WEEKDAYS,
    Detail,
    content,
    details,
    details_in_order,
    lemma,
    lemmas,
    weekday_bits,
    words,
)
from app.minutes.people import TITLES


def conflicts(statement: str, evidence_texts: list[str], context_texts: list[str] | None = None,
              on: date | None = None) -> list[tuple[Detail, Detail]]:
    """(what the minutes say, what was said) for each detail the evidence gives differently.

    A detail only conflicts when the evidence speaks of the same kind of thing (the same unit:
    percent, weeks, a date in May, visits a week) with another value, and never gives the minutes'
    value itself: a number the meeting simply did not mention is no evidence of a change. `on`: the
    day of the meeting, so that "Wednesday last week" is a date too (dates.py)."""
    evidence_texts = [taken_back(t) for t in evidence_texts]
    in_order = details_in_order(evidence_texts)
    said: set[Detail] = set()
    counted: set[Detail] = set()  # the dates counted from the day of the meeting ("the day before yesterday")
    for t, found in zip(evidence_texts, in_order, strict=True):
        days = relative_dates(t, on)
        counted |= days
        said |= found | days | weekdays_said(t)
    said = said | _score_views(said)
    wider: set[Detail] | None = None  # (read when a figure first needs it: most are settled before)
    out = []
    mine = details(statement) | relative_dates(statement, on)  # "two days before the conference" is a date
    toward = _toward(statement)
    for d in sorted(mine, key=lambda d: (d.unit, d.value, d.text)):
        if any(_same(d, e) for e in said if e.unit != "n" or d.unit == "n") or _said_bare(d, in_order):
            rival = _closer_rival(d, statement, evidence_texts, mine, in_order) or \
                _superseded(d, statement, evidence_texts, mine)
            if rival is not None:
                out.append((d, rival))
            continue
        as_rate = [e for e in said if _rate_of(d, e) and not _agreeing_only(e)]
        if as_rate:
            out.append((d, as_rate[0]))
            continue
        if wider is None:
            wider = _details_around(context_texts, on)
        if any(d.value == e.value and d.unit == e.unit and not _other_half(d, e) for e in wider):
            continue  # the minutes' own figure was said, here or (of the same kind) just around it
        # "visited eight times" is said as "eight visits" (and changed as "six visits")
        counts_of = _verbs_counted(statement) if d.unit == "time" else frozenset()
        if any(e.value == d.value and e.unit in counts_of for e in said):
            continue
        if _weekday_said(d, evidence_texts, on):
            continue
        # ("on fourteen occasions" against "eleven times": events are counted as times are)
        # (a day counted from the meeting, "the day before yesterday", may fall in the month before
        # the minutes' date: within a fortnight of it, it is a rival as a day of the same month is)
        rivals = [e for e in said if (e.unit == d.unit or _day_and_date(d, e) or e.unit in counts_of
                                      or {d.unit, e.unit} <= _COUNTED
                                      or (e in counted and _days_apart(d, e, on) <= _NEAR_DAYS))
                  and e.value != d.value and d.unit != "n"]
        if d.unit == "per_week":
            rivals = [e for e in said if e.unit == "per_week" and e.value != d.value]
        # A rival the minutes themselves give elsewhere in the statement ("weekly ..., and the
        # Social Worker every two weeks") is the other half of the statement, not a change.
        rivals = [e for e in rivals if not any(_same(e, m) for m in mine) and not _agreeing_only(e)]
        # "reducing visits to once a week", with no "from" of its own: the higher figure said is
        # where they are reduced from ("I've been going in twice a week"), not another target
        if toward:
            rivals = [e for e in rivals if (e.value - d.value) * toward > 0]
        rivals = [e for e in rivals if _of_the_same(d, e, counts_of, statement, evidence_texts, on)]
        if d.unit in MONTH_UNITS:  # "on the 23rd ... the next morning": the 24th was said, counted on
            later = _days_on(evidence_texts)
            rivals = [e for e in rivals if d.value - e.value not in later]
            rivals = [e for e in rivals if not _another_weekday(d, e, statement, evidence_texts, on)]
            # "Friday 16 February" / "on Monday the nineteenth of February": each date said with its
            # own day of the week, the days different: two days, not one day given otherwise. (A date
            # the minutes changed with its weekday, "Friday 16" for the "Monday 19" said of the same
            # hearing, is passed over too: whether two sentences tell of one day, the words shared
            # cannot say, as "Kai" in both did not.)
            named = _weekdays_said_with(d, [statement])
            if len(named) == 1 and None not in named:
                rivals = [e for e in rivals if not _on_other_weekdays(named, _weekdays_said_with(e, evidence_texts))]
            if _deadline(d, statement):  # "by 20 March": doing it sooner meets it (unless that day is a deadline too)
                rivals = [e for e in rivals if e.unit not in MONTH_UNITS or _later(e, d)
                          or _said_as_deadline(e, evidence_texts, on)]
        if not rivals and d.unit != "n":
            rivals = [e for e in _bare_counts_of(d, statement, evidence_texts, in_order)
                      if not any(_same(e, m) for m in mine)]
        elif not rivals:
            rivals = _in_step(d, statement, evidence_texts, in_order)
        if not rivals and not any(e.unit == d.unit for e in said):
            rivals = _just_one(d, statement, evidence_texts)
        if rivals:
            out.append((d, min(rivals, key=lambda e: (abs(e.value - d.value), e.value, e.text))))
            continue
        # A time of day against a part of the day said for it ("at around 11pm" / "at teatime,
        # about five-ish"): only where no reading of the clock falls in that part, an hour either side
        outside = [e for e in said if _outside(d, e) and _on_topic(e, statement, evidence_texts, on)]
        if outside:
            out.append((d, outside[0]))
            continue
        # The same kind of figure in another unit: "three months ago" said as "three weeks ago",
        # "4 June" as "the fourth of May". Only where the rival's own clause is about what the
        # minutes' clause is about, since any two dates or spans differ.
        akin = _akin_rival(d, statement, evidence_texts, mine, on)
        if akin is not None:
            out.append((d, akin))
    return out


def _details_around(context_texts: list[str] | None, on: date | None) -> set[Detail]:
    """The details the context texts give (conflicts' `wider`)."""
    wider: set[Detail] = set()
    context_texts = [taken_back(t) for t in context_texts or []]
    for t, found in zip(context_texts, details_in_order(context_texts), strict=True):
        wider |= found | relative_dates(t, on) | weekdays_said(t)
    return wider | _score_views(wider)


def _verbs_counted(statement: str) -> frozenset[str]:
    """What a count of times counts, as a noun: "has visited eight times" counts visits, "rang
    three times" calls (the lemma of the word before the number)."""
    ws = words(statement)
    return frozenset(lemma(ws[i - 1]) for i in range(1, len(ws) - 1)
                     if ws[i + 1] in ("times", "time") and ws[i - 1].isalpha())


def _weekday_said(d: Detail, evidence_texts: list[str], on: date | None) -> bool:
    """The minutes give a date ("on 10 March", with its weekday or without), the meeting said that
    weekday alone ("we had a strategy meeting on Monday"), and the date is the nearest such day
    before or after the meeting: the day was said, as people say days near to hand. ("Last Monday",
    "Monday week" and the like are dates of their own, read by relative_dates.)"""
    if on is None or d.unit not in MONTH_UNITS:
        return False
    day = _day_of(d, on)
    if day is None:
        return False
    name = WEEKDAYS[day.weekday()]
    if day not in (most_recent(on, name), soonest(on, name)):
        return False
    bare = re.compile(rf"\b(?<!last )(?<!next )(?<!past )(?<!this )(?<!that )(?<!the )(?<!a )(?<!every )(?<!each )"
                      rf"(?<!week on ){name}\b(?! (?:before|after|week|just|gone|last|next))", re.I)
    # (not in a sentence whose own counted date falls on that weekday: "two weeks today, so the
    # Thursday" is that date, which relative_dates reads)
    return any(bare.search(x) and not any(_weekday_of(e, on) == name for e in relative_dates(x, on))
               for t in evidence_texts for x in SENTENCE_END.split(t))


def _another_weekday(d: Detail, e: Detail, statement: str, evidence_texts: list[str], on: date | None) -> bool:
    """The minutes name the date's weekday ("on Saturday 1 March"), the passage tells of that
    weekday too ("the Saturday night before", "that Saturday"), and the rival date falls on another
    ("the strategy meeting on the 5th", a Wednesday): the rival is another day's, not the minutes'
    day given otherwise. (A weekday said bare, "on Monday", is the one nearest the meeting:
    _weekday_said reads it.)"""
    if on is None or e.unit not in MONTH_UNITS:
        return False
    name, other = _weekday_of(d, on), _weekday_of(e, on)
    if name is None or other is None or other == name:
        return False
    return bool(re.search(rf"\b{name}\b", statement, re.I)) and \
        any(re.search(rf"\b(?:the|that) {name}\b", t, re.I) for t in evidence_texts)


def _weekdays_said_with(d: Detail, texts: list[str]) -> set[str | None]:
    """The day of the week each sentence of the texts that gives the date says it with ("Friday 16
    February", "Monday, the nineteenth of February"), None for a sentence that gives it bare."""
    if d.unit not in MONTH_UNITS:
        return set()
    day = rf"{int(d.value)} (?:st |nd |rd |th )?(?:of )?{d.unit}\b"
    with_weekday = re.compile(rf"\b({'|'.join(WEEKDAYS)}) (?:the )?{day}")
    found: set[str | None] = set()
    for t in texts:
        if d.unit not in t.lower():
            continue
        # (sentence by sentence, and apart at a semicolon: "The letter came on Monday. 19 February is
        # when ..." gives the date no weekday)
        for part in (x for sentence in SENTENCE_END.split(t) for x in sentence.split(";")):
            plain = " ".join(words(part))
            if re.search(rf"\b{day}", plain):
                m = with_weekday.search(plain)
                found.add(m.group(1) if m else None)
    return found


def _on_other_weekdays(named: set[str | None], days: set[str | None]) -> bool:
    """Is a rival date said, in every sentence that gives it in figures or words, with a day of the week
    other than the minutes' one? (Not one worked out from "last Monday", which no sentence writes.)"""
    return bool(days) and None not in days and named.isdisjoint(days)


def _deadline(d: Detail, statement: str) -> bool:
    """Is the date a deadline in the statement: "by 20 March", "before Friday 20 March", "no later
    than 20 March"? A day said before it meets it ("I'll ring tomorrow morning")."""
    # (_BY first: the pattern, made for this date, opens with one of its words; most statements have none)
    return bool(_BY.search(statement)) and bool(re.search(
        rf"\b(?:by|before|no later than|not later than)\s+(?:[a-z]+day,?\s+)?(?:the\s+)?"
        rf"{int(d.value)}(?:st|nd|rd|th)?\s+(?:of\s+)?{d.unit}", statement, re.I))


def _said_as_deadline(e: Detail, evidence_texts: list[str], on: date | None) -> bool:
    """Is the date said as a deadline ("by Friday", "before the 14th") in a sentence that gives it?"""
    return any(_BY.search(x) for t in evidence_texts for x in SENTENCE_END.split(t)
               if e in details(x) | relative_dates(x, on))


_BY = re.compile(r"\b(?:by|before|no later than|not later than)\b", re.I)


def _later(e: Detail, d: Detail) -> bool:
    """Is date e after date d (in the same year, as the minutes' dates near a meeting are)?"""
    return (MONTHS.index(e.unit), e.value) > (MONTHS.index(d.unit), d.value)


_NEAR_DAYS = 14


def _days_apart(d: Detail, e: Detail, on: date | None) -> float:
    """Days between two dates of months (either way round the New Year), near the meeting's year;
    infinite where either is no date or the meeting's day is not known."""
    if on is None or d.unit not in MONTH_UNITS or e.unit not in MONTH_UNITS:
        return float("inf")
    days = [_day_of(d, on), _day_of(e, on)]
    if None in days:
        return float("inf")
    gap = abs((days[0] - days[1]).days)
    return min(gap, abs(gap - 365), abs(gap - 366))


def _day_of(d: Detail, on: date) -> date | None:
    """The calendar day of a date detail ("10 march"), in the year of the meeting."""
    try:
        return date(on.year, MONTHS.index(d.unit) + 1, int(d.value))
    except ValueError:
        return None


def _weekday_of(d: Detail, on: date) -> str | None:
    day = _day_of(d, on)
    return WEEKDAYS[day.weekday()] if day else None


_DOWN_TO = re.compile(r"\b(?:reduc|decreas|lower|cut|drop(?!-in)|bring\w* down)\w*\b[^.;]{0,60}?\bto\b", re.I)
_UP_TO = re.compile(r"\b(?:increas|rais|extend|stepp?\w* up|bring\w* up)\w*\b[^.;]{0,60}?\bto\b", re.I)
_FROM = re.compile(r"\bfrom (?:about |around |roughly )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|once|twice|"
                   r"weekly|daily|monthly|fortnightly|every|most|all)\b", re.I)


def _toward(statement: str) -> int:
    """+1 where the statement raises something to its figure, -1 where it lowers it, 0 otherwise or
    where it also says what from ("from about ten a day to five")."""
    if _FROM.search(statement):
        return 0
    return -1 if _DOWN_TO.search(statement) else 1 if _UP_TO.search(statement) else 0


_DAY_AFTER = re.compile(r"\b(?:the )?(?:next|following) (?:day|morning|afternoon|evening|night)\b|\bthe day after\b")
_DAYS_LATER = re.compile(r"\b(\d+) days? (?:later|after(?:wards)?)\b")


def _days_on(texts: list[str]) -> set[float]:
    """How many days on from a date the speaker counts ("the next morning": 1; "three days later":
    3), so that a date the minutes worked out from theirs is no change."""
    out: set[float] = set()
    for t in texts:
        plain = " ".join(words(t))
        if _DAY_AFTER.search(plain):
            out.add(1.0)
        out |= {float(n) for n in _DAYS_LATER.findall(plain)}
    return out


SPANS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1, "night": 1, "week": 7, "month": 30, "year": 365}
MONTH_UNITS = set(MONTHS)


def _bare_counts_of(d: Detail, statement: str, evidence_texts: list[str],
                    in_order: list[frozenset[Detail]]) -> list[Detail]:
    """A number the meeting left bare that counts the minutes' things: "nine bumps" against "they log
    every bump, and there have been four since January", a sentence that names a bump and gives one
    bare number and no other count. Not a number after a word that makes it a time, a place or a
    label ("at 3", "Room 4"), nor a count of people or a measure (the sentence may name a week or a
    child for another reason)."""
    if d.unit in _NO_THINGS_COUNTED or _ordinal(d, statement):
        return []
    out = []
    for text, found in zip(evidence_texts, in_order, strict=True):
        bare = [e for e in found if e.unit == "n"]
        if len(bare) != 1 or any(e.unit not in _NOT_COUNTS and e.unit != "n" for e in found):
            continue
        if d.unit in lemmas(text) and _bare_in_order(text, found, after_a_preposition=False) == bare:
            out.append(bare[0])
    return out


def _just_one(d: Detail, statement: str, evidence_texts: list[str]) -> list[Detail]:
    """One of the minutes' things, said with "a" or "one" where the minutes count several ("two
    glasses on a Saturday" / "Maybe a glass on a Saturday, that's it"): in a sentence that counts
    none of them otherwise and gives another of the statement's details, or two more of its words
    (the thing alone is said of anything: "She wants to book a visit with the GP too")."""
    if d.value < 2 or d.unit in _NO_THINGS_COUNTED:
        return []
    one = re.compile(rf"\b(?:a|an|one)\s+(?!(?:lot|bit|few|couple|little)\b)(?:[a-z]+\s+)?{re.escape(d.unit)}\b"
                     r"(?!\s+(?:or|and)\b)", re.I)
    keys = keys_of(frozenset(content(lemmas(statement))) - {d.unit})
    others = details(statement) - {d}
    out = []
    for text in evidence_texts:
        for sentence in SENTENCE_END.split(text):
            m = one.search(sentence)
            if not m or any(e.unit == d.unit for e in details(sentence)):
                continue
            shared = sum(1 for w in set(content(lemmas(sentence))) - {d.unit} if key_hit(w, keys))
            if shared >= 2 or any(_same(e, o) for e in details(sentence) for o in others):
                out.append(Detail(1.0, d.unit, m.group(0).lower()))
    return out


def _counting(ws, i: int, after_a_preposition: bool = False) -> bool:
    """Can the bare number at ws[i] be a count of things? Not an ordinal ("the 12th"), a label ("floor
    2", "week 3", "room 4"), one of a whole or people ("one of my visits", "2 of us"), nor part of a
    measure ("2 and a half hours"); nor, unless `after_a_preposition`, a time or a place ("at 3",
    "to 4": a figure's own "from 40 to 12" is read with that allowed)."""
    nxt = tuple(ws[i + 1: i + 4])
    if nxt[:1] and nxt[0] in ("st", "nd", "rd", "th"):
        return False
    if i and (ws[i - 1] == "the" or ws[i - 1] in _LABELLING
              or (ws[i - 1] in _PREPOSITIONS and not after_a_preposition)):
        return False
    # (nor one of a whole, or people: "one of my visits", "2 of us"; "missed two of her appointments" counts)
    one_of = nxt[:1] == ("of",) and (ws[i] == "1" or nxt[1:2] in (("us",), ("them",), ("you",)))
    return not one_of and nxt[:3] != ("and", "a", "half")


def _ordinal(d: Detail, statement: str) -> bool:
    """Was the figure an ordinal ("the first core group", read as one "core"): no count of anything."""
    noun = d.text.split(" ", 1)[-1]
    # (_AN_ORDINAL first: the pattern, made for this noun, opens with it; most statements have none)
    return bool(_AN_ORDINAL.search(statement)) and bool(
        re.search(rf"\b(?:{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th))\s+{re.escape(noun)}\b", statement, re.I))


_AN_ORDINAL = re.compile(rf"\b(?:{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th))\s+", re.I)


def _in_step(d: Detail, statement: str, evidence_texts: list[str], in_order: list[frozenset[Detail]]) -> list[Detail]:
    """Two bare figures, in the minutes and in a sentence of the meeting, in the same order, the
    other one the same: "from 15 in June to 6 last week" against "in June it was fifteen, and last
    week it was nine". The figure kept says what the two are of; the one that differs is changed."""
    mine = _bare_in_order(statement, details(statement))
    if len(mine) != 2 or d not in mine:
        return []
    k = mine.index(d)
    kept = mine[1 - k]
    out = []
    for text, found in zip(evidence_texts, in_order, strict=True):
        theirs = _bare_in_order(text, found)
        if len(theirs) == 2 and theirs[1 - k].value == kept.value and theirs[k].value != d.value:
            out.append(theirs[k])
    return out


def _bare_in_order(text: str, found: frozenset[Detail], after_a_preposition: bool = True) -> list[Detail]:
    """A text's bare numbers that may count things (_counting), in the order it says them (none where
    one is said twice: no order)."""
    bare = {e.text: e for e in found if e.unit == "n"}
    ws = words(text)
    at = [i for i, w in enumerate(ws) if w in bare]
    if len(at) != len(bare):
        return []
    return [bare[ws[i]] for i in at if _counting(ws, i, after_a_preposition)]


# Units that are no things counted (what a bare number cannot be a count of), beyond _NOT_DONE's
_NOT_THINGS = frozenset({"n", "per_week", "time", "share", "score", "money", "clock", "mm", "cm", "kg"})
# ... so no unit the minutes' own count of things can have (what _bare_counts_of and _just_one read)
_NO_THINGS_COUNTED = _NOT_DONE | _NOT_THINGS | MONTH_UNITS
# Details a sentence may give beside a count without counting anything else: when, how often
_NOT_COUNTS = MONTH_UNITS | {"month_alone", "month_part", "day_of_month", "day_part", "habit_day", "per_week",
                             "weekdays", "week", "day", "month", "year"}
# Words before a number that make it a time or a place, or a label, not a count
_PREPOSITIONS = frozenset({"at", "on", "by", "to", "from", "until", "till"})
_LABELLING = frozenset({"room", "number", "no", "page", "year",
                        "aged", "age", "class", "bus", "route", "level", "band", "stage", "step", "flat", "house",
                        "floor", "week", "term", "ward", "bay", "bed", "unit", "phase", "part", "section", "item",
                        "point", "question", "box", "grade", "group", "table", "day", "month", "session", "visit"})


# Weights and lengths in the units people say them in, to one base each (kilograms, centimetres):
# "two kilos" minuted as "two pounds" is the same number in another unit, a slip to report
MEASURES = {"kg": ("mass", 1.0), "pound": ("mass", 0.4536), "cm": ("length", 1.0), "mm": ("length", 0.1)}


def _kind(d: Detail) -> str | None:
    if d.unit in SPANS:
        return "span"
    if d.unit in MONTH_UNITS:
        return "date"
    if d.unit in MEASURES:
        return MEASURES[d.unit][0]
    return None


def _akin_rival(d: Detail, statement: str, evidence_texts: list[str], mine: set[Detail],
                on: date | None = None) -> Detail | None:
    kind = _kind(d)
    if kind is None:
        return None
    clause = next((bag for ds, bag in _clauses(statement) if d in ds), None)
    if clause is None:
        return None
    # a date's clause is often only "available from 4 June": read it with its sentence
    read = clause | frozenset(content(lemmas(statement)))
    keys = keys_of(read)
    best, rival = 0, None
    for text in evidence_texts:
        # (the same number in another unit may be said a clause after its subject: "the download,
        # we're looking at three to four months": its sentence says what it is of)
        sentences = [(details(x) | relative_dates(x, on),
                      sum(1 for w in frozenset(content(lemmas(x))) - _TIME_WORDS
                          if not w[:1].isdigit() and w not in SPANS and key_hit(w, keys)))
                     for x in SENTENCE_END.split(text)]
        for ds, bag in _clauses(text, on):
            shared = sum(1 for w in bag if key_hit(w, keys))
            whole = max((n for said, n in sentences if said & ds), default=0)
            for e in ds:
                if _kind(e) != kind or e.unit == d.unit or any(_same(e, m) for m in mine):
                    continue
                if kind == "span" and _about_as_long(e, d):
                    continue  # "two weeks" and "fourteen days" agree, and "four weeks" and "a month"
                if kind in ("mass", "length") and _about_as_much(e, d):
                    continue  # "a kilo" and "two pounds" agree, as people round
                # Two content words shared say it is the same subject; one will do for the same
                # number in another unit ("two weeks" minuted as "two months"), a slip of the unit
                # (in its clause or its sentence) ... and one for a date when it is the weekday both
                # name ("Friday 25 September" / "Friday just gone"): the day of the week says which
                # day is meant
                weekday = bool(_WEEKDAYS & bag & read) and e.unit in MONTH_UNITS and d.unit in MONTH_UNITS
                got = max(shared, whole) if e.value == d.value else shared
                if got > best and got >= (1 if e.value == d.value or weekday else 2):
                    best, rival = got, e
    return rival


def _score_views(found: set[Detail]) -> set[Detail]:
    """A scaling score said either way: "six for me" is "6 of 10", "four out of ten" a score of 4."""
    return ({Detail(e.value, "score", e.text) for e in found if e.unit == "share" and e.text.endswith(" of 10")}
            | {Detail(e.value, "share", f"{e.text} of 10") for e in found if e.unit == "score"})


def _rate_of(d: Detail, e: Detail) -> bool:
    """Is e the minutes' count said as a rate ("twice" / "twice a week"), or the minutes' rate said
    as a count ("four times a month" / "four times since March")?"""
    return (d.unit == "time" and e.unit == "per_week" and e.text.startswith(d.text + " ")) or (
        d.unit == "per_week" and e.unit == "time" and d.text.startswith(e.text + " ")) or (
        d.unit == "per_week" and e.unit in _EVENTS and e.value == d.value) or (  # "four times a week" / "four incidents"
        d.unit in _EVENTS and e.unit == "per_week" and e.value == d.value)  # ... and the other way round


_EVENTS = {"occasion", "incident", "episode", "call"}  # what is counted as events, as "times" are ("two call-outs")
_COUNTED = _EVENTS | {"time"}


def _about_as_long(a: Detail, b: Detail) -> bool:
    """Two spans in other units that say the same length, as people count ("four weeks" / "a
    month": 28 and 30 days; "a year" / "twelve months"): within a tenth of each other."""
    x, y = a.value * SPANS[a.unit], b.value * SPANS[b.unit]
    return abs(x - y) <= 0.1 * max(x, y)


def _about_as_much(a: Detail, b: Detail) -> bool:
    """Two weights (or lengths) in other units that say about the same: within a tenth."""
    x, y = a.value * MEASURES[a.unit][1], b.value * MEASURES[b.unit][1]
    return abs(x - y) <= 0.1 * max(x, y)


def _same(a: Detail, b: Detail) -> bool:
    # A bare number may be the same figure said without its unit ("it was 88" / "88%"), but not a
    # frequency: "she hasn't missed one" does not say "weekly".
    # "twice" is "on two occasions" (events are counted as times are); "the 14th" is "14 May"
    if _other_half(a, b):
        return False  # seven in the morning is not seven in the evening
    if a.unit == b.unit == "day_part" and a.value != b.value:
        return _shared_hours(DAY_PARTS[a.text], DAY_PARTS[b.text]) >= 2  # "last night at nine" was an evening
    # ... nor a date: "two missing episodes" does not say "2 October"
    return a.value == b.value and (a.unit == b.unit or ("n" in (a.unit, b.unit) and "per_week" not in (a.unit, b.unit)
                                                        and a.unit not in MONTH_UNITS and b.unit not in MONTH_UNITS)
                                   or {a.unit, b.unit} <= _COUNTED or _day_and_date(a, b))


def _said_bare(d: Detail, in_order: list[frozenset[Detail]]) -> bool:
    """Was the minutes' figure said as a bare number ("it was 88" for "88%")? Not where the bare
    number is the whole of a share ("nine of the ten" does not say "ten minutes")."""
    for found in in_order:
        wholes = {f.text.rsplit(" of ", 1)[-1] for f in found if f.unit == "share"}
        if any(e.unit == "n" and e.text not in wholes and _same(d, e) for e in found):
            return True
    return False


def _shared_hours(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How many hours two parts of the day have in common (a part may run past midnight)."""
    def spans(p: tuple[float, float]) -> list[tuple[float, float]]:
        return [p] if p[0] < p[1] else [(p[0], 24.0), (0.0, p[1])]
    return sum(max(0.0, min(e1, e2) - max(s1, s2)) for s1, e1 in spans(a) for s2, e2 in spans(b))


def _other_half(a: Detail, b: Detail) -> bool:
    """Two clock times of the same hour, one said as morning, the other as evening."""
    return a.unit == b.unit == "clock" and bool(_half(a)) and bool(_half(b)) and _half(a) != _half(b)


def _half(d: Detail) -> str | None:
    """'am' or 'pm' where a clock time says which ("7 pm", "eleven at night" as "11 pm")."""
    said = d.text.split()
    return "am" if "am" in said else "pm" if "pm" in said else None


def _outside(d: Detail, e: Detail) -> bool:
    """Is one a clock time and the other a part of the day that no reading of the clock falls in?"""
    if {d.unit, e.unit} != {"clock", "day_part"}:
        return False
    clock, part = (d, e) if d.unit == "clock" else (e, d)
    hour = int(clock.value) % 12 + (clock.value % 1) / 0.6  # 9.30 -> 9.5
    readings = [hour] if "am" in clock.text.split() else [hour + 12] if "pm" in clock.text.split() else [hour, hour + 12]
    start, end = DAY_PARTS[part.text]
    if start < end:
        return all(not start - 1 <= h <= end + 1 for h in readings)
    return all(end + 1 < h < start - 1 for h in readings)


def _day_and_date(a: Detail, b: Detail) -> bool:
    """One is a day of the month said alone ("the 14th"), the other a date ("12 May")."""
    return (a.unit == "day_of_month" and b.unit in MONTH_UNITS) or (b.unit == "day_of_month" and a.unit in MONTH_UNITS)


@lru_cache(maxsize=20000)  # (the passage around a statement is read again for the next statements)
def taken_back(text: str) -> str:
    """The text without the few words a speaker took back at once: "since the eleventh of July — no,
    the fourteenth, sorry" said the fourteenth, not the eleventh."""
    return _TAKEN_BACK.sub(" ", text) if "no" in text.lower() and _NO_THEN_A_STOP.search(text) else text


_TAKEN_BACK = re.compile(r"(?:\b[\w'’]+\s+){0,4}[\w'’]+\s*(?:—|–|--|-|\.\.\.|,)\s*no\s*[,.—–]\s*(?:sorry\s*,?\s+)?"
                         r"(?:i mean\s*,?\s+|it was\s+|it's\s+)?(?=\w)", re.I)
_TAKEN_BACK = Folded(_TAKEN_BACK)  # (asked first in lower case: cue_patterns.Folded)
# (what every match of it holds, looked for first: the pattern tries up to five words at every place)
_NO_THEN_A_STOP = re.compile(r"no\s*[,.—–]", re.I)


@lru_cache(maxsize=20000)  # (as taken_back)
def weekdays_said(text: str) -> frozenset[Detail]:
    """"Wednesday to Saturday" (so many days a week, and those days) and "on a Saturday" (once a week),
    as the minutes' "four nights a week", "weekly" (unit per_week) and "Wednesdays and Fridays". Both
    may also be said of one week only ("she was off Monday to Wednesday", "it happened on a
    Saturday"), so they are read only as agreeing with the minutes, never against them."""
    low = text.lower()
    if "day" not in low:
        return frozenset()
    runs = set()
    for m in _DAY_RUN.finditer(low):
        first = WEEKDAYS.index(m.group(1))
        days = (WEEKDAYS.index(m.group(2)) - first) % 7 + 1
        runs.add(Detail(float(days), "per_week", m.group(0)))
        # ... and the days themselves, as "Mondays, Tuesdays and Wednesdays" lists them (a bit a day)
        runs.add(Detail(weekday_bits((first + k) % 7 for k in range(days)), "weekdays", m.group(0)))
    return frozenset(runs | {Detail(1.0, "per_week", m.group(0)) for m in _ON_A_DAY.finditer(low)})


_DAY_RUN = re.compile(rf"\b{WEEKDAY_WORD} (?:to|till|until|through|-) {WEEKDAY_WORD}\b")
_ON_A_DAY = re.compile(r"\bon a (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


def _agreeing_only(e: Detail) -> bool:
    """Is e a run of days or "on a Saturday" read as a rate or as its days (weekdays_said)? (A run
    read as itself, unit day_run, is compared with the minutes' run.)"""
    return e.unit in ("per_week", "weekdays") and bool(_DAY_RUN.fullmatch(e.text) or _ON_A_DAY.fullmatch(e.text))


# Details that belong to one person or one event among several a meeting speaks of (ages of
# siblings, days of visits): another value is only a rival where its clause is about what the
# statement is about
_OF_SOMEONE = frozenset({"age", "day_of_month", "day_part", "habit_day"})
# (what a count is counted over says nothing of what is counted: "three times this week")
_SPAN_WORDS = frozenset(SPANS) | {"time", "term", "weekend"}


def _of_the_same(d: Detail, e: Detail, counts_of: frozenset[str], statement: str, evidence_texts: list[str],
                 on: date | None) -> bool:
    """Is the rival e a figure of what the minutes' d is of? One of a person's or an event's own
    details must be said of it; a count of other events must be of the same doings ("police
    attended on two occasions" is no answer to "I visited four times")."""
    if d.unit in _OF_SOMEONE or e.unit in _OF_SOMEONE:
        return _on_topic(e, statement, evidence_texts, on)
    return (e.unit == d.unit or e.unit in counts_of or _day_and_date(d, e) or {d.unit, e.unit} <= MONTH_UNITS
            or _on_topic(e, statement, evidence_texts, on, _SPAN_WORDS))


def _on_topic(e: Detail, statement: str, evidence_texts: list[str], on: date | None,
              drop: frozenset[str] = frozenset()) -> bool:
    keys = keys_of(frozenset(content(lemmas(statement))) - _TIME_WORDS - _WEEKDAYS - drop)
    # Read in its sentence ("the lad at the flat, Tyler, he's nineteen"), with two words in common,
    # as for a figure in another unit: a name alone is shared everywhere
    for text in evidence_texts:
        for sentence in SENTENCE_END.split(text):
            if e in details(sentence) | relative_dates(sentence, on):
                bag = frozenset(content(lemmas(sentence))) - _TIME_WORDS - _WEEKDAYS - drop
                if sum(1 for w in bag if key_hit(w, keys)) >= 2:
                    return True
    return False


def _closer_rival(d: Detail, statement: str, evidence_texts: list[str], given: set[Detail],
                  in_order: list[frozenset[Detail]]) -> Detail | None:
    """The minutes' figure was said, but of something else: "Tom will visit Leo every two weeks,
    and see him at nursery once a month" against "will visit Leo monthly". Each figure is read
    with the words of its own clause; a rival whose clause shares clearly more with the minutes'
    clause is what was said of it, unless the minutes give that figure too ("from £1,200 to £900
    through £20 a week": one clause, three figures, each said)."""
    if d.unit == "n":
        return None  # (no rival to a bare number: only a rate (_rate_of) or a figure of its own unit, not
        # "n", is one; so nothing is read: every statement holding a number asked this of its passage)
    # (nor where no clause of the passage gives a figure of its unit, or a rate of it, but the
    # minutes' own: there is no rival, whatever the minutes' clause shares with theirs, so its
    # words are not read; most figures said in a passage are said there alone)
    if not any((_rate_of(d, e) or e.unit == d.unit) and not _same(d, e)
               for text in evidence_texts for ds, _ in _clauses(text) for e in ds):
        return None
    mine = next((bag for ds, bag in _clauses(statement) if d in ds), None)
    if not mine:
        return None
    keys = keys_of(mine)
    best_same, best_rival, rival = 0, 0, None
    counting = None  # the words shared by the last clause that counted what the minutes count
    for text, in_turn in zip(evidence_texts, in_order, strict=True):
        # (figures counted only by what was counted before them: "She's done seven so far.")
        elliptic = {e.value for e in in_turn - details(text) if e.unit == d.unit}
        for ds, bag in _clauses(text):
            shared = sum(1 for w in bag if key_hit(w, keys))
            for e in ds:
                if _same(d, e):
                    # a bare figure after a clause counting the same thing is said of it ("It's
                    # twelve sessions. She's done seven so far."): that clause's words are its words
                    theirs = counting if e.unit == "n" and e.value in elliptic and counting is not None else 0
                    best_same = max(best_same, shared, theirs)
                elif (_rate_of(d, e) or (e.unit == d.unit and d.unit != "n")) and shared > best_rival \
                        and not any(_same(e, m) for m in given):
                    best_rival, rival = shared, e
            if any(e.unit == d.unit for e in ds):
                counting = shared
    return rival if rival is not None and best_rival >= 2 and best_rival > best_same else None


def _superseded(d: Detail, statement: str, evidence_texts: list[str], given: set[Detail]) -> Detail | None:
    """The figure that replaced the minutes' one, where the minutes say it still holds ("continues
    to visit weekly") and every sentence giving it goes on to change it ("I was seeing her weekly,
    and as she's improved I've moved that to every other week"). Not where the minutes give the
    change themselves ("has reduced from every day to once a week")."""
    if not _GOES_ON.search(statement):
        return None
    newer = None
    for text in evidence_texts:
        for sentence in FULL_STOP.split(text):
            parts = _PARTS.split(sentence)
            at = next((k for k, part in enumerate(parts) if any(_same(d, e) for e in details(part))), None)
            if at is None:
                continue
            later = [e for part in parts[at + 1:] if _CHANGED_TO.search(part)
                     for e in details(part) if e.unit == d.unit and e.value != d.value
                     and not any(_same(e, m) for m in given)]
            if not later:
                return None  # (said as it stands somewhere)
            newer = later[-1]
    return newer


_GOES_ON = re.compile(r"\b(?:continues?|continuing|still|remains?|carr(?:y|ies) on)\b", re.I)
# (read only where one of these is: each wording holds one, and most statements hold none)
_GOES_ON = Gated(_GOES_ON, ("continu", "still", "remain", "carry on", "carries on"))
_CHANGED_TO = re.compile(r"\b(?:moved|changed|reduced|increased|dropped|cut|(?:gone|went|stepped|come|came) (?:up|down)|"
                         r"brought (?:it|that|them) (?:up|down)|now)\b", re.I)


_TIME_WORDS = frozenset({"ago", "later", "earlier", "since", "about", "around", "approximately", "roughly", "nearly",
                         "almost", "just", "over", "under", "last", "next", "this", "time"})


_ENDS_ON_TIME = re.compile(r"\b(?:ago|yesterday|today|tonight|last night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*$",
                           re.I)
_WEEKDAYS = frozenset(WEEKDAYS)


# Where a sentence breaks into clauses: punctuation, and "and" between clauses, not inside a number
# ("a hundred and twenty hours"); _PARTS keeps a full stop's sentences whole (they are split first)
_AND = r"(?<!hundred)(?<!thousand)\s+and\s+"
_CLAUSE_BREAK = re.compile(r"[.;!?,]\s+|" + _AND)
_PARTS = re.compile(r"[;,]\s+|" + _AND)


@lru_cache(maxsize=20000)
def _clauses(text: str, on: date | None = None) -> tuple[tuple[frozenset[Detail], frozenset[str]], ...]:
    """Each clause's details (with dates said relative to `on`, the day of the meeting) and content
    words (cached: the same turn is read for many statements)."""
    out = []
    if ", um," in text or ", er," in text or ", erm," in text or ", uh," in text:
        text = FILLER_COMMAS.sub(" ", text)  # as details() reads it: "last Thursday, um, the 14th" is one clause
    parts = _CLAUSE_BREAK.split(text)
    for k, part in enumerate(parts):
        ds = frozenset(details(part) | relative_dates(part, on))
        if ds:
            # (a month named alone stays a word of its clause too: "twice since April" says of what)
            bag = frozenset(content(lemmas(part))) - {w for x in ds if x.unit != "month_alone" for w in lemmas(x.text)}
            if k + 1 < len(parts) and (not bag - _TIME_WORDS or _ENDS_ON_TIME.search(part)):
                # a time said on its own ("and about three weeks ago, he turned up outside"), or
                # closing its clause before a comma ("what I have to bring is that nine days ago, on
                # the Tuesday, a neighbour found ..."), belongs to the clause it opens
                nxt = frozenset(content(lemmas(parts[k + 1])))
                if not nxt - _TIME_WORDS - _WEEKDAYS and k + 2 < len(parts):
                    nxt |= frozenset(content(lemmas(parts[k + 2])))
                bag |= nxt
            elif k and not bag - _TIME_WORDS:
                # ... and one that ends the sentence belongs to the clause before it ("Mason's been
                # with us, um, about fourteen months now"), past any filler
                before = (frozenset(content(lemmas(parts[j]))) for j in range(k - 1, -1, -1))
                bag |= next((x for x in before if x), frozenset())
            out.append((ds, bag))
    return tuple(out)


# ----- one place or service named for another ("at Millbrook Family Hub" / "at Ashdown Children's Centre")

_PLACE_PREPS = ("at", "to", "in", "from")
_PLACE_STOP = frozenset({"last", "next", "this", "that", "on", "for", "since", "until", "about", "around", "and",
                         "but", "so", "because", "where", "when", "which", "who", "after", "before", "by", "of", "to",
                         "at", "in", "from", "with", "every", "each", "once", "twice", "ago", "now", "today", "a"})
# The nouns that name a place or a service: what follows "at" or "to" may be one without a capital
PLACE_NOUNS = frozenset({"service", "centre", "center", "clinic", "hub", "unit", "team", "school", "nursery", "hospital",
                         "programme", "project", "club", "group", "college", "academy", "surgery", "hostel", "refuge",
                         "camhs"})
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d+")
# What a family calls its own ("at Mum's", "to Nan's", "at Auntie's"): a person's home, not a place's name
_KIN = frozenset().union(*HOMELY.values()) | {"auntie", "aunty", "uncle"}
# (the minutes' own list of titles and ranks, and the ranks spelled out as people say them)
_TITLES = frozenset(t.lower() for t in TITLES) | {"sergeant", "inspector"}


def _figure(token: str) -> bool:
    """Does the word give a figure, as words() reads it (a digit among its words)? A word of ASCII
    letters only gives one where it is a number's or an ordinal's (expand makes none of another single
    word): told without opening it, as most words are."""
    if token.isascii() and token.isalpha():
        return token.lower() in _NUMBER_WORDS
    return any(x.isdigit() for x in words(token))


@lru_cache(maxsize=20000)  # (the passage's sentences are read again for statement after statement)
def _place_phrases(text: str, people: frozenset[str] = frozenset()) -> tuple[tuple[frozenset[str], str, tuple[str, ...], str], ...]:
    """(the content words just before, the preposition, the phrase's own words, the phrase as
    written) for each 'words + at|to|in|from + a place or service' of a text: a phrase with a
    capitalised word that names nobody (`people`: the words of attendees' names and initials), or
    ending on a noun of places ("the school counselling service")."""
    out = []
    for sentence in SENTENCE_END.split(text):
        toks = _TOKEN.findall(sentence)
        low = [t.lower() for t in toks]
        for i, w in enumerate(low):
            if w not in _PLACE_PREPS or i == 0:
                continue
            phrase = []
            for t in toks[i + 1: i + 6]:
                if t.lower() in _PLACE_STOP or _figure(t):  # (a figure ends it)
                    break
                phrase.append(t)
            if not phrase:
                continue
            # ("to Mr Bell's home", "to Mrs Jane Bell's": a title and the name after it say whose home,
            # as "to Nan's" does; "to PC Evans", a person)
            titled: set[int] = set()
            for k, t in enumerate(phrase):
                if t.lower().rstrip(".") in _TITLES:
                    titled.add(k)
                    for m in range(k + 1, min(k + 4, len(phrase))):
                        if not phrase[m][:1].isupper():
                            break
                        titled.add(m)
                        if phrase[m].lower().endswith(("'s", "’s")):
                            break
            named = [t for k, t in enumerate(phrase) if k not in titled and (
                     t[0].isupper() and t.lower().split("'")[0] not in people and not t.isupper()
                     and t.lower().split("'")[0] not in _KIN or (t.isupper() and t.lower() in PLACE_NOUNS))]
            own = tuple(content(lemmas(" ".join(phrase))))
            if not own or not (named or own[-1] in PLACE_NOUNS):
                continue
            before = frozenset(content(lemmas(" ".join(low[max(0, i - 4): i]))))
            if not before:  # "I'm in Rochdale now, at my brother's": what it is about comes after
                before = frozenset(content(lemmas(sentence))) - frozenset(own)
            if before:
                out.append((before, w, own, " ".join(phrase)))
    return tuple(out)  # (cached: shared by every caller, so not a list)


def other_place(statement: str, evidence_texts: list[str], said_anywhere,
                people: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(what the minutes say, what was said) where the minutes name a place or service nobody in the
    meeting named, and the passage, after the same words and preposition, named another: "began
    the Freedom Programme at Millbrook Family Hub" / "started the Freedom Programme at Ashdown
    Children's Centre"; "referred her to the school counselling service" / "referred her to CAMHS".
    `said_anywhere(word)`: was the word said anywhere in the meeting."""
    mine = [p for p in _place_phrases(statement, people) if any(not said_anywhere(w) for w in p[2])]
    if not mine:
        return None
    for before, prep, own, written in mine:
        keys = keys_of(before)
        for text in evidence_texts:
            for b2, p2, own2, written2 in _place_phrases(text, people):
                if p2 == prep and any(key_hit(w, keys) for w in b2) and not keys_of(frozenset(own)) & set(own2):
                    return written, written2
    return None


# ----- one room, or one kind of setting, named for another ("in the bedroom" / "in the kitchen";
# "at home" / "at the park")

# The rooms and parts of a home, and the settings a thing happens in. One of a kind against
# another of the same kind is a changed detail; a room against a setting is not ("in the kitchen"
# is at home). Words for the same one are one ("house", "flat": home; "living room": lounge).
_ROOMS = {"kitchen": "kitchen", "bedroom": "bedroom", "lounge": "lounge", "living room": "lounge",
          "sitting room": "lounge", "front room": "lounge", "bathroom": "bathroom", "toilet": "bathroom",
          "hallway": "hallway", "hall": "hallway", "landing": "landing", "garden": "garden", "yard": "garden",
          "garage": "garage", "loft": "loft", "attic": "loft", "cellar": "cellar", "stairs": "stairs"}
_SETTINGS = {"home": "home", "house": "home", "flat": "home", "park": "park", "playground": "park", "street": "street",
             "road": "street", "car park": "car park", "shop": "shop", "shops": "shop", "supermarket": "shop", "pub": "pub",
             "car": "car", "bus": "bus", "beach": "beach", "school": "school", "nursery": "nursery"}
_SETTING = re.compile(r"\b(?:at|in|into|inside|outside|to|from) (?:(?:the|his|her|their|my|our|your|[a-z]+['’]s) ){0,2}"
                      r"(?:family |own |back |little |big |new |old )?(" + "|".join(sorted({*_ROOMS, *_SETTINGS}, key=len,
                                                                                          reverse=True)) + r")\b", re.I)


# Looser words for one of them, which name it too though they are no rival to another ("Poppy's
# room", "next to mum's bed"; "on the settee"; "at ours")
_LOOSELY = {"bedroom": ("room", "bed", "cot"), "lounge": ("settee", "sofa", "couch"), "home": ("ours", "mine")}
# A clause that puts a place aside: denied ("he won't sleep in the bedroom"), added or of another
# time ("at school too", "fallen before at nursery", "in the day she sleeps in the lounge")
_ASIDE = re.compile(r"n['’]t\b|\b(?:not|never|too|also|as well|before|another|previously|last time|in the day|"
                    r"during the day|daytime|sometimes|again|later|afterwards)\b", re.I)
# (and a home named as someone's: "at my mum's", "round at Dean's")
_SOMEONES = re.compile(r"\b(?:at|to|round|from) (?:my |his |her |their |our |your )?[a-z]+['’]s\b(?! \w+ing)", re.I)
_CLAUSE_END = re.compile(r"[,;:.!?]|\b(?:but|and|while|whereas)\b", re.I)


def _settings(text: str, rivals: bool = False) -> list[tuple[str, str, frozenset[str], str]]:
    """(kind, which, the content words of the few before it, as written) for each room or setting
    a text names after "at", "in", "to" and the like; as `rivals`, not one its clause puts aside."""
    out = []
    for m in _SETTING.finditer(text):
        if rivals:
            start = max((c.end() for c in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
            end = next((c.start() for c in _CLAUSE_END.finditer(text, m.end())), len(text))
            if _ASIDE.search(text[start:end]):
                continue
        noun = m.group(1).lower()
        kind, which = ("room", _ROOMS[noun]) if noun in _ROOMS else ("setting", _SETTINGS[noun])
        before = frozenset(content(lemmas(" ".join(text[: m.start()].split()[-4:]))))
        out.append((kind, which, before, m.group(0)))
    return out


def other_setting(statement: str, evidence_texts: list[str]) -> tuple[str, str] | None:
    """(what the minutes say, what was said) where the minutes put a thing in one room or setting
    and the passage, after one of the same words, in another of its kind, naming the minutes' one
    nowhere: "sleeps in the children's bedroom" / "he sleeps in the kitchen"; "shouted at her at
    home" / "shouted at her at the park". Not a room against a setting: the kitchen is at home."""
    mine = _settings(statement)
    # (the minutes' one named at all, after a preposition or not, or loosely: "in the garden, or the
    # kitchen"; "Poppy's room")
    named = {m[1] for m in mine}
    words = [w for w, which in (*_ROOMS.items(), *_SETTINGS.items()) if which in named] + \
        [w for which in named for w in _LOOSELY.get(which, ())]
    if not mine or any(re.search(rf"\b{word}\b", text, re.I) for text in evidence_texts for word in words) \
            or ("home" in named and any(_SOMEONES.search(text) for text in evidence_texts)):
        return None
    rivals = [r for text in evidence_texts for r in _settings(text, rivals=True)]  # (read once, not per place)
    for kind, which, before, written in mine:
        keys = keys_of(before)
        for kind2, which2, before2, written2 in rivals:
            if kind2 == kind and which2 != which and any(key_hit(w, keys) for w in before2):
                return written, written2
    return None
