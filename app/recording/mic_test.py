"""The one-second microphone test: record a second, play it straight back, say what was heard.

Run before recording, with the meter's stream closed (one stream on a device at a time is the
only thing every system allows)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.errors import FairMinutesError
from app.recording.devices import level_of
from app.recording.wavfile import CHANNELS, SAMPLE_RATE

# sounddevice is imported where it is used: importing it starts PortAudio, which looks for the
# sound devices, and this module is read at the app's start (+0.04-0.06 s measured after ui.main_window).

QUIET_DB = -50.0  # a peak below this: nothing but hiss reached the microphone


@dataclass
class MicCheck:
    peak_db: float
    samples: np.ndarray  # int16, what was heard
    played: bool

    @property
    def heard(self) -> bool:
        return self.peak_db > QUIET_DB

    def sentence(self) -> str:
        if not self.heard:
            return ("The microphone heard almost nothing. Check it is switched on and not muted, or choose "
                    "another, then test again.")
        back = "It was played back: you should have heard yourself. " if self.played else \
            "It could not be played back (no speakers?), but the microphone works. "
        return f"{back}Loudest sound {self.peak_db:.0f} dB: the microphone hears you."


def check_microphone(device: int | None, seconds: float = 1.0, play_back: bool = True) -> MicCheck:
    import sounddevice as sd

    try:
        audio = sd.rec(int(seconds * SAMPLE_RATE), samplerate=SAMPLE_RATE, channels=CHANNELS, dtype="int16",
                       device=device, blocking=True)
    except Exception as e:
        raise FairMinutesError(f"The microphone could not be opened for the test ({e}). Check it is plugged in, "
                               "or choose another.") from None
    samples = audio[:, 0].copy()
    played = False
    if play_back:
        try:
            sd.play(samples, samplerate=SAMPLE_RATE, blocking=True)
            played = True
        except Exception:
            played = False  # a computer with no speakers: the level still says whether it hears
    return MicCheck(level_of(samples).peak_db, samples, played)
