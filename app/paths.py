"""Where FairMinutes keeps its data: one folder per conference under the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from app.safefile import make_output_dir, make_private_dir, write_atomic

APP_NAME = "FairMinutes"


def home() -> Path:
    """The data folder: FAIRMINUTES_HOME (tests, portable installs), else the folder chosen in
    Settings, else the platform's usual place for an application's data."""
    override = os.environ.get("FAIRMINUTES_HOME")
    if override:
        return Path(override).expanduser()
    try:
        chosen = storage_pointer().read_text(encoding="utf-8").strip()
        if chosen:
            return Path(chosen)
    except OSError:
        pass
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Derived files that can be made again, never evidence (the lemmatiser's decoded dictionary):
    FAIRMINUTES_CACHE, else the platform's cache folder for FairMinutes."""
    override = os.environ.get("FAIRMINUTES_CACHE")
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def storage_pointer() -> Path:
    """Where the chosen storage folder is remembered (outside the data folder, which it names)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "storage.txt"


def choose_storage(folder: Path) -> None:
    """Keep the data in `folder` from now on. A folder the user already has (Documents, a USB stick)
    keeps its mode: only the folders FairMinutes makes are private (0700), here and inside it."""
    make_output_dir(Path(folder))
    make_private_dir(storage_pointer().parent)
    write_atomic(storage_pointer(), str(Path(folder).resolve()).encode("utf-8"))


def sessions_dir() -> Path:
    return home() / "sessions"


def settings_file() -> Path:
    return home() / "settings.json"
