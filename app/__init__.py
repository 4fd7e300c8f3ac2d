"""FairMinutes engine: recording, transcription, notes, minutes, comparison, report. Never imports Qt."""

# First, before any library loads: telemetry off (see privacy.py).
from app import privacy  # noqa: F401  isort: skip
from app.version import __version__

__all__ = ["__version__"]
