"""What a comparison found, as every reader sees it: the comparer makes `Finding`s, findings.json
holds them (the findings JSON contract), and the review pane, the report, the letter and the demo
read them back with `load_findings` and word them with the helpers at the end of this module, so a
finding is described the same way wherever it appears.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.clock import clock
from app.errors import FairMinutesError

FINDING_KINDS = ("not_said", "contradicted", "changed_detail", "misattributed", "omitted", "quality")
KIND_NAMES = {
    "not_said": "Not said in the meeting",
    "contradicted": "The meeting said the opposite",
    "changed_detail": "A detail is different",
    "misattributed": "Said by someone else",
    "omitted": "Left out of the minutes",
    "quality": "A problem in the minutes themselves",
}
COMPARISON_KINDS = FINDING_KINDS[:-1]  # what the recording shows; "quality" is the minutes judged alone
MATERIAL_FROM = 0.5  # a materiality weight from which a finding counts as material


@dataclass(frozen=True)
class Evidence(Mapping):
    """Words of the meeting that a finding (or a statement's support) rests on: a turn of the
    transcript with its times in seconds from the start of the recording.

    Also a read-only mapping of its JSON keys (e["start"], set(e)), because the comparer and the
    evidence bundle still read evidence as the dicts they used to be; new code reads attributes."""

    start: float
    end: float
    speaker: str | None
    text: str
    line: int | None = None  # the line of a speaker-labelled text transcript; None for a recording

    @classmethod
    def from_json(cls, d: dict) -> Evidence:
        line = d.get("line")
        return cls(float(d["start"]), float(d["end"]), d.get("speaker"), str(d.get("text", "")),
                   None if line is None else int(line))

    def to_json(self) -> dict:
        """The same keys, in the same order, as `Turn.evidence()` writes them."""
        d = {"start": self.start, "end": self.end, "speaker": self.speaker, "text": self.text}
        if self.line is not None:
            d["line"] = self.line
        return d

    def __getitem__(self, key: str):
        if key not in _EVIDENCE_KEYS or (key == "line" and self.line is None):
            raise KeyError(key)
        return getattr(self, key)

    def __iter__(self) -> Iterator[str]:
        return iter(_EVIDENCE_KEYS if self.line is not None else _EVIDENCE_KEYS[:-1])

    def __len__(self) -> int:
        return len(_EVIDENCE_KEYS) - (self.line is None)


_EVIDENCE_KEYS = ("start", "end", "speaker", "text", "line")


def _evidence_list(items) -> list[Evidence]:
    return [e if isinstance(e, Evidence) else Evidence.from_json(e) for e in items or []]


@dataclass(frozen=True)
class Materiality:
    """How much a finding could matter to the outcome (0-1), and why, in one line: it touches the
    decision, the threshold, the category, the plan, an allegation or admission about a parent, the
    child's safety, or it is a minor detail. Ombudsman decisions turn on whether a fault affected the
    outcome, so the report and the review put the weighty ones first."""

    weight: float
    reason: str

    def to_json(self) -> dict:
        return {"weight": round(self.weight, 2), "reason": self.reason}

    @classmethod
    def from_json(cls, d) -> Materiality | None:
        if not isinstance(d, dict):
            return None
        return cls(float(d.get("weight") or 0.0), str(d.get("reason") or ""))


@dataclass
class Finding:
    id: str
    kind: str
    minutes_text: str | None
    evidence: list[Evidence]  # dicts as Turn.evidence() makes them are accepted and converted
    confidence: float
    explanation: str
    statement: int | None = None  # index of the minutes statement, None for omitted
    section: str = ""
    speaker: str | None = None  # who the minutes credit it to
    materiality: Materiality | None = None  # None only in findings.json written before it existed
    check: str = ""  # kind "quality": which check ("action_without_owner", ...)
    related: str | None = None  # kind "quality": the id of the finding on the same words, not reported twice

    def __post_init__(self) -> None:
        self.evidence = _evidence_list(self.evidence)

    def to_json(self) -> dict:
        d = {"id": self.id, "kind": self.kind, "minutes_text": self.minutes_text,
             "evidence": [e.to_json() if isinstance(e, Evidence) else dict(e) for e in self.evidence],
             "confidence": round(self.confidence, 2), "explanation": self.explanation,
             "statement": self.statement, "section": self.section, "minutes_speaker": self.speaker,
             "materiality": self.materiality.to_json() if self.materiality else None}
        if self.check:
            d["check"] = self.check
        if self.related:
            d["related"] = self.related
        return d

    @classmethod
    def from_json(cls, d: dict) -> Finding:
        """A finding as findings.json holds it (`to_json`'s output); keys an older file lacks take
        their defaults."""
        statement = d.get("statement")
        return cls(str(d["id"]), str(d["kind"]), d.get("minutes_text"), _evidence_list(d.get("evidence")),
                   float(d.get("confidence") or 0.0), str(d.get("explanation") or ""),
                   None if statement is None else int(statement), str(d.get("section") or ""),
                   d.get("minutes_speaker"), Materiality.from_json(d.get("materiality")),
                   str(d.get("check") or ""), d.get("related"))


@dataclass
class CheckedStatement:
    """A statement of the minutes after the comparison: whether the meeting supports it, and where."""

    text: str
    section: str = ""
    speaker: str | None = None  # who the minutes credit it to
    where: str = ""  # where in the minutes document it was read
    status: str | None = None  # "supported" | "finding"; None: not compared yet
    support: float = 0.0  # how much of it the best passage of the meeting covers, 0-1
    evidence: list[Evidence] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.evidence = _evidence_list(self.evidence)

    def to_json(self) -> dict:
        return {"text": self.text, "section": self.section, "speaker": self.speaker, "where": self.where,
                "status": self.status, "support": self.support, "evidence": [e.to_json() for e in self.evidence]}

    @classmethod
    def from_json(cls, d: dict) -> CheckedStatement:
        return cls(str(d.get("text", "")), str(d.get("section") or ""), d.get("speaker"), str(d.get("where") or ""),
                   d.get("status"), float(d.get("support") or 0.0), _evidence_list(d.get("evidence")))


@dataclass
class FindingsFile:
    """findings.json, read back: the findings, every statement checked, and the comparer's notes
    (e.g. that no statement could be checked for misattribution)."""

    minutes: str
    transcript: str
    findings: list[Finding]
    statements: list[CheckedStatement] = field(default_factory=list)
    speakers_known: bool = False
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """The same dict the comparer wrote (`Result.to_json`), key for key."""
        return {"minutes": self.minutes, "transcript": self.transcript,
                "findings": [f.to_json() for f in self.findings],
                "statements": [s.to_json() for s in self.statements],
                "speakers_known": self.speakers_known, "notes": self.notes}

    @classmethod
    def from_json(cls, d: dict) -> FindingsFile:
        return cls(str(d.get("minutes") or ""), str(d.get("transcript") or ""),
                   [Finding.from_json(f) for f in d.get("findings") or []],
                   [CheckedStatement.from_json(s) for s in d.get("statements") or []],
                   bool(d.get("speakers_known")), [str(n) for n in d.get("notes") or []])

    def by_id(self, fid: str) -> Finding | None:
        return next((f for f in self.findings if f.id == fid), None)

    def counts(self) -> dict[str, int]:
        """How many findings of each kind, in the order they first appear."""
        out: dict[str, int] = {}
        for f in self.findings:
            out[f.kind] = out.get(f.kind, 0) + 1
        return out


def weight(f: Finding) -> float:
    """The finding's materiality weight; 0 when it was never weighed."""
    return f.materiality.weight if f.materiality else 0.0


def is_material(f: Finding) -> bool:
    """Could it have affected the outcome? (weight from MATERIAL_FROM)"""
    return weight(f) >= MATERIAL_FROM


def materiality_order(findings: list[Finding]) -> list[Finding]:
    """The findings most material first; among equals the surer first, then in minutes order (a
    stable sort keeps it). The review's sort and the report's "What matters most" use this."""
    return sorted(findings, key=lambda f: (-round(weight(f), 2), -round(f.confidence, 2)))


def reported_once(findings: list[Finding]) -> list[Finding]:
    """The findings a parent is shown: a quality finding on words another finding already reports
    (its `related` id) is that finding, not a second one to check."""
    ids = {f.id for f in findings}
    return [f for f in findings if not (f.kind == "quality" and f.related and f.related in ids)]


def load_findings(path: Path) -> FindingsFile:
    """Read a findings.json; a file that is not one raises FairMinutesError naming it."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
            raise ValueError("it has no list of findings")
        return FindingsFile.from_json(data)
    except FileNotFoundError:
        raise FairMinutesError(f"There are no findings at {path}: compare the minutes with the recording first.") from None
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise FairMinutesError(f"{path.name} cannot be read as findings ({e}).") from None


# ----- How a finding is worded: one answer for the review pane, the report, the letter and the demo.

UNNAMED_SPEAKER = "an unnamed speaker"  # the transcript does not say who spoke
NOTHING_IN_MINUTES = "(nothing: the minutes leave this out)"
NOTHING_IN_RECORDING = "(nothing in the recording matches)"


def kind_name(kind: str) -> str:
    """The kind as a parent would put it: 'A detail is different'."""
    return KIND_NAMES.get(kind, kind.replace("_", " ").capitalize())


def shorten(text: str, limit: int = 160) -> str:
    """One line of at most `limit` characters, cut at a word, with '…' where it was cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def who(e: Evidence) -> str:
    """Who said it, for the middle of a sentence."""
    return e.speaker or UNNAMED_SPEAKER


def said_line(e: Evidence) -> str:
    """'[12:03] Health Visitor: “…”': the evidence as a line of a table or a list."""
    name = who(e)
    return f"[{clock(e.start)}] {name[:1].upper() + name[1:]}: “{e.text}”"


def said_sentence(e: Evidence) -> str:
    """'At 12:03 in the recording, Health Visitor said: “…”'."""
    return f"At {clock(e.start)} in the recording, {who(e)} said: “{e.text}”"


def said(f: Finding) -> str:
    """Everything the finding rests on, one `said_line` a line."""
    return "\n".join(said_line(e) for e in f.evidence) or NOTHING_IN_RECORDING


def minutes_words(f: Finding) -> str:
    """What the minutes say, for a table cell."""
    return f.minutes_text or NOTHING_IN_MINUTES


def minutes_sentence(f: Finding) -> str:
    """What the minutes say, as a sentence: 'The minutes say: “…”'."""
    return f"The minutes say: “{f.minutes_text}”" if f.minutes_text else "The minutes do not record this."


def headline(f: Finding) -> str:
    """The words a finding is known by in a list: the minutes' sentence, or what was said when
    the minutes leave it out; a problem of the minutes with no sentence of its own (no contingency
    plan, a view left out) is known by what is wrong."""
    if f.kind == "quality" and not f.minutes_text:
        return f.explanation
    return f.minutes_text or (f.evidence[0].text if f.evidence else "")


def percent(f: Finding) -> int:
    """The confidence as findings.json keeps it (two decimals), in per cent: the same number in
    the demo's output (a fresh Finding) as in the report (one read back)."""
    return int(round(round(f.confidence, 2) * 100))


def confidence_words(f: Finding) -> str:
    """'high (85%)': high from 75%, medium from 50%, low below."""
    c = f.confidence
    label = "high" if c >= 0.75 else "medium" if c >= 0.5 else "low"
    return f"{label} ({percent(f)}%)"


def _quoted(text: str, limit: int, last: bool) -> str:
    """“…” around a shortened quote; inside a sentence its own full stop goes, at the end it stays."""
    text = shorten(text, limit)
    return f"“{text if last else text.rstrip('.')}”"


def _full_stop(sentence: str) -> str:
    return sentence if sentence.endswith((".", ".”", "?”", "!”", "…”")) else sentence + "."


def describe(f: Finding, limit: int = 90) -> str:
    """One sentence: what the minutes say against what was said, with the time and the speaker
    ('The minutes say “…”, but at 1:11 Mother said the opposite: “I don't agree.”'). Quotes are
    shortened to `limit` characters."""
    if f.kind == "quality":  # the minutes judged alone: its explanation says what is wrong
        return _full_stop(f.explanation)
    e = f.evidence[0] if f.evidence else None
    minutes = _quoted(f.minutes_text, limit, last=False) if f.minutes_text else ""
    if f.kind == "omitted" or not minutes:  # only an omission should lack the minutes' words
        if e is None:
            return "Something said in the meeting is missing from the minutes."
        return _full_stop(f"At {clock(e.start)} {who(e)} said {_quoted(e.text, limit, last=False)}, "
                          f"and the minutes do not record it")
    if e is None:
        return f"The minutes say {minutes}, but nothing in the recording matches."
    at, quote = clock(e.start), _quoted(e.text, limit, last=True)
    if f.kind == "not_said":
        text = (f"The minutes say {minutes}, but nobody said this in the meeting; the closest is what "
                f"{who(e)} said at {at}: {quote}")
    elif f.kind == "contradicted":
        text = f"The minutes say {minutes}, but at {at} {who(e)} said the opposite: {quote}"
    elif f.kind == "changed_detail":
        text = f"The minutes say {minutes}, but at {at} {who(e)} gave it differently: {quote}"
    elif f.kind == "misattributed":
        credited = f" to {f.speaker}" if f.speaker else ""
        text = f"The minutes credit {minutes}{credited}, but at {at} it was {who(e)} who said it: {quote}"
    else:
        text = f"The minutes say {minutes}; at {at} {who(e)} said: {quote}"
    return _full_stop(text)
