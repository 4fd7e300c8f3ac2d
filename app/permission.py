"""The chair's answer to "may I record?", and the friend's notes when the answer is no.

The answer is one line in events.jsonl: {"event": "recording_permission", "answer": "agreed" |
"refused" | "not_asked", "words": "..."} (the fairness checks read it; the latest line counts).
When recording is refused the notes still need a clock: the parent starts it on the conference
screen ({"event": "notes_clock_started"}), and each note's `t` is then the seconds since that
moment, measured on the wall clock so that it carries on after the app is closed and reopened.
"""

from __future__ import annotations

from datetime import datetime

from app.session import Session

ANSWERS = {
    "agreed": "The chair agreed to the recording",
    "refused": "The chair refused the recording",
    "not_asked": "The chair was not asked",
}

# What a parent can still do without a recording, in the words the screen shows.
IF_REFUSED = [
    "Your friend's notes carry on, each with its time: press “Start the notes clock” when the conference begins.",
    "Ask for the minutes and for every report read out, in writing, at the end of the conference.",
    "Write your own summary of what was said the same day, while you remember it.",
]


def log_permission(session: Session, answer: str, words: str = "") -> dict:
    """Log the chair's answer as a timed event; the latest one is the answer that counts."""
    if answer not in ANSWERS:
        raise ValueError(f"unknown answer {answer!r}; choose one of {', '.join(ANSWERS)}")
    return session.log_event("recording_permission", answer=answer, words=words.strip())


def permission(session: Session) -> dict | None:
    """The latest recording_permission event, or None when nothing was logged."""
    latest = None
    for e in session.events.read():
        if e.get("event") == "recording_permission":
            latest = e
    return latest


def start_notes_clock(session: Session) -> datetime:
    """Start the clock the notes are timed on when there is no recording (once per conference)."""
    started = notes_clock_start(session)
    if started is not None:
        return started
    return datetime.fromisoformat(session.log_event("notes_clock_started", reason="no recording")["wall"])


def notes_clock_start(session: Session) -> datetime | None:
    for e in session.events.read():
        if e.get("event") == "notes_clock_started":
            try:
                return datetime.fromisoformat(e["wall"])
            except (KeyError, TypeError, ValueError):
                continue
    return None


def seconds_since(start: datetime) -> float:
    return max(0.0, (datetime.now().astimezone() - start).total_seconds())
