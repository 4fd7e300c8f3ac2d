"""The user's settings (model, storage, microphone, live words hidden), in settings.json by the sessions."""

from __future__ import annotations

import json

from app import paths
from app.safefile import make_private_dir, write_json_atomic


def load_settings() -> dict:
    try:
        data = json.loads(paths.settings_file().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def save_settings(settings: dict) -> None:
    make_private_dir(paths.home())
    write_json_atomic(paths.settings_file(), settings)
