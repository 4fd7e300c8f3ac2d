"""Names over voices: the friend's speaker marks laid over the machine transcript's voice groups.

The machine transcript says "Voice 1", "Voice 2"... (app/transcription/voices.py); it is never
changed. Here, at read time, each mark names the turn it was pressed in (a press comes a little after
the new voice starts), the turns a voice group's marks agree on give the whole group that name, and
a turn with no mark of its own carries on the last mark's name while the same voice goes on speaking
(and where its voice was never marked: the friend said who speaks "from now" until the next press).
The parent's own renames (transcript.edits.jsonl) are applied after this, so they always win.
"""

from __future__ import annotations

import copy
from collections import Counter

from app.speaker_marks import LAG, SpeakerMark
from app.transcription.transcript import Segment, Transcript

EARLY = 0.25  # seconds: a press this much before a turn's first word still names that turn


def marked_segment(segments: list[Segment], t: float) -> int | None:
    """The index of the turn a mark at `t` names: the latest turn that began at most LAG (+0.5 s)
    before the press, else the turn the press fell in, else (a press in a long silence) the next."""
    latest = None
    for i, s in enumerate(segments):
        if s.start <= t + EARLY:
            latest = i
        else:
            break
    if latest is None:
        return 0 if segments else None
    s = segments[latest]
    if s.start >= t - LAG - 0.5 or s.end >= t:
        return latest
    return latest + 1 if latest + 1 < len(segments) else None


def names(segments: list[Segment], marks: list[SpeakerMark]) -> list[str | None]:
    """The name each segment gets from the marks, or None where the marks say nothing about it."""
    direct: dict[int, str] = {}
    for m in sorted(marks, key=lambda m: (m.t, m.wall)):
        i = marked_segment(segments, m.t)
        if i is not None:
            direct[i] = m.name  # a later press on the same turn corrects an earlier one
    votes: dict[str, Counter] = {}
    for i, name in direct.items():
        if segments[i].speaker:
            votes.setdefault(segments[i].speaker, Counter())[name] += 1
    # the name most marks in a voice group gave (measured: asking for agreement, two marks or three
    # quarters of them, left more words wrong on the scripted conferences, bench/speakers.py)
    group_name = {v: c.most_common(1)[0][0] for v, c in votes.items()}
    out: list[str | None] = []
    last_name, last_voice = None, None
    for i, s in enumerate(segments):
        if i in direct:
            last_name, last_voice = direct[i], s.speaker
            out.append(last_name)
        elif s.speaker is None or s.speaker == last_voice:
            out.append(last_name)  # the same voice goes on, or no voices known: the last mark holds
        else:  # another voice: its group's name if marks gave it one, else the friend's last word holds
            out.append(group_name.get(s.speaker, last_name))
    return out


def apply_marks(transcript: Transcript, marks: list[SpeakerMark]) -> Transcript:
    """A copy of the transcript with the marks' names on its turns; the original is unchanged."""
    if not marks:
        return transcript
    out = copy.deepcopy(transcript)
    for seg, name in zip(out.segments, names(out.segments, marks), strict=True):
        if name:
            seg.speaker = name
    return out


def overlay(machine: Transcript, marks: list[SpeakerMark], edits) -> Transcript:
    """The transcript as the parent sees it: the marks' names, then the parent's edits
    (TranscriptEdits) over them. A voice the parent named ("Voice 2" is the Father) stays named
    wherever the machine heard that voice, even where a mark would have said otherwise."""
    named = apply_marks(machine, marks)
    if named is machine:
        return edits.apply(machine)
    by_parent = edits.apply(machine)
    for seg, own, heard in zip(named.segments, by_parent.segments, machine.segments, strict=True):
        if own.speaker != heard.speaker:
            seg.speaker = own.speaker
    return edits.apply(named)
