"""The friend's speaker marks ("this person is speaking from now"), append-only in speakers.jsonl.

Each line is {id, t, wall, name, supersedes}; `t` is seconds into the recording. Like the notes,
nothing is rewritten: a correction is a new line whose `supersedes` names the mark it replaces,
and a removal is a new line with `deleted: true`. The marks say who spoke from `t` until the next
mark; the transcript's turns take their names from them (app/transcription/voices.py).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from app.clock import now_iso
from app.safefile import Journal

FILE_NAME = "speakers.jsonl"


@dataclass
class SpeakerMark:
    id: str
    t: float  # seconds into the recording
    wall: str  # wall-clock time of the key press
    name: str
    supersedes: str | None = None
    deleted: bool = False

    def to_json(self) -> dict:
        d = {"id": self.id, "t": round(self.t, 3), "wall": self.wall, "name": self.name,
             "supersedes": self.supersedes}
        if self.deleted:
            d["deleted"] = True
        return d

    @classmethod
    def from_json(cls, d: dict) -> SpeakerMark:
        return cls(id=str(d.get("id", "")), t=float(d.get("t") or 0.0), wall=str(d.get("wall", "")),
                   name=str(d.get("name") or "").strip(), supersedes=d.get("supersedes") or None,
                   deleted=bool(d.get("deleted", False)))


def _new_id() -> str:
    return "s" + secrets.token_hex(4)


class SpeakerMarks:
    def __init__(self, path: Path):
        self.journal = Journal(Path(path))

    @property
    def path(self) -> Path:
        return self.journal.path

    def add(self, t: float, name: str, wall: str | None = None) -> SpeakerMark:
        """One key press: `name` speaks from `t`. Returns once the line is on disk (fsynced)."""
        name = " ".join(str(name).split())
        if not name:
            raise ValueError("a speaker mark needs a name")
        mark = SpeakerMark(id=_new_id(), t=max(0.0, float(t)), wall=wall or now_iso(), name=name)
        self.journal.append(mark.to_json())
        return mark

    def edit(self, mark_id: str, name: str | None = None, t: float | None = None) -> SpeakerMark:
        """A corrected mark (another name, or another time); the old line stays in the file."""
        old = self._current_by_id().get(mark_id)
        if old is None:
            raise KeyError(f"no speaker mark {mark_id}")
        new_name = old.name if name is None else " ".join(str(name).split())
        if not new_name:
            raise ValueError("a speaker mark needs a name")
        mark = SpeakerMark(id=_new_id(), t=old.t if t is None else max(0.0, float(t)), wall=now_iso(),
                           name=new_name, supersedes=mark_id)
        self.journal.append(mark.to_json())
        return mark

    def delete(self, mark_id: str) -> None:
        old = self._current_by_id().get(mark_id)
        if old is None:
            raise KeyError(f"no speaker mark {mark_id}")
        self.journal.append(SpeakerMark(id=_new_id(), t=old.t, wall=now_iso(), name=old.name,
                                        supersedes=mark_id, deleted=True).to_json())

    def history(self, warnings: list[str] | None = None) -> list[SpeakerMark]:
        """Every line ever written, in the order written."""
        return [SpeakerMark.from_json(d) for d in self.journal.read(warnings)]

    def current(self, warnings: list[str] | None = None) -> list[SpeakerMark]:
        """The marks as they stand now (corrections and removals applied), in recording order."""
        return sorted(self._current_by_id(warnings).values(), key=lambda m: (m.t, m.wall))

    def speaker_at(self, t: float) -> str | None:
        """The name of the latest mark at or before `t`, or None before the first mark."""
        return speaker_at(self.current(), t)

    def _current_by_id(self, warnings: list[str] | None = None) -> dict[str, SpeakerMark]:
        live: dict[str, SpeakerMark] = {}
        for mark in self.history(warnings):
            if mark.supersedes:
                live.pop(mark.supersedes, None)
            if not mark.deleted and mark.name:
                live[mark.id] = mark
        return live


def speaker_label(name: str, role: str = "") -> str:
    """The speaker a mark names, in the transcript's own style: "Chair (Ann Patel)", or the name
    (or the role) alone; the comparer reads speakers in this form (app/minutes/people.py)."""
    name, role = name.strip(), role.strip()
    return f"{role} ({name})" if role and name else (name or role)


def speaker_at(marks: list[SpeakerMark], t: float) -> str | None:
    name = None
    for m in marks:  # sorted by time
        if m.t > t:
            break
        name = m.name
    return name


def read_marks(path: Path, warnings: list[str] | None = None) -> list[SpeakerMark]:
    """The current marks of a speakers.jsonl file (for `transcribe --marks FILE`)."""
    return SpeakerMarks(path).current(warnings)


LAG = 2.0  # seconds: a friend presses the key up to about 2 s after the new voice starts


def name_for(marks: list[SpeakerMark], start: float, end: float) -> str | None:
    """The name for speech from `start` to `end` from the marks alone: the latest mark pressed
    before it, allowing for the press coming a little after the voice starts."""
    return speaker_at(marks, min(end, start + LAG))
