"""Header claims: what the top of the minutes states about the conference itself ("Child: Leo
Hart (age 4)", "Apologies: Dr Ann Lee", "Category: neglect").

Nobody reads the header out in a meeting, so a header detail nobody mentions is never "not said".
It is a finding only when the recording conflicts with it: a person listed as not there who speaks,
a child's age said differently, a category named differently.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.clock import clock
from app.compare.findings import Finding
from app.compare.text import words
from app.compare.turns import Turn
from app.minutes.people import TITLE_PATTERN

_TITLE = TITLE_PATTERN
_NAME = re.compile(rf"{_TITLE}?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+|{_TITLE}[A-Z][a-z'’-]+")
CATEGORIES = ("neglect", "emotional abuse", "physical abuse", "sexual abuse")


def check(text: str, kind: str, turns: list[Turn], speakers_known: bool) -> Finding | None:
    """The finding a header claim gives against the recording, or None when nothing conflicts."""
    if kind == "absent":
        return _absent_but_spoke(text, turns) if speakers_known else None
    if kind == "child":
        return _age_said_differently(text, turns)
    if kind == "category":
        return _category_said_differently(text, turns)
    return None  # "reason": context for the reader, not something to check


# Words that make a capitalised phrase a role, service or place rather than a person's name.
_NOT_NAMES = re.compile(r"\b(worker|visitor|school|surgery|team|council|service|services|police|health|care|manager|"
                        r"officer|nurse|teacher|primary|academy|centre|center|lead|chair|practice|trust|hospital|"
                        r"unit|house|road|street|social|children|family|nursery|college|housing)\b", re.I)


def names_listed(text: str) -> list[str]:
    """'Apologies: Dr Ann Lee, GP; Tom Reyes (school)' -> ['Dr Ann Lee', 'Tom Reyes']."""
    value = text.split(":", 1)[1] if ":" in text else text
    value = re.sub(r"\([^)]*\)", " ", value)
    return [m.group(0) for m in _NAME.finditer(value) if not _NOT_NAMES.search(m.group(0))]


def _absent_but_spoke(text: str, turns: list[Turn]) -> Finding | None:
    for name in names_listed(text):
        parts = re.sub(_TITLE, "", name).split()
        surname = parts[-1].lower()
        for t in turns:
            label = (t.speaker or "").lower()
            if re.search(rf"\b{re.escape(surname)}\b", label) and (len(parts) < 2 or parts[0].lower() in label
                                                                   or "(" not in label):
                return Finding("", "contradicted", text, [t.evidence()], 0.7,
                               f"The minutes list {name} as not present, but {name} speaks in the recording at "
                               f"{clock(t.start)}.", section="", speaker=None)
    return None


# "Leo is four years old", "Mia turned 3", "Kai, aged 10": an age needs its unit or a word that says
# it is one ("Kai is 71 percent" is not).
_AGE_SAID = re.compile(r"\b(?P<name>[a-z]+) (?:(?:is|was|s|who is) (?:now |only |just |nearly |almost )?"
                       r"(?P<n>\d{1,2}) (?P<unit>years?|months?|weeks?) old"
                       r"|(?:turned|turns|has turned|aged|age) (?P<n2>\d{1,2})(?: (?P<unit2>years?|months?|weeks?))?)\b")


def ages_listed(text: str) -> dict[str, tuple[int, str]]:
    """'Children: Kai Doyle (10), Mia Doyle (8 months)' -> {'kai': (10, 'year'), 'mia': (8, 'month')}."""
    out = {}
    value = text.split(":", 1)[1] if ":" in text else text
    for m in re.finditer(r"([A-Z][a-z'’-]+)[^(;,]*\((?:aged?\s*)?(\d{1,2})\s*(years?|months?|weeks?)?[^)]*\)", value):
        out[m.group(1).lower()] = (int(m.group(2)), (m.group(3) or "year").rstrip("s"))
    return out


def _age_said_differently(text: str, turns: list[Turn]) -> Finding | None:
    listed = ages_listed(text)
    if not listed:
        return None
    for t in turns:
        said = _plain(t.text)
        # (the pattern needs "old", "turn" or "age", and a listed name: most turns have neither)
        if not ("old" in said or "turn" in said or "age" in said) or not any(name in said for name in listed):
            continue
        for m in _AGE_SAID.finditer(said):
            name = m.group("name")
            if name not in listed:
                continue
            value, unit = listed[name]
            n, said_unit = (m.group("n"), m.group("unit")) if m.group("n") else (m.group("n2"), m.group("unit2"))
            if said_unit is None and unit != "year":
                continue  # "Mia turned 8" against "(8 months)": a bare number is no age in months
            said_unit = (said_unit or "year").rstrip("s")
            if said_unit == unit and int(n) != value:
                age = f"{value} {unit}{'s' if value != 1 else ''}"
                return Finding("", "changed_detail", text, [t.evidence()], 0.6,
                               f"The minutes give {name.title()}'s age as {age}; at {clock(t.start)} the meeting "
                               f"said {n} {said_unit}s.", section="", speaker=None)
    return None


@lru_cache(maxsize=20000)  # (every turn is read so for each age the header lists)
def _plain(text: str) -> str:
    return " ".join(words(text))


def _category_said_differently(text: str, turns: list[Turn]) -> Finding | None:
    value = text.split(":", 1)[1].lower() if ":" in text else text.lower()
    listed = {c for c in CATEGORIES if c in value}
    if not listed:
        return None
    said: dict[str, Turn] = {}
    for t in turns:
        low = t.text.lower()
        if "category" in low:
            for c in CATEGORIES:
                if c in low:
                    said.setdefault(c, t)
    if said and not listed & set(said):
        c, t = next(iter(said.items()))
        return Finding("", "contradicted", text, [t.evidence()], 0.6,
                       f"The minutes give the category as {', '.join(sorted(listed))}; the meeting spoke of the "
                       f"category of {c} at {clock(t.start)} and never of {', '.join(sorted(listed))}.",
                       section="", speaker=None)
    return None
