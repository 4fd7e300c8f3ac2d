"""Make the demo conference's audio and minutes from script.txt (run once; the results are committed).

    python resources/demo/make_demo.py      (needs espeak-ng and sox)

The audio is script.txt spoken by espeak-ng, one voice per speaker. The minutes are what a council
might write, with discrepancies planted on purpose (see PLANTED below) so that the demo has
something to find.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
VOICES = {"Chair": ("en-gb", 150, 45), "Social Worker": ("en-gb-x-rp", 165, 35), "Health Visitor": ("en-us", 160, 60),
          "Mother": ("en-gb-scotland", 155, 70)}

MINUTES = [
    ("title", "Northshire Council"),
    ("h1", "Review Child Protection Conference: Minutes"),
    ("p", "Child: Sam Price (age 2)"),
    ("p", "Date of conference: 12 March 2026"),
    ("h2", "Attendees"),
    ("table", [("Name", "Role"), ("Helen Ward", "Independent Chair"), ("Raj Mistry", "Social Worker"),
               ("Nina Clarke", "Health Visitor"), ("Lisa Price", "Mother")]),
    ("h2", "1. Introductions"),
    ("p", "The Chair welcomed everyone and explained that the conference is confidential."),
    ("h2", "2. Update from the Social Worker"),
    ("p", "The Social Worker has visited the home monthly since the last conference and found it clean and warm."),
    ("p", "Sam attends nursery four days a week and is settled."),
    ("h2", "3. Health"),
    ("p", "The Health Visitor reported that Sam's two-year review went well and his immunisations are up to date."),
    ("h2", "4. Mother's views"),
    ("p", "Ms Price said that she has done everything asked of her and completed the parenting course in March."),
    ("p", "Ms Price admitted that she had been drinking at weekends."),
    ("h2", "5. Decision"),
    ("p", "All professionals agreed that Sam should remain on a child protection plan."),
    ("p", "The Chair decided that Sam will remain subject to a child protection plan for three months."),
    ("h2", "6. Plan"),
    ("bullet", "The Social Worker will visit every two weeks."),
    ("bullet", "The next review will be held on 9 June 2026."),
    ("p", "Signed: Helen Ward, Independent Chair"),
]
PLANTED = """changed_detail: visited 'monthly' (said: every week)
not_said: Ms Price 'admitted that she had been drinking at weekends'
contradicted: 'All professionals agreed' (the health visitor disagreed)
omitted: Ms Price's disagreement with the decision, and her correction about the course report"""


def make_audio() -> None:
    lines = [ln for ln in (HERE / "script.txt").read_text().splitlines() if ln.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        parts = []
        silence = Path(tmp) / "gap.wav"
        subprocess.run(["sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(silence), "trim", "0", "0.7"], check=True)
        for n, line in enumerate(lines):
            who, text = line.split(":", 1)
            role = who.split("(")[0].strip()
            voice, speed, pitch = VOICES[role]
            raw = Path(tmp) / f"{n:03d}.wav"
            subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "-w", str(raw), text.strip()],
                           check=True)
            fixed = Path(tmp) / f"{n:03d}-16k.wav"
            subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(fixed)], check=True)
            parts += [str(fixed), str(silence)]
        subprocess.run(["sox", str(silence), *parts, str(HERE / "audio.flac")], check=True)


def make_minutes() -> None:
    import docx

    d = docx.Document()
    for kind, value in MINUTES:
        if kind == "title":
            d.add_heading(value, level=0)
        elif kind in ("h1", "h2"):
            d.add_heading(value, level=int(kind[1]))
        elif kind == "bullet":
            d.add_paragraph(value, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(value), cols=2)
            t.style = "Table Grid"
            for r, row in enumerate(value):
                for c, cell in enumerate(row):
                    t.rows[r].cells[c].text = cell
        else:
            d.add_paragraph(value)
    d.save(str(HERE / "minutes.docx"))
    (HERE / "PLANTED.txt").write_text(PLANTED + "\n")


if __name__ == "__main__":
    make_audio()
    make_minutes()
    print("wrote audio.flac, minutes.docx, PLANTED.txt")
