"""`fairminutes letters SESSION --out DIR`: every letter type for that conference, as .docx, each
with the dates it cites and their rules; the ones not written, with why."""

from __future__ import annotations

from pathlib import Path

from app.cases.store import LETTERS, case_of
from app.deadlines import parse_date
from app.errors import FairMinutesError

# The writer (python-docx) and app.session are imported when the command runs: `register` runs for
# every `fairminutes` command, and the writer alone would add 0.6 s to the 0.3 s of `fairminutes --help`.


def cmd_letters(args) -> int:
    from app.letters.writer import write_all
    from app.session import open_session

    today = None
    if args.today:
        today = parse_date(args.today)
        if today is None:
            raise FairMinutesError(f"--today “{args.today}” is not a date: give it as YYYY-MM-DD, for example 2026-05-22.")
    session = open_session(args.session)
    session.read_info()  # a damaged session.json says so here, in one line
    if case_of(session) is None:
        print("This conference is in no case, so your name and address are left out of the letters. Put it in a "
              "case on the start screen to have them filled in.")
    for o in write_all(session, Path(args.out), today):
        title = LETTERS[o.kind]
        if o.path is None:
            print(f"{title}: {o.reason}")
            continue
        print(f"{title}: wrote {o.path}")
        for d in o.dates:
            print(f"    {d.what}: {d.when()}. {d.rule}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("letters", help="write the letters for a conference (.docx): minutes request, correction, "
                                       "follow-up, subject access request, complaint, Ombudsman summary")
    p.add_argument("session", help="the conference: its folder name (see 'fairminutes sessions') or path")
    p.add_argument("--out", required=True, help="folder for the letters")
    p.add_argument("--today", help="date the letters as of this day (YYYY-MM-DD); default: today")
    p.set_defaults(func=cmd_letters)
