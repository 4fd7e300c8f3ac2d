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
