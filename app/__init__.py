"""FairMinutes engine: recording, transcription, notes, minutes, comparison, report. Never imports Qt."""

from app.version import __version__

__all__ = ["__version__"]
