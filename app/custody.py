"""Chain of custody: show that the recording is whole and unchanged since it was made.

Two things a solicitor asks of a recording: has anything been cut out, and has it been changed since?
- The hash: at Stop, after a crash is recovered, and when a phone recording is brought in, the SHA-256
  of every file of the recording is logged in events.jsonl (`recording_hashed`). Later, anyone can
  hash the file again and compare.
- The timeline: events.jsonl logs every start, pause, resume, stop, recovery and microphone change
  with its wall clock and its offset in the audio, so the time from start to end is accounted for:
  audio recorded plus every pause and gap. A cut would show as time nobody can account for.

`timeline(session)` reads it back as plain data; `report_sections(session)` words it for the report.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from app.clock import clock
from app.recording.wavfile import frames_of, read_format
from app.report.layout import how_to_check
from app.report.report import ReportSection
from app.safefile import inside, sha256_file

# Start to end by the wall clock should equal the audio plus the pauses. They differ a little: each
# start or resume takes a moment before audio flows, and a sound card's clock runs up to about 0.1 %
# off the computer's (the recorder's own test allows 50 ms a minute). Beyond this much, the report
# says time is unaccounted for: a cut of any length worth making shows.
UNACCOUNTED_TOLERANCE = 2.0  # seconds, plus the two below
UNACCOUNTED_PER_BREAK = 0.25  # seconds for each pause, gap or restart
UNACCOUNTED_DRIFT = 0.001  # share of the wall-clock span


# ----- hashing, at the moments it matters

def recording_files(session) -> list[Path]:
    """The files that make up the recording: recording.wav (then recording.2.wav ...), or a file
    brought in from a phone."""
    return session.recording_parts()


def log_recording_hashes(session, why: str, files: list[Path] | None = None,
                         known: dict[str, str] | None = None) -> list[dict]:
    """Hash every file of the recording as it is now and log each in events.jsonl. `why`: stopped,
    recovered or imported. `known`: hashes already computed while copying (file name -> SHA-256).
    Never raises for a disk that refuses the log line: the recording itself is what matters."""
    logged = []
    for path in files if files is not None else recording_files(session):
        try:
            digest = (known or {}).get(path.name) or sha256_file(path)
            size = path.stat().st_size
            logged.append(session.log_event("recording_hashed", file=path.name, sha256=digest, bytes=size,
                                            why=why))
        except OSError as e:
            logging.getLogger(__name__).warning("could not hash %s: %s", path, e)
    return logged


# ----- the timeline

@dataclass
class Break:
    """A stretch of the conference when nothing was recorded."""

    kind: str  # pause | stopped | interrupted | microphone_lost
    at: float  # where it falls in the recording (seconds)
    began: str  # wall clock (ISO); for an interruption, estimated from the audio written before it
    ended: str = ""  # wall clock when recording went on; empty when it never did
    estimated: bool = False  # began is worked out, not logged (a crash leaves no line)

    @property
    def seconds(self) -> float | None:
        if not self.ended:
            return None
        return max(0.0, (_when(self.ended) - _when(self.began)).total_seconds())


KIND_WORDS = {
    "pause": "Paused",
    "stopped": "Stopped, then recorded again",
    "interrupted": "Interrupted (the app or computer stopped; recovered)",
    "microphone_lost": "Microphone stopped sending sound",
}


@dataclass
class DeviceChange:
    at: float
    wall: str
    device: str
    why: str


@dataclass
class FileCheck:
    """One file of the recording: the hash logged last beside the hash now."""

    file: str
    logged_sha256: str = ""
    logged_why: str = ""
    logged_wall: str = ""
    now_sha256: str = ""
    now_bytes: int = 0
    missing: bool = False

    @property
    def matches(self) -> bool:
        return bool(self.logged_sha256) and self.logged_sha256 == self.now_sha256


@dataclass
class Timeline:
    started: str = ""  # wall clock of the first start (ISO)
    ended: str = ""  # wall clock of the last stop
    length: float = 0.0  # seconds of audio in the recording's files
    breaks: list[Break] = field(default_factory=list)
    devices: list[DeviceChange] = field(default_factory=list)
    files: list[FileCheck] = field(default_factory=list)
    imported: dict | None = None  # the recording_imported event, for a recording brought in
    notes: list[str] = field(default_factory=list)  # other things logged: no sound, recoveries ...

    @property
    def span(self) -> float | None:
        """Wall-clock seconds from the first start to the last stop."""
        if not self.started or not self.ended:
            return None
        return (_when(self.ended) - _when(self.started)).total_seconds()

    @property
    def unaccounted(self) -> float | None:
        """Seconds between start and end that are neither audio nor a logged pause or gap."""
        span = self.span
        if span is None or any(b.seconds is None for b in self.breaks):
            return None
        return span - self.length - sum(b.seconds or 0.0 for b in self.breaks)

    @property
    def tolerance(self) -> float:
        """How far audio + pauses may differ from start-to-end by the clock without a warning."""
        return (UNACCOUNTED_TOLERANCE + UNACCOUNTED_PER_BREAK * len(self.breaks)
                + UNACCOUNTED_DRIFT * max(0.0, self.span or 0.0))

    @property
    def hashes_match(self) -> bool:
        return bool(self.files) and all(f.matches for f in self.files)


def timeline(session, hash_now: bool = True) -> Timeline:
    """The recording's history from events.jsonl, and (with `hash_now`) each file's hash now."""
    t = Timeline()
    open_break: Break | None = None
    device = ""
    anchor = (0.0, "")  # (offset, wall) of the last event logged while recording: to date a crash
    hashes: dict[str, dict] = {}
    for e in session.events.read():
        kind, wall, at = e.get("event"), str(e.get("wall", "")), _num(e.get("offset"))
        if not _valid_wall(wall):
            continue
        if kind == "recording_started":
            if open_break is not None:
                open_break.ended = wall
                open_break = None
            if not t.started:
                t.started = wall
            _device(t, e.get("device"), device, at, wall, "when recording started again" if device else "first microphone")
            device = e.get("device") or device
            anchor = (at, wall)
        elif kind == "recording_paused":
            if open_break is None:
                open_break = Break("pause", at, wall)
                t.breaks.append(open_break)
        elif kind == "device_lost":
            if open_break is None and t.started:  # lost while only the meter ran: nothing was missed
                open_break = Break("microphone_lost", at, wall)
                t.breaks.append(open_break)
        elif kind == "recording_resumed":
            if open_break is not None:
                open_break.ended = wall
                open_break = None
            _device(t, e.get("device"), device, at, wall, "on resuming")
            device = e.get("device") or device
            anchor = (at, wall)
        elif kind == "device_changed":
            _device(t, e.get("device"), device, at, wall, "microphone changed")
            device = e.get("device") or device
        elif kind == "recording_stopped":
            t.ended, t.length = wall, at
            recovered = e.get("reason") == "recovered after an interruption"
            if open_break is not None and recovered:
                # Paused, then the app stopped: one gap from the pause to the next start.
                open_break.kind = "interrupted"
                t.ended = open_break.began
                continue
            if open_break is not None:  # stopped while paused: the pause ends with the recording
                open_break.ended = wall
            if recovered:
                # The crash logged nothing; it happened when the audio ran out, reckoned from the
                # last event logged while recording.
                began = _plus(anchor[1], at - anchor[0]) if anchor[1] else wall
                open_break = Break("interrupted", at, began, estimated=True)
                t.ended = began
            else:
                open_break = Break("stopped", at, wall)
            t.breaks.append(open_break)
        elif kind == "recording_recovered":
            t.notes.append(f"{_hms(wall)}: a recording left unfinished was recovered "
                           f"({_num(e.get('seconds_recovered')):.1f} s of audio kept).")
        elif kind == "recording_file_started":
            t.notes.append(f"{clock(at)}: the recording went on in {e.get('file')} (a WAV file holds 24.8 hours).")
        elif kind == "no_sound":
            t.notes.append(f"{clock(at)}: the microphone sent no sound at all for a while (muted?).")
        elif kind == "recording_stop_delayed":
            t.notes.append(f"{clock(at)}: the disk was slow; the end of the recording was written late, "
                           "nothing was dropped.")
        elif kind == "recording_imported":
            t.imported = e
            t.length = _num(e.get("seconds"))
        elif kind == "recording_hashed":
            hashes[str(e.get("file"))] = e
        elif kind in ("recording_start_failed", "recording_lock_taken_over", "empty_recording_removed"):
            pass  # nothing was recorded by these: no part of the timeline
    # The last stop leaves no break (nothing followed it); drop it.
    if t.breaks and t.breaks[-1].kind in ("stopped", "interrupted") and not t.breaks[-1].ended:
        t.breaks.pop()
    files = recording_files(session)
    if files and t.imported is None:
        t.length = _audio_seconds(files) or t.length
    names = [p.name for p in files] + [n for n in hashes if n not in {p.name for p in files}]
    for name in names:
        logged = hashes.get(name, {})
        check = FileCheck(name, str(logged.get("sha256", "")), str(logged.get("why", "")),
                          str(logged.get("wall", "")))
        path = inside(session.audio_dir, session.audio_dir / name)  # a name from events.jsonl: never outside
        if path is None or not path.is_file():
            check.missing = True
        elif hash_now:
            check.now_sha256, check.now_bytes = sha256_file(path), path.stat().st_size
        t.files.append(check)
    return t


def breaks_sentence(session) -> tuple[str, bool]:
    """After Stop: every pause and gap in the recording, in one plain paragraph, and whether there
    was any (a gap is news the parent must see at once, not only in the report)."""
    breaks = timeline(session, hash_now=False).breaks
    if not breaks:
        return "The recording ran without a pause or a gap from start to end.", False
    items = []
    for b in breaks:
        how_long = f"for {clock(b.seconds)}" if b.seconds is not None else "to the end"
        items.append(f"at {clock(b.at)} {how_long} ({KIND_WORDS.get(b.kind, b.kind).lower()})")
    times = "once" if len(breaks) == 1 else f"{len(breaks)} times"
    return (f"Nothing was recorded {times}: " + "; ".join(items) + ". The report lists each one with its "
            "clock times."), True


def _device(t: Timeline, new, old: str, at: float, wall: str, why: str) -> None:
    if new and new != old:
        t.devices.append(DeviceChange(at, wall, str(new), why))


def _audio_seconds(files: list[Path]) -> float:
    total = 0.0
    try:
        for p in files:
            rate, _ = read_format(p)
            total += frames_of(p) / rate
    except Exception:
        return 0.0
    return total


def _num(v) -> float:
    try:
        return float(v)
    except (TypeError, ValueError):
        return 0.0


def _valid_wall(wall: str) -> bool:
    try:
        _when(wall)
        return True
    except ValueError:
        return False


def _when(wall: str) -> datetime:
    return datetime.fromisoformat(wall)


def _plus(wall: str, seconds: float) -> str:
    return (_when(wall) + timedelta(seconds=max(0.0, seconds))).isoformat(timespec="milliseconds")


def _hms(wall: str) -> str:
    """'14:03:07' from an ISO wall clock."""
    return _when(wall).strftime("%H:%M:%S") if wall else "-"


def _day_hms(wall: str) -> str:
    """'Tuesday 3 March 2026, 14:03:07 (UTC+00:00)' from an ISO wall clock."""
    if not wall:
        return "not logged"
    w = _when(wall)
    offset = w.strftime("%z")
    zone = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    return f"{w.strftime('%A')} {w.day} {w.strftime('%B %Y, %H:%M:%S')}{zone}"


def _duration(seconds: float) -> str:
    s = int(round(seconds))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    if h:
        return f"{h} h {m:02d} min {s:02d} s"
    return f"{m} min {s:02d} s" if m else f"{s} s"


# ----- the report's section

def report_sections(session) -> list:
    """'The recording': when it started and ended, how long, every pause, gap and microphone, and
    its fingerprint then and now. Empty when the conference has no recording."""
    t = timeline(session)
    if not t.files and t.imported is None:
        return []
    paras: list[str] = []
    if t.imported is not None:
        paras.append(f"The recording was made on another device and brought into FairMinutes on "
                     f"{_day_hms(str(t.imported.get('wall', '')))} from the file "
                     f"\u201c{t.imported.get('original', '?')}\u201d, copied byte for byte. It is "
                     f"{_duration(t.length)} long. FairMinutes cannot say when it was made or whether it was "
                     "paused on that device.")
    else:
        paras.append(f"Recording started: {_day_hms(t.started)}.")
        paras.append(f"Recording ended: {_day_hms(t.ended)}.")
        paras.append(f"Length of the recording: {_duration(t.length)} ({clock(t.length)}).")
        pauses = [b for b in t.breaks]
        if not pauses:
            paras.append("No pause, stop or interruption was logged between the start and the end.")
        else:
            total = sum(b.seconds or 0.0 for b in pauses)
            paras.append(f"It was paused or interrupted {len(pauses)} time{'s' if len(pauses) != 1 else ''}, "
                         f"{_duration(total)} in all; each is listed below with its times. Nothing was "
                         "recorded during them; the audio either side is joined in the file.")
        left = t.unaccounted
        if left is not None:
            if abs(left) <= t.tolerance:
                paras.append(f"From start to end is {_duration(t.span or 0)} by the clock: the recording's "
                             f"length plus the pauses listed accounts for all of it (to within "
                             f"{t.tolerance:.0f} s, the small difference between a sound card's clock and "
                             "the computer's), so nothing is missing in between.")
            else:
                paras.append(f"From start to end is {_duration(t.span or 0)} by the clock, but the recording "
                             f"and the pauses listed account for {_duration((t.span or 0) - left)}: "
                             f"{_duration(abs(left))} {'is not accounted for' if left > 0 else 'too much'}. "
                             "Ask for the events log (events.jsonl) to be examined.")
        if t.devices:
            paras.append("Microphone: " + "; ".join(
                f"{d.device} (from {clock(d.at)}, {d.why})" if i else f"{d.device}"
                for i, d in enumerate(t.devices)) + ".")
    paras += t.notes
    table = None
    if t.breaks:
        table = [["No.", "Where in the recording", "What", "From (clock)", "To (clock)", "How long"]]
        for n, b in enumerate(t.breaks, start=1):
            table.append([str(n), clock(b.at), KIND_WORDS.get(b.kind, b.kind),
                          ("about " if b.estimated else "") + _hms(b.began),
                          _hms(b.ended) if b.ended else "-",
                          _duration(b.seconds) if b.seconds is not None else "-"])
    sections = [ReportSection("The recording", paras, table, widths=[12, 30, 50, 26, 26, 26])]

    hp: list[str] = []
    for f in t.files:
        if f.missing:
            hp.append(f"{f.file}: the file is missing from the conference's folder.")
        elif not f.logged_sha256:
            hp.append(f"{f.file}: no fingerprint was logged when it was made (recorded with an earlier version "
                      "of FairMinutes); its fingerprint now is below.")
    if t.hashes_match:
        hp.insert(0, "The recording's fingerprint (SHA-256) logged when it "
                  f"{_why_words(t.files[-1].logged_why)} matches its fingerprint now, when this report was made: "
                  "the recording has not been changed since.")
    elif any(f.logged_sha256 and f.now_sha256 and not f.matches for f in t.files):
        hp.insert(0, "WARNING: the recording's fingerprint now does NOT match the one logged when it "
                  f"{_why_words(t.files[-1].logged_why)}: the file has changed since. Do not rely on it before "
                  "this is explained.")
    hp.append("To check it without FairMinutes, compute the SHA-256 of the recording file and compare it with "
              "the fingerprint below: " + "; ".join(f"{s}: {c}" for s, c in how_to_check("recording.wav")) + ".")
    # One file a block of rows, so that a 64-character fingerprint fits on one line.
    rows = [["", ""]]
    for f in t.files:
        rows += [["File", f.file],
                 ["Logged", f"when it {_why_words(f.logged_why)}: {_day_hms(f.logged_wall)}" if f.logged_sha256
                  else "no fingerprint was logged"],
                 ["Then", f.logged_sha256 or "-"],
                 ["Now", f.now_sha256 or ("the file is missing" if f.missing else "-")],
                 ["Same?", "yes" if f.matches else ("NO" if f.logged_sha256 and f.now_sha256 else "-")]]
    sections.append(ReportSection("The recording's fingerprint", hp, rows, level=2, widths=[24, 146]))
    size = sum((session.audio_dir / f.file).stat().st_size for f in t.files if not f.missing)
    sections.append(ReportSection("The evidence bundles", [
        "This report comes with two evidence bundles (.zip files). The full one holds the whole recording, an "
        "audio clip for each finding, the transcript and the parent's corrections to it, the friend's notes, the "
        "minutes as received, the findings, and the logs that show how the recording was made (events.jsonl, "
        f"session.json, review.jsonl). The one for email is the same without the whole recording ({_mb(size)}), "
        "whose fingerprint it still holds, so the recording sent another way can be checked against it.",
        "Each bundle's manifest.json lists the SHA-256 fingerprint of every file in it. 'fairminutes verify "
        "BUNDLE.zip' checks them all and names any file that is missing, changed or added; without FairMinutes, "
        "check any file with the commands in Appendix B.",
        "A bundle may come encrypted (AES-256), with its passphrase sent separately (a phone call, a text). Open "
        "it with 7-Zip (Windows), Keka or The Unarchiver (macOS), or 7z on Linux: Windows' built-in zip "
        "('Extract all') cannot open AES-encrypted zips.",
    ], place="appendix"))
    return sections


def _mb(size: int) -> str:
    return f"{size / 1e6:,.0f} MB" if size >= 1e6 else f"{size / 1e3:,.0f} KB"


def _why_words(why: str) -> str:
    return {"stopped": "stopped", "recovered": "was recovered", "imported": "was brought in"}.get(why, why or "?")
