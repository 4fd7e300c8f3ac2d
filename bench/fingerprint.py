"""A fingerprint of the comparer's output on every development conference (script mode).

    .venv/bin/python bench/fingerprint.py            # one line per conference: sha256 of findings JSON

A refactor must leave every line unchanged; run it before and after and diff the two outputs. The
output is also the check that the comparer does not depend on PYTHONHASHSEED (run it under two seeds).
"""

from __future__ import annotations

import hashlib
import json

from common import SHARED, need_shared

from app.compare import turns as turns_mod
from app.compare.comparer import compare
from app.minutes.importer import read_minutes


def main() -> None:
    need_shared()
    for folder in sorted(p for p in (SHARED / "conferences").iterdir() if (p / "script.txt").exists()):
        minutes = read_minutes(folder / "minutes.docx")
        turns = turns_mod.from_text((folder / "script.txt").read_text())
        data = compare(minutes, turns).to_json("minutes.docx", "script")
        text = json.dumps(data, sort_keys=True, ensure_ascii=False)
        print(folder.name, hashlib.sha256(text.encode()).hexdigest()[:16], len(data["findings"]))


if __name__ == "__main__":
    main()
