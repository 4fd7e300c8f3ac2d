"""A short recording whose every voice group is small ends with a few groups, not one a stretch."""

from __future__ import annotations

import numpy as np

from app.transcription.voices import MIN_GROUP, _fold_small


def test_all_small_groups_are_joined_without_mixing_voices():
    rng = np.random.default_rng(7)
    centres = rng.normal(size=(4, 6)) * 5  # four real voices
    prints = np.concatenate([c + rng.normal(scale=0.3, size=(6, 6)) for c in centres])  # 6 stretches each
    labels = np.arange(len(prints))  # the clustering gave every stretch its own group
    seconds = np.full(len(prints), 3.5)  # 84 s of speech, no group near MIN_GROUP
    assert seconds.max() < MIN_GROUP
    out = _fold_small(labels, prints, seconds)
    assert len(set(out)) == 8  # one group for each 10 s of speech, not 24
    for g in set(out):  # and no group holds two real voices
        assert len({k // 6 for k in np.flatnonzero(out == g)}) == 1


def test_a_long_recording_folds_as_before():
    prints = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.1, 0.9], [0.95, 0.05]])
    labels = np.array([0, 0, 1, 1, 2])
    seconds = np.array([30.0, 30.0, 30.0, 30.0, 2.0])  # group 2 is one short stretch
    assert list(_fold_small(labels, prints, seconds)) == [0, 0, 1, 1, 0]
