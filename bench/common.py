"""Helpers shared by the bench scripts."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))

_NUM = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
        "eight": "8", "nine": "9", "ten": "10"}


def normalise(text: str) -> str:
    """Lower case, no punctuation (the test data README's rule), hyphens as spaces, small numbers as digits."""
    text = text.lower().replace("-", " ").replace("_", "")
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    return " ".join(_NUM.get(w, w) for w in text.split())


def need_shared() -> None:
    if not SHARED.is_dir():
        sys.exit(f"The shared test data is not at {SHARED}; these figures need it.")
