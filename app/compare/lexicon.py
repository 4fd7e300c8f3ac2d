"""Words of opposite and of the same meaning from WordNet 3.0, to widen the comparer's hand lists.

The data is a small extract kept in resources/lexicon (scripts/build_lexicon.py made it, WordNet's
licence is beside it): common senses only, nothing read or downloaded at run time beyond that file.

Whether the comparer uses it is decided by measurement (bench/ablation.py): USE_ANTONYMS and
USE_SYNONYMS are read once, when polarity.py and align.py are first imported; the bench sets them
in a fresh process for each variant.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from resources import path as resource

USE_ANTONYMS = False
USE_SYNONYMS = False


@lru_cache(maxsize=1)
def _relations() -> tuple[dict[str, frozenset[str]], list[tuple[str, str]]]:
    antonyms: dict[str, set[str]] = defaultdict(set)
    synonyms: list[tuple[str, str]] = []
    for line in resource("lexicon", "wordnet.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, a, b = line.split("\t")
        if kind == "antonym":
            antonyms[a].add(b)
            antonyms[b].add(a)
        elif kind == "synonym":
            synonyms.append((a, b))
    return {w: frozenset(o) for w, o in antonyms.items()}, synonyms


def antonyms() -> dict[str, frozenset[str]]:
    """word -> the words WordNet gives as its opposite in a common sense ("refuse" -> "accept")."""
    return _relations()[0]


def synonym_groups(taken: set[str] | frozenset[str] = frozenset()) -> list[set[str]]:
    """Groups of words sharing their most frequent sense ("begin", "start"), leaving out the
    words in `taken` (those the hand list already groups); groups of one are dropped."""
    parent: dict[str, str] = {}

    def find(w: str) -> str:
        while parent.setdefault(w, w) != w:
            w = parent[w]
        return w

    for a, b in _relations()[1]:
        if a not in taken and b not in taken:
            parent[find(a)] = find(b)
    groups: dict[str, set[str]] = defaultdict(set)
    for w in parent:
        groups[find(w)].add(w)
    return [g for _, g in sorted(groups.items()) if len(g) > 1]
