"""Subcommands beyond `sessions`, one function each, registered in REGISTER."""

from __future__ import annotations

import sys


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
    import signal
    import threading

    from app.recording.devices import resolve_device
    from app.recording.recorder import record_for
    from app.session import create_session, open_session

    session = open_session(args.session) if args.session else create_session(args.title or "Recorded conference")
    device = resolve_device(args.device)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    tty = sys.stderr.isatty()

    def progress(position, level):
        if tty:
            meter = "" if level is None else f"  level {level.rms_db:6.1f} dBFS"
            print(f"\rRecording {int(position) // 60:02d}:{int(position) % 60:02d}{meter}   ",
                  end="", file=sys.stderr, flush=True)

    print(f"Recording into {session.folder} (Ctrl+C to stop).", file=sys.stderr)
    length = record_for(session, args.seconds, device, progress=progress, should_stop=stop.is_set)
    if tty:
        print(file=sys.stderr)
    session.write_manifest()
    print(f"Saved {length:.1f} s of audio to {session.audio_dir / 'recording.wav'}")
    return 0


def _register_record(sub) -> None:
    p = sub.add_parser("record", help="record a conference without the window")
    p.add_argument("--seconds", type=float, help="stop after this many seconds (default: until Ctrl+C)")
    p.add_argument("--device", help="microphone, by number or part of its name (default: the system's)")
    p.add_argument("--session", help="carry on recording in this conference (folder name or path)")
    p.add_argument("--title", help="title of a new conference")
    p.set_defaults(func=cmd_record)


REGISTER.append(_register_record)
