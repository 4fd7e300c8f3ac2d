"""The friend's timestamped notes, kept append-only in notes.jsonl.

Each line is {id, t, wall, author, tag, text, supersedes}. An edit is a new line whose `supersedes`
names the id it replaces; a deletion is a new line with `deleted: true`. Nothing is ever rewritten,
so the history of what the friend wrote, and when, stays provable.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from app.clock import now_iso
from app.safefile import Journal

# Quick tags, in the order of their shortcut keys (Ctrl+1 .. Ctrl+6 in the app).
TAGS = {
    "inaccurate": "Inaccurate",
    "not_heard": "Not allowed to speak",
    "decision": "Decision",
    "action": "Action",
    "important": "Important",
    "bookmark": "Bookmark",
}


@dataclass
class Note:
    id: str
    t: float  # seconds into the recording
    wall: str  # wall-clock time the note was started
    author: str
    tag: str | None
    text: str
    supersedes: str | None = None
    deleted: bool = False

    @property
    def tag_label(self) -> str:
        return TAGS.get(self.tag or "", "")

    def to_json(self) -> dict:
        d = {"id": self.id, "t": round(self.t, 3), "wall": self.wall, "author": self.author,
             "tag": self.tag, "text": self.text, "supersedes": self.supersedes}
        if self.deleted:
            d["deleted"] = True
        return d

    @classmethod
    def from_json(cls, d: dict) -> Note:
        return cls(id=str(d.get("id", "")), t=float(d.get("t") or 0.0), wall=str(d.get("wall", "")),
                   author=str(d.get("author") or ""), tag=d.get("tag") or None, text=str(d.get("text") or ""),
                   supersedes=d.get("supersedes") or None, deleted=bool(d.get("deleted", False)))


def _new_id() -> str:
    return "n" + secrets.token_hex(4)


class Notes:
    def __init__(self, path: Path):
        self.journal = Journal(path)

    def add(self, t: float, text: str = "", tag: str | None = None, author: str = "", wall: str | None = None) -> Note:
        if tag is not None and tag not in TAGS:
            raise ValueError(f"unknown tag {tag!r}; choose one of {', '.join(TAGS)}")
        note = Note(id=_new_id(), t=max(0.0, float(t)), wall=wall or now_iso(), author=author, tag=tag,
                    text=text.strip())
        self.journal.append(note.to_json())
        return note

    def edit(self, note_id: str, text: str | None = None, tag: str | None = ..., t: float | None = None) -> Note:
        """Record a new version of a note; the old line stays in the file."""
        old = self._current_by_id().get(note_id)
        if old is None:
            raise KeyError(f"no note {note_id}")
        new_tag = old.tag if tag is ... else tag
        if new_tag is not None and new_tag not in TAGS:
            raise ValueError(f"unknown tag {new_tag!r}")
        note = Note(id=_new_id(), t=old.t if t is None else float(t), wall=now_iso(), author=old.author,
                    tag=new_tag, text=old.text if text is None else text.strip(), supersedes=note_id)
        self.journal.append(note.to_json())
        return note

    def delete(self, note_id: str) -> None:
        old = self._current_by_id().get(note_id)
        if old is None:
            raise KeyError(f"no note {note_id}")
        tomb = Note(id=_new_id(), t=old.t, wall=now_iso(), author=old.author, tag=old.tag, text="",
                    supersedes=note_id, deleted=True)
        self.journal.append(tomb.to_json())

    def history(self, warnings: list[str] | None = None) -> list[Note]:
        """Every line ever written, in the order written."""
        return [Note.from_json(d) for d in self.journal.read(warnings)]

    def current(self, warnings: list[str] | None = None) -> list[Note]:
        """The notes as they stand now (latest versions, deletions applied), in recording order."""
        return sorted(self._current_by_id(warnings).values(), key=lambda n: (n.t, n.wall))

    def _current_by_id(self, warnings: list[str] | None = None) -> dict[str, Note]:
        live: dict[str, Note] = {}
        for note in self.history(warnings):
            if note.supersedes:
                live.pop(note.supersedes, None)
            if not note.deleted:
                live[note.id] = note
        return live
