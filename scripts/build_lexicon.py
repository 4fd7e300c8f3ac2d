"""Build resources/lexicon/wordnet.tsv, the comparer's small extract of WordNet 3.0.

    apt-get install wordnet-base        # Debian's package of Princeton WordNet 3.0 (data only)
    .venv/bin/python scripts/build_lexicon.py [/usr/share/wordnet]

The app never reads WordNet itself (28 MB, and nothing may be downloaded at run time): it reads
this extract, a few hundred kilobytes kept in the repository under WordNet's licence
(resources/lexicon/LICENSE-WordNet). Only common senses are kept, because WordNet lists every
sense a word ever had ("keep" has 22) and most would match words that mean something else in a
meeting:

- antonym  a  b   WordNet's direct antonyms ("agree"/"disagree", "present"/"absent"), adjectives,
                  verbs and adverbs, where the pair's sense is among the first two of each word
                  (WordNet orders a word's senses by how often they were tagged in its corpus);
                  and a head adjective's antonym given to its similar adjectives when that is
                  their first sense ("unharmed" is similar to "safe": opposite to "unsafe").
- synonym  a  b   verbs and adjectives whose most frequent sense is the same synset, each tagged
                  at least MIN_TAGS times in that sense ("begin"/"start" share a first sense).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "lexicon" / "wordnet.tsv"
POS = {"adj": "a", "verb": "v", "adv": "r"}
FIRST_SENSES = 1  # an antonym pair's sense must be the first of each word
SIMILAR = False  # give a head adjective's opposite to the adjectives similar to it
MIN_TAGS = 3  # a synonym's first sense must be tagged this often (rare words stay out)
WORD = re.compile(r"[a-z]+")


def read_index(folder: Path, pos: str) -> dict[str, list[str]]:
    """lemma -> its synset offsets, most frequent sense first."""
    out = {}
    for line in (folder / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        p_cnt = int(f[3])
        n = int(f[2])
        out[f[0]] = f[6 + p_cnt: 6 + p_cnt + n]
    return out


def read_data(folder: Path, pos: str) -> dict[str, tuple[list[str], list[tuple[str, str, str, str]]]]:
    """offset -> (words of the synset, pointers as (symbol, target offset, pos, source/target))."""
    out = {}
    for line in (folder / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split(" | ")[0].split()
        n = int(f[3], 16)
        words = [re.sub(r"\(.*\)$", "", f[4 + 2 * i]).lower() for i in range(n)]
        i = 4 + 2 * n
        p_cnt = int(f[i])
        ptrs = [tuple(f[i + 1 + 4 * k: i + 5 + 4 * k]) for k in range(p_cnt)]
        out[f[0]] = (words, ptrs)
    return out


def tag_counts(folder: Path) -> dict[tuple[str, str, str], int]:
    """(lemma, sense number as a string) -> how often that sense was tagged (cntlist.rev)."""
    out: dict[tuple[str, str, str], int] = defaultdict(int)
    for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, num, cnt = line.split()
        lem, rest = key.split("%", 1)
        out[(lem.lower(), rest[0], num)] += int(cnt)  # rest[0]: 1 noun, 2 verb, 3 adj, 4 adv, 5 satellite
    return out


def common(word: str, offset: str, index: dict[str, list[str]], senses: int) -> bool:
    return WORD.fullmatch(word) is not None and offset in index.get(word, [])[:senses]


def build(folder: Path) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    antonyms: set[tuple[str, str]] = set()
    synonyms: set[tuple[str, str]] = set()
    tags = tag_counts(folder)
    for name, pos in POS.items():
        index, data = read_index(folder, name), read_data(folder, name)
        for offset, (words, ptrs) in data.items():
            for sym, target, _tpos, st in ptrs:
                if sym != "!":
                    continue
                a = words[int(st[:2], 16) - 1]
                b = data[target][0][int(st[2:], 16) - 1]
                if common(a, offset, index, FIRST_SENSES) and common(b, target, index, FIRST_SENSES):
                    antonyms.add(tuple(sorted((a, b))))
                    if pos == "a" and SIMILAR:  # the head's opposite, given to the adjectives similar to it
                        for sym2, sat, _p, _st in ptrs:
                            if sym2 != "&":
                                continue
                            for s in data[sat][0]:
                                if common(s, sat, index, 1) and s != b:
                                    antonyms.add(tuple(sorted((s, b))))
        if pos == "r":
            continue
        first: dict[str, list[str]] = defaultdict(list)
        kind = {"v": "2", "a": "3"}[pos]
        for word, offsets in index.items():
            if WORD.fullmatch(word) and offsets:
                n = max(tags.get((word, kind, "1"), 0), tags.get((word, "5", "1"), 0))
                if n >= MIN_TAGS:
                    first[offsets[0]].append(word)
        for group in first.values():
            for i, a in enumerate(sorted(group)):
                for b in sorted(group)[i + 1:]:
                    synonyms.add((a, b))
    return antonyms, synonyms


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    antonyms, synonyms = build(folder)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# An extract of WordNet 3.0 (Princeton University), under its licence: see LICENSE-WordNet.",
             "# Made by scripts/build_lexicon.py; one relation a line: kind, word, word."]
    lines += [f"antonym\t{a}\t{b}" for a, b in sorted(antonyms)]
    lines += [f"synonym\t{a}\t{b}" for a, b in sorted(synonyms)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(antonyms)} antonym pairs, {len(synonyms)} synonym pairs, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
