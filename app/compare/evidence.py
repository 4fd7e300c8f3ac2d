"""The words that prove a finding, as whole sentences of the meeting with speaker and times.

A recogniser's segment (or a typed line) can start or stop in the middle of a sentence, and a quote
that does reads as if words were cut to change their meaning. So the meeting is read once as
sentences (a sentence may run over neighbouring segments of one speaker), and every quote is made of
whole sentences: the one stating the rival detail, the opposite statement (and a correction made on
the spot), the closest passage to something nobody said, the real speaker's words, or the whole
utterance the minutes left out. The comparer decides which turn; this module decides which words.

Words the recogniser was unsure of (probability under turns.UNSURE_BELOW) are found again when a
quote is shown (`unsure_spans`), so the report and the review can mark them and nobody quotes
them as certain.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from app.compare.align import key_hit, keys_of, text_words, word_keys
from app.compare.attribution import is_named
from app.compare.findings import Evidence
from app.compare.turns import UNSURE_BELOW, Turn

CLIP_PAD = 1.0  # seconds of audio either side of the quoted words in a clip
CONTINUE_GAP = 1.0  # seconds: a segment this close after an unfinished sentence carries it on
MAX_SENTENCE_TURNS = 4  # with no punctuation at all, a "sentence" still ends after this many segments
MAX_SENTENCES = 3  # sentences a quote of the closest passage may grow to
# A recogniser often writes a speaker's run of sentences as one, joined by commas ("..., thank you, I
# visited the home every week ..."). In such a run longer than LONG_RUN words, a comma followed by a
# pause of PAUSE_BREAK seconds or more ends a sentence: that pause is where the speaker stopped.
LONG_RUN = 25
PAUSE_BREAK = 0.25
GROW_FROM = 0.15  # share of the statement a neighbouring sentence must add to join the quote
# Words ending in a full stop that do not end a sentence (titles before a name; common Latin).
ABBREVIATIONS = {"mr.", "mrs.", "ms.", "dr.", "st.", "prof.", "cllr.", "rev.", "e.g.", "i.e.", "etc.", "no.",
                 "approx.", "vs."}
_TRAILING = "\"')]}”’»"


class Token(NamedTuple):  # (a named tuple: made for every word of the meeting, twice as fast as a frozen dataclass)
    start: float
    end: float
    text: str
    probability: float
    turn: int


@dataclass(frozen=True)
class Sentence:
    index: int
    tokens: tuple[Token, ...]
    speaker: str | None
    line: int | None  # the typed transcript's line it starts on

    @cached_property  # read for every statement that quotes the meeting: joined once
    def text(self) -> str:
        return join_words([t.text for t in self.tokens])

    @property
    def start(self) -> float:
        return self.tokens[0].start

    @property
    def end(self) -> float:
        return self.tokens[-1].end

    @property
    def turns(self) -> list[int]:
        return sorted({t.turn for t in self.tokens})

    @property
    def unsure(self) -> list[str]:
        return [t.text for t in self.tokens if t.probability < UNSURE_BELOW]


_JOINS_NUMBER = re.compile(r"(?:\.\d|%)")


def join_words(words: list[str]) -> str:
    """Words as one text: a recogniser gives "96.4%" as "96", ".4", "%", which join without spaces."""
    out = ""
    for w in words:
        out += w if out and w[:1] in ".%" and _JOINS_NUMBER.match(w) and out[-1].isdigit() else (" " + w if out else w)
    return out


def tokens(turn: Turn) -> list[Token]:
    """The turn's words with times: the recogniser's own, or (typed or corrected text) the turn's
    time spread over its characters."""
    # (tuple.__new__ makes the same Token without its constructor's Python call: one for every word)
    if turn.words:
        return [_new(Token, (s, e, w.strip(), p, turn.index)) for s, e, w, p in turn.words if w.strip()]
    start, i, text, span = turn.start, turn.index, turn.text, max(0.0, turn.end - turn.start)
    n = max(1, len(text))
    return [_new(Token, (start + span * m.start() / n, start + span * m.end() / n, m.group(), 1.0, i))
            for m in _WORD.finditer(text)]


_WORD = re.compile(r"\S+")
_new = tuple.__new__
_INITIAL = re.compile(r"[A-Z]\.")


_MAY_END = frozenset(".!?…" + _TRAILING)  # (a word whose last sign is none of these ends no sentence)


def ends_sentence(word: str) -> bool:
    w = word.rstrip(_TRAILING)
    if not w or w[-1] not in ".!?…":  # (first: most words end no sentence, and need no other test)
        return False
    return w.lower() not in ABBREVIATIONS and not _INITIAL.fullmatch(w)


def split(turns: list[Turn]) -> list[Sentence]:
    """The meeting as sentences, in order. A sentence ends at . ! ? … (not after Mr. or an
    initial), at a change of speaker, at a pause of CONTINUE_GAP or more, and at the end of a turn
    that a different speaker follows."""
    out: list[Sentence] = []
    current: list[Token] = []
    speaker, line = None, None

    def flush():
        nonlocal current
        for piece in _at_pauses(current):
            out.append(Sentence(len(out), tuple(piece), speaker, line))
        current = []

    prev: Turn | None = None
    for turn in turns:
        # A change between two named speakers ends a sentence; between the recogniser's voice
        # groups ("Voice 4" / "Voice 5") it may be a guess cutting "every | week" in two, so there
        # only the pause and the punctuation decide.
        same_voice = turn.speaker == prev.speaker if prev is not None else True
        if prev is not None and not (is_named(turn.speaker) and is_named(prev.speaker)):
            same_voice = True
        if current and prev is not None and not (
                same_voice and turn.start - prev.end < CONTINUE_GAP
                and len({t.turn for t in current}) < MAX_SENTENCE_TURNS):
            flush()
        for tok in tokens(turn):
            if not current:
                speaker, line = turn.speaker, turn.line
            current.append(tok)
            # (most words end in a letter, which ends no sentence: ends_sentence asked only of the rest)
            if tok.text[-1] in _MAY_END and ends_sentence(tok.text):
                flush()
        prev = turn
    flush()
    return out


def _at_pauses(tokens: list[Token]) -> list[list[Token]]:
    """A long run split where a comma meets a pause (see LONG_RUN); typed text has no pauses to go by."""
    if len(tokens) <= LONG_RUN:
        return [tokens] if tokens else []
    out, piece = [], []
    for tok, nxt in zip(tokens, tokens[1:] + [None], strict=True):
        piece.append(tok)
        if nxt is not None and tok.text.endswith(",") and nxt.start - tok.end >= PAUSE_BREAK:
            out.append(piece)
            piece = []
    return out + ([piece] if piece else [])


def sentence_texts(turns: list[Turn], indices: list[int]) -> list[str]:
    """The whole sentences that touch these turns, in order: what a check should read, since a
    recogniser's segment can cut "every | week" in two."""
    ix = index(turns)
    key = tuple(indices)
    got = ix.texts.get(key)
    if got is None:  # (the same passages are read by check after check: kept with the sentences)
        seen: dict[int, Sentence] = {}
        for i in indices:
            for s in ix.by_turn.get(i, []):
                seen[s.index] = s
        got = ix.texts[key] = tuple(s.text for _, s in sorted(seen.items()))
    return list(got)


class _Index:
    def __init__(self, turns: list[Turn]):
        self.turns = turns
        self.sentences = split(turns)
        self.by_turn: dict[int, list[Sentence]] = {}
        for s in self.sentences:
            for i in s.turns:
                self.by_turn.setdefault(i, []).append(s)
        self._by_key: dict | None = None
        self.texts: dict[tuple[int, ...], tuple[str, ...]] = {}  # (sentence_texts, by the turns asked)

    def having(self, words: list[str]) -> list[int]:
        """The positions of the sentences that hold any of these words (as key_hit finds them), in
        order: a sentence with none of a statement's words cannot say most of it."""
        by_key = self._keys_index()
        return sorted({n for w in words for k in word_keys(w) for n in by_key.get(k, ())})

    def _keys_index(self) -> dict:
        if self._by_key is None:  # built once, when a statement first needs the whole meeting read
            self._by_key = {}
            for n, s in enumerate(self.sentences):
                for k in _keys(s.text):
                    self._by_key.setdefault(k, []).append(n)
        return self._by_key

    def shares(self, wanted: list[tuple[str, float]]) -> dict[int, float]:
        """Sentence position -> the summed weight of the words it holds (as _share sums them, word
        by word in this order: the same floats), for the sentences holding any (as `having`)."""
        by_key = self._keys_index()
        got: dict[int, float] = {}
        for w, wt in wanted:
            for n in {n for k in word_keys(w) for n in by_key.get(k, ())}:
                got[n] = got.get(n, 0) + wt
        return got


_cache: list[_Index] = []


def index(turns: list[Turn]) -> _Index:
    """The sentences of these turns (the same list object is split once)."""
    for got in _cache:
        if got.turns is turns:
            return got
    got = _Index(turns)
    _cache.insert(0, got)
    del _cache[4:]
    return got


def of_turn(turns: list[Turn], i: int) -> list[Sentence]:
    return index(turns).by_turn.get(i, [])


def as_evidence(sentences: list[Sentence], turns: list[Turn]) -> list[Evidence]:
    """Quotes of whole sentences: neighbouring sentences of one speaker make one quote."""
    chosen = sorted({s.index: s for s in sentences}.values(), key=lambda s: s.index)
    groups: list[list[Sentence]] = []
    for s in chosen:
        if groups and groups[-1][-1].index == s.index - 1 and groups[-1][-1].speaker == s.speaker:
            groups[-1].append(s)
        else:
            groups.append([s])
    return [Evidence(round(g[0].start, 2), round(g[-1].end, 2), g[0].speaker, " ".join(s.text for s in g),
                     g[0].line) for g in groups]


def _norm(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _containing(sentences: list[Sentence], near: str) -> list[Sentence]:
    """The sentences that hold the words `near` (a phrase or sentences found by a check)."""
    want = " ".join(_norm(near))
    if not want:
        return []
    # (a sentence inside the wanted words is one of them, if it is more than a word or two: "Um."
    # inside "The, um, the breakfast thing" is not what was said)
    said = [(s, _norm(s.text)) for s in sentences]
    got = [s for s, ws in said if want in " ".join(ws) or (len(ws) > 2 and f" {' '.join(ws)} " in f" {want} ")]
    if got:
        return got
    words = set(_norm(near))
    best = max(sentences, key=lambda s: len(words & set(_norm(s.text))), default=None)
    return [best] if best is not None and words & set(_norm(best.text)) else []


@lru_cache(maxsize=20000)
def _keys(text: str) -> frozenset:
    return frozenset(keys_of(text_words(text).bag))


def _weighted(words: list[str], weight: Callable[[str], float]) -> tuple[list[tuple[str, float]], float]:
    """Each distinct word with its weight (in a fixed order: the same sums every run), and their total."""
    wanted = [(w, weight(w)) for w in sorted(set(words))]
    return wanted, sum(wt for _, wt in wanted) or 1.0


def _share(keys: frozenset, wanted: list[tuple[str, float]], total: float) -> float:
    return sum(wt for w, wt in wanted if key_hit(w, keys)) / total


def _coverage(sentences: list[Sentence], words: list[str], weight: Callable[[str], float]) -> float:
    keys = _keys(" ".join(s.text for s in sentences))  # cached: real_speaker reads every sentence
    return _share(keys, *_weighted(words, weight))


def closest(turns: list[Turn], i: int, words: list[str], weight: Callable[[str], float] | None = None) -> list[Sentence]:
    """The sentence of turn i that covers most of the statement's words, grown by its neighbours
    while each adds GROW_FROM of the statement (up to MAX_SENTENCES)."""
    weight = weight or (lambda _w: 1.0)
    cands = of_turn(turns, i)
    if not cands or not words:
        return cands
    chosen = [max(cands, key=lambda s: _coverage([s], words, weight))]
    cov = _coverage(chosen, words, weight)
    while len(chosen) < MAX_SENTENCES:
        around = [s for s in cands if s not in chosen and abs(s.index - chosen[0].index) <= 1
                  or s not in chosen and abs(s.index - chosen[-1].index) <= 1]
        gains = [(_coverage(chosen + [s], words, weight) - cov, s) for s in around]
        gain, s = max(gains, key=lambda g: g[0], default=(0.0, None))
        if s is None or gain < GROW_FROM:
            break
        chosen = sorted(chosen + [s], key=lambda x: x.index)
        cov += gain
    return chosen


# ----- What the comparer calls: one function per kind of proof.

def stating(turns: list[Turn], i: int, near: str) -> list[Evidence]:
    """The rival detail or the opposite statement: the sentences of turn i that hold `near`."""
    return as_evidence(_containing(of_turn(turns, i), near) or of_turn(turns, i), turns)


def holding(turns: list[Turn], indices: list[int], has: Callable[[str], bool]) -> list[Evidence]:
    """The first sentence touching these turns for which `has` is true (it states the rival
    detail); none when no sentence does."""
    for s in sorted({s.index: s for i in indices for s in of_turn(turns, i)}.values(), key=lambda s: s.index):
        if has(s.text):
            return as_evidence([s], turns)
    return []


def closest_passage(turns: list[Turn], i: int, words: list[str],
                    weight: Callable[[str], float] | None = None) -> list[Evidence]:
    """Not said, or said by someone else: the sentences of turn i nearest the statement."""
    return as_evidence(closest(turns, i, words, weight), turns)


def real_speaker(turns: list[Turn], near: int, words: list[str], credited: Callable[[str | None], bool],
                 weight: Callable[[str], float] | None = None) -> list[Evidence]:
    """Said by someone else: the real speaker's words. The sentence, by anyone the minutes did not
    credit, that says most of the statement (turn `near`'s own when none says more), grown by its
    neighbours as `closest` grows it."""
    weight = weight or (lambda _w: 1.0)
    best_turn, best = near, max((_coverage([s], words, weight) for s in of_turn(turns, near)), default=0.0)
    # Every sentence of the meeting is read: the weights are summed once, not per sentence.
    wanted, total = _weighted(words, weight)
    ix = index(turns)
    # (each sentence's share summed from the index of words: not every word tested on every sentence)
    shares = ix.shares(wanted)
    for n in sorted(shares):
        c = shares[n] / total
        if c <= best + 1e-9:
            continue  # (asked first: whose sentence it is matters only for one that says more)
        s = ix.sentences[n]
        if s.speaker is None or credited(s.speaker):
            continue
        best_turn, best = s.tokens[0].turn, c
    return as_evidence(closest(turns, best_turn, words, weight), turns)


def corrected(turns: list[Turn], claim: int, words: list[str], by: int | None,
              weight: Callable[[str], float] | None = None) -> list[Evidence]:
    """A claim corrected on the spot: the sentence the minutes took, then the correction (the
    next turn's first sentences, or the rest of the claim's own segment)."""
    said = closest(turns, claim, words, weight)[-1:]
    if by is not None:
        reply = of_turn(turns, by)[:MAX_SENTENCES]
    else:
        rest = [s for s in of_turn(turns, claim) if said and s.index > said[-1].index]
        reply = rest[:MAX_SENTENCES]
    return as_evidence(said + reply, turns)


def dissent(turns: list[Turn], i: int, dissents: Callable[[str], bool]) -> list[Evidence]:
    """Someone disagreed while the minutes say all agreed: their sentences that disagree."""
    sents = of_turn(turns, i)
    return as_evidence([s for s in sents if dissents(s.text)] or sents, turns)


def utterance(turns: list[Turn], indices: list[int]) -> list[Evidence]:
    """Left out of the minutes: the whole of what was said, to whole sentences."""
    return as_evidence([s for i in indices for s in of_turn(turns, i)], turns)


# ----- Showing a quote.

def unsure_spans(e: Evidence, turns: list[Turn]) -> list[tuple[int, int]]:
    """Where in `e.text` the words are that the recogniser was unsure of: (start, end) character
    spans, in order. Nothing for a typed or corrected transcript."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for s in index(turns).sentences:
        # Only the quote's own sentences: those it holds word for word, and that overlap it in time
        # (a neighbour may end the very moment the quote starts; word times may have moved since).
        if s.end <= e.start or s.start >= e.end or s.text not in e.text:
            continue
        for tok in s.tokens:
            at = e.text.find(tok.text, pos)
            if at < 0:
                continue
            pos = at + len(tok.text)
            if tok.probability < UNSURE_BELOW:
                spans.append((at, pos))
    return spans


UNSURE_NOTE = ("Words marked with a dotted underline are ones the automatic transcript was unsure of: they may "
               "be wrong. Listen to the recording before relying on them.")


def clip_span(evidence: list[Evidence]) -> tuple[float, float] | None:
    """The stretch of audio a clip of this evidence covers: the quoted words, CLIP_PAD either side."""
    if not evidence:
        return None
    return max(0.0, min(e.start for e in evidence) - CLIP_PAD), max(e.end for e in evidence) + CLIP_PAD
