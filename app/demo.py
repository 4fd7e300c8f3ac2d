"""`fairminutes demo --out DIR`: the whole pipeline on the demo conference in resources/demo.

A newcomer's first run, and what `make run` does where there is no screen: bring in the demo's
recording, transcribe it, import its minutes, compare, then write the report, the evidence bundle
and the letter. Everything goes under DIR (its own data folder too), nothing into the user's
conferences.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from app.compare.comparer import compare_session
from app.compare.findings import headline, kind_name, load_findings, percent, shorten
from app.minutes.importer import import_into_session
from app.recording.importing import import_recording
from app.report.export import export_session
from app.review import confirmed
from app.safefile import make_output_dir
from app.session import Attendee, create_session
from app.transcription.transcriber import transcribe_session
from resources import path as resource

# The demo stands in for a parent who listened to each finding: it confirms those the comparer is
# this sure of. Only the reviewer's decision confirms a finding (app/review.py: is_confirmed).
LISTENER_AGREES_FROM = 0.6


DEMO_TITLE = "Demo: review conference for Sam"


def run_demo(out: Path, say=print) -> dict[str, Path]:
    out = Path(out).resolve()
    make_output_dir(out)  # 0700 if we make it; a folder already there keeps its mode
    os.environ["FAIRMINUTES_HOME"] = str(out / "data")


    session = build_demo_session(say, listen=True)
    say("5/5 Writing the report, the evidence bundle and the letter")
    files = export_session(session, out, prepared_by="FairMinutes demo")
    paths = {"report": files.report_docx, "pdf": files.report_pdf, "bundle": files.bundle, "letter": files.letter,
             "session": session.folder}
    say("")
    say("Done. The files are here:")
    for label, p in paths.items():
        say(f"  {label:8} {p}")
    return paths


def build_demo_session(say=print, listen: bool = False):
    """The demo conference as a conference of the current data folder, compared and ready to review
    (steps 1 to 4). `listen`: confirm the findings a listener would (the command line's demo); the
    app leaves them for the parent to try. Its title starts "Demo:" and events.jsonl says it is one."""
    demo = resource("demo")
    session = create_session(DEMO_TITLE, kind="RCPC", date="2026-03-12",
                             local_authority="Northshire Council",
                             attendees=[Attendee("Helen Ward", "Independent Chair"), Attendee("Raj Mistry", "Social Worker"),
                                        Attendee("Nina Clarke", "Health Visitor"), Attendee("Lisa Price", "Mother")])
    session.log_event("demo_created", note="a made-up conference shipped with FairMinutes, for trying it out")
    say(f"1/5 Bringing in the demo recording ({demo / 'audio.flac'})")
    import_recording(session, demo / "audio.flac")
    session.notes.add(47.0, "Lisa says the report is wrong about the course", tag="inaccurate", author="Demo friend")
    session.notes.add(85.0, "", tag="bookmark", author="Demo friend")

    say("2/5 Transcribing it on this computer (no internet)")
    t = time.perf_counter()
    transcript = transcribe_session(session)
    say(f"    {len(transcript.segments)} segments in {time.perf_counter() - t:.0f} s")

    say("3/5 Reading the council's minutes")
    minutes = import_into_session(session, demo / "minutes.docx")
    say(f"    {len(minutes.statements)} statements")

    say("4/5 Comparing the minutes with the recording")
    result = compare_session(session)
    review = session.review()
    for f in result.findings:
        if listen and f.confidence >= LISTENER_AGREES_FROM:
            review.decide(f.id, "confirmed", "Confirmed in the demo by listening.")
    findings = load_findings(session.findings_path).findings  # as the review, the report and the letter read them
    for f in findings:
        say(f"    - {kind_name(f.kind)}: {shorten(headline(f), 120)} ({percent(f)}%)")
    if listen:
        chosen = confirmed(findings, review.current())  # the letter's rule (app/review.py)
        say(f"    {len(chosen)} of {len(findings)} confirmed by the demo's stand-in listener: they go in the letter")
    return session
