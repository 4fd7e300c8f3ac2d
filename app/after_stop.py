"""What Stop leaves to do, in order, on a worker thread (never the window's: three hours of audio
take seconds to hash): close the recording, with its SHA-256 logged before its lock is given up;
then the transcript (the live one when it heard the whole recording, app/transcription); then the
manifest, which hashes every file of the conference again."""

from __future__ import annotations

import threading

from app.transcription.transcriber import transcript_after_recording
from app.transcription.transcript import Transcript


def finish_recording(recorder, live=None, model_spec=None, closed: threading.Event | None = None,
                     progress=None) -> Transcript:
    """`closed` is set as soon as the recording's file is closed and unlocked (or its closing
    failed), so a window can let the conference go before the transcript is done."""
    session = recorder.session
    try:
        length = recorder.stop()
    finally:
        if closed is not None:
            closed.set()
    transcript = transcript_after_recording(session, live, length, recorder.continued_earlier_audio, model_spec,
                                            progress=progress)
    session.write_manifest()
    return transcript
