"""Voice groups: the machine transcript's segments cut where the speaker changes, and each turn
labelled "Voice 1", "Voice 2"... by the sound of the voice. Names come later, as an overlay
(app/transcription/naming.py and transcript.edits.jsonl); this is the recogniser's side.

How: the words (with their times) are cut into stretches at pauses and at the changes the
segmentation model hears (speaker_changes.py); a stretch that only goes on with a sentence the one
before left unfinished is grouped with it, so a turn is not split mid-sentence. Each stretch gets a
voice print of our own: the mean and spread of 20 mel-cepstral coefficients over its louder frames
(no speaker-embedding model fits: the ones on the package registry download their weights at run
time or need torch, hundreds of MB). Stretches of a second or more are grouped by average-linkage
clustering on cosine distance, stopping at a distance threshold (so the number of voices is found,
not given); shorter ones join the group whose voice they sound nearest. A short recording, too short
to learn what varies within a voice from, is grouped by its own distances (see SHORT_THRESHOLD).
Each turn keeps its voice print in that learnt space (`voice`, a short list of numbers), so the
friend's marks can name turns by voice at read time (naming.py).
Numpy only.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from app.transcription import speaker_changes
from app.transcription.speaker_changes import VoiceActivity
from app.transcription.transcript import Segment, Transcript, Word

RATE = 16000
HOP = 160  # 10 ms frames
PAUSE = 0.5  # seconds of silence between words where a new speaker may start
CLUSTER_MIN = 1.5  # seconds: shorter stretches are too short for a steady voice print
THRESHOLD = 0.3  # distance at which two groups are different voices (measured: bench/speakers.py)
N_MFCC = 20


@dataclass
class Stretch:
    segment: int  # index of the transcript segment
    first: int  # its words: first..last (inclusive)
    last: int
    start: float
    end: float
    label: int = -1
    voice: np.ndarray | None = None  # the voice print in this recording's discriminant space
    follows: bool = False  # goes on with the sentence of the stretch before it: the same voice


# ----- features


def _mel_bank(n_fft: int = 512, n_mels: int = 40, low: float = 60.0, high: float = 7600.0) -> np.ndarray:
    def mel(hz):
        return 2595.0 * np.log10(1.0 + hz / 700.0)

    points = 700.0 * (10 ** (np.linspace(mel(low), mel(high), n_mels + 2) / 2595.0) - 1.0)
    bins = np.fft.rfftfreq(n_fft, 1.0 / RATE)
    bank = np.zeros((n_mels, len(bins)), dtype=np.float32)
    for i in range(n_mels):
        lo, mid, hi = points[i:i + 3]
        bank[i] = np.clip(np.minimum((bins - lo) / (mid - lo), (hi - bins) / (hi - mid)), 0.0, None)
    return bank


_BANK = _mel_bank()
_DCT = np.cos(np.pi / 40 * (np.arange(40)[:, None] + 0.5) * np.arange(N_MFCC)[None, :]).astype(np.float32)


def features(audio: np.ndarray, block: int = 60 * RATE) -> tuple[np.ndarray, np.ndarray]:
    """Mel-cepstral coefficients and log energy, one row per 10 ms (in blocks, to keep memory flat)."""
    audio = np.asarray(audio, dtype=np.float32)
    window = np.hamming(400).astype(np.float32)
    ceps, energy = [], []
    for s in range(0, max(1, len(audio)), block):
        part = audio[s:s + block + 400]
        n = max(0, (len(part) - 400) // HOP + 1)
        n = min(n, block // HOP)
        if n == 0:
            continue
        frames = part[np.arange(400)[None, :] + HOP * np.arange(n)[:, None]] * window
        power = np.abs(np.fft.rfft(frames, 512)) ** 2
        ceps.append(np.log(power @ _BANK.T + 1e-8) @ _DCT)
        energy.append(np.log((frames ** 2).sum(axis=1) + 1e-8))
    if not ceps:
        return np.zeros((0, N_MFCC), np.float32), np.zeros(0, np.float32)
    return np.concatenate(ceps), np.concatenate(energy)


def voice_print(ceps: np.ndarray, energy: np.ndarray, start: float, end: float) -> np.ndarray:
    a, b = int(start * RATE / HOP), max(int(end * RATE / HOP), int(start * RATE / HOP) + 5)
    c, e = ceps[a:b], energy[a:b]
    if len(c) == 0:
        return np.zeros(2 * N_MFCC, np.float32)
    c = c[e >= np.percentile(e, 30)]  # the voice, not the room between words
    return np.concatenate([c.mean(axis=0), c.std(axis=0)])


# ----- stretches and groups


def stretches(segments: list[Segment], changes: list[float]) -> list[Stretch]:
    """The words cut at pauses, at heard changes and at the recogniser's segment bounds; a segment
    without words is one stretch. A stretch that goes on with an unfinished sentence after a short
    gap, with no change heard there, `follows` the one before it (see `_goes_on`)."""
    cuts = sorted(changes)
    out: list[Stretch] = []
    before: Word | None = None  # the last word of the stretch before
    for si, seg in enumerate(segments):
        words = seg.words
        if not words:
            out.append(Stretch(si, 0, -1, seg.start, seg.end))
            before = None
            continue
        first = 0
        follows = before is not None and _goes_on(before, words[0], cuts)
        for i in range(1, len(words) + 1):
            at_end = i == len(words)
            if not at_end:
                gap = words[i].start - words[i - 1].end
                heard = _heard(words[i - 1], words[i], cuts)
            if at_end or gap >= PAUSE or heard:
                out.append(Stretch(si, first, i - 1, words[first].start, words[i - 1].end, follows=follows))
                if not at_end:
                    follows = _goes_on(words[i - 1], words[i], cuts)
                first = i
        before = words[-1]
    return out


def _heard(a: Word, b: Word, cuts: list[float]) -> bool:
    """The segmentation model heard a new voice start between words a and b."""
    mid = (a.end + b.start) / 2
    return any(a.start + 0.1 < c <= b.start + 0.2 and abs(c - mid) < 0.6 for c in cuts)


# a cut after a word that ends no sentence, with less silence than this before the next word and no
# change heard there, goes on with the same voice. Measured on the eleven conferences (bench/speakers.py):
# such cuts (at the recogniser's segment bounds: a longer pause cuts anyway) were a new speaker 8 times
# in 73; changes found went from precision 0.69 and recall 0.91 to 0.80 and 0.90. Up to 0.8 s (pauses
# inside a sentence too, a new speaker 15 times in 66): precision 0.88 but recall 0.87 and 3 points
# fewer words right.
JOIN_GAP = 0.5
SENTENCE_END = (".", "?", "!")


def _goes_on(a: Word, b: Word, cuts: list[float]) -> bool:
    """Word b carries on the sentence that word a left unfinished, in the same voice: a ends no
    sentence, the silence between them is short, and the model heard no new voice start there.
    People do interrupt mid-sentence, but then the model mostly hears it (a cut it heard inside a
    sentence was a true change 37 times in 38 on the conferences); a cut it did not hear there is
    mostly the recogniser's segmenting or a breath."""
    ended = a.word.strip().rstrip("\"')\u201d\u2019").endswith(SENTENCE_END)
    return not ended and b.start - a.end < JOIN_GAP and not _heard(a, b, cuts)


def cluster(prints: np.ndarray, threshold: float = THRESHOLD) -> np.ndarray:
    """Average-linkage agglomerative clustering on cosine distance; stops when the nearest two
    groups are further apart than `threshold`. Returns a group number per row."""
    n = len(prints)
    if n == 0:
        return np.zeros(0, int)
    unit = prints / np.maximum(np.linalg.norm(prints, axis=1, keepdims=True), 1e-9)
    dist = 1.0 - unit @ unit.T
    np.fill_diagonal(dist, np.inf)
    size = np.ones(n)
    alive = np.ones(n, bool)
    label = np.arange(n)
    while alive.sum() > 1:
        flat = int(np.argmin(dist))
        i, j = divmod(flat, n)
        if dist[i, j] > threshold:
            break
        # Lance-Williams for average linkage: the merged group's distance to every other group
        merged = (size[i] * dist[i] + size[j] * dist[j]) / (size[i] + size[j])
        dist[i, :], dist[:, i] = merged, merged
        dist[i, i] = np.inf
        dist[j, :], dist[:, j] = np.inf, np.inf
        size[i] += size[j]
        alive[j] = False
        label[label == j] = i
    _, out = np.unique(label, return_inverse=True)
    return out


class VoicePrints:
    """Voice prints gathered a piece of audio at a time (memory stays flat however long the
    recording), grouped once at the end."""

    def __init__(self):
        self.parts: list[Stretch] = []
        self.prints: list[np.ndarray] = []
        self.halves: list[np.ndarray] = []
        self.changes: list[float] = []
        self.overlaps: list[tuple[float, float]] = []

    def add(self, audio: np.ndarray, offset: float, segments: list[Segment], first: int,
            activity: VoiceActivity | None = None, detect: bool = True) -> None:
        """One piece of audio starting `offset` s into the recording, and its transcript segments
        (on the recording's clock; `first` is the index of the first of them in the transcript)."""
        if detect and activity is None:
            activity = speaker_changes.detect(audio)
        shift = [c + offset for c in activity.changes] if activity else []
        self.changes += shift
        if activity:
            self.overlaps += [(a + offset, b + offset) for a, b in activity.overlaps]
        parts = stretches(segments, shift)
        if not parts:
            return
        ceps, energy = features(audio)
        for p in parts:
            p.segment += first
            a, b = p.start - offset, p.end - offset
            self.prints.append(voice_print(ceps, energy, a, b))
            if b - a >= 2 * CLUSTER_MIN:
                self.halves.append(np.array([voice_print(ceps, energy, a, (a + b) / 2),
                                             voice_print(ceps, energy, (a + b) / 2, b)]))
        self.parts += parts

    def group(self, threshold: float = THRESHOLD) -> list[Stretch]:
        """Every stretch with a voice group, numbered from 0 in order of first appearance. Stretches
        that follow one another (one sentence, see `stretches`) are grouped as one."""
        parts = self.parts
        if not parts:
            return parts
        each = np.array(self.prints)
        halves = np.array(self.halves).reshape(-1, 2, each.shape[1])
        mean, spread = each.mean(axis=0), each.std(axis=0)
        spread = np.where(spread > 1e-6, spread, 1.0)
        each, halves = (each - mean) / spread, (halves - mean) / spread
        voice = _contrast(each, halves, VOICE_DIMS, least=VOICE_LEAST)
        if voice is not each:  # else too short to tell voices apart by print: naming.py uses the groups
            for p, v in zip(parts, voice, strict=True):
                p.voice = v
        units = _units(parts)
        seconds = np.array([max(p.end - p.start, 0.05) for p in parts])
        prints = np.array([(each[u] * seconds[u, None]).sum(axis=0) / seconds[u].sum() for u in units])
        per_unit = _labels(prints, halves, np.array([seconds[u].sum() for u in units]), threshold)
        order: dict[int, int] = {}
        for u, g in zip(units, per_unit, strict=True):
            for k in u:
                parts[k].label = order.setdefault(int(g), len(order))
        return parts

    def label(self, transcript: Transcript, threshold: float = THRESHOLD) -> Transcript:
        out = cut_and_label(transcript, self.group(threshold))
        out.overlaps = [{"start": round(a, 3), "end": round(b, 3)} for a, b in self.overlaps]
        return out


def _labels(prints: np.ndarray, halves: np.ndarray, seconds: np.ndarray, threshold: float) -> np.ndarray:
    """A voice group for each (standardised) print of `seconds` of speech: the long ones clustered,
    the short ones the group they sound nearest."""
    long = [k for k in range(len(prints)) if seconds[k] >= CLUSTER_MIN] or list(range(len(prints)))
    grouped = _contrast(prints, halves) if LDA_DIMS else prints
    if grouped is prints:  # a short recording: too few long stretches for the full discriminant
        grouped = _contrast(prints, halves, LDA_DIMS, least=VOICE_LEAST)
    if grouped is prints:  # a very short one (under half a minute of steady speech): no discriminant
        labels = cluster(grouped[long], threshold)
        labels = _fold_small(labels, grouped[long], seconds[long])
    elif len(halves) < LDA_LEAST:
        labels = cluster(grouped[long], SHORT_THRESHOLD)
        labels = _fold_near(labels, grouped[long], seconds[long])
    else:
        labels = cluster(grouped[long], threshold)
        labels = _fold_small(labels, grouped[long], seconds[long])
    centres = np.array([grouped[[long[k] for k in np.flatnonzero(labels == g)]].mean(axis=0)
                        for g in range(labels.max() + 1)])
    centres /= np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), 1e-9)
    out = np.zeros(len(prints), int)
    out[long] = labels
    for k in sorted(set(range(len(prints))) - set(long)):
        out[k] = int(np.argmax(centres @ (grouped[k] / max(np.linalg.norm(grouped[k]), 1e-9))))
    return out


def _units(parts: list[Stretch]) -> list[list[int]]:
    """The stretches in runs that each hold one sentence's voice: a stretch that `follows` joins the
    run before it."""
    units: list[list[int]] = []
    for k, p in enumerate(parts):
        if p.follows and units:
            units[-1].append(k)
        else:
            units.append([k])
    return units


MIN_GROUP = 10.0  # seconds: a group with less speech than this joins the nearest larger one
# A short recording (fewer than LDA_LEAST long stretches, about two minutes of steady speech) is
# grouped in the discriminant learnt from at least VOICE_LEAST of them, at its own distances; a very
# short one (fewer than that) by its plain prints, clustered and folded as a long one is: grouping
# those noisy prints by distance (joining below 0.6) put a chair's question into the next speaker's
# group in a live 16-s test with two marks (tests/test_speaker_buttons.py, 3 runs of 5). Measured with bench/speakers.py --piece 45, 90 and 180 (33 pieces each, cut from the
# conferences), words right after naming one turn per voice, before these rules and after: 45 s
# 66.9 % and 90.0 % (at most five groups more than people); 90 s 64.7 % and 86.7 % (at most two more;
# joining at 0.9 instead, 85.4 % and at most one more); 180 s 70.1 % and 74.3 %. Joining plain prints
# at 0.7 merged two of the three voices of a 19 s excerpt (tests/test_voices.py).
SHORT_THRESHOLD = 0.5
FOLD_NEAR = 0.8


def _fold_small(labels: np.ndarray, prints: np.ndarray, seconds: np.ndarray) -> np.ndarray:
    """Groups with little speech are mostly odd stretches of a voice heard elsewhere (a cough, a
    laugh, one word said louder): each joins the larger group it sounds nearest."""
    total = np.bincount(labels, weights=seconds)
    big = np.flatnonzero(total >= MIN_GROUP)
    if len(big) == 0:
        # A short recording can leave every group small, each stretch its own voice ("Voice 23" in
        # a five-person, two-minute meeting): join the smallest group to the one it sounds nearest,
        # one at a time, down to one group for each 10 s of speech (never fewer than four).
        enough = max(4, int(round(total.sum() / MIN_GROUP)))
        while len(total) > enough:
            small = int(np.argmin(total))
            centres = np.array([prints[labels == g].mean(axis=0) for g in range(len(total))])
            centres /= np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), 1e-9)
            near = centres @ centres[small]
            near[small] = -np.inf
            labels = np.where(labels == small, int(np.argmax(near)), labels)
            _, labels = np.unique(labels, return_inverse=True)
            total = np.bincount(labels, weights=seconds)
        return labels
    if len(big) == len(total):
        return labels
    centres = np.array([prints[labels == g].mean(axis=0) for g in big])
    centres /= np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), 1e-9)
    out = labels.copy()
    for k in np.flatnonzero(~np.isin(labels, big)):
        out[k] = big[int(np.argmax(centres @ (prints[k] / max(np.linalg.norm(prints[k]), 1e-9))))]
    _, out = np.unique(out, return_inverse=True)
    return out


def _fold_near(labels: np.ndarray, prints: np.ndarray, seconds: np.ndarray, most: float = FOLD_NEAR) -> np.ndarray:
    """A short recording's groups: the smallest group with less than MIN_GROUP of speech joins the
    group it sounds nearest, one at a time, as long as that one is nearer than `most` (cosine
    distance between the groups' mean prints). A voice heard for a few seconds only stays a voice
    of its own when it sounds like nobody else: the number of groups comes from the voices, not
    from the length of the recording."""
    while True:
        total = np.bincount(labels, weights=seconds)
        if len(total) == 1:
            return labels
        centres = np.array([prints[labels == g].mean(axis=0) for g in range(len(total))])
        centres /= np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), 1e-9)
        dist = 1.0 - centres @ centres.T
        np.fill_diagonal(dist, np.inf)
        for small in np.argsort(total, kind="stable"):
            if total[small] >= MIN_GROUP:
                return labels
            near = int(np.argmin(dist[small]))
            if dist[small, near] <= most:
                _, labels = np.unique(np.where(labels == small, near, labels), return_inverse=True)
                break
        else:
            return labels


LDA_DIMS = 12  # directions of the voice print kept after _contrast, for grouping
# directions kept in each turn's `voice` for naming from the marks (naming.py): more than grouping
# needs, because there the marks say which turns are one voice (measured, bench/speakers.py with
# four mark seeds: 12 directions 89.7 %, 16-30 90.4-90.8 %, 40 90.6 %)
VOICE_DIMS = 20
# long stretches (two halves each) needed before turns get a voice print: fewer than 10 (half a minute
# of steady speech) and what varies within one voice is guessed from too little (measured on the
# 5-minute dev-b, 38 of them: from its first 10, 20 or 30 alone, (b) stays 94-96 % against 85 % by
# voice groups alone; a 19-second excerpt has 3)
VOICE_LEAST = 10


LDA_LEAST = 2 * N_MFCC  # long stretches the full discriminant needs: as many as the print has numbers


def _contrast(prints: np.ndarray, halves: np.ndarray, n_dims: int = LDA_DIMS, least: int | None = None) -> np.ndarray:
    """Weigh the voice print's dimensions by how well they tell this meeting's voices apart. The two
    halves of one long stretch are the same voice, so their differences show what varies within a
    voice (the words said); all stretches together show what varies overall. The directions with the
    most overall and the least within-voice variance are kept (`n_dims` of them): a linear
    discriminant learnt from the recording itself, with no labels. With fewer long stretches than
    `least` (by default, as many as the print has numbers) the prints come back unchanged."""
    n = prints.shape[1] if least is None else least
    if len(halves) < n or len(prints) < n:
        return prints
    dims = prints.shape[1]
    diffs = (halves[:, 0] - halves[:, 1]) / np.sqrt(2)
    within = diffs.T @ diffs / len(diffs) + 1e-3 * np.eye(dims)
    inv = np.linalg.inv(np.linalg.cholesky(within))
    values, vectors = np.linalg.eigh(inv @ np.cov(prints.T) @ inv.T)
    keep = vectors[:, np.argsort(values)[::-1][:n_dims]]
    return prints @ (inv.T @ keep)


def label_voices(transcript: Transcript, audio: np.ndarray, activity: VoiceActivity | None,
                 threshold: float = THRESHOLD) -> Transcript:
    """A new transcript: each segment cut where the voice group changes, `speaker` "Voice N"
    (the whole recording in one piece)."""
    prints = VoicePrints()
    prints.add(audio, 0.0, transcript.segments, 0, activity, detect=False)
    return prints.label(transcript, threshold)


def cut_and_label(transcript: Transcript, parts: list[Stretch]) -> Transcript:
    out = copy.deepcopy(transcript)
    segments: list[Segment] = []
    for si, seg in enumerate(transcript.segments):
        mine = [p for p in parts if p.segment == si]
        if not seg.words or not mine:
            label = mine[0].label if mine else None
            segments.append(Segment(len(segments), seg.start, seg.end, seg.text,
                                    f"Voice {label + 1}" if label is not None else None, list(seg.words),
                                    voice=_voice(mine)))
            continue
        run: list[Word] = []
        run_parts: list[Stretch] = []
        run_label = mine[0].label
        for p in mine:
            if p.label != run_label and run:
                segments.append(_segment(len(segments), run, run_label, run_parts))
                run, run_parts = [], []
            run_label = p.label
            run += seg.words[p.first:p.last + 1]
            run_parts.append(p)
        if run:
            segments.append(_segment(len(segments), run, run_label, run_parts))
        if len(run) == len(seg.words):  # not cut: the recogniser's own text, exactly
            segments[-1].text = seg.text
    out.segments = segments
    return out


def _segment(i: int, words: list[Word], label: int, parts: list[Stretch]) -> Segment:
    text = "".join(w.word for w in words).strip()
    return Segment(i, words[0].start, words[-1].end, text, f"Voice {label + 1}", list(words), voice=_voice(parts))


def _voice(parts: list[Stretch]) -> list[float] | None:
    """A turn's voice print: its stretches' prints, weighted by their length (None if unknown)."""
    have = [p for p in parts if p.voice is not None]
    if not have:
        return None
    weight = np.array([max(p.end - p.start, 0.05) for p in have])
    mean = (np.array([p.voice for p in have]) * weight[:, None]).sum(axis=0) / weight.sum()
    return [round(float(x), 3) for x in mean]


def find_voices(transcript: Transcript, audio: np.ndarray) -> Transcript:
    """The recogniser's transcript cut at speaker changes with "Voice N" labels: what transcribe,
    the app and the compare command all save as the machine transcript."""
    if not transcript.segments:
        return transcript
    return label_voices(transcript, audio, speaker_changes.detect(audio))


def changes_of(transcript: Transcript) -> list[float]:
    """Where the labelled transcript's speaker changes (the start of each new voice's turn)."""
    return [b.start for a, b in pairwise(transcript.segments) if a.speaker != b.speaker]
