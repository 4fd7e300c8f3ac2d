"""Subcommands beyond `sessions`, one function each, registered in REGISTER."""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

from app.errors import FairMinutesError, printable
from app.safefile import write_json_output

# Each command imports the engine part it drives inside its function: the parser is built for every
# command, and `fairminutes --help` takes 0.3 s against 2.4-2.9 s with the whole engine loaded
# (/usr/bin/time, 2 busy shared cores).


def start_desktop() -> int:
    try:
        from ui.main import run
    except ImportError as e:
        print(f"fairminutes: the desktop app could not start ({e}). "
              "Install the project with its dependencies (see README).", file=sys.stderr)
        return 2
    return run()


REGISTER: list = []


def cmd_record(args) -> int:
    from app.recording.devices import resolve_device
    from app.recording.recorder import record_for
    from app.session import create_session, open_session, remove_if_unused

    device = resolve_device(args.device)  # a microphone that is not there: refused before any folder is made
    session = open_session(args.session) if args.session else create_session(args.title or "Recorded conference")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    tty = sys.stderr.isatty()

    def progress(position, level):
        if tty:
            meter = "" if level is None else f"  level {level.rms_db:6.1f} dBFS"
            print(f"\rRecording {int(position) // 60:02d}:{int(position) % 60:02d}{meter}   ",
                  end="", file=sys.stderr, flush=True)

    def started(recorder):  # only once it records: a refusal is one line and nothing else
        print(f"Recording into {session.folder} (Ctrl+C to stop).", file=sys.stderr)

    # --seconds counts the audio recorded now, not what the conference already held.
    try:
        now, length = record_for(session, args.seconds, device, progress=progress, should_stop=stop.is_set,
                                 on_start=started)
    except Exception:
        if not args.session:
            remove_if_unused(session)  # the microphone never started: no empty conference is left
        raise
    if tty:
        print(file=sys.stderr)
    session.write_manifest()
    in_all = f" ({length:.1f} s in all)" if length - now > 0.05 else ""
    print(f"Saved {now:.1f} s of audio{in_all} to {recording_files(session)}")
    return 0


def _register_record(sub) -> None:
    p = sub.add_parser("record", help="record a conference without the window")
    p.add_argument("--seconds", type=float,
                   help="stop after recording this many seconds now (default: until Ctrl+C)")
    p.add_argument("--device", help="microphone, by number or part of its name (default: the system's)")
    p.add_argument("--session", help="carry on recording in this conference (folder name or path)")
    p.add_argument("--title", help="title of a new conference")
    p.set_defaults(func=cmd_record)


REGISTER.append(_register_record)


def _progress_bar(label: str):
    """A one-line progress bar on a terminal; silent when output is piped."""
    tty = sys.stderr.isatty()
    state = {"last": -1}

    def show(share: float) -> None:
        pct = int(share * 100)
        if not tty or pct == state["last"]:
            return
        state["last"] = pct
        filled = pct // 4
        print(f"\r{label} [{'#' * filled}{'.' * (25 - filled)}] {pct:3d}%", end="", file=sys.stderr, flush=True)
        if pct >= 100:
            print(file=sys.stderr)

    return show


def cmd_transcribe(args) -> int:
    from app.transcription.transcriber import transcribe_file
    from app.transcription.transcript import transcript_kind

    if transcript_kind(Path(args.audio)) != "audio":  # refuses a .wav that holds text, with a clear line
        raise FairMinutesError(f"{printable(args.audio)} is a transcript or a text, not a recording. "
                               "Give a recording such as .wav, .flac, .mp3, .m4a or .ogg.")
    marks = _read_marks(Path(args.marks)) if args.marks else []  # a bad marks file is refused before the work
    transcript = transcribe_file(Path(args.audio), args.model, progress=_progress_bar("Transcribing"))
    if marks:
        from app.transcription.naming import apply_marks

        transcript = apply_marks(transcript, marks)
    write_json_output(Path(args.json), transcript.to_json())
    if not transcript.segments:
        print(f"No speech was found in {args.audio}; wrote an empty transcript to {args.json}.", file=sys.stderr)
    else:
        print(f"Wrote {len(transcript.segments)} segments ({transcript.duration:.0f} s of audio, "
              f"model {transcript.model}) to {args.json}")
    if transcript.dropped:
        print(f"Set aside {len(transcript.dropped)} stretch(es) of text the model was not sure were speech "
              "(listed under 'dropped' in the JSON).", file=sys.stderr)
    return 0


def _register_transcribe(sub) -> None:
    p = sub.add_parser("transcribe", help="transcribe an audio file on this computer")
    p.add_argument("audio", help="a recording: wav, flac, mp3, m4a, ogg ...")
    p.add_argument("--json", required=True, help="where to write the transcript (JSON)")
    p.add_argument("--model", help="tiny.en (built in, default), base, small, or a model folder")
    p.add_argument("--marks", help="the friend's speaker marks (speakers.jsonl) to name the voices with")
    p.set_defaults(func=cmd_transcribe)


def _read_marks(path):
    """The current marks of a speakers.jsonl, or one clear line saying why they cannot be read."""
    from app.speaker_marks import read_marks

    if not path.is_file():
        raise FairMinutesError(f"There is no speaker marks file at {printable(path)}.")
    warnings: list[str] = []
    try:
        marks = read_marks(path, warnings)
    except (OSError, ValueError, TypeError) as e:
        raise FairMinutesError(f"{printable(path.name)} is not a speaker marks file FairMinutes can read ({e}).") from None
    if not marks:
        raise FairMinutesError(f"{printable(path.name)} holds no speaker marks: one line a mark, "
                               '{"t": seconds, "name": "Chair (Ann Patel)"}.')
    for w in warnings:
        print(f"fairminutes: {printable(w)}", file=sys.stderr)
    return marks


REGISTER.append(_register_transcribe)


def _write_json(path, obj) -> None:
    """An output JSON, written as session files are: a kill mid-write leaves the previous file whole."""

    write_json_output(Path(path), obj)


def cmd_minutes(args) -> int:
    from app.minutes.importer import read_minutes

    minutes = read_minutes(Path(args.file))
    data = minutes.to_json()
    # The contract's keys first: attendees and statements {text, section, speaker, where}.
    out = {"attendees": data["attendees"], "statements": data["statements"], "sections": data["sections"],
           "info": data["info"], "source": data["source"], "notices": data["notices"],
           "side_notes": data["side_notes"]}
    _write_json(args.json, out)
    print(f"Read {len(minutes.statements)} statements in {len(minutes.sections)} sections, "
          f"{len(minutes.attendees)} attendees, from {args.file}; wrote {args.json}")
    for notice in minutes.notices:  # tracked changes, comments, the email it came in
        print(f"Note: {notice}")
    return 0


def _register_minutes(sub) -> None:
    p = sub.add_parser("minutes", help="read the statements of a minutes document (.docx, .pdf, a .jpg/.png photo, .txt, .eml)")
    p.add_argument("file")
    p.add_argument("--json", required=True, help="where to write the statements (JSON)")
    p.set_defaults(func=cmd_minutes)


REGISTER.append(_register_minutes)


def cmd_compare(args) -> int:
    from app.compare.comparer import compare
    from app.compare.findings import KIND_NAMES
    from app.minutes.importer import read_minutes

    minutes = read_minutes(Path(args.minutes))
    turns = _read_turns(Path(args.transcript), args.model)
    result = compare(minutes, turns)
    data = result.to_json(printable(Path(args.minutes).name), printable(Path(args.transcript).name))
    _write_json(args.json, data)
    counts: dict[str, int] = {}
    for f in result.findings + result.quality:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    summary = ", ".join(f"{n} {KIND_NAMES[k].lower()}" for k, n in counts.items()) or "no discrepancies"
    print(f"{len(minutes.statements)} statements checked against {len(turns)} turns: {summary}. Wrote {args.json}")
    for note in result.notes:
        print(f"Note: {note}", file=sys.stderr)
    if getattr(args, "report", None):
        from app.report.docx_report import write_docx
        from app.report.report import from_files

        report = from_files(minutes, Path(args.minutes), turns, Path(args.transcript), data)
        from app.fairness.report import file_sections  # What matters most, how it was run, quality

        report.sections = file_sections(result.findings + result.quality, data["statements"], turns)
        # A file name from another system (not UTF-8) cannot go into a Word document as it is.
        report.files = [(label, printable(name), digest) for label, name, digest in report.files]
        write_docx(report, Path(args.report))
        print(f"Wrote the report to {args.report}")
    return 0


def _read_turns(path, model):
    """The meeting's turns from a transcript .json (checked against the contract; a byte-order mark
    is fine), a speaker-labelled text, or a recording (transcribed first)."""
    from app.compare.turns import load

    return load(path, model, progress=_progress_bar("Transcribing"))[0]  # decided by the file's content


def _register_compare(sub) -> None:
    p = sub.add_parser("compare", help="check minutes against a transcript, a speaker-labelled text, or audio")
    p.add_argument("minutes", help="the council's minutes: .docx, .pdf (also scanned), a .jpg/.png photo, .eml, .txt")
    p.add_argument("transcript", help="transcript .json, a text file ('Chair: ...' a line), or an audio file")
    p.add_argument("--json", required=True, help="where to write the findings (JSON)")
    p.add_argument("--model", help="speech model, when TRANSCRIPT is audio")
    p.add_argument("--report", help="also write the discrepancy report (.docx) here")
    p.set_defaults(func=cmd_compare)


REGISTER.append(_register_compare)


def cmd_demo(args) -> int:
    from app.demo import run_demo

    run_demo(Path(args.out))
    return 0


def _register_demo(sub) -> None:
    p = sub.add_parser("demo", help="run the whole pipeline on the demo conference")
    p.add_argument("--out", required=True, help="folder for the demo's report, bundle and letter")
    p.set_defaults(func=cmd_demo)


REGISTER.append(_register_demo)


def cmd_export(args) -> int:
    from app.report.export import export_session
    from app.session import open_session
    from app.verify import read_passphrase

    passphrase = read_passphrase(Path(args.passphrase_file)) if args.passphrase_file else None
    files = export_session(open_session(args.session), Path(args.out), args.prepared_by or "",
                           passphrase=passphrase, letter_days=args.reply_days)
    for label, p in (("report", files.report_docx), ("report", files.report_pdf), ("bundle", files.bundle),
                     ("for email", files.email_bundle), ("letter", files.letter)):
        if p is not None:
            print(f"{label:10} {p}")
    if files.no_letter:
        print(f"{files.no_letter} (The review: run 'fairminutes', open this conference and choose Review.)",
              file=sys.stderr)
    for item in files.left_out or []:
        print(f"Note: left out of the bundles: {item}.", file=sys.stderr)
    if passphrase is not None:
        print("The bundles are encrypted (AES-256). Send the passphrase by another route (a phone call, a text), "
              "never in the same email. Windows' built-in zip cannot open them; 7-Zip can.", file=sys.stderr)
    return 0


def _register_export(sub) -> None:
    p = sub.add_parser("export", help="write a conference's report, evidence bundles and letter")
    p.add_argument("session", help="the conference (folder name or path; see 'fairminutes sessions')")
    p.add_argument("--out", required=True, help="folder for the files")
    p.add_argument("--prepared-by", help="your name, as it should appear on the report")
    p.add_argument("--reply-days", type=int, default=10, metavar="N",
                   help="the letter asks for corrected minutes within N working days (default 10)")
    p.add_argument("--passphrase-file", help="encrypt the bundles (AES-256) with the passphrase on this file's "
                                             "first line")
    p.set_defaults(func=cmd_export)


REGISTER.append(_register_export)


def cmd_verify(args) -> int:
    from app.verify import read_passphrase, verify_bundle

    passphrase = read_passphrase(Path(args.passphrase_file)) if args.passphrase_file else None
    verdict = verify_bundle(Path(args.bundle), passphrase, Path(args.recording) if args.recording else None)
    for line in verdict.lines():
        print(line)
    return 0 if verdict.ok else 1


def _register_verify(sub) -> None:
    p = sub.add_parser("verify", help="check an evidence bundle's hashes; name what changed")
    p.add_argument("bundle", help="the evidence bundle (.zip)")
    p.add_argument("--passphrase-file", help="for an encrypted bundle: a file with the passphrase on its first line")
    p.add_argument("--recording", help="a recording received apart from the bundle: check it is the one the "
                                       "bundle names")
    p.set_defaults(func=cmd_verify)


REGISTER.append(_register_verify)


def recording_files(session) -> str:
    """Where the recording is, as the parent should be told: its one file, or its folder and every
    part in order when it went on past 24.8 hours into recording.2.wav ..."""
    files = session.recording_parts() or [session.audio_dir / "recording.wav"]
    if len(files) == 1:
        return str(files[0])
    return f"{files[0].parent}: " + ", ".join(f.name for f in files)
