"""Make tests/data from the shared test data beside the checkout, so that a clone with nothing beside
it runs the whole suite.

    .venv/bin/python scripts/make_test_data.py [--shared ../shared/data]

What it copies (only material written for this project, see ../shared/data/README.md):
- every scripted conference's text files (script, minutes in each format, answer keys) into
  tests/data/conferences/<name>/;
- a few short excerpts of the conferences' audio (FLAC, 16 kHz mono), cut in the silence between
  turns, into tests/data/excerpts/<name>.flac, each with <name>.json: where it was cut from and
  the turns inside it (times relative to the excerpt), whose text is the excerpt's reference.

Nothing from speech/ or minutes-real/ (other people's material, with their own licences): those
feed the benches only. Running it again rewrites the same files.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import soundfile as sf

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data"
TEXT_FILES = ("script.txt", "minutes.txt", "minutes.docx", "minutes.pdf", "gold.json", "turns.json",
              "procedure.json")

# name: (conference, first script line, last script line)
EXCERPTS = {
    # 19 s, three speakers, clear voices: word times and a low word error rate; fed to the virtual mic.
    "dev-b-lines-29-31": ("dev-b", 29, 31),
    # 38 s, five speakers, some harder accents (tiny.en gets about a quarter of the words wrong).
    "dev-a-lines-18-22": ("dev-a", 18, 22),
}
EDGE = 0.3  # seconds kept before the first turn of a recording or after its last


def copy_conferences(shared: Path) -> list[Path]:
    written = []
    for folder in sorted(p for p in (shared / "conferences").iterdir() if p.is_dir()):
        dest = OUT / "conferences" / folder.name
        dest.mkdir(parents=True, exist_ok=True)
        for name in TEXT_FILES:
            if (folder / name).exists():
                shutil.copyfile(folder / name, dest / name)
                written.append(dest / name)
    return written


def cut_excerpt(shared: Path, name: str, conference: str, first: int, last: int) -> list[Path]:
    folder = shared / "conferences" / conference
    turns = json.loads((folder / "turns.json").read_text())
    by_line = {t["line"]: t for t in turns}
    inside = [by_line[n] for n in range(first, last + 1)]
    info = sf.info(str(folder / "audio.flac"))
    # Cut half-way through the silence either side, so no turn outside the excerpt is clipped in.
    start = (by_line[first - 1]["end"] + inside[0]["start"]) / 2 if first - 1 in by_line else \
        max(0.0, inside[0]["start"] - EDGE)
    end = (inside[-1]["end"] + by_line[last + 1]["start"]) / 2 if last + 1 in by_line else \
        min(info.duration, inside[-1]["end"] + EDGE)
    first_frame, last_frame = round(start * info.samplerate), round(end * info.samplerate)
    audio, rate = sf.read(str(folder / "audio.flac"), start=first_frame, stop=last_frame, dtype="int16")
    if audio.ndim > 1:
        audio = audio.mean(axis=1).astype("int16")
    if rate != 16000:
        sys.exit(f"{folder / 'audio.flac'} is {rate} Hz; the excerpts are kept at 16 kHz as the conferences are")
    dest = OUT / "excerpts"
    dest.mkdir(parents=True, exist_ok=True)
    flac = dest / f"{name}.flac"
    sf.write(str(flac), audio, rate, format="FLAC", subtype="PCM_16")
    offset = first_frame / rate
    meta = {
        "source": f"conferences/{conference}/audio.flac",
        "from": round(offset, 3),
        "to": round(last_frame / rate, 3),
        "duration": round(len(audio) / rate, 3),
        "reference": " ".join(t["text"] for t in inside),
        "turns": [{**t, "start": round(t["start"] - offset, 3), "end": round(t["end"] - offset, 3)} for t in inside],
    }
    meta_path = dest / f"{name}.json"
    meta_path.write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n")
    return [flac, meta_path]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    if not (args.shared / "conferences").is_dir():
        sys.exit(f"No conferences in {args.shared}: tests/data is made from the shared test data beside the checkout.")
    written = copy_conferences(args.shared)
    for name, (conference, first, last) in EXCERPTS.items():
        written += cut_excerpt(args.shared, name, conference, first, last)
    total = sum(p.stat().st_size for p in written)
    print(f"{len(written)} files, {total / 1e6:.2f} MB in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
