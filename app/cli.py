"""The `fairminutes` command line (the contract in ARCHITECTURE.md).

Every subcommand is a thin shell over the same engine calls the desktop app makes. On bad input it
exits non-zero with one clear line on stderr and no traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys

from app.clock import clock
from app.errors import FairMinutesError
from app.version import __version__


def cmd_sessions(args) -> int:
    from app import paths
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


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
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
    from app import cli_commands

    return cli_commands.REGISTER


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s: %(message)s")
    if not args.command:
        from app.cli_commands import start_desktop

        return start_desktop()
    try:
        return int(args.func(args) or 0)
    except FairMinutesError as e:
        print(f"fairminutes: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("fairminutes: stopped.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
