"""Find, for each statement of the minutes, the stretch of the meeting that best supports it.

A statement is reduced to its content lemmas (no stopwords, no reporting verbs, not the words
that only name its speaker). Turns sharing its rarer words are found through an inverted index,
and windows of one to three neighbouring turns around them are scored by IDF-weighted coverage:
the share of the statement's meaning, weighted by how distinctive each word is, that the window
also contains. Recognition errors are absorbed by fuzzy matching (rapidfuzz) of longer words.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from app.compare import lexicon
from app.compare.attribution import LABEL_WORD, same_person
from app.compare.cue_patterns import literals
from app.compare.text import KEEP_FORMS, MINUTES_REGISTER, content, lemmas, lower_case_words
from app.compare.turns import Turn
from app.minutes.people import ROLE_ABBREVIATIONS, role_short_forms

# Plain-speech and minutes words for the same thing (general English, not fitted to any meeting).
SYNONYMS = [
    {"mum", "mother", "mummy", "mam", "mom"}, {"dad", "father", "daddy"}, {"kid", "child", "son", "daughter"},
    {"house", "home", "property", "address"}, {"finish", "complete", "done"}, {"start", "begin", "commence"},
    {"doctor", "gp"}, {"recently", "recent", "last", "latest"}, {"worry", "concern", "worried", "concerned"}, {"think", "believe", "feel", "view", "reckon"},
    {"medication", "medicine", "tablet", "meds"}, {"baby", "infant"}, {"meeting", "conference"},
    {"nan", "nana", "grandmother", "gran", "granny"}, {"boyfriend", "partner"}, {"ill", "unwell", "sick", "poorly"},
    {"agree", "support"}, {"argue", "argument", "arguing", "conflict", "row", "fight"}, {"hit", "strike", "smack"}, {"shout", "yell", "scream"}, {"cry", "crying", "upset"},
    {"tidy", "clean"}, {"food", "meal"}, {"sort", "resolve", "fix"}, {"school", "attendance"},
    {"course", "programme", "program"}, {"social", "sw"}, {"refer", "referral"}, {"visit", "see", "go"},
    {"police", "officer", "pc", "dc", "cop"}, {"cannabis", "weed", "drug"}, {"drink", "alcohol", "drinking", "booze"},
    {"mainly", "mostly", "largely", "chiefly", "primarily"}, {"phone", "telephone", "ring"},
    {"decide", "determine", "choose"}, {"ask", "request"}, {"difficult", "hard", "tough"}, {"deteriorate", "worse"},
    {"plausible", "likely", "probable"}, {"frequently", "often"}, {"separate", "split"}, {"need", "necessary"}, {"return", "back"},
    {"pain", "hurt", "sore", "painful"},
    # everyday British speech and the word minutes write for it (a jab is an immunisation, the
    # telly is the television, a kip is sleep): the same thing in two registers, never two things
    # (nor a word of two senses: "a wee infection", "a good job", "he's mobile now")
    {"jab", "immunisation", "immunization", "vaccination", "vaccine", "injection"}, {"telly", "television", "tv"},
    {"knacker", "knackered", "exhaust", "exhausted", "tire", "tired", "fatigue"},
    {"doze", "asleep", "sleep", "nap", "kip"}, {"frighten", "frightened", "scare", "scared", "afraid", "fearful"},
    {"mate", "friend"}, {"fag", "cigarette"}, {"loo", "toilet"}, {"tummy", "belly", "stomach", "abdomen"},
    {"chat", "talk", "conversation"}, {"grandad", "granddad", "grandfather", "grandpa"},
    {"lad", "boy"}, {"lass", "girl"}, {"text", "message"}, {"poo", "feces", "faeces"},
    {"untidy", "messy", "clutter", "cluttered"}, {"cocaine", "coke"}, {"jail", "prison"}, {"teen", "teenager"},
    {"angry", "furious"}, {"happy", "pleased", "glad"}, {"sad", "unhappy"}, {"buy", "purchase"},
    {"enough", "sufficient"}, {"scald", "burn"}, {"knife", "blade"}, {"emergency", "casualty"},
]
if lexicon.USE_SYNONYMS:  # WordNet's, beside the hand list (lexicon.py; used when measured to help)
    SYNONYMS += lexicon.synonym_groups({w for group in SYNONYMS for w in group})
_SYN = {w: i for i, group in enumerate(SYNONYMS) for w in group}


def _stem(w: str) -> str | None:
    """The first five letters of a longer word, so that forms the lemmatiser leaves apart still
    meet (visit/visited/visiting); a word kept whole (text.KEEP_FORMS) stands alone."""
    if len(w) < 6:
        return None
    return w if w in KEEP_FORMS else w[:5]


def same(a: str, b: str) -> bool:
    if a == b:
        return True
    ga, gb = _SYN.get(a), _SYN.get(b)
    if ga is not None and ga == gb:
        return True
    if _stem(a) is not None and _stem(a) == _stem(b):
        return True
    # "unfair" and "not fair" speak of the same thing (which way round is polarity.py's question)
    if _unprefixed(a) == b or _unprefixed(b) == a:
        return True
    # "closing" / "close", "ending" / "end": the lemmatiser keeps an -ing form it also knows as
    # a noun, which leaves it apart from its verb when the verb is too short to share a stem
    return _of_ing(a, b) or _of_ing(b, a)


# The endings that make a noun of a quality or a doing (made_from): punctual-ity, engage-ment, attend-ance
_MADE_WITH = ("ity", "ment", "ness", "ance", "ence", "ancy", "ency", "ation", "ion", "al", "ing")


def made_from(noun: str, word: str) -> bool:
    """Is the noun the word with one of _MADE_WITH's endings ("punctuality" from "punctual")? An
    "-able" word takes "-ability" ("reliability"), an "-ent" word "-ency" ("consistency"). Stricter
    than same(): words that only begin alike ("concert", "concentration") are not made one from the
    other."""
    if len(word) < 5 or not noun.startswith(word[:-2]):
        return False
    stems = {word, word[:-1] if word.endswith("e") else word}
    if word.endswith("le"):
        stems.add(word[:-2] + "il")  # reliable -> reliabil-ity
    if word.endswith(("ent", "ant")):
        stems.add(word[:-1])  # consistent -> consisten-cy
    return any(noun == stem + end for stem in stems for end in _MADE_WITH + ("cy",))


def _of_ing(a: str, b: str) -> bool:
    return b in _ing_bases(a)


def _ing_bases(w: str) -> tuple[str, ...]:
    """The verbs an -ing form of six letters or more may be ("closing": "clos", "close")."""
    return (w[:-3], w[:-3] + "e") if len(w) > 5 and w.endswith("ing") else ()


_NEGATIVE_PREFIX = re.compile(r"^un(?=[a-z]{4,}$)")  # (not "dis": "dismiss" is no "miss")


def _unprefixed(w: str) -> str:
    return _NEGATIVE_PREFIX.sub("", w) if w.startswith("un") else w  # (the test: a million calls)


def negative_of(a: str, b: str) -> bool:
    """Is one word the other with its negative prefix ("unhappy" / "happy")? same() lets them meet
    as one word; a reader of negation must know they say opposite things."""
    return a != b and (_unprefixed(a) == b or _unprefixed(b) == a)


@dataclass
class TextWords:
    """A turn's (or a statement's) comparable form."""

    lemmas: list[str]
    content: list[str]
    bag: set[str] = field(default_factory=set)


@lru_cache(maxsize=20000)
def text_words(text: str) -> TextWords:
    """(Cached: the same sentence is looked at from many statements.) Treat as read-only."""
    lem = lemmas(text)
    c = content(lem)
    return TextWords(lem, c, set(c))


def keys_of(bag: set[str]) -> set:
    """What a word can be recognised by: itself, its synonym group, the first five letters of a
    longer word (visit/visited/visiting); one set lookup instead of comparing word by word."""
    keys: set = set(bag)
    for b in bag:  # (word_keys, cached per word, ends with the "base" key: kept for 4 letters or more)
        keys.update(word_keys(b) if len(b) >= 4 else word_keys(b)[:-1])
    return keys


def key_hit(w: str, keys: set) -> bool:
    """Is the word in a sentence with these keys (keys_of): itself, a synonym, a form of it?"""
    return not keys.isdisjoint(word_keys(w))


@lru_cache(maxsize=50000)  # asked a million times in a long meeting, of a few thousand words
def word_keys(w: str) -> tuple:
    """What key_hit looks up for a word, in its order."""
    out: list = [w]
    if w in _SYN:
        out.append(("syn", _SYN[w]))
    stem = _stem(w)
    if stem is not None:
        out.append(("pre", stem))
    out += _ing_bases(w)  # ("not closing" covers "close", as same() reads them as one word)
    out.append(("base", _unprefixed(w)))
    return tuple(out)


@dataclass
class Match:
    first: int  # index of the first turn of the window
    last: int
    coverage: float  # 0..1, IDF-weighted share of the statement found in the window
    matched: set[str]
    missing: set[str]
    main_turn: int  # the turn of the window carrying most of the match


class Aligner:
    def __init__(self, turns: list[Turn]):
        self.turns = turns
        self.turn_words = [text_words(t.text) for t in turns]
        self.keys = [keys_of(u.bag) for u in self.turn_words]
        self.index: dict[str, set[int]] = defaultdict(set)
        df: dict[str, int] = defaultdict(int)
        for i, u in enumerate(self.turn_words):
            for w in u.bag:
                self.index[w].add(i)
                df[w] += 1
        n = max(1, len(turns))
        self.n = n
        self.idf = {w: math.log(1 + n / c) for w, c in df.items()}
        self._max_idf = math.log(1 + n)
        self._fuzzy_cache: dict[tuple[str, int], bool] = {}
        self._fuzzy_bags: dict[int, list[str]] = {}
        self._hits: dict = {}
        self._scores: dict = {}
        self._prepared: dict = {}
        self._weights: dict[str, float] = {}
        self._wanted: dict[frozenset, dict] = {}
        self._candidates: dict[tuple, list[int]] = {}
        self._arrays: dict[str, np.ndarray] = {}
        self.details_said: dict[int, set] = {}  # turn -> (value, unit) of its details (changed_details)
        self.vocabulary = set(self.index)
        self._by_speaker: dict[str, set[int]] = defaultdict(set)
        for i, t in enumerate(turns):
            self._by_speaker[t.speaker or ""].add(i)
        self._prefixes = {_stem(w) for w in self.vocabulary if len(w) >= 6}
        self._turns_of: dict[str, frozenset[int]] = {}
        self._with: dict[str, frozenset[int]] = {}
        self._near: dict[str, frozenset[int]] = {}
        self._key_words: dict | None = None  # (key -> the meeting's words whose keys hold it: _keyed_turns)
        self._keyed: dict[str, frozenset[int]] = {}

    @cached_property
    def speaker_words(self) -> frozenset[str]:
        """The words of the speakers' labels, lower case (worked out once: asked statement after statement)."""
        return frozenset(w for sp in self._by_speaker if sp for w in LABEL_WORD.findall(sp.lower()))

    @cached_property
    def recognised(self) -> bool:
        """Is the transcript a recogniser's (word probabilities), not typed? (checks.recognised: asked
        by check after check, statement after statement, so worked out once.)"""
        return any(t.words for t in self.turns[:50])

    @cached_property
    def lower_case_words(self) -> frozenset[str]:
        """The words the meeting wrote in lower case somewhere: ordinary words, not names."""
        return lower_case_words([t.text for t in self.turns])

    def said_anywhere(self, w: str) -> bool:
        """Was this word (or a synonym, or a form of it) said anywhere in the meeting?"""
        if w in self.vocabulary or (len(w) >= 6 and _stem(w) in self._prefixes):
            return True
        group = _SYN.get(w)
        return group is not None and any(s in self.vocabulary for s in SYNONYMS[group])

    def unheard_pairs(self, words: list[str]) -> float:
        """The share of neighbouring content-word pairs ("parenting course") that were never said
        together in one turn or the next: a claim can be new even when each word was heard."""
        pairs = [(a, b) for a, b in zip(words, words[1:], strict=False)
                 if a != b and a not in MINUTES_REGISTER and b not in MINUTES_REGISTER]
        if not pairs:
            return 0.0
        unheard = 0
        for a, b in pairs:
            if self._around(a).isdisjoint(self._turns_with(b)):  # not in a's turns, nor the next or last
                unheard += 1
        return unheard / len(pairs)

    def _turns_with(self, w: str) -> frozenset[int]:
        got = self._with.get(w)
        if got is None:  # (cached: the same words are paired statement after statement)
            got = self._with[w] = frozenset(i for k in self._keys(w) for i in self.index.get(k, ()))
        return got

    def _around(self, w: str) -> frozenset[int]:
        """The turns with the word, and their neighbours."""
        got = self._near.get(w)
        if got is None:
            got = self._near[w] = frozenset(j for i in self._turns_with(w) for j in (i - 1, i, i + 1))
        return got

    def turns_of(self, label: str) -> set[int]:
        """The turns spoken by the person a label names (by name or role, see attribution)."""
        got = self._turns_of.get(label)
        if got is None:  # (asked for the same few people by statement after statement)
            got = self._turns_of[label] = frozenset(
                i for speaker, turns in self._by_speaker.items() if same_person(label, speaker or None) for i in turns)
        return set(got)

    @staticmethod
    def _keys(w: str) -> list[str]:
        return list(SYNONYMS[_SYN[w]]) if w in _SYN else [w]

    def novelty(self, words: list[str], given: frozenset[str] = frozenset()) -> float:
        """The weighted share of these words that nobody said anywhere in the meeting (`given`:
        words taken as said, whatever the transcript has)."""
        # fsum: a float sum that does not depend on the set's order (which changes with PYTHONHASHSEED)
        total = math.fsum(self.weight(w) for w in set(words)) or 1.0
        return math.fsum(self.weight(w) for w in set(words) if w not in given and not self.said_anywhere(w)) / total

    def weight(self, w: str) -> float:
        # A word never said in the meeting weighs as much as the rarest word that was; the formal
        # words of minutes weigh little (see MINUTES_REGISTER).
        got = self._weights.get(w)
        if got is None:
            base = self.idf.get(w, self._max_idf)
            got = self._weights[w] = base * 0.3 if w in MINUTES_REGISTER else base
        return got

    def _has(self, w: str, i: int) -> bool:
        if not self.keys[i].isdisjoint(word_keys(w)):  # key_hit, inlined: the innermost loop
            return True
        return self._may_be_misheard(w) and self._fuzzy(w, i)

    def _may_be_misheard(self, w: str) -> bool:
        # Fuzzy matching is for recognition errors: a word the transcript has exactly somewhere
        # was heard right, and needs no guessing.
        return len(w) >= 5 and not w.isdigit() and w not in self.vocabulary

    def _fuzzy(self, w: str, i: int) -> bool:
        key = (w, i)
        hit = self._fuzzy_cache.get(key)
        if hit is None:
            bag = self._fuzzy_bags.get(i)
            if bag is None:
                bag = self._fuzzy_bags[i] = [b for b in self.turn_words[i].bag if len(b) >= 4 and not b.isdigit()]
            # (rapidfuzz's own loop: a word is looked for in many turns)
            hit = process.extractOne(w, bag, scorer=fuzz.ratio, score_cutoff=84) is not None
            self._fuzzy_cache[key] = hit
        return hit

    def candidates(self, words: list[str], limit: int = 12) -> list[int]:
        """The `limit` turns sharing most of the words' weight (cached: a statement's words are
        looked up again for its own speaker's turns, its opposite, its meaning; the whole ranking
        is kept, so that each limit asked of the same words is a slice of it)."""
        key = tuple(words)
        got = self._candidates.get(key)
        if got is None:
            if len(self._candidates) > 20000:
                self._candidates.clear()
            got = self._candidates[key] = self._ranking(words)
        return got[:limit]

    def _ranking(self, words: list[str]) -> list[int]:
        """Every turn holding a word of these (or a synonym), by (-score, position): ties by
        position, the same result every run. The scores are summed in numpy, word by word in
        sorted order, each word's weight added once per key to its turns: the same additions in
        the same order as one float per turn in Python (whose loop over the turns of every key
        took 0.1 s of a 3 h meeting's comparison)."""
        score = np.zeros(self.n)  # (every weight is above 0: a turn holding a word has a score above 0)
        common = max(20, self.n // 5)
        # (when every word is said everywhere, those words are all there is to go on)
        if all(len(self.index.get(w, ())) > common for w in words if w in self.index):
            common = self.n
        for w in sorted(set(words)):  # sorted: the same float sums whatever the hash seed
            if len(self.index.get(w, ())) > common:
                continue  # said everywhere: it cannot tell one turn from another
            keys = [w] + [s for s in SYNONYMS[_SYN[w]]] if w in _SYN else [w]
            wt = self.weight(w)
            for k in keys:
                at = self._postings(k)
                if at is not None:  # (a key's turns are distinct: one addition each)
                    score[at] += wt
        turns = score.nonzero()[0]  # (the arrays' own methods: numpy's functions wrap them in Python)
        return turns[(-score[turns]).argsort(kind="stable")].tolist()

    def _postings(self, k: str):
        """The turns holding a word, as an array of positions (made when first asked)."""
        got = self._arrays.get(k)
        if got is None and k in self.index:
            got = self._arrays[k] = np.fromiter(self.index[k], dtype=np.intp, count=len(self.index[k]))
        return got

    def hits(self, words: frozenset[str], i: int) -> frozenset[str]:
        """The words a turn carries (cached for the statement being looked at)."""
        key = (words, i)
        got = self._hits.get(key)
        if got is None:
            if len(self._hits) > 200000:
                self._hits.clear()
            keys = self.keys[i]  # (_has, with each word's keys and test taken once per statement)
            got = frozenset(w for w, wk, fuzzy in self._words_of(words)
                            if not keys.isdisjoint(wk) or (fuzzy and self._fuzzy(w, i)))
            self._hits[key] = got
        return got

    def _words_of(self, words: frozenset[str]) -> list[tuple[str, tuple, bool]]:
        """Each word (in the set's order) with its keys and whether it may be misheard."""
        got = self._prepared.get(words)
        if got is None:
            if len(self._prepared) > 20000:
                self._prepared.clear()
            got = self._prepared[words] = [(w, word_keys(w), self._may_be_misheard(w)) for w in words]
        return got

    def may_cover(self, words: list[str], share: float) -> list[int]:
        """The turns i (in order) whose window with the turn before, coverage(words, i - 1, i), may
        reach `share`: where the words their keys hit (and any word that may be misheard, which a
        guess may find anywhere) weigh that much. A bound, not the coverage: a turn it leaves out
        cannot reach the share (the weights are above 0, the margin above any rounding)."""
        if not self.turns:
            return []
        wanted = frozenset(words)
        ws = self._wanted_weights(wanted)
        bound = np.zeros(self.n)
        for w in sorted(wanted):
            if self._may_be_misheard(w):
                bound += ws[w]
                continue
            hit = np.zeros(self.n, dtype=bool)
            hit[list(self._keyed_turns(w))] = True
            window = hit.copy()
            window[1:] |= hit[:-1]  # (the turn before is in its window)
            bound[window] += ws[w]
        return np.nonzero(bound >= share * (ws[None] or 1.0) * (1 - 1e-9))[0].tolist()

    def _keyed_turns(self, w: str) -> frozenset[int]:
        """The turns whose keys (keys_of their words) hold one of the word's (word_keys): those _has()
        finds it in, but for a guess at a misheard word. A turn's keys are its words' keys."""
        got = self._keyed.get(w)
        if got is None:
            if self._key_words is None:
                self._key_words = defaultdict(list)
                for b in self.vocabulary:
                    for k in word_keys(b) if len(b) >= 4 else word_keys(b)[:-1]:  # (as keys_of adds them)
                        self._key_words[k].append(b)
            got = self._keyed[w] = frozenset(i for k in word_keys(w) for b in self._key_words.get(k, ())
                                             for i in self.index[b])
        return got

    def coverage(self, words: list[str], first: int, last: int) -> tuple[float, set[str], set[str], int]:
        wanted = frozenset(words)
        return self._coverage(wanted, self._wanted_weights(wanted), first, last)

    def _coverage(self, wanted: frozenset[str], ws: dict, first: int, last: int) -> tuple[float, set[str], set[str], int]:
        cov, matched, main = self._window(wanted, ws, first, last)
        return cov, matched, set(wanted) - matched, main

    def _window(self, wanted: frozenset[str], ws: dict, first: int, last: int) -> tuple[float, set[str], int]:
        """_coverage but the words missing (best() sets many windows against each other, and keeps one)."""
        total = ws[None] or 1.0
        matched: set[str] = set()
        main, main_score = first, -1.0
        for i in range(first, last + 1):
            h, score = self._scored(wanted, ws, i)
            matched |= h
            if score > main_score:
                main, main_score = i, score
        # (fsum is exact whatever the order: one turn's score is its whole sum)
        cov = main_score if first == last else math.fsum(map(ws.__getitem__, matched))
        return cov / total, matched, main

    def _scored(self, wanted: frozenset[str], ws: dict, i: int) -> tuple[frozenset[str], float]:
        """hits(), with their weight (cached alike: a window's turns are scored again as it grows)."""
        key = (wanted, i)
        got = self._scores.get(key)
        if got is None:
            if len(self._scores) > 200000:
                self._scores.clear()
            h = self.hits(wanted, i)
            got = self._scores[key] = (h, math.fsum(map(ws.__getitem__, h)))  # (map: the same sum, no generator)
        return got

    def _wanted_weights(self, wanted: frozenset[str]) -> dict:
        """The weight of each word of a statement, and their total under None (cached: the same
        statement is scored against many windows)."""
        got = self._wanted.get(wanted)
        if got is None:
            if len(self._wanted) > 20000:
                self._wanted.clear()
            got = {w: self.weight(w) for w in wanted}
            got[None] = math.fsum(got.values())
            self._wanted[wanted] = got
        return got

    def best(self, words: list[str], within: set[int] | None = None, spread: int = 2) -> Match | None:
        """The best window for these words; `within` limits the turns (a speaker's own turns)."""
        if not words or not self.turns:
            return None
        cands = self.candidates(words, 40 if within else 6)
        if within is not None:
            cands = [c for c in cands if c in within][:12]
        wanted = frozenset(words)
        ws = self._wanted_weights(wanted)
        best: tuple | None = None
        best_score = -1.0
        windows: dict[tuple[int, int], tuple[float, set[str], int]] = {}  # (neighbouring candidates grow into the same windows)

        def window(a: int, b: int) -> tuple[float, set[str], int]:
            got = windows.get((a, b))
            if got is None:
                got = windows[(a, b)] = self._window(wanted, ws, a, b)
            return got

        for c in cands:
            # Grow the window from the candidate turn while a neighbour adds more than it costs.
            first = last = c
            cov, matched, main = window(first, last)
            score = cov
            while last - first < spread:
                options = []
                if first > 0 and (within is None or first - 1 in within):
                    options.append((first - 1, last))
                if last + 1 < len(self.turns) and (within is None or last + 1 in within):
                    options.append((first, last + 1))
                grown = [(window(a, b), a, b) for a, b in options]
                grown = [(g, a, b) for g, a, b in grown if g[0] - 0.04 * (b - a) > score + 1e-9]
                if not grown:
                    break
                (cov, matched, main), first, last = max(grown, key=lambda x: x[0][0])
                score = cov - 0.04 * (last - first)
            if score > best_score + 1e-9:
                best, best_score = (first, last, cov, matched, main), score
        if best is None:
            return None
        first, last, cov, matched, main = best  # (the words it misses, for the one window kept)
        return Match(first, last, cov, matched, set(wanted) - matched, main)


SPEAKER_WORDS = re.compile(r"\b(the|mr|mrs|ms|miss|dr|dc|ds|pc)\b", re.I)


def statement_words(text: str, speakers: list[str], names: list[str] | tuple = ()) -> list[str]:
    return list(_statement_words(text, tuple(speakers), tuple(names)))


@lru_cache(maxsize=20000)
def _statement_words(text: str, speakers: tuple[str, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    """A statement's content words, without the words that only say who is speaking: the credited
    speakers' labels, and any attendee's name or role written out in full ("the Social Worker's
    concern"). Single words of other roles stay ("support" is content, not "Family Support Worker")."""
    parts = _who_parts(speakers + names)
    drop = who_words(speakers)
    text = _RUN_IN.sub("", text, count=1)  # ("Parents' response: ...": the label is layout, not a claim)
    if parts:
        text = _without_parts(parts, text)
    u = text_words(text)
    # a year the minutes add to a date ("on 7 May 2026") is rarely said aloud: not a word to find
    words = [w for w in u.content if w not in drop and not _YEAR.fullmatch(w)]
    return tuple(words or u.content)


_YEAR = re.compile(r"(?:19|20)\d\d")
_RUN_IN = re.compile(r"^(?:[A-Z][\w'’ ()-]{0,40}:|[A-Z][A-Z&/'’ ]{1,40}?\s+[-–—])\s+(?=\S)")


# (Pattern and words apart, each cached: a statement needs the pattern of every attendee's name
# and the words of its own speakers only; each label's parts are read once.)
@lru_cache(maxsize=256)
def _who_parts(speakers: tuple[str, ...]) -> frozenset[str]:
    # whole names and roles; and initials ("TR"), the way some minutes name people throughout
    return frozenset(p for label in speakers for p in _label_parts(label))


def _without_parts(parts: frozenset[str], text: str) -> str:
    """The text with these names and roles taken away (each, with any "'s", for a space). An ASCII
    text is searched in lower case by a pattern of the parts in lower case: the same matches as the
    case-blind pattern (lower() is what re.I folds there), found six times as fast (a case-blind
    alternation of every attendee's parts, 2,800 characters, took 0.1 ms a statement)."""
    if not (text.isascii() and _ascii(parts)):
        return _parts_pattern(parts, re.I).sub(" ", text)
    out, at = [], 0
    for m in _parts_pattern(_lowered(parts), 0).finditer(text.lower()):
        out += (text[at: m.start()], " ")
        at = m.end()
    return "".join(out) + text[at:] if out else text


@lru_cache(maxsize=256)
def _lowered(parts: frozenset[str]) -> frozenset[str]:
    # (parts alike but for case come to one: at any place they match alike)
    return frozenset(p.lower() for p in parts)


@lru_cache(maxsize=256)
def _ascii(parts: frozenset[str]) -> bool:
    return all(p.isascii() for p in parts)


# (Cached by the parts, not the labels: statement after statement credits a different few of the
# attendees, whose parts are already among the attendees' own; 80 lists of labels in a long meeting
# came to 5 patterns, each a slow compile of a long case-blind alternation.)
@lru_cache(maxsize=256)
def _parts_pattern(parts: frozenset[str], flags: int) -> re.Pattern:
    # longest first; among parts of one length the order cannot change what is taken away
    ordered = sorted(parts, key=lambda p: (-len(p), p))
    # (minding case, grouped by first letter: one group's parts read at a word, not all 240 of a
    # long meeting's; the same matches)
    alternatives = "|".join(re.escape(p) for p in ordered) if flags & re.I else literals(ordered)
    return re.compile(r"\b(?:" + alternatives + r")(?:'s|’s)?\b", flags)


@lru_cache(maxsize=4096)
def _label_parts(label: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in _BRACKETS.split(label) if len(p.strip()) > 3 or _INITIALS.fullmatch(p.strip()))


_BRACKETS = re.compile(r"[()]")
_INITIALS = re.compile(r"[A-Z]{2,4}")


@lru_cache(maxsize=4096)  # (a long meeting asks of several hundred speakers and groups of them)
def who_words(speakers: tuple[str, ...]) -> frozenset[str]:
    """The words that name these speakers: their names, roles, and what the family call a parent
    ("Dad blamed the bus", credited to the Father, says nothing about a "dad" in his words)."""
    drop = set()
    for sp in speakers:
        words = set(content(lemmas(SPEAKER_WORDS.sub(" ", sp.replace("(", " ").replace(")", " ")))))
        drop |= words | {w for role, homely in HOMELY.items() if role in words for w in homely} | role_short_forms(sp) \
            | {short for short, role in ROLE_ABBREVIATIONS.items() if " " not in role and role in words}  # ("MW")
    return frozenset(drop)


# What a family calls its own, by the role a roster gives them
HOMELY = {"mother": {"mum", "mam", "mom", "mummy"}, "father": {"dad", "daddy"},
           "grandmother": {"nan", "nana", "nanna", "gran", "granny", "grandma"},
           "grandfather": {"grandad", "granddad", "grandpa"}}
