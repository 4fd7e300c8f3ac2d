"""What writing one letter gave: the file, or why it was not written; and the dates it cites."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.deadlines import Due


@dataclass
class Outcome:
    kind: str  # a key of app.cases.store.LETTERS
    path: Path | None
    reason: str = ""  # when path is None: why, and what to do
    dates: list[Due] = field(default_factory=list)  # every computed date the letter cites, with its rule
