"""Microphones and the input level, through sounddevice (PortAudio)."""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.errors import FairMinutesError
from app.recording.wavfile import CHANNELS, SAMPLE_RATE, SAMPLE_WIDTH

# sounddevice is imported where it is used: importing it starts PortAudio, which looks for the
# sound devices, and this module is read at the app's start (+0.04-0.06 s measured after ui.main_window).

LONG_CONFERENCE_HOURS = 3  # a conference can last this long: the disk should have room for it
THREE_HOURS_BYTES = LONG_CONFERENCE_HOURS * 3600 * SAMPLE_RATE * CHANNELS * SAMPLE_WIDTH


@dataclass
class InputDevice:
    index: int
    name: str  # PortAudio's name: what settings and --device match
    channels: int
    default_rate: float
    is_default: bool
    description: str = ""  # what the system calls it, when PortAudio's name says nothing ("default")

    @property
    def label(self) -> str:
        """The name a parent recognises, the default said in words."""
        text = self.description or self.name
        return f"{text} (the computer's default)" if self.is_default else text


# ALSA's routes to the system's sound server: one entry for them all, named after the server's
# default microphone. Other ALSA plugins (rate converters, channel mixers) are not microphones.
ALSA_SYSTEM_ROUTES = ("default", "pulse", "pipewire", "sysdefault")
ALSA_PLUGINS = {"samplerate", "speexrate", "lavrate", "upmix", "vdownmix", "jack", "oss", "dsnoop", "dmix",
                "front", "rear", "center_lfe", "side", "iec958", "spdif", "hdmi", "modem", "phoneline", "null",
                "surround21", "surround40", "surround41", "surround50", "surround51", "surround71"}
WINDOWS_ROUTES = ("Microsoft Sound Mapper - Input", "Primary Sound Capture Driver")
SYSTEM_DEFAULT = "The computer's default microphone"


def list_input_devices() -> list[InputDevice]:
    """Microphones as a parent would recognise them: real names, each once, the default first."""
    import sounddevice as sd

    try:
        default_in = sd.default.device[0]
        if default_in is None or default_in < 0:
            default_in = sd.query_hostapis(0).get("default_input_device", -1)
    except Exception:
        default_in = -1
    devices = [dict(d) for d in sd.query_devices()]
    hostapis = [dict(h) for h in sd.query_hostapis()]
    routes = any(_alsa(hostapis, d) and d["name"] in ALSA_SYSTEM_ROUTES for d in devices)
    return describe_inputs(devices, hostapis, default_in, sound_server_microphone() if routes else None)


def describe_inputs(devices: list[dict], hostapis: list[dict], default_in: int,
                    server_microphone: str | None = None) -> list[InputDevice]:
    """PortAudio's device list (sd.query_devices() as dicts) made readable. Linux: ALSA's routes to
    the sound server become one entry named after its default microphone (`server_microphone`),
    plugins are dropped, "(hw:0,0)" is cut. Windows: each microphone is listed by every host API;
    only MME's entry is kept (it opens at any sample rate), with the full name another API gives
    (MME cuts names at 31 characters)."""
    out: list[InputDevice] = []
    seen: set[str] = set()
    route_taken = False
    for i, d in enumerate(devices):
        if d.get("max_input_channels", 0) <= 0:
            continue
        name, api = str(d.get("name", "")), _api(hostapis, d)
        description = ""
        if api == "ALSA":
            if name in ALSA_SYSTEM_ROUTES:
                # Keep the route PortAudio calls the default, or else the first one.
                if route_taken or (_has_default_route(devices, hostapis, default_in) and i != default_in):
                    continue
                route_taken = True
                description = server_microphone or SYSTEM_DEFAULT
            elif name in ALSA_PLUGINS or name.split(":")[0] in ALSA_PLUGINS:
                continue
            else:
                description = re.sub(r"\s*\((hw|plughw):[\d,]+\)$", "", name)
        elif api.startswith("Windows"):
            continue  # DirectSound, WASAPI, WDM-KS: the same microphones as MME
        elif api == "MME":
            if name in WINDOWS_ROUTES:
                description = SYSTEM_DEFAULT
            else:
                longer = [str(o.get("name", "")) for o in devices
                          if o.get("max_input_channels", 0) > 0 and str(o.get("name", "")).startswith(name)]
                description = max(longer, key=len)
        key = (description or name).casefold()
        if key in seen:
            continue
        seen.add(key)
        out.append(InputDevice(i, name, int(d.get("max_input_channels", 0)), float(d.get("default_samplerate", 0.0)),
                               i == default_in, description if description != name else ""))
    out.sort(key=lambda d: (not d.is_default, d.index))
    return out


def _api(hostapis: list[dict], device: dict) -> str:
    try:
        return str(hostapis[device.get("hostapi", 0)].get("name", ""))
    except (IndexError, TypeError):
        return ""


def _alsa(hostapis: list[dict], device: dict) -> bool:
    return _api(hostapis, device) == "ALSA"


def _has_default_route(devices: list[dict], hostapis: list[dict], default_in: int) -> bool:
    return 0 <= default_in < len(devices) and _alsa(hostapis, devices[default_in]) and \
        devices[default_in].get("name") in ALSA_SYSTEM_ROUTES


def sound_server_microphone() -> str | None:
    """The description PulseAudio / PipeWire give their default microphone ("Built-in Audio Analog
    Stereo"), through pactl; None when there is no sound server or no pactl."""
    if not shutil.which("pactl"):
        return None
    env = {**os.environ, "LC_ALL": "C"}
    try:
        name = subprocess.run(["pactl", "get-default-source"], capture_output=True, text=True, timeout=2,
                              env=env).stdout.strip()
        listing = subprocess.run(["pactl", "list", "sources"], capture_output=True, text=True, timeout=2,
                                 env=env).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return source_description(listing, name)


def source_description(listing: str, name: str) -> str | None:
    """From `pactl list sources` (LC_ALL=C), the Description of the source called `name`."""
    current = None
    for line in listing.splitlines():
        key, _, value = line.strip().partition(": ")
        if key == "Name":
            current = value.strip()
        elif key == "Description" and current == name and name:
            return value.strip() or None
    return None


def resolve_device(spec: str | int | None) -> int | None:
    """A device given by index or by part of its name; None means the system default."""
    if spec is None or spec == "":
        return None
    if isinstance(spec, int) or str(spec).isdigit():
        return int(spec)
    matches = [d for d in list_input_devices() if str(spec).lower() in d.name.lower()]
    if not matches:
        names = ", ".join(d.name for d in list_input_devices()) or "none"
        raise FairMinutesError(f"No microphone called '{spec}' was found. Microphones found: {names}.")
    return matches[0].index


@dataclass
class Level:
    peak_db: float
    rms_db: float


def level_of(block: np.ndarray) -> Level:
    """Peak and RMS of int16 samples in dBFS (-inf for digital silence is clamped to -120)."""
    if block.size == 0:
        return Level(-120.0, -120.0)
    x = block.astype(np.float32) / 32768.0
    peak = float(np.max(np.abs(x)))
    rms = float(np.sqrt(np.mean(x * x)))
    return Level(20 * math.log10(max(peak, 1e-6)), 20 * math.log10(max(rms, 1e-6)))


def hours_of_room(folder: Path) -> float:
    """Hours of recording (in the recording format: 16 kHz, 16-bit, mono) the disk has room for."""
    folder.mkdir(parents=True, exist_ok=True)
    return shutil.disk_usage(folder).free / (SAMPLE_RATE * CHANNELS * SAMPLE_WIDTH * 3600)


def free_space_warning(folder: Path) -> str | None:
    """A plain sentence if the disk may not hold a three-hour conference, else None."""
    folder.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(folder).free
    if free >= THREE_HOURS_BYTES:
        return None
    minutes = free / (SAMPLE_RATE * CHANNELS * SAMPLE_WIDTH) / 60
    return (f"Only {free / 1e6:.0f} MB is free on this disk, enough for about {minutes:.0f} minutes of "
            f"recording; a three-hour conference needs {THREE_HOURS_BYTES / 1e6:.0f} MB. "
            "Free some space before the conference if you can.")
