"""Changed details: the minutes give a number, date, duration or frequency that the meeting gave
differently ("82%" where the headteacher said "ninety-two percent"; "monthly" for "every two weeks")."""

from __future__ import annotations

from app.compare.text import Detail, details


def conflicts(statement: str, evidence_texts: list[str],
              context_texts: list[str] | None = None) -> list[tuple[Detail, Detail]]:
    """(what the minutes say, what was said) for each detail the evidence gives differently.

    A detail only conflicts when the evidence speaks of the same kind of thing (the same unit:
    percent, weeks, a date in May, visits a week) with another value, and never gives the minutes'
    value itself: a number the meeting simply did not mention is no evidence of a change."""
    said: set[Detail] = set()
    for t in evidence_texts:
        said |= details(t)
    wider: set[Detail] = set()
    for t in context_texts or []:
        wider |= details(t)
    out = []
    for d in sorted(details(statement), key=lambda d: (d.unit, d.value, d.text)):
        if any(_same(d, e) for e in said) or any(d == e or (d.value == e.value and d.unit == e.unit) for e in wider):
            continue  # the minutes' own figure was said, here or (of the same kind) just around it
        rivals = [e for e in said if e.unit == d.unit and e.value != d.value and d.unit != "n"]
        if d.unit == "per_week":
            rivals = [e for e in said if e.unit == "per_week" and e.value != d.value]
        # A rival the minutes themselves give elsewhere in the statement ("weekly ..., and the
        # Social Worker every two weeks") is the other half of the statement, not a change.
        rivals = [e for e in rivals if not any(_same(e, m) for m in details(statement))]
        if rivals:
            out.append((d, min(rivals, key=lambda e: (abs(e.value - d.value), e.value, e.text))))
    return out


def _same(a: Detail, b: Detail) -> bool:
    return a.value == b.value and (a.unit == b.unit or "n" in (a.unit, b.unit))
