"""Names over voices: the friend's speaker marks laid over the machine transcript's voice groups.

The machine transcript says "Voice 1", "Voice 2"... (app/transcription/voices.py); it is never
changed. Here, at read time, each mark names the turn that began shortly before the press (a press
comes a little after the new voice starts). The marked turns are then labelled examples of each named person's voice:
where the turns carry their voice prints (`voice`, written by voices.py), every other turn is named
by a small hidden Markov model over the turns: the voice it sounds nearest (each name's print is the
mean of the turns marked with it, and of the turns that follow a mark in the same voice group), with
the prior that the person goes on speaking, more strongly while the voice group stays the same.
Without voice prints (a transcript from before them), a turn with no mark of its own carries on the
last mark's name while the same voice goes on speaking, and takes its voice group's name (the name
most marks in the group gave) where another voice speaks.
The parent's own renames (transcript.edits.jsonl) are applied after this, so they always win.
"""

from __future__ import annotations

import copy
from collections import Counter

import numpy as np

from app.speaker_marks import LAG, SpeakerMark
from app.transcription.transcript import Segment, Transcript

EARLY = 0.25  # seconds: a press this much before a turn's first word still names that turn
REACT = 0.3  # seconds: nobody presses sooner than this after hearing a new voice (human reaction
# time; a turn that began later than this before the press is a pause inside the new voice's turn)
# The turn-to-turn prior of the naming model: the chance that the person speaking goes on into the
# next turn, where the voice group stays the same and where it changes. From the change detector's
# measured recall and precision (bench/speakers.py: about 0.9 of true changes are heard, and about
# 0.3 of the heard changes are the same person going on).
GOES_ON_SAME_VOICE = 0.9
GOES_ON_OTHER_VOICE = 0.3
# Weight of the voice print's log-likelihood against that prior: neighbouring turns' prints are not
# independent evidence, so they count half (measured: 0.25 to 1 moves (b) by under 0.4 points).
VOICE_WEIGHT = 0.5
# A short turn's print is a noisier guess at the voice: a turn's print counts in proportion to its
# length up to this many seconds (measured over four mark seeds: 2 to 6 s all gain 0.1 to 0.5 points
# on counting every turn alike; 8 s and more lose).
FULL_PRINT = 5.0


def marked_segment(segments: list[Segment], t: float) -> int | None:
    """The index of the turn a mark at `t` names: the latest turn that began between LAG + 0.5 s and
    REACT before the press; else the latest turn that began at most LAG (+0.5 s) before it, or the
    turn the press fell in; else (a press in a long silence) the next."""
    latest = in_reach = None
    for i, s in enumerate(segments):
        if s.start > t + EARLY:
            break
        latest = i
        if t - LAG - 0.5 <= s.start <= t - REACT:
            in_reach = i
    if in_reach is not None:
        return in_reach
    if latest is None:
        return 0 if segments else None
    s = segments[latest]
    if s.start >= t - LAG - 0.5 or s.end >= t:
        return latest
    return latest + 1 if latest + 1 < len(segments) else None


def marked_turns(segments: list[Segment], marks: list[SpeakerMark]) -> dict[int, str]:
    """Turn index -> the name a mark gave it (a later press on the same turn corrects an earlier one)."""
    direct: dict[int, str] = {}
    for m in sorted(marks, key=lambda m: (m.t, m.wall)):
        i = marked_segment(segments, m.t)
        if i is not None:
            direct[i] = m.name
    return direct


def names(segments: list[Segment], marks: list[SpeakerMark]) -> list[str | None]:
    """The name each segment gets from the marks, or None where the marks say nothing about it."""
    direct = marked_turns(segments, marks)
    if not direct:
        return [None] * len(segments)
    prints = _prints(segments)
    if prints is not None:
        return by_voice(segments, direct, prints)
    return by_group(segments, direct)


def by_group(segments: list[Segment], direct: dict[int, str]) -> list[str | None]:
    """Names from the marks and the voice groups alone (no voice prints)."""
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


def _prints(segments: list[Segment]) -> np.ndarray | None:
    """The turns' voice prints as rows (NaN for a turn without one), or None unless every turn with
    words has one and they all have the same length."""
    sizes = {len(s.voice) for s in segments if s.voice}
    if len(sizes) != 1 or any(s.words and not s.voice for s in segments):
        return None
    out = np.full((len(segments), sizes.pop()), np.nan)
    for i, s in enumerate(segments):
        if s.voice:
            out[i] = s.voice
    return out


def by_voice(segments: list[Segment], direct: dict[int, str], prints: np.ndarray) -> list[str | None]:
    """Names from the marks and the turns' voice prints: the likeliest sequence of speakers (Viterbi)
    given each turn's print, with the marked turns fixed to their mark's name."""
    people = list(dict.fromkeys(direct[i] for i in sorted(direct)))  # in order of first mark
    examples: dict[int, int] = {}  # turn -> person: the marked turns, and the turns after a mark in its voice group
    person, voice = None, None
    for i, s in enumerate(segments):
        if i in direct:
            person, voice = people.index(direct[i]), s.speaker
        elif person is None or voice is None or s.speaker != voice:
            person = voice = None
            continue
        examples[i] = person
    emission = _voice_likelihood(segments, prints, examples, len(people))
    for i, name in direct.items():
        emission[i] = -np.inf
        emission[i, people.index(name)] = 0.0
    n, k = emission.shape
    score = emission[0].copy()
    back = np.zeros((n, k), int)
    for i in range(1, n):
        same = GOES_ON_SAME_VOICE if segments[i].speaker == segments[i - 1].speaker else GOES_ON_OTHER_VOICE
        step = np.full((k, k), np.log((1.0 - same) / max(1, k - 1)))
        np.fill_diagonal(step, np.log(same))
        total = score[:, None] + step
        back[i] = total.argmax(axis=0)
        score = total.max(axis=0) + emission[i]
    path = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return [people[p] for p in reversed(path)]


def _voice_likelihood(segments: list[Segment], prints: np.ndarray, examples: dict[int, int],
                      people: int) -> np.ndarray:
    """Per turn and person, the log-likelihood of the turn's print under a Gaussian around that
    person's mean print (length-weighted over their example turns), with one variance pooled over
    everyone's examples, counted by the turn's length (FULL_PRINT); 0 for a turn without a print, the
    others' mean for a person without one."""
    out = np.zeros((len(segments), people))
    have = {i: p for i, p in examples.items() if not np.isnan(prints[i]).any()}
    length = np.array([max(0.2, s.end - s.start) for s in segments])
    centres, spread = {}, []
    for p in range(people):
        mine = [i for i, q in have.items() if q == p]
        if not mine:
            continue
        centres[p] = (prints[mine] * length[mine, None]).sum(axis=0) / length[mine].sum()
        if len(mine) > 1:
            spread.append(((prints[mine] - centres[p]) ** 2).sum(axis=1).mean())
    if not centres:
        return out
    variance = max(float(np.mean(spread)) / prints.shape[1], 1e-6) if spread else 1.0
    known = ~np.isnan(prints).any(axis=1)
    weight = VOICE_WEIGHT * np.minimum(1.0, length[known] / FULL_PRINT)
    for p, centre in centres.items():
        out[known, p] = -weight * ((prints[known] - centre) ** 2).sum(axis=1) / (2 * variance)
    for p in set(range(people)) - set(centres):  # marked only on turns without a print: no evidence either way
        out[:, p] = out[:, list(centres)].mean(axis=1)
    return out


def voice_to_rename(machine: Transcript, edits, segment: int, shown: str | None) -> str | None:
    """What "Name this speaker everywhere" renames for the line `segment`: the line's speaker as the
    machine and the parent's own edits (TranscriptEdits) have it (its voice group, or the name the
    parent already gave that voice), so that a line named by a mark renames its voice, never every
    line the marks gave the same name; the name shown where the machine heard no voice."""
    own = next((s.speaker for s in edits.apply(machine).segments if s.id == segment), None)
    return own or shown


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
