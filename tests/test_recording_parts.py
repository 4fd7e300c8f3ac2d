"""A recording past 24.8 hours goes on in recording.2.wav (issue #22). Everything that reads the
recording reads its parts in order, on one clock: the session's length, playback, transcription,
the hashes logged and the bundle's clips. Two small parts are made here from a real excerpt, cut in
the quiet between two speakers."""

import hashlib

import numpy as np
import pytest

CUT = 9.3  # seconds: between the chair's turn (ends 8.79 s) and the social worker's (starts 9.89 s)


@pytest.fixture
def two_parts(clear_speech):
    """A session whose recording is recording.wav (the first 9.3 s) and recording.2.wav (the rest)."""
    from app.recording.wavfile import SAMPLE_RATE, CrashSafeWav, part_path
    from app.session import create_session
    from tests.virtual_mic import load_speech

    samples = load_speech(clear_speech.path, SAMPLE_RATE)
    cut = int(CUT * SAMPLE_RATE)
    session = create_session("Two-part recording")
    session.audio_dir.mkdir(parents=True, exist_ok=True)
    for number, piece in ((1, samples[:cut]), (2, samples[cut:])):
        wav = CrashSafeWav(part_path(session.audio_dir, number))
        wav.write(piece)
        wav.close()
    return session, samples


def test_the_session_offers_both_parts_in_order_and_their_whole_length(two_parts):
    session, samples = two_parts
    assert [p.name for p in session.recording_parts()] == ["recording.wav", "recording.2.wav"]
    assert session.duration() == pytest.approx(len(samples) / 24000, abs=0.01)


def test_playback_reads_across_the_join_on_one_clock(two_parts):
    from app.recording.playback import Player
    from app.recording.reader import RecordingReader

    session, samples = two_parts
    for player in (Player(session.recording_parts()), Player(session.recording_path())):
        assert player.duration == pytest.approx(len(samples) / 24000, abs=0.001)
        player.close()
    player = Player(session.recording_path())  # what the review opens: the first file stands for all
    player._sf.seek(int((CUT - 0.1) * 24000))  # what play(start=9.2) does, without a sound card
    out = np.zeros((4800, 1), np.float32)
    player._callback(out, 4800, None, None)  # PortAudio's pull of 0.2 s, across the join
    start = int((CUT - 0.1) * 24000)
    assert player.position == pytest.approx(CUT + 0.1)
    assert np.abs(out[:, 0] * 32768 - samples[start:start + 4800]).max() <= 1
    player.close()
    reader = RecordingReader(session.recording_parts())
    reader.seek(int((CUT - 1) * 24000))
    heard = reader.read(2 * 24000, dtype="int16")[:, 0]  # one second either side of the join
    start = int((CUT - 1) * 24000)
    assert np.array_equal(heard, samples[start:start + 2 * 24000])
    reader.seek(reader.frames - 10)
    assert len(reader.read(100)) == 10 and reader.tell() == reader.frames
    reader.close()


def test_transcription_gives_one_transcript_on_one_clock(two_parts):
    from app.transcription.transcriber import transcribe_session

    session, samples = two_parts
    t = transcribe_session(session)
    text = " ".join(s.text for s in t.segments).lower()
    assert "protection plan" in text and "step down" in text  # words from both parts
    second = next(s for s in t.segments if "step down" in s.text.lower())
    assert CUT <= second.start < CUT + 4  # on the recording's clock, not the second file's
    assert [s.start for s in t.segments] == sorted(s.start for s in t.segments)
    assert t.duration == pytest.approx(len(samples) / 24000, abs=0.1)
    joined = b"".join(p.read_bytes() for p in session.recording_parts())
    assert t.audio_sha256 == hashlib.sha256(joined).hexdigest()
    assert session.machine_transcript().segments[-1].text == t.segments[-1].text


def test_hashes_and_bundle_clips_take_every_part(two_parts):
    import io

    import soundfile as sf

    from app.custody import log_recording_hashes
    from app.report.bundle import _clip

    session, samples = two_parts
    logged = log_recording_hashes(session, "stopped")
    assert [e["file"] for e in logged] == ["recording.wav", "recording.2.wav"]
    assert logged[1]["sha256"] == hashlib.sha256(session.recording_parts()[1].read_bytes()).hexdigest()
    clip, rate = sf.read(io.BytesIO(_clip(session.recording_parts(), CUT - 0.5, CUT + 0.5)), dtype="int16")
    start = int((CUT - 0.5) * 24000)
    assert rate == 24000 and len(clip) == 24000
    assert np.abs(clip.astype(int) - samples[start:start + 24000]).max() <= 1  # float32 and back
