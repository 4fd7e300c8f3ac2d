"""The meeting as turns: who spoke, when, and what they said.

From a transcript .json (segments, speaker names where the user gave them), a speaker-labelled text
file (one turn a line, "Chair (Ann Patel): Good morning."), or an audio file (transcribed first).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import FairMinutesError, printable
from app.transcription import transcript as tr
from app.transcription.transcriber import transcribe_file

WORDS_PER_SECOND = 2.5  # to give the turns of a text transcript approximate times
UNSURE_BELOW = 0.5  # a recognised word with a lower probability may well be something else


@dataclass
class Turn:
    index: int
    start: float
    end: float
    speaker: str | None
    text: str
    line: int | None = None  # line number, for a text transcript
    # From a recogniser: how many words it gave, and how many of them it was unsure of
    # (probability under UNSURE_BELOW); a typed transcript has none.
    n_words: int = 0
    n_unsure: int = 0
    # The recogniser's words, (start, end, word, probability), when they still spell the text; a
    # typed or corrected turn has none (evidence.py then spreads its times over its characters).
    words: tuple = ()

    def evidence(self) -> dict:
        d = {"start": round(self.start, 2), "end": round(self.end, 2), "speaker": self.speaker, "text": self.text}
        if self.line is not None:
            d["line"] = self.line
        return d


_LABEL = re.compile(r"^\s*(?P<who>[^:]{1,80}?)\s*:\s*(?P<text>.*)$")


def from_text(text: str) -> list[Turn]:
    turns: list[Turn] = []
    t = 0.0
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        m = _LABEL.match(line)
        speaker, said = (m.group("who").strip(), m.group("text").strip()) if m else (None, line.strip())
        if not said:
            continue
        length = max(1.0, len(said.split()) / WORDS_PER_SECOND)
        turns.append(Turn(len(turns), t, t + length, speaker, said, n))
        t += length + 0.5
    return turns


def from_transcript(data: dict) -> list[Turn]:
    turns = []
    for seg in data.get("segments", []):
        text = str(seg.get("text", "")).strip()
        if text:
            probs = [w.get("probability") for w in seg.get("words") or [] if w.get("probability") is not None]
            words = tuple((float(w["start"]), float(w["end"]), str(w["word"]), float(w.get("probability", 1.0)))
                          for w in seg.get("words") or [])
            if "".join(w[2] for w in words).split() != text.split():
                words = ()  # corrected by the parent: the recogniser's words (and doubts) no longer apply
            turns.append(Turn(len(turns), float(seg["start"]), float(seg["end"]), seg.get("speaker"), text,
                              n_words=len(probs), n_unsure=sum(p < UNSURE_BELOW for p in probs), words=words))
    return turns


RUN_ON_GAP = 1.0  # seconds: recogniser segments closer than this may be one sentence


def runs_on(a: Turn, b: Turn) -> bool:
    """Does segment b follow a closely enough to be the same utterance? (Only meaningful where the
    transcript does not say who spoke.)"""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return second.start - first.end < RUN_ON_GAP


def unsure_share(turns: list[Turn]) -> float:
    """The share of these turns' words the recogniser was unsure of (0 for a typed transcript)."""
    n = sum(t.n_words for t in turns)
    return sum(t.n_unsure for t in turns) / n if n else 0.0


def heard_unsure(turn: Turn, found: Callable[[str], bool], longest: int = 5) -> bool | None:
    """Was the recogniser unsure of the shortest run of this turn's words in which `found` holds
    (a figure: "six percent", "10 o'clock")? None where the turn has no recognised words or no run
    of up to `longest` words holds it (split between segments, or worked out from other words)."""
    tokens = turn.words
    for size in range(1, min(longest, len(tokens)) + 1):
        for i in range(len(tokens) - size + 1):
            run = tokens[i:i + size]
            if found("".join(w[2] for w in run)):
                return min(w[3] for w in run) < UNSURE_BELOW
    return None


LABELLED_SHARE = 0.5  # a script: at least half its lines start with a speaker's label


def load(path: Path, model: str | None = None, progress=None) -> tuple[list[Turn], dict]:
    """Turns from any transcript the command line accepts; also returns what was read (for hashes).

    Decided by the file's content, never by trying one reader after another: a JSON object (a
    byte-order mark allowed) is a transcript and must hold to its contract ("segments"); text whose
    lines are mostly "Speaker: words" is a script; audio (by its name, or bytes that are not text) is
    transcribed first. Anything else is refused with one line that names the file."""
    path = Path(path)
    name = printable(path.name)
    kind = tr.transcript_kind(path)  # a missing file, or text in a .wav, is refused here
    if kind == "json" or (kind == "text" and tr.read_transcript_text(path).lstrip().startswith("[")):
        data = tr.read_transcript_json(path)  # names the file and the first field that is wrong
        return from_transcript(data), {"kind": "json", "model": data.get("model")}
    if kind == "text":
        text = tr.read_transcript_text(path)
        lines = [line for line in text.splitlines() if line.strip()]
        labelled = sum(bool((m := _LABEL.match(line)) and m.group("text").strip()) for line in lines)
        if not lines:
            raise FairMinutesError(f"{name} is empty: it holds no transcript lines.")
        if labelled < LABELLED_SHARE * len(lines):
            raise FairMinutesError(
                f"{name} is not a transcript FairMinutes can read: it is neither a transcript .json (an object "
                f"with \"segments\") nor a speaker-labelled text (only {labelled} of its {len(lines)} lines "
                "start with a speaker, such as \"Chair: Good morning.\"). Label each turn with its speaker, "
                "or give the recording instead.")
        return from_text(text), {"kind": "text"}

    transcript = transcribe_file(path, model, progress=progress)
    return from_transcript(transcript.to_json()), {"kind": "audio", "model": transcript.model,
                                                   "transcript": transcript}
