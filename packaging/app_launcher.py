"""Entry point of the windowed app (no console window on Windows; the .app's program on macOS).

A windowed build has no stdout or stderr (they are None): anything that prints, a traceback on a
worker thread included, would fail. They go to the null device; the app's own log keeps what matters."""

import os
import sys

if __name__ == "__main__":
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115  lives as long as the app
    from app.cli_commands import start_desktop

    sys.exit(start_desktop())
