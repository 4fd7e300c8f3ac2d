"""Nothing leaves the laptop: switch off every library's telemetry before any of them loads.

Imported first by `app/__init__.py`, so it runs before faster-whisper, onnxruntime or
huggingface_hub can be imported by anything in FairMinutes (the command line, the desktop app and
the packaged build all import `app` first). The switches are environment variables because the
libraries read them when their native code starts; setting them later does nothing.

- onnxruntime (faster-whisper's voice detection) sends usage events to Microsoft from its native
  code and keeps a device id under ~/.cache/Microsoft; `ORT_DISABLE_TELEMETRY=1` set before
  initialisation creates no uploader, no events and no device id (onnxruntime's Privacy.md).
  Some releases spell it `ORT_TELEMETRY_DISABLED`; both are set.
- huggingface_hub sends a telemetry ping with a download; `HF_HUB_DISABLE_TELEMETRY=1` stops it
  (the one download FairMinutes makes is a model the user asks for in Settings).
- `DO_NOT_TRACK=1` is the common switch other libraries honour.

Values are forced, not defaulted: a stray `ORT_DISABLE_TELEMETRY=0` in the user's environment must
not switch telemetry back on. `tests/test_privacy.py` proves it with system-call tracing.
"""

from __future__ import annotations

import os

OFF_SWITCHES = {
    "ORT_DISABLE_TELEMETRY": "1",
    "ORT_TELEMETRY_DISABLED": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "DO_NOT_TRACK": "1",
}


def switch_off_telemetry() -> None:
    os.environ.update(OFF_SWITCHES)


switch_off_telemetry()
