"""Where FairMinutes keeps its data: one folder per conference under the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "FairMinutes"


def home() -> Path:
    """The data folder; FAIRMINUTES_HOME overrides the platform default (tests, portable installs)."""
    override = os.environ.get("FAIRMINUTES_HOME")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def sessions_dir() -> Path:
    return home() / "sessions"


def settings_file() -> Path:
    return home() / "settings.json"
