"""Peak memory and time of the commands a parent runs on big inputs.

    .venv/bin/python bench/memory.py [--hours 0.5 3] [--skip-transcribe]

Prints, each measured in a fresh process (peak resident memory from getrusage):
- `transcribe` of a generated recording of each length (silence with a 38 s speech excerpt from
  tests/data every five minutes), target <= 600 MB whatever the length;
- reading a 300 MB zip bomb disguised as .docx, target <= 300 MB and refused in <= 1 s;
- reading 2 MB of minutes text with a long attendee list, target <= 5 s;
- reading a 60 KB .docx of 200,000 one-line paragraphs (over 3 minutes before styles were cached).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parent.parent
EXCERPT = ROOT / "tests" / "data" / "excerpts" / "dev-a-lines-18-22.flac"

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
t = time.perf_counter()
ok = True
try:
{body}
except Exception as e:
    ok = str(e)[:160]
took = time.perf_counter() - t
print(json.dumps({{"peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "seconds": took, "ok": ok}}))
"""


def measure(body: str) -> dict:
    code = CHILD.format(root=str(ROOT), body="\n".join("    " + line for line in body.strip().splitlines()))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def make_recording(path: Path, hours: float) -> None:
    speech, rate = sf.read(str(EXCERPT), dtype="int16")
    every = 300 * rate
    total = int(hours * 3600 * rate)
    with sf.SoundFile(str(path), "w", rate, 1, "PCM_16", format="FLAC") as f:
        done = 0
        while done < total:
            block = np.zeros(min(every, total - done), np.int16)
            n = min(len(speech), block.size)
            block[:n] = speech[:n]
            f.write(block)
            done += block.size


def make_bomb(path: Path, megabytes: int = 300) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            for _ in range(megabytes):
                f.write(b"\0" * (1 << 20))


def make_long_minutes(path: Path, size: int = 2_000_000) -> None:
    first = ["Alex", "Sam", "Jo", "Chris", "Pat", "Robin", "Morgan", "Casey", "Jamie", "Drew"]
    last = ["Hart", "Lowe", "Pike", "Reed", "Shaw", "Voss", "Wynn", "Yates", "Dunn", "Frost"]
    people = [f"{a} {b}{i}" for i, (a, b) in enumerate((a, b) for a in first for b in last)]
    lines = ["Minutes of the review meeting", "", "Present:"]
    lines += [f"{p}, Officer" for p in people]
    lines += ["", "Discussion"]
    i = 0
    while sum(len(line) + 1 for line in lines) < size:
        p = people[i % len(people)]
        lines.append(f"{p} said the visit on day {i} went well and the next one is booked for the week after.")
        i += 1
    path.write_text("\n".join(lines), encoding="utf-8")


def make_many_paragraphs(path: Path, n: int = 200_000) -> None:
    """A small .docx (about 60 KB) of n one-line paragraphs: a document built to be slow to read."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>Item {i % 50}.</w:t></w:r></w:p>" for i in range(n))
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
             'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
             '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
             'document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}"><w:body>'
                   f"{body}</w:body></w:document>")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hours", type=float, nargs="*", default=[0.5, 3.0])
    ap.add_argument("--skip-transcribe", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if not args.skip_transcribe:
            for hours in args.hours:
                audio = tmp / f"rec-{hours}h.flac"
                make_recording(audio, hours)
                r = measure(f"from app.transcription.transcriber import transcribe_file\n"
                            f"transcribe_file({str(audio)!r})")
                print(f"transcribe {hours:4.1f} h: peak {r['peak_mb']:6.0f} MB (target <= 600), "
                      f"{r['seconds']:6.0f} s, {r['seconds'] / (hours * 3600):.3f} x real time, ok={r['ok']}")
        bomb = tmp / "bomb.docx"
        make_bomb(bomb)
        r = measure(f"from app.minutes.importer import read_minutes\nread_minutes({str(bomb)!r})")
        print(f"zip bomb (300 MB unpacked, {bomb.stat().st_size / 1e6:.1f} MB file): peak {r['peak_mb']:.0f} MB "
              f"(target <= 300), refused in {r['seconds']:.2f} s (target <= 1): {r['ok']}")
        text = tmp / "long-minutes.txt"
        make_long_minutes(text)
        r = measure(f"from app.minutes.importer import read_minutes\nm = read_minutes({str(text)!r})\n"
                    "print(len(m.statements), 'statements', len(m.attendees), 'attendees')")
        print(f"2 MB of minutes text, 100 attendees: {r['seconds']:.1f} s (target <= 5), "
              f"peak {r['peak_mb']:.0f} MB, ok={r['ok']}")
        many = tmp / "many-paragraphs.docx"
        make_many_paragraphs(many)
        r = measure(f"from app.minutes.importer import read_minutes\nread_minutes({str(many)!r})")
        print(f"a {many.stat().st_size / 1e3:.0f} KB .docx of 200,000 paragraphs: {r['seconds']:.1f} s, "
              f"peak {r['peak_mb']:.0f} MB, ok={r['ok']}")


if __name__ == "__main__":
    main()
