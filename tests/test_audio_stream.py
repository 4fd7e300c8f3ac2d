"""Recordings are read and transcribed a piece at a time, with the same words as read whole."""

from __future__ import annotations

import re

import jiwer
import numpy as np
import pytest
import soundfile as sf

from app.errors import FairMinutesError
from app.transcription import audio_stream, transcriber

RATE = 16000


def _tone_bursts(path, seconds_on=3.0, seconds_off=1.0, bursts=6, rate=RATE):
    """Loud tone bursts separated by silence: the only quiet places are the gaps."""
    t = np.arange(int(seconds_on * rate)) / rate
    tone = (0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    gap = np.zeros(int(seconds_off * rate), np.float32)
    audio = np.concatenate([np.concatenate([tone, gap]) for _ in range(bursts)])
    sf.write(str(path), audio, rate)
    return audio


def test_blocks_rebuild_the_whole_file(tmp_path):
    whole = _tone_bursts(tmp_path / "a.flac")
    parts = list(audio_stream.blocks(tmp_path / "a.flac", seconds=2.5))
    assert len(parts) == int(np.ceil(whole.size / (2.5 * RATE)))
    assert all(p.size == int(2.5 * RATE) for p in parts[:-1])
    joined = np.concatenate(parts)
    assert joined.size == whole.size
    assert np.max(np.abs(joined - whole)) < 1e-3  # 16-bit rounding only


def test_blocks_resample_stereo_44k_to_mono_16k(tmp_path):
    rate = 44100
    t = np.arange(rate * 2) / rate
    stereo = np.stack([np.sin(2 * np.pi * 300 * t), np.sin(2 * np.pi * 300 * t)], axis=1) * 0.3
    sf.write(str(tmp_path / "s.wav"), stereo.astype(np.float32), rate)
    joined = np.concatenate(list(audio_stream.blocks(tmp_path / "s.wav", seconds=0.5)))
    assert abs(joined.size - 2 * RATE) <= 32
    info = audio_stream.probe(tmp_path / "s.wav")
    assert (info.rate, info.channels) == (rate, 2) and info.duration == pytest.approx(2.0, abs=0.01)


def test_pieces_end_in_silence_and_cover_everything(tmp_path):
    whole = _tone_bursts(tmp_path / "a.flac")  # 24 s: tone 0-3 s, silence 3-4 s, tone 4-7 s ...
    pieces = list(transcriber.pieces(tmp_path / "a.flac", chunk_seconds=6.0))
    assert len(pieces) >= 3
    offsets = [o for o, _ in pieces]
    assert offsets == sorted(offsets) and offsets[0] == 0.0
    assert sum(a.size for _, a in pieces) == whole.size
    for (offset, audio), (next_offset, _) in zip(pieces, pieces[1:], strict=False):
        assert next_offset == pytest.approx(offset + audio.size / RATE)
        cut_at = next_offset % 4.0
        assert 3.0 <= cut_at <= 4.0, f"a piece ends at {next_offset:.2f} s, inside a tone"


def test_probe_refuses_text_named_as_audio_without_reading_it_all(tmp_path):
    fake = tmp_path / "meeting.wav"
    fake.write_text("these are not sounds\n" * 1000)
    with pytest.raises(FairMinutesError, match="not an audio file"):
        audio_stream.probe(fake)
    with pytest.raises(FairMinutesError, match="no file"):
        audio_stream.probe(tmp_path / "missing.wav")


@pytest.mark.slow
def test_transcribing_in_pieces_gives_the_same_words_at_the_right_times(meeting_speech, monkeypatch):
    whole = transcriber.transcribe_file(meeting_speech.path)
    monkeypatch.setattr(transcriber, "CHUNK_SECONDS", 12.0)
    monkeypatch.setattr(transcriber, "CUT_SEARCH_SECONDS", 4)
    calls = []
    real = transcriber.pieces
    monkeypatch.setattr(transcriber, "pieces", lambda p, chunk_seconds=12.0: (calls.append(1), *real(p, 12.0))[1:])
    pieced = transcriber.transcribe_file(meeting_speech.path)
    assert pieced.duration == pytest.approx(whole.duration, abs=0.01)
    starts = [w.start for s in pieced.segments for w in s.words]
    assert starts == sorted(starts) and starts[-1] > 25.0  # later pieces are on the recording's clock
    # Twelve-second pieces cut sentences the ten-minute ones never would; the words must still
    # come out about as well as from the whole clip.
    assert _wer(meeting_speech.reference, pieced) < _wer(meeting_speech.reference, whole) + 0.12


def _wer(reference: str, transcript) -> float:
    def norm(text):
        return " ".join(re.sub(r"[^a-z0-9' ]+", " ", text.lower()).split())

    return jiwer.wer(norm(reference), norm(" ".join(s.text for s in transcript.segments)))
