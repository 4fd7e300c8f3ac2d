"""`fairminutes record` names every file of a recording that went on into recording.2.wav."""

from __future__ import annotations

import numpy as np
import soundfile as sf

from app.cli_commands import recording_files
from app.session import create_session


def _wav(path, seconds=0.5):
    sf.write(str(path), np.zeros(int(24000 * seconds), np.int16), 24000, subtype="PCM_16")


def test_one_file_is_named_whole(fairminutes_home):
    session = create_session("short")
    _wav(session.audio_dir / "recording.wav")
    assert recording_files(session) == str(session.audio_dir / "recording.wav")


def test_a_recording_in_parts_names_each_in_order(fairminutes_home):
    session = create_session("very long")
    for name in ("recording.wav", "recording.2.wav", "recording.3.wav"):
        _wav(session.audio_dir / name)
    said = recording_files(session)
    assert said.endswith("recording.wav, recording.2.wav, recording.3.wav") and str(session.audio_dir) in said
