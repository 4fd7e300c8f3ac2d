import struct

import numpy as np
import soundfile as sf

from app.recording.wavfile import CrashSafeWav, needs_repair, repair


def test_written_file_is_playable_after_every_sync(tmp_path):
    path = tmp_path / "r.wav"
    wav = CrashSafeWav(path, rate=24000)
    tone = (np.sin(np.arange(24000) / 10) * 10000).astype(np.int16)
    wav.write(tone)
    wav.sync()
    assert sf.info(str(path)).frames == 24000  # no close: as if the app died here
    wav.write(tone[:1000])
    wav.close()
    data, rate = sf.read(str(path), dtype="int16")
    assert rate == 24000 and len(data) == 25000 and np.array_equal(data[:24000], tone)


def test_repair_recovers_samples_written_after_the_last_sync(tmp_path):
    path = tmp_path / "r.wav"
    wav = CrashSafeWav(path)
    wav.write(np.ones(2400, np.int16))
    wav.sync()
    wav._f.write(np.full(1201, 7, np.int16).tobytes()[:-1])  # unsynced data, torn half sample
    wav._f.flush()
    assert needs_repair(path)
    before, after = repair(path)
    assert before == 0.1 and abs(after - 0.15) < 1e-3
    data, _ = sf.read(str(path), dtype="int16")
    assert len(data) == 3600 and data[-1] == 7
    assert not needs_repair(path)


def test_appending_continues_the_same_file(tmp_path):
    path = tmp_path / "r.wav"
    a = CrashSafeWav(path)
    a.write(np.full(100, 1, np.int16))
    a.close()
    b = CrashSafeWav(path)
    assert b.frames == 100
    b.write(np.full(50, 2, np.int16))
    b.close()
    data, _ = sf.read(str(path), dtype="int16")
    assert list(data[98:102]) == [1, 1, 2, 2] and len(data) == 150
    with open(path, "rb") as f:
        f.seek(40)
        assert struct.unpack("<I", f.read(4))[0] == 300
