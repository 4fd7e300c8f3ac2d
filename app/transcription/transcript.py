"""The transcript (the JSON contract in ARCHITECTURE.md) as plain dataclasses, plus the overlay of
the user's corrections and speaker names (transcript.edits.jsonl), which never touches the original."""

from __future__ import annotations

import copy
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from app.clock import now_iso
from app.errors import FairMinutesError, printable
from app.safefile import Journal, write_json_atomic


@dataclass
class Word:
    start: float
    end: float
    word: str
    probability: float = 1.0


@dataclass
class Segment:
    id: int
    start: float
    end: float
    text: str
    speaker: str | None = None
    words: list[Word] = field(default_factory=list)
    # optional: the turn's voice print in its recording's own space (app/transcription/voices.py),
    # read when the friend's marks name the turns (naming.py); comparable within one recording only
    voice: list[float] | None = None

    def to_json(self) -> dict:
        d = {"id": self.id, "start": round(self.start, 3), "end": round(self.end, 3), "speaker": self.speaker,
             "text": self.text,
             "words": [{"start": round(w.start, 3), "end": round(w.end, 3), "word": w.word,
                        "probability": round(w.probability, 4)} for w in self.words]}
        if self.voice is not None:
            d["voice"] = self.voice
        return d


@dataclass
class Transcript:
    model: str
    language: str = "en"
    audio_sha256: str = ""
    duration: float = 0.0
    segments: list[Segment] = field(default_factory=list)
    dropped: list[dict] = field(default_factory=list)  # text Whisper produced but we did not trust
    # stretches where two voices were heard at once ({"start", "end"}): kept as overlap, never forced
    # onto one speaker (app/transcription/speaker_changes.py)
    overlaps: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        d = {"model": self.model, "language": self.language, "audio_sha256": self.audio_sha256,
             "duration": round(self.duration, 3), "segments": [s.to_json() for s in self.segments]}
        if self.dropped:
            d["dropped"] = self.dropped
        if self.overlaps:
            d["overlaps"] = self.overlaps
        return d

    def save(self, path: Path) -> None:
        write_json_atomic(path, self.to_json())

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)

    @classmethod
    def from_json(cls, d: dict) -> Transcript:
        segs = []
        for i, s in enumerate(d.get("segments", [])):
            words = [Word(float(w["start"]), float(w["end"]), str(w["word"]), float(w.get("probability", 1.0)))
                     for w in s.get("words") or []]
            segs.append(Segment(int(s.get("id", i)), float(s["start"]), float(s["end"]), str(s.get("text", "")).strip(),
                                s.get("speaker"), words, _voice_of(s.get("voice"))))
        return cls(model=str(d.get("model", "")), language=str(d.get("language", "en")),
                   audio_sha256=str(d.get("audio_sha256", "")), duration=float(d.get("duration", 0.0)),
                   segments=segs, dropped=list(d.get("dropped", [])),
                   overlaps=[o for o in d.get("overlaps") or [] if isinstance(o, dict)])

    @classmethod
    def load(cls, path: Path) -> Transcript:
        return cls.from_json(read_transcript_json(path))


def _voice_of(v) -> list[float] | None:
    """A segment's optional voice print, or None where it is missing or not a list of numbers."""
    if not isinstance(v, list) or not v or not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v):
        return None
    try:
        out = [float(x) for x in v]
    except OverflowError:
        return None
    return out if all(math.isfinite(x) for x in out) else None


# ----- reading what the user hands in: a transcript .json, a speaker-labelled text, or audio

AUDIO_SUFFIXES = frozenset(
    ".wav .wave .flac .mp3 .m4a .mp4 .aac .ogg .oga .opus .wma .webm .mka .mkv .aif .aiff .aifc .amr .3gp "
    ".caf .mov .avi .au .ac3".split())
TEXT_SUFFIXES = frozenset(".txt .text .md".split())
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode_text(raw: bytes) -> str | None:
    """Text as an editor saves it: UTF-8 with or without a byte-order mark (Notepad adds one), or
    UTF-16/32 with one. None when these bytes are not text (a NUL byte, or not valid UTF-8)."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                return None
    if b"\x00" in raw:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data":  # a sample cut in the middle of a character is still text
            return raw[:e.start].decode("utf-8")
        return None


def transcript_kind(path: Path) -> str:
    """'json', 'text' or 'audio': how the file named as a transcript is to be read.

    The name decides for audio: a .wav is a recording, whatever it holds, and one that holds text is
    refused here rather than read as a transcript (it would give findings about the wrong thing)."""
    path = Path(path)
    if not path.is_file():
        raise FairMinutesError(f"There is no file at {printable(path)}.")
    suffix = path.suffix.lower()
    with open(path, "rb") as f:
        sample = f.read(4096)
    text = decode_text(sample)
    if suffix in AUDIO_SUFFIXES:
        if text is not None and text.strip():
            raise FairMinutesError(
                f"{printable(path.name)} holds text, so it is not an audio file FairMinutes can read, whatever "
                f"its name ({suffix}) says. If it is a transcript, rename it to end in .json or .txt.")
        return "audio"
    if suffix == ".json" or (text is not None and text.lstrip().startswith("{")):
        return "json"
    if suffix in TEXT_SUFFIXES or text is not None:
        return "text"
    return "audio"


def read_transcript_text(path: Path) -> str:
    """A speaker-labelled text transcript, without a byte-order mark (which would stick to the first
    speaker's label)."""
    raw = Path(path).read_bytes()
    text = decode_text(raw)
    if text is None:  # another encoding (Windows-1252, say): keep what reads, mark the rest
        text = raw.decode("utf-8", errors="replace")
    return text.lstrip("\ufeff")


def read_transcript_json(path: Path) -> dict:
    """A transcript .json, checked against the contract; a FairMinutesError names the file and the
    field when it does not hold."""
    path = Path(path)
    name = printable(path.name)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise FairMinutesError(f"There is no transcript at {printable(path)}.") from None
    except IsADirectoryError:
        raise FairMinutesError(f"{printable(path)} is a folder, not a transcript.") from None
    try:
        data = json.loads(raw)  # bytes: a byte-order mark, UTF-16 and UTF-32 are recognised
    except RecursionError:
        raise FairMinutesError(f"{name} is not a transcript FairMinutes can read: it is nested too deeply.") from None
    except ValueError as e:
        raise FairMinutesError(f"{name} is not valid JSON ({' '.join(str(e).split())}).") from None
    check_transcript(data, name)
    return data


def check_transcript(data, name: str) -> None:
    """Raise a FairMinutesError naming the first field of `data` that breaks the transcript contract."""
    def bad(where: str, what: str):
        return FairMinutesError(f"{name} is not a transcript FairMinutes can read: {where} {what}.")

    def number(where: str, v, *, required: bool = True, low: float | None = 0.0, high: float | None = None):
        if v is None and not required:
            return
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise bad(where, f"should be a number but is {_shown(v)}")
        try:
            x = float(v)
        except OverflowError:
            x = math.inf
        if not math.isfinite(x):
            raise bad(where, f"should be a number but is {_shown(v)}")
        if (low is not None and x < low) or (high is not None and x > high):
            raise bad(where, f"is {_shown(v)}, outside {low:g} to {high:g}" if high is not None
                      else f"is {_shown(v)}, below {low:g}")

    def text(where: str, v, *, nullable: bool = False):
        if not (isinstance(v, str) or (nullable and v is None)):
            raise bad(where, f"should be text but is {_shown(v)}")

    if not isinstance(data, dict):
        raise bad("the file", f"should be a JSON object with 'segments' but is {_kind(data)}")
    if "segments" not in data:
        raise bad("the file", "has no 'segments' (is it a transcript?)")
    for key in ("model", "language", "audio_sha256"):
        if key in data:
            text(f"'{key}'", data[key], nullable=True)
    if "duration" in data:
        number("'duration'", data["duration"], required=False)
    if "dropped" in data and not isinstance(data["dropped"], list):
        raise bad("'dropped'", f"should be a list but is {_shown(data['dropped'])}")
    segments = data["segments"]
    if not isinstance(segments, list):
        raise bad("'segments'", f"should be a list but is {_shown(segments)}")
    for i, seg in enumerate(segments):
        at = f"segment {i + 1}"
        if not isinstance(seg, dict):
            raise bad(at, f"should be an object but is {_shown(seg)}")
        if "id" in seg and (isinstance(seg["id"], bool) or not isinstance(seg["id"], int)):
            raise bad(f"{at} 'id'", f"should be a whole number but is {_shown(seg['id'])}")
        for key in ("start", "end"):
            if key not in seg:
                raise bad(at, f"has no '{key}' time")
            number(f"{at} '{key}'", seg[key])
        if seg["end"] < seg["start"]:
            raise bad(at, f"ends ({_shown(seg['end'])} s) before it starts ({_shown(seg['start'])} s)")
        if "text" in seg:
            text(f"{at} 'text'", seg["text"])
        if "speaker" in seg:
            text(f"{at} 'speaker'", seg["speaker"], nullable=True)
        words = seg.get("words")
        if words is None:
            continue
        if not isinstance(words, list):
            raise bad(f"{at} 'words'", f"should be a list but is {_shown(words)}")
        for j, w in enumerate(words):
            wat = f"{at} word {j + 1}"
            if not isinstance(w, dict):
                raise bad(wat, f"should be an object but is {_shown(w)}")
            for key in ("start", "end"):
                if key not in w:
                    raise bad(wat, f"has no '{key}' time")
                number(f"{wat} '{key}'", w[key])
            if "word" not in w:
                raise bad(wat, "has no 'word'")
            text(f"{wat} 'word'", w["word"])
            if "probability" in w:
                number(f"{wat} 'probability'", w["probability"], required=False, high=1.0)


def _kind(v) -> str:
    return {list: "a list", str: "text", bool: "true or false", type(None): "null"}.get(
        type(v), "a number" if isinstance(v, (int, float)) else "something else")


def _shown(v) -> str:
    """A value as it appears in the file, short and on one line."""
    try:
        shown = json.dumps(v, ensure_ascii=True)
    except (TypeError, ValueError):
        shown = repr(v)
    return shown if len(shown) <= 40 else shown[:37] + "..."


class TranscriptEdits:
    """Corrections kept beside the machine transcript, one line each:
    {"op": "speaker", "from": "SPEAKER_1" or null, "segment": id or null, "to": "Chair"}
    {"op": "text", "segment": id, "text": "corrected words"}
    """

    def __init__(self, path: Path):
        self.journal = Journal(path)

    def rename_speaker(self, old: str | None, new: str, segment: int | None = None) -> None:
        self.journal.append({"op": "speaker", "from": old, "segment": segment, "to": new, "wall": now_iso()})

    def name_speaker(self, segment: int, current: str | None, name: str) -> None:
        """The parent names who speaks in a line: a speaker already named (or labelled by the
        machine) is renamed on every line; a line with no speaker gets the name on that line alone."""
        if current:
            self.rename_speaker(current, name)
        else:
            self.rename_speaker(None, name, segment=segment)

    def correct_text(self, segment: int, text: str) -> None:
        self.journal.append({"op": "text", "segment": segment, "text": text, "wall": now_iso()})

    def apply(self, transcript: Transcript) -> Transcript:
        """A copy of the transcript with every edit applied in order; the original is unchanged."""
        out = copy.deepcopy(transcript)
        by_id = {s.id: s for s in out.segments}
        for e in self.journal.read():
            if e.get("op") == "speaker":
                if e.get("segment") is not None:
                    if e["segment"] in by_id:
                        by_id[e["segment"]].speaker = e["to"]
                else:
                    for s in out.segments:
                        if s.speaker == e.get("from"):
                            s.speaker = e["to"]
            elif e.get("op") == "text" and e.get("segment") in by_id:
                by_id[e["segment"]].text = e["text"]
        return out
