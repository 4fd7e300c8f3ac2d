"""A real microphone for machines without a sound card: a private PulseAudio whose default source
is a pipe. Whatever is written into the pipe at real-time speed comes out of PortAudio as a
microphone would, converted to the rate and format the app asks for (ARCHITECTURE.md, Testing)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

RATE = 16000  # the pipe's format: s16le mono 16 kHz


def load_speech(path: Path, rate: int = RATE) -> np.ndarray:
    """Any audio file as int16 mono at `rate`, decoded with faster-whisper's decoder (PyAV)."""
    from faster_whisper.audio import decode_audio

    return (np.clip(decode_audio(str(path), sampling_rate=rate), -1, 1) * 32767).astype(np.int16)


class VirtualMic:
    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="fm-pulse-"))
        self.runtime = self.dir / "run"
        self.runtime.mkdir()
        os.chmod(self.runtime, 0o700)
        (self.dir / ".asoundrc").write_text("pcm.!default { type pulse }\nctl.!default { type pulse }\n")
        self.env = {**os.environ, "HOME": str(self.dir), "XDG_RUNTIME_DIR": str(self.runtime)}
        self.env.pop("PULSE_SERVER", None)
        self.fifo = self.dir / "mic.fifo"
        self.proc = subprocess.Popen(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--log-target=stderr",
             "-L", "module-native-protocol-unix", "-L", "module-null-sink"],
            env=self.env, stdout=subprocess.DEVNULL, stderr=open(self.dir / "pulse.log", "wb"))
        for _ in range(100):
            if self._pactl("info", check=False).returncode == 0:
                break
            time.sleep(0.1)
        else:
            raise RuntimeError("PulseAudio did not start: " + (self.dir / "pulse.log").read_text()[-500:])
        self.module = self._pactl("load-module", "module-pipe-source", "source_name=feed", f"file={self.fifo}",
                                  "format=s16le", f"rate={RATE}", "channels=1").stdout.strip()
        self._pactl("set-default-source", "feed")
        self._pending: list[np.ndarray] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.muted = False  # feed exact zeros, as a microphone's hardware mute does
        self.fed_samples = 0  # samples of speech (not silence) written so far
        self._thread = threading.Thread(target=self._feed_loop, daemon=True)
        self._thread.start()

    def _pactl(self, *args, check=True):
        return subprocess.run(["pactl", *args], env=self.env, capture_output=True, text=True, check=check)

    def activate(self) -> None:
        """Point this process's PortAudio at the private server (re-initialising PortAudio)."""
        os.environ["HOME"] = self.env["HOME"]
        os.environ["XDG_RUNTIME_DIR"] = self.env["XDG_RUNTIME_DIR"]
        import sounddevice as sd

        sd._terminate()
        sd._initialize()

    def play(self, samples: np.ndarray) -> None:
        """Queue int16 16 kHz speech; it is written at real-time speed, silence in between."""
        with self._lock:
            self._pending.append(samples.astype(np.int16))

    def busy(self) -> bool:
        with self._lock:
            return bool(self._pending)

    def _feed_loop(self) -> None:
        block = RATE // 50
        # A real microphone always hisses a little; digital zeros mean "no device" to the recorder.
        hiss = np.random.default_rng(0).integers(-3, 4, size=RATE, dtype=np.int16)
        with open(self.fifo, "wb", buffering=0) as f:
            start = time.monotonic()
            written = 0
            while not self._stop.is_set():
                with self._lock:
                    if self._pending:
                        cur = self._pending[0]
                        chunk, rest = cur[:block], cur[block:]
                        if len(rest):
                            self._pending[0] = rest
                        else:
                            self._pending.pop(0)
                        self.fed_samples += len(chunk)
                    elif self.muted:
                        chunk = np.zeros(block, np.int16)
                    else:
                        at = (written // block * block) % (RATE - block)
                        chunk = hiss[at: at + block]
                try:
                    f.write(chunk.tobytes())
                except BrokenPipeError:
                    return
                written += len(chunk)
                delay = start + written / RATE - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                elif delay < -0.2:
                    # Fell behind (a busy test elsewhere in the process): a real microphone does not
                    # catch up in a burst, so neither does this one; the clock moves on.
                    start = time.monotonic() - written / RATE

    def unplug(self) -> None:
        """The microphone stops delivering sound, as a pulled USB microphone does."""
        self._pactl("suspend-source", "feed", "1")

    def plug_in(self) -> None:
        self._pactl("suspend-source", "feed", "0")

    def close(self) -> None:
        self._stop.set()
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.dir, ignore_errors=True)


def available() -> str | None:
    """None if a virtual microphone can be made here, else the reason it cannot."""
    for tool in ("pulseaudio", "pactl"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (make test installs it when run as root)"
    return None
