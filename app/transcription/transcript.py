"""The transcript (the JSON contract in ARCHITECTURE.md) as plain dataclasses, plus the overlay of
the user's corrections and speaker names (transcript.edits.jsonl), which never touches the original."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import FairMinutesError
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

    def to_json(self) -> dict:
        return {"id": self.id, "start": round(self.start, 3), "end": round(self.end, 3), "speaker": self.speaker,
                "text": self.text,
                "words": [{"start": round(w.start, 3), "end": round(w.end, 3), "word": w.word,
                           "probability": round(w.probability, 4)} for w in self.words]}


@dataclass
class Transcript:
    model: str
    language: str = "en"
    audio_sha256: str = ""
    duration: float = 0.0
    segments: list[Segment] = field(default_factory=list)
    dropped: list[dict] = field(default_factory=list)  # text Whisper produced but we did not trust

    def to_json(self) -> dict:
        d = {"model": self.model, "language": self.language, "audio_sha256": self.audio_sha256,
             "duration": round(self.duration, 3), "segments": [s.to_json() for s in self.segments]}
        if self.dropped:
            d["dropped"] = self.dropped
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
                                s.get("speaker"), words))
        return cls(model=str(d.get("model", "")), language=str(d.get("language", "en")),
                   audio_sha256=str(d.get("audio_sha256", "")), duration=float(d.get("duration", 0.0)),
                   segments=segs, dropped=list(d.get("dropped", [])))

    @classmethod
    def load(cls, path: Path) -> Transcript:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls.from_json(data)
        except FileNotFoundError:
            raise FairMinutesError(f"There is no transcript at {path}.") from None
        except (ValueError, KeyError, TypeError) as e:
            raise FairMinutesError(f"{path} is not a transcript FairMinutes can read ({e}).") from None


class TranscriptEdits:
    """Corrections kept beside the machine transcript, one line each:
    {"op": "speaker", "from": "SPEAKER_1" or null, "segment": id or null, "to": "Chair"}
    {"op": "text", "segment": id, "text": "corrected words"}
    """

    def __init__(self, path: Path):
        self.journal = Journal(path)

    def rename_speaker(self, old: str | None, new: str, segment: int | None = None) -> None:
        from app.session import now_iso

        self.journal.append({"op": "speaker", "from": old, "segment": segment, "to": new, "wall": now_iso()})

    def correct_text(self, segment: int, text: str) -> None:
        from app.session import now_iso

        self.journal.append({"op": "text", "segment": segment, "text": text, "wall": now_iso()})

    def apply(self, transcript: Transcript) -> Transcript:
        """A copy of the transcript with every edit applied in order; the original is unchanged."""
        import copy

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
