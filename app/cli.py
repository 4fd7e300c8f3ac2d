"""The `fairminutes` command line (the contract in ARCHITECTURE.md).

Every subcommand is a thin shell over the same engine calls the desktop app makes. On bad input it
exits non-zero with one clear line on stderr and no traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from app import cli_commands, paths
from app.cases import command as cases
from app.cli_commands import start_desktop
from app.clock import clock
from app.errorlog import explain_unexpected
from app.errors import FairMinutesError, printable
from app.letters import command as letters
from app.version import __version__

# Each command imports the engine part it drives inside its function: the parser is built for every
# command, and `fairminutes --help` takes 0.3 s against 2.4-2.9 s with the whole engine loaded
# (/usr/bin/time, 2 busy shared cores).


def cmd_sessions(args) -> int:
    from app.session import list_sessions

    rows = list_sessions()
    if not rows:
        print(f"No conferences yet. They will be kept in {paths.sessions_dir()}")
        return 0
    headers = ("Folder", "Title", "Type", "Date", "Length", "Status")
    table = [(r.session.id, r.title, r.kind, r.date, clock(r.duration) if r.duration else "-",
              r.status if not r.problem else "Damaged") for r in rows]
    widths = [max(len(h), *(len(str(row[i])) for row in table)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    for row in table:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
    for r in rows:
        if r.problem:
            print(f"\nNote: {r.problem}", file=sys.stderr)
    return 0


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        """A mistake in the command itself: one line, like every other error (not the usage block)."""
        self.exit(2, f"{self.prog}: {message}. See '{self.prog} --help'.\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="fairminutes",
        description="Record a child protection conference, transcribe it on this computer, and check the "
                    "council's minutes against what was said. With no command, starts the desktop app.")
    p.add_argument("--version", action="version", version=f"FairMinutes {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="show details of what is happening")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("sessions", help="list the conferences recorded")
    s.set_defaults(func=cmd_sessions)

    for register in _extensions():
        register(sub)
    return p


def _extensions():
    """Subcommands that live beside the engine part they drive; each module adds its own parser."""
    return [*cli_commands.REGISTER, letters.register, cases.register]


def main(argv: list[str] | None = None) -> int:
    _tolerant_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s: %(message)s")
    if not args.command:
        return start_desktop()
    return run_command(args, sys.argv[1:] if argv is None else argv)


def run_command(args, argv: list[str]) -> int:
    """The one place where every subcommand's failures become one line on stderr.

    A FairMinutesError already is that line. Anything else was not expected: the person gets one
    line saying what happened and what to do, never a traceback or an exception's class name, and
    the traceback goes to the log file the line names."""
    doing = f"the {args.command} command"
    try:
        return int(args.func(args) or 0)
    except FairMinutesError as e:
        print(f"fairminutes: {' '.join(printable(e).split())}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("fairminutes: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader of our output went away (`fairminutes sessions | head`)
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1
    except Exception as e:
        print(f"fairminutes: {explain_unexpected(e, doing, argv)}", file=sys.stderr)
        return 1


def _tolerant_streams() -> None:
    """A file name that is not valid UTF-8 (from another system) must not stop a command when it is
    printed: such characters are shown escaped."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass


if __name__ == "__main__":
    sys.exit(main())
